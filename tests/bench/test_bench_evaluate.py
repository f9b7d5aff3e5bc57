"""Benchmarks of the analysis engine. `make bench` runs them; `make test` runs each once.

Figures are written down in docs/benchmarks.md; no timing is asserted here.
"""

from __future__ import annotations

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from app.analysis import criticality, evaluate
from app.domain import Network, Scenario
from app.files.baseline import load_baseline
from tests.bench.synthetic import synthetic_network


def test_evaluate_baseline(benchmark: BenchmarkFixture) -> None:
    net = load_baseline()
    ev = benchmark(evaluate, net)
    assert ev.connectivity.nodes == len(net.actors) - 1  # the what-if C6-CIRT is inactive


def test_evaluate_after_toggle_baseline(benchmark: BenchmarkFixture) -> None:
    """The toggle path's analysis half: a scenario with one more link switched, evaluated."""
    net = load_baseline()
    scenarios = [
        Scenario("t").with_links(net, {lid: False}) for lid in sorted(net.baseline_enabled())
    ]
    it = iter(scenarios * 1000)
    ev = benchmark(lambda: evaluate(net, next(it)))
    assert ev.connectivity.edges <= len(net.baseline_enabled())


def test_evaluate_after_toggle_near_baseline(benchmark: BenchmarkFixture) -> None:
    """The same, as the window does it: seeded with the evaluation before the switch, which
    bounds node connectivity to within one of it."""
    net = load_baseline()
    base = evaluate(net)
    scenarios = [
        Scenario("t").with_links(net, {lid: False}) for lid in sorted(net.baseline_enabled())
    ]
    it = iter(scenarios * 1000)
    last: list[Scenario] = []

    def step() -> object:
        last[:] = [next(it)]
        return evaluate(net, last[0], base)

    assert benchmark(step) == evaluate(net, last[0])  # the bounds change nothing


def test_criticality_baseline(benchmark: BenchmarkFixture) -> None:
    net = load_baseline()
    ev = evaluate(net)
    ranked = benchmark(criticality, net, ev)
    assert len(ranked) == len(ev.enabled)


def test_naive_networkx_rebuild_baseline(benchmark: BenchmarkFixture) -> None:
    """Reference: rebuilding a networkx graph and running its own functions for the same figures."""
    nx = pytest.importorskip("networkx")
    net = load_baseline()

    def naive() -> float:
        g = nx.Graph()
        g.add_nodes_from(a.id for a in net.actors)
        g.add_edges_from((lk.source, lk.target) for lk in map(net.link, net.baseline_enabled()))
        nx.betweenness_centrality(g)
        list(nx.articulation_points(g))
        list(nx.bridges(g))
        nx.node_connectivity(g)
        nx.edge_connectivity(g)
        value: float = nx.global_efficiency(g)
        return value

    assert benchmark(naive) > 0


@pytest.mark.parametrize("size", [500, 2000])
def test_evaluate_synthetic(benchmark: BenchmarkFixture, size: int) -> None:
    net: Network = synthetic_network(size)
    ev = benchmark.pedantic(evaluate, args=(net,), rounds=3 if size > 500 else 5, iterations=1)
    assert ev.connectivity.nodes <= size
