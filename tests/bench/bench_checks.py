"""Speed of the date-consistency checks: the sample corpus, then 10,000 synthetic articles.

Targets: the sample corpus in under 0.5 s; 500 articles per second or more. The figures
are printed with and without the tagging step, since stored timexes can be passed in.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from annotator.temporal.checker import check_corpus, check_text  # noqa: E402
from annotator.temporal.kb import default_kb  # noqa: E402
from annotator.temporal.tagger import tag  # noqa: E402

COUNT = 10_000


def _seed_articles() -> list[dict]:
    for folder in (REPO / ".." / "shared" / "seeds", REPO / "seeds"):
        if folder.is_dir():
            return [{"id": p.stem, "text": p.read_text(encoding="utf-8")}
                    for p in sorted(folder.glob("*.txt"))]
    return []


def main() -> None:
    from synthetic import articles

    started = time.perf_counter()
    default_kb()
    print(f"knowledge base loaded in {time.perf_counter() - started:.3f} s")

    seeds = _seed_articles()
    if seeds:
        started = time.perf_counter()
        check_corpus(seeds)
        elapsed = time.perf_counter() - started
        print(f"sample corpus ({len(seeds)} articles, first run): {elapsed:.3f} s "
              f"(target < 0.5 s)")

    corpus = [(text, published.isoformat()) for text, published in articles(COUNT)]
    started = time.perf_counter()
    tagged = [tag(text, published) for text, published in corpus]
    tagging = time.perf_counter() - started

    started = time.perf_counter()
    flags = 0
    for (text, published), timexes in zip(corpus, tagged, strict=True):
        flags += len(check_text(text, published, timexes=timexes))
    rules = time.perf_counter() - started
    print(f"{COUNT} articles, rules only (timexes given): {rules:.2f} s, "
          f"{COUNT / rules:.0f} articles/s (target >= 500), {flags} flags")
    print(f"{COUNT} articles, tagging + rules: {tagging + rules:.2f} s, "
          f"{COUNT / (tagging + rules):.0f} articles/s (tagging alone {COUNT / tagging:.0f}/s)")


if __name__ == "__main__":
    main()
