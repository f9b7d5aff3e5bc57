"""Roles on a team store, enforced by the PostgreSQL server: `admin init-roles` sets them up
(again: changes nothing); a reader reads and analyses but cannot save, an analyst saves
scenarios but cannot edit the network, a curator can; every refusal is one line naming the
role it needs, and leaves the store as it was. And a server killed in the middle of a save:
one line, and the version before is intact after the restart."""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app.files.baseline import load_baseline
from app.files.network_csv import links_csv
from app.files.scenario_file import read_scenario_file, write_scenario_file
from db import Rights, Store
from tests import pg, pg_server
from tests.unit.test_cli_store import ok, one_line_error, run
from tests.unit.test_store_postgres import own_server  # noqa: F401  (fixture)

pytestmark = pytest.mark.subprocess

EXAMPLE = "The CIS track collapses"
_logins = itertools.count(1)


def as_login(url: str, login: str) -> str:
    return make_url(url).set(username=login).render_as_string(hide_password=False)


@pytest.fixture
def team(pg_database: Callable[[bool], str]) -> Iterator[dict[str, str]]:
    """A seeded team store set up with init-roles, and one login per role (with the
    owner's URL as "owner")."""
    url = pg_database(True)
    ok("admin", "init-roles", "--db", url)
    maintenance = pg.database_url(url, "postgres")
    made = {}
    for role in ("reader", "analyst", "curator"):
        login = f"c6_test_{role}_{next(_logins)}"
        pg.admin(maintenance, f"CREATE ROLE {login} LOGIN", f"GRANT c6_{role} TO {login}")
        made[role] = as_login(url, login)
    yield made | {"owner": url}
    for role in ("reader", "analyst", "curator"):
        login = make_url(made[role]).username
        pg.admin(url, f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {login}")
        pg.admin(maintenance, f"DROP ROLE {login}")


def test_init_roles_twice_changes_nothing_and_sqlite_has_no_roles(
    team: dict[str, str], store_path: Path
) -> None:
    before = pg.contents(team["owner"])
    out = ok("admin", "init-roles", "--db", team["owner"])
    assert "roles c6_reader, c6_analyst and c6_curator are set up" in out
    assert pg.contents(team["owner"]) == before
    one_line_error(
        run("admin", "init-roles", "--db", str(store_path)),
        "roles are for a team store on PostgreSQL",
    )


def test_each_role_has_its_rights(team: dict[str, str]) -> None:
    expected = {
        "reader": Rights(False, False, "c6_reader"),
        "analyst": Rights(True, False, "c6_analyst"),
        "curator": Rights(True, True, "c6_curator"),
        "owner": Rights(True, True, "owner"),
    }
    for who, rights in expected.items():
        with Store.open(team[who]) as store:
            assert store.rights() == rights, who


def test_a_reader_reads_and_analyses_but_cannot_save(team: dict[str, str], tmp_path: Path) -> None:
    reader = team["reader"]
    before = pg.contents(team["owner"])
    assert EXAMPLE in ok("scenarios", "--db", reader)
    assert "coverage" in ok("analyze", "--scenario", EXAMPLE, "--json", "--db", reader)
    ok("export-scenario", EXAMPLE, "--out", str(tmp_path / "x.c6s"), "--db", reader)
    ok("report", "--scenario", EXAMPLE, "--out", str(tmp_path / "r.html"), "--db", reader)
    login = make_url(reader).username
    for args in (
        ["edit", EXAMPLE, "--disable", "KAZ:SCO"],
        ["restore", EXAMPLE, "--version", "1"],
        ["import", str(tmp_path / "x.c6s")],
    ):
        one_line_error(
            run(*args, "--db", reader),
            f"the login '{login}' may not create or save scenarios: that needs the c6_analyst "
            "role; nothing was changed",
        )
    assert pg.contents(team["owner"]) == before


def _changed_links_csv(path: Path) -> Path:
    rows = list(csv.DictReader(io.StringIO(links_csv(load_baseline()), newline="")))
    rows[0]["note"] = "Checked again by the curator."
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    return path


def test_an_analyst_saves_scenarios_but_cannot_edit_the_network(
    team: dict[str, str], tmp_path: Path
) -> None:
    analyst, curator = team["analyst"], team["curator"]
    assert ok("edit", EXAMPLE, "--disable", "KAZ:SCO", "--db", analyst).strip() == "2"
    changes = _changed_links_csv(tmp_path / "links.csv")
    before = pg.contents(team["owner"])
    one_line_error(
        run("import-network", str(changes), "--db", analyst),
        f"the login '{make_url(analyst).username}' may not change the network: that needs the "
        "c6_curator role; nothing was changed",
    )
    assert pg.contents(team["owner"]) == before
    assert "1 changed" in ok("import-network", str(changes), "--db", curator)
    with Store.open(team["owner"]) as store:
        network, version = store.network_versioned(store.default_network_id())
        assert network.links[0].note == "Checked again by the curator."
        assert version == 2
        assert store.network_head(store.default_network_id()).saved_by == (
            make_url(curator).username
        )


def test_hostile_login_free_text_is_stored_verbatim(team: dict[str, str]) -> None:
    analyst = team["analyst"]
    notes = 'x\'); DROP TABLE scenarios; -- "quoted" \\ $$ %s %(a)s'
    ok("edit", EXAMPLE, "--notes", notes, "--db", analyst)
    with Store.open(team["owner"]) as store:
        sid = store.scenario_id(EXAMPLE)
        assert store.load(sid)[0].notes == notes
        assert store.history(sid)[-1].saved_by == make_url(analyst).username
    before = pg.contents(team["owner"])
    one_line_error(run("edit", EXAMPLE, "--notes", "nul \x01 here", "--db", analyst), "notes")
    assert pg.contents(team["owner"]) == before


def _waiting_for_a_lock(admin_url: str) -> bool:
    with psycopg.connect(pg.libpq_url(admin_url), autocommit=True) as conn:
        row = conn.execute("SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone()
        return bool(row and row[0])


def test_a_server_killed_in_the_middle_of_a_save(
    own_server: pg_server.Server,  # noqa: F811
) -> None:
    pg.admin(own_server.admin_url, "CREATE DATABASE team")
    url = own_server.url("team")
    assert ok("edit", EXAMPLE, "--notes", "version two", "--db", url).strip() == "2"
    with Store.open(url) as store:
        sid = store.scenario_id(EXAMPLE)
        kept = store.load(sid)
    # Another session holds the history table, so the save below stops at its last step:
    # its scenario rows are already rewritten when the server dies.
    blocker = psycopg.connect(pg.libpq_url(url))
    blocker.execute("LOCK TABLE scenario_versions IN ACCESS EXCLUSIVE MODE")
    save = subprocess.Popen(
        [sys.executable, "-m", "app", "edit", EXAMPLE, "--disable", "KAZ:SCO", "--db", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not _waiting_for_a_lock(own_server.admin_url):
            assert save.poll() is None, save.communicate()
            assert time.monotonic() < deadline, "the save never reached the history table"
            time.sleep(0.05)
        own_server.kill()
        out, err = save.communicate(timeout=60)
    finally:
        if save.poll() is None:
            save.kill()
        with contextlib.suppress(psycopg.Error):
            blocker.close()
    assert save.returncode == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "the server closed the connection" in err
    own_server.restart()
    with Store.open(url) as store:
        assert store.load(sid) == kept
        assert store.head(sid).version == 2
        assert [v.version for v in store.history(sid)] == [1, 2]
    assert ok("edit", EXAMPLE, "--disable", "KAZ:SCO", "--db", url).strip() == "3"


def test_an_analyst_imports_scenarios_but_not_their_networks(
    team: dict[str, str], tmp_path: Path
) -> None:
    analyst = team["analyst"]
    file = tmp_path / "x.c6s"
    ok("export-scenario", EXAMPLE, "--out", str(file), "--db", analyst)
    assert f"imported '{EXAMPLE} (2)'" in ok("import", str(file), "--db", analyst)
    sf = read_scenario_file(file)  # the same file over a network of its own
    first = replace(sf.network.links[0], note="A note of this file's own.")
    own = replace(sf.network, links=(first, *sf.network.links[1:]))
    write_scenario_file(file, sf.scenario, own)
    before = pg.contents(team["owner"])
    one_line_error(
        run("import", str(file), "--own-network", "--db", analyst),
        f"the login '{make_url(analyst).username}' may not change the network: that needs "
        "the c6_curator role; nothing was changed",
    )
    assert pg.contents(team["owner"]) == before
    assert "stored as a new network" in ok(
        "import", str(file), "--own-network", "--db", team["curator"]
    )


def test_an_owner_who_may_not_create_roles_is_told_what_it_takes(pg_admin_url: str) -> None:
    owner = f"c6_test_owner_{next(_logins)}"
    name = f"c6_owned_{next(_logins)}"
    pg.admin(pg_admin_url, f"CREATE ROLE {owner} LOGIN", f"CREATE DATABASE {name} OWNER {owner}")
    url = as_login(pg.database_url(pg_admin_url, name), owner)
    try:
        one_line_error(
            run("admin", "init-roles", "--db", url),
            f"the login '{owner}' may not create the roles: that needs a login allowed to "
            "create roles (createuser --createrole, or a superuser); the store itself is set "
            "up, no role was made",
        )
        assert "Uzbekistan returns to the CSTO" in ok("scenarios", "--db", url)
    finally:
        pg.drop_database(pg_admin_url, name)
        pg.admin(pg_admin_url, f"DROP ROLE {owner}")


def test_a_login_without_a_role_is_told_what_it_needs(
    team: dict[str, str], pg_database: Callable[[bool], str]
) -> None:
    maintenance = pg.database_url(team["owner"], "postgres")
    login = f"c6_test_nobody_{next(_logins)}"
    pg.admin(maintenance, f"CREATE ROLE {login} LOGIN")
    empty = pg_database(False)
    try:
        one_line_error(
            run("scenarios", "--db", as_login(team["owner"], login)),
            "this login may not read the store: it needs the c6_reader role",
        )
        one_line_error(
            run("scenarios", "--db", as_login(empty, login)),
            "holds no C6 store this login may create: its owner sets one up with "
            "c6-explorer admin init-roles",
        )
    finally:
        pg.admin(maintenance, f"DROP ROLE {login}")
