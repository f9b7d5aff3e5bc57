"""What a CSV import would do, row by row, before anything is written."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import tr
from app.workspace import ImportPlan

SHOWN: dict[str, object] = {  # what each row does; tr() where shown
    "add": QT_TRANSLATE_NOOP("", "added"),
    "change": QT_TRANSLATE_NOOP("", "changed"),
    "same": QT_TRANSLATE_NOOP("", "unchanged"),
    "refused": QT_TRANSLATE_NOOP("", "REFUSED"),
}


class ImportPreview(QDialog):
    def __init__(self, plan: ImportPlan, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            tr("Import actors from {name}", name=name)
            if plan.what == "actors"
            else tr("Import links from {name}", name=name)
        )
        n = plan.counts()
        verdict = (
            tr(
                "Nothing will be written until every row is right: fix the refused rows in the "
                "file and import it again."
            )
            if not plan.ok
            else tr("Import writes all of these to the store at once (one undoable step).")
        )
        counts = tr(
            "<b>{add}</b> to add, <b>{change}</b> to change, {same} unchanged, "
            "<b>{refused}</b> refused.",
            add=n["add"],
            change=n["change"],
            same=n["same"],
            refused=n["refused"],
        )
        self.summary = QLabel(f"{counts} {verdict}", self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(plan.rows), 4, self)
        self.table.setObjectName("import-rows")
        self.table.setHorizontalHeaderLabels(
            [tr("Line"), tr("Id"), tr("Does", "what an imported row does"), tr("Why refused")]
        )
        self.table.verticalHeader().hide()
        for i, row in enumerate(plan.rows):
            cells = (str(row.row), row.id, tr(str(SHOWN[row.action])), row.problem)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.action == "refused":
                    item.setForeground(QColor("#c0392b"))
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(tr("Import", "button: write the rows"))
        ok.setEnabled(plan.ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)
