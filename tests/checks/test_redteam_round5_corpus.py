"""About a thousand correct sentences and short articles in the styles of wire services,
newspapers, broadcasters, live blogs, fact-checks, corrections, obituaries, reviews, business
and court news, mostly of 2019-2026, none of which may raise a flag shown by default: a
precision probe over constructions the checks have been taught to read and many they need
not. Each was written for this probe with facts checked against the knowledge base and
common sources (data/redteam_round5/correct.jsonl: the date written and the text)."""

from pathlib import Path

from .helpers import flags_on_correct_texts

CORPUS = Path(__file__).parent / "data" / "redteam_round5" / "correct.jsonl"


def test_no_correct_text_raises_a_shown_flag():
    count, flagged = flags_on_correct_texts(CORPUS)
    assert count > 1000
    assert flagged == []
