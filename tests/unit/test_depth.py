"""Coverage graded by depth, on small hand-made networks: the cap by status, a link's own
grades (exclusions, and more than the status allows), thresholds, the own-region lens,
inactive bodies, how the states hang together, and ranks shared by ties."""

from __future__ import annotations

import pytest

from app.analysis import Criteria, Lens, criticality, diff, evaluate
from app.analysis.criticality import LinkImpact, ranked
from app.domain import Depth, LinkStatus, Membership, Scenario, ValidationError
from tests.factory import network

# X: a treaty body with outside powers; R: the region's own forum.
MANDATES = {"X": "terrorism:3 drugs:2 cyber:1", "R": "terrorism:2 cyber:3"}
NET = network(
    "S1 S2 S3",
    "X R",
    [
        ("S1", "X", "member", ""),
        ("S2", "X", "observer", ""),  # dialogue only: capped at 1
        ("S3", "X", "associate", "drugs:0"),  # its association excludes drugs
        ("S1", "R", "founding", ""),
        ("S2", "R", "guest", "terrorism:2"),  # a source shows more than a guest's 1
        ("S3", "R", "candidate", ""),  # off in the baseline
    ],
    mandates=MANDATES,
    own="R",
)

COORD, OPER, DECL = Depth.COORDINATION, Depth.OPERATIONAL, Depth.DECLARATORY


def test_a_link_takes_its_bodys_mandate_capped_by_its_status() -> None:
    assert NET.depths("S1:X") == {"terrorism": 3, "drugs": 2, "cyber": 1}
    assert NET.depths("S2:X") == {"terrorism": 1, "drugs": 1, "cyber": 1}
    depth, grade, capped = NET.explain("S2:X", "terrorism")
    assert (depth, capped) == (DECL, True) and grade is not None and grade.depth is OPER
    assert LinkStatus.PARTNER.depth_cap is DECL and LinkStatus.ASSOCIATE.depth_cap is OPER


def test_a_links_own_grades_narrow_or_widen_it() -> None:
    assert NET.depths("S3:X") == {"terrorism": 3, "cyber": 1}  # drugs excluded
    assert NET.explain("S3:X", "drugs")[0] is Depth.NONE
    assert NET.depths("S2:R") == {"terrorism": 2, "cyber": 1}  # widened, the rest capped
    depth, grade, capped = NET.explain("S2:R", "terrorism")
    assert depth is COORD and not capped and grade in NET.link("S2:R").grades


def test_the_threshold_decides_what_counts() -> None:
    at = {t: evaluate(NET, criteria=Criteria(t)).coverage for t in (DECL, COORD, OPER)}
    assert at[DECL].matrix["S2"] == {"terrorism": 2, "drugs": 1, "cyber": 2}
    assert at[COORD].matrix["S2"] == {"terrorism": 1, "drugs": 0, "cyber": 0}
    assert at[OPER].matrix["S1"] == {"terrorism": 1, "drugs": 0, "cyber": 1}
    assert at[COORD].covering["S1"]["terrorism"] == ("S1:X", "S1:R")  # deepest first
    assert at[COORD].depth["S2"] == {"terrorism": 2, "drugs": 1, "cyber": 1}  # any depth
    assert at[COORD].single_points == (
        ("S1", "drugs", "S1:X"),
        ("S1", "cyber", "S1:R"),
        ("S2", "terrorism", "S2:R"),
        ("S3", "terrorism", "S3:X"),
    )
    # every count is monotone in the threshold
    for s in at[DECL].states:
        for r in at[DECL].risks:
            assert at[DECL].matrix[s][r] >= at[COORD].matrix[s][r] >= at[OPER].matrix[s][r]


def test_the_lens_keeps_the_regions_own_or_the_outside_mechanisms() -> None:
    own = evaluate(NET, criteria=Criteria(COORD, Lens.OWN)).coverage
    outside = evaluate(NET, criteria=Criteria(COORD, Lens.OUTSIDE)).coverage
    every = evaluate(NET).coverage
    assert own.matrix["S1"] == {"terrorism": 1, "drugs": 0, "cyber": 1}
    assert outside.matrix["S1"] == {"terrorism": 1, "drugs": 1, "cyber": 0}
    for s in every.states:
        for r in every.risks:
            assert own.matrix[s][r] + outside.matrix[s][r] == every.matrix[s][r]
            assert own.matrix[s][r] == every.own[s][r] == own.own[s][r]
    # self-reliance: cells the own forum covers, of those any mechanism covers
    assert every.self_reliance == own.self_reliance == (3, 5)
    assert NET.membership_of("S1:R") is Membership.OWN
    assert NET.membership_of("S1:X") is Membership.OUTSIDE


def test_collective_cover_needs_every_state_at_the_threshold() -> None:
    cov = evaluate(NET).coverage
    assert cov.collective == {"terrorism": (), "drugs": (), "cyber": ()}  # S2 observes X
    decl = evaluate(NET, criteria=Criteria(DECL)).coverage
    assert decl.collective["terrorism"] == ("X",)


