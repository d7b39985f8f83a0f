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
