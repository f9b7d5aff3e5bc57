"""The language layer: Russian plural forms, choosing a language, and a Russian catalogue
with no text missing for any tr("...") the Qt-free code asks for."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import lang
from app.domain import Depth, LinkStatus, Membership
from app.lang import Lang, choose, plural, tr
from app.lang_ru import RU

APP = Path(__file__).resolve().parents[2] / "app"


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    lang.use(Lang.EN)


@pytest.mark.parametrize(
    ("n", "said"),
    [
        (0, "0 рисков"),
        (1, "1 риск"),
        (2, "2 риска"),
        (4, "4 риска"),
        (5, "5 рисков"),
        (11, "11 рисков"),
        (12, "12 рисков"),
        (14, "14 рисков"),
        (21, "21 риск"),
        (22, "22 риска"),
        (25, "25 рисков"),
        (101, "101 риск"),
        (111, "111 рисков"),
    ],
)
def test_russian_counts_take_the_right_form(n: int, said: str) -> None:
    assert plural(n, "риск", "риска", "рисков") == said


def test_english_counts_take_one_or_other() -> None:
    assert [plural(n, "gap", "gaps") for n in (0, 1, 2)] == ["0 gaps", "1 gap", "2 gaps"]


def test_the_language_is_the_one_asked_for_then_the_environment_then_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", lang.ENV_LANG):
        monkeypatch.delenv(name, raising=False)
    assert choose() is Lang.EN
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert choose() is Lang.RU
    monkeypatch.setenv(lang.ENV_LANG, "en")
    assert choose() is Lang.EN
    assert choose("RU") is Lang.RU
    with pytest.raises(ValueError, match="'fr' is not a language of this app: use en or ru"):
        choose("fr")


def test_numbers_take_the_decimal_comma_in_russian() -> None:
    assert lang.decimal("0.133") == "0.133"
    lang.use("ru")
    assert lang.decimal("0.133") == "0,133"


def asked() -> dict[str, str]:
    """Every literal tr("...") outside app/ui (app and db), with where it is."""
    found = {}
    paths = [*sorted(APP.rglob("*.py")), *sorted((APP.parent / "db").rglob("*.py"))]
    for path in paths:
        if "ui" in path.relative_to(APP.parent).parts[1:2]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name | ast.Attribute)
                and (getattr(node.func, "id", None) or getattr(node.func, "attr", None)) == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found[node.args[0].value] = f"{path.relative_to(APP.parent)}:{node.lineno}"
    for enum, words in lang.WORDS.items():  # the enums' words, asked through a table
        found.update({word: f"lang.py: {enum.__name__}" for word in words.values()})
    return found


def test_the_russian_catalogue_has_every_text_and_no_other() -> None:
    texts = asked()
    missing = {t: where for t, where in texts.items() if t not in RU}
    assert not missing, f"texts with no Russian: {missing}"
    assert not set(RU) - set(texts), f"Russian for texts no code asks: {set(RU) - set(texts)}"
    for english, russian in RU.items():  # the same fields on both sides
        assert _fields(english) == _fields(russian), english


def test_a_text_is_filled_in_the_current_language() -> None:
    assert tr("{n} of {m}", n=1, m=2) == "1 of 2"


def _fields(text: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_names_are_russian_in_russian_where_given() -> None:
    from app.domain import Actor, ActorKind, RiskCategory
    from app.lang import actor_name, named, risk_label

    kaz = Actor("KAZ", "Kazakhstan", ActorKind.STATE, name_ru="Казахстан")
    new = Actor("NEW", "New body", ActorKind.BODY)  # no Russian name yet
    terror = RiskCategory("terrorism", "Terrorism", label_ru="Терроризм")
    assert (actor_name(kaz), actor_name(new), risk_label(terror)) == (
        "Kazakhstan",
        "New body",
        "Terrorism",
    )
    lang.use(Lang.RU)
    assert (actor_name(kaz), actor_name(new), risk_label(terror)) == (
        "Казахстан",
        "New body",
        "Терроризм",
    )
    assert named("SCO", "") == "SCO"


def test_every_status_depth_and_grade_has_its_word_in_both_languages() -> None:
    """The model's enums are named in English as today and in Russian from the catalogue:
    a member added without words fails here, not as English in a Russian table."""
    from app.lang_ru import RU

    for enum, words in lang.WORDS.items():
        assert set(words) == set(enum), enum
        for english in words.values():
            assert english in RU, english
            assert RU[english] != english and any("а" <= c <= "я" for c in RU[english])
    lang.use(lang.Lang.RU)
    assert lang.status_label(LinkStatus.OBSERVER) == "наблюдатель"
    assert lang.depth_label(Depth.COORDINATION) == "координационный"
    lang.use(lang.Lang.EN)
    assert lang.status_label(LinkStatus.OBSERVER) == "observer"
    assert lang.membership_label(Membership.OWN) == Membership.OWN.label
