"""Shared by the Qt test folders: offscreen platform, and no modal dialog left waiting."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog would wait forever offscreen: any that a test did not expect fails it."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    for owner, name in (
        (QMessageBox, "question"),
        (QMessageBox, "warning"),
        (QMessageBox, "information"),
        (QMessageBox, "critical"),
        (QMessageBox, "about"),
        (QInputDialog, "getText"),
        (QFileDialog, "getOpenFileName"),
        (QFileDialog, "getSaveFileName"),
    ):
        monkeypatch.setattr(owner, name, unexpected)
