"""Edits of a network: each returns a new, validated Network (or raises ValidationError
naming the problem). Ids are fixed once made: links' ids and scenarios refer to them."""

from __future__ import annotations

from dataclasses import replace

from app.domain.errors import ValidationError
from app.domain.model import Actor, Link, Network, RiskCategory


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


def put_actor(network: Network, actor: Actor, *, new: bool) -> Network:
    """Add `actor` (new) or replace the actor with its id."""
    if not actor.id.strip() or actor.id != actor.id.strip():
        raise ValidationError("an actor needs an id without leading or trailing spaces")
    if not actor.name.strip():
        raise ValidationError(f"actor '{actor.id}' needs a name")
    if (actor.lat is None) != (actor.lon is None):
        raise ValidationError(f"actor '{actor.id}': give both latitude and longitude, or neither")
    if actor.lat is not None and not -90 <= actor.lat <= 90:
        raise ValidationError(f"actor '{actor.id}': latitude {actor.lat} is not within ±90")
    if actor.lon is not None and not -180 <= actor.lon <= 180:
        raise ValidationError(f"actor '{actor.id}': longitude {actor.lon} is not within ±180")
    if new:
        if network.has_actor(actor.id):
            raise ValidationError(f"there is already an actor '{actor.id}'")
        return _rebuilt(network, actors=(*network.actors, actor))
    network.actor(actor.id)
    return _rebuilt(network, actors=tuple(actor if a.id == actor.id else a for a in network.actors))


def remove_actor(network: Network, actor_id: str) -> Network:
    """The network without the actor and every link it has."""
    network.actor(actor_id)
    return _rebuilt(
        network,
        actors=tuple(a for a in network.actors if a.id != actor_id),
        links=tuple(lk for lk in network.links if actor_id not in (lk.source, lk.target)),
    )


def put_link(network: Network, link: Link, *, new: bool) -> Network:
    """Add `link` (new) or replace the link with its id; the network checks its ends, risks
    and years."""
    if not link.id.strip() or link.id != link.id.strip():
        raise ValidationError("a link needs an id without leading or trailing spaces")
    for year in (link.since, link.until):
        if year is not None and not 1900 <= year <= 2100:
            raise ValidationError(f"link '{link.id}': year {year} is not between 1900 and 2100")
    if new:
        if network.has_link(link.id):
            raise ValidationError(f"there is already a link '{link.id}'")
        return _rebuilt(network, links=(*network.links, link))
    network.link(link.id)
    return _rebuilt(network, links=tuple(link if lk.id == link.id else lk for lk in network.links))


def remove_link(network: Network, link_id: str) -> Network:
    network.link(link_id)
    return _rebuilt(network, links=tuple(lk for lk in network.links if lk.id != link_id))


def put_risk(network: Network, risk: RiskCategory, *, new: bool) -> Network:
    if not risk.key.strip() or not risk.label.strip():
        raise ValidationError("a risk needs a key and a label")
    if new:
        if risk.key in network.risk_keys:
            raise ValidationError(f"there is already a risk '{risk.key}'")
        return _rebuilt(network, risks=(*network.risks, risk))
    network.risk(risk.key)
    return _rebuilt(network, risks=tuple(risk if r.key == risk.key else r for r in network.risks))


def risk_uses(network: Network, key: str) -> tuple[str, ...]:
    """The links that cover a risk."""
    network.risk(key)
    return tuple(lk.id for lk in network.links if key in lk.risks)


def remove_risk(network: Network, key: str) -> Network:
    """The network without the risk; the links that covered it no longer do."""
    network.risk(key)
    return _rebuilt(
        network,
        risks=tuple(r for r in network.risks if r.key != key),
        links=tuple(replace(lk, risks=lk.risks - {key}) for lk in network.links),
    )
