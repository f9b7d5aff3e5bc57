"""The domain's and the files' refusals in the user's language: the command line's one-line
errors and the editors' checks say them in Russian under --lang ru, and in English exactly
as before otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app import words
from app.domain import ValidationError
from app.domain.edit import put_actor, put_link
from app.domain.text import parse_year
from app.files.baseline import load_baseline
from app.files.network_csv import plan_rows

pytestmark = pytest.mark.subprocess


@pytest.fixture(autouse=True)
def _seeded_store(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("C6_DB", str(store_path))
    monkeypatch.delenv(words.ENV_LANG, raising=False)
    yield
    words.use(words.Lang.EN)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=120
    )


def refused(*args: str) -> str:
    """The one line a refused command says (exit status 2)."""
    proc = run(*args)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


def test_an_unknown_link_is_named_in_the_language_asked_for() -> None:
    assert refused("--lang", "ru", "analyze", "--disable", "NOPE:X").endswith("нет связи «NOPE:X»")
    assert refused("--lang", "en", "analyze", "--disable", "NOPE:X").endswith(
        "unknown link 'NOPE:X'"
    )


def test_a_file_that_is_no_scenario_is_said_so_in_russian(tmp_path: Path) -> None:
    zipped = tmp_path / "scenario.c6s"
    zipped.write_bytes(b"PK\x03\x04rest of an archive")
    assert refused("--lang", "ru", "validate", str(zipped)).endswith(
        f"{zipped}: это ZIP-архив, а не файл сценария"
    )
    wrong = tmp_path / "network.c6s"
    wrong.write_text('{"format": "c6-network"}', encoding="utf-8")
    assert refused("--lang", "ru", "validate", str(wrong)).endswith(
        f"{wrong}: не файл сценария (формат 'c6-network', ожидался 'c6-scenario')"
    )
    assert refused("validate", str(wrong)).endswith(
        f"{wrong}: not a scenario file (format is 'c6-network', expected 'c6-scenario')"
    )


def test_a_csv_import_names_its_first_problem_in_russian(tmp_path: Path) -> None:
    table = tmp_path / "actors.csv"
    table.write_text("id,name,kind,nmae\nNEW,New body,body,x\n", encoding="utf-8")
    assert refused("--lang", "ru", "import-network", str(table)).endswith(
        "actors.csv: в заголовке указан 'nmae', но такого столбца у участников нет "
        "(id, name, name_ru, kind, seat, lat, lon, description, sources, membership, outside)"
    )
    table.write_text("id,name,kind\nNEW,New body,planet\nKAZ,,state\n", encoding="utf-8")
    assert (
        "строка 2: kind: «planet» — не одно из: state, body, mechanism, external_state "
        "(и ещё отклонено строк: 1)" in refused("--lang", "ru", "import-network", str(table))
    )
    assert (
        "row 2: kind 'planet' is not one of state, body, mechanism, external_state "
        "(and 1 more rows refused)" in refused("import-network", str(table))
    )


def test_switches_left_out_of_a_past_year_say_why_in_russian() -> None:
    proc = run("--lang", "ru", "analyze", "--as-of", "2017", "--disable", "AZE:CMHS")
    assert proc.returncode == 0, proc.stderr
    assert "AZE:CMHS: не действует в 2017 году (действует с 2025)" in proc.stdout
    proc = run("analyze", "--as-of", "2017", "--disable", "AZE:CMHS")
    assert "AZE:CMHS: not in force in 2017 (since 2025)" in proc.stdout


def test_the_editors_refusals_are_whole_russian_sentences() -> None:
    network = load_baseline()
    kaz = network.actor("KAZ")
    link = replace(network.links[0], since=2020, until=2010)
    english = []
    for tongue in ("ru", "en"):
        words.use(tongue)
        said = []
        with pytest.raises(ValidationError) as exc:
            put_actor(network, kaz, new=True)
        said.append(exc.value.message)
        with pytest.raises(ValidationError) as exc:
            put_link(network, link, new=False)
        said.append(exc.value.message)
        with pytest.raises(ValidationError) as exc:
            parse_year("20x8", "since")
        said.append(exc.value.message)
        with pytest.raises(ValidationError) as exc:
            plan_rows(network, "id,name\nNEW,New\n", "actors.csv")
        said.append(exc.value.message)
        if tongue == "ru":
            assert said == [
                "участник «KAZ» уже есть",
                "связь «KAZ:SCO»: год окончания 2010 раньше года начала 2020",
                "since: «20x8» — не год вида 2018",
                "actors.csv: заголовок не описывает ни участников (id, name, kind, …), ни связи "
                "(id, source, target, status, …)",
            ]
        else:
            english = said
    assert english == [
        "there is already an actor 'KAZ'",
        "link 'KAZ:SCO': until 2010 is before since 2020",
        "since '20x8' is not a year such as 2018",
        "actors.csv: the header names neither actors (id, name, kind, …) nor links "
        "(id, source, target, status, …)",
    ]
