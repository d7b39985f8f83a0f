from datetime import date

from annotator.checks.engine import check_text
from annotator.checks.kb.model import default_kb

from .helpers import rules_fired, shown_rules


def test_former_president_while_in_office_fires():
    text = "The remarks differ from comments made by former US President Donald Trump."
    findings = check_text(text, "2025-04-15", timexes=[])
    assert [f.rule for f in findings] == ["office-term"]
    finding = findings[0]
    assert finding.severity == "error"
    assert finding.quote == "former US President Donald Trump"
    assert "2025-01-20" in finding.message and "SOURCES.md" in finding.message
    assert finding.evidence and all(e["source"] for e in finding.evidence)


def test_former_president_between_terms_is_fine():
    assert rules_fired("Former US President Donald Trump spoke.", "2023-06-01") == []


def test_president_elect_in_transition_is_fine_and_after_inauguration_fires():
    text = "Rutte meets U.S. President-elect Donald Trump."
    assert rules_fired(text, "2024-12-03") == []
    assert rules_fired(text, "2025-02-01") == ["office-term"]
    assert rules_fired(text, "2024-10-01") == ["office-term"]


def test_inauguration_day_fits_both_titles():
    for text in (
        "President-elect Donald Trump arrived.",
        "President Donald Trump arrived.",
        "President Joe Biden left.",
        "Former President Joe Biden left.",
    ):
        assert rules_fired(text, "2025-01-20") == [], text


def test_president_title_between_terms_fires_as_warning():
    findings = check_text("President Trump holds a rally.", "2024-06-15", timexes=[])
    assert [(f.rule, f.severity, f.confidence) for f in findings] == [("office-term", "warning", "high")]
    assert "present tense 'holds'" in findings[0].basis


def test_secretary_general_before_taking_office_fires():
    text = "NATO Secretary-General Mark Rutte visited Kyiv."
    assert rules_fired(text, "2024-09-20") == ["office-term"]
    assert rules_fired(text, "2024-10-03") == []
    assert rules_fired(text, "2024-10-01") == []


def test_title_with_country_picks_the_right_office():
    text = "Dutch Prime Minister Mark Rutte says so."
    assert rules_fired(text, "2024-05-01") == []
    assert rules_fired(text, "2024-11-01") == ["office-term"]


def test_appositive_title_is_checked():
    text = "Mark Rutte, the NATO secretary general, said so."
    assert rules_fired(text, "2025-04-15") == []
    assert rules_fired(text, "2023-04-15") == ["office-term"]


def test_range_flags_only_what_is_wrong_throughout():
    text = "President Donald Trump speaks."
    assert rules_fired(text, None, earliest=date(2025, 1, 10), latest=date(2025, 2, 1)) == []
    assert rules_fired(text, "2024-07") == ["office-term"]


def test_year_precision_term_never_needs_the_day():
    kb = default_kb().with_extra(
        terms=[
            {
                "person": "Jane Example",
                "office": "Mayor of Exampleton",
                "titles": "Mayor",
                "organisation_or_country": "Exampleton",
                "start": "2020",
                "start_precision": "year",
                "end": "",
                "role": "office",
                "source": "Exampleton yearbook",
            }
        ]
    )
    text = "Mayor Jane Example opened the fair."
    assert check_text(text, "2020-02-01", kb=kb, timexes=[]) == []
    assert [f.rule for f in check_text(text, "2019-12-31", kb=kb, timexes=[])] == ["office-term"]


def test_undecidable_cases_raise_nothing():
    assert rules_fired("Former US President Donald Trump spoke.", None) == []
    assert rules_fired("President Jane Nobody spoke.", "2025-04-15") == []
    assert rules_fired("Then-President Donald Trump spoke.", "2025-04-15") == []


def test_reader_comments_are_not_judged_by_the_article_date():
    text = (
        "NATO Secretary-General Mark Rutte spoke on Tuesday.\n"
        + "Article text continues here with more words.\n" * 5
        + "JJE\nFormer President Donald Trump will change it.\nBob\nNo.\nJJE\nYes.\n"
    )
    assert rules_fired(text, "2025-04-15") == []


