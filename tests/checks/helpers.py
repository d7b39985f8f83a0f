"""Shared helpers for the date-consistency check tests."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from annotator.checks.engine import check_text
from annotator.checks.kb.facts import FuzzyDay
from annotator.checks.kb.model import KnowledgeBase, kb_dir
from annotator.temporal.timex import Timex


def timex_for(text: str, phrase: str, value: str, type_: str = "DATE", mod: str | None = None) -> Timex:
    """A hand-made timex over the first occurrence of a phrase."""
    start = text.index(phrase)
    return Timex(start, start + len(phrase), phrase, type_, value, mod)


def rules_fired(
    text: str,
    published: str | None = None,
    timexes: list | None = None,
    earliest: date | None = None,
    latest: date | None = None,
    kb: KnowledgeBase | None = None,
) -> list[str]:
    """The rules of the flags shown by default (the likely errors), from the timexes given
    (none by default: a test keeps to the words it is about)."""
    findings = check_text(text, published, earliest, latest, kb, timexes=timexes or [])
    return [f.rule for f in findings if f.shown]


def shown_rules(text: str, published: str | None) -> list[str]:
    """The rules of the flags shown by default, with the tagger finding the dates."""
    return [f.rule for f in check_text(text, published) if f.shown]


def article_twin_rules(folder: Path, name: str, right: str, wrong: str) -> set[str]:
    """The rules shown on an article of `folder` (its file name begins with the date it was
    written) once its one occurrence of `right` is replaced by `wrong`."""
    text = (folder / name).read_text(encoding="utf-8")
    assert text.count(right) == 1, name
    return set(shown_rules(text.replace(right, wrong), name[:10]))


def hand_kept_rows(name: str) -> list[dict[str, str]]:
    """The rows of a hand-kept file of terms (``curated/<name>``), each checked to name its
    Wikipedia source and to end no earlier than it starts."""
    with (kb_dir() / "curated" / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        assert row["source"].startswith("Wikipedia: "), row
        start = FuzzyDay.parse(row["start"], row["start_precision"])
        if row["end"]:
            assert start.lo <= FuzzyDay.parse(row["end"], row["end_precision"]).hi, row
    return rows


def flags_on_correct_texts(corpus: Path) -> tuple[int, list[tuple[str, str, list[tuple[str, str]]]]]:
    """How many texts a probe of correct texts (JSON lines: "published", "text") holds, and
    each one that raises a flag shown by default, with the rules and quotes of its flags."""
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    flagged = []
    for row in rows:
        shown = [f for f in check_text(row["text"], row["published"]) if f.shown]
        if shown:
            flagged.append((row["published"], row["text"][:80], [(f.rule, f.quote) for f in shown]))
    return len(rows), flagged
