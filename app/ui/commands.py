"""Undo commands: each calls one session operation and hands the Change it reports to the
window, which refreshes its views from it. No command touches a widget.

A command's text is made by a callable (`label`), so that `relabel(stack)` says every step
of a stack again in the language just switched to (Edit › Undo's text, the undo view); a
text given as a plain string stays as given."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain import C6Error, ConflictError
from app.session import Change
from app.ui.i18n import tr
from app.workspace import Document, NetworkEdit, Workspace

Notify = Callable[[Document, Change], None]
Label = str | Callable[[], str]  # a text, or what makes it in the current language

NOTES_ID = 1  # consecutive note edits merge into one undo step


def said(label: Label) -> str:
    """A label's text in the current language."""
    return label() if callable(label) else label


class Labelled(QUndoCommand):
    """An undo command whose text can be said again in another language (`relabel`)."""

    def __init__(self, label: Label) -> None:
        make: Callable[[], str] = label if callable(label) else lambda: label
        super().__init__(make())
        self.label = make

    def relabel(self) -> None:
        """Set the text again from `label`, in the language now in use."""
        self.setText(self.label())


def relabel(stack: QUndoStack) -> None:
    """Say every step of `stack` again in the language now in use (after a switch), and
    tell its Undo and Redo actions (a command's new text alone does not reach them)."""
    for i in range(stack.count()):
        command = stack.command(i)
        if isinstance(command, Labelled):
            command.relabel()
    stack.undoTextChanged.emit(stack.undoText())
    stack.redoTextChanged.emit(stack.redoText())


class SwitchLinks(Labelled):
    """Switch one or many links; undo restores each one's previous state."""

    def __init__(
        self, doc: Document, changes: Mapping[str, bool], notify: Notify, text: Label = ""
    ) -> None:
        wanted = dict(changes)
        super().__init__(text or (lambda: switch_label(wanted)))
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
    """What a switch of `changes` is called in the undo history: "Disable UZB:CIS",
    "Switch links: enable 2, disable 1"."""
    if len(changes) == 1:
        [(link_id, on)] = changes.items()
        return tr("Enable {link}", link=link_id) if on else tr("Disable {link}", link=link_id)
    ons = sum(1 for on in changes.values() if on)
    offs = len(changes) - ons
    if ons and offs:
        # "%n" is the number switched off; {on} the number switched on
        return tr("Switch links: enable {on}, disable %n", None, offs, on=ons)
    if ons:
        return tr("Switch links: enable %n", None, ons)
    return tr("Switch links: disable %n", None, offs)


def move_label(names: Sequence[str]) -> str:
    """What a drag of the nodes `names` is called in the undo history."""
    if len(names) <= 3:
        return tr("Move {names}", names=", ".join(sorted(names)))
    return tr("Move %n node(s)", None, len(names))


class MoveNodes(Labelled):
    def __init__(
        self,
        doc: Document,
        before: Mapping[str, tuple[float, float] | None],
        after: Mapping[str, tuple[float, float]],
        notify: Notify,
    ) -> None:
        names = list(after)
        super().__init__(lambda: move_label(names))
        self.doc, self.notify = doc, notify
        self.before, self.after = dict(before), dict(after)

    def redo(self) -> None:
        self.notify(self.doc, self.doc.session.move_nodes(self.after))

    def undo(self) -> None:
        self.notify(self.doc, self.doc.session.move_nodes(self.before))


class Rename(Labelled):
    def __init__(self, doc: Document, name: str, notify: Notify) -> None:
        super().__init__(lambda: tr("Rename to '{name}'", name=name))
        self.doc, self.notify = doc, notify
        self.old, self.new = doc.session.scenario.name, name

    def redo(self) -> None:
        self.notify(self.doc, self.doc.session.rename(self.new))

    def undo(self) -> None:
        self.notify(self.doc, self.doc.session.rename(self.old))


class SetNotes(Labelled):
    def __init__(self, doc: Document, notes: str, notify: Notify) -> None:
        super().__init__(lambda: tr("Edit notes"))
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


class EditNetwork(Labelled):
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
        label: Label = "",
    ) -> None:
        """`label` says the edit in the current language (else `edit.label` as it is)."""
        super().__init__(label or edit.label)
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
        self._run(self.workspace.apply, redo=True)

    def undo(self) -> None:
        self._run(self.workspace.revert, redo=False)

    def _run(self, step: Callable[[NetworkEdit], object], redo: bool) -> None:
        clean = self.stack is not None and self.stack.isClean()  # (the index has not moved)
        try:
            step(self.edit)
        except C6Error as exc:
            self.setObsolete(True)  # the stack drops it: what it shows is what is stored
            ask = self.conflict if isinstance(exc, ConflictError) else None
            if ask is None:
                reason = str(exc)
                self.fail(
                    tr("Cannot redo: {reason}", reason=reason)
                    if redo
                    else tr("Cannot undo: {reason}", reason=reason)
                )
            label = self.text()
            said = tr("Redo “{step}”", step=label) if redo else tr("Undo “{step}”", step=label)
            # Once the stack is done with this command (it is deleted then): dropping it
            # from a clean stack marked the stack unsaved, and a reload clears the stacks.
            QTimer.singleShot(0, partial(_refused, self.stack if clean else None, ask, exc, said))


def _refused(
    clean: QUndoStack | None,
    ask: Callable[[ConflictError, str], None] | None,
    exc: C6Error,
    step: str,
) -> None:
    """After a refused undo or redo of a network edit: nothing was written, so the document
    is as saved as it was (`clean`: the stack to mark so); another user's write in the way
    asks the conflict question."""
    if clean is not None:
        clean.setClean()
    if ask is not None and isinstance(exc, ConflictError):
        ask(exc, step)
