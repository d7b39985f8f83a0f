from annotator.checks.engine import check_text

from .helpers import rules_fired, shown_rules, timex_for


def test_future_cue_for_a_past_summit_fires():
    text = "Ministers meet ahead of the NATO summit in The Hague."
    assert rules_fired(text, "2025-07-10") == ["event-tense"]
    assert rules_fired(text, "2025-06-10") == []
    assert rules_fired(text, "2025-06-24") == []
    # Told in the past, the summit was coming then: "ministers met ahead of it" is right.
    assert rules_fired("Ministers met ahead of the NATO summit in The Hague.", "2025-07-10") == []


def test_past_cue_for_a_coming_summit_fires():
    text = "After the NATO summit in The Hague, ministers went home."
    assert rules_fired(text, "2025-06-01") == ["event-tense"]
    assert rules_fired(text, "2025-06-26") == []


def test_shared_alias_is_flagged_only_when_every_event_contradicts():
    text = "Leaders prepare for the summit in Washington."
    assert rules_fired(text, "1999-03-01") == []
    assert rules_fired(text, "2024-06-01") == []
    assert rules_fired(text, "2024-08-01") == []  # the summit of August 2025 was still to come
    assert rules_fired(text, "2025-09-01") == ["event-tense"]


def test_stated_date_against_the_knowledge_base():
    wrong = "At their summit in Washington in June, leaders agreed."
    findings = check_text(wrong, "2024-12-03", timexes=[timex_for(wrong, "June", "2024-06")])
    assert [f.rule for f in findings] == ["event-date"]
    assert "2024-07-09" in findings[0].message
    right = "At their summit in Washington in July, leaders agreed."
    assert rules_fired(right, "2024-12-03", [timex_for(right, "July", "2024-07")]) == []


def test_yearless_date_is_compared_by_month_and_day():
    text = "Ahead of the NATO summit in The Hague that begins on June 24, Rutte spoke."
    assert rules_fired(text, None, [timex_for(text, "June 24", "XXXX-06-24")]) == []
    wrong = "Ahead of the NATO summit in The Hague that begins on June 14, Rutte spoke."
    assert rules_fired(wrong, None, [timex_for(wrong, "June 14", "XXXX-06-14")]) == ["event-date"]


def test_explicit_year_application_date():
    text = "Ukraine first applied to join NATO in September 2022 following the invasion."
    assert rules_fired(text, "2025-06-10", [timex_for(text, "September 2022", "2022-09")]) == []
    wrong = "Ukraine first applied to join NATO in September 2021."
    assert rules_fired(wrong, "2025-06-10", [timex_for(wrong, "September 2021", "2021-09")]) == ["event-date"]


def test_order_contradicted_by_dates_fires():
    text = "In March 2023, after the NATO summit in Vilnius, allies sent more aid."
    timexes = [timex_for(text, "March 2023", "2023-03")]
    assert rules_fired(text, "2024-01-10", timexes) == ["event-order"]
    fine = "In March 2024, after the NATO summit in Vilnius, allies sent more aid."
    assert rules_fired(fine, "2024-04-10", [timex_for(fine, "March 2024", "2024-03")]) == []


def test_a_taking_of_office_told_as_coming_after_it_happened():
    text = "Deaths rose in the months before Donald Trump will be inaugurated."
    assert [f.rule for f in check_text(text, "2017-08-23") if f.shown] == ["event-tense"]
    assert [f.rule for f in check_text(text, "2016-12-01") if f.shown] == []


def test_the_start_of_an_event_is_dated_by_its_first_day():
    def shown(text: str) -> list[str]:  # tagged for real: the date must be found
        return [f.rule for f in check_text(text, "2025-03-14") if f.shown]

    # The war began on 2022-02-24: March 2022 is within it, but not its start.
    assert shown("Days before the start of the military operation in Ukraine in March 2022, he spoke.") == [
        "event-date"
    ]
    assert shown("Since the start of the war in Ukraine in February 2022, prices rose.") == []
    assert shown("The war in Ukraine in March 2022 drove prices up.") == []


def test_a_when_clause_or_an_opening_date_dates_the_event_its_verb_takes_part_in():
    def shown(text: str, published: str) -> list[str]:  # tagged for real
        return [f.rule for f in check_text(text, published) if f.shown]

    when = "The strangest day since at least {}, when millions attended Donald Trump's inauguration."
    assert shown(when.format("March"), "2017-09-16") == ["event-date"]
    assert shown(when.format("January"), "2017-09-16") == []
    # Something else happening before the event is not the event.
    assert (
        shown("Since March, when millions attended a rally before Trump's inauguration.", "2017-09-16") == []
    )
    opening = "On April 4, {}, on behalf of the United States, Dean Acheson signed the Washington Treaty."
    assert shown(opening.format(1950), "1999-03-12") == ["event-date"]
    assert shown(opening.format(1949), "1999-03-12") == []
    # A relative clause has its own time: the leaders met on Monday, not at the summit.
    assert (
        shown("On Monday, the leaders who attended the NATO summit in Warsaw met again.", "2017-03-12") == []
    )


