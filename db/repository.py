"""The store: networks and scenarios kept in a database, read and written as domain objects.

Each operation is one transaction. Writes never replace data silently: names are made
unique or refused, a deleted scenario goes to the trash until the trash is emptied, and a
network is only ever added to (merge), never overwritten.

Every scenario and network carries a version, one more at each write, and who wrote it. A
write given the version it started from (`if_version`) is refused with a ConflictError when
someone else has written since. Every version of a scenario is kept whole in
`scenario_versions`: its history can be listed and any version restored (as a new version).
Writers queue (SQLite's BEGIN IMMEDIATE, PostgreSQL's transaction advisory lock), so the check
and the write are one step.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, CursorResult, Engine, delete, func, insert, select, update
from sqlalchemy import exc as sa_exc

from app.domain import (
    C6Error,
    ConflictError,
    LinkStatus,
    Network,
    RiskCategory,
    Scenario,
    StoreError,
    UnknownIdError,
    ValidationError,
)
from app.domain.edit import deleted_links_note
from app.domain.text import check_text, free_name, shown
from app.words import tr
from db import mapping, roles
from db.engine import (
    DEFAULT_BUSY_TIMEOUT,
    INSUFFICIENT_PRIVILEGE,
    SCHEMA_HEAD,
    WRITE,
    StoreDamaged,
    StoreUnwritable,
    create_store_engine,
    describe,
    named,
    parse_url,
    prepare_schema,
    read_only_engine,
    sqlite_path,
    store_errors,
)
from db.models import NAME_LEN, Base
from db.roles import ANALYST, CURATOR

NETWORKS = Base.metadata.tables["networks"]
RISKS = Base.metadata.tables["risk_categories"]
ACTORS = Base.metadata.tables["actors"]
LINKS = Base.metadata.tables["links"]
SCENARIOS = Base.metadata.tables["scenarios"]
STATES = Base.metadata.tables["scenario_link_states"]
POSITIONS = Base.metadata.tables["scenario_positions"]
VERSIONS = Base.metadata.tables["scenario_versions"]

OWNER = "owner"  # what setting up the roles needs: the database's owner, allowed CREATEROLE


@dataclass(frozen=True)
class NetworkInfo:
    id: int
    name: str
    actors: int
    links: int


@dataclass(frozen=True)
class ScenarioInfo:
    id: int
    name: str
    network_id: int
    network_name: str
    switched: int  # links whose state differs from the network's baseline
    created: datetime
    modified: datetime
    deleted_at: datetime | None
    version: int = 1
    saved_by: str = ""

    def __post_init__(self) -> None:  # read straight from rows: checked as a Scenario is
        what = tr("scenario {id}'s name", id=self.id)
        check_text(self.name, what, limit=NAME_LEN, lines=False)


@dataclass(frozen=True)
class Head:
    """What the store holds now of a scenario or network: its version, who wrote it, when."""

    version: int
    saved_by: str
    saved_at: datetime | None
    deleted: bool = False
    action: str = ""  # what that write did: "saved", "renamed from 'A'"... ("" for a network)


@dataclass(frozen=True)
class Version:
    """One kept version of a scenario: who saved it, when, what the save did, and which links
    it switched on or off against the version before (`changes`, link id -> on)."""

    version: int
    saved_by: str
    saved_at: datetime
    action: str
    name: str
    states: Mapping[str, bool]  # link id -> on, where it differs from the baseline
    changes: Mapping[str, bool]  # link id -> on, where it differs from the version before
    notes: str = ""
    notes_changed: bool = False  # its notes differ from the version before's


@dataclass(frozen=True)
class NetworkWrite:
    """What a write of a network did: the note line each scenario that lost switches got
    (scenario id -> line), the new version of each scenario it changed, and the network's
    own new version."""

    notes: dict[int, str]
    versions: dict[int, int]
    version: int


@dataclass(frozen=True)
class Rights:
    """What the signed-in login may write: scenarios (an analyst), the network (a curator)."""

    scenarios: bool
    network: bool
    role: str  # c6_reader, c6_analyst, c6_curator, or "owner" / "local user"


@dataclass(frozen=True)
class MergeResult:
    """What a merge added to the stored network (ids); empty when it had everything."""

    risks: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    links: tuple[str, ...] = ()

    @property
    def added(self) -> int:
        return len(self.risks) + len(self.actors) + len(self.links)


@dataclass(frozen=True)
class ImportOutcome:
    scenario_id: int
    name: str  # differs from the scenario's when that name was taken
    network_name: str
    network_added: bool  # the network was stored as a new one
    merged: MergeResult  # what a merge added to an existing network
    network_id: int = 0
    network_version: int = 1  # the network's version after the import


Seed = Callable[[], tuple[Network, Sequence[Scenario]]]


class Store:
    """A database of networks and scenarios, opened (and migrated) with `Store.open`."""

    def __init__(
        self, engine: Engine, where: str, read_only: str = "", path: Path | None = None
    ) -> None:
        self.engine = engine
        self.path = path  # a SQLite store's file (None for a server's store)
        # What the last listing of scenarios left out, as damaged rows ("store … is damaged:
        # scenario 5: …"); () when every row could be read.
        self.unreadable: tuple[str, ...] = ()
        self.where = where  # "store /path/to/file.sqlite", for messages
        self.read_only = read_only  # why the store is open for reading only ("": it is not)
        # Write transactions this object committed: a listing read before the last of them
        # is older than this process's own writes.
        self.writes = 0
        self._user: str | None = None

    @classmethod
    def open(cls, url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Store:
        """Open (creating or upgrading as needed) the store at `url`. A SQLite store that can
        be read but not written (a read-only folder or disk, a file that fails its integrity
        check) opens read-only: reading works, a write says why it cannot."""
        parsed = parse_url(url)
        where = describe(parsed)
        path = sqlite_path(parsed)
        if parsed.get_backend_name() == "sqlite" and path is None:
            raise StoreError(
                tr(
                    "an in-memory store (sqlite://) would be gone when the program ends: "
                    "give a file path or a database URL"
                )
            )
        try:
            prepare_schema(parsed, busy_timeout)
        except StoreDamaged as exc:
            if path is None or not path.is_file():
                raise
            why = tr("it failed its integrity check: {said}", said=exc.reason)
            return cls._read_only(path, where, why, immutable=False)
        except StoreUnwritable as exc:
            if path is None or not path.is_file():
                raise
            why = tr("it cannot be written where it is ({said})", said=exc.reason)
            return cls._read_only(path, where, why, immutable=True)
        return cls(create_store_engine(parsed, busy_timeout), where, path=path)

    @classmethod
    def _read_only(cls, path: Path, where: str, why: str, *, immutable: bool) -> Store:
        """The store at `path` opened for reading only, if it can be read as it is: first as
        a reader that sees other programs' writes; where that cannot open (a WAL store in a
        folder where its shared-memory file cannot be made) and `immutable` is allowed, as
        an immutable file, which is only right if no one writes it meanwhile."""
        store = cls(read_only_engine(path, immutable=False), where, why, path)
        try:
            version = store.schema_version()
        except StoreError:
            store.close()
            if not immutable:
                raise StoreError(tr("store {store}: {why}", store=named(where), why=why)) from None
            wal = path.with_name(f"{path.name}-wal")  # an immutable reader would not see it
            if wal.is_file() and wal.stat().st_size > 0:
                raise StoreError(
                    tr(
                        "store {store}: {why}; and it has changes not yet written into the file "
                        "({wal}), so it cannot be read safely either",
                        store=named(where),
                        why=why,
                        wal=wal.name,
                    )
                ) from None
            store = cls(read_only_engine(path, immutable=True), where, why, path)
            try:
                version = store.schema_version()
            except StoreError:
                store.close()
                raise StoreError(tr("store {store}: {why}", store=named(where), why=why)) from None
        if version != SCHEMA_HEAD:
            store.close()
            raise StoreError(
                tr(
                    "store {store} has schema version {version} and needs an upgrade, but "
                    "{why}; nothing was changed",
                    store=named(where),
                    version=version,
                    why=why,
                )
            )
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._damage(), store_errors(self.where), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _write(self, needs: str = ANALYST) -> Iterator[Connection]:
        """A write transaction; `needs` is the server role it takes, for a refusal's words."""
        if self.read_only:
            raise StoreError(
                tr(
                    "store {store} is open read-only: {why}; nothing was changed",
                    store=named(self.where),
                    why=self.read_only,
                )
            )
        with (
            self._damage(),
            store_errors(self.where),
            self._granted(needs),
            self.engine.connect().execution_options(**{WRITE: True}) as conn,
            conn.begin(),
        ):
            yield conn
        self.writes += 1  # committed (a refused or failed write changed nothing)

    @contextmanager
    def _granted(self, needs: str) -> Iterator[None]:
        """A write the server refused for want of a grant says which role it needs."""
        try:
            yield
        except sa_exc.DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
                raise
            raise StoreError(
                _refusal(named(self.where), self._user or tr("you signed in with"), needs)
            ) from None

    @property
    def user(self) -> str:
        """Who writes: the server's login name, or the local user of a SQLite file."""
        if self._user is None:
            if self.engine.dialect.name == "sqlite":
                self._user = _local_user()
            else:
                with self._read() as conn:
                    self._user = roles.login(conn)
        return self._user

    def init_roles(self) -> None:
        """Create the server roles c6_reader, c6_analyst and c6_curator and their grants on
        this store (db.roles); running it again changes nothing."""
        if self.engine.dialect.name != "postgresql":
            raise StoreError(
                tr(
                    "store {store} is a file of one user with every right: roles are for a "
                    "team store on PostgreSQL",
                    store=named(self.where),
                )
            )
        self.user  # noqa: B018  (named in a refusal)
        with self._write(OWNER) as conn:
            roles.init_roles(conn)

    def rights(self) -> Rights:
        """What the signed-in login may write. On a server its grants decide (db.roles); a
        SQLite file is one user with every right, unless it is open read-only."""
        if self.engine.dialect.name == "sqlite":
            free = not self.read_only
            return Rights(free, free, "local user")
        with self._read() as conn:
            return Rights(*roles.rights(conn))

    @contextmanager
    def _damage(self) -> Iterator[None]:
        try:
            yield
        except _Damaged as exc:
            raise StoreError(_damaged(self.where, exc)) from None

    def schema_version(self) -> str:
        with self._read() as conn:
            return str(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar())

    def seed_if_empty(self, make: Seed) -> bool:
        """Fill a new store (no network yet) with `make()`'s network and scenarios, once.
        A store that has a network is only read: opening it takes no write lock."""
        with self._read() as conn:
            if conn.execute(select(func.count()).select_from(NETWORKS)).scalar():
                return False
        user = self.user
        with self._write(CURATOR) as conn:  # looked again under the lock: another may have
            if conn.execute(select(func.count()).select_from(NETWORKS)).scalar():  # seeded it
                return False
            network, scenarios = make()
            network_id = _insert_network(conn, network, network.name, user)
            for scenario in scenarios:
                _insert_scenario(conn, network_id, scenario, network, user, "bundled example")
            return True

    # ---- networks

    def networks(self) -> list[NetworkInfo]:
        actors = select(func.count()).where(ACTORS.c.network_id == NETWORKS.c.id).scalar_subquery()
        links = select(func.count()).where(LINKS.c.network_id == NETWORKS.c.id).scalar_subquery()
        with self._read() as conn:
            rows = conn.execute(
                select(NETWORKS.c.id, NETWORKS.c.name, actors, links).order_by(NETWORKS.c.id)
            ).all()
        return [NetworkInfo(*row) for row in rows]

    def default_network_id(self) -> int:
        """The first network of the store (the seeded baseline)."""
        with self._read() as conn:
            return _first_network(conn, self.where)

    def network_id(self, name: str) -> int:
        found = None
        if _could_be_stored(name):
            with self._read() as conn:
                query = select(NETWORKS.c.id).where(NETWORKS.c.name == name)
                found = conn.execute(query).scalar()
        if found is None:
            raise UnknownIdError(
                tr(
                    "no network named {name} in store {store}",
                    name=shown(name),
                    store=named(self.where),
                )
            )
        return int(found)

    def network(self, network_id: int) -> Network:
        with self._read() as conn:
            return _load_network(conn, network_id)

    def network_versioned(self, network_id: int) -> tuple[Network, int]:
        """A network and its version, read together."""
        with self._read() as conn:
            return _load_network(conn, network_id), _network_head(conn, network_id).version

    def network_head(self, network_id: int) -> Head:
        with self._read() as conn:
            return _network_head(conn, network_id)

    def add_network(self, network: Network, name: str | None = None) -> int:
        """Store `network` as a new one; its name gets a suffix if taken."""
        user = self.user
        with self._write(CURATOR) as conn:
            taken = set(conn.execute(select(NETWORKS.c.name)).scalars())
            return _insert_network(conn, network, free_name(name or network.name, taken), user)

    def find_network(self, network: Network) -> int | None:
        """The id of a stored network with exactly this content (its name aside), if any."""
        with self._read() as conn:
            return _find_network(conn, network)

    def merge_network(self, network_id: int, other: Network) -> MergeResult:
        """Add what `other` has and the stored network lacks; refuse any difference."""
        user = self.user
        with self._write(CURATOR) as conn:
            return _merge_network(conn, network_id, other, user)

    def replace_network(
        self,
        network_id: int,
        network: Network,
        scenarios: Mapping[int, Scenario] | None = None,
        *,
        if_version: int | None = None,
        versions: Mapping[int, int] | None = None,
    ) -> NetworkWrite:
        """Store an edited network in place of the stored one, in one transaction.

        Every scenario on it (the trash included) loses its switches of links and its
        positions of actors that are gone, and a line in its notes says which; the returned
        map is scenario id -> that line. `scenarios` (id -> scenario) are written back as
        given instead: undoing an edit puts the scenarios back as they were; `versions`
        (id -> version) are the versions those were read at, and a scenario someone has
        saved since is a ConflictError, not overwritten. Each scenario this changes gets a
        new version; so does the network. `if_version`: the network's version the edit
        started from (a ConflictError if someone has edited it since).
        """
        user = self.user
        with self._write(CURATOR) as conn:
            head = _network_head(conn, network_id)
            if if_version is not None and head.version != if_version:
                raise _network_conflict(conn, network_id, head, if_version)
            stored = _load_network(conn, network_id)
            conn.execute(delete(LINKS).where(LINKS.c.network_id == network_id))
            conn.execute(delete(ACTORS).where(ACTORS.c.network_id == network_id))
            conn.execute(delete(RISKS).where(RISKS.c.network_id == network_id))
            conn.execute(insert(RISKS), mapping.risk_rows(network, network_id))
            conn.execute(insert(ACTORS), mapping.actor_rows(network.actors, network_id))
            if network.links:
                conn.execute(insert(LINKS), mapping.link_rows(network.links, network_id))
            conn.execute(
                update(NETWORKS)
                .where(NETWORKS.c.id == network_id)
                .values(
                    description=network.description,
                    version=head.version + 1,
                    saved_by=user,
                    modified=_now(),
                )
            )
            on_it = select(SCENARIOS.c.id).where(SCENARIOS.c.network_id == network_id)
            ids = [int(i) for i in conn.execute(on_it).scalars()]
            notes: dict[int, str] = {}
            bumped: dict[int, int] = {}
            done = NetworkWrite(notes, bumped, head.version + 1)
            if scenarios:
                for scenario_id, scenario in scenarios.items():
                    row = _scenario_row(conn, scenario_id)
                    read = versions.get(scenario_id) if versions is not None else None
                    if read is not None and row["version"] != read:
                        raise _scenario_conflict(conn, row, read)
                    if _load_scenario(conn, row) == scenario:
                        continue
                    trash = row["deleted_at"] is not None
                    _write_scenario(conn, scenario_id, scenario, trash=trash)
                    action = "network edit undone"
                    bumped[scenario_id] = _keep_version(
                        conn, scenario_id, row["version"], action, user
                    )
                return done
            gone_links = sorted({lk.id for lk in stored.links} - {lk.id for lk in network.links})
            gone_actors = sorted({a.id for a in stored.actors} - {a.id for a in network.actors})
            for scenario_id in ids:
                lost_links = list(
                    conn.execute(
                        select(STATES.c.link_key).where(
                            STATES.c.scenario_id == scenario_id,
                            STATES.c.link_key.in_(gone_links),
                        )
                    ).scalars()
                )
                conn.execute(
                    delete(STATES).where(
                        STATES.c.scenario_id == scenario_id, STATES.c.link_key.in_(gone_links)
                    )
                )
                unplaced = conn.execute(
                    delete(POSITIONS).where(
                        POSITIONS.c.scenario_id == scenario_id,
                        POSITIONS.c.actor_key.in_(gone_actors),
                    )
                ).rowcount
                if lost_links:
                    line = deleted_links_note(lost_links, _now().date())
                    query = select(SCENARIOS.c.notes).where(SCENARIOS.c.id == scenario_id)
                    before = conn.execute(query).scalar() or ""
                    text = f"{before}\n{line}" if before else line
                    _touch(conn, scenario_id, notes=text)
                    notes[scenario_id] = line
                if lost_links or unplaced:
                    row = _scenario_row(conn, scenario_id)
                    action = "network edited: " + (line if lost_links else "actors deleted")
                    bumped[scenario_id] = _keep_version(
                        conn, scenario_id, row["version"], action, user
                    )
            return done

    def network_of(self, scenario_id: int) -> int:
        with self._read() as conn:
            return int(_scenario_head(conn, scenario_id)["network_id"])

    def scenarios_on(self, network_id: int) -> dict[int, Scenario]:
        """Every scenario on a network (the trash included), by id."""
        return {sid: sc for sid, (sc, _v) in self.scenarios_on_versioned(network_id).items()}

    def scenarios_on_versioned(self, network_id: int) -> dict[int, tuple[Scenario, int]]:
        """Every scenario on a network (the trash included) with its version, by id, read
        together: what `replace_network(..., scenarios, versions=...)` checks against."""
        with self._read() as conn:
            query = select(SCENARIOS).where(SCENARIOS.c.network_id == network_id)
            return {
                int(h["id"]): (_load_scenario(conn, h), int(h["version"]))
                for h in conn.execute(query).mappings()
            }

    def import_scenario(
        self, scenario: Scenario, network: Network, *, own_network: bool, into: int | None = None
    ) -> ImportOutcome:
        """Add a scenario that came with its network, in one transaction.

        A stored network of the same content is reused. Otherwise the network is stored as
        a new one (`own_network`) or merged into `into` (default: the first network). The
        scenario's name gets a suffix when taken; nothing stored is overwritten.
        """
        user = self.user
        with self._write() as conn:
            network_id = _find_network(conn, network)
            merged, added = MergeResult(), False
            if network_id is None or (into is not None and network_id != into):
                with self._granted(CURATOR):  # a network added or merged into: a curator's
                    if own_network:
                        taken = set(conn.execute(select(NETWORKS.c.name)).scalars())
                        name = free_name(network.name, taken)
                        network_id = _insert_network(conn, network, name, user)
                        added = True
                    else:
                        network_id = into if into is not None else _first_network(conn, self.where)
                        merged = _merge_network(conn, network_id, network, user)
            name = free_name(_check_name(scenario.name), _live_names(conn))
            stored = _load_network(conn, network_id)
            scenario_id = _insert_scenario(
                conn, network_id, replace(scenario, name=name), stored, user, "imported"
            )
            version = _network_head(conn, network_id).version
            return ImportOutcome(scenario_id, name, stored.name, added, merged, network_id, version)

    # ---- scenarios

    def scenarios(self, *, trash: bool = False) -> list[ScenarioInfo]:
        switched = (
            select(func.count())
            .where(STATES.c.scenario_id == SCENARIOS.c.id)
            .correlate(SCENARIOS)
            .scalar_subquery()
        )
        query = (
            select(
                SCENARIOS.c.id,
                SCENARIOS.c.name,
                SCENARIOS.c.network_id,
                NETWORKS.c.name,
                switched,
                SCENARIOS.c.created,
                SCENARIOS.c.modified,
                SCENARIOS.c.deleted_at,
                SCENARIOS.c.version,
                SCENARIOS.c.saved_by,
            )
            .join(NETWORKS, NETWORKS.c.id == SCENARIOS.c.network_id)
            .where(
                SCENARIOS.c.deleted_at.is_not(None) if trash else SCENARIOS.c.deleted_at.is_(None)
            )
            .order_by(SCENARIOS.c.name, SCENARIOS.c.id)
        )
        with self._read() as conn:
            try:
                with _rows_of(tr("the list of scenarios")):
                    found = [ScenarioInfo(*row) for row in conn.execute(query).all()]
                self.unreadable = ()
                return found
            except _Damaged:  # find the damaged rows: the others stay listed and usable
                pass
            found, bad = [], []
            ids = conn.execute(query.with_only_columns(SCENARIOS.c.id)).scalars().all()
            for scenario_id in ids:
                try:
                    with _rows_of(tr("scenario {id}", id=scenario_id)):
                        row = conn.execute(query.where(SCENARIOS.c.id == scenario_id)).one()
                        found.append(ScenarioInfo(*row))
                except _Damaged as exc:
                    bad.append(_damaged(self.where, exc))
            self.unreadable = tuple(bad)
            return found

    def scenario_id(self, name: str) -> int:
        """The live scenario of that name."""
        found = None
        if _could_be_stored(name):
            with self._read() as conn:
                found = conn.execute(
                    select(SCENARIOS.c.id).where(
                        SCENARIOS.c.name == name, SCENARIOS.c.deleted_at.is_(None)
                    )
                ).scalar()
        if found is None:
            raise UnknownIdError(
                tr(
                    "no scenario named {name} in store {store}",
                    name=shown(name),
                    store=named(self.where),
                )
            )
        return int(found)

    def load(self, scenario_id: int) -> tuple[Scenario, Network]:
        """A scenario and the network it applies to (its link ids checked against it)."""
        scenario, network, _version = self.load_versioned(scenario_id)
        return scenario, network

    def load_versioned(self, scenario_id: int) -> tuple[Scenario, Network, int]:
        """A scenario, its network and the scenario's version, read together: the version a
        later save names as the one it started from."""
        with self._read() as conn:
            head = _scenario_head(conn, scenario_id)
            scenario = _load_scenario(conn, head)
            network = _load_network(conn, head["network_id"])
        with self._damage(), _rows_of(tr("scenario {id}", id=scenario_id)):
            network.check(scenario)  # its switches and places name what the network has
        return scenario, network, int(head["version"])

    def head(self, scenario_id: int) -> Head:
        """A scenario's version now, who saved it and when (in the trash or not)."""
        with self._read() as conn:
            return _head(conn, _scenario_row(conn, scenario_id))

    def create_scenario(self, network_id: int, scenario: Scenario) -> int:
        """Store a new scenario over a stored network (its version 1); its name must be free."""
        user = self.user
        with self._write() as conn:
            network = _load_network(conn, network_id)
            return _insert_scenario(conn, network_id, scenario, network, user, "created")

    def save_scenario(
        self,
        scenario_id: int,
        scenario: Scenario,
        *,
        if_version: int | None = None,
        action: str = "saved",
    ) -> int:
        """Replace a stored scenario's name, texts, link states and positions in one go;
        returns its new version (the one it had when nothing differs from what is stored).
        `if_version`: the version the user started from; `action`: what the history says
        the save did ("notes edited", "links switched"; "saved" for anything)."""
        user = self.user
        with self._write() as conn:
            head = _checked_head(conn, scenario_id, if_version)
            stored = _load_scenario(conn, head)
            if replace(stored, modified=scenario.modified) == scenario:
                return int(head["version"])  # nothing to keep: no new version
            _write_scenario(conn, scenario_id, scenario)
            return _keep_version(conn, scenario_id, head["version"], action, user)

    def rename_scenario(self, scenario_id: int, name: str, *, if_version: int | None = None) -> int:
        name = _check_name(name)
        user = self.user
        with self._write() as conn:
            head = _checked_head(conn, scenario_id, if_version)
            _ensure_free(conn, name, scenario_id)
            _touch(conn, scenario_id, name=name)
            action = f"renamed from {shown(head['name'])}"
            return _keep_version(conn, scenario_id, head["version"], action, user)

    def set_notes(self, scenario_id: int, notes: str, *, if_version: int | None = None) -> int:
        user = self.user
        with self._write() as conn:
            head = _checked_head(conn, scenario_id, if_version)
            _touch(conn, scenario_id, notes=notes)
            return _keep_version(conn, scenario_id, head["version"], "notes edited", user)

    def set_link_states(
        self, scenario_id: int, changes: Mapping[str, bool], *, if_version: int | None = None
    ) -> int:
        """Switch links of a stored scenario; states equal to the baseline are dropped."""
        user = self.user
        with self._write() as conn:
            head = _checked_head(conn, scenario_id, if_version)
            baseline = _baseline_states(conn, head["network_id"])
            for link_id, on in changes.items():
                if link_id not in baseline:
                    raise UnknownIdError(tr("unknown link '{id}'", id=link_id))
                conn.execute(
                    delete(STATES).where(
                        STATES.c.scenario_id == scenario_id, STATES.c.link_key == link_id
                    )
                )
                if on != baseline[link_id]:
                    conn.execute(
                        insert(STATES).values(scenario_id=scenario_id, link_key=link_id, enabled=on)
                    )
            _touch(conn, scenario_id)
            return _keep_version(conn, scenario_id, head["version"], "links switched", user)

    def duplicate_scenario(self, scenario_id: int, name: str | None = None) -> int:
        scenario, network = self.load(scenario_id)
        now = _now()
        user = self.user
        with self._write() as conn:
            network_id = _scenario_head(conn, scenario_id)["network_id"]
            taken = _live_names(conn)
            new_name = (
                _check_name(name)
                if name
                else free_name(tr("{name} (copy)", name=scenario.name), taken)
            )
            copy = replace(scenario, name=new_name, created=now, modified=now)
            action = f"copied from {shown(scenario.name)}"
            return _insert_scenario(conn, network_id, copy, network, user, action)

    def delete_scenario(self, scenario_id: int, *, if_version: int | None = None) -> int:
        """Move a scenario to the trash (a new version); `restore_scenario` brings it back."""
        user = self.user
        with self._write() as conn:
            head = _checked_head(conn, scenario_id, if_version)
            conn.execute(
                update(SCENARIOS).where(SCENARIOS.c.id == scenario_id).values(deleted_at=_now())
            )
            return _keep_version(conn, scenario_id, head["version"], "moved to the trash", user)

    def restore_scenario(self, scenario_id: int) -> str:
        """Take a scenario out of the trash; returns its name (suffixed if now taken)."""
        user = self.user
        with self._write() as conn:
            head = _scenario_head(conn, scenario_id, trash=True)
            name = free_name(head["name"], _live_names(conn))
            conn.execute(
                update(SCENARIOS)
                .where(SCENARIOS.c.id == scenario_id)
                .values(deleted_at=None, name=name)
            )
            _keep_version(conn, scenario_id, head["version"], "taken out of the trash", user)
            return name

    def empty_trash(self, ids: Iterable[int] | None = None) -> int:
        """Delete the scenarios in the trash for good, with their history; returns how many.
        `ids`: only these (the ones the user was shown), if they are still in the trash."""
        with self._write() as conn:
            gone = select(SCENARIOS.c.id).where(SCENARIOS.c.deleted_at.is_not(None))
            if ids is not None:
                gone = gone.where(SCENARIOS.c.id.in_(list(ids)))
            conn.execute(delete(STATES).where(STATES.c.scenario_id.in_(gone)))
            conn.execute(delete(POSITIONS).where(POSITIONS.c.scenario_id.in_(gone)))
            conn.execute(delete(VERSIONS).where(VERSIONS.c.scenario_id.in_(gone)))
            return conn.execute(delete(SCENARIOS).where(SCENARIOS.c.id.in_(gone))).rowcount

    # ---- history

    def history(self, scenario_id: int) -> list[Version]:
        """Every kept version of a scenario, oldest first, each with the links it switched
        against the version before."""
        with self._read() as conn:
            _scenario_row(conn, scenario_id)
            query = select(VERSIONS).where(VERSIONS.c.scenario_id == scenario_id)
            rows = conn.execute(query.order_by(VERSIONS.c.version)).mappings().all()
        found: list[Version] = []
        before: dict[str, bool] = {}
        notes_before: str | None = None
        for row in rows:
            what = tr("scenario {id} version {version}", id=scenario_id, version=row["version"])
            with self._damage(), _rows_of(what):
                states = _kept_states(row["states"])
                check_text(row["saved_by"], "saved by", limit=NAME_LEN, lines=False)
                check_text(row["action"], "action", limit=4 * NAME_LEN, lines=False)
                check_text(row["name"], "name", limit=NAME_LEN, lines=False)
            changes = {k: on for k, on in states.items() if before.get(k) != on}
            changes |= {k: not on for k, on in before.items() if k not in states}
            found.append(
                Version(
                    int(row["version"]),
                    row["saved_by"],
                    row["saved_at"],
                    row["action"],
                    row["name"],
                    states,
                    dict(sorted(changes.items())),
                    row["notes"],
                    notes_before is not None and row["notes"] != notes_before,
                )
            )
            before, notes_before = states, row["notes"]
        return found

    def restore_version(
        self, scenario_id: int, version: int, *, if_version: int | None = None
    ) -> int:
        """Make a kept version the scenario's content again, as a new version (returned).
        Switches of links and places of actors the network no longer has are left out, and
        the history says which links; a name another scenario took since is not taken back."""
        user = self.user
        with self._write() as conn:
            head = _checked_head(conn, scenario_id, if_version)
            query = select(VERSIONS).where(
                VERSIONS.c.scenario_id == scenario_id, VERSIONS.c.version == version
            )
            kept = conn.execute(query).mappings().first()
            if kept is None:
                raise UnknownIdError(
                    tr(
                        "{name} has no version {version} (it has versions 1 to {last})",
                        name=shown(head["name"]),
                        version=version,
                        last=head["version"],
                    )
                )
            network_id = head["network_id"]
            baseline = _baseline_states(conn, network_id)
            actors = set(
                conn.execute(
                    select(ACTORS.c.key).where(ACTORS.c.network_id == network_id)
                ).scalars()
            )
            with _rows_of(tr("scenario {id} version {version}", id=scenario_id, version=version)):
                states = _kept_states(kept["states"])
                places = _kept_positions(kept["positions"])
            gone = sorted(set(states) - set(baseline))
            name = kept["name"]
            other = conn.execute(
                select(SCENARIOS.c.id).where(
                    SCENARIOS.c.name == name, SCENARIOS.c.deleted_at.is_(None)
                )
            ).scalar()
            if other is not None and other != scenario_id:
                name = head["name"]
            scenario = Scenario(
                name=name,
                description=kept["description"],
                notes=kept["notes"],
                author=head["author"],
                created=head["created"],
                modified=_now(),
                link_states={k: on for k, on in states.items() if k in baseline},
                positions={k: p for k, p in places.items() if k in actors},
            )
            _write_scenario(conn, scenario_id, scenario)
            action = f"restored version {version}"
            if gone:
                action += f" (without links deleted since: {', '.join(gone)})"
            return _keep_version(conn, scenario_id, head["version"], action, user)

    def free_scenario_name(self, name: str) -> str:
        """`name`, or `name (2)`, `name (3)`... whichever no live scenario has."""
        with self._read() as conn:
            return free_name(_check_name(name), _live_names(conn))


