"""The Russian catalogue of the texts app.lang.tr() is asked for outside Qt: English format
string -> Russian format string, the same {fields}. Kept complete by
tests/unit/test_lang.py, which finds every tr("...") in the Qt-free code."""

from __future__ import annotations

RU: dict[str, str] = {}
