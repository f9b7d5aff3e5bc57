"""Scenario files: round trip, old versions, atomic writes, the JSON Schema, and one-line
errors for bad files (fuzzed with hypothesis)."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.analysis import evaluate
from app.domain import UNGRADED_DEPTH, Basis, DataFileError, Scenario
from app.files.baseline import RESOURCES, load_baseline
from app.files.scenario_file import (
    VERSION,
    read_scenario_file,
    scenario_from_dict,
    scenario_to_dict,
    write_scenario_file,
)

DATA = Path(__file__).resolve().parents[1] / "data"
SCHEMA = RESOURCES / "schema" / "c6-scenario.schema.json"


@cache
def validator() -> Any:
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def sample() -> Scenario:
    net = load_baseline()
    sc = Scenario("Azerbaijan joins the SCO", notes="What if?\nSecond line", author="Ä. Ñ.")
    sc = sc.with_links(net, {"AZE:SCO:member": True, "KAZ:CIS": False})
    return replace(sc, positions={"AZE": (10.5, -3.0), "SCO": (0.0, 1e5)})


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    net = load_baseline()
    path = tmp_path / "s.c6s"
    scenario = sample()  # once: it is stamped with the current second
    write_scenario_file(path, scenario, net)
    back = read_scenario_file(path)
    assert back.scenario == scenario
    assert back.network == net
    assert back.version == VERSION and not back.upgraded
    assert "Ä. Ñ." in path.read_text(encoding="utf-8")  # UTF-8, not \\u escapes


def test_written_files_and_examples_match_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "s.c6s"
    write_scenario_file(path, sample(), load_baseline())
    files = [path, *sorted((RESOURCES / "scenarios").glob("*.c6s"))]
    assert len(files) >= 5
    for f in files:
        errors = list(validator().iter_errors(json.loads(f.read_text(encoding="utf-8"))))
        assert errors == [], f"{f.name}: {errors[0].message}"


def test_the_schema_rejects_what_the_reader_rejects() -> None:
    good = scenario_to_dict(sample(), load_baseline())
    bad_docs = [
        {**good, "version": 5},
        {**good, "network": None},
        {**good, "scenario": {**good["scenario"], "name": ""}},
        {**good, "scenario": {**good["scenario"], "link_states": {"UZB:CSTO": "yes"}}},
        {**good, "scenario": {**good["scenario"], "positions": {"KAZ": [1]}}},
        {**good, "scenario": {**good["scenario"], "created": "yesterday"}},
    ]
    for doc in bad_docs:
        assert not validator().is_valid(doc)
        with pytest.raises(DataFileError):
            scenario_from_dict(doc)


@pytest.mark.parametrize("name", ["scenario-v1-baseline.c6s", "scenario-v1-embedded.c6s"])
def test_version_1_files_are_read_and_upgraded(tmp_path: Path, name: str) -> None:
    old = read_scenario_file(DATA / name)
    assert old.version == 1 and old.upgraded
    if name == "scenario-v1-baseline.c6s":  # v1 without a network meant the bundled baseline
        assert old.network == load_baseline()
    else:  # an embedded network of plain risk lists: each risk read at the stated default
        assert all(g.basis is Basis.UNGRADED for lk in old.network.links for g in lk.grades)
    assert old.scenario.author == "Analyst A"
    assert old.scenario.link_states in ({"UZB:CSTO": True, "AZE:CIS": False}, {"KAZ:CIS": False})
    path = tmp_path / "upgraded.c6s"
    write_scenario_file(path, old.scenario, old.network)
    again = read_scenario_file(path)
    assert again.version == VERSION
    assert again.scenario == old.scenario
    assert validator().is_valid(json.loads(path.read_text(encoding="utf-8")))


def test_version_2_files_read_their_risks_at_the_stated_default_depth(tmp_path: Path) -> None:
    old = read_scenario_file(DATA / "scenario-v2-uzbekistan-csto.c6s")
    assert old.version == 2 and old.upgraded
    net = old.network
    kaz_sco = net.link("KAZ:SCO")
    assert {g.depth for g in kaz_sco.grades} == {UNGRADED_DEPTH} and len(kaz_sco.grades) == 10
    assert all(g.basis is Basis.UNGRADED for g in kaz_sco.grades)
    assert net.link("TKM:SCO").grades == ()  # a guest with no risks listed covers none
    assert all(a.mandate == () and a.membership is None for a in net.actors)
    # the counts its author saw: every enabled link listing the risk (Kazakhstan's 18)
    cov = evaluate(net, old.scenario).coverage
    assert cov.matrix["KAZ"]["terrorism"] == 18
    assert cov.matrix["UZB"]["terrorism"] == 17  # 16 and the CSTO's return
    path = tmp_path / "again.c6s"
    write_scenario_file(path, old.scenario, net)
    again = read_scenario_file(path)
    assert again.version == VERSION and again.network == net and again.scenario == old.scenario
    assert validator().is_valid(json.loads(path.read_text(encoding="utf-8")))


def test_version_3_files_read_without_russian_names(tmp_path: Path) -> None:
    """A file the app wrote before names had a Russian form: every name_ru and label_ru is
    '' (the English one is shown); saved again it is version 4 with the names still ''."""
    old = read_scenario_file(DATA / "scenario-v3-azerbaijan-sco.c6s")
    assert old.version == 3 and old.upgraded
    net = old.network
    assert {a.name_ru for a in net.actors} == {r.label_ru for r in net.risks} == {""}
    assert old.scenario.link_states == {"AZE:SCO": False, "AZE:SCO:member": True}
    named = load_baseline()  # the same network, as this version names it in Russian
    assert [replace(a, name_ru="") for a in named.actors] == list(net.actors)
    path = tmp_path / "again.c6s"
    write_scenario_file(path, old.scenario, net)
    again = read_scenario_file(path)
    assert again.version == VERSION == 4 and again.network == net
    assert validator().is_valid(json.loads(path.read_text(encoding="utf-8")))


def test_russian_names_come_back_exactly(tmp_path: Path) -> None:
    base = load_baseline()
    odd = "НАТО «Партнёрство ради мира» — Шо\u0301С 𝔸"
    net = replace(
        base,
        actors=tuple(replace(a, name_ru=odd) if a.id == "SCO" else a for a in base.actors),
        risks=tuple(replace(r, label_ru=f"{r.label_ru}!") for r in base.risks),
    )
    path = tmp_path / "ru.c6s"
    write_scenario_file(path, sample(), net)
    back = read_scenario_file(path).network
    assert back == net and back.actor("SCO").name_ru == odd
    assert odd in path.read_text(encoding="utf-8")  # UTF-8 as written, not \\u escapes
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["network"]["actors"][0]["name_ru"] = "Каз\nахстан"
    with pytest.raises(DataFileError, match=r"network\.actors\[0\]\.name_ru"):
        scenario_from_dict(doc)
    assert not validator().is_valid(doc)


def test_a_failed_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    net = load_baseline()
    path = tmp_path / "s.c6s"
    write_scenario_file(path, Scenario("old"), net)
    path.chmod(0o640)
    before = path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_scenario_file(path, Scenario("new"), net)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.c6s"]
    write_scenario_file(path, Scenario("new"), net)  # a save that works keeps the file's mode
    assert path.stat().st_mode & 0o777 == 0o640
    assert read_scenario_file(path).scenario.name == "new"


def test_a_write_failing_half_way_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    net = load_baseline()
    path = tmp_path / "s.c6s"
    write_scenario_file(path, Scenario("old"), net)
    before = path.read_bytes()
    real_fsync = os.fsync

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_scenario_file(path, Scenario("new"), net)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert path.read_bytes() == before
    assert read_scenario_file(path).scenario.name == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["s.c6s"]


def test_a_scenario_that_does_not_fit_its_network_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "s.c6s"
    with pytest.raises(Exception, match="unknown link 'NOPE'"):
        write_scenario_file(path, Scenario("x", link_states={"NOPE": True}), load_baseline())
    assert not path.exists()


def _doc(**scenario: Any) -> dict[str, Any]:
    doc = scenario_to_dict(sample(), load_baseline())
    doc["scenario"].update(scenario)
    return doc


def _bytes(doc: Any) -> bytes:
    return json.dumps(doc).encode()


def _with_link(i: int, **changes: Any) -> bytes:
    doc = _doc()
    doc["network"]["links"][i].update(changes)
    return _bytes(doc)


def _with_actor(i: int, **changes: Any) -> bytes:
    doc = _doc()
    doc["network"]["actors"][i].update(changes)
    return _bytes(doc)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (_bytes(_doc())[:5000], "not valid JSON"),
        (b"", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"SQLite format 3\x00" + b"\x00" * 100, "SQLite database"),
        (b"PK\x03\x04" + b"\x00" * 100, "ZIP archive"),
        (b"[1, 2]", "file: expected an object, found a list"),
        (_bytes({"format": "c6-scenario", "version": 99}), "version 99 is not supported"),
        (_bytes({"format": "c6-scenario", "version": 5}), "made by a newer"),
        (_bytes({"format": "c6-scenario", "version": True}), "version True is not supported"),
        (_bytes({"format": "other", "version": 1}), "not a scenario file"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (_bytes({**_doc(), "network": None}), "network: expected an object"),
        (_bytes(_doc(name=3)), "scenario.name: expected text, found a number"),
        (_bytes(_doc(name="x" * 201)), "scenario.name: 201 characters"),
        (_bytes(_doc(created="2026-01-01")), "scenario.created: '2026-01-01' has no time zone"),
        (_bytes(_doc(link_states={"UZB:CSTO": 1})), "link_states['UZB:CSTO']: expected true or"),
        (_bytes(_doc(link_states={"XYZ": True})), "scenario.link_states: unknown link 'XYZ'"),
        (_bytes(_doc(link_states=[])), "scenario.link_states: expected an object"),
        (_bytes(_doc(positions={"XYZ": [0, 0]})), "scenario.positions: unknown actor 'XYZ'"),
        (_bytes(_doc(positions={"KAZ": [0, "1"]})), "scenario.positions['KAZ']: expected [x, y]"),
        (_bytes(_doc(positions={"KAZ": [0, 1e9]})), "scenario.positions['KAZ']: expected [x, y]"),
        (b'{"format": "c6-scenario", "version": 2, "x": NaN}', "network: expected an object"),
        (_with_link(12, target="XYZ"), r"network.links[12]: unknown actor 'XYZ'"),
        (_with_link(3, id="KAZ:SCO"), r"network.links[3]: duplicate id 'KAZ:SCO'"),
        (_with_link(5, since="2001"), r"network.links[5].since: expected a year"),
        (_with_link(5, status="ally"), r"network.links[5].status: 'ally' is not one of"),
        (
            _with_link(5, risks=["drugs"]),
            r"network.links[5].risks: a plain risk list belongs to network format version 1",
        ),
        (
            _with_link(5, grades=[{"risk": "piracy", "depth": 2}]),
            r"network.links[5].grades[0]: unknown risk 'piracy'",
        ),
        (
            _with_link(5, grades=[{"risk": "drugs", "depth": 7}]),
            r"network.links[5].grades[0].depth: expected a depth from 0 to 3, found 7",
        ),
        (
            _with_link(5, grades=[{"risk": "drugs", "depth": 1, "basis": "hunch"}]),
            r"network.links[5].grades[0].basis: 'hunch' is not one of",
        ),
        (
            _with_actor(8, mandate=[{"risk": "drugs", "depth": 0}]),
            r"network.actors[8].mandate[0]: depth 0 of 'drugs' is not from 1 to 3",
        ),
        (_with_actor(8, membership="ours"), r"network.actors[8].membership: 'ours' is not one"),
        (_with_link(5, id="L" * 65), r"network.links[5].id: an id of 65 characters"),
        (_with_actor(2, id="KAZ"), r"network.actors[2]: duplicate id 'KAZ'"),
        (_with_actor(2, lat=91), r"network.actors[2].lat: expected a number from -90"),
        (_with_actor(2, kind=None), r"network.actors[2].kind: None is not one of"),
    ],
)
def test_bad_files_give_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.c6s"
    path.write_bytes(content)
    with pytest.raises(DataFileError) as err:
        read_scenario_file(path)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_a_200_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.c6s"
    with path.open("wb") as fh:  # sparse: 200 MB on paper, no disk used
        fh.truncate(200 * 1024 * 1024)
    with pytest.raises(DataFileError, match=r"huge\.c6s: larger than the 52,428,800 bytes allowed"):
        read_scenario_file(path)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)


def _assert_reads_or_one_line(raw: bytes, tmp_path: Path) -> None:
    path = tmp_path / "fuzz.c6s"
    path.write_bytes(raw)
    try:
        read_scenario_file(path)
    except DataFileError as exc:
        assert str(exc) and "\n" not in str(exc)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.binary(max_size=200))
def test_fuzz_any_bytes(tmp_path: Path, raw: bytes) -> None:
    _assert_reads_or_one_line(raw, tmp_path)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=JSON_VALUES)
def test_fuzz_any_json(tmp_path: Path, value: Any) -> None:
    _assert_reads_or_one_line(json.dumps(value).encode(), tmp_path)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc[:3]):  # a few entries of each list are enough
            out += _paths(v, (*prefix, i))
    return out


SMALL = scenario_to_dict(sample(), load_baseline())
SMALL["network"]["links"] = SMALL["network"]["links"][:6]
SMALL["scenario"]["link_states"] = {}
SMALL_PATHS = _paths(SMALL)[1:]


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(where=st.sampled_from(SMALL_PATHS), value=JSON_VALUES, drop=st.booleans())
def test_fuzz_one_field_of_a_valid_file(
    tmp_path: Path, where: tuple[Any, ...], value: Any, drop: bool
) -> None:
    """Replace or remove any one field of a valid file: it reads, or fails in one line."""
    doc = json.loads(json.dumps(SMALL))
    parent = doc
    for step in where[:-1]:
        parent = parent[step]
    if drop and isinstance(parent, dict):
        del parent[where[-1]]
    else:
        parent[where[-1]] = value
    _assert_reads_or_one_line(json.dumps(doc).encode(), tmp_path)
