"""National elections named by their country, not by an alias: "Japan's snap election",
"Britain's upcoming general election", "the Brazilian presidential run-off", "voters in Canada
went to the polls", read as the election of the country's listed series nearest the time the
sentence gives, and judged by every rule."""

import pytest

from annotator.checks.engine import check_article

from .helpers import shown_rules

# (published, wrong, right): a date beside the election that none of the series had.
DATE_TWINS = [
    (
        "2019-11-20",
        "Spaniards go to the polls on Sunday for the fourth time in four years.",
        "Spaniards went to the polls on Sunday, November 10, for the fourth time in four years.",
    ),
    (
        "2022-06-01",
        "Australia's federal election in May 2021 ended nine years of coalition rule.",
        "Australia's federal election in May 2022 ended nine years of coalition rule.",
    ),
    (
        "2023-01-10",
        "The Brazilian presidential run-off in November 2022 returned Lula to power.",
        "The Brazilian presidential run-off in October 2022 returned Lula to power.",
    ),
    (
        "2019-02-01",
        "India's general election in April 2018 handed Narendra Modi a second term.",
        "India's general election in May 2019 handed Narendra Modi a second term.",
    ),
    (
        "2025-09-01",
        "South Korea's snap presidential election in June 2024 followed Yoon Suk Yeol's removal.",
        "South Korea's snap presidential election in June 2025 followed Yoon Suk Yeol's removal.",
    ),
]

# (wrong published, right published, text): told as still to come after it was held.
TENSE_TWINS = [
    ("2024-08-01", "2024-05-30", "Britain's upcoming general election will decide Rishi Sunak's fate."),
    (
        "2021-10-15",
        "2021-09-01",
        "Germany's upcoming federal election will decide who succeeds Angela Merkel.",
    ),
    (
        "2025-05-10",
        "2025-04-10",
        "Ahead of the federal election in Canada, Mark Carney called on voters to give him a strong mandate.",
    ),
]

# Correct text around elections: other votes, dated elections of the past, two elections near
# the date written, results told after the vote.
SILENT = [
    ("2023-06-01", "Britain's local elections in May 2023 were a blow for the Conservatives."),
    ("2019-06-01", "Israel's election in April 2019 failed to produce a government."),
    ("2019-06-01", "Israel's election failed to produce a government, so voters return in September."),
    ("2022-08-01", "Japan's upper house election in July 2022 came two days after Shinzo Abe was killed."),
    ("2024-01-01", "The Labour Party's leadership election in 2020 chose Keir Starmer."),
    ("2020-10-03", "Germany's election of 1990 was the first after reunification."),
    ("2025-01-01", "Japan's 2012 election returned Shinzo Abe to power."),
    ("2024-03-01", "France's presidential election in 2017 brought Emmanuel Macron to power."),
    ("2024-03-01", "Poland's presidential election in 2020 was postponed from May to June."),
    ("2020-03-01", "Italy's election in 2013 produced a hung parliament."),
    ("2021-03-01", "Voters in Canada went to the polls in 2015 and elected Justin Trudeau."),
    ("2021-03-01", "Brazilians voted in 2018 for Jair Bolsonaro."),
    ("2025-06-01", "Germans will vote again in 2029, unless the coalition collapses."),
    ("2019-05-26", "Germany's European election on Sunday saw big gains for the Greens."),
    ("2023-05-01", "South Africa's election next year may cost the ANC its majority."),
    ("2018-07-01", "Turkey's election was held under a state of emergency."),
    ("2024-11-20", "Japan's snap election last month cost the coalition its majority."),
    ("2024-10-01", "Japan's snap election later this month will test Shigeru Ishiba."),
    ("2022-02-01", "Brazil's election in October will pit Lula against Bolsonaro."),
    ("2017-06-20", "Britain's snap election this month cost Theresa May her majority."),
    ("2019-12-20", "Britain's election last week gave Boris Johnson a majority of 80."),
    ("2015-05-20", "Britain's election on May 7 returned a Conservative majority."),
    ("2022-05-25", "Australians voted on Saturday to end nine years of coalition rule."),
    ("2024-06-05", "Mexicans elected Claudia Sheinbaum on Sunday, the first woman to lead the country."),
    ("2024-06-05", "Indians have voted in the world's largest election, and results are due on Tuesday."),
    ("2021-11-01", "Japan's general election on Sunday returned Fumio Kishida's coalition."),
    ("2017-10-24", "Japan's election on Sunday handed Shinzo Abe a supermajority."),
    ("2016-07-15", "Japan's upper house election on Sunday gave Abe's camp a two-thirds majority."),
    ("2023-05-30", "Turkey's presidential run-off on Sunday returned Recep Tayyip Erdogan."),
    ("2022-10-31", "Brazil's run-off on Sunday returned Lula to the presidency."),
    ("2024-12-01", "Taiwan's presidential election in January drew a record turnout."),
    ("2025-03-01", "Germany's snap election last Sunday put Friedrich Merz on course to be chancellor."),
    ("2025-05-05", "Australia's federal election on Saturday returned Anthony Albanese's Labor government."),
    ("2019-11-01", "Spain heads to the polls on November 10 for the fourth time in four years."),
    ("2019-11-01", "Israel's election in September was the second this year."),
]


