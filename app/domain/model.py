"""The domain: actors, links, risk categories, the network they form, and scenarios over it.

Everything here is immutable; a changed scenario is a new value, which keeps undo simple.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from enum import IntEnum, StrEnum
from typing import Any, TypeVar

from app.domain.errors import UnknownIdError, ValidationError
from app.domain.text import MAX_LINE, MAX_NAME, check_id, check_text, shown
from app.words import tr

FIRST_YEAR, LAST_YEAR = 1900, 2200  # the years a link's since and until (and --as-of) may name
MAX_COORD = 1e6  # a pinned position's x and y lie within ±MAX_COORD
MAX_ITEMS = 100_000  # actors, links or risks in one network (what one file may list)


class ActorKind(StrEnum):
    STATE = "state"
    BODY = "body"
    MECHANISM = "mechanism"
    EXTERNAL_STATE = "external_state"


class LinkStatus(StrEnum):
    FOUNDING = "founding"
    MEMBER = "member"
    ASSOCIATE = "associate"
    OBSERVER = "observer"
    PARTNER = "partner"
    GUEST = "guest"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"
    CANDIDATE = "candidate"

    @property
    def enabled_in_baseline(self) -> bool:
        """Current ties are on in the baseline; suspended, withdrawn and candidate ones are off."""
        return self not in _OFF_IN_BASELINE

    @property
    def depth_cap(self) -> Depth:
        """How deep a link of this status can cover a risk without a source of its own: an
        observer, partner or guest takes part in dialogue only."""
        return Depth.DECLARATORY if self in _DIALOGUE_ONLY else Depth.OPERATIONAL


_OFF_IN_BASELINE = frozenset({LinkStatus.SUSPENDED, LinkStatus.WITHDRAWN, LinkStatus.CANDIDATE})
_DIALOGUE_ONLY = frozenset({LinkStatus.OBSERVER, LinkStatus.PARTNER, LinkStatus.GUEST})


class Confidence(StrEnum):
    CONFIRMED = "confirmed"
    UNVERIFIED = "unverified"
    HYPOTHETICAL = "hypothetical"  # a what-if link: not a fact


class Depth(IntEnum):
    """How deep a body's mandate on a risk goes."""

    NONE = 0
    DECLARATORY = 1  # summit declarations, dialogue communiqués
    COORDINATION = 2  # regular meetings of the responsible agencies with agreed plans
    OPERATIONAL = 3  # a standing structure, binding commitment or joint capability

    @property
    def label(self) -> str:
        return self.name.lower()


class Basis(StrEnum):
    """What a grade rests on."""

    SOURCED = "sourced"  # a public source shows it
    REASONED = "reasoned"  # reasoned from the body's mandate; no source found
    UNGRADED = "ungraded"  # an older file's plain risk list, read at the default depth


# An older file or store lists the risks a link covers without a depth: each reads as this.
UNGRADED_DEPTH = Depth.COORDINATION


class Membership(StrEnum):
    """Who takes part in a body besides the C6 states."""

    OWN = "own"  # only C6 states: the region's own mechanism
    OUTSIDE = "outside"  # with outside powers
    UNIVERSAL = "universal"  # universal organisations (UN, OSCE)

    @property
    def label(self) -> str:
        return {
            Membership.OWN: "the region's own",
            Membership.OUTSIDE: "with outside powers",
            Membership.UNIVERSAL: "universal",
        }[self]


@dataclass(frozen=True, slots=True)
class Grade:
    """The depth of a mandate on one risk, with what shows it."""

    risk: str
    depth: Depth
    basis: Basis = Basis.SOURCED
    reason: str = ""
    sources: tuple[str, ...] = ()


def inherited(grade: Grade, status: LinkStatus) -> tuple[Depth, bool]:
    """How deep a link of `status` covers a risk its body grades `grade`, and whether the
    status capped it (an observer, partner or guest takes part in dialogue only)."""
    cap = status.depth_cap
    return Depth(min(grade.depth, cap)), grade.depth > cap


