"""All-pairs shortest-path counts and the metrics built on them, vectorised with numpy.

One breadth-first sweep from every source at once: level k of the sweep is a matrix
product, so a 40-node graph costs microseconds and a 2,000-node one a few dense products.
From distances D and shortest-path counts sigma we get average path length, global
efficiency and (Brandes' dependency accumulation, also by levels) betweenness.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from app.analysis.graph import Graph

FloatArray = npt.NDArray[np.float64]


def adjacency(graph: Graph) -> FloatArray:
    a = np.zeros((graph.n, graph.n))
    for u, nbrs in enumerate(graph.adj):
        if nbrs:
            a[u, list(nbrs)] = 1.0
    return a


@dataclass(frozen=True)
class PathCounts:
    """dist[s, t]: hops from s to t (inf if unreachable); sigma[s, t]: count of shortest paths."""

    dist: FloatArray
    sigma: FloatArray
    levels: int


def path_counts(a: FloatArray) -> PathCounts:
    n = a.shape[0]
    dist = np.full((n, n), np.inf)
    np.fill_diagonal(dist, 0.0)
    sigma = np.eye(n)
    frontier = np.eye(n)  # sigma restricted to the nodes found at the current level
    level = 0
    while True:
        reach = frontier @ a
        new = (reach > 0) & np.isinf(dist)
        if not new.any():
            break
        level += 1
        dist[new] = level
        sigma[new] = reach[new]
        frontier = np.where(new, reach, 0.0)
    return PathCounts(dist, sigma, level)


def betweenness(a: FloatArray, pc: PathCounts) -> FloatArray:
    """Normalised betweenness centrality, as networkx defines it for undirected graphs."""
    n = a.shape[0]
    if n <= 2:
        return np.zeros(n)
    delta = np.zeros((n, n))
    safe_sigma = np.where(pc.sigma > 0, pc.sigma, 1.0)
    for k in range(pc.levels, 0, -1):
        # w at level k from s passes (1 + delta[s, w]) / sigma[s, w] to each predecessor v.
        at_k = pc.dist == k
        x = np.where(at_k, (1.0 + delta) / safe_sigma, 0.0)
        pred = pc.dist == k - 1
        delta += np.where(pred, pc.sigma * (x @ a), 0.0)
    np.fill_diagonal(delta, 0.0)
    # Each unordered pair is counted from both ends; networkx normalises by (n-1)(n-2)/2.
    bc: FloatArray = delta.sum(axis=0) / ((n - 1) * (n - 2))
    return bc


def global_efficiency(pc: PathCounts) -> float:
    n = pc.dist.shape[0]
    if n < 2:
        return 0.0
    with np.errstate(divide="ignore"):
        inv = 1.0 / pc.dist
    np.fill_diagonal(inv, 0.0)
    return float(inv.sum() / (n * (n - 1)))


def average_shortest_path(pc: PathCounts, nodes: list[int]) -> float:
    """Mean hops between distinct nodes of one connected component (0 for a single node)."""
    k = len(nodes)
    if k < 2:
        return 0.0
    sub = pc.dist[np.ix_(nodes, nodes)]
    return float(sub.sum() / (k * (k - 1)))


def algebraic_connectivity(a: FloatArray, connected: bool) -> float:
    """Second-smallest Laplacian eigenvalue; 0 for a disconnected graph (dense solve)."""
    n = a.shape[0]
    if n < 2 or not connected:
        return 0.0
    lap = np.diag(a.sum(axis=1)) - a
    values = np.linalg.eigvalsh(lap)
    return max(float(values[1]), 0.0)
