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


def evaluate(network: Network, scenario: Scenario | None = None) -> Evaluation:
    """Evaluate `scenario` over `network` (the baseline when None). Criticality is separate."""
    return evaluate_enabled(network, network.enabled_links(scenario))


def evaluate_enabled(network: Network, enabled: Iterable[str]) -> Evaluation:
    on = frozenset(enabled)
    return Evaluation(
        enabled=on,
        connectivity=connectivity(scenario_graph(network, on)),
        cohesion=cohesion(network, on),
        coverage=coverage(network, on),
    )


def evaluate_pair(
    network: Network, scenario: Scenario, baseline: Evaluation | None
) -> tuple[Evaluation, Evaluation]:
    """The baseline (unless given) and the scenario's evaluation: one picklable call, so a
    big network can be evaluated in another process while the window stays responsive."""
    return baseline or evaluate(network), evaluate(network, scenario)
