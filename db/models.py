"""SQLAlchemy tables of the store: networks with their actors, links and risks; scenarios.

A stored network is a value: its rows keep the order of the domain tuples (`seq`), so a
network read back compares equal to the one written. A scenario keeps only the links whose
state differs from its network's baseline, and sits in the trash while `deleted_at` is set.
The schema's version is Alembic's revision in `alembic_version`; db/migrations changes it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from app.domain.text import MAX_ID, MAX_NAME

# Stable constraint names, so migrations can refer to them on every backend.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID_LEN = MAX_ID  # actor, link and risk ids
NAME_LEN = MAX_NAME  # network and scenario names


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as naive UTC (SQLite keeps no time zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("times in the store must carry a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):  # a damaged row: said as such by the store
            raise ValueError(f"expected a time, found {type(value).__name__}")
        return value.replace(tzinfo=UTC)


class _RawBoolean(Boolean):
    """Boolean as written to the database, read back without conversion."""

    def result_processor(self, dialect: Dialect, coltype: object) -> None:
        return None


class StrictBoolean(TypeDecorator[bool]):
    """A boolean read as it was written: SQLite keeps it as 0 or 1, and SQLAlchemy's own
    Boolean would read any other stored value ('maybe', 7) as true. Here it is an error,
    which the store reports as damage. Other databases keep a real boolean."""

    impl = _RawBoolean
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> bool | None:
        if value is None or isinstance(value, bool):
            return value
        if type(value) is int and value in (0, 1):
            return bool(value)
        raise ValueError(f"expected on or off, found {type(value).__name__} {str(value)[:20]!r}")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class NetworkRow(Base):
    __tablename__ = "networks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LEN), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)  # one more at every edit
    saved_by: Mapped[str] = mapped_column(Text, default="")  # who made the last edit
    modified: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class RiskRow(Base):
    __tablename__ = "risk_categories"
    __table_args__ = (UniqueConstraint("network_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(ID_LEN))
    label: Mapped[str] = mapped_column(Text)
    label_ru: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    group: Mapped[str] = mapped_column(String(16))


class ActorRow(Base):
    __tablename__ = "actors"
    __table_args__ = (UniqueConstraint("network_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(ID_LEN))
    name: Mapped[str] = mapped_column(Text)
    name_ru: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16))
    seat: Mapped[str] = mapped_column(Text, default="")
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    membership: Mapped[str | None] = mapped_column(String(16), nullable=True)
    outside: Mapped[list[str]] = mapped_column(JSON, default=list)
    mandate: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # grades


class LinkRow(Base):
    __tablename__ = "links"
    __table_args__ = (UniqueConstraint("network_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(ID_LEN))
    source: Mapped[str] = mapped_column(String(ID_LEN))
    target: Mapped[str] = mapped_column(String(ID_LEN))
    status: Mapped[str] = mapped_column(String(16))
    since: Mapped[int | None] = mapped_column(Integer, nullable=True)
    until: Mapped[int | None] = mapped_column(Integer, nullable=True)
    grades: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    confidence: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")


class ScenarioRow(Base):
    __tablename__ = "scenarios"
    __table_args__ = (
        # Names are unique among live scenarios; the trash may hold old namesakes. Migration
        # 0002 also gives PostgreSQL the partial index; naming that dialect here would import
        # it (~90 ms) on every start.
        Index(
            "uq_scenarios_live_name",
            "name",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id"))
    name: Mapped[str] = mapped_column(String(NAME_LEN))
    description: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(UTCDateTime)
    modified: Mapped[datetime] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)  # one more at every save
    saved_by: Mapped[str] = mapped_column(Text, default="")  # who saved the last version


class LinkStateRow(Base):
    __tablename__ = "scenario_link_states"

    scenario_id: Mapped[int] = mapped_column(
        ForeignKey("scenarios.id", ondelete="CASCADE"), primary_key=True
    )
    link_key: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    enabled: Mapped[bool] = mapped_column(StrictBoolean)


class PositionRow(Base):
    __tablename__ = "scenario_positions"

    scenario_id: Mapped[int] = mapped_column(
        ForeignKey("scenarios.id", ondelete="CASCADE"), primary_key=True
    )
    actor_key: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)


class ScenarioVersionRow(Base):
    """One saved version of a scenario, kept whole: who saved it, when, what it did
    ("saved", "renamed", "restored version 2"...), and what the scenario then held."""

    __tablename__ = "scenario_versions"

    scenario_id: Mapped[int] = mapped_column(
        ForeignKey("scenarios.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    saved_by: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    action: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(String(NAME_LEN))
    description: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)
    states: Mapped[dict[str, bool]] = mapped_column(JSON)  # link id -> on, where it differs
    positions: Mapped[dict[str, list[float]]] = mapped_column(JSON)  # actor id -> [x, y]
