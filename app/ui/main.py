"""Start the GUI: `c6-explorer gui [--screenshot OUT.png] [--size WxH]`."""

from __future__ import annotations

import sys
from pathlib import Path

from app.domain import C6Error


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise C6Error(f"size '{text}' is not WIDTHxHEIGHT, e.g. 1400x900") from None
    if not (320 <= w <= 10000 and 240 <= h <= 10000):
        raise C6Error(f"size '{text}' is out of range (320x240 to 10000x10000)")
    return w, h


def run_gui(screenshot: Path | None = None, size: str = "1400x900", db: str | None = None) -> int:
    width, height = parse_size(size)
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.session import Session
    from app.storage import open_store
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("C6 Scenario Explorer")
    app.setOrganizationName("C6 Scenario Explorer")
    try:
        with open_store(db) as store:
            session = Session(store.network(store.default_network_id()))
            where = f"{store.where} ({len(store.scenarios())} scenarios)"
    except C6Error as exc:
        QMessageBox.critical(None, "C6 Scenario Explorer", str(exc))
        return 2
    window = MainWindow(session)
    window.statusBar().showMessage(f"Baseline loaded from {where}")
    screen = QGuiApplication.primaryScreen()
    if screen is not None and screenshot is None:  # never larger than the desktop
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)
    if screenshot is not None:
        window.show()
        app.processEvents()
        if not window.grab().save(str(screenshot)):
            raise C6Error(f"cannot write screenshot to {screenshot}")
        print(screenshot)
        return 0
    window.show()
    return app.exec()
