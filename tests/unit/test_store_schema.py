"""Opening stores: migration of an old store, refusal of newer or damaged ones, locks,
and two processes writing at once; on SQLite and, where it is not about a SQLite file, on
PostgreSQL (an old schema there is built by Alembic, then filled with the old file's rows)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.analysis import evaluate
from app.domain import (
    UNGRADED_DEPTH,
    Basis,
    Depth,
    Grade,
    Membership,
    Scenario,
    StoreError,
)
from app.files.scenario_file import read_scenario_file
from app.storage import example_files
from db import SCHEMA_HEAD, Store, schema_revisions
from tests import pg
from tests.conftest import BACKENDS
from tests.pg import contents, execute

DATA = Path(__file__).resolve().parents[1] / "data"
V1_STORE = DATA / "store-schema-0001.sqlite"
V2_STORE = DATA / "store-schema-0002.sqlite"
# the network those stores were made with, as a version-2 file of that time reads today
V2_NETWORK = read_scenario_file(DATA / "scenario-v2-uzbekistan-csto.c6s").network


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_revision_files_agree_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from db.engine import MIGRATIONS

    script = ScriptDirectory(str(MIGRATIONS))
    assert script.get_current_head() == SCHEMA_HEAD
    chain = [rev.revision for rev in script.walk_revisions()]
    assert tuple(reversed(chain)) == schema_revisions()
    assert schema_revisions()[0] == "0001"


def _migrate(url: str, revision: str) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from db.engine import MIGRATIONS

    engine = create_engine(url)
    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


def _copy_rows(source: Path, url: str) -> None:
    """Every row of a SQLite store into a database of the same schema, as typed there."""
    from sqlalchemy import JSON, Boolean, DateTime, MetaData, create_engine

    engine = create_engine(url)
    meta = MetaData()
    meta.reflect(engine)
    old = sqlite3.connect(source)
    old.row_factory = sqlite3.Row
    try:
        with engine.begin() as conn:
            for table in meta.sorted_tables:
                rows = [dict(r) for r in old.execute(f'SELECT * FROM "{table.name}"')]
                for row in rows:
                    for col in table.columns:
                        value = row.get(col.name)
                        if value is None:
                            continue
                        if isinstance(col.type, JSON):
                            row[col.name] = json.loads(value)
                        elif isinstance(col.type, Boolean):
                            row[col.name] = bool(value)
                        elif isinstance(col.type, DateTime):
                            row[col.name] = datetime.fromisoformat(value)
                if rows:
                    conn.execute(table.delete())
                    conn.execute(table.insert(), rows)
            for table in meta.sorted_tables:  # ids go on after the copied ones
                if "id" in table.columns and table.name != "alembic_version":
                    conn.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                    )
    finally:
        old.close()
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def old_store(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[Path], str]:
    """A store as an older app left it (`source`: its SQLite file), on each backend."""

    def make(source: Path) -> str:
        if request.param == "sqlite":
            path = tmp_path / "old.sqlite"
            shutil.copyfile(source, path)
            return str(path)
        url: str = request.getfixturevalue("pg_database")(False)
        with sqlite3.connect(source) as conn:
            [(revision,)] = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        conn.close()
        _migrate(url, revision)
        _copy_rows(source, url)
        return url

    return make


def test_a_store_of_the_first_schema_is_migrated(
    old_store: Callable[[Path], str], tmp_path: Path
) -> None:
    url = old_store(V1_STORE)
    with Store.open(url) as store:
        assert store.schema_version() == SCHEMA_HEAD
        names = [s.name for s in store.scenarios()]
        assert names == ["No CIS for Azerbaijan", "Uzbekistan returns to the CSTO"]
        sc, network = store.load(store.scenario_id("No CIS for Azerbaijan"))
        assert network == V2_NETWORK  # its plain risk lists read at the stated default depth
        assert {a.name_ru for a in network.actors} == {r.label_ru for r in network.risks} == {""}
        assert sc.link_states == {"AZE:CIS": False}  # survived the table changes
        assert sc.notes == "Two states switched.\nSecond line."
        assert sc.author == "" and sc.positions == {}
        # what schema 0002 added works on the migrated store
        sid = store.scenario_id("Uzbekistan returns to the CSTO")
        store.delete_scenario(sid)
        store.create_scenario(
            store.default_network_id(), Scenario("Uzbekistan returns to the CSTO")
        )
        assert store.restore_scenario(sid).endswith("(2)")
    if "://" in url:
        return  # a server's store keeps no copy beside it: its administrator backs it up
    backup = sqlite3.connect(tmp_path / "old.sqlite.schema-0001.bak")
    original = sqlite3.connect(V1_STORE)
    try:  # the copy kept before the upgrade holds the old store, row for row
        assert list(backup.iterdump()) == list(original.iterdump())
    finally:
        backup.close()
        original.close()


def test_a_store_of_schema_0002_keeps_what_it_counted(
    old_store: Callable[[Path], str], tmp_path: Path
) -> None:
    url = old_store(V2_STORE)
    with Store.open(url) as store:
        assert store.schema_version() == SCHEMA_HEAD == "0005"
        sid = store.scenario_id("Uzbekistan returns to the CSTO")
        sc, network = store.load(sid)
        assert sc.notes == "Saved at schema 0002." and sc.link_states == {"UZB:CSTO": True}
        assert network == V2_NETWORK
        # no Russian names until someone gives them: the English ones are shown
        assert {a.name_ru for a in network.actors} == {r.label_ru for r in network.risks} == {""}
        kaz_sco = network.link("KAZ:SCO")
        assert {(g.depth, g.basis) for g in kaz_sco.grades} == {(UNGRADED_DEPTH, Basis.UNGRADED)}
        cov = evaluate(network, sc).coverage
        assert cov.matrix["KAZ"]["terrorism"] == 18  # what schema 0002 counted
        # and the new columns take graded data
        graded = replace(
            network,
            actors=tuple(
                replace(
                    a,
                    membership=Membership.OWN,
                    mandate=(Grade("drugs", Depth(3), Basis.REASONED),),
                )
                if a.id == "CMHS"
                else a
                for a in network.actors
            ),
        )
        store.replace_network(store.default_network_id(), graded)
        assert store.network(store.default_network_id()) == graded
    assert (tmp_path / "old.sqlite.schema-0002.bak").exists() == ("://" not in url)


def test_a_newer_schema_is_refused_untouched(store_url: str, tmp_path: Path) -> None:
    execute(store_url, "UPDATE alembic_version SET version_num = '0999'")
    before = contents(store_url)
    with pytest.raises(StoreError, match="schema version 0999, newer than this app's"):
        Store.open(store_url)
    assert contents(store_url) == before
    assert not list(tmp_path.glob("*.bak"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is not a database at all" * 100, "damaged or not a database"),
        (b"SQLite format 3\x00" + b"\xff" * 4000, "damaged or not a database"),
    ],
)
def test_a_corrupt_store_is_refused_untouched(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "store.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message) as err:
        Store.open(str(path))
    assert "\n" not in str(err.value) and str(path) in str(err.value)
    assert path.read_bytes() == content


def test_another_apps_database_is_refused(empty_store: str) -> None:
    execute(empty_store, "CREATE TABLE customers (id INTEGER)")
    before = contents(empty_store)
    with pytest.raises(StoreError, match="not a C6 Scenario Explorer store"):
        Store.open(empty_store)
    assert contents(empty_store) == before


@pytest.fixture(params=BACKENDS)
def empty_store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new store can be made: a SQLite path, or an empty PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "new.sqlite")
    url: str = request.getfixturevalue("pg_database")(False)
    return url


def test_a_bad_url_is_one_line() -> None:
    with pytest.raises(StoreError, match="not a database URL"):
        Store.open("not a url://")
    for url in (
        "nosuchdialect+x://a:secret@host/db",
        "mysql://a:secret@host/db",
        "postgresql+psycopg2://a@host/db?password=secret",
    ):
        with pytest.raises(StoreError, match="not a kind of store this app keeps") as err:
            Store.open(url)
        assert "secret" not in str(err.value)
    with pytest.raises(StoreError, match="not a database URL") as err:
        Store.open("postgresql+psycopg://a:secret@host:abc/db")  # a port that is no number
    assert "secret" not in str(err.value)
    with pytest.raises(StoreError, match="cannot open"):
        Store.open("/nonexistent-folder/deeper/store.sqlite")


def test_a_locked_store_says_so_and_keeps_its_data(store_path: Path) -> None:
    with Store.open(str(store_path), busy_timeout=0.2) as store:
        sid = store.scenario_id("Azerbaijan joins the SCO")
        before = store.load(sid)[0]
        holder = sqlite3.connect(store_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another program is writing
        try:
            with pytest.raises(StoreError, match="locked by another program"):
                store.rename_scenario(sid, "Renamed")
            assert store.load(sid)[0] == before  # readers are not blocked in WAL mode
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        store.rename_scenario(sid, "Renamed")  # and it works once the lock is gone
        assert store.load(sid)[0].name == "Renamed"


def test_a_store_a_server_writer_holds_says_so_and_keeps_its_data(
    pg_database: Callable[[bool], str],
) -> None:
    """On PostgreSQL writers queue on one advisory lock, for as long as the busy timeout."""
    import psycopg

    from db.engine import WRITE_LOCK

    url = pg_database(True)
    with Store.open(url, busy_timeout=0.2) as store:
        sid = store.scenario_id("Azerbaijan joins the SCO")
        before = store.load(sid)[0]
        holder = psycopg.connect(pg.libpq_url(url))
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))  # mid-save
        try:
            with pytest.raises(StoreError, match="locked by another program"):
                store.rename_scenario(sid, "Renamed")
            assert store.load(sid)[0] == before  # readers take no lock
        finally:
            holder.rollback()
            holder.close()
        store.rename_scenario(sid, "Renamed")
        assert store.load(sid)[0].name == "Renamed"


WRITER = textwrap.dedent(
    """
    import sys
    from app.domain import Scenario
    from db import Store

    url, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with Store.open(url) as store:
        net = store.default_network_id()
        for i in range(count):
            sid = store.create_scenario(net, Scenario(f"{tag} {i}"))
            store.set_link_states(sid, {"UZB:CSTO": True})
            store.set_notes(sid, f"written by {tag}")
    """
)


@pytest.mark.subprocess
def test_two_processes_write_to_one_store_at_once(store_url: str) -> None:
    Store.open(store_url).close()  # migrated and seeded before the race
    count = 25
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, store_url, tag, str(count)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("left", "right")
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with Store.open(store_url) as store:
        names = {s.name for s in store.scenarios()}
        for tag in ("left", "right"):
            assert {f"{tag} {i}" for i in range(count)} <= names
            sc, _ = store.load(store.scenario_id(f"{tag} 7"))
            assert sc.notes == f"written by {tag}" and sc.link_states == {"UZB:CSTO": True}


def test_the_migrations_build_exactly_the_tables_of_the_models(empty_store: str) -> None:
    """Autogenerate finds nothing to do: db/models.py and the migrations agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from db.models import Base

    Store.open(empty_store).close()
    engine = create_engine(empty_store if "://" in empty_store else f"sqlite:///{empty_store}")
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diffs == []


