"""Two users on one store: saves and network edits over another user's newer version ask
what to do, and the window shows what others change while it is open. "bob" writes from
another process (SQLite names the login as the writer) or from a second Store on the file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.edit import remove_link
from app.ui.conflicts import Answer, ConflictDialog
from app.ui.main_window import MainWindow
from app.workspace import InStore
from db import Store
from tests.gui.menus import menu_action

ROOT = Path(__file__).resolve().parents[2]
UZB = "Uzbekistan returns to the CSTO"


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


def bob_runs(path: Path, code: str) -> None:
    """Run `code` (with `store` open on `path`) in another process, as the user bob."""
    script = "from db import Store\nstore = Store.open(STORE)\n" + textwrap.dedent(code)
    env = dict(os.environ, LOGNAME="bob", PYTHONPATH=str(ROOT))
    subprocess.run(
        [sys.executable, "-c", f"STORE = {str(path)!r}\n{script}"],
        check=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )


class Asked:
    """Answers the conflict dialog as a user would (clicking a button) and keeps its text."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: Answer) -> None:
        self.texts: list[str] = []
        self.buttons: list[list[str]] = []

        def exec_(dialog: ConflictDialog) -> int:
            assert dialog.objectName() == "conflict-dialog"
            self.texts.append(dialog.text())
            self.buttons.append(sorted(b.text() for b in dialog.buttons()))
            return dialog.choose(answer)

        monkeypatch.setattr(ConflictDialog, "exec", exec_)


def _open(w: MainWindow, name: str) -> int:
    sid = w.workspace.store.scenario_id(name)
    w.documents.open_origin(InStore(sid))
    assert w.doc is not None and w.doc.name == name
    return sid


def _switch_off(w: MainWindow, link: str) -> None:
    w.switches.switch_links({link: False})
    assert w.documents.is_dirty(w.doc)  # type: ignore[arg-type]


def _bob_saves_notes(path: Path, monkeypatch: pytest.MonkeyPatch, sid: int, notes: str) -> int:
    with as_bob(path, monkeypatch) as bob:
        theirs, _ = bob.load(sid)
        return bob.save_scenario(sid, replace(theirs, notes=notes))


