"""The dependency direction: nothing outside app/ui imports Qt (import-linter checks it too)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT = ("PySide6", "shiboken6")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_qt_import_outside_app_ui() -> None:
    files = [p for d in ("app", "db") for p in (ROOT / d).rglob("*.py")]
    assert len(files) > 10
    offenders = [
        str(p.relative_to(ROOT))
        for p in files
        if "ui" not in p.relative_to(ROOT).parts and _imports(p) & set(QT)
    ]
    assert offenders == []


def test_app_ui_does_import_qt() -> None:
    """Guards the test above against passing because it found nothing."""
    assert "PySide6" in _imports(ROOT / "app" / "ui" / "main_window.py")
