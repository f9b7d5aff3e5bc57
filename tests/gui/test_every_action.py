"""Every command of the window, reached as a user reaches it: each action of the menu bar
is triggered (its dialogs answered here) and must do something a user would see. A new row
in app/ui/actions.py without an entry in EFFECTS fails here, so nothing is left that no
menu reaches, and nothing a menu reaches is left untried."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from app.files.baseline import RESOURCES
from app.ui import actions, editors, import_preview, presentation, stores
from app.ui.main_window import MainWindow
from app.workspace import InFile, InStore

EXAMPLE = RESOURCES / "scenarios" / "azerbaijan-joins-sco.c6s"


class Answers:
    """What the test answers each dialog, and which dialogs were asked."""

    def __init__(self, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.tmp, self.asked, self.save_name, self.open_path = tmp, [], "out", EXAMPLE
        self.text, self.item = "Walked through", ""
        self.store_url = ""  # what the Connect dialog is given
        m = monkeypatch
        m.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: self._save(str(a[3])))
        m.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(self.open_path), ""))
        m.setattr(QInputDialog, "getInt", lambda *a, **k: (900, True))
        m.setattr(QInputDialog, "getText", lambda *a, **k: (self.text, True))
        m.setattr(QInputDialog, "getItem", lambda *a, **k: self._item(a[3]))
        m.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        m.setattr(QMessageBox, "about", lambda *a: self.asked.append(f"about:{a[2]}"))
        m.setattr(editors._Editor, "exec", lambda d: self._editor(d))
        m.setattr(import_preview.ImportPreview, "exec", lambda d: QDialog.DialogCode.Accepted)
        m.setattr(presentation.SlidesDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
        m.setattr(stores.ConnectDialog, "exec", lambda d: self._connect(d))

    def _save(self, name_filter: str) -> tuple[str, str]:
        suffix = name_filter.split("*")[1].split(")")[0]  # the first format offered
        return str(self.tmp / f"{self.save_name}{suffix}"), ""

    def _item(self, items: list[str]) -> tuple[str, bool]:
        self.asked.append(f"item:{items[0]}")
        return items[0], True

    def _connect(self, dialog: stores.ConnectDialog) -> int:
        self.asked.append("connect-dialog")
        dialog.url.setCurrentText(self.store_url)
        return int(QDialog.DialogCode.Accepted)

    def _editor(self, dialog: QDialog) -> int:
        self.asked.append(type(dialog).__name__)
        return int(QDialog.DialogCode.Rejected)


def _written(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0


def _csv_header(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as f:
        return next(csv.reader(f))


Effect = Callable[[MainWindow, Answers, QAction], None]


def _file(suffix: str, check: Callable[[Path], bool] = _written) -> Effect:
    def effect(w: MainWindow, a: Answers, action: QAction) -> None:
        a.save_name = action.objectName()
        action.trigger()
        w.settle()
        out = a.tmp / f"{a.save_name}{suffix}"
        assert check(out), out

    return effect


def _asks(kind: str) -> Effect:
    def effect(w: MainWindow, a: Answers, action: QAction) -> None:
        action.trigger()
        assert any(kind in said for said in a.asked), a.asked

    return effect


def _new(w: MainWindow, a: Answers, action: QAction) -> None:
    before = len(w.workspace.documents)
    action.trigger()
    assert len(w.workspace.documents) == before + 1 and w.doc is not None


def _open(w: MainWindow, a: Answers, action: QAction) -> None:
    action.trigger()
    assert w.doc is not None and w.doc.origin == InFile(EXAMPLE.resolve())
    assert w.actions_by_name["add-actor"].isEnabled()  # the store holds a network equal to its own
    w.documents.open_start()


def _other_store(w: MainWindow, a: Answers) -> Path:
    """A copy of the window's store in a folder of its own, one scenario renamed."""
    assert w.workspace.store.path is not None
    other = a.tmp / "team" / "store.sqlite"
    other.parent.mkdir()
    src, dst = sqlite3.connect(w.workspace.store.path), sqlite3.connect(other)
    src.backup(dst)
    dst.execute("UPDATE scenarios SET name = 'Only in the team store' WHERE id = 1")
    dst.commit()
    src.close()
    dst.close()
    return other