OPENER = textwrap.dedent(
    """
    import sys
    from app.storage import open_store

    with open_store(sys.argv[1]) as store:
        print(len(store.scenarios()))
    """
)


@pytest.mark.subprocess
def test_two_processes_creating_one_new_store_seed_it_once(empty_store: str) -> None:
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, empty_store],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out.strip() == str(len(example_files()))
    with Store.open(empty_store) as store:
        assert len(store.networks()) == 1
        assert store.schema_version() == SCHEMA_HEAD


def test_migration_0003_goes_down_and_up_again(tmp_path: Path) -> None:
    """Downgrading gives schema 0002's plain risk lists back, exactly as they were; upgrading
    again reads them as before."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from db.engine import MIGRATIONS

    path = tmp_path / "old.sqlite"
    shutil.copyfile(V2_STORE, path)
    with Store.open(str(path)) as store:
        upgraded = store.network(store.default_network_id())

    def migrate(to: str) -> None:
        engine = create_engine(f"sqlite:///{path}")
        with engine.begin() as conn:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = conn
            (command.downgrade if to < SCHEMA_HEAD else command.upgrade)(config, to)
        engine.dispose()

    def risks(db: Path) -> dict[str, list[str]]:
        with sqlite3.connect(db) as conn:
            rows = conn.execute("SELECT key, risks FROM links ORDER BY key").fetchall()
        conn.close()
        return {key: sorted(json.loads(value)) for key, value in rows}

    migrate("0002")
    assert risks(path) == risks(V2_STORE)
    migrate(SCHEMA_HEAD)
    with Store.open(str(path)) as store:
        assert store.network(store.default_network_id()) == upgraded
