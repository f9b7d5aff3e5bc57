"""The scenario graph: active actors as nodes, enabled links as edges, in an index-based form.

The states are always nodes; a body or mechanism is a node only while it has an enabled
link (one with none is inactive, not a component of its own). Parallel links between the
same two actors (a partner link and a candidate membership, say) are one edge of the graph;
coverage counts them separately.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.domain import Network


@dataclass(frozen=True, slots=True)
class Graph:
    """An undirected simple graph over node indices 0..n-1, with the ids they stand for."""

    ids: tuple[str, ...]
    adj: tuple[frozenset[int], ...]

    @property
    def n(self) -> int:
        return len(self.ids)

    @property
    def m(self) -> int:
        return sum(len(a) for a in self.adj) // 2

    def edges(self) -> list[tuple[int, int]]:
        return [(u, v) for u, nbrs in enumerate(self.adj) for v in nbrs if u < v]

    @classmethod
    def from_edges(cls, ids: Iterable[str], edges: Iterable[tuple[str, str]]) -> Graph:
        id_tuple = tuple(ids)
        index = {a: i for i, a in enumerate(id_tuple)}
        adj: list[set[int]] = [set() for _ in id_tuple]
        for a, b in edges:
            u, v = index[a], index[b]
            if u != v:
                adj[u].add(v)
                adj[v].add(u)
        return cls(id_tuple, tuple(frozenset(s) for s in adj))


def scenario_graph(network: Network, enabled: Iterable[str]) -> Graph:
    """The graph of a scenario: the states and every actor with an enabled link as nodes,
    every enabled link an edge."""
    edges = [(lk.source, lk.target) for lk in map(network.link, enabled)]
    active = {end for edge in edges for end in edge}
    return Graph.from_edges((a.id for a in network.actors if a.is_state or a.id in active), edges)
