"""The window as it stands: it opens on the baseline and renders to a PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.files.baseline import load_baseline
from app.session import Session
from app.ui.main_window import MainWindow


def test_window_shows_the_baseline_counts(qtbot: QtBot) -> None:
    net = load_baseline()
    window = MainWindow(Session(net))
    qtbot.addWidget(window)
    window.show()
    assert net.name in window.windowTitle()
    links = window.findChild(QLabel, "Links")
    assert links is not None and links.text() == str(len(net.links))
    enabled = window.findChild(QLabel, "Enabled in the baseline")
    assert enabled is not None and enabled.text() == str(len(net.baseline_enabled()))


def test_screenshot_command_writes_a_png(tmp_path: Path) -> None:
    out = tmp_path / "window.png"
    proc = subprocess.run(
        [sys.executable, "-m", "app", "gui", "--screenshot", str(out), "--size", "800x500"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 500)
    assert len({image.pixel(x, 40) for x in range(0, 400, 4)}) > 1  # not a blank image