@pytest.mark.parametrize(("published", "wrong", "right"), DATE_TWINS)
def test_a_date_no_election_of_the_series_had_is_flagged(published, wrong, right):
    assert shown_rules(wrong, published) == ["event-date"]
    assert shown_rules(right, published) == []


@pytest.mark.parametrize(("wrong_date", "right_date", "text"), TENSE_TWINS)
def test_an_election_told_as_coming_after_it_was_held_is_flagged(wrong_date, right_date, text):
    assert shown_rules(text, wrong_date) == ["event-tense"]
    assert shown_rules(text, right_date) == []


@pytest.mark.parametrize(("published", "text"), SILENT)
def test_correct_text_about_elections_stays_silent(published, text):
    assert shown_rules(text, published) == []


def test_the_phrase_names_the_election_nearest_the_date_beside_it():
    analysis = check_article(
        "Japan's upper house election in July 2022 came after a shooting.", "2024-01-01"
    ).analysis
    (mention,) = [m for m in analysis.mentions.events if "upper house" in m.text]
    assert [e.id for e in mention.events] == ["japan-upper-house-election-2022"]


def test_two_elections_near_the_date_written_name_nothing():
    text = "Israel's election failed to produce a government, so voters return in September."
    analysis = check_article(text, "2019-06-01").analysis
    assert not [m for m in analysis.mentions.events if "Israel" in m.text]


@pytest.mark.parametrize(
    ("published", "text"),
    [
        (
            "2021-06-12",
            "Merkel took office in November 2005 and will step down after the German election in September.",
        ),
        ("2024-05-01", "Sunak said he would call it a day after Britain's general election in the summer."),
        ("2016-07-13", "Cameron resigned after Britons voted by 52 to 48 percent to leave the EU."),
        ("2014-09-20", "Scots voted on Thursday to stay in the United Kingdom."),
        ("2023-08-01", "The party plans to pick a new leader following Spain's general election in July."),
        (
            "2025-06-10",
            "“It is my assumption that Ukraine will still be on that path after the NATO summit in"
            " The Hague,” Rutte said.",
        ),
    ],
)
def test_acts_still_to_come_and_votes_on_a_question_stay_silent(published, text):
    """An act still to come placed after an election tells nothing of whether it is past; a
    vote on a question is a referendum, not an election."""
    assert shown_rules(text, published) == []


# (published, wrong, right): the voters' own verb tells the vote's time.
VOTERS_TWINS = [
    ("2022-11-15", "2022-09-15", "Brazilians will go to the polls on October 2 to choose Lula or Bolsonaro."),
    ("2024-06-10", "2024-05-10", "South Africans will go to the polls on May 29."),
    ("2024-06-20", "2024-05-20", "Mexicans will go to the polls on June 2 to elect a president."),
    ("2024-01-20", "2024-01-05", "Voters in Taiwan will go to the polls on January 13."),
    ("2025-04-01", "2025-06-01", "Australians voted in May to return Anthony Albanese's Labor."),
    ("2025-04-01", "2025-05-10", "Canadians voted in April to give Mark Carney's Liberals a fourth term."),
]


@pytest.mark.parametrize(("wrong_day", "right_day", "text"), VOTERS_TWINS)
def test_the_voters_own_verb_tells_the_time_of_the_vote(wrong_day, right_day, text):
    assert shown_rules(text, wrong_day) == ["event-tense"]
    assert shown_rules(text, right_day) == []
