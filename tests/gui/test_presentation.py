"""Workshop mode driven from the keyboard, and the projector theme's contrast computed."""

from __future__ import annotations

import itertools
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain import ActorKind
from app.ui import presentation
from app.ui.coverage_panel import heat
from app.ui.main_window import MainWindow
from app.ui.presentation import PresenterNotes, headline
from app.ui.theme import LIGHT, PROJECTOR, ThemeName, contrast, readable_on

OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}


def test_the_projector_theme_meets_wcag_aa() -> None:
    canvas = QColor(PROJECTOR.canvas)
    for name in ("text", "muted", "gain", "loss"):  # text: 4.5:1
        assert contrast(QColor(getattr(PROJECTOR, name)), canvas) >= 4.5, name
    graphics = [PROJECTOR.link_on, PROJECTOR.link_candidate, PROJECTOR.highlight]
    for color in [*PROJECTOR.kinds.values(), *graphics, PROJECTOR.node_outline]:
        assert contrast(QColor(color), canvas) >= 3.0, color  # graphics: 3:1
    for n in range(0, 12):  # every step of the coverage scale, with the text drawn on it
        cell = heat(PROJECTOR, n)
        assert contrast(readable_on(cell), cell) >= 4.5, (n, cell.name())


# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
CVD = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def _seen(color: str, matrix: tuple[tuple[float, float, float], ...]) -> tuple[float, ...]:
    """How `color` looks with a colour-vision deficiency, in sRGB 0-255."""
    c = QColor(color)
    lin = [
        (v / 255 / 12.92) if v / 255 <= 0.04045 else ((v / 255 + 0.055) / 1.055) ** 2.4
        for v in (c.red(), c.green(), c.blue())
    ]
    out = []
    for row in matrix:
        x = min(max(sum(m * v for m, v in zip(row, lin, strict=True)), 0.0), 1.0)
        out.append(255 * (12.92 * x if x <= 0.0031308 else 1.055 * x ** (1 / 2.4) - 0.055))
    return tuple(out)


def test_the_projector_palette_is_colour_blind_safe() -> None:
    """Okabe-Ito hues for the actor kinds and coverage classes, and each pair of them still
    apart when simulated for protanopia, deuteranopia and tritanopia: at least 40 of the 441
    units between black and white in sRGB (the kinds differ in shape too, and the coverage
    cells carry their counts and a '!' on gaps)."""
    kinds = (ActorKind.STATE, ActorKind.BODY, ActorKind.MECHANISM)
    assert {PROJECTOR.kinds[k].upper() for k in kinds} <= OKABE_ITO
    coverage = (PROJECTOR.gap, PROJECTOR.single, PROJECTOR.redundant)
    assert {c.upper() for c in coverage} <= OKABE_ITO
    for group in (coverage, tuple(PROJECTOR.kinds[k] for k in kinds)):
        for name, matrix in CVD.items():
            for a, b in itertools.combinations(group, 2):
                distance = math.dist(_seen(a, matrix), _seen(b, matrix))
                assert distance >= 40, (name, a, b, round(distance))


def test_contrast_matches_known_ratios() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor(LIGHT.text), QColor(LIGHT.canvas)) > 14


def _text(label: QLabel) -> str:
    """A banner line as read (its spaces inside an item do not break)."""
    return label.text().replace("\xa0", " ")


