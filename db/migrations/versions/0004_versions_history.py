"""Versions and history: every scenario and network carries a version and who saved it, and
every saved version of a scenario is kept (who, when, what it held), so a save over a version
someone else saved meanwhile is refused, and any version can be listed and restored.

An existing scenario becomes version 1 of its history, saved by its author (or nobody named).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("scenarios", "networks"):
        op.add_column(
            table, sa.Column("version", sa.Integer, nullable=False, server_default=sa.text("1"))
        )
        op.add_column(table, sa.Column("saved_by", sa.Text, nullable=False, server_default=""))
    op.add_column("networks", sa.Column("modified", sa.DateTime, nullable=True))
    op.create_table(
        "scenario_versions",
        sa.Column(
            "scenario_id",
            sa.Integer,
            sa.ForeignKey(
                "scenarios.id",
                name="fk_scenario_versions_scenario_id_scenarios",
                ondelete="CASCADE",
            ),
        ),
        sa.Column("version", sa.Integer),
        sa.Column("saved_by", sa.Text, nullable=False),
        sa.Column("saved_at", sa.DateTime, nullable=False),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("states", sa.JSON, nullable=False),
        sa.Column("positions", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("scenario_id", "version", name="pk_scenario_versions"),
    )
    _first_versions(op.get_bind())


def _first_versions(conn: sa.Connection) -> None:
    scenarios = sa.table(
        "scenarios",
        *(sa.column(c) for c in ("id", "name", "description", "notes", "author")),
        sa.column("modified", sa.DateTime),
    )
    states = sa.table(
        "scenario_link_states",
        sa.column("scenario_id"),
        sa.column("link_key"),
        sa.column("enabled", sa.Boolean),
    )
    positions = sa.table(
        "scenario_positions",
        sa.column("scenario_id"),
        sa.column("actor_key"),
        sa.column("x", sa.Float),
        sa.column("y", sa.Float),
    )
    switched: dict[int, dict[str, bool]] = {}
    for sid, key, on in conn.execute(sa.select(states)):
        switched.setdefault(sid, {})[key] = bool(on)
    placed: dict[int, dict[str, list[float]]] = {}
    for sid, key, x, y in conn.execute(sa.select(positions)):
        placed.setdefault(sid, {})[key] = [x, y]
    versions = sa.table(
        "scenario_versions",
        *(sa.column(c) for c in ("scenario_id", "version", "saved_by", "action")),
        *(sa.column(c) for c in ("name", "description", "notes")),
        sa.column("saved_at", sa.DateTime),
        sa.column("states", sa.JSON),
        sa.column("positions", sa.JSON),
    )
    rows: list[dict[str, Any]] = [
        {
            "scenario_id": row.id,
            "version": 1,
            "saved_by": row.author or "",
            "saved_at": row.modified,
            "action": "stored before versions were kept",
            "name": row.name,
            "description": row.description,
            "notes": row.notes,
            "states": dict(sorted(switched.get(row.id, {}).items())),
            "positions": dict(sorted(placed.get(row.id, {}).items())),
        }
        for row in conn.execute(sa.select(scenarios))
    ]
    if rows:
        conn.execute(versions.insert(), rows)


def downgrade() -> None:
    op.drop_table("scenario_versions")
    with op.batch_alter_table("networks") as batch:
        batch.drop_column("modified")
        batch.drop_column("saved_by")
        batch.drop_column("version")
    with op.batch_alter_table("scenarios") as batch:
        batch.drop_column("saved_by")
        batch.drop_column("version")
