"""The open documents of a window, Qt-free: each a Session and where it is saved.

A document comes from the store (a stored scenario) or from a .c6s file; saving writes it
back there. Documents stay open while the user switches between them, so each keeps its
unsaved edits (and, in the UI, its own undo stack).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain import C6Error, Network, Scenario
from app.domain.text import free_name
from app.files.scenario_file import read_scenario_file, write_scenario_file
from app.session import Change, Session

if TYPE_CHECKING:  # the store is opened by a caller's function, maybe after the first paint
    from db import Store


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


@dataclass(eq=False)
class Document:
    session: Session
    origin: Origin

    @property
    def name(self) -> str:
        return self.session.scenario.name

    @property
    def where(self) -> str:
        """Where it is saved, for a title bar."""
        if isinstance(self.origin, InFile):
            return self.origin.path.name
        return "store" if isinstance(self.origin, InStore) else "not saved"


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

    def open_stored(self, scenario_id: int) -> Document:
        origin = InStore(scenario_id)
        if origin not in self.documents:
            scenario, network = self.store.load(scenario_id)
            self.documents[origin] = Document(Session(network, scenario), origin)
        return self.documents[origin]

    def open_file(self, path: Path) -> Document:
        origin = InFile(path.resolve())
        if origin not in self.documents:
            sf = read_scenario_file(path)
            self.documents[origin] = Document(Session(sf.network, sf.scenario), origin)
        return self.documents[origin]

    def new_scenario(self, name: str = "Untitled scenario") -> Document:
        """A new scenario over the store's first network, equal to its baseline; it goes into
        the store when first saved."""
        self._unsaved += 1
        taken = {d.name for d in self.documents.values()}
        unique = free_name(self.store.free_scenario_name(name), taken)
        network = self.store.network(self.store.default_network_id())
        doc = Document(Session(network, Scenario(unique)), Unsaved(self._unsaved))
        self.documents[doc.origin] = doc
        return doc

    def duplicate(self, doc: Document) -> Document:
        """A stored copy of a document as it is now (unsaved edits included)."""
        network_id = self._network_for(doc)
        copy = replace(
            doc.session.scenario, name=self.store.free_scenario_name(f"{doc.name} (copy)")
        )
        return self.open_stored(self.store.create_scenario(network_id, copy))

    def save(self, doc: Document) -> None:
        if isinstance(doc.origin, InFile):
            write_scenario_file(doc.origin.path, doc.session.scenario, doc.session.network)
        elif isinstance(doc.origin, InStore):
            self.store.save_scenario(doc.origin.scenario_id, doc.session.scenario)
        else:
            self.save_to_store(doc)

    def save_as(self, doc: Document, path: Path) -> Document:
        """Write the document to a .c6s file, which it is from then on."""
        write_scenario_file(path, doc.session.scenario, doc.session.network)
        return self._rekey(doc, InFile(path.resolve()))

    def save_to_store(self, doc: Document) -> Document:
        """Keep a document in the store as a new scenario (merging a file's network)."""
        outcome = self.store.import_scenario(
            doc.session.scenario, doc.session.network, own_network=False
        )
        moved = self._rekey(doc, InStore(outcome.scenario_id))
        if outcome.name != doc.name:
            doc.session.rename(outcome.name)
        return moved

    def delete(self, scenario_id: int) -> None:
        """Move a stored scenario to the trash and close it."""
        self.store.delete_scenario(scenario_id)
        self.documents.pop(InStore(scenario_id), None)

    def close(self, doc: Document) -> None:
        self.documents.pop(doc.origin, None)

    def _rekey(self, doc: Document, origin: Origin) -> Document:
        self.documents.pop(doc.origin, None)
        doc.origin = origin
        self.documents[origin] = doc
        return doc

    def network_id_of(self, doc: Document) -> int:
        """The stored network a document's scenario is over (C6Error for a file's own)."""
        return self._network_for(doc)

    def replace_network(
        self,
        network_id: int,
        network: Network,
        scenarios: Mapping[int, Scenario] | None = None,
    ) -> list[tuple[Document, Change]]:
        """Store an edited network (see Store.replace_network) and move every open document
        on it to the new one; what changed for each."""
        on_it = [d for d in self.documents.values() if self._on_network(d, network_id)]
        self.store.replace_network(network_id, network, scenarios)
        changed = []
        for doc in on_it:
            if (
                scenarios
                and isinstance(doc.origin, InStore)
                and doc.origin.scenario_id in scenarios
            ):
                doc.session.set_network(network)  # undo: the scenario as it was before
                change = doc.session.replace_scenario(scenarios[doc.origin.scenario_id])
            else:
                change = doc.session.set_network(network)
            changed.append((doc, change))
        return changed

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
            raise C6Error(f"'{doc.name}' is over a network the store does not hold; import it")
        return found
