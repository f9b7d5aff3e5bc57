"""A scenario's briefing: everything a report shows, computed once; PDF and HTML from it.

PDF: A4 pages drawn with matplotlib, text as real (selectable, extractable) TrueType text,
"page n of N" on each. HTML: one self-contained file, figures as inline SVG with real
text, tables as tables.
"""

from __future__ import annotations

import html
import io
import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import lang, look
from app.analysis import (
    DEFAULT_CRITERIA,
    RANK_MAX_ACTORS,
    Criteria,
    Diff,
    Evaluation,
    LinkImpact,
    criticality,
    diff,
    evaluate,
    summarize,
)
from app.analysis.summary import (
    at_words,
    cost_words,
    counted,
    depth_words,
    lens_words,
    rank_labels,
    self_reliance_line,
    tied_beyond,
)
from app.domain import Network, Scenario, ValidationError
from app.files.atomic import write_atomic
from app.lang import tr
from app.reports import figures, pages

Positions = Mapping[str, tuple[float, float]]
APP = "C6 Scenario Explorer"
TOP_CRITICAL = 8


@dataclass(frozen=True)
class Briefing:
    network: Network
    scenario: Scenario
    positions: Positions
    base: Evaluation
    current: Evaluation
    diff: Diff
    summary: tuple[str, ...]
    critical: tuple[LinkImpact, ...]
    made: datetime

    @property
    def switched(self) -> list[tuple[str, bool]]:
        """(link id, now on) for each link switched from the baseline."""
        return sorted(
            [(lid, True) for lid in self.diff.switched_on]
            + [(lid, False) for lid in self.diff.switched_off]
        )


def briefing(
    network: Network,
    scenario: Scenario,
    positions: Positions,
    made: datetime | None = None,
    criteria: Criteria = DEFAULT_CRITERIA,
) -> Briefing:
    base = evaluate(network, criteria=criteria)
    current = evaluate(network, scenario, base, criteria)
    d = diff(base, current)
    return Briefing(
        network=network,
        scenario=scenario,
        positions=positions,
        base=base,
        current=current,
        diff=d,
        summary=summarize(network, base, current, d),
        critical=(criticality(network, current) if len(network.actors) <= RANK_MAX_ACTORS else ()),
        made=made or datetime.now(UTC),
    )


