"""The canvas paints what it is told, on screen and not only when grabbed afresh: edges with
a pixmap each (antialiased networks) and plain edges (crisp, big networks)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QGraphicsItem
from pytestqt.qtbot import QtBot

from app.ui import network_canvas
from app.ui.network_canvas import NetworkCanvas
from app.ui.theme import DARK, LIGHT
from tests.factory import network

# Two links between the same three actors, far apart: A-B along the top, A-C down the side.
NET = network("A B", "C", [("A", "B", "member", "drugs"), ("A", "C", "member", "cyber")])
POSITIONS = {"A": (0.0, 0.0), "B": (600.0, 0.0), "C": (0.0, 400.0)}


@pytest.fixture(params=["antialiased", "crisp"])
def canvas(
    request: pytest.FixtureRequest, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[NetworkCanvas]:
    if request.param == "crisp":
        monkeypatch.setattr(network_canvas, "AA_MAX_LINKS", 1)  # crisp from two links on
    c = NetworkCanvas()
    qtbot.addWidget(c)
    c.resize(700, 560)
    c.set_network(NET, POSITIONS, {"A:B", "A:C"})
    c.show()
    qtbot.waitExposed(c)
    c.fit()
    QApplication.processEvents()
    assert c.crisp == (request.param == "crisp")
    yield c


def _pixel(c: NetworkCanvas, scene_point: QPointF) -> QColor:
    """What is on screen: the window's backing store as repainted so far (`grab()` would
    paint the whole view afresh and hide a stale partial repaint)."""
    shot = c.screen().grabWindow(c.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    p = c.viewport().mapTo(c, c.mapFromScene(scene_point))
    return shot.pixelColor(p.x(), p.y())


def _near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_a_switched_link_repaints_in_its_new_style(canvas: NetworkCanvas) -> None:
    middle = QPointF(300.0, 0.0)  # on A-B, away from every node and the other link
    on, off = LIGHT.solid("link_on", 215), LIGHT.solid("link_off", 230)
    assert _near(_pixel(canvas, middle), on)
    canvas.set_enabled({"A:B": False})
    QApplication.processEvents()
    assert _near(_pixel(canvas, middle), off) and not _near(_pixel(canvas, middle), on)
    assert _near(_pixel(canvas, QPointF(0.0, 200.0)), on)  # the other link is untouched
    canvas.set_enabled({"A:B": True})
    QApplication.processEvents()
    assert _near(_pixel(canvas, middle), on)


def test_highlight_and_theme_repaint(canvas: NetworkCanvas) -> None:
    side = QPointF(0.0, 200.0)
    canvas.highlight_links(["A:C"])
    QApplication.processEvents()
    assert _near(_pixel(canvas, side), LIGHT.color("highlight"))
    canvas.highlight_links([])
    canvas.set_theme(DARK)
    QApplication.processEvents()
    assert _near(_pixel(canvas, side), DARK.solid("link_on", 215))
    assert _near(_pixel(canvas, QPointF(300.0, 200.0)), DARK.color("canvas"))


def test_edges_follow_a_moved_node(canvas: NetworkCanvas) -> None:
    canvas.set_positions({"B": (600.0, 300.0)})
    QApplication.processEvents()
    background = LIGHT.color("canvas")
    assert _near(_pixel(canvas, QPointF(300.0, 0.0)), background)  # where A-B was
    assert _near(_pixel(canvas, QPointF(300.0, 150.0)), LIGHT.solid("link_on", 215))


def test_edges_of_antialiased_networks_keep_their_own_pixmap(canvas: NetworkCanvas) -> None:
    cached = {e.cacheMode() for e in canvas.edges.values()}
    if not canvas.crisp:
        assert cached == {QGraphicsItem.CacheMode.DeviceCoordinateCache}
    else:
        assert cached == {QGraphicsItem.CacheMode.NoCache}


def test_hovering_a_link_gives_its_tooltip_with_its_current_state(
    canvas: NetworkCanvas, qtbot: QtBot
) -> None:
    edge = canvas.edges["A:B"]
    assert edge.toolTip() == ""  # written on hover, not on every restyle
    point = canvas.mapFromScene(QPointF(300.0, 0.0))
    qtbot.mouseMove(canvas.viewport(), point + QPoint(0, 60))  # off it first: a move to where
    qtbot.mouseMove(canvas.viewport(), point)  # the pointer already is sends nothing
    qtbot.waitUntil(lambda: edge.hovered)
    assert "<b>A:B</b> — on in this scenario" in edge.toolTip()
    canvas.set_enabled({"A:B": False})  # switched while the pointer is on it
    assert "<b>A:B</b> — off in this scenario" in edge.toolTip()