def _could_be_stored(name: str) -> bool:
    """Whether a name asked for (from a command line, say) is text the store could hold: a
    name in bytes that are not UTF-8 cannot be, and cannot even be asked for in SQL."""
    try:
        check_text(name, "name", limit=NAME_LEN, lines=False)
    except C6Error:
        return False
    return True


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _local_user() -> str:
    """Who writes to a SQLite file: the login of this computer's user."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the password file
        return "local user"


def _scenario_row(conn: Connection, scenario_id: int) -> Any:
    """A scenario's row, in the trash or not."""
    with _rows_of(tr("scenario {id}", id=scenario_id)):
        row = conn.execute(select(SCENARIOS).where(SCENARIOS.c.id == scenario_id)).mappings()
        found = row.first()
    if found is None:
        raise UnknownIdError(tr("no scenario {id} in the store", id=scenario_id))
    return found


def _head(conn: Connection, row: Any) -> Head:
    query = select(VERSIONS.c.saved_at, VERSIONS.c.action).where(
        VERSIONS.c.scenario_id == row["id"], VERSIONS.c.version == row["version"]
    )
    with _rows_of(tr("scenario {id}", id=row["id"])):
        kept = conn.execute(query).first()
        saved_at, action = (kept.saved_at, str(kept.action)) if kept else (None, "")
    deleted = row["deleted_at"] is not None
    return Head(int(row["version"]), row["saved_by"], saved_at, deleted, action)