def ungraded(risks: Iterable[str]) -> tuple[Grade, ...]:
    """Grades for an older file's plain risk list: each risk at the stated default depth."""
    return tuple(
        Grade(r, UNGRADED_DEPTH, Basis.UNGRADED, "listed without a depth in an older file")
        for r in sorted(set(risks))
    )


class RiskGroup(StrEnum):
    CATALOGUE = "catalogue"  # named in the 2025 Catalogue of Security Risks
    DIMENSION = "dimension"  # a wider security dimension of the Regional Security Concept


@dataclass(frozen=True, slots=True)
class RiskCategory:
    key: str
    label: str
    # The label in Russian ('': the English one is shown); by keyword, so the positional
    # order of the older fields stands.
    label_ru: str = field(default="", kw_only=True)
    description: str = ""
    group: RiskGroup = RiskGroup.CATALOGUE


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    name_ru: str = field(default="", kw_only=True)  # in Russian ('': the English one shown)
    kind: ActorKind
    seat: str = ""
    lat: float | None = None
    lon: float | None = None
    description: str = ""
    sources: tuple[str, ...] = ()
    membership: Membership | None = None  # for bodies and mechanisms; None: not classed
    outside: tuple[str, ...] = ()  # the outside participants, for a body with outside powers
    mandate: tuple[Grade, ...] = ()  # what a link to this body covers, risk by risk

    @property
    def is_state(self) -> bool:
        return self.kind is ActorKind.STATE


@dataclass(frozen=True, slots=True)
class Link:
    id: str
    source: str
    target: str
    status: LinkStatus
    since: int | None = None
    until: int | None = None
    # This link's own grades, which replace its body's capped mandate on their risks: an
    # exclusion (depth 0) or a source showing more than the status allows.
    grades: tuple[Grade, ...] = ()
    sources: tuple[str, ...] = ()
    confidence: Confidence = Confidence.CONFIRMED
    note: str = ""

    @property
    def enabled_in_baseline(self) -> bool:
        return self.status.enabled_in_baseline

    def other(self, actor_id: str) -> str:
        return self.target if actor_id == self.source else self.source


def plain(item: Actor | Link | RiskCategory | Grade) -> dict[str, Any]:
    """The fields of an actor, link or risk as JSON-ready values, in declaration order:
    enums by value, sets sorted, tuples as lists. Files and the store both write these."""
    out: dict[str, Any] = {}
    for f in fields(item):
        out[f.name] = _plain_value(getattr(item, f.name))
    return out


def _plain_value(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, IntEnum):
        return int(value)
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return [_plain_value(v) for v in value]
    if isinstance(value, Grade):
        return plain(value)
    return value


