"""The links panel: every link in a filterable table, with a checkbox that switches it.

Ticking a box asks for the switch (`toggled`); the window pushes the undo command and then
tells the panel what changed (`set_enabled`), as it tells the canvas.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.analysis.summary import depth_words
from app.domain import Confidence, LinkStatus, Network
from app.lang import Lang, actor_name, confidence_label, current, risk_label, status_label
from app.ui.i18n import tr
from app.ui.network_canvas import link_tooltip

UNVERIFIED = QColor("#b9460e")
COLUMNS = ("On", "Link", "From", "To", "Status", "Since", "Until", "Covers (depth)", "Confidence")


def column_titles() -> tuple[str, ...]:
    """COLUMNS as the header shows them, in the current language."""
    return (
        tr("On", "links table: the link is switched on"),
        tr("Link"),
        tr("From"),
        tr("To"),
        tr("Status"),
        tr("Since"),
        tr("Until"),
        tr("Covers (depth)"),
        tr("Confidence"),
    )


COVERS = COLUMNS.index("Covers (depth)")
ANY = ""
Index = QModelIndex | QPersistentModelIndex


class LinksModel(QAbstractTableModel):
    toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network: Network | None = None
        self.enabled: set[str] = set()
        self._row: dict[str, int] = {}

    def reset(self, network: Network, enabled: Iterable[str]) -> None:
        self.beginResetModel()
        self.network = network
        self.enabled = set(enabled)
        self._row = {lk.id: i for i, lk in enumerate(network.links)}
        self.endResetModel()

    def set_enabled(self, changes: Mapping[str, bool]) -> None:
        for link_id, on in changes.items():
            (self.enabled.add if on else self.enabled.discard)(link_id)
            index = self.index(self._row[link_id], 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def row_of(self, link_id: str) -> int:
        return self._row[link_id]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.network is None else len(self.network.links)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def retranslate(self) -> None:
        """Headers and cells again, in the current language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rowCount():
            last = self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.network is None or not index.isValid():
            return None
        link = self.network.links[index.row()]
        col = index.column()
        on = link.id in self.enabled
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return link_tooltip(link, self.network, on)
        if role == Qt.ItemDataRole.UserRole:
            return link.id
        if role == Qt.ItemDataRole.ForegroundRole and link.confidence is Confidence.UNVERIFIED:
            return UNVERIFIED  # flagged on the whole row
        if role == Qt.ItemDataRole.FontRole and link.confidence is Confidence.HYPOTHETICAL:
            font = QFont()
            font.setItalic(True)  # a what-if, not a fact
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.text(index.row(), col)

    def text(self, row: int, col: int) -> str:
        """The text shown in a cell."""
        assert self.network is not None
        link = self.network.links[row]
        return (
            "",
            link.id,
            link.source,
            link.target,
            status_label(link.status),
            str(link.since or ""),
            str(link.until or ""),
            depth_words(self.network, link.id, labels=current() is not Lang.EN),  # keys: English
            confidence_label(link.confidence),
        )[col]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or self.network is None:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        self.toggled.emit(self.network.links[index.row()].id, on)
        return False  # the window decides; set_enabled shows the outcome


