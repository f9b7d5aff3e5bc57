"""Connectivity of the scenario graph, as one frozen result.

Above PATH_METRICS_MAX_ACTORS the all-pairs figures (average path, efficiency, algebraic
connectivity, node and edge connectivity, betweenness) are left out: dense n x n matrices
and cubic sweeps take minutes and gigabytes there. What was left out is named in
`skipped`; components, density, cut actors and bridges are always computed.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.analysis import cuts, paths
from app.analysis.graph import Graph

PATH_METRICS_MAX_ACTORS = 2_000  # all-pairs figures are computed up to this many actors
RANK_MAX_ACTORS = 400  # criticality re-runs every path per link: ranked up to this many
PATH_METRICS = (
    "average_shortest_path",
    "global_efficiency",
    "algebraic_connectivity",
    "node_connectivity",
    "edge_connectivity",
    "betweenness",
)


@dataclass(frozen=True)
class Connectivity:
    nodes: int
    edges: int
    components: tuple[tuple[str, ...], ...]  # largest first
    density: float
    average_shortest_path: float  # on the largest component
    global_efficiency: float
    algebraic_connectivity: float
    node_connectivity: int
    edge_connectivity: int
    articulation_points: tuple[str, ...]
    bridges: tuple[tuple[str, str], ...]
    degree: dict[str, int]
    betweenness: dict[str, float]
    skipped: tuple[str, ...] = ()  # figures left out on a network this big (PATH_METRICS)

    @property
    def component_count(self) -> int:
        return len(self.components)


def connectivity(g: Graph, kappa_bounds: tuple[int, int] | None = None) -> Connectivity:
    """`kappa_bounds`: (lo, hi) known to hold for node connectivity, to shorten its search."""
    n, m = g.n, g.m
    comps = cuts.components(g)
    connected = len(comps) == 1
    cv = cuts.cut_vertices(g)
    ids = g.ids
    if n > PATH_METRICS_MAX_ACTORS:
        nan = float("nan")
        return Connectivity(
            nodes=n,
            edges=m,
            components=tuple(tuple(sorted(ids[i] for i in c)) for c in comps),
            density=(2.0 * m / (n * (n - 1))) if n > 1 else 0.0,
            average_shortest_path=nan,
            global_efficiency=nan,
            algebraic_connectivity=nan,
            node_connectivity=0 if not connected else 1 if cv.articulation_points else -1,
            edge_connectivity=0 if not connected else 1 if cv.bridges else -1,
            articulation_points=tuple(sorted(ids[i] for i in cv.articulation_points)),
            bridges=tuple(
                sorted((min(ids[u], ids[v]), max(ids[u], ids[v])) for u, v in cv.bridges)
            ),
            degree={ids[i]: len(g.adj[i]) for i in range(n)},
            betweenness={},
            skipped=PATH_METRICS,
        )
    kappa = cuts.node_connectivity(g, connected, cv, kappa_bounds)
    a = paths.adjacency(g)
    pc = paths.path_counts(a)
    bc = paths.betweenness(a, pc)
    return Connectivity(
        nodes=n,
        edges=m,
        components=tuple(tuple(sorted(ids[i] for i in c)) for c in comps),
        density=(2.0 * m / (n * (n - 1))) if n > 1 else 0.0,
        average_shortest_path=paths.average_shortest_path(pc, comps[0]) if comps else 0.0,
        global_efficiency=paths.global_efficiency(pc),
        algebraic_connectivity=paths.algebraic_connectivity(a, connected),
        node_connectivity=kappa,
        edge_connectivity=cuts.edge_connectivity(g, connected, cv, kappa),
        articulation_points=tuple(sorted(ids[i] for i in cv.articulation_points)),
        bridges=tuple(sorted((min(ids[u], ids[v]), max(ids[u], ids[v])) for u, v in cv.bridges)),
        degree={ids[i]: len(g.adj[i]) for i in range(n)},
        betweenness={ids[i]: float(bc[i]) for i in range(n)},
    )
