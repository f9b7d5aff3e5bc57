"""Edits of a network: each returns a new, validated Network (or raises ValidationError
naming the problem). Ids are fixed once made: links' ids and scenarios refer to them."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date
from typing import TypeVar

from app.domain.errors import UnknownIdError, ValidationError
from app.domain.model import (
    Actor,
    Link,
    Network,
    RiskCategory,
    check_actor_fields,
    check_actor_in,
    check_link_fields,
    check_link_in,
)
from app.words import tr


def _rebuilt(
    network: Network,
    actors: tuple[Actor, ...] | None = None,
    links: tuple[Link, ...] | None = None,
    risks: tuple[RiskCategory, ...] | None = None,
) -> Network:
    return Network(
        name=network.name,
        description=network.description,
        actors=network.actors if actors is None else actors,
        links=network.links if links is None else links,
        risks=network.risks if risks is None else risks,
    )


_I = TypeVar("_I", Actor, Link, RiskCategory)


def _put(
    items: tuple[_I, ...], item: _I, key: Callable[[_I], str], new: bool, taken: str, unknown: str
) -> tuple[_I, ...]:
    """`items` with `item` added (new: its key must be free, else `taken` is said) or put in
    place of its key's (else `unknown`)."""
    keys = [key(x) for x in items]
    if new:
        if key(item) in keys:
            raise ValidationError(taken)
        grown: list[_I] = list(items)
        grown.append(item)
        return tuple(grown)
    if key(item) not in keys:
        raise UnknownIdError(unknown)
    return tuple(item if key(x) == key(item) else x for x in items)


def check_actor(actor: Actor) -> None:
    """What an actor must be whatever network it joins (ValidationError naming it)."""
    if not actor.id.strip() or actor.id != actor.id.strip():
        raise ValidationError(tr("an actor needs an id without leading or trailing spaces"))
    if not actor.name.strip():
        raise ValidationError(tr("actor '{id}' needs a name", id=actor.id))
    check_actor_fields(tr("actor '{id}'", id=actor.id), actor)  # as the network will, naming it
    if actor.is_state and (actor.mandate or actor.membership or actor.outside):
        raise ValidationError(
            tr(
                "actor '{id}' is a state: a mandate and a membership class belong to bodies",
                id=actor.id,
            )
        )


def put_actor(network: Network, actor: Actor, *, new: bool) -> Network:
    """Add `actor` (new) or replace the actor with its id; its mandate is checked here,
    naming the actor."""
    check_actor(actor)
    check_actor_in(tr("actor '{id}'", id=actor.id), actor, {r.key: r for r in network.risks})
    taken = tr("there is already an actor '{id}'", id=actor.id)
    unknown = tr("unknown actor '{id}'", id=actor.id)
    return _rebuilt(
        network, actors=_put(network.actors, actor, lambda a: a.id, new, taken, unknown)
    )


def remove_actor(network: Network, actor_id: str) -> Network:
    """The network without the actor and every link it has."""
    network.actor(actor_id)
    return _rebuilt(
        network,
        actors=tuple(a for a in network.actors if a.id != actor_id),
        links=tuple(lk for lk in network.links if actor_id not in (lk.source, lk.target)),
    )


def check_link(link: Link) -> None:
    """What a link must be whatever network it joins (ValidationError naming it)."""
    if not link.id.strip() or link.id != link.id.strip():
        raise ValidationError(tr("a link needs an id without leading or trailing spaces"))
    check_link_fields(tr("link '{id}'", id=link.id), link)  # as the network will, naming it


def put_link(network: Network, link: Link, *, new: bool) -> Network:
    """Add `link` (new) or replace the link with its id; its ends, risks and years are
    checked here, naming the link (the network would name its place: "links[189]")."""
    check_link(link)
    check_link_in(
        tr("link '{id}'", id=link.id),
        link,
        {a.id: a for a in network.actors},
        {r.key: r for r in network.risks},
    )
    taken = tr("there is already a link '{id}'", id=link.id)
    unknown = tr("unknown link '{id}'", id=link.id)
    return _rebuilt(network, links=_put(network.links, link, lambda lk: lk.id, new, taken, unknown))


def remove_link(network: Network, link_id: str) -> Network:
    network.link(link_id)
    return _rebuilt(network, links=tuple(lk for lk in network.links if lk.id != link_id))


def put_risk(network: Network, risk: RiskCategory, *, new: bool) -> Network:
    if not risk.key.strip() or not risk.label.strip():
        raise ValidationError(tr("a risk needs a key and a label"))
    taken = tr("there is already a risk '{id}'", id=risk.key)
    unknown = tr("unknown risk '{id}'", id=risk.key)
    return _rebuilt(network, risks=_put(network.risks, risk, lambda r: r.key, new, taken, unknown))


def risk_uses(network: Network, key: str) -> tuple[str, ...]:
    """The bodies whose mandate grades a risk, then the links that cover it or grade it."""
    network.risk(key)
    bodies = tuple(a.id for a in network.actors if any(g.risk == key for g in a.mandate))
    links = tuple(
        lk.id
        for lk in network.links
        if key in network.depths(lk.id) or any(g.risk == key for g in lk.grades)
    )
    return bodies + links


def remove_risk(network: Network, key: str) -> Network:
    """The network without the risk; mandates and links no longer grade it."""
    network.risk(key)
    return _rebuilt(
        network,
        risks=tuple(r for r in network.risks if r.key != key),
        actors=tuple(
            replace(a, mandate=tuple(g for g in a.mandate if g.risk != key)) for a in network.actors
        ),
        links=tuple(
            replace(lk, grades=tuple(g for g in lk.grades if g.risk != key)) for lk in network.links
        ),
    )


def deleted_links_note(links: Collection[str], day: date) -> str:
    """The line a scenario's notes gain when links it switched are deleted from its network
    (the store writes it into stored scenarios, the workspace into open ones alike)."""
    return (
        f"[{day:%Y-%m-%d}] Deleted from the network, so no longer switched here: "
        f"{', '.join(sorted(links))}."
    )
