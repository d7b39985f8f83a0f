"""Correct possessives whose noun carries its own year, each beside a wrong twin that must
still be flagged: in "President Lula's 2022 victory" or "Prime Minister Boris Johnson's 2008
election as mayor" the year dates the victory or the election, and the possessor may be named
by the title held when the passage is written. Written before the person held the title, the
same words are still an error."""

import pytest

from .helpers import shown_rules

# (right: published, text) and (wrong: published, text): the wrong twin is written when the
# person held the title neither then nor at the year given.
TWINS = [
    (
        (
            "2023-06-01",
            "President Lula's 2022 victory over Bolsonaro was the narrowest since the return of democracy.",
        ),
        ("2022-06-01", "President Lula's 2018 campaign was cut short by his imprisonment."),
    ),
    (
        (
            "2020-06-01",
            "Prime Minister Boris Johnson's 2008 election as mayor of London launched his national career.",
        ),
        (
            "2019-06-01",
            "Prime Minister Boris Johnson's 2008 election as mayor of London launched his national career.",
        ),
    ),
    (
        (
            "2025-04-01",
            "Prime Minister Mark Carney's 2013 move to the Bank of England made him the first "
            "foreigner to lead it.",
        ),
        (
            "2024-04-01",
            "Prime Minister Mark Carney's 2013 move to the Bank of England made him the first "
            "foreigner to lead it.",
        ),
    ),
]


@pytest.mark.parametrize(("right", "wrong"), TWINS)
def test_a_possessors_title_may_be_the_one_held_at_writing(right, wrong):
    assert shown_rules(right[1], right[0]) == []
    assert shown_rules(wrong[1], wrong[0]) == ["office-term"]
