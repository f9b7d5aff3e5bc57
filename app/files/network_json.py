"""The network JSON format ("c6-network"): the baseline file, and the network inside a .c6s."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.domain import (
    Actor,
    ActorKind,
    Basis,
    C6Error,
    Confidence,
    DataFileError,
    Depth,
    Grade,
    Link,
    LinkStatus,
    Membership,
    Network,
    RiskCategory,
    RiskGroup,
    plain,
    ungraded,
)
from app.domain.text import shown
from app.files import fields as f
from app.lang import tr

FORMAT = "c6-network"
# 3: names of actors and risks in Russian as well (name_ru, label_ru; '' or left out: none);
# 2: graded mandates on bodies, grades on links; 1: a plain risk list per link
VERSION = 3
READABLE = (1, 2, 3)


def network_from_dict(doc: Any, where: str = "", version: int = VERSION) -> Network:
    """Build a validated Network from decoded JSON; errors name the offending entry.
    `version`: the network format to read when the document does not say (a .c6s's
    embedded network). Version 1's link risks read as ungraded, at the default depth."""
    root = f.obj(doc, where or "file")
    if "version" in root:
        version = root["version"]
    if type(version) is not int or version not in READABLE:  # not 2.0, not true
        raise f.fail(
            _p(where, "version"),
            tr("network format version {version} is not supported", version=shown(version)),
        )
    risks = tuple(
        _risk(r, f"{_p(where, 'risks')}[{i}]") for i, r in enumerate(f.items(root, "risks", where))
    )
    actors = tuple(
        _actor(a, f"{_p(where, 'actors')}[{i}]")
        for i, a in enumerate(f.items(root, "actors", where))
    )
    links = tuple(
        _link(lk, f"{_p(where, 'links')}[{i}]", version)
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
    root = f.obj(f.loads(raw), "file")
    if root.get("format") != FORMAT:
        raise DataFileError(
            tr(
                "not a {format} file (format is {found})",
                format=FORMAT,
                found=repr(root.get("format")),
            )
        )
    return network_from_dict(root)


def _p(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _risk(value: Any, where: str) -> RiskCategory:
    d = f.obj(value, where)
    return RiskCategory(
        key=f.ident(d, "key", where),
        label=f.text(d, "label", where),
        label_ru=f.text(d, "label_ru", where, required=False),
        description=f.text(d, "description", where, required=False),
        group=f.choice(d, "group", where, RiskGroup) if "group" in d else RiskGroup.CATALOGUE,
    )


def _actor(value: Any, where: str) -> Actor:
    d = f.obj(value, where)
    return Actor(
        id=f.ident(d, "id", where),
        name=f.text(d, "name", where),
        name_ru=f.text(d, "name_ru", where, required=False),
        kind=f.choice(d, "kind", where, ActorKind),
        seat=f.text(d, "seat", where, required=False),
        lat=f.number(d, "lat", where, -90, 90),
        lon=f.number(d, "lon", where, -180, 180),
        description=f.text(d, "description", where, required=False),
        sources=f.texts(d, "sources", where),
        membership=(
            f.choice(d, "membership", where, Membership)
            if d.get("membership") is not None
            else None
        ),
        outside=f.texts(d, "outside", where),
        mandate=grades(d, "mandate", where),
    )


def grades(d: Mapping[str, Any], key: str, where: str) -> tuple[Grade, ...]:
    """A list of grades ({risk, depth, basis, reason, sources}); depths are checked by the
    Network (a mandate from 1, a link's own grades from 0)."""
    if d.get(key) is None:
        return ()
    out = []
    for i, value in enumerate(f.items(d, key, where)):
        at = f"{_p(where, key)}[{i}]"
        g = f.obj(value, at)
        depth = g.get("depth")
        if isinstance(depth, bool) or not isinstance(depth, int) or not 0 <= depth <= 3:
            raise f.fail(
                _p(at, "depth"),
                tr("expected a depth from 0 to 3, found {value}", value=shown(depth)),
            )
        out.append(
            Grade(
                risk=f.ident(g, "risk", at),
                depth=Depth(depth),
                basis=f.choice(g, "basis", at, Basis) if "basis" in g else Basis.SOURCED,
                reason=f.text(g, "reason", at, required=False),
                sources=f.texts(g, "sources", at),
            )
        )
    return tuple(out)


def _link(value: Any, where: str, version: int) -> Link:
    d: Mapping[str, Any] = f.obj(value, where)
    if version >= 2 and "risks" in d:  # silently dropping it would change what it covers
        raise f.fail(
            _p(where, "risks"),
            tr(
                "a plain risk list belongs to network format version 1; from version 2 a link "
                "covers what its body's mandate grades, and its own `grades`"
            ),
        )
    return Link(
        id=f.ident(d, "id", where),
        source=f.ident(d, "source", where),
        target=f.ident(d, "target", where),
        status=f.choice(d, "status", where, LinkStatus),
        since=f.year(d, "since", where),
        until=f.year(d, "until", where),
        grades=ungraded(f.texts(d, "risks", where)) if version == 1 else grades(d, "grades", where),
        sources=f.texts(d, "sources", where),
        confidence=(
            f.choice(d, "confidence", where, Confidence)
            if "confidence" in d
            else Confidence.CONFIRMED
        ),
        note=f.text(d, "note", where, required=False),
    )
