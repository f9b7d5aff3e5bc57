"""Rows to domain objects and back: networks and scenarios.

Rows are plain dicts for bulk statements (one INSERT with many parameter sets), which is
what keeps a save inside its 20 ms budget.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from app.domain import (
    Actor,
    ActorKind,
    Basis,
    Confidence,
    Depth,
    Grade,
    Link,
    LinkStatus,
    Membership,
    Network,
    RiskCategory,
    RiskGroup,
    Scenario,
    plain,
)

Row = Mapping[Any, Any]


def risk_rows(network: Network, network_id: int) -> list[dict[str, Any]]:
    return [{"network_id": network_id, "seq": i, **plain(r)} for i, r in enumerate(network.risks)]


def actor_rows(actors: Iterable[Actor], network_id: int, first: int = 0) -> list[dict[str, Any]]:
    return [_row(a, network_id, first + i) for i, a in enumerate(actors)]


def link_rows(links: Iterable[Link], network_id: int, first: int = 0) -> list[dict[str, Any]]:
    return [_row(lk, network_id, first + i) for i, lk in enumerate(links)]


def _row(item: Actor | Link, network_id: int, seq: int) -> dict[str, Any]:
    fields = plain(item)
    return {"network_id": network_id, "seq": seq, "key": fields.pop("id"), **fields}


def network_from_rows(
    head: Row, risks: Sequence[Row], actors: Sequence[Row], links: Sequence[Row]
) -> Network:
    """A validated Network; rows arrive ordered by `seq`."""
    return Network(
        name=head["name"],
        description=head["description"],
        risks=tuple(
            RiskCategory(
                key=r["key"],
                label=r["label"],
                label_ru=r["label_ru"],
                description=r["description"],
                group=RiskGroup(r["group"]),
            )
            for r in risks
        ),
        actors=tuple(
            Actor(
                id=a["key"],
                name=a["name"],
                name_ru=a["name_ru"],
                kind=ActorKind(a["kind"]),
                seat=a["seat"],
                lat=a["lat"],
                lon=a["lon"],
                description=a["description"],
                sources=_texts(a["sources"]),
                membership=Membership(a["membership"]) if a["membership"] else None,
                outside=_texts(a["outside"]),
                mandate=_grades(a["mandate"]),
            )
            for a in actors
        ),
        links=tuple(
            Link(
                id=lk["key"],
                source=lk["source"],
                target=lk["target"],
                status=LinkStatus(lk["status"]),
                since=lk["since"],
                until=lk["until"],
                grades=_grades(lk["grades"]),
                sources=_texts(lk["sources"]),
                confidence=Confidence(lk["confidence"]),
                note=lk["note"],
            )
            for lk in links
        ),
    )


def _grades(rows: Iterable[Mapping[str, Any]]) -> tuple[Grade, ...]:
    return tuple(
        Grade(
            risk=g["risk"],
            depth=Depth(g["depth"]),
            basis=Basis(g["basis"]),
            reason=g["reason"],
            sources=_texts(g["sources"]),
        )
        for g in _list(rows)
    )


def _list(value: Any) -> list[Any]:
    """A JSON column's list, as it was written (a damaged row may hold anything)."""
    if not isinstance(value, list):
        raise ValueError(f"expected a list, found {type(value).__name__}")
    return value


def _texts(value: Any) -> tuple[str, ...]:
    """A list of texts; their content is the domain's to check."""
    return tuple(_list(value))


def scenario_row(scenario: Scenario, network_id: int) -> dict[str, Any]:
    return {
        "network_id": network_id,
        "name": scenario.name,
        "description": scenario.description,
        "notes": scenario.notes,
        "author": scenario.author,
        "created": scenario.created,
        "modified": scenario.modified,
    }


def scenario_from_rows(head: Row, states: Iterable[Row], positions: Iterable[Row]) -> Scenario:
    return Scenario(
        name=head["name"],
        description=head["description"],
        notes=head["notes"],
        author=head["author"],
        created=head["created"],
        modified=head["modified"],
        link_states={s["link_key"]: s["enabled"] for s in states},
        positions={p["actor_key"]: (float(p["x"]), float(p["y"])) for p in positions},
    )
