"""Facts of the bundled baseline, checked against the public sources the reference notes
(c6-facts.md, version 2) point to: statuses, years, membership classes, graded mandates."""

from __future__ import annotations

import pytest

from app.analysis import Criteria, Lens, evaluate
from app.domain import ActorKind, Basis, Confidence, Depth, LinkStatus, Membership, Network
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
    "C5+CHN",
    "C5+JPN",
    "C5+IND",
    "C5+DEU",
    "C5+GCC",
    "C5+KOR",
    "CIS-SEC",
    "NATO-PFP",
    "CANWFZ",
    "CASPIAN",
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


# The Russian names a reader in Tashkent or Astana knows them by: the states' own Russian
# names, and the bodies' Russian abbreviations as they use them themselves.
RUSSIAN = {
    "KAZ": "Казахстан",
    "KGZ": "Кыргызстан",
    "TJK": "Таджикистан",
    "TKM": "Туркменистан",
    "UZB": "Узбекистан",
    "AZE": "Азербайджан",
    "SCO": "ШОС",
    "SCO-RATS": "РАТС ШОС",
    "CSTO": "ОДКБ",
    "CIS": "СНГ",
    "CIS-ATC": "АТЦ СНГ",
    "OTS": "ОТГ",
    "EAEU": "ЕАЭС",
    "CICA": "СВМДА",
    "OSCE": "ОБСЕ",
    "CARICC": "ЦАРИКЦ",
    "CMHS": "Консультативная встреча глав государств Центральной Азии",
    "C5+CHN": "Центральная Азия + Китай",
}


def test_every_actor_and_risk_has_a_russian_name(net: Network) -> None:
    def cyrillic(text: str) -> bool:
        return any("\u0400" <= c <= "\u04ff" for c in text)

    unnamed = [a.id for a in net.actors if not (a.name_ru.strip() and cyrillic(a.name_ru))]
    unnamed += [r.key for r in net.risks if not (r.label_ru.strip() and cyrillic(r.label_ru))]
    assert unnamed == []
    assert {k: net.actor(k).name_ru for k in RUSSIAN} == RUSSIAN
    assert net.risk("terrorism").label_ru == "Терроризм"
    # short enough for a label: no longer than the English beside it, or 64 characters
    long = [a.id for a in net.actors if len(a.name_ru) > max(len(a.name), 64)]
    long += [r.key for r in net.risks if len(r.label_ru) > max(len(r.label), 64)]
    assert long == []


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
        ("AZE:DEFMIN", LinkStatus.CANDIDATE, False),
        ("TKM:DEFMIN", LinkStatus.MEMBER, True),  # Samarkand, 20 Oct 2025
        ("TKM:SCS", LinkStatus.GUEST, True),  # an embassy military attaché, 2024 and 2025
        ("TKM:CIS-ATC", LinkStatus.GUEST, True),
        ("KGZ:IFAS:member", LinkStatus.SUSPENDED, False),  # froze its participation in 2016
        ("KGZ:IFAS", LinkStatus.GUEST, True),
        ("TJK:OTS", LinkStatus.CANDIDATE, False),
        ("KAZ:C6-CIRT", LinkStatus.CANDIDATE, False),
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
    assert net.link("KAZ:DEFMIN").since == 2025  # not Aktau 2024: that planned Birlestik
    assert net.link("TKM:CICA").since == 2021
    assert net.link("KAZ:CICA").since == 1999
    assert net.link("TJK:NATO-PFP").since == 2002
    assert net.link("KAZ:CANWFZ").since == 2006
    for body in ("C5+RUS", "C5+US", "C5+EU", "C5+CHN", "C5+JPN", "C5+IND"):
        assert all(lk.since for lk in net.links_of(body) if lk.enabled_in_baseline), body


def test_absences(net: Network) -> None:
    on = net.baseline_enabled()
    assert not [lk for lk in net.links_of("TJK") if lk.other("TJK") == "OTS" and lk.id in on]
    tkm_partners = {lk.other("TKM") for lk in net.links_of("TKM")}
    assert not {"CSTO", "EAEU", "SCO-RATS"} & tkm_partners  # neutrality
    assert not [lk for lk in net.links_of("AZE") if lk.other("AZE") in ("IFAS", "C5+US")]
    assert not [lk for lk in net.links_of("AZE") if lk.other("AZE") == "DEFMIN" and lk.id in on]
    assert {lk.source for lk in net.links_of("CASPIAN")} == {"KAZ", "TKM", "AZE"}


def test_mandates_are_graded_by_depth(net: Network) -> None:
    depth = {a.id: {g.risk: g.depth for g in a.mandate} for a in net.actors}
    assert depth["CSTO"]["military"] is Depth.OPERATIONAL  # collective defence
    assert depth["SCO-RATS"]["terrorism"] is Depth.OPERATIONAL  # a standing centre
    assert depth["C5+JPN"]["terrorism"] is Depth.DECLARATORY  # a dialogue
    assert "terrorism" not in depth["EAEU"]  # no counter-terrorism mandate
    assert depth["OTS"]["military"] is Depth.DECLARATORY  # only proposals
    assert depth["C5+CHN"]["terrorism"] is Depth.DECLARATORY  # Xi'an 2023
    assert depth["C5+IND"]["terrorism"] is Depth.COORDINATION  # security advisers' meetings
    assert depth["BIRLIK"]["border"] is Depth.OPERATIONAL  # Birlik 2025 drilled it
    assert net.depths("KAZ:CSTO")["military"] is Depth.OPERATIONAL
    assert net.depths("KAZ:CARICC") == {"drugs": Depth.OPERATIONAL, "border": Depth.COORDINATION}


