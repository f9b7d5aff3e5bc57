"""How tests/data/store-schema-0001.sqlite was made: a store at the first schema version.

Kept for the record; the fixture itself is frozen (regenerating it is never needed, and
must not be done with a schema other than 0001):
    .venv/bin/python tests/data/make_store_v1.py tests/data/store-schema-0001.sqlite
"""

from __future__ import annotations

import sys
from datetime import datetime

from alembic import command
from alembic.config import Config
from sqlalchemy import MetaData, create_engine, insert

from app.files.baseline import load_baseline
from db import mapping
from db.engine import MIGRATIONS


def main(path: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        t = MetaData()
        t.reflect(conn)
        net = load_baseline()
        when = datetime(2026, 3, 2, 10, 30)
        conn.execute(
            insert(t.tables["networks"]).values(
                id=1, name=net.name, description=net.description, created=when
            )
        )
        conn.execute(insert(t.tables["risk_categories"]), mapping.risk_rows(net, 1))
        conn.execute(insert(t.tables["actors"]), mapping.actor_rows(net.actors, 1))
        conn.execute(insert(t.tables["links"]), mapping.link_rows(net.links, 1))
        for sid, name, notes, states in (
            (1, "Uzbekistan returns to the CSTO", "Saved at schema 0001.", {"UZB:CSTO": True}),
            (2, "No CIS for Azerbaijan", "Two states switched.\nSecond line.", {"AZE:CIS": False}),
        ):
            conn.execute(
                insert(t.tables["scenarios"]).values(
                    id=sid,
                    network_id=1,
                    name=name,
                    description="",
                    notes=notes,
                    created=when,
                    modified=when,
                )
            )
            conn.execute(
                insert(t.tables["scenario_link_states"]),
                [{"scenario_id": sid, "link_key": k, "enabled": v} for k, v in states.items()],
            )
    engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
