"""The scenarios panel: the store's scenarios (and open files), the buttons that manage them,
and the current scenario's notes. It only asks; the window acts and then re-lists."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.workspace import Origin

if TYPE_CHECKING:  # db is imported when the store opens, after the first paint
    from app.workspace import ScenarioInfo

KEY_ROLE = Qt.ItemDataRole.UserRole


class ScenariosPanel(QWidget):
    open_requested = Signal(object)  # an Origin
    new_requested = Signal()
    duplicate_requested = Signal()
    rename_requested = Signal()
    delete_requested = Signal()
    reset_requested = Signal()
    restore_requested = Signal(int)
    empty_trash_requested = Signal()
    notes_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("scenario-list")
        self.list.setToolTip("The store's scenarios; * marks unsaved changes")
        buttons = QGridLayout()  # three a row: the dock fits beside a laptop's canvas
        self.buttons: dict[str, QPushButton] = {}  # by the name of the menu action they do
        self._tips: dict[str, str] = {}
        for i, (name, text, tip, signal) in enumerate(
            (
                ("new", "New", "A new scenario from the baseline (Ctrl+N)", self.new_requested),
                (
                    "duplicate",
                    "Duplicate",
                    "A copy of the current scenario",
                    self.duplicate_requested,
                ),
                ("rename", "Rename…", "Rename the current scenario (F2)", self.rename_requested),
                (
                    "delete",
                    "Delete",
                    "Move the current scenario to the trash",
                    self.delete_requested,
                ),
            )
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(signal)
            buttons.addWidget(button, *divmod(i, 3))
            self.buttons[name], self._tips[name] = button, tip
        self.trash = QToolButton(self)
        self.trash.setText("Trash")
        self.trash.setToolTip("Restore a deleted scenario, or empty the trash")
        self.trash.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.trash_menu = QMenu(self.trash)
        self.trash.setMenu(self.trash_menu)
        self.trash.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        buttons.addWidget(self.trash, 1, 1)
        self.reset = QPushButton("Reset to baseline", self)
        self.reset.setToolTip("Switch every link back to its baseline state (undoable)")
        self.reset.clicked.connect(self.reset_requested)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText("Notes on this scenario: the question, assumptions, sources")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.reset)
        layout.addWidget(QLabel("<b>Notes</b>", self))
        layout.addWidget(self.notes, 2)
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(KEY_ROLE)))
        self.list.itemClicked.connect(lambda item: self.open_requested.emit(item.data(KEY_ROLE)))
        self.notes.textChanged.connect(lambda: self.notes_edited.emit(self.notes.toPlainText()))
        self._trash: list[ScenarioInfo] = []
        self._trash_refused = ""  # why the trash cannot be restored from or emptied ("": it can)

    def show_list(
        self,
        rows: Sequence[tuple[Origin, str, str]],  # origin, name, tooltip
        current: Origin | None,
        dirty: set[Origin],
    ) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for origin, name, tip in rows:
            first, newline, rest = name.partition("\n")  # a second line: another user's mark
            item = QListWidgetItem(f"{first} *{newline}{rest}" if origin in dirty else name)
            item.setData(KEY_ROLE, origin)
            item.setToolTip(tip)
            self.list.addItem(item)
            if origin == current:
                item.setSelected(True)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def mirror(self, actions: Mapping[str, QAction]) -> None:
        """Each button enabled as its menu action is; a disabled one says why."""
        for name, button in self.buttons.items():
            on = actions[name].isEnabled()
            button.setEnabled(on)
            button.setToolTip(self._tips[name] if on else actions[name].toolTip())

    def refuse_trash(self, why: str) -> None:
        """Restoring and emptying write to the store: refused with `why` ("" allows them)."""
        if why != self._trash_refused:
            self._trash_refused = why
            self.trash.setToolTip(why or "Restore a deleted scenario, or empty the trash")
            self.show_trash(self._trash)

    def show_trash(self, trash: Sequence[ScenarioInfo]) -> None:
        self._trash = list(trash)
        menu = self.trash_menu
        menu.clear()
        if not trash:
            menu.addAction("The trash is empty").setEnabled(False)
            return
        for info in trash:
            action = menu.addAction(f"Restore “{info.name}”")
            action.triggered.connect(lambda _=False, sid=info.id: self.restore_requested.emit(sid))
        menu.addSeparator()
        menu.addAction(f"Empty the trash ({len(trash)})…").triggered.connect(
            self.empty_trash_requested
        )
        for action in menu.actions():
            action.setEnabled(not self._trash_refused)
            action.setToolTip(self._trash_refused)
        menu.setToolTipsVisible(bool(self._trash_refused))

    def trash_shown(self) -> list[ScenarioInfo]:
        """The scenarios the Trash menu lists (what emptying it deletes)."""
        return list(self._trash)

    def set_notes(self, text: str) -> None:
        if self.notes.toPlainText() != text:
            self.notes.blockSignals(True)
            cursor = self.notes.textCursor().position()
            self.notes.setPlainText(text)
            c = self.notes.textCursor()
            c.setPosition(min(cursor, len(text)))
            self.notes.setTextCursor(c)
            self.notes.blockSignals(False)
