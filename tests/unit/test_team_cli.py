"""Versions, conflicts and history as a team meets them on the command line, over SQLite and a
real PostgreSQL server: `edit`, `history`, `restore`, `scenarios --json`; many processes at
once, and no save ever silently replacing another."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.domain import ConflictError
from app.files.baseline import load_baseline
from db import Store

NET = load_baseline()
EXAMPLE = "Uzbekistan returns to the CSTO"
# Links on in the baseline and switched by no example: each save below switches one off.
ON = [lk.id for lk in NET.links if lk.enabled_in_baseline and lk.source in ("KAZ", "KGZ", "TJK")]


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def ok(*args: str) -> str:
    code, out, err = cli(*args)
    assert code == 0, err
    return out


def listed(url: str) -> dict[str, dict[str, Any]]:
    return {s["name"]: s for s in json.loads(ok("--db", url, "scenarios", "--json"))}


def test_edit_saves_a_new_version_and_history_says_who_and_what(store_url: str) -> None:
    before = listed(store_url)[EXAMPLE]
    assert before["version"] == 1
    out = ok("--db", store_url, "edit", EXAMPLE, "--disable", ON[0], "--notes", "first pass")
    assert out.strip() == "2"
    assert listed(store_url)[EXAMPLE]["version"] == 2
    ok("--db", store_url, "edit", EXAMPLE, "--disable", ON[1], "--enable", ON[0])
    history = json.loads(ok("--db", store_url, "history", EXAMPLE, "--json"))
    assert [h["version"] for h in history] == [1, 2, 3]
    assert history[1]["changes"] == {ON[0]: False}
    assert history[2]["changes"] == {ON[0]: True, ON[1]: False}
    assert history[2]["link_states"][ON[1]] is False
    assert [h["notes_changed"] for h in history] == [False, True, False]
    assert [h["action"] for h in history[1:]] == ["saved", "links switched"]
    assert history[1]["notes"] == "first pass"
    with Store.open(store_url) as store:
        user = store.user
        scenario, _net = store.load(store.scenario_id(EXAMPLE))
    assert {h["saved_by"] for h in history[1:]} == {user}
    assert scenario.link_states[ON[1]] is False and ON[0] not in scenario.link_states
    assert scenario.notes == "first pass"
    text = ok("--db", store_url, "history", EXAMPLE)
    assert f"{ON[0]} on, {ON[1]} off" in text
    assert f"{ON[0]} off, notes edited" in text
    ok("--db", store_url, "edit", EXAMPLE, "--notes", "second pass")
    assert json.loads(ok("--db", store_url, "history", EXAMPLE, "--json"))[-1]["action"] == (
        "notes edited"
    )


def test_a_save_over_a_newer_version_is_refused_naming_who(store_url: str) -> None:
    ok("--db", store_url, "edit", EXAMPLE, "--disable", ON[0])  # version 2
    with Store.open(store_url) as store:
        kept = store.load(store.scenario_id(EXAMPLE))
        user = store.user
    code, out, err = cli(
        "--db", store_url, "edit", EXAMPLE, "--disable", ON[1], "--if-version", "1"
    )
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert f"was saved by {user} at " in err and "(version 2)" in err
    assert "since you opened version 1; nothing was changed" in err
    with Store.open(store_url) as store:
        assert store.load(store.scenario_id(EXAMPLE)) == kept
    assert listed(store_url)[EXAMPLE]["version"] == 2


def test_restore_makes_an_old_version_the_newest(store_url: str) -> None:
    ok("--db", store_url, "edit", EXAMPLE, "--disable", ON[0])
    ok("--db", store_url, "edit", EXAMPLE, "--disable", ON[1], "--notes", "later")
    out = ok("--db", store_url, "restore", EXAMPLE, "--version", "1")
    assert out.strip() == f"restored version 1 of '{EXAMPLE}' as version 4"
    history = json.loads(ok("--db", store_url, "history", EXAMPLE, "--json"))
    assert history[-1]["action"] == "restored version 1"
    assert history[-1]["link_states"] == history[0]["link_states"]
    assert history[-1]["changes"] == {ON[0]: True, ON[1]: True}
    with Store.open(store_url) as store:
        scenario, _ = store.load(store.scenario_id(EXAMPLE))
    assert scenario.notes.startswith("Question:") and ON[0] not in scenario.link_states
    code, _, err = cli("--db", store_url, "restore", EXAMPLE, "--version", "9")
    assert code == 2 and "has no version 9 (it has versions 1 to 4)" in err
    code, _, err = cli("--db", store_url, "restore", EXAMPLE, "--version", "2", "--if-version", "3")
    assert code == 2 and "(version 4) since you opened version 3" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["edit", EXAMPLE], "nothing to change"),
        (["edit", EXAMPLE, "--disable", "NO:SUCH"], "unknown link 'NO:SUCH'"),
        (["edit", EXAMPLE, "--disable", "KAZ:SCO", "--enable", "KAZ:SCO"], "both enabled"),
        (["edit", "No such scenario", "--disable", "KAZ:SCO"], "no scenario named"),
        (["edit", EXAMPLE, "--notes", "a\x00b"], "notes"),
        (["edit", EXAMPLE, "--disable", "KAZ:SCO", "--if-version", "0"], "not a version"),
        (["history", "No such scenario"], "no scenario named"),
        (
            ["edit", EXAMPLE, "--disable", "KAZ:SCO", "--if-version", "99"],
            "has no version 99 yet (it is at version 1); nothing was changed",
        ),
        (["restore", EXAMPLE, "--version", "x"], "not a version"),
    ],
)
def test_bad_edits_are_one_line_and_change_nothing(
    store_url: str, args: list[str], message: str
) -> None:
    before = listed(store_url)
    with pytest.raises(SystemExit) if "not a version" in message else _no_raise():
        code, _out, err = cli("--db", store_url, *args)
        assert code == 2 and message in err, err
        assert len(err.strip().splitlines()) == 1
    assert listed(store_url) == before


class _no_raise:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def test_hostile_names_and_notes_are_stored_verbatim_never_run(store_url: str) -> None:
    hostile = 'Robert\'); DROP TABLE scenarios;-- "x"'
    with Store.open(store_url) as store:
        sid = store.duplicate_scenario(store.scenario_id(EXAMPLE), hostile)
    ok("--db", store_url, "edit", hostile, "--notes", "'; DELETE FROM scenario_versions; --")
    with Store.open(store_url) as store:
        scenario, _ = store.load(sid)
        assert scenario.name == hostile
        assert scenario.notes == "'; DELETE FROM scenario_versions; --"
        assert [v.version for v in store.history(sid)] == [1, 2]
    assert set(listed(store_url)) >= {hostile, EXAMPLE}


# ---- many processes at once


def _saver(url: str, name: str, links: list[str], user: str, out: Any) -> None:
    os.environ["LOGNAME"] = user  # who a SQLite store names as the writer
    codes = [cli("--db", url, "edit", name, "--disable", link)[0] for link in links]
    out.put((name, codes))


def test_eight_processes_saving_different_scenarios_lose_nothing(store_url: str) -> None:
    names = [f"Worker {i}" for i in range(8)]
    with Store.open(store_url) as store:
        source = store.scenario_id(EXAMPLE)
        for name in names:
            store.duplicate_scenario(source, name)
    per = ON[:25]
    assert len(per) == 25
    ctx = multiprocessing.get_context("spawn")
    results = ctx.Queue()
    procs = [
        ctx.Process(target=_saver, args=(store_url, n, per, f"w{i}", results))
        for i, n in enumerate(names)
    ]
    for p in procs:
        p.start()
    got = dict(results.get(timeout=600) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    assert all(codes == [0] * 25 for codes in got.values()), got
    with Store.open(store_url) as store:
        for name in names:
            sid = store.scenario_id(name)
            scenario, _ = store.load(sid)
            assert all(scenario.link_states.get(link) is False for link in per), name
            assert [v.version for v in store.history(sid)] == list(range(1, 27))


ROUNDS = 6


def _racer(url: str, index: int, barrier: Any, out: Any) -> None:
    os.environ["LOGNAME"] = f"racer{index}"
    results = []
    for round_ in range(ROUNDS):
        barrier.wait(timeout=120)  # everyone reads the same version...
        version = listed(url)[EXAMPLE]["version"]
        barrier.wait(timeout=120)  # ...before anyone writes
        link = ON[round_ * 8 + index]
        code, stdout, err = cli(
            "--db", url, "edit", EXAMPLE, "--disable", link, "--if-version", str(version)
        )
        results.append((round_, version, code, stdout.strip(), err.strip(), link))
    out.put(results)


def test_eight_processes_on_one_scenario_exactly_one_wins_each_version(store_url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(8), ctx.Queue()
    procs = [ctx.Process(target=_racer, args=(store_url, i, barrier, results)) for i in range(8)]
    for p in procs:
        p.start()
    rows = [row for _ in procs for row in results.get(timeout=600)]
    for p in procs:
        p.join(timeout=60)
    winners = {}
    for round_ in range(ROUNDS):
        this = [r for r in rows if r[0] == round_]
        assert {r[1] for r in this} == {round_ + 1}  # all started from the same version
        won = [r for r in this if r[2] == 0]
        lost = [r for r in this if r[2] != 0]
        assert len(won) == 1, this
        assert won[0][3] == str(round_ + 2)
        assert all(r[2] == 2 for r in lost)
        assert all(
            f"(version {round_ + 2}) since you opened version {round_ + 1}" in r[4] for r in lost
        )
        winners[round_ + 2] = won[0][5]
    with Store.open(store_url) as store:
        sid = store.scenario_id(EXAMPLE)
        history = store.history(sid)
        scenario, _ = store.load(sid)
    assert [v.version for v in history] == list(range(1, ROUNDS + 2))
    for version, link in winners.items():
        assert history[version - 1].changes == {link: False}
    losers = {r[5] for r in rows if r[2] != 0}
    assert all(scenario.link_states.get(link) is False for link in winners.values())
    assert not any(link in scenario.link_states for link in losers)


def test_a_network_import_planned_before_another_edit_is_refused(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone edits the network while import-network plans its rows: the import, planned
    on the version it read, is refused and their edit kept."""
    from app import cli as cli_module
    from app.files.network_csv import links_csv, plan_import

    path = tmp_path / "links.csv"
    path.write_text(links_csv(NET).replace("2001", "2002", 1), encoding="utf-8", newline="")

    def plan_meanwhile(network: Any, csv_path: Path) -> Any:
        with Store.open(store_url) as other:
            nid = other.default_network_id()
            stored, version = other.network_versioned(nid)
            edited = replace(stored, description="Edited meanwhile.")
            other.replace_network(nid, edited, if_version=version)
        return plan_import(network, csv_path)

    monkeypatch.setattr(cli_module, "plan_import", plan_meanwhile)
    code, _out, err = cli("--db", store_url, "import-network", str(path))
    assert code == 2 and "was edited by" in err and "nothing was changed" in err
    with Store.open(store_url) as store:
        network, version = store.network_versioned(store.default_network_id())
    assert network.description == "Edited meanwhile." and version == 2
    assert network.links == NET.links


