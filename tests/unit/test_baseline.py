"""Facts of the bundled baseline, checked against the reference (c6-facts.md)."""

from __future__ import annotations

import pytest

from app.analysis import evaluate
from app.domain import ActorKind, Confidence, LinkStatus, Network
from app.files.baseline import load_baseline

STATES = ("KAZ", "KGZ", "TJK", "TKM", "UZB", "AZE")
REQUIRED_BODIES = [
    "SCO",
    "SCO-RATS",
    "CSTO",
    "CIS",
    "CIS-ATC",
    "OTS",
    "EAEU",
    "ECO",
    "CICA",
    "CAREC",
    "IFAS",
    "OSCE",
    "UN",
    "CARICC",
    "CESDRR",
    "CMHS",
    "SCS",
    "INTEL",
    "DEFMIN",
    "BIRLIK",
    "C5+RUS",
    "C5+US",
    "C5+EU",
]


@pytest.fixture(scope="module")
def net() -> Network:
    return load_baseline()


def test_six_states_and_the_required_bodies(net: Network) -> None:
    assert tuple(a.id for a in net.states) == STATES
    ids = {a.id for a in net.actors}
    assert set(REQUIRED_BODIES) <= ids
    assert all(net.actor(b).kind in (ActorKind.BODY, ActorKind.MECHANISM) for b in REQUIRED_BODIES)


def test_ten_risk_keys(net: Network) -> None:
    assert net.risk_keys == (
        "terrorism", "extremism", "drugs", "cyber", "climate",
        "emergencies", "water_energy", "border", "military", "economic",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("link_id", "status", "enabled"),
    [
        ("UZB:CSTO", LinkStatus.SUSPENDED, False),
        ("AZE:CSTO", LinkStatus.WITHDRAWN, False),
        ("TKM:CIS", LinkStatus.ASSOCIATE, True),
        ("TKM:OTS", LinkStatus.OBSERVER, True),
        ("AZE:OTS", LinkStatus.FOUNDING, True),
        ("UZB:OTS", LinkStatus.MEMBER, True),
        ("AZE:SCO", LinkStatus.PARTNER, True),
        ("TKM:SCO", LinkStatus.GUEST, True),
        ("UZB:EAEU", LinkStatus.OBSERVER, True),
        ("TKM:CICA", LinkStatus.OBSERVER, True),
        ("AZE:SCO:member", LinkStatus.CANDIDATE, False),
        ("TKM:BIRLIK", LinkStatus.CANDIDATE, False),
        ("AZE:SCS", LinkStatus.CANDIDATE, False),
        ("AZE:INTEL", LinkStatus.CANDIDATE, False),
        ("KGZ:IFAS:member", LinkStatus.CANDIDATE, False),
    ],
)
def test_statuses(net: Network, link_id: str, status: LinkStatus, enabled: bool) -> None:
    link = net.link(link_id)
    assert link.status is status
    assert (link_id in net.baseline_enabled()) is enabled


def test_years(net: Network) -> None:
    assert net.link("AZE:CMHS").since == 2025
    assert net.link("KAZ:CMHS").since == 2018
    assert net.link("TKM:CIS").since == 2005
    assert net.link("TKM:OTS").since == 2021
    assert net.link("UZB:OTS").since == 2019
    assert net.link("UZB:EAEU").since == 2020
    assert net.link("KAZ:SCS").since == 2024


def test_absences(net: Network) -> None:
    assert not [lk for lk in net.links_of("TJK") if lk.other("TJK") == "OTS"]
    tkm_partners = {lk.other("TKM") for lk in net.links_of("TKM")}
    assert not {"CSTO", "EAEU", "SCO-RATS"} & tkm_partners  # neutrality
    assert not [lk for lk in net.links_of("AZE") if lk.other("AZE") in ("IFAS", "C5+US")]


def test_member_links_carry_the_mandate_and_observers_none(net: Network) -> None:
    assert net.link("KAZ:SCO").risks == set(net.risk_keys)
    assert net.link("KAZ:CARICC").risks == {"drugs", "border"}
    assert "cyber" not in net.link("KAZ:UN").risks
    for lk in net.links:
        if lk.status in (LinkStatus.OBSERVER, LinkStatus.PARTNER, LinkStatus.GUEST):
            assert lk.risks == frozenset(), lk.id


def test_every_fact_has_a_source_and_unsure_ones_are_marked(net: Network) -> None:
    assert all(lk.sources for lk in net.links)
    assert all(a.sources for a in net.actors)
    for link_id in ("AZE:SCO", "KGZ:IFAS", "TKM:DEFMIN", "KAZ:SCS", "TJK:CESDRR"):
        assert net.link(link_id).confidence is Confidence.UNVERIFIED, link_id
        assert net.link(link_id).note
    assert net.link("UZB:CSTO").confidence is Confidence.CONFIRMED


def test_seats_for_the_geographic_layout(net: Network) -> None:
    assert (net.actor("KAZ").lat, net.actor("KAZ").lon) == (51.1694, 71.4491)
    assert net.actor("SCO-RATS").seat == "Tashkent"
    assert all(a.lat is not None for a in net.states)


def test_baseline_is_one_connected_network_without_gaps(net: Network) -> None:
    ev = evaluate(net)
    assert ev.connectivity.component_count == 1
    assert ev.coverage.gaps == ()
    assert ev.connectivity.node_connectivity >= 2