def _checked_head(conn: Connection, scenario_id: int, if_version: int | None) -> Any:
    """A live scenario's row for a write that started from version `if_version` (None: from
    whatever is stored): a ConflictError when someone has written another version since."""
    if if_version is None:
        return _scenario_head(conn, scenario_id)
    try:
        row = _scenario_row(conn, scenario_id)
    except UnknownIdError:
        raise ConflictError(
            tr(
                "scenario {id} was deleted for good (its trash emptied) since you opened "
                "version {since}; nothing was changed",
                id=scenario_id,
                since=if_version,
            ),
            version=0,
            saved_by="",
            deleted=True,
        ) from None
    if if_version > row["version"]:
        raise ValidationError(
            tr(
                "{name} has no version {version} yet (it is at version {last}); nothing was "
                "changed",
                name=shown(row["name"]),
                version=if_version,
                last=row["version"],
            )
        )
    if row["version"] != if_version or row["deleted_at"] is not None:
        raise _scenario_conflict(conn, row, if_version)
    return row


def _scenario_conflict(conn: Connection, row: Any, since: int) -> ConflictError:
    head = _head(conn, row)
    fields = {
        "name": shown(row["name"]),
        "who": head.saved_by or tr("someone"),
        "at": _at(head.saved_at),
        "version": head.version,
        "since": since,
    }
    if head.deleted:
        said = tr(
            "{name} was moved to the trash by {who}{at} (version {version}) since you opened "
            "version {since}; nothing was changed",
            **fields,
        )
    else:
        said = tr(
            "{name} was saved by {who}{at} (version {version}) since you opened version "
            "{since}; nothing was changed",
            **fields,
        )
    return ConflictError(
        said,
        version=head.version,
        saved_by=head.saved_by,
        saved_at=head.saved_at,
        deleted=head.deleted,
    )


