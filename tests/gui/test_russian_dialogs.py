"""The window's dialogs in Russian: opened from the menus with Russian installed, their
titles, field labels, table headers, choices and Qt's standard buttons are Russian, and so
are the file dialogs' titles and filters and what the status bar says."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain import LinkStatus
from app.lang import Lang, status_label
from app.ui import editors, i18n
from app.ui.i18n import tr
from app.ui.import_preview import ImportPreview
from app.ui.main_window import MainWindow

QUESTION = QMessageBox.question  # Qt's own, before the modal-dialog guard replaces it
SHOTS = Path(os.environ.get("C6_SHOTS", "")) if os.environ.get("C6_SHOTS") else None


def russian(text: str, english: str) -> None:
    """`text` is the Russian for `english`: Cyrillic, and not the English."""
    assert re.search("[а-яА-ЯёЁ]", text), text
    assert text != english


def speak_russian(qtbot: QtBot) -> None:
    i18n.install(Lang.RU)
    for _ in range(3):  # the application's LanguageChange, then each widget's
        qtbot.wait(0)
        QApplication.processEvents()


def on_open(look: Callable[[QWidget], None]) -> list[str]:
    """`look` at the next modal dialog as soon as it shows, then close it; what failed."""
    failed: list[str] = []
    tries = iter(range(500))  # 5 s: a dialog that never opens fails its test, not the next

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet
            if next(tries, None) is None:
                failed.append("no dialog opened")
            else:
                QTimer.singleShot(10, check)
            return
        try:
            look(dialog)
        except Exception as exc:  # reported by the test, not lost in Qt's event loop
            failed.append(f"{type(exc).__name__}: {exc}")
        finally:
            if isinstance(dialog, QMessageBox):
                dialog.button(QMessageBox.StandardButton.Cancel).click()  # type: ignore[union-attr]
            elif isinstance(dialog, QDialog):
                dialog.reject()

    QTimer.singleShot(0, check)
    return failed


def labels(dialog: QWidget) -> dict[QWidget, str]:
    """Each field of the dialog's form and its label's text."""
    form = dialog.findChild(QFormLayout)
    assert form is not None
    out = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(label, QLabel)
        out[field] = label.text()
    return out


def buttons(dialog: QWidget) -> list[str]:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return [b.text() for b in box.buttons()]


def shot(dialog: QWidget, name: str) -> None:
    """With $C6_SHOTS set: the dialog as it opens on a 1366x768 screen (offscreen's own
    screen is smaller), saved there to look at."""
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        if dialog.width() < editors.WIDE and isinstance(dialog, editors._Editor):
            dialog.resize(
                editors.WIDE if dialog.width() >= 700 else dialog.width(), dialog.height()
            )
        dialog.grab().save(str(SHOTS / f"{name}.png"))


def test_the_actor_editor_names_both_name_fields_in_russian(
    window: MainWindow, qtbot: QtBot
) -> None:
    w = window
    speak_russian(qtbot)
    seen: dict[str, object] = {}

    def look(d: QWidget) -> None:
        assert isinstance(d, editors.ActorDialog)
        seen["title"] = d.windowTitle()
        seen["labels"] = labels(d)
        seen["buttons"] = buttons(d)
        seen["headers"] = [
            d.mandate.horizontalHeaderItem(c).text()  # type: ignore[union-attr]
            for c in range(d.mandate.columnCount())
        ]
        seen["kinds"] = [d.kind.itemText(i) for i in range(d.kind.count())]
        seen["risk"] = d.mandate.item(0, 0).text()  # type: ignore[union-attr]
        seen["depth"] = d.mandate.depths[0].itemText(1)
        seen["placeholder"] = d.name_ru.placeholderText()
        seen["fields"] = (d.name, d.name_ru)
        shot(d, "actor_editor_ru")

    failed = on_open(look)
    w.actions_by_name["add-actor"].trigger()
    assert failed == []
    assert seen["title"] == tr("Add an actor") == "Новый участник"
    name, name_ru = seen["fields"]  # type: ignore[misc]
    said = seen["labels"]
    assert isinstance(said, dict)
    # both names, told apart by their language, each with one mnemonic
    assert said[name] == tr("&Name in English") == "&Название на английском"
    assert said[name_ru] == tr("Name in &Russian") == "Название на &русском"
    for text in said.values():
        russian(text, "")
        assert text.count("&") == 1
    assert len(set(said.values())) == len(said)
    # OK and Cancel: Qt's own catalogue (its Russian OK is the Latin "OK")
    assert seen["buttons"] == ["OK", "Отмена"]
    assert seen["headers"] == [
        "Риск",
        "Глубина",
        "Основание",
        "Обоснование (кратко)",
        "Источники (через |)",
    ]
    assert seen["kinds"][0] == "Государство C6"  # type: ignore[index]
    russian(seen["risk"], "")  # type: ignore[arg-type]  # the risk's Russian label
    assert seen["depth"] == "1 декларативный"
    russian(seen["placeholder"], "")  # type: ignore[arg-type]


def test_the_link_editor_shows_russian_names_statuses_and_inherited_depths(
    window: MainWindow, qtbot: QtBot
) -> None:
    w = window
    speak_russian(qtbot)
    seen: dict[str, object] = {}

    def look(d: QWidget) -> None:
        assert isinstance(d, editors.LinkDialog)
        d.source.setCurrentIndex(d.source.findData("TKM"))
        d.target.setCurrentIndex(d.target.findData("EAEU"))
        d.status.setCurrentIndex(d.status.findData(LinkStatus.OBSERVER))
        row = [r.key for r in d.network.risks].index("economic")
        seen["title"] = d.windowTitle()
        seen["labels"] = list(labels(d).values())
        seen["source"] = d.source.itemText(d.source.findData("ECO"))
        seen["status"] = d.status.currentText()
        seen["inherited"] = d.grades.depths[row].itemText(0)
        seen["placeholder"] = d.id.placeholderText()
        shot(d, "link_editor_ru")

    failed = on_open(look)
    w.actions_by_name["add-link"].trigger()
    assert failed == []
    assert seen["title"] == "Новая связь"
    assert seen["labels"][:2] == ["&Откуда", "&Куда"]  # type: ignore[index]
    for text in seen["labels"]:  # type: ignore[attr-defined]
        russian(text, "")
    assert seen["source"] == "ECO — ОЭС"  # the actor's Russian name
    assert seen["status"] == status_label(LinkStatus.OBSERVER)
    russian(seen["status"], "observer")  # type: ignore[arg-type]
    assert seen["inherited"] == "по организации: 1 (у организации 3, ограничено статусом)"
    assert seen["placeholder"] == "если пусто: ОТКУДА:КУДА"


def test_the_risk_is_chosen_and_edited_in_russian(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    speak_russian(qtbot)
    asked: list[tuple[str, str, list[str]]] = []

    def get_item(parent: QWidget, title: str, label: str, items: list[str], *a: object) -> object:
        asked.append((title, label, items))
        return next(i for i in items if i.endswith("(water_energy)")), True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    seen: dict[str, object] = {}

    def look(d: QWidget) -> None:
        assert isinstance(d, editors.RiskDialog)
        seen["title"] = d.windowTitle()
        seen["labels"] = list(labels(d).values())
        shot(d, "risk_editor_ru")

    failed = on_open(look)
    w.actions_by_name["edit-risk"].trigger()
    assert failed == []
    ((title, label, items),) = asked
    assert (title, label) == ("Изменить риск", "Риск:")
    assert all(re.search("[а-яА-Я]", i) for i in items)  # the risks' Russian labels
    assert seen["title"] == "Изменить риск water_energy"
    assert seen["labels"] == [
        "&Ключ",
        "&Название на английском",
        "Название на &русском",
        "&Описание",
    ]


def test_the_unsaved_changes_question_and_its_buttons_are_russian(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Переименованный", True))
    w.actions_by_name["rename"].trigger()  # unsaved now
    speak_russian(qtbot)
    monkeypatch.setattr(QMessageBox, "question", QUESTION)  # the real one, for this test
    seen: dict[str, object] = {}

    def look(d: QWidget) -> None:
        assert isinstance(d, QMessageBox)
        seen["text"] = d.text()
        seen["buttons"] = {b.text().replace("&", "") for b in d.buttons()}
        shot(d, "unsaved_ru")

    failed = on_open(look)
    w.close()  # Cancel: the window stays
    assert failed == []
    assert w.isVisible()
    assert seen["text"] == "Сохранить изменения в «Переименованный» перед закрытием?"
    english = {"Save", "Discard", "Cancel", "Don't Save", "Close without Saving"}
    assert len(seen["buttons"]) == 3  # type: ignore[arg-type]
    for text in seen["buttons"]:  # type: ignore[attr-defined]
        russian(text, "")
        assert text not in english
    assert "Сохранить" in seen["buttons"] and "Отмена" in seen["buttons"]  # type: ignore[operator]


def test_rename_file_dialogs_and_the_status_bar_speak_russian(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    w = window
    speak_russian(qtbot)
    asked: list[tuple[str, ...]] = []

    def get_text(parent: QWidget, title: str, label: str, **k: object) -> tuple[str, bool]:
        asked.append((title, label))
        return "Новое имя", True

    def save_name(parent: QWidget, title: str, start: str, filters: str) -> tuple[str, str]:
        asked.append((title, filters))
        return "", ""

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", save_name)
    w.actions_by_name["rename"].trigger()
    for name in ("save-as", "export-picture", "export-graph", "briefing", "import-csv", "open"):
        w.actions_by_name[name].trigger()
    assert asked == [
        ("Переименовать сценарий", "Название:"),
        ("Сохранить сценарий как", "Сценарии C6 (*.c6s);;Все файлы (*)"),
        (
            "Экспорт изображения сети",
            "Изображение PNG (*.png);;Рисунок SVG (*.svg);;PDF (*.pdf)",
        ),
        ("Экспорт сети", "GraphML (*.graphml);;GEXF для Gephi (*.gexf)"),
        ("Создание аналитической справки", "PDF (*.pdf);;Веб-страница (*.html)"),
        ("Импорт участников или связей", "CSV (*.csv);;Все файлы (*)"),
        ("Открыть файл сценария", "Сценарии C6 (*.c6s);;Все файлы (*)"),
    ]
    w.actions_by_name["save"].trigger()
    assert w.statusBar().currentMessage() == "Сценарий «Новое имя» сохранён в хранилище"


def test_the_import_preview_is_russian(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    w = window
    speak_russian(qtbot)
    bad = tmp_path / "bad.csv"
    bad.write_text("id,source,target,status\nKAZ:N1,KAZ,UN,member\nKAZ:N2,KAZ,NOPE,member\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(bad), ""))
    seen: dict[str, object] = {}

    def look(d: QWidget) -> None:
        assert isinstance(d, ImportPreview)
        seen["title"] = d.windowTitle()
        seen["summary"] = d.summary.text()
        seen["headers"] = [
            d.table.horizontalHeaderItem(c).text()  # type: ignore[union-attr]
            for c in range(d.table.columnCount())
        ]
        seen["does"] = [d.table.item(r, 2).text() for r in range(d.table.rowCount())]  # type: ignore[union-attr]
        seen["buttons"] = buttons(d)
        shot(d, "import_preview_ru")

    failed = on_open(look)
    w.actions_by_name["import-csv"].trigger()
    assert failed == []
    assert seen["title"] == "Импорт связей из bad.csv"
    assert str(seen["summary"]).startswith(
        "Добавить: <b>1</b>, изменить: <b>0</b>, без изменений: 0, отклонено: <b>1</b>. "
        "Ничего не будет записано"
    )
    assert seen["headers"] == ["Строка", "Идентификатор", "Действие", "Причина отклонения"]
    assert seen["does"] == ["добавляется", "ОТКЛОНЕНО"]
    assert "Импортировать" in seen["buttons"] and "Отмена" in seen["buttons"]  # type: ignore[operator]