class LinkFilter(QSortFilterProxyModel):
    """Text search over id and actor names, plus actor, status and risk filters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.actor = ANY
        self.status = ANY
        self.risk = ANY

    def set_filter(self, **values: str) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, LinksModel) and model.network is not None
        net = model.network
        link = net.links[row]
        if self.actor and self.actor not in (link.source, link.target):
            return False
        if self.status and link.status.value != self.status:
            return False
        if self.risk and self.risk not in net.depths(link.id):
            return False
        if self.text:  # names in either language: a Russian user may type an English one
            ends = (net.actor(link.source), net.actor(link.target))
            hay = " ".join(
                (link.id, *(a.name for a in ends), *(actor_name(a) for a in ends), link.note)
            ).lower()
            return all(word in hay for word in self.text.lower().split())
        return True


class LinksPanel(QWidget):
    toggled = Signal(str, bool)
    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LinksModel(self)
        self.proxy = LinkFilter(self)
        self.proxy.setSourceModel(self.model)
        self.network: Network | None = None
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("link-search")
        self.actor = QComboBox(self)
        self.status = QComboBox(self)
        self.risk = QComboBox(self)
        for combo in (self.actor, self.status, self.risk):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)  # a narrow dock shows the choice elided
        self.table = QTableView(self)
        self.table.setObjectName("links-table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        # Widths are measured once per network (show_network): ResizeToContents would measure
        # every row again on each switch, ~100 ms on the baseline.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COVERS, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.actor, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.risk, 1)
        layout = self.box = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        self.filters = filters
        layout.addWidget(self.table)
        self.model.toggled.connect(self.toggled)
        self.search.textChanged.connect(lambda t: self.proxy.set_filter(text=t))
        self.actor.currentIndexChanged.connect(
            lambda _: self.proxy.set_filter(actor=self.actor.currentData() or ANY)
        )
        self.status.currentIndexChanged.connect(
            lambda _: self.proxy.set_filter(status=self.status.currentData() or ANY)
        )
        self.risk.currentIndexChanged.connect(
            lambda _: self.proxy.set_filter(risk=self.risk.currentData() or ANY)
        )
        self.table.activated.connect(
            lambda index: self.link_activated.emit(index.data(Qt.ItemDataRole.UserRole))
        )
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again in the current language: the filters' hints and choices, the
        headers and the cells (and the columns' widths, which follow them)."""
        self.search.setPlaceholderText(tr("Find a link: id or actor name (Ctrl+F)"))
        self.actor.setToolTip(tr("Only links of this actor"))
        self.status.setToolTip(tr("Only links of this status"))
        self.risk.setToolTip(tr("Only links covering this risk"))
        if self.network is not None:
            self._fill_filters(self.network)
            self.model.retranslate()
            self._fit_columns()
            self.table.horizontalScrollBar().setValue(0)  # the columns' new widths from the left

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def height_for_rows(self, rows: int) -> int:
        """The panel's height that shows `rows` whole rows of links (and room for a
        horizontal scroll bar, which a narrow dock shows)."""
        margins = self.box.contentsMargins()
        table = self.table
        return (
            margins.top()
            + margins.bottom()
            + self.filters.sizeHint().height()
            + self.box.spacing()
            + table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
            + table.horizontalScrollBar().sizeHint().height()
        )

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height_for_rows(8))

    def show_network(self, network: Network, enabled: Iterable[str]) -> None:
        self.network = network
        self.model.reset(network, enabled)
        self._fill_filters(network)
        self.proxy.set_filter(
            actor=self.actor.currentData() or ANY,
            status=self.status.currentData() or ANY,
            risk=self.risk.currentData() or ANY,
        )
        self._fit_columns()

    def _fill_filters(self, network: Network) -> None:
        """The filters' choices for `network`, in the current language; each keeps its
        choice (the filter itself is unchanged: it goes by ids and values)."""
        for combo, items in (
            (
                self.actor,
                [(tr("All actors"), ANY)]
                + [(f"{a.id} — {actor_name(a)}", a.id) for a in network.actors],
            ),
            (
                self.status,
                [(tr("All statuses"), ANY)] + [(status_label(s), s.value) for s in LinkStatus],
            ),
            (self.risk, [(tr("All risks"), ANY)] + [(risk_label(r), r.key) for r in network.risks]),
        ):
            combo.blockSignals(True)
            current = combo.currentData()
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def _fit_columns(self) -> None:
        """Columns as wide as their texts (Covers takes the rest). Measured from the texts
        directly: `resizeColumnToContents` asks the model for every role of every cell and
        took ~60 ms of the window's start on the baseline. Like Qt, it samples 1,000 rows."""
        style, table = self.table.style(), self.table
        text_fm, header_fm = table.fontMetrics(), table.horizontalHeader().fontMetrics()
        pad = 2 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 10
        rows = range(min(self.model.rowCount(), 1000))
        for col, title in enumerate(column_titles()):
            if col == COVERS:
                continue
            texts = {self.model.text(row, col) for row in rows}
            width = max((text_fm.horizontalAdvance(t) for t in texts), default=0)
            if col == 0:
                width += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, table)
            table.setColumnWidth(col, max(width, header_fm.horizontalAdvance(title) + 6) + pad)

    def set_enabled(self, changes: Mapping[str, bool]) -> None:
        self.model.set_enabled(changes)

    def only_actor(self, actor_id: str) -> None:
        self.actor.setCurrentIndex(max(self.actor.findData(actor_id), 0))

    def reveal(self, link_id: str) -> None:
        """Select a link's row (clearing the filters that hide it) and scroll to it."""
        row = self.model.row_of(link_id)
        index = self.proxy.mapFromSource(self.model.index(row, 1))
        if not index.isValid():
            self.search.clear()
            for combo in (self.actor, self.status, self.risk):
                combo.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 1))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
