"""Running the date checks in the background, so the window never freezes.

Edits that change dates ask for the affected articles to be checked again; the
requests are gathered for a moment and run as one job on the worker thread
(:class:`~annotator.ui.background.BackgroundOp`). A whole-corpus run (menu or
after a knowledge-base change) shows the progress dialog. ``finished`` carries
the ids of the articles whose flags were replaced, for the views to refresh.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from annotator.checks.runner import CheckReport, run_checks
from annotator.ui.background import BackgroundOp, Task

GATHER_MS = 800


class ChecksRunner(QObject):
    """Queues check runs for a workspace file and reports when flags changed."""

    finished = Signal(object)  # set of article ids
    failed = Signal(str)

    def __init__(self, ws: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.pending: set[int] = set()
        self.running = False
        self.last_report: CheckReport | None = None
        self._timer = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._timer.timeout.connect(self._run_pending)

    def check_articles(self, article_ids: Iterable[int] | None) -> None:
        """Re-check these articles soon (None: everything changed, check all quietly)."""
        if article_ids is None:
            self.check_all(None)
            return
        self.pending.update(article_ids)
        if BackgroundOp.synchronous:
            self._run_pending()
        else:
            self._timer.start()

    def check_all(self, parent: QWidget | None) -> None:
        """Check the whole corpus; with a parent, a progress dialog shows when it takes a while."""
        self.pending.clear()
        self._start(None, parent)

    def _run_pending(self) -> None:
        if self.running:
            self._timer.start()  # one job at a time: try again once this one is done
            return
        ids, self.pending = sorted(self.pending), set()
        if ids:
            self._start(ids, None)

    def _start(self, ids: list[int] | None, parent: QWidget | None) -> None:
        def work(task: Task) -> CheckReport:
            # One process: forking a process that runs Qt's threads is not safe, and
            # the work is off the GUI thread anyway.
            return run_checks(task.ws, ids, progress=task.progress, cancelled=task.cancelled, workers=1)

        self.running = True
        operation = BackgroundOp(work, self.ws.path).on_success(self._done)
        operation.on_failure(self._failed)
        if parent is not None:
            operation.with_progress("Checking dates…")
        operation.run(parent)

    def _done(self, report: CheckReport) -> None:
        self.running = False
        self.last_report = report
        self.finished.emit(set(report.checked))

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.failed.emit(f"The date checks failed: {exc}")
