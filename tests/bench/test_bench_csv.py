"""CSV import up to the documented maximum: the baseline's links plus imported rows make the
100,000 links a network may hold, each row checked against the network as it stands after
the rows before it. `make bench` times it; figures in docs/benchmarks.md."""

from __future__ import annotations

import csv
import io

from pytest_benchmark.fixture import BenchmarkFixture

from app.domain.model import MAX_ITEMS
from app.files.baseline import load_baseline
from app.files.network_csv import plan_rows

NET = load_baseline()
ROWS = MAX_ITEMS - len(NET.links)  # the import that fills the network to its limit


def _links_file(rows: int) -> str:
    states = [a.id for a in NET.states]
    bodies = [a.id for a in NET.actors if not a.is_state]
    lines = ["id,source,target,status,since,confidence,sources"]
    for i in range(rows):
        s, b = states[i % len(states)], bodies[i % len(bodies)]
        lines.append(f"{s}:{b}:x{i},{s},{b},member,2001,confirmed,https://example.org/{i}")
    return "\n".join(lines) + "\n"


TEXT = _links_file(ROWS)


def test_import_to_100000_links(benchmark: BenchmarkFixture) -> None:
    plan = benchmark.pedantic(plan_rows, args=(NET, TEXT), rounds=3, iterations=1)
    assert plan.ok and plan.counts()["add"] == ROWS


def test_naive_parse_only_to_100000_links(benchmark: BenchmarkFixture) -> None:
    """Reference: only reading the cells, no checks and no network: the floor."""
    rows = benchmark.pedantic(lambda: list(csv.reader(io.StringIO(TEXT))), rounds=3, iterations=1)
    assert len(rows) == ROWS + 1
