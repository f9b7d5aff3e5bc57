"""The user's store, and moving scenarios between it and .c6s files.

Which store: `--db URL`, else $C6_DB, else `store.sqlite` in the user's data folder. A new
store is seeded from the bundled baseline and example scenarios. Import reads and checks
the whole file before the store is touched, so a bad file changes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit

from app.domain import C6Error, Network, Scenario
from app.files.atomic import protect
from app.files.baseline import RESOURCES, load_baseline
from app.files.scenario_file import ScenarioFile, read_scenario_file, write_scenario_file
from app.lang import Lang, current, plural, tr

if TYPE_CHECKING:  # db (SQLAlchemy, ~0.4 s to import) loads when a store is opened
    from db import ImportOutcome, Store

ENV_DB = "C6_DB"
APP_DIR = "c6-explorer"
STORE_FILE = "store.sqlite"
EXAMPLES = RESOURCES / "scenarios"


def default_store_path() -> Path:
    from platformdirs import user_data_path  # honours XDG_DATA_HOME on Linux

    return user_data_path(APP_DIR, appauthor=False) / STORE_FILE


def local_store_url() -> str:
    """This computer's own store: the file in the user's data folder (made ready to create)."""
    path = default_store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(path)


def store_url(db: str | None = None) -> str:
    """The store to open: the given URL, else $C6_DB, else the file in the data folder."""
    if db is None and ENV_DB in os.environ and not os.environ[ENV_DB].strip():
        raise C6Error(
            tr(
                "${name} is set but empty: give a store's file path or URL, or unset it",
                name=ENV_DB,
            )
        )
    return db or os.environ.get(ENV_DB) or local_store_url()


def without_password(url: str) -> str:
    """A store's URL as it may be shown and remembered: a password typed into it (`user:pw@`,
    or `?password=`) is dropped, so it serves that connection only. A file path is as it is."""
    if "://" not in url:
        return url
    parts = urlsplit(url)
    netloc, query = parts.netloc, parts.query
    if parts.password is not None:
        login, _, host = netloc.rpartition("@")
        user = login.partition(":")[0]
        netloc = f"{user}@{host}" if user else host
    if "password" in {k.lower() for k, _ in parse_qsl(query, keep_blank_values=True)}:
        kept = [
            (k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k.lower() != "password"
        ]
        query = urlencode(kept)
    if (netloc, query) == (parts.netloc, parts.query):
        return url
    # built by hand: urlunsplit would turn `postgresql:///db` into `postgresql:/db`
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")


def open_store(db: str | None = None, *, busy_timeout: float | None = None) -> Store:
    """Open (creating, migrating and seeding as needed) the chosen store."""
    from db import DEFAULT_BUSY_TIMEOUT, Store

    store = Store.open(
        store_url(db), busy_timeout=DEFAULT_BUSY_TIMEOUT if busy_timeout is None else busy_timeout
    )
    try:
        store.seed_if_empty(seed_content)
    except BaseException:
        store.close()
        raise
    if store.path is not None:  # no export of this process overwrites a store it read,
        protect(
            store.path, tr("the open {store}", store=store.where)
        )  # even after closing it (the CLI does)
    return store


def example_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*.c6s"))


def seed_content() -> tuple[Network, Sequence[Scenario]]:
    """The baseline network and the example scenarios that apply to it."""
    network = load_baseline()
    scenarios = []
    for path in example_files():
        sf = read_scenario_file(path)
        if sf.network == network:  # examples are kept in step by tests/make_examples.py
            scenarios.append(sf.scenario)
    return network, scenarios


class NetworkChoice(StrEnum):
    MERGE = "merge"  # add what the file's network has that the store's lacks; refuse conflicts
    OWN = "own"  # keep the file's network as a network of its own


def import_scenario(
    store: Store,
    path: Path,
    choice: NetworkChoice = NetworkChoice.MERGE,
    into: str | None = None,
) -> ImportOutcome:
    """Add a .c6s file's scenario to the store as a new scenario, in one transaction.

    The whole file is read and checked before the store is touched. A stored network with
    the same content is reused; otherwise MERGE adds the file's new actors, links and risks
    to `into` (default: the store's first network) and refuses any that differ from stored
    ones, and OWN stores the file's network as a network of its own.
    """
    sf = read_scenario_file(path)
    target = store.network_id(into) if into else None
    return store.import_scenario(
        sf.scenario, sf.network, own_network=choice is NetworkChoice.OWN, into=target
    )


def export_scenario(store: Store, name: str, out: Path) -> ScenarioFile:
    """Write a stored scenario, with its network, to a .c6s file (atomically)."""
    scenario, network = store.load(store.scenario_id(name))
    write_scenario_file(out, scenario, network)
    return ScenarioFile(scenario, network)


def describe_file(sf: ScenarioFile) -> str:
    """One line saying what a valid scenario file holds."""
    net = sf.network
    switched = len(sf.scenario.switched(net))
    upgraded = (
        tr(", format v{old} (read as v{new})", old=sf.version, new=ScenarioFile.version)
        if sf.upgraded
        else ""
    )
    return tr(
        "'{name}': {n} switched over '{network}' ({actors} actors, {links} links, "
        "{risks} risks){upgraded}",
        name=sf.scenario.name,
        n=plural(switched, "link", "links") if current() is Lang.EN else switched,
        network=net.name,
        actors=len(net.actors),
        links=len(net.links),
        risks=len(net.risks),
        upgraded=upgraded,
    )
