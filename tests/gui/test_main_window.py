"""The window as it stands: it opens on the baseline and renders to a PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
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


def test_the_window_opens_on_the_chosen_store(
    qtbot: QtBot, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui import main

    shown: list[MainWindow] = []
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    assert main.run_gui(db=str(store_path)) == 0
    [window] = shown
    qtbot.addWidget(window)
    assert window.statusBar().currentMessage() == (
        f"Baseline loaded from store {store_path} (4 scenarios)"
    )


def test_a_corrupt_store_is_a_dialog_and_stays_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.ui import main

    bad = tmp_path / "store.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    before = bad.read_bytes()
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: dialogs.append(text))
    assert main.run_gui(db=str(bad)) == 2
    assert len(dialogs) == 1 and "\n" not in dialogs[0]
    assert dialogs[0].startswith(f"store {bad} is damaged or not a database")
    assert bad.read_bytes() == before
