from .helpers import rules_fired, shown_rules


def test_weekday_matching_the_date_is_fine():
    assert rules_fired("Rutte spoke on Thursday, March 14, 2024.", None) == []
    assert rules_fired("Rutte spoke on Friday, 14 March.", "2025-03-20") == []


def test_wrong_weekday_fires():
    assert rules_fired("Rutte spoke on Thursday, March 14, 2025.", None) == ["weekday"]
    assert rules_fired("Rutte spoke on Thursday, March 14.", "2025-03-20") == ["weekday"]


def test_a_weekday_date_without_its_year_is_read_in_the_year_its_clause_speaks_of():
    # Past tense, seven months on: the last Nov. 8 (2016, a Tuesday), not the coming one.
    assert (
        shown_rules("Trump won the election on Tuesday, Nov. 8, and took office in January.", "2017-06-01")
        == []
    )
    # "Last year's": 2023-07-12 was a Wednesday.
    assert (
        shown_rules("Last year's summit, on Wednesday, July 12, ended with a communique.", "2024-07-01") == []
    )
    # A weekday that fits no year the clause may speak of is still wrong.
    assert shown_rules("Last year's summit, on Monday, July 12, ended with a communique.", "2024-07-01") == [
        "weekday"
    ]


def test_weekday_without_year_or_article_date_is_undecidable():
    assert rules_fired("Rutte spoke on Thursday, March 14.", None) == []


def test_years_ago_against_the_event():
    text = (
        "It cited the Budapest Memorandum. Under the agreement signed in the Hungarian "
        "capital 30 years ago, Ukraine gave up its weapons."
    )
    assert rules_fired(text, "2024-12-03") == []
    assert rules_fired(text, "2014-12-03") == ["elapsed-time"]


def test_almost_three_year_war():
    text = "He said it could end the almost 3-year war in Ukraine."
    assert rules_fired(text, "2024-12-03") == []
    assert rules_fired(text, "2025-06-01") == ["elapsed-time"]


def test_more_than_three_years_of_fighting():
    text = "Russia's invasion goes on after more than three years of fighting."
    assert rules_fired(text, "2025-06-10") == []
    assert rules_fired(text, "2024-06-10") == ["elapsed-time"]


def test_elapsed_time_without_a_known_event_is_undecidable():
    assert rules_fired("They met 30 years ago.", "2024-12-03") == []
    assert rules_fired("After the 5-year war, peace came.", "2024-12-03") == []


def test_time_in_office_against_the_term():
    text = "President Donald Trump has been on the job for only 53 days."
    assert rules_fired(text, "2017-06-22") == ["elapsed-time"]
    assert rules_fired(text, "2017-03-14") == []
    assert rules_fired("President Donald Trump has been in office for five months.", "2017-06-22") == []


def test_an_organisation_s_anniversary_is_counted_from_its_founding():
    wrong = "The three are to join in April 1999, marking NATO's 60th anniversary."
    assert rules_fired(wrong, "1998-12-05") == ["elapsed-time"]
    right = "The three are to join in April 1999, marking NATO's 50th anniversary."
    assert rules_fired(right, "1998-12-05") == []


def test_an_elapsed_phrase_opening_a_sentence_about_now_is_counted_to_the_date_written():
    assert (
        shown_rules("Five years after Hurricane Maria, Puerto Rico is still rebuilding.", "2022-09-20") == []
    )
    assert shown_rules(
        "Three years after Hurricane Maria, Puerto Rico is still rebuilding.", "2022-09-20"
    ) == ["elapsed-time"]
    assert shown_rules("Six years after George Floyd's murder, police reform has stalled.", "2024-05-25") == [
        "elapsed-time"
    ]
    # A main clause in the past counts to a time the sentence does not give.
    assert shown_rules("Three years after Hurricane Maria, Puerto Rico held an election.", "2022-09-20") == []


def test_years_ago_opening_a_sentence_dates_the_event_of_its_main_clause():
    text = "Three years ago today, Russia launched its full-scale invasion of Ukraine."
    assert shown_rules(text, "2025-02-24") == []
    assert shown_rules(text, "2024-02-24") == ["elapsed-time"]
    # A word relating the two leaves the date to another event.
    related = "Three years ago, before the full-scale invasion of Ukraine, Kyiv was calm."
    assert shown_rules(related, "2024-02-24") == []


def test_now_in_its_nth_year_against_the_event():
    text = "Russia's full-scale invasion of Ukraine, now in its fourth year, has killed thousands."
    assert shown_rules(text, "2025-03-23") == []
    assert shown_rules(text, "2024-03-23") == ["elapsed-time"]
    # A clause about another time is not judged.
    past = "Russia's full-scale invasion of Ukraine was then in its ninth year."
    assert shown_rules(past, "2025-03-23") == []
