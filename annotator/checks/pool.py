"""Checking many articles in a second process, with the same results as one process.

Each article is checked on its own, so a corpus splits into chunks that worker processes
check, and this process too whenever the next chunk due is not back yet: on two cores one
worker is forked, not two, and this process, which reads the chunks from the database and
afterwards stores the flags, is not left waiting. Chunks are taken back in order, so
progress reports, the claims compared across articles and the stored flags come in the
same order as a one-process run; cancellation is honoured between chunks.

Workers are forked: they inherit the loaded knowledge base (user facts included), its
mention matchers and the tagger's compiled patterns, all built here first (engine.prepare)
instead of by each worker, and no entry script is run again, which matters for the desktop
bundle. Where forking is unavailable or unsafe (Windows, macOS), or a process cannot be
started, the caller checks the remaining articles itself.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.engine import check_article, prepare
from annotator.checks.rules.cross_article import (
    DatedClaim,
    claims_from_gatherings,
    claims_from_references,
)
from annotator.temporal import tag_cache

if TYPE_CHECKING:  # multiprocessing and ctypes are imported only by a run that starts processes
    from concurrent.futures import ProcessPoolExecutor

#: Below this many articles, starting a process costs more than it saves.
PARALLEL_MIN = 200
WORKERS = 2
CHUNK = 50  # articles per task: a few tenths of a second, so progress and cancel stay lively
CHUNK_MIN = 8  # the last tasks are smaller, down to this, so the processes finish together
_HAND_OVER_SECONDS = 0.0005  # the interpreter's switch interval during a run (see below)

Outcome = tuple  # (article id, findings or None, claims, error message or None)
_worker_state: tuple[Any, bool] | None = None
_PR_SET_PDEATHSIG = 1


def check_one(item: dict, kb: Any, full: bool) -> Outcome:
    """One article's findings and, in a full run, the dated claims it makes.

    An article that fails is reported with the reason, so one bad article does not stop
    the corpus run.
    """
    try:
        checked = check_article(
            item["text"],
            item.get("published"),
            item.get("earliest"),
            item.get("latest"),
            kb,
            item.get("timexes"),
        )
    except Exception as exc:  # noqa: BLE001 - reported per article to the user
        return item["id"], None, [], f"{type(exc).__name__}: {exc}"
    claims = _claims_of(item["id"], item["text"], checked.analysis) if full else []
    return item["id"], list(checked.findings), claims, None


def _claims_of(article_id: Any, text: str, analysis: ArticleAnalysis) -> list[DatedClaim]:
    """The dated claims one article makes, for the cross-article comparison."""
    window = analysis.window
    known = window is not None and window.earliest == window.latest
    return [
        *claims_from_references(article_id, text, analysis.references, known),
        *claims_from_gatherings(article_id, text, analysis.timexes, known),
    ]


def _exit_with_parent(parent: int) -> None:
    """End this worker when the process that started it is gone (even killed with
    SIGKILL), instead of waiting on a pipe for ever."""
    try:  # Linux: the kernel sends the signal the moment the parent dies
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # it died before the line above took effect
        os._exit(1)

    def watch() -> None:  # elsewhere, and as a second guard: look every half second
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _start_worker(kb: Any, full: bool, parent: int) -> None:
    global _worker_state
    _exit_with_parent(parent)
    _worker_state = (kb, full)
    tag_cache.record_new()


def _check_chunk(chunk: list[tuple[int, dict]]) -> tuple[list[tuple[int, Outcome]], list]:
    """The chunk's outcomes, and the articles newly tagged (the parent remembers them, so
    the workers of its next run find them already tagged)."""
    kb, full = _worker_state  # type: ignore[misc]
    outcomes = [(index, check_one(item, kb, full)) for index, item in chunk]
    return outcomes, tag_cache.take_recorded()


def _chunks(count: int, workers: int) -> Iterator[tuple[int, int]]:
    """(start, stop) of each task: CHUNK articles, then, once fewer than two tasks a process
    are left, a share of what remains, so no process checks a whole chunk while the
    others wait."""
    start = 0
    smallest = min(CHUNK, CHUNK_MIN)
    while start < count:
        stop = min(count, start + max(smallest, min(CHUNK, (count - start) // (2 * workers))))
        yield start, stop
        start = stop


def _fork_context() -> Any:
    """The fork start method where it is safe, else None (check in this process)."""
    if sys.platform in ("win32", "darwin"):
        return None
    import multiprocessing

    try:
        return multiprocessing.get_context("fork")
    except ValueError:
        return None


def check_in_processes(
    count: int,
    read: Callable[[int], dict | None],
    take: Callable[[int, Outcome], None],
    kb: Any,
    full: bool,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> int | None:
    """Check articles 0..count-1 in worker processes and this one, handing outcomes to
    ``take`` in order.

    ``read(i)`` gives article i's check input (None: skip it). Returns how many leading
    articles were handled (all, or fewer when processes could not be used: the caller
    checks the rest itself), or None when cancelled. ``workers``: how many processes check,
    this one included (default WORKERS; 1 or fewer: the caller checks everything).
    """
    workers = WORKERS if workers is None else workers
    if count <= PARALLEL_MIN or workers < 2:
        return 0
    context = _fork_context()
    if context is None:
        return 0
    # Once here rather than in every worker; only a head start, so a failure is left for the
    # workers to meet and report article by article.
    with contextlib.suppress(Exception):
        prepare(kb)
    from concurrent.futures import ProcessPoolExecutor

    try:
        pool = ProcessPoolExecutor(
            workers - 1, mp_context=context, initializer=_start_worker, initargs=(kb, full, os.getpid())
        )
    except (OSError, ImportError, NotImplementedError):
        return 0
    # The pool's threads here hand chunks to the workers and take their outcomes back, each
    # step needing the interpreter lock that this thread, checking chunks itself, holds: at
    # the usual switch interval (5 ms) a worker would wait tens of milliseconds for its first
    # chunk. The threads otherwise sleep on their pipes, so a shorter interval costs nothing.
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(min(switch_interval, _HAND_OVER_SECONDS))
    run = _SharedRun(count, workers, read, take, kb, full, pool)
    try:
        return run.finish(cancelled)
    finally:
        sys.setswitchinterval(switch_interval)
        # The workers are not waited for: after a complete run they have nothing left and
        # exit at once, after a cancel or a failure once their chunk is done; the pool's
        # own thread collects them meanwhile, and the caller carries on at once.
        pool.shutdown(wait=False, cancel_futures=True)


class _SharedRun:
    """Chunks handed out in order, to the worker processes and to this process, which
    checks one itself whenever the next chunk due is still being checked elsewhere (rather
    than waiting idle), and taken back in order."""

    def __init__(
        self,
        count: int,
        workers: int,
        read: Callable[[int], dict | None],
        take: Callable[[int, Outcome], None],
        kb: Any,
        full: bool,
        pool: ProcessPoolExecutor,
    ) -> None:
        self.read, self.take, self.kb, self.full, self.pool = read, take, kb, full, pool
        self.chunks = _chunks(count, workers)
        self.in_flight = 2 * (workers - 1)  # a chunk queued behind each worker's current one
        self.pending: deque[tuple[int, Future | list[tuple[int, Outcome]]]] = deque()
        self.handled = 0

    def _next_chunk(self) -> tuple[int, list[tuple[int, dict]]] | None:
        bounds = next(self.chunks, None)
        if bounds is None:
            return None
        start, stop = bounds
        return stop, [(i, item) for i in range(start, stop) if (item := self.read(i)) is not None]

    def _hand_out(self) -> bool:
        """Keep every worker busy; False once every chunk is handed out."""
        while sum(isinstance(job, Future) and not job.done() for _, job in self.pending) < self.in_flight:
            chunk = self._next_chunk()
            if chunk is None:
                return False
            self.pending.append((chunk[0], self.pool.submit(_check_chunk, chunk[1])))
        return True

    def finish(self, cancelled: Callable[[], bool] | None) -> int | None:
        """How many leading articles were handled (None: cancelled)."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            while True:
                more = self._hand_out()
                if cancelled and cancelled():
                    return None
                if not self.pending:
                    return self.handled
                stop, job = self.pending[0]
                if isinstance(job, Future) and not job.done() and more:
                    chunk = self._next_chunk()  # this process checks one while it waits
                    if chunk is not None:
                        outcomes = [(i, check_one(item, self.kb, self.full)) for i, item in chunk[1]]
                        self.pending.append((chunk[0], outcomes))
                    continue
                self.pending.popleft()
                if isinstance(job, Future):
                    job, tagged = job.result()
                    tag_cache.remember(tagged)
                for index, outcome in job:
                    self.take(index, outcome)
                self.handled = stop
        except (OSError, BrokenProcessPool, NotImplementedError):
            return self.handled
