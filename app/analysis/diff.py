"""The difference between two evaluations (normally the baseline and a scenario)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from app.analysis.evaluate import Evaluation
from app.domain import Network

_T = TypeVar("_T")


@dataclass(frozen=True)
class MetricDelta:
    key: str
    label: str
    before: float
    after: float
    higher_is_better: bool = True

    @property
    def delta(self) -> float:
        return self.after - self.before

    @property
    def improved(self) -> bool | None:
        """True for a gain, False for a loss, None when unchanged."""
        if abs(self.delta) < 1e-12:
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
    cells: tuple[CellChange, ...]
    articulation_points_added: tuple[str, ...]
    articulation_points_removed: tuple[str, ...]
    bridges_added: tuple[tuple[str, str], ...]
    bridges_removed: tuple[tuple[str, str], ...]
    cohesion: tuple[tuple[str, str, int, int], ...]  # changed pairs: a, b, before, after
    collective_gained: dict[str, tuple[str, ...]]  # risk -> bodies
    collective_lost: dict[str, tuple[str, ...]]

    @property
    def new_gaps(self) -> tuple[CellChange, ...]:
        return tuple(c for c in self.cells if c.before > 0 and c.after == 0)

    @property
    def closed_gaps(self) -> tuple[CellChange, ...]:
        return tuple(c for c in self.cells if c.before == 0 and c.after > 0)

    @property
    def new_single_points(self) -> tuple[CellChange, ...]:
        return tuple(c for c in self.cells if c.after == 1)

    @property
    def is_empty(self) -> bool:
        return not (self.switched_on or self.switched_off)

    def metric(self, key: str) -> MetricDelta:
        return next(m for m in self.metrics if m.key == key)


def diff(base: Evaluation, current: Evaluation) -> Diff:
    b, c = base.connectivity, current.connectivity
    metrics = (
        MetricDelta("edges", "Edges", b.edges, c.edges),
        MetricDelta("components", "Components", b.component_count, c.component_count, False),
        MetricDelta("density", "Density", b.density, c.density),
        MetricDelta(
            "average_shortest_path",
            "Average path length",
            b.average_shortest_path,
            c.average_shortest_path,
            False,
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
        MetricDelta(
            "cohesion_mean", "Mean state-pair cohesion", base.cohesion.mean, current.cohesion.mean
        ),
        MetricDelta(
            "gaps", "Coverage gaps", len(base.coverage.gaps), len(current.coverage.gaps), False
        ),
        MetricDelta(
            "single_points",
            "Single points of failure",
            len(base.coverage.single_points),
            len(current.coverage.single_points),
            False,
        ),
    )
    bm, cm = base.coverage.matrix, current.coverage.matrix
    cells = tuple(
        CellChange(s, r, bm[s][r], cm[s][r])
        for s in current.coverage.states
        for r in current.coverage.risks
        if s in bm and r in bm[s] and bm[s][r] != cm[s][r]
    )
    cohesion = tuple(
        (p.a, p.b, q.count, p.count)
        for p, q in zip(current.cohesion.pairs, base.cohesion.pairs, strict=True)
        if p.count != q.count
    )
    risks = current.coverage.risks
    bc, cc = base.coverage.collective, current.coverage.collective
    return Diff(
        switched_on=tuple(sorted(current.enabled - base.enabled)),
        switched_off=tuple(sorted(base.enabled - current.enabled)),
        metrics=metrics,
        cells=cells,
        articulation_points_added=_added(b.articulation_points, c.articulation_points),
        articulation_points_removed=_added(c.articulation_points, b.articulation_points),
        bridges_added=_added(b.bridges, c.bridges),
        bridges_removed=_added(c.bridges, b.bridges),
        cohesion=cohesion,
        collective_gained={r: g for r in risks if (g := _added(bc.get(r, ()), cc.get(r, ())))},
        collective_lost={r: lost for r in risks if (lost := _added(cc.get(r, ()), bc.get(r, ())))},
    )


def _added(before: tuple[_T, ...], after: tuple[_T, ...]) -> tuple[_T, ...]:
    old = set(before)
    return tuple(x for x in after if x not in old)


def summarize(network: Network, base: Evaluation, current: Evaluation, d: Diff) -> tuple[str, ...]:
    """Plain-language sentences on what the scenario changes, most serious first."""
    name = {a.id: a.name for a in network.actors}
    label = {r.key: r.label.lower() for r in network.risks}
    out: list[str] = []
    if d.metric("components").delta > 0:
        cut_off = [", ".join(name[a] for a in comp) for comp in current.connectivity.components[1:]]
        parts = current.connectivity.component_count
        out.append(f"The network splits into {parts} parts; cut off: {'; '.join(cut_off)}.")
    for cell in d.new_gaps:
        was = base.coverage.covering[cell.state][cell.risk]
        how = f"the only link was {was[0]}" if len(was) == 1 else "its links were " + ", ".join(was)
        out.append(f"{name[cell.state]} loses {label[cell.risk]} coverage: {how}.")
    for cell in d.closed_gaps:
        via = ", ".join(current.coverage.covering[cell.state][cell.risk])
        out.append(f"{name[cell.state]} gains {label[cell.risk]} coverage through {via}.")
    for cell in d.new_single_points:
        if cell.before > 1:
            only = current.coverage.covering[cell.state][cell.risk][0]
            out.append(f"{name[cell.state]} now relies on {only} alone for {label[cell.risk]}.")
    explained = {(c.state, c.risk) for c in d.new_gaps + d.closed_gaps + d.new_single_points}
    for state in current.coverage.states:
        up = [c for c in d.cells if c.state == state and c.after > c.before]
        down = [c for c in d.cells if c.state == state and c.after < c.before]
        for cells, verb in ((up, "gains"), (down, "loses")):
            rest = [c for c in cells if (c.state, c.risk) not in explained]
            if rest:
                labels = ", ".join(label[c.risk] for c in rest)
                what = "cover" if verb == "gains" else "redundancy"
                out.append(f"{name[state]} {verb} {what} on {len(rest)} risks: {labels}.")
    for a in d.articulation_points_added:
        out.append(f"{name[a]} becomes a cut point: removing it would split the network.")
    for verb, changes in (("No longer", d.collective_lost), ("Now", d.collective_gained)):
        by_body: dict[str, list[str]] = {}
        for risk, bodies in changes.items():
            for body in bodies:
                by_body.setdefault(body, []).append(label[risk])
        for body, risks in by_body.items():
            out.append(f"{verb} all states together in {body} on: {', '.join(risks)}.")
    return tuple(out)
