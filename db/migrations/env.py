"""Alembic environment: runs on the connection db.engine hands over, or on a URL from the CLI.

From the command line (writing a new revision):
    alembic -c db/migrations/alembic.ini -x url=sqlite:///path/store.sqlite revision -m "..."
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from db.models import Base

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("pass the store with -x url=sqlite:///path/to/store.sqlite")
    with create_engine(url).begin() as conn:
        _run(conn)
