"""`make eval-checks`: how often the checks are right, on real news and on planted errors.

Two measures, both kept in this folder:

- **Judged flags.** Every flag the checks raise on ../shared/dev-news/fake-2017, on TBAQ
  (../shared/tempeval3-tbaq, each document dated by its DCT) and on seeds/ has a judgment
  in ``judgments.jsonl``: true or false with a reason code, keyed by corpus, article and
  the flag's fingerprint, so an unchanged flag keeps its judgment across runs.
- **Planted errors.** ``planted.jsonl`` and ``planted_world.jsonl`` hold real sentences
  with one date error planted, and correct controls (see README.md); ``planted_fresh.jsonl``
  and ``planted_fresh2.jsonl`` hold more of them, from sentences the rules were not tuned on,
  each counted on its own.

Prints, per rule: flags shown by default, judged true, judged false, not yet judged
(listed); planted errors caught per kind; false flags on the controls. ``--write-unjudged
FILE`` writes the flags still to judge as JSON lines, ready to be judged and appended.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from annotator.checks.corpus import ArticleToCheck, check_corpus
from annotator.checks.engine import check_text
from annotator.checks.rules import RULE_IDS
from annotator.checks.runner import run_checks
from annotator.temporal.timeml import parse_text, read_dct, strip_timexes, text_span
from annotator.workspace import Workspace

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SHARED = REPO / ".." / "shared"
JUDGMENTS = HERE / "judgments.jsonl"
# The first two are the sets the rules were built on; planted_fresh.jsonl was built from sentences
# they never saw, before the rules were tuned on its misses, and planted_fresh2.jsonl likewise from
# sentences none of the three use; planted_modern.jsonl holds written wire, press and partisan
# sentences about 2018-2026; planted_dev4.jsonl is a tuning set of written 2019-2026 event errors in
# the varied wordings news uses for events; planted_fresh3.jsonl is a third held-out set, half real
# sentences none of the others use and half written 2019-2026 copy; planted_fresh4.jsonl is a fourth
# held-out set made the same way after the rules had been tuned on all the others; each is reported
# on its own line and column.
PLANTED = (
    HERE / "planted.jsonl",
    HERE / "planted_world.jsonl",
    HERE / "planted_fresh.jsonl",
    HERE / "planted_fresh2.jsonl",
    HERE / "planted_modern.jsonl",
    HERE / "planted_dev4.jsonl",
    HERE / "planted_fresh3.jsonl",
    HERE / "planted_fresh4.jsonl",
)
# A held-out set's misses are counted, never printed: reading them would make it a tuning set.
HELD_OUT = frozenset({"planted_fresh3.jsonl", "planted_fresh4.jsonl"})
CORPORA = ("fake-2017", "tbaq", "seeds")


@dataclass(frozen=True, slots=True)
class RaisedFlag:
    """One flag the checks raised on a corpus article, with the sentence around it."""

    corpus: str
    article: str
    fingerprint: str
    rule: str
    confidence: str
    quote: str
    message: str
    basis: str
    context: str

    @property
    def key(self) -> tuple[str, str, str]:
        return self.corpus, self.article, self.fingerprint


def corpus_path(corpus: str) -> Path | None:
    path = {
        "fake-2017": SHARED / "dev-news" / "fake-2017",
        "tbaq": SHARED / "tempeval3-tbaq",
        "seeds": REPO / "seeds",
    }[corpus]
    return path if path.is_dir() else None


def _context(text: str, start: int, end: int) -> str:
    return " ".join(
        f"{text[max(0, start - 160) : start]}[[{text[start:end]}]]{text[end : end + 100]}".split()
    )


def _workspace_flags(corpus: str, folder: Path) -> list[RaisedFlag]:
    """Import the folder as the app does, check it on the one corpus path, read the flags."""
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp) / "eval.db", seed=False) as ws:
        ws.import_paths([folder])
        run_checks(ws)
        raised = []
        for flag in ws.flags.list():
            article = ws.articles.get(flag["article_id"])
            raised.append(
                RaisedFlag(
                    corpus,
                    Path(article["source"] or "").name,
                    flag["fingerprint"],
                    flag["rule"],
                    flag["confidence"],
                    flag["quote"],
                    flag["message"],
                    flag["basis"],
                    _context(article["text"], flag["start"], flag["end"]),
                )
            )
        return raised


def _tbaq_flags(folder: Path) -> list[RaisedFlag]:
    articles, texts = [], {}
    for path in sorted(folder.rglob("*.tml")):
        document = strip_timexes(path.read_text(encoding="utf-8"))
        start, end = text_span(document)
        text = parse_text(document[start:end]).plain
        dct = read_dct(document)
        texts[path.name] = text
        articles.append(ArticleToCheck(path.name, text, dct[:10] if dct else None))
    return [
        RaisedFlag(
            "tbaq",
            f.article_id,
            f.fingerprint,
            f.rule,
            f.confidence,
            f.quote,
            f.message,
            f.basis,
            _context(texts[f.article_id], f.start, f.end),
        )
        for f in check_corpus(articles, workers=2)
    ]


def raised_flags(corpus: str) -> list[RaisedFlag] | None:
    """Every flag (shown by default or not) on a corpus; None when it is not here."""
    folder = corpus_path(corpus)
    if folder is None:
        return None
    return _tbaq_flags(folder) if corpus == "tbaq" else _workspace_flags(corpus, folder)


def load_judgments(path: Path = JUDGMENTS) -> dict[tuple[str, str, str], dict]:
    if not path.exists():
        return {}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {(r["corpus"], r["article"], r["fingerprint"]): r for r in rows}


@dataclass(slots=True)
class FlagTally:
    """Per rule: shown by default, judged true, judged false, not yet judged; hidden ones."""

    shown: Counter
    true: Counter
    false: Counter
    hidden: Counter
    unjudged: list[RaisedFlag]
    hidden_true: Counter
    hidden_unjudged: list[RaisedFlag]

    @property
    def precision(self) -> float | None:
        judged = sum(self.true.values()) + sum(self.false.values())
        return sum(self.true.values()) / judged if judged else None


def tally(flags: Iterable[RaisedFlag], judgments: dict) -> FlagTally:
    result = FlagTally(Counter(), Counter(), Counter(), Counter(), [], Counter(), [])
    for flag in flags:
        if flag.confidence != "high":
            result.hidden[flag.rule] += 1
            judgment = judgments.get(flag.key)
            if judgment is None:
                result.hidden_unjudged.append(flag)
            elif judgment["verdict"] == "true":
                result.hidden_true[flag.rule] += 1
            continue
        result.shown[flag.rule] += 1
        judgment = judgments.get(flag.key)
        if judgment is None:
            result.unjudged.append(flag)
        elif judgment["verdict"] == "true":
            result.true[flag.rule] += 1
        else:
            result.false[flag.rule] += 1
    return result


@dataclass(frozen=True, slots=True)
class PlantedResult:
    case: dict
    shown: tuple  # the findings shown by default on the case

    @property
    def caught(self) -> bool:
        return any(_covers(self.case, f) for f in self.shown)


def _covers(case: dict, finding) -> bool:
    text = case["articles"][case["flag_article"]]["text"] if "articles" in case else case["text"]
    start = text.find(case["quote"])
    end = start + len(case["quote"])
    return (
        start >= 0
        and finding.start < end
        and start < finding.end
        and ("articles" not in case or finding.article_id == case["flag_article"])
    )


def load_planted() -> list[dict]:
    cases = []
    for path in PLANTED:
        if path.exists():
            cases += [
                {**json.loads(line), "_file": path.name}
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()
            ]
    return cases


def run_planted(cases: list[dict]) -> list[PlantedResult]:
    results = []
    for case in cases:
        if "articles" in case:
            articles = [
                ArticleToCheck(i, a["text"], a.get("published")) for i, a in enumerate(case["articles"])
            ]
            findings = check_corpus(articles)
        else:
            findings = check_text(case["text"], case.get("published"))
        results.append(PlantedResult(case, tuple(f for f in findings if f.shown)))
    return results


def _rows(title: str, header: tuple[str, ...], rows: list[tuple]) -> None:
    width = max([22, *(len(str(row[0])) for row in rows)])
    print(f"\n{title}")
    print("  ".join(f"{h:>10}" if i else f"{h:<{width}}" for i, h in enumerate(header)))
    for row in rows:
        print("  ".join(f"{v!s:>10}" if i else f"{v!s:<{width}}" for i, v in enumerate(row)))


def _file_row(name: str, results: list[PlantedResult]) -> tuple:
    errors = [r for r in results if r.case["_file"] == name and r.case["expect"] == "flag"]
    controls = [r for r in results if r.case["_file"] == name and r.case["expect"] == "none"]
    caught = sum(r.caught for r in errors)
    share = f"{100 * caught / len(errors):.1f}%" if errors else "n/a"
    return name, len(errors), caught, share, len(controls), sum(bool(r.shown) for r in controls)


def report(write_unjudged: Path | None = None) -> int:
    judgments = load_judgments()
    unjudged: list[RaisedFlag] = []
    for corpus in CORPORA:
        flags = raised_flags(corpus)
        if flags is None:
            print(f"\n{corpus}: not found beside the repository; skipped")
            continue
        counts = tally(flags, judgments)
        unjudged += counts.unjudged + counts.hidden_unjudged
        precision = counts.precision
        _rows(
            f"{corpus}: flags shown by default (precision "
            f"{'n/a' if precision is None else f'{100 * precision:.1f}%'})",
            ("rule", "shown", "true", "false", "unjudged", "hidden", "hidden true"),
            [
                (
                    rule,
                    counts.shown[rule],
                    counts.true[rule],
                    counts.false[rule],
                    counts.shown[rule] - counts.true[rule] - counts.false[rule],
                    counts.hidden[rule],
                    counts.hidden_true[rule],
                )
                for rule in RULE_IDS
            ],
        )
    results = run_planted(load_planted())
    files = [path.name for path in PLANTED]
    by_kind: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for result in results:
        if result.case["expect"] == "flag":
            counts = by_kind[result.case["rule"], result.case["kind"]]
            counts[result.case["_file"], "cases"] += 1
            counts[result.case["_file"], "caught"] += result.caught
    errors = [r for r in results if r.case["expect"] == "flag"]
    controls = [r for r in results if r.case["expect"] == "none"]
    _rows(
        "planted errors caught by a flag shown by default, per file",
        ("file", "errors", "caught", "share", "controls", "flagged"),
        [_file_row(name, results) for name in files],
    )
    _rows(
        "planted errors caught per kind (caught/cases)",
        ("rule / kind", *(name.removesuffix(".jsonl").removeprefix("planted_") for name in files)),
        [
            (
                f"{rule} / {kind}",
                *(f"{v[name, 'caught']}/{v[name, 'cases']}" if v[name, "cases"] else "-" for name in files),
            )
            for (rule, kind), v in sorted(by_kind.items())
        ],
    )
    false_on_controls = [r for r in controls if r.shown]
    print(f"\ncontrols: {len(false_on_controls)} of {len(controls)} raised a flag shown by default")
    for result in false_on_controls:
        print(f"  {result.case['id']}: {result.shown[0].rule}: {result.shown[0].quote}")
    withheld = 0
    for result in errors:
        if result.caught:
            continue
        if result.case["_file"] in HELD_OUT:
            withheld += 1
            continue
        print(f"  missed {result.case['id']} ({result.case['kind']}): {result.case['quote']}")
    if withheld:
        print(f"  ({withheld} misses in held-out files are counted above, not listed)")
    if unjudged:
        print(f"\nnot yet judged: {len(unjudged)}")
        for flag in unjudged:
            print(f"  {flag.corpus} {flag.article} {flag.rule}: {flag.context}")
    if write_unjudged:
        with write_unjudged.open("w", encoding="utf-8") as out:
            for flag in unjudged:
                out.write(
                    json.dumps(
                        {
                            "corpus": flag.corpus,
                            "article": flag.article,
                            "fingerprint": flag.fingerprint,
                            "rule": flag.rule,
                            "confidence": flag.confidence,
                            "quote": flag.quote,
                            "context": flag.context,
                            "message": flag.message,
                            "basis": flag.basis,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    target = Path(args[args.index("--write-unjudged") + 1]) if "--write-unjudged" in args else None
    sys.exit(report(target))
