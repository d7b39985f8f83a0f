"""A corpus check in worker processes stores the same flags, in the same order, as one process."""

from __future__ import annotations

import gc
import sys

import pytest

from annotator.checks import pool as checking_pool
from annotator.checks.runner import run_checks

_VOLATILE = ("id", "found_at")


def _stored(ws) -> list[dict]:
    return [{k: v for k, v in flag.items() if k not in _VOLATILE} for flag in ws.flags.list()]


@pytest.fixture
def small_chunks(monkeypatch):
    """Let the five sample articles take the multi-process path, in three chunks."""
    if checking_pool._fork_context() is None:
        pytest.skip("worker processes are only started where fork is available")
    monkeypatch.setattr(checking_pool, "PARALLEL_MIN", 2)
    monkeypatch.setattr(checking_pool, "CHUNK", 2)


def test_two_processes_store_what_one_process_stores(workspace, small_chunks):
    one_progress: list[tuple] = []
    one = run_checks(workspace, workers=1, progress=lambda *a: one_progress.append(a))
    one_flags = _stored(workspace)
    assert one.flags > 0 and not one.failed

    two_progress: list[tuple] = []
    two = run_checks(workspace, workers=2, progress=lambda *a: two_progress.append(a))
    assert (two.checked, two.flags, two.failed, two.cancelled) == (
        one.checked,
        one.flags,
        one.failed,
        one.cancelled,
    )
    assert two_progress == one_progress
    assert _stored(workspace) == one_flags


def test_a_run_hands_chunks_over_quickly_and_then_restores_the_switch_interval(workspace, small_chunks):
    seen: list[float] = []
    before = sys.getswitchinterval()
    run_checks(workspace, workers=2, progress=lambda *a: seen.append(sys.getswitchinterval()))
    assert seen and max(seen) <= checking_pool._HAND_OVER_SECONDS < before
    assert sys.getswitchinterval() == before


@pytest.mark.parametrize("workers", [1, 2])
def test_a_run_pauses_garbage_collection_and_resumes_it(workspace, small_chunks, workers):
    collecting: list[bool] = []
    assert gc.isenabled()
    run_checks(workspace, workers=workers, progress=lambda *a: collecting.append(gc.isenabled()))
    assert collecting and not any(collecting)
    assert gc.isenabled()
    gc.disable()
    try:  # a caller that had it off finds it off
        run_checks(workspace, workers=workers)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_cancelling_between_chunks_stores_nothing(workspace, small_chunks):
    calls: list[tuple] = []
    report = run_checks(
        workspace, workers=2, progress=lambda *a: calls.append(a), cancelled=lambda: bool(calls)
    )
    assert report.cancelled
    assert report.checked == [] and workspace.flags.list() == []
    assert 0 < len(calls) < workspace.articles.count()


def test_tasks_cover_every_article_once_and_shrink_towards_the_end():
    bounds = list(checking_pool._chunks(1413, 2))
    assert [start for start, _ in bounds] == [0, *(stop for _, stop in bounds[:-1])]
    assert bounds[-1][1] == 1413
    sizes = [stop - start for start, stop in bounds]
    assert max(sizes) == checking_pool.CHUNK and sizes[:4] == [checking_pool.CHUNK] * 4
    assert sizes[-3:-1] == [checking_pool.CHUNK_MIN] * 2 and sizes == sorted(sizes, reverse=True)


def test_the_workers_inherit_what_this_process_built_first(small_chunks):
    from annotator.checks.kb.model import load_kb
    from annotator.checks.pool import check_in_processes
    from annotator.temporal import scanner

    kb = load_kb()
    texts = [f"On Monday, {n} days ago, President Barack Obama spoke." for n in range(5)]
    taken: list = []
    handled = check_in_processes(
        len(texts), lambda i: {"id": i, "text": texts[i]}, lambda i, o: taken.append(o), kb, False
    )
    assert handled == len(texts) and [o[0] for o in taken] == list(range(5))
    assert scanner._finders is not None and "mention_index" in kb._cache
