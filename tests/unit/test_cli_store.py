"""The store commands as a user runs them: scenarios, export-scenario, import, validate, and
--db, on a SQLite file and on a PostgreSQL database (`store_url`); bad files and bad stores
leave the store as it was (a file byte-for-byte, a database row-for-row), and a server that
is down, refuses the login or lacks the database is one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.files.baseline import RESOURCES, load_baseline
from app.files.scenario_file import scenario_to_dict
from tests.pg import contents, execute
from tests.unit.test_scenario_file import sample

DATA = Path(__file__).resolve().parents[1] / "data"
NET = load_baseline()
EXAMPLES = len(list((RESOURCES / "scenarios").glob("*.c6s")))
CIS_OFF = sum(  # links the CIS example switches off
    1 for b in ("CIS", "CIS-ATC", "CIS-SEC") for lk in NET.links_of(b) if lk.enabled_in_baseline
)


pytestmark = pytest.mark.subprocess


def run(*args: str, db: Path | str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if db is not None:
        env["C6_DB"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=120
    )


def ok(*args: str, db: Path | str | None = None) -> str:
    proc = run(*args, db=db)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def one_line_error(proc: subprocess.CompletedProcess[str], message: str) -> None:
    assert proc.returncode == 2, proc.stdout
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "Traceback" not in proc.stderr


def state(store: Path | str) -> dict[str, Any]:
    """Every file of a SQLite store (with WAL side files) by content hash, or every row of a
    PostgreSQL store."""
    return contents(str(store))


def test_scenarios_lists_the_examples(store_url: str) -> None:
    rows = json.loads(ok("scenarios", "--json", db=store_url))
    names = [r["name"] for r in rows]
    assert "Uzbekistan returns to the CSTO" in names and names == sorted(names)
    assert {r["network"] for r in rows} == {"C6 baseline"}
    assert next(r for r in rows if r["name"] == "The CIS track collapses")["switched"] == CIS_OFF
    assert "The trash is empty." in ok("scenarios", "--trash", db=store_url)
    assert "Azerbaijan joins the SCO" in ok("scenarios", db=store_url)


def test_db_option_and_environment(store_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / "other.sqlite"
    other.parent.mkdir()
    out = ok("--db", str(other), "scenarios", "--json", db=store_path)
    assert len(json.loads(out)) == EXAMPLES  # a new store, seeded: --db wins over $C6_DB
    assert other.exists()
    ok("scenarios", "--db", f"sqlite:///{other}", "--json")  # after the command, as a URL too
    ok("import", str(DATA / "scenario-v1-baseline.c6s"), "--db", str(other))
    assert len(json.loads(ok("scenarios", "--json", db=other))) == EXAMPLES + 1
    assert len(json.loads(ok("scenarios", "--json", db=store_path))) == EXAMPLES


def test_round_trip_store_file_store_file(store_url: str, tmp_path: Path) -> None:
    first, second = tmp_path / "first.c6s", tmp_path / "second.c6s"
    out = ok("export-scenario", "The CIS track collapses", "--out", str(first), db=store_url)
    assert out.startswith(f"wrote {first}: 'The CIS track collapses': {CIS_OFF} links switched")
    other = tmp_path / "other.sqlite"
    out = ok("import", str(first), db=other)
    assert "imported 'The CIS track collapses (2)'" in out  # the new store has the example
    ok("export-scenario", "The CIS track collapses (2)", "--out", str(second), db=other)
    a, b = json.loads(first.read_bytes()), json.loads(second.read_bytes())
    b["scenario"]["name"] = a["scenario"]["name"]
    assert a == b
    assert (
        a["scenario"]
        == json.loads((RESOURCES / "scenarios" / "cis-track-collapses.c6s").read_bytes())[
            "scenario"
        ]
    )


def test_import_keeps_positions_and_times(store_url: str, tmp_path: Path) -> None:
    path = tmp_path / "mine.c6s"
    path.write_text(json.dumps(scenario_to_dict(sample(), load_baseline())), encoding="utf-8")
    assert "imported 'Azerbaijan joins the SCO (2)' over network 'C6 baseline'" in ok(
        "import", str(path), db=store_url
    )
    out = tmp_path / "back.c6s"
    ok("export-scenario", "Azerbaijan joins the SCO (2)", "--out", str(out), db=store_url)
    back = json.loads(out.read_bytes())["scenario"]
    assert back["positions"] == {"AZE": [10.5, -3.0], "SCO": [0.0, 100000.0]}
    assert back["author"] == "Ä. Ñ."
    written = json.loads(path.read_bytes())["scenario"]
    assert (back["created"], back["modified"]) == (written["created"], written["modified"])


def _conflicting(tmp_path: Path) -> Path:
    doc = scenario_to_dict(sample(), load_baseline())
    doc["network"]["name"] = "Colleague's network"
    link = next(lk for lk in doc["network"]["links"] if lk["id"] == "UZB:CSTO")
    link["status"] = "member"
    path = tmp_path / "colleague.c6s"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_import_never_overwrites_a_different_network(store_url: str, tmp_path: Path) -> None:
    path = _conflicting(tmp_path)
    before = state(store_url)
    proc = run("import", str(path), db=store_url)
    one_line_error(proc, "network.links[")
    assert "'UZB:CSTO' differs from the one in the store" in proc.stderr
    assert "as its own network" in proc.stderr
    assert state(store_url) == before
    out = ok("import", str(path), "--own-network", db=store_url)
    assert "over network 'Colleague's network' (stored as a new network)" in out
    rows = json.loads(ok("scenarios", "--json", db=store_url))
    assert {r["network"] for r in rows} == {"C6 baseline", "Colleague's network"}
    baseline_links = json.loads(ok("links", "--json", db=store_url))
    assert next(r for r in baseline_links if r["id"] == "UZB:CSTO")["status"] == "suspended"


def test_validate_says_what_a_file_holds() -> None:
    out = ok("validate", str(RESOURCES / "scenarios" / "azerbaijan-joins-sco.c6s"))
    assert out.strip() == (
        "ok: 'Azerbaijan joins the SCO': 2 links switched over 'C6 baseline' "
        f"({len(NET.actors)} actors, {len(NET.links)} links, 10 risks)"
    )
    out = ok("validate", str(DATA / "scenario-v1-baseline.c6s"))
    assert "format v1 (read as v4)" in out


def test_analyze_a_stored_scenario_by_name(store_url: str) -> None:
    out = json.loads(
        ok("analyze", "--scenario", "Uzbekistan returns to the CSTO", "--json", db=store_url)
    )
    assert out["diff"]["switched_on"] == ["UZB:CSTO"]
    proc = run("analyze", "--scenario", "No such scenario", db=store_url)
    one_line_error(proc, "no scenario named 'No such scenario'")


def _good() -> dict[str, Any]:
    return scenario_to_dict(sample(), load_baseline())


def _bad_files() -> dict[str, bytes]:
    good = _good()
    dup = json.loads(json.dumps(good))
    dup["network"]["actors"][3]["id"] = "KAZ"
    missing = json.loads(json.dumps(good))
    missing["network"]["links"][12]["target"] = "XYZ"
    wrong_type = json.loads(json.dumps(good))
    wrong_type["network"]["links"][0]["since"] = "2001"
    return {
        "truncated": json.dumps(good).encode()[:3000],
        "not json": b"name = 'Azerbaijan joins the SCO'\n",
        "wrong shape": b'[{"format": "c6-scenario", "version": 2}]',
        "future version": b'{"format": "c6-scenario", "version": 7}',
        "unknown link": json.dumps(
            {**good, "scenario": {**good["scenario"], "link_states": {"XYZ": True}}}
        ).encode(),
        "duplicate id": json.dumps(dup).encode(),
        "missing actor": json.dumps(missing).encode(),
        "wrong type": json.dumps(wrong_type).encode(),
        "deeply nested": b'{"format": "c6-scenario", "version": 2, "scenario": '
        + b"[" * 50_000
        + b"]" * 50_000
        + b"}",
        "sqlite": b"SQLite format 3\x00" + bytes(2000),
        "zip": b"PK\x03\x04" + bytes(200),
        "not utf-8": b'{"format": "c6-scenario", "name": "\xe9t\xe9"}',
    }


BAD = _bad_files()
MESSAGES = {
    "truncated": "not valid JSON (line 1, column",
    "not json": "not valid JSON",
    "wrong shape": "file: expected an object, found a list",
    "future version": "version 7 is not supported (made by a newer",
    "unknown link": "scenario.link_states: unknown link 'XYZ'",
    "duplicate id": "network.actors[3]: duplicate id 'KAZ'",
    "missing actor": "network.links[12]: unknown actor 'XYZ'",
    "wrong type": "network.links[0].since: expected a year",
    "deeply nested": "nested too deeply",
    "sqlite": "this is a SQLite database, not a scenario file",
    "zip": "this is a ZIP archive, not a scenario file",
    "not utf-8": "not UTF-8 text (byte 35)",
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_a_bad_file_is_refused_and_the_store_is_unchanged(
    kind: str, store_url: str, tmp_path: Path
) -> None:
    path = tmp_path / f"{kind.replace(' ', '-')}.c6s"
    path.write_bytes(BAD[kind])
    before = state(store_url)
    proc = run("import", str(path), db=store_url)
    one_line_error(proc, MESSAGES[kind])
    assert str(path) in proc.stderr
    one_line_error(run("validate", str(path)), MESSAGES[kind])
    assert state(store_url) == before
    assert path.read_bytes() == BAD[kind]


def test_a_200_mb_file_is_refused_and_the_store_is_unchanged(
    store_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "huge.c6s"
    with path.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    before = state(store_url)
    one_line_error(
        run("import", str(path), db=store_url), "larger than the 52,428,800 bytes allowed"
    )
    assert state(store_url) == before


def test_a_corrupt_store_is_one_line_and_untouched(tmp_path: Path) -> None:
    bad = tmp_path / "store.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    before = bad.read_bytes()
    for args in (("scenarios",), ("links",), ("import", str(DATA / "scenario-v1-baseline.c6s"))):
        one_line_error(run(*args, db=bad), "is damaged or not a database")
    assert bad.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["store.sqlite"]


def test_a_newer_store_is_one_line_and_untouched(store_url: str) -> None:
    execute(store_url, "UPDATE alembic_version SET version_num = '0042'")
    before = state(store_url)
    one_line_error(run("scenarios", db=store_url), "newer than this app's")
    assert state(store_url) == before


def test_export_refuses_an_unknown_name_and_writes_nothing(store_url: str, tmp_path: Path) -> None:
    out = tmp_path / "x.c6s"
    one_line_error(
        run("export-scenario", "Nope", "--out", str(out), db=store_url),
        "no scenario named 'Nope'",
    )
    assert not out.exists()
