from __future__ import annotations

import re

import pytest

from app.domain import (
    Actor,
    ActorKind,
    Depth,
    Grade,
    Link,
    LinkStatus,
    Network,
    RiskCategory,
    Scenario,
    UnknownIdError,
    ValidationError,
)
from tests.factory import network

A = Actor("A", "A", ActorKind.STATE)
B = Actor("B", "B", ActorKind.BODY)
R = (RiskCategory("drugs", "Drugs"),)


def test_baseline_state_of_each_status() -> None:
    on = {s for s in LinkStatus if s.enabled_in_baseline}
    assert on == {"founding", "member", "associate", "observer", "partner", "guest"}


@pytest.mark.parametrize(
    ("actors", "links", "risks", "message"),
    [
        ((A, A), (), R, "actors[1]: duplicate id 'A'"),
        ((A, B), (Link("x", "A", "Z", LinkStatus.MEMBER),), R, "links[0]: unknown actor 'Z'"),
        (
            (A, B),
            (Link("x", "A", "B", LinkStatus.MEMBER, grades=(Grade("cyber", Depth.COORDINATION),)),),
            R,
            "links[0].grades[0]: unknown risk 'cyber'",
        ),
        (
            (A, B),
            (Link("x", "A", "B", LinkStatus.MEMBER), Link("x", "B", "A", LinkStatus.MEMBER)),
            R,
            "links[1]: duplicate id 'x'",
        ),
        (
            (A, B),
            (Link("x", "A", "A", LinkStatus.MEMBER),),
            R,
            "links[0]: link 'x' joins 'A' to itself",
        ),
        (
            (A, B),
            (Link("x", "A", "B", LinkStatus.MEMBER, since=2020, until=2010),),
            R,
            "until 2010",
        ),
        ((A, B), (), (R[0], R[0]), "risks[1]: duplicate id 'drugs'"),
        ((Actor(" ", "x", ActorKind.BODY),), (), R, "actors[0].id: an id must not be empty"),
        (
            (Actor("A", "A", ActorKind.STATE, name_ru="Шос\u202eтекст"),),
            (),
            R,
            "actors[0].name_ru: character U+202E at position 4",
        ),
        ((Actor("A", "A", ActorKind.STATE, name_ru="Ш\nОС"),), (), R, "actors[0].name_ru"),
        ((Actor("A", "A", ActorKind.STATE, name_ru="Ш" * 201),), (), R, "201 characters"),
        ((A,), (), (RiskCategory("drugs", "D", label_ru="нарко\x00"),), "risks[0].label_ru"),
    ],
)
def test_invalid_networks_are_refused_with_where(
    actors: tuple[Actor, ...],
    links: tuple[Link, ...],
    risks: tuple[RiskCategory, ...],
    message: str,
) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        Network("n", actors, links, risks)


def test_lookup_of_unknown_ids_is_a_typed_error() -> None:
    net = network("A", "B", [("A", "B", "member", "")])
    with pytest.raises(UnknownIdError, match="unknown link 'nope'"):
        net.link("nope")
    with pytest.raises(UnknownIdError, match="unknown actor 'Q'"):
        net.actor("Q")
    with pytest.raises(UnknownIdError, match="unknown link 'nope'"):
        net.enabled_links(Scenario("s", link_states={"nope": True}))


def test_scenario_keeps_only_differences_from_the_baseline() -> None:
    net = network("A", "B C", [("A", "B", "member", ""), ("A", "C", "candidate", "")])
    s = Scenario("s").with_links(net, {"A:B": False, "A:C": True})
    assert dict(s.link_states) == {"A:B": False, "A:C": True}
    assert net.enabled_links(s) == {"A:C"}
    back = s.with_links(net, {"A:B": True})
    assert dict(back.link_states) == {"A:C": True}
    assert back.modified >= s.created
    assert net.enabled_links(None) == {"A:B"}
