"""Actors and links as CSV, both ways: the shape `export` writes is the shape this reads.

A file holds actors (a `kind` column) or links (`source` and `target` columns). Each row
adds an actor or link, or replaces the one with its id. Every row is checked, and the
whole network after them, before anything is written: the plan lists what each row does
or why it is refused, and only a plan without a refused row is applied (in one store
transaction, by the caller).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.domain import (
    Actor,
    ActorKind,
    C6Error,
    Confidence,
    DataFileError,
    Link,
    LinkStatus,
    Membership,
    Network,
    Scenario,
    ValidationError,
)
from app.domain.edit import check_actor, check_link
from app.domain.model import check_actor_in, check_link_in
from app.domain.text import is_plain_number, parse_number, parse_year
from app.files.fields import read_bounded
from app.lang import tr

SEP = " | "  # joins lists (risks, sources) in one cell or attribute: GraphML has none
ACTOR_COLUMNS = (
    "id",
    "name",
    "name_ru",  # the name in Russian; a file without the column keeps the stored ones
    "kind",
    "seat",
    "lat",
    "lon",
    "description",
    "sources",
    "membership",
    "outside",
)
LINK_COLUMNS = (
    "id",
    "source",
    "target",
    "status",
    "since",
    "until",
    "confidence",
    "sources",
    "note",
)
# Graded mandates (an actor's `mandate`, a link's own `grades`) carry a reason and sources
# per risk, which a cell cannot hold: CSV leaves them as stored, the editors change them.
# The links export adds `depths`, what each link covers as the mandates grade it; it is
# derived, so the import does not read it.
KEPT = {"actors": ("mandate",), "links": ("grades",)}
# Columns an export adds for people to read, which an import passes over.
EXPORT_ONLY = {"actors": (), "links": ("depths", "enabled", "enabled_in_baseline")}
MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000


@dataclass(frozen=True)
class RowOutcome:
    row: int  # the line in the file (the header is line 1)
    id: str
    action: str  # "add", "change", "same" or "refused"
    problem: str = ""


@dataclass(frozen=True)
class ImportPlan:
    what: str  # "actors" or "links"
    rows: tuple[RowOutcome, ...]
    result: Network | None  # the network after the import; None when a row is refused
    problems: tuple[str, ...] = field(default=())  # whole-file problems

    @property
    def refused(self) -> tuple[RowOutcome, ...]:
        return tuple(r for r in self.rows if r.action == "refused")

    @property
    def ok(self) -> bool:
        return self.result is not None

    def counts(self) -> dict[str, int]:
        out = {"add": 0, "change": 0, "same": 0, "refused": 0}
        for r in self.rows:
            out[r.action] += 1
        return out

    def first_problem(self) -> str:
        if self.problems:
            return self.problems[0]
        bad = self.refused
        if not bad:
            return ""
        if len(bad) > 1:
            return tr(
                "row {row}: {problem} (and {more} more rows refused)",
                row=bad[0].row,
                problem=bad[0].problem,
                more=len(bad) - 1,
            )
        return tr("row {row}: {problem}", row=bad[0].row, problem=bad[0].problem)


# A cell a spreadsheet would run as a formula starts with one of these; exports write such a
# cell with a leading apostrophe (OWASP's advice for CSV injection) unless it is a plain
# number. A cell that already starts with apostrophes before such a character gets one more,
# and imports take exactly one off again, so any text goes out and back unchanged.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Cells of free text are read as they are; every other cell (ids, kinds, numbers, lists) has
# the spaces around it trimmed.
FREE_TEXT = frozenset({"name", "name_ru", "seat", "description", "note"})


class SafeWriter:
    """A CSV writer whose rows are made safe to open in a spreadsheet."""

    def __init__(self, out: io.StringIO) -> None:
        self._w = csv.writer(out, lineterminator="\r\n")  # RFC 4180: a lone CR is quoted too

    def writerow(self, row: Iterable[object]) -> None:
        self._w.writerow([_defused(v) for v in row])


def _looks_like_formula(text: str) -> bool:
    return text.lstrip("'").startswith(FORMULA_START) and not is_plain_number(text)


def _defused(value: object) -> object:
    return "'" + value if isinstance(value, str) and _looks_like_formula(value) else value


def _cell(column: str, text: str) -> str:
    """A cell as read: trimmed unless free text, one apostrophe a safe export put there gone."""
    if column not in FREE_TEXT:
        text = text.strip()
    return text[1:] if text.startswith("'") and _looks_like_formula(text[1:]) else text


def actors_csv(network: Network) -> str:
    out = io.StringIO()
    w = SafeWriter(out)
    w.writerow(ACTOR_COLUMNS)
    for a in network.actors:
        lat = "" if a.lat is None else a.lat
        lon = "" if a.lon is None else a.lon
        membership = a.membership.value if a.membership else ""
        w.writerow(
            (
                a.id,
                a.name,
                a.name_ru,
                a.kind.value,
                a.seat,
                lat,
                lon,
                a.description,
                _joined(a.sources),
                membership,
                _joined(a.outside),
            )
        )
    return out.getvalue()


def links_csv(network: Network, scenario: Scenario | None = None) -> str:
    """The links; with a scenario, also whether each is on in it and in the baseline."""
    enabled = network.enabled_links(scenario) if scenario is not None else frozenset()
    base = network.baseline_enabled()
    out = io.StringIO()
    w = SafeWriter(out)
    extra = ("depths",) + (("enabled", "enabled_in_baseline") if scenario is not None else ())
    w.writerow((*LINK_COLUMNS, *extra))
    for lk in network.links:
        row = [
            lk.id,
            lk.source,
            lk.target,
            lk.status.value,
            lk.since or "",
            lk.until or "",
            lk.confidence.value,
            _joined(lk.sources),
            lk.note,
            depths_cell(network, lk.id),
        ]
        if scenario is not None:
            row += [str(lk.id in enabled).lower(), str(lk.id in base).lower()]
        w.writerow(row)
    return out.getvalue()


def depths_cell(network: Network, link_id: str) -> str:
    """What a link covers, graded: 'terrorism:3 | drugs:2' in the network's order of risks."""
    depths = network.depths(link_id)
    return SEP.join(f"{r}:{int(depths[r])}" for r in network.risk_keys if r in depths)