def _refusal(store: str, login: str, needs: str) -> str:
    """A write the server refused `login` for want of `needs` (a role, or OWNER), in words."""
    if needs == OWNER:
        return tr(
            "store {store}: the login '{login}' may not create the roles: that needs a login "
            "allowed to create roles (createuser --createrole, or a superuser); the store "
            "itself is set up, no role was made",
            store=store,
            login=login,
        )
    if needs == CURATOR:
        return tr(
            "store {store}: the login '{login}' may not change the network: that needs the "
            "{role} role; nothing was changed",
            store=store,
            login=login,
            role=needs,
        )
    return tr(
        "store {store}: the login '{login}' may not create or save scenarios: that needs the "
        "{role} role; nothing was changed",
        store=store,
        login=login,
        role=needs,
    )


def _at(when: datetime | None) -> str:
    """When a write was made, as a conflict says it (after who made it)."""
    return tr(" at {when} UTC", when=f"{when:%Y-%m-%d %H:%M:%S}") if when is not None else ""


def _damaged(where: str, what: object) -> str:
    """A damaged row's line: `what` is a _Damaged (its row and the reason)."""
    return tr("store {store} is damaged: {said}", store=named(where), said=what)


def _network_head(conn: Connection, network_id: int) -> Head:
    with _rows_of(tr("network {id}", id=network_id)):
        query = select(NETWORKS.c.version, NETWORKS.c.saved_by, NETWORKS.c.modified)
        row = conn.execute(query.where(NETWORKS.c.id == network_id)).first()
    if row is None:
        raise UnknownIdError(tr("no network {id} in the store", id=network_id))
    return Head(int(row.version), row.saved_by, row.modified)


