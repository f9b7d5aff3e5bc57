"""Matplotlib drawings for reports: the network, the coverage heat map, tables. Each takes
an Axes; nothing here touches pyplot or Qt."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from app import lang, look
from app.analysis import Evaluation
from app.domain import ActorKind, Network
from app.lang import tr
from app.reports import pages

if TYPE_CHECKING:
    from matplotlib.axes import Axes

Draw = Callable[["Axes"], None]

_P = look.PRINT
KIND_STYLE = {  # marker and area (points squared) of each kind; colours from app.look
    ActorKind.STATE: ("o", 150),
    ActorKind.BODY: ("s", 80),
    ActorKind.MECHANISM: ("D", 55),
    ActorKind.EXTERNAL_STATE: ("^", 60),
}
LINK_WIDTH = {"on": 0.9, "off": 0.7, "candidate": 0.8}
number, signed = look.number, look.signed


def _link_look(on: bool, in_baseline: bool) -> tuple[str, str]:
    """A link's colour as the canvas paints it: on, switched off, or off in the baseline."""
    if on:
        return "on", _P.link_on
    return ("off", _P.link_off) if in_baseline else ("candidate", _P.link_candidate)


def network_picture(
    ax: Axes,
    network: Network,
    enabled: Collection[str],
    positions: Mapping[str, tuple[float, float]],
    label_size: float = 6.5,
) -> None:
    """The canvas's picture in matplotlib: actors by kind (a body with no link on faded:
    inactive), links coloured by on / switched off / off in the baseline and drawn solid,
    dashed or dotted by status (app.look), labels on a halo over the links, a legend below;
    y grows downwards as on the canvas."""
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    groups: dict[tuple[str, str, str], list[tuple[tuple[float, float], tuple[float, float]]]] = {}
    for link in network.links:
        state, color = _link_look(link.id in enabled, link.enabled_in_baseline)
        line = look.LINK_LINE[link.status].value
        groups.setdefault((state, color, line), []).append(
            (positions[link.source], positions[link.target])
        )
    order = {"off": 0, "candidate": 1, "on": 2}  # links on drawn over the rest
    for (state, color, line), segments in sorted(groups.items(), key=lambda g: order[g[0][0]]):
        ax.add_collection(
            LineCollection(
                segments,
                colors=color,
                linewidths=LINK_WIDTH[state],
                linestyles=line,
                zorder=1 + order[state] / 10,
            )
        )
    # a body with no link on is inactive: faded with a dashed outline, as on the canvas
    active = {
        end for lid in enabled for end in (network.link(lid).source, network.link(lid).target)
    }
    halo = {"boxstyle": "round,pad=0.12", "facecolor": _P.canvas, "edgecolor": "none"}
    for kind, (marker, size) in KIND_STYLE.items():
        for live in (True, False):
            actors = [
                a
                for a in network.actors
                if a.kind is kind and (a.is_state or a.id in active) == live
            ]
            if not actors:
                continue
            xs = [positions[a.id][0] for a in actors]
            ys = [positions[a.id][1] for a in actors]
            ax.scatter(
                xs,
                ys,
                s=size,
                marker=marker,
                c=_P.kinds[kind],
                edgecolors=_P.node_outline,
                linewidths=0.6,
                linestyle="solid" if live else "dashed",
                alpha=1.0 if live else 0.3,
                zorder=2,
            )
            for a, x, y in zip(actors, xs, ys, strict=True):
                ax.annotate(
                    a.id,
                    (x, y),
                    xytext=(0, -(size**0.5) / 2 - 2),
                    textcoords="offset points",
                    ha="center",
                    va="top",
                    fontsize=label_size,
                    fontweight="bold" if a.is_state else "normal",
                    color=_P.text if live else _P.muted,
                    bbox={**halo, "alpha": 0.85 if live else 0.5},
                    zorder=3,
                )
    ax.set_aspect("equal")
    ax.invert_yaxis()
    ax.autoscale_view()
    ax.margins(0.06)
    ax.axis("off")
    kinds = [k for k in KIND_STYLE if any(a.kind is k for a in network.actors)]
    legend = [
        Line2D(
            [],
            [],
            marker=KIND_STYLE[k][0],
            color="none",
            markerfacecolor=_P.kinds[k],
            markeredgecolor=_P.node_outline,
            markersize=6,
            label=look.kind_label(k),
        )
        for k in kinds
    ] + [
        Line2D([], [], color=color, linestyle=line.value, label=label)
        for label, color, line in legend_lines()
    ]
    ax.legend(
        handles=legend,
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        ncol=4,
        fontsize=7,
        frameon=False,
    )


