"""Layouts: every actor placed, deterministic, legible (no two nodes on top of each other)."""

from __future__ import annotations

import math

import pytest

from app.analysis.layout import SIZE, Layout, layout, merged
from app.domain import Network
from app.files.baseline import load_baseline
from app.look import NODE_RADIUS
from tests.bench.synthetic import synthetic_network


def min_gap(pos: dict[str, tuple[float, float]]) -> float:
    pts = list(pos.values())
    return min(math.dist(p, q) for i, p in enumerate(pts) for q in pts[i + 1 :])


@pytest.mark.parametrize("kind", list(Layout))
def test_every_actor_is_placed_apart_and_within_bounds(kind: Layout) -> None:
    net = load_baseline()
    pos = layout(net, kind)
    assert set(pos) == {a.id for a in net.actors}
    assert min_gap(pos) > SIZE * 0.05  # node shapes are ~50 units across
    assert all(abs(x) < SIZE and abs(y) < SIZE for x, y in pos.values())
    assert layout(net, kind) == pos  # same network, same picture


def too_close(net: Network, pos: dict[str, tuple[float, float]]) -> list[str]:
    """Pairs of nodes whose shapes come within a node's size of each other: the centres
    must be at least twice the two radii apart, room for both shapes and their labels."""
    radius = {a.id: NODE_RADIUS[a.kind] for a in net.actors}
    ids = sorted(pos)
    return [
        f"{a}-{b}: {math.dist(pos[a], pos[b]):.0f}"
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
        if math.dist(pos[a], pos[b]) < 2 * (radius[a] + radius[b]) - 1e-6
    ]


@pytest.mark.parametrize("kind", list(Layout))
def test_no_node_sits_on_another(kind: Layout) -> None:
    net = load_baseline()
    assert too_close(net, layout(net, kind)) == []


def test_geographic_keeps_states_apart_and_bodies_off_them() -> None:
    """Tashkent and Bishkek are 300 km apart, and SCO-RATS sits in Tashkent, CICA in
    Astana: on the map UZB covered KGZ and bodies covered their host states."""
    net = load_baseline()
    pos = layout(net, Layout.GEOGRAPHIC)
    state = NODE_RADIUS[net.actor("UZB").kind]
    assert math.dist(pos["UZB"], pos["KGZ"]) >= 4 * state
    states = [a.id for a in net.states]
    for actor in net.actors:
        if not actor.is_state:
            nearest = min(math.dist(pos[actor.id], pos[s]) for s in states)
            assert nearest >= 2 * (state + NODE_RADIUS[actor.kind]), actor.id
    # bodies keep the direction of their seat from the region: Moscow north-west,
    # Beijing east, New York west
    assert pos["CSTO"][0] < 0 and pos["CSTO"][1] < 0
    assert pos["SCO"][0] > max(pos[s][0] for s in states)
    assert pos["UN"][0] < min(pos[s][0] for s in states)


def test_radial_puts_states_inside() -> None:
    net = load_baseline()
    pos = layout(net, Layout.RADIAL)
    r = {a.id: math.hypot(*pos[a.id]) for a in net.actors}
    assert max(r[s.id] for s in net.states) < min(r[a.id] for a in net.actors if not a.is_state)


def test_geographic_keeps_west_and_east() -> None:
    pos = layout(load_baseline(), Layout.GEOGRAPHIC)
    assert pos["AZE"][0] < pos["TKM"][0] < pos["KGZ"][0]  # Baku, Ashgabat, Bishkek
    assert pos["KAZ"][1] < pos["TJK"][1]  # Astana north of Dushanbe (y grows downwards)
    assert pos["CMHS"][1] > max(pos[s][1] for s in ("KAZ", "TJK", "AZE"))  # no seat: below


def test_force_layout_depends_on_the_seed_only() -> None:
    net = synthetic_network(60, seed=1)
    a, b = layout(net, Layout.FORCE, seed=3), layout(net, Layout.FORCE, seed=3)
    assert a == b and layout(net, Layout.FORCE, seed=4) != a


def test_pinned_positions_win() -> None:
    base = {"A": (0.0, 0.0), "B": (1.0, 1.0)}
    assert merged(base, {"B": (5.0, 5.0)}) == {"A": (0.0, 0.0), "B": (5.0, 5.0)}


@pytest.mark.subprocess
def test_layouts_are_the_same_in_every_process() -> None:
    """String hashing differs between processes (PYTHONHASHSEED): no layout may depend on
    set order. A body linked to every state used to land on a side chosen by rounding."""
    import os
    import subprocess
    import sys

    code = (
        "import json; from app.files.baseline import load_baseline; "
        "from app.analysis.layout import layout, Layout; n = load_baseline(); "
        "print(json.dumps({k.value: {a: [round(x, 6), round(y, 6)] for a, (x, y) in "
        "sorted(layout(n, k).items())} for k in Layout}))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            check=True,
            timeout=120,
        ).stdout
        for seed in (1, 2, 3, 4, 5)
    }
    assert len(outputs) == 1
