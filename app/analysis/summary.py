"""What a scenario changes, in plain sentences built from the numbers they state.

Every sentence is a direct reading of the diff: "loses redundancy" only where a cell went
from two or more links at the threshold to one, "gains cover" only from none, and so on
(tests/unit/test_summary.py parses each sentence back and checks it against the numbers).
Bodies are named, not given by id. Most serious first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.analysis.coverage import Lens
from app.analysis.criticality import LinkImpact
from app.analysis.diff import CellChange, Diff
from app.analysis.evaluate import Evaluation
from app.domain import Depth, Network

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
    return f"and {more} more tied at rank {last}" if more else ""


DEPTH_MARKS = "-dco"  # a depth as one letter, for tables: none, declaratory, coordination, ...


def share(own: int, covered: int) -> str:
    """own of covered as a whole percentage ('92%'); '' when nothing is covered."""
    return f"{round(100 * own / covered)}%" if covered else ""


def cost_words(imp: LinkImpact, components: int) -> str:
    """What switching the link off alone costs, in words: `components` is how many parts
    the scenario has already."""
    cost = []
    if imp.new_gaps:
        cost.append(plural(len(imp.new_gaps), "new gap"))
    if imp.new_single_points:
        cost.append(plural(len(imp.new_single_points), "new single point"))
    if imp.components_after > components:
        cost.append(f"splits it into {imp.components_after} parts")
    cost.append(f"cover lost {imp.cover_lost}")
    cost.append(f"efficiency −{imp.efficiency_loss:.3f}")
    return ", ".join(cost)


def depth_words(network: Network, link_id: str, *, labels: bool = False) -> str:
    """The risks a link covers with their depths, deepest first, then in the taxonomy's
    order: 'terrorism 3, drugs 2' (with `labels`, 'Terrorism 3, Drug trafficking 2')."""
    depths = network.depths(link_id)
    order = sorted(depths, key=lambda r: (-depths[r], network.risk_keys.index(r)))
    name = (lambda r: network.risk(r).label) if labels else (lambda r: r)
    return ", ".join(f"{name(r)} {int(depths[r])}" for r in order) or "none"


def self_reliance_line(own: int, covered: int, at: str) -> str:
    """The one-line self-reliance figure: how many of the covered state-risk cells the
    region's own mechanisms cover by themselves."""
    if not covered:
        return f"no state-risk cell is covered {at}"
    return (
        f"the region's own mechanisms cover {own} of the {covered} state-risk cells "
        f"covered {at} ({share(own, covered)})"
    )


