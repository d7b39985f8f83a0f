"""Whole news articles of 2013-2017 (wire copy, the BBC, partisan sites of left and right,
government releases), checked whole (tagger included): every article under
``data/era/`` (its file name begins with its publication date) raises no flag shown by
default, and each reading one of them needed keeps a wrong twin, one date error planted in
the same article, flagged.

Facts: the news agencies' and the BBC's own reports of each day; whitehouse.gov and
state.gov archives of the Obama years; Wikipedia's articles on each person, office and
event (the 2013-2017 changes of leader in Australia, Britain, Canada, Ukraine, Egypt,
Venezuela, the Vatican, Italy, Brazil, France, South Korea and Zimbabwe; the Boston,
Paris, Brussels, Orlando and Las Vegas attacks; MH17, Ebola, Mosul, Crimea, the Iran deal,
the Brexit vote, Hurricanes Harvey, Irma and Maria; the anniversaries of 1914, 1944-1945
and 1963-1967); weekdays from the calendar.
"""

from pathlib import Path

import pytest

from .helpers import shown_rules

ERA = Path(__file__).parent / "data" / "era"
ARTICLES = sorted(ERA.glob("*.txt"))


def _article(name: str) -> str:
    return (ERA / name).read_text(encoding="utf-8").strip()


def test_the_era_articles_are_whole_articles():
    assert len(ARTICLES) >= 60
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8").strip()
        title, blank, _ = text.partition("\n\n")
        assert blank and "\n" not in title, path.name
        assert 3000 <= len(text) <= 5000, path.name
        assert 6 <= text.count("\n\n") <= 20, path.name


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_right_article_raises_no_shown_flag(path):
    assert shown_rules(path.read_text(encoding="utf-8").strip(), path.name[:10]) == []


# (article, the right words, one date error planted in their place, the rule that catches it)
TWINS = [
    # a law's renewal is dated on its own; the law itself is not of 2006
    (
        "2015-03-08_selma-50th-right.txt",
        "who signed the 25-year reauthorization of the Voting Rights Act in July 2006",
        "who signed the Voting Rights Act in July 2006",
        "event-date",
    ),
    # "the beach known as Sword in 1944" dates the name; "at Ouistreham in 1944" dates the clause
    (
        "2014-06-06_dday-70th-bbc.txt",
        "at the international ceremony at Ouistreham, on the beach known as Sword in 1944",
        "at the international ceremony at Ouistreham in 1944",
        "office-term",
    ),
    # "will not attend because of ... the conflict": no gathering attended; the Olympics are one
    (
        "2015-05-09_ve-day-70th-bbc.txt",
        "will not attend because of Russia's role in the conflict in Ukraine",
        "will not attend the Sochi Winter Olympics",
        "event-tense",
    ),
    # "which starts a two-year process" sets something going; "which begins next year" is a date
    (
        "2016-06-24_brexit-cameron-bbc.txt",
        "of the Lisbon Treaty, which starts a two-year process of leaving the EU",
        "of the Lisbon Treaty, which begins next year",
        "event-tense",
    ),
    (
        "2016-07-13_may-becomes-pm-reuters.txt",
        "of the EU's Lisbon Treaty, which begins a two-year exit process,",
        "of the EU's Lisbon Treaty, which will take effect next year,",
        "event-tense",
    ),
    # two records counted "since": the first one's anchor is not placed after the second's
    (
        "2015-11-14_paris-attacks-afp.txt",
        "The attacks were the deadliest in France since World War II",
        "In 2003, after the Madrid train bombings, Spain tightened its laws. "
        "The attacks were the deadliest in France since World War II",
        "event-order",
    ),
    # "He will be inaugurated" names no one surnamed He; a named president long sworn in is wrong
    (
        "2017-05-08_macron-elected-bbc.txt",
        "US President Donald Trump tweeted his congratulations",
        "Donald Trump will be inaugurated in January; he tweeted his congratulations",
        "event-tense",
    ),
    # "the former leader of the Democratic Party" is a party's title; "of South Korea" the office
    (
        "2017-03-10_park-removed-ap.txt",
        "the former leader of the liberal Democratic Party",
        "the former president of South Korea",
        "office-term",
    ),
]


@pytest.mark.parametrize(("name", "right", "wrong", "rule"), TWINS, ids=[t[0][:20] for t in TWINS])
def test_wrong_twin_is_flagged(name, right, wrong, rule):
    text = _article(name)
    assert right in text
    assert rule in shown_rules(text.replace(right, wrong, 1), name[:10])
