"""About eleven hundred correct sentences, none of which may raise a flag shown by default: the
election readings taken as a class (candidates over several cycles, primaries, midterms,
re-runs, state, regional, local and by-elections, leaders who came to power without a general
election, referendums of countries and of their regions, free elections and demands for them,
findings on interference), titles read at the taking of another office (acting posts,
re-appointments, an office kept beside a new one), people met in historical narratives,
captions, anniversaries and lists, abbreviated weekdays in tables, listings, citations and
newspaper names, and "its plan on Thursday" in either tense; then wire copy, government and
agency releases, obituaries, sports, business, court and local news, opinion, explainers,
timelines and live blogs of 2019-2026. Each was written for this probe with its facts
checked against the knowledge base and common sources
(data/redteam_round6/correct.jsonl: the date written and the text)."""

import json
from pathlib import Path

from annotator.checks.engine import check_text

CORPUS = Path(__file__).parent / "data" / "redteam_round6" / "correct.jsonl"


def test_no_correct_text_raises_a_shown_flag():
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) > 1050
    flagged = []
    for row in rows:
        shown = [f for f in check_text(row["text"], row["published"]) if f.shown]
        if shown:
            flagged.append((row["published"], row["text"][:80], [(f.rule, f.quote) for f in shown]))
    assert flagged == []
