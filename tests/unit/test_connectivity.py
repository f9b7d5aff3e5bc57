"""Connectivity metrics on small hand-computed graphs, then against networkx as an oracle."""

from __future__ import annotations

import math
import random

import networkx as nx
import pytest

from app.analysis import evaluate
from app.analysis.connectivity import Connectivity
from app.analysis.evaluate import evaluate_enabled
from tests.factory import graph_network


def conn(n: int, edges: list[tuple[int, int]]) -> Connectivity:
    return evaluate(graph_network(n, edges)).connectivity


def test_path_of_four() -> None:
    c = conn(4, [(0, 1), (1, 2), (2, 3)])
    assert (c.nodes, c.edges, c.component_count) == (4, 3, 1)
    assert c.density == pytest.approx(0.5)
    assert c.average_shortest_path == pytest.approx(10 / 6)
    assert c.global_efficiency == pytest.approx((1 + 1 / 2 + 1 / 3 + 1 + 1 / 2 + 1) / 6)
    assert c.algebraic_connectivity == pytest.approx(2 - math.sqrt(2))
    assert (c.node_connectivity, c.edge_connectivity) == (1, 1)
    assert c.articulation_points == ("1", "2")
    assert c.bridges == (("0", "1"), ("1", "2"), ("2", "3"))
    assert c.betweenness["1"] == pytest.approx(2 / 3)
    assert c.betweenness["0"] == 0.0
    assert c.degree == {"0": 1, "1": 2, "2": 2, "3": 1}


def test_cycle_of_four() -> None:
    c = conn(4, [(0, 1), (1, 2), (2, 3), (3, 0)])
    assert (c.node_connectivity, c.edge_connectivity) == (2, 2)
    assert c.articulation_points == () and c.bridges == ()
    assert c.algebraic_connectivity == pytest.approx(2.0)
    assert c.average_shortest_path == pytest.approx(8 / 6)
    assert all(b == pytest.approx(1 / 6) for b in c.betweenness.values())


def test_complete_graph() -> None:
    c = conn(4, [(a, b) for a in range(4) for b in range(a + 1, 4)])
    assert c.density == 1.0 and c.global_efficiency == pytest.approx(1.0)
    assert (c.node_connectivity, c.edge_connectivity) == (3, 3)
    assert c.algebraic_connectivity == pytest.approx(4.0)


def test_two_components() -> None:
    c = conn(5, [(0, 1), (1, 2), (3, 4)])
    assert c.components == (("0", "1", "2"), ("3", "4"))
    assert c.algebraic_connectivity == 0.0
    assert (c.node_connectivity, c.edge_connectivity) == (0, 0)
    assert c.average_shortest_path == pytest.approx(4 / 3)  # on the 3-node path only
    assert c.global_efficiency == pytest.approx((2 * (1 + 1 + 0.5) + 2 * 1) / 20)


def test_bowtie_has_a_cut_vertex_but_no_bridge() -> None:
    c = conn(5, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 2)])
    assert c.articulation_points == ("2",) and c.bridges == ()
    assert (c.node_connectivity, c.edge_connectivity) == (1, 2)


def test_two_cliques_sharing_two_nodes() -> None:
    k4 = [(a, b) for a in range(4) for b in range(a + 1, 4)]
    other = [(a + 2, b + 2) for a, b in k4 if (a + 2, b + 2) not in k4]
    c = conn(6, k4 + other)
    assert (c.node_connectivity, c.edge_connectivity) == (2, 3)


def test_single_node_and_empty_graph() -> None:
    c = conn(1, [])
    assert (c.nodes, c.edges, c.component_count, c.density) == (1, 0, 1, 0.0)
    assert (c.average_shortest_path, c.global_efficiency, c.algebraic_connectivity) == (0, 0, 0)


@pytest.mark.parametrize("seed", range(120))
def test_agrees_with_networkx(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(2, 16)
    g = nx.gnp_random_graph(n, rng.uniform(0.1, 0.8), seed=seed)
    c = conn(n, list(g.edges()))
    assert c.component_count == nx.number_connected_components(g)
    assert c.density == pytest.approx(nx.density(g))
    assert c.global_efficiency == pytest.approx(nx.global_efficiency(g))
    assert c.node_connectivity == nx.node_connectivity(g)
    assert c.edge_connectivity == nx.edge_connectivity(g)
    assert set(c.articulation_points) == {str(v) for v in nx.articulation_points(g)}
    assert {frozenset(b) for b in c.bridges} == {frozenset(map(str, e)) for e in nx.bridges(g)}
    bc = nx.betweenness_centrality(g)
    assert all(c.betweenness[str(v)] == pytest.approx(bc[v], abs=1e-12) for v in g)
    largest = g.subgraph(max(nx.connected_components(g), key=lambda s: (len(s), -min(s))))
    assert c.average_shortest_path == pytest.approx(
        nx.average_shortest_path_length(largest) if len(largest) > 1 else 0.0
    )
    if nx.is_connected(g):
        expected = sorted(nx.laplacian_spectrum(g))[1]
        assert c.algebraic_connectivity == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("seed", range(80))
def test_node_connectivity_of_state_body_graphs_agrees_with_networkx(seed: int) -> None:
    """Graphs shaped like the network (states join bodies, never each other), where the
    shortest disjoint paths between two bodies or two states run through three hops."""
    rng = random.Random(seed)
    states, bodies = rng.randint(3, 8), rng.randint(3, 14)
    g = nx.Graph()
    g.add_nodes_from(range(states + bodies))
    for b in range(states, states + bodies):
        for s in rng.sample(range(states), rng.randint(1, states)):
            g.add_edge(s, b)
    c = conn(states + bodies, list(g.edges()))
    assert c.node_connectivity == nx.node_connectivity(g)
    assert c.edge_connectivity == nx.edge_connectivity(g)


@pytest.mark.parametrize("seed", range(60))
def test_evaluation_near_a_neighbour_matches_evaluation_from_scratch(seed: int) -> None:
    """Switching links one to three at a time, each evaluation seeded with the previous one's
    node connectivity (the window's click path) gives exactly what a fresh evaluation and
    networkx give."""
    rng = random.Random(seed)
    n = rng.randint(4, 14)
    g = nx.gnp_random_graph(n, rng.uniform(0.3, 0.9), seed=seed)
    net = graph_network(n, list(g.edges()))
    ids = sorted(link.id for link in net.links)
    if not ids:
        pytest.skip("no edges drawn")
    on = set(ids)
    previous = evaluate_enabled(net, on)
    for _ in range(25):
        on ^= set(rng.sample(ids, rng.randint(1, min(3, len(ids)))))
        near = evaluate_enabled(net, on, previous)
        fresh = evaluate_enabled(net, on)
        assert near == fresh
        h = nx.Graph()
        h.add_nodes_from(range(n))
        h.add_edges_from(tuple(map(int, lid.split(":"))) for lid in on)
        assert near.connectivity.node_connectivity == nx.node_connectivity(h)
        previous = near
