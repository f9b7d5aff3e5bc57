"""The live team view: every few seconds the store is read off the window's thread and
compared with what the window last saw. Another user's saves, renames, new scenarios and
deletions reach the Scenarios panel; an open scenario they changed is reloaded when it has
no unsaved edits, and otherwise marked (title, panel, and a bar with "Reload theirs"),
never reloaded under the user's edits. A store that does not answer is said once in the
status bar, and the window keeps looking, less often."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QSizePolicy, QStyle, QToolBar

from app.look import LIGHT
from app.ui import conflicts
from app.ui.context import Controller, Ui
from app.ui.workers import Job, Workers
from app.workspace import Document, Look, Unsaved, look

POLL_MS = 3_000  # how often the store is read when it answers
BACKOFF_MS = 60_000  # the longest wait between reads of a store that does not answer


def mark_of(doc: Document | None) -> str:
    """What another user did to an open document since it was opened, or ""."""
    head = doc.theirs if doc is not None else None
    if doc is None or head is None:
        return ""
    if head.deleted:
        return f"moved to the trash by {conflicts.who(head)}"
    if doc.theirs_network:
        return f"network changed by {conflicts.who(head)}"
    return f"changed by {conflicts.who(head)}"


class Team(QObject, Controller):
    listed = Signal()  # the list of scenarios, or a document's mark, changed

    def __init__(self, ui: Ui, window: QMainWindow) -> None:
        self.ui = ui
        QObject.__init__(self, window)
        self.interval_ms = POLL_MS
        self._wait = POLL_MS
        self._failing = False
        self._job: Job | None = None
        self.workers = Workers()  # its own thread: a slow store never delays the ranking
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)  # started again when a read is done: never two at once
        self.timer.timeout.connect(self.poll)
        self.bar = QToolBar("Changed by another user", window)
        self.bar.setObjectName("conflict-bar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.toggleViewAction().setVisible(False)
        self.bar.setStyleSheet(
            f"QToolBar#conflict-bar {{ border-left: 6px solid {LIGHT.single}; }}"
        )
        sign = QLabel(self.bar)
        icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        sign.setPixmap(icon.pixmap(20, 20))
        sign.setContentsMargins(6, 0, 0, 0)
        self.bar.addWidget(sign)
        self.message = QLabel(self.bar)
        self.message.setObjectName("conflict-message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.message.setContentsMargins(8, 2, 8, 2)
        self.bar.addWidget(self.message)
        self.copy_button = QPushButton("Save mine as a copy", self.bar)
        self.copy_button.setObjectName("conflict-bar-copy")
        self.copy_button.setToolTip("Store your version as a new scenario; theirs stays as it is")
        self.copy_button.clicked.connect(self.save_copy)
        self.bar.addWidget(self.copy_button)
        self.reload_button = QPushButton("Reload theirs", self.bar)
        self.reload_button.setObjectName("conflict-bar-reload")
        self.reload_button.setToolTip(
            "Take the stored version; your unsaved changes and their undo steps are lost"
        )
        self.reload_button.clicked.connect(self.reload_theirs)
        self.reload_action = self.bar.addWidget(self.reload_button)  # shown through it
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()

    # ---- looking

    def start(self) -> None:
        self._wait = self.interval_ms
        self.timer.start(self._wait)

    def stop(self) -> None:
        self.timer.stop()
        if self._job is not None:
            self._job.cancel()
        self.workers.cancel_all()

    def poll(self) -> None:
        """Read the store on the team thread (only once it is open: looking never opens
        it); the answer is compared on the window's thread."""
        if not self.workspace.store_open or self._job is not None:
            self.timer.start(self._wait)
            return
        store = self.workspace.store
        scenario_ids, network_ids = self.workspace.watched()

        def work(_progress: Callable[[float], None], _cancelled: Callable[[], bool]) -> Look:
            return look(store, scenario_ids, network_ids)

        job = Job(work, self)
        job.done.connect(self._seen)
        job.failed.connect(self._unreachable)
        self._job = job
        self.workers.start("look", job)

    def _unreachable(self, message: str) -> None:
        self._job = None
        if not self._failing:  # said once, until the store answers again
            self._failing = True
            self.status(f"Team store unreachable: {message.partition(': ')[2] or message}", 0)
        self._wait = min(self._wait * 2, BACKOFF_MS)
        self.timer.start(self._wait)

    def _seen(self, seen: Look) -> None:
        self._job = None
        if self._failing:
            self._failing = False
            self.status("Team store reachable again", 5_000)
        self._wait = self.interval_ms
        moved = self.workspace.take_look(seen)
        marked = False
        for doc, head, network in moved.documents:
            if doc not in self.workspace.documents.values():
                continue  # closed meanwhile
            if head.deleted or self._dirty(doc):
                self.workspace.mark(doc, head, network)
                marked = True
            else:
                doc.theirs = head  # what the status line names
                with self.guard("Cannot reload"):
                    conflicts.reload(self.ui, doc)
        if moved.listing or moved.documents or marked:
            self.listed.emit()
        self.show_bar()
        self.timer.start(self._wait)

    def _dirty(self, doc: Document) -> bool:
        stack = self.ui.stacks.get(doc)
        return stack is not None and not stack.isClean()

    # ---- the bar over the document on screen

    def show_bar(self) -> None:
        doc = self.doc
        head = doc.theirs if doc is not None else None
        if doc is None or head is None:
            self.bar.hide()
            return
        at = conflicts.when(head.saved_at)
        who = conflicts.who(head)
        kept = " Your unsaved changes are kept." if self._dirty(doc) else ""
        if head.deleted:
            text = f"{who} moved ‘{doc.name}’ to the trash at {at}.{kept}"
        elif doc.theirs_network:
            text = (
                f"{who} saved version {head.version} of the network "
                f"‘{doc.session.network.name}’ at {at}.{kept}"
            )
        else:
            text = f"{who} saved version {head.version} of ‘{doc.name}’ at {at}.{kept}"
        self.message.setText(text)
        self.reload_action.setVisible(not head.deleted)
        self.bar.show()

    def reload_theirs(self) -> None:
        doc = self.doc
        if doc is None or doc.theirs is None or isinstance(doc.origin, Unsaved):
            return
        with self.guard("Cannot reload"):
            conflicts.reload(self.ui, doc)
        self.listed.emit()
        self.show_bar()

    def save_copy(self) -> None:
        doc = self.doc
        if doc is None:
            return
        with self.guard("Cannot save a copy"):
            self.workspace.save_as_copy(doc)
            self.ui.stacks[doc].setClean()
            self.status(f"Saved your version as “{doc.name}”", 10_000)
        self.listed.emit()
        self.show_bar()
