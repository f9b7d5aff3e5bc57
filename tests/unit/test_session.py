"""The Qt-free workspace: each operation reports what it changed and keeps state consistent."""

from __future__ import annotations

import pytest

from app.analysis import Criteria, Lens, evaluate
from app.domain import Depth, Membership, UnknownIdError
from app.files.baseline import load_baseline
from app.session import Change, Session


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


def test_move_nodes_pins_and_unpins() -> None:
    s = Session(load_baseline())
    change = s.move_nodes({"KAZ": (10.0, 20.0)})
    assert dict(change.moved) == {"KAZ": (10.0, 20.0)} and not change.evaluation_changed
    assert s.scenario.positions == {"KAZ": (10.0, 20.0)}
    assert not s.move_nodes({"KAZ": (10.0, 20.0)})  # no change, nothing reported
    assert dict(s.move_nodes({"KAZ": None}).moved) == {"KAZ": None}
    assert s.scenario.positions == {}
    with pytest.raises(UnknownIdError):
        s.move_nodes({"NOPE": (0.0, 0.0)})


def test_rename_refuses_an_empty_name_and_ignores_the_same_one() -> None:
    from app.domain import ValidationError

    s = Session(load_baseline())
    with pytest.raises(ValidationError, match="needs a name"):
        s.rename("   ")
    assert not s.rename(s.scenario.name)
    assert not s.set_notes(s.scenario.notes)


def test_an_evaluation_from_a_worker_is_taken_only_while_current() -> None:
    from app.analysis import evaluate

    net = load_baseline()
    s = Session(net)
    assert s.kept_baseline is None and not s.evaluated  # nothing computed up front
    old = s.scenario
    s.set_links({"UZB:CSTO": True})
    stale = evaluate(net, old)
    assert not s.adopt_evaluation(old, stale, evaluate(net))
    fresh = evaluate(net, s.scenario)
    assert s.adopt_evaluation(s.scenario, fresh, evaluate(net))
    assert s.evaluated and s.evaluation is fresh


def test_summary_names_gains_and_losses_of_cover() -> None:
    s = Session(load_baseline())
    s.set_links({"AZE:SCO:member": True})
    assert not any("gains cover" in line for line in s.summary())  # no gap at coordination
    change = s.set_criteria(Criteria(Depth.OPERATIONAL))
    assert change.criteria_changed and change.evaluation_changed
    assert s.set_criteria(Criteria(Depth.OPERATIONAL)) == Change()
    assert (
        "Azerbaijan gains cover of cybercrime and information security at operational depth "
        "(1 link: Shanghai Cooperation Organisation)." in s.summary()
    )
    assert s.baseline.criteria.threshold is Depth.OPERATIONAL
    s.set_criteria(Criteria())
    s.reset_to_baseline()
    s.set_links(dict.fromkeys(s.outside_links(), False))
    assert any(
        line.startswith("Kyrgyzstan loses all cover of water and energy balance")
        for line in s.summary()
    )
    assert all(s.network.membership_of(lid) is Membership.OWN for lid in s.enabled())


def test_as_of_a_year_the_network_is_what_stood_then() -> None:

    net = load_baseline()
    in_2017, in_2018, in_2024 = net.as_of(2017), net.as_of(2018), net.as_of(2024)
    ids = {
        y: {a.id for a in n.actors} for y, n in ((2017, in_2017), (2018, in_2018), (2024, in_2024))
    }
    assert "CMHS" not in ids[2017] and "CMHS" in ids[2018]  # Consultative Meeting, 2018
    assert "SCS" not in ids[2018] and "SCS" in ids[2024]  # Security Council secretaries, 2024
    assert {s.id for s in in_2017.states} == {s.id for s in net.states}  # states always
    assert in_2018.has_link("KAZ:CMHS") and not in_2024.has_link("AZE:CMHS")  # AZE joins 2025
    assert net.as_of(2025).has_link("AZE:CMHS")
    for lk in in_2018.links:
        assert lk.since is None or lk.since <= 2018
    assert net.years() == (1991, 2025)


def test_a_session_seen_as_of_a_year_keeps_the_scenario_whole() -> None:

    net = load_baseline()
    s = Session(net)
    s.set_links({"TKM:BIRLIK": True, "UZB:CIS": False})
    today = s.evaluation
    change = s.set_year(2020)
    assert change.year_changed and change.evaluation_changed
    assert s.set_year(2020) == Change()  # already there
    then = s.evaluation
    assert "AZE" in then.coverage.states  # states are always there
    assert then.coverage.count("AZE", "terrorism") < today.coverage.count("AZE", "terrorism")
    assert "TKM:BIRLIK" not in then.enabled and "UZB:CIS" not in then.enabled  # BIRLIK is 2024
    then_net = net.as_of(2020)
    active = {end for lid in then_net.baseline_enabled() for end in (then_net.link(lid).source,)}
    active |= {then_net.link(lid).target for lid in then_net.baseline_enabled()}
    assert s.baseline.connectivity.nodes == len(active | {a.id for a in then_net.states})
    assert s.view_scenario.link_states == {"UZB:CIS": False}  # no BIRLIK in 2020
    assert s.scenario.link_states == {"TKM:BIRLIK": True, "UZB:CIS": False}  # untouched
    assert "TKM:BIRLIK" in s.enabled()  # the links table still shows today's switches
    # switching a link while seeing 2020 edits the scenario itself
    s.set_links({"KAZ:CSTO": False})
    assert s.scenario.link_states["KAZ:CSTO"] is False and "KAZ:CSTO" not in s.evaluation.enabled
    s.set_year(None)
    assert s.evaluation.enabled == net.enabled_links(s.scenario)
    assert s.baseline == evaluate(net)


def test_other_criteria_recount_coverage_and_keep_connectivity() -> None:
    net = load_baseline()
    s = Session(net)
    s.set_links({"UZB:CSTO": True, "KAZ:CIS": False})
    before = s.evaluation
    for criteria in (Criteria(Depth.OPERATIONAL), Criteria(Depth.DECLARATORY, Lens.OWN)):
        s.set_criteria(criteria)
        assert s.evaluation == evaluate(net, s.scenario, criteria=criteria)  # as from scratch
        assert s.evaluation.connectivity is before.connectivity  # not computed again
        assert s.baseline == evaluate(net, criteria=criteria)
        assert s.diff.metric("gaps").after == len(s.evaluation.coverage.gaps)
