"""The live team view: every few seconds the store is read off the window's thread and
compared with what the window last saw. Another user's saves, renames, new scenarios and
deletions reach the Scenarios panel; an open scenario they changed is reloaded when it has
no unsaved edits, and otherwise marked (title, panel, and a bar with "Reload theirs"),
never reloaded under the user's edits. A store that does not answer is said once in the
status bar, and the window keeps looking, less often; one that stops answering mid-read is
said once too, and the window stays usable meanwhile. A look read from a store the window
has since left is dropped."""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QSizePolicy, QStyle, QToolBar

from app.look import LIGHT
from app.ui import conflicts
from app.ui.context import Controller, Ui
from app.ui.i18n import tr
from app.ui.workers import Job, Workers
from app.workspace import Document, InStore, Look, Unsaved, look, without_password

if TYPE_CHECKING:
    from app.workspace import Head, Store

POLL_MS = 3_000  # how often the store is read when it answers
BACKOFF_MS = 60_000  # the longest wait between reads of a store that does not answer
WATCHDOG_MS = 15_000  # a read running this long: the store is said not to be answering


def mark_of(doc: Document | None) -> str:
    """What another user did to an open document since it was opened, or ""."""
    head = doc.theirs if doc is not None else None
    if doc is None or head is None:
        return ""
    by = conflicts.who(head)
    if head.deleted:
        return tr("moved to the trash by {who}", who=by)
    if doc.theirs_network:
        return tr("network changed by {who}", who=by)
    if head.action.startswith("renamed from "):
        return tr("renamed by {who}", who=by)
    if head.action.startswith("restored version "):
        return tr("version {number} restored by {who}", number=head.action.split()[2], who=by)
    if head.action == "notes edited":
        return tr("notes edited by {who}", who=by)
    return tr("changed by {who}", who=by)


def row_name(doc: Document | None, stored: str) -> str:
    """The name a Scenarios row shows: the open document's (its unsaved rename included),
    but the stored one when another user renamed it since."""
    if doc is None:
        return stored
    head = doc.theirs
    if head is not None and not doc.theirs_network and head.action.startswith("renamed from "):
        return stored
    return doc.name


def renamed_from(head: Head, fallback: str) -> str:
    """The name a rename by another user took away (its version's action quotes it)."""
    quoted = head.action.removeprefix("renamed from ")
    try:
        old = ast.literal_eval(quoted)  # the store quotes it as Python's repr
    except (ValueError, SyntaxError):  # cut short ("…") when it is long
        return fallback
    return old if isinstance(old, str) else fallback


