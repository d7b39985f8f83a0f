"""Events of 2013-2026 that news dates and counts from: storms, disasters, attacks, coups,
deaths, court rulings, summits, games and elections. A sentence in wire style with the right
date, count or tense stays silent; its twin with the year shifted, the count off or the tense
wrong is flagged where the rules can tell."""

from annotator.checks.kb.model import default_kb

from .helpers import shown_rules as shown


def _silent_and_caught(right: str, wrong: str, published: str, rule: str) -> None:
    assert shown(right, published) == []
    assert shown(wrong, published) == [rule]


def _years_checked(cases, rest: str) -> None:
    """Each (phrase, month, year, wrong year, published) told with its year and a wrong one."""
    for phrase, month, year, wrong_year, published in cases:
        _silent_and_caught(
            f"{phrase} in {month} {year} {rest}",
            f"{phrase} in {month} {wrong_year} {rest}",
            published,
            "event-date",
        )


def test_a_storm_dated_to_its_months():
    _silent_and_caught(
        "Hurricane Helene in September 2024 killed more than 200 people.",
        "Hurricane Helene in September 2022 killed more than 200 people.",
        "2025-03-01",
        "event-date",
    )
    _silent_and_caught(
        "Hurricane Milton struck Florida in October 2024.",
        "Hurricane Milton struck Florida in October 2023.",
        "2025-01-10",
        "event-date",
    )
    _silent_and_caught(
        "Hurricane Ian in 2022 flattened Fort Myers Beach.",
        "Hurricane Ian in 2020 flattened Fort Myers Beach.",
        "2024-01-10",
        "event-date",
    )


def test_a_storm_whose_name_is_close_to_another_is_its_own_event():
    # "Hurricane Ida" and "Hurricane Ian" are near spellings of "Hurricane Irma", which a
    # look-up by close spelling took for the storm of 2017; each is now its own event.
    assert [e.id for e in default_kb().find_events("Hurricane Ida")] == [
        "hurricane-ida",
        "hurricane-ida-2009",
    ]
    assert shown("Hurricane Ida in August 2021 flooded New York's subways.", "2022-01-10") == []
    assert shown("Hurricane Ian in September 2022 flattened Fort Myers Beach.", "2023-01-10") == []


def test_years_counted_since_a_disaster():
    _silent_and_caught(
        "Three years after the Beirut port explosion, no one has been charged.",
        "Five years after the Beirut port explosion, no one has been charged.",
        "2023-08-04",
        "elapsed-time",
    )
    _silent_and_caught(
        "A year after the Lahaina wildfire, residents are still displaced.",
        "Three years after the Lahaina wildfire, residents are still displaced.",
        "2024-08-08",
        "elapsed-time",
    )
    _silent_and_caught(
        "A year after Hurricane Helene, towns in North Carolina are still rebuilding.",
        "Three years after Hurricane Helene, towns in North Carolina are still rebuilding.",
        "2025-09-27",
        "elapsed-time",
    )
    assert shown("It has been five years since the Surfside condo collapse.", "2022-06-24") == [
        "elapsed-time"
    ]


def test_a_year_given_to_a_disaster():
    for right, wrong in (
        ("The Surfside condo collapse in June 2021", "The Surfside condo collapse in June 2019"),
        ("The East Palestine derailment in February 2023", "The East Palestine derailment in February 2021"),
        ("The Titan submersible implosion in June 2023", "The Titan submersible implosion in June 2021"),
        ("The Derna floods in September 2023", "The Derna floods in September 2021"),
        ("The Key Bridge collapse in March 2024", "The Key Bridge collapse in March 2022"),
        ("The Kakhovka dam collapse in June 2023", "The Kakhovka dam collapse in June 2021"),
    ):
        _silent_and_caught(f"{right} made headlines.", f"{wrong} made headlines.", "2024-06-01", "event-date")