def test_phrases_news_used_for_earlier_events_are_not_flagged_at_their_years():
    # "Russia's invasion of Ukraine" meant 2014 (Crimea, the Donbas) in news before 2022;
    # "the war in Afghanistan" the Soviet war and the civil wars before 2001; "the Maidan
    # protests" the Orange Revolution in 2004 as well as Euromaidan.
    from annotator.checks.engine import check_text

    for text, published in (
        ("Russia's invasion of Ukraine in 2014 shocked Europe.", "2020-05-01"),
        ("After the Russian invasion in 2014, Crimea was annexed.", "2020-05-01"),
        ("Since Russia's invasion of Ukraine, the alliance has grown.", "2016-06-01"),
        ("The war in Afghanistan in 1988 was winding down.", "2015-05-01"),
        ("After the war in Afghanistan, veterans came home.", "1990-06-01"),
        ("The Maidan protests in 2004 were called the Orange Revolution.", "2017-05-01"),
    ):
        assert [f.rule for f in check_text(text, published) if f.shown] == [], text
    # The full-scale invasion keeps its own date.
    shown = [
        f
        for f in check_text("Kyiv remembers the full-scale invasion in February 2014.", "2023-05-01")
        if f.shown
    ]
    assert [f.rule for f in shown] == ["event-date"]


def test_the_event_s_own_place_may_stand_between_it_and_its_date():
    assert shown_rules("The COP26 climate summit in Glasgow in 2021 ended with a deal.", "2023-01-01") == []
    assert shown_rules("The COP26 climate summit in Glasgow in 2022 ended with a deal.", "2023-01-01") == [
        "event-date"
    ]
    assert shown_rules("Hurricane Katrina struck New Orleans in 2006.", "2015-08-29") == ["event-date"]
    # Another place is another occasion: the date is not the event's.
    assert (
        shown_rules("The COP26 climate summit in Glasgow was followed in 2022 by talks.", "2023-01-01") == []
    )


def test_an_invitation_to_join_nato_is_dated_by_the_meeting_that_made_it():
    text = (
        "Poland, the Czech Republic and Hungary, who were invited to join NATO in Madrid in July {}, joined."
    )
    assert shown_rules(text.format(1997), "1999-02-27") == []
    assert shown_rules(text.format(1996), "1999-02-27") == ["event-date"]
    assert shown_rules("Sweden was invited to join NATO in 2023.", "2024-03-07") == ["event-date"]
    # A wish or a condition gives no date of a done invitation.
    assert (
        shown_rules("If Ukraine were invited to join NATO in July, Russia would react.", "2023-06-20") == []
    )


def test_ahead_of_an_event_in_a_past_narrative_is_coming_then_not_now():
    assert shown_rules("Ahead of the 2016 election, polls favored Clinton.", "2020-06-01") == []
    assert (
        shown_rules(
            "Ahead of the 2024 election, Trump promised tariffs; now he has imposed them.", "2025-04-03"
        )
        == []
    )
    # Told as coming now, or by the writer's own "upcoming", it is judged at the writing.
    assert shown_rules("Ahead of the 2016 election, polls favor Clinton.", "2020-06-01") == ["event-tense"]
    assert shown_rules(
        "The media attacks have escalated ahead of Trump's upcoming inauguration.", "2017-07-27"
    ) == ["event-tense"]


def test_a_year_after_a_date_the_alias_holds_dates_the_event():
    wrong = "Families gathered to mark a year since the Hamas attack of Oct. 7, 2022, in Tel Aviv."
    assert shown_rules(wrong, "2024-10-07") == ["event-date"]
    right = "Families gathered to mark a year since the Hamas attack of Oct. 7, 2023, in Tel Aviv."
    assert shown_rules(right, "2024-10-07") == []


def test_the_approaching_election_long_past_is_spoken_of_as_coming():
    wrong = "Investigators are looking into contacts with Russia during the approaching 2016 election."
    assert shown_rules(wrong, "2017-12-10") == ["event-tense"]
    right = "Investigators are looking into contacts with Russia during the approaching 2020 election."
    assert shown_rules(right, "2019-12-10") == []


def test_a_vote_won_or_affected_before_it_was_held_is_spoken_of_as_past():
    affected = "Analysts agree that the ad campaign affected the 2020 election in Michigan."
    assert shown_rules(affected, "2017-06-24") == ["event-tense"]
    assert shown_rules(affected, "2021-06-24") == []
    # weeks before the vote, a campaign may already have affected it
    assert shown_rules(affected, "2020-10-01") == []
    won = "Analysts agree that the Democrats won the 2018 midterms in Michigan."
    assert shown_rules(won, "2018-10-01") == ["event-tense"]
    could = "Analysts fear the ad campaign could have affected the 2020 election in Michigan."
    assert shown_rules(could, "2017-06-24") == []
    # run in and sought re-election in: a campaign comes before election day
    sought = "The congressman did not seek re-election in the 2018 midterms."
    assert shown_rules(sought, "2018-09-08") == []
