"""A PostgreSQL store's own failures, as a user meets them: a server that is down, a login
it refuses, a database it lacks, and a server stopped (or crashed) between two commands or
under an open store. Each is one line (exit 2 on the command line); after a restart the
next command works and finds the data as it was."""

from __future__ import annotations

import json
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from app.domain import Scenario, StoreError
from app.files.baseline import RESOURCES
from app.storage import open_store
from db import Store
from db.engine import insufficient_privilege
from tests import pg, pg_server
from tests.unit.test_cli_store import EXAMPLES, ok, one_line_error, run

CIS = RESOURCES / "scenarios" / "cis-track-collapses.c6s"


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[pg_server.Server]:
    """A server of this test's own, to stop, kill and restart."""
    try:
        pg_server.bindir()
    except pg_server.NoPostgres as exc:
        pytest.fail(str(exc), pytrace=False)
    base = pg_server.temporary_base()
    server = pg_server.start(base)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.subprocess
def test_a_server_that_is_down_is_one_line() -> None:
    url = f"postgresql+psycopg://127.0.0.1:{free_port()}/x"
    proc = run("--db", url, "scenarios")
    one_line_error(proc, f"cannot reach store {url}: connection refused; is the server running?")


@pytest.mark.subprocess
def test_a_refused_login_is_one_line_without_the_password(pg_admin_url: str) -> None:
    url = make_url(pg_admin_url).set(username="ghost", password="s3cret")
    proc = run("--db", url.render_as_string(hide_password=False), "scenarios")
    one_line_error(proc, f"store {url.render_as_string(hide_password=True)} refused the login")
    assert "s3cret" not in proc.stderr and "ghost" in proc.stderr


@pytest.mark.subprocess
def test_a_missing_database_is_one_line(pg_admin_url: str) -> None:
    url = pg.database_url(pg_admin_url, "c6_no_such_database")
    one_line_error(
        run("--db", url, "scenarios"),
        "the database 'c6_no_such_database' does not exist on the server; create it first",
    )


@pytest.mark.subprocess
def test_a_server_stopped_between_two_commands(own_server: pg_server.Server) -> None:
    pg.admin(own_server.admin_url, "CREATE DATABASE team")
    url = own_server.url("team")
    assert "imported 'The CIS track collapses (2)'" in ok("import", str(CIS), "--db", url)
    before = ok("scenarios", "--json", "--db", url)
    own_server.stop()
    one_line_error(run("scenarios", "--db", url), "connection refused; is the server running?")
    one_line_error(run("import", str(CIS), "--db", url), "is the server running?")
    own_server.restart()
    assert ok("scenarios", "--json", "--db", url) == before
    assert len(json.loads(before)) == EXAMPLES + 1


def test_a_store_open_while_the_server_stops_says_so_and_recovers(
    own_server: pg_server.Server,
) -> None:
    pg.admin(own_server.admin_url, "CREATE DATABASE team")
    with open_store(own_server.url("team")) as store:
        sid = store.create_scenario(store.default_network_id(), Scenario("Kept"))
        store.set_notes(sid, "saved before the crash")
        own_server.kill()  # at once, as a crash: no checkpoint
        with pytest.raises(StoreError) as err:
            store.set_notes(sid, "never saved")
        message = str(err.value)
        assert "\n" not in message and message.startswith(f"store {own_server.url('team')}")
        own_server.restart()  # recovers from its log
        store.set_notes(sid, "after the restart")
        assert store.load(sid)[0].notes == "after the restart"
    with Store.open(own_server.url("team")) as again:
        assert again.load(again.scenario_id("Kept"))[0].notes == "after the restart"


def test_a_write_without_the_right_names_the_role_it_needs(
    pg_database: Callable[[bool], str],
) -> None:
    url = pg_database(True)
    maintenance = pg.database_url(url, "postgres")
    pg.admin(maintenance, "DROP ROLE IF EXISTS c6_test_reader", "CREATE ROLE c6_test_reader LOGIN")
    pg.admin(url, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO c6_test_reader")
    reader = make_url(url).set(username="c6_test_reader").render_as_string(hide_password=False)
    before = pg.contents(url)
    try:
        with Store.open(reader) as store:
            assert len(store.scenarios()) == EXAMPLES  # reading is allowed
            sid = store.scenario_id("The CIS track collapses")
            with pytest.raises(StoreError) as err:
                store.rename_scenario(sid, "Renamed")
            assert str(err.value) == (
                f"store {reader}: the login 'c6_test_reader' may not create or save scenarios: "
                "that needs the c6_analyst role; nothing was changed"
            )
            with pytest.raises(sa_exc.DBAPIError) as raw, store.engine.begin() as conn:
                conn.exec_driver_sql("DELETE FROM scenario_link_states")
            assert insufficient_privilege(raw.value) == "scenario_link_states"
            assert insufficient_privilege(ValueError("x")) is None
    finally:
        pg.admin(url, "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM c6_test_reader")
        pg.admin(maintenance, "DROP ROLE c6_test_reader")
    assert pg.contents(url) == before


def test_a_service_file_names_the_server_and_postgresql_means_psycopg(
    pg_database: Callable[[bool], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Credentials and addresses stay in libpq's own files: `postgresql:///db?service=x`."""
    url = make_url(pg_database(True))
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[c6team]\nhost={url.host}\nport={url.port}\nuser={url.username}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    with Store.open(f"postgresql:///{url.database}?service=c6team") as store:
        assert len(store.scenarios()) == EXAMPLES
        assert store.engine.dialect.driver == "psycopg"


@pytest.mark.subprocess
def test_a_password_given_as_an_option_is_never_shown() -> None:
    url = f"postgresql+psycopg://bob@127.0.0.1:{free_port()}/team"
    proc = run("--db", f"{url}?password=s3cret", "scenarios")
    one_line_error(proc, f"cannot reach store {url}: connection refused")
    assert "s3cret" not in proc.stderr
