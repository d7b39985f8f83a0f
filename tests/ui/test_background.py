"""Background work on the real worker thread: quitting stops it cleanly."""

from __future__ import annotations

import time


def test_shutdown_cancels_running_work_and_waits(qtbot, monkeypatch, db_path):
    from annotator.ui.background import BackgroundOp, shutdown_background
    from annotator.workspace import Workspace

    Workspace.open(db_path).close()
    monkeypatch.setattr(BackgroundOp, "synchronous", False)
    seen: dict[str, object] = {}

    def long_job(task):
        seen["articles"] = task.ws.articles.count()  # the worker's own connection
        while not task.cancelled():
            time.sleep(0.01)
        seen["stopped"] = True
        return "stopped"

    operation = BackgroundOp(long_job, db_path).run(None)
    qtbot.waitUntil(lambda: "articles" in seen, timeout=5000)
    started = time.perf_counter()
    assert shutdown_background(timeout_ms=5000)
    assert time.perf_counter() - started < 2
    assert seen == {"articles": 5, "stopped": True}
    assert operation.task.cancelled()
