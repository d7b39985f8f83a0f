"""Speed of the date-consistency checks: the sample corpus, 10,000 synthetic articles, real news.

Targets: the sample corpus in under 0.5 s; 10,000 articles at 500 articles per second or more.
The synthetic articles (about 5 KB) are a stress test: a date expression every 60 characters
and seven or eight flags per article, some five times the density of real news, which is why
the TBAQ news articles are timed as well. Tagging and rules are timed apart and together on
one core; then what ``annotator check`` does over a workspace of 10,000 articles (read them,
check them in two processes, the default where the system can fork, store the flags), as a
first run and as a re-run in the same session, which finds the tagger's finds remembered
(annotator.temporal.tag_cache).
"""

from __future__ import annotations

import gc
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from annotator.checks.corpus import check_corpus  # noqa: E402
from annotator.checks.engine import check_text  # noqa: E402
from annotator.temporal import tag_cache  # noqa: E402
from annotator.temporal.tagger import tag  # noqa: E402

COUNT = 10_000
WORKSPACE_COUNT = 10_000  # what `annotator check` does: read, check, store the flags

# Runs in a fresh interpreter so that imports, the knowledge base and every cache are cold.
_COLD_RUN = """
import sqlite3, sys, time
rows = sqlite3.connect(sys.argv[1]).execute(
    "select id, text, published from articles order by id").fetchall()
started = time.perf_counter()
from annotator.checks.corpus import ArticleToCheck, check_corpus
findings = check_corpus([ArticleToCheck(i, text, published) for i, text, published in rows])
print(f"{time.perf_counter() - started:.3f} {len(rows)} {len(findings)}")
"""


def _sample_corpus_seconds() -> tuple[float, int, int] | None:
    """Cold check of the five sample articles (imports and knowledge base included)."""
    from annotator.workspace import Workspace

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.db"
        with Workspace.open(path, seed=True) as workspace:
            if workspace.articles.count() == 0:
                return None
        done = subprocess.run(
            [sys.executable, "-c", _COLD_RUN, str(path)], cwd=REPO, capture_output=True, text=True, check=True
        )
    seconds, articles, flags = done.stdout.split()
    return float(seconds), int(articles), int(flags)


def _workspace_runs(count: int) -> tuple[dict[tuple[str, int], float], int]:
    """Seconds for ``run_checks`` over a workspace, by (first run or re-run, processes).

    Every timed run follows an untimed one, so each finds the same flags already stored; a
    first run starts with nothing remembered of the tagging, a re-run with everything."""
    from synthetic import write_jsonl

    from annotator.checks.runner import run_checks
    from annotator.workspace import Workspace

    with (
        tempfile.TemporaryDirectory() as folder,
        Workspace.open(Path(folder) / "corpus.db", seed=False) as workspace,
    ):
        report = workspace.import_paths(
            [write_jsonl(Path(folder) / "corpus.jsonl", count)], max_bytes=200 * 1024 * 1024
        )  # one 50 MB file
        if workspace.articles.count() != count:
            raise SystemExit(f"the benchmark corpus did not import: {report.as_dict()}")
        run_checks(workspace, workers=2)  # first run: flags are inserted, later runs compare
        timings = {}
        for kind, workers in (("first", 2), ("first", 1), ("re-run", 2)):
            if kind == "first":
                tag_cache.clear()
            started = time.perf_counter()
            report = run_checks(workspace, workers=workers)
            timings[kind, workers] = time.perf_counter() - started
    return timings, report.flags


def _news_rate() -> str | None:
    """Tagging + rules on the TBAQ news documents (real articles, 1989-1998), when present."""
    from bench_temporal import load_tbaq

    docs = load_tbaq()
    if not docs:
        return None
    tag_cache.clear()
    started = time.perf_counter()
    for text, published in docs:
        check_text(text, published)
    seconds = time.perf_counter() - started
    size = sum(len(text) for text, _ in docs) / len(docs) / 1000
    return f"{len(docs)} news articles (TBAQ, {size:.1f} KB each on average): {_rate(len(docs), seconds)}"