def legend_lines() -> tuple[tuple[str, str, look.Line], ...]:
    """The canvas's legend rows for links, in the same words (in the current language)."""
    return (
        (tr("Member"), _P.link_on, look.Line.SOLID),
        (tr("Observer, partner, guest"), _P.link_on, look.Line.DASHED),
        (tr("Candidate, suspended, withdrawn"), _P.link_candidate, look.Line.DOTTED),
        (tr("Switched off"), _P.link_off, look.Line.SOLID),
    )


LEGEND_ROWS = 2  # the legend's rows under the picture, at ncol=4 for up to 8 entries


def risk_labels(
    network: Network, risks: Sequence[str], column: float
) -> tuple[list[str], float, bool]:
    """Each risk's name wrapped whole to fit a `column` points wide, the font size, and
    whether it stands upright: across the column while its longest word fits at a readable
    size, else turned a quarter (Russian's long words: "взаимосвязанность") at full size,
    wrapped over lines as long as that word. No name cut, shortened or broken in a word."""
    label = {r.key: lang.risk_label(r) for r in network.risks}
    words = [w for r in risks for w in label[r].split()] or ["x"]
    widest = max(pages.text_width(w, HEAT_LABEL_POINTS) for w in words)
    size = min(HEAT_LABEL_POINTS, HEAT_LABEL_POINTS * (column - 6) / widest)
    if size >= HEAT_LABEL_FLOOR:
        return [("\n".join(pages.wrap(label[r], column - 4, size))) for r in risks], size, False
    line = max(widest + 2, HEAT_TURNED_LINE)
    turned = ["\n".join(pages.wrap(label[r], line, HEAT_LABEL_POINTS)) for r in risks]
    lines = max(t.count("\n") + 1 for t in turned)
    size = min(HEAT_LABEL_POINTS, (column - 4) / (lines * 1.15 * 1.2))  # the lines side by side
    return turned, size, True


HEAT_LABEL_POINTS = 7.0
HEAT_LABEL_FLOOR = 5.5  # below this a name across its column is too small to read
HEAT_TURNED_LINE = 72.0  # points: a turned name's line, at least


def coverage_heatmap(ax: Axes, network: Network, base: Evaluation, current: Evaluation) -> None:
    """States x risks: counts at the threshold with the deepest cover's letter, gaps,
    single points and shades of redundancy in app.look's colours; cells that changed from
    the baseline framed; each risk's name whole, wrapped over its column."""
    from matplotlib.patches import Rectangle

    cov = current.coverage
    risks, states = cov.risks, cov.states
    counts = [[cov.count(s, r) for r in risks] for s in states]
    for i, s in enumerate(states):
        for j, r in enumerate(risks):
            c = counts[i][j]
            color = look.heat(_P, c)
            ax.add_patch(Rectangle((j, i), 1, 1, facecolor=color, edgecolor=_P.canvas, linewidth=1))
            mark = lang.depth_mark(cov.depth[s][r])
            ax.text(
                j + 0.5,
                i + 0.5,
                f"{c}{' !' if c == 0 else ''} {mark}",
                ha="center",
                va="center",
                fontsize=8,
                color=look.ink_on(color, _P),
            )
            if c != base.coverage.count(s, r):
                ax.add_patch(
                    Rectangle(
                        (j + 0.06, i + 0.06),
                        0.88,
                        0.88,
                        fill=False,
                        edgecolor=_P.text,
                        linewidth=1.6,
                    )
                )
    ax.set_xlim(0, len(risks))
    ax.set_ylim(len(states), 0)
    fig = ax.get_figure(root=True)
    assert fig is not None
    column = ax.get_position().width * fig.get_size_inches()[0] * 72 / max(len(risks), 1)
    ax.xaxis.tick_top()
    labels, size, turned = risk_labels(network, risks, column)
    ax.set_xticks(
        [j + 0.5 for j in range(len(risks))],
        labels,
        fontsize=size,
        linespacing=1.15,
        color=_P.text,
        rotation=90 if turned else 0,
        va="bottom",
        ha="center",
        multialignment="left" if turned else "center",
    )
    ax.set_yticks([i + 0.5 for i in range(len(states))], list(states), fontsize=8, color=_P.text)
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)


def heatmap_label_height(network: Network, risks: Sequence[str], width: float) -> float:
    """Points the risk names take above a heat map `width` points wide."""
    labels, size, turned = risk_labels(network, risks, width / max(len(risks), 1))
    if turned:  # as long as its longest line
        return max(pages.text_width(line, size) for t in labels for line in t.split("\n")) + 6
    lines = max((t.count("\n") + 1 for t in labels), default=1)
    return lines * size * 1.15 * 1.2 + 6
