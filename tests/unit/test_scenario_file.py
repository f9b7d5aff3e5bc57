"""Scenario files: round trip, atomic writes, and one-line errors for bad files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.domain import DataFileError, Scenario
from app.files.baseline import load_baseline
from app.files.scenario_file import read_scenario_file, write_scenario_file


def test_round_trip_with_and_without_network(tmp_path: Path) -> None:
    net = load_baseline()
    sc = Scenario("Azerbaijan joins the SCO", notes="What if").with_links(
        net, {"AZE:SCO:member": True}
    )
    for embedded in (None, net):
        path = tmp_path / "s.c6s"
        write_scenario_file(path, sc, embedded)
        back = read_scenario_file(path)
        assert back.scenario == sc
        assert back.network == embedded


def test_a_failed_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.c6s"
    write_scenario_file(path, Scenario("old"), None)
    before = path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_scenario_file(path, Scenario("new"), None)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.c6s"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"format": "c6-scenario", "vers', "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"SQLite format 3\x00" + b"\x00" * 100, "SQLite database"),
        (b"PK\x03\x04" + b"\x00" * 100, "ZIP archive"),
        (b"[1, 2]", "file: expected an object, found a list"),
        (
            json.dumps({"format": "c6-scenario", "version": 99}).encode(),
            "version 99 is not supported",
        ),
        (json.dumps({"format": "other", "version": 1}).encode(), "not a scenario file"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (
            json.dumps({"format": "c6-scenario", "version": 1, "scenario": {"name": 3}}).encode(),
            "scenario.name: expected text, found a number",
        ),
    ],
)
def test_bad_files_give_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.c6s"
    path.write_bytes(content)
    with pytest.raises(DataFileError, match=message) as err:
        read_scenario_file(path)
    assert "\n" not in str(err.value)


def test_embedded_network_errors_name_the_entry(tmp_path: Path) -> None:
    net = load_baseline()
    path = tmp_path / "s.c6s"
    write_scenario_file(path, Scenario("x"), net)
    doc = json.loads(path.read_text())
    doc["network"]["links"][12]["target"] = "XYZ"
    path.write_text(json.dumps(doc))
    with pytest.raises(DataFileError, match=r"network\.links\[12\]: unknown actor 'XYZ'"):
        read_scenario_file(path)