def _real_news_two_processes() -> list[str]:
    """Real news on the one corpus path, two processes, nothing tagged yet: TBAQ (1989-1998)
    and the dev-news articles (2017) beside the repository. Target: 1,000 articles/s."""
    from bench_temporal import load_tbaq

    from annotator.checks.corpus import ArticleToCheck

    lines = []
    corpora = {"TBAQ": [(text, published) for text, published in load_tbaq()]}
    news = REPO / ".." / "shared" / "dev-news" / "fake-2017"
    if news.is_dir():
        import json

        files = json.loads((news / "annotator-manifest.json").read_text(encoding="utf-8"))
        dates = {name: item.get("published") for name, item in files["files"].items()}
        corpora["dev-news"] = [
            (path.read_text(encoding="utf-8"), dates.get(path.name)) for path in sorted(news.glob("*.txt"))
        ]
    for name, docs in corpora.items():  # the text as the app stores it: title, blank, body
        if not docs:
            continue
        tag_cache.clear()
        items = [
            ArticleToCheck(i, text, published[:10] if published else None)
            for i, (text, published) in enumerate(docs)
        ]
        started = time.perf_counter()
        check_corpus(items, workers=2)
        seconds = time.perf_counter() - started
        lines.append(
            f"real news, {name} ({len(docs)} articles), first run, two processes: "
            f"{_rate(len(docs), seconds)} (target 1,000/s)"
        )
    return lines


def _rate(count: int, seconds: float) -> str:
    return f"{seconds:.2f} s, {count / seconds:,.0f} articles/s"


def main() -> None:
    from synthetic import articles

    sample = _sample_corpus_seconds()
    if sample:
        seconds, count, flags = sample
        print(
            f"sample corpus ({count} articles, cold, imports and knowledge base included): "
            f"{seconds:.3f} s, {flags} flags (target < 0.5 s)"
        )

    # Real news first, in a process that holds the knowledge base and little else, as the
    # app's does: built after the synthetic corpus, the workers would be forked from a
    # process three times the size, slower to fork and to copy on write.
    text, published = next(articles(1))
    check_text(text, published.isoformat())  # warm the knowledge base and the matchers
    news = _news_rate()
    if news:
        print(news)
    for line in _real_news_two_processes():
        print(line)

    corpus = [(text, published.isoformat()) for text, published in articles(COUNT)]

    started = time.perf_counter()
    tagged = [tag(text, published) for text, published in corpus]
    tagging = time.perf_counter() - started
    print(f"{COUNT} articles, (a) tagging only: {_rate(COUNT, tagging)}")

    started = time.perf_counter()
    flags = 0
    for (text, published), timexes in zip(corpus, tagged, strict=True):
        flags += len(check_text(text, published, timexes=timexes))
    rules = time.perf_counter() - started
    print(f"{COUNT} articles, (b) rules only (timexes given): {_rate(COUNT, rules)}, {flags} flags")
    # Nearly a million timexes held only by this benchmark would make every full garbage
    # collection of the runs below slower than in any real use.
    del tagged
    gc.collect()

    started = time.perf_counter()
    for text, published in corpus:
        check_text(text, published)
    both = time.perf_counter() - started
    print(
        f"{COUNT} articles, (c) tagging + rules, one core, first run: {_rate(COUNT, both)} (target >= 500/s)"
    )

    started = time.perf_counter()
    for text, published in corpus:
        check_text(text, published)
    again = time.perf_counter() - started
    print(f"{COUNT} articles, (d) re-run of (c), tagging remembered: {_rate(COUNT, again)}")

    tag_cache.clear()  # forked workers would inherit what (c) tagged

    items = [{"id": n, "text": text, "published": published} for n, (text, published) in enumerate(corpus)]
    started = time.perf_counter()
    check_corpus(items, workers=2)
    parallel = time.perf_counter() - started
    print(f"{COUNT} articles, tagging + rules + cross-article, two processes: {_rate(COUNT, parallel)}")

    timings, stored = _workspace_runs(WORKSPACE_COUNT)
    print(
        f"`annotator check` of {WORKSPACE_COUNT} articles in a workspace (read, check, store "
        f"{stored} flags), first run: two processes (the default) "
        f"{_rate(WORKSPACE_COUNT, timings['first', 2])} (target >= 500/s); one process "
        f"{_rate(WORKSPACE_COUNT, timings['first', 1])}; re-run in the same session, two "
        f"processes {_rate(WORKSPACE_COUNT, timings['re-run', 2])}"
    )


if __name__ == "__main__":
    main()
