"""The metrics panel: baseline, scenario and change for every figure; the most critical
links with a one-click "switch off"; and what the scenario changes, in words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis import Diff, LinkImpact
from app.analysis.summary import cost_words, rank_labels, tied_beyond
from app.look import number, signed
from app.ui.i18n import tr
from app.ui.theme import LIGHT, Theme

TOP = 8


def _item(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    item = table.item(row, col)
    assert item is not None
    return item


class MetricsPanel(QWidget):
    switch_off = Signal(str)
    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("metrics-table")
        self._configure(self.table)
        # Plain text in a box whose size never follows its text: rich text took ~3 ms to lay
        # out on every switch, and a word-wrapped label re-laid out the whole window (~14 ms).
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("summary")
        self.summary.setReadOnly(True)
        self.summary.setMinimumHeight(56)
        # four lines, then it scrolls: the figures below need the room on a laptop
        self.summary.setMaximumHeight(4 * self.summary.fontMetrics().lineSpacing() + 14)
        # New text resets the scroll bar, which repaints; opaque, it repaints nothing under it.
        self.summary.verticalScrollBar().setAutoFillBackground(True)
        for container in self.summary.findChildren(QWidget, "qt_scrollarea_vcontainer"):
            container.setAutoFillBackground(True)
        self.critical_title = QLabel(self)
        self.critical_title.setWordWrap(True)  # Russian's title is longer than the dock
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.critical = QTableWidget(0, 4, self)
        self.critical.setObjectName("critical-table")
        self._configure(self.critical)
        header = self.critical.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.critical.cellDoubleClicked.connect(
            lambda row, _col: self.link_activated.emit(_item(self.critical, row, 1).text())
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.changes_title = QLabel(self)
        layout.addWidget(self.changes_title)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.table, 4)
        layout.addWidget(self.critical_title)
        layout.addWidget(self.progress)
        layout.addWidget(self.critical, 2)
        self._rows: dict[str, int] = {}
        self._summary_text = ""
        self._shown: dict[tuple[int, int], str] = {}  # (row, col) -> text in the table
        self._tone: dict[int, tuple[int, bool | None, str]] = {}  # row -> how Change is coloured
        # what is shown, to show again in another language
        self._diff: tuple[Diff, Sequence[str]] | None = None
        self._critical: tuple[Sequence[LinkImpact], int] | None = None
        self._refused = ""
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again in the current language: titles, headers, and the figures and
        ranking last shown. The summary sentences come from the window: it shows them anew
        (show_diff) after a change of language."""
        self.changes_title.setText("<b>" + tr("What changes") + "</b>")
        self.progress.setFormat(tr("Ranking links… %p%"))
        self.table.setHorizontalHeaderLabels(
            [
                tr("Figure", "metrics column"),
                tr("Baseline", "metrics column"),
                tr("Scenario", "metrics column"),
                tr("Change", "metrics column"),
            ]
        )
        self.critical.setHorizontalHeaderLabels(["#", tr("Link"), tr("Cost if switched off"), ""])
        rank_head = QTableWidgetItem("#")
        rank_head.setToolTip(
            tr(
                "Rank by cost: new gaps, then new single points, then depth-weighted cover "
                "lost, then efficiency; =n marks links of equal cost"
            )
        )
        self.critical.setHorizontalHeaderItem(0, rank_head)
        if self._diff is not None:
            self._shown.clear()
            self._tone.clear()
            self._summary_text = ""
            self.show_diff(*self._diff)
            self.table.resizeColumnsToContents()
        if self._critical is not None:
            self.show_critical(*self._critical)
        elif self._refused:
            self.ranking_off(self._refused)
        else:
            self.critical_title.setText(self._critical_title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _critical_title(more: str = "") -> str:
        title = "<b>" + tr("Most critical links") + "</b> " + tr("(switched off alone)")
        return f"{title}; {more}" if more else title

    @staticmethod
    def _configure(table: QTableWidget) -> None:
        table.setMinimumHeight(56)  # a header and a row or so: the dock shares a short screen
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # not per update
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme

    def show_diff(self, d: Diff, summary: Sequence[str]) -> None:
        self._diff = (d, tuple(summary))
        if [m.key for m in d.metrics] != list(self._rows):
            self.table.setRowCount(len(d.metrics))
            self._rows = {m.key: i for i, m in enumerate(d.metrics)}
            self._shown.clear()
            self._tone.clear()
            for i in range(len(d.metrics)):
                for col in range(4):
                    item = QTableWidgetItem()
                    if col:
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self.table.setItem(i, col, item)
            self.table.resizeColumnsToContents()
        for m in d.metrics:  # only what differs from what is shown: each set repaints
            row = self._rows[m.key]
            texts = (m.said, number(m.before), number(m.after), signed(m.delta))
            for col, text in enumerate(texts):
                if self._shown.get((row, col)) != text:
                    self._shown[row, col] = text
                    _item(self.table, row, col).setText(text)
                    if col == 0:  # a narrow dock elides the figure's name
                        _item(self.table, row, col).setToolTip(text)
            good = m.improved
            if (row, good, self.theme.name) == self._tone.get(row):
                continue
            self._tone[row] = (row, good, self.theme.name)
            change = _item(self.table, row, 3)
            change.setForeground(
                (self.theme.color("gain") if good else self.theme.color("loss"))
                if good is not None
                else QColor(self.theme.muted)
            )
            change.setToolTip(
                tr("a gain") if good else tr("a loss") if good is False else tr("unchanged")
            )
            font = change.font()
            font.setBold(good is not None)
            change.setFont(font)
        if summary:
            text = "\n".join(f"• {line}" for line in summary)
        elif d.is_empty:
            text = tr("The baseline: no link switched.")
        else:
            text = tr("No change in coverage, cut points or collective cover.")
        if text != self._summary_text:
            self._summary_text = text
            self.summary.setPlainText(text)

    def ranking(self, fraction: float | None) -> None:
        """Show progress of the ranking (None hides the bar)."""
        if fraction is None:
            self.progress.hide()
        else:
            self.progress.setValue(round(100 * fraction))
            self.progress.show()

    def ranking_off(self, why: str) -> None:
        self._critical, self._refused = None, why
        self.ranking(None)
        self.critical.setRowCount(0)
        self.critical_title.setText("<b>" + tr("Most critical links") + f"</b>: {why}")

    def show_critical(self, impacts: Sequence[LinkImpact], components: int = 1) -> None:
        """The top links; `components` is how many parts the scenario has already."""
        self._critical, self._refused = (impacts, components), ""
        self.ranking(None)
        top = list(impacts[:TOP])
        ranks = rank_labels(impacts)
        self.critical.setRowCount(len(top))
        for row, imp in enumerate(top):
            rank = QTableWidgetItem(ranks[imp.link_id])
            rank.setToolTip(
                tr("Shares rank {rank} with links of equal cost", rank=imp.rank)
                if ranks[imp.link_id].startswith("=")
                else tr("Rank {rank}", rank=imp.rank)
            )
            self.critical.setItem(row, 0, rank)
            link = QTableWidgetItem(imp.link_id)
            link.setToolTip(tr("Double-click to find it in the links table"))
            self.critical.setItem(row, 1, link)
            self.critical.setItem(row, 2, QTableWidgetItem(cost_words(imp, components)))
            button = QPushButton(tr("Switch off"), self.critical)
            button.setToolTip(tr("What if {link} went? (undoable)", link=imp.link_id))
            button.clicked.connect(lambda _=False, lid=imp.link_id: self.switch_off.emit(lid))
            self.critical.setCellWidget(row, 3, button)
        more = tied_beyond(impacts, len(top))
        self.critical_title.setText(self._critical_title(more))
        for col in (0, 1, 3):
            self.critical.resizeColumnToContents(col)
