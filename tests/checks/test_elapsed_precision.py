"""Precision of the elapsed-time, event-date and event-tense readings on correct news: counts
from a time in office (leaders who came to power twice, "was elected" to another office),
anniversaries marked on their day or announced ahead, storms' names borne by people, deaths
told by a verb, attacks named by their place, elections of regions, parties and snap votes,
summits told by later ones, and years that close a record ("the warmest year since 2016").

Every sentence and article under data/elapsed_precision is correct for its date and must
raise no flag shown by default; each fix made for one of them has a wrong twin here that
still flags."""

import json
from pathlib import Path

import pytest

from .helpers import shown_rules

DATA = Path(__file__).parent / "data" / "elapsed_precision"
ELAPSED = ["elapsed-time"]
DATE = ["event-date"]


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


SENTENCES = _rows("sentences.jsonl")
ARTICLES = _rows("articles.jsonl")


def test_the_data_is_the_size_it_claims():
    assert len(SENTENCES) >= 250
    assert len(ARTICLES) == 25
    assert all(len(row["text"].split()) >= 380 for row in ARTICLES)


@pytest.mark.parametrize("row", SENTENCES, ids=lambda row: row["text"][:50])
def test_correct_sentences_raise_no_flag(row):
    assert shown_rules(row["text"], row["published"]) == []


@pytest.mark.parametrize("row", ARTICLES, ids=lambda row: row["published"] + " " + row["text"][:30])
def test_correct_articles_raise_no_flag(row):
    assert shown_rules(row["text"], row["published"]) == []


# (published, wrong, right): each fix's twin, the wrong one still flagged.
TWINS = [
    # "Mr. Smith" is someone the article names in full, not any known Smith...
    ("2018-01-01", "Orlando Smith took office two years ago.", "Mr. Smith took office two years ago."),
    (
        "2018-01-01",
        "Orlando Smith won in a landslide. Mr. Smith took office two years ago.",
        "Jane Doe won in a landslide. Mr. Smith took office two years ago.",
    ),
    # ...and "as mayor" names the office the count is told of
    (
        "2018-01-01",
        "Orlando Smith took office two years ago.",
        "Orlando Smith took office two years ago as mayor.",
    ),
    (
        "2018-01-01",
        "Orlando Smith took office two years ago as premier.",
        "Orlando Smith took office six years ago as premier.",
    ),
    # a comma closes "two months after his mutiny": the death past it is the time counted to
    (
        "2017-02-01",
        "Two years after Fidel Castro died, Cuba held a vote.",
        "Two months after his funeral, Fidel Castro's brother held a vote.",
    ),
    (
        "2023-10-24",
        "Two years after Yevgeny Prigozhin died in a crash, Wagner is still in Africa.",
        "Two months after his mutiny, Yevgeny Prigozhin died in a crash on Wednesday.",
    ),
    # "He has been in office": a pronoun, not the surname He
    (
        "2022-02-24",
        "He Lifeng has been in office for less than three years.",
        "Zelensky took office in May 2019. He has been in office for less than three years.",
    ),
    # "the accord, adopted in December 2015" dates the accord, not the marking of its anniversary
    (
        "2025-11-12",
        "Diplomats at COP30 marked the fifth anniversary of the Paris Agreement, adopted in December 2015.",
        "Diplomats at COP30 marked the 10th anniversary of the Paris Agreement, adopted in December 2015.",
    ),
    # a storm not yet formed when the passage was written is nobody's bare name then
    # (the sentences hold "A year after Ian struck Florida with his band", written in January 2022)
    (
        "2023-10-10",
        "Three years after Ian struck Florida, the storm season began again.",
        "A year after Ian struck Florida, the storm season began again.",
    ),
    # power taken in an office the base does not hold, as a known one ended
    ("2021-04-01", "Khamenei came to power 20 years ago.", "Khamenei came to power 32 years ago."),
    (
        "2019-05-04",
        "Margaret Thatcher came to power 10 years ago.",
        "Margaret Thatcher came to power 40 years ago.",
    ),
    (
        "2019-05-04",
        "Margaret Thatcher came to power 30 years ago.",
        "Margaret Thatcher came to power 40 years ago.",
    ),
]


@pytest.mark.parametrize(("published", "wrong", "right"), TWINS)
def test_each_fix_keeps_its_wrong_twin(published, wrong, right):
    assert shown_rules(wrong, published) == ELAPSED
    assert shown_rules(right, published) == []


# (published, wrong, right): a year closing an apposition that nests another thing's noun
# phrase may be that thing's; one closing the event's own phrase is still judged.
APPOSITION_TWINS = [
    (
        "2019-09-20",
        "Hurricane Maria, the deadliest storm in Puerto Rico in 2018, killed thousands.",
        "Hurricane Maria, the subject of a Harvard study in 2018, killed thousands.",
    ),
    (
        "2020-08-29",
        "Hurricane Katrina, the costliest storm of 2006, flooded New Orleans.",
        "Hurricane Katrina, the subject of a Spike Lee documentary in 2006, flooded New Orleans.",
    ),
    (
        "2019-04-20",
        "The Columbine shooting, the deadliest school attack of 2002, killed 13.",
        "The Columbine shooting, the inspiration for a Michael Moore film in 2002, killed 13.",
    ),
    (
        "2023-01-01",
        "Hurricane Sandy, the largest storm in the Atlantic in 2019, flooded the subway.",
        "Hurricane Sandy, the storm behind a Broadway play in 2019, flooded the subway.",
    ),
]


@pytest.mark.parametrize(("published", "wrong", "right"), APPOSITION_TWINS)
def test_a_nested_noun_keeps_its_own_year(published, wrong, right):
    assert shown_rules(wrong, published) == DATE
    assert shown_rules(right, published) == []
