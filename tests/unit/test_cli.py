"""The command line as a user runs it: a real process, real files."""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.domain import Scenario
from app.files.baseline import load_baseline
from app.files.scenario_file import write_scenario_file

pytestmark = pytest.mark.subprocess


@pytest.fixture(autouse=True)
def _seeded_store(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every command runs on a fresh copy of a seeded store (via $C6_DB)."""
    monkeypatch.setenv("C6_DB", str(store_path))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=120
    )


def run_json(*args: str) -> Any:
    proc = run(*args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_links_lists_every_link_with_its_fields() -> None:
    rows = run_json("links")
    assert len(rows) == len(load_baseline().links)
    uzb = next(r for r in rows if r["id"] == "UZB:CSTO")
    keys = ("id", "source", "target", "status", "enabled", "since", "until")
    assert {k: uzb[k] for k in keys} == {
        "id": "UZB:CSTO", "source": "UZB", "target": "CSTO", "status": "suspended",
        "enabled": False, "since": 2012, "until": None,
    }  # fmt: skip
    assert uzb["confidence"] == "confirmed" and uzb["membership"] == "outside"
    assert uzb["depths"] == {
        "border": 3, "cyber": 3, "drugs": 2, "emergencies": 2, "extremism": 2, "military": 3,
        "terrorism": 3,
    }  # fmt: skip
    assert uzb["sources"] and all(s.startswith("http") for s in uzb["sources"])
    assert "2012" in uzb["note"]
    tkm = next(r for r in rows if r["id"] == "TKM:CIS")
    assert {g["risk"] for g in tkm["grades"] if g["depth"] == 0} == {"military", "border"}
    cirt = next(r for r in rows if r["id"] == "KAZ:C6-CIRT")
    assert cirt["confidence"] == "hypothetical" and cirt["enabled"] is False


def test_actors_and_risks() -> None:
    actors = run_json("actors")
    assert [a["id"] for a in actors][:6] == ["KAZ", "KGZ", "TJK", "TKM", "UZB", "AZE"]
    sco = next(a for a in actors if a["id"] == "SCO")
    assert sco["membership"] == "outside" and "China" in sco["outside"]
    assert sco["sources"] and sco["description"]
    assert {g["risk"]: g["depth"] for g in sco["mandate"]}["terrorism"] == 3
    assert (sco["name"], sco["name_ru"]) == ("Shanghai Cooperation Organisation", "ШОС")
    risks = run_json("risks")
    assert len(risks) == 10
    assert (risks[0]["label"], risks[0]["label_ru"]) == ("Terrorism", "Терроризм")


def test_the_actors_table_names_them_in_the_current_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app import lang
    from app.cli import main

    assert main(["actors"]) == 0
    english = capsys.readouterr().out
    assert "Shanghai Cooperation Organisation" in english and "ШОС" not in english
    try:
        assert main(["--lang", "ru", "actors"]) == 0
        russian = capsys.readouterr().out
        assert main(["actors", "--json", "--lang", "ru"]) == 0
        as_json = json.loads(capsys.readouterr().out)
        assert main(["risks", "--lang", "ru"]) == 0
        risks = capsys.readouterr().out
    finally:
        lang.use("en")
    uzb = next(line for line in russian.splitlines() if line.split()[:1] == ["UZB"])
    assert uzb.rstrip().endswith("Узбекистан")
    assert "ШОС" in russian and "Shanghai Cooperation Organisation" not in russian
    assert "Консультативная встреча глав государств Центральной Азии" in russian
    assert "Незаконный оборот наркотиков" in risks
    # JSON is the same in both languages: both names, under their own keys
    sco = next(a for a in as_json if a["id"] == "SCO")
    assert (sco["name"], sco["name_ru"]) == ("Shanghai Cooperation Organisation", "ШОС")


def test_analyze_disable_shows_the_change_against_the_baseline() -> None:
    out = run_json("analyze", "--disable", "UZB:CIS")
    assert out["diff"]["switched_off"] == ["UZB:CIS"]
    assert out["connectivity"]["edges"] == out["diff"]["metrics"]["edges"]["before"] - 1
    keys = "nodes edges components density global_efficiency average_shortest_path"
    keys += " algebraic_connectivity articulation_points bridges"
    assert set(keys.split()) <= out["connectivity"].keys()
    assert {"matrix", "gaps", "single_points", "collective"} <= out["coverage"].keys()
    cells = {(c["state"], c["risk"]): c for c in out["diff"]["coverage_changes"]}
    assert cells[("UZB", "terrorism")]["after"] == cells[("UZB", "terrorism")]["before"] - 1
    assert "CIS" not in out["coverage"]["collective"]["drugs"]
    assert out["diff"]["collective_lost"]["drugs"] == ["CIS"]
    assert out["critical_links"][0]["rank"] == 1
    assert len(out["cohesion"]["pairs"]) == 15
    assert out["coverage"]["threshold"] == "coordination" and out["coverage"]["lens"] == "all"
    # "loses redundancy" is not said: the cell stays at two or more
    assert cells[("UZB", "terrorism")]["after"] >= 2
    assert not any("loses redundancy" in line for line in out["diff"]["summary"])


def test_analyze_enable_a_candidate() -> None:
    out = run_json("analyze", "--enable", "UZB:CSTO", "--enable", "AZE:SCO:member")
    assert out["diff"]["switched_on"] == ["AZE:SCO:member", "UZB:CSTO"]
    cells = {(c["state"], c["risk"]): c for c in out["diff"]["coverage_changes"]}
    assert cells[("UZB", "military")]["after"] == cells[("UZB", "military")]["before"] + 1
    assert cells[("AZE", "terrorism")]["after"] == cells[("AZE", "terrorism")]["before"] + 1
    assert out["coverage"]["matrix"]["UZB"]["military"] == cells[("UZB", "military")]["after"]


def test_analyze_text_is_a_readable_table() -> None:
    proc = run("analyze", "--disable", "TKM:CARICC")
    assert proc.returncode == 0, proc.stderr
    assert "How the states hang together (at coordination depth or deeper)" in proc.stdout
    assert "self-reliance: the region's own mechanisms cover" in proc.stdout
    assert "Figures" in proc.stdout
    assert "switched off: TKM:CARICC" in proc.stdout
    assert "Most critical links" in proc.stdout


def test_analyze_reads_a_scenario_file(tmp_path: Path) -> None:
    net = load_baseline()
    path = tmp_path / "cis.c6s"
    write_scenario_file(path, Scenario("No CIS").with_links(net, {"KAZ:CIS": False}), net)
    out = run_json("analyze", "--scenario", str(path), "--disable", "KGZ:CIS")
    assert out["scenario"]["name"] == "No CIS"
    assert out["diff"]["switched_off"] == ["KAZ:CIS", "KGZ:CIS"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("analyze", "--disable", "XYZ:NOPE"), "unknown link 'XYZ:NOPE'"),
        (("analyze", "--enable", "UZB:CSTO", "--disable", "UZB:CSTO"), "both enabled and disabled"),
        (("analyze", "--frobnicate"), "unrecognized arguments: --frobnicate"),
        (("nonsense",), "invalid choice: 'nonsense'"),
        (("analyze", "--scenario", "/nonexistent/x.c6s"), "cannot read"),
        (("gui", "--size", "big"), "size 'big' is not WIDTHxHEIGHT"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: tuple[str, ...], message: str) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr


def test_a_broken_scenario_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.c6s"
    stamp = "2026-01-01T00:00:00+00:00"
    scenario = {
        "name": "x",
        "created": stamp,
        "modified": stamp,
        "link_states": {"UZB:NOWHERE": True},
    }
    bad.write_text(json.dumps({"format": "c6-scenario", "version": 1, "scenario": scenario}))
    before = bad.read_bytes()
    proc = run("analyze", "--scenario", str(bad))
    assert proc.returncode == 2
    assert "unknown link 'UZB:NOWHERE'" in proc.stderr
    assert bad.read_bytes() == before


def test_export_writes_each_format_the_window_writes(tmp_path: Path) -> None:
    import networkx as nx
    from PySide6.QtGui import QImage

    for name in ("net.graphml", "net.gexf", "links.csv", "net.png", "net.svg", "net.pdf"):
        out = tmp_path / name
        proc = run("export", "--scenario", "The CIS track collapses", "--to", str(out))
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == str(out) and out.stat().st_size > 0
    g = nx.read_graphml(tmp_path / "net.graphml")
    assert (
        g.graph["scenario"] == "The CIS track collapses"
        and not g.edges["KAZ", "CIS", "KAZ:CIS"]["enabled"]
    )
    image = QImage(str(tmp_path / "net.png"))
    assert image.width() == 2800 and image.height() > 1000
    svg = (tmp_path / "net.svg").read_text(encoding="utf-8")
    assert "The CIS track collapses" in svg and "<image" not in svg  # drawn, not a bitmap
    assert (tmp_path / "net.pdf").read_bytes().startswith(b"%PDF")
    cov = tmp_path / "cov.csv"
    assert run("export", "--to", str(cov), "--table", "coverage").returncode == 0
    assert cov.read_text(encoding="utf-8").startswith("state,terrorism,")


def test_report_writes_pdf_and_html(tmp_path: Path) -> None:
    from pypdf import PdfReader

    example = Path("resources/scenarios/turkmenistan-joins-birlik.c6s")
    for name in ("brief.pdf", "brief.html"):
        proc = run("report", "--scenario", str(example), "--out", str(tmp_path / name))
        assert proc.returncode == 0, proc.stderr
    text = PdfReader(tmp_path / "brief.pdf").pages[0].extract_text()
    assert "Turkmenistan joins the Birlik exercises" in text
    assert "Turkmenistan joins the Birlik exercises" in (tmp_path / "brief.html").read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("export", "--to", "x.doc"), "cannot export to 'x.doc': use .png, .svg, .pdf"),
        (("export", "--scenario", "Nope", "--to", "x.png"), "no scenario named 'Nope'"),
        (("report", "--out", "x.txt"), "cannot write a report to 'x.txt': use .pdf or .html"),
        (
            ("export", "--to", "/no/such/dir/x.gexf"),
            "No such file or directory: /no/such/dir/x.gexf",
        ),
    ],
)
def test_export_and_report_refuse_bad_input_in_one_line(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    here = tmp_path / "out"
    here.mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        cwd=here,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and message in proc.stderr
    assert list(here.iterdir()) == []


def test_as_of_gives_the_year_view_the_slider_gives() -> None:
    links_2024 = {row["id"] for row in run_json("links", "--as-of", "2024")}
    assert "KAZ:SCS" in links_2024 and "AZE:CMHS" not in links_2024
    assert "AZE:CMHS" in {row["id"] for row in run_json("links")}
    out = run_json("analyze", "--as-of", "2024")
    assert out["scenario"]["as_of"] == 2024
    aze = out["coverage"]["covering"]["AZE"]
    assert all("AZE:CMHS" not in ids for ids in aze.values())
    text = run("analyze", "--as-of", "2017").stdout
    assert "(the network as of 2017)" in text


def test_import_network_writes_all_rows_or_none(tmp_path: Path, store_path: Path) -> None:
    import hashlib

    good = tmp_path / "links.csv"
    good.write_text(
        "id,source,target,status,since,sources\n"
        "TKM:EAEU,TKM,EAEU,observer,2026,https://example.org\n",
        encoding="utf-8",
    )
    proc = run("import-network", str(good))
    assert proc.returncode == 0, proc.stderr
    assert "links: 1 added, 0 changed, 0 unchanged" in proc.stdout
    assert "TKM:EAEU" in {row["id"] for row in run_json("links")}
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "id,source,target,status\nKAZ:N1,KAZ,UN,member\nKAZ:N2,KAZ,NOPE,member\n", encoding="utf-8"
    )
    before = hashlib.sha256(store_path.read_bytes()).hexdigest()
    proc = run("import-network", str(bad))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert "bad.csv: row 3: unknown actor 'NOPE'; nothing was written" in proc.stderr
    assert hashlib.sha256(store_path.read_bytes()).hexdigest() == before
    assert "KAZ:N1" not in {row["id"] for row in run_json("links")}
    old = tmp_path / "old.csv"  # an export of the format before graded mandates
    old.write_text(
        "id,source,target,status,risks\nTKM:EAEU,TKM,EAEU,member,economic\n", encoding="utf-8"
    )
    proc = run("import-network", str(old))
    assert proc.returncode == 2 and "a 'risks' column is from an older export" in proc.stderr
    assert hashlib.sha256(store_path.read_bytes()).hexdigest() == before


def test_analyze_counts_at_the_threshold_and_through_the_lens() -> None:
    coordination = run_json("analyze")["coverage"]
    operational = run_json("analyze", "--threshold", "operational")["coverage"]
    own = run_json("analyze", "--lens", "own")["coverage"]
    assert operational["threshold"] == "operational" and own["lens"] == "own"
    for s, row in coordination["matrix"].items():
        for r, n in row.items():
            assert operational["matrix"][s][r] <= n
            assert own["matrix"][s][r] == own["own"][s][r] == coordination["own"][s][r] <= n
            assert (coordination["depth"][s][r] >= 3) == (operational["matrix"][s][r] > 0)
    assert len(own["gaps"]) == 5
    assert (
        own["self_reliance"]
        == coordination["self_reliance"]
        == {
            "own_cells": 55,
            "covered_cells": 60,
        }
    )
    proc = run("analyze", "--threshold", "deep")
    assert proc.returncode == 2 and "invalid choice: 'deep'" in proc.stderr


def test_only_own_switches_off_every_link_with_outside_powers() -> None:
    out = run_json("analyze", "--only-own")
    net = load_baseline()
    off = set(out["diff"]["switched_off"])
    assert off == {
        lk.id
        for lk in net.links
        if lk.enabled_in_baseline and net.actor(lk.target).membership.value != "own"
    }
    assert {(g["state"], g["risk"]) for g in out["coverage"]["gaps"]} == {
        ("KGZ", "water_energy"), ("AZE", "water_energy"), ("TKM", "emergencies"),
        ("AZE", "emergencies"), ("TKM", "border"),
    }  # fmt: skip
    assert out["scenario"]["only_own"] is True
    text = run("analyze", "--only-own").stdout
    assert "Kyrgyzstan loses all cover of water and energy balance" in text


def test_critical_links_show_ties_as_ties() -> None:
    ranked = run_json("analyze")["critical_links"]
    ranks = [r["rank"] for r in ranked]
    assert ranks == sorted(ranks) and ranks[0] == 1

    def cost(r: dict[str, Any]) -> tuple[int, int, int]:
        return len(r["new_gaps"]), len(r["new_single_points"]), r["cover_lost"]

    for a, b in itertools.pairwise(ranked):  # equal cost, one rank; else lower
        same = cost(a) == cost(b) and abs(a["efficiency_loss"] - b["efficiency_loss"]) < 1e-9
        assert (a["rank"] == b["rank"]) == same
    tied = [r for r in ranked if ranks.count(r["rank"]) > 1]
    assert tied  # the baseline has ties (the same body's links to look-alike states)
    text = run("analyze").stdout
    assert "equal costs share a rank" in text and "=" in text.split("Most critical links")[1]


def test_as_of_says_which_asked_switches_it_left_out_and_why() -> None:
    """AZE:CMHS begins in 2025: asked off as of 2017, it is said dropped, with the reason,
    in one line (the text said only "switched off: none")."""
    proc = run("analyze", "--as-of", "2017", "--disable", "AZE:CMHS", "--enable", "UZB:CSTO")
    assert proc.returncode == 0, proc.stderr
    said = [line for line in proc.stdout.splitlines() if "AZE:CMHS" in line]
    assert said == ["  switches left out: AZE:CMHS: not in force in 2017 (since 2025)"]
    assert "  switched on:  UZB:CSTO" in proc.stdout
    out = run_json("analyze", "--as-of", "2017", "--disable", "AZE:CMHS")
    assert out["scenario"]["left_out"] == {"AZE:CMHS": "not in force in 2017 (since 2025)"}
    assert out["diff"]["switched_off"] == []
    assert run_json("analyze", "--disable", "AZE:CMHS")["scenario"]["left_out"] == {}


def test_as_of_marks_the_links_whose_year_is_unknown() -> None:
    """Links with no known start year are kept in a past year's network (dropping them
    would take away cooperation that surely stood), and every output says so."""
    rows = run_json("links", "--as-of", "1900")
    undated = {r["id"] for r in rows if r["since"] is None}
    assert "KAZ:CIS-SEC" in undated and all(
        r["year_known"] is False for r in rows if r["since"] is None
    )
    assert all(r["year_known"] for r in rows if r["since"] is not None)
    text = run("links", "--as-of", "1900").stdout.splitlines()
    row = next(line for line in text if line.split()[:1] == ["KAZ:CIS-SEC"])
    assert row.split()[5] == "unknown"  # the since column
    assert text[-1] == (
        f"  {len(undated)} of these links have no known start year (since unknown): "
        "kept as if in force in 1900"
    )
    out = run_json("analyze", "--as-of", "2017")
    assert "KAZ:CIS-SEC" in out["scenario"]["year_unknown"]
    assert "KAZ:SCO" not in out["scenario"]["year_unknown"]
    line = next(x for x in run("analyze", "--as-of", "2017").stdout.splitlines() if "unknown" in x)
    assert (
        line.startswith("  year unknown, counted as in force in 2017: ") and "KAZ:CIS-SEC" in line
    )


def test_the_readme_names_every_column_of_links() -> None:
    """The README's `links` line lists the text table's columns in order, and what --json
    adds; the table has the source and target columns it promises."""
    readme = Path("README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if x.startswith("| `c6-explorer links "))
    listed = line.split("): ")[1].split(";")[0].replace("depth by risk", "depths")
    header = run("links").stdout.splitlines()[0].split()
    assert [c.strip() for c in listed.split(",")] == header
    assert header[1:3] == ["source", "target"]
    added = line.split("`--json` adds ")[1].split(" |")[0]
    extra = {
        "own grades": "grades",
        "sources": "sources",
        "note": "note",
        "membership class": "membership",
    }
    assert all(words in added for words in extra)
    keys = set().union(*(r.keys() for r in run_json("links")))
    assert keys == set(header) | set(extra.values())


def test_a_screenshot_needs_no_display() -> None:
    """`gui --screenshot` renders offscreen with no display, or one that is gone."""
    for display in (None, ":77"):
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
        }
        if display:
            env["DISPLAY"] = display
        shot = Path(os.environ["C6_DB"]).with_name(f"shot{display or ''}.png")
        proc = subprocess.run(
            [sys.executable, "-m", "app", "gui", "--screenshot", str(shot)],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr[-500:]
        assert shot.read_bytes().startswith(b"\x89PNG")


def test_analyze_json_is_the_same_in_both_languages() -> None:
    en = run("analyze", "--disable", "UZB:CIS", "--json", "--lang", "en")
    ru = run("--lang", "ru", "analyze", "--disable", "UZB:CIS", "--json")
    assert en.returncode == ru.returncode == 0, ru.stderr
    assert en.stdout == ru.stdout  # byte for byte, the summary in English in both
    assert json.loads(ru.stdout)["diff"]["summary"]
    past = ["analyze", "--as-of", "2017", "--disable", "AZE:CMHS", "--json"]
    en, ru = run(*past), run("--lang", "ru", *past)
    assert en.stdout == ru.stdout  # a switch left out, and why: in English in both
    assert "not in force in 2017" in json.loads(ru.stdout)["scenario"]["left_out"]["AZE:CMHS"]


@pytest.mark.parametrize("where", ["before", "after", "environment"])
def test_analyze_speaks_russian_when_asked(where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["analyze", "--disable", "UZB:CIS"]
    if where == "environment":
        monkeypatch.setenv("C6_LANG", "ru")
    args = ["--lang", "ru", *args] if where == "before" else args
    args = [*args, "--lang", "ru"] if where == "after" else args
    proc = run(*args)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("Сценарий: Командная строка\n")
    for said in (
        "  учитываются: связи на координационном уровне или глубже, все механизмы",
        "  выключены: UZB:CIS",
        "Показатели",
        "Средняя связанность пар государств",
        "−0,333",  # the decimal comma
        "Что меняется",
        "но их стало меньше по 5 рискам",
        "Наиболее критичные связи",
    ):
        assert said in out, said
    # nothing English is left but ids, risk keys and the names the data has in English only
    net = load_baseline()
    allowed = {a.name for a in net.actors if not a.name_ru}
    allowed |= {r.label.lower() for r in net.risks if not r.label_ru}
    rest = out
    for text in sorted(allowed, key=len, reverse=True):
        rest = rest.replace(text, "")
    ids = {lk.id for lk in net.links} | {a.id for a in net.actors} | set(net.risk_keys)
    parts = {w for i in ids for w in re.split(r"[:-]", i)} | set(net.risk_keys)
    words = set(re.findall(r"[A-Za-z][A-Za-z_]*", rest))
    assert words <= {"o", "c", "d", "n"} | parts, words - parts  # the legend letters


def test_analyze_in_english_keeps_the_decimal_point() -> None:
    out = run("analyze", "--disable", "UZB:CIS").stdout
    assert "Scenario: Command line" in out and "−0.333" in out and "−0,333" not in out


@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_language_the_app_does_not_speak_is_one_line_and_exit_2(
    how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if how == "environment":
        monkeypatch.setenv("C6_LANG", "fr")
        proc = run("risks")
    else:
        proc = run("risks", "--lang", "fr")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == "c6-explorer: error: 'fr' is not a language of this app: use en or ru\n"


def test_text_tables_and_messages_speak_russian(tmp_path: Path) -> None:
    out = run("--lang", "ru", "links").stdout
    assert out.split("\n")[0].split()[:5] == ["id", "от", "к", "статус", "включена"]
    assert "выкл." in out and " off " not in out
    f = tmp_path / "x.c6s"
    write_scenario_file(f, Scenario.baseline("X"), load_baseline())
    said = run("--lang", "ru", "validate", str(f))
    assert said.returncode == 0 and said.stdout.startswith("в порядке: ")
    assert "переключено связей: 0, сеть" in said.stdout and "switched" not in said.stdout
    kaz_sco = next(line for line in out.splitlines() if line.startswith("  KAZ:SCO "))
    assert "основатель" in kaz_sco and "подтверждена" in kaz_sco  # not founding, confirmed
    english = run("links").stdout
    assert "founding" in english and "confirmed" in english
    actors = run("--lang", "ru", "actors").stdout
    assert "Государство C6" in actors and "Казахстан" in actors
    assert " state " in run("actors").stdout  # English keeps the value scripts read
    assert "каталог" in run("--lang", "ru", "risks").stdout
    analyze = run("--lang", "ru", "analyze", "--disable", "UZB:CIS").stdout
    assert "(о оперативный, к координационный, д декларативный, - нет)" in analyze
    assert re.search(r"KAZ\s+17о", analyze)  # the depth letters are Cyrillic


def test_history_says_what_each_save_did_in_russian() -> None:
    said = run("--lang", "ru", "history", "The CIS track collapses").stdout
    assert "встроенный пример" in said and "bundled example" not in said
    assert "bundled example" in run("history", "The CIS track collapses").stdout


def test_a_value_argparse_refuses_is_said_in_the_language_asked() -> None:
    for argv in (
        ["--lang", "ru", "links", "--as-of", "1850"],
        ["links", "--as-of=1850", "--lang=ru"],
    ):
        said = run(*argv)
        assert said.returncode == 2 and "ожидался год от 1900 до 2200" in said.stderr
    assert "expected a year from 1900 to 2200" in run("links", "--as-of", "1850").stderr
