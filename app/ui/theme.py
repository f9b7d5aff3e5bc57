"""Colours and pens of the window: app.look's palettes as Qt colours. One Theme is applied to
every view."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app import look


class ThemeName(StrEnum):
    LIGHT = "light"
    DARK = "dark"
    PROJECTOR = "projector"


@dataclass(frozen=True)
class Theme(look.Palette):
    """A look.Palette with a name, and its colours as Qt colours."""

    name: ThemeName = ThemeName.LIGHT

    def color(self, name: str, alpha: int = 255) -> QColor:
        c = QColor(getattr(self, name))
        c.setAlpha(alpha)
        return c

    def solid(self, name: str, alpha: int = 255) -> QColor:
        """`name` at `alpha` as it looks over the canvas, but opaque: Qt's raster engine
        draws opaque lines ~15x faster than translucent ones (links on big networks)."""
        c, under, a = QColor(getattr(self, name)), QColor(self.canvas), alpha / 255
        return QColor(
            round(c.red() * a + under.red() * (1 - a)),
            round(c.green() * a + under.green() * (1 - a)),
            round(c.blue() * a + under.blue() * (1 - a)),
        )


def _theme(name: ThemeName, palette: look.Palette) -> Theme:
    return Theme(name=name, **{f.name: getattr(palette, f.name) for f in fields(look.Palette)})


LIGHT = _theme(ThemeName.LIGHT, look.LIGHT)
DARK = _theme(ThemeName.DARK, look.DARK)
PROJECTOR = _theme(ThemeName.PROJECTOR, look.PROJECTOR)
PRINT = _theme(ThemeName.LIGHT, look.PRINT)  # exported pictures, whatever the window shows
THEMES = {ThemeName.LIGHT: LIGHT, ThemeName.DARK: DARK, ThemeName.PROJECTOR: PROJECTOR}

_PEN = {
    look.Line.SOLID: Qt.PenStyle.SolidLine,
    look.Line.DASHED: Qt.PenStyle.DashLine,
    look.Line.DOTTED: Qt.PenStyle.DotLine,
}
LINK_STYLE = {status: _PEN[line] for status, line in look.LINK_LINE.items()}
KIND_LABEL = look.KIND_LABEL


def luminance(c: QColor) -> float:
    """WCAG 2 relative luminance."""

    def channel(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21 (AA asks 4.5 for text, 3 for large text and graphics)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable_on(background: QColor) -> QColor:
    """Black or white text, whichever contrasts more with `background`."""
    dark, light = QColor("#111111"), QColor("#ffffff")
    return dark if contrast(dark, background) > contrast(light, background) else light


def apply_palette(app: QApplication, theme: Theme) -> None:
    """The widgets' palette to match the canvas (Fusion style honours it everywhere)."""
    app.setStyle("Fusion")
    if theme.name is ThemeName.LIGHT:
        app.setPalette(app.style().standardPalette())
        return
    if theme.name is ThemeName.PROJECTOR:
        p = app.style().standardPalette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            p.setColor(role, QColor("#ffffff"))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            p.setColor(role, QColor("#000000"))
        app.setPalette(p)
        return
    p = QPalette()
    base, window, text = QColor("#15181c"), QColor("#24282e"), QColor(theme.text)
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, QColor("#2d333b")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Highlight, QColor("#3d6fb4")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.PlaceholderText, QColor(theme.muted)),
    ):
        p.setColor(role, color)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(theme.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(theme.muted))
    app.setPalette(p)
