"""The window in Russian: the catalogue complete and current, every action, menu, dock,
button and header said in Russian, and a switch of language that keeps the user's work."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from app import lang
from app.lang import Lang
from app.ui import i18n
from app.ui.main_window import MainWindow
from tests.gui.menus import menu_action

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
CATALOGUES = {  # the catalogue, and what `make i18n` gives lupdate besides the sources
    "c6_ru.ts": ["-target-language", "ru_RU"],
    "c6_en.ts": ["-pluralonly", "-target-language", "en_US"],
}

# What may stay in Latin letters in Russian: ids (KAZ:SCO, C5+DEU, CIS-ATC), file kinds,
# programs and formats, keys, the server's role names, and the product's own name.
ALLOWED = re.compile(
    r"https?://\S+"
    r"|C6 Scenario Explorer|^English$"  # the app's name; a language named in itself
    r"|(?:^|\s)/\S+"  # a file's path
    r"|\b[A-Z][A-Z0-9]+(?:[:+\-_][A-Za-z0-9]+)*\b"  # ids and abbreviations
    r"|\*?\.[a-z0-9]+\b"  # .c6s, *.csv
    r"|\b(?:GraphML|Gephi|Cytoscape|PostgreSQL|SQLite|Esc|Ctrl|Shift|Alt|Enter|Birlik)\b"
    r"|\bid\b"  # as Russian technical writing says it
    r"|\bc6_(?:reader|analyst|curator)\b"
    r"|\b[a-z]\b"  # one letter: the depth marks o, c, d
)
LATIN = re.compile(r"[A-Za-z]{2,}")


def english_left(text: str) -> str:
    """The Latin-letter words of `text` that are not ids, formats or proper names."""
    plain = re.sub(r"<[^>]+>|\{\w*\}|%n", " ", text)  # tags, fields and counts are not words
    return " ".join(LATIN.findall(ALLOWED.sub(" ", plain)))


def said(w: MainWindow) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user reads on the window's controls."""

    def menu(m: QMenu, path: str) -> Iterator[tuple[str, str]]:
        yield path, m.title()
        for a in m.actions():
            if a.isSeparator():
                continue
            yield from action(a, f"{path} › {a.text()}")
            if a.menu() is not None:
                yield from menu(a.menu(), f"{path} › {a.text()}")

    def action(a: QAction, where: str) -> Iterator[tuple[str, str]]:
        yield where, a.text()
        yield f"{where} (tip)", a.toolTip()
        yield f"{where} (status tip)", a.statusTip()

    for top in w.menuBar().actions():
        yield from menu(top.menu(), top.text())
    for a in w.toolbar.actions():
        yield from action(a, f"toolbar {a.objectName()}")
    for dock in w.findChildren(QDockWidget):
        yield f"dock {dock.objectName()}", dock.windowTitle()
    for button in w.findChildren(QAbstractButton):
        yield f"button {button.objectName() or button.text()}", button.text()
        yield f"button {button.objectName() or button.text()} (tip)", button.toolTip()
    for edit in w.findChildren(QLineEdit):
        yield f"field {edit.objectName()}", edit.placeholderText()
        yield f"field {edit.objectName()} (tip)", edit.toolTip()
    for box in w.findChildren(QComboBox):
        for i in range(box.count()):
            yield f"choice {box.objectName()} {i}", box.itemText(i)
    for view in w.findChildren(QTableView) + w.findChildren(QTreeView):
        model = view.model()
        if model is None:
            continue
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        for column in range(header.count()):  # (a risk's tooltip adds its description:
            # data, in the language the dataset gives it)
            text = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(text, str):
                yield f"header {view.objectName()} {column}", text


def settled(w: MainWindow) -> dict[str, str]:
    """What the window says once its work is done and replaced widgets are gone."""
    w.settle()
    QApplication.processEvents()  # LanguageChange reaches every widget
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return dict(said(w))


