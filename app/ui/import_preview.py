"""What a CSV import would do, row by row, before anything is written."""

from __future__ import annotations

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

from app.workspace import ImportPlan

SHOWN = {"add": "added", "change": "changed", "same": "unchanged", "refused": "REFUSED"}


class ImportPreview(QDialog):
    def __init__(self, plan: ImportPlan, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import {plan.what} from {name}")
        n = plan.counts()
        verdict = (
            "Nothing will be written until every row is right: fix the refused rows in the "
            "file and import it again."
            if not plan.ok
            else "Import writes all of these to the store at once (one undoable step)."
        )
        self.summary = QLabel(
            f"<b>{n['add']}</b> to add, <b>{n['change']}</b> to change, {n['same']} unchanged, "
            f"<b>{n['refused']}</b> refused. {verdict}",
            self,
        )
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(plan.rows), 4, self)
        self.table.setObjectName("import-rows")
        self.table.setHorizontalHeaderLabels(["Line", "Id", "Does", "Why refused"])
        self.table.verticalHeader().hide()
        for i, row in enumerate(plan.rows):
            cells = (str(row.row), row.id, SHOWN[row.action], row.problem)
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
        ok.setText("Import")
        ok.setEnabled(plan.ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)