def test_save_conflict_save_mine_as_a_copy(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    asked = Asked(monkeypatch, Answer.COPY)
    sid = _open(w, UZB)
    _switch_off(w, "KAZ:CIS")
    version = _bob_saves_notes(store_path, monkeypatch, sid, "bob's notes")
    menu_action(w, "File", "Save").trigger()
    assert len(asked.texts) == 1 and "bob saved version" in asked.texts[0]
    assert f"version {version}" in asked.texts[0]
    assert asked.buttons[0] == sorted(
        ["Save mine as a copy", "Reload theirs, drop my changes", "Cancel"]
    )
    assert w.doc is not None and w.doc.name == f"{UZB} (mine)"
    assert not w.documents.is_dirty(w.doc)
    with as_bob(store_path, monkeypatch) as store:
        theirs, _ = store.load(sid)
        assert theirs.notes == "bob's notes" and "KAZ:CIS" not in theirs.link_states
        assert store.head(sid).version == version
        mine, _ = store.load(store.scenario_id(f"{UZB} (mine)"))
        assert mine.link_states == {"UZB:CSTO": True, "KAZ:CIS": False}
    assert f"{UZB} (mine)" in [
        w.scenarios.list.item(i).text() for i in range(w.scenarios.list.count())
    ]


def test_save_conflict_reload_theirs_drops_my_edits_and_undo(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    asked = Asked(monkeypatch, Answer.RELOAD)
    sid = _open(w, UZB)
    _switch_off(w, "KAZ:CIS")
    version = _bob_saves_notes(store_path, monkeypatch, sid, "bob's notes")
    menu_action(w, "File", "Save").trigger()
    assert len(asked.texts) == 1
    doc = w.doc
    assert doc is not None and doc.name == UZB and doc.version == version
    assert doc.session.scenario.notes == "bob's notes"
    assert "KAZ:CIS" in doc.session.enabled() and "KAZ:CIS" in w.canvas.edges
    assert w.scenarios.notes.toPlainText() == "bob's notes"
    assert not w.documents.is_dirty(doc) and w.stacks[doc].count() == 0
    assert not w.undo_action.isEnabled()
    with as_bob(store_path, monkeypatch) as store:
        assert store.head(sid).version == version  # nothing written by the reload
        assert store.load(sid)[0].notes == "bob's notes"


def test_save_conflict_cancel_writes_nothing_and_keeps_my_edits(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    asked = Asked(monkeypatch, Answer.CANCEL)
    sid = _open(w, UZB)
    _switch_off(w, "KAZ:CIS")
    version = _bob_saves_notes(store_path, monkeypatch, sid, "bob's notes")
    with as_bob(store_path, monkeypatch) as store:
        count = len(store.scenarios())
    w.save_action.trigger()
    assert len(asked.texts) == 1
    doc = w.doc
    assert doc is not None and w.documents.is_dirty(doc) and doc.version == version - 1
    assert "KAZ:CIS" not in doc.session.enabled() and w.stacks[doc].count() == 1
    with as_bob(store_path, monkeypatch) as store:
        assert store.head(sid).version == version and len(store.scenarios()) == count
        assert "KAZ:CIS" not in store.load(sid)[0].link_states
    w.undo_group.undo()  # my own undo still works
    assert "KAZ:CIS" in doc.session.enabled()


def test_closing_with_unsaved_edits_over_a_newer_version_asks_too(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    asked = Asked(monkeypatch, Answer.CANCEL)
    sid = _open(w, UZB)
    _switch_off(w, "KAZ:CIS")
    _bob_saves_notes(store_path, monkeypatch, sid, "bob's notes")
    monkeypatch.setattr(w.documents, "ask_unsaved", lambda docs: QMessageBox.StandardButton.Save)
    assert not w.close()  # Cancel in the conflict dialog: the window stays, edits too
    assert len(asked.texts) == 1 and w.isVisible() and w.documents.is_dirty(w.doc)  # type: ignore[arg-type]


def test_network_edit_over_another_users_edit_asks_and_reloads(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    asked = Asked(monkeypatch, Answer.RELOAD)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("TJK:CSTO", True))
    _open(w, UZB)
    w.editor.delete_link("KAZ:CIS")  # my own network edit: an undo step
    assert w.undo_action.isEnabled()
    with as_bob(store_path, monkeypatch) as bob:
        nid = bob.default_network_id()
        network, version = bob.network_versioned(nid)
        bob.replace_network(nid, remove_link(network, "KGZ:CSTO"), if_version=version)
    w.dialogs.clear()  # type: ignore[attr-defined]
    menu_action(w, "Network", "Delete a link…").trigger()
    assert len(asked.texts) == 1 and "bob edited the network" in asked.texts[0]
    assert asked.buttons[0] == ["Cancel", "Reload theirs"]
    assert "KGZ:CSTO" not in w.canvas.edges and "TJK:CSTO" in w.canvas.edges
    assert w.doc is not None and not w.doc.session.network.has_link("KGZ:CSTO")
    assert not w.undo_action.isEnabled()  # my network step was on a network no longer there
    with as_bob(store_path, monkeypatch) as bob:
        assert bob.network(nid).has_link("TJK:CSTO")  # my refused edit wrote nothing
        assert bob.network_head(nid).version == version + 1


def _texts(w: MainWindow) -> list[str]:
    return [w.scenarios.list.item(i).text() for i in range(w.scenarios.list.count())]


@pytest.fixture
def polling(window: MainWindow) -> MainWindow:
    window.team.interval_ms = 50  # the real 3 s, shortened: the same timer and thread
    window.team.start()
    return window


def test_another_users_new_scenario_appears_in_the_panel(
    polling: MainWindow, store_path: Path, qtbot: QtBot
) -> None:
    w = polling
    qtbot.waitUntil(lambda: w.workspace._listed is not None, timeout=10_000)
    bob_runs(
        store_path,
        """
        from app.domain import Scenario
        store.create_scenario(store.default_network_id(), Scenario("Bob's question"))
        """,
    )
    qtbot.waitUntil(lambda: "Bob's question" in _texts(w), timeout=10_000)


def test_an_open_clean_scenario_is_reloaded_when_another_user_saves_it(
    polling: MainWindow, store_path: Path, qtbot: QtBot
) -> None:
    w = polling
    sid = _open(w, UZB)
    bob_runs(
        store_path,
        f"""
        from dataclasses import replace
        sc, _ = store.load({sid})
        store.save_scenario({sid}, replace(sc, notes="bob was here", link_states={{}}))
        """,
    )
    qtbot.waitUntil(lambda: w.scenarios.notes.toPlainText() == "bob was here", timeout=10_000)
    doc = w.doc
    assert doc is not None and doc.session.scenario.link_states == {}
    assert "UZB:CSTO" not in doc.session.enabled()
    assert w.statusBar().currentMessage().startswith(f"‘{UZB}’ reloaded: saved by bob at ")
    assert not w.team.bar.isVisible() and not w.documents.is_dirty(doc)


def test_an_open_dirty_scenario_is_marked_not_reloaded(
    polling: MainWindow, store_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = polling
    sid = _open(w, UZB)
    _switch_off(w, "KAZ:CIS")
    bob_runs(
        store_path,
        f"""
        from dataclasses import replace
        sc, _ = store.load({sid})
        store.save_scenario({sid}, replace(sc, notes="bob was here"))
        """,
    )
    qtbot.waitUntil(lambda: w.team.bar.isVisible(), timeout=10_000)
    doc = w.doc
    assert doc is not None
    assert "(changed by bob)" in w.windowTitle()
    assert f"{UZB} *\n    changed by bob" in _texts(w)
    message = w.team.message.text()
    assert message.startswith(f"bob saved version {doc.version + 1} of ‘{UZB}’ at ")  # type: ignore[operator]
    assert message.endswith("Your unsaved changes are kept.")
    assert "KAZ:CIS" not in doc.session.enabled() and doc.session.scenario.notes != "bob was here"
    assert w.documents.is_dirty(doc) and w.stacks[doc].count() == 1
    w.undo_group.undo()  # my undo is intact
    assert "KAZ:CIS" in doc.session.enabled()
    w.undo_group.redo()
    qtbot.mouseClick(w.team.reload_button, Qt.MouseButton.LeftButton)
    assert doc.session.scenario.notes == "bob was here" and not w.team.bar.isVisible()
    assert "changed by bob" not in w.windowTitle() and not w.documents.is_dirty(doc)


def test_an_open_scenario_another_user_deleted_is_marked(
    polling: MainWindow, store_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = polling
    sid = _open(w, UZB)
    bob_runs(store_path, f"store.delete_scenario({sid})")
    qtbot.waitUntil(lambda: "moved to the trash by bob" in w.windowTitle(), timeout=10_000)
    assert f"{UZB}\n    moved to the trash by bob" in _texts(w)
    assert w.team.bar.isVisible() and not w.team.reload_button.isVisibleTo(w.team.bar)
    assert "moved ‘Uzbekistan returns to the CSTO’ to the trash" in w.team.message.text()
    asked = Asked(monkeypatch, Answer.COPY)
    _switch_off(w, "KAZ:CIS")
    w.save_action.trigger()  # saving it now is the conflict: kept as a copy
    assert "moved “Uzbekistan returns to the CSTO” to the trash" in asked.texts[0]
    assert asked.buttons[0] == ["Cancel", "Save mine as a copy"]
    assert w.doc is not None and w.doc.name == f"{UZB} (mine)"
    with as_bob(store_path, monkeypatch) as store:
        assert store.head(sid).deleted
        assert store.load(store.scenario_id(f"{UZB} (mine)"))[0].link_states["KAZ:CIS"] is False


def test_a_store_that_does_not_answer_is_said_once_and_looked_at_again(
    polling: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain import StoreError
    from app.ui import team

    w = polling
    real = team.look
    calls: list[int] = []

    def down(*args: object) -> object:
        calls.append(1)
        raise StoreError("connection refused by the server")

    said: list[str] = []
    w.statusBar().messageChanged.connect(said.append)
    monkeypatch.setattr(team, "look", down)
    qtbot.waitUntil(lambda: len(calls) >= 2, timeout=10_000)  # it keeps looking, less often
    assert said.count("Team store unreachable: connection refused by the server") == 1
    assert w.team._wait > w.team.interval_ms
    monkeypatch.setattr(team, "look", real)
    qtbot.waitUntil(lambda: "Team store reachable again" in said, timeout=10_000)
    assert w.team._wait == w.team.interval_ms


# ---- the listing comes from the team view's thread; a store gone keeps what was shown


def _ui_reads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Every listing of the store read on the window's thread (True: its trash)."""
    reads: list[bool] = []
    real = Store.scenarios

    def scenarios(self: Store, *, trash: bool = False) -> object:
        if threading.current_thread() is threading.main_thread():
            reads.append(trash)
        return real(self, trash=trash)

    monkeypatch.setattr(Store, "scenarios", scenarios)
    return reads


def test_the_list_is_filled_from_what_the_team_view_read(
    polling: MainWindow, store_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = polling
    qtbot.waitUntil(lambda: w.workspace._listed is not None, timeout=10_000)
    reads = _ui_reads(monkeypatch)
    _open(w, UZB)
    _switch_off(w, "KAZ:CIS")  # the unsaved mark flips, and back
    w.undo_group.undo()
    bob_runs(
        store_path,
        """
        from app.domain import Scenario
        store.create_scenario(store.default_network_id(), Scenario("Bob's question"))
        """,
    )
    qtbot.waitUntil(lambda: "Bob's question" in _texts(w), timeout=10_000)
    assert reads == []  # the window's thread never read the listing
    assert UZB in _texts(w) and not w.documents.is_dirty(w.doc)  # type: ignore[arg-type]
    w.save_action.trigger()  # after its own write the window reads it once, and shows it
    assert reads == [False, True] and w.dialogs == []  # type: ignore[attr-defined]


def test_a_failed_save_with_the_server_gone_keeps_the_list(
    polling: MainWindow, store_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain import StoreError

    w = polling
    qtbot.waitUntil(lambda: w.workspace._listed is not None, timeout=10_000)
    _open(w, UZB)
    before = _texts(w)
    gone = "cannot reach store team: connection refused; is the server running?"

    def down(*args: object, **kwargs: object) -> object:
        raise StoreError(gone)

    with monkeypatch.context() as server:
        for name in ("scenarios", "save_scenario", "head", "network_head"):
            server.setattr(Store, name, down)
        _switch_off(w, "KAZ:CIS")
        w.save_action.trigger()
        qtbot.waitUntil(lambda: f"{UZB} *" in _texts(w), timeout=10_000)
        assert w.dialogs == [gone]  # type: ignore[attr-defined]  # the save's, nothing else
        assert _texts(w) == [f"{t} *" if t == UZB else t for t in before]
    bob_runs(  # the server is back: the next look shows what changed meanwhile
        store_path,
        """
        from app.domain import Scenario
        store.create_scenario(store.default_network_id(), Scenario("Bob's question"))
        """,
    )
    qtbot.waitUntil(lambda: "Bob's question" in _texts(w), timeout=10_000)
    assert f"{UZB} *" in _texts(w)


def _copy_store(src: Path, dst: Path) -> Path:
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    return dst


def test_a_look_in_flight_when_the_store_is_switched_is_dropped(
    polling: MainWindow,
    store_path: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.ui import stores, team

    w = polling
    other = _copy_store(store_path, tmp_path / "other.sqlite")  # the same ids, another store
    sid = _open(w, UZB)
    entered, release = threading.Event(), threading.Event()
    real = team.look
    first = [True]

    def held(*args: object) -> object:
        if first[0]:  # the look of the first store waits; later ones run as usual
            first[0] = False
            entered.set()
            release.wait(30)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(team, "look", held)
    try:
        qtbot.waitUntil(entered.is_set, timeout=10_000)
        bob_runs(store_path, f"store.delete_scenario({sid})")  # in the store being left

        def answer(dialog: stores.ConnectDialog) -> int:
            dialog.url.setCurrentText(str(other))
            dialog.accept()
            return dialog.result()

        monkeypatch.setattr(stores.ConnectDialog, "exec", answer)
        menu_action(w, "File", "Connect to a team store…").trigger()
        assert w.workspace.store.path == other and w.team._wait == w.team.interval_ms
        _open(w, UZB)  # the same id, in the new store
        assert w.doc is not None and w.doc.origin == InStore(sid)
        done = w.workspace.seen
        qtbot.waitUntil(lambda: w.workspace.seen is not done, timeout=10_000)  # new store read
    finally:
        release.set()
    w.team.workers.wait()
    qtbot.wait(200)  # the old look's answer (if it were taken) arrives meanwhile
    assert "moved to the trash" not in w.windowTitle() and not w.team.bar.isVisible()
    assert w.doc is not None and w.doc.theirs is None


def test_a_store_that_stops_answering_is_said_once_and_the_window_goes_on(
    polling: MainWindow, store_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import team

    w = polling
    w.team.watchdog_ms = 100  # the real 15 s, shortened
    release = threading.Event()
    real = team.look

    def silent(*args: object) -> object:
        release.wait(30)
        return real(*args)  # type: ignore[arg-type]

    said: list[str] = []
    w.statusBar().messageChanged.connect(said.append)
    monkeypatch.setattr(team, "look", silent)
    try:
        qtbot.waitUntil(lambda: any("not answering" in s for s in said), timeout=10_000)
        _switch_off(w, "KAZ:CIS")  # the window is usable meanwhile
        assert "KAZ:CIS" not in w.doc.session.enabled()  # type: ignore[union-attr]
        qtbot.wait(300)  # several watchdog periods: still said once
        assert said.count(f"Team store not answering: {store_path}") == 1
    finally:
        monkeypatch.setattr(team, "look", real)
        release.set()
    qtbot.waitUntil(lambda: "Team store reachable again" in said, timeout=10_000)


def test_another_users_rename_notes_and_restore_are_said_as_such(
    polling: MainWindow, store_path: Path, qtbot: QtBot
) -> None:
    w = polling
    sid = _open(w, UZB)
    _switch_off(w, "KAZ:CIS")
    new = "Uzbekistan back in the CSTO"
    bob_runs(store_path, f"store.rename_scenario({sid}, {new!r})")
    qtbot.waitUntil(lambda: "renamed by bob" in w.windowTitle(), timeout=10_000)
    assert w.team.message.text().startswith(f"bob renamed ‘{UZB}’ to ‘{new}’ at ")
    assert f"{new} *\n    renamed by bob" in _texts(w)  # the name it has now
    bob_runs(store_path, f"store.set_notes({sid}, 'bob was here')")
    qtbot.waitUntil(lambda: "notes edited by bob" in w.windowTitle(), timeout=10_000)
    assert w.team.message.text().startswith("bob edited the notes of ")
    bob_runs(store_path, f"store.restore_version({sid}, 1)")
    qtbot.waitUntil(lambda: "version 1 restored by bob" in w.windowTitle(), timeout=10_000)
    assert "bob restored version 1 of " in w.team.message.text()
    assert w.documents.is_dirty(w.doc)  # type: ignore[arg-type]  # never reloaded under edits


def test_emptying_the_trash_deletes_only_what_it_showed(
    polling: MainWindow, store_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain import UnknownIdError

    w = polling
    with as_bob(store_path, monkeypatch) as bob:
        first, second = [i for i in bob.scenarios() if i.name != UZB][:2]
        bob.delete_scenario(first.id)
    qtbot.waitUntil(lambda: [i.id for i in w.scenarios.trash_shown()] == [first.id])

    def confirm(*args: object) -> QMessageBox.StandardButton:
        assert f"“{first.name}”" in str(args[2]) and second.name not in str(args[2])
        with as_bob(store_path, monkeypatch) as bob:  # meanwhile, bob trashes another
            bob.delete_scenario(second.id)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    [empty] = [a for a in w.scenarios.trash_menu.actions() if a.text().startswith("Empty")]
    empty.trigger()
    with as_bob(store_path, monkeypatch) as bob:
        with pytest.raises(UnknownIdError):
            bob.head(first.id)
        assert [i.id for i in bob.scenarios(trash=True)] == [second.id]
    assert [i.id for i in w.scenarios.trash_shown()] == [second.id]


CIS = "The CIS track collapses"


def _bob_edits_network_and_trashes(path: Path, monkeypatch: pytest.MonkeyPatch, sid: int) -> None:
    with as_bob(path, monkeypatch) as bob:
        nid = bob.default_network_id()
        network, version = bob.network_versioned(nid)
        bob.replace_network(nid, remove_link(network, "KGZ:CSTO"), if_version=version)
        bob.delete_scenario(sid)


@pytest.mark.parametrize("answer", [Answer.RELOAD, Answer.CANCEL])
def test_network_conflict_is_one_dialog_whatever_the_answer(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch, answer: Answer
) -> None:
    """A network edit over bob's, while another open scenario on the network was moved to
    the trash by him: the three-choice dialog is the only one, and Reload theirs takes his
    network everywhere, keeping the trashed scenario open and marked, not half reloaded."""
    w = window
    asked = Asked(monkeypatch, answer)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    trashed = _open(w, CIS)
    gone = w.doc
    _open(w, UZB)
    _bob_edits_network_and_trashes(store_path, monkeypatch, trashed)
    w.dialogs.clear()  # type: ignore[attr-defined]
    w.editor.delete_link("TJK:CSTO")
    assert len(asked.texts) == 1 and "bob edited the network" in asked.texts[0]
    assert w.dialogs == []  # type: ignore[attr-defined]  # no second box after it
    assert gone is not None and gone in w.workspace.documents.values()
    if answer is Answer.CANCEL:
        assert w.doc is not None and w.doc.session.network.has_link("KGZ:CSTO")
        assert "not done" in w.statusBar().currentMessage()
        return
    assert w.doc is not None and not w.doc.session.network.has_link("KGZ:CSTO")
    assert "KGZ:CSTO" not in w.canvas.edges and w.doc.theirs is None
    assert not gone.session.network.has_link("KGZ:CSTO")  # the trashed one took it too
    assert gone.theirs is not None and gone.theirs.deleted and gone.theirs.saved_by == "bob"
    said = w.statusBar().currentMessage()
    assert f"“{CIS}” was deleted by another user: kept open, Save stores a copy" in said
    w.documents.open_origin(gone.origin)
    assert "moved to the trash by bob" in w.windowTitle()
    asked_again = Asked(monkeypatch, Answer.COPY)
    w.save_action.trigger()  # saving it asks, and keeps it as a copy
    assert len(asked_again.texts) == 1 and "to the trash" in asked_again.texts[0]
    assert w.doc is not None and w.doc.name == f"{CIS} (mine)"


@pytest.mark.parametrize("answer", [Answer.RELOAD, Answer.CANCEL])
def test_undo_over_another_users_network_edit_asks_the_conflict_question(
    window: MainWindow,
    store_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    answer: Answer,
) -> None:
    """My network edit, then bob's: Edit › Undo of mine is the same conflict dialog (Reload
    theirs / Cancel), not an error box; Reload theirs takes his network, Cancel leaves all
    as it is; either way the step is gone and my saved scenario is still saved."""
    w = window
    asked = Asked(monkeypatch, answer)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    _open(w, UZB)
    w.editor.delete_link("KAZ:CIS")
    doc = w.doc
    assert doc is not None and not w.documents.is_dirty(doc)
    with as_bob(store_path, monkeypatch) as bob:
        nid = bob.default_network_id()
        network, version = bob.network_versioned(nid)
        bob.replace_network(nid, remove_link(network, "KGZ:CSTO"), if_version=version)
    w.dialogs.clear()  # type: ignore[attr-defined]
    w.undo_action.trigger()
    qtbot.waitUntil(lambda: len(asked.texts) == 1)  # asked once the stack is done with it
    assert asked.texts[0].startswith("Undo “Delete KAZ:CIS” was not done: The network")
    assert "edited by bob" in asked.texts[0]
    assert asked.buttons[0] == ["Cancel", "Reload theirs"]
    assert w.dialogs == []  # type: ignore[attr-defined]
    assert w.doc is doc and not doc.session.network.has_link("KAZ:CIS")  # not undone
    assert not w.undo_action.isEnabled() and not w.documents.is_dirty(doc)
    assert doc.session.network.has_link("KGZ:CSTO") is (answer is Answer.CANCEL)
    assert ("KGZ:CSTO" in w.canvas.edges) is (answer is Answer.CANCEL)
    with as_bob(store_path, monkeypatch) as bob:
        assert bob.network_head(nid).version == version + 1  # nothing written by the undo


def test_saving_a_scenario_deleted_for_good_says_so(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    asked = Asked(monkeypatch, Answer.CANCEL)
    sid = _open(w, UZB)
    _switch_off(w, "KAZ:CIS")
    with as_bob(store_path, monkeypatch) as bob:
        bob.delete_scenario(sid)
        bob.empty_trash([sid])
    w.save_action.trigger()
    assert len(asked.texts) == 1
    assert f"“{UZB}” was deleted for good" in asked.texts[0]
    assert "unknown time" not in asked.texts[0]
    assert asked.buttons[0] == ["Cancel", "Save mine as a copy"]


def test_reload_theirs_refreshes_the_details_of_the_link_on_view(
    window: MainWindow, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    Asked(monkeypatch, Answer.RELOAD)
    sid = _open(w, UZB)
    _switch_off(w, "KAZ:CIS")
    w.show_link("UZB:CSTO")  # as a click on the link does
    assert "on in this scenario" in w.details.toPlainText()
    with as_bob(store_path, monkeypatch) as bob:
        theirs, _ = bob.load(sid)
        bob.save_scenario(sid, replace(theirs, link_states={}))  # UZB:CSTO back off
    w.save_action.trigger()  # a conflict: Reload theirs
    assert w.doc is not None and "UZB:CSTO" not in w.doc.session.enabled()
    assert "off in this scenario" in w.details.toPlainText()
