"""Criticality: what switching off each enabled link alone would cost, ranked.

Off the toggle path (tens of milliseconds on the baseline): it re-runs the path sweep once
per link. `progress` and `cancelled` let a worker thread report and stop it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.analysis import paths
from app.analysis.evaluate import Evaluation
from app.analysis.graph import scenario_graph
from app.domain import Network


@dataclass(frozen=True)
class LinkImpact:
    link_id: str
    new_gaps: tuple[tuple[str, str], ...]  # (state, risk) cells it alone covers
    cells_reduced: int  # (state, risk) cells whose count it lowers
    components_after: int
    efficiency_loss: float  # drop in global efficiency

    @property
    def rank_key(self) -> tuple[int, int, float, int, str]:
        return (
            -len(self.new_gaps),
            -self.components_after,
            -round(self.efficiency_loss, 12),
            -self.cells_reduced,
            self.link_id,
        )


class Cancelled(Exception):
    """Raised inside a long computation when its caller asked it to stop."""


def criticality(
    network: Network,
    ev: Evaluation,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[LinkImpact, ...]:
    """Impact of switching off each enabled link of `ev` on its own, most critical first."""
    g = scenario_graph(network, ev.enabled)
    index = {a: i for i, a in enumerate(g.ids)}
    adjacency = paths.adjacency(g)
    base_eff = ev.connectivity.global_efficiency
    base_components = ev.connectivity.component_count
    bridges = set(ev.connectivity.bridges)
    edge_links: dict[tuple[str, str], int] = {}
    for lid in ev.enabled:
        lk = network.link(lid)
        key = (min(lk.source, lk.target), max(lk.source, lk.target))
        edge_links[key] = edge_links.get(key, 0) + 1
    cov = ev.coverage
    links = sorted(ev.enabled)
    out: list[LinkImpact] = []
    for done, lid in enumerate(links):
        if cancelled is not None and cancelled():
            raise Cancelled
        lk = network.link(lid)
        gaps, reduced = [], 0
        for end in (lk.source, lk.target):
            if end in cov.matrix:
                for r in sorted(lk.risks):
                    reduced += 1
                    if cov.matrix[end][r] == 1:
                        gaps.append((end, r))
        key = (min(lk.source, lk.target), max(lk.source, lk.target))
        if edge_links[key] > 1:  # a parallel link keeps the edge
            comps, eff_loss = base_components, 0.0
        else:
            comps = base_components + (1 if key in bridges else 0)
            u, v = index[key[0]], index[key[1]]
            cut = adjacency.copy()
            cut[u, v] = cut[v, u] = 0.0
            eff_loss = base_eff - paths.global_efficiency(paths.path_counts(cut))
        out.append(LinkImpact(lid, tuple(gaps), reduced, comps, eff_loss))
        if progress is not None:
            progress((done + 1) / len(links))
    return tuple(sorted(out, key=lambda i: i.rank_key))
