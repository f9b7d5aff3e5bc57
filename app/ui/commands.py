"""Undo commands: each calls one session operation and hands the Change it reports to the
window, which refreshes its views from it. No command touches a widget."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain import C6Error, ConflictError
from app.session import Change
from app.workspace import Document, NetworkEdit, Workspace

Notify = Callable[[Document, Change], None]

NOTES_ID = 1  # consecutive note edits merge into one undo step


class SwitchLinks(QUndoCommand):
    """Switch one or many links; undo restores each one's previous state."""

    def __init__(
        self, doc: Document, changes: Mapping[str, bool], notify: Notify, text: str = ""
    ) -> None:
        super().__init__(text or switch_label(changes))
        self.doc, self.notify = doc, notify
        before = doc.session.enabled()
        self.changes = {lid: on for lid, on in changes.items() if (lid in before) != on}
        self.inverse = {lid: not on for lid, on in self.changes.items()}
        if not self.changes:
            self.setObsolete(True)

    def redo(self) -> None:
        self.notify(self.doc, self.doc.session.set_links(self.changes))

    def undo(self) -> None:
        self.notify(self.doc, self.doc.session.set_links(self.inverse))


def switch_label(changes: Mapping[str, bool]) -> str:
    if len(changes) == 1:
        [(link_id, on)] = changes.items()
        return f"{'Enable' if on else 'Disable'} {link_id}"
    ons = sum(1 for on in changes.values() if on)
    offs = len(changes) - ons
    parts = ([f"enable {ons}"] if ons else []) + ([f"disable {offs}"] if offs else [])
    return "Switch links: " + ", ".join(parts)


class MoveNodes(QUndoCommand):
    def __init__(
        self,
        doc: Document,
        before: Mapping[str, tuple[float, float] | None],
        after: Mapping[str, tuple[float, float]],
        notify: Notify,
    ) -> None:
        names = ", ".join(sorted(after))
        super().__init__(f"Move {names}" if len(after) <= 3 else f"Move {len(after)} nodes")
        self.doc, self.notify = doc, notify
        self.before, self.after = dict(before), dict(after)

    def redo(self) -> None:
        self.notify(self.doc, self.doc.session.move_nodes(self.after))

    def undo(self) -> None:
        self.notify(self.doc, self.doc.session.move_nodes(self.before))


class Rename(QUndoCommand):
    def __init__(self, doc: Document, name: str, notify: Notify) -> None:
        super().__init__(f"Rename to '{name}'")
        self.doc, self.notify = doc, notify
        self.old, self.new = doc.session.scenario.name, name

    def redo(self) -> None:
        self.notify(self.doc, self.doc.session.rename(self.new))

    def undo(self) -> None:
        self.notify(self.doc, self.doc.session.rename(self.old))


class SetNotes(QUndoCommand):
    def __init__(self, doc: Document, notes: str, notify: Notify) -> None:
        super().__init__("Edit notes")
        self.doc, self.notify = doc, notify
        self.old, self.new = doc.session.scenario.notes, notes

    def id(self) -> int:
        return NOTES_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetNotes) or other.doc is not self.doc:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.notify(self.doc, self.doc.session.set_notes(self.new))

    def undo(self) -> None:
        self.notify(self.doc, self.doc.session.set_notes(self.old))


class EditNetwork(QUndoCommand):
    """An edit of the stored network (actors, links, risks), as a value the workspace
    applies and reverts; the workspace tells every view what changed. The edit is applied
    (`apply_first`) before the command is pushed, so a refused edit never touches the stack
    or its redo history; a refused undo or redo later takes the command off the stack, so
    the stack never promises a step the store did not take."""

    def __init__(
        self,
        workspace: Workspace,
        edit: NetworkEdit,
        fail: Callable[[str], None],
        conflict: Callable[[ConflictError, str], None] | None = None,
        stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(edit.label)
        self.workspace, self.edit, self.fail = workspace, edit, fail
        self.conflict = conflict  # another user's write in the way: (it, "Undo “label”")
        self.stack = stack  # the one it is pushed on: a refused step leaves it as clean as it was
        self._applied = False  # by apply_first: the push's redo has nothing left to do

    def apply_first(self) -> str:
        """Apply the edit now; the one-line reason when refused (nothing changed then)."""
        try:
            self.workspace.apply(self.edit)
        except C6Error as exc:
            return str(exc)
        self._applied = True
        return ""

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self.workspace.apply, "Redo")

    def undo(self) -> None:
        self._run(self.workspace.revert, "Undo")

    def _run(self, step: Callable[[NetworkEdit], object], verb: str) -> None:
        clean = self.stack is not None and self.stack.isClean()  # (the index has not moved)
        try:
            step(self.edit)
        except C6Error as exc:
            self.setObsolete(True)  # the stack drops it: what it shows is what is stored
            ask = self.conflict if isinstance(exc, ConflictError) else None
            if ask is None:
                self.fail(f"Cannot {verb.lower()}: {exc}")
            # Once the stack is done with this command (it is deleted then): dropping it
            # from a clean stack marked the stack unsaved, and a reload clears the stacks.
            QTimer.singleShot(
                0, partial(_refused, self.stack if clean else None, ask, exc, verb, self.text())
            )


def _refused(
    clean: QUndoStack | None,
    ask: Callable[[ConflictError, str], None] | None,
    exc: C6Error,
    verb: str,
    label: str,
) -> None:
    """After a refused undo or redo of a network edit: nothing was written, so the document
    is as saved as it was (`clean`: the stack to mark so); another user's write in the way
    asks the conflict question."""
    if clean is not None:
        clean.setClean()
    if ask is not None and isinstance(exc, ConflictError):
        ask(exc, f"{verb} “{label}”")
