"""A newsroom corpus about one event: every article dates the same summit, differently.

`annotator check` over 2,500, 5,000 and 10,000 such articles (dates spread over a year):
time, the check's peak memory and the size of the flags table. Budgets at 10,000: peak
memory under 1 GB, flags under 100 MB, and time growing linearly with the corpus.
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

SIZES = (2_500, 5_000, 10_000)
_FIRST = date(2023, 1, 1)


def _write_corpus(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            day = (_FIRST + timedelta(days=i % 365)).strftime("%B %d, %Y")
            text = (
                f"Report {i}. Leaders met at the Vilnius summit on {day}, officials said. "
                "The talks covered air defence, ammunition and the alliance's budget. "
            ) * 3
            out.write(json.dumps({"title": f"Report {i}", "text": text, "published": "2024-01-15"}) + "\n")


def _flags_bytes(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        try:
            return conn.execute("select sum(pgsize) from dbstat where name = 'flags'").fetchone()[0] or 0
        except sqlite3.OperationalError:  # SQLite built without dbstat: the row sizes
            return (
                conn.execute(
                    "select sum(length(evidence) + length(message) + length(quote)) from flags"
                ).fetchone()[0]
                or 0
            )


def _run(count: int, folder: Path) -> tuple[float, float, int, int]:
    corpus, db = folder / f"c{count}.jsonl", folder / f"c{count}.db"
    _write_corpus(corpus, count)
    env = {**os.environ, "ANNOTATOR_DB": str(db)}
    subprocess.run(
        [sys.executable, "-m", "annotator", "import", "--max-size", "100", str(corpus)],
        env=env,
        check=True,
        capture_output=True,
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "annotator", "check", "--json"], env=env, check=True, capture_output=True
    )
    seconds = time.perf_counter() - started
    peak_mb = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    with sqlite3.connect(db) as conn:
        flags = conn.execute("select count(*) from flags where rule = 'cross-article'").fetchone()[0]
    return seconds, peak_mb, _flags_bytes(db), flags


def main() -> None:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for count in SIZES:
            results[count] = _run(count, Path(tmp))
            seconds, peak, size, flags = results[count]
            print(
                f"{count:>6} articles dating one event: check {seconds:.1f} s "
                f"({count / seconds:,.0f}/s), peak {peak:,.0f} MB (budget 1,024), "
                f"flags table {size / 1e6:.1f} MB (budget 100), {flags:,} cross-article flags"
            )
    small, large = results[SIZES[0]][0], results[SIZES[-1]][0]
    print(
        f"time at {SIZES[-1]:,} / time at {SIZES[0]:,}: {large / small:.1f} "
        f"(linear: {SIZES[-1] / SIZES[0]:.0f})"
    )
