"""The open documents of a window, Qt-free: each a Session and where it is saved.

A document comes from the store (a stored scenario) or from a .c6s file; saving writes it
back there. Documents stay open while the user switches between them, so each keeps its
unsaved edits (and, in the UI, its own undo stack).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain import C6Error, ConflictError, Network, Scenario, UnknownIdError
from app.domain.edit import deleted_links_note
from app.domain.text import free_name
from app.files.atomic import write_atomic
from app.files.baseline import load_baseline
from app.files.export import PICTURE_FORMATS, Table, export_network
from app.files.network_csv import ImportPlan, plan_import
from app.files.scenario_file import read_scenario_file, write_scenario_file
from app.lang import tr
from app.session import Change, Session
from app.storage import (
    NetworkChoice,
    import_scenario,
    local_store_url,
    open_store,
    without_password,
)

# What the window names when it asks the workspace for files (it imports no app.files).
__all__ = [
    "PICTURE_FORMATS",
    "ConflictError",
    "Document",
    "ImportPlan",
    "InFile",
    "InStore",
    "Look",
    "Moved",
    "NetworkChoice",
    "NetworkEdit",
    "Origin",
    "Table",
    "Unsaved",
    "Workspace",
    "load_baseline",
    "local_store_url",
    "look",
    "open_store",
    "without_password",
    "write_atomic",
]

if TYPE_CHECKING:  # the store is opened by a caller's function, maybe after the first paint
    from db import Head, ImportOutcome, NetworkWrite, Rights, ScenarioInfo, Store, Version

    __all__ += ["Head", "Rights", "ScenarioInfo", "Store", "Version"]


def action_words(action: str) -> str:
    """What a save did, as the store records it (in English, for every language), said in
    the current language; a record the app does not know, as it is."""
    known = {
        "saved": tr("saved"),
        "created": tr("created"),
        "imported": tr("imported"),
        "bundled example": tr("bundled example"),
        "links switched": tr("links switched"),
        "notes edited": tr("notes edited"),
        "moved to the trash": tr("moved to the trash"),
        "taken out of the trash": tr("taken out of the trash"),
        "network edit undone": tr("network edit undone"),
        "network edited: actors deleted": tr("network edited: actors deleted"),
    }
    if action in known:
        return known[action]
    if action.startswith(prefix := "renamed from "):
        return tr("renamed from {old}", old=action.removeprefix(prefix))
    if action.startswith(prefix := "copied from "):
        return tr("copied from {old}", old=action.removeprefix(prefix))
    if action.startswith(prefix := "restored version "):
        return tr("restored version {number}", number=action.removeprefix(prefix))
    if action.startswith(prefix := "network edited: "):
        return tr("network edited: {what}", what=action.removeprefix(prefix))
    return action


@dataclass(frozen=True)
class InStore:
    scenario_id: int


@dataclass(frozen=True)
class InFile:
    path: Path


@dataclass(frozen=True)
class Unsaved:
    """A new scenario not yet saved; saving puts it in the store."""

    number: int


Origin = InStore | InFile | Unsaved


@dataclass(frozen=True)
class NetworkEdit:
    """One edit of a stored network (actors, links, risks), as a value: what the workspace
    applies to the store and every open document alike, and reverts exactly."""

    label: str
    network_id: int
    before: Network
    after: Network
    stored: Mapping[int, Scenario]  # every stored scenario on the network, before
    open: Mapping[Origin, Scenario]  # every open document's scenario on it, before
    since: int | None = None  # the network's stored version the edit was planned on


@dataclass(eq=False)
class Document:
    """An open scenario. A stored one remembers the versions it was read or last saved at
    (its own and its network's): a save or network edit names them, so one over a version
    another user saved since is refused, never overwritten."""

    session: Session
    origin: Origin
    version: int | None = None  # the stored scenario's version; None for files and unsaved
    network_id: int | None = None  # the stored network it is over, when known
    network_version: int | None = None
    theirs: Head | None = None  # a newer stored version not taken in (unsaved edits kept)
    theirs_network: bool = False  # ... and that it is the network that another user edited

    @property
    def name(self) -> str:
        return self.session.scenario.name

    @property
    def where(self) -> str:
        """Where it is saved, for a title bar."""
        if isinstance(self.origin, InFile):
            return self.origin.path.name
        return tr("store") if isinstance(self.origin, InStore) else tr("not saved")


class Workspace:
    """The store, and the documents open on it."""

    def __init__(self, store: Store | Callable[[], Store]) -> None:
        """`store`, or a function that opens it on first use: the window draws itself before
        SQLAlchemy is even imported."""
        self._store: Store | None = None
        self._opener: Callable[[], Store] | None = None
        if callable(store):
            self._opener = store
        else:
            self._store = store
        self.documents: dict[Origin, Document] = {}
        self.current: Document | None = None  # the one on screen
        self._listeners: list[Callable[[Document, Change], None]] = []
        self._editable: dict[Origin, tuple[Network, bool]] = {}  # see editable()
        self._net_version: dict[int, int] = {}  # network id -> version this window last wrote
        self._listed: tuple[object, ...] | None = None  # the listing last seen (see take_look)
        self.seen: Look | None = None  # the scenarios last read (see listed)
        self._unlisted_at = -1  # the store's write count when reading the listing last failed
        self._rights: Rights | None = None  # the login's, read once per store
        self._unsaved = 0

    @property
    def store(self) -> Store:
        if self._store is None:
            assert self._opener is not None
            self._store = self._opener()  # raises C6Error and stays closed if it cannot
        return self._store

    @property
    def store_open(self) -> bool:
        return self._store is not None

    def open_store(self) -> str:
        """Open the store now (C6Error when it cannot); the status line that says where it
        is, who is signed in to a server and with which role, and why it is read-only if it
        is."""
        store = self.store
        where = without_password(store.where.removeprefix("store "))  # not even ***
        shown = tr("Store: {where}", where=where)
        if store.path is None:  # a server: the login and what it may do
            from db.roles import role_said  # the store is open: db is imported

            role = role_said(self.rights().role)
            shown += tr(" — signed in as {user} ({role})", user=self.user, role=role)
        if store.read_only:
            shown += tr(" — open read-only: {why}", why=store.read_only)
        return shown

    @property
    def store_url(self) -> str:
        """The store's URL (a file's path), without a password: for the Connect dialog and
        the recent stores."""
        return without_password(self.store.where.removeprefix("store "))

    @property
    def user(self) -> str:
        """Who writes: the server's login, or this computer's user for a SQLite file."""
        return self.store.user

    def rights(self) -> Rights:
        """What the signed-in login may write (scenarios: an analyst; the network: a
        curator); read from the store once, again after switching stores."""
        if self._rights is None:
            self._rights = self.store.rights()
        return self._rights

    def switch_store(
        self, url: str, opener: Callable[[str], Store] | None = None
    ) -> list[Document]:
        """Work on the store at `url` (a database URL or a SQLite file's path) from now on.

        The new store is opened first: when it cannot be (server down, login refused, bad
        URL) C6Error says why in one line and the current store and every open document stay
        exactly as they were. Then the old store is closed, and with it the documents of its
        scenarios and new ones still equal to its baseline (returned, so a caller can let go
        of what it kept for them; it asks about unsaved changes before). Files, and new
        scenarios with edits, stay open: saving one puts it in the new store."""
        new = (opener or open_store)(url)  # (the module's function, not the method above)
        try:
            rights, _ = new.rights(), new.user  # a login that cannot even read fails here
        except BaseException:
            new.close()
            raise
        old, self._store, self._opener, self._rights = self._store, new, None, rights
        if old is not None:
            old.close()
        closed = [
            d for o, d in self.documents.items() if isinstance(o, InStore) or self.untouched(o)
        ]
        for doc in closed:
            del self.documents[doc.origin]
        if self.current in closed:
            self.current = None
        self._editable.clear()
        self._net_version.clear()  # versions and the listing seen were the old store's
        self._listed, self.seen, self._unlisted_at = None, None, -1
        return closed

    def ready(self) -> bool:
        """Whether the store is open or opens now (False, and still closed, if it cannot)."""
        try:
            self.store  # noqa: B018  (opened on first use)
        except C6Error:
            return False
        return True

    def close_store(self) -> None:
        if self._store is not None:
            self._store.close()

    def scenarios(self, trash: bool = False) -> list[ScenarioInfo]:
        """The store's scenarios (or those in its trash), newest first."""
        return list(self.store.scenarios(trash=trash))

    def listed(self) -> Look | None:
        """The store's scenarios as last read, by the team view's thread or here: read now
        (on the caller's thread) only when nothing was read yet or this window wrote to the
        store since. A store that cannot be read keeps the listing it had (None if none),
        and is not asked again until it is written to or looked at by the team view."""
        if not self.store_open:
            return self.seen
        store = self.store
        if self.seen is not None and self.seen.writes == store.writes:
            return self.seen
        if self._unlisted_at == store.writes:
            return self.seen
        try:
            self._keep(look(store, (), ()))
        except C6Error:
            self._unlisted_at = store.writes
        return self.seen

    def _keep(self, seen: Look) -> None:
        self.seen = seen
        self._listed = _listing_key(seen)
        self._unlisted_at = -1

    def restore(self, scenario_id: int) -> str:
        """A scenario back from the trash; its name."""
        return self.store.restore_scenario(scenario_id)

    def empty_trash(self, ids: Sequence[int]) -> int:
        """Delete the scenarios `ids` (the trash the user was shown) for good, those still in
        the trash; how many. One another user put in the trash since is kept."""
        return self.store.empty_trash(ids)

    def open_stored(self, scenario_id: int) -> Document:
        origin = InStore(scenario_id)
        if origin not in self.documents:
            scenario, network, versions = self._load(scenario_id)
            self.documents[origin] = Document(Session(network, scenario), origin, *versions)
        return self.documents[origin]

    def _load(self, scenario_id: int) -> tuple[Scenario, Network, tuple[int, int, int]]:
        """A stored scenario, its network, and (its version, the network's id and version).
        The network's version is read first: an edit between the two reads makes a later
        network edit a conflict, never a silent overwrite."""
        network_id = self.store.network_of(scenario_id)
        network_version = self.store.network_head(network_id).version
        scenario, network, version = self.store.load_versioned(scenario_id)
        return scenario, network, (version, network_id, network_version)

    def _read_stored(self, doc: Document) -> Change:
        """Put the store's version of a stored document in place, with its network."""
        assert isinstance(doc.origin, InStore)
        scenario, network, versions = self._load(doc.origin.scenario_id)
        doc.session.set_network(network)
        change = replace(
            doc.session.replace_scenario(scenario), scenario_renamed=True, network_changed=True
        )
        doc.version, doc.network_id, doc.network_version = versions
        doc.theirs, doc.theirs_network = None, False
        return change

    def open_file(self, path: Path) -> Document:
        origin = InFile(path.resolve())
        if origin not in self.documents:
            sf = read_scenario_file(path)
            self.documents[origin] = Document(Session(sf.network, sf.scenario), origin)
        return self.documents[origin]

    def new_scenario(self, name: str | None = None) -> Document:
        """A new scenario over the store's first network, equal to its baseline; it goes into
        the store when first saved."""
        name = name or self.untitled()
        self._unsaved += 1
        taken = {d.name for d in self.documents.values()}
        unique = free_name(self.store.free_scenario_name(name), taken)
        network = self.store.network(self.store.default_network_id())
        doc = Document(Session(network, Scenario(unique)), Unsaved(self._unsaved))
        self.documents[doc.origin] = doc
        return doc

    @staticmethod
    def untitled() -> str:
        """The name a new scenario gets, in the current language."""
        return tr("Untitled scenario")

    def rename_untitled(self, old: str, new: str) -> None:
        """The default name of new scenarios changed with the language (`old` -> `new`):
        each new one not yet saved and still named by default takes the new one ('Untitled
        scenario (2)' -> 'Сценарий без названия (2)'); a name the user gave stays."""
        taken = {d.name for d in self.documents.values()}
        renamed = []
        for doc in self.documents.values():
            if not isinstance(doc.origin, Unsaved):
                continue
            name = doc.name
            if name == old or re.fullmatch(re.escape(old) + r" \(\d+\)", name):
                fresh = free_name(new + name[len(old) :], taken - {name})
                taken = (taken - {name}) | {fresh}
                renamed.append((doc, doc.session.rename(fresh)))
        self._announce(renamed)

    def duplicate(self, doc: Document) -> Document:
        """A stored copy of a document as it is now (unsaved edits included)."""
        network_id = self._network_for(doc)
        copy = replace(
            doc.session.scenario,
            name=self.store.free_scenario_name(tr("{name} (copy)", name=doc.name)),
        )
        return self.open_stored(self.store.create_scenario(network_id, copy))

    def save(self, doc: Document) -> None:
        """Write the document back where it came from. A stored one names the version it
        started from: ConflictError (nothing written) when another user saved since."""
        if isinstance(doc.origin, InFile):
            write_scenario_file(doc.origin.path, doc.session.scenario, doc.session.network)
        elif isinstance(doc.origin, InStore):
            doc.version = self.store.save_scenario(
                doc.origin.scenario_id, doc.session.scenario, if_version=doc.version
            )
            doc.theirs = None
        else:
            self.save_to_store(doc)

    def save_as_copy(self, doc: Document) -> Document:
        """After a conflict: the document as it is (unsaved edits included) stored as a new
        scenario, "NAME (mine)", which the document is from then on; the version another
        user saved stays as they left it."""
        network_id = doc.network_id if doc.network_id is not None else self._network_for(doc)
        stored = self.store.network(network_id)
        name = self.store.free_scenario_name(tr("{name} (mine)", name=doc.name))
        copy = replace(doc.session.scenario, name=name).restricted_to(stored)
        scenario_id = self.store.create_scenario(network_id, copy)
        self._rekey(doc, InStore(scenario_id))
        doc.session.rename(name)
        doc.version, doc.theirs, doc.theirs_network = 1, None, False
        doc.network_id = network_id
        self.announce(doc, Change(scenario_renamed=True))
        return doc

    def reload(self, doc: Document) -> Change:
        """The stored version replaces a stored document's scenario and network (its unsaved
        edits are gone); listeners are told. UnknownIdError when it is no longer stored
        outside the trash."""
        change = self._read_stored(doc)
        self.announce(doc, change)
        return change

    def history(self, doc: Document) -> list[Version]:
        """Every kept version of a stored document, newest first, each with the links it
        switched against the one before. C6Error for a file or a new scenario: only the
        store keeps versions."""
        return list(reversed(self.store.history(self._stored_id(doc))))

    def restore_version(self, doc: Document, version: int) -> int:
        """Make kept `version` the stored document's content again, as a new version
        (returned), named from the version open: ConflictError, nothing written, when
        another user saved since. The document is then read back at the new version, its
        unsaved edits gone; listeners are told."""
        new = self.store.restore_version(self._stored_id(doc), version, if_version=doc.version)
        self.announce(doc, self._read_stored(doc))
        return new

    def _stored_id(self, doc: Document) -> int:
        if not isinstance(doc.origin, InStore):
            raise C6Error(tr("“{name}” is not in the store, so it has no history", name=doc.name))
        return doc.origin.scenario_id

    def save_as(self, doc: Document, path: Path) -> Document:
        """Write the document to a .c6s file, which it is from then on."""
        write_scenario_file(path, doc.session.scenario, doc.session.network)
        return self._rekey(doc, InFile(path.resolve()))

    def save_to_store(self, doc: Document) -> Document:
        """Keep a document in the store as a new scenario (merging a file's network)."""
        outcome = self.store.import_scenario(
            doc.session.scenario, doc.session.network, own_network=False
        )
        self._editable.clear()
        self._imported(outcome)
        moved = self._rekey(doc, InStore(outcome.scenario_id))
        if outcome.name != doc.name:
            doc.session.rename(outcome.name)
        network_id = self.store.network_of(outcome.scenario_id)
        doc.version, doc.network_id = 1, network_id
        if self.store.network(network_id) == doc.session.network:  # else an edit conflicts
            doc.network_version = self.store.network_head(network_id).version
        return moved

    def listing(self) -> list[tuple[Origin, str]]:
        """Every scenario a user can pick (to present or compare): the store's, then the
        open documents that are not in it."""
        found: list[tuple[Origin, str]] = [(InStore(i.id), i.name) for i in self.store.scenarios()]
        stored = {name for _, name in found}
        for origin, doc in self.documents.items():
            if isinstance(origin, InFile) and doc.name in stored:  # an example opened as a file
                found.append((origin, f"{doc.name} — {origin.path.name}"))
            elif not isinstance(origin, InStore):
                found.append((origin, doc.name))
        return found

    def untouched(self, origin: Origin) -> bool:
        """A new scenario not saved and still equal to the baseline (nothing to show)."""
        doc = self.documents.get(origin)
        if not isinstance(origin, Unsaved) or doc is None:
            return False
        sc = doc.session.scenario
        return not (sc.link_states or sc.positions or sc.notes or sc.description)

    def peek(self, origin: Origin) -> tuple[Scenario, Network]:
        """A scenario as it stands, without opening it: an open document's with its unsaved
        edits, else the store's."""
        doc = self.documents.get(origin)
        if doc is not None:
            return doc.session.scenario, doc.session.network
        if not isinstance(origin, InStore):
            raise C6Error(tr("that scenario is no longer open"))
        return self.store.load(origin.scenario_id)

    def import_scenario_file(
        self, path: Path, choice: NetworkChoice = NetworkChoice.MERGE
    ) -> Document:
        """A .c6s file's scenario added to the store (its network merged, kept or taken as
        its own), opened."""
        done = import_scenario(self.store, path, choice)
        self._editable.clear()
        self._imported(done)
        return self.open_stored(done.scenario_id)

    def _imported(self, outcome: ImportOutcome) -> None:
        """After this window's own import merged into a stored network (one new version):
        that version is this window's, and the open documents that were at the version
        before take the merged network (it only adds), so the live view does not report
        the window's own import as another user's edit, and a later edit from one of them
        does not drop what the import added."""
        if not outcome.merged.added:
            return  # the network was reused as it was, or stored as a new one
        network_id, version = outcome.network_id, outcome.network_version
        if self._net_version.get(network_id, version - 1) == version - 1:
            self._net_version[network_id] = version
        behind = [
            d
            for d in self.documents.values()
            if d.network_id == network_id and d.network_version == version - 1
        ]
        if not behind:
            return
        network = self.store.network(network_id)
        changed = []
        for doc in behind:
            change = doc.session.set_network(network)
            doc.network_version = version
            changed.append((doc, replace(change, network_changed=True)))
        self._announce(changed)

    def export_scenario(self, doc: Document, path: Path) -> None:
        """The scenario with its network to a .c6s file; the document stays where it is."""
        write_scenario_file(path, doc.session.scenario, doc.session.network)

    def export_network(
        self,
        doc: Document,
        path: Path,
        positions: Mapping[str, tuple[float, float]],
        table: Table = Table.LINKS,
    ) -> None:
        """GraphML, GEXF, or a CSV table (links, actors, the coverage matrix) of a document."""
        s = doc.session
        ev = s.evaluation if table is Table.COVERAGE else None
        export_network(path, s.network, s.scenario, positions, ev, table)

    def plan_csv(self, doc: Document, path: Path) -> ImportPlan:
        """What importing a CSV of actors or links into `doc`'s network would do."""
        return plan_import(doc.session.network, path)

    def delete(self, scenario_id: int) -> None:
        """Move a stored scenario to the trash and close it. When it is open, only the
        version it was opened at: a version someone saved since is not trashed unseen
        (ConflictError, nothing changed)."""
        doc = self.documents.get(InStore(scenario_id))
        self.store.delete_scenario(scenario_id, if_version=doc.version if doc else None)
        self.documents.pop(InStore(scenario_id), None)

    def close(self, doc: Document) -> None:
        self.documents.pop(doc.origin, None)

    def _rekey(self, doc: Document, origin: Origin) -> Document:
        self.documents.pop(doc.origin, None)
        doc.origin = origin
        self.documents[origin] = doc
        return doc

    def editable(self, doc: Document) -> bool:
        """Whether `doc`'s network is one the store holds (so Network edits apply to it): a
        stored scenario's always, a file's when the store holds a network equal to its own.
        Kept per document while its network stays, as finding it compares whole networks;
        forgotten whenever the store's networks change."""
        kept = self._editable.get(doc.origin)
        if kept is None or kept[0] is not doc.session.network:
            try:
                self._network_for(doc)
                kept = (doc.session.network, True)
            except C6Error:
                kept = (doc.session.network, False)
            self._editable[doc.origin] = kept
        return kept[1]

    def plan_edit(
        self, doc: Document, label: str, make: Callable[[Network], Network]
    ) -> NetworkEdit:
        """An edit of the stored network `doc` is over, as a value: the network before and
        after, and every scenario on it as it stands (stored and open). Nothing is written;
        C6Error when the edit is refused or the document is over a file's own network."""
        try:
            network_id = self._network_for(doc)
        except C6Error:
            raise C6Error(
                tr(
                    "“{name}” is over its file's own network: import the file into the store "
                    "(File › Import) to edit that network.",
                    name=doc.name,
                )
            ) from None
        head = self.store.network_head(network_id)
        since = doc.network_version if doc.network_id == network_id else None
        if since is None and self.store.network(network_id) == doc.session.network:
            since = head.version  # a file's network, found equal to the stored one just now
        if doc.theirs_network or since != head.version:
            raise _network_conflict(doc.session.network.name, head, since)
        before = doc.session.network
        after = make(before)
        self._net_version[network_id] = head.version
        return NetworkEdit(
            label,
            network_id,
            before,
            after,
            self.store.scenarios_on(network_id),
            {d.origin: d.session.scenario for d in self._docs_on(network_id)},
            head.version,
        )

    def apply(self, edit: NetworkEdit) -> list[tuple[Document, Change]]:
        """Store the edited network in one transaction, then move every open document on it
        to the new network. A scenario that loses switches of deleted links gains a dated
        line in its notes, stored and open alike. Refused (C6Error, nothing changed) when
        the stored network is no longer the one the edit was made on."""
        since = self._expect(edit.network_id, edit.before, tr("redone"))
        on_it = self._docs_on(edit.network_id)  # before the write: a file's network by value
        written = self.store.replace_network(edit.network_id, edit.after, if_version=since)
        notes = written.notes
        self._written(edit.network_id, written, on_it)
        changed = []
        for doc in on_it:
            lost = set(doc.session.scenario.link_states) - {lk.id for lk in edit.after.links}
            change = doc.session.set_network(edit.after)
            stored = notes.get(doc.origin.scenario_id) if isinstance(doc.origin, InStore) else None
            if lost or stored:
                line = stored or deleted_links_note(lost, datetime.now(UTC).date())
                old = doc.session.scenario.notes
                doc.session.set_notes(f"{old}\n{line}" if old else line)
                change = replace(change, notes_changed=True)
            changed.append((doc, change))
        self._announce(changed)
        return changed

    def revert(self, edit: NetworkEdit) -> list[tuple[Document, Change]]:
        """Take `edit` back: the network as it was, and in every scenario on it (stored and
        open) what the edit took away (switches of deleted links, places of deleted actors,
        the note it wrote); what was done to the scenarios since is kept. Refused (C6Error,
        nothing changed) when the network has been edited again since."""
        since = self._expect(edit.network_id, edit.after, tr("undone"))
        on_it = self._docs_on(edit.network_id)
        read = self.store.scenarios_on_versioned(edit.network_id)
        now = {sid: sc for sid, (sc, _v) in read.items()}
        stored = {
            sid: _taken_back(now[sid], old, edit) for sid, old in edit.stored.items() if sid in now
        }
        stored.update(
            {sid: sc.restricted_to(edit.before) for sid, sc in now.items() if sid not in stored}
        )
        written = self.store.replace_network(
            edit.network_id,
            edit.before,
            stored,
            if_version=since,
            versions={sid: v for sid, (_sc, v) in read.items()},  # a save since: a conflict
        )
        self._written(edit.network_id, written, on_it)
        changed = []
        for doc in on_it:
            current = doc.session.scenario
            doc.session.set_network(edit.before)
            old = edit.open.get(doc.origin)
            if old is None and isinstance(doc.origin, InStore):
                old = edit.stored.get(doc.origin.scenario_id)
            change = (
                doc.session.replace_scenario(_taken_back(current, old, edit))
                if old is not None
                else Change(network_changed=True)
            )
            changed.append((doc, change))
        self._announce(changed)
        return changed

    def _expect(self, network_id: int, network: Network, step: str) -> int | None:
        """The network's version this window wrote or read last, checked against the store:
        a ConflictError naming who edited it since; then its content against `network`,
        which an edit from another of this window's scenarios may have moved on."""
        since = self._net_version.get(network_id)
        head = self.store.network_head(network_id)
        if since is not None and head.version != since:
            raise _network_conflict(network.name, head, since)
        if self.store.network(network_id) != network:
            raise C6Error(
                tr(
                    "the network has been edited again since this step (from another "
                    "scenario, or by another user), so it can no longer be {step} on its own",
                    step=step,
                )
            )
        return since

    def _written(self, network_id: int, written: NetworkWrite, on_it: list[Document]) -> None:
        """After this window's own write of a network: its new version is this window's, and
        so is each new version of an open scenario the write changed (its notes or switches,
        as this window changed them in memory too), when the document was at the version
        just before it. A document already behind (another login's save, or another
        process of the same login's, came between) stays behind: its next save conflicts."""
        self._editable.clear()
        self._net_version[network_id] = written.version
        for doc in on_it:
            doc.network_id, doc.network_version = network_id, written.version
            if isinstance(doc.origin, InStore) and doc.version is not None:
                new = written.versions.get(doc.origin.scenario_id)
                if new is not None and new == doc.version + 1:
                    doc.version = new

    # ---- other users: what they changed since the window last looked

    def watched(self) -> tuple[list[int], list[int]]:
        """The open stored scenarios and their networks, for `look` (on another thread)."""
        docs = [d for d in self.documents.values() if isinstance(d.origin, InStore)]
        scenario_ids = [d.origin.scenario_id for d in docs if isinstance(d.origin, InStore)]
        networks = sorted({d.network_id for d in docs if d.network_id is not None})
        return scenario_ids, networks

    def take_look(self, seen: Look) -> Moved:
        """Compare what the store holds with what the window last saw: whether the listing
        changed, and each open document whose stored version (or network) another user moved
        on and that is not already marked at it. Only a newer version counts, so a look read
        before one of this window's own saves reports nothing for it, and a listing read
        before this window's own last write is not taken (the one read after it is newer)."""
        listing = False
        if self.store_open and (seen.store is not self.store or seen.writes == self.store.writes):
            listing = self._listed is not None and _listing_key(seen) != self._listed
            self._keep(seen)
        moved: list[tuple[Document, Head, bool]] = []
        for doc in list(self.documents.values()):
            if not isinstance(doc.origin, InStore) or doc.version is None:
                continue
            sid = doc.origin.scenario_id
            if sid not in seen.heads:  # opened after the look was read
                continue
            head = seen.heads[sid]
            if head is None:
                from db import Head

                head = Head(doc.version + 1, "", None, deleted=True)
            if head.version > doc.version:
                if doc.theirs != head:
                    moved.append((doc, head, False))
                continue
            net = seen.networks.get(doc.network_id) if doc.network_id is not None else None
            if net is None or doc.network_version is None:
                continue
            if net.version > doc.network_version and doc.theirs != net:
                moved.append((doc, net, True))
        return Moved(listing, tuple(moved))

    def take_network(self, doc: Document) -> Change:
        """The stored network under `doc`'s scenario (another user edited it): the scenario's
        unsaved edits are kept where the network still has their links; listeners told."""
        network_id = doc.network_id if doc.network_id is not None else self._network_for(doc)
        network, version = self.store.network_versioned(network_id)
        change = doc.session.set_network(network)
        doc.network_id, doc.network_version = network_id, version
        self._net_version[network_id] = version
        if doc.theirs_network:
            doc.theirs, doc.theirs_network = None, False
        self._editable.clear()
        self.announce(doc, replace(change, network_changed=True))
        return change

    def keep_deleted(self, doc: Document) -> None:
        """A stored document whose scenario another user deleted (to the trash, or for
        good): it takes the stored network under it and is marked deleted, its scenario
        kept open; saving it is then a conflict that offers a copy."""
        assert isinstance(doc.origin, InStore)
        self.take_network(doc)
        try:
            head = self.store.head(doc.origin.scenario_id)  # in the trash: who and when
        except UnknownIdError:  # its trash emptied
            from db import Head

            head = Head((doc.version or 0) + 1, "", None, deleted=True)
        self.mark(doc, head)

    def mark(self, doc: Document, head: Head, network: bool = False) -> None:
        """Remember that the store holds a newer version of `doc` (or its network) than the
        one open, which keeps its unsaved edits: the window says so until it is saved as a
        copy or reloaded."""
        doc.theirs, doc.theirs_network = head, network

    # ---- who is told of changes: the window's views and controllers

    def subscribe(self, listener: Callable[[Document, Change], None]) -> None:
        self._listeners.append(listener)

    def announce(self, doc: Document, change: Change) -> None:
        """Tell every listener what an operation on `doc` changed."""
        for listener in list(self._listeners):
            listener(doc, change)

    def _announce(self, changed: list[tuple[Document, Change]]) -> None:
        for doc, change in changed:
            self.announce(doc, change)

    def _docs_on(self, network_id: int) -> list[Document]:
        return [d for d in self.documents.values() if self._on_network(d, network_id)]

    def _on_network(self, doc: Document, network_id: int) -> bool:
        try:
            return self._network_for(doc) == network_id
        except C6Error:
            return False

    def _network_for(self, doc: Document) -> int:
        if isinstance(doc.origin, InStore):
            return self.store.network_of(doc.origin.scenario_id)
        found = self.store.find_network(doc.session.network)
        if found is None:
            raise C6Error(
                tr("'{name}' is over a network the store does not hold; import it", name=doc.name)
            )
        return found


@dataclass(frozen=True)
class Look:
    """What the store holds now, read in one go (off the window's thread: it touches no
    document): its scenarios, live and in the trash, and the heads of the open stored
    scenarios and of their networks."""

    live: tuple[ScenarioInfo, ...]
    trash: tuple[ScenarioInfo, ...]
    heads: Mapping[int, Head | None]  # open scenario id -> its head; None: deleted for good
    networks: Mapping[int, Head]
    unreadable: tuple[str, ...] = ()  # why scenarios the listing left out could not be read
    writes: int = 0  # the store's own write count when the look began (see Workspace.listed)
    store: Store | None = field(default=None, compare=False, repr=False)  # the one read


def _listing_key(seen: Look) -> tuple[object, ...]:
    """What of a listing the window shows: a change in it is a change to show."""
    return (
        tuple((i.id, i.name, i.version) for i in seen.live),
        tuple((i.id, i.version) for i in seen.trash),
    )


@dataclass(frozen=True)
class Moved:
    """What another user changed since the window last looked."""

    listing: bool  # a scenario was saved, renamed, created or deleted
    documents: tuple[tuple[Document, Head, bool], ...]  # open ones moved on; True: the network


def look(store: Store, scenario_ids: Sequence[int], network_ids: Sequence[int]) -> Look:
    """Read what `Workspace.take_look` compares: a few small queries, bounded by the number
    of scenarios and of open documents."""
    writes = store.writes  # first: a write of this process during the look makes it older
    live = tuple(store.scenarios())
    unreadable = tuple(store.unreadable)  # what that listing left out, read on this thread
    heads: dict[int, Head | None] = {}
    for scenario_id in scenario_ids:
        try:
            heads[scenario_id] = store.head(scenario_id)
        except UnknownIdError:  # its trash was emptied
            heads[scenario_id] = None
    return Look(
        live,
        tuple(store.scenarios(trash=True)),
        heads,
        {network_id: store.network_head(network_id) for network_id in network_ids},
        unreadable,
        writes,
        store,
    )


def _network_conflict(name: str, head: Head, since: int | None) -> ConflictError:
    from db import network_conflict  # db is imported when the store opens, not at start

    return network_conflict(name, head, since)


def _taken_back(now: Scenario, old: Scenario, edit: NetworkEdit) -> Scenario:
    """`now` (a scenario as it stands after `edit`) with what the edit took from `old` (the
    same scenario before it) given back, on the network before the edit."""
    after = edit.after
    links = dict(now.link_states)
    links.update({k: v for k, v in old.link_states.items() if not after.has_link(k)})
    positions = dict(now.positions)
    positions.update({a: xy for a, xy in old.positions.items() if not after.has_actor(a)})
    notes = now.notes
    added = notes[len(old.notes) :].lstrip("\n") if notes.startswith(old.notes) else ""
    gone = sorted(k for k in old.link_states if not after.has_link(k))
    if gone and added.partition("] ")[2] == deleted_links_note(gone, date.min).partition("] ")[2]:
        notes = old.notes  # the line the edit wrote, and nothing written since
    taken_back = replace(now, link_states=links, positions=positions, notes=notes)
    return taken_back.restricted_to(edit.before)
