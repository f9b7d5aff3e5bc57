"""Small real networks for tests, written compactly."""

from __future__ import annotations

from app.domain import Actor, ActorKind, Link, LinkStatus, Network, RiskCategory

RISKS = ("terrorism", "drugs", "cyber")


def network(
    states: str,
    bodies: str,
    links: list[tuple[str, str, str, str]],
    risks: tuple[str, ...] = RISKS,
) -> Network:
    """states/bodies: space-separated ids; links: (a, b, status, 'risk risk ...')."""
    actors = [Actor(s, s, ActorKind.STATE) for s in states.split()]
    actors += [Actor(b, b, ActorKind.BODY) for b in bodies.split()]
    return Network(
        name="test",
        actors=tuple(actors),
        links=tuple(
            Link(f"{a}:{b}", a, b, LinkStatus(status), risks=frozenset(r.split()))
            for a, b, status, r in links
        ),
        risks=tuple(RiskCategory(k, k.title()) for k in risks),
    )


def graph_network(n: int, edges: list[tuple[int, int]]) -> Network:
    """A network of n bodies named 0..n-1 joined by member links: for pure graph metrics."""
    return Network(
        name="graph",
        actors=tuple(Actor(str(i), str(i), ActorKind.BODY) for i in range(n)),
        links=tuple(Link(f"{a}:{b}", str(a), str(b), LinkStatus.MEMBER) for a, b in edges),
        risks=(),
    )
