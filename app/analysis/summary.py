"""What a scenario changes, in plain sentences built from the numbers they state.

Every sentence is a direct reading of the diff: "loses redundancy" only where a cell went
from two or more links at the threshold to one, "gains cover" only from none, and so on
(tests/unit/test_summary.py parses each sentence back and checks it against the numbers).
Bodies are named, not given by id. Most serious first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app import lang
from app.analysis.coverage import Criteria, Lens
from app.analysis.criticality import LinkImpact
from app.analysis.diff import CellChange, Diff
from app.analysis.evaluate import Evaluation
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
    facts,
)
from app.domain import Depth, Network
from app.lang import Lang, tr

_COUNT_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def count_word(n: int) -> str:
    return _COUNT_WORDS[n] if 0 <= n < len(_COUNT_WORDS) else str(n)


def plural(n: int, word: str) -> str:
    if n == 1:
        return f"{n} {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"


def rank_labels(impacts: Sequence[LinkImpact]) -> dict[str, str]:
    """link id -> its rank as a table shows it: "=2" where links share the rank."""
    count: dict[int, int] = {}
    for imp in impacts:
        count[imp.rank] = count.get(imp.rank, 0) + 1
    return {
        imp.link_id: f"={imp.rank}" if count[imp.rank] > 1 else str(imp.rank) for imp in impacts
    }


def tied_beyond(impacts: Sequence[LinkImpact], shown: int) -> str:
    """What a list cut after `shown` links leaves unsaid of the last rank shown: 'and 3 more
    tied at rank 8', or '' when the cut falls between ranks."""
    if not 0 < shown < len(impacts):
        return ""
    last = impacts[shown - 1].rank
    more = sum(1 for imp in impacts[shown:] if imp.rank == last)
    return tr("and {more} more tied at rank {last}", more=more, last=last) if more else ""


def counted(n: int, en: tuple[str, str], ru: tuple[str, str, str]) -> str:
    """`n` with its word in the current language: English (one, other), Russian (one, few,
    many)."""
    return lang.plural(n, *ru) if lang.current() is Lang.RU else lang.plural(n, *en)


def at_words(criteria: Criteria) -> str:
    """The threshold as a sentence says it, in the current language: 'at coordination depth
    or deeper'."""
    if lang.current() is Lang.RU:
        from app.analysis.summary_ru import threshold_ru

        return threshold_ru(criteria)
    return criteria.phrase


def lens_words(lens: Lens) -> str:
    """Which mechanisms are counted, in the current language: 'all mechanisms'."""
    if lang.current() is Lang.RU:
        from app.analysis.summary_ru import LENS

        return LENS[lens]
    return lens.label


def depth_word(depth: int) -> str:
    """A depth's name in the current language: 'coordination'."""
    if lang.current() is Lang.RU:
        from app.analysis.summary_ru import DEPTH

        return DEPTH[Depth(depth)]
    return Depth(depth).label


def share(own: int, covered: int) -> str:
    """own of covered as a whole percentage ('92%'); '' when nothing is covered."""
    return f"{round(100 * own / covered)}%" if covered else ""


def cost_words(imp: LinkImpact, components: int) -> str:
    """What switching the link off alone costs, in words: `components` is how many parts
    the scenario has already."""
    cost = []
    if imp.new_gaps:
        cost.append(
            counted(
                len(imp.new_gaps),
                ("new gap", "new gaps"),
                ("новый пробел", "новых пробела", "новых пробелов"),
            )
        )
    if imp.new_single_points:
        cost.append(
            counted(
                len(imp.new_single_points),
                ("new single point", "new single points"),
                (
                    "новая единственная точка",
                    "новые единственные точки",
                    "новых единственных точек",
                ),
            )
        )
    if imp.components_after > components:
        cost.append(tr("splits it into {n} parts", n=imp.components_after))
    cost.append(tr("cover lost {n}", n=imp.cover_lost))
    cost.append(tr("efficiency −{x}", x=lang.decimal(f"{imp.efficiency_loss:.3f}")))
    return ", ".join(cost)


def depth_words(network: Network, link_id: str, *, labels: bool = False) -> str:
    """The risks a link covers with their depths, deepest first, then in the taxonomy's
    order: 'terrorism 3, drugs 2' (with `labels`, 'Terrorism 3, Drug trafficking 2')."""
    depths = network.depths(link_id)
    order = sorted(depths, key=lambda r: (-depths[r], network.risk_keys.index(r)))
    name = (lambda r: lang.risk_label(network.risk(r))) if labels else (lambda r: r)
    return ", ".join(f"{name(r)} {int(depths[r])}" for r in order) or tr("none")


def self_reliance_line(own: int, covered: int, at: str) -> str:
    """The one-line self-reliance figure: how many of the covered state-risk cells the
    region's own mechanisms cover by themselves."""
    if not covered:
        return tr("no state-risk cell is covered {at}", at=at)
    return tr(
        "the region's own mechanisms cover {own} of the {covered} state-risk cells "
        "covered {at} ({share})",
        own=own,
        covered=covered,
        at=at,
        share=share(own, covered),
    )


