"""Risk coverage: for each state and risk, how many enabled links cover it.

0 is a gap, 1 a single point of failure (the one link named), 2 or more is redundant.
Collective coverage of a risk: the bodies in which every state has an enabled link that
covers that risk ("indivisible security").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.domain import Network


@dataclass(frozen=True)
class Coverage:
    states: tuple[str, ...]
    risks: tuple[str, ...]
    matrix: dict[str, dict[str, int]]  # state -> risk -> count
    covering: dict[str, dict[str, tuple[str, ...]]]  # state -> risk -> link ids
    collective: dict[str, tuple[str, ...]]  # risk -> body ids

    def count(self, state: str, risk: str) -> int:
        return self.matrix[state][risk]

    @property
    def gaps(self) -> tuple[tuple[str, str], ...]:
        return self._cells(lambda c: c == 0)

    @property
    def single_points(self) -> tuple[tuple[str, str, str], ...]:
        """(state, risk, the one link that covers it)."""
        return tuple((s, r, self.covering[s][r][0]) for s, r in self._cells(lambda c: c == 1))

    @property
    def redundant(self) -> tuple[tuple[str, str], ...]:
        return self._cells(lambda c: c >= 2)

    def _cells(self, keep: Callable[[int], bool]) -> tuple[tuple[str, str], ...]:
        return tuple((s, r) for s in self.states for r in self.risks if keep(self.matrix[s][r]))


def coverage(network: Network, enabled: Iterable[str]) -> Coverage:
    states = tuple(a.id for a in network.states)
    risks = network.risk_keys
    covering: dict[str, dict[str, list[str]]] = {s: {r: [] for r in risks} for s in states}
    # body -> risk -> states with an enabled link covering it
    body_states: dict[str, dict[str, set[str]]] = {}
    state_set = set(states)
    for link_id in sorted(enabled):
        link = network.link(link_id)
        if not link.risks:
            continue
        for end, other in ((link.source, link.target), (link.target, link.source)):
            if end not in state_set:
                continue
            row = covering[end]
            for r in link.risks:
                row[r].append(link_id)
            if other not in state_set:
                per_risk = body_states.setdefault(other, {})
                for r in link.risks:
                    per_risk.setdefault(r, set()).add(end)
    n_states = len(state_set)
    collective: dict[str, list[str]] = {r: [] for r in risks}
    for body in sorted(body_states):
        for r, members in body_states[body].items():
            if len(members) == n_states:
                collective[r].append(body)
    return Coverage(
        states=states,
        risks=risks,
        matrix={s: {r: len(ids) for r, ids in row.items()} for s, row in covering.items()},
        covering={s: {r: tuple(ids) for r, ids in row.items()} for s, row in covering.items()},
        collective={r: tuple(b) for r, b in collective.items()},
    )
