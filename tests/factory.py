"""Small real networks for tests, written compactly."""

from __future__ import annotations

from collections.abc import Mapping

from app.domain import (
    Actor,
    ActorKind,
    Basis,
    Depth,
    Grade,
    Link,
    LinkStatus,
    Membership,
    Network,
    RiskCategory,
)

RISKS = ("terrorism", "drugs", "cyber")


def grades(spec: str) -> tuple[Grade, ...]:
    """'terrorism drugs:3 cyber:0' -> grades; a risk without a depth is at 2 (coordination).
    Each is sourced (to a made-up address), so it may exceed what a link's status allows."""
    out = []
    for token in spec.split():
        risk, _, depth = token.partition(":")
        source = (f"https://example.org/{risk}",)
        out.append(Grade(risk, Depth(int(depth) if depth else 2), Basis.SOURCED, "test", source))
    return tuple(out)


def network(
    states: str,
    bodies: str,
    links: list[tuple[str, str, str, str]],
    risks: tuple[str, ...] = RISKS,
    mandates: Mapping[str, str] | None = None,
    own: str = "",
) -> Network:
    """states/bodies: space-separated ids; links: (a, b, status, grades of the link's own,
    see `grades`); mandates: body -> its mandate (`grades` again); own: the bodies that
    are the region's own (the others have outside powers)."""
    mandates = mandates or {}
    own_ids = set(own.split())
    actors = [Actor(s, s, ActorKind.STATE) for s in states.split()]
    actors += [
        Actor(
            b,
            b,
            ActorKind.BODY,
            membership=Membership.OWN if b in own_ids else Membership.OUTSIDE,
            mandate=grades(mandates.get(b, "")),
        )
        for b in bodies.split()
    ]
    return Network(
        name="test",
        actors=tuple(actors),
        links=tuple(
            Link(f"{a}:{b}", a, b, LinkStatus(status), grades=grades(r))
            for a, b, status, r in links
        ),
        risks=tuple(RiskCategory(k, k.title()) for k in risks),
    )


def graph_network(n: int, edges: list[tuple[int, int]]) -> Network:
    """A network of n actors named 0..n-1 joined by member links: for pure graph metrics
    (states, so that an actor without a link stays a node)."""
    return Network(
        name="graph",
        actors=tuple(Actor(str(i), str(i), ActorKind.STATE) for i in range(n)),  # all nodes
        links=tuple(Link(f"{a}:{b}", str(a), str(b), LinkStatus.MEMBER) for a, b in edges),
        risks=(),
    )
