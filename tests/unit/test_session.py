"""The Qt-free workspace: each operation reports what it changed and keeps state consistent."""

from __future__ import annotations

import pytest

from app.domain import UnknownIdError
from app.files.baseline import load_baseline
from app.session import Session


def test_set_links_reports_only_effective_changes_and_reevaluates() -> None:
    s = Session(load_baseline())
    edges = s.evaluation.connectivity.edges
    change = s.set_links({"UZB:CIS": False, "KAZ:SCO": True})  # KAZ:SCO is already on
    assert dict(change.links) == {"UZB:CIS": False} and change.evaluation_changed
    assert s.evaluation.connectivity.edges == edges - 1
    assert s.diff.switched_off == ("UZB:CIS",)
    assert not s.set_links({"UZB:CIS": False}).evaluation_changed
    assert s.baseline.connectivity.edges == edges


def test_unknown_id_changes_nothing() -> None:
    s = Session(load_baseline())
    with pytest.raises(UnknownIdError, match="unknown link 'NOPE'"):
        s.set_links({"UZB:CIS": False, "NOPE": True})
    assert s.scenario.link_states == {} and s.diff.is_empty


def test_reset_rename_and_notes() -> None:
    s = Session(load_baseline())
    s.set_links({"UZB:CSTO": True, "TKM:CARICC": False})
    change = s.reset_to_baseline()
    assert dict(change.links) == {"UZB:CSTO": False, "TKM:CARICC": True}
    assert s.scenario.link_states == {} and s.evaluation.enabled == s.baseline.enabled
    assert s.rename("CIS collapse").scenario_renamed and s.scenario.name == "CIS collapse"
    assert s.set_notes("for Tuesday").notes_changed and s.scenario.notes == "for Tuesday"
    assert s.summary() == ()
