"""Coverage by depth in the window, driven through its menus, shortcuts and panel: the
threshold and the lens, "only the region's own mechanisms", tooltips that name each link
with its depth and source, and the mandate editor."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.analysis import Criteria, Lens, evaluate
from app.domain import Depth, Membership
from app.files.baseline import load_baseline
from app.ui import editors
from app.ui.main_window import MainWindow
from app.workspace import Workspace
from db import Store
from tests.gui.menus import menu_action
from tests.gui.test_main_window import cell


def _count(w: MainWindow, state: str, risk: str) -> int:
    return int(cell(w, state, risk).split()[0])


def test_the_threshold_from_the_view_menu_and_its_shortcut(
    qtbot: QtBot, window: MainWindow, settings: QSettings
) -> None:
    w = window
    net = load_baseline()
    assert w.doc is not None and w.doc.session.criteria == Criteria()
    coordination = _count(w, "TKM", "terrorism")
    assert coordination == evaluate(net).coverage.matrix["TKM"]["terrorism"]

    action = menu_action(w, "View", "Coverage", "Count links at operational depth or deeper")
    action.trigger()
    assert w.doc.session.criteria.threshold is Depth.OPERATIONAL
    assert cell(w, "TKM", "terrorism") == "0 !"  # a gap at operational depth
    assert w.coverage.threshold.currentData() is Depth.OPERATIONAL  # the panel agrees
    assert settings.value("view/threshold") == "operational"
    assert "at operational depth" in w.coverage.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)

    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(
        w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert w.doc.session.criteria.threshold is Depth.COORDINATION
    assert _count(w, "TKM", "terrorism") == coordination
    assert not w.isWindowModified()  # a view setting, not an edit of the scenario


def test_the_lens_counts_the_regions_own_mechanisms_only(window: MainWindow) -> None:
    w = window
    menu_action(w, "View", "Coverage", "Count only the region's own mechanisms").trigger()
    assert w.doc is not None and w.doc.session.criteria.lens is Lens.OWN
    own = evaluate(load_baseline(), criteria=Criteria(Depth.COORDINATION, Lens.OWN)).coverage
    assert cell(w, "KGZ", "water_energy") == "0 !" and len(own.gaps) == 5
    assert w.coverage.summary.text().startswith(f"{len(own.gaps)} gaps")
    assert w.coverage.reliance.text() == "Own mechanisms cover 55 of 60 covered cells (92%)"
    tip = w.coverage.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "the region's own mechanisms only" in tip and "KAZ:CSTO" not in tip


def test_only_the_regions_own_mechanisms_in_one_undoable_action(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window
    s = w.doc.session if w.doc else None
    assert s is not None
    outside = s.outside_links()
    action = menu_action(w, "Edit", "Only the region's own mechanisms")
    assert action.shortcut().toString() == "Ctrl+Shift+O"
    action.trigger()
    assert s.enabled() & outside == frozenset()
    assert all(s.network.membership_of(lid) is Membership.OWN for lid in s.enabled())
    assert cell(w, "TKM", "border") == "0 !" and cell(w, "AZE", "emergencies") == "0 !"
    assert w.canvas.nodes["SCO"].inactive and not w.canvas.nodes["CMHS"].inactive
    assert not w.canvas.nodes["KAZ"].inactive  # a state is never inactive
    assert w.undo_action.text() == "&Undo Only the region's own mechanisms"
    assert w.stacks[w.doc].count() == 1  # type: ignore[index]
    w.undo_action.trigger()
    assert outside <= s.enabled() and cell(w, "TKM", "border") != "0 !"
    assert not w.canvas.nodes["SCO"].inactive
    # the panel's button is the same step
    qtbot.mouseClick(w.coverage.own_only, Qt.MouseButton.LeftButton)
    assert s.enabled() & outside == frozenset()
    assert w.stacks[w.doc].count() == 1  # type: ignore[index]  # the redo step replaced


def test_a_cells_tooltip_names_each_link_with_its_depth_and_source(window: MainWindow) -> None:
    m = window.coverage.model
    tip = m.index(m.states.index("TKM"), m.risks.index("drugs")).data(Qt.ItemDataRole.ToolTipRole)
    assert "TKM:CARICC</b> — operational" in tip
    assert "https://www.unodc.org/centralasia/en/news/caricc-stages-of-development.html" in tip
    assert "Below the threshold" in tip and "TKM:SCO</b> — declaratory" in tip
    assert "capped: a guest takes part in dialogue" in tip
    cis = m.index(m.states.index("TKM"), m.risks.index("military")).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "TKM:CIS" not in cis  # excluded by its association
    assert m.index(m.states.index("KAZ"), 0).data(Qt.UserRole + 2) == 3  # deepest: operational


def test_the_details_panel_shows_grades_and_exclusions(window: MainWindow) -> None:
    window.show_link("TKM:CIS")
    html = window.details.toHtml()
    assert "Excluded for this link" in html and "military and power structures" in html
    window.show_actor("CSTO")
    html = window.details.toHtml()
    assert "Mandate by risk" in html and "with outside powers: Russia" in html


def _fill_actor(
    monkeypatch: pytest.MonkeyPatch, fill: Callable[[editors.ActorDialog], None]
) -> None:
    def exec_(dialog: editors.ActorDialog) -> int:
        fill(dialog)
        dialog._ok()
        return int(dialog.result())

    monkeypatch.setattr(editors.ActorDialog, "exec", exec_)


def test_a_bodys_mandate_is_edited_in_its_dialog_and_undone(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    before = _count(w, "KAZ", "border")
    row = [r.key for r in load_baseline().risks].index("border")

    def lower(d: editors.ActorDialog) -> None:
        depth = d.mandate.depths[row]
        assert depth.currentData() is Depth.OPERATIONAL  # the CSTO's border programme
        depth.setCurrentIndex(depth.findData(Depth.DECLARATORY))
        d.mandate.item(row, 3).setText("what if the border programme stalled")  # type: ignore[union-attr]
        d.mandate.bases[row].setCurrentIndex(d.mandate.bases[row].findData(editors.Basis.REASONED))

    _fill_actor(monkeypatch, lower)
    w.editor.edit_actor_dialog("CSTO")
    assert w.doc is not None
    csto = w.doc.session.network.actor("CSTO")
    assert csto.membership is Membership.OUTSIDE  # the enum, not the combo's plain text
    grade = next(g for g in csto.mandate if g.risk == "border")
    assert grade.depth is Depth.DECLARATORY and grade.reason.startswith("what if")
    assert _count(w, "KAZ", "border") == before - 1
    with Store.open(w.workspace.store.where.removeprefix("store ")) as store:
        stored = store.network(store.default_network_id()).actor("CSTO")
    assert next(g for g in stored.mandate if g.risk == "border").depth is Depth.DECLARATORY
    w.undo_action.trigger()
    assert _count(w, "KAZ", "border") == before


def test_the_chosen_threshold_and_lens_come_back_in_a_new_window(
    qtbot: QtBot, window: MainWindow, settings: QSettings
) -> None:
    window.set_criteria(Criteria(Depth.OPERATIONAL, Lens.OUTSIDE))
    again = MainWindow(Workspace(window.workspace.store), settings)
    qtbot.addWidget(again)
    again.documents.new_scenario()
    assert again.criteria == Criteria(Depth.OPERATIONAL, Lens.OUTSIDE)
    assert again.doc is not None and again.doc.session.criteria == again.criteria
    assert again.coverage.lens.currentText() == "with outside powers"
    assert again.coverage.threshold_actions[Depth.OPERATIONAL].isChecked()


def test_the_panels_choices_count_as_the_menu_does(qtbot: QtBot, window: MainWindow) -> None:
    w = window
    combo = w.coverage.lens
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # all mechanisms -> the region's own
    assert w.doc is not None and w.doc.session.criteria.lens is Lens.OWN
    assert isinstance(w.doc.session.criteria.lens, Lens)
    assert w.coverage.lens_actions[Lens.OWN].isChecked()
    assert cell(w, "KGZ", "water_energy") == "0 !"


def test_an_older_files_unclassed_bodies_are_said_to_be(window: MainWindow, tmp_path: Path) -> None:
    old = Path(__file__).resolve().parents[1] / "data" / "scenario-v2-uzbekistan-csto.c6s"
    path = tmp_path / "old.c6s"
    shutil.copyfile(old, path)
    window.documents.open_file(path)
    assert window.doc is not None
    n = len(window.doc.session.network.unclassed())
    assert n > 20 and window.coverage.reliance.text().endswith(f"· {n} bodies not classed")
    assert cell(window, "KAZ", "terrorism").startswith("18")  # what version 2 counted


def test_a_source_address_cannot_add_attributes_or_scripts() -> None:
    from app.ui.details import address, sources_html

    hostile = 'https://example.org/"onmouseover="alert(1)'
    shown = address(hostile)
    assert shown.startswith('<a href="https://example.org/&quot;onmouseover=&quot;alert(1)"')
    assert 'onmouseover="' not in shown
    for other in ("file:///etc/passwd", "javascript:alert(1)", "https:/x"):  # not http(s)://
        assert "<a " not in address(other)
    assert "<script>" not in sources_html(["<script>alert(1)</script>"])
