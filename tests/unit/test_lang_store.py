"""The store's errors in Russian, as a user meets them: the command line's one line (exit
status 2) for a store that cannot be opened, a damaged one, a read-only one, an unknown name
and a conflict, and a locked store refusing a save; each is said in English as before."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import words
from app.domain import StoreError
from app.files.baseline import RESOURCES
from db import Store
from tests.unit.test_hostile import damage_a_page

pytestmark = pytest.mark.subprocess

UZB = "Uzbekistan returns to the CSTO"
EXAMPLE = RESOURCES / "scenarios" / "cis-track-collapses.c6s"


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    words.use("en")


def run(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("C6_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "app", "--lang", lang, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def said(*args: str, lang: str) -> str:
    """The one line a refused command says (exit status 2), without the program's name."""
    proc = run(*args, lang=lang)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    return lines[0].removeprefix("c6-explorer: error: ")


def test_a_store_that_cannot_be_opened_is_said_in_russian(tmp_path: Path) -> None:
    where = tmp_path / "no such folder" / "x.db"
    russian = said("--db", str(where), "scenarios", lang="ru")
    assert russian.startswith(f"не удаётся открыть хранилище {where}: ")
    english = said("--db", str(where), "scenarios", lang="en")
    assert english.startswith(f"cannot open store {where}: ")


def test_a_damaged_store_is_said_in_russian(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database, only words " * 100)
    assert said("--db", str(junk), "scenarios", lang="ru") == (
        f"хранилище {junk} повреждено или не является базой данных (file is not a database)"
    )
    assert said("--db", str(junk), "scenarios", lang="en") == (
        f"store {junk} is damaged or not a database (file is not a database)"
    )


def test_an_unknown_scenario_is_said_in_russian(store_path: Path) -> None:
    db = ("--db", str(store_path))
    assert said(*db, "history", "NOPE", lang="ru") == (
        f"в хранилище {store_path} нет сценария с названием 'NOPE'"
    )
    assert said(*db, "history", "NOPE", lang="en") == (
        f"no scenario named 'NOPE' in store {store_path}"
    )


def test_a_conflict_is_said_in_russian_and_changes_nothing(store_path: Path) -> None:
    db = ("--db", str(store_path))
    assert run(*db, "edit", UZB, "--notes", "first").returncode == 0  # version 2
    russian = said(*db, "edit", UZB, "--notes", "second", "--if-version", "1", lang="ru")
    assert russian.startswith(f"сценарий '{UZB}' сохранён после того, как вы открыли версию 1 (")
    assert russian.endswith(", версия 2); ничего не изменено"), russian
    english = said(*db, "edit", UZB, "--notes", "second", "--if-version", "1", lang="en")
    assert english.startswith(f"'{UZB}' was saved by ")
    assert english.endswith(" UTC (version 2) since you opened version 1; nothing was changed")
    ahead = said(*db, "edit", UZB, "--notes", "x", "--if-version", "7", lang="ru")
    assert ahead == f"у сценария '{UZB}' ещё нет версии 7 (сейчас версия 2); ничего не изменено"
    with Store.open(str(store_path)) as store:
        assert store.head(store.scenario_id(UZB)).version == 2


def test_a_store_open_read_only_says_why_in_russian(store_path: Path) -> None:
    """A store failing its integrity check opens read-only; an import says so, and why."""
    damage_a_page(store_path)
    db = ("--db", str(store_path))
    russian = said(*db, "import", str(EXAMPLE), lang="ru")
    assert russian.startswith(
        f"хранилище {store_path} открыто только для чтения: оно не прошло проверку целостности: "
    )
    assert russian.endswith("; ничего не изменено")
    english = said(*db, "import", str(EXAMPLE), lang="en")
    assert english.startswith(f"store {store_path} is open read-only: it failed its integrity ")
    assert english.endswith("; nothing was changed")


def test_a_locked_store_refuses_a_save_in_russian(store_path: Path) -> None:
    with Store.open(str(store_path), busy_timeout=0.2) as store:
        sid = store.scenario_id(UZB)
        holder = sqlite3.connect(store_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another program is writing
        try:
            words.use("ru")
            with pytest.raises(StoreError) as refused:
                store.set_notes(sid, "mine")
            assert str(refused.value) == (
                f"хранилище {store_path} заблокировано другой программой; ничего не изменено, "
                "попробуйте ещё раз"
            )
            words.use("en")
            with pytest.raises(StoreError) as refused:
                store.set_notes(sid, "mine")
            assert str(refused.value) == (
                f"store {store_path} is locked by another program; nothing was changed, try again"
            )
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert store.head(sid).version == 1