def test_every_action_menu_dock_button_and_header_speaks_russian(
    qtbot: QtBot, window: MainWindow
) -> None:
    english = settled(window)
    menu_action(window, "View", "Language", "Русский").trigger()
    russian = settled(window)
    left = {where: text for where, text in russian.items() if english_left(text)}
    assert not left, "\n".join(f"{w}: {t!r}" for w, t in sorted(left.items()))
    assert sum(1 for t in russian.values() if re.search("[а-яё]", t, re.I)) > 150
    menu_action(window, "Вид", "Язык", "English").trigger()
    assert settled(window) == english  # and back, every text as it was


def test_switching_language_keeps_unsaved_edits_undo_history_and_layout(
    qtbot: QtBot, window: MainWindow, settings: QSettings
) -> None:
    window.switches.switch_links({"KAZ:CSTO": False})
    window.switches.switch_links({"UZB:CIS": False})
    window.undo_action.trigger()  # one step undone: redo has something too
    doc, stack = window.doc, window.undo_group.activeStack()
    assert doc is not None and stack is not None
    window.resize(1366, 768)
    window.settle()
    enabled = doc.session.enabled()

    def layout() -> dict[str, tuple[object, ...]]:
        return {
            key: (dock.size(), window.dockWidgetArea(dock), dock.isVisible())
            for key, dock in window.docks.items()
        }

    before = layout()
    menu_action(window, "View", "Language", "Русский").trigger()
    settled(window)
    assert lang.current() is Lang.RU and settings.value("view/language") == "ru"
    assert window.doc is doc and window.undo_group.activeStack() is stack
    assert (stack.count(), stack.index()) == (2, 1)
    assert doc.session.enabled() == enabled and window.isWindowModified()
    assert layout() == before  # Russian's longer words move no dock
    assert window.undo_action.text().startswith("&Отменить")
    assert window.redo_action.text().startswith("&Повторить")
    assert window.windowTitle().startswith(doc.name)
    window.redo_action.trigger()  # the history goes on in the new language
    assert "UZB:CIS" not in doc.session.enabled()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert doc.session.enabled() == enabled | {"KAZ:CSTO"}
    assert not window.isWindowModified()


def test_qt_own_buttons_speak_russian(qtbot: QtBot, window: MainWindow) -> None:
    window.set_language(Lang.RU)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
    )
    texts = [box.button(b).text() for b in (box.StandardButton.Save, box.StandardButton.Cancel)]
    assert texts == ["Сохранить", "Отмена"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Закрыть"
    window.set_language(Lang.EN)
    again = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Save)
    assert again.button(QMessageBox.StandardButton.Save).text() in ("Save", "&Save")


