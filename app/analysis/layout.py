"""Node layouts for the canvas: geographic, radial and force-directed, in scene units.

Pure functions of the network (and a seed), so the same network always gets the same
picture; the canvas scales nothing itself. States sit near the middle in every layout.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from enum import StrEnum

import numpy as np

from app.domain import Actor, ActorKind, Network, ValidationError
from app.look import NODE_RADIUS

Positions = dict[str, tuple[float, float]]

SIZE = 900.0  # the layouts fill roughly a SIZE x SIZE square around (0, 0)
MAP_RADIUS = SIZE * 0.27  # geographic: the states' seats fill a square this far from the middle
RING_INNER, RING_OUTER = SIZE * 0.38, SIZE * 0.5  # ... and other seats a ring around them
STATE_GAP = SIZE * 0.14  # ... states at least this far apart (Tashkent to Bishkek is 300 km)
EVEN_SHARE = 0.6  # how far each seat on the ring moves from its bearing to even spacing
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
    """The states as on a map, filling the middle; bodies and mechanisms with a seat on a
    ring around them, in the direction of their seat (far seats further out, by log
    distance); nodes then nudged apart; actors without a seat in a row below the map.

    Seats are too close for a literal map: Tashkent and Bishkek are 300 km apart, and many
    bodies sit in a C6 capital (SCO-RATS in Tashkent, CICA in Astana)."""
    placed = [a for a in network.actors if a.lat is not None and a.lon is not None]
    if not placed:
        return radial(network)
    core = [a for a in placed if a.is_state] or placed
    lat0 = sum(float(a.lat or 0.0) for a in core) / len(core)
    lon0 = sum(float(a.lon or 0.0) for a in core) / len(core)
    k = math.cos(math.radians(lat0))

    def offset(a: Actor) -> tuple[float, float]:  # degrees east and south of the centre
        return (float(a.lon or 0.0) - lon0) * k, -(float(a.lat or 0.0) - lat0)

    pos: Positions = {}
    core_xy = {a.id: offset(a) for a in core}
    spread = max(max(abs(x), abs(y)) for x, y in core_xy.values()) or 1.0
    for actor_id, (x, y) in core_xy.items():
        pos[actor_id] = (x * MAP_RADIUS / spread, y * MAP_RADIUS / spread)
    ids = {a.id for a in core}
    around = [a for a in placed if a.id not in ids]
    polar = {}
    for a in around:
        x, y = offset(a)
        polar[a.id] = (math.atan2(y, x) if math.hypot(x, y) > 1e-9 else -math.pi / 2, x, y)
    far = max((math.hypot(x, y) for _, x, y in polar.values()), default=1.0) or 1.0
    # By bearing alone, a dozen European seats crowd the west and the east stays empty:
    # each goes part of the way to an even spacing around the ring, in bearing order
    # (seats shared, as Moscow's, part by their ids).
    ring = sorted(polar, key=lambda i: (polar[i][0], i))
    even = [2 * math.pi * i / max(len(ring), 1) for i in range(len(ring))]
    turn = math.atan2(  # the even spacing turned to fit the bearings best
        sum(math.sin(polar[a][0] - e) for a, e in zip(ring, even, strict=True)),
        sum(math.cos(polar[a][0] - e) for a, e in zip(ring, even, strict=True)),
    )
    for actor_id, e in zip(ring, even, strict=True):
        bearing, x, y = polar[actor_id]
        angle = bearing + EVEN_SHARE * _wrap(turn + e - bearing)
        out = math.log1p(math.hypot(x, y) / 9.0) / math.log1p(far / 9.0)
        r = RING_INNER + (RING_OUTER - RING_INNER) * out
        pos[actor_id] = (r * math.cos(angle), r * math.sin(angle))
    order = sorted(pos)
    xy = np.array([pos[a] for a in order])
    gaps = _min_distances(network, order)
    is_state = np.array([network.actor(a).is_state for a in order])
    both = is_state[:, None] & is_state[None, :]
    gaps[both] = np.maximum(gaps[both], STATE_GAP)  # the states are what the map is read for
    _spread_out(xy, gaps)
    pos = {a: (float(xy[i, 0]), float(xy[i, 1])) for i, a in enumerate(order)}
    unplaced = [a for a in network.actors if a.id not in pos]
    if unplaced:
        biggest = max(NODE_RADIUS.get(a.kind, 24.0) for a in unplaced)
        dx, dy = max(135.0, 4 * biggest + 10), max(70.0, 4 * biggest)
        bottom = max(y for _, y in pos.values()) + 90
        per_row = 8
        for i, actor in enumerate(unplaced):
            row, col = divmod(i, per_row)
            n_row = min(per_row, len(unplaced) - row * per_row)
            pos[actor.id] = ((col - (n_row - 1) / 2) * dx, bottom + row * dy)
    return pos


def _wrap(angle: float) -> float:
    """The same angle in [-pi, pi)."""
    return (angle + math.pi) % (2 * math.pi) - math.pi


def _min_distances(network: Network, ids: list[str]) -> np.ndarray:
    """How far apart each pair of centres stays: twice the two radii, room for both shapes
    and the labels beneath them."""
    radius = np.array([NODE_RADIUS.get(network.actor(i).kind, 24.0) for i in ids])
    out: np.ndarray = 2.0 * (radius[:, None] + radius[None, :])
    return out


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
    _spread_out(xy, np.maximum(_min_distances(network, ids), SIZE * 0.075))
    return {a: (float(xy[i, 0]), float(xy[i, 1])) for i, a in enumerate(ids)}


def _spread_out(xy: np.ndarray, min_gap: np.ndarray) -> None:
    """Push apart nodes closer than `min_gap[i, j]` (in place), each pair by half what it
    lacks a round, so shapes and labels do not overlap and the picture keeps its shape."""
    n = len(xy)
    if n > 600:  # the pairwise pass is quadratic; big networks are read zoomed in anyway
        return
    rounds = 300 if n <= 100 else 60  # small ones until none is short; big ones as before
    for i in range(1, n):  # nodes on one spot have no direction to part in: give them one
        while (np.abs(xy[:i] - xy[i]).sum(axis=1) < 1e-6).any():
            xy[i] += (math.cos(i), math.sin(i))
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.hypot(delta[..., 0], delta[..., 1])
        np.fill_diagonal(dist, np.inf)
        close = dist < min_gap * 1.001  # a hair over, so the last round leaves none short
        if not close.any():
            return
        safe = np.where(close, np.maximum(dist, 1e-6), 1.0)
        push = np.where(close, (min_gap * 1.01 - safe) / 2 / safe, 0.0)
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
