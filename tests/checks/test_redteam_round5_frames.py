"""Correct careers told with several framed titles in one clause, each beside a wrong twin
that must still be flagged: "served as chairman of the Joint Chiefs under President George
H.W. Bush and as secretary of state under President George W. Bush from 2001 to 2005" gives
the dates to the second predicate only, so the first president is not judged by them; so
do "in Iraq under X and in Afghanistan under Y in 2011" and "an aide to X and, in 2009, an
adviser to Y"."""

import pytest

from .helpers import shown_rules

# (published, right, wrong): the wrong twin swaps the presidents, so the dated predicate
# names one who was not in office then.
TWINS = [
    (
        "2021-10-18",
        "Powell served as chairman of the Joint Chiefs of Staff under President George H.W. Bush "
        "and as secretary of state under President George W. Bush from 2001 to 2005.",
        "Powell served as chairman of the Joint Chiefs of Staff under President George W. Bush "
        "and as secretary of state under President George H.W. Bush from 2001 to 2005.",
    ),
    (
        "2024-01-10",
        "Lloyd Austin served as commander in Iraq under President Barack Obama and as defense "
        "secretary under President Joe Biden from 2021.",
        "Lloyd Austin served as commander in Iraq under President Joe Biden and as defense "
        "secretary under President Barack Obama from 2021.",
    ),
    (
        "2023-02-01",
        "She worked as an adviser under Prime Minister Theresa May and later as a minister under "
        "Prime Minister Rishi Sunak in 2023.",
        "She worked as an adviser under Prime Minister Rishi Sunak and later as a minister under "
        "Prime Minister Theresa May in 2023.",
    ),
    (
        "2024-11-13",
        "Hegseth served in Iraq under President George W. Bush and in Afghanistan under President "
        "Obama in 2011 and 2012.",
        "Hegseth served in Iraq under President Obama and in Afghanistan under President George W. "
        "Bush in 2011 and 2012.",
    ),
    (
        "2021-01-20",
        "He served as an aide to Prime Minister Tony Blair and, in 2009, as an adviser to Prime "
        "Minister Gordon Brown.",
        "He served as an aide to Prime Minister Tony Blair in 2009 and as an adviser to Prime "
        "Minister Gordon Brown.",
    ),
    (
        "2021-10-18",
        "Powell served from 2001 to 2005 under President George W. Bush and from 1989 to 1993 "
        "under President George H.W. Bush.",
        "Powell served from 2001 to 2005 under President George H.W. Bush and from 1989 to 1993 "
        "under President George W. Bush.",
    ),
]


@pytest.mark.parametrize(("published", "right", "wrong"), TWINS)
def test_each_coordinated_predicate_keeps_its_own_dates(published, right, wrong):
    assert shown_rules(right, published) == []
    assert "office-term" in shown_rules(wrong, published)


def test_a_single_framed_predicate_is_still_dated_by_its_clause():
    text = "Powell served as secretary of state under President George H.W. Bush from 2001 to 2005."
    assert shown_rules(text, "2021-10-18") == ["office-term"]
