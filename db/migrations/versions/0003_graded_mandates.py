"""Graded mandates: bodies carry their mandate per risk as a depth, with a membership class;
links carry their own grades in place of a plain list of risks.

A stored link's old risk list becomes its own grades, each at the stated default depth
(2, coordination) and marked ungraded, so an upgraded store counts what it counted before.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UNGRADED_DEPTH = 2  # app.domain.UNGRADED_DEPTH when this revision was written
UNGRADED_REASON = "listed without a depth in an older file"


def upgrade() -> None:
    op.add_column("actors", sa.Column("membership", sa.String(16), nullable=True))
    op.add_column(
        "actors", sa.Column("outside", sa.JSON, nullable=False, server_default=sa.text("'[]'"))
    )
    op.add_column(
        "actors", sa.Column("mandate", sa.JSON, nullable=False, server_default=sa.text("'[]'"))
    )
    op.add_column(
        "links", sa.Column("grades", sa.JSON, nullable=False, server_default=sa.text("'[]'"))
    )
    conn = op.get_bind()
    links = sa.table("links", sa.column("id", sa.Integer), sa.column("risks", sa.JSON))
    graded = sa.table("links", sa.column("id", sa.Integer), sa.column("grades", sa.JSON))
    updates = [
        {"row": row.id, "grades": _ungraded(row.risks)}
        for row in conn.execute(sa.select(links.c.id, links.c.risks))
        if row.risks
    ]
    if updates:
        conn.execute(
            graded.update().where(graded.c.id == sa.bindparam("row")),
            updates,
        )
    with op.batch_alter_table("links") as batch:
        batch.drop_column("risks")


def downgrade() -> None:
    """Back to plain risk lists: a link lists the risks its own grades cover (depth 1 or
    more). Mandates and membership classes have no place in schema 0002 and are dropped, so
    cover a link took from its body's mandate is not kept."""
    op.add_column(
        "links", sa.Column("risks", sa.JSON, nullable=False, server_default=sa.text("'[]'"))
    )
    conn = op.get_bind()
    links = sa.table("links", sa.column("id", sa.Integer), sa.column("grades", sa.JSON))
    listed = sa.table("links", sa.column("id", sa.Integer), sa.column("risks", sa.JSON))
    updates = [
        {"row": row.id, "risks": sorted(g["risk"] for g in _decoded(row.grades) if g["depth"])}
        for row in conn.execute(sa.select(links.c.id, links.c.grades))
    ]
    if updates:
        conn.execute(listed.update().where(listed.c.id == sa.bindparam("row")), updates)
    with op.batch_alter_table("links") as batch:
        batch.drop_column("grades")
    with op.batch_alter_table("actors") as batch:
        batch.drop_column("mandate")
        batch.drop_column("outside")
        batch.drop_column("membership")


def _decoded(value: Any) -> list[dict[str, Any]]:
    """A JSON column's value: decoded already, or its text (some drivers leave it so)."""
    found: list[dict[str, Any]] = json.loads(value) if isinstance(value, str) else value or []
    return found


def _ungraded(risks: Any) -> list[dict[str, Any]]:
    keys: list[str] = json.loads(risks) if isinstance(risks, str) else risks or []
    return [
        {
            "risk": key,
            "depth": UNGRADED_DEPTH,
            "basis": "ungraded",
            "reason": UNGRADED_REASON,
            "sources": [],
        }
        for key in sorted(set(keys))
    ]
