"""Editing the network in the window: dialogs, validation, the store, undo, scenarios."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app.domain import ActorKind, Basis, Depth, Grade, LinkStatus
from app.ui import editors
from app.ui.main_window import MainWindow
from db import Store


def _fill(
    monkeypatch: pytest.MonkeyPatch, cls: type[editors._Editor], fill: Callable[..., None]
) -> list[str]:
    """The next dialog of `cls`: `fill` sets its fields, then OK; what it said when refused."""
    said: list[str] = []

    def exec_(dialog: editors._Editor) -> int:
        fill(dialog)
        dialog._ok()
        said.append(dialog.problem.text())
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", exec_)
    return said


def _stored(store_path: Path) -> Store:
    return Store.open(str(store_path))


def test_add_a_link_then_undo_and_redo(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window

    def fill(d: editors.LinkDialog) -> None:
        d.source.setCurrentIndex(d.source.findData("TKM"))
        d.target.setCurrentIndex(d.target.findData("EAEU"))
        d.status.setCurrentIndex(d.status.findData(LinkStatus.OBSERVER))
        d.since.setText("2026")
        d.sources.setPlainText("https://example.org/tkm-eaeu")
        row = [r.key for r in d.network.risks].index("economic")
        # an observer would take the EAEU's economic 3 capped at 1: the dialog says so
        assert (
            d.grades.depths[row].itemText(0)
            == "as the body: 1 (the body's 3, capped by the status)"
        )
        d.grades.depths[row].setCurrentIndex(d.grades.depths[row].findData(Depth.COORDINATION))
        # more than an observer takes part in: only a source may show it
        assert d.grades.bases[row].currentData() == Basis.REASONED  # a new grade's default
        d.grades.bases[row].setCurrentIndex(d.grades.bases[row].findData(Basis.SOURCED))
        d.grades.item(row, 3).setText("observer in the economic working groups")  # type: ignore[union-attr]
        d.grades.item(row, 4).setText("https://example.org/tkm-eaeu-econ")  # type: ignore[union-attr]

    said = _fill(monkeypatch, editors.LinkDialog, fill)
    w.editor.add_link_dialog()
    assert said == [""]
    assert w.doc is not None and w.doc.session.network.link("TKM:EAEU").since == 2026
    assert "TKM:EAEU" in w.canvas.edges and "TKM:EAEU" in w.doc.session.evaluation.enabled
    with _stored(store_path) as store:
        link = store.network(store.default_network_id()).link("TKM:EAEU")
    assert link.status is LinkStatus.OBSERVER
    assert link.grades == (
        Grade(
            "economic",
            Depth.COORDINATION,
            Basis.SOURCED,
            "observer in the economic working groups",
            ("https://example.org/tkm-eaeu-econ",),
        ),
    )
    assert w.doc.session.network.depths("TKM:EAEU") == {"water_energy": 1, "economic": 2}
    assert link.sources == ("https://example.org/tkm-eaeu",)
    assert w.undo_action.text() == "&Undo Add link"

    w.undo_group.undo()
    assert "TKM:EAEU" not in w.canvas.edges and not w.doc.session.network.has_link("TKM:EAEU")
    with _stored(store_path) as store:
        assert not store.network(store.default_network_id()).has_link("TKM:EAEU")
    w.undo_group.redo()
    assert "TKM:EAEU" in w.canvas.edges
    with _stored(store_path) as store:
        assert store.network(store.default_network_id()).has_link("TKM:EAEU")


def test_an_invalid_edit_is_refused_in_the_dialog_and_nothing_changes(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    with _stored(store_path) as store:
        before = store.network(store.default_network_id())

    def years_backwards(d: editors.LinkDialog) -> None:
        d.source.setCurrentIndex(d.source.findData("KAZ"))
        d.target.setCurrentIndex(d.target.findData("UN"))
        d.id.setText("KAZ:UN:again")
        d.since.setText("2020")
        d.until.setText("2010")

    said = _fill(monkeypatch, editors.LinkDialog, years_backwards)
    w.editor.add_link_dialog()
    assert said == ["link 'KAZ:UN:again': until 2010 is before since 2020"]  # named, not placed

    said = _fill(
        monkeypatch, editors.ActorDialog, lambda d: (d.id.setText("KAZ"), d.name.setText("x"))
    )
    w.editor.add_actor_dialog()
    assert said == ["there is already an actor 'KAZ'"]

    said = _fill(
        monkeypatch,
        editors.ActorDialog,
        lambda d: (
            d.id.setText("NEW"),
            d.name.setText("New"),
            d.lat.setText("91"),
            d.lon.setText("0"),
        ),
    )
    w.editor.add_actor_dialog()
    assert said == ["actor 'NEW'.lat: expected a number from -90 to 90, found 91.0"]
    assert w.undo_action.isEnabled() is False  # nothing reached the undo history
    with _stored(store_path) as store:
        assert store.network(store.default_network_id()) == before


def test_deleting_a_link_keeps_scenarios_consistent_and_undo_restores_them(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with _stored(store_path) as store:
        cis = store.scenario_id("The CIS track collapses")
        before, _ = store.load(cis)
    assert before.link_states["KAZ:CIS"] is False
    w.editor.delete_link("KAZ:CIS")
    assert "KAZ:CIS" not in w.canvas.edges
    with _stored(store_path) as store:
        after, network = store.load(cis)
    assert not network.has_link("KAZ:CIS") and "KAZ:CIS" not in after.link_states
    assert after.notes.endswith("Deleted from the network, so no longer switched here: KAZ:CIS.")
    assert len(after.link_states) == len(before.link_states) - 1

    w.undo_group.undo()
    assert "KAZ:CIS" in w.canvas.edges
    with _stored(store_path) as store:
        again, network = store.load(cis)
    assert network.has_link("KAZ:CIS")
    assert again.link_states == before.link_states and again.notes == before.notes


def test_edit_and_delete_an_actor(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    _fill(monkeypatch, editors.ActorDialog, lambda d: d.name.setText("Ecosystem of Cooperation"))
    w.editor.edit_actor_dialog("ECO")
    assert (
        w.doc is not None and w.doc.session.network.actor("ECO").name == "Ecosystem of Cooperation"
    )
    assert w.doc.session.network.actor("ECO").kind is ActorKind.BODY  # the rest kept
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    links = [lk.id for lk in w.doc.session.network.links_of("ECO")]
    w.editor.delete_actor("ECO")
    assert "ECO" not in w.canvas.nodes and not any(lid in w.canvas.edges for lid in links)
    with _stored(store_path) as store:
        net = store.network(store.default_network_id())
    assert not net.has_actor("ECO") and not any(net.has_link(lid) for lid in links)
    w.undo_group.undo()
    w.undo_group.undo()
    assert w.doc.session.network.actor("ECO").name == "Economic Cooperation Organization"


def test_russian_names_are_edited_stored_and_undone(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    assert w.doc is not None and w.doc.session.network.actor("ECO").name_ru == "ОЭС"
    seen: list[str] = []

    def rename(d: editors.ActorDialog) -> None:
        seen.append(d.name_ru.text())  # the dialog opens with the stored name
        d.name_ru.setText(" Организация экономического сотрудничества ")

    _fill(monkeypatch, editors.ActorDialog, rename)
    w.editor.edit_actor_dialog("ECO")
    assert seen == ["ОЭС"]
    eco = w.doc.session.network.actor("ECO")
    assert eco.name_ru == "Организация экономического сотрудничества"
    assert eco.name == "Economic Cooperation Organization"  # the English name kept
    with _stored(store_path) as store:
        assert store.network(store.default_network_id()).actor("ECO").name_ru == eco.name_ru
    said = _fill(monkeypatch, editors.ActorDialog, lambda d: d.name_ru.setText("ОЭС\u202e"))
    w.editor.edit_actor_dialog("ECO")  # the text policy: refused in the dialog
    assert "name_ru" in said[0] and "U+202E" in said[0]
    assert w.doc.session.network.actor("ECO").name_ru == eco.name_ru
    w.undo_group.undo()
    assert w.doc.session.network.actor("ECO").name_ru == "ОЭС"

    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(
        QInputDialog, "getItem", lambda *a, **k: ("Water and energy balance (water_energy)", True)
    )
    _fill(monkeypatch, editors.RiskDialog, lambda d: d.label_ru.setText("Вода и энергия"))
    w.editor.edit_risk_dialog()
    assert w.doc.session.network.risk("water_energy").label_ru == "Вода и энергия"
    with _stored(store_path) as store:
        risk = store.network(store.default_network_id()).risk("water_energy")
    assert (risk.label, risk.label_ru) == ("Water and energy balance", "Вода и энергия")


def test_deleting_a_risk_names_the_links_that_cover_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    asked: list[str] = []
    monkeypatch.setattr(
        editors.QDialog, "exec", lambda d: QDialog.DialogCode.Rejected, raising=False
    )
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(
        QInputDialog, "getItem", lambda *a, **k: ("Water and energy balance (water_energy)", True)
    )
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.No,
    )
    w.editor.delete_risk_dialog()
    assert len(asked) == 1 and "mandates and links grade it and will no longer" in asked[0]
    assert w.doc is not None and "water_energy" in w.doc.session.network.risk_keys  # said No
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    w.editor.delete_risk_dialog()
    assert "water_energy" not in w.doc.session.network.risk_keys
    assert "water_energy" not in w.coverage.model.risks


def test_a_files_own_network_is_not_edited(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain import Scenario
    from app.files.scenario_file import write_scenario_file
    from tests.factory import network

    path = tmp_path / "own.c6s"
    write_scenario_file(path, Scenario("Own"), network("A B", "C", [("A", "C", "member", "drugs")]))
    window.documents.open_file(path)
    network_menu = ("add-actor", "add-link", "add-risk", "import-csv", "edit-actor")
    assert not any(window.actions_by_name[n].isEnabled() for n in network_menu)
    said = _fill(
        monkeypatch, editors.ActorDialog, lambda d: (d.id.setText("D"), d.name.setText("D"))
    )
    window.editor.add_actor_dialog()
    assert "import the file into the store" in said[0]


def test_csv_import_previews_each_row_and_writes_all_or_none(
    window: MainWindow, store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import import_preview

    w = window
    seen: list[tuple[str, bool, list[str]]] = []

    def look(dialog: import_preview.ImportPreview) -> int:
        ok = dialog.findChild(import_preview.QDialogButtonBox).button(  # type: ignore[union-attr]
            import_preview.QDialogButtonBox.StandardButton.Ok
        )
        cells = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
        seen.append((dialog.summary.text(), ok.isEnabled(), cells))
        return int(QDialog.DialogCode.Accepted if ok.isEnabled() else QDialog.DialogCode.Rejected)

    monkeypatch.setattr(import_preview.ImportPreview, "exec", look)
    bad = tmp_path / "bad.csv"
    bad.write_text("id,source,target,status\nKAZ:N1,KAZ,UN,member\nKAZ:N2,KAZ,NOPE,member\n")
    with _stored(store_path) as store:
        before = store.network(store.default_network_id())
    assert w.transfers.import_csv(bad) is False
    assert seen[0][1] is False and seen[0][2] == ["added", "REFUSED"]
    assert "<b>1</b> refused" in seen[0][0]
    with _stored(store_path) as store:
        assert store.network(store.default_network_id()) == before

    good = tmp_path / "good.csv"
    good.write_text("id,source,target,status,since\nKAZ:N1,KAZ,UN,member,2026\n")
    assert w.transfers.import_csv(good) is True
    assert seen[1][1] is True and "KAZ:N1" in w.canvas.edges
    with _stored(store_path) as store:
        assert store.network(store.default_network_id()).link("KAZ:N1").since == 2026
    w.undo_group.undo()
    assert "KAZ:N1" not in w.canvas.edges


def test_provenance_is_in_view(window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    from app.ui.links_panel import UNVERIFIED

    w = window
    assert w.doc is not None
    net = w.doc.session.network
    w.show_data_sources()
    html = w.details.toHtml()
    first, cited = net.sources()[0]
    assert "Data sources of" in html and cited[0] in html and first[:30] in w.details.toPlainText()
    https = [s for s, _ in net.sources() if s.startswith("http")]
    assert https and f'href="{https[0]}"' in html  # clickable addresses
    unsure = net.unverified()
    assert unsure and "Marked unverified" in w.details.toPlainText()
    w.show_link(unsure[0])
    assert "⚠ Unverified" in w.details.toPlainText()
    model = w.links.model
    row = model.row_of(unsure[0])
    assert model.data(model.index(row, 1), Qt.ItemDataRole.ForegroundRole) == UNVERIFIED
    sure = next(lk.id for lk in net.links if lk.id not in unsure)
    assert model.data(model.index(model.row_of(sure), 1), Qt.ItemDataRole.ForegroundRole) is None


def test_an_edit_moves_every_open_scenario_on_the_network_but_shows_the_current_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    assert w.doc is not None
    with_cis = w.workspace.open_stored(w.workspace.store.scenario_id("The CIS track collapses"))
    w.open_document(with_cis)
    shown = w.doc
    w.documents.new_scenario()  # another document, on screen now
    current = w.doc
    assert current is not shown
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    w.editor.delete_link("KAZ:CIS")
    assert w.doc is current  # the window stayed where it was
    assert not with_cis.session.network.has_link("KAZ:CIS")
    assert "KAZ:CIS" not in with_cis.session.scenario.link_states
    w.open_document(with_cis)
    assert "KAZ:CIS" not in w.canvas.edges


def test_an_open_scenario_keeps_the_note_a_deletion_writes_when_saved(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.workspace import InStore
    from tests.gui.menus import menu_action

    w = window
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with _stored(store_path) as store:
        cis = store.scenario_id("The CIS track collapses")
    w.documents.open_origin(InStore(cis))
    w.editor.delete_link("KAZ:CIS")
    line = "Deleted from the network, so no longer switched here: KAZ:CIS."
    assert w.doc is not None and w.doc.session.scenario.notes.endswith(line)
    assert w.scenarios.notes.toPlainText().endswith(line)  # shown as it is stored
    menu_action(w, "File", "Save").trigger()
    with _stored(store_path) as store:
        saved, _ = store.load(cis)
    assert saved.notes.endswith(line) and saved.notes.count(line) == 1

    w.undo_group.undo()  # the note goes with the deletion, in the store and on screen
    with _stored(store_path) as store:
        back, network = store.load(cis)
    assert network.has_link("KAZ:CIS") and line not in back.notes
    assert line not in w.doc.session.scenario.notes


def test_a_refused_edit_or_undo_leaves_stack_store_and_screen_agreeing(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain import C6Error

    w = window
    errors: list[str] = []
    monkeypatch.setattr(w, "error", errors.append)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    store = w.workspace.store
    real = store.replace_network

    def refuse(*args: object, **kwargs: object) -> object:
        raise C6Error("store is read-only: the disk is full")

    monkeypatch.setattr(store, "replace_network", refuse)
    w.editor.delete_link("KAZ:CIS")
    assert errors == ["store is read-only: the disk is full"]
    assert w.undo_group.activeStack().count() == 0  # nothing promised
    assert w.doc is not None and w.doc.session.network.has_link("KAZ:CIS")
    assert "KAZ:CIS" in w.canvas.edges

    monkeypatch.setattr(store, "replace_network", real)
    w.editor.delete_link("KAZ:CIS")
    assert w.undo_group.activeStack().count() == 1 and "KAZ:CIS" not in w.canvas.edges
    monkeypatch.setattr(store, "replace_network", refuse)
    w.undo_group.undo()  # refused: the deletion stays, and the stack no longer offers it
    assert errors[-1] == "Cannot undo: store is read-only: the disk is full"
    assert w.undo_group.activeStack().count() == 0
    assert not w.doc.session.network.has_link("KAZ:CIS") and "KAZ:CIS" not in w.canvas.edges
    with _stored(store_path) as stored:
        assert not stored.network(stored.default_network_id()).has_link("KAZ:CIS")


def _two_open(w: MainWindow, store_path: Path) -> tuple[object, object]:
    from app.workspace import InStore

    with _stored(store_path) as store:
        a, b = (
            store.scenario_id("The CIS track collapses"),
            store.scenario_id("Azerbaijan joins the SCO"),
        )
    w.documents.open_origin(InStore(b))
    doc_b = w.doc
    w.documents.open_origin(InStore(a))
    return w.doc, doc_b


def test_undoing_an_edit_keeps_what_another_scenario_saved_since(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit made in one scenario, then a switch saved in another on the same network:
    undoing the edit gives back what it took and keeps the other scenario's switch."""
    from tests.gui.menus import menu_action

    w = window
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    doc_a, doc_b = _two_open(w, store_path)
    w.editor.delete_link("KAZ:CIS")  # in A, which switches it off
    w.documents.open_origin(doc_b.origin)  # type: ignore[attr-defined]
    w.switches.toggle_link("KGZ:OTS")
    menu_action(w, "File", "Save").trigger()
    w.documents.open_origin(doc_a.origin)  # type: ignore[attr-defined]
    w.undo_action.trigger()
    with _stored(store_path) as store:
        b_saved, network = store.load(doc_b.origin.scenario_id)  # type: ignore[attr-defined]
        a_saved, _ = store.load(doc_a.origin.scenario_id)  # type: ignore[attr-defined]
    assert network.has_link("KAZ:CIS")
    assert b_saved.link_states.get("KGZ:OTS") is False  # B's saved switch is kept
    assert doc_b.session.scenario.link_states.get("KGZ:OTS") is False  # type: ignore[attr-defined]
    assert a_saved.link_states["KAZ:CIS"] is False  # A's switch of it given back
    assert "Deleted from the network" not in a_saved.notes


