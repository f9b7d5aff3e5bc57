"""Risk coverage graded by depth: for each state and risk, how many enabled links cover it
at or above a threshold depth, and the deepest cover it has.

A link covers a risk as deep as its body's mandate goes, capped by its status and narrowed
by its own grades (`Network.depths`). At the threshold, 0 links is a gap, 1 a single point
of failure (the one link named), 2 or more redundant. A lens keeps only the links of the
region's own mechanisms, or only those with outside powers. Collective coverage of a risk:
the bodies in which every state has an enabled link covering it at the threshold
("indivisible security").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.domain import Depth, Membership, Network


class Lens(StrEnum):
    """Which links count: all, the region's own mechanisms, or those with outside powers
    (universal organisations included)."""

    ALL = "all"
    OWN = "own"
    OUTSIDE = "outside"

    def admits(self, membership: Membership) -> bool:
        if self is Lens.ALL:
            return True
        return (membership is Membership.OWN) == (self is Lens.OWN)

    @property
    def label(self) -> str:
        return {
            Lens.ALL: "all mechanisms",
            Lens.OWN: "the region's own mechanisms",
            Lens.OUTSIDE: "mechanisms with outside powers",
        }[self]


@dataclass(frozen=True)
class Criteria:
    """How coverage is counted: links at `threshold` depth or deeper, through `lens`."""

    threshold: Depth = Depth.COORDINATION
    lens: Lens = Lens.ALL

    @property
    def phrase(self) -> str:
        """How a sentence says the threshold: 'at coordination depth or deeper'."""
        if self.threshold is Depth.OPERATIONAL:
            return "at operational depth"
        return f"at {self.threshold.label} depth or deeper"


DEFAULT_CRITERIA = Criteria()


@dataclass(frozen=True)
class Coverage:
    states: tuple[str, ...]
    risks: tuple[str, ...]
    criteria: Criteria
    matrix: dict[str, dict[str, int]]  # state -> risk -> links at the threshold, in the lens
    depth: dict[str, dict[str, int]]  # state -> risk -> deepest cover in the lens (0 none)
    covering: dict[str, dict[str, tuple[str, ...]]]  # the links counted, deepest first
    below: dict[str, dict[str, tuple[str, ...]]]  # in the lens but under the threshold
    own: dict[str, dict[str, int]]  # links at the threshold of the region's own mechanisms
    collective: dict[str, tuple[str, ...]]  # risk -> body ids
    # (cells the region's own mechanisms cover at the threshold, cells any mechanism covers):
    # how much of the cover the region gives itself, whatever the lens
    self_reliance: tuple[int, int]

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


def coverage(
    network: Network, enabled: Iterable[str], criteria: Criteria = DEFAULT_CRITERIA
) -> Coverage:
    states = tuple(a.id for a in network.states)
    risks = network.risk_keys
    t, lens = criteria.threshold, criteria.lens
    # state -> risk -> the enabled links in the lens, by the depth they cover it at (0-3);
    # links arrive in id order, so each bucket is sorted already
    found: dict[str, dict[str, tuple[list[str], ...]]] = {
        s: {r: ([], [], [], []) for r in risks} for s in states
    }
    own = {s: dict.fromkeys(risks, 0) for s in states}
    total = {s: dict.fromkeys(risks, 0) for s in states}
    body_states: dict[str, dict[str, set[str]]] = {}  # body -> risk -> states at threshold
    state_set = set(states)
    for link_id in sorted(enabled):
        depths = network.depths(link_id)
        if not depths:
            continue
        link = network.link(link_id)
        membership = network.membership_of(link_id)
        counted, is_own = lens.admits(membership), membership is Membership.OWN
        for end, other in ((link.source, link.target), (link.target, link.source)):
            if end not in state_set:
                continue
            cells, all_of, own_of = found[end], total[end], own[end]
            for r, d in depths.items():
                if d >= t:
                    all_of[r] += 1
                    if is_own:
                        own_of[r] += 1
                if counted:
                    cells[r][d].append(link_id)
            if counted and other not in state_set:
                per_risk = body_states.setdefault(other, {})
                for r, d in depths.items():
                    if d >= t:
                        per_risk.setdefault(r, set()).add(end)
    levels = range(Depth.OPERATIONAL, t - 1, -1)  # deepest first, down to the threshold
    under = range(t - 1, Depth.NONE, -1)
    covering = {
        s: {r: tuple(lid for d in levels for lid in row[r][d]) for r in risks}
        for s, row in found.items()
    }
    below = {
        s: {r: tuple(lid for d in under for lid in row[r][d]) for r in risks}
        for s, row in found.items()
    }
    deepest = {
        s: {r: next((d for d in (3, 2, 1) if row[r][d]), 0) for r in risks}
        for s, row in found.items()
    }
    collective: dict[str, list[str]] = {r: [] for r in risks}
    for body in sorted(body_states):
        for r, members in body_states[body].items():
            if len(members) == len(state_set):
                collective[r].append(body)
    return Coverage(
        states=states,
        risks=risks,
        criteria=criteria,
        matrix={s: {r: len(ids) for r, ids in row.items()} for s, row in covering.items()},
        depth=deepest,
        covering=covering,
        below=below,
        own=own,
        collective={r: tuple(b) for r, b in collective.items()},
        self_reliance=(
            sum(1 for s in states for r in risks if own[s][r]),
            sum(1 for s in states for r in risks if total[s][r]),
        ),
    )
