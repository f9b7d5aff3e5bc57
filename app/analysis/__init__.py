"""Pure analysis over the domain: connectivity, cohesion, coverage, diff, criticality."""

from __future__ import annotations

from app.analysis.cohesion import Cohesion, PairCohesion
from app.analysis.connectivity import PATH_METRICS_MAX_ACTORS, RANK_MAX_ACTORS, Connectivity
from app.analysis.coverage import DEFAULT_CRITERIA, Coverage, Criteria, Lens
from app.analysis.criticality import Cancelled, LinkImpact, criticality
from app.analysis.diff import CellChange, Diff, MetricDelta, compare_two, diff
from app.analysis.evaluate import (
    Evaluation,
    evaluate,
    evaluate_enabled,
    evaluate_pair,
    evaluate_two,
)
from app.analysis.summary import summarize

__all__ = [
    "DEFAULT_CRITERIA",
    "PATH_METRICS_MAX_ACTORS",
    "RANK_MAX_ACTORS",
    "Cancelled",
    "CellChange",
    "Cohesion",
    "Connectivity",
    "Coverage",
    "Criteria",
    "Diff",
    "Evaluation",
    "Lens",
    "LinkImpact",
    "MetricDelta",
    "PairCohesion",
    "compare_two",
    "criticality",
    "diff",
    "evaluate",
    "evaluate_enabled",
    "evaluate_pair",
    "evaluate_two",
    "summarize",
]