def summarize(network: Network, base: Evaluation, current: Evaluation, d: Diff) -> tuple[str, ...]:
    """Plain-language sentences on what the scenario changes, most serious first."""
    name = {a.id: a.name for a in network.actors}
    label = {r.key: r.label.lower() for r in network.risks}
    at = current.criteria.phrase + _lens_phrase(current)
    n_states = len(current.coverage.states)
    out: list[str] = []

    def names(ids: Iterable[str]) -> str:
        return ", ".join(name[i] for i in ids)

    def bodies_of(link_ids: Iterable[str]) -> str:
        return "; ".join(_via(network, lid) for lid in link_ids)

    # how the states hang together (the headline)
    before, after = base.cohesion.groups, current.cohesion.groups
    if before != after:
        groups = " | ".join(names(g) for g in after)
        if len(after) == 1:
            out.append(f"The {count_word(n_states)} states now hang together {at}: one group.")
        elif len(before) == 1:
            out.append(
                f"The {count_word(n_states)} states no longer hang together {at}: "
                f"{len(after)} groups ({groups})."
            )
        else:
            out.append(f"The states now form {len(after)} groups {at} ({groups}).")
    if d.metric("components").delta > 0:
        cut_off = "; ".join(names(comp) for comp in current.connectivity.components[1:])
        parts = current.connectivity.component_count
        out.append(f"The network splits into {parts} parts; cut off: {cut_off}.")

    # cover lost and gained, cell by cell
    for c in d.new_gaps:
        had = base.coverage.covering[c.state][c.risk]
        out.append(
            f"{name[c.state]} loses all cover of {label[c.risk]} {at} "
            f"(it had {plural(len(had), 'link')}: {bodies_of(had)})."
        )
    for state, cells in _by_state(d.new_single_points, current):
        by_link: dict[str, list[str]] = {}  # the one link left -> the risks it alone covers
        for c in cells:
            by_link.setdefault(current.coverage.covering[c.state][c.risk][0], []).append(
                label[c.risk]
            )
        left = [f"{', '.join(risks)} ({bodies_of((lid,))})" for lid, risks in by_link.items()]
        out.append(
            f"{name[state]} loses redundancy on {plural(len(cells), 'risk')}, one link left "
            f"{at}: {'; '.join(left)}."
        )
    for c in d.closed_gaps:
        via = current.coverage.covering[c.state][c.risk]
        out.append(
            f"{name[c.state]} gains cover of {label[c.risk]} {at} "
            f"({plural(len(via), 'link')}: {bodies_of(via)})."
        )
    for state, cells in _by_state(d.gained_redundancy, current):
        risks = ", ".join(f"{label[c.risk]} {c.before}→{c.after}" for c in cells)
        out.append(
            f"{name[state]} gains redundancy on {plural(len(cells), 'risk')}, two or more "
            f"links {at}: {risks}."
        )

    # deeper or shallower cover
    for state, cells in _by_state(d.depth_cells, current):
        for verb, moved in (
            ("rises", [c for c in cells if c.after > c.before]),
            ("falls", [c for c in cells if c.after < c.before]),
        ):
            if moved:
                what = ", ".join(
                    f"{label[c.risk]} ({_depth(c.before)} → {_depth(c.after)})" for c in moved
                )
                out.append(
                    f"{name[state]}'s deepest cover {verb} on {plural(len(moved), 'risk')}: {what}."
                )

    # the weakest pair of states
    wb, wc = base.cohesion.weakest, current.cohesion.weakest
    if wb is not None and wc is not None and wb.count != wc.count:
        pairs = [f"{name[p.a]}–{name[p.b]}" for p in current.cohesion.pairs if p.count == wc.count]
        out.append(
            f"The weakest state pairs now share {wc.count} "
            f"{'body or link' if wc.count == 1 else 'bodies or links'} {at} "
            f"(was {wb.count}): {', '.join(pairs)}."
        )

    # structure
    for a in d.articulation_points_added:
        out.append(f"{name[a]} becomes a cut point: without it the network would split.")
    if d.inactive:
        out.append(f"Left with no enabled link (inactive): {names(d.inactive)}.")
    if d.reactivated:
        out.append(f"Active again: {names(d.reactivated)}.")
    everyone = f"all {count_word(n_states)} states"
    for verb, changes in (("no longer", d.collective_lost), ("now", d.collective_gained)):
        by_body: dict[str, list[str]] = {}
        for risk, bodies in changes.items():
            for body in bodies:
                by_body.setdefault(body, []).append(label[risk])
        for body, labels in by_body.items():
            out.append(
                f"In {name[body]}, {everyone} are {verb} together {at} on: {', '.join(labels)}."
            )

    # fewer or more links on cells that stay redundant
    steady = [c for c in d.cells if c.before >= 2 and c.after >= 2]
    for state, cells in _by_state(steady, current):
        for verb, moved in (
            ("fewer", [c for c in cells if c.after < c.before]),
            ("more", [c for c in cells if c.after > c.before]),
        ):
            if moved:
                what = ", ".join(f"{label[c.risk]} {c.before}→{c.after}" for c in moved)
                out.append(
                    f"{name[state]} keeps two or more links {at} but has {verb} on "
                    f"{plural(len(moved), 'risk')}: {what}."
                )
    return tuple(out)


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


def _lens_phrase(ev: Evaluation) -> str:
    lens = ev.criteria.lens
    return "" if lens is Lens.ALL else f" in {lens.label}"


def _by_state(cells: Iterable[CellChange], ev: Evaluation) -> list[tuple[str, list[CellChange]]]:
    """Cells grouped by state, in the order of the states and risks."""
    grouped: dict[str, list[CellChange]] = {}
    for c in cells:
        grouped.setdefault(c.state, []).append(c)
    return [(s, grouped[s]) for s in ev.coverage.states if s in grouped]
