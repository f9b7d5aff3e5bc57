"""The docked panels speak Russian as soon as the language changes, and English again after:
their static texts, their headers, and what they show (cells, summaries, details)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.analysis import Lens
from app.domain import Depth
from app.lang import Lang
from app.ui import i18n
from app.ui.main_window import MainWindow

C = "metrics column"
CYRILLIC = re.compile("[а-яА-ЯёЁ]")


def russian(text: str) -> bool:
    return bool(CYRILLIC.search(text))


def speak(language: Lang) -> None:
    i18n.install(language)
    QApplication.processEvents()  # delivers LanguageChange to every widget


def said(source: str, comment: str | None = None) -> str:
    """`source` in Russian, checked to be Russian (the catalogue has it)."""
    text = i18n.tr(source, comment)
    assert russian(text) and text != source, source
    return text


def header(view: object, col: int) -> str:
    model = view.model()  # type: ignore[attr-defined]
    return str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))


def test_the_links_panel_switches_to_russian_and_back(window: MainWindow) -> None:
    links = window.links
    status_col = 4
    row = next(i for i, lk in enumerate(window.doc.session.network.links) if lk.id == "TKM:SCO")
    assert header(links.table, status_col) == "Status"
    assert links.model.text(row, status_col) == "guest"
    speak(Lang.RU)
    assert header(links.table, status_col) == said("Status") == "Статус"
    assert links.model.text(row, status_col) == "гость"
    assert links.search.placeholderText() == said("Find a link: id or actor name (Ctrl+F)")
    assert links.status.itemText(0) == said("All statuses")
    assert links.actor.itemText(links.actor.findData("KAZ")) == "KAZ — Казахстан"
    assert links.risk.itemText(links.risk.findData("terrorism")) == "Терроризм"
    links.search.setText("Туркменистан")  # a Russian name finds its links
    assert links.proxy.rowCount() > 0
    links.search.clear()
    speak(Lang.EN)
    assert header(links.table, status_col) == "Status"
    assert links.model.text(row, status_col) == "guest"
    assert links.actor.itemText(links.actor.findData("KAZ")) == "KAZ — Kazakhstan"


def test_the_coverage_panel_switches_to_russian_and_back(window: MainWindow) -> None:
    cov = window.coverage
    m = cov.model
    english_summary = cov.summary.text()
    assert re.match(r"\d+ gaps · ", english_summary)
    speak(Lang.RU)
    assert cov.own_only.text() == said("Own only")
    assert cov.at_label.text() == said("Links at")
    assert cov.threshold.currentText() == said("≥ coordination", "coverage threshold")
    assert cov.lens.currentText() == said("all mechanisms", "coverage lens")
    assert cov.threshold_actions[Depth.OPERATIONAL].text() == said(
        "Count links at operational depth or deeper"
    )
    assert cov.lens_actions[Lens.OWN].text() == said("Count only the region's own mechanisms")
    assert said("gap", "coverage legend") in cov.legend.text()
    assert russian(cov.summary.text()) and russian(cov.reliance.text())
    assert re.match(r"\d+ пробел", cov.summary.text())
    terrorism = m.risks.index("terrorism")
    assert m.headerData(terrorism, Qt.Orientation.Horizontal) == "Терроризм"
    tip = m.index(m.states.index("TKM"), m.risks.index("drugs")).data(Qt.ItemDataRole.ToolTipRole)
    assert "Туркменистан" in tip and said("Click to highlight these links on the canvas") in tip
    assert "TKM:SCO</b> — декларативный" in tip  # depths and statuses in Russian too
    speak(Lang.EN)
    assert cov.summary.text() == english_summary
    assert cov.own_only.text() == "Own only"
    assert m.headerData(terrorism, Qt.Orientation.Horizontal) == "Terrorism"


def test_the_metrics_panel_switches_to_russian_and_back(qtbot: QtBot, window: MainWindow) -> None:
    metrics = window.metrics
    window.links.model.setData(  # switch a link off, so the figures differ from the baseline
        window.links.model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.CheckStateRole
    )
    qtbot.waitUntil(lambda: metrics.critical.rowCount() > 0)
    english = metrics.table.item(0, 0).text()
    speak(Lang.RU)
    heads = [metrics.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert heads == [said("Figure", C), said("Baseline", C), said("Scenario", C), said("Change", C)]
    assert said("Most critical links") in metrics.critical_title.text()
    assert russian(metrics.table.item(0, 0).text()) and metrics.table.item(0, 0).text() != english
    button = metrics.critical.cellWidget(0, 3)
    assert isinstance(button, QPushButton) and button.text() == said("Switch off")
    assert russian(metrics.critical.item(0, 2).text())  # the cost, in words
    speak(Lang.EN)
    assert metrics.table.item(0, 0).text() == english
    assert metrics.table.horizontalHeaderItem(0).text() == "Figure"


def test_the_details_panel_shows_the_same_again_in_russian(window: MainWindow) -> None:
    window.show_link("TKM:CIS")
    assert "Excluded for this link" in window.details.toPlainText()
    speak(Lang.RU)
    text = window.details.toPlainText()
    assert said("Excluded for this link") in text and "Туркменистан" in text
    assert "Excluded for this link" not in text
    window.show_actor("CSTO")
    assert said("Mandate by risk") in window.details.toPlainText()
    speak(Lang.EN)
    assert "Mandate by risk" in window.details.toPlainText()


def test_the_scenarios_panel_switches_to_russian_and_back(window: MainWindow) -> None:
    panel = window.scenarios
    speak(Lang.RU)
    assert panel.buttons["new"].text() == said("New", "scenario")
    assert panel.buttons["rename"].text() == said("Rename…")
    assert panel.reset.text() == said("Reset to baseline")
    assert panel.trash.text() == said("Trash")
    assert panel.notes.placeholderText() == said(
        "Notes on this scenario: the question, assumptions, sources"
    )
    menu = [a.text() for a in panel.trash_menu.actions() if a.text()]
    assert menu and all(russian(t) for t in menu)
    speak(Lang.EN)
    assert panel.buttons["new"].text() == "New"
    assert panel.reset.text() == "Reset to baseline"