def test_an_edit_made_again_elsewhere_cannot_be_undone_under_it(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    errors: list[str] = []
    monkeypatch.setattr(w, "error", errors.append)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    doc_a, doc_b = _two_open(w, store_path)
    w.editor.delete_link("KAZ:CIS")  # E1, in A
    w.documents.open_origin(doc_b.origin)  # type: ignore[attr-defined]
    w.editor.delete_link("KGZ:OTS")  # E2, in B
    w.documents.open_origin(doc_a.origin)  # type: ignore[attr-defined]
    w.undo_action.trigger()  # E1 under E2: refused, and the stack no longer offers it
    assert errors and "edited again since this step" in errors[-1]
    assert w.undo_group.activeStack().count() == 0
    with _stored(store_path) as store:
        net = store.network(store.default_network_id())
    assert not net.has_link("KAZ:CIS") and not net.has_link("KGZ:OTS")
    w.documents.open_origin(doc_b.origin)  # type: ignore[attr-defined]
    w.undo_action.trigger()  # E2 is the latest: it is taken back alone
    with _stored(store_path) as store:
        net = store.network(store.default_network_id())
    assert net.has_link("KGZ:OTS") and not net.has_link("KAZ:CIS")


def test_a_refused_edit_keeps_the_redo_history(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain import C6Error

    w = window
    errors: list[str] = []
    monkeypatch.setattr(w, "error", errors.append)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    w.editor.delete_link("KAZ:CIS")
    w.editor.delete_link("KGZ:OTS")
    w.undo_action.trigger()
    stack = w.undo_group.activeStack()
    assert (stack.count(), stack.index()) == (2, 1)

    def refuse(*args: object, **kwargs: object) -> object:
        raise C6Error("store is read-only: the disk is full")

    monkeypatch.setattr(w.workspace.store, "replace_network", refuse)
    w.editor.delete_link("TJK:CIS")
    assert errors == ["store is read-only: the disk is full"]
    assert (stack.count(), stack.index()) == (2, 1) and stack.canRedo()


def test_a_network_edit_leaves_a_saved_scenario_saved_and_says_who_lost_a_switch(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The network is written to the store at once: the scenario on screen has nothing new
    to save; the status bar says how many scenarios lost a switch of the deleted link."""
    from app.workspace import InStore

    w = window
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with _stored(store_path) as store:
        w.documents.open_origin(InStore(store.scenario_id("Uzbekistan returns to the CSTO")))
    assert not w.isWindowModified()
    w.editor.delete_link("UZB:CSTO")
    assert not w.isWindowModified() and w.documents.unsaved() == []
    assert "1 scenario lost a switch of it" in w.statusBar().currentMessage()
