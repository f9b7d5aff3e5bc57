"""Network edits (Qt-free) and storing an edited network with its scenarios kept whole."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain import (
    Actor,
    ActorKind,
    Link,
    LinkStatus,
    RiskCategory,
    UnknownIdError,
    ValidationError,
)
from app.domain.edit import (
    put_actor,
    put_link,
    put_risk,
    remove_actor,
    remove_link,
    remove_risk,
    risk_uses,
)
from app.files.baseline import load_baseline
from db import Store
from tests.factory import grades

NET = load_baseline()


def test_edits_give_a_new_valid_network_and_leave_the_old_one() -> None:
    added = put_actor(
        NET, Actor("C6CIRT", "C6 cyber incident response", ActorKind.MECHANISM), new=True
    )
    linked = put_link(
        added,
        Link("KAZ:C6CIRT", "KAZ", "C6CIRT", LinkStatus.CANDIDATE, grades=grades("cyber:3")),
        new=True,
    )
    assert linked.link("KAZ:C6CIRT").target == "C6CIRT" and not NET.has_actor("C6CIRT")
    assert remove_actor(linked, "C6CIRT") == NET  # its links go with it
    assert remove_link(linked, "KAZ:C6CIRT") == added
    renamed = put_risk(NET, replace(NET.risk("cyber"), label="Cyber"), new=False)
    assert renamed.risk("cyber").label == "Cyber" and renamed.links == NET.links
    users = risk_uses(NET, "water_energy")
    assert "IFAS" in users and "KAZ:IFAS" in users
    assert all(
        "water_energy" in NET.depths(u) or any(g.risk == "water_energy" for g in NET.link(u).grades)
        for u in users
        if NET.has_link(u)
    )
    without = remove_risk(NET, "water_energy")
    assert "water_energy" not in without.risk_keys
    assert all("water_energy" not in without.depths(lk.id) for lk in without.links)
    assert all(g.risk != "water_energy" for a in without.actors for g in a.mandate)
    assert put_risk(NET, RiskCategory("space", "Space security"), new=True).risk("space")


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda: put_actor(NET, Actor("KAZ", "again", ActorKind.STATE), new=True),
            "already an actor 'KAZ'",
        ),
        (lambda: put_actor(NET, Actor("X", " ", ActorKind.BODY), new=True), "needs a name"),
        (
            lambda: put_actor(NET, Actor("X", "X", ActorKind.BODY, lat=10.0), new=True),
            "both latitude and longitude",
        ),
        (
            lambda: put_link(NET, Link("KAZ:SCO", "KAZ", "SCO", LinkStatus.MEMBER), new=True),
            "already a link 'KAZ:SCO'",
        ),
        (
            lambda: put_link(NET, Link("KAZ:NOPE", "KAZ", "NOPE", LinkStatus.MEMBER), new=True),
            "unknown actor 'NOPE'",
        ),
        (
            lambda: put_link(
                NET,
                Link("KAZ:UN2", "KAZ", "UN", LinkStatus.MEMBER, since=2020, until=2010),
                new=True,
            ),
            "until 2010 is before since 2020",
        ),
        (
            lambda: put_link(
                NET, Link("KAZ:UN2", "KAZ", "UN", LinkStatus.MEMBER, since=1066), new=True
            ),
            "link 'KAZ:UN2'.since: expected a year from 1900 to 2200, found 1066",
        ),
        (
            lambda: put_link(
                NET,
                Link("KAZ:UN2", "KAZ", "UN", LinkStatus.MEMBER, grades=grades("x:1")),
                new=True,
            ),
            "unknown risk 'x'",
        ),
        (lambda: put_risk(NET, RiskCategory("cyber", "Cyber"), new=True), "already a risk 'cyber'"),
    ],
)
def test_invalid_edits_are_refused_in_one_line(edit: object, message: str) -> None:
    assert callable(edit)
    with pytest.raises(ValidationError, match=message.replace("(", r"\(")):
        edit()


def test_unknown_ids_are_refused() -> None:
    with pytest.raises(UnknownIdError):
        remove_link(NET, "NOPE")
    with pytest.raises(UnknownIdError):
        put_actor(NET, Actor("NOPE", "Nope", ActorKind.BODY), new=False)


def test_the_store_keeps_every_scenario_consistent_trash_included(store: Store) -> None:
    network_id = store.default_network_id()
    cis = store.scenario_id("The CIS track collapses")
    uzb = store.scenario_id("Uzbekistan returns to the CSTO")
    store.delete_scenario(uzb)  # in the trash: kept consistent all the same
    before = store.scenarios_on(network_id)
    edited = remove_link(remove_link(NET, "KAZ:CIS"), "UZB:CSTO")
    notes = store.replace_network(network_id, edited).notes
    switching = {i for i, sc in before.items() if {"KAZ:CIS", "UZB:CSTO"} & set(sc.link_states)}
    assert {cis, uzb} <= switching and set(notes) == switching
    assert store.network(network_id) == edited
    scenario, _ = store.load(cis)
    assert "KAZ:CIS" not in scenario.link_states and "KAZ:CIS." in scenario.notes
    trashed = store.scenarios_on(network_id)[uzb]
    assert "UZB:CSTO" not in trashed.link_states and "UZB:CSTO" in trashed.notes
    # undo: the network and the scenarios exactly as they were
    store.replace_network(network_id, NET, before)
    assert store.network(network_id) == NET
    assert store.scenarios_on(network_id) == before
