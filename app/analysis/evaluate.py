"""Evaluate a scenario: connectivity, state cohesion and risk coverage in one frozen value."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.analysis.cohesion import Cohesion, cohesion
from app.analysis.connectivity import Connectivity, connectivity
from app.analysis.coverage import Coverage, coverage
from app.analysis.graph import scenario_graph
from app.domain import Network, Scenario


@dataclass(frozen=True)
class Evaluation:
    enabled: frozenset[str]
    connectivity: Connectivity
    cohesion: Cohesion
    coverage: Coverage


def evaluate(
    network: Network, scenario: Scenario | None = None, near: Evaluation | None = None
) -> Evaluation:
    """Evaluate `scenario` over `network` (the baseline when None). Criticality is separate.
    `near`: see `evaluate_enabled`."""
    return evaluate_enabled(network, network.enabled_links(scenario), near)


def evaluate_enabled(
    network: Network, enabled: Iterable[str], near: Evaluation | None = None
) -> Evaluation:
    """`near`: an evaluation of the same network a few switches away (the scenario before a
    click). Each link switched moves node connectivity by at most one, which bounds it."""
    on = frozenset(enabled)
    bounds = None
    if near is not None:
        kappa = near.connectivity.node_connectivity
        bounds = (max(0, kappa - len(near.enabled - on)), kappa + len(on - near.enabled))
    return Evaluation(
        enabled=on,
        connectivity=connectivity(scenario_graph(network, on), bounds),
        cohesion=cohesion(network, on),
        coverage=coverage(network, on),
    )


def evaluate_pair(
    network: Network, scenario: Scenario, baseline: Evaluation | None
) -> tuple[Evaluation, Evaluation]:
    """The baseline (unless given) and the scenario's evaluation: one picklable call, so a
    big network can be evaluated in another process while the window stays responsive."""
    return baseline or evaluate(network), evaluate(network, scenario)


def evaluate_two(
    network: Network, left: Scenario, right: Scenario
) -> tuple[Evaluation, Evaluation]:
    """Two scenarios over one network: one picklable call for a worker process (compare)."""
    return evaluate(network, left), evaluate(network, right)
