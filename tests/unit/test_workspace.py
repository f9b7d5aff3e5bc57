"""Open documents: stored, from files, new; saving goes back where each came from."""

from __future__ import annotations

from pathlib import Path

from app.files.scenario_file import read_scenario_file
from app.workspace import InFile, InStore, Unsaved, Workspace
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
