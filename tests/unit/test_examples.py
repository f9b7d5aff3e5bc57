"""The example scenarios in resources/scenarios: current with the baseline, and each one a
question whose answer the analysis shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.analysis import CellChange, Criteria
from app.domain import Depth, Membership
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
    cut = {lk.id for a in ("CIS", "CIS-ATC", "CIS-SEC") for lk in net.links_of(a)}
    assert off == {lid for lid in cut if net.link(lid).enabled_in_baseline}


# ---- each example's headline effect, as its notes state it

COORDINATION = Criteria(Depth.COORDINATION)
OPERATIONAL = Criteria(Depth.OPERATIONAL)


def _session(file: str, criteria: Criteria) -> Session:
    sf = read_scenario_file(FOLDER / file)
    session = Session(sf.network, sf.scenario)
    session.set_criteria(criteria)
    return session


def _cells(changes: tuple[CellChange, ...]) -> set[tuple[str, str]]:
    return {(c.state, c.risk) for c in changes}


def test_azerbaijan_in_the_sco_gains_operational_cyber_cover_only() -> None:
    d = _session("azerbaijan-joins-sco.c6s", COORDINATION).diff
    assert not d.new_gaps and not d.closed_gaps
    more = [c for c in d.cells if c.state == "AZE" and c.after == c.before + 1]
    assert len(more) == len(d.cells) == 8  # "one more link on eight risks"
    s = _session("azerbaijan-joins-sco.c6s", OPERATIONAL)
    assert _cells(s.diff.closed_gaps) == {("AZE", "cyber")}
    assert s.evaluation.coverage.covering["AZE"]["cyber"] == ("AZE:SCO:member",)
    assert "SCO" not in {b for bodies in s.diff.collective_gained.values() for b in bodies}


def test_the_cis_collapse_costs_azerbaijan_its_operational_extremism_cover() -> None:
    d = _session("cis-track-collapses.c6s", COORDINATION).diff
    assert not d.new_gaps
    s = _session("cis-track-collapses.c6s", OPERATIONAL)
    d = s.diff
    assert _cells(d.new_gaps) == {("AZE", "extremism")}
    assert set(s.baseline.coverage.covering["AZE"]["extremism"]) == {"AZE:CIS", "AZE:CIS-ATC"}
    assert _cells(d.new_single_points) == {("AZE", "terrorism")}
    assert s.evaluation.coverage.covering["AZE"]["terrorism"] == ("AZE:BIRLIK",)
    assert set(d.inactive) == {"CIS", "CIS-ATC", "CIS-SEC"}
    # the counter-move the note suggests gives the cover back
    s.set_links({"AZE:SCO:member": True})
    assert s.evaluation.coverage.matrix["AZE"]["extremism"] == 1


def test_uzbekistan_in_the_csto_adds_redundancy_not_cover() -> None:
    d = _session("uzbekistan-returns-to-csto.c6s", COORDINATION).diff
    assert not d.closed_gaps and not d.new_gaps
    assert len(d.cells) == 7 and all(c.state == "UZB" and c.after == c.before + 1 for c in d.cells)
    assert all(c.before >= 2 for c in d.cells)
    s = _session("uzbekistan-returns-to-csto.c6s", OPERATIONAL)
    assert _cells(s.diff.gained_redundancy) == {("UZB", "cyber")}
    assert s.baseline.coverage.covering["UZB"]["cyber"] == ("UZB:SCO",)
    assert set(s.evaluation.coverage.covering["UZB"]["cyber"]) == {"UZB:SCO", "UZB:CSTO"}


def test_turkmenistan_in_birlik_gains_terrorism_cover_and_birlik_holds_all_six() -> None:
    s = _session("turkmenistan-joins-birlik.c6s", OPERATIONAL)
    assert ("TKM", "terrorism") in _cells(s.diff.closed_gaps)
    for risk in ("terrorism", "border", "military"):
        assert "BIRLIK" in s.diff.collective_gained[risk]
    link = s.network.link("TKM:BIRLIK")
    assert link.confidence.value == "hypothetical"


def test_the_regions_own_mechanisms_leave_five_gaps_at_coordination_depth() -> None:
    s = _session("only-the-regions-own-mechanisms.c6s", COORDINATION)
    cov = s.evaluation.coverage
    assert set(cov.gaps) == {
        ("KGZ", "water_energy"),
        ("AZE", "water_energy"),
        ("TKM", "emergencies"),
        ("AZE", "emergencies"),
        ("TKM", "border"),
    }
    assert len(cov.single_points) == 37
    on_cmhs = sum(1 for *_, link in cov.single_points if link.endswith(":CMHS"))
    assert on_cmhs > len(cov.single_points) / 2  # "most of them on the Consultative Meeting"
    assert not s.baseline.coverage.gaps  # all of these are gaps only without outside powers
    assert all(s.network.membership_of(lid) is Membership.OWN for lid in s.evaluation.enabled)
