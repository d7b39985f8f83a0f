"""Evaluate the tagger on gold TimeML corpora: python -m annotator.temporal.evaluate [DIR ...].

The gold TIMEX3s are stripped from each document (the DCT is kept), the text is tagged
afresh and the result is scored against the gold file. With no DIR the two reference sets are
scored side by side: TempEval-3 TBAQ (TimeBank and AQUAINT apart) and the hand-annotated
dev-news set kept in the repository, so the tagger is judged on more than the data it was built on.
``--errors`` lists, per document, the gold timexes missed, the false finds and wrong values.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .scorer import Counts, Span, score_spans, timex_spans
from .timeml import parse_text, strip_timexes, tag_timeml, text_span

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DIR = REPO_ROOT / ".." / "shared" / "tempeval3-tbaq"
DEV_NEWS_DIR = REPO_ROOT / "tests" / "temporal" / "gold" / "dev-news"
DEFAULT_CORPORA = {"TBAQ": DEFAULT_DIR, "dev-news": DEV_NEWS_DIR}


def _tagged(path: Path) -> tuple[str, list[Span], list[Span]]:
    """A gold file's plain text, its gold timexes and the tagger's."""
    gold = path.read_bytes().decode("utf-8")
    system, _ = tag_timeml(strip_timexes(gold))
    start, end = text_span(gold)
    return parse_text(gold[start:end]).plain, timex_spans(gold), timex_spans(system)


def evaluate_dir(corpus: Path) -> dict[str, Counts]:
    """Counts per subfolder (TimeBank, AQUAINT, ...) and overall ('all')."""
    results: dict[str, Counts] = {"all": Counts()}
    for path in sorted(corpus.rglob("*.tml")):
        _, gold, system = _tagged(path)
        counts = score_spans(gold, system)
        if path.parent != corpus:
            results.setdefault(path.parent.name, Counts()).add(counts)
        results["all"].add(counts)
    return results


def error_lines(corpus: Path) -> list[str]:
    """What the tagger got wrong, document by document, for reading its misses."""
    lines: list[str] = []
    for path in sorted(corpus.rglob("*.tml")):
        text, gold, system = _tagged(path)
        matched = {(s.start, s.end) for s in system}
        found = [s for s in system if not any(g.start < s.end and s.start < g.end for g in gold)]
        for g in gold:
            pair = next((s for s in system if g.start < s.end and s.start < g.end), None)
            quote = text[g.start : g.end]
            if pair is None:
                lines.append(f"{path.name}: missed   {quote!r} {g.type} {g.value}")
            elif (pair.type, pair.value) != (g.type, g.value) or (g.start, g.end) not in matched:
                lines.append(
                    f"{path.name}: differs  {quote!r} {g.type} {g.value} <- "
                    f"{text[pair.start : pair.end]!r} {pair.type} {pair.value}"
                )
        lines.extend(f"{path.name}: false    {text[s.start : s.end]!r} {s.type} {s.value}" for s in found)
    return lines


def report_rows(corpora: dict[str, Path]) -> list[tuple[str, Counts]]:
    """One row per subfolder of each corpus, then its total."""
    rows: list[tuple[str, Counts]] = []
    for name, path in corpora.items():
        results = evaluate_dir(path)
        rows.extend((f"{name}/{part}", counts) for part, counts in sorted(results.items()) if part != "all")
        rows.append((name, results["all"]))
    return rows


def format_table(rows: list[tuple[str, Counts]]) -> str:
    width = max([len(name) for name, _ in rows] + [6])
    lines = [
        f"{'corpus':<{width}} {'gold':>5} {'sys':>5} {'strict':>7} {'relaxed':>8} {'value':>6} {'type':>6}"
    ]
    for name, counts in rows:
        fig = counts.figures()
        lines.append(
            f"{name:<{width}} {counts.gold:>5} {counts.system:>5} "
            f"{fig['strict_f1']:>7.2f} {fig['relaxed_f1']:>8.2f} "
            f"{fig['value_f1']:>6.2f} {fig['type_f1']:>6.2f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    errors = "--errors" in args
    dirs = [Path(a) for a in args if a != "--errors"]
    wanted = {d.resolve().name: d for d in dirs} if dirs else DEFAULT_CORPORA
    corpora = {name: path for name, path in wanted.items() if path.is_dir()}
    for name, path in wanted.items():
        if name not in corpora:
            print(
                f"{name} corpus not found at {path.resolve()}; pass its directory "
                "(TBAQ is expected at ../shared/tempeval3-tbaq beside the repo).",
                file=sys.stderr,
            )
    if not corpora:
        return 2
    if errors:
        for path in corpora.values():
            print("\n".join(error_lines(path)))
    print(format_table(report_rows(corpora)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
