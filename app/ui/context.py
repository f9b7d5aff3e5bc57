"""What the window's controllers share: the workspace (the only door to data) and a few
window services (dialogs' parent, messages, undo stacks, workers). A controller gets one Ui,
never the window, and never calls another controller; what one changes reaches the others
as the workspace's change notification."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain import C6Error
from app.ui.i18n import tr
from app.ui.network_canvas import NetworkCanvas
from app.ui.workers import Workers
from app.workspace import Document, Workspace

APP = "C6 Scenario Explorer"  # a name: the same in every language


def file_filter() -> str:
    """A file dialog's filter for scenario files, in the current language."""
    return tr("C6 scenarios (*.c6s);;All files (*)")


@dataclass
class Ui:
    workspace: Workspace
    parent: QWidget  # of every dialog
    canvas: NetworkCanvas
    workers: Workers
    settings: QSettings
    stacks: dict[Document, QUndoStack]
    error: Callable[[str], None]  # one dialog (or raised when no one can answer)
    status: Callable[[str, int], None]  # a message in the status bar for some milliseconds
    show: Callable[[Document], None]  # put a document on screen
    recent: Callable[[Path], None]  # a file to offer under File › Open recent

    def push(self, doc: Document, command: QUndoCommand) -> None:
        self.stacks[doc].push(command)


@contextmanager
def guard(error: Callable[[str], None], what: str) -> Iterator[None]:
    """Errors a user can cause become one dialog (`error`); nothing half-done is shown as
    done."""
    try:
        yield
    except C6Error as exc:
        error(str(exc))
    except OSError as exc:  # `what` is said by the caller in the current language
        error(
            tr(
                "{what}: {reason}",  # an action that failed: the system's reason
                what=what,
                reason=exc.strerror or exc,
            )
        )


class Controller:
    """A part of the window's behaviour, over one Ui."""

    ui: Ui

    def __init__(self, ui: Ui | None = None) -> None:
        if ui is not None:  # a QObject subclass sets it first: Qt calls this without one
            self.ui = ui

    @property
    def workspace(self) -> Workspace:
        return self.ui.workspace

    @property
    def doc(self) -> Document | None:
        return self.ui.workspace.current

    @property
    def owner(self) -> QWidget:
        return self.ui.parent

    def error(self, message: str) -> None:
        self.ui.error(message)

    def status(self, message: str, msecs: int = 5_000) -> None:
        self.ui.status(message, msecs)

    def guard(self, what: str) -> AbstractContextManager[None]:
        return guard(self.error, what)

    def ask_save_path(
        self, title: str, name_filter: str = "", suffixes: tuple[str, ...] = (".c6s",)
    ) -> Path | None:
        """A path chosen in a save dialog (the first suffix added unless it has one of
        `suffixes`; `name_filter` scenario files' unless given), or None."""
        if self.doc is None:
            return None
        start = f"{self.doc.name}{suffixes[0]}"
        path, _ = QFileDialog.getSaveFileName(
            self.owner, title, start, name_filter or file_filter()
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(suffixes) else f"{path}{suffixes[0]}")
