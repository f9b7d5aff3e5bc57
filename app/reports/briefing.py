"""A scenario's briefing: everything a report shows, computed once; PDF and HTML from it.

PDF: A4 pages drawn with matplotlib, text as real (selectable, extractable) TrueType text,
"page n of N" on each. HTML: one self-contained file, figures as inline SVG with real
text, tables as tables.
"""

from __future__ import annotations

import html
import io
import textwrap
import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app import look
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
    cost_words,
    depth_words,
    rank_labels,
    self_reliance_line,
    tied_beyond,
)
from app.domain import Network, Scenario, ValidationError
from app.files.atomic import write_atomic
from app.reports import figures

if TYPE_CHECKING:
    from matplotlib.figure import Figure

Positions = Mapping[str, tuple[float, float]]
APP = "C6 Scenario Explorer"
TOP_CRITICAL = 8
A4 = (8.27, 11.69)  # inches


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


def metric_rows(b: Briefing) -> list[tuple[str, str, str, str]]:
    return [
        (m.label, look.number(m.before), look.number(m.after), look.signed(m.delta))
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
                link.status.value,
                "on" if on else "off",
                depth_words(b.network, lid),
            )
        )
    return rows


def critical_rows(b: Briefing) -> list[tuple[str, str, str]]:
    if len(b.network.actors) > RANK_MAX_ACTORS:
        return [
            (
                "—",
                "—",
                f"not ranked above {RANK_MAX_ACTORS} actors (it re-runs every path per link)",
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
    at = b.current.criteria.phrase
    own, covered = b.current.coverage.self_reliance
    return (
        f"Links covering each state's risks {at} ({b.current.criteria.lens.label}); the letter "
        "is the deepest cover: o operational, c coordination, d declaratory. Framed cells "
        f"changed from the baseline. Self-reliance: {self_reliance_line(own, covered, at)}."
    )


def headline(b: Briefing) -> str:
    n = len(b.switched)
    return (
        f"{b.network.name} · {n} link{'s' if n != 1 else ''} switched from the baseline · "
        f"made {b.made.astimezone().strftime('%Y-%m-%d %H:%M')} with {APP}"
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
        pages = [*_title_pages(b), _coverage_page(b), _links_page(b), *_source_pages(b)]
        out = io.BytesIO()
        meta = {"Title": f"Briefing: {b.scenario.name}", "Creator": APP, "CreationDate": None}
        with PdfPages(out, metadata=meta) as pdf:
            for i, fig in enumerate(pages, 1):
                fig.text(0.5, 0.02, f"Page {i} of {len(pages)}", ha="center", fontsize=8)
                fig.text(0.06, 0.02, b.scenario.name, fontsize=8, color="#555555")
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


def _page() -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=A4)


def _lines(
    fig: Figure, top: float, lines: list[tuple[str, float, str]], left: float = 0.07
) -> float:
    """Write (text, size, weight) lines down from `top` (figure fraction); the y below them."""
    y = top
    for text, size, weight in lines:
        fig.text(left, y, text, fontsize=size, fontweight=weight, va="top")
        y -= size * 1.45 / 72 / A4[1]
    return y


def _wrap(text: str, width: int = 100) -> list[str]:
    out: list[str] = []
    for para in text.splitlines() or [""]:
        out += textwrap.wrap(para, width, break_long_words=True) or [""]
    return out


LINE = 9 * 1.45 / 72 / A4[1]  # the height of a line of body text, as a figure fraction
PICTURE_MIN = 0.3  # the title page keeps at least this much of its height for the picture


def _title_pages(b: Briefing) -> list[Figure]:
    """The title page: notes, what changes, the network picture. A summary too long for the
    page goes on over pages of its own, every sentence kept."""
    head = [
        ("Briefing", 11, "normal"),
        (b.scenario.name, 20, "bold"),
        (headline(b), 8.5, "normal"),
        ("", 6, "normal"),
    ]
    if b.scenario.notes.strip():
        head.append(("Notes", 11, "bold"))
        head += [(t, 9, "normal") for t in _wrap(b.scenario.notes)[:14]]
        head.append(("", 6, "normal"))
    head.append(("What changes against the baseline", 11, "bold"))
    said = [f"• {s}" for s in b.summary] or ["The baseline: no link switched."]
    body = [line for s in said for line in _wrap(s)]
    fig = _page()
    y = _lines(fig, 0.95, head)
    room = max(0, int((y - 0.06 - PICTURE_MIN - 2 * LINE) / LINE))
    first, rest = body[:room], body[room:]
    if rest:
        first.append(f"(continued on page 2: {len(rest)} more lines)")
    y = _lines(fig, y, [(t, 9, "normal") for t in first])
    ax = fig.add_axes((0.05, 0.06, 0.9, min(0.55, y - 0.08)))
    figures.network_picture(ax, b.network, b.current.enabled, b.positions)
    pages = [fig]
    per_page = int((0.95 - 0.08) / LINE) - 2
    for start in range(0, len(rest), per_page):
        more = _page()
        title: list[tuple[str, float, str]] = [
            ("What changes against the baseline (continued)", 11, "bold")
        ]
        _lines(more, 0.95, title + [(t, 9, "normal") for t in rest[start : start + per_page]])
        pages.append(more)
    return pages


def _coverage_page(b: Briefing) -> Figure:
    fig = _page()
    below = _lines(
        fig,
        0.95,
        [
            ("Risk coverage", 14, "bold"),
            *[(t, 9, "normal") for t in _wrap(coverage_note(b))],
        ],
    )
    top = below - 0.02  # the matrix starts under the note, however many lines it took
    ax = fig.add_axes((0.14, top - 0.25, 0.8, 0.25))
    figures.coverage_heatmap(ax, b.network, b.base, b.current)
    _lines(fig, 0.43, [("Connectivity and cohesion", 14, "bold")])
    ax = fig.add_axes((0.07, 0.06, 0.86, 0.33))
    ax.axis("off")
    figures.table(
        ax, ("Figure", "Baseline", "Scenario", "Change"), metric_rows(b), (0.52, 0.16, 0.16, 0.16)
    )
    return fig


def _links_page(b: Briefing) -> Figure:
    fig = _page()
    _lines(fig, 0.95, [("Links switched from the baseline", 14, "bold")])
    rows = switched_rows(b) or [("—", "", "", "", "none: this is the baseline")]
    ax = fig.add_axes((0.07, 0.55, 0.86, 0.35))
    ax.axis("off")
    figures.table(
        ax,
        ("Link", "Between", "Status", "Now", "Depth by risk"),
        rows[:18],
        (0.16, 0.2, 0.12, 0.07, 0.45),
    )
    _lines(
        fig,
        0.5,
        [
            ("Most critical links in this scenario", 14, "bold"),
            *[
                (t, 9, "normal")
                for t in _wrap(
                    "What switching each off alone would cost: new gaps, then new single "
                    "points, then depth-weighted cover lost, then efficiency; = marks a "
                    "shared rank."
                )
            ],
        ],
    )
    ax = fig.add_axes((0.07, 0.1, 0.86, 0.33))
    ax.axis("off")
    figures.table(ax, ("Rank", "Link", "Cost if switched off"), critical_rows(b), (0.08, 0.2, 0.72))
    return fig


def _source_pages(b: Briefing) -> list[Figure]:
    lines: list[tuple[str, float, str]] = []
    for i, (source, cited_by) in enumerate(b.network.sources(), 1):
        wrapped = _wrap(f"[{i}] {source}", 105)
        lines += [(t, 8, "normal") for t in wrapped]
        lines += [(t, 7, "normal") for t in _wrap("      cited for " + ", ".join(cited_by), 120)]
    unsure = b.network.unverified()
    if unsure:
        said = _wrap("Marked unverified in the dataset: " + ", ".join(unsure), 100)
        lines += [("", 6, "normal")] + [(t, 8, "bold") for t in said]
    per_page = 62
    pages = []
    for start in range(0, max(len(lines), 1), per_page):
        fig = _page()
        head = [("Data sources", 14, "bold"), ("", 4, "normal")] if start == 0 else []
        _lines(fig, 0.95, head + lines[start : start + per_page])
        pages.append(fig)
    return pages


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
        fig.savefig(out, format="svg", metadata={"Date": None})
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
    said = b.summary or ("The baseline: no link switched.",)
    sources = "".join(
        f"<li>{esc(s)} <small>(cited for {esc(', '.join(by))})</small></li>"
        for s, by in b.network.sources()
    )
    unsure = b.network.unverified()
    notes = (
        f"<h2>Notes</h2><p>{esc(b.scenario.notes).replace(chr(10), '<br>')}</p>"
        if b.scenario.notes.strip()
        else ""
    )
    switched = (
        _table_html(("Link", "Between", "Status", "Now", "Depth by risk"), switched_rows(b))
        if b.switched
        else "<p>None: this is the baseline.</p>"
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Briefing: {esc(b.scenario.name)}</title>
<style>
body {{ font-family: sans-serif; max-width: 60rem; margin: 2rem auto; color: #1d232a; }}
table {{ border-collapse: collapse; margin: 0.5rem 0 1.5rem; }}
th, td {{ border: 1px solid #c8ccd2; padding: 0.25rem 0.6rem; text-align: left; }}
th {{ background: #eef0f3; }}
svg {{ max-width: 100%; height: auto; }}
small {{ color: #555; }}
</style></head><body>
<p>Briefing</p>
<h1>{esc(b.scenario.name)}</h1>
<p><small>{esc(headline(b))}</small></p>
{notes}
<h2>What changes against the baseline</h2>
<ul>{"".join(f"<li>{esc(s)}</li>" for s in said)}</ul>
<h2>The network</h2>
{net_svg}
<h2>Risk coverage</h2>
<p>{esc(coverage_note(b))}</p>
{cov_svg}
<h2>Connectivity and cohesion</h2>
{_table_html(("Figure", "Baseline", "Scenario", "Change"), metric_rows(b))}
<h2>Links switched from the baseline</h2>
{switched}
<h2>Most critical links in this scenario</h2>
{_table_html(("Rank", "Link", "Cost if switched off"), critical_rows(b))}
<h2>Data sources</h2>
<ol>{sources}</ol>
{f"<p><b>Marked unverified in the dataset:</b> {esc(', '.join(unsure))}</p>" if unsure else ""}
</body></html>
"""