def write_report(path: Path, b: Briefing) -> None:
    """Write the report as `path`'s suffix says: .pdf or .html."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        data = pdf_bytes(b)
    elif suffix in (".html", ".htm"):
        data = html_text(b).encode("utf-8")
    else:
        raise ValidationError(f"cannot write a report to '{path.name}': use .pdf or .html")
    write_atomic(path, data)


# ---- rows shared by both formats


def metric_head() -> tuple[str, ...]:
    return (tr("Figure"), tr("Baseline"), tr("Scenario"), tr("Change"))


SWITCHED_WIDTHS = {  # Russian's words are longer: "Сейчас", "наблюдатель"
    lang.Lang.EN: (0.17, 0.2, 0.12, 0.07, 0.44),
    lang.Lang.RU: (0.15, 0.19, 0.14, 0.09, 0.43),
}


def switched_head() -> tuple[str, ...]:
    return (tr("Link"), tr("Between"), tr("Status"), tr("Now"), tr("Depth by risk"))


def critical_head() -> tuple[str, ...]:
    return (tr("Rank"), tr("Link"), tr("Cost if switched off"))


def metric_rows(b: Briefing) -> list[tuple[str, str, str, str]]:
    return [
        (m.said, look.number(m.before), look.number(m.after), look.signed(m.delta))
        for m in b.diff.metrics
    ]


def switched_rows(b: Briefing) -> list[tuple[str, str, str, str, str]]:
    rows = []
    for lid, on in b.switched:
        link = b.network.link(lid)
        rows.append(
            (
                lid,
                f"{link.source} – {link.target}",
                lang.status_label(link.status),
                tr("on") if on else tr("off"),
                depth_words(b.network, lid, labels=lang.current() is not lang.Lang.EN),
            )
        )
    return rows


def critical_rows(b: Briefing) -> list[tuple[str, str, str]]:
    if len(b.network.actors) > RANK_MAX_ACTORS:
        return [
            (
                "—",
                "—",
                tr(
                    "not ranked above {n} actors (it re-runs every path per link)",
                    n=RANK_MAX_ACTORS,
                ),
            )
        ]
    ranks = rank_labels(b.critical)
    components = b.current.connectivity.component_count
    top = b.critical[:TOP_CRITICAL]
    rows = [(ranks[imp.link_id], imp.link_id, cost_words(imp, components)) for imp in top]
    if more := tied_beyond(b.critical, len(top)):
        rows.append(("", "", more))
    return rows


def coverage_note(b: Briefing) -> str:
    at = at_words(b.current.criteria)
    own, covered = b.current.coverage.self_reliance
    return tr(
        "Links covering each state's risks {at} ({lens}); the letter is the deepest cover: "
        "o operational, c coordination, d declaratory. Framed cells changed from the "
        "baseline. Self-reliance: {line}.",
        at=at,
        lens=lens_words(b.current.criteria.lens),
        line=self_reliance_line(own, covered, at),
    )


def headline(b: Briefing) -> str:
    links = counted(len(b.switched), ("link", "links"), ("связь", "связи", "связей"))
    return tr(
        "{network} · {links} switched from the baseline · made {when} with {app}",
        network=b.network.name,
        links=links,
        when=b.made.astimezone().strftime("%Y-%m-%d %H:%M"),
        app=APP,
    )


# ---- PDF


def pdf_bytes(b: Briefing) -> bytes:
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    # parse_math off: a "$" in a name is a dollar sign, not the start of a formula
    with (
        matplotlib.rc_context({"pdf.fonttype": 42, "font.size": 9, "text.parse_math": False}),
        _no_glyph_warnings(),
    ):
        flow = _flow(b, pages.LEADING)
        if len(flow.pages) > 1 and flow.filled() < LAST_PAGE_MIN:
            # a few lines left over: set the text a little closer rather than print a
            # near-empty page
            tighter = _flow(b, TIGHT_LEADING)
            if len(tighter.pages) < len(flow.pages):
                flow = tighter
        out = io.BytesIO()
        meta = {
            "Title": tr("Briefing: {name}", name=b.scenario.name),
            "Creator": APP,
            "CreationDate": None,
        }
        with PdfPages(out, metadata=meta) as pdf:
            n = len(flow.pages)
            for i, fig in enumerate(flow.pages, 1):
                page = tr("Page {i} of {n}", i=i, n=n)
                fig.text(0.5, 0.02, page, ha="center", fontsize=8, color=_P.text)
                fig.text(
                    pages.LEFT / pages.W,
                    0.02,
                    _one_line(b.scenario.name),
                    fontsize=8,
                    color=_P.muted,
                )
                pdf.savefig(fig)
    return out.getvalue()


@contextmanager
def _no_glyph_warnings() -> Iterator[None]:
    """A character the font lacks is drawn as a box; matplotlib's warning about it would
    reach a user's terminal as noise around the one line they asked for."""
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message="Glyph .* missing from font", category=UserWarning
        )
        yield


_P = look.PRINT
LAST_PAGE_MIN = 0.25  # a last page less full than this is set again, closer
TIGHT_LEADING = 1.22
PICTURE_MIN = 0.45  # the network picture takes at least this share of a page's height
PICTURE_MAX = 0.62
STATE_COLUMN = 36.0  # points for the state names left of the heat map
CELL_H = 19.0  # points: a heat map row


def _one_line(text: str, width: float = 200.0) -> str:
    lines = pages.wrap(text, width, 8)
    return lines[0] + ("…" if len(lines) > 1 else "")


