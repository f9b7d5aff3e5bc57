"""The coverage panel: the state x risk matrix as a heat map, graded by depth.

Each cell counts the enabled links that cover the risk for the state at the threshold depth
(coordination by default), through the lens (all mechanisms, the region's own, or those
with outside powers): 0 is a gap (red, "!"), 1 a single point of failure (amber), 2 or
more redundant (green, darker with more). Dots in the corner give the deepest cover the
state has on the risk (one declaratory, two coordination, three operational). Cells that
differ from the baseline are outlined. The tooltip names each link with its depth and
source; clicking a cell asks the canvas to highlight the links behind it.
"""

from __future__ import annotations

import re
from html import escape
from itertools import combinations, pairwise
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import look
from app.analysis import DEFAULT_CRITERIA, Criteria, Evaluation, Lens
from app.analysis.summary import at_words, lens_words, self_reliance_line, share
from app.domain import Depth, Network, RiskCategory
from app.lang import Lang, actor_name, current, depth_label, risk_label, status_label
from app.ui.details import basis_note
from app.ui.i18n import QT_TRANSLATE_NOOP, tr
from app.ui.theme import LIGHT, Theme, readable_on

Index = QModelIndex | QPersistentModelIndex
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 1
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 2
NARROWEST_DOCK = 400  # pixels: RiskHeader fits ten columns in it
THRESHOLDS = (Depth.DECLARATORY, Depth.COORDINATION, Depth.OPERATIONAL)
STRONG, PLAIN = "\x02", "\x03"  # around a figure drawn bold in a summary line


def threshold_text(depth: Depth) -> str:
    """A threshold as the panel's choice names it."""
    return {
        Depth.DECLARATORY: tr("any depth", "coverage threshold"),
        Depth.COORDINATION: tr("≥ coordination", "coverage threshold"),
        Depth.OPERATIONAL: tr("operational", "coverage threshold"),
    }[depth]


def threshold_action(depth: Depth) -> str:
    """A threshold as the View menu's action names it."""
    return {
        Depth.DECLARATORY: tr("Count links at declaratory depth or deeper"),
        Depth.COORDINATION: tr("Count links at coordination depth or deeper"),
        Depth.OPERATIONAL: tr("Count links at operational depth or deeper"),
    }[depth]


def lens_text(lens: Lens) -> str:
    """A lens as the panel's choice names it."""
    return {
        Lens.ALL: tr("all mechanisms", "coverage lens"),
        Lens.OWN: tr("the region's own", "coverage lens"),
        Lens.OUTSIDE: tr("with outside powers", "coverage lens"),
    }[lens]


def lens_action(lens: Lens) -> str:
    """A lens as the View menu's action names it."""
    return {
        Lens.ALL: tr("Count all mechanisms"),
        Lens.OWN: tr("Count only the region's own mechanisms"),
        Lens.OUTSIDE: tr("Count only mechanisms with outside powers"),
    }[lens]


def strong(text: str) -> str:
    """`text` marked to be drawn bold in a SummaryLine (see parts())."""
    return f"{STRONG}{text}{PLAIN}"


def counted(text: str, n: int) -> str:
    """A translated count ('5 gaps', '5 пробелов') with its number marked bold."""
    return text.replace(str(n), strong(str(n)), 1)


