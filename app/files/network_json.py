"""The network JSON format ("c6-network"): the baseline file, and the network inside a .c6s."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.domain import (
    Actor,
    ActorKind,
    C6Error,
    Confidence,
    DataFileError,
    Link,
    LinkStatus,
    Network,
    RiskCategory,
    RiskGroup,
    plain,
)
from app.files import fields as f

FORMAT = "c6-network"
VERSION = 1


def network_from_dict(doc: Any, where: str = "") -> Network:
    """Build a validated Network from decoded JSON; errors name the offending entry."""
    root = f.obj(doc, where or "file")
    risks = tuple(
        _risk(r, f"{_p(where, 'risks')}[{i}]") for i, r in enumerate(f.items(root, "risks", where))
    )
    actors = tuple(
        _actor(a, f"{_p(where, 'actors')}[{i}]")
        for i, a in enumerate(f.items(root, "actors", where))
    )
    links = tuple(
        _link(lk, f"{_p(where, 'links')}[{i}]")
        for i, lk in enumerate(f.items(root, "links", where))
    )
    try:
        return Network(
            name=f.text(root, "name", where),
            description=f.text(root, "description", where, required=False),
            actors=actors,
            links=links,
            risks=risks,
        )
    except C6Error as exc:  # Network names the list and index; add the prefix of the enclosing file
        raise DataFileError(f"{where}.{exc}" if where else str(exc)) from None


def network_to_dict(network: Network) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": network.name,
        "description": network.description,
        "risks": [plain(r) for r in network.risks],
        "actors": [plain(a) for a in network.actors],
        "links": [plain(lk) for lk in network.links],
    }


def read_network(path: Path) -> Network:
    """Read a network file; any problem becomes one DataFileError naming the file."""
    return f.read_json_file(path, _decode_network)


def _decode_network(raw: bytes) -> Network:
    root = f.obj(json.loads(raw.decode("utf-8")), "file")
    if root.get("format") != FORMAT:
        raise DataFileError(f"not a {FORMAT} file (format is {root.get('format')!r})")
    if root.get("version") != VERSION:
        raise DataFileError(f"network format version {root.get('version')!r} is not supported")
    return network_from_dict(root)


def _p(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _risk(value: Any, where: str) -> RiskCategory:
    d = f.obj(value, where)
    return RiskCategory(
        key=f.ident(d, "key", where),
        label=f.text(d, "label", where),
        description=f.text(d, "description", where, required=False),
        group=f.choice(d, "group", where, RiskGroup) if "group" in d else RiskGroup.CATALOGUE,
    )


def _actor(value: Any, where: str) -> Actor:
    d = f.obj(value, where)
    return Actor(
        id=f.ident(d, "id", where),
        name=f.text(d, "name", where),
        kind=f.choice(d, "kind", where, ActorKind),
        seat=f.text(d, "seat", where, required=False),
        lat=f.number(d, "lat", where, -90, 90),
        lon=f.number(d, "lon", where, -180, 180),
        description=f.text(d, "description", where, required=False),
        sources=f.texts(d, "sources", where),
    )


def _link(value: Any, where: str) -> Link:
    d: Mapping[str, Any] = f.obj(value, where)
    return Link(
        id=f.ident(d, "id", where),
        source=f.ident(d, "source", where),
        target=f.ident(d, "target", where),
        status=f.choice(d, "status", where, LinkStatus),
        since=f.year(d, "since", where),
        until=f.year(d, "until", where),
        risks=frozenset(f.texts(d, "risks", where)),
        sources=f.texts(d, "sources", where),
        confidence=(
            f.choice(d, "confidence", where, Confidence)
            if "confidence" in d
            else Confidence.CONFIRMED
        ),
        note=f.text(d, "note", where, required=False),
    )
