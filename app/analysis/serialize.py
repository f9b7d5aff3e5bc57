"""Plain JSON-ready dictionaries of analysis results (the CLI's --json output)."""

from __future__ import annotations

from typing import Any

from app.analysis.criticality import LinkImpact
from app.analysis.diff import Diff
from app.analysis.evaluate import Evaluation


def evaluation_to_dict(ev: Evaluation) -> dict[str, Any]:
    c, cov = ev.connectivity, ev.coverage
    connectivity: dict[str, Any] = {
        "nodes": c.nodes,
        "edges": c.edges,
        "components": c.component_count,
        "component_members": [list(comp) for comp in c.components],
        "density": c.density,
        "average_shortest_path": c.average_shortest_path,
        "global_efficiency": c.global_efficiency,
        "algebraic_connectivity": c.algebraic_connectivity,
        "node_connectivity": c.node_connectivity,
        "edge_connectivity": c.edge_connectivity,
        "articulation_points": list(c.articulation_points),
        "bridges": [list(b) for b in c.bridges],
        "degree": c.degree,
        "betweenness": c.betweenness,
    }
    for key in c.skipped:  # left out on a network this big: null, and named
        connectivity[key] = None
    connectivity["skipped"] = list(c.skipped)
    return {
        "enabled_links": sorted(ev.enabled),
        "connectivity": connectivity,
        "cohesion": {
            "pairs": [
                {"a": p.a, "b": p.b, "count": p.count, "shared": list(p.shared)}
                for p in ev.cohesion.pairs
            ],
            "mean": ev.cohesion.mean,
            "groups": [list(g) for g in ev.cohesion.groups],
        },
        "coverage": {
            "threshold": cov.criteria.threshold.label,
            "lens": cov.criteria.lens.value,
            "matrix": cov.matrix,
            "depth": cov.depth,
            "own": cov.own,
            "self_reliance": dict(
                zip(("own_cells", "covered_cells"), cov.self_reliance, strict=True)
            ),
            "covering": {
                s: {r: list(ids) for r, ids in row.items()} for s, row in cov.covering.items()
            },
            "gaps": [{"state": s, "risk": r} for s, r in cov.gaps],
            "single_points": [
                {"state": s, "risk": r, "link": lk} for s, r, lk in cov.single_points
            ],
            "redundant": len(cov.redundant),
            "collective": {r: list(b) for r, b in cov.collective.items()},
        },
    }


def diff_to_dict(d: Diff, summary: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "switched_on": list(d.switched_on),
        "switched_off": list(d.switched_off),
        "metrics": {
            m.key: {"before": m.before, "after": m.after, "delta": m.delta, "improved": m.improved}
            for m in d.metrics
        },
        "coverage_changes": [
            {"state": c.state, "risk": c.risk, "before": c.before, "after": c.after}
            for c in d.cells
        ],
        "depth_changes": [
            {"state": c.state, "risk": c.risk, "before": c.before, "after": c.after}
            for c in d.depth_cells
        ],
        "new_gaps": [{"state": c.state, "risk": c.risk} for c in d.new_gaps],
        "closed_gaps": [{"state": c.state, "risk": c.risk} for c in d.closed_gaps],
        "new_single_points": [{"state": c.state, "risk": c.risk} for c in d.new_single_points],
        "inactive": list(d.inactive),
        "reactivated": list(d.reactivated),
        "articulation_points_added": list(d.articulation_points_added),
        "articulation_points_removed": list(d.articulation_points_removed),
        "bridges_added": [list(b) for b in d.bridges_added],
        "bridges_removed": [list(b) for b in d.bridges_removed],
        "cohesion_changes": [
            {"a": a, "b": b, "before": x, "after": y} for a, b, x, y in d.cohesion
        ],
        "collective_gained": {r: list(b) for r, b in d.collective_gained.items()},
        "collective_lost": {r: list(b) for r, b in d.collective_lost.items()},
        "summary": list(summary),
    }


def impacts_to_list(impacts: tuple[LinkImpact, ...]) -> list[dict[str, Any]]:
    return [
        {
            "rank": imp.rank,
            "link": imp.link_id,
            "new_gaps": [{"state": s, "risk": r} for s, r in imp.new_gaps],
            "new_single_points": [{"state": s, "risk": r} for s, r in imp.new_single_points],
            "cover_lost": imp.cover_lost,
            "cells_reduced": imp.cells_reduced,
            "components_after": imp.components_after,
            "efficiency_loss": imp.efficiency_loss,
        }
        for imp in impacts
    ]
