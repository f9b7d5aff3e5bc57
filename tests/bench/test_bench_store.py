"""Benchmarks of the store: save and load of a baseline-size scenario (budget 20 ms each).

The scenario switches every one of the baseline's 145 links and places all 32 actors, so a
save writes 145 link states and 32 positions, and keeps the version whole in the history;
the store is a real SQLite file in WAL mode with synchronous=FULL, as users get, and (the
same benchmarks, `[postgresql]`) a database on the throwaway PostgreSQL server on localhost,
fsync on, over TCP. Figures are in docs/benchmarks.md.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from app.domain import Network, Scenario
from app.files.baseline import load_baseline
from app.files.scenario_file import read_scenario_file, write_scenario_file
from app.storage import example_files
from db import Store
from db.models import LinkStateRow


def full_scenario(net: Network, name: str = "Everything switched") -> Scenario:
    sc = Scenario(name).with_links(net, {lk.id: not lk.enabled_in_baseline for lk in net.links})
    return replace(sc, positions={a.id: (i * 10.0, i * -5.0) for i, a in enumerate(net.actors)})


@pytest.fixture
def opened(store_url: str) -> Iterator[tuple[Store, int]]:
    with Store.open(store_url) as store:
        sid = store.create_scenario(store.default_network_id(), full_scenario(load_baseline()))
        yield store, sid


def test_save_scenario_baseline_size(
    benchmark: BenchmarkFixture, opened: tuple[Store, int]
) -> None:
    store, sid = opened
    net = load_baseline()
    variants = itertools.cycle(  # each differs from the one stored before: a new version
        [replace(full_scenario(net), notes="second version"), full_scenario(net)]
    )
    versions = itertools.count(1)
    benchmark(lambda: store.save_scenario(sid, next(variants), if_version=next(versions)))
    assert len(store.load(sid)[0].link_states) == len(net.links)


def test_load_scenario_baseline_size(
    benchmark: BenchmarkFixture, opened: tuple[Store, int]
) -> None:
    store, sid = opened
    scenario, network = benchmark(store.load, sid)
    assert len(scenario.link_states) == len(network.links)
    assert len(scenario.positions) == len(network.actors)


def test_naive_per_row_commits(benchmark: BenchmarkFixture, store_path: Path) -> None:
    """Reference: the same 145 link states written with one ORM commit per row."""
    Store.open(str(store_path)).close()
    engine = create_engine(f"sqlite:///{store_path}")
    net = load_baseline()
    with Store.open(str(store_path)) as store:
        sid = store.create_scenario(store.default_network_id(), Scenario("naive"))

    def per_row() -> None:
        with Session(engine) as session:
            session.query(LinkStateRow).filter_by(scenario_id=sid).delete()
            session.commit()
            for lk in net.links:
                session.add(LinkStateRow(scenario_id=sid, link_key=lk.id, enabled=True))
                session.commit()

    benchmark.pedantic(per_row, rounds=5, iterations=1)
    engine.dispose()


def test_write_and_read_c6s_baseline_size(benchmark: BenchmarkFixture, tmp_path: Path) -> None:
    """A .c6s save and open: the whole network travels with the scenario."""
    net = load_baseline()
    sc = full_scenario(net)
    path = tmp_path / "s.c6s"

    def round_trip() -> Scenario:
        write_scenario_file(path, sc, net)
        return read_scenario_file(path).scenario

    assert benchmark(round_trip) == sc


def test_open_existing_store(benchmark: BenchmarkFixture, store_path: Path) -> None:
    """Opening a current store on start-up: schema check only, no Alembic import."""
    Store.open(str(store_path)).close()

    def open_and_list() -> int:
        with Store.open(str(store_path)) as store:
            return len(store.scenarios())

    assert benchmark(open_and_list) == len(example_files())