def plan_import(network: Network, path: Path) -> ImportPlan:
    """Read a CSV of actors or links and say what it would do to `network`."""
    try:
        raw = read_bounded(path, MAX_BYTES)
    except OSError as exc:
        raise C6Error(tr("cannot read {path}: {why}", path=path, why=exc.strerror or exc)) from None
    except DataFileError as exc:
        raise ValidationError(f"{path}: {exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(tr("{path} is not UTF-8 text", path=path)) from None
    return plan_rows(network, text, path.name)


def plan_rows(network: Network, text: str, name: str = "the file") -> ImportPlan:
    """What each row would do, checked row by row against the network as it stands after
    the rows before it; the network is built once, at the end (linear in the rows)."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)  # bad quoting refused
    try:
        header = [h.strip() for h in next(reader, [])]
    except csv.Error as exc:
        raise ValidationError(
            tr("{name}: line {line}: {why}", name=name, line=1, why=exc)
        ) from None
    doubled = sorted(h for h, times in Counter(header).items() if h and times > 1)
    if doubled:
        raise ValidationError(
            tr(
                "{name}: the header names {columns} more than once",
                name=name,
                columns=", ".join(doubled),
            )
        )
    needed: tuple[str, ...]
    if "source" in header and "target" in header:
        what, needed = "links", ("id", "source", "target", "status")
    elif "kind" in header:
        what, needed = "actors", ("id", "name", "kind")
    else:
        raise ValidationError(
            tr(
                "{name}: the header names neither actors (id, name, kind, …) nor links "
                "(id, source, target, status, …)",
                name=name,
            )
        )
    missing = [c for c in needed if c not in header]
    if missing:
        known = set(ACTOR_COLUMNS if what == "actors" else LINK_COLUMNS)
        odd = [c for c in header if c not in known]
        if odd:
            raise ValidationError(
                tr(
                    "{name}: the header lacks {columns} (it has {odd}: misspelt?)",
                    name=name,
                    columns=", ".join(missing),
                    odd=", ".join(odd),
                )
            )
        raise ValidationError(
            tr("{name}: the header lacks {columns}", name=name, columns=", ".join(missing))
        )
    if what == "links" and "risks" in header:
        raise ValidationError(
            tr(
                "{name}: a 'risks' column is from an older export; links now cover what their "
                "body's graded mandate says (Network › Edit actor): remove the column",
                name=name,
            )
        )
    actors = {a.id: a for a in network.actors}
    links = {lk.id: lk for lk in network.links}
    risks = {r.key: r for r in network.risks}
    columns = ACTOR_COLUMNS if what == "actors" else LINK_COLUMNS
    unknown = [h for h in header if h and h not in columns and h not in EXPORT_ONLY[what]]
    if unknown:  # a typo ('nmae') or another table's column would be dropped unseen
        said = ", ".join(map(repr, unknown[:5]))
        fields = {"name": name, "said": said, "columns": ", ".join(columns)}
        message = {  # whole sentences: Russian agrees its words with the count
            ("actors", True): tr(
                "{name}: the header names {said}, which is not a column of actors ({columns})",
                **fields,
            ),
            ("actors", False): tr(
                "{name}: the header names {said}, which are not columns of actors ({columns})",
                **fields,
            ),
            ("links", True): tr(
                "{name}: the header names {said}, which is not a column of links ({columns})",
                **fields,
            ),
            ("links", False): tr(
                "{name}: the header names {said}, which are not columns of links ({columns})",
                **fields,
            ),
        }[what, len(unknown) == 1]
        raise ValidationError(message)
    rows: list[RowOutcome] = []
    seen: set[str] = set()
    n = 1
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader, None)
        except csv.Error as exc:
            problem = str(exc)
            if "unexpected end of data" in problem:
                problem = tr("a quoted cell opened on line {line} is never closed", line=start)
            raise ValidationError(
                tr(
                    "{name}: line {line}: {why}",
                    name=name,
                    line=reader.line_num,
                    why=_short(problem),
                )
            ) from None
        if cells is None:
            break
        n += 1
        if n - 1 > MAX_ROWS:
            raise ValidationError(
                tr("{name}: more than {limit} rows", name=name, limit=f"{MAX_ROWS:,}")
            )
        if not any(c.strip() for c in cells):
            continue  # a blank line
        row = {h: _cell(h, c) for h, c in zip(header, cells, strict=False) if h}
        ident = row.get("id", "")
        if len(cells) != len(header):
            many = (
                tr("more cells than columns")
                if len(cells) > len(header)
                else tr("fewer cells than columns")
            )
            rows.append(RowOutcome(n, ident, "refused", many))
            continue
        try:
            item: Actor | Link = _actor(row) if what == "actors" else _link(row)
            ident = item.id
            if ident in seen:  # an id made from source and target may repeat one
                raise ValidationError(tr("'{id}' is on an earlier row too", id=ident))
            if not row.get("id") and ident in links:
                raise ValidationError(
                    tr(
                        "there is already a link '{id}': give the row that link's id to "
                        "change it, or another id for a second link",
                        id=ident,
                    )
                )
            old = actors.get(ident) if what == "actors" else links.get(ident)
            if old is not None:  # a column the file leaves out keeps what is stored
                kept = {c: getattr(old, c) for c in columns if c not in header}
                kept |= {c: getattr(old, c) for c in KEPT[what]}
                item = replace(item, **kept)
            if isinstance(item, Actor):
                check_actor(item)
                check_actor_in("actor", item, risks)
                actors[ident] = item
            else:
                check_link(item)
                check_link_in("link", item, actors, risks)
                links[ident] = item
        except C6Error as exc:
            rows.append(RowOutcome(n, ident, "refused", _short(str(exc))))
            continue
        seen.add(ident)
        rows.append(
            RowOutcome(n, ident, "add" if old is None else "same" if old == item else "change")
        )
    if not rows:
        raise ValidationError(tr("{name}: no rows below the header", name=name))
    if any(r.action == "refused" for r in rows):
        return ImportPlan(what, tuple(rows), None)
    try:
        result = Network(
            network.name,
            tuple(actors.values()),
            tuple(links.values()),
            network.risks,
            network.description,
        )
    except C6Error as exc:  # every row passed; the whole does not (never seen: said plainly)
        return ImportPlan(what, tuple(rows), None, (str(exc),))
    return ImportPlan(what, tuple(rows), result)


def _short(text: str) -> str:
    """A row's problem as the preview says it: "link: until…" and "links[145]: until…" name
    the item, not the row, so that part goes; a field's name ("note: …") stays."""
    head, sep, rest = text.partition(": ")
    if not sep or " " in head:
        return text
    item, dot, field = head.partition(".")
    if item in ("link", "actor") or item.startswith(("links[", "actors[")):
        return f"{field}: {rest}" if dot else rest
    return text


def _number(row: dict[str, str], key: str) -> float | None:
    return parse_number(row.get(key, ""), key)


def _year(row: dict[str, str], key: str) -> int | None:
    return parse_year(row.get(key, ""), key)


def _choice(
    row: dict[str, str],
    key: str,
    enum: type[ActorKind] | type[LinkStatus] | type[Confidence] | type[Membership],
    default: str = "",
) -> str:
    text = row.get(key, "") or default
    allowed = [e.value for e in enum]
    if text not in allowed:
        raise ValidationError(
            tr(
                "{field} '{text}' is not one of {allowed}",
                field=key,
                text=text[:20],
                allowed=", ".join(allowed),
            )
        )
    return text


def _joined(items: Iterable[str]) -> str:
    """A list in one cell, 'a | b'; a '|' or '\\' inside an entry is written '\\|', '\\\\'."""
    return SEP.join(x.replace("\\", "\\\\").replace("|", "\\|") for x in items)


def _list(row: dict[str, str], key: str) -> tuple[str, ...]:
    """The entries of a list cell (see _joined), each trimmed; empty ones dropped."""
    items, part, chars = [], [], iter(row.get(key, ""))
    for char in chars:
        if char == "\\":
            part.append(next(chars, ""))
        elif char == "|":
            items.append("".join(part))
            part = []
        else:
            part.append(char)
    items.append("".join(part))
    return tuple(x.strip() for x in items if x.strip())


def _actor(row: dict[str, str]) -> Actor:
    return Actor(
        id=row.get("id", ""),
        name=row.get("name", ""),
        name_ru=row.get("name_ru", ""),
        kind=ActorKind(_choice(row, "kind", ActorKind)),
        seat=row.get("seat", ""),
        lat=_number(row, "lat"),
        lon=_number(row, "lon"),
        description=row.get("description", ""),
        sources=_list(row, "sources"),
        membership=(
            Membership(_choice(row, "membership", Membership)) if row.get("membership") else None
        ),
        outside=_list(row, "outside"),
    )


def _link(row: dict[str, str]) -> Link:
    return Link(
        id=row.get("id", "") or f"{row.get('source', '')}:{row.get('target', '')}",
        source=row.get("source", ""),
        target=row.get("target", ""),
        status=LinkStatus(_choice(row, "status", LinkStatus)),
        since=_year(row, "since"),
        until=_year(row, "until"),
        sources=_list(row, "sources"),
        confidence=Confidence(_choice(row, "confidence", Confidence, "confirmed")),
        note=row.get("note", ""),
    )