def _flow(b: Briefing, leading: float) -> pages.Flow:
    """The whole briefing poured into pages: each part follows the last on the same page
    when it fits, so no page is left with a line or two on it."""
    flow = pages.Flow(leading)
    flow.text(tr("Briefing"), 11)
    for line in pages.wrap(b.scenario.name, pages.WIDTH, 20, bold=True):
        flow.text(line, 20, "bold")
    flow.paragraph(headline(b), 8.5)
    if b.scenario.notes.strip():
        flow.heading(tr("Notes"), 11, keep=3 * flow.line_height(9))
        flow.continued = tr("Notes (continued)")
        flow.paragraph(b.scenario.notes)
    flow.heading(tr("What changes against the baseline"), 11, keep=3 * flow.line_height(9))
    flow.continued = tr("What changes against the baseline (continued)")
    for sentence in [f"• {s}" for s in b.summary] or [tr("The baseline: no link switched.")]:
        flow.paragraph(sentence)
    flow.continued = ""
    if _picture_height(flow, b) is None and _coverage_height(flow, b) <= flow.room():
        # the picture would go to the next page and leave this one half empty: the
        # coverage matrix, which fits here, comes first
        _coverage(flow, b)
        _picture(flow, b)
    else:
        _picture(flow, b)
        _coverage(flow, b)
    flow.heading(tr("Connectivity and cohesion"), keep=60)
    flow.table(metric_head(), metric_rows(b), (0.52, 0.16, 0.16, 0.16))
    flow.heading(tr("Links switched from the baseline"), keep=60)
    flow.table(
        switched_head(),
        switched_rows(b) or [("—", "", "", "", tr("none: this is the baseline"))],
        SWITCHED_WIDTHS[lang.current()],
    )
    flow.heading(tr("Most critical links in this scenario"), keep=90)
    flow.paragraph(
        tr(
            "What switching each off alone would cost: new gaps, then new single points, "
            "then depth-weighted cover lost, then efficiency; = marks a shared rank."
        )
    )
    flow.table(critical_head(), critical_rows(b), (0.08, 0.2, 0.72))
    _sources(flow, b)
    return flow


LEGEND_H = figures.LEGEND_ROWS * 7 * 1.6 + 10  # points under the picture for its legend


def _picture_want(b: Briefing) -> float:
    xs = [x for x, _ in b.positions.values()] or [0.0]
    ys = [y for _, y in b.positions.values()] or [0.0]
    aspect = (max(ys) - min(ys)) / max(max(xs) - min(xs), 1e-9)
    full = pages.H - pages.TOP - pages.BOTTOM
    return min(pages.WIDTH * min(max(aspect, 0.5), 1.4), PICTURE_MAX * full)


def _picture_height(flow: pages.Flow, b: Briefing) -> float | None:
    """The picture's height on this page, or None when what is left would make it small."""
    want = _picture_want(b)
    room = flow.room() - LEGEND_H - 8
    full = pages.H - pages.TOP - pages.BOTTOM
    return min(want, room) if room >= min(want, PICTURE_MIN * full) else None


def _picture(flow: pages.Flow, b: Briefing) -> None:
    """The network as large as the column allows; on the next page, full size, when what
    is left of this one would make it small."""
    height = _picture_height(flow, b)
    if height is None:
        flow.new_page()
        height = _picture_want(b)
    flow.gap(8)
    ax = flow.axes(height)
    figures.network_picture(ax, b.network, b.current.enabled, b.positions)
    flow.y -= LEGEND_H


def _coverage_height(flow: pages.Flow, b: Briefing) -> float:
    risks = b.current.coverage.risks
    labels = figures.heatmap_label_height(b.network, risks, pages.WIDTH - STATE_COLUMN)
    rows = len(b.current.coverage.states) * CELL_H
    note = pages.wrap(coverage_note(b), pages.WIDTH, 9)
    return flow.line_height(14) + 14 + len(note) * flow.line_height(9) + 4 + labels + rows


def _coverage(flow: pages.Flow, b: Briefing) -> None:
    risks = b.current.coverage.risks
    width = pages.WIDTH - STATE_COLUMN
    labels = figures.heatmap_label_height(b.network, risks, width)
    rows = len(b.current.coverage.states) * CELL_H
    flow.heading(tr("Risk coverage"), keep=_coverage_height(flow, b) - flow.line_height(14) - 14)
    flow.paragraph(coverage_note(b))
    flow.gap(4)
    flow.ensure(labels + rows)
    flow.y -= labels
    ax = flow.axes(rows, width=width, left=pages.LEFT + STATE_COLUMN)
    figures.coverage_heatmap(ax, b.network, b.base, b.current)


