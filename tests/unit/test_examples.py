"""The example scenarios in resources/scenarios: current with the baseline, and each one a
question whose answer the analysis shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.files.baseline import RESOURCES, load_baseline
from app.files.scenario_file import read_scenario_file
from app.session import Session
from tests.make_examples import EXAMPLES, Example, write_all

FOLDER = RESOURCES / "scenarios"


def test_the_files_are_what_the_definitions_write(tmp_path: Path) -> None:
    fresh = write_all(tmp_path)
    assert sorted(p.name for p in fresh) == sorted(p.name for p in FOLDER.glob("*.c6s"))
    for path in fresh:
        assert path.read_bytes() == (FOLDER / path.name).read_bytes(), (
            f"{path.name} is stale: run .venv/bin/python -m tests.make_examples"
        )


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.file)
def test_each_example_applies_to_the_baseline_and_changes_something(example: Example) -> None:
    sf = read_scenario_file(FOLDER / example.file)
    assert sf.network == load_baseline()
    assert sf.scenario.notes.startswith("Question:")
    session = Session(sf.network, sf.scenario)
    d = session.diff
    assert d.switched_on or d.switched_off
    assert d.cells or any(m.delta for m in d.metrics)  # the scenario moves some figure


def test_the_cis_collapse_cuts_every_cis_tie() -> None:
    sf = read_scenario_file(FOLDER / "cis-track-collapses.c6s")
    off = {lid for lid, on in sf.scenario.link_states.items() if not on}
    net = sf.network
    assert off == {lk.id for a in ("CIS", "CIS-ATC") for lk in net.links_of(a)}
