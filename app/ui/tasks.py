"""The one runner of the window's heavy work: evaluating a scenario (on a worker process for
big networks), ranking the links by what they cost (on a worker thread, once the clicking
pauses), and showing each result only while it is still the current one."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import CancelledError
from concurrent.futures.process import BrokenProcessPool
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app.analysis import (
    Cancelled,
    Criteria,
    Diff,
    Evaluation,
    LinkImpact,
    compare_two,
    criticality,
    evaluate_pair,
)
from app.domain import Network, Scenario
from app.ui.context import Ui
from app.ui.coverage_panel import CoveragePanel
from app.ui.i18n import tr
from app.ui.metrics_panel import MetricsPanel
from app.ui.workers import ASYNC_ACTORS, Job
from app.workspace import Document

RANK_DELAY_MS = 150  # criticality is recomputed once switching pauses this long


class Tasks(QObject):
    """Evaluates the document on screen and shows it in the views it is given."""

    shown = Signal()  # an evaluation reached the views (the presentation repaints)

    def __init__(self, ui: Ui, coverage: CoveragePanel, metrics: MetricsPanel) -> None:
        super().__init__(ui.parent)
        self.ui, self.coverage, self.metrics = ui, coverage, metrics
        self.impacts: tuple[LinkImpact, ...] = ()
        self.rank_timer = QTimer(self)
        self.rank_timer.setSingleShot(True)
        self.rank_timer.setInterval(RANK_DELAY_MS)
        self.rank_timer.timeout.connect(self.rank)

    @property
    def doc(self) -> Document | None:
        return self.ui.workspace.current

    def evaluate(self) -> None:
        """Show the current document's evaluation: at once when it is cheap, else from a
        worker process, with progress in the status bar."""
        doc = self.doc
        if doc is None:
            return
        s = doc.session
        if s.evaluated or len(s.network.actors) <= ASYNC_ACTORS:
            self.show()
            return
        scenario, network, year = s.scenario, s.view, s.year
        view_scenario = s.view_scenario
        baseline, criteria = s.kept_baseline, s.criteria
        processes = self.ui.workers.process()

        def work(
            progress: Callable[[float], None], cancelled: Callable[[], bool]
        ) -> tuple[Evaluation, Evaluation]:
            future = processes.submit(evaluate_pair, network, view_scenario, baseline, criteria)
            try:
                result: tuple[Evaluation, Evaluation] = future.result()  # waits, lock released
            except (BrokenProcessPool, CancelledError):
                if cancelled():  # the window stopped its workers (closing, or a newer click)
                    raise Cancelled from None
                raise
            return result

        job = Job(work, self)
        job.progressed.connect(
            lambda f: self.ui.status(tr("Evaluating… {percent}%", percent=round(100 * f)), 0)
        )
        job.done.connect(partial(self._adopt, doc, scenario, year))
        job.failed.connect(self.ui.error)
        self.ui.status(tr("Evaluating…"), 0)
        self.ui.workers.start("evaluate", job)

    def _adopt(
        self,
        doc: Document,
        scenario: Scenario,
        year: int | None,
        result: tuple[Evaluation, Evaluation],
    ) -> None:
        base, current = result
        if doc.session.adopt_evaluation(scenario, current, base, year) and doc is self.doc:
            self.ui.status("", 1)
            self.show()

    def show(self) -> None:
        doc = self.doc
        if doc is None:
            return
        s = doc.session
        self.ui.canvas.set_active(s.evaluation.connectivity.degree.keys())
        self.coverage.show_evaluation(s.view, s.baseline, s.evaluation)
        self.metrics.show_diff(s.diff, s.summary())
        self.shown.emit()
        self.rank_timer.start()  # ranking waits for a pause in the clicking

    def rank(self) -> None:
        """Rank the enabled links by what switching each off alone would cost."""
        doc = self.doc
        if doc is None or not doc.session.evaluated:
            return
        ev = doc.session.evaluation
        if refused := doc.session.ranking_refused():
            self.metrics.ranking_off(refused)  # the panel titles it
            return
        network = doc.session.view  # frozen values: the worker never reads the live session

        def work(
            progress: Callable[[float], None], cancelled: Callable[[], bool]
        ) -> tuple[LinkImpact, ...]:
            return criticality(network, ev, progress=progress, cancelled=cancelled)

        job = Job(work, self)
        job.progressed.connect(self.metrics.ranking)
        job.done.connect(lambda impacts: self._show_ranking(doc, ev, impacts))
        job.failed.connect(self.ui.error)
        self.ui.workers.start("criticality", job)

    def _show_ranking(self, doc: Document, ev: Evaluation, impacts: tuple[LinkImpact, ...]) -> None:
        if doc is self.doc and doc.session.evaluated and doc.session.evaluation is ev:
            self.impacts = impacts
            self.metrics.show_critical(impacts, ev.connectivity.component_count)

    def compare(
        self,
        network: Network,
        left: Scenario,
        right: Scenario,
        criteria: Criteria,
        done: Callable[[tuple[tuple[Evaluation, Evaluation], Diff]], None],
        failed: Callable[[str], None],
    ) -> bool:
        """Evaluate two scenarios and their difference for the compare window: at once on a
        small network, else on a worker process (True: it will arrive later)."""
        if len(network.actors) <= ASYNC_ACTORS:
            done(compare_two(network, left, right, criteria))
            return False
        processes = self.ui.workers.process()

        def work(
            progress: Callable[[float], None], cancelled: Callable[[], bool]
        ) -> tuple[tuple[Evaluation, Evaluation], Diff]:
            return processes.submit(compare_two, network, left, right, criteria).result()

        job = Job(work, self)
        job.done.connect(done)
        job.failed.connect(failed)
        self.ui.workers.start("compare", job)
        return True

    def settle(self, msecs: int = 60_000) -> None:
        """Finish pending work now (ranking, evaluations) and show it: for screenshots."""
        app = QApplication.instance()
        for _ in range(3):
            if self.rank_timer.isActive():
                self.rank_timer.stop()
                self.rank()
            self.ui.workers.wait(msecs)
            if app is not None:
                app.processEvents()
