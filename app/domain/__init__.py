"""Pure-Python domain model: no Qt, no SQLAlchemy."""

from __future__ import annotations

from app.domain.errors import (
    C6Error,
    DataFileError,
    StoreError,
    UnknownIdError,
    ValidationError,
)
from app.domain.model import (
    Actor,
    ActorKind,
    Confidence,
    Link,
    LinkStatus,
    Network,
    RiskCategory,
    RiskGroup,
    Scenario,
    plain,
)

__all__ = [
    "Actor",
    "ActorKind",
    "C6Error",
    "Confidence",
    "DataFileError",
    "Link",
    "LinkStatus",
    "Network",
    "RiskCategory",
    "RiskGroup",
    "Scenario",
    "StoreError",
    "UnknownIdError",
    "ValidationError",
    "plain",
]
