"""When another user saved first: the question a refused save or network edit asks ("Save
mine as a copy", "Reload theirs", "Cancel"), and what each answer does. Shared by the
documents controller (saving), the network editor and the team view (its bar's button)."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from app.domain import ConflictError, UnknownIdError
from app.ui.context import APP, Ui
from app.ui.i18n import tr
from app.workspace import Document, InStore

if TYPE_CHECKING:  # db is imported when the store opens, after the first paint
    from app.workspace import Head


class Answer(Enum):  # the buttons' texts are said by the dialog, in the current language
    COPY = "copy"
    RELOAD = "reload"
    CANCEL = "cancel"


def when(saved_at: object) -> str:
    """A store's time (UTC) as the user's clock shows it: "14:02", or "14:02 on 3 May"
    when it is not today."""
    if not isinstance(saved_at, datetime):
        return tr("an unknown time")
    local = (saved_at if saved_at.tzinfo else saved_at.replace(tzinfo=UTC)).astimezone()
    today = datetime.now(local.tzinfo).date()
    time = f"{local:%H:%M}"
    if local.date() == today:
        return time
    day = QLocale().toString(QDate(local.year, local.month, local.day), "dd MMM yyyy")
    return tr("{time} on {date}", time=time, date=day)  # 14:02 on 03 May 2026


def who(head: Head | ConflictError) -> str:
    return head.saved_by or tr("someone", "who saved, when the store does not know")


class ConflictDialog(QMessageBox):
    """Who saved which version when, and the ways out; `answer` after `exec`."""

    def __init__(
        self,
        parent: QWidget,
        doc: Document,
        conflict: ConflictError,
        network: bool,
        step: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict-dialog")
        self.setWindowTitle(tr("{app} — saved by someone else", app=APP))
        self.setIcon(QMessageBox.Icon.Warning)
        name = doc.session.network.name if network else doc.name
        if network and step:  # an undo or redo of a network edit, refused by the store
            text = tr("{step} was not done: {reason}", step=step, reason=_sentence(str(conflict)))
            info = tr(
                "Reload theirs to take the stored network and scenarios into every open "
                "scenario on it (network edits leave the undo history). Cancel leaves "
                "everything as it is; the step is no longer offered."
            )
        elif network:
            text = tr(
                "{who} edited the network “{name}” (version {version}) at {when}, after you "
                "opened it. Your edit was not made.",
                who=who(conflict),
                name=name,
                version=conflict.version,
                when=when(conflict.saved_at),
            )
            info = tr(
                "Reload theirs to take their network into every open scenario on it (your "
                "network edits can then no longer be undone), then edit again."
            )
        elif conflict.deleted and conflict.version == 0:  # its trash emptied: no time kept
            text = tr(
                "“{name}” was deleted for good (the trash was emptied) after you opened it. "
                "Nothing was saved.",
                name=name,
            )
            info = tr("Save mine as a copy keeps your version as a new scenario.")
        elif conflict.deleted:
            text = tr(
                "{who} moved “{name}” to the trash at {when}, after you opened it. Nothing "
                "was saved.",
                who=who(conflict),
                name=name,
                when=when(conflict.saved_at),
            )
            info = tr("Save mine as a copy keeps your version as a new scenario.")
        else:
            text = tr(
                "{who} saved version {version} of “{name}” at {when}, after you opened it. "
                "Nothing was saved.",
                who=who(conflict),
                version=conflict.version,
                name=name,
                when=when(conflict.saved_at),
            )
            info = tr(
                "Save mine as a copy keeps your version as a new scenario beside theirs; "
                "Reload theirs throws your unsaved changes away."
            )
        self.setText(text)
        self.setInformativeText(info)
        self.choices: dict[Answer, QAbstractButton] = {}
        role = QMessageBox.ButtonRole
        if not network:
            copy = self.addButton(tr("Save mine as a copy"), role.AcceptRole)
            copy.setObjectName("conflict-copy")
            copy.setToolTip(
                tr("Store your version as a new scenario; theirs stays as they saved it")
            )
            self.choices[Answer.COPY] = copy
        if not conflict.deleted:
            reload = self.addButton(
                tr("Reload theirs") if network else tr("Reload theirs, drop my changes"),
                role.DestructiveRole,
            )
            reload.setObjectName("conflict-reload")
            reload.setToolTip(
                tr("Take the stored version; your unsaved changes and undo steps are lost")
                if not network
                else tr("Take the stored network; network edits leave the undo history")
            )
            self.choices[Answer.RELOAD] = reload
        cancel = self.addButton(tr("Cancel"), role.RejectRole)
        cancel.setObjectName("conflict-cancel")
        self.choices[Answer.CANCEL] = cancel
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)

    def answer(self) -> Answer:
        clicked = self.clickedButton()
        return next((a for a, b in self.choices.items() if b is clicked), Answer.CANCEL)

    def choose(self, answer: Answer) -> int:
        """Click the button of `answer` (as a user would), for tests and scripts."""
        button = self.choices[answer]
        button.click()
        return 0


def _sentence(message: str) -> str:
    """A store's one-line message as a sentence: capital first, full stop last."""
    return (message[:1].upper() + message[1:]).rstrip(".") + "."