@dataclass(frozen=True)
class Network:
    """Actors, links and the risk taxonomy, validated as a whole when built."""

    name: str
    actors: tuple[Actor, ...]
    links: tuple[Link, ...]
    risks: tuple[RiskCategory, ...]
    description: str = ""
    _actors: dict[str, Actor] = field(init=False, repr=False, compare=False)
    _links: dict[str, Link] = field(init=False, repr=False, compare=False)
    _risks: dict[str, RiskCategory] = field(init=False, repr=False, compare=False)
    _depths: dict[str, dict[str, Depth]] = field(init=False, repr=False, compare=False)
    _classes: dict[str, Membership] = field(init=False, repr=False, compare=False)
    _deepest: dict[str, Depth] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        check_text(self.name, "network.name", limit=MAX_NAME, lines=False)
        check_text(self.description, "network.description")
        for part in ("risks", "actors", "links"):
            if len(getattr(self, part)) > MAX_ITEMS:
                raise ValidationError(
                    tr(
                        "{where}: {n} is more than the {limit} a network may hold",
                        where=f"network.{part}",
                        n=f"{len(getattr(self, part)):,}",
                        limit=f"{MAX_ITEMS:,}",
                    )
                )
        for i, risk in enumerate(self.risks):
            _check_risk_text(f"risks[{i}]", risk)
        for i, actor in enumerate(self.actors):
            check_actor_fields(f"actors[{i}]", actor)
        for i, link in enumerate(self.links):
            check_link_fields(f"links[{i}]", link)
        object.__setattr__(self, "_risks", _index("risks", self.risks, lambda r: r.key))
        object.__setattr__(self, "_actors", _index("actors", self.actors, lambda a: a.id))
        object.__setattr__(self, "_links", _index("links", self.links, lambda lk: lk.id))
        for i, actor in enumerate(self.actors):
            if actor.membership is not None and not isinstance(actor.membership, Membership):
                raise ValidationError(
                    tr(
                        "{where}: membership {value} is not a class",
                        where=f"actors[{i}]",
                        value=repr(actor.membership),
                    )
                )
            _check_grades(f"actors[{i}].mandate", actor.mandate, self._risks, Depth.DECLARATORY)
        for i, link in enumerate(self.links):
            _check_link(f"links[{i}]", link, self._actors, self._risks)
        depths = {lk.id: self._link_depths(lk) for lk in self.links}
        object.__setattr__(self, "_depths", depths)
        deepest = {lid: max(d.values(), default=Depth.NONE) for lid, d in depths.items()}
        object.__setattr__(self, "_deepest", deepest)
        classes = {lk.id: self._membership(lk) for lk in self.links}
        object.__setattr__(self, "_classes", classes)

    def _link_depths(self, link: Link) -> dict[str, Depth]:
        body = self.body_of(link)
        out = {g.risk: inherited(g, link.status)[0] for g in body.mandate} if body else {}
        out.update((g.risk, g.depth) for g in link.grades)
        return {r: Depth(d) for r, d in out.items() if d > Depth.NONE}

    def deepest(self, link_id: str) -> Depth:
        """The deepest a link covers any risk (NONE: it covers none)."""
        return self._deepest[link_id]

    def body_of(self, link: Link) -> Actor | None:
        """The body or mechanism a state's link joins (None for a link between two states,
        or between two bodies): its mandate is what the link covers."""
        a, b = self._actors[link.source], self._actors[link.target]
        if a.is_state != b.is_state:
            return b if a.is_state else a
        return None

    def depths(self, link_id: str) -> Mapping[str, Depth]:
        """risk -> how deep the link covers it (risks it does not cover are left out): its
        body's mandate capped by its status, with the link's own grades in place."""
        try:
            return self._depths[link_id]
        except KeyError:
            raise UnknownIdError(tr("unknown link '{id}'", id=link_id)) from None

    def explain(self, link_id: str, risk: str) -> tuple[Depth, Grade | None, bool]:
        """Why a link covers a risk as deep as it does: (depth, the grade that sets it, and
        whether the link's status capped the body's depth)."""
        link = self.link(link_id)
        own = next((g for g in link.grades if g.risk == risk), None)
        if own is not None:
            return own.depth, own, False
        body = self.body_of(link)
        grade = next((g for g in body.mandate if g.risk == risk), None) if body else None
        if grade is None:
            return Depth.NONE, None, False
        depth, capped = inherited(grade, link.status)
        return depth, grade, capped

    def unclassed(self) -> tuple[str, ...]:
        """Bodies and mechanisms with no membership class (an older file's or store's): the
        lenses count them as mechanisms with outside powers."""
        return tuple(a.id for a in self.actors if not a.is_state and a.membership is None)

    def membership_of(self, link_id: str) -> Membership:
        """Whose mechanism a link is: its body's class (an unclassed body counts as one with
        outside powers); a link between two C6 states is the region's own."""
        try:
            return self._classes[link_id]
        except KeyError:
            raise UnknownIdError(tr("unknown link '{id}'", id=link_id)) from None

    def _membership(self, link: Link) -> Membership:
        body = self.body_of(link)
        if body is not None:
            return body.membership or Membership.OUTSIDE
        ends = (self._actors[link.source], self._actors[link.target])
        return Membership.OWN if all(a.is_state for a in ends) else Membership.OUTSIDE

    def actor(self, actor_id: str) -> Actor:
        try:
            return self._actors[actor_id]
        except KeyError:
            raise UnknownIdError(tr("unknown actor '{id}'", id=actor_id)) from None

    def link(self, link_id: str) -> Link:
        try:
            return self._links[link_id]
        except KeyError:
            raise UnknownIdError(tr("unknown link '{id}'", id=link_id)) from None

    def risk(self, key: str) -> RiskCategory:
        try:
            return self._risks[key]
        except KeyError:
            raise UnknownIdError(tr("unknown risk '{id}'", id=key)) from None

    def has_link(self, link_id: str) -> bool:
        return link_id in self._links

    def has_actor(self, actor_id: str) -> bool:
        return actor_id in self._actors

    @property
    def states(self) -> tuple[Actor, ...]:
        return tuple(a for a in self.actors if a.is_state)

    @property
    def risk_keys(self) -> tuple[str, ...]:
        return tuple(r.key for r in self.risks)

    def baseline_enabled(self) -> frozenset[str]:
        return frozenset(lk.id for lk in self.links if lk.enabled_in_baseline)

    def check(self, scenario: Scenario) -> None:
        """That every link `scenario` switches and every actor it places is in the network
        (UnknownIdError naming the first that is not)."""
        for link_id in scenario.link_states:
            self.link(link_id)
        for actor_id in scenario.positions:
            self.actor(actor_id)

    def enabled_links(self, scenario: Scenario | None = None) -> frozenset[str]:
        """Ids of the links that are edges of the scenario graph (the baseline when None)."""
        enabled = set(self.baseline_enabled())
        if scenario is not None:
            for link_id, on in scenario.link_states.items():
                self.link(link_id)
                if on:
                    enabled.add(link_id)
                else:
                    enabled.discard(link_id)
        return frozenset(enabled)

    def links_of(self, actor_id: str) -> tuple[Link, ...]:
        self.actor(actor_id)
        return tuple(lk for lk in self.links if actor_id in (lk.source, lk.target))

    def sources(self) -> list[tuple[str, list[str]]]:
        """Each source the network cites, with the links and actors that cite it."""
        cited: dict[str, list[str]] = {}

        def cite(sources: Iterable[str], by: str) -> None:
            for src in sources:
                if by not in cited.setdefault(src, []):
                    cited[src].append(by)

        for link in self.links:
            cite(link.sources, link.id)
            for g in link.grades:
                cite(g.sources, f"{link.id} ({g.risk})")
        for actor in self.actors:
            cite(actor.sources, actor.id)
            for g in actor.mandate:
                cite(g.sources, tr("{actor} mandate ({risk})", actor=actor.id, risk=g.risk))
        return sorted(cited.items())

    def unverified(self) -> list[str]:
        """The links whose facts are marked unverified."""
        return sorted(lk.id for lk in self.links if lk.confidence is Confidence.UNVERIFIED)

    def years(self) -> tuple[int, int] | None:
        """The first and last year any link's `since` or `until` names (None: no dates)."""
        dated = [y for lk in self.links for y in (lk.since, lk.until) if y is not None]
        return (min(dated), max(dated)) if dated else None

    def founded(self, actor_id: str) -> int | None:
        """When an actor first has a dated link (a body or mechanism is taken to exist from
        then); None for states and for actors none of whose links is dated."""
        if self.actor(actor_id).is_state:
            return None
        years = [lk.since for lk in self.links_of(actor_id) if lk.since is not None]
        return min(years) if years else None

    def as_of(self, year: int) -> Network:
        """The network as it stood in `year`: the actors founded by then (states always,
        undated actors always), and the links between them that had begun (`since` <= year,
        or no year known) and not yet ended (`until` > year, or open). Statuses are today's:
        the data keeps one status per link."""
        founded = {a.id: self.founded(a.id) for a in self.actors}
        actors = tuple(a for a in self.actors if (founded[a.id] or year) <= year)
        present = {a.id for a in actors}
        links = tuple(
            lk
            for lk in self.links
            if lk.source in present
            and lk.target in present
            and (lk.since is None or lk.since <= year)
            and (lk.until is None or year < lk.until)
        )
        return Network(f"{self.name} as of {year}", actors, links, self.risks, self.description)

    def not_in_force(self, link_id: str, year: int) -> str | None:
        """Why `as_of(year)` leaves a link out, in a few words (None: it keeps it)."""
        lk = self.link(link_id)
        if lk.since is not None and lk.since > year:
            return tr("not in force in {year} (since {since})", year=year, since=lk.since)
        if lk.until is not None and year >= lk.until:
            return tr("no longer in force in {year} (until {until})", year=year, until=lk.until)
        for end in (lk.source, lk.target):
            founded = self.founded(end)
            if founded is not None and founded > year:
                return tr(
                    "{actor} not yet there in {year} (its first dated link: {founded})",
                    actor=end,
                    year=year,
                    founded=founded,
                )
        return None


