"""The store's operations on a real SQLite file and a real PostgreSQL database (the `store`
fixture gives each): seeding, scenarios, trash, networks, merge."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.domain import Actor, ActorKind, Link, LinkStatus, Membership, Network, Scenario
from app.domain.errors import UnknownIdError, ValidationError
from app.files.baseline import load_baseline
from app.storage import example_files, open_store, store_url
from db import Store
from tests.factory import grades
from tests.pg import contents


def test_a_new_store_is_seeded_with_the_baseline_and_the_examples(store: Store) -> None:
    [info] = store.networks()
    assert store.network(info.id) == load_baseline()
    names = {s.name for s in store.scenarios()}
    assert len(names) == len(example_files()) >= 4
    assert "Azerbaijan joins the SCO" in names
    assert all(s.switched >= 1 for s in store.scenarios())


def test_the_default_store_lives_in_the_data_folder(tmp_path: Path) -> None:
    url = store_url()
    assert Path(url).is_relative_to(tmp_path.parent.parent)  # the test's private XDG_DATA_HOME
    assert url.endswith("c6-explorer/store.sqlite")
    with open_store() as first:
        count = len(first.scenarios())
    with open_store() as again:  # seeding happens once
        assert len(again.scenarios()) == count
        assert len(again.networks()) == 1
    conn = sqlite3.connect(url)
    try:  # WAL, so a second window's reads never wait for a save
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        conn.close()


def test_save_and_load_keep_everything(store: Store) -> None:
    net = load_baseline()
    t0 = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    sc = replace(
        Scenario("Everything flipped", description="d", notes="line 1\nline 2", author="A. N."),
        created=t0,
    ).with_links(net, {lk.id: not lk.enabled_in_baseline for lk in net.links})
    sc = replace(sc, positions={"KAZ": (1.5, -2.0), "SCO": (100.0, 200.25)}, modified=t0)
    sid = store.create_scenario(store.default_network_id(), sc)
    back, network = store.load(sid)
    assert back == sc
    assert network == net
    assert len(back.link_states) == len(net.links)


def test_only_differences_from_the_baseline_are_stored(store: Store) -> None:
    sc = Scenario("Redundant", link_states={"UZB:CSTO": True, "KAZ:CIS": True})
    sid = store.create_scenario(store.default_network_id(), sc)
    assert store.load(sid)[0].link_states == {"UZB:CSTO": True}


def test_rename_duplicate_notes_and_link_states(store: Store) -> None:
    sid = store.scenario_id("Azerbaijan joins the SCO")
    store.rename_scenario(sid, "  AZE in the   SCO ")
    assert store.load(sid)[0].name == "AZE in the SCO"
    copy = store.duplicate_scenario(sid)
    assert store.load(copy)[0].name == "AZE in the SCO (copy)"
    assert store.load(copy)[0].link_states == store.load(sid)[0].link_states
    store.set_notes(copy, "Changed")
    store.set_link_states(copy, {"UZB:CSTO": True, "AZE:SCO:member": False})
    changed = store.load(copy)[0]
    assert changed.notes == "Changed"
    assert changed.link_states == {"AZE:SCO": False, "UZB:CSTO": True}
    assert store.load(sid)[0].notes != "Changed"  # the original is untouched


def test_names_are_unique_among_live_scenarios(store: Store) -> None:
    net_id = store.default_network_id()
    with pytest.raises(ValidationError, match="already exists"):
        store.create_scenario(net_id, Scenario("Azerbaijan joins the SCO"))
    sid = store.create_scenario(net_id, Scenario("Other"))
    with pytest.raises(ValidationError, match="already exists"):
        store.rename_scenario(sid, "Azerbaijan joins the SCO")
    with pytest.raises(ValidationError, match="needs a name"):
        store.rename_scenario(sid, "   ")
    assert store.free_scenario_name("Other") == "Other (2)"


def test_delete_goes_to_the_trash_and_restores(store: Store) -> None:
    sid = store.scenario_id("Uzbekistan returns to the CSTO")
    before = store.load(sid)
    store.delete_scenario(sid)
    assert "Uzbekistan returns to the CSTO" not in {s.name for s in store.scenarios()}
    [trashed] = store.scenarios(trash=True)
    assert trashed.id == sid and trashed.deleted_at is not None
    with pytest.raises(UnknownIdError):
        store.load(store.scenario_id("Uzbekistan returns to the CSTO"))
    # a new scenario may take the name meanwhile; the restored one then gets a suffix
    store.create_scenario(store.default_network_id(), Scenario("Uzbekistan returns to the CSTO"))
    assert store.restore_scenario(sid) == "Uzbekistan returns to the CSTO (2)"
    assert store.load(sid)[0].link_states == before[0].link_states
    assert store.scenarios(trash=True) == []


def test_empty_trash_deletes_for_good(store: Store) -> None:
    live = len(store.scenarios())
    for name in ("Azerbaijan joins the SCO", "The CIS track collapses"):
        store.delete_scenario(store.scenario_id(name))
    assert store.empty_trash() == 2
    assert store.scenarios(trash=True) == []
    assert len(store.scenarios()) == live - 2
    assert store.empty_trash() == 0


def test_unknown_ids_raise_and_change_nothing(store: Store, store_url: str) -> None:
    sid = store.scenario_id("Azerbaijan joins the SCO")
    store.close()  # checkpoint, so the file holds everything
    before = contents(store_url)
    with Store.open(store_url) as again:
        with pytest.raises(UnknownIdError, match="unknown link 'NOPE'"):
            again.set_link_states(sid, {"UZB:CSTO": True, "NOPE": True})
        with pytest.raises(UnknownIdError, match="unknown link 'NOPE'"):
            again.save_scenario(sid, Scenario("x", link_states={"NOPE": True}))
        with pytest.raises(UnknownIdError, match="unknown actor 'XYZ'"):
            again.save_scenario(sid, Scenario("x", positions={"XYZ": (0.0, 0.0)}))
        with pytest.raises(UnknownIdError, match="no scenario 999"):
            again.rename_scenario(999, "x")
        with pytest.raises(UnknownIdError, match="no scenario named 'Nope'"):
            again.scenario_id("Nope")
        with pytest.raises(UnknownIdError, match="no network named 'Nope'"):
            again.network_id("Nope")
        assert again.load(sid)[0].link_states == {"AZE:SCO": False, "AZE:SCO:member": True}
    assert contents(store_url) == before


def _extended(net: Network) -> Network:
    """The baseline plus one new actor and its link."""
    return replace(
        net,
        name="Extended",
        actors=(
            *net.actors,
            Actor(
                "C6-WATER",
                "C6 water council",
                ActorKind.MECHANISM,
                membership=Membership.OWN,
                mandate=grades("water_energy:2"),
            ),
        ),
        links=(*net.links, Link("KAZ:C6-WATER", "KAZ", "C6-WATER", LinkStatus.CANDIDATE)),
    )


def test_merge_adds_what_is_new_and_nothing_else(store: Store) -> None:
    base = load_baseline()
    net_id = store.default_network_id()
    merged = store.merge_network(net_id, _extended(base))
    assert (merged.actors, merged.links, merged.risks) == (("C6-WATER",), ("KAZ:C6-WATER",), ())
    stored = store.network(net_id)
    assert stored.name == base.name  # the stored network keeps its name
    assert stored.links[: len(base.links)] == base.links
    assert stored.actor("C6-WATER").mandate == grades("water_energy:2")
    assert stored.depths("KAZ:C6-WATER") == {"water_energy": 2}
    assert store.merge_network(net_id, _extended(base)).added == 0


# Names in Russian as people write them: Cyrillic, guillemets, a combining stress mark,
# a letter outside the BMP; each must come back character for character.
RU_NAMES = ("Центральная Азия + Китай", "НАТО «Партнёрство ради мира»", "Шо\u0301С 𝔸")


def test_russian_names_come_back_exactly(store: Store) -> None:
    base = replace(_extended(load_baseline()), name=load_baseline().name)
    named = replace(
        base,
        actors=tuple(
            replace(a, name_ru=RU_NAMES[i % 3]) if a.id in ("KAZ", "SCO", "C6-WATER") else a
            for i, a in enumerate(base.actors)
        ),
        risks=tuple(replace(r, label_ru=RU_NAMES[i % 3]) for i, r in enumerate(base.risks)),
    )
    net_id = store.default_network_id()
    store.replace_network(net_id, named)
    assert store.network(net_id) == named
    again = replace(
        named, actors=tuple(replace(a, name_ru="") for a in named.actors)
    )  # and an edit back to none is kept too
    store.replace_network(net_id, again)
    assert {a.name_ru for a in store.network(net_id).actors} == {""}


def test_merge_refuses_a_conflicting_link(store: Store) -> None:
    base = load_baseline()
    changed = replace(
        base,
        links=tuple(
            replace(lk, status=LinkStatus.MEMBER) if lk.id == "UZB:CSTO" else lk
            for lk in base.links
        ),
    )
    net_id = store.default_network_id()
    with pytest.raises(ValidationError, match=r"'UZB:CSTO' differs .*status 'suspended'"):
        store.merge_network(net_id, changed)
    assert store.network(net_id) == base


def test_import_keeps_a_network_of_its_own_or_merges(store: Store) -> None:
    base = load_baseline()
    extended = _extended(base)
    sc = Scenario("Cyber first").with_links(extended, {"KAZ:C6-WATER": True})
    own = store.import_scenario(sc, extended, own_network=True)
    assert own.network_added and own.network_name == "Extended"
    assert len(store.networks()) == 2
    again = store.import_scenario(sc, extended, own_network=True)  # same content: reused
    assert not again.network_added and again.name == "Cyber first (2)"
    assert len(store.networks()) == 2
    merged = store.import_scenario(sc, extended, own_network=False, into=store.default_network_id())
    assert merged.merged.links == ("KAZ:C6-WATER",)
    assert merged.network_name == base.name
    scenario, network = store.load(merged.scenario_id)
    assert network.has_link("KAZ:C6-WATER") and scenario.link_states == {"KAZ:C6-WATER": True}


def test_a_save_failing_half_way_keeps_the_old_scenario(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save is one transaction: a failure after its deletes rolls them back."""
    from sqlalchemy import Connection

    net = load_baseline()
    sid = store.scenario_id("The CIS track collapses")
    before = store.load(sid)[0]
    real_execute = Connection.execute
    calls = {"n": 0}

    def failing_execute(self: Connection, statement: Any, *args: Any, **kw: Any) -> Any:
        if getattr(statement, "is_insert", False):  # the deletes have run by now
            calls["n"] += 1
            raise OSError(28, "No space left on device")
        return real_execute(self, statement, *args, **kw)

    monkeypatch.setattr(Connection, "execute", failing_execute)
    new = replace(Scenario("Renamed"), positions={"KAZ": (1.0, 2.0)}).with_links(
        net, {"UZB:CSTO": True}
    )
    with pytest.raises(OSError, match="No space left"):
        store.save_scenario(sid, new)
    monkeypatch.undo()
    assert calls["n"] == 1
    assert store.load(sid)[0] == before
