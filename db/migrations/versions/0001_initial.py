"""The first schema: networks (risks, actors, links) and scenarios with their link states.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "networks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_networks"),
        sa.UniqueConstraint("name", name="uq_networks_name"),
    )
    op.create_table(
        "risk_categories",
        sa.Column("id", sa.Integer),
        sa.Column(
            "network_id",
            sa.Integer,
            sa.ForeignKey(
                "networks.id", name="fk_risk_categories_network_id_networks", ondelete="CASCADE"
            ),
            nullable=False,
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("group", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_risk_categories"),
        sa.UniqueConstraint("network_id", "key", name="uq_risk_categories_network_id_key"),
    )
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer),
        sa.Column(
            "network_id",
            sa.Integer,
            sa.ForeignKey("networks.id", name="fk_actors_network_id_networks", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("seat", sa.Text, nullable=False),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_actors"),
        sa.UniqueConstraint("network_id", "key", name="uq_actors_network_id_key"),
    )
    op.create_table(
        "links",
        sa.Column("id", sa.Integer),
        sa.Column(
            "network_id",
            sa.Integer,
            sa.ForeignKey("networks.id", name="fk_links_network_id_networks", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("source", sa.String(64), nullable=False),
        sa.Column("target", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("since", sa.Integer),
        sa.Column("until", sa.Integer),
        sa.Column("risks", sa.JSON, nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("confidence", sa.String(16), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_links"),
        sa.UniqueConstraint("network_id", "key", name="uq_links_network_id_key"),
    )
    op.create_table(
        "scenarios",
        sa.Column("id", sa.Integer),
        sa.Column(
            "network_id",
            sa.Integer,
            sa.ForeignKey("networks.id", name="fk_scenarios_network_id_networks"),
            nullable=False,
        ),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.Column("modified", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_scenarios"),
    )
    op.create_index("ix_scenarios_name", "scenarios", ["name"], unique=True)
    op.create_table(
        "scenario_link_states",
        sa.Column(
            "scenario_id",
            sa.Integer,
            sa.ForeignKey(
                "scenarios.id",
                name="fk_scenario_link_states_scenario_id_scenarios",
                ondelete="CASCADE",
            ),
        ),
        sa.Column("link_key", sa.String(64)),
        sa.Column("enabled", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("scenario_id", "link_key", name="pk_scenario_link_states"),
    )


def downgrade() -> None:
    for table in (
        "scenario_link_states",
        "scenarios",
        "links",
        "actors",
        "risk_categories",
        "networks",
    ):
        op.drop_table(table)