def test_a_month_precise_article_date_reads_as_a_range_in_the_message():
    (finding,) = check_text("President-elect Donald Trump speaks.", "2025-09", timexes=[])
    assert "Called President-elect of the United States between 2025-09-01 and 2025-09-30," in finding.message


# The time a title speaks of: a title is written as it was at the time its clause describes.
HISTORICAL_2017 = [
    "He was appointed by President Obama in 2014.",
    "Corinthian Colleges closed their doors under President Obama.",
    "The program was put in place by President Obama to protect them.",
    "President Obama's 2015 deal with Iran is in trouble.",
    "In 2015, President Obama visited Manila.",
    "President Barack Obama last visited the Philippines in November 2015.",
    "Then-President Obama signed it.",
    "The late President Ronald Reagan said so.",
    "A President Clinton would have vetoed the bill.",
    "Imagine if President Obama had threatened to pull a license.",
    "Former Republican President George W. Bush spoke in New York.",
]


def test_historical_references_are_not_judged_at_the_article_date():
    for text in HISTORICAL_2017:
        assert rules_fired(text, "2017-11-20") == [], text


def test_a_bare_title_in_the_present_is_judged_at_the_article_date():
    (finding,) = check_text("President Obama says he will campaign for Democrats.", "2017-11-20", timexes=[])
    assert finding.rule == "office-term" and finding.shown
    assert "read as describing 2017-11-20: present tense 'says'" in finding.message


def test_a_past_clause_is_fine_when_the_person_held_the_office_before():
    assert rules_fired("President Obama signed the law.", "2017-11-20") == []
    # ... and wrong when the person had never held it by then.
    assert rules_fired("President Joe Biden signed the law.", "2017-11-20") == ["office-term"]


def test_a_clause_with_its_own_year_is_judged_at_that_year():
    def shown(text: str) -> list[str]:  # tagged for real: the year must be found
        return [f.rule for f in check_text(text, "2017-11-20") if f.shown]

    assert shown("President Obama signed the order in 2003.") == ["office-term"]
    assert shown("President Obama signed the order in 2014.") == []


def test_a_former_holder_as_an_object_is_one_filter_away():
    findings = check_text(
        "Trump used the occasion to attack President Obama today.", "2017-11-20", timexes=[]
    )
    assert all(not f.shown for f in findings)


def test_a_title_without_its_vice_is_an_office_never_held():
    (finding,) = check_text(
        "We already knew President Mike Pence doesn't trust scientists.", "2017-07-07", timexes=[]
    )
    assert finding.rule == "office-term" and finding.shown
    assert "never held" in finding.message and "Vice President" in finding.message
    # The office he held, or a hypothesis about one he might hold, is fine.
    assert (
        rules_fired("We already knew Vice President Mike Pence doesn't trust scientists.", "2017-07-07") == []
    )
    assert rules_fired("If Trump resigns, President Mike Pence would sign it.", "2017-07-07") == []


def test_namesakes_holding_one_office_are_told_apart_by_the_date():
    # In 1989 one President Bush had served as Vice President; the other had held nothing.
    assert rules_fired(
        "Vice President Bush on Tuesday said the quarantine may be extended.", "1990-08-15"
    ) == ["office-term"]
    assert rules_fired("Former President Bush said he had no hope.", "1990-08-16") == ["office-term"]
    assert rules_fired("Former President Bush said he had no hope.", "1995-08-16") == []


def test_what_is_done_only_to_a_holder_dates_the_title():
    def shown(text: str) -> list[str]:  # tagged for real: the year must be found
        return [f.rule for f in check_text(text, "2017-07-29") if f.shown]

    assert shown("In 1998, Republicans attempted to impeach President Obama.") == ["office-term"]
    assert shown("In 2011, Republicans attempted to impeach President Obama.") == []
    # Naming someone by the title they came to have is no error ("voters elected").
    assert shown("In 2008, voters elected President Obama.") == []


def test_the_late_holder_while_alive_fires_and_after_death_is_fine():
    text = "After a meeting with the late King Hussein of Jordan, Bush said he had little hope."
    findings = check_text(text, "1990-08-16", timexes=[])
    assert [(f.rule, f.confidence, f.quote) for f in findings] == [
        ("office-term", "high", "the late King Hussein of Jordan")
    ]
    assert "1952-08-11" in findings[0].message and "alive" in findings[0].message
    # Written after his death (1999-02-07), or on the day his reign ended: nothing to say.
    assert rules_fired(text, "2001-03-01") == []
    assert rules_fired(text, "1999-02-07") == []
    # Before he took the throne he was alive too.
    assert rules_fired(text, "1950-05-01") == ["office-term"]


