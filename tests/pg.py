"""PostgreSQL databases for the tests: admin statements, fresh databases, and what a store
holds (to compare a store before and after a refused write, on either backend)."""

from __future__ import annotations

import hashlib
import itertools
import os
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import make_url

_numbers = itertools.count(1)


def libpq_url(url: str) -> str:
    """A SQLAlchemy URL as the libpq URI psycopg.connect takes."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def database_url(admin_url: str, dbname: str) -> str:
    return make_url(admin_url).set(database=dbname).render_as_string(hide_password=False)


def admin(admin_url: str, *statements: str) -> None:
    """Run statements outside a transaction (CREATE/DROP DATABASE need that)."""
    import psycopg

    with psycopg.connect(libpq_url(admin_url), autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]  # built from our own names


def new_database(admin_url: str, template: str | None = None) -> str:
    """A new database (a copy of `template`, or empty); returns its name."""
    name = f"c6_t{os.getpid()}_{next(_numbers)}"
    admin(admin_url, f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    return name


def drop_database(admin_url: str, name: str) -> None:
    admin(admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def contents(url: str) -> dict[str, Any]:
    """What a store holds: a SQLite file (with its WAL side files) by content hash, a
    server's database as every row of every table."""
    if "://" not in url:
        path = Path(url)
        return {
            p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(path.parent.iterdir())
            if p.name.startswith(path.name)
        }
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = sorted(inspect(conn).get_table_names())
            return {
                t: sorted(map(repr, conn.execute(select(text("*")).select_from(text(t)))))
                for t in tables
            }
    finally:
        engine.dispose()


def execute(url: str, statement: str) -> None:
    """One statement on a store, committed (to damage or age a store on purpose)."""
    if "://" not in url:
        url = f"sqlite:///{url}"
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()
