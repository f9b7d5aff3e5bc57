"""Scenario files (.c6s): UTF-8 JSON holding a scenario and the whole network it applies to.

Reading validates everything and answers a bad file with one line that says what and
where. Writing is atomic (app.files.atomic), so a failed save leaves the previous file
intact.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.domain import DataFileError, Network, Scenario
from app.domain.model import MAX_COORD, is_position
from app.domain.text import MAX_NAME, shown
from app.files import fields as f
from app.files.atomic import write_atomic
from app.files.baseline import load_baseline
from app.files.network_json import network_from_dict, network_to_dict
from app.lang import tr

FORMAT = "c6-scenario"
VERSION = 4
# 1: no positions, and the network may be left out (the baseline); 1 and 2: the network's
# links list plain risks (read as ungraded, at the default depth); 3: graded mandates;
# 4: names of actors and risks in Russian as well (network format 3).
READABLE = (1, 2, 3, 4)
NETWORK_VERSION = {1: 1, 2: 1, 3: 2, 4: 3}  # the network format each version embeds


@dataclass(frozen=True)
class ScenarioFile:
    scenario: Scenario
    network: Network
    version: int = VERSION  # the format version the file had; older ones are upgraded on read

    @property
    def upgraded(self) -> bool:
        return self.version < VERSION


def read_scenario_file(path: Path) -> ScenarioFile:
    return f.read_json_file(path, _decode_scenario)


def _decode_scenario(raw: bytes) -> ScenarioFile:
    if raw.startswith(b"SQLite format 3"):
        raise DataFileError(tr("this is a SQLite database, not a scenario file"))
    if raw.startswith(b"PK\x03\x04"):
        raise DataFileError(tr("this is a ZIP archive, not a scenario file"))
    return scenario_from_dict(f.loads(raw))


def scenario_from_dict(doc: Any) -> ScenarioFile:
    """Validate a decoded .c6s document of any readable version; links and positions are
    checked against the file's network."""
    root = f.obj(doc, "file")
    if root.get("format") != FORMAT:
        raise DataFileError(
            tr(
                "not a scenario file (format is {found}, expected {format})",
                found=shown(root.get("format")),
                format=repr(FORMAT),
            )
        )
    version = root.get("version")
    if type(version) is not int or version not in READABLE:  # not 4.0, not true
        newer = type(version) is int and version > VERSION
        readable = ", ".join(map(str, READABLE))
        if newer:
            said = tr(
                "scenario format version {version} is not supported (made by a newer C6 "
                "Scenario Explorer; this app reads {readable})",
                version=shown(version),
                readable=readable,
            )
        else:
            said = tr(
                "scenario format version {version} is not supported (this app reads {readable})",
                version=shown(version),
                readable=readable,
            )
        raise DataFileError(said)
    if root.get("network") is not None:
        network = network_from_dict(root["network"], "network", NETWORK_VERSION[version])
    elif version == 1:  # version 1 left the network out when it was the bundled baseline
        network = load_baseline()
    else:
        raise f.fail("network", "expected an object, found nothing")
    sc = f.obj(root.get("scenario"), "scenario")
    scenario = Scenario(
        name=f.text(sc, "name", "scenario"),
        link_states=_link_states(sc, network),
        description=f.text(sc, "description", "scenario", required=False),
        notes=f.text(sc, "notes", "scenario", required=False),
        author=f.text(sc, "author", "scenario", required=False),
        positions=_positions(sc, network) if version >= 2 else {},
        created=_time(sc, "created"),
        modified=_time(sc, "modified"),
    )
    if len(scenario.name) > MAX_NAME:
        raise f.fail(
            "scenario.name",
            tr("{n} characters is longer than {limit}", n=len(scenario.name), limit=MAX_NAME),
        )
    return ScenarioFile(scenario, network, version)


def _link_states(sc: Any, network: Network) -> dict[str, bool]:
    states = f.obj(sc.get("link_states", {}), "scenario.link_states")
    out: dict[str, bool] = {}
    for link_id, on in states.items():
        where = f"scenario.link_states[{shown(link_id)}]"
        if not isinstance(on, bool):
            raise f.fail(where, tr("expected true or false"))
        if not network.has_link(link_id):
            raise f.fail("scenario.link_states", tr("unknown link {id}", id=shown(link_id)))
        out[link_id] = on
    return out


def _positions(sc: Any, network: Network) -> dict[str, tuple[float, float]]:
    found = f.obj(sc.get("positions", {}), "scenario.positions")
    ids = {a.id for a in network.actors}
    out: dict[str, tuple[float, float]] = {}
    for actor_id, xy in found.items():
        where = f"scenario.positions[{shown(actor_id)}]"
        if actor_id not in ids:
            raise f.fail("scenario.positions", tr("unknown actor {id}", id=shown(actor_id)))
        place = (
            tuple(float(v) for v in xy)
            if isinstance(xy, list) and all(type(v) in (int, float) for v in xy)
            else None
        )
        if not is_position(place):
            raise f.fail(
                where,
                tr(
                    "expected [x, y] with numbers from -{limit} to {limit}",
                    limit=f"{MAX_COORD:,.0f}",
                ),
            )
        out[actor_id] = (float(xy[0]), float(xy[1]))
    return out


def scenario_to_dict(scenario: Scenario, network: Network) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "scenario": {
            "name": scenario.name,
            "description": scenario.description,
            "notes": scenario.notes,
            "author": scenario.author,
            "created": scenario.created.isoformat(),
            "modified": scenario.modified.isoformat(),
            "link_states": dict(sorted(scenario.link_states.items())),
            "positions": {a: [x, y] for a, (x, y) in sorted(scenario.positions.items())},
        },
        "network": network_to_dict(network),
    }


def write_scenario_file(path: Path, scenario: Scenario, network: Network) -> None:
    """Write a self-contained .c6s (the scenario with its whole network), atomically."""
    network.check(scenario)  # never write a file that would not read back
    data = (
        json.dumps(scenario_to_dict(scenario, network), indent=1, ensure_ascii=False) + "\n"
    ).encode()
    write_atomic(path, data)


def _time(d: Any, key: str) -> datetime:
    value = f.text(d, key, "scenario")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise f.fail(
            f"scenario.{key}", tr("{value} is not an ISO 8601 date and time", value=shown(value))
        ) from None
    if parsed.tzinfo is None:
        raise f.fail(f"scenario.{key}", tr("{value} has no time zone", value=shown(value)))
    try:
        return parsed.astimezone(UTC)  # as the store keeps it
    except OverflowError:
        raise f.fail(f"scenario.{key}", tr("{value} is out of range", value=shown(value))) from None
