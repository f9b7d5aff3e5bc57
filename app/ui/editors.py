"""Dialogs that edit the network: an actor, a link, the risk taxonomy.

Each builds a domain value from its fields and hands it to `submit`, which returns None
when the edit was made or the one-line reason it was refused; a refused edit keeps the
dialog open with the reason shown under the fields.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import (
    Actor,
    ActorKind,
    Confidence,
    Link,
    LinkStatus,
    Network,
    RiskCategory,
    RiskGroup,
    ValidationError,
)
from app.ui.theme import KIND_LABEL

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


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def _year(edit: QLineEdit, what: str) -> int | None:
    text = edit.text().strip()
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError(f"{what} must be a year such as 2018, or empty")
    return int(text)


def _number(edit: QLineEdit, what: str) -> float | None:
    text = edit.text().strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValidationError(f"{what} must be a number, or empty") from None


class ActorDialog(_Editor):
    def __init__(self, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__("Add an actor" if actor is None else f"Edit {actor.id}", parent)
        self.id = QLineEdit(actor.id if actor else "", self)
        self.id.setReadOnly(actor is not None)
        self.id.setToolTip("Short and fixed once made: link ids and scenarios use it")
        self.name = QLineEdit(actor.name if actor else "", self)
        self.kind = QComboBox(self)
        for kind in ActorKind:
            self.kind.addItem(KIND_LABEL[kind], kind)
        if actor is not None:
            self.kind.setCurrentIndex(self.kind.findData(actor.kind))
        self.seat = QLineEdit(actor.seat if actor else "", self)
        self.lat = QLineEdit("" if actor is None or actor.lat is None else str(actor.lat), self)
        self.lon = QLineEdit("" if actor is None or actor.lon is None else str(actor.lon), self)
        self.description = QPlainTextEdit(actor.description if actor else "", self)
        self.sources = QPlainTextEdit("\n".join(actor.sources) if actor else "", self)
        self.sources.setPlaceholderText("One source per line: an address or a citation")
        for label, widget in (
            ("&Id", self.id),
            ("&Name", self.name),
            ("&Kind", self.kind),
            ("&Seat", self.seat),
            ("&Latitude", self.lat),
            ("L&ongitude", self.lon),
            ("&Description", self.description),
            ("So&urces", self.sources),
        ):
            self.form.addRow(label, widget)

    def value(self) -> Actor:
        return Actor(
            id=self.id.text().strip(),
            name=self.name.text().strip(),
            kind=ActorKind(self.kind.currentData()),
            seat=self.seat.text().strip(),
            lat=_number(self.lat, "Latitude"),
            lon=_number(self.lon, "Longitude"),
            description=self.description.toPlainText().strip(),
            sources=_lines(self.sources),
        )


class LinkDialog(_Editor):
    def __init__(self, network: Network, link: Link | None, parent: QWidget | None = None) -> None:
        super().__init__("Add a link" if link is None else f"Edit {link.id}", parent)
        self.source, self.target = QComboBox(self), QComboBox(self)
        for combo in (self.source, self.target):
            for a in network.actors:
                combo.addItem(f"{a.id} — {a.name}", a.id)
            combo.setEnabled(link is None)  # ends are part of what the link is
        if link is not None:
            self.source.setCurrentIndex(self.source.findData(link.source))
            self.target.setCurrentIndex(self.target.findData(link.target))
        else:
            self.target.setCurrentIndex(min(1, self.target.count() - 1))
        self.id = QLineEdit(link.id if link else "", self)
        self.id.setReadOnly(link is not None)
        self.id.setPlaceholderText("left empty: FROM:TO")
        self.status = QComboBox(self)
        for status in LinkStatus:
            self.status.addItem(status.value, status)
        self.status.setCurrentIndex(
            self.status.findData(link.status if link else LinkStatus.MEMBER)
        )
        self.since = QLineEdit("" if link is None or link.since is None else str(link.since), self)
        self.until = QLineEdit("" if link is None or link.until is None else str(link.until), self)
        self.risks = QListWidget(self)
        for risk in network.risks:
            item = QListWidgetItem(risk.label)
            item.setData(Qt.ItemDataRole.UserRole, risk.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = link is not None and risk.key in link.risks
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.risks.addItem(item)
        self.confidence = QComboBox(self)
        for c in Confidence:
            self.confidence.addItem(c.value, c)
        if link is not None:
            self.confidence.setCurrentIndex(self.confidence.findData(link.confidence))
        self.sources = QPlainTextEdit("\n".join(link.sources) if link else "", self)
        self.sources.setPlaceholderText("One source per line: an address or a citation")
        self.note = QPlainTextEdit(link.note if link else "", self)
        for label, widget in (
            ("&From", self.source),
            ("&To", self.target),
            ("&Id", self.id),
            ("&Status", self.status),
            ("S&ince (year)", self.since),
            ("&Until (year)", self.until),
            ("&Risks covered", self.risks),
            ("&Confidence", self.confidence),
            ("So&urces", self.sources),
            ("&Note", self.note),
        ):
            self.form.addRow(label, widget)

    def value(self) -> Link:
        source, target = self.source.currentData(), self.target.currentData()
        risks = frozenset(
            self.risks.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.risks.count())
            if self.risks.item(i).checkState() == Qt.CheckState.Checked
        )
        return Link(
            id=self.id.text().strip() or f"{source}:{target}",
            source=source,
            target=target,
            status=LinkStatus(self.status.currentData()),
            since=_year(self.since, "Since"),
            until=_year(self.until, "Until"),
            risks=risks,
            sources=_lines(self.sources),
            confidence=Confidence(self.confidence.currentData()),
            note=self.note.toPlainText().strip(),
        )


class RiskDialog(_Editor):
    def __init__(self, risk: RiskCategory | None, parent: QWidget | None = None) -> None:
        super().__init__("Add a risk" if risk is None else f"Edit the risk {risk.key}", parent)
        self.key = QLineEdit(risk.key if risk else "", self)
        self.key.setReadOnly(risk is not None)
        self.label = QLineEdit(risk.label if risk else "", self)
        self.description = QPlainTextEdit(risk.description if risk else "", self)
        self.group = risk.group if risk else None
        for label, widget in (
            ("&Key", self.key),
            ("&Label", self.label),
            ("&Description", self.description),
        ):
            self.form.addRow(label, widget)

    def value(self) -> RiskCategory:
        return RiskCategory(
            self.key.text().strip(),
            self.label.text().strip(),
            self.description.toPlainText().strip(),
            self.group or RiskGroup.DIMENSION,  # a user's addition: not in the Catalogue
        )
