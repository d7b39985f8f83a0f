"""Checks stay bounded: a corpus that dates one event many ways costs linear work and space,
and worker processes never outlive a killed `annotator check`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from annotator.checks.corpus import ArticleToCheck, check_corpus
from annotator.checks.pool import _fork_context


def _one_event_corpus(count: int) -> list[ArticleToCheck]:
    """Articles that all date NATO's Vilnius summit, on days spread over a year."""
    first = date(2023, 1, 1)
    return [
        ArticleToCheck(
            i,
            f"Leaders met at the NATO Vilnius summit on "
            f"{(first + timedelta(days=i % 365)).strftime('%B %d, %Y')}.",
            "2024-01-15",
        )
        for i in range(count)
    ]


def _cross_article(count: int) -> list:
    return [f for f in check_corpus(_one_event_corpus(count)) if f.rule == "cross-article"]


def test_cross_article_flags_grow_linearly_with_the_corpus():
    small, large = _cross_article(300), _cross_article(900)
    assert small and large
    # One flag per article and event, never one per pair of articles.
    for flags, count in ((small, 300), (large, 900)):
        assert len({f.article_id for f in flags}) == len(flags) <= count
    # Each flag summarises the other side in a few lines instead of listing it.
    assert max(len(f.evidence) for f in large) <= 3
    size = {n: sum(len(json.dumps(f.to_dict())) for f in flags) for n, flags in ((300, small), (900, large))}
    assert size[900] < 3.6 * size[300]  # three times the articles, about three times the bytes
    assert "other articles date it otherwise" in large[0].message


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(line) for line in out.split()]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(
    sys.platform != "linux" or _fork_context() is None, reason="worker processes are forked on Linux only"
)
def test_workers_exit_when_annotator_check_is_killed(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for i in range(1500):
            text = (
                f"Article {i}. President Obama says he met NATO leaders on Monday, "
                f"March {i % 28 + 1}, 2017, before the Brussels summit. " * 20
            )
            out.write(json.dumps({"title": f"a{i}", "text": text, "published": "2017-06-01"}) + "\n")
    db = tmp_path / "a.db"
    env = {**os.environ, "ANNOTATOR_DB": str(db)}
    subprocess.run(
        [sys.executable, "-m", "annotator", "import", str(corpus)], env=env, check=True, capture_output=True
    )
    check = subprocess.Popen(
        [sys.executable, "-m", "annotator", "check"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not workers and check.poll() is None:
        workers = _children(check.pid)
        time.sleep(0.05)
    # On two processes, the check forks one worker and checks in its own process too.
    assert workers, "the check should have started its worker process"
    os.kill(check.pid, signal.SIGKILL)
    check.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)], "workers outlived their parent"
