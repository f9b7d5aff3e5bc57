"""File › History of this scenario…: the versions the store keeps of the open scenario, newest
first, and restoring one as a new version, through the menu, the keys and the dialog. A
restore over unsaved edits asks first; one over a version another user saved since is a
conflict and writes nothing; a reader sees the history but may not restore."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.files.baseline import RESOURCES
from app.ui import actions
from app.ui.conflicts import Answer, ConflictDialog
from app.ui.history import HistoryDialog, UnsavedQuestion, switched
from app.ui.main_window import MainWindow
from app.workspace import InStore
from db import Store
from tests.gui import test_connect
from tests.gui.conftest import window_on
from tests.gui.menus import menu_action
from tests.gui.test_connect import connect

CSTO = "Uzbekistan returns to the CSTO"
EXAMPLE = RESOURCES / "scenarios" / "azerbaijan-joins-sco.c6s"
CTRL = Qt.KeyboardModifier.ControlModifier
team = test_connect.team  # a fixture: a store on the test server, and logins holding roles


@pytest.fixture
def any_window(
    qtbot: QtBot, store_url: str, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The window on a seeded store, SQLite and PostgreSQL in turn."""
    with window_on(store_url, qtbot, settings, monkeypatch) as w:
        yield w


def open_stored(w: MainWindow, name: str) -> int:
    """Click a scenario in the Scenarios panel; its id."""
    items = w.scenarios.list.findItems(name, Qt.MatchFlag.MatchExactly)
    assert items, name
    w.scenarios.list.itemClicked.emit(items[0])
    assert w.doc is not None and w.doc.name == name
    assert isinstance(w.doc.origin, InStore)
    return w.doc.origin.scenario_id


def switch_and_save(qtbot: QtBot, w: MainWindow, link: str) -> None:
    """Click a link off (or on) and press Ctrl+S."""
    w.switches.toggle_link(link)
    assert w.isWindowModified()
    qtbot.keyClick(w.canvas, Qt.Key.Key_S, CTRL)
    assert not w.isWindowModified(), w.dialogs  # type: ignore[attr-defined]


def shown_dialog(w: MainWindow) -> HistoryDialog:
    """The history dialog on screen (one closed before may not be deleted yet)."""
    [dialog] = [d for d in w.findChildren(HistoryDialog, "history-dialog") if d.isVisible()]
    return dialog


def open_history(w: MainWindow) -> HistoryDialog:
    menu_action(w, "File", "History of this scenario…").trigger()
    return shown_dialog(w)


def rows(dialog: HistoryDialog) -> list[tuple[int, str, str, str]]:
    """Each row as shown: (version, who, what, links switched)."""
    t = dialog.table
    return [
        (
            int(t.item(r, 0).data(Qt.ItemDataRole.UserRole)),
            t.item(r, 2).text(),
            t.item(r, 3).text(),
            t.item(r, 4).text(),
        )
        for r in range(t.rowCount())
    ]


def history(w: MainWindow, sid: int) -> list[tuple[int, str, str, dict[str, bool]]]:
    """The store's own record, newest first."""
    kept = w.workspace.store.history(sid)
    return [(v.version, v.saved_by, v.action, dict(v.changes)) for v in reversed(kept)]