def test_a_body_with_no_enabled_link_is_inactive_not_a_component() -> None:
    ev = evaluate(NET, Scenario("s").with_links(NET, {"S1:R": False, "S2:R": False}))
    assert ev.connectivity.component_count == 1
    assert "R" not in ev.connectivity.degree and ev.connectivity.nodes == 4
    d = diff(evaluate(NET), ev)
    assert d.inactive == ("R",) and d.metric("active_bodies").delta == -1
    # a state with no link left stays a node: it is cut off
    alone = evaluate(NET, Scenario("s").with_links(NET, {"S3:X": False}))
    assert alone.connectivity.component_count == 2 and ("S3",) in alone.connectivity.components


def test_how_the_states_hang_together_depends_on_the_threshold() -> None:
    at_coord = evaluate(NET).cohesion
    assert at_coord.pair("S1", "S2").shared == ("R",)  # S2 only observes X
    assert at_coord.pair("S1", "S3").shared == ("X",)
    assert at_coord.pair("S2", "S3").shared == ()
    assert at_coord.groups == (("S1", "S2", "S3"),)  # through S1
    no_s1x = evaluate(NET, Scenario("s").with_links(NET, {"S1:X": False}))
    assert no_s1x.cohesion.groups == (("S1", "S2"), ("S3",))
    d = diff(evaluate(NET), no_s1x)
    assert d.metric("state_groups").delta == 1 and d.metric("state_groups").improved is False


def test_equal_costs_share_a_rank() -> None:
    def imp(lid: str, gaps: int, eff: float) -> LinkImpact:
        return LinkImpact(lid, (("S", "r"),) * gaps, (), 0, 0, 1, eff)

    out = ranked([imp("b", 1, 0.1), imp("a", 1, 0.1), imp("c", 2, 0.0), imp("d", 0, 0.3)])
    assert [(i.link_id, i.rank) for i in out] == [("c", 1), ("a", 2), ("b", 2), ("d", 4)]
    # float noise is no difference, either side of any rounding boundary
    for base in (0.1, 0.0015, 0.12345678949999):
        out = ranked([imp("a", 0, base + 3e-13), imp("b", 0, base), imp("c", 0, base - 3e-13)])
        assert [(i.link_id, i.rank) for i in out] == [("a", 1), ("b", 1), ("c", 1)]
    assert [i.rank for i in ranked([imp("a", 0, 0.2), imp("b", 0, 0.1)])] == [1, 2]


def test_criticality_counts_depth_weighted_cover_at_the_threshold() -> None:
    ev = evaluate(NET)
    by_id = {i.link_id: i for i in criticality(NET, ev)}
    assert by_id["S1:X"].cover_lost == 3 + 2  # terrorism 3, drugs 2; cyber 1 is below
    assert by_id["S1:X"].new_gaps == (("S1", "drugs"),)
    assert by_id["S1:X"].new_single_points == (("S1", "terrorism"),)
    assert by_id["S2:X"].cover_lost == 0 and by_id["S2:X"].new_gaps == ()
    op = evaluate(NET, criteria=Criteria(OPER))
    assert {i.link_id: i for i in criticality(NET, op)}["S1:X"].cover_lost == 3
    # the lens leaves the cover of links outside it alone
    own = evaluate(NET, criteria=Criteria(COORD, Lens.OWN))
    assert {i.link_id: i for i in criticality(NET, own)}["S1:X"].cover_lost == 0


def test_grades_are_checked() -> None:
    with pytest.raises(ValidationError, match=r"links\[0\].grades\[0\]: unknown risk 'piracy'"):
        network("S", "X", [("S", "X", "member", "piracy:2")])
    with pytest.raises(ValidationError, match="risk 'drugs' is graded twice"):
        network("S", "X", [("S", "X", "member", "drugs:1 drugs:2")])
    with pytest.raises(ValidationError, match=r"actors\[1\].mandate\[0\]: depth 0 of 'drugs'"):
        network("S", "X", [], mandates={"X": "drugs:0"})


def test_a_grade_needs_a_source_or_says_it_is_reasoned() -> None:
    from app.domain import Actor, ActorKind, Basis, Grade, Link, Network, RiskCategory

    risks = (RiskCategory("drugs", "Drugs"),)
    actors = (Actor("S", "S", ActorKind.STATE), Actor("X", "X", ActorKind.BODY))

    def net(grade: Grade, status: LinkStatus = LinkStatus.MEMBER) -> Network:
        return Network("n", actors, (Link("S:X", "S", "X", status, grades=(grade,)),), risks)

    with pytest.raises(ValidationError, match="'drugs' is marked sourced but gives no source"):
        net(Grade("drugs", Depth.COORDINATION))
    assert net(Grade("drugs", Depth.COORDINATION, Basis.REASONED, "why")).depths("S:X")
    # more than an observer takes part in: only a source can show it
    with pytest.raises(ValidationError, match=r"needs a source: the link's status \(observer\)"):
        net(Grade("drugs", Depth.COORDINATION, Basis.REASONED), LinkStatus.OBSERVER)
    shown = net(
        Grade("drugs", Depth.COORDINATION, Basis.SOURCED, "", ("https://example.org",)),
        LinkStatus.OBSERVER,
    )
    assert shown.depths("S:X") == {"drugs": Depth.COORDINATION}
    with pytest.raises(ValidationError, match="membership 'own' is not a class"):
        Network("n", (*actors[:1], Actor("X", "X", ActorKind.BODY, membership="own")), (), risks)  # type: ignore[arg-type]
