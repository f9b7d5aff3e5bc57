"""A4 pages that fill from the top: text, tables and figures placed one after another, a new
page only when the next piece does not fit. Sizes in points; text measured with the font it
is drawn in, so a cell or a line is wrapped whole, never cut. matplotlib only, no pyplot."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from app import look

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

A4 = (8.27, 11.69)  # inches
W, H = A4[0] * 72, A4[1] * 72  # points
LEFT, RIGHT, TOP, BOTTOM = 44.0, 44.0, 40.0, 46.0
WIDTH = W - LEFT - RIGHT  # the text column
LEADING = 1.45  # line height as a multiple of the font size
CELL_PAD = 4.0  # points inside a table cell, each side
_P = look.PRINT
RULE = look.mix(_P.muted, _P.canvas, 0.35)  # table lines: the muted grey, lighter
HEAD_FILL = look.mix(_P.muted, _P.canvas, 0.12)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of `text` in points as matplotlib draws it in its default sans font: the
    glyphs' advances (kerning left out: it only ever narrows these fonts' text)."""
    advance = _advances(bold)
    return size * sum(
        advance[c] if c in advance else advance.setdefault(c, _advance(c, bold)) for c in text
    )


@lru_cache(maxsize=2)
def _advances(bold: bool) -> dict[str, float]:
    return {}


def _advance(char: str, bold: bool) -> float:
    """One character's advance in points at 1 point."""
    from matplotlib.ft2font import LoadFlags

    font = _font(bold)
    font.set_size(100, 72)
    glyph = font.load_char(ord(char), flags=LoadFlags.NO_HINTING)
    return float(glyph.linearHoriAdvance) / 65536 / 100


@lru_cache(maxsize=2)
def _font(bold: bool):  # type: ignore[no-untyped-def]
    from matplotlib.font_manager import FontProperties, findfont, get_font

    return get_font(findfont(FontProperties(weight="bold" if bold else "normal")))


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """`text` as lines no wider than `width` points, broken between words (and inside a
    word only when the word alone is wider than the line)."""
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        if text_width(para, size, bold) <= width - 1:  # most lines: one measure
            lines.append(para)
            continue
        line = ""
        for word in para.split(" "):
            trial = f"{line} {word}" if line else word
            if text_width(trial, size, bold) <= width - 1:
                line = trial
                continue
            if text_width(word, size, bold) <= width - 1:
                lines.append(line)  # the word fits a line of its own: start one
                line = word
                continue
            while text_width(trial, size, bold) > width - 1:  # too long for any line:
                cut = _fit_chars(trial, width - 1, size, bold)  # fill each line with it
                lines.append(trial[:cut])
                trial = trial[cut:]
            line = trial
        lines.append(line)
    return lines


def _fit_chars(word: str, width: float, size: float, bold: bool) -> int:
    """The longest start of `word` no wider than `width` (at least one character)."""
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(word[:mid], size, bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


Line = tuple[str, float, str]  # text, size in points, weight


class Flow:
    """Pages filled from the top. `y` is the top of the free space, in points from the
    page's bottom edge."""

    def __init__(self, leading: float = LEADING) -> None:
        self.leading = leading
        self.pages: list[Figure] = []
        self.y = 0.0
        self.continued = ""  # the heading to repeat when text runs over onto a new page
        self.new_page()

    def new_page(self) -> None:
        from matplotlib.figure import Figure

        self.pages.append(Figure(figsize=A4))
        self.y = H - TOP

    @property
    def page(self) -> Figure:
        return self.pages[-1]

    def filled(self) -> float:
        """How much of the last page's column is used, 0 to 1."""
        return (H - TOP - self.y) / (H - TOP - BOTTOM)

    def room(self) -> float:
        return self.y - BOTTOM

    def ensure(self, height: float) -> bool:
        """Start a new page unless `height` points fit below; True when it started one."""
        if height <= self.room() or self.y >= H - TOP - 0.5:
            return False
        self.new_page()
        return True

    def gap(self, points: float) -> None:
        if self.y < H - TOP - 0.5:  # no gap at the top of a page
            self.y -= min(points, self.room())

    def line_height(self, size: float) -> float:
        return size * self.leading

    def text(
        self,
        text: str,
        size: float,
        weight: str = "normal",
        color: str = _P.text,
        indent: float = 0.0,
    ) -> None:
        """One line at the left of the column (wrapped first by the caller)."""
        h = self.line_height(size)
        if self.ensure(h) and self.continued:
            self.heading(self.continued, 11, keep=0)
        self.page.text(
            (LEFT + indent) / W,
            self.y / H,
            text,
            fontsize=size,
            fontweight=weight,
            va="top",
            color=color,
        )
        self.y -= h

    def paragraph(self, text: str, size: float = 9, weight: str = "normal") -> None:
        for line in wrap(text, WIDTH, size, weight == "bold"):
            self.text(line, size, weight)

    def heading(self, text: str, size: float = 14, keep: float = 60.0) -> None:
        """A heading kept on one page with the first `keep` points of what follows it."""
        self.gap(size * 0.9)
        self.ensure(self.line_height(size) + keep)
        self.text(text, size, "bold")

    def axes(self, height: float, width: float = WIDTH, left: float = LEFT) -> Axes:
        """An Axes `height` points tall at the top of the free space (a new page first if
        it does not fit)."""
        self.ensure(height)
        ax = self.page.add_axes((left / W, (self.y - height) / H, width / W, height / H))
        self.y -= height
        return ax

    def table(
        self,
        head: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        size: float = 8,
    ) -> None:
        """A table across the column, `widths` as fractions of it; every cell wrapped whole
        within its column, a row never split, the header repeated on each page."""
        cols = [w * WIDTH for w in widths]
        self._row(head, cols, size, header=True)
        for row in rows:
            lines = [wrap(c, w - 2 * CELL_PAD, size) for c, w in zip(row, cols, strict=True)]
            height = self._row_height(lines, size)
            if self.ensure(height):
                self._row(head, cols, size, header=True)
            self._draw_row(lines, cols, size, height, header=False)

    def _row_height(self, lines: Sequence[Sequence[str]], size: float) -> float:
        return max(len(c) for c in lines) * size * 1.3 + 2 * CELL_PAD - size * 0.3

    def _row(self, cells: Sequence[str], cols: Sequence[float], size: float, header: bool) -> None:
        lines = [wrap(c, w - 2 * CELL_PAD, size, header) for c, w in zip(cells, cols, strict=True)]
        height = self._row_height(lines, size)
        self.ensure(height + self._row_height([[""]], size))  # a header keeps a row with it
        self._draw_row(lines, cols, size, height, header)

    def _draw_row(
        self,
        lines: Sequence[Sequence[str]],
        cols: Sequence[float],
        size: float,
        height: float,
        header: bool,
    ) -> None:
        from matplotlib.patches import Rectangle

        fig, x = self.page, LEFT
        top = self.y
        for cell, w in zip(lines, cols, strict=True):
            fig.add_artist(
                Rectangle(
                    (x / W, (top - height) / H),
                    w / W,
                    height / H,
                    transform=fig.transFigure,
                    facecolor=HEAD_FILL if header else "none",
                    edgecolor=RULE,
                    linewidth=0.6,
                )
            )
            fig.text(
                (x + CELL_PAD) / W,
                (top - CELL_PAD) / H,
                "\n".join(cell),
                fontsize=size,
                fontweight="bold" if header else "normal",
                va="top",
                linespacing=1.3,
                color=_P.text,
            )
            x += w
        self.y -= height