class Unsaved:
    """Answers the unsaved-changes question by clicking `answer` ("Restore" or "Cancel")."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
        self.answer = answer
        self.texts: list[str] = []

        def exec_(box: UnsavedQuestion) -> int:
            self.texts.append(box.text())
            button = next(b for b in box.buttons() if b.text().replace("&", "") == self.answer)
            button.click()
            return 0

        monkeypatch.setattr(UnsavedQuestion, "exec", exec_)


def test_the_history_lists_every_version_and_restores_one(
    qtbot: QtBot, any_window: MainWindow
) -> None:
    w = any_window
    sid = open_stored(w, CSTO)
    switch_and_save(qtbot, w, "KAZ:CIS")
    switch_and_save(qtbot, w, "KAZ:SCO")
    kept = history(w, sid)
    assert [v for v, *_ in kept] == [3, 2, 1]
    assert kept[0][3] == {"KAZ:SCO": False} and kept[1][3] == {"KAZ:CIS": False}
    v1_states = dict(w.workspace.store.history(sid)[0].states)

    qtbot.keyClick(w.canvas, Qt.Key.Key_H, CTRL)  # File › History…, by its key
    dialog = shown_dialog(w)
    assert dialog.isModal()
    assert rows(dialog) == [(v, who, what, switched(ch)) for v, who, what, ch in kept]
    assert rows(dialog)[0][3] == "KAZ:SCO off" and rows(dialog)[1][3] == "KAZ:CIS off"
    assert dialog.table.item(0, 0).text() == "3 (open)"
    assert dialog.selected() == 2  # the one before the newest, ready to restore
    dialog.select(3)
    assert not dialog.restore_button.isEnabled()
    assert "newest" in dialog.restore_button.toolTip()
    dialog.select(1)
    assert dialog.restore_button.isEnabled()
    assert dialog.restore_button.toolTip() == "Make version 1 the scenario again, as version 4"

    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter restores the selected row
    assert not dialog.isVisible() and w.dialogs == []  # type: ignore[attr-defined]
    assert w.doc is not None and w.doc.origin == InStore(sid) and w.doc.version == 4
    assert dict(w.doc.session.scenario.link_states) == v1_states
    assert {"KAZ:CIS", "KAZ:SCO"} <= w.doc.session.enabled()
    assert w.canvas.edges["KAZ:CIS"].isVisible()
    newest = history(w, sid)[0]
    assert newest[:3] == (4, w.workspace.user, "restored version 1")
    assert newest[3] == {"KAZ:CIS": True, "KAZ:SCO": True}
    assert w.stacks[w.doc].count() == 0 and not w.undo_action.isEnabled()
    assert not w.isWindowModified()
    assert w.statusBar().currentMessage() == f"Restored version 1 of “{CSTO}” as version 4"
    # the restore is itself in the history, and a second look lists it
    again = open_history(w)
    assert [r[0] for r in rows(again)] == [4, 3, 2, 1]
    assert rows(again)[0][2] == "restored version 1"
    assert again.table.item(0, 0).text() == "4 (open)"
    qtbot.keyClick(again.table, Qt.Key.Key_Escape)  # Esc closes, nothing written
    assert not again.isVisible() and len(history(w, sid)) == 4


def test_a_restore_over_unsaved_edits_asks_and_cancel_keeps_them(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    sid = open_stored(w, CSTO)
    switch_and_save(qtbot, w, "KAZ:CIS")
    w.switches.toggle_link("KAZ:SCO")  # not saved
    assert w.doc is not None and w.isWindowModified()
    asked = Unsaved(monkeypatch, "Cancel")
    dialog = open_history(w)
    dialog.select(1)
    dialog.restore_button.click()
    assert asked.texts == [f"Restoring version 1 replaces your unsaved changes to “{CSTO}”."]
    assert dialog.isVisible()  # still there to choose again, or close
    assert "KAZ:SCO" not in w.doc.session.enabled() and w.isWindowModified()
    assert w.stacks[w.doc].count() == 2 and len(history(w, sid)) == 2  # its steps too
    asked.answer = "Restore"
    dialog.restore_button.click()
    assert len(asked.texts) == 2 and not dialog.isVisible()
    assert {"KAZ:CIS", "KAZ:SCO"} <= w.doc.session.enabled()
    assert not w.isWindowModified() and w.stacks[w.doc].count() == 0
    assert history(w, sid)[0][:3] == (3, w.workspace.user, "restored version 1")


@contextmanager
def as_bob(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """The store as another user opens it, in this process."""
    with monkeypatch.context() as m:
        m.setenv("LOGNAME", "bob")
        store = Store.open(str(path))
        assert store.user == "bob"
    try:
        yield store
    finally:
        store.close()


def test_a_restore_after_another_user_saved_is_a_conflict_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    w.team.stop()  # the live view would take bob's version in first; here it is not seen
    sid = open_stored(w, CSTO)
    switch_and_save(qtbot, w, "KAZ:CIS")
    with as_bob(store_path, monkeypatch) as bob:
        theirs, _ = bob.load(sid)
        assert bob.save_scenario(sid, replace(theirs, notes="bob's notes")) == 3
    asked: list[str] = []

    def cancel(box: ConflictDialog) -> int:
        asked.append(box.text())
        return box.choose(Answer.CANCEL)

    monkeypatch.setattr(ConflictDialog, "exec", cancel)
    before = history(w, sid)
    dialog = open_history(w)
    dialog.select(1)
    dialog.restore_button.click()
    assert len(asked) == 1 and asked[0].startswith("bob saved version 3 of")
    assert history(w, sid) == before  # nothing written
    assert w.doc is not None and w.doc.version == 2
    assert "KAZ:CIS" not in w.doc.session.enabled()
    assert w.statusBar().currentMessage().startswith("Not saved")


def test_files_and_new_scenarios_have_no_history(window: MainWindow) -> None:
    w = window
    history_action = menu_action(w, "File", "History of this scenario…")
    assert history_action is w.actions_by_name["history"]
    assert w.doc is not None and not isinstance(w.doc.origin, InStore)  # a new one on start
    assert not history_action.isEnabled()
    assert history_action.toolTip() == actions.NOT_STORED["new"]
    w.documents.open_file(EXAMPLE)
    assert not history_action.isEnabled()
    assert history_action.toolTip() == actions.NOT_STORED["file"]
    open_stored(w, CSTO)
    assert history_action.isEnabled()
    [row] = [a for a in actions.every_act() if a.name == "history"]
    assert history_action.toolTip() == row.tip


def test_a_reader_sees_the_history_but_may_not_restore(
    window: MainWindow,
    team: Callable[[str], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = window
    owner = team("owner")
    with Store.open(owner) as s:  # a second version, so there is one to restore
        sid = s.scenario_id(CSTO)
        sc, _ = s.load(sid)
        s.save_scenario(sid, replace(sc, notes="second"))
    connect(w, monkeypatch, team("c6_reader"))
    open_stored(w, CSTO)
    assert w.actions_by_name["history"].isEnabled()
    dialog = open_history(w)
    assert [r[0] for r in rows(dialog)] == [2, 1]
    dialog.select(1)
    assert not dialog.restore_button.isEnabled()
    assert dialog.restore_button.toolTip() == "Needs the c6_analyst role (you are c6_reader)"
    dialog.reject()


def test_a_long_list_of_switched_links_is_cut_and_whole_in_the_tooltip(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window
    open_stored(w, CSTO)
    five = ["KAZ:CIS", "KAZ:SCO", "KGZ:SCO", "TJK:SCO", "UZB:SCO"]
    w.switches.switch_links(dict.fromkeys(five, False))
    qtbot.keyClick(w.canvas, Qt.Key.Key_S, CTRL)
    dialog = open_history(w)
    cell = dialog.table.item(0, 4)
    assert cell.text() == "KAZ:CIS off, KAZ:SCO off, KGZ:SCO off and 2 more"
    assert cell.toolTip().splitlines() == [f"{link} off" for link in five]
    dialog.reject()


def test_a_version_that_changed_only_the_notes_says_so(
    qtbot: QtBot, any_window: MainWindow
) -> None:
    w = any_window
    open_stored(w, CSTO)
    w.scenarios.notes.setPlainText("Ask the ministry about the 2012 withdrawal")  # as typed
    assert w.isWindowModified()
    qtbot.keyClick(w.canvas, Qt.Key.Key_S, CTRL)
    switch_and_save(qtbot, w, "KAZ:CIS")
    dialog = open_history(w)
    assert rows(dialog)[0][3] == "KAZ:CIS off"  # links only: no notes said
    assert rows(dialog)[1][3] == "notes edited"
    assert dialog.table.item(1, 4).toolTip() == "No link switched; notes edited"
    assert "notes" not in rows(dialog)[2][3]  # the first version: its links only
