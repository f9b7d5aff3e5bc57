"""app.look: one description of colours and figures for every surface."""

from __future__ import annotations

import pytest

from app import look


@pytest.mark.parametrize("palette", [look.LIGHT, look.DARK, look.PROJECTOR], ids=str)
def test_every_coverage_shade_keeps_its_text_readable(palette: look.Palette) -> None:
    for count in range(0, 12):
        cell = look.heat(palette, count)
        best = max(look.contrast("#111111", cell), look.contrast("#ffffff", cell))
        assert best >= 4.5, (count, cell)


def test_the_shades_deepen_with_the_count_and_stop_at_full() -> None:
    shades = [look.heat(look.LIGHT, n) for n in range(2, look.HEAT_FULL + 3)]
    lum = [look.contrast(s, "#000000") for s in shades]  # brighter = higher
    assert lum == sorted(lum, reverse=True) and len(set(shades[: look.HEAT_FULL - 1])) > 5
    assert shades[-1] == shades[-2] == look.heat(look.LIGHT, look.HEAT_FULL)
    assert (
        look.heat(look.LIGHT, 0) == look.LIGHT.gap and look.heat(look.LIGHT, 1) == look.LIGHT.single
    )


def test_the_report_and_the_window_draw_a_cell_alike() -> None:
    from app.reports import figures

    assert figures._P is look.PRINT  # the report's palette is the window's light one
    assert look.PRINT is look.LIGHT


@pytest.mark.parametrize(
    ("before", "after", "shown"),
    [(0.629, 0.629, "="), (0.6291, 0.6293, "="), (0.629, 0.631, "+0.002"), (3, 1, "−2")],
)
def test_a_change_reads_as_its_figures_do(before: float, after: float, shown: str) -> None:
    assert look.signed(after - before) == shown
    assert look.unchanged(before, after) == (shown == "=")


def test_figures_take_the_decimal_comma_in_russian_and_zero_stays_zero() -> None:
    from app import lang

    lang.use("ru")
    assert look.number(0.1234) == "0,123" and look.number(18) == "18"
    assert look.signed(-0.3333) == "−0,333" and look.signed(0.0002) == "="
    assert look.unchanged(0.6291, 0.6293)
    lang.use("en")
    assert look.number(0.1234) == "0.123" and look.signed(-0.3333) == "−0.333"