_T = TypeVar("_T")


def _index(what: str, items: Iterable[_T], key_of: Callable[[_T], str]) -> dict[str, _T]:
    index: dict[str, _T] = {}
    for i, item in enumerate(items):
        key = key_of(item)
        if not isinstance(key, str) or not key.strip():
            raise ValidationError(tr("{where}: empty id", where=f"{what}[{i}]"))
        if key in index:
            raise ValidationError(tr("{where}: duplicate id '{id}'", where=f"{what}[{i}]", id=key))
        index[key] = item
    return index


def _check_link(
    where: str, link: Link, actors: Mapping[str, Actor], risks: Mapping[str, RiskCategory]
) -> None:
    for end in (link.source, link.target):
        if end not in actors:
            raise ValidationError(tr("{where}: unknown actor '{id}'", where=where, id=end))
    if link.source == link.target:
        raise ValidationError(
            tr(
                "{where}: link '{id}' joins '{actor}' to itself",
                where=where,
                id=link.id,
                actor=link.source,
            )
        )
    _check_grades(f"{where}.grades", link.grades, risks, Depth.NONE)
    for g in link.grades:
        if g.depth > link.status.depth_cap and g.basis is not Basis.SOURCED:
            raise ValidationError(
                tr(
                    "{where}: '{risk}' at depth {depth} needs a source: the link's status "
                    "({status}) takes part in dialogue only",
                    where=where,
                    risk=g.risk,
                    depth=int(g.depth),
                    status=link.status.value,
                )
            )
    if link.since is not None and link.until is not None and link.until < link.since:
        raise ValidationError(
            tr(
                "{where}: until {until} is before since {since}",
                where=where,
                until=link.until,
                since=link.since,
            )
        )


