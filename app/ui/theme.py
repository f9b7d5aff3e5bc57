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

THEMES = {ThemeName.LIGHT: LIGHT, ThemeName.DARK: DARK}

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
    ActorKind.MECHANISM: "Regional mechanism",
    ActorKind.EXTERNAL_STATE: "Other state",
}


def apply_palette(app: QApplication, theme: Theme) -> None:
    """The widgets' palette to match the canvas (Fusion style honours it everywhere)."""
    app.setStyle("Fusion")
    if theme.name is ThemeName.LIGHT:
        app.setPalette(app.style().standardPalette())
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
