"""The year slider: the canvas, coverage and figures show the network as it stood then."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow


def _cell(w: MainWindow, state: str, risk: str) -> str:
    model = w.coverage.model
    row = list(model.states).index(state)
    col = list(model.risks).index(risk)
    return str(model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole))


def test_sliding_back_shows_the_mechanisms_appear(window: MainWindow, qtbot: QtBot) -> None:
    w = window
    slider = w.year_slider
    assert (slider.minimum(), slider.maximum()) == (1991, 2026) and w.year_label.text() == "today"
    risk = "terrorism"
    today = int(_cell(w, "AZE", risk))
    assert "AZE:CMHS" in w.doc.session.evaluation.coverage.covering["AZE"][risk]

    slider.setValue(2024)  # as the user drags it
    s = w.doc.session
    assert s.year == 2024 and w.year_label.text() == "2024" and "as of 2024" in w.windowTitle()
    assert "AZE:CMHS" not in s.evaluation.coverage.covering["AZE"][risk]  # Azerbaijan joined 2025
    assert int(_cell(w, "AZE", risk)) < today
    assert not w.canvas.edges["AZE:CMHS"].isVisible() and w.canvas.edges["KAZ:CMHS"].isVisible()
    assert w.canvas.nodes["SCS"].isVisible()  # Security Council secretaries since 2024

    slider.setValue(2017)
    assert not w.canvas.nodes["CMHS"].isVisible() and not w.canvas.nodes["SCS"].isVisible()
    assert w.canvas.nodes["AZE"].isVisible()
    edges_2017 = s.evaluation.connectivity.edges
    assert edges_2017 < s.baseline.connectivity.edges or edges_2017 == s.baseline.connectivity.edges
    then = s.network.as_of(2017)
    active = {
        e for lid in then.baseline_enabled() for e in (then.link(lid).source, then.link(lid).target)
    }
    assert s.baseline.connectivity.nodes == len(active | {a.id for a in then.states})

    # a switch made while looking at 2017 is a real, undoable edit of the scenario
    w.switches.switch_links({"UZB:CIS": False})
    assert s.scenario.link_states == {"UZB:CIS": False} and "UZB:CIS" not in s.evaluation.enabled
    w.undo_group.undo()
    assert s.scenario.link_states == {}

    slider.setValue(slider.maximum())
    assert s.year is None and w.year_label.text() == "today"
    assert w.canvas.nodes["CMHS"].isVisible() and w.canvas.edges["AZE:CMHS"].isVisible()
    assert int(_cell(w, "AZE", risk)) == today


def test_each_document_keeps_its_year(window: MainWindow) -> None:
    w = window
    first = w.doc
    w.year_slider.setValue(2020)
    w.documents.new_scenario()
    assert w.doc is not first and w.year_label.text() == "today"
    assert w.year_slider.value() == w.year_slider.maximum()
    assert first is not None
    w.open_document(first)
    assert w.year_slider.value() == 2020 and not w.canvas.nodes["SCS"].isVisible()


def test_years_step_from_the_keyboard_in_the_window_and_when_presenting(
    window: MainWindow, qtbot: QtBot
) -> None:
    w = window
    w.step_year(-1)
    assert w.doc is not None and w.doc.session.year == 2025
    w.step_year(+5)  # past the last year: today, and no further
    assert w.doc.session.year is None and w.year_slider.value() == w.year_slider.maximum()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.present()
    qtbot.keyClick(w.canvas, Qt.Key.Key_BracketLeft)
    qtbot.keyClick(w.canvas, Qt.Key.Key_BracketLeft)
    assert w.doc.session.year == 2024
    assert "as of 2024" in w.presentation.banner.title.text()
    qtbot.keyClick(w.canvas, Qt.Key.Key_BracketRight)
    assert w.doc.session.year == 2025
    w.presentation.leave()


def test_the_year_bar_keeps_its_parts_together(window: MainWindow) -> None:
    """The label, the slider and the year sit side by side at any window width, not spread
    over the toolbar."""
    bar = window.year_bar
    window.resize(1920, 1080)
    QApplication.processEvents()
    label = next(lb for lb in bar.findChildren(QLabel) if "As of" in lb.text())
    assert label.width() <= label.sizeHint().width() + 4
    assert bar.width() <= bar.sizeHint().width() + 4
