"""Cut structure: components, articulation points, bridges, node and edge connectivity.

Exact, with cheap answers first: a disconnected graph has connectivity 0, a cut vertex or
bridge makes it 1, and kappa == min degree settles lambda. Otherwise unit-capacity
augmenting paths, each search stopped once it can no longer lower the best cut so far.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from itertools import combinations

from app.analysis.graph import Graph


def components(g: Graph) -> list[list[int]]:
    """Connected components, largest first (ties by smallest member)."""
    seen = [False] * g.n
    out: list[list[int]] = []
    for start in range(g.n):
        if seen[start]:
            continue
        seen[start] = True
        comp = [start]
        queue = deque([start])
        while queue:
            for v in g.adj[queue.popleft()]:
                if not seen[v]:
                    seen[v] = True
                    comp.append(v)
                    queue.append(v)
        out.append(sorted(comp))
    out.sort(key=lambda c: (-len(c), c[0]))
    return out


@dataclass(frozen=True)
class CutVertices:
    articulation_points: frozenset[int]
    bridges: frozenset[tuple[int, int]]  # (u, v) with u < v


def cut_vertices(g: Graph) -> CutVertices:
    """Articulation points and bridges in one iterative depth-first search (Tarjan)."""
    disc = [-1] * g.n
    low = [0] * g.n
    points: set[int] = set()
    bridges: set[tuple[int, int]] = set()
    clock = 0
    for root in range(g.n):
        if disc[root] >= 0:
            continue
        disc[root] = low[root] = clock
        clock += 1
        root_children = 0
        stack: list[tuple[int, int, list[int]]] = [(root, -1, sorted(g.adj[root]))]
        while stack:
            u, parent, todo = stack[-1]
            if todo:
                v = todo.pop()
                if disc[v] < 0:
                    disc[v] = low[v] = clock
                    clock += 1
                    if u == root:
                        root_children += 1
                    stack.append((v, u, sorted(g.adj[v])))
                elif v != parent:
                    low[u] = min(low[u], disc[v])
                continue
            stack.pop()
            if parent >= 0:
                low[parent] = min(low[parent], low[u])
                if low[u] > disc[parent]:
                    bridges.add((min(u, parent), max(u, parent)))
                if parent != root and low[u] >= disc[parent]:
                    points.add(parent)
        if root_children > 1:
            points.add(root)
    return CutVertices(frozenset(points), frozenset(bridges))


def node_connectivity(
    g: Graph, connected: bool, cuts: CutVertices, bounds: tuple[int, int] | None = None
) -> int:
    """Fewest nodes whose removal disconnects the graph (Esfahanian-Hakimi over local flows).

    `bounds` (lo, hi), when known to hold, cut the work short: one switched edge moves kappa
    by at most one, so a neighbouring scenario's kappa bounds this one's.
    """
    n = g.n
    if n <= 1 or not connected:
        return 0
    degrees = [len(a) for a in g.adj]
    if min(degrees) == n - 1:
        return n - 1  # complete graph
    if cuts.articulation_points:
        return 1
    lo, hi = bounds if bounds is not None else (1, n)
    v = min(range(n), key=lambda i: (degrees[i], i))
    best = min(degrees[v], hi)
    if best <= lo:
        return best
    pairs = [(v, w) for w in range(n) if w != v and w not in g.adj[v]]
    pairs += [(x, y) for x, y in combinations(sorted(g.adj[v]), 2) if y not in g.adj[x]]
    for x, y in pairs:
        if len(g.adj[x] & g.adj[y]) < best:  # else `best` two-hop paths already exist
            best = min(best, _local_node_connectivity(g, x, y, best))
            if best <= lo:
                break
    return best


def edge_connectivity(g: Graph, connected: bool, cuts: CutVertices, kappa: int) -> int:
    """Fewest edges whose removal disconnects the graph."""
    n = g.n
    if n <= 1 or not connected:
        return 0
    if cuts.bridges:
        return 1
    best = min(len(a) for a in g.adj)
    if kappa >= best:
        return best  # kappa <= lambda <= min degree
    for w in range(1, n):
        best = min(best, _local_edge_connectivity(g, 0, w, best))
    return best


def _local_node_connectivity(g: Graph, s: int, t: int, cutoff: int) -> int:
    """Vertex-disjoint s-t paths (s, t not adjacent), counting no further than `cutoff`.

    Nodes are split into (u, IN) and (u, OUT) joined by a unit arc; `through` holds the split
    nodes carrying a path, `flow` the edge arcs out(u) -> in(v) that carry one.
    """
    IN, OUT = 0, 1
    flow: set[tuple[int, int]] = set()
    through: set[int] = set()
    # Common neighbours give disjoint two-hop paths at once, and a greedy pass disjoint
    # three-hop ones s-a-b-t; augment only beyond them (any disjoint paths are a valid flow
    # to start from, and reaching `cutoff` needs no search at all).
    paths = 0
    for x in sorted(g.adj[s] & g.adj[t])[:cutoff]:
        flow.update(((s, x), (x, t)))
        through.add(x)
        paths += 1
    if paths < cutoff:
        ends = {s, t}
        for a in sorted(g.adj[s] - through):
            if paths >= cutoff:
                break
            if a in through:  # taken as a b by an earlier path
                continue
            for b in sorted(g.adj[a] & g.adj[t]):
                if b not in through and b not in ends and b != a:
                    flow.update(((s, a), (a, b), (b, t)))
                    through.update((a, b))
                    paths += 1
                    break
    while paths < cutoff:
        start = (s, OUT)
        parent: dict[tuple[int, int], tuple[int, int] | None] = {start: None, (s, IN): None}
        queue = deque([start])
        goal = (t, IN)
        while queue and goal not in parent:
            u, side = queue.popleft()
            steps: list[tuple[int, int]] = []
            if side == OUT:
                steps.extend((v, IN) for v in g.adj[u] if (u, v) not in flow)
                if u in through:
                    steps.append((u, IN))
            elif u != t:
                if u not in through:
                    steps.append((u, OUT))
                steps.extend((v, OUT) for v in g.adj[u] if (v, u) in flow)
            for nxt in steps:
                if nxt not in parent:
                    parent[nxt] = (u, side)
                    queue.append(nxt)
        if goal not in parent:
            break
        node: tuple[int, int] = goal
        while (prev := parent[node]) is not None:
            (pu, ps), (xu, _) = prev, node
            if pu == xu:
                (through.add if ps == IN else through.discard)(pu)
            elif ps == OUT:
                flow.add((pu, xu))
            else:
                flow.discard((xu, pu))
            node = prev
        paths += 1
    return paths


def _local_edge_connectivity(g: Graph, s: int, t: int, cutoff: int) -> int:
    """Edge-disjoint s-t paths, counting no further than `cutoff`."""
    flow: dict[tuple[int, int], int] = {}
    paths = 0
    for x in sorted(g.adj[s] & g.adj[t])[:cutoff]:
        flow[(s, x)] = flow[(x, t)] = 1
        flow[(x, s)] = flow[(t, x)] = -1
        paths += 1
    while paths < cutoff:
        parent: dict[int, int] = {s: s}
        queue = deque([s])
        while queue and t not in parent:
            u = queue.popleft()
            for v in g.adj[u]:
                if v not in parent and flow.get((u, v), 0) < 1:
                    parent[v] = u
                    queue.append(v)
        if t not in parent:
            break
        v = t
        while v != s:
            u = parent[v]
            flow[(u, v)] = flow.get((u, v), 0) + 1
            flow[(v, u)] = flow.get((v, u), 0) - 1
            v = u
        paths += 1
    return paths