def _network_conflict(conn: Connection, network_id: int, head: Head, since: int) -> ConflictError:
    name = conn.execute(select(NETWORKS.c.name).where(NETWORKS.c.id == network_id)).scalar()
    return network_conflict(str(name), head, since)


def network_conflict(name: str, head: Head, since: int | None) -> ConflictError:
    """The refusal of an edit of network `name` started from version `since` (None: from a
    network the store did not know was this one), now at `head`."""
    fields = {
        "name": shown(name),
        "who": head.saved_by or tr("someone"),
        "at": _at(head.saved_at),
        "version": head.version,
    }
    if since is None:
        said = tr(
            "the network {name} was edited by {who}{at} (version {version}) since you opened "
            "it; nothing was changed",
            **fields,
        )
    else:
        said = tr(
            "the network {name} was edited by {who}{at} (version {version}) since you opened "
            "version {since}; nothing was changed",
            since=since,
            **fields,
        )
    return ConflictError(
        said,
        version=head.version,
        saved_by=head.saved_by,
        saved_at=head.saved_at,
    )


def _keep_version(conn: Connection, scenario_id: int, version: int, action: str, user: str) -> int:
    """After a write to a scenario at `version`: make it the next version, saved by `user`,
    and keep that version whole in the history. Returns the new version."""
    new = version + 1
    done = conn.execute(
        update(SCENARIOS)
        .where(SCENARIOS.c.id == scenario_id, SCENARIOS.c.version == version)
        .values(version=new, saved_by=user)
    )
    if done.rowcount != 1:  # writers queue, so only a program bypassing the app gets here
        raise StoreError(
            tr("scenario {id} was changed during the save; nothing was saved", id=scenario_id)
        )
    _snapshot(conn, scenario_id, new, action, user)
    return new


