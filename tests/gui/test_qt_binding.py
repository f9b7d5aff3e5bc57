"""Guard against PySide6 releases that leak references to None on void calls.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that
returns nothing; after ~5,000 calls the process dies with "Fatal Python error:
none_dealloc". A pinned release must make 20,000 such calls without losing any.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem
from pytestqt.qtbot import QtBot

CALLS = 20_000


def test_void_calls_keep_none_refcount(qtbot: QtBot) -> None:
    item = QGraphicsLineItem(0, 0, 10, 10)
    pen = QPen()
    QCoreApplication.processEvents()  # what earlier tests left (deletions, LanguageChange)
    gc.collect()  # frees its own references to None now, not during the count
    before = sys.getrefcount(None)
    for i in range(CALLS):
        pen.setWidthF(1.0 + (i % 3))
        item.setPen(pen)  # void
        if i % 1000 == 0:
            QCoreApplication.processEvents()  # void
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references over {CALLS} calls"
    assert item.pen().widthF() == 1.0 + ((CALLS - 1) % 3)