def check_actor_in(where: str, actor: Actor, risks: Mapping[str, RiskCategory]) -> None:
    """What the Network checks of one actor against the risks: its fields and its mandate."""
    check_actor_fields(where, actor)
    _check_grades(f"{where}.mandate", actor.mandate, risks, Depth.DECLARATORY)


def check_link_in(
    where: str, link: Link, actors: Mapping[str, Actor], risks: Mapping[str, RiskCategory]
) -> None:
    """What the Network checks of one link against its actors and risks."""
    check_link_fields(where, link)
    _check_link(where, link, actors, risks)


def _check_risk_text(where: str, risk: RiskCategory) -> None:
    check_id(risk.key, f"{where}.key")
    check_text(risk.label, f"{where}.label", limit=MAX_NAME, lines=False)
    check_text(risk.label_ru, f"{where}.label_ru", limit=MAX_NAME, lines=False)
    check_text(risk.description, f"{where}.description")


def check_actor_fields(where: str, actor: Actor) -> None:
    check_id(actor.id, f"{where}.id")
    _check_enum(f"{where}.kind", actor.kind, ActorKind)
    _check_number(f"{where}.lat", actor.lat, 90)
    _check_number(f"{where}.lon", actor.lon, 180)
    if (actor.lat is None) != (actor.lon is None):
        raise ValidationError(
            tr("{where}: give both latitude and longitude, or neither", where=where)
        )
    check_text(actor.name, f"{where}.name", limit=MAX_NAME, lines=False)
    check_text(actor.name_ru, f"{where}.name_ru", limit=MAX_NAME, lines=False)
    check_text(actor.seat, f"{where}.seat", limit=MAX_NAME, lines=False)
    check_text(actor.description, f"{where}.description")
    _check_lines(f"{where}.sources", actor.sources, MAX_LINE)
    _check_lines(f"{where}.outside", actor.outside, MAX_NAME)
    for i, g in enumerate(actor.mandate):
        _check_grade_text(f"{where}.mandate[{i}]", g)


