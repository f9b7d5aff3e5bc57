"""Switching the workspace to another store: the new one opens first, a failure changes
nothing; the old store's documents close, files and new scenarios stay; rights are read
again; a password typed into a URL is never kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.domain import C6Error
from app.workspace import InFile, InStore, Unsaved, Workspace, without_password
from db import Store

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "scenarios" / "azerbaijan-joins-sco.c6s"
)


def _other_store(store_path: Path, tmp_path: Path) -> Path:
    other = tmp_path / "other" / "team.sqlite"
    other.parent.mkdir()
    shutil.copyfile(store_path, other)
    with Store.open(str(other)) as s:  # told apart from the first by one scenario
        s.rename_scenario(s.scenario_id("Uzbekistan returns to the CSTO"), "Only in the other")
    return other


def test_switching_closes_the_old_stores_documents_and_keeps_files(
    store_path: Path, tmp_path: Path
) -> None:
    first = Store.open(str(store_path))
    ws = Workspace(first)
    stored = ws.open_stored(first.scenario_id("Uzbekistan returns to the CSTO"))
    stored.session.set_links({"KAZ:CIS": False})
    in_file = ws.open_file(EXAMPLE)
    untouched = ws.new_scenario()  # equal to the old store's baseline: nothing to keep
    new = ws.new_scenario()
    new.session.set_links({"KAZ:CIS": False})
    ws.current = stored
    closed = ws.switch_store(str(_other_store(store_path, tmp_path)))
    try:
        assert closed == [stored, untouched]
        assert ws.current is None
        assert set(ws.documents) == {InFile(EXAMPLE.resolve()), new.origin}
        assert ws.documents[in_file.origin] is in_file
        assert isinstance(new.origin, Unsaved)
        assert "Only in the other" in {i.name for i in ws.scenarios()}
        assert ws.store.path is not None and ws.store.path.parent.name == "other"
        ws.save(new)  # a new scenario goes into the store it is saved in now
        assert isinstance(new.origin, InStore)
        assert new.name in {i.name for i in ws.scenarios()}
        assert ws.editable(in_file)  # the other store holds the file's network too
    finally:
        ws.close_store()


def test_a_store_that_cannot_be_opened_changes_nothing(store_path: Path, tmp_path: Path) -> None:
    store = Store.open(str(store_path))
    ws = Workspace(store)
    doc = ws.open_stored(store.scenario_id("Uzbekistan returns to the CSTO"))
    doc.session.set_links({"KAZ:CIS": False})
    ws.current = doc
    junk = tmp_path / "not-a-store.sqlite"
    junk.write_bytes(b"this is not a database at all" * 100)
    before = dict(ws.documents)
    for url in (str(junk), "nosuchdb://x/y", "sqlite://"):
        with pytest.raises(C6Error) as raised:
            ws.switch_store(url)
        assert "\n" not in str(raised.value)
        assert ws.store is store and ws.documents == before and ws.current is doc
    assert doc.session.scenario.link_states["KAZ:CIS"] is False
    ws.save(doc)  # the store still works
    assert store.load(doc.origin.scenario_id)[0].link_states["KAZ:CIS"] is False  # type: ignore[union-attr]
    store.close()


def read_only(path: Path) -> Store:
    """A SQLite store opened for reading only, as one in a read-only folder is (a root user
    writes anywhere, so the tests cannot make one that way)."""
    return Store._read_only(path, f"store {path}", "a test opened it so", immutable=False)


def test_rights_are_read_again_after_switching(store_path: Path, tmp_path: Path) -> None:
    store = Store.open(str(store_path))
    ws = Workspace(store)
    assert ws.rights().scenarios and ws.rights().network
    ws.switch_store(str(_other_store(store_path, tmp_path)), lambda url: read_only(Path(url)))
    assert (ws.rights().scenarios, ws.rights().network) == (False, False)
    assert ws.open_store().endswith("open read-only: a test opened it so")
    ws.switch_store(str(store_path))
    assert ws.rights().scenarios and ws.rights().network
    assert ws.open_store() == f"Store: {store_path}"
    ws.close_store()


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (
            "postgresql+psycopg://bob:secret@db.example:5432/team",
            "postgresql+psycopg://bob@db.example:5432/team",
        ),
        ("postgresql+psycopg://bob@db.example/team", "postgresql+psycopg://bob@db.example/team"),
        ("postgresql://:secret@db.example/team", "postgresql://db.example/team"),
        ("postgresql://bob:se%3Acret@[::1]:5432/team", "postgresql://bob@[::1]:5432/team"),
        ("postgresql:///team?password=secret&service=team", "postgresql:///team?service=team"),
        ("postgresql+psycopg:///?service=team", "postgresql+psycopg:///?service=team"),
        ("/home/me/a:secret@b.sqlite", "/home/me/a:secret@b.sqlite"),  # a file is a file
    ],
)
def test_a_password_typed_into_a_url_is_not_kept(typed: str, kept: str) -> None:
    assert without_password(typed) == kept
