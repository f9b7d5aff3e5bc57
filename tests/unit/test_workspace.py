"""Open documents: stored, from files, new; saving goes back where each came from."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app.domain import ConflictError
from app.domain.edit import remove_link
from app.files.scenario_file import read_scenario_file
from app.session import Change
from app.workspace import InFile, InStore, Moved, Unsaved, Workspace, look
from db import Store

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


# ---- versions and conflicts: another user is a second Store on the same file


def _store_of(path: Path, user: str, monkeypatch: pytest.MonkeyPatch) -> Store:
    """A store opened on `path` by `user` (SQLite's writer is the login name)."""
    monkeypatch.setenv("LOGNAME", user)
    opened = Store.open(str(path))
    assert opened.user == user  # read now, kept for the store's life
    return opened


@pytest.fixture
def two(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Workspace, Store]]:
    """My workspace, and bob's store on the same file."""
    mine = _store_of(store_path, "ann", monkeypatch)
    bob = _store_of(store_path, "bob", monkeypatch)
    yield Workspace(mine), bob
    mine.close()
    bob.close()


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
    with pytest.raises(ConflictError, match="by bob") as caught:
        ws.save(doc)
    assert caught.value.saved_by == "bob" and caught.value.version == opened + 1
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
    ws.save(doc)
    assert bob.head(sid).version == version + 1 and bob.head(sid).saved_by == "ann"


def test_a_network_edit_over_another_users_edit_is_refused(two: tuple[Workspace, Store]) -> None:
    ws, bob = two
    sid = bob.scenario_id("Uzbekistan returns to the CSTO")
    doc = ws.open_stored(sid)
    nid = bob.network_of(sid)
    network, version = bob.network_versioned(nid)
    bob.replace_network(nid, remove_link(network, "KAZ:CIS"), if_version=version)
    with pytest.raises(ConflictError, match="edited by bob"):
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
    with pytest.raises(ConflictError, match="edited by bob"):
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
        "Uzbekistan returns to the CSTO": ("bob", False, False),
        "The CIS track collapses": ("bob", True, False),
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
    with pytest.raises(ConflictError, match="was saved by bob"):
        ws.delete(sid)
    assert not bob.head(sid).deleted and bob.load(sid)[0].notes == "bob's"
    ws.reload(doc)
    ws.delete(sid)  # once their version is seen, it may go
    assert bob.head(sid).deleted and bob.history(sid)[-1].action == "moved to the trash"
