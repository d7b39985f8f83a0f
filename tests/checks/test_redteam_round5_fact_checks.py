"""Correct fact-checks laid out with labels ("Claim:", "CLAIM:", "The claim:", "What was
claimed:", "MYTH:", "Fiction:"), each beside a wrong twin that must still be
flagged: the labelled sentence is the claim under review, not the article's statement, while
a wrong date in the article's own ruling is an error."""

import pytest

from .helpers import shown_rules

# (published, right, wrong): the wrong twin labels the true date as the claim and states a
# false one in the ruling.
TWINS = [
    (
        "2024-06-01",
        "Claim: Queen Elizabeth II died in 2021.\nRating: False.\nQueen Elizabeth II died on Sept. "
        "8, 2022, at Balmoral.",
        "Claim: Queen Elizabeth II died in 2022.\nRating: False.\nQueen Elizabeth II died in 2021, "
        "at Balmoral.",
    ),
    (
        "2024-06-01",
        "CLAIM: The Capitol riot took place in 2020.\n\nAP'S ASSESSMENT: False. The riot took "
        "place on Jan. 6, 2021.",
        "CLAIM: The Capitol riot took place in 2021.\n\nAP'S ASSESSMENT: False. The Capitol riot "
        "took place on Jan. 6, 2020.",
    ),
    (
        "2024-06-01",
        "The claim: The Beirut port explosion happened in 2021.\nOur rating: False.\nThe "
        "explosion happened on Aug. 4, 2020.",
        "The claim: The Beirut port explosion happened in 2020.\nOur rating: False.\nThe Beirut "
        "port explosion happened on Aug. 4, 2021.",
    ),
    (
        "2024-06-01",
        "MYTH: The Berlin Wall fell in 1991. FACT: It fell on Nov. 9, 1989.",
        "MYTH: The Berlin Wall fell in 1989. FACT: The Berlin Wall fell on Nov. 9, 1991.",
    ),
    (
        "2024-06-01",
        "Fiction: The Capitol riot happened in 2020. Fact: It happened on Jan. 6, 2021.",
        "Fiction: The Capitol riot happened in 2021. Fact: The Capitol riot happened in 2020.",
    ),
]


@pytest.mark.parametrize(("published", "right", "wrong"), TWINS)
def test_a_labelled_claim_is_not_the_articles_statement(published, right, wrong):
    assert shown_rules(right, published) == []
    assert shown_rules(wrong, published) == ["event-date"]
