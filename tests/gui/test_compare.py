"""Compare: two scenarios side by side, linked views, and the list of what differs."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from app.analysis import evaluate
from app.files.baseline import load_baseline
from app.ui.compare import CompareWindow
from app.ui.main_window import MainWindow


def _groups(w: CompareWindow) -> dict[str, list[list[str]]]:
    out = {}
    for i in range(w.tree.topLevelItemCount()):
        top = w.tree.topLevelItem(i)
        assert top is not None
        rows = []
        for j in range(top.childCount()):
            child = top.child(j)
            assert child is not None
            rows.append([child.text(c) for c in range(3)])
        out[top.text(0).rsplit(" (", 1)[0]] = rows
    return out


def _open(window: MainWindow, left: str, right: str) -> CompareWindow:
    w = window.compare()
    assert w is not None
    names = [s.name for s in w.slides]
    w.show_pair(names.index(left), names.index(right))
    return w


def test_the_diff_list_reads_the_right_scenario_against_the_left(
    window: MainWindow, qtbot: QtBot
) -> None:
    w = _open(window, "Untitled scenario", "Turkmenistan joins the Birlik exercises")
    groups = _groups(w)
    assert groups["Links switched"] == [["TKM:BIRLIK", "off", "on"]]
    at = "at coordination depth or deeper"
    gained = {row[0] for row in groups[f"Coverage gained {at}"]}
    assert gained == {"TKM · Terrorism", "TKM · Border security", "TKM · Military security"}
    assert all(
        int(after) == int(before) + 1 for _, before, after in groups[f"Coverage gained {at}"]
    )
    assert groups[f"Coverage lost {at}"] == []
    edges = evaluate(load_baseline()).connectivity.edges
    assert ["Edges  +1", str(edges), str(edges + 1)] in groups["Figures that change"]
    # the same layout on both sides, each showing its own scenario
    left, right = w.canvases
    assert left.positions() == right.positions()
    assert "TKM:BIRLIK" in right.enabled_links() and "TKM:BIRLIK" not in left.enabled_links()
    # a link in the list lights up in both pictures
    link_item = w.tree.topLevelItem(0)
    assert link_item is not None
    child = link_item.child(0)
    assert isinstance(child, QTreeWidgetItem)
    w.tree.itemClicked.emit(child, 0)
    assert left.edges["TKM:BIRLIK"].highlighted and right.edges["TKM:BIRLIK"].highlighted
    w.close()


def test_unsaved_edits_are_compared_as_they_stand(window: MainWindow) -> None:
    window.switches.switch_links({"UZB:CIS": False})
    w = _open(window, "Untitled scenario", "Azerbaijan joins the SCO")
    switched = {row[0]: row[1:] for row in _groups(w)["Links switched"]}
    assert switched["UZB:CIS"] == ["off", "on"]  # off only in the unsaved edit on the left
    assert switched["AZE:SCO:member"] == ["off", "on"] and switched["AZE:SCO"] == ["on", "off"]
    w.close()


def test_zoom_and_pan_are_linked_both_ways(window: MainWindow, qtbot: QtBot) -> None:
    w = _open(window, "The CIS track collapses", "Uzbekistan returns to the CSTO")
    w.show()
    qtbot.waitExposed(w)
    left, right = w.canvases
    left.zoom(2.0)
    assert right.transform() == left.transform()
    centre = lambda c: c.mapToScene(c.viewport().rect().center())  # noqa: E731
    before = centre(left)
    # a drag on the background pans by moving the scroll bars (hidden): move them directly
    left.horizontalScrollBar().setValue(left.horizontalScrollBar().value() + 120)
    left.verticalScrollBar().setValue(left.verticalScrollBar().value() + 80)
    QApplication.processEvents()
    moved = (centre(left) - before).manhattanLength()
    assert moved > 50  # it did pan, and the other one went with it (to within a pixel or two)
    assert (centre(right) - centre(left)).manhattanLength() < 0.05 * moved
    right.zoom(0.5)
    assert left.transform() == right.transform()
    w.close()


def test_scenarios_over_different_networks_are_not_compared(
    window: MainWindow, tmp_path: object
) -> None:
    from pathlib import Path

    from app.domain import Scenario
    from app.files.scenario_file import write_scenario_file
    from tests.factory import network

    assert isinstance(tmp_path, Path)
    other = tmp_path / "other.c6s"
    small = network("A B", "C", [("A", "C", "member", "drugs"), ("B", "C", "member", "drugs")])
    write_scenario_file(other, Scenario("Elsewhere"), small)
    window.documents.open_file(other)
    w = _open(window, "Azerbaijan joins the SCO", "Elsewhere")
    assert w.diff is None and "different networks" in w.note.text()
    assert w.tree.topLevelItemCount() == 0
    w.close()


def test_big_networks_are_compared_in_the_background(
    window: MainWindow, qtbot: QtBot, tmp_path: object
) -> None:
    from pathlib import Path

    from app.domain import Scenario
    from app.files.scenario_file import write_scenario_file
    from tests.bench.synthetic import synthetic_network

    assert isinstance(tmp_path, Path)
    net = synthetic_network(600, seed=9)
    first = sorted(net.baseline_enabled())[0]
    write_scenario_file(tmp_path / "a.c6s", Scenario("Big A"), net)
    write_scenario_file(tmp_path / "b.c6s", Scenario("Big B", link_states={first: False}), net)
    window.documents.open_file(tmp_path / "a.c6s")
    window.documents.open_file(tmp_path / "b.c6s")
    w = _open(window, "Big A", "Big B")
    assert w.diff is None and "in the background" in w.note.text()
    qtbot.waitUntil(lambda: w.diff is not None, timeout=120_000)
    assert _groups(w)["Links switched"] == [[first, "on", "off"]]
    w.close()


def test_bodies_left_without_a_link_are_drawn_inactive_on_their_side(window: MainWindow) -> None:
    w = _open(window, "Untitled scenario", "The CIS track collapses")
    left, right = w.canvases
    assert right.nodes["CIS-ATC"].inactive and not left.nodes["CIS-ATC"].inactive
    assert not right.nodes["KAZ"].inactive
    w.close()


def test_the_compare_window_fits_the_screen_it_opens_on(window: MainWindow) -> None:
    from tests.gui.menus import menu_action

    menu_action(window, "View", "Compare scenarios…").trigger()
    shown = [c for c in window.findChildren(CompareWindow) if c.isVisible()]
    room = window.screen().availableGeometry()
    assert shown and shown[0].width() <= room.width() and shown[0].height() <= room.height()
    shown[0].close()
