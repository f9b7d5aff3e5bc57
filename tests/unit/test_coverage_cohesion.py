"""Coverage, collective coverage and cohesion on a hand-built network."""

from __future__ import annotations

from app.analysis import evaluate
from app.domain import Scenario
from tests.factory import network

# S1 and S2 are states; X and Y bodies; S1-S2 a direct link.
NET = network(
    "S1 S2",
    "X Y",
    [
        ("S1", "X", "member", "terrorism drugs"),
        ("S2", "X", "member", "terrorism"),
        ("S1", "Y", "observer", ""),
        ("S2", "Y", "candidate", "cyber"),
        ("S1", "S2", "partner", "terrorism"),
    ],
)


def test_coverage_counts_enabled_incident_links() -> None:
    cov = evaluate(NET).coverage
    assert cov.matrix == {
        "S1": {"terrorism": 2, "drugs": 1, "cyber": 0},
        "S2": {"terrorism": 2, "drugs": 0, "cyber": 0},
    }
    assert cov.covering["S1"]["terrorism"] == ("S1:S2", "S1:X")
    assert cov.gaps == (("S1", "cyber"), ("S2", "drugs"), ("S2", "cyber"))
    assert cov.single_points == (("S1", "drugs", "S1:X"),)
    assert cov.redundant == (("S1", "terrorism"), ("S2", "terrorism"))


def test_collective_needs_every_state_covering_the_risk_in_the_body() -> None:
    cov = evaluate(NET).coverage
    assert cov.collective == {"terrorism": ("X",), "drugs": (), "cyber": ()}
    on = evaluate(NET, Scenario("s").with_links(NET, {"S2:X": False})).coverage
    assert on.collective["terrorism"] == ()


def test_switching_a_candidate_on_closes_a_gap() -> None:
    cov = evaluate(NET, Scenario("s").with_links(NET, {"S2:Y": True})).coverage
    assert cov.matrix["S2"]["cyber"] == 1
    assert ("S2", "cyber") not in cov.gaps


def test_cohesion_counts_shared_bodies_and_direct_links() -> None:
    coh = evaluate(NET).cohesion
    assert coh.pair("S1", "S2").shared == ("X", "S1:S2")
    # S1 is only an observer of Y and Y has no mandate: they do not hang together there
    with_y = evaluate(NET, Scenario("s").with_links(NET, {"S2:Y": True})).cohesion
    assert with_y.pair("S2", "S1").shared == ("X", "S1:S2")
    assert with_y.mean == 2.0 and coh.groups == (("S1", "S2"),)


def test_fifteen_pairs_among_six_states() -> None:
    states = "A B C D E F"
    net = network(states, "X", [(s, "X", "member", "drugs") for s in states.split()])
    coh = evaluate(net).cohesion
    assert len(coh.pairs) == 15
    assert {p.shared for p in coh.pairs} == {("X",)}
