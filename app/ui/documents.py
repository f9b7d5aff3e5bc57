"""The window's documents: new, open, save, save as, rename, notes, delete to the trash,
restore, recent files, and the question before unsaved changes are lost. Each document is
a workspace Document with its own undo stack."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from app.domain import C6Error, ConflictError
from app.domain.text import MAX_NAME, MAX_TEXT, check_text, cleaned
from app.ui import conflicts
from app.ui.commands import Rename, SetNotes
from app.ui.context import APP, Controller, Ui, file_filter
from app.ui.i18n import tr
from app.ui.scenarios_panel import ScenariosPanel
from app.workspace import Document, InFile, InStore, Origin

MAX_RECENT = 8


def _quoted(name: str) -> str:
    """A scenario's name in the language's quotation marks."""
    return tr("“{name}”", name=name)


class Documents(QObject, Controller):
    listed = Signal()  # the list of scenarios, or what the title says, changed
    recent_changed = Signal()  # the recent files changed
    store_switched = Signal(str)  # the window works on another store now (its URL as given)
    store_refused = Signal(str)  # a store could not be switched to: the store's one line

    def __init__(self, ui: Ui, scenarios: ScenariosPanel) -> None:
        self.ui = ui
        QObject.__init__(self, ui.parent)
        self.scenarios = scenarios

    def push(self, command: QUndoCommand) -> None:
        if self.doc is not None:
            self.ui.push(self.doc, command)

    def open_origin(self, origin: Origin) -> None:
        with self.guard(tr("Cannot open")):
            if origin in self.workspace.documents:
                self.ui.show(self.workspace.documents[origin])
            elif isinstance(origin, InStore):
                self.ui.show(self.workspace.open_stored(origin.scenario_id))
            elif isinstance(origin, InFile):
                self.open_file(origin.path)

    def open_file(self, path: Path) -> None:
        with self.guard(tr("Cannot open {path}", path=path)):
            self.ui.show(self.workspace.open_file(path))
            self.add_recent(path)

    def open_start(self) -> None:
        """On start: the last scenario used, else a new one from the baseline."""
        last = self.ui.settings.value("session/last_scenario")
        try:
            if last is not None and int(str(last)) in {i.id for i in self.workspace.scenarios()}:
                self.ui.show(self.workspace.open_stored(int(str(last))))
                return
        except (ValueError, C6Error):
            pass
        self.new_scenario()

    def new_scenario(self) -> None:
        with self.guard(tr("Cannot create a scenario")):
            self.ui.show(self.workspace.new_scenario())

    def duplicate(self) -> None:
        if self.doc is None:
            return
        with self.guard(tr("Cannot duplicate")):
            self.ui.show(self.workspace.duplicate(self.doc))

    def is_dirty(self, doc: Document) -> bool:
        stack = self.ui.stacks.get(doc)
        return stack is not None and not stack.isClean()

    def save(self) -> bool:
        if self.doc is None:
            return False
        return self.save_document(self.doc)

    def save_document(self, doc: Document) -> bool:
        with self.guard(tr("Cannot save")):
            try:
                self.workspace.save(doc)
            except ConflictError as conflict:  # another user saved first: nothing written
                done = conflicts.resolve_save(self.ui, doc, conflict)
                self.listed.emit()
                return done
            self.ui.stacks[doc].setClean()
            if isinstance(doc.origin, InStore):
                said = tr("Saved “{name}” to the store", name=doc.name)
            else:
                said = tr("Saved “{name}” to {file}", name=doc.name, file=doc.where)
            self.status(said, 5_000)
            self.listed.emit()
            return True
        return False

    def save_as(self, path: Path) -> bool:
        if self.doc is None:
            return False
        with self.guard(tr("Cannot save {path}", path=path)):
            self.workspace.save_as(self.doc, path)
            self.ui.stacks[self.doc].setClean()
            self.add_recent(path)
            self.status(tr("Saved “{name}” to {file}", name=self.doc.name, file=path), 5_000)
            self.listed.emit()
            return True
        return False

    def save_as_dialog(self) -> None:
        if (path := self.ask_save_path(tr("Save scenario as"), file_filter())) is not None:
            self.save_as(path)

    def open_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.owner, tr("Open scenario file"), "", file_filter()
        )
        if path:
            self.open_file(Path(path))

    def delete_current(self) -> None:
        """A stored scenario goes to the trash; a file or unsaved one is closed. Either way
        unsaved changes are named before they are lost."""
        doc = self.doc
        if doc is None:
            return
        stored = isinstance(doc.origin, InStore)
        dirty = self.is_dirty(doc)
        if stored and dirty:
            question = tr(
                "Move “{name}” to the trash? It can be restored from Trash until the trash is "
                "emptied. Its unsaved changes will be lost.",
                name=doc.name,
            )
        elif stored:
            question = tr(
                "Move “{name}” to the trash? It can be restored from Trash until the trash is "
                "emptied.",
                name=doc.name,
            )
        elif dirty:
            question = tr("Close “{name}”? Its unsaved changes will be lost.", name=doc.name)
        else:
            question = ""
        if (
            question
            and QMessageBox.question(self.owner, APP, question) != QMessageBox.StandardButton.Yes
        ):
            return
        with self.guard(tr("Cannot delete")):
            if isinstance(doc.origin, InStore):
                self.workspace.delete(doc.origin.scenario_id)
            else:
                self.workspace.close(doc)
            self.ui.stacks.pop(doc).setParent(None)  # leaves the window's undo group
            self.workspace.current = None
            others = list(self.workspace.documents.values())
            if others:  # back to the scenario open before it, not a new untitled one
                self.ui.show(others[-1])
            else:
                self.open_start()

    def switch_store(self, url: str) -> bool:
        """Work on the store at `url` from now on. Its scenarios replace this store's
        (unsaved changes to those are asked about first); files and new scenarios stay
        open (else the store's newest scenario is shown). A store that cannot be opened
        changes nothing: `store_refused` says why in a line, and the status line which
        store (and role) the window is still on."""
        leaving = [d for d in self.workspace.documents.values() if isinstance(d.origin, InStore)]
        dirty = [d for d in leaving if self.is_dirty(d)]
        if dirty:
            answer = self.ask_unsaved(dirty, True)  # switching store
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not all(
                self.save_document(d) for d in dirty
            ):
                return False
        try:
            closed = self.workspace.switch_store(url)
        except C6Error as exc:
            self.store_refused.emit(str(exc))
            with self.guard(tr("Cannot read the store")):
                if self.workspace.store_open:
                    now = self.workspace.open_store()  # "Store: …", and who is signed in
                    self.status(tr("Not connected. Still open: {store}", store=now), 0)
            return False
        with self.guard(tr("Cannot open the store")):
            for doc in closed:
                stack = self.ui.stacks.pop(doc, None)
                if stack is not None:
                    stack.setParent(None)  # leaves the window's undo group
            self.status(self.workspace.open_store(), 0)  # where, and who is signed in
            self.store_switched.emit(url)
            others = list(self.workspace.documents.values())
            stored = self.workspace.scenarios() if not others else []  # newest first
            if self.doc is not None:
                self.listed.emit()
            elif others:
                self.ui.show(others[-1])
            elif stored:  # a reader can do more with the team's latest than with a new one
                self.ui.show(self.workspace.open_stored(stored[0].id))
            else:
                self.new_scenario()
            return True
        return False

    def restore(self, scenario_id: int) -> None:
        with self.guard(tr("Cannot restore")):
            name = self.workspace.restore(scenario_id)
            self.status(tr("Restored “{name}”", name=name), 5_000)
            self.ui.show(self.workspace.open_stored(scenario_id))

    def empty_trash(self) -> None:
        """Delete for good the scenarios the trash showed when the user asked (named in the
        question); one another user put in the trash since is kept."""
        shown = self.scenarios.trash_shown()
        if not shown:
            return
        names = ", ".join(_quoted(i.name) for i in shown[:5])
        if len(shown) > 5:
            names = tr("{list} and %n more", None, len(shown) - 5, list=names)
        answer = QMessageBox.question(
            self.owner,
            APP,
            tr("Delete {names} for good? This cannot be undone.", names=names),
        )
        if answer == QMessageBox.StandardButton.Yes:
            with self.guard(tr("Cannot empty the trash")):
                n = self.workspace.empty_trash([i.id for i in shown])
                self.status(tr("Deleted %n scenario(s) for good", None, n), 5_000)
                self.listed.emit()

    def rename(self, name: str) -> None:
        if self.doc is None:
            return
        name = " ".join(name.split())
        if not name:
            self.error(tr("A scenario needs a name."))
        elif name != self.doc.name:
            with self.guard(tr("Cannot rename")):  # refused before it reaches the undo stack
                check_text(name, tr("the scenario's name"), limit=MAX_NAME, lines=False)
                self.push(Rename(self.doc, name, self.workspace.announce))

    def rename_dialog(self) -> None:
        if self.doc is None:
            return
        name, ok = QInputDialog.getText(
            self.owner, tr("Rename scenario"), tr("Name:"), text=self.doc.name
        )
        if ok:
            self.rename(name)

    def edit_notes(self, notes: str) -> None:
        if self.doc is None:
            return
        kept = self.doc.session.scenario.notes
        notes = cleaned(notes)  # a pasted control character is dropped, not refused
        if len(notes) > MAX_TEXT:  # refused whole: a cut would lose the end unseen
            self.scenarios.set_notes(kept)
            locale = QLocale()  # the window's language: 100,000 or 100 000
            self.error(
                tr(
                    "Notes hold up to {limit} characters; this text has {length}. The notes "
                    "are as they were.",
                    limit=locale.toString(MAX_TEXT),
                    length=locale.toString(len(notes)),
                )
            )
        elif notes != kept:
            self.push(SetNotes(self.doc, notes, self.workspace.announce))

    def add_recent(self, path: Path) -> None:
        recent = [str(path.resolve())] + [
            p for p in self.recent_files() if p != str(path.resolve())
        ]
        self.ui.settings.setValue("files/recent", recent[:MAX_RECENT])
        self.recent_changed.emit()

    def recent_files(self) -> list[str]:
        value = self.ui.settings.value("files/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def unsaved(self) -> list[Document]:
        return [d for d in self.workspace.documents.values() if self.is_dirty(d)]

    def ask_unsaved(
        self, docs: list[Document], switching_store: bool = False
    ) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel: before closing, or before this store's scenarios close
        when the window switches to another store."""
        names = ", ".join(_quoted(d.name) for d in docs)
        question = (
            tr("Save the changes to {names} before this store's scenarios close?", names=names)
            if switching_store
            else tr("Save the changes to {names} before closing?", names=names)
        )
        return QMessageBox.question(
            self.owner,
            APP,
            question,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
