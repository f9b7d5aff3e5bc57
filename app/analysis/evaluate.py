"""Evaluate a scenario: connectivity, state cohesion and risk coverage in one frozen value."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from app.analysis.cohesion import Cohesion, cohesion
from app.analysis.connectivity import Connectivity, connectivity
from app.analysis.coverage import DEFAULT_CRITERIA, Coverage, Criteria, coverage
from app.analysis.graph import scenario_graph
from app.domain import Network, Scenario


@dataclass(frozen=True)
class Evaluation:
    enabled: frozenset[str]
    connectivity: Connectivity
    cohesion: Cohesion
    coverage: Coverage

    @property
    def criteria(self) -> Criteria:
        return self.coverage.criteria


def evaluate(
    network: Network,
    scenario: Scenario | None = None,
    near: Evaluation | None = None,
    criteria: Criteria = DEFAULT_CRITERIA,
) -> Evaluation:
    """Evaluate `scenario` over `network` (the baseline when None). Criticality is separate.
    `near`: see `evaluate_enabled`."""
    return evaluate_enabled(network, network.enabled_links(scenario), near, criteria)


def evaluate_enabled(
    network: Network,
    enabled: Iterable[str],
    near: Evaluation | None = None,
    criteria: Criteria = DEFAULT_CRITERIA,
) -> Evaluation:
    """`near`: an evaluation of the same network a few switches away (the scenario before a
    click). Each link switched moves node connectivity by at most one, which bounds it;
    a body that becomes active or inactive changes the graph's nodes, so no bound then."""
    on = frozenset(enabled)
    graph = scenario_graph(network, on)
    bounds = None
    if near is not None and near.connectivity.degree.keys() == set(graph.ids):
        kappa = near.connectivity.node_connectivity
        bounds = (max(0, kappa - len(near.enabled - on)), kappa + len(on - near.enabled))
    return Evaluation(
        enabled=on,
        connectivity=connectivity(graph, bounds),
        cohesion=cohesion(network, on, criteria),
        coverage=coverage(network, on, criteria),
    )


def recount(network: Network, ev: Evaluation, criteria: Criteria) -> Evaluation:
    """The same evaluation counted by other criteria: coverage and cohesion depend on them,
    connectivity (the costly part) does not."""
    if criteria == ev.criteria:
        return ev
    return replace(
        ev,
        cohesion=cohesion(network, ev.enabled, criteria),
        coverage=coverage(network, ev.enabled, criteria),
    )


def evaluate_pair(
    network: Network,
    scenario: Scenario,
    baseline: Evaluation | None,
    criteria: Criteria = DEFAULT_CRITERIA,
) -> tuple[Evaluation, Evaluation]:
    """The baseline (unless given) and the scenario's evaluation: one picklable call, so a
    big network can be evaluated in another process while the window stays responsive."""
    return (
        baseline or evaluate(network, criteria=criteria),
        evaluate(network, scenario, criteria=criteria),
    )


def evaluate_two(
    network: Network, left: Scenario, right: Scenario, criteria: Criteria = DEFAULT_CRITERIA
) -> tuple[Evaluation, Evaluation]:
    """Two scenarios over one network: one picklable call for a worker process (compare)."""
    return evaluate(network, left, criteria=criteria), evaluate(network, right, criteria=criteria)
