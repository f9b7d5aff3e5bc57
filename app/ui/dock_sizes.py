"""The docks' first layout, sized for the window it opens in (when no layout was saved).

The right column (risk coverage over the figures) runs the window's full height, so the
whole matrix and a good part of the figures show on a 1366x768 laptop; the links, beside
the details, fill the bottom under the scenarios and the canvas, at least six rows tall.
Sizes are applied when the window is first shown: sizes given to a window that has not
yet been given its own size are scaled with it, and the links came out two rows tall.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from app.ui.links_panel import LinksPanel

LINK_ROWS_SMALL, LINK_ROWS_LARGE = 6, 9  # links shown on a laptop, on a 1080p screen


@dataclass(frozen=True)
class DockSizes:
    """Pixels: the left and right columns' widths, coverage's height in the right column
    (the figures take the rest), the bottom row's height and the details' width in it."""

    scenarios: int
    right: int
    coverage: int
    links: int
    details: int


def default_dock_sizes(
    width: int, height: int, coverage_height: int, links_height: int
) -> DockSizes:
    """The first sizes for a window `width` x `height` whose docks fill `height` (the area
    between toolbar and status bar); `coverage_height` shows the whole matrix and
    `links_height` the wanted rows of links. The canvas keeps what is left."""
    large = width >= 1700
    scenarios = 300 if large else 260
    right = 520 if large else 420
    bottom = width - right  # the links row spans the scenarios and the canvas
    return DockSizes(
        scenarios=scenarios,
        right=right,
        coverage=min(coverage_height, height // 2 + 60),
        links=min(links_height, height // 2),
        details=max(200, round(bottom * 0.22)),
    )


def arrange_docks(window: QMainWindow, docks: Mapping[str, QDockWidget]) -> None:
    """Let the right column take the full height, and size the docks for the window when
    it is first shown. For a window with no saved layout (restoreState restores its own
    corners and sizes over these)."""
    window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
    _FirstShow(window, docks)


def apply_default_sizes(window: QMainWindow, docks: Mapping[str, QDockWidget]) -> DockSizes:
    """Size the docks for the window's present size."""
    central = window.centralWidget()
    top = central.geometry().top() if central is not None else window.menuBar().height()
    status = window.statusBar()
    bottom = status.geometry().top() if status.isVisible() else window.height()
    room = bottom - top  # the docks' height: below the toolbar, above the status bar
    coverage = docks["coverage"]
    links = docks["links"]
    links_panel = links.widget()
    title = links.sizeHint().height() - (links_panel.sizeHint().height() if links_panel else 0)
    rows = LINK_ROWS_LARGE if room >= 900 else LINK_ROWS_SMALL
    links_height = (
        links_panel.height_for_rows(rows) + title
        if isinstance(links_panel, LinksPanel)
        else room // 3
    )
    sizes = default_dock_sizes(
        window.width(), room, coverage.minimumSizeHint().height(), links_height
    )
    h, v = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    window.resizeDocks([docks["scenarios"], coverage], [sizes.scenarios, sizes.right], h)
    window.resizeDocks([coverage, docks["metrics"]], [sizes.coverage, room - sizes.coverage], v)
    window.resizeDocks([links], [sizes.links], v)
    window.resizeDocks(
        [links, docks["details"]], [window.width() - sizes.right - sizes.details, sizes.details], h
    )
    return sizes


class _FirstShow(QObject):
    """Applies the default sizes once, when the window is first shown, then goes."""

    def __init__(self, window: QMainWindow, docks: Mapping[str, QDockWidget]) -> None:
        super().__init__(window)
        self.window, self.docks = window, docks
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.window.removeEventFilter(self)
            apply_default_sizes(self.window, self.docks)
            self.deleteLater()
        return False
