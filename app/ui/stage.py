"""A main window cleared for a room: full screen, nothing but its central widget under a
banner, and back exactly as it was.

The presentation asks this object, never the window's own docks or toolbar: whatever
panels the window has (and however they are split into controllers later) are hidden and
brought back whole through the bytes of QMainWindow.saveState() and the window's own
rectangle, so the split between the panels, their sizes and the window's geometry come
back as the user left them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Saved:
    """What the window looked like on entry (QMainWindow's own bytes)."""

    geometry: QRect  # where the window was, exactly
    normal: QRect  # where a maximised window goes when un-maximised
    state: bytes  # saveState(): docks and toolbars, where, how big, shown or hidden
    window_state: Qt.WindowState
    size: QSize  # the size the docks were laid out for
    menu_bar: bool
    status_bar: bool


RELAYOUTS = 3  # resizes after leaving that may still be the window system catching up


class Stage(QObject):
    """Enter: save the window, hide its panels, go full screen with `banner` above the
    central widget. Leave: put the central widget back, then the geometry and the docks.

    Restoring the state at once is not enough: Qt shares the space out afresh for the
    central widget put back (in a call it has queued), and a window manager answers the
    geometry asked for only later; either gives the docks what the central widget had and
    leaves the canvas a strip. So the state is restored again after Qt's queued work and
    after each resize, until the window is back at its old size."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._saved: Saved | None = None
        self._centre: QWidget | None = None
        self._pending: tuple[Saved, int] | None = None  # the state to restore again, tries left
        window.installEventFilter(self)

    @property
    def saved(self) -> Saved | None:
        """The window as it was on entry (None when not on stage)."""
        return self._saved

    def enter(self, banner: QWidget) -> None:
        w = self._window
        if self._saved is not None:
            return
        self._pending = None
        self._saved = Saved(
            w.geometry(),
            w.normalGeometry(),
            bytes(w.saveState().data()),
            w.windowState(),
            w.size(),
            w.menuBar().isVisible(),
            w.statusBar().isVisible(),
        )
        for panel in self._panels():
            panel.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        self._centre = w.takeCentralWidget()
        holder = QWidget()
        holder.setObjectName("stage")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        if self._centre is not None:
            layout.addWidget(self._centre, 1)
        w.setCentralWidget(holder)
        banner.show()
        w.showFullScreen()
        screen = w.screen()
        if screen is not None:  # without a window manager full screen is only a wish
            w.setGeometry(screen.geometry())

    def leave(self, banner: QWidget) -> None:
        w, saved = self._window, self._saved
        if saved is None:
            return
        self._saved = None
        holder = w.takeCentralWidget()
        banner.hide()
        banner.setParent(None)
        if self._centre is not None:
            w.setCentralWidget(self._centre)
        self._centre = None
        if holder is not None:
            holder.deleteLater()
        w.menuBar().setVisible(saved.menu_bar)
        w.statusBar().setVisible(saved.status_bar)
        # the rectangle itself, not restoreGeometry(): that one moves a window whose frame
        # it does not know yet down by a guessed title bar, and shrinks it to fit
        if not saved.window_state & Qt.WindowState.WindowFullScreen:
            w.showNormal()
            if saved.window_state & Qt.WindowState.WindowMaximized:
                if saved.normal.isValid():
                    w.setGeometry(saved.normal)
                w.showMaximized()
            else:
                w.setGeometry(saved.geometry)
        w.restoreState(QByteArray(saved.state))  # the docks and toolbars shown again
        # Qt shares the space out afresh for the central widget just put back, in a call it
        # has queued, and a window manager answers the geometry asked for only later: the
        # dock sizes are restored again after both
        self._pending = (saved, RELAYOUTS)
        QTimer.singleShot(0, self, self._settle)

    def settled(self) -> bool:
        """Whether nothing is left to restore after leaving."""
        return self._pending is None

    def _settle(self) -> None:
        """Restore the dock sizes again; done once the window is back at its old size (or
        after a few resizes: a screen smaller than the window it had never gives that)."""
        if self._pending is None:
            return
        saved, left = self._pending
        w = self._window
        w.restoreState(QByteArray(saved.state))
        self._pending = None if w.size() == saved.size or left <= 1 else (saved, left - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._pending is not None and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._settle)  # once the layout has the new size
        return False

    def bind(self, sequence: str, slot: Callable[[], object]) -> QShortcut:
        """A key that works anywhere in the window while on stage."""
        shortcut = QShortcut(QKeySequence(sequence), self._window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def screen(self) -> QScreen | None:
        return self._window.screen()

    def window(self) -> QWidget:
        return self._window

    def _panels(self) -> list[QWidget]:
        """The window's docks and toolbars (its own, not those of a nested window)."""
        w = self._window
        docks: list[QWidget] = [d for d in w.findChildren(QDockWidget) if d.parentWidget() is w]
        bars: list[QWidget] = [b for b in w.findChildren(QToolBar) if b.parentWidget() is w]
        return docks + bars
