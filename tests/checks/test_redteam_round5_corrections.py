"""Correct corrections and fact-checks that repeat a wrong date in order to disown it: "A
previous version of this story incorrectly said Hurricane Katrina made landfall in 2004", "a
post wrongly states that", "users have falsely claimed that", "It is false that". The date
they report is not the article's statement; a wrong date the article states itself, in the
next sentence, is still flagged."""

import pytest

from .helpers import shown_rules

# (published, right, wrong): the wrong twin disowns the true date and states a false one.
TWINS = [
    (
        "2023-08-15",
        "Correction: A previous version of this story incorrectly said Hurricane Katrina made "
        "landfall in 2004. It struck in 2005.",
        "Correction: A previous version of this story incorrectly said Hurricane Katrina made "
        "landfall in 2005. Hurricane Katrina made landfall in 2004.",
    ),
    (
        "2022-05-05",
        "The post wrongly states that the Beirut port explosion happened in 2021. It happened in "
        "August 2020.",
        "The post wrongly states that the Beirut port explosion happened in 2020. The Beirut port "
        "explosion happened in August 2021.",
    ),
    (
        "2021-02-10",
        "Social media users have falsely claimed that the Capitol riot took place in 2020.",
        "Social media users have falsely claimed that the Capitol riot took place in 2021. The "
        "Capitol riot took place in 2020.",
    ),
    (
        "2024-06-01",
        "It is false that Queen Elizabeth II died in 2021. She died on Sept. 8, 2022.",
        "It is false that Queen Elizabeth II died in 2022. Queen Elizabeth II died in 2021.",
    ),
    (
        "2023-08-15",
        "Hurricane Katrina made landfall in 2004, a previous version of this story incorrectly said.",
        "Hurricane Katrina made landfall in 2004, a previous version of this story said.",
    ),
]


@pytest.mark.parametrize(("published", "right", "wrong"), TWINS)
def test_a_disowned_report_is_not_the_articles_statement(published, right, wrong):
    assert shown_rules(right, published) == []
    assert shown_rules(wrong, published) == ["event-date"]


def test_a_report_not_disowned_is_still_judged():
    text = "The post states that the Beirut port explosion happened in 2021."
    assert shown_rules(text, "2022-05-05") == ["event-date"]