def _switch_store(w: MainWindow, a: Answers, action: QAction) -> None:
    other = _other_store(w, a)
    a.store_url, a.open_path = str(other), other  # typed in the dialog, or chosen as a file
    action.trigger()
    a.open_path = EXAMPLE
    assert w.workspace.store.path == other
    assert w.statusBar().currentMessage() == f"Store: {other}"
    names = [w.scenarios.list.item(i).text() for i in range(w.scenarios.list.count())]
    assert "Only in the team store" in names
    assert w.stores.recent()[0] == str(other)


def _save(w: MainWindow, a: Answers, action: QAction) -> None:
    assert w.doc is not None
    w.switches.toggle_link("KAZ:CIS")
    assert w.isWindowModified()
    action.trigger()
    assert not w.isWindowModified()
    with w.workspace.store._read() as _:
        pass
    scenario, _ = w.workspace.store.load(w.doc.origin.scenario_id)  # type: ignore[union-attr]
    assert "KAZ:CIS" in scenario.link_states


def _import_scenario(w: MainWindow, a: Answers, action: QAction) -> None:
    before = len(w.workspace.store.scenarios())
    action.trigger()
    assert len(w.workspace.store.scenarios()) == before + 1
    w.documents.open_start()


def _rename(w: MainWindow, a: Answers, action: QAction) -> None:
    action.trigger()
    assert w.doc is not None and w.doc.name == "Walked through"


def _reset(w: MainWindow, a: Answers, action: QAction) -> None:
    assert w.doc is not None
    w.switches.switch_links({"KAZ:SCO": False})
    action.trigger()
    assert w.doc.session.scenario.switched(w.doc.session.network) == {}


def _own_only(w: MainWindow, a: Answers, action: QAction) -> None:
    assert w.doc is not None
    outside = w.doc.session.outside_links()
    action.trigger()
    assert outside and not (w.doc.session.enabled() & outside)
    w.undo_action.trigger()
    assert outside <= w.doc.session.enabled()


def _find(w: MainWindow, a: Answers, action: QAction) -> None:
    w.docks["links"].hide()
    action.trigger()
    assert w.docks["links"].isVisible()


def _delete_risk(w: MainWindow, a: Answers, action: QAction) -> None:
    assert w.doc is not None
    first = w.doc.session.network.risks[0].key
    action.trigger()  # the first risk chosen, the question answered yes
    assert not any(r.key == first for r in w.doc.session.network.risks)
    w.undo_action.trigger()
    assert any(r.key == first for r in w.doc.session.network.risks)


def _import_csv(w: MainWindow, a: Answers, action: QAction) -> None:
    rows = a.tmp / "links.csv"
    rows.write_text("id,source,target,status,since\nKAZ:WALK,KAZ,UN,member,2026\n")
    a.open_path = rows
    action.trigger()
    a.open_path = EXAMPLE
    assert w.doc is not None and w.doc.session.network.has_link("KAZ:WALK")
    assert "KAZ:WALK" in w.canvas.edges
    w.undo_action.trigger()
    assert not w.doc.session.network.has_link("KAZ:WALK")


def _delete_first(kind: str) -> Effect:
    def effect(w: MainWindow, a: Answers, action: QAction) -> None:
        assert w.doc is not None
        net = w.doc.session.network
        first = sorted(x.id for x in (net.actors if kind == "actor" else net.links))[0]
        action.trigger()  # the first one offered chosen, the question answered yes
        net = w.doc.session.network
        assert not (net.has_actor(first) if kind == "actor" else net.has_link(first))
        w.undo_action.trigger()
        net = w.doc.session.network
        assert net.has_actor(first) if kind == "actor" else net.has_link(first)

    return effect


def _duplicate(w: MainWindow, a: Answers, action: QAction) -> None:
    assert w.doc is not None
    name = w.doc.name
    action.trigger()
    assert w.doc.name.startswith(f"{name} (copy)")
    assert any(i.name == w.doc.name for i in w.workspace.store.scenarios())