def test_a_missing_catalogue_is_one_dialog_and_english_stays(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with monkeypatch.context() as patched:
        patched.setattr(i18n, "CATALOGUES", tmp_path)
        menu_action(window, "View", "Language", "Русский").trigger()
    assert lang.current() is Lang.EN
    assert window.language_actions[Lang.EN].isChecked()
    [message] = window.dialogs  # type: ignore[attr-defined]
    assert "c6_ru.qm is not built: run `make`" in message
    assert menu_action(window, "File", "Save").text() == "&Save"


@pytest.mark.parametrize(
    ("remembered", "given", "environment", "spoken"),
    [
        ("ru", None, "", Lang.RU),  # remembered from View › Language
        ("ru", "en", "", Lang.EN),  # --lang wins
        ("ru", None, "en", Lang.EN),  # then $C6_LANG
        ("", None, "ru", Lang.RU),
        ("", None, "", Lang.EN),  # then the system's (LANG=C here)
    ],
)
def test_the_window_starts_in_the_language_asked_then_remembered_then_the_system(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    remembered: str,
    given: str | None,
    environment: str,
    spoken: Lang,
) -> None:
    from app.ui.main import run_gui, settings_path

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv(lang.ENV_LANG, environment)
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C")
    if remembered:
        settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
        settings.setValue("view/language", remembered)
        settings.sync()
    shot = tmp_path / "shot.png"
    assert run_gui(shot, "800x600", str(tmp_path / "store.db"), None, given) == 0
    assert shot.is_file() and lang.current() is spoken
    assert QApplication.translate("", "&File") == ("&Файл" if spoken is Lang.RU else "&File")
    for top in QApplication.topLevelWidgets():
        top.close()


@pytest.mark.skipif(not LUPDATE.is_file(), reason="pyside6-lupdate comes with PySide6")
@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_the_catalogue_is_current_and_finished(tmp_path: Path, name: str) -> None:
    """What `make i18n` would write from the code is what is committed (no text new or
    gone), and every text is translated, its fields, %n and mnemonic kept."""
    committed = ROOT / "resources" / "i18n" / name
    copy = tmp_path / name
    shutil.copyfile(committed, copy)
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    options = ["-silent", "-locations", "none", "-no-obsolete", *CATALOGUES[name]]
    subprocess.run(
        [str(LUPDATE), *options, *sources, "-ts", str(copy)],
        check=True,
        cwd=ROOT,
    )
    assert copy.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        "the catalogue is not what the code asks: run `make i18n`, then translate"
    )
    root = ET.parse(committed).getroot()
    messages = list(root.iter("message"))
    assert messages
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"{translation.get('type')}: {source!r}"
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        assert all(forms) and len(forms) == (
            (3 if name == "c6_ru.ts" else 2) if message.get("numerus") else 1
        ), source
        for form in forms:
            assert set(re.findall(r"\{\w*\}", form)) == set(re.findall(r"\{\w*\}", source))
            if name == "c6_ru.ts":  # English may say "one" or "were", not the number
                assert ("%n" in form) == ("%n" in source), source
            assert form.count("&") - 2 * form.count("&&") == source.count("&") - 2 * source.count(
                "&&"
            ), f"mnemonic: {source!r} -> {form!r}"
            if name == "c6_ru.ts":
                assert re.search("[а-яё]", form, re.I) or not english_left(form), source


def test_the_saved_layout_fits_in_either_language(qtbot: QtBot, window: MainWindow) -> None:
    """Docks are found by an English name in every language: a layout saved in Russian
    (the details moved to the left) comes back in English."""
    details = window.docks["details"]
    window.set_language(Lang.RU)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, details)
    state = window.saveState()
    window.set_language(Lang.EN)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, details)
    assert window.dockWidgetArea(details) is Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.restoreState(state)
    assert window.dockWidgetArea(details) is Qt.DockWidgetArea.LeftDockWidgetArea


def test_no_button_is_cut_in_russian_at_1366x768(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    window.set_language(Lang.RU)
    settled(window)
    qtbot.wait(50)
    cut = [
        f"{b.text()!r}: {b.width()} < {b.sizeHint().width()}"
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and b.text() and b.width() < b.sizeHint().width()
    ]
    assert not cut


def test_undo_steps_named_by_the_window_are_said_again_after_a_switch(
    window: MainWindow,
) -> None:
    menu_action(window, "Edit", "Only the region's own mechanisms").trigger()
    menu_action(window, "Edit", "Reset to baseline").trigger()
    stack = window.undo_group.activeStack()
    assert stack is not None
    english = [stack.text(i) for i in range(stack.count())]
    assert english == ["Only the region's own mechanisms", "Reset to baseline"]
    window.set_language(Lang.RU)
    russian = [stack.text(i) for i in range(stack.count())]
    assert russian == ["Только собственные механизмы региона", i18n.tr("Reset to baseline")]
    assert all(re.search("[а-яё]", t, re.I) for t in russian)
    assert window.undo_action.text().endswith(russian[-1])
    assert window.doc is not None and window.doc.name == "Сценарий без названия"  # unnamed
    assert window.windowTitle().startswith("Сценарий без названия")
    window.set_language(Lang.EN)
    assert [stack.text(i) for i in range(stack.count())] == english
    assert window.doc.name == "Untitled scenario"
    window.doc.session.rename("Tashkent workshop")  # a name the user gave stays
    window.set_language(Lang.RU)
    assert window.doc.name == "Tashkent workshop"
