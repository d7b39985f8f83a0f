"""Throughput of the date tagger in characters per second on one core."""

from __future__ import annotations

import time
from pathlib import Path

from annotator.temporal.tagger import tag
from annotator.temporal.timeml import parse_text, read_dct, strip_timexes, text_span

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

_SAMPLE = (
    "The company said on Tuesday that third-quarter profit rose 12% from a year earlier, "
    "and it expects sales to grow in the coming weeks. Analysts met last Friday, Oct. 23, "
    "after almost three years of losses; the chairman, who joined in 1994, will retire "
    "next year. Shares fell 5 cents yesterday to $31.50 in New York Stock Exchange trading. "
)


def load_tbaq() -> list[tuple[str, str | None]]:
    """Plain TEXT and DCT of the TBAQ documents; empty when ../shared is absent."""
    corpus = SHARED / "tempeval3-tbaq"
    texts = []
    for path in sorted(corpus.rglob("*.tml")) if corpus.is_dir() else []:
        document = strip_timexes(path.read_text(encoding="utf-8"))
        start, end = text_span(document)
        texts.append((parse_text(document[start:end]).plain, read_dct(document)))
    return texts


def load_texts() -> list[tuple[str, str | None]]:
    """The TBAQ documents, or generated news-like text if they are absent."""
    return load_tbaq() or [(_SAMPLE * 400, "1998-11-20")]


def main() -> None:
    texts = load_texts()
    chars = sum(len(text) for text, _ in texts)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for text, dct in texts:
            tag(text, dct)
        best = min(best, time.perf_counter() - started)
    print(f"{chars} characters in {best:.3f} s: {chars / best:,.0f} characters/second")


if __name__ == "__main__":
    main()