def test_a_phrase_several_earthquakes_bear_is_flagged_only_when_none_fits():
    # "the Morocco earthquake" names the quakes of 1960, 2004 and 2023.
    _silent_and_caught(
        "The Morocco earthquake in September 2023 killed nearly 3,000 people.",
        "The Morocco earthquake in September 2021 killed nearly 3,000 people.",
        "2024-01-10",
        "event-date",
    )
    assert shown("The Morocco earthquake in 2004 killed more than 600 people.", "2024-01-10") == []


def test_the_pandemic_and_the_crisis_of_2008():
    assert shown("Since the Covid-19 pandemic began in March 2020, offices have emptied.", "2022-01-10") == []
    _silent_and_caught(
        "Three years after the Covid-19 pandemic began, offices remain half empty.",
        "Six years after the Covid-19 pandemic began, offices remain half empty.",
        "2023-03-11",
        "elapsed-time",
    )
    assert shown("Fears of a coronavirus pandemic sent stocks lower on Monday.", "2020-02-24") == []
    _silent_and_caught(
        "The Great Recession of 2008 wiped out millions of jobs.",
        "The Great Recession of 2012 wiped out millions of jobs.",
        "2015-01-10",
        "event-date",
    )
    assert shown("Twenty years after the Great Recession, wages have recovered.", "2018-09-15") == [
        "elapsed-time"
    ]


def test_the_fall_of_kabul_and_the_taliban_return():
    _silent_and_caught(
        "Since the Taliban takeover of Kabul in August 2021, girls have been barred from school.",
        "Since the Taliban takeover of Kabul in August 2019, girls have been barred from school.",
        "2023-03-01",
        "event-date",
    )


def test_summits_of_trump_with_kim_and_putin():
    _silent_and_caught(
        "At the Singapore summit in June 2018, Trump and Kim signed a vague statement.",
        "At the Singapore summit in June 2017, Trump and Kim signed a vague statement.",
        "2019-01-10",
        "event-date",
    )
    _silent_and_caught(
        "The Hanoi summit in February 2019 ended without a deal.",
        "The Hanoi summit in February 2018 ended without a deal.",
        "2019-06-01",
        "event-date",
    )
    text = "Ahead of the Hanoi summit, officials play down hopes of a deal."
    assert shown(text, "2019-02-20") == []
    assert shown(text, "2019-06-20") == ["event-tense"]
    assert shown("The Hanoi summit came before the Singapore summit.", "2019-06-10") == ["event-order"]


def test_a_summit_city_that_hosted_several_summits():
    # "the Helsinki summit" names those of 1975, 1990, 1997 and 2018.
    assert shown("The Helsinki summit in 2018 ended in a joint press conference.", "2019-01-10") == []
    assert shown("The Helsinki summit in 1990 ended with a joint statement.", "2019-01-10") == []
    assert shown("The Helsinki summit in 2005 ended with a joint statement.", "2019-01-10") == ["event-date"]


def test_court_rulings_and_hearings():
    _silent_and_caught(
        "Since the Dobbs decision in June 2022, 14 states have banned abortion.",
        "Since the Dobbs decision in June 2020, 14 states have banned abortion.",
        "2023-06-24",
        "event-date",
    )
    assert shown("Three years after the Dobbs decision, clinics have closed.", "2023-06-24") == [
        "elapsed-time"
    ]
    _silent_and_caught(
        "A year after the overturning of Roe v. Wade, the clinics have closed.",
        "Three years after the overturning of Roe v. Wade, the clinics have closed.",
        "2023-06-24",
        "elapsed-time",
    )
    assert shown("It has been three years since the overturning of Roe v. Wade.", "2023-06-24") == [
        "elapsed-time"
    ]
    _silent_and_caught(
        "Since the Obergefell decision in June 2015, same-sex marriage has been legal nationwide.",
        "Since the Obergefell decision in June 2013, same-sex marriage has been legal nationwide.",
        "2017-01-10",
        "event-date",
    )
    _silent_and_caught(
        "The Kavanaugh hearings in September 2018 gripped the country.",
        "The Kavanaugh hearings in September 2016 gripped the country.",
        "2019-01-10",
        "event-date",
    )
    _silent_and_caught(
        "The release of the Mueller report in April 2019 did not end the inquiry.",
        "The release of the Mueller report in April 2018 did not end the inquiry.",
        "2019-06-01",
        "event-date",
    )


