"""Whole articles of genres the development corpora lack, 2013-2026, checked as written (title,
blank line, paragraphs; tagger included): every article in ``data/genres`` is right and shows
no flag; each wrong twin plants one date error in one of them and is flagged.

The genres (``data/genres/<date written>_<genre>-<slug>.txt``): fact-checks in the style of
PolitiFact, FactCheck.org, Full Fact and AFP Fact Check, which quote false claims in order to
rule on them; opinion columns and editorials ranging over decades, with counterfactuals ("a
President Trump would"); sports (seasons, Super Bowls and World Cups, club and federation
presidents, coaches); business (chief executives, central bank chairs, fiscal years and
quarters, earnings); local news (mayors, governors, state legislatures, school boards, storms);
culture and science (films, books, prizes, space missions), obituaries, "this day in history"
pieces and timelines; and news in British, Indian, Australian, South African, New Zealand and
Canadian English (day-month dates, "7/12/2019", fortnights, Boxing Day, April-March financial
years).

Facts: each person's, office's, event's, election's, storm's, film's and company's Wikipedia
article; the news agencies' and the fact-checkers' own reports of the day; company results
releases; weekdays from the calendar.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import article_twin_rules, shown_rules

GENRES = Path(__file__).resolve().parent / "data" / "genres"
ARTICLES = sorted(GENRES.glob("*.txt"))
KINDS = (
    "factcheck",
    "fullfact",
    "afp",
    "oped",
    "column",
    "editorial",
    "sports",
    "business",
    "local",
    "culture",
)


def test_the_articles_are_whole_articles_of_every_genre():
    assert len(ARTICLES) >= 150
    genres = {path.name[11:].split("-")[0] for path in ARTICLES}
    assert set(KINDS) <= genres
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8").strip()
        title, blank, _ = text.partition("\n\n")
        assert blank and "\n" not in title, path.name
        assert 300 <= len(text.split()) <= 900, path.name
        assert "2013-01-01" <= path.name[:10] <= "2026-12-31", path.name


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_right_articles_show_no_flag(path):
    assert shown_rules(path.read_text(encoding="utf-8"), path.name[:10]) == []


# (article, the words replaced, the wrong words, the rule that flags them)
TWINS = [
    # a fact-check's own words are judged: only the claims it quotes to rule on are not
    (
        "2020-11-20_factcheck-harris-vp.txt",
        'some social media users have posted that "Vice President Kamala Harris cast the deciding vote '
        'in the Senate this week." That did not happen.',
        "Vice President Kamala Harris cast the deciding vote in the Senate this week.",
        "office-term",
    ),
    (
        "2021-02-03_factcheck-vaccine-timeline.txt",
        "Trump was president at the time.",
        "The vaccines were approved under President Biden in December 2020.",
        "office-term",
    ),
    (
        "2020-10-14_factcheck-biden-crisis.txt",
        "President George W. Bush signed it the same day.",
        "Vice President Joe Biden signed it on Oct. 3, 2008.",
        "office-term",
    ),
    # a weekday in the year an "in <year>" earlier in its sentence tells
    (
        "2025-12-07_uk-reeves-fortnight.txt",
        "moves to Monday 28 December",
        "moves to Tuesday 28 December",
        "weekday",
    ),
    (
        "2024-12-27_uk-boxing-day.txt",
        "moved to Tuesday 28 December",
        "moved to Monday 28 December",
        "weekday",
    ),
    # a when-clause after a date is dated by it
    (
        "2015-09-25_culture-pope-congress.txt",
        "hosted by President Jimmy Carter",
        "hosted by President Donald Trump",
        "office-term",
    ),
    # a later sentence of a timeline's line, in the present, narrates the line's date
    (
        "2021-09-11_culture-911-twenty.txt",
        "President Ashraf Ghani flees the country.",
        "President Hamid Karzai flees the country.",
        "office-term",
    ),
]


@pytest.mark.parametrize(("name", "right", "wrong", "rule"), TWINS, ids=lambda v: str(v)[:40])
def test_wrong_twins_are_flagged(name, right, wrong, rule):
    assert article_twin_rules(GENRES, name, right, wrong) == {rule}
