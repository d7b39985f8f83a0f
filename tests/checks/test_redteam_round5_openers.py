"""Correct sentences that open on a phrase of the subject's earlier time, each beside a wrong
twin that must still be flagged: "Having served under Prime Minister Theresa May, he joined
the cabinet of Prime Minister Rishi Sunak in 2022", "Once an aide to Prime Minister Tony
Blair, he became mayor in 2016", "Where President Obama had failed, President Biden succeeded
in 2021". The opening phrase ends at its comma; the main clause's date is not its own."""

import pytest

from .helpers import shown_rules

# (published, right, wrong): the wrong twin dates the opening phrase, or the main clause,
# outside the named holder's term.
TWINS = [
    (
        "2024-03-01",
        "Having served under Prime Minister Theresa May, he joined the cabinet of Prime Minister "
        "Rishi Sunak in 2022.",
        "Having served under Prime Minister Theresa May in 2022, he joined the cabinet of Prime "
        "Minister Rishi Sunak.",
    ),
    (
        "2024-03-01",
        "Having served under Prime Minister Theresa May, he joined the cabinet of Prime Minister "
        "Rishi Sunak in 2022.",
        "Having served under Prime Minister Rishi Sunak, he joined the cabinet of Prime Minister "
        "Theresa May in 2022.",
    ),
    (
        "2024-03-01",
        "Once an aide to Prime Minister Tony Blair, he became mayor in 2016.",
        "Once an aide to Prime Minister Tony Blair in 2016, he became mayor.",
    ),
    (
        "2024-03-01",
        "Where President Obama had failed, President Biden succeeded in 2021.",
        "Where President Biden had failed, President Obama succeeded in 2021.",
    ),
    (
        "2024-03-01",
        "Once an aide to Prime Minister Gordon Brown, he joined the team of Prime Minister David "
        "Cameron in 2016.",
        "Once an aide to Prime Minister Gordon Brown, he joined the team of Prime Minister Tony "
        "Blair in 2016.",
    ),
]


@pytest.mark.parametrize(("published", "right", "wrong"), TWINS)
def test_an_opening_phrase_keeps_its_own_time(published, right, wrong):
    assert shown_rules(right, published) == []
    assert shown_rules(wrong, published) == ["office-term"]
