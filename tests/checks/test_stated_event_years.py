"""Counts from an event the knowledge base need not know, dated by the text itself: "ten years
after the 2008 financial crisis", "25 years since the first free election of 1994", "two
years after the takeover of Kabul on 15 August 2021, ...", "the 30th anniversary of the 1994
genocide". The count runs to the time the main clause tells, read from its own verbs."""

import pytest

from .helpers import shown_rules

# (published, wrong, right)
TWINS = [
    # the year written before the noun
    (
        "2023-03-01",
        "Ten years after the 2008 financial crisis, banks remain fragile.",
        "Fifteen years after the 2008 financial crisis, banks remain fragile.",
    ),
    (
        "2021-11-20",
        "Five years after the 2015 Paris attacks, the city still mourns.",
        "Six years after the 2015 Paris attacks, the city still mourns.",
    ),
    (
        "2024-03-11",
        "Ten years after the 2011 earthquake and tsunami, Fukushima is still being cleaned up.",
        "Thirteen years after the 2011 earthquake and tsunami, Fukushima is still being cleaned up.",
    ),
    (
        "2023-09-11",
        "It has been ten years since the 2001 attacks on New York.",
        "It has been 22 years since the 2001 attacks on New York.",
    ),
    (
        "2025-02-01",
        "Three years after the 2017 Grenfell fire, survivors are still waiting for justice.",
        "Seven years after the 2017 Grenfell fire, survivors are still waiting for justice.",
    ),
    (
        "2024-05-01",
        "By 2015 it had been five years since the 2005 election.",
        "By 2015 it had been ten years since the 2005 election.",
    ),
    # the year written after the noun
    (
        "2021-05-01",
        "Twenty-five years after the first all-race election of 1994, South Africa is voting again.",
        "Twenty-seven years after the first all-race election of 1994, South Africa is voting again.",
    ),
    (
        "2019-11-09",
        "Twenty years after the fall of the Berlin Wall of 1989, Germans are celebrating.",
        "Thirty years after the fall of the Berlin Wall of 1989, Germans are celebrating.",
    ),
    # the opening phrase closed by the event's date
    (
        "2025-08-20",
        "Two years after the takeover of Kabul on 15 August 2021, the situation remains dire.",
        "Four years after the takeover of Kabul on 15 August 2021, the situation remains dire.",
    ),
    (
        "2025-06-20",
        "A year after the coup in Niger in July 2023, the junta still rules.",
        "Two years after the coup in Niger in July 2023, the junta still rules.",
    ),
    (
        "2019-06-20",
        "Six months after the fire on 15 April 2019, the cathedral is still closed.",
        "Two months after the fire on 15 April 2019, the cathedral is still closed.",
    ),
    (
        "2025-08-20",
        "Two years after the Taliban returned to power in August 2021, the situation remains dire.",
        "Four years after the Taliban returned to power in August 2021, the situation remains dire.",
    ),
    # anniversaries of a year the text gives
    (
        "2021-07-20",
        "The country celebrates the 50th anniversary of the 1969 moon landing.",
        "The country celebrates the 52nd anniversary of the 1969 moon landing.",
    ),
    (
        "2025-07-27",
        "South Korea marks the 70th anniversary of the 1953 armistice.",
        "South Korea marks the 72nd anniversary of the 1953 armistice.",
    ),
    (
        "2026-04-07",
        "Rwanda marks the 30th anniversary of the genocide of 1994.",
        "Rwanda marks the 32nd anniversary of the genocide of 1994.",
    ),
]

# Counts to another time than the date written, and years that are no event's.
SILENT = [
    ("2025-06-01", "Five years after the 2019 protests, he was arrested."),
    ("2025-06-01", "Two years after the 2014-15 season, the club won the league."),
    ("2025-06-01", "Ten years after the 1990s boom, the town was empty."),
    ("2025-06-01", "Ten years after the 1990s ended, the economy is still weak."),
    ("2025-06-01", "Thirty years after the treaty of 1949, Biden visited Belfast."),
    ("2021-01-01", "Five years after 2015 elections were held, the party still rules."),
    ("2025-06-20", "Six months after the fire on 15 April 2019, the cathedral reopened."),
    ("2018-07-20", "Next year's 50th anniversary of the 1969 moon landing will be big."),
    ("2024-06-01", "In 2019, ten years after the 2009 crash, the bank reopened."),
    ("2024-06-01", "He recalled that in 2018, ten years after the 2008 crisis, banks were fragile."),
    ("2024-05-01", "Six months after the 2019 election the law was passed, and it remains in force."),
    ("2024-05-01", "In the four years since the 2020 election, the party has moved right."),
    ("2024-05-01", "Born two years after the 1956 uprising, she now runs the museum."),
    # "since" in a past clause, or in a sentence dated to another year, is not counted to now
    ("2024-05-01", "By 2015 it had been ten years since Hurricane Katrina."),
    ("2024-05-01", "In 2015, ten years since Hurricane Katrina, the city had recovered."),
    ("2024-05-01", "When he returned, it had been ten years since Hurricane Katrina."),
    ("2024-05-01", "He had waited ten years since Hurricane Katrina for a second chance."),
    ("2024-05-01", "It was the first time in ten years since Hurricane Katrina that the levees failed."),
    ("2024-05-01", "By 2015 it had been ten years since the 2005 election."),
]


@pytest.mark.parametrize(("published", "wrong", "right"), TWINS)
def test_a_count_from_a_year_the_text_gives_is_checked(published, wrong, right):
    assert shown_rules(wrong, published) == ["elapsed-time"]
    assert shown_rules(right, published) == []


@pytest.mark.parametrize(("published", "text"), SILENT)
def test_counts_of_another_time_or_no_event_stay_silent(published, text):
    assert shown_rules(text, published) == []


def test_the_main_clause_is_read_without_the_opening_phrase():
    """ "after the war began": the opening's past verb does not make the main clause past."""
    text = "Two years after the Taliban returned to power in August 2021, the situation {} dire."
    assert shown_rules(text.format("remains"), "2025-08-20") == ["elapsed-time"]
    assert shown_rules(text.format("was"), "2025-08-20") == []
