"""The summary's facts (app.analysis.facts) phrased in Russian: the same numbers and the
same decisions as the English, with Russian agreement (1 риск, 2 риска, 5 рисков) and the
Russian names of actors and risks where the data has them.

Sentences are built so that names stay in the nominative case (after a colon, in
parentheses, in quotes): a name from the data is never declined.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.analysis.coverage import Criteria, Lens
from app.analysis.diff import CellChange
from app.analysis.facts import (
    Collective,
    CutPoint,
    DepthMoved,
    Fact,
    GapClosed,
    GapOpened,
    Inactive,
    Joined,
    Parted,
    Reactivated,
    RedundancyGained,
    RedundancyLost,
    Regrouped,
    Split,
    SteadyMoved,
    WeakestPairs,
)
from app.domain import Depth, Network
from app.lang import WORDS, plural
from app.lang_ru import RU

# the number of states, as a sentence starts with it ("Шесть государств ...")
_COUNT = ("ни одно", "одно", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")

# a depth as an adjective: in a list ("координационный", as app.lang names it everywhere)
# and after "на ... уровне"
DEPTH = {depth: RU[word] for depth, word in WORDS[Depth].items()}
_DEPTH_AT = {
    Depth.DECLARATORY: "декларативном",
    Depth.COORDINATION: "координационном",
    Depth.OPERATIONAL: "оперативном",
}
LENS = {
    Lens.ALL: "все механизмы",
    Lens.OWN: "собственные механизмы региона",
    Lens.OUTSIDE: "механизмы с участием внешних держав",
}
_LENS_IN = {
    Lens.ALL: "",
    Lens.OWN: " в собственных механизмах региона",
    Lens.OUTSIDE: " в механизмах с участием внешних держав",
}


def threshold_ru(criteria: Criteria) -> str:
    """'на координационном уровне или глубже', as Criteria.phrase in English."""
    at = f"на {_DEPTH_AT[criteria.threshold]} уровне"
    return at if criteria.threshold is Depth.OPERATIONAL else f"{at} или глубже"


def at_ru(criteria: Criteria) -> str:
    """The threshold, and the lens when it is not all mechanisms."""
    return threshold_ru(criteria) + _LENS_IN[criteria.lens]


def count_ru(n: int) -> str:
    return _COUNT[n] if 0 <= n < len(_COUNT) else str(n)


def word(n: int, one: str, few: str, many: str) -> str:
    """The form of a word that goes with `n`, without the number."""
    return plural(n, one, few, many).split(" ", 1)[1]


def states_ru(n: int) -> str:
    """'шесть государств'."""
    return f"{count_ru(n)} {word(n, 'государство', 'государства', 'государств')}"


def risks_after_po(n: int) -> str:
    """'по 1 риску', 'по 5 рискам': the count after the preposition по (dative)."""
    return f"по {plural(n, 'риску', 'рискам', 'рискам')}"


def links_ru(n: int) -> str:
    return plural(n, "связь", "связи", "связей")


def actor_ru(network: Network, actor_id: str) -> str:
    actor = network.actor(actor_id)
    return actor.name_ru or actor.name


def risk_ru(network: Network, key: str) -> str:
    """A risk's label inside a sentence: lower case, unless it starts with an abbreviation."""
    risk = network.risk(key)
    label = risk.label_ru or risk.label
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


def via_ru(network: Network, link_id: str) -> str:
    """A covering link as a sentence names it: its body (or the other state)."""
    link = network.link(link_id)
    body = network.body_of(link)
    if body is not None:
        return body.name_ru or body.name
    return f"{actor_ru(network, link.source)}–{actor_ru(network, link.target)}"


