"""Connectivity of the scenario graph, as one frozen result."""

from __future__ import annotations

from dataclasses import dataclass

from app.analysis import cuts, paths
from app.analysis.graph import Graph


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

    @property
    def component_count(self) -> int:
        return len(self.components)


def connectivity(g: Graph, kappa_bounds: tuple[int, int] | None = None) -> Connectivity:
    """`kappa_bounds`: (lo, hi) known to hold for node connectivity, to shorten its search."""
    n, m = g.n, g.m
    comps = cuts.components(g)
    connected = len(comps) == 1
    cv = cuts.cut_vertices(g)
    kappa = cuts.node_connectivity(g, connected, cv, kappa_bounds)
    a = paths.adjacency(g)
    pc = paths.path_counts(a)
    bc = paths.betweenness(a, pc)
    ids = g.ids
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