def test_the_late_with_a_surname_several_holders_bear_needs_all_alive():
    # In office in 2012, Obama was alive: "the late" is wrong.
    assert rules_fired("The late President Obama was remembered on Sunday.", "2012-05-06") == ["office-term"]
    # George W. Bush held office in 2003, but nothing in the terms shows his father alive
    # then (a term's end is no proof): "President Bush" may mean either, so no flag.
    assert rules_fired("The late President Bush was remembered on Sunday.", "2003-05-04") == []


def test_the_late_holder_near_an_end_the_successor_sets_is_not_judged():
    # Bolsonaro's snapshot term ends where Lula's began (2023-01-01): that end says nothing
    # of when he left, so only a day well before it shows him alive.
    text = "The late Brazilian President Jair Bolsonaro was remembered."
    assert rules_fired(text, "2022-10-01") == []
    assert rules_fired(text, "2021-06-01") == ["office-term"]


def test_a_former_presidents_death_or_birthday_with_the_courtesy_title_is_one_filter_away():
    for text, published in (
        ("President Bush, who led the country through the Gulf War, died on Friday.", "2018-12-01"),
        ("President Carter turned 100 on Tuesday.", "2024-10-01"),
    ):
        findings = check_text(text, published)
        assert [(f.rule, f.confidence) for f in findings] == [("office-term", "low")], text
    # The same title on what the person says is still a likely error.
    assert rules_fired("President Carter says the election was fair.", "2024-10-01") == ["office-term"]


def test_an_ousted_leader_named_by_the_office_lost_is_not_judged():
    text = "Ousted Ukrainian President Viktor Yanukovych said on Friday he was still president."
    assert check_text(text, "2014-02-28") == []


def test_a_famous_saying_quoted_long_after_the_term_is_not_judged():
    for text in (
        "Prime Minister Winston Churchill said we shall fight on the beaches.",
        "President Franklin Roosevelt said the only thing we have to fear is fear itself.",
        "Emperor Hirohito announced Japan's surrender.",
    ):
        assert check_text(text, "2017-06-01") == [], text
    # Someone who came to office later in the same sentence dates the statement.
    text = "President Erdogan and King Hussein of Jordan warned that ignoring Jerusalem will fuel unrest."
    assert rules_fired(text, "2017-12-06") == ["office-term"]
    # A few years after the term, an undated statement is one filter away.
    findings = check_text("President Obama said the law works.", "2020-06-01")
    assert [(f.rule, f.confidence) for f in findings] == [("office-term", "low")]


def test_a_country_s_leader_is_judged_only_as_former():
    text = "Former Soviet leader Mikhail Gorbachev said on Monday the reforms would go on."
    assert rules_fired(text, "1990-06-04") == ["office-term"]
    assert rules_fired(text, "2014-11-10") == []
    assert rules_fired(
        "Former North Korean dictator Kim Jong-un fired a missile on Tuesday.", "2017-08-08"
    ) == ["office-term"]
    # Leading a country from no office of the base, or before taking one, is common.
    assert check_text("Chinese leader Xi Jinping met Obama on Friday.", "2012-12-07") == []
    assert check_text("Former Labour leader Tony Blair said on Monday the war was right.", "2016-07-06") == []


def test_a_legacy_told_in_the_present_long_after_the_term_is_not_judged():
    assert check_text("President Reagan remains a hero to conservatives.", "2017-06-01") == []
    assert check_text("Prime Minister Thatcher is still a divisive figure in Britain.", "2013-04-09") == []
    # What a former holder does now stays judged; so does a state told right after the term.
    assert rules_fired("President Carter says the election was fair.", "2024-10-01") == ["office-term"]
    assert rules_fired("President Obama is still popular.", "2017-06-01") == ["office-term"]


