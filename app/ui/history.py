"""File › History of this scenario…: every kept version of the open stored scenario, newest
first (its number, when, who, what the save did, the links it switched), and a way to make
one of them the scenario again, itself as a new version, so no version is ever lost.
Restoring over unsaved edits asks first; a restore over a version another user saved since
is a conflict, answered as for a save."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import ConflictError
from app.ui import conflicts
from app.ui.actions import Now, refusal
from app.ui.context import APP, Controller, Ui
from app.ui.i18n import tr
from app.workspace import Document, action_words

if TYPE_CHECKING:  # db is imported when the store opens, after the first paint
    from app.workspace import Version

SHOWN_LINKS = 3  # links a row names; the rest as "and N more", every one in its tooltip
VERSION = Qt.ItemDataRole.UserRole  # a row's version number, on its first cell


def columns() -> list[str]:
    """The table's headers in the current language ("Changed": links switched, notes)."""
    return [
        tr("Version"),
        tr("Saved", "history column: when a version was saved"),
        tr("By", "history column: who saved a version"),
        tr("What", "history column: what a save did"),
        tr("Changed", "history column: the links a version switched"),
    ]


def link_switch(link: str, on: bool) -> str:
    """One link a version switched: "UZB:CIS on"."""
    return tr("{link} on", link=link) if on else tr("{link} off", link=link)


def switched(changes: Mapping[str, bool], limit: int = SHOWN_LINKS) -> str:
    """The links a version switched against the one before: "UZB:CIS off, KAZ:SCO on",
    the ones past `limit` counted ("… and 4 more")."""
    said = [link_switch(link, on) for link, on in changes.items()]
    if len(said) > limit:
        return tr("{links} and %n more", None, len(said) - limit, links=", ".join(said[:limit]))
    return ", ".join(said)


def local_time(saved_at: datetime) -> str:
    """A store's time (UTC) on the user's clock, to the second: saves come close together."""
    aware = saved_at if saved_at.tzinfo else saved_at.replace(tzinfo=UTC)
    return f"{aware.astimezone():%Y-%m-%d %H:%M:%S}"


class HistoryDialog(QDialog):
    """The versions of one scenario in a table, newest first; "Restore this version" asks
    for the selected one (`restore_requested`), Close (or Esc) closes."""

    restore_requested = Signal(int)

    def __init__(
        self,
        parent: QWidget,
        name: str,
        versions: Sequence[Version],
        open_version: int | None,
        refused: str = "",
    ) -> None:
        """`versions` newest first; `open_version` the one the window has open; `refused`
        why the login may not restore ("" when it may)."""
        super().__init__(parent)
        self.setObjectName("history-dialog")
        self.name, self.open_version = name, open_version
        self.versions = list(versions)
        self.newest = self.versions[0].version if self.versions else 0
        self.refused = refused
        count = len(self.versions)
        self.intro = intro = QLabel(self)
        intro.setObjectName("history-intro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        self.table = QTableWidget(count, len(columns()), self)
        self.table.setObjectName("history-table")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._fill_all()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        header.setStretchLastSection(True)
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), 260))

        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("history-restore")
        self.restore_button.setDefault(True)  # Enter restores the selected row (asked first)
        self.restore_button.clicked.connect(self._restore)
        self.close_button = close = QPushButton(self)
        close.setObjectName("history-close")
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self._selected)
        if count:
            self.table.selectRow(1 if count > 1 else 0)  # the one before the newest
        self.retranslate()
        self.table.setFocus()
        self._fit_screen()

    def retranslate(self) -> None:
        """Every text in the current language: title, intro, headers, rows, buttons."""
        count = len(self.versions)
        self.setWindowTitle(tr("History of “{name}”", name=self.name))
        self.intro.setText(
            tr(
                "“{name}” has %n version(s), newest first. Restoring one makes it the "
                "scenario again as a new version: nothing in this list is lost.",
                None,
                count,
                name=self.name,
            )
        )
        self.table.setHorizontalHeaderLabels(columns())
        self._fill_all()
        self.restore_button.setText(tr("&Restore this version"))
        self.close_button.setText(tr("Close"))
        self._selected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_all(self) -> None:
        for row, v in enumerate(self.versions):
            self._fill(row, v, self.open_version)

    def _fill(self, row: int, v: Version, open_version: int | None) -> None:
        changes = switched(v.changes)
        every = "\n".join(link_switch(k, on) for k, on in v.changes.items())
        if v.notes_changed:  # a save of the notes alone switched nothing: say what it did
            if changes:
                changes = tr("{links}; notes edited", links=changes)
                every = tr("{links}\nNotes edited", links=every)
            else:
                changes = tr("notes edited", "what a save did")
                every = tr("No link switched; notes edited")
        is_open = v.version == open_version
        number = tr("{version} (open)", version=v.version) if is_open else str(v.version)
        what = action_words(v.action)
        cells = (number, local_time(v.saved_at), v.saved_by, what, changes)
        tips = (
            tr(
                "Version {version}, named “{name}”, %n link(s) switched against the baseline; "
                "the version open in the window",
                None,
                len(v.states),
                version=v.version,
                name=v.name,
            )
            if is_open
            else tr(
                "Version {version}, named “{name}”, %n link(s) switched against the baseline",
                None,
                len(v.states),
                version=v.version,
                name=v.name,
            ),
            f"{v.saved_at:%Y-%m-%d %H:%M:%S} UTC",
            "",
            what,
            every or tr("No link switched against the version before"),
        )
        for column, (text, tip) in enumerate(zip(cells, tips, strict=True)):
            item = QTableWidgetItem(text)
            if tip:
                item.setToolTip(tip)
            if v.version == open_version:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if column == 0:
                item.setData(VERSION, v.version)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def _fit_screen(self) -> None:
        """Wide enough to read a row at 1366x768, never larger than the screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        wanted = sum(self.table.columnWidth(c) for c in range(self.table.columnCount())) + 60
        width = max(640, min(wanted, 980, int(room.width() * 0.9)))
        t = self.table
        rows = t.verticalHeader().length() + t.horizontalHeader().sizeHint().height()
        t.setMinimumHeight(min(max(rows + 2 * t.frameWidth() + 2, 160), int(room.height() * 0.6)))
        height = min(self.sizeHint().height(), int(room.height() * 0.8))
        t.setMinimumHeight(120)  # every row shown when it fits; the user may still shrink it
        self.resize(width, height)

    def selected(self) -> int | None:
        """The version of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].siblingAtColumn(0).data(VERSION)
        return int(value) if value is not None else None

    def select(self, version: int) -> None:
        """Select the row of `version` (as a click on it would)."""
        row = next(r for r, v in enumerate(self.versions) if v.version == version)
        self.table.selectRow(row)

    def _selected(self) -> None:
        version = self.selected()
        if self.refused:
            tip, on = self.refused, False
        elif version is None:
            tip, on = tr("Choose a version to restore"), False
        elif version == self.newest:
            tip, on = tr("This is the newest version: the scenario as it is stored now"), False
        else:
            tip = tr(
                "Make version {version} the scenario again, as version {new}",
                version=version,
                new=self.newest + 1,
            )
            on = True
        self.restore_button.setEnabled(on)
        self.restore_button.setToolTip(tip)

    def _restore(self) -> None:
        version = self.selected()
        if version is not None and self.restore_button.isEnabled():
            self.restore_requested.emit(version)


