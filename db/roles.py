"""Server roles of a team store on PostgreSQL: what each login may do is the server's to
enforce, not only the window's to hide.

    c6_reader   read everything: open, analyse, export, present
    c6_analyst  also create, save, rename and delete scenarios (and their history)
    c6_curator  also edit the network (its actors, links and risks)

Each role holds the one before it. `init_roles` creates them (each once: running it again
changes nothing) and grants them on this database's tables; an administrator then grants one
role to each login (`GRANT c6_analyst TO alice`). The database's owner keeps every right.
"""

from __future__ import annotations

from sqlalchemy import Connection

READER, ANALYST, CURATOR = "c6_reader", "c6_analyst", "c6_curator"
ROLES = (READER, ANALYST, CURATOR)
SCENARIO_TABLES = ("scenarios", "scenario_link_states", "scenario_positions", "scenario_versions")
NETWORK_TABLES = ("networks", "risk_categories", "actors", "links")
WRITES = "INSERT, UPDATE, DELETE"

# A role made twice at once (two administrators) fails on the catalogue's unique index rather
# than as a duplicate; either way it exists, which is all that is asked.
_CREATE = """
DO $$ BEGIN
  CREATE ROLE {role} NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$"""


def init_roles(conn: Connection) -> None:
    """Create the three roles if missing and grant them on this database (as its owner)."""
    for role in ROLES:
        conn.exec_driver_sql(_CREATE.format(role=role))
    conn.exec_driver_sql(f"GRANT {READER} TO {ANALYST}")
    conn.exec_driver_sql(f"GRANT {ANALYST} TO {CURATOR}")
    conn.exec_driver_sql(
        f"DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %%I TO {READER}', "
        "current_database()); END $$"
    )
    conn.exec_driver_sql(
        f"DO $$ BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %%I TO {READER}', "
        "current_schema()); END $$"
    )
    every = ", ".join((*NETWORK_TABLES, *SCENARIO_TABLES, "alembic_version"))
    conn.exec_driver_sql(f"GRANT SELECT ON {every} TO {READER}")
    _grant_writes(conn, SCENARIO_TABLES, ANALYST)
    _grant_writes(conn, NETWORK_TABLES, CURATOR)


def _grant_writes(conn: Connection, tables: tuple[str, ...], role: str) -> None:
    conn.exec_driver_sql(f"GRANT {WRITES} ON {', '.join(tables)} TO {role}")
    for table in tables:  # the id counters of the tables that have them
        sequence = conn.exec_driver_sql(  # none for a table without an id column
            "SELECT pg_get_serial_sequence(table_name, column_name) "
            "FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = %(t)s AND column_name = 'id'",
            {"t": table},
        ).scalar()
        if sequence:
            conn.exec_driver_sql(f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {role}")
