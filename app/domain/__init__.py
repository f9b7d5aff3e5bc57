"""Pure-Python domain model: no Qt, no SQLAlchemy."""

from __future__ import annotations

from app.domain.errors import (
    C6Error,
    ConflictError,
    DataFileError,
    StoreError,
    UnknownIdError,
    ValidationError,
)
from app.domain.model import (
    UNGRADED_DEPTH,
    Actor,
    ActorKind,
    Basis,
    Confidence,
    Depth,
    Grade,
    Link,
    LinkStatus,
    Membership,
    Network,
    RiskCategory,
    RiskGroup,
    Scenario,
    plain,
    ungraded,
)

__all__ = [
    "UNGRADED_DEPTH",
    "Actor",
    "ActorKind",
    "Basis",
    "C6Error",
    "Confidence",
    "ConflictError",
    "DataFileError",
    "Depth",
    "Grade",
    "Link",
    "LinkStatus",
    "Membership",
    "Network",
    "RiskCategory",
    "RiskGroup",
    "Scenario",
    "StoreError",
    "UnknownIdError",
    "ValidationError",
    "plain",
    "ungraded",
]
