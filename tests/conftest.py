"""Fixtures for every test: a private data folder, and seeded stores copied from one template.

The template store is built once per run (migrations and seeding take ~0.5 s) and copied
for each test that needs one, as Anki's tests do with their empty collection.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from app.storage import ENV_DB, open_store
from db import Store

# Property tests draw the same examples on every run (CI stays deterministic) and keep no
# example database on disk.
settings.register_profile("c6", derandomize=True, database=None, print_blob=True)
settings.load_profile("c6")


@pytest.fixture(autouse=True)
def _private_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's store or settings."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data-home")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config-home")))
    monkeypatch.delenv(ENV_DB, raising=False)


@pytest.fixture(scope="session")
def seeded_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "store.sqlite"
    open_store(str(path)).close()
    return path


@pytest.fixture
def store_path(seeded_store_file: Path, tmp_path: Path) -> Path:
    """A fresh copy of the seeded store: the baseline network and the example scenarios."""
    path = tmp_path / "store.sqlite"
    shutil.copyfile(seeded_store_file, path)
    return path


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    with Store.open(str(store_path)) as opened:
        yield opened
