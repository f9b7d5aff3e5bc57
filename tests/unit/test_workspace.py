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