def _sources(flow: pages.Flow, b: Briefing) -> None:
    flow.heading(tr("Data sources"), keep=2 * flow.line_height(8))
    flow.continued = tr("Data sources (continued)")
    for i, (source, cited_by) in enumerate(b.network.sources(), 1):
        for line in pages.wrap(f"[{i}] {source}", pages.WIDTH, 8):
            flow.text(line, 8)
        cited = tr("cited for {ids}", ids=", ".join(cited_by))
        for line in pages.wrap(cited, pages.WIDTH - 16, 7):
            flow.text(line, 7, color=_P.muted, indent=16)
    unsure = b.network.unverified()
    if unsure:
        flow.gap(6)
        said = tr("Marked unverified in the dataset: {ids}", ids=", ".join(unsure))
        for line in pages.wrap(said, pages.WIDTH, 8, bold=True):
            flow.text(line, 8, "bold")
    flow.continued = ""


# ---- HTML


def _svg(draw: figures.Draw, size: tuple[float, float]) -> str:
    import matplotlib
    from matplotlib.figure import Figure

    with (
        matplotlib.rc_context(
            {"svg.fonttype": "none", "svg.hashsalt": "c6", "font.size": 9, "text.parse_math": False}
        ),
        _no_glyph_warnings(),
    ):
        fig = Figure(figsize=size)
        draw(fig.add_axes((0.06, 0.06, 0.9, 0.88)))
        out = io.StringIO()
        # tight: the figure grows to take in every label, the legend below the network
        # and the risk names above the heat map
        fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight", pad_inches=0.1)
    text = out.getvalue()
    return text[text.index("<svg") :]


def _table_html(head: tuple[str, ...], rows: Sequence[Sequence[str]]) -> str:
    esc = html.escape
    th = "".join(f"<th>{esc(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def html_text(b: Briefing) -> str:
    esc = html.escape
    net_svg = _svg(
        lambda ax: figures.network_picture(ax, b.network, b.current.enabled, b.positions), (9, 7)
    )
    cov_svg = _svg(lambda ax: figures.coverage_heatmap(ax, b.network, b.base, b.current), (9, 4))
    said = b.summary or (tr("The baseline: no link switched."),)
    sources = "".join(
        f"<li>{esc(s)} <small>({esc(tr('cited for {ids}', ids=', '.join(by)))})</small></li>"
        for s, by in b.network.sources()
    )
    unsure = b.network.unverified()
    notes = (
        f"<h2>{esc(tr('Notes'))}</h2><p>{esc(b.scenario.notes).replace(chr(10), '<br>')}</p>"
        if b.scenario.notes.strip()
        else ""
    )
    switched = (
        _table_html(switched_head(), switched_rows(b))
        if b.switched
        else f"<p>{esc(tr('None: this is the baseline.'))}</p>"
    )
    unverified = (
        f"<p><b>{esc(tr('Marked unverified in the dataset: {ids}', ids=''))}</b>"
        f"{esc(', '.join(unsure))}</p>"
        if unsure
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="{lang.current().value}"><head><meta charset="utf-8">
<title>{esc(tr("Briefing: {name}", name=b.scenario.name))}</title>
<style>
body {{ font-family: sans-serif; max-width: 60rem; margin: 2rem auto; color: {_P.text};
  background: {_P.canvas}; }}
table {{ border-collapse: collapse; margin: 0.5rem 0 1.5rem; }}
th, td {{ border: 1px solid {pages.RULE}; padding: 0.25rem 0.6rem; text-align: left; }}
th {{ background: {pages.HEAD_FILL}; }}
svg {{ max-width: 100%; height: auto; }}
small {{ color: {_P.muted}; }}
</style></head><body>
<p>{esc(tr("Briefing"))}</p>
<h1>{esc(b.scenario.name)}</h1>
<p><small>{esc(headline(b))}</small></p>
{notes}
<h2>{esc(tr("What changes against the baseline"))}</h2>
<ul>{"".join(f"<li>{esc(s)}</li>" for s in said)}</ul>
<h2>{esc(tr("The network"))}</h2>
{net_svg}
<h2>{esc(tr("Risk coverage"))}</h2>
<p>{esc(coverage_note(b))}</p>
{cov_svg}
<h2>{esc(tr("Connectivity and cohesion"))}</h2>
{_table_html(metric_head(), metric_rows(b))}
<h2>{esc(tr("Links switched from the baseline"))}</h2>
{switched}
<h2>{esc(tr("Most critical links in this scenario"))}</h2>
{_table_html(critical_head(), critical_rows(b))}
<h2>{esc(tr("Data sources"))}</h2>
<ol>{sources}</ol>
{unverified}
</body></html>
"""