def test_observers_partners_and_guests_take_part_in_dialogue_only(net: Network) -> None:
    for lk in net.links:
        if lk.status.depth_cap is Depth.DECLARATORY and not lk.grades:
            assert max(net.depths(lk.id).values(), default=0) <= Depth.DECLARATORY, lk.id
    assert net.depths("TKM:SCO")["terrorism"] is Depth.DECLARATORY
    assert net.depths("TKM:SCS")["terrorism"] is Depth.DECLARATORY


def test_turkmenistans_cis_association_excludes_military_and_border(net: Network) -> None:
    depths = net.depths("TKM:CIS")
    assert "military" not in depths and "border" not in depths
    assert depths["drugs"] is net.depths("KAZ:CIS")["drugs"]
    excluded = {g.risk for g in net.link("TKM:CIS").grades if g.depth is Depth.NONE}
    assert excluded == {"military", "border"}
    assert all(g.sources for g in net.link("TKM:CIS").grades)


def test_membership_classes(net: Network) -> None:
    own = {a.id for a in net.actors if a.membership is Membership.OWN}
    assert {"CMHS", "SCS", "INTEL", "DEFMIN", "BIRLIK", "IFAS", "CESDRR", "CANWFZ"} <= own
    assert net.actor("OSCE").membership is Membership.UNIVERSAL
    assert net.actor("UN").membership is Membership.UNIVERSAL
    assert net.actor("CSTO").membership is Membership.OUTSIDE
    assert "Russia" in net.actor("CSTO").outside
    assert all(a.membership is None for a in net.states)
    assert all(a.membership is not None for a in net.actors if not a.is_state)


def test_every_fact_has_a_public_source_and_unsure_ones_are_marked(net: Network) -> None:
    def public(sources: tuple[str, ...]) -> bool:
        return bool(sources) and all(s.startswith(("https://", "http://")) for s in sources)

    assert [lk.id for lk in net.links if not public(lk.sources)] == []
    assert [a.id for a in net.actors if not public(a.sources)] == []
    for a in net.actors:
        for g in a.mandate:
            assert g.reason, (a.id, g.risk)
            assert g.basis is Basis.REASONED or public(g.sources), (a.id, g.risk)
    for link_id in ("KGZ:CICA", "UZB:CIS-ATC", "KAZ:CAREC", "KAZ:C5+RUS"):  # years inferred
        assert net.link(link_id).confidence is Confidence.UNVERIFIED, link_id
        assert net.link(link_id).note
    assert net.link("UZB:CSTO").confidence is Confidence.CONFIRMED
    for lk in net.links:  # a what-if is hypothetical, and only a what-if is
        assert (lk.status is LinkStatus.CANDIDATE) == (lk.confidence is Confidence.HYPOTHETICAL), (
            lk.id
        )
        assert lk.since is not None or lk.confidence is not Confidence.CONFIRMED, lk.id


def test_seats_for_the_geographic_layout(net: Network) -> None:
    assert (net.actor("KAZ").lat, net.actor("KAZ").lon) == (51.1694, 71.4491)
    assert net.actor("SCO-RATS").seat == "Tashkent"
    assert all(a.lat is not None for a in net.states)


def test_baseline_is_one_connected_network_without_gaps(net: Network) -> None:
    ev = evaluate(net)
    assert ev.connectivity.component_count == 1
    assert ev.coverage.gaps == ()
    assert ev.connectivity.node_connectivity >= 1
    assert len(ev.cohesion.groups) == 1
    assert "C6-CIRT" not in ev.connectivity.degree  # only what-if links: inactive


THIN = {  # (state, risk) -> count, the baseline cells with 0 or 1 link at each threshold
    Depth.DECLARATORY: {},
    Depth.COORDINATION: {},
    Depth.OPERATIONAL: {
        ("KGZ", "climate"): 0,
        ("KGZ", "water_energy"): 0,
        ("TJK", "climate"): 0,
        ("TKM", "terrorism"): 0,
        ("TKM", "extremism"): 0,
        ("TKM", "cyber"): 0,
        ("TKM", "emergencies"): 0,
        ("UZB", "climate"): 0,
        ("AZE", "cyber"): 0,
        ("AZE", "water_energy"): 0,
        ("KAZ", "climate"): 1,
        ("KAZ", "water_energy"): 1,
        ("TJK", "emergencies"): 1,
        ("TJK", "water_energy"): 1,
        ("TJK", "economic"): 1,
        ("TKM", "climate"): 1,
        ("TKM", "water_energy"): 1,
        ("TKM", "border"): 1,
        ("TKM", "economic"): 1,
        ("UZB", "cyber"): 1,
        ("UZB", "water_energy"): 1,
        ("UZB", "economic"): 1,
        ("AZE", "climate"): 1,
        ("AZE", "emergencies"): 1,
        ("AZE", "economic"): 1,
    },
}


@pytest.mark.parametrize("threshold", list(THIN))
def test_the_thin_cells_of_the_baseline(net: Network, threshold: Depth) -> None:
    cov = evaluate(net, criteria=Criteria(threshold)).coverage
    thin = {(s, r): n for s in cov.states for r in cov.risks if (n := cov.matrix[s][r]) <= 1}
    assert thin == THIN[threshold]


def test_the_regions_own_mechanisms_cover_less(net: Network) -> None:
    own = evaluate(net, criteria=Criteria(Depth.COORDINATION, Lens.OWN)).coverage
    assert len(own.gaps) == 5 and len(own.single_points) == 37
    assert own.self_reliance == (55, 60)
