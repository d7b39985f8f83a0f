"""Correct corrections and fact-checks that repeat a wrong date in order to disown it: "A
previous version of this story incorrectly said Hurricane Katrina made landfall in 2004", "a
post wrongly states that", "users have falsely claimed that", "It is false that", "a common
misconception that", "Rumors that", "True or false:", "misspoke, saying", "said ..., which is not true", a
belief the next sentence sets right ("Many people believe ... In fact, ..."). The date
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
        "2024-01-05",
        "Many people believe the Berlin Wall fell in 1991. In fact, it fell in 1989.",
        "Many people believe the Berlin Wall fell in 1989. In fact, the Berlin Wall fell in 1991.",
    ),
    (
        "2024-01-05",
        "It is a common misconception that the Capitol riot took place in 2020; it was on Jan. 6, 2021.",
        "It is a common misconception that the Capitol riot took place in 2021; the Capitol riot took "
        "place in 2020.",
    ),
    (
        "2024-01-05",
        "True or false: Hurricane Katrina struck New Orleans in 2004. False: it struck in 2005.",
        "True or false: Hurricane Katrina struck New Orleans in 2005. False: Hurricane Katrina struck "
        "New Orleans in 2004.",
    ),
    (
        "2025-01-30",
        "Trump misspoke on Thursday, saying the Capitol riot happened in 2022.",
        "Trump misspoke on Thursday, saying the Capitol riot happened in 2021; the Capitol riot "
        "happened in 2022.",
    ),
    (
        "2025-01-30",
        "Trump said the Capitol riot happened in 2022, which is not true: it happened on Jan. 6, 2021.",
        "Trump said the Capitol riot happened in 2021, which is not true: the Capitol riot happened in 2022.",
    ),
    (
        "2025-01-30",
        "Posts falsely claim the Capitol riot happened in 2022, but it happened in 2021.",
        "Posts falsely claim the Capitol riot happened in 2021, but the Capitol riot happened in 2022.",
    ),
    (
        "2021-04-01",
        "Rumors that Queen Elizabeth II died in 2020 spread on social media.",
        "Rumors that Queen Elizabeth II died in 2020 spread on social media. Queen Elizabeth II"
        " died in 2020.",
    ),
    (
        "2021-04-01",
        "A hoax that the Capitol riot happened in 2019 spread online.",
        "A hoax that the Capitol riot happened in 2019 spread online. The Capitol riot happened in 2019.",
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


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("2022-05-05", "The post states that the Beirut port explosion happened in 2021."),
        ("2024-01-05", "Many people believe the Berlin Wall fell in 1991."),
        ("2025-01-30", "Trump said the Capitol riot happened in 2022."),
    ],
)
def test_a_report_not_disowned_is_still_judged(published, text):
    assert shown_rules(text, published) == ["event-date"]
