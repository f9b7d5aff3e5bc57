"""Synthetic networks shaped like the baseline (states in many bodies), of any size, seeded."""

from __future__ import annotations

import random

from app.domain import Actor, ActorKind, Link, LinkStatus, Network, RiskCategory

KEYS = "terrorism extremism drugs cyber climate emergencies water_energy border military economic"
RISKS = tuple(RiskCategory(k, k) for k in KEYS.split())


def synthetic_network(actors: int, seed: int = 7) -> Network:
    """About one actor in six a state; each body has 2-8 state members; ~10% links disabled."""
    rng = random.Random(seed)
    n_states = max(6, actors // 6)
    states = [Actor(f"S{i}", f"State {i}", ActorKind.STATE) for i in range(n_states)]
    bodies = [Actor(f"B{i}", f"Body {i}", ActorKind.BODY) for i in range(actors - n_states)]
    links: list[Link] = []
    keys = [r.key for r in RISKS]
    for body in bodies:
        mandate = frozenset(rng.sample(keys, rng.randint(1, 6)))
        for st in rng.sample(states, min(len(states), rng.randint(2, 8))):
            status = LinkStatus.CANDIDATE if rng.random() < 0.1 else LinkStatus.MEMBER
            links.append(Link(f"{st.id}:{body.id}", st.id, body.id, status, risks=mandate))
    return Network(f"synthetic-{actors}", tuple(states + bodies), tuple(links), RISKS)