class UnsavedQuestion(QMessageBox):
    """Asked before a restore replaces unsaved edits: Restore or Cancel (the default)."""

    def __init__(self, parent: QWidget, name: str, version: int) -> None:
        super().__init__(parent)
        self.setObjectName("history-unsaved")
        self.setWindowTitle(APP)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setText(
            tr(
                "Restoring version {version} replaces your unsaved changes to “{name}”.",
                version=version,
                name=name,
            )
        )
        self.setInformativeText(
            tr("Save first to keep them as a version of their own; restoring would lose them.")
        )
        self.restore = self.addButton(
            tr("Restore", "restore a version"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.restore.setObjectName("history-unsaved-restore")
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("history-unsaved-cancel")
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.restore


class History(Controller):
    """Shows the dialog for the document on screen, and restores what it asks for."""

    def __init__(self, ui: Ui, allowed: Callable[[], Now]) -> None:
        super().__init__(ui)
        self.allowed = allowed  # what the login may write now (the window keeps it current)
        self.dialog: HistoryDialog | None = None

    def show_dialog(self) -> None:
        doc = self.doc
        if doc is None:
            return
        with self.guard(tr("Cannot read the history")):
            versions = self.workspace.history(doc)
            now = self.allowed()
            may = now.scenarios and not now.read_only
            dialog = HistoryDialog(
                self.owner, doc.name, versions, doc.version, "" if may else refusal(now)
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.restore_requested.connect(lambda n: self.restore(doc, n))
            dialog.finished.connect(lambda _: setattr(self, "dialog", None))
            self.dialog = dialog
            dialog.open()  # window-modal, and the window keeps painting

    def restore(self, doc: Document, version: int) -> bool:
        """Make `version` the stored document's content again (asked first when it has
        unsaved edits); True when restored."""
        stack = self.ui.stacks.get(doc)
        if stack is not None and not stack.isClean():
            question = UnsavedQuestion(self.dialog or self.owner, doc.name, version)
            question.exec()
            if not question.confirmed():
                return False
        if self.dialog is not None:
            self.dialog.accept()  # what it lists is about to be one version short
        with self.guard(tr("Cannot restore")):
            try:
                new = self.workspace.restore_version(doc, version)
            except ConflictError as conflict:  # another user saved first: nothing written
                conflicts.resolve_save(self.ui, doc, conflict)
                return False
            if stack is not None:
                stack.clear()  # its steps were made on a version no longer open
            said = tr(
                "Restored version {version} of “{name}” as version {new}",
                version=version,
                name=doc.name,
                new=new,
            )
            self.status(said, 10_000)
            return True
        return False
