"""A person's age in apposition (rule elapsed-time, ``rules/life_ages.py``) and birth and
death years told after the name (rule event-date, ``rules/life_dates.py``), against the
dates of birth and death the knowledge base keeps (``resources/kb/lives.csv``)."""

import pytest

from annotator.checks.engine import check_text
from annotator.checks.kb.model import default_kb

from .helpers import shown_rules

WRITTEN = "2024-03-01"


@pytest.mark.parametrize(
    ("wrong", "right", "rule"),
    [
        # Ages in apposition, at the date written, across countries.
        (
            "Prime Minister Narendra Modi, 71, said the plan would work.",
            "Prime Minister Narendra Modi, 73, said the plan would work.",
            "elapsed-time",
        ),
        (
            "Prime Minister Narendra Modi spoke. Narendra Modi, 75, told a rally in Delhi.",
            "Prime Minister Narendra Modi spoke. Narendra Modi, 73, told a rally in Delhi.",
            "elapsed-time",
        ),
        (
            "Justin Trudeau, 49, said on Tuesday that Prime Minister Justin Trudeau would stay.",
            "Justin Trudeau, 52, said on Tuesday that Prime Minister Justin Trudeau would stay.",
            "elapsed-time",
        ),
        (
            "French President Emmanuel Macron, 44, says Europe must arm.",
            "French President Emmanuel Macron, 46, says Europe must arm.",
            "elapsed-time",
        ),
        (
            "Former President Jair Bolsonaro, 60, denies the charges.",
            "Former President Jair Bolsonaro, 68, denies the charges.",
            "elapsed-time",
        ),
        (
            "Prime Minister Anthony Albanese, aged 55, said.",
            "Prime Minister Anthony Albanese, aged 60, said.",
            "elapsed-time",
        ),
        # a birth known only to its year: a year either way fits, two do not
        ("President Vladimir Putin, 74, said.", "President Vladimir Putin, 72, said.", "elapsed-time"),
        # a clause dated to another time: its date or the date written
        (
            "In 2014, Narendra Modi, 80, swept to power as prime minister. Prime Minister Narendra Modi",
            "In 2014, Narendra Modi, 63, swept to power as prime minister. Prime Minister Narendra Modi",
            "elapsed-time",
        ),
        # Life dates told after the name.
        (
            "Former Prime Minister Shinzo Abe (1955-2022) was mourned.",
            "Former Prime Minister Shinzo Abe (1954-2022) was mourned.",
            "event-date",
        ),
        (
            "Former Prime Minister Shinzo Abe, who died in 2021, was mourned in Tokyo.",
            "Former Prime Minister Shinzo Abe, who died in 2022, was mourned in Tokyo.",
            "event-date",
        ),
        (
            "Former Prime Minister Shinzo Abe spoke. Shinzo Abe, who died in 2022 aged 70, was mourned.",
            "Former Prime Minister Shinzo Abe spoke. Shinzo Abe, who died in 2022 aged 67, was mourned.",
            "event-date",
        ),
        (
            "Former Prime Minister Jacinda Ardern, born in 1978, resigned.",
            "Former Prime Minister Jacinda Ardern, born in 1980, resigned.",
            "event-date",
        ),
        # alive when the snapshot was taken: a death told before it is wrong
        (
            "Former Prime Minister Boris Johnson, who died in 2020, was mourned.",
            "Former Prime Minister Boris Johnson, who was born in 1964, was cheered.",
            "event-date",
        ),
    ],
)
def test_life_twins(wrong: str, right: str, rule: str) -> None:
    assert rule in shown_rules(wrong, WRITTEN)
    assert shown_rules(right, WRITTEN) == []


@pytest.mark.parametrize(
    "text",
    [
        "Modi, 75, said the plan would work.",  # a bare surname
        "A previous version of this story incorrectly said Prime Minister Narendra Modi, 75, spoke.",
        "In the film, Prime Minister Narendra Modi, 40, is played by an actor.",  # a depiction
        "Narendra Modi, 75, said the plan would work.",  # no title for him in the article
        "Boris Johnson, 18, of Leeds, scored twice.",  # a namesake: no title in the article
        "Narendra Modi's brother, 75, said the plan would work.",  # someone else's age
        "Biden met a 10-year-old girl, who is 10, at the White House.",
        "Narendra Modi, in his 70s, said the plan would work.",  # no one age
        "Narendra Modi met voters aged 18 to 25 in Delhi.",  # a range of other people
        "If Narendra Modi, 80, ran again, he would win.",  # a supposition
        "Rahul Narendra Modi, 30, a shopkeeper, said.",  # a longer name the base lacks
        "Prime Minister Theresa May, who died in 2023, was mourned.",  # after the snapshot
        "President Vladimir Putin, who died in 2020, was mourned.",  # a source of births alone
        "John Smith, 40, said.",  # a name the base has for no head
        "Prime Ministers Tony Blair (1997-2007) and Gordon Brown (2007-2010) both support it.",  # terms
        "Queen Elizabeth II (1952-2022) reigned longest.",
        "In the film, Meryl Streep played Theresa May, 30, in her first job.",
    ],
)
def test_traps_stay_silent(text: str) -> None:
    assert shown_rules(text, WRITTEN) == []


def test_flag_names_the_birth_and_its_source() -> None:
    flags = [
        f
        for f in check_text("Prime Minister Narendra Modi, 75, said the plan would work.", WRITTEN)
        if f.shown
    ]
    assert len(flags) == 1
    assert flags[0].quote == "Prime Minister Narendra Modi, 75"
    assert "1950-09-17" in flags[0].message and "india-ministers" in flags[0].message


def test_a_name_two_people_share_has_no_life() -> None:
    """Two Swedish politicians are called Magdalena Andersson: neither one's birth is read."""
    kb = default_kb()
    (modi,) = kb.find_people("Narendra Modi")
    life = kb.life(modi)
    assert life is not None and life.born is not None and life.born.text == "1950-09-17"
    (shared,) = kb.find_people("Magdalena Andersson")
    assert len({t.person_wikidata for t in shared.terms if t.person_wikidata}) == 2
    assert kb.life(shared) is None
    assert shown_rules("Magdalena Andersson, 30, said.", WRITTEN) == []
