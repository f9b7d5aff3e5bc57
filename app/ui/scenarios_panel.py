"""The scenarios panel: the store's scenarios (and open files), the buttons that manage them,
and the current scenario's notes. It only asks; the window acts and then re-lists."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
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

from app.ui.i18n import tr
from app.workspace import Origin

if TYPE_CHECKING:  # db is imported when the store opens, after the first paint
    from app.workspace import ScenarioInfo

KEY_ROLE = Qt.ItemDataRole.UserRole


BUTTON_ROW = 252  # pixels: the scenarios dock is 260 wide at 1366x768, less its margins


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
        self.list.setWordWrap(True)  # a long name (Russian's default one) over two lines,
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # whole
        buttons = self.grid = QGridLayout()  # three a row if they fit a laptop's dock
        self.buttons: dict[str, QPushButton] = {}  # by the name of the menu action they do
        self._tips: dict[str, str] = {}
        for name, signal in (
            ("new", self.new_requested),
            ("duplicate", self.duplicate_requested),
            ("rename", self.rename_requested),
            ("delete", self.delete_requested),
        ):
            button = QPushButton(self)
            button.clicked.connect(signal)
            self.buttons[name] = button
        self.trash = QToolButton(self)
        self.trash.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.trash_menu = QMenu(self.trash)
        self.trash.setMenu(self.trash_menu)
        self.trash.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.reset = QPushButton(self)
        self.reset.clicked.connect(self.reset_requested)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes_title = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.reset)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes, 2)
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(KEY_ROLE)))
        self.list.itemClicked.connect(lambda item: self.open_requested.emit(item.data(KEY_ROLE)))
        self.notes.textChanged.connect(lambda: self.notes_edited.emit(self.notes.toPlainText()))
        self._trash: list[ScenarioInfo] | None = None  # None: not shown yet
        self._trash_refused = ""  # why the trash cannot be restored from or emptied ("": it can)
        self._actions: Mapping[str, QAction] | None = None  # the menu's, as last mirrored
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again in the current language, the Trash menu's too. The list's
        names and tooltips come from the window, which lists again after a change of
        language."""
        self.list.setToolTip(tr("The store's scenarios; * marks unsaved changes"))
        for name, text, tip in (
            ("new", tr("New", "scenario"), tr("A new scenario from the baseline (Ctrl+N)")),
            ("duplicate", tr("Duplicate"), tr("A copy of the current scenario")),
            ("rename", tr("Rename…"), tr("Rename the current scenario (F2)")),
            ("delete", tr("Delete"), tr("Move the current scenario to the trash")),
        ):
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
            self._tips[name] = tip
        self.trash.setText(tr("Trash"))
        self._place_buttons()
        self.trash.setToolTip(self._trash_refused or self._trash_tip())
        self.reset.setText(tr("Reset to baseline"))
        self.reset.setToolTip(tr("Switch every link back to its baseline state (undoable)"))
        self.notes.setPlaceholderText(
            tr("Notes on this scenario: the question, assumptions, sources")
        )
        self.notes_title.setText("<b>" + tr("Notes") + "</b>")
        if self._actions is not None:
            self.mirror(self._actions)
        if self._trash is not None:
            self.show_trash(self._trash)

    def _place_buttons(self) -> None:
        """Three buttons a row when their texts fit the width the dock has in English
        beside a laptop's canvas, else two (Russian's are longer): a change of language
        never widens the dock."""
        order = [*self.buttons.values(), self.trash]
        first = sum(b.sizeHint().width() for b in order[:3]) + 2 * self.grid.spacing()
        columns = 3 if first <= BUTTON_ROW else 2
        for button in order:
            self.grid.removeWidget(button)
        for i, button in enumerate(order):
            self.grid.addWidget(button, *divmod(i, columns))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _trash_tip() -> str:
        return tr("Restore a deleted scenario, or empty the trash")

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
        self._actions = actions
        for name, button in self.buttons.items():
            on = actions[name].isEnabled()
            button.setEnabled(on)
            button.setToolTip(self._tips[name] if on else actions[name].toolTip())

    def refuse_trash(self, why: str) -> None:
        """Restoring and emptying write to the store: refused with `why` ("" allows them)."""
        if why != self._trash_refused:
            self._trash_refused = why
            self.trash.setToolTip(why or self._trash_tip())
            if self._trash is not None:
                self.show_trash(self._trash)

    def show_trash(self, trash: Sequence[ScenarioInfo]) -> None:
        self._trash = list(trash)
        menu = self.trash_menu
        menu.clear()
        if not trash:
            menu.addAction(tr("The trash is empty")).setEnabled(False)
            return
        for info in trash:
            action = menu.addAction(tr("Restore “{name}”", name=info.name))
            action.triggered.connect(lambda _=False, sid=info.id: self.restore_requested.emit(sid))
        menu.addSeparator()
        menu.addAction(tr("Empty the trash ({n})…", n=len(trash))).triggered.connect(
            self.empty_trash_requested
        )
        for action in menu.actions():
            action.setEnabled(not self._trash_refused)
            action.setToolTip(self._trash_refused)
        menu.setToolTipsVisible(bool(self._trash_refused))

    def trash_shown(self) -> list[ScenarioInfo]:
        """The scenarios the Trash menu lists (what emptying it deletes)."""
        return list(self._trash or ())

    def set_notes(self, text: str) -> None:
        if self.notes.toPlainText() != text:
            self.notes.blockSignals(True)
            cursor = self.notes.textCursor().position()
            self.notes.setPlainText(text)
            c = self.notes.textCursor()
            c.setPosition(min(cursor, len(text)))
            self.notes.setTextCursor(c)
            self.notes.blockSignals(False)
