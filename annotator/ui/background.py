"""Background work: one small API, one worker thread, its own database connection.

``BackgroundOp(fn).with_progress("Importing…").on_success(cb).on_failure(cb).run(parent)``
runs ``fn(task)`` on the single worker thread. ``task.ws`` is a workspace the
worker opened itself on the same file (an SQLite connection never crosses
threads); ``task.progress(done, total, text)`` and ``task.cancelled()`` feed a
progress dialog that appears only when the work takes longer than a moment.
Callbacks run back on the GUI thread. Set ``BackgroundOp.synchronous = True``
(tests) to run everything inline, in order, deterministically.
"""

from __future__ import annotations

import atexit
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.workspace import Workspace

PROGRESS_DELAY_MS = 400

_pool: QThreadPool | None = None
_local = threading.local()


def _worker_pool() -> QThreadPool:
    """A pool of exactly one thread that never expires, so its connection stays valid."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
        # A process that ends while the worker runs would abort in Qt's thread
        # teardown: stop the work cleanly first, however the process ends.
        atexit.register(shutdown_background)
    return _pool


def worker_workspace(path: Path) -> Workspace:
    """The worker thread's own workspace on ``path`` (opened once per file)."""
    cache: dict[str, Workspace] = getattr(_local, "workspaces", None) or {}
    _local.workspaces = cache
    key = str(path)
    if key not in cache:
        cache[key] = Workspace.open(path, seed=False)
    return cache[key]


def release_worker_workspace(path: Path) -> None:
    """Close the worker's connection to ``path`` on the worker's thread (a window closed it)."""

    def close(_task: Task) -> None:
        cache: dict[str, Workspace] = getattr(_local, "workspaces", None) or {}
        ws = cache.pop(str(path), None)
        if ws is not None:
            ws.close()

    BackgroundOp(close).run()


def worker_workspace_paths() -> list[str]:
    """The files the worker holds open (in synchronous mode, the GUI thread's)."""
    return sorted(getattr(_local, "workspaces", None) or {})


class Task:
    """What the background function sees: its workspace, progress and cancellation."""

    def __init__(self, db_path: Path | None, bridge: _Bridge | None) -> None:
        self._db_path = db_path
        self._bridge = bridge
        self._cancel = threading.Event()

    @property
    def ws(self) -> Workspace:
        if self._db_path is None:
            raise RuntimeError("this background operation was started without a database")
        return worker_workspace(self._db_path)

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self._bridge is not None:
            self._bridge.progressed.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Bridge(QObject):
    """Carries results from the worker back to the GUI thread (queued signals)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Task], Any], task: Task, bridge: _Bridge) -> None:
        super().__init__()
        self.fn, self.task, self.bridge = fn, task, bridge

    def run(self) -> None:
        try:
            result = self.fn(self.task)
        except Exception as exc:  # reported to the GUI, never lost in the thread
            self.bridge.failed.emit(exc, traceback.format_exc())
        else:
            self.bridge.succeeded.emit(result)


class BackgroundOp:
    """A unit of background work with callbacks; see the module docstring."""

    synchronous = False
    _running: set[BackgroundOp] = set()

    def __init__(self, fn: Callable[[Task], Any], db_path: Path | str | None = None) -> None:
        self.fn = fn
        self.db_path = Path(db_path) if db_path else None
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[Exception], None] | None = None
        self._label: str | None = None
        self._dialog: QProgressDialog | None = None
        self.task: Task | None = None

    def on_success(self, callback: Callable[[Any], None]) -> BackgroundOp:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[Exception], None]) -> BackgroundOp:
        self._failure = callback
        return self

    def with_progress(self, label: str) -> BackgroundOp:
        self._label = label
        return self

    def run(self, parent: QWidget | None = None) -> BackgroundOp:
        if self.synchronous:
            return self._run_inline()
        bridge = _Bridge()
        self.task = Task(self.db_path, bridge)
        bridge.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        bridge.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        bridge.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)
        self._bridge = bridge
        if self._label:
            self._prepare_dialog(parent)
        BackgroundOp._running.add(self)
        _worker_pool().start(_Runnable(self.fn, self.task, bridge))
        return self

    def _run_inline(self) -> BackgroundOp:
        self.task = Task(self.db_path, None)
        try:
            result = self.fn(self.task)
        except Exception as exc:
            if self._failure is None:
                raise
            self._failure(exc)
        else:
            if self._success:
                self._success(result)
        return self

    def _prepare_dialog(self, parent: QWidget | None) -> None:
        dialog = QProgressDialog(self._label or "", "Cancel", 0, 0, parent)
        dialog.setWindowTitle("annotator")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.task.cancel)  # type: ignore[union-attr]
        dialog.hide()
        self._dialog = dialog
        QTimer.singleShot(PROGRESS_DELAY_MS, self._show_dialog)

    def _show_dialog(self) -> None:
        if self._dialog is not None and self in BackgroundOp._running:
            self._dialog.show()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(done)
            if text:
                self._dialog.setLabelText(f"{self._label}\n{Path(text).name}")

    def _finish(self) -> None:
        BackgroundOp._running.discard(self)
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _on_success(self, result: Any) -> None:
        self._finish()
        if self._success:
            self._success(result)

    def _on_failure(self, exc: Exception, trace: str) -> None:
        self._finish()
        if self._failure:
            self._failure(exc)
        else:
            print(trace)


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Block until the worker is idle."""
    return _worker_pool().waitForDone(timeout_ms)


def shutdown_background(timeout_ms: int = 30_000) -> bool:
    """Ask running work to stop, then wait for the worker (at quit).

    Work stops between whole steps (an imported batch, a checked article), and
    what it did not finish is rolled back, so nothing half-written is left.
    """
    if _pool is None:
        return True
    for operation in list(BackgroundOp._running):
        if operation.task is not None:
            operation.task.cancel()
    return _pool.waitForDone(timeout_ms)
