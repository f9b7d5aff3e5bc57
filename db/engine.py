"""Opening a store: the engine and its SQLite settings, the schema check and migrations.

SQLite stores run in WAL mode with a busy timeout, so two windows (or a window and the
CLI) can share one store: readers never block, writers queue. Write transactions start
with BEGIN IMMEDIATE, so a writer waits for the lock up front instead of failing half-way.
A PostgreSQL store (`postgresql+psycopg://user@host/dbname`, or `postgresql://`) behaves
the same: a write transaction first takes one advisory lock, so writers queue as they do
on SQLite, for at most the same busy timeout; reads take no lock. Credentials come from
libpq's own places (~/.pgpass, PGPASSFILE, PGSERVICE and pg_service.conf, PGUSER...).
Every database error a user can meet becomes one StoreError line.
"""

from __future__ import annotations

import errno
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url

from app.domain import StoreError
from app.words import tr

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DEFAULT_BUSY_TIMEOUT = 5.0  # seconds a writer waits for another one to finish
WRITE = "c6_write"  # execution option: start the transaction with BEGIN IMMEDIATE
WAL_WAIT = 0.5  # seconds to wait for a moment to switch a store to WAL before using it as is
CONNECT_TIMEOUT = 10  # seconds to reach a database server, unless its URL says otherwise
LIVENESS = {  # libpq options, each unless the URL gives its own
    "connect_timeout": CONNECT_TIMEOUT,
    "keepalives": 1,
    "keepalives_idle": 10,  # seconds of silence before asking the server whether it is there
    "keepalives_interval": 3,
    "keepalives_count": 3,
    "tcp_user_timeout": 20_000,  # ms that sent data may stay unacknowledged
}
# The advisory lock every write transaction on a PostgreSQL store takes first (any fixed
# 64-bit number; this one is b"C6write!" read as a big-endian integer).
WRITE_LOCK = int.from_bytes(b"C6write!", "big", signed=True)


