"""Scenarios gain an author, node positions and a trash (deleted_at).

A deleted scenario keeps its name in the trash, so names are now unique among live
scenarios only: the plain unique index becomes a partial one.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: no table copy, so no foreign-key cascade can fire.
    op.add_column("scenarios", sa.Column("author", sa.Text, nullable=False, server_default=""))
    op.add_column("scenarios", sa.Column("deleted_at", sa.DateTime, nullable=True))
    op.drop_index("ix_scenarios_name", table_name="scenarios")
    op.create_index(
        "uq_scenarios_live_name",
        "scenarios",
        ["name"],
        unique=True,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
    op.create_table(
        "scenario_positions",
        sa.Column(
            "scenario_id",
            sa.Integer,
            sa.ForeignKey(
                "scenarios.id",
                name="fk_scenario_positions_scenario_id_scenarios",
                ondelete="CASCADE",
            ),
        ),
        sa.Column("actor_key", sa.String(64)),
        sa.Column("x", sa.Float, nullable=False),
        sa.Column("y", sa.Float, nullable=False),
        sa.PrimaryKeyConstraint("scenario_id", "actor_key", name="pk_scenario_positions"),
    )


def downgrade() -> None:
    op.drop_table("scenario_positions")
    op.drop_index("uq_scenarios_live_name", table_name="scenarios")
    with op.batch_alter_table("scenarios") as batch:
        batch.drop_column("deleted_at")
        batch.drop_column("author")
    op.create_index("ix_scenarios_name", "scenarios", ["name"], unique=True)
