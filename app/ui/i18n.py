"""Qt's side of the app's language: what the window says goes through `tr()` here, whose
catalogues are resources/i18n/c6_ru.ts (every text in Russian) and c6_en.ts (English plural
forms only), kept by `pyside6-lupdate` and compiled by `pyside6-lrelease` when the app is set
up (`make`); Qt's own dialogs and buttons speak Russian from the qtbase catalogue the wheel
ships. `install()` switches all of it and app.lang (the summary, error messages, names) at
once; a window then re-sets its texts (MainWindow.set_language).

Conventions, so that `pyside6-lupdate` finds every text:
- a literal: `tr("Links")`, `tr("Save {name}?", name=doc.name)` (fields filled after the
  lookup, so the catalogue holds the pattern);
- a count: `tr("%n link(s)", None, count)` (Qt picks the plural form; Russian has three);
- an ambiguous short word: `tr("Open", "verb")` (the comment tells it apart);
- a text in a table made at import time: `QT_TRANSLATE_NOOP("", "…")` where it is written,
  `tr(row.text)` where it is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import lang
from app.lang import Lang

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "i18n"
CONTEXT = ""  # pyside6-lupdate files a bare tr() under the empty context
QT_LOCALES = {
    Lang.EN: QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    Lang.RU: QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
}


def tr(text: str, comment: str | None = None, n: int = -1, /, **fields: object) -> str:
    """`text` in the window's language; `n` picks a plural form (`%n` in the text);
    `fields` fill `{name}` after the lookup."""
    said = QCoreApplication.translate(CONTEXT, text, comment, n)
    return said.format(**fields) if fields else said


def catalogue(language: Lang) -> Path:
    """The compiled catalogue of the app's texts in `language`."""
    return CATALOGUES / f"c6_{language.value}.qm"


class MissingCatalogue(Exception):
    """The compiled catalogue is not there: the app was not set up with `make`."""


_installed: list[QTranslator] = []
_speaking: list[tuple[Lang, int]] = []  # the language installed, and in which application


def install(language: Lang) -> Lang:
    """Speak `language` from now on, in Qt's texts and in app.lang's; Qt then sends every
    widget a LanguageChange. MissingCatalogue (the language unchanged) if the app's
    catalogue was not compiled."""
    app = QCoreApplication.instance()
    if _speaking == [(language, id(app))] and lang.current() is language:
        return language  # nothing to switch: no widget is told to say its texts again
    path = catalogue(language)
    ours = QTranslator(app)
    if not ours.load(str(path)) and language is not Lang.EN:  # English is what the code
        raise MissingCatalogue(  # says: without its catalogue only "(s)" plurals show
            f"the {lang.NAMES[language]} catalogue {path.name} is not built: run `make` in "
            f"{CATALOGUES.parents[1]} (it compiles resources/i18n/*.ts with pyside6-lrelease)"
        )
    translators = [ours]
    if language is Lang.RU:  # Qt's own: file dialogs, standard buttons, context menus
        qt_own = QTranslator(app)
        if qt_own.load("qtbase_ru", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt_own)
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
            old.deleteLater()
        for new in translators:
            app.installTranslator(new)
    _installed[:] = translators
    _speaking[:] = [(language, id(app))]
    QLocale.setDefault(QT_LOCALES[language])
    return lang.use(language)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the catalogue where it is written; `tr(text)` says it where shown.
    (PySide6's own is typed to return object.)"""
    del context
    return text
