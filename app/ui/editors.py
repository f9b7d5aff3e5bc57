"""Dialogs that edit the network: an actor, a link, the risk taxonomy.

Each builds a domain value from its fields and hands it to `submit`, which returns None
when the edit was made or the one-line reason it was refused; a refused edit keeps the
dialog open with the reason shown under the fields.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import (
    Actor,
    ActorKind,
    Basis,
    Confidence,
    Depth,
    Grade,
    Link,
    LinkStatus,
    Membership,
    Network,
    RiskCategory,
    RiskGroup,
    ValidationError,
)
from app.domain.model import inherited
from app.domain.text import parse_number, parse_year
from app.lang import (
    actor_name,
    basis_label,
    confidence_label,
    depth_label,
    membership_label,
    risk_label,
    status_label,
)
from app.look import kind_label
from app.ui.i18n import tr

Submit = Callable[[object], str | None]


class _Editor(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = QLabel(self)
        self.problem.setObjectName("editor-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b; font-weight: bold")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.submit: Submit = lambda value: None

    def value(self) -> object:  # built from the fields; ValidationError if they cannot be
        raise NotImplementedError

    def _ok(self) -> None:
        try:
            problem = self.submit(self.value())
        except ValidationError as exc:
            problem = str(exc)
        if problem:
            self.problem.setText(problem)
            return
        self.accept()


def _open_wide(dialog: QDialog) -> None:
    """WIDE x up to TALL, within the screen it opens on."""
    room = dialog.screen().availableGeometry()
    height = min(dialog.sizeHint().height(), TALL, room.height() - 60)
    dialog.resize(min(WIDE, room.width() - 60), height)


def _short_box(edit: QPlainTextEdit) -> QPlainTextEdit:
    """A few lines high, so the whole dialog fits a 768-pixel screen."""
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def _year(edit: QLineEdit, what: str) -> int | None:
    return parse_year(edit.text(), what)


def _number(edit: QLineEdit, what: str) -> float | None:
    return parse_number(edit.text().replace(",", "."), what)  # a decimal comma is a point


SEP = " | "  # sources of one grade, in one cell
RISK_CHARS, CHOICE_CHARS = 28, 20  # the grades' risk column and choice boxes, in characters
INHERITED_CHARS = 44  # a link's depth choice says what it would take from its body


def _compact(combo: QComboBox, chars: int) -> QComboBox:
    """A choice box `chars` wide whatever its longest choice (its list shows them whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def _depth(d: Depth) -> str:
    """A depth as a choice: its number and word; 0 says it is excluded."""
    if not d:
        return tr("0 excluded")
    return f"{int(d)} {depth_label(d)}"


WIDE, TALL = 1100, 700  # the actor and link dialogs open wide enough for every grade column


class GradesTable(QTableWidget):
    """One row per risk: depth, basis, a one-line reason and the sources of each grade.

    For a body's mandate the first choice is "none"; for a link's own grades it is "as the
    body", which `inherited(risk)` describes (the body's depth, capped by the status)."""

    @staticmethod
    def columns() -> list[str]:
        return [
            tr("Risk"),
            tr("Depth"),
            tr("Basis"),
            tr("Reason (one line)"),
            tr("Sources (separated by |)"),
        ]

    def __init__(
        self,
        network: Network,
        grades: tuple[Grade, ...],
        parent: QWidget | None = None,
        inherited: Callable[[str], str] | None = None,
    ) -> None:
        columns = self.columns()
        super().__init__(len(network.risks), len(columns), parent)
        self.setObjectName("grades-table")
        self.network = network
        self.inherited = inherited
        self.setHorizontalHeaderLabels(columns)
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        by_risk = {g.risk: g for g in grades}
        self.depths: list[QComboBox] = []
        self.bases: list[QComboBox] = []
        for row, risk in enumerate(network.risks):
            item = QTableWidgetItem(risk_label(risk))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(f"{risk_label(risk)}\n\n{risk.description}".strip())
            self.setItem(row, 0, item)
            depth = _compact(QComboBox(self), INHERITED_CHARS if inherited else CHOICE_CHARS)
            depth.addItem(tr("as the body") if inherited else depth_label(Depth.NONE), None)
            for d in Depth:
                if d or inherited:
                    depth.addItem(_depth(d), d)
            basis = _compact(QComboBox(self), CHOICE_CHARS)
            for b in Basis:
                basis.addItem(basis_label(b), b)
            grade = by_risk.get(risk.key)
            if grade is not None:
                depth.setCurrentIndex(depth.findData(grade.depth))
                basis.setCurrentIndex(basis.findData(grade.basis))
            else:  # a new grade is reasoned until a source is given for it
                basis.setCurrentIndex(basis.findData(Basis.REASONED))
            self.setCellWidget(row, 1, depth)
            self.setCellWidget(row, 2, basis)
            self.setItem(row, 3, QTableWidgetItem(grade.reason if grade else ""))
            self.setItem(row, 4, QTableWidgetItem(SEP.join(grade.sources) if grade else ""))
            self.depths.append(depth)
            self.bases.append(basis)
        self.refresh_inherited()
        self.setMinimumHeight(min(7, len(network.risks) + 1) * 28)
        # the risk and the choices take what they need up to a cap (Russian labels run long:
        # an elided one shows whole in its tooltip), so reason and sources keep their room
        width = self.fontMetrics().averageCharWidth()
        depth_chars = INHERITED_CHARS if inherited else CHOICE_CHARS
        for column, cap in ((0, RISK_CHARS), (1, depth_chars + 4), (2, CHOICE_CHARS + 4)):
            self.setColumnWidth(column, min(self.sizeHintForColumn(column), cap * width))

    def refresh_inherited(self) -> None:
        """Say in each "as the body" choice what the link would take without a grade."""
        if self.inherited is None:
            return
        for row, risk in enumerate(self.network.risks):
            self.depths[row].setItemText(
                0, tr("as the body: {depth}", depth=self.inherited(risk.key))
            )

    def grades(self) -> tuple[Grade, ...]:
        out = []
        for row, risk in enumerate(self.network.risks):
            depth = self.depths[row].currentData()
            if depth is None:
                continue
            reason, sources = self.item(row, 3), self.item(row, 4)
            out.append(
                Grade(
                    risk=risk.key,
                    depth=Depth(depth),
                    basis=Basis(self.bases[row].currentData()),
                    reason=reason.text().strip() if reason else "",
                    sources=tuple(
                        x.strip()
                        for x in (sources.text() if sources else "").split("|")
                        if x.strip()
                    ),
                )
            )
        return tuple(out)


class ActorDialog(_Editor):
    def __init__(
        self, network: Network, actor: Actor | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            tr("Add an actor") if actor is None else tr("Edit {id}", id=actor.id), parent
        )
        self.id = QLineEdit(actor.id if actor else "", self)
        self.id.setReadOnly(actor is not None)
        self.id.setToolTip(tr("Short and fixed once made: link ids and scenarios use it"))
        self.name = QLineEdit(actor.name if actor else "", self)
        self.name_ru = QLineEdit(actor.name_ru if actor else "", self)
        self.name.setPlaceholderText(tr("e.g. Shanghai Cooperation Organisation"))
        self.name_ru.setPlaceholderText(tr("e.g. ШОС; empty: the English name is shown in Russian"))
        self.name_ru.setCursorPosition(0)
        self.kind = QComboBox(self)
        for kind in ActorKind:
            self.kind.addItem(kind_label(kind), kind)
        if actor is not None:
            self.kind.setCurrentIndex(self.kind.findData(actor.kind))
        self.seat = QLineEdit(actor.seat if actor else "", self)
        self.lat = QLineEdit("" if actor is None or actor.lat is None else str(actor.lat), self)
        self.lon = QLineEdit("" if actor is None or actor.lon is None else str(actor.lon), self)
        self.description = _short_box(QPlainTextEdit(actor.description if actor else "", self))
        self.sources = _short_box(QPlainTextEdit("\n".join(actor.sources) if actor else "", self))
        self.sources.setPlaceholderText(tr("One source per line: an address or a citation"))
        self.membership = QComboBox(self)
        self.membership.addItem(tr("— (a state, or not classed)"), None)
        for m in Membership:
            self.membership.addItem(membership_label(m), m)
        self.membership.setToolTip(
            tr(
                "The region's own: only C6 states take part; with outside powers; universal "
                "(UN, OSCE). The coverage lens and the self-reliance figure count by this."
            )
        )
        if actor is not None:
            self.membership.setCurrentIndex(self.membership.findData(actor.membership))
        self.outside = QLineEdit(", ".join(actor.outside) if actor else "", self)
        self.outside.setPlaceholderText(tr("e.g. China, Russia (with outside powers)"))
        self.mandate = GradesTable(network, actor.mandate if actor else (), self)
        self.mandate.setToolTip(
            tr(
                "What a link to this body covers: 3 operational (standing structure, binding "
                "commitment, joint capability or exercise), 2 coordination (regular meetings "
                "of the responsible agencies with agreed plans), 1 declaratory"
            )
        )
        for label, widget in (
            (tr("&Id"), self.id),
            (tr("&Name in English"), self.name),
            (tr("Name in &Russian"), self.name_ru),
            (tr("&Kind"), self.kind),
            (tr("&Seat"), self.seat),
            (tr("&Latitude"), self.lat),
            (tr("L&ongitude"), self.lon),
            (tr("&Description"), self.description),
            (tr("So&urces"), self.sources),
            (tr("&Membership"), self.membership),
            (tr("Outside &powers"), self.outside),
            (tr("Man&date by risk"), self.mandate),
        ):
            self.form.addRow(label, widget)
        _open_wide(self)

    def value(self) -> Actor:
        return Actor(
            id=self.id.text().strip(),
            name=self.name.text().strip(),
            name_ru=self.name_ru.text().strip(),
            kind=ActorKind(self.kind.currentData()),
            seat=self.seat.text().strip(),
            lat=_number(self.lat, tr("Latitude")),
            lon=_number(self.lon, tr("Longitude")),
            description=self.description.toPlainText().strip(),
            sources=_lines(self.sources),
            # item data comes back as a plain str: make it the enum again
            membership=Membership(m) if (m := self.membership.currentData()) else None,
            outside=tuple(x.strip() for x in self.outside.text().split(",") if x.strip()),
            mandate=self.mandate.grades(),
        )


class LinkDialog(_Editor):
    def __init__(self, network: Network, link: Link | None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Add a link") if link is None else tr("Edit {id}", id=link.id), parent)
        self.source, self.target = QComboBox(self), QComboBox(self)
        for combo in (self.source, self.target):
            for a in network.actors:
                combo.addItem(f"{a.id} — {actor_name(a)}", a.id)
            combo.setEnabled(link is None)  # ends are part of what the link is
        if link is not None:
            self.source.setCurrentIndex(self.source.findData(link.source))
            self.target.setCurrentIndex(self.target.findData(link.target))
        else:
            self.target.setCurrentIndex(min(1, self.target.count() - 1))
        self.id = QLineEdit(link.id if link else "", self)
        self.id.setReadOnly(link is not None)
        self.id.setPlaceholderText(tr("left empty: FROM:TO"))
        self.status = QComboBox(self)
        for status in LinkStatus:
            self.status.addItem(status_label(status), status)
        self.status.setCurrentIndex(
            self.status.findData(link.status if link else LinkStatus.MEMBER)
        )
        self.since = QLineEdit("" if link is None or link.since is None else str(link.since), self)
        self.until = QLineEdit("" if link is None or link.until is None else str(link.until), self)
        self.network = network
        self.grades = GradesTable(network, link.grades if link else (), self, self._inherited)
        self.grades.setToolTip(
            tr(
                "A link covers what its body's mandate says, capped at 1 for an observer, "
                "partner or guest. Grade a risk here only where a source narrows it (0: "
                "excluded, as Turkmenistan's CIS association excludes military cooperation) "
                "or shows more."
            )
        )
        for combo in (self.source, self.target, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.grades.refresh_inherited())
        self.confidence = QComboBox(self)
        for c in Confidence:
            self.confidence.addItem(confidence_label(c), c)
        if link is not None:
            self.confidence.setCurrentIndex(self.confidence.findData(link.confidence))
        self.sources = _short_box(QPlainTextEdit("\n".join(link.sources) if link else "", self))
        self.sources.setPlaceholderText(tr("One source per line: an address or a citation"))
        self.note = _short_box(QPlainTextEdit(link.note if link else "", self))
        for label, widget in (
            (tr("&From"), self.source),
            (tr("&To"), self.target),
            (tr("&Id"), self.id),
            (tr("&Status"), self.status),
            (tr("S&ince (year)"), self.since),
            (tr("&Until (year)"), self.until),
            (tr("&Grades of its own"), self.grades),
            (tr("&Confidence"), self.confidence),
            (tr("So&urces"), self.sources),
            (tr("&Note"), self.note),
        ):
            self.form.addRow(label, widget)
        _open_wide(self)

    def value(self) -> Link:
        source, target = self.source.currentData(), self.target.currentData()
        return Link(
            id=self.id.text().strip() or f"{source}:{target}",
            source=source,
            target=target,
            status=LinkStatus(self.status.currentData()),
            since=_year(self.since, tr("Since")),
            until=_year(self.until, tr("Until")),
            grades=self.grades.grades(),
            sources=_lines(self.sources),
            confidence=Confidence(self.confidence.currentData()),
            note=self.note.toPlainText().strip(),
        )

    def _inherited(self, risk: str) -> str:
        """What the link takes from its body on `risk`, with the ends and status chosen."""
        net = self.network
        ends = [net.actor(a) for a in (self.source.currentData(), self.target.currentData()) if a]
        bodies = [a for a in ends if not a.is_state]
        if len(ends) != 2 or len(bodies) != 1:
            return tr("none (no body)")
        grade = next((g for g in bodies[0].mandate if g.risk == risk), None)
        if grade is None:
            return depth_label(Depth.NONE)
        depth, capped = inherited(grade, LinkStatus(self.status.currentData()))
        if capped:
            return tr(
                "{depth} (the body's {body}, capped by the status)",
                depth=int(depth),
                body=int(grade.depth),
            )
        return _depth(depth)


class RiskDialog(_Editor):
    def __init__(self, risk: RiskCategory | None, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Add a risk") if risk is None else tr("Edit the risk {key}", key=risk.key), parent
        )
        self.key = QLineEdit(risk.key if risk else "", self)
        self.key.setReadOnly(risk is not None)
        self.label = QLineEdit(risk.label if risk else "", self)
        self.label_ru = QLineEdit(risk.label_ru if risk else "", self)
        self.label_ru.setPlaceholderText(tr("e.g. Терроризм; empty: the English label is shown"))
        self.description = QPlainTextEdit(risk.description if risk else "", self)
        self.group = risk.group if risk else None
        for label, widget in (
            (tr("&Key"), self.key),
            (tr("&Label in English"), self.label),
            (tr("Label in &Russian"), self.label_ru),
            (tr("&Description"), self.description),
        ):
            self.form.addRow(label, widget)
        self.label_ru.setCursorPosition(0)  # a long label shows its start, not its end
        # wide enough for a Russian label beside its longer English one
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def value(self) -> RiskCategory:
        return RiskCategory(
            self.key.text().strip(),
            self.label.text().strip(),
            self.description.toPlainText().strip(),
            self.group or RiskGroup.DIMENSION,  # a user's addition: not in the Catalogue
            label_ru=self.label_ru.text().strip(),
        )
