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

from pathlib import Path

from .helpers import flags_on_correct_texts

CORPUS = Path(__file__).parent / "data" / "redteam_round6" / "correct.jsonl"


def test_no_correct_text_raises_a_shown_flag():
    count, flagged = flags_on_correct_texts(CORPUS)
    assert count > 1050
    assert flagged == []
