"""Evaluate the tagger on the TempEval-3 TBAQ corpus: python -m annotator.temporal.evaluate [DIR].

The gold TIMEX3s are stripped from each document (the DCT is kept), the text is tagged
afresh and the result is scored against the gold file.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .scorer import Counts, score_documents
from .timeml import strip_timexes, tag_timeml

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DIR = REPO_ROOT / ".." / "shared" / "tempeval3-tbaq"


def evaluate_dir(corpus: Path) -> dict[str, Counts]:
    """Counts per subcorpus (TimeBank, AQUAINT, ...) and overall ('all')."""
    results: dict[str, Counts] = {"all": Counts()}
    for path in sorted(corpus.rglob("*.tml")):
        gold = path.read_bytes().decode("utf-8")
        system, _ = tag_timeml(strip_timexes(gold))
        counts = score_documents(gold, system)
        part = path.parent.name if path.parent != corpus else "all"
        results.setdefault(part, Counts()).add(counts)
        results["all"].add(counts)
    return results


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    corpus = Path(args[0]) if args else DEFAULT_DIR
    if not corpus.is_dir():
        print(f"TempEval-3 TBAQ corpus not found at {corpus.resolve()}; "
              "pass its directory (expected ../shared/tempeval3-tbaq beside the repo).",
              file=sys.stderr)
        return 2
    results = evaluate_dir(corpus)
    print(f"{'corpus':<10} {'gold':>5} {'sys':>5} {'strict':>7} {'relaxed':>8} {'value':>6} "
          f"{'type':>6}")
    for name, counts in sorted(results.items(), key=lambda item: item[0] == "all"):
        fig = counts.figures()
        print(f"{name:<10} {counts.gold:>5} {counts.system:>5} {fig['strict_f1']:>7.2f} "
              f"{fig['relaxed_f1']:>8.2f} {fig['value_f1']:>6.2f} {fig['type_f1']:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