def check_link_fields(where: str, link: Link) -> None:
    for part in ("id", "source", "target"):
        check_id(getattr(link, part), f"{where}.{part}")
    _check_enum(f"{where}.status", link.status, LinkStatus)
    _check_enum(f"{where}.confidence", link.confidence, Confidence)
    for part in ("since", "until"):
        year = getattr(link, part)
        if year is not None:
            check_year(year, f"{where}.{part}")
    _check_lines(f"{where}.sources", link.sources, MAX_LINE)
    check_text(link.note, f"{where}.note")
    for i, g in enumerate(link.grades):
        _check_grade_text(f"{where}.grades[{i}]", g)


def _check_grade_text(where: str, grade: Grade) -> None:
    check_id(grade.risk, f"{where}.risk")
    _check_enum(f"{where}.depth", grade.depth, Depth)
    _check_enum(f"{where}.basis", grade.basis, Basis)
    check_text(grade.reason, f"{where}.reason", limit=MAX_LINE, lines=False)
    _check_lines(f"{where}.sources", grade.sources, MAX_LINE)


def check_year(value: object, where: str) -> int:
    """A year a link (or --as-of) may name: an int from FIRST_YEAR to LAST_YEAR."""
    if type(value) is not int or not FIRST_YEAR <= value <= LAST_YEAR:  # not a bool either
        raise ValidationError(
            tr(
                "{where}: expected a year from {first} to {last}, found {value}",
                where=where,
                first=FIRST_YEAR,
                last=LAST_YEAR,
                value=shown(value),
            )
        )
    return value


def is_position(place: object) -> bool:
    """Whether `place` is a pinned position: two finite floats within ±MAX_COORD."""
    return (
        isinstance(place, tuple)
        and len(place) == 2
        and all(type(v) is float and math.isfinite(v) and abs(v) <= MAX_COORD for v in place)
    )


def _check_enum(where: str, value: object, enum: type[StrEnum] | type[IntEnum]) -> None:
    if not isinstance(value, enum):
        raise ValidationError(
            tr(
                "{where}: {value} is not a {kind}",
                where=where,
                value=shown(value),
                kind=enum.__name__,
            )
        )


def _check_number(where: str, value: object, limit: float) -> None:
    """None, or a finite number within ±limit (not a bool, not text)."""
    if value is None:
        return
    if not (
        type(value) in (int, float)
        and math.isfinite(value)  # type: ignore[arg-type]
        and abs(value) <= limit  # type: ignore[arg-type]
    ):
        raise ValidationError(
            tr(
                "{where}: expected a number from -{limit} to {limit}, found {value}",
                where=where,
                limit=limit,
                value=shown(value),
            )
        )


def _check_lines(where: str, values: tuple[str, ...], limit: int) -> None:
    if not isinstance(values, tuple):
        raise ValidationError(
            tr("{where}: expected a list of texts, found {value}", where=where, value=shown(values))
        )
    for i, value in enumerate(values):
        check_text(value, f"{where}[{i}]", limit=limit, lines=False)


