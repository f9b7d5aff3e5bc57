"""The network with a scenario's link states, for other tools.

GraphML and GEXF carry every attribute (name in Russian, kind, seat, coordinates, membership class,
mandate; status, enabled, depth by risk, years, sources) so that Gephi, Cytoscape, igraph
and networkx read the same graph; CSV holds the links table and the state x risk coverage
matrix. Parallel links stay separate edges
(a multigraph keyed by link id). Every file is written atomically.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.analysis import Evaluation
from app.domain import Network, Scenario, ValidationError
from app.files.atomic import write_atomic
from app.files.network_csv import SEP, SafeWriter, actors_csv, depths_cell, links_csv
from app.lang import tr

if TYPE_CHECKING:
    import networkx as nx

Positions = Mapping[str, tuple[float, float]]


class Table(StrEnum):
    LINKS = "links"
    COVERAGE = "coverage"
    ACTORS = "actors"


def scenario_graph(network: Network, scenario: Scenario, positions: Positions) -> nx.MultiGraph:
    """Every actor and every link (switched off ones too, `enabled` False), with attributes
    of plain types only; None values are left out rather than written as empty strings."""
    import networkx as nx

    enabled = network.enabled_links(scenario)
    base = network.baseline_enabled()
    g = nx.MultiGraph(name=network.name, scenario=scenario.name)
    for actor in network.actors:
        x, y = positions.get(actor.id, (0.0, 0.0))
        attrs: dict[str, Any] = {
            "label": actor.id,
            "name": actor.name,
            "name_ru": actor.name_ru,
            "kind": actor.kind.value,
            "seat": actor.seat,
            "x": float(x),
            "y": float(y),
            "description": actor.description,
            "sources": SEP.join(actor.sources),
            "membership": actor.membership.value if actor.membership else "",
            "outside": SEP.join(actor.outside),
            "mandate": SEP.join(f"{g.risk}:{int(g.depth)}" for g in actor.mandate),
        }
        if actor.lat is not None and actor.lon is not None:
            attrs.update(lat=float(actor.lat), lon=float(actor.lon))
        g.add_node(actor.id, **attrs)
    for link in network.links:
        attrs = {
            "id": link.id,
            "status": link.status.value,
            "enabled": link.id in enabled,
            "enabled_in_baseline": link.id in base,
            "switched": (link.id in enabled) != (link.id in base),
            "depths": depths_cell(network, link.id),
            "membership": network.membership_of(link.id).value,
            "confidence": link.confidence.value,
            "sources": SEP.join(link.sources),
            "note": link.note,
        }
        if link.since is not None:
            attrs["since"] = link.since
        if link.until is not None:
            attrs["until"] = link.until
        g.add_edge(link.source, link.target, key=link.id, **attrs)
    return g


def write_graphml(path: Path, network: Network, scenario: Scenario, positions: Positions) -> None:
    import networkx as nx

    out = io.BytesIO()
    nx.write_graphml(scenario_graph(network, scenario, positions), out, encoding="utf-8")
    write_atomic(path, out.getvalue())


def write_gexf(path: Path, network: Network, scenario: Scenario, positions: Positions) -> None:
    """GEXF 1.2 with viz positions and colours, which Gephi draws as they are."""
    import networkx as nx

    g = scenario_graph(network, scenario, positions)
    for _, attrs in g.nodes(data=True):
        attrs["viz"] = {
            "position": {"x": attrs["x"], "y": -attrs["y"], "z": 0.0},  # Gephi's y points up
            "size": 12.0 if attrs["kind"] == "state" else 8.0,
        }
    for _, _, attrs in g.edges(data=True):
        grey = 40 if attrs["enabled"] else 190
        attrs["viz"] = {"color": {"r": grey, "g": grey, "b": grey + 20, "a": 1.0}}
    out = io.BytesIO()
    nx.write_gexf(g, out, encoding="utf-8")
    write_atomic(path, out.getvalue())


def coverage_csv(network: Network, evaluation: Evaluation) -> str:
    """One row per state, one column per risk: how many enabled links cover it at the
    evaluation's threshold depth, through its lens."""
    cov = evaluation.coverage
    out = io.StringIO()
    w = SafeWriter(out)
    w.writerow(("state", *cov.risks))
    for state in cov.states:
        w.writerow((state, *(cov.count(state, r) for r in cov.risks)))
    return out.getvalue()


def write_csv(path: Path, text: str) -> None:
    write_atomic(path, text.encode("utf-8"))


NETWORK_FORMATS = (".graphml", ".gexf", ".csv")
PICTURE_FORMATS = (".png", ".svg", ".pdf")  # drawn by app.ui.picture (Qt)


def export_network(
    path: Path,
    network: Network,
    scenario: Scenario,
    positions: Positions,
    evaluation: Evaluation | None = None,
    table: Table = Table.LINKS,
) -> None:
    """Write `path` in the format its suffix names (see NETWORK_FORMATS); `evaluation` (of
    `scenario`) is needed for the coverage table only."""
    suffix = path.suffix.lower()
    if suffix == ".graphml":
        write_graphml(path, network, scenario, positions)
    elif suffix == ".gexf":
        write_gexf(path, network, scenario, positions)
    elif suffix == ".csv":
        if table is Table.LINKS:
            write_csv(path, links_csv(network, scenario))
        elif table is Table.ACTORS:
            write_csv(path, actors_csv(network))
        elif evaluation is None:
            raise ValidationError(tr("the coverage table needs the scenario evaluated"))
        else:
            write_csv(path, coverage_csv(network, evaluation))
    else:
        raise ValidationError(
            tr(
                "cannot export to '{name}': use {formats}",
                name=path.name,
                formats=", ".join(NETWORK_FORMATS),
            )
        )
