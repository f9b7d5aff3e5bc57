"""Colours and pens of the window, light and dark. One Theme is applied to every view."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.domain import ActorKind, LinkStatus


class ThemeName(StrEnum):
    LIGHT = "light"
    DARK = "dark"
    PROJECTOR = "projector"


@dataclass(frozen=True)
class Theme:
    name: ThemeName
    canvas: str
    text: str
    muted: str
    node_outline: str
    kinds: dict[ActorKind, str]
    link_on: str
    link_off: str
    link_candidate: str
    highlight: str
    selection: str
    gap: str
    single: str
    redundant: str
    gain: str
    loss: str

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


LIGHT = Theme(
    name=ThemeName.LIGHT,
    canvas="#fbfbf8",
    text="#1d232a",
    muted="#6b7480",
    node_outline="#1d232a",
    kinds={
        ActorKind.STATE: "#c0392b",
        ActorKind.BODY: "#2f6db3",
        ActorKind.MECHANISM: "#2e8b57",
        ActorKind.EXTERNAL_STATE: "#8e6c3e",
    },
    link_on="#3b4654",
    link_off="#b9bfc7",
    link_candidate="#d68910",
    highlight="#e6007e",
    selection="#f1c40f",
    gap="#d7301f",
    single="#fdae61",
    redundant="#1a9850",
    gain="#1a7f37",
    loss="#c0392b",
)

DARK = Theme(
    name=ThemeName.DARK,
    canvas="#1e2227",
    text="#e8eaed",
    muted="#9aa3ad",
    node_outline="#e8eaed",
    kinds={
        ActorKind.STATE: "#ff6b5b",
        ActorKind.BODY: "#5fa8ff",
        ActorKind.MECHANISM: "#4cd08a",
        ActorKind.EXTERNAL_STATE: "#d9a86c",
    },
    link_on="#c9d1d9",
    link_off="#4b535c",
    link_candidate="#f5b041",
    highlight="#ff4fb0",
    selection="#f7dc6f",
    gap="#ff5c47",
    single="#f5a65b",
    redundant="#3fbf74",
    gain="#56d364",
    loss="#ff7b72",
)

# For a projector in a lit room: black on white, heavy links, and the Okabe-Ito palette
# (distinct under the common colour-vision deficiencies). Every text colour and every
# coverage colour meets WCAG AA (4.5:1) with its background: tests/gui/test_presentation.py.
PROJECTOR = Theme(
    name=ThemeName.PROJECTOR,
    canvas="#ffffff",
    text="#000000",
    muted="#3d3d3d",
    node_outline="#000000",
    kinds={
        ActorKind.STATE: "#D55E00",  # vermillion
        ActorKind.BODY: "#0072B2",  # blue
        ActorKind.MECHANISM: "#CC79A7",  # reddish purple
        ActorKind.EXTERNAL_STATE: "#7a4f9a",  # purple (Okabe-Ito's orange is 2.3:1 on white)
    },
    link_on="#1a1a1a",
    link_off="#b0b0b0",
    link_candidate="#9c5d00",  # a dark orange: 5:1 on white
    highlight="#009E73",  # bluish green, drawn thick
    selection="#56B4E9",  # sky blue
    gap="#D55E00",
    single="#E69F00",
    redundant="#0072B2",
    gain="#005a8c",  # darker blue: 7:1 on white
    loss="#a33f00",  # darker vermillion: 6:1 on white
)

THEMES = {ThemeName.LIGHT: LIGHT, ThemeName.DARK: DARK, ThemeName.PROJECTOR: PROJECTOR}

# How a link's status draws: solid for membership, dashed for looser ties, dotted for
# what-if links (candidate, suspended, withdrawn).
LINK_STYLE = {
    LinkStatus.FOUNDING: Qt.PenStyle.SolidLine,
    LinkStatus.MEMBER: Qt.PenStyle.SolidLine,
    LinkStatus.ASSOCIATE: Qt.PenStyle.SolidLine,
    LinkStatus.OBSERVER: Qt.PenStyle.DashLine,
    LinkStatus.PARTNER: Qt.PenStyle.DashLine,
    LinkStatus.GUEST: Qt.PenStyle.DashLine,
    LinkStatus.SUSPENDED: Qt.PenStyle.DotLine,
    LinkStatus.WITHDRAWN: Qt.PenStyle.DotLine,
    LinkStatus.CANDIDATE: Qt.PenStyle.DotLine,
}

KIND_LABEL = {
    ActorKind.STATE: "C6 state",
    ActorKind.BODY: "International body",
    ActorKind.MECHANISM: "Mechanism or dialogue",
    ActorKind.EXTERNAL_STATE: "Other state",
}


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
