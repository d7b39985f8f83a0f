"""Full articles, correct throughout, none of which may raise a flag shown by default: wire
copy on elections, summits, wars, attacks, disasters, courts, business and sport, government
press releases, opinion and partisan blogs, explainers with timelines, obituaries,
anniversaries, live blogs, local news and interviews recalling the past, of 2013-2025, dense
in office-holders' titles, weekdays, dates and counts of years (data/redteam_round7/
correct.jsonl: the date written and the text); then the readings these articles showed the
rules getting wrong, each beside a wrong twin that stays flagged."""

from pathlib import Path

from .helpers import flags_on_correct_texts, shown_rules

CORPUS = Path(__file__).parent / "data" / "redteam_round7" / "correct.jsonl"


def test_no_correct_article_raises_a_shown_flag():
    count, flagged = flags_on_correct_texts(CORPUS)
    assert count >= 120
    assert flagged == []


def test_a_victory_claimed_in_an_election_is_dated_by_the_count():
    # India's 2024 election ran 19 April - 1 June; the votes were counted on Tuesday 4 June.
    right = "Prime Minister Narendra Modi claimed victory in India's general election on Tuesday."
    assert shown_rules(right, "2024-06-05") == []
    # the voting itself, or a result weeks after the count, is still the election's date
    assert shown_rules("India's general election ended on Tuesday.", "2024-06-05") == ["event-date"]
    assert shown_rules(right, "2024-07-10") == ["event-date"]


def test_a_weekday_may_be_any_day_of_an_election_held_over_several():
    # Russia voted from Friday 15 to Sunday 17 March 2024; "will" in the clause makes the
    # tagger reach for the Sunday to come, and the Sunday before is the election's last day.
    text = (
        "President Vladimir Putin claimed a landslide victory in Russia's presidential election on {}, "
        "securing a fifth term that will keep him in power until at least 2030."
    )
    assert shown_rules(text.format("Sunday"), "2024-03-18") == []
    wrong = "Russia's presidential election on Wednesday will keep Putin in power until at least 2030."
    assert shown_rules(wrong, "2024-03-18") == ["event-date"]


def test_a_war_s_length_beside_its_own_date_is_not_a_war_named_elsewhere():
    opening = "The attack came a day after the 50th anniversary of the start of the 1973 Yom Kippur War. "
    right = opening + "Hamas last fought a major war with Israel in May 2021, an 11-day conflict."
    assert shown_rules(right, "2023-10-07") == []
    # the Yom Kippur War lasted 6-25 October 1973
    wrong = "Egypt and Syria launched the Yom Kippur War in October 1973, an 11-day conflict."
    assert shown_rules(wrong, "2023-10-07") == ["elapsed-time"]


def test_a_count_beside_a_later_act_on_a_ruling_is_the_act_s():
    # Roe v. Wade was decided in January 1973 and overturned in June 2022.
    assert shown_rules("A year ago, the court overturned Roe v. Wade.", "2023-06-30") == []
    assert shown_rules("A year ago, the court decided Roe v. Wade.", "2023-06-30") == ["elapsed-time"]


def test_wickremesinghe_s_first_premiership_began_in_1993():
    # Appointed by President Wijetunga in May 1993, after Premadasa's assassination.
    assert shown_rules("Wickremesinghe first became prime minister in 1993.", "2022-07-21") == []
    assert shown_rules("Wickremesinghe first became prime minister in 1998.", "2022-07-21") == ["event-date"]


def test_a_date_a_calendar_s_present_holds_lies_ahead():
    # 3 November 2026 is a Tuesday; 3 November 2025, two months before the writing, a Monday.
    text = "The United States holds midterm elections on {}, November 3. All seats are at stake."
    assert shown_rules(text.format("Tuesday"), "2026-01-05") == []
    assert shown_rules(text.format("Wednesday"), "2026-01-05") == ["weekday"]


def test_an_event_s_date_may_follow_an_apposition_and_its_place():
    # Nasrallah was killed on 27 September 2024; Sinwar on 16 October.
    right = (
        "The killing came a little more than two weeks after Israel killed Hassan Nasrallah, "
        "the leader of Hezbollah, in Beirut on September 27, and began a ground invasion."
    )
    assert shown_rules(right, "2024-10-17") == []
    wrong = (
        "The killing on October 16 came a little more than five weeks after Israel killed "
        "Hassan Nasrallah, the leader of Hezbollah, in Beirut on September 27."
    )
    assert shown_rules(wrong, "2024-11-20") == ["elapsed-time"]


def test_an_event_a_toll_surpassed_is_background_to_a_later_the_shooting():
    # Pulse, June 2016; Hurricane Maria, September 2017; Las Vegas, 1 October 2017.
    later = " The shooting came a week and a half after Hurricane Maria devastated Puerto Rico."
    right = (
        "The attack surpassed the shooting at the Pulse nightclub in Orlando in June 2016, "
        "when a gunman killed 49 people."
    )
    assert shown_rules(right + later, "2017-10-02") == []
    wrong = "The shooting at the Pulse nightclub in Orlando in June 2016 killed 49 people."
    assert shown_rules(wrong + later, "2017-10-02") == ["event-order"]


def test_a_meeting_its_sentence_dates_is_judged_in_that_year():
    # Kevin McCarthy was speaker from January to October 2023.
    text = "China held exercises again in April {}, after Tsai met Speaker Kevin McCarthy in California."
    assert shown_rules(text.format(2023), "2024-05-21") == []
    assert shown_rules(text.format(2019), "2024-05-21") == ["office-term"]


def test_a_year_that_dates_no_meeting_leaves_it_read_as_lately():
    # Boris Johnson was prime minister from July 2019: a year that names the tariffs, or the
    # clause before, does not date the meeting, which stays recent to the writing.
    for text in (
        "The 2018 tariffs were still in place when Trump met Prime Minister Boris Johnson in London.",
        "In 2018, Trump imposed tariffs, and he later met Prime Minister Boris Johnson in London.",
    ):
        assert shown_rules(text, "2020-03-01") == [], text


def test_an_event_s_date_may_follow_its_place_and_a_comma():
    # Charles III was crowned on 6 May 2023; Margrethe II abdicated on Sunday 14 January 2024.
    right = (
        "The change comes eight months after the coronation of King Charles III in Britain, in May last year."
    )
    assert shown_rules(right, "2024-01-14") == []
    wrong = (
        "The abdication on Sunday came three months after the coronation of King Charles III in Britain, "
        "in May last year."
    )
    assert shown_rules(wrong, "2024-01-14") == ["elapsed-time"]