def schema_revisions() -> tuple[str, ...]:
    """The schema versions this code knows, oldest first (from the migration file names)."""
    names = (p.name for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return tuple(sorted(n[:4] for n in names))


SCHEMA_HEAD = schema_revisions()[-1]


def parse_url(url: str) -> URL:
    """A SQLAlchemy URL; a plain path means a SQLite file."""
    if "://" not in url:  # built, not parsed: a path may hold '?', '#' or '%'
        return URL.create("sqlite", database=str(Path(url).expanduser()))
    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018  (read when connecting; a port that is not a number fails here)
    except (sa_exc.ArgumentError, ValueError):
        raise StoreError(
            tr("'{url}' is not a database URL or a file path", url=_masked(url))
        ) from None
    if parsed.drivername == "postgresql":  # psycopg (3) is the driver this app ships with
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername not in KINDS:
        raise StoreError(
            tr(
                "'{url}' is not a kind of store this app keeps: give a SQLite file "
                "(a path or sqlite:///path) or a PostgreSQL database (postgresql+psycopg://...)",
                url=_masked(url),
            )
        )
    return parsed


KINDS = ("sqlite", "sqlite+pysqlite", "postgresql+psycopg")


def _masked(url: str) -> str:
    """A URL as typed, its password (before the host, or as an option) replaced by ***."""
    url = re.sub(r"(://[^/@:]*:)[^/@]*@", r"\1***@", url)
    return re.sub(r"([?&]password=)[^&]*", r"\1***", url)


def is_postgres(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def describe(url: URL) -> str:
    """How messages name a store: its file, or its URL without the password (given before
    the host or as a `password=` option)."""
    return f"store {store_name(url)}"


def store_name(url: URL) -> str:
    """The store's file, or its URL without the password: what describe() names."""
    shown = url.set(password=None).difference_update_query(["password"])
    return str(sqlite_path(url) or shown.render_as_string(hide_password=True))


def named(where: str) -> str:
    """The store's file or URL out of describe()'s "store …", for a message that says the
    word "store" in its own language and place."""
    return where.removeprefix("store ")


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite store, or None for an in-memory or non-SQLite store. A URI
    filename (`sqlite:///file:store.sqlite?uri=true`) names its file too."""
    database = url.database or ""
    if url.get_backend_name() != "sqlite":
        return None
    if database.startswith("file:"):  # SQLite's URI filename: the path is the URI's
        uri = urlsplit(database)
        options = parse_qs(uri.query) | {k: [str(v)] for k, v in url.query.items()}
        database = unquote(uri.path)
        if options.get("mode") == ["memory"]:
            return None
    if database in ("", ":memory:"):
        return None
    return Path(database)


def create_store_engine(
    url: URL, busy_timeout: float = DEFAULT_BUSY_TIMEOUT, *, schema_checked: bool = True
) -> Engine:
    """An engine for the store; `schema_checked=False` (for migrations, which copy tables)
    turns foreign keys off."""
    try:
        if is_postgres(url):
            return _postgres_engine(url, busy_timeout)
        if url.get_backend_name() != "sqlite":
            return create_engine(url, json_deserializer=_json_loads)
        engine = create_engine(
            url, connect_args={"timeout": busy_timeout}, json_deserializer=_json_loads
        )
    except sa_exc.NoSuchModuleError:
        raise StoreError(
            tr("'{name}' is not a kind of database this app knows", name=store_name(url))
        ) from None
    except ImportError as exc:
        raise StoreError(
            tr(
                "store {store} needs the Python package '{package}'",
                store=store_name(url),
                package=exc.name,
            )
        ) from None
    except (ValueError, TypeError) as exc:
        raise _refused_option(url, exc) from None

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _begin)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        cur.execute(f"PRAGMA foreign_keys = {'ON' if schema_checked else 'OFF'}")
        cur.execute("PRAGMA synchronous = FULL")  # a reported save survives power loss
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _postgres_engine(url: URL, busy_timeout: float) -> Engine:
    # A server that stops answering on an open connection (a cut cable, a host gone) is
    # found by TCP keepalives and a bound on unacknowledged data, not waited on forever.
    connect_args: dict[str, Any] = {
        key: value for key, value in LIVENESS.items() if key not in url.query
    }
    engine = create_engine(url, connect_args=connect_args, json_deserializer=_json_loads)
    where = describe(url)

    @event.listens_for(engine, "do_connect")
    def _connect(dialect: Any, _record: Any, cargs: list[Any], cparams: dict[str, Any]) -> Any:
        import psycopg

        try:
            return dialect.loaded_dbapi.connect(*cargs, **cparams)
        except psycopg.OperationalError as exc:
            if exc.sqlstate is not None:
                raise
            raise _unconnected(where, exc, cparams) from None

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        if conn.get_execution_options().get(WRITE, False):
            # writers queue here as on SQLite, and wait no longer than its busy timeout;
            # READ COMMITTED, so each statement after the lock sees every earlier writer's
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(busy_timeout * 1000)}")
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        else:
            # a read sees one moment, as a SQLite read does: a network and its version, a
            # scenario and its switches, never halves of two commits
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")

    return engine


def _unconnected(where: str, exc: Exception, params: dict[str, Any]) -> StoreError:
    """One line for a server that could not be connected to. libpq gives no SQLSTATE for
    a failed connection, so ask it whether a server answers there at all (PQping), then
    whether the login works on the server's maintenance database, instead of reading the
    words of its message."""
    import psycopg
    from psycopg import pq
    from psycopg.conninfo import make_conninfo

    said = _first_line(exc)
    if isinstance(exc, psycopg.errors.ConnectionTimeout):
        return StoreError(
            tr(
                "cannot reach store {store}: no answer within the time allowed ({said})",
                store=named(where),
                said=said,
            )
        )
    # the driver's own options (its adaptation context...) are no libpq settings
    known = {opt.keyword.decode() for opt in pq.Conninfo.get_defaults()}
    settings = {k: v for k, v in params.items() if isinstance(v, str | int) and k in known}
    conninfo = make_conninfo("", **settings)
    ping = pq.PGconn.ping(conninfo.encode())
    if ping == pq.Ping.NO_ATTEMPT:
        return StoreError(
            tr(
                "store {store}: its URL or connection settings are refused ({said})",
                store=named(where),
                said=said,
            )
        )
    if ping == pq.Ping.NO_RESPONSE:
        if os.strerror(errno.ECONNREFUSED) in str(exc):  # libpq quotes the system's words
            said = tr("connection refused")
        return StoreError(
            tr(
                "cannot reach store {store}: {said}; is the server running?",
                store=named(where),
                said=said,
            )
        )
    if ping == pq.Ping.REJECT:
        return StoreError(
            tr(
                "store {store}: the server is starting up or shutting down; try again",
                store=named(where),
            )
        )
    dbname = params.get("dbname") or psycopg.conninfo.conninfo_to_dict(conninfo).get("dbname")
    if dbname and dbname != "postgres":
        try:
            with psycopg.connect(make_conninfo(conninfo, dbname="postgres")) as probe:
                found = probe.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", (dbname,)
                ).fetchone()
        except psycopg.Error:
            pass  # the login itself is refused: said below
        else:
            if found is None:
                return StoreError(
                    tr(
                        "store {store}: the database '{database}' does not exist on the "
                        "server; create it first (createdb)",
                        store=named(where),
                        database=dbname,
                    )
                )
            return StoreError(
                tr(
                    "store {store}: your login may not connect to '{database}' ({said})",
                    store=named(where),
                    database=dbname,
                    said=said,
                )
            )
    return StoreError(
        tr(
            "store {store} refused the login: {said} (check the user, its password in "
            "~/.pgpass or PGPASSWORD, and the server's pg_hba.conf)",
            store=named(where),
            said=said,
        )
    )


def _first_line(exc: BaseException) -> str:
    """The database's own words, first line only, without libpq's 'connection ... failed:'
    lead and the severity (FATAL, ERROR)."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    line = text.splitlines()[0] if text else type(exc).__name__
    if "failed: " in line:
        line = line.rsplit("failed: ", 1)[1]
    return re.sub(r"^[A-Z]+:\s+", "", line).strip()


class _StoreFailure(StoreError):
    """A StoreError that keeps the database's own words (`reason`) apart from the line."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class StoreUnwritable(_StoreFailure):
    """The store cannot be written where it is (a read-only folder or disk, a full disk,
    no permission); it may still be read."""


class StoreDamaged(_StoreFailure):
    """The store failed SQLite's integrity check; what it still holds may be read."""


# SQLite's primary result codes (the low byte of an extended one) for a store that cannot
# be written where it is, and for one that is busy; told apart by code, never by message
# text, which may quote the store's path.
UNWRITABLE_CODES = frozenset(
    {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR}
    | {sqlite3.SQLITE_FULL, sqlite3.SQLITE_PERM}
)
BUSY_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
DAMAGED_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


def sqlite_code(error: BaseException | None) -> int | None:
    """SQLite's primary result code of a driver error, or None for another database's."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


MAX_DIGITS = 100  # a stored JSON number longer than this is damage, not data


def _json_loads(text: str) -> Any:
    """JSON columns as read: a number of thousands of digits is a damaged row (a ValueError
    the store reports so), not Python's advice about its integer limits."""
    return json.loads(text, parse_int=_bounded_int)


def _bounded_int(text: str) -> int:
    if len(text) > MAX_DIGITS:
        raise ValueError(tr("a number of {n} digits", n=f"{len(text):,}"))
    return int(text)


def _refused_option(url: URL, exc: Exception) -> StoreError:
    """SQLAlchemy or the driver refused an option in the URL (`?timeout=abc`)."""
    detail = " ".join(str(exc).split())[:200]
    return StoreError(
        tr(
            "store {store}: an option of its URL is refused ({detail})",
            store=store_name(url),
            detail=detail,
        )
    )


def read_only_engine(path: Path, *, immutable: bool) -> Engine:
    """An engine that only reads a SQLite file and writes nothing beside it. `immutable`
    also takes no lock and needs no shared-memory file (for a store in a read-only folder,
    where no one can be writing it); without it, readers respect another program's writes."""
    url = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(url, uri=True), json_deserializer=_json_loads
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


@contextmanager
def store_errors(where: str) -> Iterator[None]:
    """Turn database errors into one-line StoreErrors that name the store."""
    try:
        yield
    except sa_exc.DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", False) is False:  # not a server's (psycopg) error
            raise _sqlite_error(exc, where) from None
        raise _postgres_error(exc, where) from None
    except sa_exc.SQLAlchemyError as exc:
        raise StoreError(tr("store {store}: {said}", store=named(where), said=exc)) from None


# SQLSTATEs (and their classes, the first two characters) of a PostgreSQL store's failures
LOST = frozenset({"57P01", "57P02", "57P03", "08"})  # shut down, crashed, connection lost
CONTENDED = frozenset({"55P03", "40001", "40P01"})  # lock timeout, serialization, deadlock
INSUFFICIENT_PRIVILEGE = "42501"


def _postgres_error(exc: sa_exc.DBAPIError, where: str) -> StoreError:
    state = getattr(exc.orig, "sqlstate", None) or ""
    said = _first_line(exc)
    if exc.connection_invalidated or state in LOST or state[:2] in LOST:
        return StoreError(
            tr(
                "store {store}: the server closed the connection (it was stopped or "
                "restarted); nothing was changed, try again once it is back",
                store=named(where),
            )
        )
    if state in CONTENDED:
        return _locked(where)
    if state == INSUFFICIENT_PRIVILEGE:
        table = insufficient_privilege(exc)
        what = f"permission denied for table {table}" if table else said  # the server's words
        return StoreError(
            tr(
                "store {store}: your login has no right to do this ({said})",
                store=named(where),
                said=what,
            )
        )
    if state[:2] == "53":  # insufficient resources: disk full, out of memory, connections
        return StoreError(
            tr(
                "store {store}: the server is out of resources ({said})",
                store=named(where),
                said=said,
            )
        )
    return StoreError(tr("store {store}: {said}", store=named(where), said=said))


def _locked(where: str) -> StoreError:
    return StoreError(
        tr(
            "store {store} is locked by another program; nothing was changed, try again",
            store=named(where),
        )
    )


def insufficient_privilege(exc: BaseException) -> str | None:
    """The table a 'permission denied' (SQLSTATE 42501) error is about, or None for another
    error. The server names it in its message only, so this falls back to the statement."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    diag = getattr(orig, "diag", None)
    if diag is not None and diag.table_name:
        return str(diag.table_name)
    statement = str(getattr(exc, "statement", None) or "")
    found = re.search(r"\b(?:INTO|UPDATE|FROM|TABLE)\s+\"?(\w+)", statement, re.IGNORECASE)
    return found.group(1) if found else None


def _sqlite_error(exc: sa_exc.DBAPIError, where: str) -> StoreError:
    """A SQLite store's error as one StoreError line."""
    if isinstance(exc, sa_exc.OperationalError):
        detail, code = str(exc.orig), sqlite_code(exc.orig)
        if code in BUSY_CODES or (code is None and ("locked" in detail or "busy" in detail)):
            return _locked(where)
        if code == sqlite3.SQLITE_CANTOPEN:
            return StoreUnwritable(
                tr("cannot open store {store}: {said}", store=named(where), said=detail), detail
            )
        if code in UNWRITABLE_CODES:
            return StoreUnwritable(
                tr("store {store}: {said}", store=named(where), said=detail), detail
            )
        if code in DAMAGED_CODES:
            return _damaged(where, detail)
        return StoreError(tr("store {store}: {said}", store=named(where), said=detail))
    if isinstance(exc, sa_exc.DatabaseError):
        return _damaged(where, str(exc.orig))
    return StoreError(tr("store {store}: {said}", store=named(where), said=exc))


def _damaged(where: str, detail: str) -> StoreError:
    return StoreError(
        tr(
            "store {store} is damaged or not a database ({said})",
            store=named(where),
            said=detail,
        )
    )


def prepare_schema(url: URL, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> str | None:
    """Bring the store's schema to SCHEMA_HEAD; returns the version it had (None: new store).

    A store of a newer or unknown schema is refused untouched. Before an older SQLite store
    is upgraded, a copy is kept beside it (`<name>.schema-<version>.bak`).
    """
    where = describe(url)
    path = sqlite_path(url)
    engine = create_store_engine(url, busy_timeout, schema_checked=False)
    before: str | None = None
    try:
        with store_errors(where), _opening(where, lambda: before):
            try:
                first = engine.connect()
            except (ValueError, TypeError) as exc:
                raise _refused_option(url, exc) from None
            with first as conn:
                before = _revision(conn, where)
                if path is not None:  # before anything is written to it (~1 s per GB)
                    found = conn.exec_driver_sql("PRAGMA quick_check(1)").scalar()
                    if found != "ok":
                        raise StoreDamaged(
                            tr(
                                "store {store} failed its integrity check ({said})",
                                store=named(where),
                                said=found,
                            ),
                            str(found),
                        )
            if before != SCHEMA_HEAD:
                _check_known(before, where)
                backup: Path | None = None
                if before is not None and path is not None:
                    try:
                        backup = _backup(path, before)
                    except (sqlite3.Error, OSError) as exc:
                        raise StoreUnwritable(
                            tr(
                                "store {store} cannot be upgraded here: no copy of it can be "
                                "kept beside it ({said})",
                                store=named(where),
                                said=exc,
                            ),
                            str(exc),
                        ) from None
                try:
                    with (
                        engine.connect().execution_options(**{WRITE: True}) as conn,
                        conn.begin(),
                    ):
                        if _revision(conn, where) != SCHEMA_HEAD:  # another may have won
                            _upgrade(conn)
                except BaseException:  # rolled back: the store is as the copy is, drop it
                    if backup is not None:
                        backup.unlink(missing_ok=True)
                    raise
            if path is not None:
                _ensure_wal(engine, busy_timeout, where)
            return before
    finally:
        engine.dispose()


@contextmanager
def _opening(where: str, revision: Callable[[], str | None]) -> Iterator[None]:
    """A grant the login lacks while a store is opened: it may not read this store, or may
    not create or upgrade it (`revision()`: the schema found, None for none yet)."""
    try:
        yield
    except sa_exc.DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise
        found = revision()
        reading = str(exc.statement or "").lstrip().upper().startswith("SELECT")
        if reading and insufficient_privilege(exc) == "alembic_version":  # which schema
            found = SCHEMA_HEAD
        if found is None:
            raise StoreError(
                tr(
                    "store {store} holds no C6 store this login may create: its owner sets "
                    "one up with c6-explorer admin init-roles",
                    store=named(where),
                )
            ) from None
        if found != SCHEMA_HEAD:
            raise StoreError(
                tr(
                    "store {store} has schema version {version} and needs an upgrade, which "
                    "only its owner may make: run c6-explorer admin init-roles as the owner",
                    store=named(where),
                    version=found,
                )
            ) from None
        raise StoreError(
            tr(
                "store {store}: this login may not read the store: it needs the c6_reader "
                "role (or c6_analyst, c6_curator), which an administrator grants",
                store=named(where),
            )
        ) from None


def _ensure_wal(engine: Engine, busy_timeout: float, where: str) -> None:
    """Put a SQLite store in WAL mode (it stays so) once its schema is known to be ours.

    Switching needs a moment with no other transaction open, and SQLite reports a busy
    store at once here instead of waiting, so retry for up to WAL_WAIT; a store another
    program keeps busy that long is used as it is (with its rollback journal: correct, only
    readers and a writer wait for each other), and switched at a later opening.
    """
    deadline = time.monotonic() + min(busy_timeout, WAL_WAIT)
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        while True:
            try:
                if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                    return
                if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
                    return  # a kind of database that has no WAL: used as it is
            except sqlite3.OperationalError as exc:
                code = sqlite_code(exc)
                if code in BUSY_CODES:
                    if time.monotonic() >= deadline:
                        return  # another program is writing: work as the file is (a journal)
                    time.sleep(0.02)
                    continue
                message = tr(
                    "store {store}: cannot switch to WAL mode ({said})",
                    store=named(where),
                    said=exc,
                )
                if code in UNWRITABLE_CODES:
                    raise StoreUnwritable(message, str(exc)) from None
                raise StoreError(message) from None
    finally:
        raw.close()


def _revision(conn: Connection, where: str) -> str | None:
    tables = inspect(conn).get_table_names()
    if "alembic_version" not in tables:
        if tables:
            raise StoreError(
                tr(
                    "store {store} is a database but not a C6 Scenario Explorer store",
                    store=named(where),
                )
            )
        return None
    found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(found) != 1:
        raise StoreError(
            tr(
                "store {store} has a damaged schema version ({n} entries)",
                store=named(where),
                n=len(found),
            )
        )
    return str(found[0])


def _check_known(revision: str | None, where: str) -> None:
    if revision is None or revision in schema_revisions():
        return
    if revision.isdigit() and revision > SCHEMA_HEAD:
        raise StoreError(
            tr(
                "store {store} has schema version {version}, newer than this app's {head}; "
                "open it with a newer C6 Scenario Explorer",
                store=named(where),
                version=revision,
                head=SCHEMA_HEAD,
            )
        )
    raise StoreError(
        tr(
            "store {store} has an unknown schema version '{version}'",
            store=named(where),
            version=revision,
        )
    )


def _upgrade(conn: Connection) -> None:
    from alembic import command  # only when a store is created or upgraded (~0.1 s import)
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def _backup(path: Path, revision: str) -> Path:
    target = path.with_name(f"{path.name}.schema-{revision}.bak")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.schema-{revision}.{n}.bak")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except BaseException:  # a cut copy is no backup: never leave one that looks like it
        target.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return target
