"""Events named through their person: 'his inauguration', 'the election' Trump won."""

from annotator.checks.engine import analyse_article

from .helpers import rules_fired


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(m.text, [e.id for e in m.events]) for m in analyse_article(text, timexes=[]).mentions.events]


def test_the_pronoun_is_the_nearest_name_before_it_or_the_first_after_it():
    assert _events("President Trump was accused weeks before his election.") == [
        ("his election", ["us-election-2016", "us-election-2024"])
    ]
    assert _events("Two days after his inauguration, Trump joked about the crowd.") == [
        ("his inauguration", ["trump-inauguration-2017", "trump-inauguration-2025"])
    ]
    assert _events("Obama signed his first bill nine days after his inauguration.") == [
        ("his inauguration", ["barack-obama-inauguration-2009", "barack-obama-inauguration-2013"])
    ]


def test_another_name_nearer_the_pronoun_names_nothing():
    # Macron's election is not Trump's; McCain's is unknown: silence, not a guess.
    assert _events("Trump called Macron to congratulate him on his election.") == []
    assert _events("Obama and McCain go way back to his first election.") == []
    # A second known person anywhere in the sentence: the pronoun may be either's.
    assert _events("Trump thanked Obama at his inauguration.") == []
    assert _events("After his inauguration, Trump joked about Comey.") == []
    # The pronoun does not reach into another sentence.
    assert _events("Trump spoke. Weeks after his inauguration, the staff left.") == []


def test_a_pronoun_event_is_checked_like_a_named_one():
    text = "The same thing happened to President Trump a few weeks before his election three years ago."
    assert rules_fired(text, "2017-11-11") == ["elapsed-time"]
    assert rules_fired(text.replace("three years", "a year"), "2017-11-11") == []


def test_the_election_is_the_one_its_sentence_says_someone_won():
    assert _events("Russia helped Trump win the election, officials agreed.") == [
        ("the election", ["us-election-2016", "us-election-2024"])
    ]
    # Nobody named as winning it, or a winner whose elections are unknown: no event.
    assert _events("Turnout in the election was high, Trump said.") == []
    assert _events("Moore won the primary and the election is next week.") == []
    assert _events("Trump won the state, and the election of Moore followed.") == []


def test_an_elapsed_time_said_of_now_is_counted_to_the_writing_date():
    text = "Trump did win last year, but it's {} after the election."
    assert rules_fired(text.format("three years"), "2017-11-24") == ["elapsed-time"]
    assert rules_fired(text.format("a year"), "2017-11-24") == []
    # Without "it's" or "now", the count runs to a date the sentence does not give.
    assert rules_fired("Trump did win, and three years after the election he left.", "2017-11-24") == []
