"""What the plain-language summary says, decided once for every language: each fact is the
numbers and ids one sentence states, most serious first. app.analysis.summary phrases
them in English, app.analysis.summary_ru in Russian; neither decides anything."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.analysis.diff import CellChange, Diff
from app.analysis.evaluate import Evaluation

Ids = tuple[str, ...]


@dataclass(frozen=True)
class Joined:
    """The states hang together again: one group."""

    states: int


@dataclass(frozen=True)
class Parted:
    """The states, one group in the baseline, fall into these groups."""

    states: int
    groups: tuple[Ids, ...]


@dataclass(frozen=True)
class Regrouped:
    """The states form other groups (none of them one group)."""

    groups: tuple[Ids, ...]


@dataclass(frozen=True)
class Split:
    """The network falls into `parts` components; `cut_off` are all but the largest."""

    parts: int
    cut_off: tuple[Ids, ...]


@dataclass(frozen=True)
class GapOpened:
    """A state loses all cover of a risk; `had` are the links that covered it."""

    state: str
    risk: str
    had: Ids


@dataclass(frozen=True)
class RedundancyLost:
    """A state's risks covered by two or more links now covered by one each:
    (the one link left, the risks it alone covers)."""

    state: str
    risks: int
    left: tuple[tuple[str, Ids], ...]


@dataclass(frozen=True)
class GapClosed:
    """A state gains cover of a risk it had none of, through `via`."""

    state: str
    risk: str
    via: Ids


@dataclass(frozen=True)
class RedundancyGained:
    """A state's risks that had one link and now have two or more."""

    state: str
    cells: tuple[CellChange, ...]


@dataclass(frozen=True)
class DepthMoved:
    """A state's deepest cover rises (`up`) or falls on these risks."""

    state: str
    up: bool
    cells: tuple[CellChange, ...]


@dataclass(frozen=True)
class WeakestPairs:
    """The weakest state pairs share `count` bodies or links (`was` in the baseline)."""

    count: int
    was: int
    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class CutPoint:
    actor: str


@dataclass(frozen=True)
class Inactive:
    bodies: Ids


@dataclass(frozen=True)
class Reactivated:
    bodies: Ids


@dataclass(frozen=True)
class Collective:
    """In `body`, all the states are (`gained`) or are no longer together on `risks`."""

    body: str
    states: int
    gained: bool
    risks: Ids


@dataclass(frozen=True)
class SteadyMoved:
    """Cells that keep two or more links but have more (`more`) or fewer of them."""

    state: str
    more: bool
    cells: tuple[CellChange, ...]


Fact = (
    Joined
    | Parted
    | Regrouped
    | Split
    | GapOpened
    | RedundancyLost
    | GapClosed
    | RedundancyGained
    | DepthMoved
    | WeakestPairs
    | CutPoint
    | Inactive
    | Reactivated
    | Collective
    | SteadyMoved
)


def facts(base: Evaluation, current: Evaluation, d: Diff) -> tuple[Fact, ...]:
    """What the scenario changes, most serious first, as numbers and ids."""
    n_states = len(current.coverage.states)
    covering = current.coverage.covering
    out: list[Fact] = []

    # how the states hang together (the headline)
    before, after = base.cohesion.groups, current.cohesion.groups
    if before != after:
        if len(after) == 1:
            out.append(Joined(n_states))
        elif len(before) == 1:
            out.append(Parted(n_states, after))
        else:
            out.append(Regrouped(after))
    if d.metric("components").delta > 0:
        conn = current.connectivity
        out.append(Split(conn.component_count, tuple(conn.components[1:])))

    # cover lost and gained, cell by cell
    for c in d.new_gaps:
        out.append(GapOpened(c.state, c.risk, base.coverage.covering[c.state][c.risk]))
    for state, cells in _by_state(d.new_single_points, current):
        by_link: dict[str, list[str]] = {}  # the one link left -> the risks it alone covers
        for c in cells:
            by_link.setdefault(covering[c.state][c.risk][0], []).append(c.risk)
        left = tuple((lid, tuple(risks)) for lid, risks in by_link.items())
        out.append(RedundancyLost(state, len(cells), left))
    for c in d.closed_gaps:
        out.append(GapClosed(c.state, c.risk, covering[c.state][c.risk]))
    for state, cells in _by_state(d.gained_redundancy, current):
        out.append(RedundancyGained(state, tuple(cells)))

    # deeper or shallower cover
    for state, cells in _by_state(d.depth_cells, current):
        for up in (True, False):
            moved = tuple(c for c in cells if (c.after > c.before) == up)
            if moved:
                out.append(DepthMoved(state, up, moved))

    # the weakest pair of states
    wb, wc = base.cohesion.weakest, current.cohesion.weakest
    if wb is not None and wc is not None and wb.count != wc.count:
        pairs = tuple((p.a, p.b) for p in current.cohesion.pairs if p.count == wc.count)
        out.append(WeakestPairs(wc.count, wb.count, pairs))

    # structure
    out += [CutPoint(a) for a in d.articulation_points_added]
    if d.inactive:
        out.append(Inactive(d.inactive))
    if d.reactivated:
        out.append(Reactivated(d.reactivated))
    for gained, changes in ((False, d.collective_lost), (True, d.collective_gained)):
        by_body: dict[str, list[str]] = {}
        for risk, bodies in changes.items():
            for body in bodies:
                by_body.setdefault(body, []).append(risk)
        out += [Collective(body, n_states, gained, tuple(rs)) for body, rs in by_body.items()]

    # fewer or more links on cells that stay redundant
    steady = [c for c in d.cells if c.before >= 2 and c.after >= 2]
    for state, cells in _by_state(steady, current):
        for more in (False, True):
            moved = tuple(c for c in cells if (c.after > c.before) == more)
            if moved:
                out.append(SteadyMoved(state, more, moved))
    return tuple(out)


def _by_state(cells: Iterable[CellChange], ev: Evaluation) -> list[tuple[str, list[CellChange]]]:
    """Cells grouped by state, in the order of the states and risks."""
    grouped: dict[str, list[CellChange]] = {}
    for c in cells:
        grouped.setdefault(c.state, []).append(c)
    return [(s, grouped[s]) for s in ev.coverage.states if s in grouped]