def _delete(w: MainWindow, a: Answers, action: QAction) -> None:
    w.actions_by_name["save"].trigger()  # into the store, so it goes to the trash
    assert w.doc is not None
    gone, origin = w.doc.name, w.doc.origin
    action.trigger()
    assert w.doc is not None and origin not in w.workspace.documents
    assert any(i.name == gone for i in w.workspace.store.scenarios(trash=True))


def _open_stored(w: MainWindow) -> None:
    """The store's newest scenario on screen (the window starts on a new one)."""
    w.documents.open_origin(InStore(w.workspace.scenarios()[0].id))


def _history(w: MainWindow, a: Answers, action: QAction) -> None:
    from app.ui.history import HistoryDialog

    doc = w.doc
    assert doc is not None and isinstance(doc.origin, InStore)
    before = dict(doc.session.scenario.link_states)
    w.switches.toggle_link("KAZ:CIS")
    w.actions_by_name["save"].trigger()
    action.trigger()
    [dialog] = [d for d in w.findChildren(HistoryDialog) if d.isVisible()]
    assert dialog.table.rowCount() == doc.version
    dialog.select(doc.version - 1)
    dialog.restore_button.click()  # no unsaved edits: nothing asked
    assert not dialog.isVisible() and dict(doc.session.scenario.link_states) == before
    assert w.workspace.history(doc)[0].action == f"restored version {doc.version - 2}"


def _data_sources(w: MainWindow, a: Answers, action: QAction) -> None:
    w.details.clear()
    action.trigger()
    html = w.details.toHtml()
    assert "https://" in html and w.docks["details"].isVisible()
    assert "About" not in html


def _present(w: MainWindow, a: Answers, action: QAction) -> None:
    action.trigger()
    assert w.presentation.active
    action.trigger() if action.objectName() == "action-present" else w.present_action.trigger()
    assert not w.presentation.active


def _year(step: int) -> Effect:
    def effect(w: MainWindow, a: Answers, action: QAction) -> None:
        assert w.doc is not None
        if step > 0:
            w.actions_by_name["earlier"].trigger()
        before = w.doc.session.year
        action.trigger()
        after = w.doc.session.year
        assert after != before
        if step < 0:
            assert after is not None and (before is None or after < before)

    return effect


def _compare(w: MainWindow, a: Answers, action: QAction) -> None:
    from app.ui.compare import CompareWindow

    action.trigger()
    w.settle()
    shown = [c for c in w.findChildren(CompareWindow) if c.isVisible()]
    assert shown
    for c in shown:
        c.close()


def _zoom(w: MainWindow, a: Answers, action: QAction) -> None:
    before = w.canvas.transform().m11()
    action.trigger()
    after = w.canvas.transform().m11()
    if action.objectName() == "action-fit":
        w.canvas.zoom(3.0)
        zoomed = w.canvas.transform().m11()
        action.trigger()
        assert w.canvas.transform().m11() != zoomed
    else:
        assert after != before


def _quit(w: MainWindow, a: Answers, action: QAction) -> None:
    w.documents.ask_unsaved = lambda docs: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    action.trigger()
    assert not w.isVisible()


EFFECTS: dict[str, Effect] = {
    "new": _new,
    "open": _open,
    "connect": _switch_store,
    "open-store": _switch_store,
    "save": _save,
    "save-as": _file(".c6s"),
    "import-scenario": _import_scenario,
    "export-scenario": _file(".c6s"),
    "export-picture": _file(".png"),
    "export-graph": _file(".graphml"),
    "export-links": _file(".csv", lambda p: {"id", "source", "target"} <= set(_csv_header(p))),
    "export-actors": _file(".csv", lambda p: {"id", "kind", "name"} <= set(_csv_header(p))),
    "export-coverage": _file(".csv", lambda p: "KAZ" in p.read_text(encoding="utf-8")),
    "briefing": _file(".pdf", lambda p: p.read_bytes().startswith(b"%PDF")),
    "find-link": _find,
    "rename": _rename,
    "reset": _reset,
    "own-only": _own_only,
    "add-actor": _asks("ActorDialog"),
    "add-link": _asks("LinkDialog"),
    "edit-actor": _asks("ActorDialog"),
    "edit-link": _asks("LinkDialog"),
    "delete-actor": _delete_first("actor"),
    "delete-link": _delete_first("link"),
    "history": _history,
    "duplicate": _duplicate,
    "delete": _delete,
    "add-risk": _asks("RiskDialog"),
    "edit-risk": _asks("RiskDialog"),
    "delete-risk": _delete_risk,
    "import-csv": _import_csv,
    "export-actors-csv": _file(".csv", lambda p: "kind" in _csv_header(p)),
    "export-links-csv": _file(".csv", lambda p: "target" in _csv_header(p)),
    "data-sources": _data_sources,
    "present": _present,
    "present-choose": _present,
    "earlier": _year(-1),
    "later": _year(+1),
    "compare": _compare,
    "fit": _zoom,
    "zoom-in": _zoom,
    "zoom-out": _zoom,
    "about": _asks("about:"),
    "quit": _quit,
}


