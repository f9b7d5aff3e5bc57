"""The window's team and history texts in Russian, and back in English at once: the History
dialog (Ctrl+H), the undo steps' names (said again by `commands.relabel`), the conflict
dialog a refused save asks, the bar over a scenario another user changed, and File › Recent
stores. Each is compared with the catalogue's own translation, and must be Cyrillic and not
the English text, so a text that missed the catalogue fails."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.lang import Lang
from app.ui import i18n
from app.ui.conflicts import Answer, ConflictDialog
from app.ui.history import HistoryDialog
from app.ui.main_window import MainWindow
from app.workspace import InStore, action_words
from tests.gui.test_team import as_bob

UZB = "Uzbekistan returns to the CSTO"
CTRL = Qt.KeyboardModifier.ControlModifier
CYRILLIC = re.compile("[а-яА-ЯёЁ]")


def speak(language: Lang) -> None:
    """Switch the language as View › Language does, and let LanguageChange arrive."""
    i18n.install(language)
    QApplication.processEvents()


def russian(text: str, english: str) -> None:
    """`text` is the Russian of `english`: Cyrillic, and not the English itself."""
    assert CYRILLIC.search(text), text
    assert text != english


def _open(w: MainWindow, name: str) -> int:
    sid = w.workspace.store.scenario_id(name)
    w.documents.open_origin(InStore(sid))
    assert w.doc is not None and w.doc.name == name
    return sid


def _history(w: MainWindow, qtbot: QtBot) -> HistoryDialog:
    qtbot.keyClick(w.canvas, Qt.Key.Key_H, CTRL)  # File › History…, by its key
    [dialog] = [d for d in w.findChildren(HistoryDialog, "history-dialog") if d.isVisible()]
    return dialog


def _headers(dialog: HistoryDialog) -> list[str]:
    t = dialog.table
    return [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]


ENGLISH_HEADERS = ["Version", "Saved", "By", "What", "Changed"]


def test_the_history_dialog_speaks_russian_and_switches_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    w = window
    _open(w, UZB)
    w.switches.switch_links({"KAZ:CIS": False})
    qtbot.keyClick(w.canvas, Qt.Key.Key_S, CTRL)
    assert not w.isWindowModified(), w.dialogs  # type: ignore[attr-defined]
    speak(Lang.RU)
    dialog = _history(w, qtbot)
    headers = _headers(dialog)
    assert headers[0] == i18n.tr("Version")
    assert headers[3] == i18n.tr("What", "history column: what a save did")
    for said, english in zip(headers, ENGLISH_HEADERS, strict=True):
        russian(said, english)
    assert dialog.windowTitle() == f"История «{UZB}»"
    russian(dialog.restore_button.text(), "&Restore this version")
    assert dialog.restore_button.text().count("&") == 1
    newest = [dialog.table.item(0, c).text() for c in range(5)]
    assert newest[3] == action_words("saved") == "сохранена"
    assert newest[4] == "KAZ:CIS выкл."
    intro = dialog.findChild(type(dialog.intro), "history-intro")
    assert intro is not None and "2 версии" in intro.text()  # Russian's "few" form

    speak(Lang.EN)  # while it is open: every text again, rows too
    assert _headers(dialog) == ENGLISH_HEADERS
    assert dialog.table.item(0, 3).text() == "saved"
    assert dialog.table.item(0, 4).text() == "KAZ:CIS off"
    assert dialog.restore_button.text() == "&Restore this version"
    assert "2 versions" in dialog.intro.text()
    dialog.reject()


def test_undo_steps_are_named_in_russian_and_relabelled_in_english(window: MainWindow) -> None:
    w = window
    assert w.doc is not None
    stack = w.stacks[w.doc]
    speak(Lang.RU)
    w.switches.switch_links({"KAZ:CSTO": False})
    assert stack.undoText() == i18n.tr("Disable {link}", link="KAZ:CSTO") == "Выключить KAZ:CSTO"
    w.switches.switch_links({"KAZ:CIS": False, "UZB:CSTO": False})
    assert stack.undoText() == "Выключить 2 связи"  # Russian's "few" form of a count

    speak(Lang.EN)  # the window relabels every step of every stack at the switch
    assert stack.undoText() == "Switch links: disable 2"
    assert stack.text(0) == "Disable KAZ:CSTO"
    assert w.undo_action.text().endswith("Switch links: disable 2")  # the action told too
    stack.undo()
    assert w.undo_action.text().endswith("Disable KAZ:CSTO")
    speak(Lang.RU)
    assert stack.text(0) == "Выключить KAZ:CSTO"
    assert stack.redoText() == "Выключить 2 связи"


def test_the_conflict_dialog_of_a_refused_save_speaks_russian(
    window: MainWindow, store_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    seen: list[tuple[str, str, list[str]]] = []

    def exec_(dialog: ConflictDialog) -> int:
        seen.append((dialog.windowTitle(), dialog.text(), [b.text() for b in dialog.buttons()]))
        return dialog.choose(Answer.CANCEL)

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    sid = _open(w, UZB)
    w.switches.switch_links({"KAZ:CIS": False})
    with as_bob(store_path, monkeypatch) as bob:
        theirs, _ = bob.load(sid)
        version = bob.save_scenario(sid, replace(theirs, notes="bob's notes"))
    speak(Lang.RU)
    qtbot.keyClick(w.canvas, Qt.Key.Key_S, CTRL)
    [(title, text, buttons)] = seen
    russian(title, "C6 Scenario Explorer — saved by someone else")
    assert text.startswith(f"bob сохранил(а) версию {version} сценария «{UZB}» в ")
    expected = [
        i18n.tr("Save mine as a copy"),
        i18n.tr("Reload theirs, drop my changes"),
        i18n.tr("Cancel"),
    ]
    assert sorted(buttons) == sorted(expected)
    for said, english in zip(
        expected, ["Save mine as a copy", "Reload theirs, drop my changes", "Cancel"], strict=True
    ):
        russian(said, english)
    assert w.isWindowModified()  # cancelled: still unsaved


def test_the_team_bar_and_recent_stores_switch_language_at_once(
    window: MainWindow, store_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    sid = _open(w, UZB)
    w.switches.switch_links({"KAZ:CIS": False})
    new = "Uzbekistan back in the CSTO"
    with as_bob(store_path, monkeypatch) as bob:
        bob.rename_scenario(sid, new)
    w.team.poll()
    qtbot.waitUntil(lambda: not w.team.bar.isHidden(), timeout=10_000)
    english = w.team.message.text()
    assert english.startswith(f"bob renamed ‘{UZB}’ to ‘{new}’ at ")
    assert english.endswith(". Your unsaved changes are kept.")

    speak(Lang.RU)
    said = w.team.message.text()
    assert said.startswith(f"bob переименовал(а) «{UZB}» в «{new}» в ")
    assert said.endswith(i18n.tr("Your unsaved changes are kept."))
    russian(said, english)
    assert w.team.copy_button.text() == i18n.tr("Save mine as a copy")
    assert w.team.reload_button.text() == i18n.tr("Reload theirs")
    russian(w.team.reload_button.text(), "Reload theirs")
    russian(w.team.reload_button.toolTip(), "")
    recent = w.findChild(QMenu, "menu-recent stores")
    assert recent is not None
    russian(recent.title(), "Recent s&tores")
    own = [a.text() for a in recent.actions() if a.objectName() == "action-store-local"]
    assert own == [i18n.tr("This computer's own store")]
    russian(own[0], "This computer's own store")

    speak(Lang.EN)
    assert w.team.message.text() == english
    assert w.team.reload_button.text() == "Reload theirs"
    assert recent.title() == "Recent s&tores"