def test_games_dated_and_spoken_of_as_coming():
    _silent_and_caught(
        "The Paris Olympics in July 2024 opened on the Seine.",
        "The Paris Olympics in July 2022 opened on the Seine.",
        "2024-09-01",
        "event-date",
    )
    text = "Ahead of the Paris Olympics, the city is cleaning the Seine."
    assert shown(text, "2024-05-01") == []
    assert shown(text, "2025-05-01") == ["event-tense"]
    # "the Beijing Olympics" names the games of 2008 and of 2022.
    assert shown("The Beijing Olympics in 2008 showcased China's rise.", "2023-01-10") == []
    assert shown("The Beijing Olympics in 2012 showcased China's rise.", "2023-01-10") == ["event-date"]
    _silent_and_caught(
        "The Qatar World Cup in 2022 drew criticism over labour rights.",
        "The Qatar World Cup in 2020 drew criticism over labour rights.",
        "2023-01-10",
        "event-date",
    )


def test_the_award_of_games_years_ahead_is_not_their_date():
    assert shown("Russia was awarded the 2018 World Cup in December 2010.", "2015-01-10") == []
    assert shown("London won the right to host the 2012 Olympics in July 2005.", "2008-01-10") == []


def test_attacks_coups_and_killings():
    _years_checked(
        (
            ("Myanmar's military coup", "February", 2021, 2019, "2022-01-10"),
            ("The killing of Jamal Khashoggi", "October", 2018, 2016, "2019-06-01"),
            ("The killing of Qassem Soleimani", "January", 2020, 2019, "2020-06-01"),
            ("The assassination of Shinzo Abe", "July", 2022, 2020, "2023-01-10"),
            ("The Crocus City Hall attack", "March", 2024, 2022, "2024-06-01"),
            ("The Pahalgam attack", "April", 2025, 2023, "2025-06-01"),
            ("The Sri Lanka Easter bombings", "April", 2019, 2017, "2020-01-10"),
            ("The Westgate mall attack", "September", 2013, 2011, "2015-01-10"),
            ("The assassination of Charlie Kirk", "September", 2025, 2023, "2025-11-01"),
            ("The Nord Stream explosions", "September", 2022, 2020, "2023-03-01"),
            ("The Twelve-Day War", "June", 2025, 2023, "2025-09-01"),
        ),
        "changed the region.",
    )
    assert shown("Myanmar's military coup last year ended a decade of reform.", "2022-03-15") == []
    assert shown("Myanmar's military coup last year ended a decade of reform.", "2021-03-15") == [
        "event-date"
    ]


def test_deaths_of_world_figures():
    _silent_and_caught(
        "After Navalny's death in February 2024, thousands laid flowers.",
        "After Navalny's death in February 2022, thousands laid flowers.",
        "2024-06-01",
        "event-date",
    )
    assert shown("Ten years after Nelson Mandela's death, South Africa reflects.", "2023-12-05") == []
    assert shown("It has been 15 years since Nelson Mandela's death.", "2023-12-05") == ["elapsed-time"]
    assert shown("Today marks the 10th anniversary of Nelson Mandela's death.", "2023-12-05") == []
    assert shown("Today marks the 15th anniversary of Nelson Mandela's death.", "2023-12-05") == [
        "elapsed-time"
    ]


