"""Reaching the window's commands as a user does: by menu path."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


def menu_action(w: QMainWindow, *path: str) -> QAction:
    """The action at a menu path such as ("View", "Coverage", "Count …"), by its text."""
    menu: QMenu | None = None
    for action in w.menuBar().actions():
        if action.text().replace("&", "") == path[0]:
            menu = action.menu()
    for name in path[1:]:
        assert menu is not None, path
        found = [a for a in menu.actions() if a.text().replace("&", "") == name]
        assert found, f"no {name!r} in {[a.text() for a in menu.actions()]}"
        if found[0].menu() is not None and name != path[-1]:
            menu = found[0].menu()
        else:
            return found[0]
    raise AssertionError(path)