def say_ru(fact: Fact, network: Network, criteria: Criteria) -> str:
    """One fact as a Russian sentence."""
    at = at_ru(criteria)

    def name(actor_id: str) -> str:
        return actor_ru(network, actor_id)

    def names(ids: Iterable[str]) -> str:
        return ", ".join(name(i) for i in ids)

    def label(key: str) -> str:
        return risk_ru(network, key)

    def bodies_of(link_ids: Iterable[str]) -> str:
        return "; ".join(via_ru(network, lid) for lid in link_ids)

    def moves(cells: Iterable[CellChange]) -> str:
        return ", ".join(f"{label(c.risk)} {c.before}→{c.after}" for c in cells)

    def groups_of(groups: Iterable[Iterable[str]]) -> str:
        return " | ".join(names(g) for g in groups)

    match fact:
        case Joined(states=n):
            return f"{states_ru(n).capitalize()} теперь связаны между собой {at}: одна группа."
        case Parted(states=n, groups=groups):
            k = plural(len(groups), "группа", "группы", "групп")
            return (
                f"{states_ru(n).capitalize()} больше не связаны между собой {at}: "
                f"{k} ({groups_of(groups)})."
            )
        case Regrouped(groups=groups):
            k = plural(len(groups), "группу", "группы", "групп")
            return f"Государства теперь образуют {k} {at} ({groups_of(groups)})."
        case Split(parts=parts, cut_off=cut_off):
            said = "; ".join(names(comp) for comp in cut_off)
            return (
                f"Сеть распадается на {plural(parts, 'часть', 'части', 'частей')}; "
                f"отрезаны: {said}."
            )
        case GapOpened(state=s, risk=r, had=had):
            return (
                f"{name(s)} теряет всё покрытие по риску «{label(r)}» {at}: пробел в покрытии "
                f"(в базовом сценарии {links_ru(len(had))}: {bodies_of(had)})."
            )
        case RedundancyLost(state=s, risks=k, left=left):
            what = "; ".join(
                f"{', '.join(label(r) for r in risks)} ({bodies_of((lid,))})" for lid, risks in left
            )
            return (
                f"{name(s)} теряет резервирование {risks_after_po(k)}: осталась одна связь "
                f"{at}, единственная точка отказа — {what}."
            )
        case GapClosed(state=s, risk=r, via=via):
            return (
                f"{name(s)} получает покрытие по риску «{label(r)}» {at} "
                f"({links_ru(len(via))}: {bodies_of(via)})."
            )
        case RedundancyGained(state=s, cells=cells):
            return (
                f"{name(s)} получает резервирование {risks_after_po(len(cells))} — две связи "
                f"или больше {at}: {moves(cells)}."
            )
        case DepthMoved(state=s, up=up, cells=cells):
            what = ", ".join(
                f"{label(c.risk)} ({DEPTH[Depth(c.before)]} → {DEPTH[Depth(c.after)]})"
                for c in cells
            )
            verb = "повышается" if up else "снижается"
            return (
                f"{name(s)}: наибольшая глубина покрытия {verb} "
                f"{risks_after_po(len(cells))}: {what}."
            )
        case WeakestPairs(count=k, was=was, pairs=pairs):
            shared = plural(
                k, "общий орган или связь", "общих органа или связи", "общих органов или связей"
            )
            said = ", ".join(f"{name(a)}–{name(b)}" for a, b in pairs)
            return (
                f"Наименее связанные пары государств теперь имеют {shared} {at} "
                f"(было {was}): {said}."
            )
        case CutPoint(actor=a):
            return f"{name(a)} становится точкой сочленения: без этого узла сеть распалась бы."
        case Inactive(bodies=ids):
            return f"Без единой включённой связи (неактивны): {names(ids)}."
        case Reactivated(bodies=ids):
            return f"Снова активны: {names(ids)}."
        case Collective(body=body, states=n, gained=gained, risks=risks):
            verb = "теперь" if gained else "больше не"
            on = word(len(risks), "риску", "рискам", "рискам")
            return (
                f"{name(body)}: все {states_ru(n)} {verb} вместе {at} по {on}: "
                f"{', '.join(label(r) for r in risks)}."
            )
        case SteadyMoved(state=s, more=more, cells=cells):
            return (
                f"{name(s)} сохраняет две связи или больше {at}, но их стало "
                f"{'больше' if more else 'меньше'} {risks_after_po(len(cells))}: {moves(cells)}."
            )
    raise AssertionError(fact)  # pragma: no cover - every fact has a sentence
