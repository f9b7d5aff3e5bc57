"""Pure analysis over the domain: connectivity, cohesion, coverage, diff, criticality."""

from __future__ import annotations

from app.analysis.cohesion import Cohesion, PairCohesion
from app.analysis.connectivity import Connectivity
from app.analysis.coverage import Coverage
from app.analysis.criticality import Cancelled, LinkImpact, criticality
from app.analysis.diff import CellChange, Diff, MetricDelta, diff, summarize
from app.analysis.evaluate import (
    Evaluation,
    evaluate,
    evaluate_enabled,
    evaluate_pair,
    evaluate_two,
)

__all__ = [
    "Cancelled",
    "CellChange",
    "Cohesion",
    "Connectivity",
    "Coverage",
    "Diff",
    "Evaluation",
    "LinkImpact",
    "MetricDelta",
    "PairCohesion",
    "criticality",
    "diff",
    "evaluate",
    "evaluate_enabled",
    "evaluate_pair",
    "evaluate_two",
    "summarize",
]
