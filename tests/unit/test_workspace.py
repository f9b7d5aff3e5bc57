"""Open documents: stored, from files, new; saving goes back where each came from."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from app.domain import ConflictError, Scenario
from app.domain.edit import remove_link
from app.files.scenario_file import read_scenario_file
from app.session import Change
from app.workspace import InFile, InStore, Moved, Unsaved, Workspace, look
from db import Store
from tests import pg

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "scenarios" / "azerbaijan-joins-sco.c6s"
)


def test_a_stored_scenario_saves_back_to_the_store(store: Store) -> None:
    ws = Workspace(store)
    sid = store.scenario_id("Uzbekistan returns to the CSTO")
    doc = ws.open_stored(sid)
    assert ws.open_stored(sid) is doc  # one document per scenario, edits kept
    doc.session.set_links({"KAZ:CIS": False})
    ws.save(doc)
    assert store.load(sid)[0].link_states == {"UZB:CSTO": True, "KAZ:CIS": False}


def test_a_new_scenario_goes_to_the_store_when_first_saved(store: Store) -> None:
    ws = Workspace(store)
    before = len(store.scenarios())
    doc = ws.new_scenario()
    other = ws.new_scenario()
    assert isinstance(doc.origin, Unsaved) and doc.name == "Untitled scenario"
    assert other.name == "Untitled scenario (2)"
    assert len(store.scenarios()) == before
    doc.session.set_links({"TKM:BIRLIK": True})
    ws.save(doc)
    assert isinstance(doc.origin, InStore) and ws.documents[doc.origin] is doc
    assert store.load(doc.origin.scenario_id)[0].link_states == {"TKM:BIRLIK": True}


def test_a_file_saves_back_to_its_file_and_save_as_moves_it(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "mine.c6s"
    path.write_bytes(EXAMPLE.read_bytes())
    ws = Workspace(store)
    doc = ws.open_file(path)
    assert doc.origin == InFile(path.resolve())
    doc.session.set_notes("edited")
    ws.save(doc)
    assert read_scenario_file(path).scenario.notes == "edited"
    other = tmp_path / "other.c6s"
    ws.save_as(doc, other)
    assert doc.origin == InFile(other.resolve())
    assert read_scenario_file(other).scenario == doc.session.scenario


def test_duplicate_and_delete(store: Store) -> None:
    ws = Workspace(store)
    doc = ws.open_stored(store.scenario_id("The CIS track collapses"))
    doc.session.set_links({"UZB:CSTO": True})  # unsaved edits travel with the copy
    copy = ws.duplicate(doc)
    assert copy.name == "The CIS track collapses (copy)"
    assert isinstance(copy.origin, InStore)
    assert store.load(copy.origin.scenario_id)[0].link_states["UZB:CSTO"] is True
    ws.delete(copy.origin.scenario_id)
    assert copy.origin not in ws.documents
    assert [i.name for i in store.scenarios(trash=True)] == ["The CIS track collapses (copy)"]


def test_a_network_edit_is_applied_everywhere_and_taken_back_exactly(store: Store) -> None:
    """Qt-free: the edit value, applied to the store and both open scenarios, then reverted
    while another scenario's saved switch and note stay."""
    from app.domain.edit import remove_link

    ws = Workspace(store)
    a = ws.open_stored(store.scenario_id("The CIS track collapses"))
    b = ws.open_stored(store.scenario_id("Azerbaijan joins the SCO"))
    heard: list[str] = []
    ws.subscribe(lambda doc, change: heard.append(doc.name))
    edit = ws.plan_edit(a, "Delete KAZ:CIS", lambda n: remove_link(n, "KAZ:CIS"))
    ws.apply(edit)
    assert not a.session.network.has_link("KAZ:CIS") and not b.session.network.has_link("KAZ:CIS")
    assert "KAZ:CIS" not in a.session.scenario.link_states
    assert a.session.scenario.notes.endswith("no longer switched here: KAZ:CIS.")
    assert sorted(heard) == sorted([a.name, b.name])

    b.session.set_links({"KGZ:OTS": False})
    b.session.set_notes("written after the edit")
    ws.save(b)
    ws.revert(edit)
    assert a.session.scenario.link_states["KAZ:CIS"] is False  # given back
    assert "Deleted from the network" not in a.session.scenario.notes
    b_stored, network = store.load(store.scenario_id("Azerbaijan joins the SCO"))
    assert network.has_link("KAZ:CIS")
    assert b_stored.link_states["KGZ:OTS"] is False and b_stored.notes == "written after the edit"
    assert b.session.scenario.link_states["KGZ:OTS"] is False


