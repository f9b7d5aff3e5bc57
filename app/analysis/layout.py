"""Node layouts for the canvas: geographic, radial and force-directed, in scene units.

Pure functions of the network (and a seed), so the same network always gets the same
picture; the canvas scales nothing itself. States sit near the middle in every layout.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from enum import StrEnum

import numpy as np

from app.domain import ActorKind, Network, ValidationError

Positions = dict[str, tuple[float, float]]

SIZE = 900.0  # the layouts fill roughly a SIZE x SIZE square around (0, 0)
FORCE_MAX_ACTORS = 1_500  # the force layout holds n x n arrays: ~5 s and ~150 MB here


class Layout(StrEnum):
    GEOGRAPHIC = "geographic"
    RADIAL = "radial"
    FORCE = "force"

    @property
    def label(self) -> str:
        return {"geographic": "Geographic", "radial": "Radial", "force": "Force-directed"}[
            self.value
        ]


def layout(network: Network, kind: Layout, seed: int = 6) -> Positions:
    if kind is Layout.GEOGRAPHIC:
        return geographic(network)
    if kind is Layout.RADIAL:
        return radial(network)
    return force_directed(network, seed=seed)


def _neighbours(network: Network) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {a.id: set() for a in network.actors}
    for lk in network.links:
        out[lk.source].add(lk.target)
        out[lk.target].add(lk.source)
    return out


def radial(network: Network) -> Positions:
    """States on an inner circle; each other actor on an outer ring, at the mean angle of
    the states it links to (so its links stay short), spread apart evenly."""
    states = [a.id for a in network.states]
    pos: Positions = {}
    inner = SIZE * 0.17
    angle: dict[str, float] = {}
    for i, s in enumerate(states):
        a = -math.pi / 2 + 2 * math.pi * i / max(len(states), 1)
        angle[s] = a
        pos[s] = (inner * math.cos(a), inner * math.sin(a))
    nbrs = _neighbours(network)
    rings: dict[ActorKind, list[str]] = {}
    for actor in network.actors:
        if not actor.is_state:
            rings.setdefault(actor.kind, []).append(actor.id)
    radius = {
        ActorKind.MECHANISM: SIZE * 0.33,
        ActorKind.BODY: SIZE * 0.46,
        ActorKind.EXTERNAL_STATE: SIZE * 0.56,
    }
    for kind, ids in rings.items():
        wanted = {}
        for actor_id in ids:
            # Circular mean of the linked states' angles, summed in a fixed order: a body
            # linked to every state has a mean of ~0 whose direction is rounding noise, and
            # set order (string hashing) differs between runs. No clear direction: below.
            linked = sorted(angle[s] for s in nbrs[actor_id] if s in angle)
            x, y = sum(math.cos(a) for a in linked), sum(math.sin(a) for a in linked)
            wanted[actor_id] = math.atan2(y, x) if math.hypot(x, y) > 1e-6 else math.pi / 2
        order = sorted(ids, key=lambda x: (wanted[x], x))
        start = wanted[order[0]] if order else 0.0
        r = radius.get(kind, SIZE * 0.46)
        for i, actor_id in enumerate(order):  # even spacing, in the wanted order
            a = start + 2 * math.pi * i / len(order)
            pos[actor_id] = (r * math.cos(a), r * math.sin(a))
    return pos


def geographic(network: Network) -> Positions:
    """Seats projected around the states' centre, far seats pulled in (log distance), shared
    seats fanned out; actors without a seat in a row below the map."""
    placed = [a for a in network.actors if a.lat is not None and a.lon is not None]
    if not placed:
        return radial(network)
    states = [a for a in placed if a.is_state] or placed
    lat0 = sum(a.lat or 0.0 for a in states) / len(states)
    lon0 = sum(a.lon or 0.0 for a in states) / len(states)
    k = math.cos(math.radians(lat0))
    raw: dict[str, tuple[float, float]] = {}
    for a in placed:
        x = (float(a.lon or 0.0) - lon0) * k
        y = -(float(a.lat or 0.0) - lat0)
        d = math.hypot(x, y)
        if d > 0:  # degrees -> log-compressed distance, keeping the direction
            scale = 9.0 * math.log1p(d / 9.0) / d
            x, y = x * scale, y * scale
        raw[a.id] = (x, y)
    spread = max(max(abs(x), abs(y)) for x, y in raw.values()) or 1.0
    unit = SIZE * 0.45 / spread
    pos: Positions = {}
    by_spot: dict[tuple[float, float], list[str]] = {}
    for actor_id, (x, y) in raw.items():
        by_spot.setdefault((round(x, 3), round(y, 3)), []).append(actor_id)
    for (x, y), ids in by_spot.items():
        for i, actor_id in enumerate(ids):  # fan out actors that share a seat
            if len(ids) == 1:
                pos[actor_id] = (x * unit, y * unit)
            else:
                turn = 2 * math.pi * i / len(ids) - math.pi / 4
                pos[actor_id] = (x * unit + 34 * math.cos(turn), y * unit + 34 * math.sin(turn))
    ids = list(pos)
    xy = np.array([pos[a] for a in ids])
    _spread_out(xy, min_gap=SIZE * 0.07)  # neighbouring capitals would overlap otherwise
    pos = {a: (float(xy[i, 0]), float(xy[i, 1])) for i, a in enumerate(ids)}
    unplaced = [a.id for a in network.actors if a.id not in pos]
    if unplaced:
        bottom = max(y for _, y in pos.values()) + 90
        per_row = 8
        for i, actor_id in enumerate(unplaced):
            row, col = divmod(i, per_row)
            n_row = min(per_row, len(unplaced) - row * per_row)
            pos[actor_id] = ((col - (n_row - 1) / 2) * 105, bottom + row * 70)
    return pos


def force_directed(
    network: Network,
    *,
    seed: int = 6,
    iterations: int | None = None,
    start: Positions | None = None,
) -> Positions:
    """Fruchterman-Reingold from the radial layout (plus a seeded nudge): the same network
    always gives the same picture, and a small edit moves nodes only a little."""
    ids = [a.id for a in network.actors]
    n = len(ids)
    if n > FORCE_MAX_ACTORS:  # each step weighs every pair: minutes and gigabytes beyond
        raise ValidationError(
            f"the force layout is drawn for networks of up to {FORCE_MAX_ACTORS:,} actors "
            f"(this one has {n:,}): use the radial or geographic layout"
        )
    if n < 3:
        return radial(network)
    first = start or radial(network)
    rng = np.random.default_rng(seed)
    xy = np.array([first.get(i, (0.0, 0.0)) for i in ids], dtype=float) / SIZE
    xy += rng.normal(scale=0.01, size=xy.shape)
    index = {a: i for i, a in enumerate(ids)}
    adj = np.zeros((n, n))
    for lk in network.links:
        u, v = index[lk.source], index[lk.target]
        weight = 1.0 if lk.enabled_in_baseline else 0.3
        adj[u, v] = adj[v, u] = max(adj[u, v], weight)
    k = 1.8 / math.sqrt(n)  # ideal edge length; larger than textbook, since hubs pull hard
    steps = iterations or (150 if n <= 200 else 60)
    temperature = 0.1
    for _ in range(steps):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.hypot(delta[..., 0], delta[..., 1])
        np.fill_diagonal(dist, 1.0)
        dist = np.maximum(dist, 0.01)
        force = k * k / dist**2 - adj * dist / k  # repulsion minus attraction, over distance
        np.fill_diagonal(force, 0.0)
        disp = np.einsum("ij,ijk->ik", force, delta)
        length = np.maximum(np.hypot(disp[:, 0], disp[:, 1]), 1e-9)
        xy += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        xy -= xy.mean(axis=0)
        temperature *= 0.96
    span = float(np.percentile(np.abs(xy), 98)) or 1.0  # one outlier must not shrink the rest
    xy *= SIZE * 0.42 / span
    _spread_out(xy, min_gap=SIZE * 0.075)
    return {a: (float(xy[i, 0]), float(xy[i, 1])) for i, a in enumerate(ids)}


def _spread_out(xy: np.ndarray, min_gap: float, rounds: int = 60) -> None:
    """Push apart nodes closer than `min_gap` (in place), so shapes and labels do not overlap."""
    n = len(xy)
    if n > 600:  # the pairwise pass is quadratic; big networks are read zoomed in anyway
        return
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.hypot(delta[..., 0], delta[..., 1])
        np.fill_diagonal(dist, np.inf)
        close = dist < min_gap
        if not close.any():
            return
        safe = np.where(close, np.maximum(dist, 1e-6), 1.0)
        push = np.where(close, (min_gap - safe) / 2 / safe, 0.0)
        xy += np.einsum("ij,ijk->ik", push, delta) * 0.5


def merged(
    base: Mapping[str, tuple[float, float]], moved: Mapping[str, tuple[float, float]]
) -> Positions:
    """A layout with the nodes a user moved kept where they were put."""
    return {a: moved.get(a, xy) for a, xy in base.items()}


def placed(
    network: Network, kind: Layout, pins: Mapping[str, tuple[float, float]]
) -> tuple[Positions, str]:
    """Where every surface draws each actor: the layout of `kind` with the actors a user
    pinned where they were put, and a note when the network is too big for that layout
    (then it is drawn radially)."""
    try:
        base, note = layout(network, kind), ""
    except ValidationError as exc:
        base, note = radial(network), f"{exc}. Drawn radially."
    return merged(base, pins), note
