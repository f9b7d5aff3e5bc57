"""Storage: SQLAlchemy tables, Alembic migrations, and the Store that maps rows to app.domain.

Depends on app.domain only; seeding from the bundled files is done by app.storage.
"""

from __future__ import annotations

from db.engine import DEFAULT_BUSY_TIMEOUT, SCHEMA_HEAD, schema_revisions
from db.repository import (
    Head,
    ImportOutcome,
    MergeResult,
    NetworkInfo,
    NetworkWrite,
    Rights,
    ScenarioInfo,
    Store,
    Version,
    network_conflict,
)

__all__ = [
    "DEFAULT_BUSY_TIMEOUT",
    "SCHEMA_HEAD",
    "Head",
    "ImportOutcome",
    "MergeResult",
    "NetworkInfo",
    "NetworkWrite",
    "Rights",
    "ScenarioInfo",
    "Store",
    "Version",
    "network_conflict",
    "schema_revisions",
]