def _snapshot(conn: Connection, scenario_id: int, version: int, action: str, user: str) -> None:
    head = conn.execute(
        select(SCENARIOS.c.name, SCENARIOS.c.description, SCENARIOS.c.notes).where(
            SCENARIOS.c.id == scenario_id
        )
    ).one()
    states = conn.execute(
        select(STATES.c.link_key, STATES.c.enabled)
        .where(STATES.c.scenario_id == scenario_id)
        .order_by(STATES.c.link_key)
    ).all()
    places = conn.execute(
        select(POSITIONS.c.actor_key, POSITIONS.c.x, POSITIONS.c.y)
        .where(POSITIONS.c.scenario_id == scenario_id)
        .order_by(POSITIONS.c.actor_key)
    ).all()
    conn.execute(
        insert(VERSIONS).values(
            scenario_id=scenario_id,
            version=version,
            saved_by=user,
            saved_at=_now(),
            action=action[: 4 * NAME_LEN],
            name=head.name,
            description=head.description,
            notes=head.notes,
            states={k: bool(on) for k, on in states},
            positions={k: [x, y] for k, x, y in places},
        )
    )


def _kept_states(value: Any) -> dict[str, bool]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, bool) for k, v in value.items()
    ):
        raise ValueError(tr("kept link states are not a map of link ids to on or off"))
    return dict(sorted(value.items()))


