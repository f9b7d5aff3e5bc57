"""Undo commands: each calls one session operation and hands the Change it reports to the
window, which refreshes its views from it. No command touches a widget."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QUndoCommand

from app.domain import C6Error, Network, Scenario
from app.session import Change
from app.workspace import Document, Workspace

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
    """An edit of the stored network (actors, links, risks). The first redo is the store
    write done before the push (so a refused write never reaches the stack); undo puts the
    network and every scenario on it back as they were."""

    def __init__(
        self,
        workspace: Workspace,
        network_id: int,
        before: Network,
        after: Network,
        scenarios: Mapping[int, Scenario],
        notify: Notify,
        fail: Callable[[str], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self.workspace, self.network_id = workspace, network_id
        self.before, self.after, self.scenarios = before, after, dict(scenarios)
        self.notify, self.fail = notify, fail
        self.done = True  # applied by the window before pushing

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        self._apply(self.after, None)

    def undo(self) -> None:
        self._apply(self.before, self.scenarios)

    def _apply(self, network: Network, scenarios: Mapping[int, Scenario] | None) -> None:
        try:
            changed = self.workspace.replace_network(self.network_id, network, scenarios)
        except C6Error as exc:
            self.fail(str(exc))
            return
        for doc, change in changed:
            self.notify(doc, change)