def test_every_registered_action_has_a_tried_effect() -> None:
    assert sorted(EFFECTS) == sorted(a.name for a in actions.every_act())


def _in_menus(w: MainWindow) -> list[QAction]:
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())  # type: ignore[arg-type]
            elif not action.isSeparator():
                found.append(action)

    for top in w.menuBar().actions():
        walk(top.menu())  # type: ignore[arg-type]
    return found


def test_every_menu_action_is_named_and_has_a_tip_or_is_a_list_entry(window: MainWindow) -> None:
    w = window
    _open_stored(w)  # else History says why a new scenario has none
    named = [a for a in _in_menus(w) if a.objectName()]
    unnamed = [a.text() for a in _in_menus(w) if not a.objectName()]
    assert unnamed == [] and len(named) >= len(EFFECTS)
    registry = {f"action-{a.name}": a for a in actions.every_act()}
    for action in named:
        if action.objectName() in registry and registry[action.objectName()].tip:
            assert action.toolTip() == registry[action.objectName()].tip


@pytest.mark.parametrize("name", sorted(EFFECTS))
def test_each_menu_action_does_what_it_says(
    name: str, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    answers = Answers(tmp_path, monkeypatch)
    row = next(a for a in actions.every_act() if a.name == name)
    if row.needs is actions.Needs.STORED:  # a new scenario has no history
        _open_stored(w)
    action = next(a for a in _in_menus(w) if a.objectName() == f"action-{name}")
    assert action.isEnabled(), name
    EFFECTS[name](w, answers, action)
    assert w.dialogs == [], w.dialogs  # type: ignore[attr-defined]


def test_the_run_time_lists_act_too(qtbot: QtBot, window: MainWindow) -> None:
    w = window
    by_name = {a.objectName(): a for a in _in_menus(w)}
    radial = w.canvas.positions()
    by_name["action-layout-geographic"].trigger()
    assert w.layout_kind.value == "geographic" and w.canvas.positions() != radial
    by_name["action-theme-dark"].trigger()
    assert w.theme.name.value == "dark"
    by_name["action-panel-details"].trigger()
    assert not w.docks["details"].isVisible()
    by_name["action-panel-details"].trigger()
    assert w.docks["details"].isVisible()
    assert w.doc is not None
    w.switches.toggle_link("KAZ:SCO")
    assert "KAZ:SCO" not in w.doc.session.enabled()
    by_name["action-undo"].trigger()
    assert "KAZ:SCO" in w.doc.session.enabled()
    by_name["action-redo"].trigger()
    assert "KAZ:SCO" not in w.doc.session.enabled()


def test_without_a_scenario_only_what_needs_none_is_enabled(
    qtbot: QtBot, store_path: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from app.workspace import Workspace
    from db import Store

    store = Store.open(str(store_path))
    w = MainWindow(Workspace(store), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    try:
        rows = {a.name: a for a in actions.every_act()}
        for name, action in w.actions_by_name.items():
            free = rows[name].needs in (actions.Needs.NOTHING, actions.Needs.STORE)
            assert action.isEnabled() == free, name
        w.documents.open_start()  # a new scenario: all but what needs a stored one
        for name, action in w.actions_by_name.items():
            assert action.isEnabled() == (rows[name].needs is not actions.Needs.STORED), name
        _open_stored(w)
        assert all(a.isEnabled() for a in w.actions_by_name.values())
    finally:
        w.workers.cancel_all()
        w.close()
        store.close()
