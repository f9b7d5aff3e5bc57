"""The coverage panel: the state x risk matrix as a heat map.

Each cell counts the enabled links that cover the risk for the state: 0 is a gap (red, "!"),
1 a single point of failure (amber), 2 or more redundant (green, darker with more). Cells
that differ from the baseline are outlined and say what they were. Clicking a cell asks the
canvas to highlight the links behind it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.analysis import Evaluation
from app.domain import Network
from app.ui.theme import LIGHT, Theme, readable_on

Index = QModelIndex | QPersistentModelIndex
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 1


class CoverageModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network: Network | None = None
        self.current: Evaluation | None = None
        self.base: Evaluation | None = None
        self.theme: Theme = LIGHT
        self.states: tuple[str, ...] = ()
        self.risks: tuple[str, ...] = ()

    def show(self, network: Network, base: Evaluation, current: Evaluation) -> None:
        previous = self.current
        same_shape = self.network is network and previous is not None
        self.network, self.base, self.current = network, base, current
        if same_shape and previous is not None:
            old, new = previous.coverage, current.coverage
            for row, state in enumerate(self.states):  # repaint only the cells that moved
                for col, risk in enumerate(self.risks):
                    if old.covering[state][risk] != new.covering[state][risk]:
                        index = self.index(row, col)
                        self.dataChanged.emit(index, index)
            return
        self.beginResetModel()
        self.states = current.coverage.states
        self.risks = current.coverage.risks
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.states)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.risks)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if self.network is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            risk = self.network.risk(self.risks[section])
            if role == Qt.ItemDataRole.DisplayRole:
                return short_label(risk.key)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{risk.label}\n{risk.description}".strip()
        else:
            actor = self.network.actor(self.states[section])
            if role == Qt.ItemDataRole.DisplayRole:
                return actor.id
            if role == Qt.ItemDataRole.ToolTipRole:
                return actor.name
        return None

    def cell(self, index: Index) -> tuple[str, str]:
        return self.states[index.row()], self.risks[index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.current is None or self.base is None or self.network is None:
            return None
        state, risk = self.cell(index)
        n = self.current.coverage.matrix[state][risk]
        was = self.base.coverage.matrix[state][risk]
        if role == Qt.ItemDataRole.DisplayRole:
            return "0 !" if n == 0 else str(n)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return heat(self.theme, n)
        if role == Qt.ItemDataRole.ForegroundRole:
            return readable_on(heat(self.theme, n))
        if role == CHANGED_ROLE:
            return n != was
        if role == Qt.ItemDataRole.FontRole and n != was:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(state, risk, n, was)
        return None

    def _tooltip(self, state: str, risk: str, n: int, was: int) -> str:
        assert self.current is not None and self.base is not None and self.network is not None
        net = self.network
        covering = self.current.coverage.covering[state][risk]
        head = f"<b>{net.actor(state).name} — {net.risk(risk).label}</b>"
        kind = "a gap" if n == 0 else "a single point of failure" if n == 1 else "redundant"
        lines = [head, f"{n} covering link{'s' if n != 1 else ''}: {kind}"]
        lines += [f"&nbsp;&nbsp;{lid}" for lid in covering]
        if n != was:
            lost = sorted(set(self.base.coverage.covering[state][risk]) - set(covering))
            gained = sorted(set(covering) - set(self.base.coverage.covering[state][risk]))
            lines.append(f"Baseline: {was}")
            if lost:
                lines.append("Lost: " + ", ".join(lost))
            if gained:
                lines.append("Gained: " + ", ".join(gained))
        lines.append("Click to highlight these links on the canvas")
        return "<br>".join(lines)


def short_label(key: str) -> str:
    """A column header that fits a narrow panel: the key's first word, at most 6 letters."""
    word = key.split("_")[0]
    return word if len(word) <= 6 else word[:5] + "."


def heat(theme: Theme, n: int) -> QColor:
    if n == 0:
        return QColor(theme.gap)
    if n == 1:
        return QColor(theme.single)
    green = QColor(theme.redundant)
    light = QColor("#e5f5e0")
    t = min((n - 2) / 6.0, 1.0)  # 2 pale ... 8+ full
    return QColor(
        round(light.red() + (green.red() - light.red()) * t),
        round(light.green() + (green.green() - light.green()) * t),
        round(light.blue() + (green.blue() - light.blue()) * t),
    )


class ChangedOutline(QStyledItemDelegate):
    """Draws a frame around the cells that differ from the baseline."""

    def __init__(self, panel: CoveragePanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if index.data(CHANGED_ROLE):
            painter.save()
            pen = QPen(self.panel.model.theme.color("text"), 2)
            painter.setPen(pen)
            rect: QRect = option.rect.adjusted(1, 1, -2, -2)
            painter.drawRect(rect)
            painter.restore()


class SummaryLine(QWidget):
    """One line of text with bold figures, painted directly: a QLabel's new text asks the
    whole dock to lay out again (~1 ms a switch), while this only repaints itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: tuple[tuple[str, bool], ...] = ()  # (text, bold)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() + 6)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # the dock needn't repaint

    def set_parts(self, parts: tuple[tuple[str, bool], ...]) -> None:
        if parts != self.parts:
            self.parts = parts
            self.setAccessibleName("".join(text for text, _ in parts))
            self.update()

    def text(self) -> str:
        return "".join(text for text, _ in self.parts)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        regular, bold = QFont(self.font()), QFont(self.font())
        bold.setBold(True)
        x, baseline = 2.0, (self.height() + self.fontMetrics().ascent()) / 2 - 1
        for text, strong in self.parts:
            font = bold if strong else regular
            painter.setFont(font)
            painter.drawText(QPointF(x, baseline), text)
            x += QFontMetricsF(font).horizontalAdvance(text)


class CoveragePanel(QWidget):
    cell_clicked = Signal(str, str)  # state, risk

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CoverageModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("coverage-table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChangedOutline(self))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(34)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setShowGrid(True)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.summary = SummaryLine(self)
        self.summary.setObjectName("coverage-summary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.table.clicked.connect(self._clicked)
        self.set_theme(LIGHT)

    def set_theme(self, theme: Theme) -> None:
        self.model.theme = theme
        self.legend.setText(
            f"<span style='background:{theme.gap};color:white'>&nbsp;0 !&nbsp;</span> gap "
            f"&nbsp;<span style='background:{theme.single}'>&nbsp;1&nbsp;</span> single point "
            f"of failure &nbsp;<span style='background:{theme.redundant};color:white'>"
            "&nbsp;2+&nbsp;</span> redundant &nbsp;— framed: changed from the baseline"
        )
        self.table.viewport().update()

    def show_evaluation(self, network: Network, base: Evaluation, current: Evaluation) -> None:
        self.model.show(network, base, current)
        cov = current.coverage
        self.summary.set_parts(
            (
                (str(len(cov.gaps)), True),
                (" gaps · ", False),
                (str(len(cov.single_points)), True),
                (
                    " single points of failure · baseline "
                    f"{len(base.coverage.gaps)} and {len(base.coverage.single_points)}",
                    False,
                ),
            )
        )

    def _clicked(self, index: QModelIndex) -> None:
        state, risk = self.model.cell(index)
        self.cell_clicked.emit(state, risk)