def test_a_collapse_dated_by_a_relative_date():
    assert shown("The Silicon Valley Bank collapse last month rattled markets.", "2023-04-10") == []
    assert shown("The Silicon Valley Bank collapse last month rattled markets.", "2023-06-10") == [
        "event-date"
    ]
    _silent_and_caught(
        "The Silicon Valley Bank collapse in March 2023 rattled markets.",
        "The Silicon Valley Bank collapse in March 2021 rattled markets.",
        "2023-06-01",
        "event-date",
    )


def test_crushes_shootings_indictments_and_crises_given_a_wrong_year():
    _years_checked(
        (
            ("The Itaewon crowd crush", "October", 2022, 2020, "2023-01-10"),
            ("The Hanau shootings", "February", 2020, 2018, "2021-01-10"),
            ("Trump's felony conviction", "May", 2024, 2023, "2024-09-10"),
            ("Yoon's martial law declaration", "December", 2024, 2022, "2025-02-10"),
            ("The Sudanese civil war", "April", 2023, 2016, "2024-06-10"),
            ("The Thai cave rescue", "July", 2018, 2016, "2019-06-10"),
            ("The CrowdStrike outage", "July", 2024, 2023, "2024-09-10"),
            ("The killing of Breonna Taylor", "March", 2020, 2018, "2021-06-10"),
        ),
        "shook the country.",
    )
    _silent_and_caught(
        "Two years after the FBI search of Mar-a-Lago, the case is gone.",
        "Four years after the FBI search of Mar-a-Lago, the case is gone.",
        "2024-08-08",
        "elapsed-time",
    )


def test_a_phrase_two_events_of_a_year_bear_fits_either():
    # Israel voted in April and in September 2019; the Crimean Bridge was struck in 2022 and 2023.
    assert shown("The 2019 Israeli election in April produced a deadlock.", "2020-02-10") == []
    assert shown("The 2019 Israeli election in September produced a deadlock.", "2020-02-10") == []
    assert shown("The 2019 Israeli election in June produced a deadlock.", "2020-02-10") == ["event-date"]
    assert shown("The Crimean Bridge explosion in July 2023 cut supply lines.", "2024-02-10") == []
    assert shown("The Crimean Bridge explosion in May 2023 cut supply lines.", "2024-02-10") == ["event-date"]


def test_leaving_a_deal_is_dated_in_its_own_right():
    assert shown("Russia pulled out of the Black Sea Grain Initiative in July 2023.", "2023-09-10") == []


def test_a_ruling_a_hearing_or_games_spoken_of_in_the_wrong_tense():
    for text, before, after in (
        ("Ahead of the Dobbs decision, clinics are preparing for the worst.", "2022-06-01", "2023-06-01"),
        ("Ahead of the Kavanaugh hearings, Democrats are demanding documents.", "2018-08-20", "2019-08-20"),
        ("Ahead of the Qatar World Cup, FIFA faces criticism.", "2022-10-01", "2023-10-01"),
    ):
        assert shown(text, before) == []
        assert shown(text, after) == ["event-tense"]
    text = "Since the Dobbs decision, 14 states have banned abortion."
    assert shown(text, "2023-06-10") == []
    assert shown(text, "2021-06-10") == ["event-tense"]
    assert shown("After Trump's felony conviction, his poll numbers rose.", "2023-01-10") == ["event-tense"]
    assert shown("The Dobbs decision came before the Kavanaugh hearings.", "2023-01-10") == ["event-order"]


def test_the_pandemic_is_dated_from_wuhan_in_late_2019_as_well_as_from_2020():
    for right in (
        "Since the start of the coronavirus pandemic in 2019, the city has lost jobs.",
        "The COVID-19 pandemic began in January 2020, when the first cases reached Europe.",
        "The Covid pandemic in March 2020 closed the schools.",
    ):
        assert shown(right, "2023-05-10") == []
    assert shown("The coronavirus pandemic in 2018 closed the schools.", "2021-05-10") == ["event-date"]
