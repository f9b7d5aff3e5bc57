"""The current language and what says a text in it, Qt-free and below the domain, so that
every layer — the domain's checks, the store's errors, the summary, the command line —
speaks the one the user chose. app.lang chooses it and names the model's things; what Qt
draws has its own catalogue (app.ui.i18n).

`tr()` looks an English format string up in the Russian catalogue (app/lang_ru.py, kept
complete by tests/unit/test_lang.py) when the language is Russian; `plural()` counts with
Russian's three forms (1 риск, 2 риска, 5 рисков); `decimal()` gives the decimal comma.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum


class Lang(StrEnum):
    EN = "en"
    RU = "ru"


ENV_LANG = "C6_LANG"
NAMES = {Lang.EN: "English", Lang.RU: "Русский"}
_now = [Lang.EN]


def current() -> Lang:
    return _now[0]


def use(lang: Lang | str) -> Lang:
    """Speak `lang` from now on; returns it."""
    _now[0] = Lang(lang)
    return _now[0]


def tr(text: str, /, **fields: object) -> str:
    """`text` (an English format string) in the current language, filled with `fields`.
    A text the Russian catalogue lacks is said in English (a test finds any)."""
    if current() is Lang.RU:
        from app.lang_ru import RU

        text = RU.get(text, text)
    return text.format(**fields) if fields else text


def plural(n: int, one: str, few: str, many: str | None = None) -> str:
    """`n` and the word's form for it: English takes (one, other), Russian (one, few, many):
    1 риск, 2 риска, 5 рисков, 11 рисков, 21 риск."""
    if many is None:  # English
        return f"{n} {one if n == 1 else few}"
    tens, units = abs(n) % 100, abs(n) % 10
    if units == 1 and tens != 11:
        word = one
    elif 2 <= units <= 4 and not 12 <= tens <= 14:
        word = few
    else:
        word = many
    return f"{n} {word}"


def decimal(text: str) -> str:
    """A number already formatted the English way, with the decimal comma in Russian."""
    return text.replace(".", ",") if current() is Lang.RU else text


@contextmanager
def speaking(language: Lang) -> Iterator[Lang]:
    """Speak `language` inside the block, then the one before (JSON: English always)."""
    before = current()
    use(language)
    try:
        yield language
    finally:
        use(before)