def test_an_edit_is_refused_when_the_network_moved_on(store: Store) -> None:
    import pytest

    from app.domain import C6Error
    from app.domain.edit import remove_link

    ws = Workspace(store)
    a = ws.open_stored(store.scenario_id("The CIS track collapses"))
    first = ws.plan_edit(a, "one", lambda n: remove_link(n, "KAZ:CIS"))
    ws.apply(first)
    second = ws.plan_edit(a, "two", lambda n: remove_link(n, "KGZ:OTS"))
    ws.apply(second)
    before = store.network(store.default_network_id())
    with pytest.raises(C6Error, match="edited again since this step"):
        ws.revert(first)
    assert store.network(store.default_network_id()) == before  # nothing changed
    with pytest.raises(C6Error, match="can no longer be redone"):
        ws.apply(first)
    ws.revert(second)
    ws.revert(first)
    assert store.network(store.default_network_id()).has_link("KAZ:CIS")


# ---- versions and conflicts: another user is a second Store on the same store


def _store_of(path: Path, user: str, monkeypatch: pytest.MonkeyPatch) -> Store:
    """A store opened on `path` by `user` (SQLite's writer is the login name)."""
    monkeypatch.setenv("LOGNAME", user)
    opened = Store.open(str(path))
    assert opened.user == user  # read now, kept for the store's life
    return opened


_logins = itertools.count(1)