def _check_grades(
    where: str, grades: tuple[Grade, ...], risks: Mapping[str, RiskCategory], lowest: Depth
) -> None:
    seen: set[str] = set()
    for i, g in enumerate(grades):
        if g.risk not in risks:
            raise ValidationError(
                tr("{where}: unknown risk '{id}'", where=f"{where}[{i}]", id=g.risk)
            )
        if g.risk in seen:
            raise ValidationError(
                tr("{where}: risk '{id}' is graded twice", where=f"{where}[{i}]", id=g.risk)
            )
        seen.add(g.risk)
        if not lowest <= g.depth <= Depth.OPERATIONAL:
            raise ValidationError(
                tr(
                    "{where}: depth {depth} of '{id}' is not from {lowest} to 3",
                    where=f"{where}[{i}]",
                    depth=int(g.depth),
                    id=g.risk,
                    lowest=int(lowest),
                )
            )
        if g.basis is Basis.SOURCED and not g.sources:
            raise ValidationError(
                tr(
                    "{where}: '{id}' is marked sourced but gives no source (give one, or mark "
                    "it reasoned)",
                    where=f"{where}[{i}]",
                    id=g.risk,
                )
            )


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Scenario:
    """A what-if over a network: which links differ from the baseline, with notes.

    `link_states` keeps only the links whose state differs from the baseline, so a scenario
    stays meaningful when the baseline itself is edited.
    """

    name: str
    link_states: Mapping[str, bool] = field(default_factory=dict)
    description: str = ""
    notes: str = ""
    author: str = ""
    positions: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    created: datetime = field(default_factory=_now)
    modified: datetime = field(default_factory=_now)

    def __post_init__(self) -> None:
        check_text(self.name, "scenario.name", limit=MAX_NAME, lines=False)
        if not self.name.strip():
            raise ValidationError(tr("{where}: a scenario needs a name", where="scenario.name"))
        check_text(self.description, "scenario.description")
        check_text(self.notes, "scenario.notes")
        check_text(self.author, "scenario.author", limit=MAX_NAME, lines=False)
        for key in ("created", "modified"):
            when = getattr(self, key)
            if not isinstance(when, datetime) or when.tzinfo is None:
                raise ValidationError(
                    tr("{where}: expected a time with its zone", where=f"scenario.{key}")
                )
        for link_id, on in self.link_states.items():
            check_id(link_id, "scenario.link_states")
            if not isinstance(on, bool):
                raise ValidationError(
                    tr(
                        "{where}: expected on or off, found {value}",
                        where=f"scenario.link_states[{shown(link_id)}]",
                        value=shown(on),
                    )
                )
        for actor_id, place in self.positions.items():
            check_id(actor_id, "scenario.positions")
            if not is_position(place):
                raise ValidationError(
                    tr(
                        "{where}: expected [x, y] with numbers from -{limit} to {limit}, "
                        "found {value}",
                        where=f"scenario.positions[{shown(actor_id)}]",
                        limit=f"{MAX_COORD:,.0f}",
                        value=shown(place),
                    )
                )

    @classmethod
    def baseline(cls, name: str = "Baseline") -> Scenario:
        return cls(name=name)

    def with_links(self, network: Network, changes: Mapping[str, bool]) -> Scenario:
        """A copy with the given links switched; states equal to the baseline are dropped."""
        states = dict(self.link_states)
        for link_id, on in changes.items():
            link = network.link(link_id)
            if on == link.enabled_in_baseline:
                states.pop(link_id, None)
            else:
                states[link_id] = on
        return replace(self, link_states=states, modified=_now())

    def restricted_to(self, network: Network) -> Scenario:
        """The same scenario on a part of its network (a past year's): switches of links
        and positions of actors that are not in it are left out."""
        return replace(
            self,
            link_states={k: v for k, v in self.link_states.items() if network.has_link(k)},
            positions={k: v for k, v in self.positions.items() if network.has_actor(k)},
        )

    def switched(self, network: Network) -> dict[str, bool]:
        """The links whose state differs from the baseline (validated against `network`)."""
        return {
            lid: on
            for lid, on in sorted(self.link_states.items())
            if on != network.link(lid).enabled_in_baseline
        }
