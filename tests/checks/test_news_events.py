"""Events that news of 2000-2025 dates and counts from: attacks, disasters, storms, deaths,
impeachments. A right date, count, anniversary or tense stays silent; a wrong one is flagged."""

from annotator.checks.engine import check_text

from .helpers import rules_fired, timex_for
from .helpers import shown_rules as shown


def test_a_month_given_to_a_dated_event_is_checked():
    wrong = "The Unite the Right rally in July left one woman dead."
    assert rules_fired(wrong, "2017-10-10", [timex_for(wrong, "July", "2017-07")]) == ["event-date"]
    right = "The Unite the Right rally in August left one woman dead."
    assert rules_fired(right, "2017-10-10", [timex_for(right, "August", "2017-08")]) == []
    wrong = "Cardinals met in the conclave after Pope Francis's death in March."
    assert rules_fired(wrong, "2025-06-01", [timex_for(wrong, "March", "2025-03")]) == ["event-date"]
    right = "Cardinals met in the conclave after Pope Francis's death in April."
    assert rules_fired(right, "2025-06-01", [timex_for(right, "April", "2025-04")]) == []


def test_a_year_given_to_a_dated_event_is_checked():
    assert shown("After the Brexit referendum in 2015, the pound fell.", "2019-01-10") == ["event-date"]
    assert shown("After the Brexit referendum in 2016, the pound fell.", "2019-01-10") == []
    assert shown("Since the Pulse nightclub shooting in June 2015, nothing has changed.", "2017-09-10") == [
        "event-date"
    ]
    assert shown("Since the Pulse nightclub shooting in June 2016, nothing has changed.", "2017-09-10") == []


def test_an_event_told_on_two_calendar_days_accepts_both():
    # The raid was on 2 May in Pakistan, late on 1 May in Washington.
    for day in ("May 1", "May 2"):
        assert shown(f"The killing of Osama bin Laden on {day}, 2011 ended a long hunt.", "2017-05-10") == []
    assert shown("The killing of Osama bin Laden on May 9, 2011 ended a long hunt.", "2017-05-10") == [
        "event-date"
    ]


def test_years_counted_since_an_attack():
    assert shown("It has been 16 years since the September 11 attacks.", "2021-09-11") == ["elapsed-time"]
    assert shown("It has been 20 years since the September 11 attacks.", "2021-09-11") == []


def test_the_anniversary_of_an_attack():
    text = "Today marks the {} anniversary of the Boston Marathon bombing."
    assert shown(text.format("20th"), "2023-04-15") == ["elapsed-time"]
    assert shown(text.format("10th"), "2023-04-15") == []


def test_an_event_spoken_of_as_coming_after_it_happened():
    text = "Ahead of the Brexit referendum, polls show a close race."
    assert shown(text, "2017-10-10") == ["event-tense"]
    assert shown(text, "2016-05-10") == []
    # A past narrative tells of the time before the referendum: right at any later date.
    assert shown("Ahead of the Brexit referendum, polls showed a close race.", "2017-10-10") == []


def test_an_event_spoken_of_as_past_before_it_happened():
    text = "After the Christchurch mosque shootings, New Zealand banned semi-automatic weapons."
    assert shown(text, "2018-06-01") == ["event-tense"]
    assert shown(text, "2019-06-01") == []


def test_an_alias_several_wars_share_is_flagged_only_when_none_fits():
    assert shown("The 2014 Israel-Hamas war killed thousands.", "2022-07-01") == []
    assert shown("The Israel-Hamas war in 2019 killed thousands.", "2022-07-01") == ["event-date"]
    assert shown("The fall of Kabul in 2001 ended Taliban rule.", "2021-09-01") == []
    wrong = "The fall of Kabul in July sent thousands to the airport."
    assert rules_fired(wrong, "2021-09-01", [timex_for(wrong, "July", "2021-07")]) == ["event-date"]


def test_looking_back_on_the_days_before_an_attack_or_a_storm_is_no_error():
    assert shown("Ahead of the Las Vegas massacre, the gunman stockpiled weapons.", "2017-10-10") == []
    assert shown("Floridians evacuated ahead of Hurricane Irma.", "2017-09-08") == []
    assert shown("Floridians evacuated ahead of Hurricane Irma.", "2017-10-10") == []


def test_a_death_or_a_downfall_supposed_years_ahead_is_no_error():
    text = "Plans for the period after Queen Elizabeth II's death are code-named London Bridge."
    assert shown(text, "2017-10-10") == []
    assert shown("Many fear chaos after the fall of the Assad regime.", "2013-05-10") == []
    # A date given to it is still checked.
    assert shown("After Queen Elizabeth II's death in 2021, Charles became king.", "2023-01-10") == [
        "event-date"
    ]


def test_leaving_an_agreement_is_not_the_agreement():
    assert shown("Trump withdrew from the Paris Agreement on June 1, angering allies.", "2017-06-05") == []
    assert shown("The Paris Agreement, signed in 2016, binds nearly every nation.", "2017-06-05") == []
    assert shown("The Paris Agreement, signed in 2014, binds nearly every nation.", "2017-06-05") == [
        "event-date"
    ]


def test_a_record_counted_since_a_year_does_not_date_the_clause():
    text = (
        "Cruz took to Twitter almost a week after Hurricane Maria, the strongest hurricane to make "
        "landfall in Puerto Rico since 1928, struck the island."
    )
    assert shown(text, "2017-10-05") == []


