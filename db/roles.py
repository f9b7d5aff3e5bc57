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

from app.words import tr

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
    database, schema = conn.exec_driver_sql("SELECT current_database(), current_schema()").one()
    quote = conn.dialect.identifier_preparer.quote  # names from the catalogue, quoted anyway
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {quote(database)} TO {READER}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {quote(schema)} TO {READER}")
    every = ", ".join((*NETWORK_TABLES, *SCENARIO_TABLES, "alembic_version"))
    conn.exec_driver_sql(f"GRANT SELECT ON {every} TO {READER}")
    _grant_writes(conn, SCENARIO_TABLES, ANALYST)
    _grant_writes(conn, NETWORK_TABLES, CURATOR)


def _grant_writes(conn: Connection, tables: tuple[str, ...], role: str) -> None:
    conn.exec_driver_sql(f"GRANT {WRITES} ON {', '.join(tables)} TO {role}")
    sequences = conn.exec_driver_sql(  # the id counters of the tables that have them
        "SELECT pg_get_serial_sequence(quote_ident(table_name), 'id') "
        "FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_name = 'id' AND table_name = ANY(%(tables)s)",
        {"tables": list(tables)},
    ).scalars()
    for sequence in filter(None, sequences):
        conn.exec_driver_sql(f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {role}")


def login(conn: Connection) -> str:
    """The login this connection writes as."""
    return str(conn.exec_driver_sql("SELECT current_user").scalar())


def rights(conn: Connection) -> tuple[bool, bool, str]:
    """What this login may write, from its grants: scenarios, the network, and its role
    (the highest c6 role it holds, "owner" for the tables' owner, else "no c6 role")."""
    scenarios, network, owner = conn.exec_driver_sql(
        "SELECT has_table_privilege('scenarios', 'UPDATE'), "
        "has_table_privilege('links', 'INSERT'), "
        "(SELECT pg_get_userbyid(relowner) = current_user FROM pg_class "
        " WHERE oid = 'scenarios'::regclass)"
    ).one()
    held = set(
        conn.exec_driver_sql(
            "SELECT rolname FROM pg_roles WHERE rolname = ANY(%(roles)s) "
            "AND pg_has_role(current_user, oid, 'MEMBER')",
            {"roles": list(ROLES)},
        ).scalars()
    )
    role = "owner" if owner else next((r for r in reversed(ROLES) if r in held), "no c6 role")
    return bool(scenarios), bool(network), role


def role_said(role: str) -> str:
    """A role as the user reads it: a c6 role by its name, the others in words."""
    words = {"owner": tr("owner"), "no c6 role": tr("no c6 role"), "local user": tr("local user")}
    return words.get(role, role)