def _kept_positions(value: Any) -> dict[str, tuple[float, float]]:
    places: dict[str, tuple[float, float]] = {}
    if not isinstance(value, dict):
        raise ValueError(tr("kept positions are not a map of actor ids to places"))
    for key, place in value.items():
        if not (isinstance(place, list) and len(place) == 2):
            raise ValueError(tr("kept position of {key} is not a pair", key=repr(key)))
        places[str(key)] = (float(place[0]), float(place[1]))
    return places


def _check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(tr("a scenario needs a name"))
    if len(name) > NAME_LEN:
        raise ValidationError(
            tr("a name of {n} characters is longer than {limit}", n=len(name), limit=NAME_LEN)
        )
    return name


def _live_names(conn: Connection) -> set[str]:
    return set(
        conn.execute(select(SCENARIOS.c.name).where(SCENARIOS.c.deleted_at.is_(None))).scalars()
    )


def _ensure_free(conn: Connection, name: str, scenario_id: int | None) -> None:
    other = conn.execute(
        select(SCENARIOS.c.id).where(SCENARIOS.c.name == name, SCENARIOS.c.deleted_at.is_(None))
    ).scalar()
    if other is not None and other != scenario_id:
        raise ValidationError(tr("a scenario named '{name}' already exists", name=name))


def _scenario_head(conn: Connection, scenario_id: int, *, trash: bool = False) -> Any:
    with _rows_of(tr("scenario {id}", id=scenario_id)):
        query = select(SCENARIOS).where(SCENARIOS.c.id == scenario_id)
        row = conn.execute(query).mappings().first()
    if row is None or (row["deleted_at"] is not None) != trash:
        if trash:
            raise UnknownIdError(tr("no scenario {id} in the trash", id=scenario_id))
        raise UnknownIdError(tr("no scenario {id} in the store", id=scenario_id))
    return row


def _touch(conn: Connection, scenario_id: int, **values: Any) -> None:
    conn.execute(
        update(SCENARIOS).where(SCENARIOS.c.id == scenario_id).values(modified=_now(), **values)
    )


class _Damaged(Exception):
    """A row that does not make a valid value: the store says it is damaged, in one line."""


@contextmanager
def _rows_of(what: str) -> Iterator[None]:
    try:
        yield
    except RecursionError:
        raise _Damaged(tr("{what}: a value nested too deeply", what=what)) from None
    except (ValueError, KeyError, TypeError, OverflowError, C6Error) as exc:
        detail = " ".join(str(exc).split())[:200]
        raise _Damaged(f"{what}: {detail}") from None


def _baseline_states(conn: Connection, network_id: int) -> dict[str, bool]:
    """Link id -> on in the network's baseline, read without building the whole network."""
    rows = conn.execute(select(LINKS.c.key, LINKS.c.status).where(LINKS.c.network_id == network_id))
    with _rows_of(tr("network {id}", id=network_id)):
        return {key: LinkStatus(status).enabled_in_baseline for key, status in rows}


def _load_scenario(conn: Connection, head: Any) -> Scenario:
    scenario_id = head["id"]
    with _rows_of(tr("scenario {id}", id=scenario_id)):
        states = conn.execute(select(STATES).where(STATES.c.scenario_id == scenario_id)).mappings()
        positions = conn.execute(
            select(POSITIONS).where(POSITIONS.c.scenario_id == scenario_id)
        ).mappings()
        return mapping.scenario_from_rows(head, states, positions)


def _write_scenario(
    conn: Connection, scenario_id: int, scenario: Scenario, *, trash: bool = False
) -> None:
    name = _check_name(scenario.name)
    head = _scenario_head(conn, scenario_id, trash=trash)
    if not trash:
        _ensure_free(conn, name, scenario_id)
    baseline = _baseline_states(conn, head["network_id"])
    state_rows = _state_rows(scenario_id, scenario, baseline)
    position_rows = _position_rows(conn, scenario_id, scenario, head["network_id"])
    row = mapping.scenario_row(scenario, head["network_id"]) | {"name": name}
    conn.execute(update(SCENARIOS).where(SCENARIOS.c.id == scenario_id).values(row))
    conn.execute(delete(STATES).where(STATES.c.scenario_id == scenario_id))
    conn.execute(delete(POSITIONS).where(POSITIONS.c.scenario_id == scenario_id))
    if state_rows:
        conn.execute(insert(STATES), state_rows)
    if position_rows:
        conn.execute(insert(POSITIONS), position_rows)


def _state_rows(
    scenario_id: int, scenario: Scenario, baseline: Mapping[str, bool]
) -> list[dict[str, Any]]:
    rows = []
    for link_id, on in sorted(scenario.link_states.items()):
        if link_id not in baseline:
            raise UnknownIdError(tr("unknown link '{id}'", id=link_id))
        if on != baseline[link_id]:
            rows.append({"scenario_id": scenario_id, "link_key": link_id, "enabled": on})
    return rows