def test_a_count_after_a_date_reaches_the_event_that_follows_it():
    # The count runs from 9/11 to the storm: it says nothing of the storm's own date.
    assert shown("Four years after 9/11, Hurricane Katrina struck New Orleans.", "2017-10-10") == []
    # A date before the count is where the count from the event ends.
    wrong = "The call took place on Jan. 27, a month after Trump's inauguration, with the Mexican president."
    assert shown(wrong, "2017-08-04") == ["elapsed-time"]


def test_leaving_the_eu_is_dated_only_once_it_happened():
    expected_then = "Ahead of Britain's exit from the EU in March 2019, firms stockpiled goods."
    assert shown(expected_then, "2018-06-01") == []
    assert shown("Since Britain left the EU in January 2020, trade has fallen.", "2021-06-01") == []
    assert shown("Since Britain left the EU in 2016, trade has fallen.", "2021-06-01") == ["event-date"]


def test_a_phrase_two_rallies_share_fits_either():
    text = "The white supremacist rally in Charlottesville in {} drew counter-protesters."
    assert shown(text.format("July"), "2017-09-10") == []
    assert shown(text.format("August"), "2017-09-10") == []
    assert shown(text.format("June"), "2017-09-10") == ["event-date"]


def test_a_date_after_a_trial_or_a_later_act_on_the_event_is_not_the_event_s():
    convicted = "Derek Chauvin was convicted of the murder of George Floyd in April 2021."
    assert shown(convicted, "2021-06-01") == []
    sentenced = "Dzhokhar Tsarnaev was sentenced to death for the Boston Marathon bombing in June 2015."
    assert shown(sentenced, "2016-01-01") == []
    assert shown("Turkey ratified the Paris Agreement in October 2021.", "2022-01-01") == []
    assert shown("The US withdrew from the INF Treaty in February 2019.", "2019-03-01") == []
    # The act named as the event itself is still dated.
    assert shown("Trump withdrew from the JCPOA in May 2017.", "2019-03-01") == ["event-date"]
    assert shown("Trump withdrew from the JCPOA in May 2018.", "2019-03-01") == []


def test_last_week_may_start_on_sunday():
    # The shooting was on Sunday 2016-06-12: "last week" on Monday 2016-06-20 in US usage.
    text = "The Pulse nightclub shooting last week killed 49."
    assert shown(text, "2016-06-20") == []
    assert shown(text, "2016-07-20") == ["event-date"]


def test_the_fall_of_a_city_supposed_ahead_is_no_error():
    text = "After the fall of Kabul, the Taliban would impose harsh rule, analysts warn."
    assert shown(text, "2021-07-10") == []


def test_a_date_the_event_hit_or_happened_in_is_its_date():
    def shown(text: str) -> list[str]:  # tagged for real: the year must be found
        return [f.rule for f in check_text(text, "2017-11-19") if f.shown]

    assert shown("Superstorm Sandy hit in 2013, during the Obama administration.") == ["event-date"]
    assert shown("Superstorm Sandy hit in 2012, during the Obama administration.") == []
    assert shown("The Boston Marathon bombing happened in 2014.") == ["event-date"]


def test_events_news_of_the_past_decades_counts_from():
    # The Bay of Pigs landing (1961-04-17), Iraq's invasion of Kuwait (1990-08-02), the
    # Benghazi attack (2012-09-11) and the Sandy Hook shooting (2012-12-14) by other phrases.
    assert shown("Today is the 29th anniversary of the Bay of Pigs fiasco.", "2000-04-17") == ["elapsed-time"]
    assert shown("Today is the 39th anniversary of the Bay of Pigs fiasco.", "2000-04-17") == []
    assert shown("Iran had condemned Iraq's invasion of Kuwait on July 2.", "1990-08-15") == ["event-date"]
    assert shown("Iran had condemned Iraq's invasion of Kuwait on Aug. 2.", "1990-08-15") == []
    assert shown("The sanctions imposed after its 1991 invasion of Kuwait stay.", "1998-03-06") == [
        "event-date"
    ]
    assert shown("That has nothing to do with the 2014 Benghazi attack.", "2017-08-06") == ["event-date"]
    assert shown("That has nothing to do with the 2012 Benghazi attack.", "2017-08-06") == []
    text = "Yesterday was the {} anniversary of the mass shooting at Sandy Hook Elementary."
    assert shown(text.format("fourth"), "2017-12-15") == ["elapsed-time"]
    assert shown(text.format("fifth"), "2017-12-15") == []


def test_years_into_an_event_are_counted_to_a_clause_about_now():
    # Russia's full-scale invasion began on 2022-02-24: in June 2024, two years and four months.
    text = "Ukraine's grain exports have recovered, {} years into Russia's full-scale invasion."
    assert shown(text.format("more than three"), "2024-06-12") == ["elapsed-time"]
    assert shown(text.format("more than two"), "2024-06-12") == []
    # a past clause speaks of some earlier time, which the sentence does not date
    assert shown("Three years into Russia's full-scale invasion, he resigned.", "2024-06-12") == []


def test_a_count_since_a_clause_whose_agent_is_the_event():
    # Hurricane Harvey struck Texas on 2017-08-25: in November 2017, under three months.
    text = "It has been {} months since the state was devastated by Hurricane Harvey."
    assert shown(text.format("five"), "2017-11-19") == ["elapsed-time"]
    assert shown(text.format("two"), "2017-11-19") == []
    # an event in the clause that is not its agent dates nothing
    assert shown("It has been five months since he was arrested after Hurricane Harvey.", "2017-11-19") == []
