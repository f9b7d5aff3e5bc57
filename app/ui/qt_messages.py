"""Qt's own messages, filtered: what the user can act on goes to stderr, known noise does
not. The offscreen platform says it "does not support propagateSizeHints()" for every
window, and the font database warns "OpenType support missing" for each script a font
lacks (Syriac, Devanagari …), though the text is drawn; neither means anything to a user,
and on the command line they would bury the one line that does. Any other message is
shown once, however often Qt repeats it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

NOISE = ("does not support propagateSizeHints", "OpenType support missing")


_SAID: set[str] = set()  # each message once: out of memory, Qt repeats one per tile


def _handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) or any(n in message for n in NOISE):
        return
    if message in _SAID:
        return
    _SAID.add(message)
    sys.stderr.write(f"{message}\n")


def install() -> None:
    qInstallMessageHandler(_handler)
