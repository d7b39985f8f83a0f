"""Inconsistencies view speed with 10,000 flags over 1,000 synthetic articles.

Budgets: the view opens (model, filters, first page painted) in under 300 ms; a filter
or sort change re-queries in under 100 ms.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

ARTICLES, PER_ARTICLE = 1_000, 10
RULES = ("office-term", "event-tense", "event-order", "event-date", "weekday", "elapsed-time")
SEVERITIES = ("error", "warning", "info")
OPEN_BUDGET_MS, FILTER_BUDGET_MS = 300.0, 100.0


def build(folder: Path):
    from synthetic import write_txt_corpus

    from annotator.workspace import Workspace

    ws = Workspace.open(folder / "bench.db", seed=False)
    ws.import_paths([write_txt_corpus(folder / "corpus", ARTICLES)])
    ids = ws.articles.ids()
    for n, article_id in enumerate(ids):
        ws.flags.replace_for_article(
            article_id,
            [
                {
                    "rule": RULES[(n + k) % len(RULES)],
                    "severity": SEVERITIES[(n + k) % 3],
                    "start": 10 * k,
                    "end": 10 * k + 8,
                    "quote": f"quote {n}-{k}",
                    "message": f"Synthetic finding {k} on article {n}",
                    "evidence": [],
                    "fingerprint": f"fp-{n}-{k}",
                }
                for k in range(PER_ARTICLE)
            ],
        )
    flags = ws.flags.list(rule="weekday")
    for flag in flags[:1500]:
        ws.flags.decide(flag["id"], "dismissed", reviewer="bench", reason="Not a date problem")
    return ws


def timed_ms(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from annotator.ui.flags_view import FlagsView
    from annotator.ui.session import Session

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        ws = build(Path(tmp))
        total = ws.db.execute("select count(*) from flags").fetchone()[0]
        print(
            f"   built {total:,} flags on {ws.articles.count():,} articles "
            f"in {time.perf_counter() - started:.1f} s"
        )
        holder: list[FlagsView] = []

        def open_view() -> None:
            view = FlagsView(Session(ws, "bench"))
            view.resize(1200, 800)
            view.show()
            app.processEvents()
            holder.append(view)

        opened = timed_ms(open_view)
        view = holder[0]
        figures = {
            "state=all": lambda: view.state_filter.setCurrentIndex(0),
            "rule=weekday": lambda: view.rule_filter.setCurrentIndex(view.rule_filter.findData("weekday")),
            "state=dismissed": lambda: view.state_filter.setCurrentIndex(
                view.state_filter.findData("dismissed")
            ),
            "search 'article 99'": lambda: (view.search.setText("article 99"), view.apply_filters()),
            "clear filters": lambda: (
                view.search.setText(""),
                view.rule_filter.setCurrentIndex(0),
                view.state_filter.setCurrentIndex(0),
            ),
            "sort by message": lambda: view.table.sortByColumn(5, view.model.sort_order),
        }
        print(
            f"   open view: {opened:.0f} ms (budget {OPEN_BUDGET_MS:.0f}) "
            f"{'ok' if opened < OPEN_BUDGET_MS else 'OVER'}; {view.model.rowCount():,} open"
        )
        for name, change in figures.items():
            spent = timed_ms(lambda c=change: (c(), app.processEvents()))
            verdict = "ok" if spent < FILTER_BUDGET_MS else "OVER"
            print(
                f"   {name}: {spent:.0f} ms -> {view.model.rowCount():,} rows "
                f"(budget {FILTER_BUDGET_MS:.0f}) {verdict}"
            )
        view.close()
        ws.close()


if __name__ == "__main__":
    main()
