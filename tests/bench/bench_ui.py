"""GUI speed on 100,000 articles: launch, switching, tagging, search, memory.

Targets: interactive in under 1.5 s, switching articles under 50 ms, tagging
(shortcut to stored) under 30 ms, search results under 100 ms, under 400 MB.
The database is built directly with sqlite-utils (one transaction) so the
benchmark measures the window, not the importer.
"""

from __future__ import annotations

import hashlib
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ARTICLES = 100_000
SEED = 7
LAUNCH_PROBE = """
import sys, time
started = float(sys.argv[1])
from annotator.ui.app import application
from annotator.ui.main_window import MainWindow
from annotator.workspace import Workspace
from PySide6.QtCore import QCoreApplication
app = application()
window = MainWindow(Workspace.open(sys.argv[2]), "bench", persist_layout=False)
window.show()
QCoreApplication.processEvents()
assert window.article is not None
print(time.time() - started)
"""


def _sentences() -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from synthetic import MONTHS, OUTLETS, PEOPLE, PLACES, SENTENCES, TOPICS

    rng = random.Random(SEED)
    out = []
    for _ in range(2000):
        title, name = rng.choice(PEOPLE)
        out.append(
            rng.choice(SENTENCES).format(
                title=title,
                name=name,
                weekday="Tuesday",
                topic=rng.choice(TOPICS),
                month=rng.choice(MONTHS),
                day=rng.randint(1, 28),
                place=rng.choice(PLACES),
                number=rng.randint(2, 950),
                year=rng.randint(1990, 2026),
                years=rng.randint(2, 40),
            )
        )
    return out + OUTLETS


def build_database(path: Path, count: int = ARTICLES) -> None:
    """Insert ``count`` synthetic articles (about 1 KB each) in one transaction."""
    from annotator.checks.runner import LAST_RUN_KEY
    from annotator.store import transaction
    from annotator.workspace import Workspace

    sentences = _sentences()
    outlets = sentences[-5:]
    rng = random.Random(SEED)
    first = date(2015, 1, 1)

    def rows():
        for i in range(count):
            text = " ".join(rng.choice(sentences[:-5]) for _ in range(7)) + f" [{i}]"
            day = (first + timedelta(days=rng.randint(0, 3800))).isoformat()
            digest = hashlib.sha256(text.encode()).hexdigest()
            yield {
                "title": text[:70].rsplit(" ", 1)[0],
                "outlet": rng.choice(outlets),
                "published": day,
                "published_precision": "day",
                "published_earliest": day,
                "published_latest": day,
                "published_provenance": "metadata",
                "status": "unstarted",
                "text": text,
                "content_hash": digest,
                "iri": f"urn:sha256:{digest}",
                "imported_at": "2025-01-01T00:00:00Z",
            }

    with Workspace.open(path, seed=False) as ws, transaction(ws.db):
        ws.db["articles"].insert_all(rows(), batch_size=2000)
        # Marked as checked, so the window does not start a corpus check run that
        # would compete with what is measured here (checks have their own bench).
        ws.db["meta"].upsert({"key": LAST_RUN_KEY, "value": "2025-01-01T00:00:00Z"}, pk="key")


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms"


def main() -> None:
    from PySide6.QtCore import QCoreApplication

    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "bench.db"
        started = time.perf_counter()
        build_database(db_path)
        print(f"   built {ARTICLES:,} articles in {time.perf_counter() - started:.1f} s")

        launches = []
        for _ in range(3):
            out = subprocess.run(
                [sys.executable, "-c", LAUNCH_PROBE, str(time.time()), str(db_path)],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ},
            )
            launches.append(float(out.stdout.strip().splitlines()[-1]))
        print(f"   launch to interactive window: {_ms(launches)}  (target < 1500 ms)")

        from annotator.ui.app import application
        from annotator.ui.main_window import MainWindow
        from annotator.workspace import Workspace

        application()
        window = MainWindow(Workspace.open(db_path), "bench", persist_layout=False)
        window.resize(1400, 900)
        window.show()
        QCoreApplication.processEvents()

        switches = []
        for _ in range(60):
            t = time.perf_counter()
            window.commands.navigation.next_article()
            QCoreApplication.processEvents()
            switches.append(time.perf_counter() - t)
        print(f"   switching articles: {_ms(switches)}  (target < 50 ms)")

        tags = []
        text = window.article["text"]
        for i in range(20):
            start = text.index(" ", 5 * i) + 1
            window.reader.select_span(start, start + 12)
            t = time.perf_counter()
            window.actions_by_key["tag_claim"].trigger()
            QCoreApplication.processEvents()
            tags.append(time.perf_counter() - t)
        assert len(window.annotations) == 20
        print(f"   tagging a selection (shortcut to stored): {_ms(tags)}  (target < 30 ms)")

        searches = []
        for words in ("Rutte summit", "grain exports", "Kyiv", "inflation Berlin", "Macron"):
            window.article_pane.search.setText(words)
            t = time.perf_counter()
            window.article_pane.apply_filters()
            QCoreApplication.processEvents()
            searches.append(time.perf_counter() - t)
        print(f"   search results: {_ms(searches)}  (target < 100 ms)")

        window.article_pane.search.setText("")
        window.article_pane.apply_filters()
        table = window.article_pane.table
        t = time.perf_counter()
        for row in range(0, ARTICLES, ARTICLES // 50):
            table.scrollTo(window.article_pane.model.index(row, 0))
            QCoreApplication.processEvents()
        print(f"   scrolling 50 jumps across the list: {(time.perf_counter() - t) * 1000:.0f} ms")
        t = time.perf_counter()
        window.article_pane.model.sort(0)
        print(f"   sorting by title in SQL: {(time.perf_counter() - t) * 1000:.0f} ms")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"   peak memory: {peak:.0f} MB  (target < 400 MB)")
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
        window.ws.close()
        del window


if __name__ == "__main__":
    main()
