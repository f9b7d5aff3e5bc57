"""Storage: SQLAlchemy tables, Alembic migrations, and the Store that maps rows to app.domain.

Depends on app.domain only; seeding from the bundled files is done by app.storage.
"""

from __future__ import annotations

from db.engine import DEFAULT_BUSY_TIMEOUT, SCHEMA_HEAD, schema_revisions
from db.repository import ImportOutcome, MergeResult, NetworkInfo, ScenarioInfo, Store

__all__ = [
    "DEFAULT_BUSY_TIMEOUT",
    "SCHEMA_HEAD",
    "ImportOutcome",
    "MergeResult",
    "NetworkInfo",
    "ScenarioInfo",
    "Store",
    "schema_revisions",
]
