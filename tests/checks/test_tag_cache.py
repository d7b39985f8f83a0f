"""Remembered tagger finds are exactly what the tagger gives, and re-runs use them."""

from __future__ import annotations

from datetime import date

import pytest

from annotator.checks import pool as checking_pool
from annotator.checks.engine import check_text
from annotator.checks.runner import run_checks
from annotator.temporal import tag_cache
from annotator.temporal.tagger import tag

TEXT = (
    "On Monday, 3 March 2025, the minister said that about two years ago the talks "
    "had stalled; late last week they resumed, and a vote is due within 10 days."
)


@pytest.fixture(autouse=True)
def empty_cache():
    tag_cache.clear()
    yield
    tag_cache.clear()


def _texts(ws) -> list[str]:
    return [ws.articles.get(i)["text"] for i in ws.articles.ids()]


def test_remembered_finds_equal_the_tagger_for_each_date(workspace):
    for text in [TEXT, *_texts(workspace)]:
        for dct in (date(2025, 3, 5), date(2019, 1, 1), None):
            first = tag_cache.tagged(text, dct)
            again = tag_cache.tagged(text, dct)
            assert first == again == tag(text, dct)
            assert again and again is not first
    assert tag_cache.size() == 3 * (1 + workspace.articles.count())


def test_an_edited_text_is_tagged_afresh():
    dct = date(2025, 3, 5)
    tag_cache.tagged(TEXT, dct)
    edited = TEXT.replace("two years", "three months")
    assert tag_cache.tagged(edited, dct) == tag(edited, dct)
    assert tag_cache.tagged(edited, dct) != tag_cache.tagged(TEXT, dct)
    assert tag_cache.size() == 2


def test_checks_give_the_same_findings_from_memory():
    first = check_text(TEXT, "2025-03-05")
    assert tag_cache.size() == 1
    assert (
        check_text(TEXT, "2025-03-05")
        == first
        == check_text(TEXT, "2025-03-05", timexes=tag(TEXT, "2025-03-05"))
    )


def test_the_oldest_entries_are_forgotten_first(monkeypatch):
    monkeypatch.setattr(tag_cache, "LIMIT", 2)
    texts = [TEXT, TEXT + " Then on Friday.", TEXT + " Next year too."]
    for text in texts:
        tag_cache.tagged(text, None)
    assert tag_cache.size() == 2
    assert tag_cache.tagged(texts[0], None) == tag(texts[0], None)  # tagged again
    assert tag_cache.size() == 2


def test_worker_processes_hand_their_tagging_back(workspace, monkeypatch):
    if checking_pool._fork_context() is None:
        pytest.skip("worker processes are only started where fork is available")
    monkeypatch.setattr(checking_pool, "PARALLEL_MIN", 2)
    monkeypatch.setattr(checking_pool, "CHUNK", 2)
    first = run_checks(workspace, workers=2)
    stored = [{k: v for k, v in f.items() if k not in ("id", "found_at")} for f in workspace.flags.list()]
    assert tag_cache.size() == workspace.articles.count()
    again = run_checks(workspace, workers=2)
    assert (again.checked, again.flags) == (first.checked, first.flags)
    assert [
        {k: v for k, v in f.items() if k not in ("id", "found_at")} for f in workspace.flags.list()
    ] == stored
