"""About a thousand correct sentences and short articles in the styles of wire services,
newspapers, broadcasters, live blogs, fact-checks, corrections, obituaries, reviews, business
and court news, mostly of 2019-2026, none of which may raise a flag shown by default: a
precision probe over constructions the checks have been taught to read and many they need
not. Each was written for this probe with facts checked against the knowledge base and
common sources (data/redteam_round5/correct.jsonl: the date written and the text)."""

import json
from pathlib import Path

from annotator.checks.engine import check_text

CORPUS = Path(__file__).parent / "data" / "redteam_round5" / "correct.jsonl"


def test_no_correct_text_raises_a_shown_flag():
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) > 1000
    flagged = []
    for row in rows:
        shown = [f for f in check_text(row["text"], row["published"]) if f.shown]
        if shown:
            flagged.append((row["published"], row["text"][:80], [(f.rule, f.quote) for f in shown]))
    assert flagged == []