def _press(qtbot: QtBot, w: MainWindow, key: Qt.Key, text: str = "") -> None:
    focus = QApplication.focusWidget() or w
    qtbot.keyClick(focus, key, Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()


def test_present_step_switch_find_and_leave_with_the_keyboard(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    names = [s.name for s in w.slide_candidates()]
    assert names[:5] == [
        "Azerbaijan joins the SCO",
        "Only the region's own mechanisms",
        "The CIS track collapses",
        "Turkmenistan joins the Birlik exercises",
        "Uzbekistan returns to the CSTO",
    ]
    shown_before = w.doc.name if w.doc else None

    _press(qtbot, w, Qt.Key.Key_F11)
    p = w.presentation
    assert p.active and w.windowState() & Qt.WindowState.WindowFullScreen
    assert w.theme is PROJECTOR and w.canvas.text_scale == presentation.text_scale(
        w.screen().geometry().width()
    )
    assert w.canvas.text_scale >= 1.3  # larger than the desk's, smaller than 1080p's 1.9
    assert not w.menuBar().isVisible() and not w.toolbar.isVisible()
    assert not any(d.isVisible() for d in w.docks.values())
    # the new scenario still equal to the baseline is no slide: the show starts at the first
    assert p.banner.isVisible() and "Azerbaijan joins the SCO" in p.banner.title.text()

    _press(qtbot, w, Qt.Key.Key_Home)
    assert w.doc is not None and w.doc.name == "Azerbaijan joins the SCO"
    assert "(1 of 5)" in p.banner.title.text()
    _press(qtbot, w, Qt.Key.Key_PageDown)
    _press(qtbot, w, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: w.doc is not None and w.doc.session.evaluated)
    assert w.doc.name == "The CIS track collapses"
    d = w.doc.session.diff
    eff = d.metric("global_efficiency")
    assert f"Global efficiency {eff.before:.3g} → {eff.after:.3g}" in _text(p.banner.figures)
    assert "State groups 1" in _text(p.banner.figures)
    prepared = p.prepared_links()
    assert "KAZ:CIS" in prepared and f"1 {prepared[0]} off" in _text(p.banner.keys)

    _press(qtbot, w, Qt.Key.Key_1)  # the slide's first prepared link back on
    assert prepared[0] in w.doc.session.enabled()
    assert f"1 {prepared[0]} on" in _text(p.banner.keys)
    assert p.prepared_links() == prepared  # numbers stay put
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert prepared[0] not in w.doc.session.enabled()  # undone

    _press(qtbot, w, Qt.Key.Key_Slash)
    assert p.palette.isVisible() and p.palette.hasFocus()
    qtbot.keyClicks(p.palette, "TKM:BIRLIK")
    qtbot.keyClick(p.palette, Qt.Key.Key_Return)
    assert not p.palette.isVisible() and "TKM:BIRLIK" in w.doc.session.enabled()

    _press(qtbot, w, Qt.Key.Key_PageUp)
    _press(qtbot, w, Qt.Key.Key_PageUp)
    assert w.doc.name == "Azerbaijan joins the SCO"
    _press(qtbot, w, Qt.Key.Key_PageUp)  # already the first: stays
    assert w.doc.name == "Azerbaijan joins the SCO"

    _press(qtbot, w, Qt.Key.Key_Escape)
    assert not p.active and w.theme.name is ThemeName.LIGHT and w.canvas.text_scale == 1.0
    assert w.menuBar().isVisible() and w.toolbar.isVisible()
    assert w.docks["coverage"].isVisible() and w.docks["links"].isVisible()
    assert not w.windowState() & Qt.WindowState.WindowFullScreen
    assert w.centralWidget() is w.canvas and shown_before is not None
    assert w.settings.value("view/theme") == "light"  # the projector was not saved as a choice
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)


def test_presenter_notes_go_to_a_second_screen(window: MainWindow, qtbot: QtBot) -> None:
    w = window
    w.presentation.screen_for_notes = lambda widget: widget.screen()  # stands in for screen 2
    w.present()
    notes = w.presentation.notes
    assert isinstance(notes, PresenterNotes) and notes.isVisible()
    w.presentation.show_slide(2)
    qtbot.waitUntil(lambda: w.doc is not None and w.doc.session.evaluated)
    text = notes.toPlainText()
    assert "The CIS track collapses" in text and "Next: Turkmenistan joins the Birlik" in text
    assert "What changes" in text and "Left with no enabled link (inactive)" in text
    w.presentation.leave()
    assert w.presentation.notes is None


def test_a_chosen_order_of_slides_is_kept(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import presentation

    def choose(dialog: presentation.SlidesDialog) -> int:
        items = [dialog.list.item(i) for i in range(dialog.list.count())]
        for item in items:
            keep = item.text() in ("Uzbekistan returns to the CSTO", "Azerbaijan joins the SCO")
            item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
        texts = [item.text() for item in items]
        moved = dialog.list.takeItem(texts.index("Uzbekistan returns to the CSTO"))
        dialog.list.insertItem(0, moved)  # Uzbekistan first
        return 1

    monkeypatch.setattr(presentation.SlidesDialog, "exec", choose)
    window.present(choose=True)
    assert [s.name for s in window.presentation.slides] == [
        "Uzbekistan returns to the CSTO",
        "Azerbaijan joins the SCO",
    ]
    window.presentation.leave()
    window.present()  # F11 again: the same choice, in the same order
    assert window.presentation.slides[0].name == "Uzbekistan returns to the CSTO"
    window.presentation.leave()


def test_headline_names_the_figures_that_moved(window: MainWindow) -> None:
    window.switches.switch_links({"UZB:CIS": False, "KAZ:CIS": False})
    assert window.doc is not None
    d = window.doc.session.diff
    text = headline(d)
    eff = d.metric("global_efficiency")
    assert f"Global efficiency {eff.before:.3g} → {eff.after:.3g}" in text
    assert "State groups 1" in text and "Coverage gaps 0" in text


def test_digits_and_brackets_typed_in_the_link_palette_are_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The slide keys (1-9, [ ], /) must not fire while the facilitator types a link's name
    such as C5+JPN."""
    w = window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.present()
    w.presentation.show_slide(2)  # the CIS track collapses: prepared links 1 to 9
    assert w.doc is not None
    before, year = set(w.doc.session.enabled()), w.doc.session.year
    w.presentation.find_link()
    qtbot.keyClicks(w.presentation.palette, "C5+1[]/")
    assert w.presentation.palette.text() == "C5+1[]/"
    assert set(w.doc.session.enabled()) == before and w.doc.session.year == year
    w.presentation.leave()


ROUND_TRIP = r"""
import json, sys
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from app.ui.main_window import MainWindow
from app.workspace import Workspace
from db import Store

store, settings, how, keys = sys.argv[1:5]
w = MainWindow(Workspace(Store.open(store)), QSettings(settings, QSettings.Format.IniFormat))
w.documents.open_start()
w.setGeometry(100, 100, 1400, 900)
w.showMaximized() if how == "maximised" else w.show()


def settle():  # the window's pending work done (evaluations fill the panels), then Qt's
    w.settle()
    for _ in range(50):
        app.processEvents()


def seen():
    return {
        "geometry": w.geometry().getRect(),
        "maximised": bool(w.windowState() & Qt.WindowState.WindowMaximized),
        "canvas": w.canvas.geometry().getRect(),
        "docks": {k: d.geometry().getRect() for k, d in w.docks.items()},
        "toolbar": w.toolbar.isVisible(),
        "state": bytes(w.saveState().data()).hex(),
        "saved_geometry": bytes(w.saveGeometry().data()).hex(),
    }


settle()
before = seen()
QTest.keyClick(w, Qt.Key.Key_F11)
settle()
presenting = {"active": w.presentation.active, "geometry": w.geometry().getRect()}
QTest.keyClick(QApplication.focusWidget() or w, getattr(Qt.Key, keys))
settle()
print(json.dumps({"before": before, "presenting": presenting, "after": seen()}))
"""


def _screen(tmp_path: Path, width: int, height: int) -> str:
    """An offscreen screen of the given size (the default one is 800x800)."""
    config = tmp_path / f"screen-{width}.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen]}))
    return f"offscreen:configfile={config}"


@pytest.mark.parametrize(
    ("screen", "how", "key"),
    [
        ((1920, 1080), "normal", "Key_Escape"),
        ((1920, 1080), "normal", "Key_F11"),
        ((1366, 768), "maximised", "Key_Escape"),
    ],
    ids=["1920-esc", "1920-f11-twice", "1366-maximised-esc"],
)
def test_leaving_puts_the_window_back_exactly(
    tmp_path: Path, store_path: Path, screen: tuple[int, int], how: str, key: str
) -> None:
    """F11 then Esc (or F11 again) on a real screen size: the window's geometry, the docks'
    places and sizes and the canvas come back as they were (the canvas was left a strip
    between widened docks)."""
    env = {**os.environ, "QT_QPA_PLATFORM": _screen(tmp_path, *screen)}
    args = [str(store_path), str(tmp_path / "settings.ini"), how, key]
    proc = subprocess.run(
        [sys.executable, "-c", ROUND_TRIP, *args],
        capture_output=True, text=True, env=env, timeout=120, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    before, after = out["before"], out["after"]
    assert out["presenting"] == {"active": True, "geometry": [0, 0, *screen]}
    assert before["canvas"][2] > 500  # the canvas had room to begin with
    for key in ("geometry", "maximised", "canvas", "docks", "toolbar"):
        assert after[key] == before[key], key
    if how == "normal":  # byte for byte what QMainWindow saves
        assert after["state"] == before["state"]
        assert after["saved_geometry"] == before["saved_geometry"]


def _present_slide(qtbot: QtBot, w: MainWindow, name: str) -> None:
    """F11, then Home and PageDown until the slide named `name` shows."""
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    _press(qtbot, w, Qt.Key.Key_F11)
    _press(qtbot, w, Qt.Key.Key_Home)
    for _ in range(len(w.presentation.slides)):
        if w.doc is not None and w.doc.name == name:
            break
        _press(qtbot, w, Qt.Key.Key_PageDown)
    assert w.doc is not None and w.doc.name == name
    qtbot.waitUntil(lambda: w.doc is not None and w.doc.session.evaluated)


def test_every_prepared_switch_has_a_key(window: MainWindow, qtbot: QtBot) -> None:
    """The CIS track collapses switches 18 links: 1-9 and 0 reach the first ten, Tab shows
    the next ten under the same keys, and the banner says which key is which."""
    w = window
    _present_slide(qtbot, w, "The CIS track collapses")
    p = w.presentation
    prepared = p.prepared_links()
    assert len(prepared) == 18
    keys = _text(p.banner.keys)
    assert f"9 {prepared[8]} off" in keys and f"0 {prepared[9]} off" in keys
    assert "switches 1-10 of 18, Tab more" in keys and f"{prepared[10]} " not in keys

    _press(qtbot, w, Qt.Key.Key_0)  # the tenth
    assert w.doc is not None and prepared[9] in w.doc.session.enabled()
    assert f"0 {prepared[9]} on" in _text(p.banner.keys)

    _press(qtbot, w, Qt.Key.Key_Tab)
    keys = _text(p.banner.keys)
    assert f"1 {prepared[10]} off" in keys and f"8 {prepared[17]} off" in keys
    assert "switches 11-18 of 18" in keys and f"{prepared[9]} " not in keys
    _press(qtbot, w, Qt.Key.Key_1)  # the eleventh
    _press(qtbot, w, Qt.Key.Key_8)  # the eighteenth, the last
    on = w.doc.session.enabled()
    assert prepared[10] in on and prepared[17] in on and prepared[0] not in on
    _press(qtbot, w, Qt.Key.Key_9)  # no nineteenth: nothing happens
    assert w.doc.session.enabled() == on

    _press(qtbot, w, Qt.Key.Key_Tab)  # back to the first ten
    assert "switches 1-10 of 18" in _text(p.banner.keys)
    _press(qtbot, w, Qt.Key.Key_PageDown)  # another slide starts on its first page
    _press(qtbot, w, Qt.Key.Key_PageUp)
    assert f"1 {prepared[0]} off" in _text(p.banner.keys)
    _press(qtbot, w, Qt.Key.Key_Escape)


def test_the_palette_ranks_a_state_id_first_in_large_print(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Typing TKM lists Turkmenistan's own links first (it listed AZE's), in the
    presentation's large print (the list was the desktop's small one)."""
    w = window
    _present_slide(qtbot, w, "The CIS track collapses")
    p = w.presentation
    _press(qtbot, w, Qt.Key.Key_Slash)
    qtbot.keyClicks(p.palette, "TKM")
    completer = p.palette.completer()
    assert completer is not None
    listed = completer.popup()  # the list the room sees
    qtbot.waitUntil(listed.isVisible)
    model = listed.model()
    rows = [str(model.index(i, 0).data()) for i in range(model.rowCount())]
    assert rows and all("TKM" in row for row in rows)
    assert w.doc is not None
    network = w.doc.session.network
    own = sorted(lk.id for lk in network.links if "TKM" in (lk.source, lk.target))
    assert [row.split()[0] for row in rows[: len(own)]] == own
    p.palette.clear()
    qtbot.keyClicks(p.palette, "CIS")  # the links to the CIS itself before CIS-ATC's
    rows = [str(model.index(i, 0).data()) for i in range(model.rowCount())]
    to_cis = sorted(lk.id for lk in network.links if lk.target == "CIS")
    assert [row.split()[0] for row in rows[: len(to_cis)]] == to_cis
    assert listed.font().pointSizeF() >= 20 and p.palette.font().pointSizeF() >= 20
    row_height = listed.sizeHintForRow(0)
    assert row_height >= listed.fontMetrics().height() >= 26  # 20 pt drawn, not the default
    qtbot.keyClick(p.palette, Qt.Key.Key_Escape)
    _press(qtbot, w, Qt.Key.Key_Escape)


def test_the_banner_and_the_metrics_table_show_the_same_figure(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Global efficiency to three decimals in the metrics table, and the very same text in
    the banner once View › Present is chosen."""
    from tests.gui.menus import menu_action

    w = window
    w.documents.open_origin(next(s.origin for s in w.slide_candidates() if "CIS" in s.name))
    qtbot.waitUntil(lambda: w.doc is not None and w.doc.session.evaluated)
    table = w.metrics.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Global efficiency")
    before, after = table.item(row, 1).text(), table.item(row, 2).text()
    assert len(before.split(".")[1]) == 3 and before != after  # e.g. 0.629 -> 0.6xx
    menu_action(w, "View", "Present").trigger()
    p = w.presentation
    assert p.active and w.doc is not None and "CIS" in w.doc.name
    qtbot.waitUntil(lambda: "Evaluating" not in _text(p.banner.figures))
    assert f"Global efficiency {before} → {after}" in _text(p.banner.figures)
    p.leave()


def test_closing_while_presenting_keeps_the_window_s_own_panels(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    """The settings kept at close are the window's, not the presentation's bare screen."""
    from app.workspace import Workspace
    from db import Store

    w = window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    _press(qtbot, w, Qt.Key.Key_F11)
    assert w.presentation.active and not w.docks["coverage"].isVisible()
    monkeypatch.setattr(w.documents, "ask_unsaved", lambda docs: QMessageBox.StandardButton.Discard)
    w.close()
    store = Store.open(str(store_path))
    again = MainWindow(Workspace(store), w.settings)
    again.show()
    qtbot.waitExposed(again)
    try:
        assert all(d.isVisible() for d in again.docks.values())
        assert again.toolbar.isVisible() and not again.isFullScreen()
    finally:
        again.close()
        store.close()


def test_labels_shrink_to_fit_a_smaller_projector() -> None:
    assert presentation.text_scale(1920) == presentation.TEXT_SCALE
    assert presentation.text_scale(3840) == presentation.TEXT_SCALE
    assert 1.3 <= presentation.text_scale(1366) < presentation.text_scale(1600) < 1.9


def test_an_untouched_new_scenario_is_not_a_slide(window: MainWindow) -> None:
    w = window
    assert w.doc is not None and w.doc.name == "Untitled scenario"  # as the fixture opens
    names = [s.name for s in w.slide_candidates(present=True)]
    assert "Untitled scenario" not in names
    w.switches.toggle_link("KAZ:SCO")  # a what-if of its own now: a slide
    assert "Untitled scenario" in [s.name for s in w.slide_candidates(present=True)]