def _position_rows(
    conn: Connection, scenario_id: int, scenario: Scenario, network_id: int
) -> list[dict[str, Any]]:
    if not scenario.positions:
        return []
    actors = set(
        conn.execute(select(ACTORS.c.key).where(ACTORS.c.network_id == network_id)).scalars()
    )
    rows = []
    for actor_id, (x, y) in sorted(scenario.positions.items()):
        if actor_id not in actors:
            raise UnknownIdError(tr("unknown actor '{id}' in the node positions", id=actor_id))
        rows.append({"scenario_id": scenario_id, "actor_key": actor_id, "x": x, "y": y})
    return rows


def _new_id(result: CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _insert_network(conn: Connection, network: Network, name: str, user: str) -> int:
    now = _now()
    network_id = _new_id(
        conn.execute(
            insert(NETWORKS).values(
                name=name,
                description=network.description,
                created=now,
                modified=now,
                version=1,
                saved_by=user,
            )
        )
    )
    conn.execute(insert(RISKS), mapping.risk_rows(network, network_id))
    conn.execute(insert(ACTORS), mapping.actor_rows(network.actors, network_id))
    if network.links:
        conn.execute(insert(LINKS), mapping.link_rows(network.links, network_id))
    return int(network_id)


def _insert_scenario(
    conn: Connection,
    network_id: int,
    scenario: Scenario,
    network: Network,
    user: str,
    action: str,
) -> int:
    """A new scenario, as its version 1 (`action` says how it came: created, imported...)."""
    name = _check_name(scenario.name)
    _ensure_free(conn, name, None)
    baseline = {lk.id: lk.enabled_in_baseline for lk in network.links}
    row = mapping.scenario_row(scenario, network_id) | {
        "name": name,
        "version": 1,
        "saved_by": user,
    }
    scenario_id = _new_id(conn.execute(insert(SCENARIOS).values(row)))
    if state_rows := _state_rows(scenario_id, scenario, baseline):
        conn.execute(insert(STATES), state_rows)
    if position_rows := _position_rows(conn, scenario_id, scenario, network_id):
        conn.execute(insert(POSITIONS), position_rows)
    _snapshot(conn, scenario_id, 1, action, user)
    return scenario_id


def _load_network(conn: Connection, network_id: int) -> Network:
    with _rows_of(tr("network {id}", id=network_id)):
        query = select(NETWORKS).where(NETWORKS.c.id == network_id)
        head = conn.execute(query).mappings().first()
    if head is None:
        raise UnknownIdError(tr("no network {id} in the store", id=network_id))

    def rows(table: Any) -> list[Any]:
        query = select(table).where(table.c.network_id == network_id).order_by(table.c.seq)
        return list(conn.execute(query).mappings())

    with _rows_of(tr("network {id}", id=network_id)):
        return mapping.network_from_rows(head, rows(RISKS), rows(ACTORS), rows(LINKS))


def _find_network(conn: Connection, network: Network) -> int | None:
    for network_id in conn.execute(select(NETWORKS.c.id).order_by(NETWORKS.c.id)).scalars():
        if _same_content(_load_network(conn, network_id), network):
            return int(network_id)
    return None


def _first_network(conn: Connection, where: str) -> int:
    found = conn.execute(select(func.min(NETWORKS.c.id))).scalar()
    if found is None:
        raise UnknownIdError(tr("store {store} holds no network", store=named(where)))
    return int(found)


def _merge_network(conn: Connection, network_id: int, other: Network, user: str) -> MergeResult:
    stored = _load_network(conn, network_id)
    added = _additions(stored, other)
    if not added.added:
        return added
    conn.execute(
        update(NETWORKS)
        .where(NETWORKS.c.id == network_id)
        .values(version=NETWORKS.c.version + 1, saved_by=user, modified=_now())
    )
    merged = Network(  # validates the union before anything is written
        name=stored.name,
        description=stored.description,
        risks=stored.risks + tuple(other.risk(k) for k in added.risks),
        actors=stored.actors + tuple(other.actor(a) for a in added.actors),
        links=stored.links + tuple(other.link(lk) for lk in added.links),
    )
    if added.risks:  # risks are few: rewrite them to keep their order
        conn.execute(delete(RISKS).where(RISKS.c.network_id == network_id))
        conn.execute(insert(RISKS), mapping.risk_rows(merged, network_id))
    if added.actors:
        first = len(stored.actors)
        conn.execute(insert(ACTORS), mapping.actor_rows(merged.actors[first:], network_id, first))
    if added.links:
        first = len(stored.links)
        conn.execute(insert(LINKS), mapping.link_rows(merged.links[first:], network_id, first))
    return added


def _same_content(a: Network, b: Network) -> bool:
    return (a.risks, a.actors, a.links) == (b.risks, b.actors, b.links)


def _additions(stored: Network, other: Network) -> MergeResult:
    """Ids `other` adds to `stored`; raises on an id both have with different content."""
    added: dict[str, list[str]] = {"risks": [], "actors": [], "links": []}

    def key(item: Any) -> str:
        return str(item.key if isinstance(item, RiskCategory) else item.id)

    lists: tuple[tuple[str, tuple[Any, ...], tuple[Any, ...]], ...] = (
        ("risks", stored.risks, other.risks),
        ("actors", stored.actors, other.actors),
        ("links", stored.links, other.links),
    )
    for what, mine, theirs in lists:
        index = {key(x): x for x in mine}
        for i, item in enumerate(theirs):
            existing = index.get(key(item))
            if existing is None:
                added[what].append(key(item))
            elif existing != item:
                raise ValidationError(
                    tr(
                        "{path}: '{id}' differs from the one in the store ({difference}); "
                        "import it as its own network instead",
                        path=f"network.{what}[{i}]",
                        id=key(item),
                        difference=_first_difference(existing, item),
                    )
                )
    return MergeResult(tuple(added["risks"]), tuple(added["actors"]), tuple(added["links"]))


def _first_difference(a: Any, b: Any) -> str:
    for name in a.__dataclass_fields__:
        mine, theirs = getattr(a, name), getattr(b, name)
        if mine != theirs:
            return tr(
                "{field} {mine} in the store, {theirs} in the file",
                field=name,
                mine=_short(mine),
                theirs=_short(theirs),
            )
    return tr("same")


def _short(value: Any) -> str:
    if isinstance(value, frozenset):
        value = sorted(value)
    text = repr(value.value if hasattr(value, "value") else value)
    return text if len(text) <= 40 else text[:37] + "..."