def test_a_read_sees_one_moment_never_halves_of_two_commits(store_url: str) -> None:
    """Another user's edit commits between the two statements that read a network and its
    version: the read still pairs content and version of one moment, so an edit planned on
    it is refused rather than putting back what they removed."""
    from sqlalchemy import event

    from app.domain.edit import remove_link

    with Store.open(store_url) as mine, Store.open(store_url) as bob:
        nid = mine.default_network_id()
        fired: list[int] = []

        def between(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
            if not fired and statement.startswith("SELECT networks.version"):
                fired.append(1)
                net, version = bob.network_versioned(nid)
                bob.replace_network(nid, remove_link(net, "KGZ:CSTO"), if_version=version)

        event.listen(mine.engine, "before_cursor_execute", between)
        network, version = mine.network_versioned(nid)
        event.remove(mine.engine, "before_cursor_execute", between)
        assert fired and network.has_link("KGZ:CSTO") and version == 1
        with pytest.raises(ConflictError, match="was edited by"):
            mine.replace_network(nid, remove_link(network, "TJK:CSTO"), if_version=version)
        assert not bob.network(nid).has_link("KGZ:CSTO")
        assert bob.network(nid).has_link("TJK:CSTO")


def test_a_save_that_changes_nothing_keeps_the_version(store_url: str) -> None:
    with Store.open(store_url) as store:
        sid = store.scenario_id(EXAMPLE)
        scenario, _net, version = store.load_versioned(sid)
        later = replace(scenario, modified=scenario.modified.replace(year=2030))
        assert store.save_scenario(sid, later, if_version=version) == version == 1
        assert [v.version for v in store.history(sid)] == [1]
        changed = replace(scenario, notes="changed")
        assert store.save_scenario(sid, changed, if_version=version) == 2
