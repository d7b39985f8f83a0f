"""A title judged at the time its clause is tied to, where the clause gives no date: the day
its holder took up another office, or a meeting with the holder. Each wrong sentence is
flagged; its twin, with the title the person held then or marked as a former one, stays silent;
the traps beside them stay silent too."""

import pytest

from .helpers import shown_rules

# "X took up his new post as Y", "took office as Y": the day the base dates Y's term from.
OFFICE_TAKEN_UP = [
    (
        "2024-10-03",
        "Dutch Prime Minister Mark Rutte took up his new post as NATO's secretary general, promising"
        " continuity on Ukraine.",
        "Former Dutch Prime Minister Mark Rutte took up his new post as NATO's secretary general,"
        " promising continuity on Ukraine.",
    ),
    (
        "2017-03-22",
        "German Foreign Minister Frank-Walter Steinmeier took office as president, urging unity.",
        "Former German Foreign Minister Frank-Walter Steinmeier took office as president, urging unity.",
    ),
    (
        "2019-11-05",
        "IMF Managing Director Christine Lagarde took up her new role as ECB President with a speech"
        " on growth.",
        "Christine Lagarde took up her new role as ECB President with a speech on growth.",
    ),
]

OFFICE_TAKEN_UP += [
    (
        "2024-10-03",
        "Dutch Prime Minister Mark Rutte began his new job as NATO's secretary general on a rainy day.",
        "Former Dutch Prime Minister Mark Rutte began his new job as NATO's secretary general on a"
        " rainy day.",
    ),
    (
        "2017-03-22",
        "German Foreign Minister Frank-Walter Steinmeier was inaugurated as president in Berlin.",
        "German President Frank-Walter Steinmeier was inaugurated as president in Berlin.",
    ),
]

# An envoy carrying a message goes to the one it is for, who holds the office named.
MESSAGE_CARRIED = [
    (
        "1990-08-15",
        "The envoy was carrying a message to President Reagan from Baghdad, where he spent Monday.",
        "The envoy was carrying a message to President Bush from Baghdad, where he spent Monday.",
    ),
]

# "James Slack, a spokesman for Prime Minister X, said": the appositive's head speaks for X at
# the time of the verb after it, as "a spokesman for Prime Minister X said" does.
APPOSED_AGENT = [
    (
        "2023-05-10",
        "James Slack, a spokesman for Prime Minister Boris Johnson, said the talks had failed.",
        "James Slack, a spokesman for Prime Minister Rishi Sunak, said the talks had failed.",
    ),
    (
        "2022-06-20",
        "Steffen Seibert, an aide to Chancellor Angela Merkel, said the budget would pass.",
        "Steffen Hebestreit, an aide to Chancellor Olaf Scholz, said the budget would pass.",
    ),
]

# "unveiled on Thursday, and it was immediately rejected by X": the act that followed at once
# is read at the date of the clause before.
FOLLOWED_AT_ONCE = [
    (
        "2023-05-12",
        "The EU unveiled its plan on Thursday, and it was immediately rejected by Prime Minister"
        " Boris Johnson.",
        "The EU unveiled its plan on Thursday, and it was immediately rejected by Prime Minister"
        " Rishi Sunak.",
    ),
    (
        "2023-05-12",
        "Brussels published the draft on Thursday, and Prime Minister Boris Johnson promptly denounced it.",
        "Brussels published the draft on Thursday, and Prime Minister Rishi Sunak promptly denounced it.",
    ),
]

# "in his first week in office", "days after his inauguration": no "-elect" title fits after
# the term began, even within the weeks after it.
AFTER_TAKING_OFFICE = [
    (
        "2021-02-10",
        "President-elect Joe Biden signed a dozen orders in his first week in office.",
        "President Joe Biden signed a dozen orders in his first week in office.",
    ),
    (
        "2023-01-20",
        "President-elect Luiz Inacio Lula da Silva met with governors days after his inauguration.",
        "President Luiz Inacio Lula da Silva met with governors days after his inauguration.",
    ),
]

TRAPS = [
    # a plan or a pledge for the time after taking office, or a time before it
    ("2021-02-10", "President-elect Joe Biden promised to sign a dozen orders in his first week in office."),
    ("2021-02-10", "President-elect Joe Biden pledged that he would rejoin the accord after taking office."),
    ("2021-02-10", "President-elect Joe Biden met with senators days before his inauguration."),
    # the act after taking office is another's
    ("2021-02-10", "Aides to President-elect Joe Biden drafted orders he signed after taking office."),
    # a later elect period fits: the holder was re-elected
    ("2024-12-10", "President-elect Donald Trump golfed after taking office."),
    # the act is not told as following at once, or is far from the "and"
    (
        "2023-05-12",
        "The EU unveiled its plan on Thursday, and it recalls a deal Prime Minister Boris Johnson"
        " immediately rejected.",
    ),
    (
        "2023-05-12",
        "The EU unveiled its plan on Thursday, and it resembles one Prime Minister Boris Johnson rejected.",
    ),
    # a former spokesman spoke for the holder in the holder's own time
    ("2023-05-10", "A former spokesman for Prime Minister Boris Johnson said the talks had failed."),
    (
        "2023-05-10",
        "James Slack, a former spokesman for Prime Minister Boris Johnson, said the talks had failed.",
    ),
    ("2023-05-10", "James Slack, onetime aide to Prime Minister Boris Johnson, said the talks had failed."),
    # a post taken up earlier than the title's term: a retrospective title, not judged sure
    (
        "2024-09-30",
        "NATO Secretary General Jens Stoltenberg took up his post as prime minister of Norway in"
        " a year of change.",
    ),
    # an American title kept as a courtesy in a clause of taking office
    ("2017-06-01", "Senator Barack Obama was sworn in as president on a cold day."),
    ("2021-01-25", "President-elect Joe Biden was sworn in as president at noon."),
    # a word that names no office alone, or an office of a body the base does not place
    ("2019-05-12", "Prime Minister Jens Stoltenberg became head of the UN climate panel."),
    ("2022-11-12", "Chancellor Rishi Sunak became leader of the Conservative Party."),
    ("2019-05-12", "Prime Minister Jens Stoltenberg became president of the Norwegian Red Cross."),
    # "took up", "began", "assumed" that name no office
    ("2024-10-03", "Prime Minister Mark Rutte began his speech with a joke."),
    ("2024-10-03", "Prime Minister Mark Rutte assumed the role of mediator."),
    ("2024-10-03", "Prime Minister Mark Rutte took up arms against the proposal."),
    ("2024-10-03", "Prime Minister Mark Rutte took up the cause of Ukraine."),
    # a message carried by someone else to a former holder, with "former"
    ("1990-08-15", "The envoy was carrying a message to former President Reagan on Monday."),
    # "carried out" orders: no meeting
    ("1990-08-15", "The envoy carried out orders of President Reagan in Lebanon."),
]


@pytest.mark.parametrize(
    ("published", "wrong", "right"),
    OFFICE_TAKEN_UP + MESSAGE_CARRIED + APPOSED_AGENT + FOLLOWED_AT_ONCE + AFTER_TAKING_OFFICE,
)
def test_a_title_is_judged_at_the_time_its_clause_is_tied_to(published, wrong, right):
    assert "office-term" in shown_rules(wrong, published)
    assert "office-term" not in shown_rules(right, published)


@pytest.mark.parametrize(("published", "text"), TRAPS)
def test_retrospective_courtesy_and_unrelated_uses_stay_silent(published, text):
    assert shown_rules(text, published) == []
