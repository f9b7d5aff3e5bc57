"""The difference between two evaluations (normally the baseline and a scenario)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from app.analysis.coverage import Criteria
from app.analysis.evaluate import Evaluation
from app.domain import Network, Scenario
from app.lang import tr
from app.look import unchanged

_T = TypeVar("_T")


@dataclass(frozen=True)
class MetricDelta:
    key: str
    label: str
    before: float
    after: float
    higher_is_better: bool = True
    judged: bool = True  # False: a change here is neither a gain nor a loss (see diff())

    @property
    def delta(self) -> float:
        return self.after - self.before

    @property
    def said(self) -> str:
        """The label in the current language."""
        return _said().get(self.key, self.label)

    @property
    def improved(self) -> bool | None:
        """True for a gain, False for a loss, None when unchanged as shown (to three
        decimals) or when the change cannot be judged alone."""
        if not self.judged or unchanged(self.before, self.after):
            return None
        return (self.delta > 0) == self.higher_is_better


@dataclass(frozen=True)
class CellChange:
    state: str
    risk: str
    before: int
    after: int


@dataclass(frozen=True)
class Diff:
    switched_on: tuple[str, ...]
    switched_off: tuple[str, ...]
    metrics: tuple[MetricDelta, ...]
    cells: tuple[CellChange, ...]  # coverage counts at the threshold that changed
    depth_cells: tuple[CellChange, ...]  # deepest cover (0-3) that changed
    articulation_points_added: tuple[str, ...]
    articulation_points_removed: tuple[str, ...]
    bridges_added: tuple[tuple[str, str], ...]
    bridges_removed: tuple[tuple[str, str], ...]
    cohesion: tuple[tuple[str, str, int, int], ...]  # changed pairs: a, b, before, after
    collective_gained: dict[str, tuple[str, ...]]  # risk -> bodies
    collective_lost: dict[str, tuple[str, ...]]
    inactive: tuple[str, ...]  # bodies left with no enabled link
    reactivated: tuple[str, ...]  # bodies with an enabled link again

    @property
    def new_gaps(self) -> tuple[CellChange, ...]:
        return tuple(c for c in self.cells if c.before > 0 and c.after == 0)

    @property
    def closed_gaps(self) -> tuple[CellChange, ...]:
        return tuple(c for c in self.cells if c.before == 0 and c.after > 0)

    @property
    def new_single_points(self) -> tuple[CellChange, ...]:
        """Cells that had two or more links at the threshold and now have one."""
        return tuple(c for c in self.cells if c.before >= 2 and c.after == 1)

    @property
    def gained_redundancy(self) -> tuple[CellChange, ...]:
        """Cells that had one link at the threshold and now have two or more."""
        return tuple(c for c in self.cells if c.before == 1 and c.after >= 2)

    @property
    def is_empty(self) -> bool:
        return not (self.switched_on or self.switched_off)

    def metric(self, key: str) -> MetricDelta:
        return next(m for m in self.metrics if m.key == key)


def _said() -> dict[str, str]:
    """Each metric's label in the current language (the English is `MetricDelta.label`)."""
    return {
        "state_groups": tr("State groups"),
        "cohesion_min": tr("Weakest state pair (shared bodies or links)"),
        "cohesion_mean": tr("Mean state-pair cohesion"),
        "gaps": tr("Coverage gaps"),
        "single_points": tr("Single points of failure"),
        "own_cells": tr("Cells covered by own mechanisms"),
        "active_bodies": tr("Active bodies and mechanisms"),
        "edges": tr("Edges"),
        "components": tr("Components"),
        "density": tr("Density"),
        "average_shortest_path": tr("Average path length"),
        "global_efficiency": tr("Global efficiency"),
        "algebraic_connectivity": tr("Algebraic connectivity"),
        "node_connectivity": tr("Node connectivity"),
        "edge_connectivity": tr("Edge connectivity"),
        "articulation_points": tr("Cut actors"),
        "bridges": tr("Bridge links"),
    }


