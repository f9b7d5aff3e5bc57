"""Names in Russian: actors gain `name_ru` and risk categories `label_ru`.

An upgraded store holds '' in both, which the app reads as "no Russian name yet" and shows
the English one, until someone edits them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: no table copy, so no foreign-key cascade can fire.
    op.add_column("actors", sa.Column("name_ru", sa.Text, nullable=False, server_default=""))
    op.add_column(
        "risk_categories", sa.Column("label_ru", sa.Text, nullable=False, server_default="")
    )


def downgrade() -> None:
    with op.batch_alter_table("risk_categories") as batch:
        batch.drop_column("label_ru")
    with op.batch_alter_table("actors") as batch:
        batch.drop_column("name_ru")