def parts(text: str) -> tuple[tuple[str, bool], ...]:
    """A line with strong() marks as SummaryLine's (text, bold) parts."""
    out: list[tuple[str, bool]] = []
    for i, chunk in enumerate(text.split(STRONG)):
        bold, _, rest = chunk.partition(PLAIN) if i else ("", "", chunk)
        out += [(t, b) for t, b in ((bold, True), (rest, False)) if t]
    return tuple(out)


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
                    if (
                        old.covering[state][risk] != new.covering[state][risk]
                        or old.depth[state][risk] != new.depth[state][risk]
                        or old.criteria != new.criteria
                    ):
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
                return header_label(risk)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{risk_label(risk)}\n{risk.description}".strip()
        else:
            actor = self.network.actor(self.states[section])
            if role == Qt.ItemDataRole.DisplayRole:
                return actor.id
            if role == Qt.ItemDataRole.ToolTipRole:
                return actor_name(actor)
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
        if role == DEPTH_ROLE:
            return self.current.coverage.depth[state][risk]
        if role == Qt.ItemDataRole.FontRole and n != was:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(state, risk, n, was)
        return None

    def _tooltip(self, state: str, risk: str, n: int, was: int) -> str:
        assert self.current is not None and self.base is not None and self.network is not None
        net, cov = self.network, self.current.coverage
        covering = cov.covering[state][risk]
        head = (
            f"<b>{escape(actor_name(net.actor(state)))} — {escape(risk_label(net.risk(risk)))}</b>"
        )
        kind = (
            tr("a gap")
            if n == 0
            else tr("a single point of failure")
            if n == 1
            else tr("redundant")
        )
        lens = (
            ""
            if cov.criteria.lens is Lens.ALL
            else tr(", {lens} only", lens=lens_words(cov.criteria.lens))
        )
        lines = [
            head,
            tr(
                "%n link(s) {at}{lens}: {kind}",
                None,
                n,
                at=at_words(cov.criteria),
                lens=lens,
                kind=kind,
            ),
        ]
        lines += [self._covering_line(lid, risk) for lid in covering]
        below = cov.below[state][risk]
        if below:
            lines.append(tr("Below the threshold ({n}):", n=len(below)))
            lines += [self._covering_line(lid, risk) for lid in below]
        if n != was:
            lost = sorted(set(self.base.coverage.covering[state][risk]) - set(covering))
            gained = sorted(set(covering) - set(self.base.coverage.covering[state][risk]))
            lines.append(tr("Baseline: {n}", n=was))
            if lost:
                lines.append(tr("Lost: {ids}", ids=escape(", ".join(lost))))
            if gained:
                lines.append(tr("Gained: {ids}", ids=escape(", ".join(gained))))
        lines.append(tr("Click to highlight these links on the canvas"))
        return "<br>".join(lines)

    def _covering_line(self, link_id: str, risk: str) -> str:
        """One covering link: its id, its depth and why, and the first source of that."""
        assert self.network is not None
        depth, grade, capped = self.network.explain(link_id, risk)
        why = ""
        if grade is not None:
            why = escape(grade.reason) + basis_note(grade.basis)
        if capped:
            status = self.network.link(link_id).status
            word = status_label(status)
            why += "; " + (
                tr("capped: an {status} takes part in dialogue", status=word)
                if status.value[0] in "aeiou"
                else tr("capped: a {status} takes part in dialogue", status=word)
            )
        source = ""
        sources = grade.sources if grade is not None and grade.sources else ()
        if sources:
            source = f"<br>&nbsp;&nbsp;&nbsp;&nbsp;<small>{escape(sources[0])}</small>"
        return (
            f"&nbsp;&nbsp;• <b>{escape(link_id)}</b> — {depth_label(depth)}"
            + (f": {why}" if why else "")
            + source
        )


def header_label(risk: RiskCategory) -> str:
    """A risk's column header: short_label() of its key; in Russian, the Catalogue's ten
    said short from the translations, another risk by its Russian label (wrapped, and
    elided if it still does not fit, by RiskHeader). The tooltip has the label whole."""
    short = short_label(risk.key)
    if current() is not Lang.RU:
        return short
    if short in SHORT_LABELS:
        return tr(short)
    return risk.label_ru.strip() or short


SHORT_LABELS = (  # the baseline's risks, as their headers say them
    QT_TRANSLATE_NOOP("", "Terrorism"),
    QT_TRANSLATE_NOOP("", "Extremism"),
    QT_TRANSLATE_NOOP("", "Drugs"),
    QT_TRANSLATE_NOOP("", "Cyber"),
    QT_TRANSLATE_NOOP("", "Climate"),
    QT_TRANSLATE_NOOP("", "Emergencies"),
    QT_TRANSLATE_NOOP("", "Water energy"),
    QT_TRANSLATE_NOOP("", "Border"),
    QT_TRANSLATE_NOOP("", "Military"),
    QT_TRANSLATE_NOOP("", "Economic"),
)


def short_label(key: str) -> str:
    """A risk's column header: its key in words ("water_energy" -> "Water energy"); the
    labels run to 35 letters ("Cybercrime and information security"), the tooltip has them."""
    return key.replace("_", " ").strip().capitalize() or key