@pytest.fixture
def two(store_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Workspace, Store]]:
    """My workspace, and bob's store on the same store: on SQLite "ann" and "bob" are the
    OS login the file names as writer; on PostgreSQL I am the owner's login and bob is a
    second server login, a curator (init-roles, then a login granted c6_curator), so the
    server itself names him as the writer. Tests name him as `bob.user`."""
    if "://" not in store_url:
        mine = _store_of(Path(store_url), "ann", monkeypatch)
        bob = _store_of(Path(store_url), "bob", monkeypatch)
        yield Workspace(mine), bob
        mine.close()
        bob.close()
        return
    mine = Store.open(store_url)
    mine.init_roles()
    maintenance = pg.database_url(store_url, "postgres")
    login = f"c6_test_bob_{os.getpid()}_{next(_logins)}"
    pg.admin(maintenance, f"CREATE ROLE {login} LOGIN", f"GRANT c6_curator TO {login}")
    bob = Store.open(make_url(store_url).set(username=login).render_as_string(False))
    try:
        assert bob.user == login != mine.user
        yield Workspace(mine), bob
    finally:
        mine.close()
        bob.close()
        pg.admin(store_url, f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {login}")
        pg.admin(maintenance, f"DROP ROLE {login}")


def _me_again(store_url: str, monkeypatch: pytest.MonkeyPatch) -> Store:
    """A second writer under my own login (another window, or the CLI's `edit`): the
    store names it as me, so only versions tell its saves from this window's."""
    if "://" not in store_url:
        return _store_of(Path(store_url), "ann", monkeypatch)
    return Store.open(store_url)


def test_a_save_over_a_version_someone_saved_since_is_refused(
    two: tuple[Workspace, Store],
) -> None:
    ws, bob = two
    sid = bob.scenario_id("Uzbekistan returns to the CSTO")
    doc = ws.open_stored(sid)
    opened = doc.version
    assert opened == bob.head(sid).version
    theirs, _ = bob.load(sid)
    bob.save_scenario(sid, replace(theirs, notes="bob's"), if_version=opened)
    doc.session.set_links({"KAZ:CIS": False})
    with pytest.raises(ConflictError, match=f"by {bob.user}") as caught:
        ws.save(doc)
    assert caught.value.saved_by == bob.user and caught.value.version == opened + 1
    assert bob.load(sid)[0].notes == "bob's" and "KAZ:CIS" not in bob.load(sid)[0].link_states
    assert doc.version == opened  # nothing recorded


def test_save_mine_as_a_copy_keeps_theirs_and_stores_mine(two: tuple[Workspace, Store]) -> None:
    ws, bob = two
    sid = bob.scenario_id("Uzbekistan returns to the CSTO")
    doc = ws.open_stored(sid)
    theirs, _ = bob.load(sid)
    bob.save_scenario(sid, replace(theirs, notes="bob's"), if_version=doc.version)
    doc.session.set_links({"KAZ:CIS": False})
    ws.save_as_copy(doc)
    assert isinstance(doc.origin, InStore) and doc.origin.scenario_id != sid
    assert doc.name == "Uzbekistan returns to the CSTO (mine)" and doc.version == 1
    mine, _ = bob.load(doc.origin.scenario_id)
    assert mine.link_states == {"UZB:CSTO": True, "KAZ:CIS": False}
    assert bob.load(sid)[0].notes == "bob's"
    doc.session.set_notes("later")
    ws.save(doc)  # the copy saves as any stored scenario
    assert bob.load(doc.origin.scenario_id)[0].notes == "later"


def test_reload_takes_their_version_and_then_saves(two: tuple[Workspace, Store]) -> None:
    ws, bob = two
    sid = bob.scenario_id("Uzbekistan returns to the CSTO")
    doc = ws.open_stored(sid)
    told: list[Change] = []
    ws.subscribe(lambda d, change: told.append(change))
    theirs, _ = bob.load(sid)
    version = bob.save_scenario(sid, replace(theirs, notes="bob's"), if_version=doc.version)
    doc.session.set_links({"KAZ:CIS": False})
    ws.reload(doc)
    assert doc.version == version and doc.session.scenario.notes == "bob's"
    assert "KAZ:CIS" not in doc.session.scenario.link_states
    assert told and told[-1].notes_changed and told[-1].links
    ws.save(doc)  # nothing changed since the reload: no new version
    assert bob.head(sid).version == version
    doc.session.set_links({"KAZ:CIS": False})
    ws.save(doc)
    assert bob.head(sid).version == version + 1 and bob.head(sid).saved_by == ws.user


def test_a_network_edit_over_another_users_edit_is_refused(two: tuple[Workspace, Store]) -> None:
    ws, bob = two
    sid = bob.scenario_id("Uzbekistan returns to the CSTO")
    doc = ws.open_stored(sid)
    nid = bob.network_of(sid)
    network, version = bob.network_versioned(nid)
    bob.replace_network(nid, remove_link(network, "KAZ:CIS"), if_version=version)
    with pytest.raises(ConflictError, match=f"edited by {bob.user}"):
        ws.plan_edit(doc, "Delete TJK:CSTO", lambda n: remove_link(n, "TJK:CSTO"))
    assert bob.network(nid).has_link("TJK:CSTO")


def test_undo_of_my_network_edit_after_another_users_edit_is_refused(
    two: tuple[Workspace, Store],
) -> None:
    ws, bob = two
    sid = bob.scenario_id("Uzbekistan returns to the CSTO")
    doc = ws.open_stored(sid)
    other = ws.open_stored(bob.scenario_id("The CIS track collapses"))
    edit = ws.plan_edit(doc, "Delete TJK:CSTO", lambda n: remove_link(n, "TJK:CSTO"))
    ws.apply(edit)
    assert other.network_version == doc.network_version == edit.since + 1  # type: ignore[operator]
    nid = bob.network_of(sid)
    network, version = bob.network_versioned(nid)
    assert version == doc.network_version  # my own edit: no conflict with myself
    ws.revert(edit)  # my own undo goes through
    ws.apply(edit)  # and my redo
    network, version = bob.network_versioned(nid)
    bob.replace_network(nid, remove_link(network, "KAZ:CIS"), if_version=version)
    with pytest.raises(ConflictError, match=f"edited by {bob.user}"):
        ws.revert(edit)
    assert not bob.network(nid).has_link("KAZ:CIS")


def test_my_network_edit_moves_the_open_scenarios_it_changed_without_a_conflict(
    two: tuple[Workspace, Store],
) -> None:
    ws, bob = two
    sid = bob.scenario_id("Uzbekistan returns to the CSTO")
    doc = ws.open_stored(sid)
    before = doc.version
    ws.apply(ws.plan_edit(doc, "Delete UZB:CSTO", lambda n: remove_link(n, "UZB:CSTO")))
    assert doc.version == before + 1 == bob.head(sid).version  # type: ignore[operator]
    doc.session.set_notes("after the edit")
    ws.save(doc)
    assert bob.load(sid)[0].notes == "after the edit"


def test_a_look_reports_what_another_user_changed(two: tuple[Workspace, Store]) -> None:
    ws, bob = two
    sid = bob.scenario_id("Uzbekistan returns to the CSTO")
    gone = bob.scenario_id("The CIS track collapses")
    doc, deleted = ws.open_stored(sid), ws.open_stored(gone)

    def take() -> Moved:
        return ws.take_look(look(bob, *ws.watched()))

    assert take() == Moved(False, ())  # the first look is what the window saw
    stale = look(bob, *ws.watched())
    doc.session.set_notes("mine")
    ws.save(doc)
    assert ws.take_look(stale).documents == ()  # read before my save: not someone else's
    theirs, _ = bob.load(sid)
    bob.save_scenario(sid, replace(theirs, notes="bob's"))
    bob.delete_scenario(gone)
    moved = take()
    assert moved.listing
    found = {d.name: (h.saved_by, h.deleted, net) for d, h, net in moved.documents}
    assert found == {
        "Uzbekistan returns to the CSTO": (bob.user, False, False),
        "The CIS track collapses": (bob.user, True, False),
    }
    ws.mark(doc, moved.documents[0][1])
    ws.mark(deleted, moved.documents[1][1])
    assert take() == Moved(False, ())  # marked once, not at every look
    nid = bob.network_of(sid)
    network = bob.network(nid)
    bob.replace_network(nid, remove_link(network, "TJK:CSTO"))
    ws.reload(doc)  # the newest scenario and network: nothing left to report for it
    assert doc.theirs is None and not doc.session.network.has_link("TJK:CSTO")
    assert [d for d, _, _ in take().documents] == []


def test_deleting_an_open_scenario_someone_saved_since_is_refused(
    two: tuple[Workspace, Store],
) -> None:
    ws, bob = two
    sid = bob.scenario_id("Uzbekistan returns to the CSTO")
    doc = ws.open_stored(sid)
    theirs, _ = bob.load(sid)
    bob.save_scenario(sid, replace(theirs, notes="bob's"), if_version=doc.version)
    with pytest.raises(ConflictError, match=f"was saved by {bob.user}"):
        ws.delete(sid)
    assert not bob.head(sid).deleted and bob.load(sid)[0].notes == "bob's"
    ws.reload(doc)
    ws.delete(sid)  # once their version is seen, it may go
    assert bob.head(sid).deleted and bob.history(sid)[-1].action == "moved to the trash"


def test_my_network_edit_does_not_adopt_a_save_of_my_own_login_in_between(
    two: tuple[Workspace, Store], store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI's `edit` under my login saves the open scenario; my window then edits the
    network (not touching that scenario): the window's next save is a conflict, not a
    silent overwrite of the edit, though the store names both writers alike."""
    ws, bob = two
    sid = bob.scenario_id("Uzbekistan returns to the CSTO")
    doc = ws.open_stored(sid)
    opened = doc.version
    with _me_again(store_url, monkeypatch) as cli:
        theirs, _ = cli.load(sid)
        cli.save_scenario(sid, replace(theirs, notes="from the CLI"), if_version=opened)
        assert cli.head(sid).saved_by == ws.user
    ws.apply(ws.plan_edit(doc, "Delete TJK:CSTO", lambda n: remove_link(n, "TJK:CSTO")))
    assert doc.version == opened  # the write did not change it: nothing to adopt
    assert doc.network_version == bob.network_head(bob.network_of(sid)).version
    doc.session.set_links({"KAZ:CIS": False})
    with pytest.raises(ConflictError, match="since you opened"):
        ws.save(doc)
    assert bob.load(sid)[0].notes == "from the CLI"


def test_undo_of_my_network_edit_does_not_overwrite_a_save_made_while_it_reads(
    two: tuple[Workspace, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bob saves a scenario on the network between the undo's read of the scenarios and
    its write: the undo is a ConflictError naming his save, and his save stays."""
    ws, bob = two
    sid = bob.scenario_id("Uzbekistan returns to the CSTO")
    other = bob.scenario_id("The CIS track collapses")
    doc = ws.open_stored(sid)
    edit = ws.plan_edit(doc, "Delete KAZ:CIS", lambda n: remove_link(n, "KAZ:CIS"))
    ws.apply(edit)
    read = ws.store.scenarios_on_versioned

    def read_then_bob_saves(network_id: int) -> dict[int, tuple[Scenario, int]]:
        found = read(network_id)
        theirs, _ = bob.load(other)
        bob.save_scenario(other, replace(theirs, notes="bob's, during the undo"))
        return found

    monkeypatch.setattr(ws.store, "scenarios_on_versioned", read_then_bob_saves)
    with pytest.raises(ConflictError, match=f"was saved by {bob.user}"):
        ws.revert(edit)
    saved, network = bob.load(other)
    assert saved.notes.startswith("bob's, during the undo")
    assert not network.has_link("KAZ:CIS")  # nothing of the undo was written
    assert bob.head(other).saved_by == bob.user


def test_my_import_that_merges_into_the_network_is_not_another_users_edit(
    two: tuple[Workspace, Store], tmp_path: Path
) -> None:
    """File › Import of a file whose network adds an actor and a link: the open scenarios on
    that network take the merged network at its new version, the live look reports
    nothing, and an edit from one of them keeps what the import added."""
    from app.domain.edit import put_actor, put_link
    from app.files.scenario_file import write_scenario_file

    ws, bob = two
    sid = bob.scenario_id("Uzbekistan returns to the CSTO")
    doc = ws.open_stored(sid)
    ws.take_look(look(bob, *ws.watched()))  # what the window saw
    network = bob.network(bob.network_of(sid))
    body = network.actor("CIS")
    grown = put_actor(network, replace(body, id="NEWBODY", name="A new body"), new=True)
    link = network.link("KAZ:CIS")
    grown = put_link(grown, replace(link, id="KAZ:NEWBODY", target="NEWBODY"), new=True)
    path = tmp_path / "grown.c6s"
    write_scenario_file(path, Scenario("Grown"), grown)
    before = doc.network_version
    imported = ws.import_scenario_file(path)
    assert imported.network_id == doc.network_id
    assert doc.network_version == before + 1 == bob.network_head(doc.network_id).version  # type: ignore[operator]
    assert doc.session.network.has_actor("NEWBODY")
    assert ws.take_look(look(bob, *ws.watched())).documents == ()
    ws.apply(ws.plan_edit(doc, "Delete TJK:CSTO", lambda n: remove_link(n, "TJK:CSTO")))
    assert bob.network(doc.network_id).has_link("KAZ:NEWBODY")  # type: ignore[arg-type]
