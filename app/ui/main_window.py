"""The main window. For now a summary of the open network; the canvas and panels come next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from app.session import Session


class MainWindow(QMainWindow):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        net = session.network
        self.setWindowTitle(f"C6 Scenario Explorer — {net.name}")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        title = QLabel(net.name, body)
        title.setObjectName("title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        description = QLabel(net.description, body)
        description.setWordWrap(True)
        layout.addWidget(description)
        form = QFormLayout()
        ev = session.baseline
        c = ev.connectivity
        self.counts = {
            "States": len(net.states),
            "Actors": len(net.actors),
            "Links": len(net.links),
            "Enabled in the baseline": len(ev.enabled),
            "Risk categories": len(net.risks),
            "Coverage gaps": len(ev.coverage.gaps),
            "Single points of failure": len(ev.coverage.single_points),
            "Components": c.component_count,
            "Node connectivity": c.node_connectivity,
        }
        for label, value in self.counts.items():
            cell = QLabel(str(value), body)
            cell.setObjectName(label)
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{label}:", cell)
        form.addRow("Global efficiency:", QLabel(f"{c.global_efficiency:.3f}", body))
        layout.addLayout(form)
        layout.addStretch(1)
        self.setCentralWidget(body)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu("&File").addAction(quit_action)
        self.statusBar().showMessage("Baseline loaded")
