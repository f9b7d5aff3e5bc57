"""File › Connect to a team store…: another SQLite file, a PostgreSQL server, a server that is
not there; the recent stores keep no password; and the window offers only what the
signed-in login may write (c6_reader, c6_analyst, c6_curator)."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolTip,
)
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from app.cli import main as cli
from app.files.baseline import RESOURCES
from app.ui import stores
from app.ui.main_window import MainWindow
from app.workspace import InFile, InStore, Unsaved, Workspace, local_store_url
from db import Store
from tests import pg
from tests.gui.menus import menu_action

EXAMPLE = RESOURCES / "scenarios" / "azerbaijan-joins-sco.c6s"
CSTO = "Uzbekistan returns to the CSTO"
_logins = itertools.count(1)


def connect(w: MainWindow, monkeypatch: pytest.MonkeyPatch, url: str) -> list[str]:
    """File › Connect to a team store…, `url` typed into the dialog and Connect clicked; the
    texts of the dialogs the window showed (a refusal, as the dialog says it when it asks
    again: then Cancel is clicked)."""
    seen: list[str] = []

    def answer(dialog: stores.ConnectDialog) -> int:
        if dialog.failure.isVisibleTo(dialog):  # asked again, saying why: the user cancels
            w.dialogs.append(dialog.failure.text())  # type: ignore[attr-defined]
            assert dialog.chosen() == url  # kept, to correct
            dialog.reject()
            return dialog.result()
        seen.append(dialog.objectName())
        dialog.url.setCurrentText(url)
        button = dialog.findChild(QPushButton, "connect")
        assert button is not None and button.text() == "&Connect"
        button.click()
        return dialog.result()

    monkeypatch.setattr(stores.ConnectDialog, "exec", answer)
    menu_action(w, "File", "Connect to a team store…").trigger()
    assert seen == ["connect-dialog"]
    return w.dialogs  # type: ignore[attr-defined, no-any-return]


def open_stored(w: MainWindow, name: str) -> None:
    """Click a scenario in the Scenarios panel."""
    items = w.scenarios.list.findItems(name, Qt.MatchFlag.MatchExactly)
    assert items, name
    w.scenarios.list.itemClicked.emit(items[0])
    assert w.doc is not None and w.doc.name == name


def listed(w: MainWindow) -> list[str]:
    return [w.scenarios.list.item(i).text() for i in range(w.scenarios.list.count())]


def settings_text(w: MainWindow) -> str:
    w.settings.sync()
    return Path(w.settings.fileName()).read_text(encoding="utf-8")


def answer_unsaved(monkeypatch: pytest.MonkeyPatch, w: MainWindow, *answers: object) -> list[str]:
    """Answer the unsaved-changes question with `answers` in turn; what it asked."""
    asked: list[str] = []
    left = list(answers)

    def ask(docs: list[object], *rest: object) -> object:
        asked.append(", ".join(d.name for d in docs))  # type: ignore[attr-defined]
        return left.pop(0)

    monkeypatch.setattr(w.documents, "ask_unsaved", ask)
    return asked


def tooltip_in_menu(w: MainWindow, menu_name: str, action: QAction) -> str:
    """The tooltip a user sees hovering over `action` in an open menu (disabled or not)."""
    menu = w.findChild(QMenu, menu_name)
    assert menu is not None
    menu.popup(w.mapToGlobal(QPoint(0, 0)))
    try:
        at = menu.actionGeometry(action).center()
        QApplication.sendEvent(menu, QHelpEvent(QEvent.Type.ToolTip, at, menu.mapToGlobal(at)))
        return QToolTip.text() if QToolTip.isVisible() else ""
    finally:
        QToolTip.hideText()
        menu.hide()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ---- another SQLite file


def test_connecting_to_another_store_file_closes_this_stores_scenarios_and_keeps_files(
    window: MainWindow, store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    other = tmp_path / "team" / "shared.sqlite"
    other.parent.mkdir()
    shutil.copyfile(store_path, other)
    with Store.open(str(other)) as s:
        s.rename_scenario(s.scenario_id(CSTO), "Only in the shared store")
    w.documents.open_file(EXAMPLE)
    open_stored(w, CSTO)
    w.switches.toggle_link("KAZ:CIS")
    before = w.workspace.store
    asked = answer_unsaved(
        monkeypatch, w, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard
    )

    connect(w, monkeypatch, str(other))  # Cancel: nothing changes
    assert asked == [CSTO]
    assert w.workspace.store is before and w.doc is not None and w.doc.name == CSTO
    assert w.isWindowModified()

    connect(w, monkeypatch, str(other))  # Discard: the switch
    assert w.dialogs == []  # type: ignore[attr-defined]
    assert w.workspace.store.path == other
    assert w.statusBar().currentMessage() == f"Store: {other}"
    assert set(w.workspace.documents) == {InFile(EXAMPLE.resolve())}
    assert w.doc is not None and w.doc.origin == InFile(EXAMPLE.resolve())  # still open
    assert "Only in the shared store" in listed(w) and CSTO not in listed(w)
    with Store.open(str(store_path)) as first:  # the discarded edit never reached it
        assert "KAZ:CIS" not in first.load(first.scenario_id(CSTO))[0].link_states
    recent = w.findChild(QMenu, "menu-recent stores")
    assert recent is not None
    entries = [a for a in recent.actions() if a.objectName().startswith("action-store-")]
    assert [a.toolTip() for a in entries] == [str(other), local_store_url()]
    assert entries[0].text() == f"&1 {other.name} — {other.parent}"
    entries[-1].trigger()  # back to this computer's own store (made and seeded if new)
    assert w.workspace.store.path == Path(local_store_url())
    assert CSTO in listed(w) and w.stores.recent() == [local_store_url(), str(other)]


def test_open_local_store_picks_a_store_file(
    window: MainWindow, store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    other = tmp_path / "mine" / "other.sqlite"
    other.parent.mkdir()
    shutil.copyfile(store_path, other)
    asked: list[str] = []

    def choose(*args: object, **kw: object) -> tuple[str, str]:
        asked.append(str(args[3]))
        return str(other), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    menu_action(w, "File", "Open local store…").trigger()
    assert asked and "*.sqlite" in asked[0]
    assert w.workspace.store.path == other
    assert w.stores.recent() == [str(other)]


# ---- a PostgreSQL server


@pytest.fixture
def team(pg_database: Callable[[bool], str]) -> Iterator[Callable[[str], str]]:
    """A seeded store on the test server with the c6 roles set up (by the command line, as an
    administrator does); returns a function that makes a login holding a role and gives
    that login's URL (the owner's for "owner")."""
    url = pg_database(True)
    assert cli(["admin", "init-roles", "--db", url]) == 0
    made: list[str] = []

    def login(role: str) -> str:
        if role == "owner":
            return url
        name = f"c6_login_{os.getpid()}_{next(_logins)}"
        pg.admin(url, f"CREATE ROLE {name} LOGIN", f"GRANT {role} TO {name}")
        made.append(name)
        return make_url(url).set(username=name).render_as_string(hide_password=False)

    yield login
    for name in made:
        with contextlib.suppress(Exception):  # a server of one's own keeps no stray logins
            pg.admin(url, f"DROP ROLE {name}")


def test_connecting_to_a_server_says_who_is_signed_in_and_keeps_no_password(
    window: MainWindow, team: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    url = team("owner")
    typed = url.replace("c6admin@", "c6admin:secret@")  # the test server trusts any password
    assert typed != url
    connect(w, monkeypatch, typed)
    assert w.dialogs == []  # type: ignore[attr-defined]
    assert w.statusBar().currentMessage() == f"Store: {url} — signed in as c6admin (owner)"
    assert w.workspace.store.path is None and CSTO in listed(w)
    assert w.stores.recent() == [url]
    assert "secret" not in settings_text(w)
    assert w.actions_by_name["add-actor"].isEnabled()  # the owner keeps every right
    open_stored(w, CSTO)
    w.switches.toggle_link("KAZ:CIS")
    w.actions_by_name["save"].trigger()
    assert w.dialogs == [] and not w.isWindowModified()  # type: ignore[attr-defined]
    with Store.open(url) as s:
        assert s.load(s.scenario_id(CSTO))[0].link_states["KAZ:CIS"] is False


def test_a_server_that_is_not_there_leaves_the_window_as_it_was(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    w.documents.open_file(EXAMPLE)
    open_stored(w, CSTO)
    w.switches.toggle_link("KAZ:CIS")
    store, documents, doc = w.workspace.store, dict(w.workspace.documents), w.doc
    status = w.statusBar().currentMessage()
    answer_unsaved(monkeypatch, w, QMessageBox.StandardButton.Discard)
    dead = f"postgresql+psycopg://bob:secret@127.0.0.1:{free_port()}/team"
    dialogs = connect(w, monkeypatch, dead)
    assert len(dialogs) == 1 and "\n" not in dialogs[0], dialogs
    assert "127.0.0.1" in dialogs[0] and "secret" not in dialogs[0]
    assert w.workspace.store is store and w.workspace.documents == documents and w.doc is doc
    assert w.isWindowModified() and "KAZ:CIS" in w.doc.session.scenario.link_states  # type: ignore[union-attr]
    assert dialogs[0].startswith("Not connected: cannot reach store postgresql+psycopg://bob:")
    assert status == f"Store: {w.workspace.store.path}"
    assert w.statusBar().currentMessage() == f"Not connected. Still open: Store: {store.path}"
    assert w.stores.recent() == [] and "secret" not in settings_text(w)
    w.actions_by_name["save"].trigger()  # the store it had still works
    assert len(w.dialogs) == 1 and not w.isWindowModified()  # type: ignore[attr-defined]


def test_a_reader_may_open_analyse_and_explore_but_not_write(
    window: MainWindow, team: Callable[[str], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    url = team("c6_reader")
    reader = make_url(url).username
    connect(w, monkeypatch, url)
    assert w.dialogs == []  # type: ignore[attr-defined]
    assert w.statusBar().currentMessage().endswith(f"signed in as {reader} (c6_reader)")
    newest = w.workspace.scenarios()[0]  # nothing was left open: the team's latest is shown
    assert w.doc is not None and w.doc.origin == InStore(newest.id)
    assert not any(isinstance(o, Unsaved) for o in w.workspace.documents)
    open_stored(w, CSTO)
    by = w.actions_by_name
    needs_analyst = "Needs the c6_analyst role (you are c6_reader)"
    needs_curator = "Needs the c6_curator role (you are c6_reader)"
    for name in ("save", "duplicate", "delete", "import-scenario"):
        assert not by[name].isEnabled() and by[name].toolTip() == needs_analyst, name
    for name in ("add-actor", "add-link", "edit-link", "delete-risk", "import-csv"):
        assert not by[name].isEnabled() and by[name].toolTip() == needs_curator, name
    for name in ("compare", "present", "export-picture", "briefing", "export-scenario", "save-as"):
        assert by[name].isEnabled(), name
    assert tooltip_in_menu(w, "menu-file", by["save"]) == needs_analyst  # shown when hovered
    assert not w.scenarios.buttons["duplicate"].isEnabled()
    assert w.scenarios.buttons["duplicate"].toolTip() == needs_analyst
    assert w.scenarios.trash.toolTip() == needs_analyst
    # exploring is an unsaved edit, allowed; Save as file keeps it
    w.switches.toggle_link("KAZ:CIS")
    assert w.isWindowModified() and by["reset"].isEnabled()
    out = tmp_path / "mine.c6s"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    by["save-as"].trigger()
    assert out.is_file() and w.dialogs == []  # type: ignore[attr-defined]
    assert by["save"].isEnabled() and by["save"].toolTip() != needs_analyst  # a file now
    # a write the server refuses anyway (closing, answering Save) says so in one line
    open_stored(w, CSTO)
    w.switches.toggle_link("KAZ:SCO")
    answer_unsaved(monkeypatch, w, QMessageBox.StandardButton.Save)
    w.close()
    assert w.isVisible()  # not closed: the save was refused
    [refused] = w.dialogs  # type: ignore[attr-defined]
    assert "\n" not in refused and "c6_analyst" in refused and "nothing was changed" in refused
    with Store.open(team("owner")) as s:
        assert "KAZ:SCO" not in s.load(s.scenario_id(CSTO))[0].link_states


def test_an_analyst_saves_scenarios_but_does_not_edit_the_network(
    window: MainWindow, team: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    connect(w, monkeypatch, team("c6_analyst"))
    open_stored(w, CSTO)
    by = w.actions_by_name
    for name in ("save", "duplicate", "delete", "import-scenario"):
        assert by[name].isEnabled(), name
    assert not by["add-actor"].isEnabled()
    assert by["add-actor"].toolTip() == "Needs the c6_curator role (you are c6_analyst)"
    w.switches.toggle_link("KAZ:CIS")
    by["save"].trigger()
    assert w.dialogs == [] and not w.isWindowModified()  # type: ignore[attr-defined]
    with Store.open(team("owner")) as s:
        assert s.load(s.scenario_id(CSTO))[0].link_states["KAZ:CIS"] is False


def test_a_curator_edits_the_network(
    window: MainWindow, team: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    connect(w, monkeypatch, team("c6_curator"))
    open_stored(w, CSTO)
    assert all(w.actions_by_name[n].isEnabled() for n in ("add-actor", "import-csv", "save"))


def test_a_read_only_store_file_says_so(
    qtbot: QtBot, store_path: Path, settings: QSettings
) -> None:
    store = Store._read_only(store_path, f"store {store_path}", "a test said so", immutable=False)
    w = MainWindow(Workspace(store), settings)
    try:
        w.documents.open_start()
        open_stored(w, CSTO)
        by = w.actions_by_name
        for name in ("save", "duplicate", "add-actor"):
            assert not by[name].isEnabled(), name
            assert by[name].toolTip().startswith("The store is open read-only"), name
        assert by["save-as"].isEnabled() and by["compare"].isEnabled()
    finally:
        w.workers.cancel_all()
        w.close()
        store.close()


def test_a_refused_login_is_said_whole_in_the_dialog_and_the_status_keeps_the_store(
    window: MainWindow, team: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    url = team("c6_analyst")
    analyst = make_url(url).username
    connect(w, monkeypatch, url)
    assert w.dialogs == []  # type: ignore[attr-defined]
    rita = make_url(url).set(username="rita").render_as_string(hide_password=False)
    failures = connect(w, monkeypatch, rita)
    assert len(failures) == 1 and 'role "rita" does not exist' in failures[0], failures
    assert failures[0].startswith(f"Not connected: store {rita} refused the login: ")
    shown = make_url(url).render_as_string(hide_password=True)
    assert w.statusBar().currentMessage() == (
        f"Not connected. Still open: Store: {shown} — signed in as {analyst} (c6_analyst)"
    )
    assert w.workspace.store.user == analyst


def test_the_store_given_at_start_is_the_first_recent_store_and_fills_the_dialog(
    tmp_path: Path, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`c6-explorer gui --db URL` (as a user starts it); the window as it is about to be
    drawn is looked at instead of written to a picture."""
    from app.ui import main as gui_main

    monkeypatch.setattr(gui_main, "settings_path", lambda: tmp_path / "c6.ini")
    seen: dict[str, object] = {}

    def look(app: object, window: MainWindow, out: Path) -> int:
        seen["recent"] = window.stores.recent()
        menu = window.findChild(QMenu, "menu-recent stores")
        assert menu is not None
        seen["menu"] = [a.toolTip() for a in menu.actions() if a.objectName() == "action-store-1"]

        def answer(dialog: stores.ConnectDialog) -> int:
            seen["field"] = dialog.chosen()
            return 0

        monkeypatch.setattr(stores.ConnectDialog, "exec", answer)
        menu_action(window, "File", "Connect to a team store…").trigger()
        window.workers.cancel_all()
        window.team.stop()
        window.close()  # as the picture would have: later tests find no window left open
        return 0

    monkeypatch.setattr(gui_main, "_screenshot", look)
    given = f"sqlite:///{store_path}"
    assert cli(["gui", "--db", given, "--screenshot", str(tmp_path / "out.png")]) == 0
    assert seen["recent"] == [str(store_path)]
    assert seen["menu"] == [str(store_path)]
    assert seen["field"] == str(store_path)