class RiskHeader(QHeaderView):
    """Column headers written upwards, so each risk's name shows whole over a narrow column
    and all ten columns fit a 400-pixel dock (sideways, "emergencies" needs 80 pixels)."""

    MAX_TEXT = 130  # longer names are elided; the tooltip has them whole

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setHighlightSections(False)
        self._lines: dict[tuple[str, int, str], list[str]] = {}

    def shown_lines(self, section: int) -> list[str]:
        """The lines drawn for `section`: its name broken between words over as many lines
        as the column has room for (three at most), so that the longest is as short as it
        can be (the header as low as it can be, in either language); a line longer than
        MAX_TEXT pixels is elided (the tooltip has the name whole)."""
        model = self.model()
        text = "" if model is None else str(model.headerData(section, self.orientation()) or "")
        fm = self.fontMetrics()
        room = max(1, min(3, (self.sectionSize(section) - 4) // fm.height()))
        key = (text, room, self.font().key())
        if (known := self._lines.get(key)) is None:  # asked at every layout and paint
            known = self._lines[key] = self._break(text, room, fm)
        return known

    def _break(self, text: str, room: int, fm: QFontMetrics) -> list[str]:
        words = text.split() or [""]
        best = [text]
        for n in range(2, min(room, len(words)) + 1):
            for cuts in combinations(range(1, len(words)), n - 1):
                bounds = (0, *cuts, len(words))
                lines = [" ".join(words[a:b]) for a, b in pairwise(bounds)]
                if max(map(fm.horizontalAdvance, lines)) < max(map(fm.horizontalAdvance, best)):
                    best = lines
        return [fm.elidedText(x, Qt.TextElideMode.ElideRight, self.MAX_TEXT) for x in best]

    def shown_text(self, section: int) -> str:
        """The name as drawn, its lines joined."""
        return " ".join(self.shown_lines(section))

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        fm = self.fontMetrics()
        lines = self.shown_lines(logicalIndex)
        longest = max(fm.horizontalAdvance(x) for x in lines)
        return QSize(len(lines) * fm.height() + 8, longest + 12)

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logicalIndex
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        fm = self.fontMetrics()
        lines = self.shown_lines(logicalIndex)
        painter.save()
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.setFont(self.font())
        # reading upwards from 6 pixels above the bottom, the lines centred across the column
        painter.translate(rect.center().x(), rect.bottom() - 6)
        painter.rotate(-90)
        top = -len(lines) * fm.height() / 2 + fm.ascent()
        for i, line in enumerate(lines):
            painter.drawText(QPointF(0, top + i * fm.height()), line)
        painter.restore()


def heat(theme: Theme, n: int) -> QColor:
    return QColor(look.heat(theme, n))  # a Theme has every colour a look.Palette has


class ChangedOutline(QStyledItemDelegate):
    """Draws a frame around the cells that differ from the baseline."""

    def __init__(self, panel: CoveragePanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        depth = index.data(DEPTH_ROLE) or 0
        if depth:  # the deepest cover: one dot per level, in the top right corner
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(index.data(Qt.ItemDataRole.ForegroundRole))
            r = max(1.5, option.rect.height() / 16)
            x = option.rect.right() - 3 - r
            for i in range(depth):
                painter.drawEllipse(
                    QRectF(x - i * 2.6 * r - r, option.rect.top() + 3, 2 * r, 2 * r)
                )
            painter.restore()
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
    criteria_changed = Signal(object)  # Criteria
    own_only_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CoverageModel(self)
        self.criteria = DEFAULT_CRITERIA
        self.table = QTableView(self)
        self.table.setObjectName("coverage-table")
        self.table.setHorizontalHeader(RiskHeader(self.table))
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChangedOutline(self))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(34)
        # rows tall enough for a count and its depth dots one above the other
        self.table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 6)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setShowGrid(True)
        self.threshold = QComboBox(self)
        self.threshold.setObjectName("coverage-threshold")
        for depth in THRESHOLDS:
            self.threshold.addItem(threshold_text(depth), depth)
        self.lens = QComboBox(self)
        self.lens.setObjectName("coverage-lens")
        for lens in Lens:
            self.lens.addItem(lens_text(lens), lens)
        for combo in (self.threshold, self.lens):  # narrow docks: the choice shows elided
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.own_only = QPushButton(self)
        self.own_only.setObjectName("coverage-own-only")
        self.at_label = QLabel(self)
        self.in_label = QLabel(self)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.at_label)
        controls.addWidget(self.threshold, 1)
        controls.addWidget(self.in_label)
        controls.addWidget(self.lens, 1)
        controls.addWidget(self.own_only)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        # two lines in the narrowest dock; a wrapped label's own minimum counts only one,
        # and the matrix's last row went under the second
        self.legend.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 2)
        self.summary = SummaryLine(self)
        self.summary.setObjectName("coverage-summary")
        self.reliance = SummaryLine(self)
        self.reliance.setObjectName("coverage-self-reliance")
        layout = self.box = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.reliance)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.table.clicked.connect(self._clicked)
        self.model.modelReset.connect(self._fit_table)
        self.threshold.activated.connect(lambda _i: self._chosen())
        self.lens.activated.connect(lambda _i: self._chosen())
        self.own_only.clicked.connect(self.own_only_requested)
        self.threshold_actions = self._choice_actions(
            {d: threshold_action(d) for d in THRESHOLDS},
            lambda d: Criteria(d, self.criteria.lens),
            {
                Depth.DECLARATORY: "Ctrl+Alt+1",
                Depth.COORDINATION: "Ctrl+Alt+2",
                Depth.OPERATIONAL: "Ctrl+Alt+3",
            },
        )
        self.lens_actions = self._choice_actions(
            {lens: lens_action(lens) for lens in Lens},
            lambda lens: Criteria(self.criteria.threshold, lens),
            {},
        )
        self._shown: tuple[Network, Evaluation, Evaluation] | None = None
        self.set_theme(LIGHT)
        self.set_criteria(DEFAULT_CRITERIA)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again in the current language: the choices and their menu actions,
        the legend, the headers, and the summary lines of what is shown."""
        self.at_label.setText(tr("Links at"))
        self.in_label.setText(tr("in", "coverage: links at a depth in a lens"))
        self.threshold.setToolTip(
            tr(
                "Count a link when it covers the risk at this depth or deeper: operational (a "
                "standing structure, binding commitment or joint capability), coordination "
                "(regular meetings of the agencies with agreed plans), declaratory (declarations)"
            )
        )
        self.lens.setToolTip(
            tr(
                "Count every mechanism, only the region's own (only C6 states take part), or "
                "only those with outside powers (universal ones such as the UN and OSCE included)"
            )
        )
        for i in range(self.threshold.count()):
            self.threshold.setItemText(i, threshold_text(Depth(self.threshold.itemData(i))))
        for i in range(self.lens.count()):
            self.lens.setItemText(i, lens_text(Lens(self.lens.itemData(i))))
        self.own_only.setText(tr("Own only"))
        self.own_only.setToolTip(
            tr(
                "What if only the region's own mechanisms were left? Switches off every link to "
                "a body with outside powers (one undoable step; Ctrl+Shift+O)"
            )
        )
        for depth, action in self.threshold_actions.items():
            action.setText(threshold_action(depth))
        for lens, action in self.lens_actions.items():
            action.setText(lens_action(lens))
        self.set_theme(self.model.theme)  # the legend
        model = self.model
        if model.columnCount():
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        if model.rowCount():
            model.headerDataChanged.emit(Qt.Orientation.Vertical, 0, model.rowCount() - 1)
        if self._shown is not None:
            self.show_evaluation(*self._shown)
        self._fit_table()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_legend()

    def _fit_legend(self) -> None:
        """The legend as tall as its wrapped lines at its width (two in English in the
        narrowest dock, three in Russian): a wrapped label's own minimum counts one line,
        and the matrix's last row went under the rest."""
        legend = self.legend
        margins = self.box.contentsMargins()
        # the legend spans the panel, at least as wide as the narrowest dock (narrower widths
        # come and go while the window first lays out, and would leave it too tall)
        width = max(self.width(), NARROWEST_DOCK) - margins.left() - margins.right()
        fm = legend.fontMetrics()
        plain = re.sub(r"<[^>]*>", "", legend.text()).replace("&nbsp;", " ")
        wrapped = fm.boundingRect(0, 0, max(width, 1), 10_000, Qt.TextFlag.TextWordWrap, plain)
        lines = max(2, wrapped.height() // fm.lineSpacing())
        height = lines * fm.lineSpacing() + 2
        if height != legend.minimumHeight():
            legend.setMinimumHeight(height)

    def _choice_actions(
        self,
        texts: dict[Any, str],
        make: Any,
        shortcuts: dict[Any, str],
    ) -> dict[Any, QAction]:
        """Checkable actions, one per choice (for the View menu), in one exclusive group."""
        group = QActionGroup(self)
        out: dict[Any, QAction] = {}
        for value, text in texts.items():
            action = QAction(text, self)
            action.setCheckable(True)
            action.setObjectName(f"coverage-{value}")
            if value in shortcuts:
                action.setShortcut(shortcuts[value])
            action.triggered.connect(lambda _=False, v=value: self._choose(make(v)))
            group.addAction(action)
            out[value] = action
        return out

    def _chosen(self) -> None:
        # item data comes back as plain int and str: make them the enums again
        self._choose(Criteria(Depth(self.threshold.currentData()), Lens(self.lens.currentData())))

    def _choose(self, criteria: Criteria) -> None:
        if criteria != self.criteria:
            self.set_criteria(criteria)
            self.criteria_changed.emit(criteria)

    def set_criteria(self, criteria: Criteria) -> None:
        """Show `criteria` as chosen (combos and menu actions), without emitting."""
        self.criteria = criteria
        self.threshold.setCurrentIndex(self.threshold.findData(criteria.threshold))
        self.lens.setCurrentIndex(self.lens.findData(criteria.lens))
        self.threshold_actions[criteria.threshold].setChecked(True)
        self.lens_actions[criteria.lens].setChecked(True)

    def set_theme(self, theme: Theme) -> None:
        self.model.theme = theme
        self.legend.setText(
            f"<span style='background:{theme.gap};color:white'>&nbsp;0 !&nbsp;</span> "
            + tr("gap", "coverage legend")
            + f" <span style='background:{theme.single}'>&nbsp;1&nbsp;</span> "
            + tr("single point", "coverage legend")
            + f" <span style='background:{theme.redundant};color:white'>&nbsp;2+&nbsp;</span> "
            + tr("redundant", "coverage legend")
            + " · "
            + tr("●/●●/●●● deepest: declaratory/coordination/operational · framed: changed")
        )
        self._fit_legend()
        self.legend.setToolTip(
            tr(
                "The number: links covering the risk at the threshold. Dots in the corner: the "
                "deepest cover the state has on it, at any threshold: ● declaratory, "
                "●● coordination, ●●● operational. A framed cell differs from the baseline."
            )
        )
        self.table.viewport().update()

    def show_evaluation(self, network: Network, base: Evaluation, current: Evaluation) -> None:
        self._shown = (network, base, current)
        self.model.show(network, base, current)
        cov = current.coverage
        gaps, points = len(cov.gaps), len(cov.single_points)
        self.summary.set_parts(
            parts(
                tr(
                    "{gaps} · {points} · baseline {base_gaps} and {base_points}",
                    gaps=counted(tr("%n gap(s)", None, gaps), gaps),
                    points=counted(tr("%n single point(s) of failure", None, points), points),
                    base_gaps=len(base.coverage.gaps),
                    base_points=len(base.coverage.single_points),
                )
            )
        )
        own, covered = cov.self_reliance
        unclassed = len(network.unclassed())
        part = strong(tr("{own} of {covered}", own=own, covered=covered))
        line = (
            tr(
                "Own mechanisms cover {part} covered cells ({share})",
                part=part,
                share=share(own, covered),
            )
            if covered
            else tr("Own mechanisms cover {part} covered cells", part=part)
        )
        if unclassed:
            line += " · " + tr("%n bodies not classed", None, unclassed)
        self.reliance.set_parts(parts(line))
        tip = tr(
            "{line}: state-risk cells covered at the threshold by mechanisms in which only C6 "
            "states take part, out of the cells any mechanism covers",
            line=self_reliance_line(own, covered, at_words(cov.criteria)).capitalize(),
        )
        if unclassed:
            tip += ". " + tr(
                "%n bodies have no membership class (a store or file of an older version): "
                "they count as mechanisms with outside powers until Network › Edit actor gives "
                "them one",
                None,
                unclassed,
            )
        self.reliance.setToolTip(tip)

    def _fit_table(self) -> None:
        """The matrix never scrolls: at least wide and tall enough for every column and row
        at their smallest (up to 12 risks and 8 states; beyond, it scrolls)."""
        table = self.table
        frame = 2 * table.frameWidth()
        across, down = table.horizontalHeader(), table.verticalHeader()
        cols, rows = min(self.model.columnCount(), 12), min(self.model.rowCount(), 8)
        table.setMinimumSize(
            down.sizeHint().width() + cols * across.minimumSectionSize() + frame,
            across.sizeHint().height() + rows * down.minimumSectionSize() + frame,
        )

    def _clicked(self, index: QModelIndex) -> None:
        state, risk = self.model.cell(index)
        self.cell_clicked.emit(state, risk)
