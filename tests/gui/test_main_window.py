"""The main window, offscreen, on a real store: click the canvas and check the panels; tick
the table and check the canvas; undo and redo; save and reopen; prompts and error dialogs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.text import MAX_TEXT
from app.files.baseline import load_baseline
from app.files.export import Table
from app.files.scenario_file import read_scenario_file, write_scenario_file
from app.ui.main_window import MainWindow
from app.ui.theme import ThemeName
from app.workspace import InFile, InStore, Workspace
from db import Store
from tests.bench.synthetic import synthetic_network
from tests.gui.menus import menu_action

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
EXAMPLE = RESOURCES / "scenarios" / "azerbaijan-joins-sco.c6s"


def click_link(qtbot: QtBot, w: MainWindow, link_id: str) -> None:
    """A real mouse click on the edge, at a point no node covers."""
    edge = w.canvas.edges[link_id]
    for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75):
        at = w.canvas.mapFromScene(edge.path().pointAtPercent(t))
        if w.canvas.edge_at(at) is edge:
            qtbot.mouseClick(w.canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)
            return
    raise AssertionError(f"{link_id} is covered along its whole length")


def checkbox(w: MainWindow, link_id: str) -> Qt.CheckState:
    row = w.links.model.row_of(link_id)
    return Qt.CheckState(w.links.model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole))


def cell(w: MainWindow, state: str, risk: str) -> str:
    m = w.coverage.model
    return str(m.index(m.states.index(state), m.risks.index(risk)).data())


def metric(w: MainWindow, label: str, col: int = 2) -> str:
    t = w.metrics.table
    for row in range(t.rowCount()):
        item = t.item(row, 0)
        if item is not None and item.text() == label:
            value = t.item(row, col)
            assert value is not None
            return value.text()
    raise KeyError(label)


def test_opens_on_a_new_scenario_over_the_baseline(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None and doc.name == "Untitled scenario"
    net = load_baseline()
    assert len(window.canvas.nodes) == len(net.actors) and len(window.canvas.edges) == len(
        net.links
    )
    assert window.links.model.rowCount() == len(net.links)
    assert metric(window, "Edges") == str(len(net.baseline_enabled()))
    examples = len(list(EXAMPLE.parent.glob("*.c6s")))
    assert window.scenarios.list.count() == examples + 1  # the examples and the new one
    assert "Untitled scenario" in window.windowTitle()


def test_clicking_an_edge_switches_the_link_everywhere(qtbot: QtBot, window: MainWindow) -> None:
    assert checkbox(window, "KAZ:CSTO") == Qt.CheckState.Checked
    military = int(cell(window, "KAZ", "military"))
    click_link(qtbot, window, "KAZ:CSTO")
    assert "KAZ:CSTO" not in window.doc.session.enabled()  # type: ignore[union-attr]
    assert not window.canvas.edges["KAZ:CSTO"].enabled
    assert checkbox(window, "KAZ:CSTO") == Qt.CheckState.Unchecked
    assert int(cell(window, "KAZ", "military")) == military - 1
    edges = len(load_baseline().baseline_enabled())
    assert metric(window, "Edges") == str(edges - 1) and metric(window, "Edges", 3) == "−1"
    assert window.undo_action.text() == "&Undo Disable KAZ:CSTO"
    assert window.isWindowModified()


def test_ticking_a_checkbox_switches_the_canvas(qtbot: QtBot, window: MainWindow) -> None:
    window.links.search.setText("UZB:CSTO")
    index = window.links.proxy.index(0, 0)
    rect = window.links.table.visualRect(index)
    qtbot.mouseClick(
        window.links.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 10, rect.center().y()),  # on the check indicator
    )
    assert checkbox(window, "UZB:CSTO") == Qt.CheckState.Checked
    assert window.canvas.edges["UZB:CSTO"].enabled
    assert "UZB:CSTO" in window.doc.session.enabled()  # type: ignore[union-attr]
    assert int(cell(window, "UZB", "military")) > 0


def test_undo_and_redo_return_the_exact_state(qtbot: QtBot, window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    start = doc.session.scenario
    canvas_start = window.canvas.positions()
    click_link(qtbot, window, "KAZ:CSTO")
    window.switches.switch_links({"UZB:CSTO": True, "TKM:BIRLIK": True, "AZE:CIS": False}, "Bulk")
    window.switches.move_nodes({"KAZ": canvas_start["KAZ"]}, {"KAZ": (333.0, 44.0)})
    window.canvas.set_positions({"KAZ": (333.0, 44.0)})
    window.documents.rename("Renamed in a test")
    window.scenarios.notes.setPlainText("first line")
    window.scenarios.notes.appendPlainText("second line")  # merges into one undo step
    end = doc.session.scenario
    stack = window.stacks[doc]
    assert stack.count() == 5
    for _ in range(5):
        stack.undo()
    assert doc.session.scenario.link_states == start.link_states
    assert doc.session.scenario.positions == start.positions
    assert (doc.session.scenario.name, doc.session.scenario.notes) == (start.name, start.notes)
    assert window.canvas.enabled_links() == doc.session.enabled()
    assert window.canvas.positions()["KAZ"] == pytest.approx(canvas_start["KAZ"])
    assert window.scenarios.notes.toPlainText() == ""
    assert checkbox(window, "UZB:CSTO") == Qt.CheckState.Unchecked
    assert not window.isWindowModified()
    for _ in range(5):
        stack.redo()
    now = doc.session.scenario
    assert (now.link_states, now.positions, now.name, now.notes) == (
        end.link_states,
        end.positions,
        end.name,
        end.notes,
    )
    assert window.canvas.positions()["KAZ"] == pytest.approx((333.0, 44.0))
    assert window.scenarios.notes.toPlainText() == "first line\nsecond line"
    assert "Renamed in a test" in window.windowTitle()


def test_dragging_a_node_is_one_undoable_move(qtbot: QtBot, window: MainWindow) -> None:
    node = window.canvas.nodes["TKM"]
    start = node.pos()
    at = window.canvas.mapFromScene(start)
    viewport = window.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, at + QPoint(12 * step, 6 * step))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at + QPoint(60, 30))
    assert node.pos() != start
    doc = window.doc
    assert doc is not None
    assert doc.session.scenario.positions["TKM"] == pytest.approx((node.pos().x(), node.pos().y()))
    window.undo_action.trigger()
    assert "TKM" not in doc.session.scenario.positions
    assert node.pos().x() == pytest.approx(start.x()) and node.pos().y() == pytest.approx(start.y())


def test_save_then_reopen_gives_the_same_scenario(
    window: MainWindow, tmp_path: Path, store_path: Path
) -> None:
    window.switches.switch_links({"AZE:SCO:member": True, "KGZ:CIS": False})
    window.switches.move_nodes({"KAZ": (0.0, 0.0)}, {"KAZ": (12.5, -7.25)})
    window.documents.edit_notes("Saved by a test")
    assert window.documents.save()
    doc = window.doc
    assert doc is not None and isinstance(doc.origin, InStore)
    assert not window.isWindowModified()
    with Store.open(str(store_path)) as other:
        scenario, _ = other.load(doc.origin.scenario_id)
    assert scenario == doc.session.scenario
    path = tmp_path / "saved.c6s"
    assert window.documents.save_as(path)
    assert isinstance(doc.origin, InFile)
    assert read_scenario_file(path).scenario == doc.session.scenario
    assert str(path.resolve()) in window.documents.recent_files()


def test_closing_with_unsaved_changes_asks_first(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[str]] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def ask(docs):  # type: ignore[no-untyped-def]
            asked.append([d.name for d in docs])
            return button

        return ask

    window.switches.switch_links({"KAZ:CIS": False})
    monkeypatch.setattr(window.documents, "ask_unsaved", answer(QMessageBox.StandardButton.Cancel))
    assert not window.close()
    assert window.isVisible() and asked == [["Untitled scenario"]]
    monkeypatch.setattr(window.documents, "ask_unsaved", answer(QMessageBox.StandardButton.Save))
    assert window.close()
    doc = window.doc
    assert doc is not None and isinstance(doc.origin, InStore)  # saved into the store
    assert window.workspace.store.load(doc.origin.scenario_id)[0].link_states == {"KAZ:CIS": False}


def test_a_bad_file_gives_a_dialog_not_a_crash(window: MainWindow, tmp_path: Path) -> None:
    before = window.doc
    bad = tmp_path / "broken.c6s"
    bad.write_bytes(b'{"format": "c6-scenario", "version": 2, "scenario": ')
    window.documents.open_file(bad)
    assert window.dialogs == [f"{bad}: not valid JSON (line 1, column 53)"]  # type: ignore[attr-defined]
    assert window.doc is before
    window.transfers.import_file(bad)
    assert len(window.dialogs) == 2  # type: ignore[attr-defined]
    assert len(window.workspace.store.scenarios()) == len(list(EXAMPLE.parent.glob("*.c6s")))


def test_switching_scenarios_keeps_each_ones_edits(window: MainWindow) -> None:
    first = window.doc
    assert first is not None
    window.switches.switch_links({"KAZ:CIS": False})
    window.documents.open_origin(
        InStore(window.workspace.store.scenario_id("Uzbekistan returns to the CSTO"))
    )
    second = window.doc
    assert second is not first and window.canvas.edges["UZB:CSTO"].enabled
    assert window.canvas.edges["KAZ:CIS"].enabled
    window.documents.open_origin(first.origin)
    assert window.doc is first and not window.canvas.edges["KAZ:CIS"].enabled
    assert window.undo_group.activeStack() is window.stacks[first]
    assert window.undo_action.isEnabled()
    marks = [window.scenarios.list.item(i).text() for i in range(window.scenarios.list.count())]
    assert "Untitled scenario (not saved) *" in marks


def test_withdrawing_an_actor_is_one_undo_step(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    on = [lk.id for lk in doc.session.network.links_of("TKM") if lk.id in doc.session.enabled()]
    window.switches.switch_links({lid: False for lid in on}, "Withdraw TKM")
    assert not any(window.canvas.edges[lid].enabled for lid in on)
    assert window.stacks[doc].count() == 1
    window.undo_action.trigger()
    assert all(window.canvas.edges[lid].enabled for lid in on)


def test_a_coverage_cell_highlights_its_links(qtbot: QtBot, window: MainWindow) -> None:
    m = window.coverage.model
    index = m.index(m.states.index("TKM"), m.risks.index("drugs"))
    rect = window.coverage.table.visualRect(index)
    qtbot.mouseClick(window.coverage.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    doc = window.doc
    assert doc is not None
    covering = set(doc.session.evaluation.coverage.covering["TKM"]["drugs"])
    lit = {lid for lid, e in window.canvas.edges.items() if e.highlighted}
    assert lit == covering and "TKM:CARICC" in lit


def test_critical_links_arrive_and_switch_off(qtbot: QtBot, window: MainWindow) -> None:
    table = window.metrics.critical
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=10_000)
    first = table.item(0, 1)
    assert first is not None and table.item(0, 0) is not None
    link_id = first.text()
    impacts = {i.link_id: i for i in window.impacts}
    ranks = [table.item(row, 0).text() for row in range(table.rowCount())]  # type: ignore[union-attr]
    assert ranks[0] in ("1", "=1") and impacts[link_id].rank == 1
    for row, rank in enumerate(ranks):  # ties read as ties
        imp = impacts[table.item(row, 1).text()]  # type: ignore[union-attr]
        shared = sum(1 for i in window.impacts if i.rank == imp.rank) > 1
        assert rank == (f"={imp.rank}" if shared else str(imp.rank))
    button = table.cellWidget(0, 3)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert link_id not in window.doc.session.enabled()  # type: ignore[union-attr]


def test_theme_layout_recent_and_geometry_persist(
    qtbot: QtBot, window: MainWindow, settings: QSettings, store_path: Path, tmp_path: Path
) -> None:
    window.set_theme(ThemeName.DARK)
    assert window.canvas.backgroundBrush().color().name() == "#1e2227"
    from app.analysis.layout import Layout

    window.set_layout(Layout.GEOGRAPHIC)
    path = tmp_path / "x.c6s"
    path.write_bytes(EXAMPLE.read_bytes())
    window.documents.open_file(path)
    window.docks["details"].hide()
    window.close()
    with Store.open(str(store_path)) as store:
        again = MainWindow(Workspace(store), settings)
        qtbot.addWidget(again)
        assert again.theme.name is ThemeName.DARK
        assert again.layout_kind is Layout.GEOGRAPHIC
        assert again.documents.recent_files()[0] == str(path.resolve())
        assert again.docks["details"].isHidden() and not again.docks["links"].isHidden()
        assert not settings.value("window/geometry").isEmpty()
        again.set_theme(ThemeName.LIGHT)


def test_a_large_network_is_evaluated_off_the_ui_thread(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from app.domain import Scenario

    net = synthetic_network(600, seed=3)
    path = tmp_path / "big.c6s"
    write_scenario_file(path, Scenario("Big"), net)
    window.documents.open_file(path)
    doc = window.doc
    assert doc is not None and doc.name == "Big"
    assert not doc.session.evaluated  # the window is up before the numbers
    assert window.statusBar().currentMessage().startswith("Evaluating")
    qtbot.waitUntil(lambda: doc.session.evaluated, timeout=60_000)
    qtbot.waitUntil(lambda: window.coverage.model.current is doc.session.evaluation, timeout=5_000)


def test_screenshot_command_writes_a_png(tmp_path: Path, store_path: Path) -> None:
    out = tmp_path / "window.png"
    proc = subprocess.run(
        [sys.executable, "-m", "app", str(EXAMPLE), "--screenshot", str(out), "--size", "1000x700"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "C6_DB": str(store_path)},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    assert len({image.pixel(x, 300) for x in range(0, 1000, 5)}) > 10  # not a blank image


def test_the_window_paints_before_the_store_opens_then_shows_the_last_scenario(
    store_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`c6-explorer` draws the bundled baseline first; the store (SQLAlchemy) opens after
    that first frame, and the scenario used last comes up from it."""
    from PySide6.QtWidgets import QApplication

    from app.ui import main

    with Store.open(str(store_path)) as store:
        last = store.scenario_id("The CIS track collapses")
    settings = QSettings(str(main.settings_path()), QSettings.Format.IniFormat)
    settings.setValue("session/last_scenario", last)
    settings.sync()
    seen: dict[str, object] = {}

    def run_until_started(app: QApplication) -> int:
        (window,) = (
            w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )  # earlier tests' windows are closed
        assert not window.workspace.store_open and window.doc is None
        window.canvas.first_painted.connect(
            lambda: seen.setdefault("store open at first paint", window.workspace.store_open)
        )
        qtbot.waitUntil(lambda: window.doc is not None, timeout=30_000)
        assert window.doc is not None
        seen["shown"] = window.doc.name
        seen["links in table"] = window.links.model.rowCount()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_until_started)
    assert main.run_gui(db=str(store_path)) == 0
    assert seen == {
        "store open at first paint": False,
        "shown": "The CIS track collapses",
        "links in table": len(load_baseline().links),
    }


