"""Benchmarks of the window: switch a link -> evaluate -> refresh every panel -> paint, on the
baseline and on a 2,000-actor network; the naive matplotlib redraw measured in the same run;
and process start to the first painted window. Figures are in docs/benchmarks.md.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from app.domain import Scenario
from app.files.scenario_file import write_scenario_file
from app.ui.main_window import MainWindow
from app.workspace import Workspace
from db import Store
from tests.bench.synthetic import synthetic_network


@pytest.fixture
def window(qtbot: QtBot, store_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    store = Store.open(str(store_path))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Workspace(store), settings)
    w.resize(1400, 900)
    w.documents.open_start()
    w.show()
    qtbot.waitExposed(w)
    w.workers.wait()
    QApplication.processEvents()
    yield w
    w.tasks.rank_timer.stop()
    w.workers.cancel_all()
    for stack in w.stacks.values():
        stack.setClean()
    w.close()
    w.deleteLater()
    store.close()


def _toggler(w: MainWindow) -> Iterator[str]:
    assert w.doc is not None
    return itertools.cycle(sorted(w.doc.session.network.baseline_enabled()))


def test_toggle_evaluate_repaint_baseline(benchmark: BenchmarkFixture, window: MainWindow) -> None:
    """One click's worth: the undo command, the evaluation, every panel, and the paint events
    (processEvents paints the dirty regions of the canvas, tables and text)."""
    links = _toggler(window)

    def click() -> None:
        window.switches.toggle_link(next(links))
        QApplication.processEvents()

    benchmark(click)
    assert window.doc is not None and window.doc.session.evaluated


def test_toggle_evaluate_repaint_canvas_baseline(
    benchmark: BenchmarkFixture, window: MainWindow
) -> None:
    """Like for like with the naive redraw below (a picture of the network, no panels): the
    session switches the link and evaluates it, the canvas restyles the edge and repaints."""
    assert window.doc is not None
    session, canvas = window.doc.session, window.canvas
    links = _toggler(window)

    def click() -> None:
        link_id = next(links)
        change = session.set_links({link_id: link_id not in session.enabled()})
        session.evaluation  # noqa: B018 - evaluated, as on every click
        session.diff  # noqa: B018
        canvas.set_enabled(change.links)
        QApplication.processEvents()  # only the canvas has anything to paint

    benchmark(click)
    assert canvas.enabled_links() == session.enabled()


def test_toggle_without_paint_baseline(benchmark: BenchmarkFixture, window: MainWindow) -> None:
    """The same without painting: command, evaluation, diff and the panels' models."""
    links = _toggler(window)
    benchmark(lambda: window.switches.toggle_link(next(links)))


def test_naive_matplotlib_redraw_baseline(benchmark: BenchmarkFixture, window: MainWindow) -> None:
    """Reference: rebuild a networkx graph and redraw it with matplotlib on each switch
    (figure cleared and drawn to an Agg canvas), with no panels at all."""
    import matplotlib

    matplotlib.use("Agg")
    import networkx as nx
    from matplotlib.figure import Figure

    assert window.doc is not None
    net = window.doc.session.network
    pos = window.canvas.positions()
    fig = Figure(figsize=(7, 6), dpi=100)
    enabled = set(net.baseline_enabled())
    links = _toggler(window)

    def redraw() -> None:
        lid = next(links)
        enabled.symmetric_difference_update({lid})
        g = nx.Graph()
        g.add_nodes_from(a.id for a in net.actors)
        g.add_edges_from((net.link(x).source, net.link(x).target) for x in enabled)
        fig.clear()
        ax = fig.add_subplot()
        nx.draw_networkx(g, pos=pos, ax=ax, node_size=120, font_size=6)
        fig.canvas.draw()

    benchmark(redraw)


@pytest.fixture
def big_window(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    path = tmp_path / "big.c6s"
    write_scenario_file(path, Scenario("2,000 actors"), synthetic_network(2000, seed=5))
    window.documents.open_file(path)
    assert window.doc is not None
    doc = window.doc
    qtbot.waitUntil(lambda: doc.session.evaluated, timeout=120_000)
    window.workers.wait(120_000)
    QApplication.processEvents()
    return window


def test_toggle_repaint_2000_actors(benchmark: BenchmarkFixture, big_window: MainWindow) -> None:
    """At 2,000 actors the click's synchronous part: the command, the canvas and the links
    table, painted; the evaluation is started on the worker thread (next benchmark)."""
    w = big_window
    links = _toggler(w)

    def click() -> None:
        w.switches.toggle_link(next(links))
        QApplication.processEvents()

    benchmark.pedantic(click, rounds=40, iterations=1)
    w.workers.cancel_all()


def test_evaluation_arrives_2000_actors(
    benchmark: BenchmarkFixture, big_window: MainWindow, qtbot: QtBot
) -> None:
    """At 2,000 actors: from the click until the worker's evaluation is on screen."""
    w = big_window
    assert w.doc is not None
    doc = w.doc
    links = _toggler(w)

    def click_and_wait() -> None:
        w.switches.toggle_link(next(links))
        qtbot.waitUntil(lambda: doc.session.evaluated, timeout=120_000)
        QApplication.processEvents()

    benchmark.pedantic(click_and_wait, rounds=3, iterations=1)


PROBE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def exec_until_ready(self):
        from app.ui.main_window import MainWindow
        window = next(w for w in self.topLevelWidgets() if isinstance(w, MainWindow))
        window.canvas.first_painted.connect(lambda: print("painted", flush=True))
        def ready():
            if window.doc is not None and window.workspace.store_open:
                print("ready", flush=True)
                QApplication.instance().exit(0)
        poll = QTimer(window)
        poll.timeout.connect(ready)
        poll.start(2)
        return QApplication._real_exec()

    QApplication._real_exec = QApplication.exec
    QApplication.exec = exec_until_ready
    from app.cli import main
    sys.exit(main(["gui", "--db", sys.argv[1]]))
    """
)


def test_start_to_first_painted_window(
    benchmark: BenchmarkFixture, store_path: Path, tmp_path: Path
) -> None:
    """A new process until the canvas first paints (the real `c6-explorer gui` path: the
    bundled baseline, drawn before the store is opened), and until the start scenario is
    shown from the opened store. The timed function also waits for the process to exit;
    the two times are in extra_info (`--benchmark-json`) and printed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    Store.open(str(store_path)).close()
    painted: list[float] = []
    ready: list[float] = []

    def start() -> None:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", PROBE, str(store_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "painted"
        painted.append(time.perf_counter() - t0)
        assert proc.stdout.readline().strip() == "ready"
        ready.append(time.perf_counter() - t0)
        assert proc.wait(timeout=60) == 0

    benchmark.pedantic(start, rounds=7, iterations=1)
    for times in (painted, ready):
        times.sort()
    benchmark.extra_info["first_paint_s"] = painted
    benchmark.extra_info["ready_s"] = ready
    print(
        f"\nfirst paint: median {painted[len(painted) // 2]:.3f} s, all {painted}"
        f"\nstart scenario shown: median {ready[len(ready) // 2]:.3f} s, all {ready}"
    )
