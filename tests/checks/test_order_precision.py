"""Precision of the event-order readings (order words, deaths told by a verb, elided verb
phrases, taking office, stated gaps) on right text: every sentence in
``data/order_precision/sentences.tsv`` (date written, tab, sentence) and every article in
``data/order_precision/articles`` (wire, obituary, timeline and explainer styles, 2013-2026) is
right and shows no flag; the wrong twins below are flagged.

Facts: each event's, person's and office's Wikipedia article, the news agencies' reports of
the day, and the dates in resources/kb/events.csv.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import shown_rules

DATA = Path(__file__).resolve().parent / "data" / "order_precision"
SENTENCES = [
    tuple(line.split("\t", 1))
    for line in (DATA / "sentences.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
ARTICLES = sorted((DATA / "articles").glob("*.txt"))


def test_the_corpus_is_large_enough():
    assert len(SENTENCES) >= 200
    assert len(ARTICLES) >= 20
    for path in ARTICLES:
        words = len(path.read_text(encoding="utf-8").split())
        assert 400 <= words <= 900, (path.name, words)


@pytest.mark.parametrize(("written", "sentence"), SENTENCES, ids=lambda v: v[:40])
def test_right_sentence_is_silent(written, sentence):
    assert shown_rules(sentence, written) == []


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_right_article_is_silent(path):
    text = path.read_text(encoding="utf-8")
    assert shown_rules(text, path.name[:10]) == []


# A date of the first of two coordinated verb phrases is not placed by the cue of the second
# ("joined the party in 1988 and helped found its youth wing after the fall of the Berlin
# Wall"): each right sentence above has its wrong twin here, the date and cue in one phrase.
WRONG_TWINS = [
    ("2019-05-01", "He joined the party in 1985, after the fall of the Berlin Wall."),
    ("2019-05-01", "He helped found its youth wing in 1988 after the fall of the Berlin Wall."),
    ("2021-05-01", "She became a minister in 1997 after the September 11 attacks."),
    ("2021-05-01", "She entered parliament in 1997 and 1998 after the September 11 attacks."),
    ("2020-05-01", "The firm expanded quickly in 2003 after the 2008 financial crisis."),
    ("2021-09-01", "The base shut in 2002 after the U.S. withdrawal from Afghanistan."),
    ("2022-03-10", "The agency moved its staff in 2016 after Russia's full-scale invasion of Ukraine."),
    ("2018-04-02", "She rebuilt her shop in 2012 after Hurricane Harvey."),
    ("2023-07-01", "He quit in 2018 after the Wagner mutiny."),
]


@pytest.mark.parametrize(("written", "sentence"), WRONG_TWINS, ids=lambda v: v[:40])
def test_wrong_twin_is_flagged(written, sentence):
    assert "event-order" in shown_rules(sentence, written)
