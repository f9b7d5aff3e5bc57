"""Scenario files (.c6s): UTF-8 JSON holding a scenario and, optionally, its network.

Reading validates everything and answers a bad file with one line that says what and
where. Writing is atomic: a temporary file in the same folder is flushed, synced and
renamed over the old one, so a failed save leaves the previous file intact.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain import DataFileError, Network, Scenario
from app.files import fields as f
from app.files.network_json import network_from_dict, network_to_dict

FORMAT = "c6-scenario"
VERSION = 1


@dataclass(frozen=True)
class ScenarioFile:
    scenario: Scenario
    network: Network | None  # None: the file applies to the bundled baseline


def read_scenario_file(path: Path) -> ScenarioFile:
    return f.read_json_file(path, _decode_scenario)


def _decode_scenario(raw: bytes) -> ScenarioFile:
    if raw.startswith(b"SQLite format 3"):
        raise DataFileError("this is a SQLite database, not a scenario file")
    if raw.startswith(b"PK\x03\x04"):
        raise DataFileError("this is a ZIP archive, not a scenario file")
    return scenario_from_dict(json.loads(raw.decode("utf-8")))


def scenario_from_dict(doc: Any) -> ScenarioFile:
    root = f.obj(doc, "file")
    if root.get("format") != FORMAT:
        raise DataFileError(
            f"not a scenario file (format is {root.get('format')!r}, expected {FORMAT!r})"
        )
    version = root.get("version")
    if version != VERSION:
        raise DataFileError(
            f"scenario format version {version!r} is not supported (this app reads {VERSION})"
        )
    network = (
        network_from_dict(root["network"], "network") if root.get("network") is not None else None
    )
    sc = f.obj(root.get("scenario"), "scenario")
    states = f.obj(sc.get("link_states", {}), "scenario.link_states")
    link_states: dict[str, bool] = {}
    for link_id, on in states.items():
        if not isinstance(on, bool):
            raise f.fail(f"scenario.link_states.{link_id}", "expected true or false")
        link_states[link_id] = on
    scenario = Scenario(
        name=f.text(sc, "name", "scenario"),
        link_states=link_states,
        description=f.text(sc, "description", "scenario", required=False),
        notes=f.text(sc, "notes", "scenario", required=False),
        author=f.text(sc, "author", "scenario", required=False),
        created=_time(sc, "created"),
        modified=_time(sc, "modified"),
    )
    return ScenarioFile(scenario, network)


def check_against(sf: ScenarioFile, network: Network) -> None:
    """Raise when the scenario names a link the network does not have."""
    for link_id in sf.scenario.link_states:
        if not network.has_link(link_id):
            raise DataFileError(f"scenario.link_states: unknown link '{link_id}'")


def scenario_to_dict(scenario: Scenario, network: Network | None) -> dict[str, Any]:
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
        },
        "network": network_to_dict(network) if network is not None else None,
    }


def write_scenario_file(path: Path, scenario: Scenario, network: Network | None) -> None:
    data = (
        json.dumps(scenario_to_dict(scenario, network), indent=1, ensure_ascii=False) + "\n"
    ).encode()
    write_atomic(path, data)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a failure at any point leaves the old file as it was."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _time(d: Any, key: str) -> datetime:
    value = f.text(d, key, "scenario")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise f.fail(f"scenario.{key}", f"{value!r} is not an ISO 8601 date and time") from None
    if parsed.tzinfo is None:
        raise f.fail(f"scenario.{key}", f"{value!r} has no time zone")
    return parsed