def ask(
    ui: Ui, doc: Document, conflict: ConflictError, network: bool = False, step: str = ""
) -> Answer:
    dialog = ConflictDialog(ui.parent, doc, conflict, network, step)
    dialog.exec()
    return dialog.answer()


def resolve_save(ui: Ui, doc: Document, conflict: ConflictError) -> bool:
    """A save of `doc` was refused: ask, and do what the user chose. True when nothing of
    the document is left unsaved (saved as a copy, or reloaded)."""
    answer = ask(ui, doc, conflict)
    if answer is Answer.COPY:
        ui.workspace.save_as_copy(doc)
        ui.stacks[doc].setClean()
        ui.status(
            tr("Saved your version as “{name}”; theirs is kept as they saved it", name=doc.name),
            10_000,
        )
        return True
    if answer is Answer.RELOAD:
        reload(ui, doc)
        return True
    ui.status(tr("Not saved: your changes are still open, unsaved"), 10_000)
    return False


def reload(ui: Ui, doc: Document) -> None:
    """Take the stored version of `doc` in place of the open one; its undo steps go (they
    were made on a version no longer there) and it is clean."""
    head = doc.theirs
    ui.workspace.reload(doc)
    stack = ui.stacks.get(doc)
    if stack is not None:
        stack.clear()
    if head is None:
        said = tr("‘{name}’ reloaded", name=doc.name)
    else:
        said = tr(
            "‘{name}’ reloaded: saved by {who} at {when}",
            name=doc.name,
            who=who(head),
            when=when(head.saved_at),
        )
    ui.status(said, 10_000)


def resolve_network(ui: Ui, doc: Document, conflict: ConflictError, step: str = "") -> None:
    """A network edit from `doc` (or, with `step`, its undo or redo) was refused: ask;
    "Reload theirs" takes the stored network into every open document on it (a clean
    stored one reloads whole; one with unsaved edits keeps them where the network still has
    their links), and drops their undo steps, which were made on a network no longer there.
    A document whose scenario is no longer stored (another user deleted it) takes the
    network and keeps its scenario, marked as deleted; the status line says so, once."""
    if ask(ui, doc, conflict, network=True, step=step) is not Answer.RELOAD:
        said = (
            tr("{step} was not done; nothing was changed", step=step)
            if step
            else tr("The edit was not done; nothing was changed")
        )
        ui.status(said, 10_000)
        return
    network_id = doc.network_id
    ws = ui.workspace
    on_it = [
        d for d in ws.documents.values() if network_id is not None and d.network_id == network_id
    ]
    if doc not in on_it and doc in ws.documents.values():
        on_it.append(doc)
    gone: list[str] = []
    for d in on_it:
        stack = ui.stacks.get(d)
        dirty = stack is not None and not stack.isClean()
        if isinstance(d.origin, InStore) and not dirty:
            try:
                ws.reload(d)
            except UnknownIdError:  # trashed or deleted for good since it was opened
                ws.keep_deleted(d)
                dirty = True  # marked: a save asks, and offers a copy
                gone.append(d.name)
        else:
            ws.take_network(d)
        if stack is not None:
            stack.clear()
            if dirty:
                stack.resetClean()  # still unsaved: its edits are kept, not its steps
    network_name, by = doc.session.network.name, who(conflict)
    said = tr("Reloaded the network “{network}” as {who} left it", network=network_name, who=by)
    if gone:
        names = ", ".join(tr("“{name}”", name=n) for n in gone)
        said = tr(
            "Reloaded the network “{network}” as {who} left it; {names} (%n scenario(s)) "
            "deleted by another user: kept open, Save stores a copy",
            None,
            len(gone),
            network=network_name,
            who=by,
            names=names,
        )
    ui.status(said, 30_000 if gone else 10_000)
