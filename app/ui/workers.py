"""Long work off the UI thread: a pure function run on a thread pool, reporting progress
and honouring cancel (the Orange pattern: `run(..., progress, cancelled)`)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.analysis import Cancelled

ASYNC_ACTORS = 400  # networks larger than this are evaluated in a worker process

Work = Callable[[Callable[[float], None], Callable[[], bool]], Any]


class Job(QObject):
    """One piece of work; its signals arrive on the thread that created it (the UI)."""

    progressed = Signal(float)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)  # dies with its window; its runner then emits into nothing
        self.work = work
        self.cancelled = False
        self.finished = False

    def cancel(self) -> None:
        self.cancelled = True


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        job = self.job
        if job.cancelled:  # superseded while it waited in the queue
            return
        last = [-1.0]

        def progress(fraction: float) -> None:  # at most ~50 signals, whatever the work
            if fraction - last[0] >= 0.02 or fraction >= 1.0:
                last[0] = fraction
                job.progressed.emit(fraction)

        try:
            try:
                result = job.work(progress, lambda: job.cancelled)
            except Cancelled:
                return
            except Exception as exc:  # reported to the user as a dialog, never a traceback
                job.failed.emit(f"{type(exc).__name__}: {exc}")
                return
            if not job.cancelled:
                job.done.emit(result)
        except RuntimeError:  # the window closed meanwhile and took the receivers with it
            pass


class Workers:
    """A one-thread pool: jobs run in order, and a new job of a kind cancels the old one.

    `process()` gives a one-process pool for work that would hold Python's lock for seconds
    (evaluating thousands of actors): a job waits on it without starving the UI thread.
    """

    def __init__(self) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self._current: dict[str, Job] = {}
        self._process: ProcessPoolExecutor | None = None

    def process(self) -> ProcessPoolExecutor:
        if self._process is None:
            context = multiprocessing.get_context("spawn")  # never fork a process running Qt
            self._process = ProcessPoolExecutor(max_workers=1, mp_context=context)
        return self._process

    def start(self, kind: str, job: Job) -> Job:
        old = self._current.get(kind)
        if old is not None:
            old.cancel()
        self._current[kind] = job
        job.done.connect(lambda _=None: self._finish(kind, job))
        job.failed.connect(lambda _=None: self._finish(kind, job))
        self.pool.start(_Runner(job))
        return job

    def _finish(self, kind: str, job: Job) -> None:
        job.finished = True
        if self._current.get(kind) is job:
            del self._current[kind]

    def busy(self) -> bool:
        return bool(self._current)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    def cancel_all(self) -> None:
        for job in self._current.values():
            job.cancel()
        if self._process is not None:
            running = list((getattr(self._process, "_processes", None) or {}).values())
            self._process.shutdown(wait=False, cancel_futures=True)
            for proc in running:
                proc.terminate()  # a half-done evaluation is of no use to anyone
            self._process = None
        self.pool.waitForDone(5_000)
