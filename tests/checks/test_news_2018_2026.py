"""Wire, press and partisan phrasing about 2018-2026: the forms the checks used to miss or
misread. Each wrong sentence has a right twin that stays silent (the sentences here are not
those of tests/checks/eval/planted_modern.jsonl)."""

from .helpers import shown_rules as shown


def _silent_and_caught(right: str, wrong: str, published: str, rule: str) -> None:
    assert shown(right, published) == []
    assert shown(wrong, published) == [rule]


def test_a_date_in_an_events_name_dates_no_clause():
    """'Ten days after the October 7 attacks, X did': the 'October 7' of the name is the
    event's day, not the day of the clause, so the count is not measured against it."""
    assert (
        shown("Twelve days after the October 7 attacks, Blinken returned to the region.", "2023-10-20") == []
    )
    assert shown("Two weeks after the January 6 attack, Biden was sworn in.", "2021-02-01") == []


def test_a_storm_dated_in_its_which_clause_at_one_of_its_places():
    """'Hurricane Ian, which struck southwest Florida in 2022': Florida is one of the storm's
    places, a compass word before it is part of the place, and the date is the storm's."""
    _silent_and_caught(
        "Hurricane Ian, which struck southwest Florida in September 2022, destroyed thousands of homes.",
        "Hurricane Ian, which struck southwest Florida in September 2020, destroyed thousands of homes.",
        "2024-03-01",
        "event-date",
    )
    _silent_and_caught(
        "Hurricane Helene, which hit North Carolina in September 2024, washed away whole towns.",
        "Hurricane Helene, which hit North Carolina in September 2021, washed away whole towns.",
        "2025-04-01",
        "event-date",
    )


def test_a_president_elect_does_not_sign_orders_into_law():
    """Signing executive orders or bills into law, vetoing and pardoning are acts of the holder
    of an office: 'President-elect X signed ...' weeks after the inauguration is wrong, while
    a president-elect who signs something else, or acts before taking office, is not."""
    assert shown(
        "President-elect Joe Biden signed an executive order requiring masks on federal property.",
        "2021-01-27",
    ) == ["office-term"]
    assert shown(
        "President-elect Donald Trump pardoned about 1,500 people charged over the Capitol riot.",
        "2025-02-03",
    ) == ["office-term"]
    assert (
        shown(
            "President-elect Donald Trump signed a transition agreement with the White House.", "2024-11-28"
        )
        == []
    )
    assert (
        shown("President-elect Joe Biden signed the paperwork to begin the transition.", "2020-12-01") == []
    )


def test_an_accusation_is_reported_as_lately_made():
    """'X accused', 'X vowed', 'X denied' report what was said lately, as 'X said' does: a
    prime minister who left office months before is no longer called by the title."""
    assert shown(
        "Prime Minister Liz Truss accused the Bank of England of undermining her plans.", "2023-02-06"
    ) == ["office-term"]
    assert shown("Prime Minister Rishi Sunak vowed to stop the boats.", "2023-01-05") == []
    assert (
        shown(
            "Former Prime Minister Liz Truss accused the Bank of England of undermining her plans.",
            "2023-02-06",
        )
        == []
    )


def test_an_event_spoken_of_as_taking_place():
    """The event as the subject of a verb of its taking place ('was watched by millions',
    'which drew', 'will bring together leaders') tells whether it is past or coming."""
    assert (
        shown("The G20 summit in Bali will bring together leaders of the largest economies.", "2022-11-01")
        == []
    )
    assert shown(
        "The G20 summit in Bali will bring together leaders of the largest economies.", "2023-01-10"
    ) == ["event-tense"]
    assert shown("Officials praised the Beijing Olympics, which drew few foreign fans.", "2022-03-01") == []
    assert shown("Officials praised the Beijing Olympics, which drew few foreign fans.", "2021-12-01") == [
        "event-tense"
    ]
    assert shown("The funeral of Queen Elizabeth II was watched by millions.", "2022-09-25") == []
    assert shown("The funeral of Queen Elizabeth II was watched by millions.", "2022-09-12") == [
        "event-tense"
    ]


def test_an_order_told_by_an_opening_phrase():
    """'Days before Y, X happened' places X before Y as 'X, days before Y' does."""
    _silent_and_caught(
        "Days before the Uvalde school shooting, the Buffalo supermarket shooting killed ten people.",
        "Days after the Uvalde school shooting, the Buffalo supermarket shooting killed ten people.",
        "2022-06-10",
        "event-order",
    )
    _silent_and_caught(
        "After the fall of Kabul, the Kabul airport bombing killed 13 service members.",
        "Before the fall of Kabul, the Kabul airport bombing killed 13 service members.",
        "2022-08-26",
        "event-order",
    )


def test_a_year_inside_an_events_name_is_no_point_of_order():
    """'Biden's withdrawal from the 2024 race came weeks before X' compares the withdrawal,
    not the year its name holds, with X."""
    _silent_and_caught(
        "Biden's withdrawal from the 2024 race came weeks after Trump's hush money conviction.",
        "Biden's withdrawal from the 2024 race came weeks before Trump's hush money conviction.",
        "2024-09-01",
        "event-order",
    )


def test_an_anniversary_of_a_loss_marked_before_it_came():
    """'Survivors marked the fifth anniversary of the attack' on the day of its fourth: a loss
    is not mourned a year ahead, while a founding may be celebrated the year before."""
    _silent_and_caught(
        "Families marked the second anniversary of the Beirut port explosion with a march.",
        "Families marked the third anniversary of the Beirut port explosion with a march.",
        "2022-08-04",
        "elapsed-time",
    )
    assert (
        shown(
            "Families will mark the third anniversary of the Beirut port explosion next year.", "2022-08-04"
        )
        == []
    )


def test_now_in_its_year_means_the_war_going_on():
    """'Israel's war with Hamas, now in its second year' names the war of 2023, the one going
    on, since every earlier war of that name ended before it began."""
    _silent_and_caught(
        "Israel's war with Hamas, now in its second year, has displaced most of Gaza.",
        "Israel's war with Hamas, now in its third year, has displaced most of Gaza.",
        "2024-11-01",
        "elapsed-time",
    )


def test_a_storm_dated_by_its_which_clause_wherever_it_struck():
    """'Hurricane Maria, which devastated the island in September 2017': a storm's striking,
    told in its which-clause, is dated by the date that ends the clause."""
    _silent_and_caught(
        "Hurricane Maria, which devastated the island in September 2017, killed thousands.",
        "Hurricane Maria, which devastated the island in September 2016, killed thousands.",
        "2019-03-01",
        "event-date",
    )
