"""The metrics panel: baseline, scenario and change for every figure; the most critical
links with a one-click "switch off"; and what the scenario changes, in words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.analysis import Diff, LinkImpact
from app.ui.theme import LIGHT, Theme

TOP = 8


def _item(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    item = table.item(row, col)
    assert item is not None
    return item


def number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.3f}"


def signed(x: float) -> str:
    if abs(x) < 1e-12:
        return "="
    return ("+" if x > 0 else "−") + number(abs(x))


class MetricsPanel(QWidget):
    switch_off = Signal(str)
    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("metrics-table")
        self.table.setHorizontalHeaderLabels(["Figure", "Baseline", "Scenario", "Change"])
        self._configure(self.table)
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("summary")
        self.summary.setOpenLinks(False)
        self.summary.setMaximumHeight(96)
        self.critical_title = QLabel("<b>Most critical links</b> (switched off alone)", self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setFormat("Ranking links… %p%")
        self.progress.hide()
        self.critical = QTableWidget(0, 3, self)
        self.critical.setObjectName("critical-table")
        self.critical.setHorizontalHeaderLabels(["Link", "Cost if switched off", ""])
        self._configure(self.critical)
        self.critical.cellDoubleClicked.connect(
            lambda row, _col: self.link_activated.emit(_item(self.critical, row, 0).text())
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(QLabel("<b>What changes</b>", self))
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.critical_title)
        layout.addWidget(self.progress)
        layout.addWidget(self.critical, 2)
        self._rows: dict[str, int] = {}

    @staticmethod
    def _configure(table: QTableWidget) -> None:
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme

    def show_diff(self, d: Diff, summary: Sequence[str]) -> None:
        if [m.key for m in d.metrics] != list(self._rows):
            self.table.setRowCount(len(d.metrics))
            self._rows = {m.key: i for i, m in enumerate(d.metrics)}
            for i in range(len(d.metrics)):
                for col in range(4):
                    item = QTableWidgetItem()
                    if col:
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self.table.setItem(i, col, item)
        for m in d.metrics:
            row = self._rows[m.key]
            texts = (m.label, number(m.before), number(m.after), signed(m.delta))
            for col, text in enumerate(texts):
                _item(self.table, row, col).setText(text)
            change = _item(self.table, row, 3)
            good = m.improved
            color = (
                (self.theme.color("gain") if good else self.theme.color("loss"))
                if good is not None
                else QColor(self.theme.muted)
            )
            change.setForeground(color)
            change.setToolTip(
                "a gain" if good else "a loss" if good is False else "unchanged from the baseline"
            )
            font = change.font()
            font.setBold(good is not None)
            change.setFont(font)
        if summary:
            items = "".join(f"<li>{line}</li>" for line in summary)
            self.summary.setHtml(f"<ul style='margin-left:-20px'>{items}</ul>")
        elif d.is_empty:
            self.summary.setHtml("<i>The baseline: no link switched.</i>")
        else:
            self.summary.setHtml(
                "<i>No coverage, cut point or collective change; see the figures below.</i>"
            )

    def ranking(self, fraction: float | None) -> None:
        """Show progress of the ranking (None hides the bar)."""
        if fraction is None:
            self.progress.hide()
        else:
            self.progress.setValue(round(100 * fraction))
            self.progress.show()

    def show_critical(self, impacts: Sequence[LinkImpact]) -> None:
        self.ranking(None)
        top = list(impacts[:TOP])
        self.critical.setRowCount(len(top))
        for row, imp in enumerate(top):
            cost = []
            if imp.new_gaps:
                cost.append(f"{len(imp.new_gaps)} new gap{'s' if len(imp.new_gaps) > 1 else ''}")
            if imp.components_after > 1:
                cost.append(f"{imp.components_after} parts")
            cost.append(f"{imp.cells_reduced} cells lower")
            cost.append(f"efficiency −{imp.efficiency_loss:.3f}")
            link = QTableWidgetItem(imp.link_id)
            link.setToolTip("Double-click to find it in the links table")
            self.critical.setItem(row, 0, link)
            self.critical.setItem(row, 1, QTableWidgetItem(", ".join(cost)))
            button = QPushButton("Switch off", self.critical)
            button.setToolTip(f"What if {imp.link_id} went? (undoable)")
            button.clicked.connect(lambda _=False, lid=imp.link_id: self.switch_off.emit(lid))
            self.critical.setCellWidget(row, 2, button)
