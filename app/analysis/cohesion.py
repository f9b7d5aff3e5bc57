"""How the states hang together: for each pair of states, the bodies (and direct links) they
share at the threshold, and the groups the states fall into through them.

A state shares a body with another when both have an enabled link to it, in the lens, that
covers some risk at the threshold depth or deeper: two states that only meet in a dialogue
forum do not hang together at coordination depth.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from app.analysis.coverage import DEFAULT_CRITERIA, Criteria
from app.domain import Network


@dataclass(frozen=True)
class PairCohesion:
    a: str
    b: str
    shared: tuple[str, ...]  # body ids both have an enabled link to, then direct link ids

    @property
    def count(self) -> int:
        return len(self.shared)


@dataclass(frozen=True)
class Cohesion:
    pairs: tuple[PairCohesion, ...]
    groups: tuple[tuple[str, ...], ...]  # states joined by shared bodies, largest first

    def pair(self, a: str, b: str) -> PairCohesion:
        for p in self.pairs:
            if {p.a, p.b} == {a, b}:
                return p
        raise KeyError(f"{a}-{b}")

    @property
    def weakest(self) -> PairCohesion | None:
        return min(self.pairs, key=lambda p: (p.count, p.a, p.b), default=None)

    @property
    def mean(self) -> float:
        return sum(p.count for p in self.pairs) / len(self.pairs) if self.pairs else 0.0


def cohesion(
    network: Network, enabled: Iterable[str], criteria: Criteria = DEFAULT_CRITERIA
) -> Cohesion:
    states = [a.id for a in network.states]
    state_set = set(states)
    bodies: dict[str, set[str]] = {s: set() for s in states}
    direct: dict[frozenset[str], set[str]] = {}
    for link_id in enabled:
        if network.deepest(link_id) < criteria.threshold:
            continue
        if not criteria.lens.admits(network.membership_of(link_id)):
            continue
        link = network.link(link_id)
        ends = {link.source, link.target}
        if ends <= state_set:
            direct.setdefault(frozenset(ends), set()).add(link.id)
            continue
        for end in ends & state_set:
            bodies[end].add(link.other(end))
    pairs = tuple(
        PairCohesion(
            a,
            b,
            tuple(sorted(bodies[a] & bodies[b])) + tuple(sorted(direct.get(frozenset((a, b)), ()))),
        )
        for a, b in combinations(states, 2)
    )
    return Cohesion(pairs, _groups(states, pairs))


def _groups(states: list[str], pairs: tuple[PairCohesion, ...]) -> tuple[tuple[str, ...], ...]:
    """Connected groups of states, joined where a pair shares something; largest first, then
    in the network's order of states."""
    group = {s: i for i, s in enumerate(states)}
    for p in pairs:
        if p.count:
            old, new = group[p.b], group[p.a]
            if old != new:
                for s, g in group.items():
                    if g == old:
                        group[s] = new
    members: dict[int, list[str]] = {}
    for s in states:
        members.setdefault(group[s], []).append(s)
    order = sorted(members.values(), key=lambda m: (-len(m), states.index(m[0])))
    return tuple(tuple(m) for m in order)
