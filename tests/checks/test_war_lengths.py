"""A war's length told with its name between the count and the noun ("the eight-year
Iran-Iraq war"), and a war ended by an act of the writing's days ("troops left on Monday,
ending the 20-year war in Afghanistan"), which is the one of that name that ended then."""

import pytest

from .helpers import shown_rules

# (published, wrong, right)
TWINS = [
    (
        "2021-08-31",
        "The last U.S. troops left Kabul on Monday night, ending the 10-year war in Afghanistan.",
        "The last U.S. troops left Kabul on Monday night, ending the 20-year war in Afghanistan.",
    ),
    (
        "1989-02-16",
        "The last Soviet troops left Afghanistan on Wednesday, ending the 20-year war in Afghanistan.",
        "The last Soviet troops left Afghanistan on Wednesday, ending the nine-year war in Afghanistan.",
    ),
    (
        "1991-02-25",
        "Saddam Hussein plunged his country into the five-year Iran-Iraq war.",
        "Saddam Hussein plunged his country into the eight-year Iran-Iraq war.",
    ),
    ("2010-02-25", "The two-year Vietnam War ended in 1975.", "The 19-year Vietnam War ended in 1975."),
    (
        "2025-09-01",
        "The 30-day Israel-Iran war shook the region.",
        "The 12-day Israel-Iran war shook the region.",
    ),
]

SILENT = [
    ("2010-02-25", "The three-year Pentagon campaign cost billions, as the Iraq War dragged on."),
    ("1988-08-21", "The ceasefire took effect on Saturday, ending the eight-year Iran-Iraq war."),
    ("2010-02-25", "The three-year campaign cost billions."),
]


@pytest.mark.parametrize(("published", "wrong", "right"), TWINS)
def test_a_wrong_length_is_flagged(published, wrong, right):
    assert shown_rules(wrong, published) == ["elapsed-time"]
    assert shown_rules(right, published) == []


@pytest.mark.parametrize(("published", "text"), SILENT)
def test_a_campaign_the_base_does_not_name_stays_silent(published, text):
    assert shown_rules(text, published) == []


@pytest.mark.parametrize(
    ("published", "text", "rules"),
    [
        # nobody fights a war before it begins; a decade is a date like a year
        (
            "2017-08-22",
            "Al-Qaeda was founded in the 1960s to fight the Soviet invasion of Afghanistan.",
            ["event-date"],
        ),
        ("2017-08-22", "Al-Qaeda was founded in the 1980s to fight the Soviet invasion of Afghanistan.", []),
        (
            "2023-08-22",
            "Thousands of volunteers arrived in 2020 to fight Russia's full-scale invasion of Ukraine.",
            ["event-date"],
        ),
        (
            "2023-08-22",
            "Thousands of volunteers arrived in 2022 to fight Russia's full-scale invasion of Ukraine.",
            [],
        ),
        # after a war's recorded end its fighting may go on under another name
        (
            "2023-08-22",
            "Thousands of volunteers arrived in 2020 to fight the Russian invasion of Ukraine.",
            [],
        ),
        ("2015-08-22", "The Soviet invasion of Afghanistan in the 1970s drew a US response.", []),
        ("2015-08-22", "The Soviet invasion of Afghanistan in the 1960s drew a US response.", ["event-date"]),
    ],
)
def test_a_war_is_fought_once_it_has_begun(published, text, rules):
    assert shown_rules(text, published) == rules


@pytest.mark.parametrize(
    ("published", "text", "rules"),
    [
        # an army's crossing is its invasion; a crowd's is not
        ("2023-01-01", "Russian tanks rolled into Ukraine on February 24, 2021.", ["event-date"]),
        ("2023-01-01", "Russian tanks rolled into Ukraine on February 24, 2022.", []),
        ("2010-01-01", "Soviet troops poured into Afghanistan in December 1978.", ["event-date"]),
        ("2010-01-01", "Soviet troops poured into Afghanistan in December 1979.", []),
        ("2022-01-01", "Fans poured into Kyiv's stadium on Saturday.", []),
    ],
)
def test_an_armys_crossing_is_its_invasion(published, text, rules):
    assert shown_rules(text, published) == rules