def test_a_title_after_a_person_s_possessive_names_the_office_in_that_person_s_time():
    text = "Obama's Attorney General Eric Holder said on Monday the maps were rigged."
    assert rules_fired(text, "2019-06-03") == []
    # A country's possessive is no such frame.
    assert rules_fired("Britain's Prime Minister Boris Johnson said the deal was done.", "2023-06-05") == [
        "office-term"
    ]


def test_a_past_clause_naming_a_known_happening_speaks_of_its_time():
    # Obama's term ended on 2017-01-20; the Unite the Right rallies were in August 2017 and 2018.
    text = "{} offered a few tweets after the Unite the Right rally."
    assert shown_rules(text.format("President Barack Obama"), "2017-08-14") == ["office-term"]
    assert shown_rules(text.format("Former President Barack Obama"), "2017-08-14") == []
    # a happening within the term, or one the clause only foresees, leaves the title alone
    assert shown_rules("President Barack Obama spoke at the G20 summit in Hangzhou.", "2017-08-14") == []
    assert shown_rules("President Barack Obama predicted the Unite the Right rally.", "2017-08-14") == []


def test_an_elect_title_is_judged_where_the_base_lists_only_the_term():
    # Milei took office on 2023-12-10; the base has no row for his weeks as president-elect.
    text = "Argentina's President-elect Javier Milei on Monday announced new spending cuts."
    assert shown_rules(text, "2024-03-12") == ["office-term"]
    assert shown_rules(text, "2023-11-28") == []  # after the run-off of 2023-11-19
    assert shown_rules(text.replace("President-elect", "President"), "2024-03-12") == []


def test_the_act_that_ends_a_term_keeps_the_title_held_at_it():
    for sentence in (
        "Prime Minister Thatcher resigns, and John Major takes over.",
        "President Nixon resigns because he knows he would be impeached.",
        "Prime Minister Boris Johnson stepped down after a wave of resignations.",
    ):
        assert shown_rules(sentence, "2023-07-08") == []
    # Told with a date of its own, the title is judged at that date; a saying stays judged.
    assert shown_rules("Prime Minister Boris Johnson resigned in 2016 over Brexit.", "2023-07-08") == []
    assert shown_rules("President Nixon says he will not resign.", "2019-06-01") == ["office-term"]
    assert shown_rules("Prime Minister Boris Johnson says he will not resign.", "2023-07-08") == [
        "office-term"
    ]


def test_the_title_of_an_office_the_person_is_about_to_enter():
    # Karine Jean-Pierre became White House Press Secretary on 2022-05-13, Rishi Sunak Prime
    # Minister on 2022-10-25, Joe Biden President on 2021-01-20 (Wikipedia).
    entering = "Press secretary Karine Jean-Pierre will succeed Jen Psaki, the White House said Thursday."
    assert shown_rules(entering, "2022-05-06") == []
    assert shown_rules("Prime Minister Rishi Sunak is expected to succeed Liz Truss.", "2022-10-21") == []
    # years ahead, or "former" before any term, or an act before the term: still wrong
    assert shown_rules(entering.replace("Jen Psaki", "Sarah Sanders"), "2019-05-06") == ["office-term"]
    assert shown_rules(
        "President Joe Biden will replace Trump, his campaign said on Friday.", "2019-06-01"
    ) == ["office-term"]
    former = "Former Prime Minister Rishi Sunak is expected to succeed Liz Truss."
    assert shown_rules(former, "2022-10-21") == ["office-term"]
    assert shown_rules("President Trump will appoint Rex Tillerson, aides said on Friday.", "2016-12-10") == [
        "office-term"
    ]


def test_former_pm_names_the_prime_minister_as_surely_as_a_country_would():
    # "PM" alone needs a country or a modifier: "former PM" and "Ex-PM" are titles
    for text, in_office, after in (
        ("Former PM Boris Johnson said on Monday that he would not return.", "2021-04-15", "2023-04-15"),
        ("Ex-PM Imran Khan remains in jail, his lawyers said on Monday.", "2021-04-15", "2024-04-15"),
        ("Former PM Nawaz Sharif said on Monday that he would not return.", "2016-04-15", "2017-09-15"),
        ("Ex-PM Scott Morrison said on Monday that he would leave parliament.", "2021-04-15", "2023-04-15"),
    ):
        assert shown_rules(text, in_office) == ["office-term"], text
        assert shown_rules(text, after) == [], text
