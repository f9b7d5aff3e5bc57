"""The network picture, the presentation and the compare window in Russian: exported
pictures, the canvas's legend and tooltips, the banner and the diff list say what the
window says, in the language it speaks, and switch back at once."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain import ActorKind
from app.lang import Lang
from app.look import kind_label
from app.ui import i18n
from app.ui.compare import CompareWindow
from app.ui.main_window import MainWindow
from app.ui.network_canvas import link_tooltip

CYRILLIC = re.compile("[а-яА-ЯёЁ]")


def _speak(language: Lang) -> None:
    i18n.install(language)
    QApplication.processEvents()  # the LanguageChange reaches every widget


def test_a_picture_exported_in_russian_has_russian_legend_names_and_subtitle(
    window: MainWindow, tmp_path: Path
) -> None:
    w = window
    english = [text for text, _ in w.canvas._legend_rows()]
    _speak(Lang.RU)
    member = i18n.tr("Member", "legend: solid links")
    off = i18n.tr("Switched off", "legend: links off")
    assert (member, off) == ("Член", "Выключена")
    russian = [text for text, _ in w.canvas._legend_rows()]
    assert all(CYRILLIC.search(t) for t in russian) and not set(russian) & set(english)

    w.transfers.export_picture(tmp_path / "ru.svg")
    svg = (tmp_path / "ru.svg").read_text(encoding="utf-8")
    body = kind_label(ActorKind.BODY)
    for word in (body, "Международная организация", "Государство", member, off, "Выделена"):
        assert word in svg, word  # (Qt's SVG writes a Latin run apart: "Государство ", "C6")
    assert "связей переключено относительно базового сценария" in svg  # the subtitle
    for english_word in ("International body", "Switched off", "switched from the baseline"):
        assert english_word not in svg
    # names on the canvas in Russian, ids as they are
    kaz = w.canvas.nodes["KAZ"].toolTip()
    assert "Казахстан" in kaz and "(KAZ)" in kaz and "Государство C6" in kaz
    network = w.doc.session.network if w.doc is not None else None
    assert network is not None
    tip = link_tooltip(network.link("UZB:CSTO"), network, enabled=False)
    assert "Узбекистан" in tip and "Статус: приостановлено" in tip and "UZB:CSTO" in tip
    assert "Щёлкните, чтобы включить её" in tip

    _speak(Lang.EN)  # back at once: the legend and the tooltips in English again
    assert [text for text, _ in w.canvas._legend_rows()] == english
    assert "Kazakhstan" in w.canvas.nodes["KAZ"].toolTip()
    w.transfers.export_picture(tmp_path / "en.svg")
    svg = (tmp_path / "en.svg").read_text(encoding="utf-8")
    assert "Member" in svg and "0 links switched from the baseline" in svg
    assert not CYRILLIC.search(svg)


def test_the_command_line_draws_the_picture_in_its_language(tmp_path: Path) -> None:
    """`--lang ru export --to x.svg`: the legend and subtitle in Russian, as the window's."""
    out = tmp_path / "cis.svg"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    args = ["--lang", "ru", "export", "--scenario", "The CIS track collapses", "--to", str(out)]
    proc = subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True, text=True, env=env, timeout=120, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    svg = out.read_text(encoding="utf-8")
    for word in ("Международная организация", "Член", "Наблюдатель, партнёр, гость", "Выключена"):
        assert word in svg, word
    assert re.search(r"C6 baseline · \d+ связ\w+ переключен\w* относительно базового", svg)
    assert "International body" not in svg and "Member" not in svg


def test_the_presentation_speaks_russian_and_back(window: MainWindow, qtbot: QtBot) -> None:
    w = window
    w.present()
    p = w.presentation
    assert p.active
    qtbot.waitUntil(lambda: w.doc is not None and w.doc.session.evaluated)
    count = len(p.slides)
    english = (p.banner.title.text(), p.banner.figures.text(), p.banner.keys.text())
    assert f"(1 of {count})" in english[0]

    _speak(Lang.RU)
    title, figures, keys = p.banner.title.text(), p.banner.figures.text(), p.banner.keys.text()
    assert f"(1 из {count})" in title
    assert i18n.tr("({number} of {count})", number=1, count=count) == f"(1 из {count})"
    assert CYRILLIC.search(figures) and figures != english[1]
    for said in ("Esc leave", "Ctrl+K find a link", "[ ] year"):
        assert i18n.tr(said).replace(" ", "\xa0") in keys and said.replace(" ", "\xa0") not in keys
    assert "Esc\xa0выход" in keys
    assert p.palette.placeholderText().startswith("Переключить связь")
    assert w.year_bar.label.text() == "сегодня"  # the As of bar stays in view: Russian too

    _speak(Lang.EN)
    assert p.banner.title.text() == english[0]
    assert p.banner.figures.text() == english[1]
    assert p.banner.keys.text() == english[2]
    assert w.year_bar.label.text() == "today"
    p.leave()


def test_the_compare_window_speaks_russian_and_back(window: MainWindow) -> None:
    cw = window.compare()
    assert isinstance(cw, CompareWindow)
    names = [s.name for s in cw.slides]
    cw.show_pair(
        names.index("Untitled scenario"), names.index("Turkmenistan joins the Birlik exercises")
    )

    def groups() -> dict[str, list[str]]:
        out = {}
        for i in range(cw.tree.topLevelItemCount()):
            top = cw.tree.topLevelItem(i)
            assert top is not None
            rows = [top.child(j).text(0) for j in range(top.childCount())]  # type: ignore[union-attr]
            out[top.text(0).rsplit(" (", 1)[0]] = rows
        return out

    english = groups()
    header = cw.tree.headerItem()
    assert header is not None and header.text(0) == "What differs (right against left)"

    _speak(Lang.RU)
    russian = groups()
    assert set(russian) == {
        "Переключённые связи",
        "Покрытие получено на координационном уровне или глубже",
        "Покрытие потеряно на координационном уровне или глубже",
        "Изменившиеся показатели",
    }
    assert i18n.tr("Links switched") == "Переключённые связи"
    assert "TKM · Терроризм" in russian["Покрытие получено на координационном уровне или глубже"]
    assert all(CYRILLIC.search(row) for row in russian["Изменившиеся показатели"])
    assert header.text(0) == "Различия (правый относительно левого)"
    assert "Сравнение сценариев" in cw.windowTitle()
    assert "отличается 1 связь" in cw.note.text()

    _speak(Lang.EN)
    assert groups() == english
    assert header.text(0) == "What differs (right against left)"
    assert "1 link differs" in cw.note.text()
    cw.close()
