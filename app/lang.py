"""The language of everything the app says: English or Russian, Qt-free.

One current language per process (kept in app.words, below the domain, with `tr()`): the
command line sets it from `--lang`, else $C6_LANG, else the system locale; the window from
its View › Language setting. What Qt draws is
translated by Qt's own catalogue (resources/i18n/*.ts, app/ui only); what is built outside
Qt — the plain-language summary, command-line text, reports, exported pictures — asks
`tr()` here, whose Russian catalogue is app/lang_ru.py, and counts things with `plural()`,
which knows Russian's three forms (1 риск, 2 риска, 5 рисков). JSON is the same in both.
"""

from __future__ import annotations

import os

from app.domain import (
    Actor,
    Basis,
    Confidence,
    Depth,
    LinkStatus,
    Membership,
    RiskCategory,
    RiskGroup,
)
from app.words import ENV_LANG, NAMES, Lang, current, decimal, plural, speaking, tr, use

__all__ = [
    "ENV_LANG",
    "NAMES",
    "Lang",
    "current",
    "decimal",
    "plural",
    "speaking",
    "tr",
    "use",
]


def system() -> Lang:
    """The user's language by the POSIX locale variables: Russian if the first one set
    names it, else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value:
            return Lang.RU if value.lower().startswith("ru") else Lang.EN
    return Lang.EN


def choose(given: str | None = None) -> Lang:
    """The language asked for (`--lang`), else $C6_LANG, else the system's; ValueError
    naming the choices for another."""
    chosen = given or os.environ.get(ENV_LANG, "").strip()
    if not chosen:
        return system()
    try:
        return Lang(chosen.lower())
    except ValueError:
        raise ValueError(f"'{chosen}' is not a language of this app: use en or ru") from None


def named(english: str, russian: str) -> str:
    """A name in the current language: the Russian one in Russian when there is one, else
    the English (data made before names had a Russian form shows in English)."""
    return russian if current() is Lang.RU and russian.strip() else english


def actor_name(actor: Actor) -> str:
    """An actor's name in the current language."""
    return named(actor.name, actor.name_ru)


def risk_label(risk: RiskCategory) -> str:
    """A risk's label in the current language."""
    return named(risk.label, risk.label_ru)


# The words for the model's kinds, statuses and grades: English as the model spells them,
# Russian from the catalogue (tests/unit/test_lang.py checks every member has one).
_STATUS = {
    LinkStatus.FOUNDING: "founding",
    LinkStatus.MEMBER: "member",
    LinkStatus.ASSOCIATE: "associate",
    LinkStatus.OBSERVER: "observer",
    LinkStatus.PARTNER: "partner",
    LinkStatus.GUEST: "guest",
    LinkStatus.SUSPENDED: "suspended",
    LinkStatus.WITHDRAWN: "withdrawn",
    LinkStatus.CANDIDATE: "candidate",
}
_DEPTH = {
    Depth.NONE: "none",
    Depth.DECLARATORY: "declaratory",
    Depth.COORDINATION: "coordination",
    Depth.OPERATIONAL: "operational",
}
_CONFIDENCE = {
    Confidence.CONFIRMED: "confirmed",
    Confidence.UNVERIFIED: "unverified",
    Confidence.HYPOTHETICAL: "hypothetical",
}
_BASIS = {
    Basis.SOURCED: "sourced",
    Basis.REASONED: "reasoned",
    Basis.UNGRADED: "ungraded",
}
_GROUP = {
    RiskGroup.CATALOGUE: "catalogue",
    RiskGroup.DIMENSION: "dimension",
}
_MEMBERSHIP = {
    Membership.OWN: "the region's own",
    Membership.OUTSIDE: "with outside powers",
    Membership.UNIVERSAL: "universal",
}
WORDS: dict[type, dict] = {  # type: ignore[type-arg]
    LinkStatus: _STATUS,
    Depth: _DEPTH,
    Confidence: _CONFIDENCE,
    Basis: _BASIS,
    Membership: _MEMBERSHIP,
    RiskGroup: _GROUP,
}


def status_label(status: LinkStatus) -> str:
    return tr(_STATUS[status])


def depth_label(depth: Depth) -> str:
    return tr(_DEPTH[depth])


def confidence_label(confidence: Confidence) -> str:
    return tr(_CONFIDENCE[confidence])


def basis_label(basis: Basis) -> str:
    return tr(_BASIS[basis])


def membership_label(membership: Membership) -> str:
    return tr(_MEMBERSHIP[membership])


def group_label(group: RiskGroup) -> str:
    return tr(_GROUP[group])


def baseline_name() -> str:
    """What the baseline is called where it stands as a scenario (a report's title)."""
    return {Lang.EN: "Baseline", Lang.RU: "Базовый сценарий"}[current()]


def depth_mark(depth: int) -> str:
    """A depth as one letter, for tables: o operational, c coordination, d declaratory, -
    none; in Russian о, к, д (оперативный, координационный, декларативный)."""
    return {Lang.EN: "-dco", Lang.RU: "-дко"}[current()][depth]