def diff(base: Evaluation, current: Evaluation) -> Diff:
    b, c = base.connectivity, current.connectivity
    bo, co = base.coverage, current.coverage
    metrics: tuple[MetricDelta, ...] = (
        MetricDelta(
            "state_groups",
            "State groups",
            len(base.cohesion.groups),
            len(current.cohesion.groups),
            False,
        ),
        MetricDelta(
            "cohesion_min",
            "Weakest state pair (shared bodies or links)",
            _weakest(base),
            _weakest(current),
        ),
        MetricDelta(
            "cohesion_mean", "Mean state-pair cohesion", base.cohesion.mean, current.cohesion.mean
        ),
        MetricDelta("gaps", "Coverage gaps", len(bo.gaps), len(co.gaps), False),
        MetricDelta(
            "single_points",
            "Single points of failure",
            len(bo.single_points),
            len(co.single_points),
            False,
        ),
        MetricDelta(
            "own_cells",
            "Cells covered by own mechanisms",
            bo.self_reliance[0],
            co.self_reliance[0],
        ),
        MetricDelta(
            "active_bodies", "Active bodies and mechanisms", _bodies(base), _bodies(current)
        ),
        MetricDelta("edges", "Edges", b.edges, c.edges),
        MetricDelta("components", "Components", b.component_count, c.component_count, False),
        MetricDelta("density", "Density", b.density, c.density),
        MetricDelta(
            "average_shortest_path",
            "Average path length",
            b.average_shortest_path,
            c.average_shortest_path,
            False,
            # over connected pairs only: when the network splits or joins, a shorter or
            # longer average says nothing good or bad by itself
            judged=b.component_count == c.component_count,
        ),
        MetricDelta(
            "global_efficiency", "Global efficiency", b.global_efficiency, c.global_efficiency
        ),
        MetricDelta(
            "algebraic_connectivity",
            "Algebraic connectivity",
            b.algebraic_connectivity,
            c.algebraic_connectivity,
        ),
        MetricDelta(
            "node_connectivity", "Node connectivity", b.node_connectivity, c.node_connectivity
        ),
        MetricDelta(
            "edge_connectivity", "Edge connectivity", b.edge_connectivity, c.edge_connectivity
        ),
        MetricDelta(
            "articulation_points",
            "Cut actors",
            len(b.articulation_points),
            len(c.articulation_points),
            False,
        ),
        MetricDelta("bridges", "Bridge links", len(b.bridges), len(c.bridges), False),
    )
    left_out = set(b.skipped) | set(c.skipped)  # figures not computed on a network this big
    metrics = tuple(m for m in metrics if m.key not in left_out)
    cells = _cell_changes(bo.matrix, co.matrix, co.states, co.risks)
    depths = _cell_changes(bo.depth, co.depth, co.states, co.risks)
    cohesion = tuple(
        (p.a, p.b, q.count, p.count)
        for p, q in zip(current.cohesion.pairs, base.cohesion.pairs, strict=True)
        if p.count != q.count
    )
    risks = co.risks
    bc, cc = bo.collective, co.collective
    before, after = set(b.degree), set(c.degree)
    return Diff(
        switched_on=tuple(sorted(current.enabled - base.enabled)),
        switched_off=tuple(sorted(base.enabled - current.enabled)),
        metrics=metrics,
        cells=cells,
        depth_cells=depths,
        articulation_points_added=_added(b.articulation_points, c.articulation_points),
        articulation_points_removed=_added(c.articulation_points, b.articulation_points),
        bridges_added=_added(b.bridges, c.bridges),
        bridges_removed=_added(c.bridges, b.bridges),
        cohesion=cohesion,
        collective_gained={r: g for r in risks if (g := _added(bc.get(r, ()), cc.get(r, ())))},
        collective_lost={r: lost for r in risks if (lost := _added(cc.get(r, ()), bc.get(r, ())))},
        inactive=tuple(sorted(before - after)),
        reactivated=tuple(sorted(after - before)),
    )


def _cell_changes(
    before: dict[str, dict[str, int]],
    after: dict[str, dict[str, int]],
    states: tuple[str, ...],
    risks: tuple[str, ...],
) -> tuple[CellChange, ...]:
    return tuple(
        CellChange(s, r, before[s][r], after[s][r])
        for s in states
        for r in risks
        if s in before and r in before[s] and before[s][r] != after[s][r]
    )


def _weakest(ev: Evaluation) -> int:
    weakest = ev.cohesion.weakest
    return weakest.count if weakest is not None else 0


def _bodies(ev: Evaluation) -> int:
    """Bodies and mechanisms with an enabled link (the graph's nodes besides the states)."""
    return ev.connectivity.nodes - len(ev.coverage.states)


def _added(before: tuple[_T, ...], after: tuple[_T, ...]) -> tuple[_T, ...]:
    old = set(before)
    return tuple(x for x in after if x not in old)


def compare_two(
    network: Network, left: Scenario, right: Scenario, criteria: Criteria
) -> tuple[tuple[Evaluation, Evaluation], Diff]:
    """Two scenarios over one network, evaluated, and their difference (right against
    left): one picklable call a worker process can run."""
    from app.analysis.evaluate import evaluate_two

    evaluations = evaluate_two(network, left, right, criteria)
    return evaluations, diff(*evaluations)
