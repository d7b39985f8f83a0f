"""A leader's time in power told by a verb or beside the name ("X, who has ruled Turkey for
30 years", "X, prime minister for the past 15 years"), held against the term, the unbroken
stretch in office and all terms together, with a year's slack."""

import pytest

from .helpers import shown_rules

# (published, wrong, right)
TWINS = [
    (
        "2024-05-01",
        "Recep Tayyip Erdogan, who has ruled Turkey for 30 years, won again.",
        "Recep Tayyip Erdogan, who has ruled Turkey for 21 years, won again.",
    ),
    (
        "2023-06-01",
        "Viktor Orban has governed Hungary for 20 straight years.",
        "Viktor Orban has governed Hungary for 13 straight years.",
    ),
    (
        "2024-05-01",
        "Narendra Modi, prime minister for the past 15 years, is seeking a third term.",
        "Narendra Modi, prime minister for the past ten years, is seeking a third term.",
    ),
    (
        "2021-06-01",
        "Benjamin Netanyahu, who has led Israel for 25 years, was ousted.",
        "Benjamin Netanyahu, who has led Israel for 15 years, was ousted.",
    ),
    (
        "2024-07-01",
        "Justin Trudeau, prime minister for the past 12 years, is under pressure.",
        "Justin Trudeau, prime minister for the past nine years, is under pressure.",
    ),
]

# Counts that fit one reading, counts of another time or body, and people whose stretch in
# office may have begun before the base's sources list their terms.
SILENT = [
    ("2024-05-01", "Recep Tayyip Erdogan, who has led the AKP for 20 years, won again."),
    ("2024-05-01", "Erdogan has been president for 10 years and prime minister for 11 before that."),
    ("2021-06-01", "Benjamin Netanyahu, who has led Israel for 12 straight years, was ousted."),
    ("2021-06-01", "Benjamin Netanyahu, who has led Israel for a total of 15 years, was ousted."),
    ("2024-05-01", "Narendra Modi, who ran Gujarat for 13 years, became prime minister in 2014."),
    ("2019-05-01", "Theresa May, who has led the country for three years, will step down."),
    ("2024-05-01", "Rishi Sunak, prime minister for the past 18 months, called an election."),
    ("2016-01-01", "Angela Merkel, who has led Germany for a decade, opened the borders."),
    ("2016-01-01", "Angela Merkel, chancellor for the past ten years, opened the borders."),
    (
        "2024-05-01",
        "Recep Tayyip Erdogan, who had ruled Turkey for 11 years as prime minister, became president.",
    ),
    ("2024-05-01", "Recep Tayyip Erdogan, who has ruled Turkey for more than two decades, won again."),
    ("2024-05-01", "Narendra Modi, who has led India for a decade, is seeking a third term."),
    ("2024-05-01", "If he wins, Recep Tayyip Erdogan will have ruled Turkey for 25 years by 2028."),
    ("2010-05-01", "Saddam Hussein, who had ruled Iraq for 24 years, was toppled in 2003."),
    ("2023-06-01", "Viktor Orban, who has governed Hungary for 17 years in all, won a fourth straight term."),
    ("2023-06-01", "Viktor Orban, who has run Fidesz for 30 years, won again."),
    ("2022-03-01", "Vladimir Putin, in power for more than three decades, ordered the invasion."),
]


@pytest.mark.parametrize(("published", "wrong", "right"), TWINS)
def test_a_time_in_power_that_fits_no_reading_is_flagged(published, wrong, right):
    assert shown_rules(wrong, published) == ["elapsed-time"]
    assert shown_rules(right, published) == []


@pytest.mark.parametrize(("published", "text"), SILENT)
def test_counts_that_fit_a_reading_or_another_time_stay_silent(published, text):
    assert shown_rules(text, published) == []