class Team(QObject, Controller):
    listed = Signal()  # the list of scenarios, or a document's mark, changed

    def __init__(self, ui: Ui, window: QMainWindow) -> None:
        self.ui = ui
        QObject.__init__(self, window)
        self.interval_ms = POLL_MS
        self._wait = POLL_MS
        self._failing = False
        self._silent = False  # a read has run past the watchdog (said once)
        self._job: Job | None = None
        self._job_store: Store | None = None  # the store the job in flight reads
        self.watchdog_ms = WATCHDOG_MS
        self.workers = Workers()  # its own thread: a slow store never delays the ranking
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)  # started again when a read is done: never two at once
        self.timer.timeout.connect(self.poll)
        self.watchdog = QTimer(self)
        self.watchdog.setSingleShot(True)
        self.watchdog.timeout.connect(self._not_answering)
        self.bar = QToolBar(window)
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
        self.copy_button = QPushButton(self.bar)
        self.copy_button.setObjectName("conflict-bar-copy")
        self.copy_button.clicked.connect(self.save_copy)
        self.bar.addWidget(self.copy_button)
        self.reload_button = QPushButton(self.bar)
        self.reload_button.setObjectName("conflict-bar-reload")
        self.reload_button.clicked.connect(self.reload_theirs)
        self.reload_action = self.bar.addWidget(self.reload_button)  # shown through it
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()
        self.retranslate()
        self.bar.installEventFilter(self)  # its LanguageChange: the bar is said again

    def retranslate(self) -> None:
        """The bar's texts in the current language, its message too when it is shown."""
        self.bar.setWindowTitle(tr("Changed by another user"))
        self.copy_button.setText(tr("Save mine as a copy"))
        self.copy_button.setToolTip(
            tr("Store your version as a new scenario; theirs stays as it is")
        )
        self.reload_button.setText(tr("Reload theirs"))
        self.reload_button.setToolTip(
            tr("Take the stored version; your unsaved changes and their undo steps are lost")
        )
        if not self.bar.isHidden():
            self.show_bar()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    # ---- looking

    def start(self) -> None:
        self._wait = self.interval_ms
        self.timer.start(self._wait)

    def stop(self) -> None:
        self.timer.stop()
        self.watchdog.stop()
        if self._job is not None:
            self._job.cancel()
        self.workers.cancel_all()

    def switched(self) -> None:
        """The window works on another store now: what a read of the old one says is
        dropped, and the new one is looked at from scratch (no backoff, nothing said)."""
        self.watchdog.stop()
        if self._job is not None:  # it may never return: the new store's reads do not wait
            self._job.cancel()
            self.workers = Workers()
        self._job, self._job_store = None, None
        self._failing = self._silent = False
        self._wait = self.interval_ms
        self.bar.hide()
        self.timer.start(self._wait)

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
        job.done.connect(lambda seen: self._seen(seen, job))
        job.failed.connect(lambda message: self._unreachable(message, job))
        self._job, self._job_store = job, store
        self.workers.start("look", job)
        self.watchdog.start(self.watchdog_ms)

    def _current(self, job: Job) -> bool:
        """Whether `job` is the read in flight, of the store the window works on now (a
        result of another is dropped); the watchdog stops either way."""
        if job is not self._job:
            return False
        current = self.workspace.store_open and self._job_store is self.workspace.store
        self._job, self._job_store = None, None
        self.watchdog.stop()
        self._silent = False
        if not current:
            self.timer.start(self.interval_ms)
        return current

    def _not_answering(self) -> None:
        if self._job is None or self._silent or self._job_store is None:
            return
        self._silent = True  # said once for this read; the window goes on meanwhile
        where = without_password(self._job_store.where.removeprefix("store "))
        self.status(tr("Team store not answering: {where}", where=where), 0)

    def _unreachable(self, message: str, job: Job) -> None:
        if not self._current(job):
            return
        if not self._failing:  # said once, until the store answers again
            self._failing = True
            reason = message.partition(": ")[2] or message
            self.status(tr("Team store unreachable: {reason}", reason=reason), 0)
        self._wait = min(self._wait * 2, BACKOFF_MS)
        self.timer.start(self._wait)

    def _seen(self, seen: Look, job: Job) -> None:
        silent = self._silent
        if not self._current(job):
            return
        back = self._failing
        if self._failing or silent:
            self._failing = False
            self.status(tr("Team store reachable again"), 5_000)
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
                with self.guard(tr("Cannot reload")):
                    conflicts.reload(self.ui, doc)
        if moved.listing or moved.documents or marked or back:
            self.listed.emit()  # after a failure too: what was read while it failed is shown
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
        name, version = doc.name, head.version
        if head.deleted:
            text = tr("{who} moved ‘{name}’ to the trash at {at}.", who=who, name=name, at=at)
        elif doc.theirs_network:
            text = tr(
                "{who} saved version {version} of the network ‘{network}’ at {at}.",
                who=who,
                version=version,
                network=doc.session.network.name,
                at=at,
            )
        elif head.action.startswith("renamed from "):
            text = tr(
                "{who} renamed ‘{old}’ to ‘{new}’ at {at}.",
                who=who,
                old=renamed_from(head, name),
                new=self._stored_name(doc) or name,
                at=at,
            )
        elif head.action.startswith("restored version "):
            text = tr(
                "{who} restored version {number} of ‘{name}’ as version {version} at {at}.",
                who=who,
                number=head.action.split()[2],
                name=name,
                version=version,
                at=at,
            )
        elif head.action == "notes edited":
            text = tr(
                "{who} edited the notes of ‘{name}’ (version {version}) at {at}.",
                who=who,
                name=name,
                version=version,
                at=at,
            )
        else:
            text = tr(
                "{who} saved version {version} of ‘{name}’ at {at}.",
                who=who,
                version=version,
                name=name,
                at=at,
            )
        if self._dirty(doc):  # a sentence of its own
            kept = tr("Your unsaved changes are kept.")
            text = f"{text} {kept}"
        self.message.setText(text)
        self.reload_action.setVisible(not head.deleted)
        self.bar.show()

    def _stored_name(self, doc: Document) -> str:
        """The name the store lists `doc` under now ("" when not listed)."""
        seen = self.workspace.seen
        if seen is None or not isinstance(doc.origin, InStore):
            return ""
        sid = doc.origin.scenario_id
        return next((i.name for i in seen.live if i.id == sid), "")

    def reload_theirs(self) -> None:
        doc = self.doc
        if doc is None or doc.theirs is None or isinstance(doc.origin, Unsaved):
            return
        with self.guard(tr("Cannot reload")):
            conflicts.reload(self.ui, doc)
        self.listed.emit()
        self.show_bar()

    def save_copy(self) -> None:
        doc = self.doc
        if doc is None:
            return
        with self.guard(tr("Cannot save a copy")):
            self.workspace.save_as_copy(doc)
            self.ui.stacks[doc].setClean()
            self.status(tr("Saved your version as “{name}”", name=doc.name), 10_000)
        self.listed.emit()
        self.show_bar()
