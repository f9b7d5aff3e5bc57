"""How numbers and the network look, the same on every surface: the canvas and the window's
panels (app.ui), exported pictures, reports (app.reports) and the command line. Qt-free
and matplotlib-free: plain colour strings, line kinds and text formats that each surface
translates into its own pens, styles and cells."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from app.domain import ActorKind, LinkStatus
from app.lang import decimal, tr


@dataclass(frozen=True)
class Palette:
    """Every colour a surface draws with, as #rrggbb."""

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


LIGHT = Palette(
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

DARK = Palette(
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
PROJECTOR = Palette(
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

PRINT = LIGHT  # pictures and reports are drawn in the window's light colours


class Line(StrEnum):
    SOLID = "solid"
    DASHED = "dashed"
    DOTTED = "dotted"


# How a link's status draws: solid for membership, dashed for looser ties, dotted for
# what-if links (candidate, suspended, withdrawn).
LINK_LINE = {
    LinkStatus.FOUNDING: Line.SOLID,
    LinkStatus.MEMBER: Line.SOLID,
    LinkStatus.ASSOCIATE: Line.SOLID,
    LinkStatus.OBSERVER: Line.DASHED,
    LinkStatus.PARTNER: Line.DASHED,
    LinkStatus.GUEST: Line.DASHED,
    LinkStatus.SUSPENDED: Line.DOTTED,
    LinkStatus.WITHDRAWN: Line.DOTTED,
    LinkStatus.CANDIDATE: Line.DOTTED,
}

KIND_LABEL = {
    ActorKind.STATE: "C6 state",
    ActorKind.BODY: "International body",
    ActorKind.MECHANISM: "Mechanism or dialogue",
    ActorKind.EXTERNAL_STATE: "Other state",
}


def kind_label(kind: ActorKind) -> str:
    """KIND_LABEL in the current language."""
    return {
        ActorKind.STATE: tr("C6 state"),
        ActorKind.BODY: tr("International body"),
        ActorKind.MECHANISM: tr("Mechanism or dialogue"),
        ActorKind.EXTERNAL_STATE: tr("Other state"),
    }[kind]


DECIMALS = 3  # every figure that is not a whole number, everywhere


def _figure(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.{DECIMALS}f}"


def number(x: float) -> str:
    """A figure as every surface shows it: whole numbers bare, others to three decimals
    (with the decimal comma in Russian)."""
    return decimal(_figure(x))


def unchanged(before: float, after: float) -> bool:
    """True when the two figures read the same as shown: a change too small to show is none."""
    return _figure(before) == _figure(after)


def signed(x: float) -> str:
    """A change: "=" when it would read as zero, else its sign and size."""
    if _figure(abs(x)) in ("0", f"{0:.{DECIMALS}f}"):
        return "="
    return ("+" if x > 0 else "−") + number(abs(x))


def _rgb(color: str) -> tuple[int, int, int]:
    c = color.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def mix(color: str, under: str, alpha: float) -> str:
    """`color` laid over `under` at opacity `alpha`, as #rrggbb: a paler shade of a
    palette's colour, for fills and rules, without a new constant."""
    a, b = _rgb(color), _rgb(under)
    return "#" + "".join(
        f"{round(x * alpha + y * (1 - alpha)):02x}" for x, y in zip(a, b, strict=True)
    )


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21."""

    def lum(color: str) -> float:
        def ch(v: int) -> float:
            x = v / 255
            return x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4

        r, g, b_ = _rgb(color)
        return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b_)

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def ink_on(background: str, palette: Palette) -> str:
    """The palette's text or canvas colour, whichever reads better on `background`."""
    dark, light = palette.text, palette.canvas
    return dark if contrast(dark, background) >= contrast(light, background) else light


# Node sizes in scene units (a layout is about 900 across): layouts keep shapes this big
# apart, and the canvas draws them so.
NODE_RADIUS = {
    ActorKind.STATE: 24.0,
    ActorKind.BODY: 17.0,
    ActorKind.MECHANISM: 14.0,
    ActorKind.EXTERNAL_STATE: 15.0,
}


HEAT_FULL = 8  # links at the threshold from which a cell is the full redundancy colour


class _Heat(Protocol):
    """The colours a coverage cell takes (a Palette, or the window's Theme built from one)."""

    @property
    def gap(self) -> str: ...
    @property
    def single(self) -> str: ...
    @property
    def redundant(self) -> str: ...
    @property
    def canvas(self) -> str: ...


def heat(palette: _Heat, count: int) -> str:
    """A coverage cell's colour for `count` covering links, the same on every surface:
    a gap, a single point, then redundancy from pale (2) to full (HEAT_FULL or more)."""
    if count <= 0:
        return palette.gap
    if count == 1:
        return palette.single
    t = min((count - 2) / (HEAT_FULL - 2), 1.0)
    # never the full colour: every shade keeps black or white text at WCAG AA (4.5:1)
    return mix(palette.redundant, palette.canvas, 0.35 + 0.5 * t)
