"""Matplotlib drawings for reports: the network, the coverage heat map, tables. Each takes
an Axes; nothing here touches pyplot or Qt."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from app import look
from app.analysis import Evaluation
from app.analysis.summary import DEPTH_MARKS
from app.domain import ActorKind, Network

if TYPE_CHECKING:
    from matplotlib.axes import Axes

Draw = Callable[["Axes"], None]

_P = look.PRINT
KIND_STYLE = {  # marker, colour, size
    ActorKind.STATE: ("o", _P.kinds[ActorKind.STATE], 150),
    ActorKind.BODY: ("s", _P.kinds[ActorKind.BODY], 80),
    ActorKind.MECHANISM: ("D", _P.kinds[ActorKind.MECHANISM], 55),
    ActorKind.EXTERNAL_STATE: ("^", _P.kinds[ActorKind.EXTERNAL_STATE], 60),
}
LINK_ON, LINK_OFF, LINK_CANDIDATE = _P.link_on, _P.link_off, _P.link_candidate
GAP, SINGLE, REDUNDANT = _P.gap, _P.single, _P.redundant
number, signed = look.number, look.signed


def network_picture(
    ax: Axes,
    network: Network,
    enabled: Collection[str],
    positions: Mapping[str, tuple[float, float]],
) -> None:
    """Actors by kind (a body with no link on faded: inactive), links solid (on), pale
    (switched off) or dotted (off in the baseline), labelled, with a legend; y grows
    downwards as on the canvas."""
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    groups: dict[tuple[str, str], list[tuple[tuple[float, float], tuple[float, float]]]] = {}
    for link in network.links:
        on = link.id in enabled
        if on:
            style = (LINK_ON, "solid")
        elif link.enabled_in_baseline:
            style = (LINK_OFF, "solid")
        else:
            style = (LINK_CANDIDATE, "dotted")
        groups.setdefault(style, []).append((positions[link.source], positions[link.target]))
    for (color, dash), segments in sorted(groups.items()):
        width = 0.9 if color == LINK_ON else 0.7
        ax.add_collection(
            LineCollection(segments, colors=color, linewidths=width, linestyles=dash, zorder=1)
        )
    # a body with no link on is inactive: faded with a dashed outline, as on the canvas
    active = {
        end for lid in enabled for end in (network.link(lid).source, network.link(lid).target)
    }
    for kind, (marker, color, size) in KIND_STYLE.items():
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
                c=color,
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
                    xytext=(0, -9),
                    textcoords="offset points",
                    ha="center",
                    va="top",
                    fontsize=6.5,
                    fontweight="bold" if a.is_state else "normal",
                    color=_P.text if live else _P.muted,
                    zorder=3,
                )
    ax.set_aspect("equal")
    ax.invert_yaxis()
    ax.autoscale_view()
    ax.margins(0.06)
    ax.axis("off")
    legend = [
        Line2D(
            [],
            [],
            marker=m,
            color="none",
            markerfacecolor=c,
            markeredgecolor=_P.node_outline,
            markersize=6,
            label=label,
        )
        for label, (m, c, _) in (
            ("C6 state", KIND_STYLE[ActorKind.STATE]),
            ("Body", KIND_STYLE[ActorKind.BODY]),
            ("Mechanism", KIND_STYLE[ActorKind.MECHANISM]),
        )
    ] + [
        Line2D([], [], color=LINK_ON, label="Link on"),
        Line2D([], [], color=LINK_OFF, label="Switched off"),
        Line2D([], [], color=LINK_CANDIDATE, linestyle="dotted", label="Off in the baseline"),
    ]
    ax.legend(
        handles=legend,
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        ncol=6,
        fontsize=7,
        frameon=False,
    )


def coverage_heatmap(ax: Axes, network: Network, base: Evaluation, current: Evaluation) -> None:
    """States x risks: counts at the threshold with the deepest cover's letter, red gaps,
    orange single points, greens for redundancy; cells that changed from the baseline framed."""
    from matplotlib.colors import LinearSegmentedColormap
    from matplotlib.patches import Rectangle

    cov = current.coverage
    risks, states = cov.risks, cov.states
    counts = [[cov.count(s, r) for r in risks] for s in states]
    top = max((c for row in counts for c in row), default=2) or 2
    greens = LinearSegmentedColormap.from_list("c6", ["#c7e9c0", REDUNDANT])
    for i, s in enumerate(states):
        for j, r in enumerate(risks):
            c = counts[i][j]
            color = GAP if c == 0 else SINGLE if c == 1 else greens((c - 2) / max(top - 2, 1))
            ax.add_patch(Rectangle((j, i), 1, 1, facecolor=color, edgecolor="white", linewidth=1))
            dark = c == 0 or (c >= 2 and (c - 2) / max(top - 2, 1) > 0.45)
            mark = DEPTH_MARKS[cov.depth[s][r]]
            ax.text(
                j + 0.5,
                i + 0.5,
                f"{c}{' !' if c == 0 else ''} {mark}",
                ha="center",
                va="center",
                fontsize=8,
                color="white" if dark else "black",
            )
            if c != base.coverage.count(s, r):
                ax.add_patch(
                    Rectangle(
                        (j + 0.06, i + 0.06),
                        0.88,
                        0.88,
                        fill=False,
                        edgecolor="#111111",
                        linewidth=1.6,
                    )
                )
    label = {r.key: r.label for r in network.risks}
    ax.set_xlim(0, len(risks))
    ax.set_ylim(len(states), 0)
    ax.set_xticks(
        [j + 0.5 for j in range(len(risks))],
        [label[r] for r in risks],
        rotation=35,
        ha="right",
        fontsize=7,
    )
    ax.set_yticks([i + 0.5 for i in range(len(states))], list(states), fontsize=8)
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)


def table(
    ax: Axes, head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> None:
    """A plain table filling the Axes from the top; long cells are cut with an ellipsis."""
    cut = [
        [
            c if len(c) <= int(w * 92) else c[: int(w * 92) - 1] + "…"
            for c, w in zip(row, widths, strict=True)
        ]
        for row in rows
    ]
    t = ax.table(
        cellText=cut or [["" for _ in head]],
        colLabels=list(head),
        colWidths=list(widths),
        loc="upper center",
        cellLoc="left",
    )
    t.auto_set_font_size(False)
    t.set_fontsize(8)
    t.scale(1, 1.25)
    for (row, _), cell in t.get_celld().items():
        cell.set_edgecolor("#c8ccd2")
        if row == 0:
            cell.set_facecolor("#eef0f3")
            cell.get_text().set_fontweight("bold")