def test_a_corrupt_store_is_a_dialog_and_stays_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import main

    bad = tmp_path / "store.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    before = bad.read_bytes()
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: dialogs.append(text))
    assert main.run_gui(db=str(bad)) == 2
    assert len(dialogs) == 1 and "\n" not in dialogs[0]
    assert dialogs[0].startswith(f"store {bad} is damaged or not a database")
    assert bad.read_bytes() == before


def test_save_as_and_export_through_their_dialogs(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window.switches.switch_links({"TKM:BIRLIK": True})
    chosen = iter([str(tmp_path / "exported"), str(tmp_path / "saved.c6s")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(chosen), ""))
    window.transfers.export_dialog()
    exported = read_scenario_file(tmp_path / "exported.c6s")  # the suffix is added
    assert exported.scenario.link_states == {"TKM:BIRLIK": True}
    assert window.isWindowModified()  # exporting is not saving
    window.documents.save_as_dialog()
    assert read_scenario_file(tmp_path / "saved.c6s").scenario.link_states == {"TKM:BIRLIK": True}
    assert not window.isWindowModified()
    assert "saved.c6s" in window.windowTitle()


def test_delete_names_unsaved_changes_before_losing_them(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    unsaved = window.doc
    window.switches.switch_links({"KAZ:CIS": False})
    window.documents.delete_current()  # answered No: nothing happens
    assert window.doc is unsaved and asked == [
        "Close “Untitled scenario”? Its unsaved changes will be lost."
    ]
    window.documents.delete_current()  # answered Yes: closed, its undo stack gone
    assert window.doc is not unsaved and unsaved not in window.stacks
    assert len(window.undo_group.stacks()) == len(window.stacks)


def test_deleting_a_scenario_goes_back_to_the_one_open_before(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File › Delete scenario: the scenario open before it comes back on screen, rather
    than yet another untitled one."""
    from tests.gui.menus import menu_action

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    w = window
    with Store.open(str(store_path)) as store:
        cis = store.scenario_id("The CIS track collapses")
    w.documents.open_origin(InStore(cis))
    before = w.doc
    menu_action(w, "File", "Duplicate scenario").trigger()
    assert w.doc is not before and w.doc is not None and "(copy)" in w.doc.name
    opened = len(w.workspace.documents)
    menu_action(w, "File", "Delete scenario…").trigger()
    assert w.doc is before and len(w.workspace.documents) == opened - 1


def test_exports_from_the_file_menu_match_the_command_line(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    import networkx as nx
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    window.switches.switch_links({"TKM:BIRLIK": True})
    names = ("pic", "pic.svg", "net.gexf", "cov.csv", "brief.pdf")
    chosen = iter(str(tmp_path / name) for name in names)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(chosen), ""))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (900, True))
    window.transfers.export_picture_dialog()  # no suffix: PNG, then the width asked for
    window.transfers.export_picture_dialog()
    window.transfers.export_network_dialog()
    window.transfers.export_table_dialog(Table.COVERAGE)
    window.transfers.briefing_dialog()
    qtbot.waitUntil(lambda: (tmp_path / "brief.pdf").exists(), timeout=60_000)
    window.workers.wait()
    assert QImage(str(tmp_path / "pic.png")).width() == 900
    assert "Untitled scenario" in (tmp_path / "pic.svg").read_text(encoding="utf-8")
    g = nx.read_gexf(tmp_path / "net.gexf")
    assert [k for *_, k, d in g.edges(keys=True, data=True) if d["switched"]] == ["TKM:BIRLIK"]
    assert (tmp_path / "cov.csv").read_text(encoding="utf-8").splitlines()[4].startswith("TKM,")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "brief.pdf").pages)
    listed = text.split("Links switched from the baseline")[1].split("Most critical links")[0]
    assert "TKM:BIRLIK" in listed


def test_an_export_that_cannot_be_written_is_a_dialog(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: dialogs.append(text))
    window.transfers.export_picture(tmp_path / "missing" / "x.png")
    window.transfers.export_network_file(tmp_path / "x.docx")
    assert len(dialogs) == 2 and all("\n" not in d for d in dialogs)
    assert "No such file or directory" in dialogs[0]
    assert "cannot export to 'x.docx'" in dialogs[1]
    assert not (tmp_path / "missing").exists() and not (tmp_path / "x.docx").exists()


def test_hostile_text_typed_into_the_window(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through Edit › Rename scenario… (F2) and the notes box, as a user types or pastes."""
    doc = window.doc
    assert doc is not None
    rename = menu_action(window, "Edit", "Rename scenario…")
    assert rename.shortcut().toString() == "F2"
    typed: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (typed.pop(0), True))
    typed.append("Bell\x07 and whistle")
    rename.trigger()
    assert window.dialogs == [  # type: ignore[attr-defined]
        "the scenario's name: character U+0007 at position 5 is not allowed (a control "
        "character, lone surrogate, line break or direction override)"
    ]
    assert doc.name == "Untitled scenario" and window.stacks[doc].count() == 0
    typed.append("x" * 201)
    rename.trigger()
    assert "201 characters is more than 200" in window.dialogs[-1]  # type: ignore[attr-defined]
    assert doc.name == "Untitled scenario" and window.stacks[doc].count() == 0
    notes = window.scenarios.notes
    notes.setPlainText("A pasted\x0c page break\nand a line")  # as a paste: textChanged
    assert doc.session.scenario.notes == "A pasted page break\nand a line"
    kept, steps = doc.session.scenario.notes, window.stacks[doc].count()
    notes.setPlainText("n" * (MAX_TEXT + 1))  # too long: refused whole, never cut
    assert f"this text has {MAX_TEXT + 1:,}" in window.dialogs[-1]  # type: ignore[attr-defined]
    assert doc.session.scenario.notes == kept and window.stacks[doc].count() == steps
    assert notes.toPlainText() == kept  # the box shows what is kept


def test_a_network_too_big_for_the_force_layout_is_drawn_radially(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """View › Force-directed layout on a network above the layout's limit (lowered here to
    below the baseline's 40 actors): a line in the status bar, the radial picture, no hang."""
    from app.analysis import layout as layouts

    monkeypatch.setattr(layouts, "FORCE_MAX_ACTORS", 30)
    doc = window.doc
    assert doc is not None
    action = menu_action(window, "View", "Force-directed layout")
    assert action.shortcut().toString() == "Ctrl+3"
    action.trigger()
    message = window.statusBar().currentMessage()
    assert "force layout is drawn for networks of up to 30 actors (this one has 40)" in message
    radial = layouts.layout(doc.session.network, layouts.Layout.RADIAL)
    node = window.canvas.nodes["KAZ"].pos()
    assert (node.x(), node.y()) == pytest.approx(radial["KAZ"])


def test_a_damaged_scenario_row_is_said_once_and_the_rest_listed(
    qtbot: QtBot, store_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    conn = sqlite3.connect(store_path)
    conn.execute("UPDATE scenarios SET created = 'garbage' WHERE name = 'The CIS track collapses'")
    conn.commit()
    conn.close()
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: dialogs.append(a[2]))
    store = Store.open(str(store_path))
    w = MainWindow(Workspace(store), settings)
    try:
        w.documents.open_start()
        listed = [w.scenarios.list.item(i).text() for i in range(w.scenarios.list.count())]
        assert "The CIS track collapses" not in listed
        assert "Azerbaijan joins the SCO" in listed
        assert len(dialogs) == 1 and "is damaged: scenario" in dialogs[0]
        assert "Invalid isoformat string: 'garbage'" in dialogs[0]
        w.refresh_list()
        assert len(dialogs) == 1  # said once, not at every refresh
    finally:
        w.workers.cancel_all()
        w.close()
        w.deleteLater()
        store.close()
