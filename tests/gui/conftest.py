"""Shared for the GUI tests: the modal-dialog guard, and a real window on a seeded store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.lang import Lang
from app.ui import i18n
from app.ui.main_window import MainWindow
from app.workspace import Workspace
from db import Store
from tests.qt_guard import _no_modal_dialogs  # noqa: F401  (autouse fixture)


@pytest.fixture(autouse=True)
def _english_qt(qapp: object) -> Iterator[None]:
    """Each GUI test starts and ends with Qt speaking English (a test may switch it)."""
    i18n.install(Lang.EN)
    yield
    i18n.install(Lang.EN)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(
    qtbot: QtBot, store_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    with window_on(str(store_path), qtbot, settings, monkeypatch) as w:
        yield w


@contextmanager
def window_on(
    url: str, qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """A shown window on the store at `url`, its error dialogs collected in `w.dialogs`;
    closed (unsaved changes discarded) and its store closed afterwards."""
    store = Store.open(url)
    w = MainWindow(Workspace(store), settings)
    w.resize(1400, 900)
    w.documents.open_start()
    w.show()
    qtbot.waitExposed(w)
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: dialogs.append(a[2]))
    w.dialogs = dialogs  # type: ignore[attr-defined]
    try:
        yield w
    finally:
        w.workers.cancel_all()
        monkeypatch.setattr(
            w.documents, "ask_unsaved", lambda docs: QMessageBox.StandardButton.Discard
        )
        w.close()
        w.deleteLater()
        store.close()
