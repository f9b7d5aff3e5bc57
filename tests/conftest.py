"""Fixtures for every test: a private data folder, and seeded stores copied from one template.

The template store is built once per run (migrations and seeding take ~0.5 s) and copied
for each test that needs one, as Anki's tests do with their empty collection. `store_url`
and `store` give one on each backend: a SQLite file, and a database on a PostgreSQL server
(`$C6_TEST_PG`, which `python -m tests.pg_server -- CMD` sets, or one started here).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from app import lang
from app.storage import ENV_DB, open_store
from db import Store
from tests import pg, pg_server

BACKENDS = ["sqlite", "postgresql"]

# Property tests draw the same examples on every run (CI stays deterministic) and keep no
# example database on disk.
settings.register_profile("c6", derandomize=True, database=None, print_blob=True)
settings.load_profile("c6")


@pytest.fixture(autouse=True)
def _private_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's store or settings."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data-home")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config-home")))
    monkeypatch.delenv(ENV_DB, raising=False)


@pytest.fixture(autouse=True)
def _english_unless_asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in English whatever the machine's locale, and leaves English
    behind: the language is one per process, and a `--lang ru` command sets it."""
    monkeypatch.setenv(lang.ENV_LANG, "en")
    lang.use(lang.Lang.EN)
    yield
    lang.use(lang.Lang.EN)


@pytest.fixture(scope="session")
def seeded_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "store.sqlite"
    open_store(str(path)).close()
    return path


@pytest.fixture
def store_path(seeded_store_file: Path, tmp_path: Path) -> Path:
    """A fresh copy of the seeded store: the baseline network and the example scenarios."""
    path = tmp_path / "store.sqlite"
    shutil.copyfile(seeded_store_file, path)
    return path


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """The admin URL of a PostgreSQL server for this run: `$C6_TEST_PG`, or a throwaway one
    started here and stopped at the end."""
    given = os.environ.get(pg_server.ENV)
    if given:
        yield given
        return
    try:
        pg_server.bindir()
    except pg_server.NoPostgres as exc:
        pytest.fail(f"{exc}; or set {pg_server.ENV} to a server's admin URL", pytrace=False)
    base = pg_server.temporary_base()
    try:
        server = pg_server.start(base)
        try:
            yield server.admin_url
        finally:
            server.stop()
    finally:
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> Iterator[str]:
    """A database seeded as a new store is (once per run); tests get copies of it."""
    name = pg.new_database(pg_admin_url)
    open_store(pg.database_url(pg_admin_url, name)).close()
    yield name
    pg.drop_database(pg_admin_url, name)


@pytest.fixture
def pg_database(
    pg_admin_url: str, request: pytest.FixtureRequest
) -> Iterator[Callable[[bool], str]]:
    """Make databases (`seeded`: a copy of the seeded template, else empty) for one test; they
    are dropped after it. Returns each one's URL."""
    made: list[str] = []

    def make(seeded: bool = True) -> str:
        template = None
        if seeded:  # asked for here, so a test that only needs empty ones does not seed
            template = request.getfixturevalue("pg_template")
        made.append(pg.new_database(pg_admin_url, template))
        return pg.database_url(pg_admin_url, made[-1])

    yield make
    for name in made:
        pg.drop_database(pg_admin_url, name)


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest) -> str:
    """A fresh seeded store (the baseline and the examples) on each backend: a copied SQLite
    file's path, or a PostgreSQL database's URL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("store_path"))
    make: Callable[[bool], str] = request.getfixturevalue("pg_database")
    return make(True)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store.open(store_url) as opened:
        yield opened