def summarize(
    network: Network,
    base: Evaluation,
    current: Evaluation,
    d: Diff,
    language: Lang | None = None,
) -> tuple[str, ...]:
    """Plain-language sentences on what the scenario changes, most serious first, in
    `language` (default: the current one)."""
    said = facts(base, current, d)
    if (language or lang.current()) is Lang.RU:
        from app.analysis.summary_ru import say_ru

        return tuple(say_ru(f, network, current.criteria) for f in said)
    return tuple(_say(f, network, current.criteria) for f in said)


def _say(fact: Fact, network: Network, criteria: Criteria) -> str:
    """One fact as an English sentence."""
    name = {a.id: a.name for a in network.actors}
    label = {r.key: r.label.lower() for r in network.risks}
    at = criteria.phrase + ("" if criteria.lens is Lens.ALL else f" in {criteria.lens.label}")

    def names(ids: Iterable[str]) -> str:
        return ", ".join(name[i] for i in ids)

    def bodies_of(link_ids: Iterable[str]) -> str:
        return "; ".join(_via(network, lid) for lid in link_ids)

    def moves(cells: Iterable[CellChange]) -> str:
        return ", ".join(f"{label[c.risk]} {c.before}→{c.after}" for c in cells)

    match fact:
        case Joined(states=n):
            return f"The {count_word(n)} states now hang together {at}: one group."
        case Parted(states=n, groups=groups):
            said = " | ".join(names(g) for g in groups)
            return (
                f"The {count_word(n)} states no longer hang together {at}: "
                f"{len(groups)} groups ({said})."
            )
        case Regrouped(groups=groups):
            said = " | ".join(names(g) for g in groups)
            return f"The states now form {len(groups)} groups {at} ({said})."
        case Split(parts=parts, cut_off=cut_off):
            said = "; ".join(names(comp) for comp in cut_off)
            return f"The network splits into {parts} parts; cut off: {said}."
        case GapOpened(state=s, risk=r, had=had):
            return (
                f"{name[s]} loses all cover of {label[r]} {at} "
                f"(it had {plural(len(had), 'link')}: {bodies_of(had)})."
            )
        case RedundancyLost(state=s, risks=k, left=left):
            what = "; ".join(
                f"{', '.join(label[r] for r in risks)} ({bodies_of((lid,))})" for lid, risks in left
            )
            return f"{name[s]} loses redundancy on {plural(k, 'risk')}, one link left {at}: {what}."
        case GapClosed(state=s, risk=r, via=via):
            return (
                f"{name[s]} gains cover of {label[r]} {at} "
                f"({plural(len(via), 'link')}: {bodies_of(via)})."
            )
        case RedundancyGained(state=s, cells=cells):
            return (
                f"{name[s]} gains redundancy on {plural(len(cells), 'risk')}, two or more "
                f"links {at}: {moves(cells)}."
            )
        case DepthMoved(state=s, up=up, cells=cells):
            what = ", ".join(
                f"{label[c.risk]} ({_depth(c.before)} → {_depth(c.after)})" for c in cells
            )
            verb = "rises" if up else "falls"
            return f"{name[s]}'s deepest cover {verb} on {plural(len(cells), 'risk')}: {what}."
        case WeakestPairs(count=k, was=was, pairs=pairs):
            return (
                f"The weakest state pairs now share {k} "
                f"{'body or link' if k == 1 else 'bodies or links'} {at} "
                f"(was {was}): {', '.join(f'{name[a]}–{name[b]}' for a, b in pairs)}."
            )
        case CutPoint(actor=a):
            return f"{name[a]} becomes a cut point: without it the network would split."
        case Inactive(bodies=ids):
            return f"Left with no enabled link (inactive): {names(ids)}."
        case Reactivated(bodies=ids):
            return f"Active again: {names(ids)}."
        case Collective(body=body, states=n, gained=gained, risks=risks):
            verb = "now" if gained else "no longer"
            return (
                f"In {name[body]}, all {count_word(n)} states are {verb} together {at} on: "
                f"{', '.join(label[r] for r in risks)}."
            )
        case SteadyMoved(state=s, more=more, cells=cells):
            return (
                f"{name[s]} keeps two or more links {at} but has "
                f"{'more' if more else 'fewer'} on {plural(len(cells), 'risk')}: {moves(cells)}."
            )
    raise AssertionError(fact)  # pragma: no cover - every fact has a sentence


def _via(network: Network, link_id: str) -> str:
    """A covering link as a sentence names it: its body (or the other state)."""
    link = network.link(link_id)
    body = network.body_of(link)
    return (
        body.name
        if body is not None
        else f"{network.actor(link.source).name}–" + (network.actor(link.target).name)
    )


def _depth(d: int) -> str:
    return Depth(d).label
