"""pytest plugin (`-p tests.no_qt`): make PySide6 unimportable, as on a machine without Qt.

The headless packages must work there; `make test` runs tests/unit again under it.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from types import ModuleType

BLOCKED = ("PySide6", "shiboken6")


class _Block(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> None:
        if fullname.split(".")[0] in BLOCKED:
            raise ImportError(f"{fullname} is blocked: this run checks the app works without Qt")
        return None


def pytest_configure() -> None:
    for name in list(sys.modules):
        if name.split(".")[0] in BLOCKED:
            raise RuntimeError(f"{name} was imported before the no-Qt guard was installed")
    sys.meta_path.insert(0, _Block())


def pytest_unconfigure() -> None:
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _Block)]
