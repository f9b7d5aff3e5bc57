"""The diff against the baseline, its plain-language summary, and link criticality."""

from __future__ import annotations

import pytest

from app.analysis import Cancelled, criticality, diff, evaluate, summarize
from app.domain import Scenario
from tests.factory import grades, network

NET = network(
    "S1 S2 S3",
    "X Y",
    [
        ("S1", "X", "member", "terrorism drugs"),
        ("S2", "X", "member", "terrorism"),
        ("S3", "X", "member", "terrorism"),
        ("S1", "Y", "member", "terrorism"),
        ("S2", "Y", "member", "drugs"),
        ("S3", "Y", "candidate", "drugs cyber"),
    ],
)


def test_diff_of_the_baseline_with_itself_is_empty() -> None:
    base = evaluate(NET)
    d = diff(base, evaluate(NET, Scenario("same")))
    assert d.is_empty and d.cells == () and all(m.improved is None for m in d.metrics)


def test_switching_off_a_sole_link_opens_gaps_and_says_so() -> None:
    base = evaluate(NET)
    cur = evaluate(NET, Scenario("s").with_links(NET, {"S1:X": False}))
    d = diff(base, cur)
    assert d.switched_off == ("S1:X",) and d.switched_on == ()
    assert [(c.state, c.risk, c.before, c.after) for c in d.new_gaps] == [("S1", "drugs", 1, 0)]
    assert [(c.state, c.risk) for c in d.new_single_points] == [("S1", "terrorism")]
    assert d.metric("edges").delta == -1 and d.metric("edges").improved is False
    assert d.metric("gaps").after == d.metric("gaps").before + 1
    assert d.collective_lost == {"terrorism": ("X",)}
    text = summarize(NET, base, cur, d)
    assert "S1 loses all cover of drugs at coordination depth or deeper (it had 1 link: X)." in text
    assert (
        "S1 loses redundancy on 1 risk, one link left at coordination depth or deeper: "
        "terrorism (Y)." in text
    )


def test_switching_on_a_candidate_closes_gaps() -> None:
    base = evaluate(NET)
    cur = evaluate(NET, Scenario("s").with_links(NET, {"S3:Y": True}))
    d = diff(base, cur)
    assert d.switched_on == ("S3:Y",)
    assert {(c.state, c.risk) for c in d.closed_gaps} == {("S3", "drugs"), ("S3", "cyber")}
    said = summarize(NET, base, cur, d)
    assert "S3 gains cover of drugs at coordination depth or deeper (1 link: Y)." in said


def test_splitting_the_network_is_reported() -> None:
    net = network("S1 S2", "X", [("S1", "X", "member", ""), ("S2", "X", "member", "")])
    base = evaluate(net)
    cur = evaluate(net, Scenario("s").with_links(net, {"S2:X": False}))
    d = diff(base, cur)
    assert d.metric("components").delta == 1 and d.metric("components").improved is False
    assert d.bridges_removed == (("S2", "X"),)
    assert summarize(net, base, cur, d)[0] == "The network splits into 2 parts; cut off: S2."


def test_criticality_ranks_gap_making_links_first() -> None:
    ev = evaluate(NET)
    ranked = criticality(NET, ev)
    assert {i.link_id for i in ranked} == set(ev.enabled)
    ids = [i.link_id for i in ranked]
    first = ranked[0]  # S1's drugs gap, and S2:X's new single point
    assert (first.link_id, first.new_gaps, first.new_single_points, first.rank) == (
        "S1:X",
        (("S1", "drugs"),),
        (("S1", "terrorism"),),
        1,
    )
    s3x = ranked[ids.index("S3:X")]  # S3's only link: a gap and a split
    assert s3x.new_gaps == (("S3", "terrorism"),) and s3x.components_after == 2
    s2y = ranked[ids.index("S2:Y")]
    assert s2y.new_gaps == (("S2", "drugs"),)
    no_gap = [i for i in ranked if not i.new_gaps]
    assert no_gap and all(i.rank > max(j.rank for j in ranked if j.new_gaps) for i in no_gap)


def test_criticality_counts_a_bridge_as_a_split() -> None:
    net = network("S1 S2", "X", [("S1", "X", "member", ""), ("S2", "X", "member", "")])
    impacts = criticality(net, evaluate(net))
    assert [i.components_after for i in impacts] == [2, 2]
    assert all(i.efficiency_loss > 0 for i in impacts)


def test_parallel_link_keeps_the_edge() -> None:
    base = network("S1", "X", [("S1", "X", "partner", "")])
    from dataclasses import replace

    from app.domain import Link, LinkStatus, Network

    extra = Link("S1:X:member", "S1", "X", LinkStatus.MEMBER, grades=grades("drugs"))
    net = Network("n", base.actors, (*base.links, extra), base.risks)
    ev = evaluate(net)
    assert ev.connectivity.edges == 1
    impacts = {i.link_id: i for i in criticality(net, ev)}
    assert impacts["S1:X"].components_after == 1 and impacts["S1:X"].efficiency_loss == 0.0
    assert impacts["S1:X:member"].new_gaps == (("S1", "drugs"),)
    assert replace(extra, id="y").id == "y"


def test_criticality_reports_progress_and_stops_when_cancelled() -> None:
    ev = evaluate(NET)
    seen: list[float] = []
    criticality(NET, ev, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen) and len(seen) == len(ev.enabled)
    with pytest.raises(Cancelled):
        criticality(NET, ev, cancelled=lambda: len(seen) > 0)


def test_a_change_too_small_to_show_is_neither_gain_nor_loss() -> None:
    from app.analysis.diff import MetricDelta
    from app.look import signed

    tiny = MetricDelta("density", "Density", 0.4291, 0.4293)
    assert signed(tiny.delta) == "=" and tiny.improved is None
    shown = MetricDelta("density", "Density", 0.4291, 0.4301)
    assert signed(shown.delta) == "+0.001" and shown.improved is True


def test_a_shorter_path_while_the_network_splits_is_not_a_gain() -> None:
    base = evaluate(NET)
    # S1 keeps only Y, S2 and S3 only X: two components, shorter paths inside each
    cur = evaluate(NET, Scenario("s").with_links(NET, {"S1:X": False, "S2:Y": False}))
    d = diff(base, cur)
    path, parts = d.metric("average_shortest_path"), d.metric("components")
    assert parts.after > parts.before and path.after < path.before
    assert path.improved is None and parts.improved is False
