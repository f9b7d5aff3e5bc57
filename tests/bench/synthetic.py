"""Synthetic networks shaped like the baseline (states in many bodies), of any size, seeded."""

from __future__ import annotations

import random

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

KEYS = "terrorism extremism drugs cyber climate emergencies water_energy border military economic"
RISKS = tuple(RiskCategory(k, k) for k in KEYS.split())


def synthetic_network(actors: int, seed: int = 7) -> Network:
    """About one actor in six a state; each body has a graded mandate on 1-6 risks, 2-8
    state members, one in four is the region's own; ~10% links disabled."""
    rng = random.Random(seed)
    n_states = max(6, actors // 6)
    states = [Actor(f"S{i}", f"State {i}", ActorKind.STATE) for i in range(n_states)]
    keys = [r.key for r in RISKS]
    bodies = [
        Actor(
            f"B{i}",
            f"Body {i}",
            ActorKind.BODY,
            membership=Membership.OWN if rng.random() < 0.25 else Membership.OUTSIDE,
            mandate=tuple(
                Grade(k, Depth(rng.randint(1, 3)), Basis.REASONED)
                for k in rng.sample(keys, rng.randint(1, 6))
            ),
        )
        for i in range(actors - n_states)
    ]
    links: list[Link] = []
    for body in bodies:
        for st in rng.sample(states, min(len(states), rng.randint(2, 8))):
            status = LinkStatus.CANDIDATE if rng.random() < 0.1 else LinkStatus.MEMBER
            links.append(Link(f"{st.id}:{body.id}", st.id, body.id, status))
    return Network(f"synthetic-{actors}", tuple(states + bodies), tuple(links), RISKS)
