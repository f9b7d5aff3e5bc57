"""State cohesion: for each pair of states, the bodies and direct links they share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

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


def cohesion(network: Network, enabled: Iterable[str]) -> Cohesion:
    states = [a.id for a in network.states]
    state_set = set(states)
    bodies: dict[str, set[str]] = {s: set() for s in states}
    direct: dict[frozenset[str], set[str]] = {}
    for link in map(network.link, enabled):
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
    return Cohesion(pairs)
