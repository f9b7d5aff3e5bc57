"""Criticality: what switching off each enabled link alone would cost, ranked.

Off the toggle path (tens of milliseconds on the baseline): it re-runs the path sweep once
per link. `progress` and `cancelled` let a worker thread report and stop it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from app.analysis import paths
from app.analysis.evaluate import Evaluation
from app.analysis.graph import scenario_graph
from app.domain import Network


@dataclass(frozen=True)
class LinkImpact:
    """What switching one link off alone would cost, at the evaluation's threshold and lens."""

    link_id: str
    new_gaps: tuple[tuple[str, str], ...]  # (state, risk) cells it alone covers
    new_single_points: tuple[tuple[str, str], ...]  # cells left with one link without it
    cover_lost: int  # its depths at the threshold, summed over the risks it covers
    cells_reduced: int  # (state, risk) cells whose count it lowers
    components_after: int
    efficiency_loss: float  # drop in global efficiency
    rank: int = 0  # 1 the most critical; links of equal cost share a rank

    @property
    def cost(self) -> tuple[int, int, int, float]:
        """New gaps, then new single points, then depth-weighted cover lost, then lost
        efficiency: larger is more critical."""
        return (
            len(self.new_gaps),
            len(self.new_single_points),
            self.cover_lost,
            self.efficiency_loss,
        )

    def ties(self, other: LinkImpact) -> bool:
        """The same cost: efficiencies within float noise of each other are equal."""
        a, b = self.cost, other.cost
        return a[:3] == b[:3] and math.isclose(a[3], b[3], rel_tol=0.0, abs_tol=EFFICIENCY_TIE)


EFFICIENCY_TIE = 1e-9  # efficiency losses closer than this are one cost


class Cancelled(Exception):
    """Raised inside a long computation when its caller asked it to stop."""


def criticality(
    network: Network,
    ev: Evaluation,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[LinkImpact, ...]:
    """Impact of switching off each enabled link of `ev` on its own, most critical first;
    equal costs share a rank (and are listed by link id)."""
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
    t, lens = cov.criteria.threshold, cov.criteria.lens
    links = sorted(ev.enabled)
    out: list[LinkImpact] = []
    for done, lid in enumerate(links):
        if cancelled is not None and cancelled():
            raise Cancelled
        lk = network.link(lid)
        gaps, singles, lost, reduced = [], [], 0, 0
        if lens.admits(network.membership_of(lid)):
            depths = network.depths(lid)
            for end in (lk.source, lk.target):
                if end not in cov.matrix:
                    continue
                for r in sorted(depths):
                    if depths[r] < t:
                        continue
                    reduced += 1
                    lost += int(depths[r])
                    if cov.matrix[end][r] == 1:
                        gaps.append((end, r))
                    elif cov.matrix[end][r] == 2:
                        singles.append((end, r))
        key = (min(lk.source, lk.target), max(lk.source, lk.target))
        if edge_links[key] > 1:  # a parallel link keeps the edge
            comps, eff_loss = base_components, 0.0
        else:
            u, v = index[key[0]], index[key[1]]
            cut = adjacency.copy()
            cut[u, v] = cut[v, u] = 0.0
            # a body left with no enabled link is inactive: it leaves the graph
            gone = [i for i in (u, v) if not cut[i].any() and not network.actor(g.ids[i]).is_state]
            if gone:
                keep = [i for i in range(g.n) if i not in gone]
                cut = cut[np.ix_(keep, keep)]
            if gone:  # a lone body drops out; two that only had each other take a part along
                comps = base_components - (1 if len(gone) == 2 else 0)
            else:
                comps = base_components + (1 if key in bridges else 0)
            eff_loss = base_eff - paths.global_efficiency(paths.path_counts(cut))
        out.append(LinkImpact(lid, tuple(gaps), tuple(singles), lost, reduced, comps, eff_loss))
        if progress is not None:
            progress((done + 1) / len(links))
    return ranked(out)


def ranked(impacts: list[LinkImpact]) -> tuple[LinkImpact, ...]:
    """Most costly first, by link id within a cost; each gets the rank of the first link of
    its cost (1, 2, 2, 4: ties are ties)."""
    order = sorted(impacts, key=lambda i: tuple(-x for x in i.cost))
    groups: list[list[LinkImpact]] = []
    for imp in order:  # a group holds the links tied with its first
        if groups and groups[-1][0].ties(imp):
            groups[-1].append(imp)
        else:
            groups.append([imp])
    out: list[LinkImpact] = []
    for group in groups:
        rank = len(out) + 1
        out += [replace(imp, rank=rank) for imp in sorted(group, key=lambda i: i.link_id)]
    return tuple(out)
