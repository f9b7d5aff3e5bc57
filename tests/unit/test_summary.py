"""Every sentence of the plain-language summary, read back and checked against the numbers
it states: property tests over random switch sets, thresholds and lenses on the baseline."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.analysis import Criteria, Evaluation, Lens, diff, evaluate, summarize
from app.analysis.summary import count_word
from app.domain import Depth, Network, Scenario
from app.files.baseline import load_baseline

NET = load_baseline()
NAME = {a.id: a.name for a in NET.actors}
ID = {a.name: a.id for a in NET.actors}
RISK = {r.label.lower(): r.key for r in NET.risks}
DEPTH = {d.label: int(d) for d in Depth}
BASE = {}  # criteria -> the baseline's evaluation, computed once


def base(criteria: Criteria) -> Evaluation:
    if criteria not in BASE:
        BASE[criteria] = evaluate(NET, criteria=criteria)
    return BASE[criteria]


def bodies(text: str) -> list[str]:
    """'A; B' of body names (names contain commas, never semicolons) -> ids."""
    return [ID[name] for name in text.split("; ")]


def risks_of(text: str) -> list[str]:
    return [RISK[label] for label in text.split(", ")]


def body_of(link_id: str) -> str:
    body = NET.body_of(NET.link(link_id))
    assert body is not None
    return body.id


def check(sentence: str, b: Evaluation, c: Evaluation, at: str) -> str:
    """Check one sentence against the evaluations; returns the kind of sentence it was."""
    bc, cc = b.coverage, c.coverage
    n = len(cc.states)
    at = re.escape(at)
    checks: list[tuple[str, Callable[[re.Match[str]], None]]] = []

    def on(pattern: str) -> Callable[[Callable[[re.Match[str]], None]], None]:
        def register(fn: Callable[[re.Match[str]], None]) -> None:
            checks.append((pattern, fn))

        return register

    @on(
        rf"(?P<s>[\w ]+) loses all cover of (?P<r>[^()]+) {at} "
        rf"\(it had (?P<k>\d+) links?: (?P<b>.+)\)\."
    )
    def _(m: re.Match[str]) -> None:
        s, r = ID[m["s"]], RISK[m["r"]]
        assert bc.matrix[s][r] == int(m["k"]) > 0 and cc.matrix[s][r] == 0
        assert bodies(m["b"]) == [body_of(lid) for lid in bc.covering[s][r]]

    @on(rf"(?P<s>[\w ]+) gains cover of (?P<r>[^()]+) {at} \((?P<k>\d+) links?: (?P<b>.+)\)\.")
    def _(m: re.Match[str]) -> None:
        s, r = ID[m["s"]], RISK[m["r"]]
        assert bc.matrix[s][r] == 0 and cc.matrix[s][r] == int(m["k"]) > 0  # only from zero
        assert bodies(m["b"]) == [body_of(lid) for lid in cc.covering[s][r]]

    @on(rf"(?P<s>[\w ]+) loses redundancy on (?P<k>\d+) risks?, one link left {at}: (?P<l>.+)\.")
    def _(m: re.Match[str]) -> None:
        s = ID[m["s"]]
        items = re.findall(r"([^;()]+?) \(([^()]+(?:\([^()]*\))?[^()]*)\)(?:; |$)", m["l"])
        assert sum(len(labels.split(", ")) for labels, _ in items) == int(m["k"])
        for labels, body in items:
            for r in risks_of(labels):
                assert bc.matrix[s][r] >= 2 and cc.matrix[s][r] == 1  # two or more, then one
                assert [body_of(cc.covering[s][r][0])] == bodies(body)

    @on(
        rf"(?P<s>[\w ]+) gains redundancy on (?P<k>\d+) risks?, two or more links {at}: (?P<l>.+)\."
    )
    def _(m: re.Match[str]) -> None:
        s = ID[m["s"]]
        items = re.findall(r"([a-z ,-]+?) (\d+)→(\d+)(?:, |$)", m["l"])
        assert len(items) == int(m["k"])
        for label, before, after in items:
            r = RISK[label]
            assert bc.matrix[s][r] == int(before) == 1 and cc.matrix[s][r] == int(after) >= 2

    @on(
        rf"(?P<s>[\w ]+) keeps two or more links {at} but has (?P<v>fewer|more) on "
        rf"(?P<k>\d+) risks?: (?P<l>.+)\."
    )
    def _(m: re.Match[str]) -> None:
        s = ID[m["s"]]
        items = re.findall(r"([a-z ,-]+?) (\d+)→(\d+)(?:, |$)", m["l"])
        assert len(items) == int(m["k"])
        for label, before, after in items:
            r = RISK[label]
            assert bc.matrix[s][r] == int(before) >= 2 and cc.matrix[s][r] == int(after) >= 2
            assert (int(after) < int(before)) == (m["v"] == "fewer")

    @on(r"(?P<s>[\w ]+)'s deepest cover (?P<v>rises|falls) on (?P<k>\d+) risks?: (?P<l>.+)\.")
    def _(m: re.Match[str]) -> None:
        s = ID[m["s"]]
        items = re.findall(r"([a-z ,-]+?) \((\w+) → (\w+)\)(?:, |$)", m["l"])
        assert len(items) == int(m["k"])
        for label, before, after in items:
            r = RISK[label]
            assert bc.depth[s][r] == DEPTH[before] and cc.depth[s][r] == DEPTH[after]
            assert (DEPTH[after] > DEPTH[before]) == (m["v"] == "rises")

    @on(rf"The (?P<n>\w+) states (?P<v>now|no longer) hang together {at}: (?P<rest>.+)\.")
    def _(m: re.Match[str]) -> None:
        assert m["n"] == count_word(n)
        if m["v"] == "now":
            assert len(c.cohesion.groups) == 1 < len(b.cohesion.groups)
        else:
            assert len(b.cohesion.groups) == 1 < len(c.cohesion.groups)
            assert m["rest"].startswith(f"{len(c.cohesion.groups)} groups (")

    @on(rf"The states now form (?P<k>\d+) groups {at} \((?P<g>.+)\)\.")
    def _(m: re.Match[str]) -> None:
        assert len(c.cohesion.groups) == int(m["k"]) and b.cohesion.groups != c.cohesion.groups
        assert len(m["g"].split(" | ")) == int(m["k"])

    @on(
        rf"The weakest state pairs now share (?P<k>\d+) (?:body or link|bodies or links) {at} "
        rf"\(was (?P<w>\d+)\): (?P<p>.+)\."
    )
    def _(m: re.Match[str]) -> None:
        assert b.cohesion.weakest is not None and c.cohesion.weakest is not None
        assert c.cohesion.weakest.count == int(m["k"]) and b.cohesion.weakest.count == int(m["w"])
        pairs = {
            tuple(sorted((ID[a], ID[z]))) for a, z in (p.split("–") for p in m["p"].split(", "))
        }
        low = {tuple(sorted((p.a, p.b))) for p in c.cohesion.pairs if p.count == int(m["k"])}
        assert pairs == low

    @on(r"The network splits into (?P<k>\d+) parts; cut off: (?P<rest>.+)\.")
    def _(m: re.Match[str]) -> None:
        assert c.connectivity.component_count == int(m["k"]) > b.connectivity.component_count

    @on(r"(?P<a>.+) becomes a cut point: without it the network would split\.")
    def _(m: re.Match[str]) -> None:
        a = ID[m["a"]]
        assert a in c.connectivity.articulation_points
        assert a not in b.connectivity.articulation_points

    @on(r"Left with no enabled link \(inactive\): (?P<l>.+)\.")
    def _(m: re.Match[str]) -> None:
        gone = set(b.connectivity.degree) - set(c.connectivity.degree)
        assert NAMES_JOINED(gone) == m["l"]

    @on(r"Active again: (?P<l>.+)\.")
    def _(m: re.Match[str]) -> None:
        back = set(c.connectivity.degree) - set(b.connectivity.degree)
        assert NAMES_JOINED(back) == m["l"]

    @on(
        rf"In (?P<b>.+), all (?P<n>\w+) states are (?P<v>no longer|now) together {at} "
        rf"on: (?P<r>.+)\."
    )
    def _(m: re.Match[str]) -> None:
        body = ID[m["b"]]
        assert m["n"] == count_word(n)
        for r in risks_of(m["r"]):
            was, now = body in bc.collective[r], body in cc.collective[r]
            assert (was, now) == ((True, False) if m["v"] == "no longer" else (False, True))

    for pattern, fn in checks:
        found = re.fullmatch(pattern, sentence)
        if found:
            fn(found)
            return pattern.split("(?P")[1][:12]
    raise AssertionError(f"a sentence no check reads: {sentence!r}")


def NAMES_JOINED(ids: set[str]) -> str:
    return ", ".join(NAME[i] for i in sorted(ids))


CRITERIA = st.builds(
    Criteria,
    st.sampled_from([Depth.DECLARATORY, Depth.COORDINATION, Depth.OPERATIONAL]),
    st.sampled_from(list(Lens)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sets(st.sampled_from([lk.id for lk in NET.links]), max_size=40),
    CRITERIA,
)
def test_every_sentence_says_what_the_numbers_show(switched: set[str], criteria: Criteria) -> None:
    flips = {lid: not NET.link(lid).enabled_in_baseline for lid in switched}
    scenario = Scenario("random").with_links(NET, flips)
    b = base(criteria)
    c = evaluate(NET, scenario, criteria=criteria)
    d = diff(b, c)
    at = criteria.phrase + ("" if criteria.lens is Lens.ALL else f" in {criteria.lens.label}")
    for sentence in summarize(NET, b, c, d):
        check(sentence, b, c, at)


@settings(max_examples=60, deadline=None)
@given(st.sets(st.sampled_from([lk.id for lk in NET.links]), min_size=1, max_size=60))
def test_every_cell_that_crosses_a_line_is_said(switched: set[str]) -> None:
    """The converse: a new gap, a closed gap and a lost redundancy are never left unsaid."""
    flips = {lid: not NET.link(lid).enabled_in_baseline for lid in switched}
    b = base(Criteria())
    c = evaluate(NET, Scenario("random").with_links(NET, flips))
    d = diff(b, c)
    said = " ".join(summarize(NET, b, c, d))
    for cell in d.new_gaps:
        assert f"{NAME[cell.state]} loses all cover of {NET.risk(cell.risk).label.lower()}" in said
    for cell in d.closed_gaps:
        assert f"{NAME[cell.state]} gains cover of {NET.risk(cell.risk).label.lower()}" in said
    for cell in d.new_single_points:
        assert f"{NAME[cell.state]} loses redundancy on" in said


def test_the_summary_names_bodies_not_ids() -> None:
    b = base(Criteria())
    off = {lk.id: False for lk in NET.links_of("CIS")}
    c = evaluate(NET, Scenario("s").with_links(NET, off))
    said = summarize(NET, b, c, diff(b, c))
    assert said and not any(re.search(r"\b[A-Z]{3}:[A-Z]", s) for s in said)
    assert any("Commonwealth of Independent States" in s for s in said)


def _network() -> Network:  # for type checkers: the module's network
    return NET
