"""event-order and elapsed-time read every way an event is found: a killing told in the active
with the victim's title between, a destruction told as blowing up, a clause in the past
perfect, a national election told by its winner, and an opening phrase whose event is followed
by where it happened or preceded by its doer. Each wrong
sentence is flagged and its correct twin stays silent; the traps stay silent."""

from __future__ import annotations

import pytest

from .helpers import shown_rules

ORDER = ["event-order"]
ELAPSED = ["elapsed-time"]

# (published, wrong, right, rules of the wrong one)
TWINS = [
    # an opening phrase whose event is followed by where it happened, its main clause told at once
    (
        "2025-01-15",
        "Months after Sheikh Hasina fled to India, protesters toppled Gotabaya Rajapaksa.",
        "Months after Gotabaya Rajapaksa fled, protesters toppled Sheikh Hasina.",
        ORDER,
    ),
    (
        "2025-01-15",
        "Months after Sheikh Hasina fled to India, protesters in Colombo stormed the presidential palace"
        " and toppled Gotabaya Rajapaksa.",
        "Months after Gotabaya Rajapaksa fled to the Maldives, protesters in Dhaka stormed the prime"
        " minister's residence and toppled Sheikh Hasina.",
        ORDER,
    ),
    (
        "2022-09-01",
        "Days before the suicide bombing at Kabul airport's Abbey Gate, the"
        " last American troops left Afghanistan.",
        "Days after the suicide bombing at Kabul airport's Abbey Gate, the"
        " last American troops left Afghanistan.",
        ORDER,
    ),
    # the doer of the opening phrase's verb between the cue and its event
    (
        "2025-01-01",
        "Weeks after Israel killed Hamas leader Yahya Sinwar in Rafah, Ismail Haniyeh was killed in Tehran.",
        "Weeks before Israel killed Hamas leader Yahya Sinwar in Rafah, Ismail Haniyeh was killed in Tehran.",
        ORDER,
    ),
    (
        "2025-01-01",
        "Weeks after Bolsonaro supporters stormed the Brazilian Congress, voters elected Lula.",
        "Weeks before Bolsonaro supporters stormed the Brazilian Congress, voters elected Lula.",
        ORDER,
    ),
    # a killing told in the active, the victim's title between the verb and the name
    (
        "2024-11-01",
        "Israel killed Hamas's political chief Ismail Haniyeh in Tehran weeks"
        " after Yahya Sinwar was killed in Rafah.",
        "Israel killed Hamas's political chief Ismail Haniyeh in Tehran weeks"
        " before Yahya Sinwar was killed in Rafah.",
        ORDER,
    ),
    (
        "2025-08-01",
        "Three years after Israel killed Hamas's political chief Ismail"
        " Haniyeh in Tehran, his successor is in hiding.",
        "A year after Israel killed Hamas's political chief Ismail Haniyeh in"
        " Tehran, his successor is in hiding.",
        ELAPSED,
    ),
    (
        "2025-01-01",
        "Ismail Haniyeh was killed in Tehran weeks after Israeli troops killed Hamas leader Yahya Sinwar.",
        "Ismail Haniyeh was killed in Tehran weeks before Israeli troops killed Hamas leader Yahya Sinwar.",
        ORDER,
    ),
    # a destruction told as blowing up
    (
        "2024-07-01",
        "Three years after the Kakhovka dam was blown up, the reservoir bed has turned into a young forest.",
        "A year after the Kakhovka dam was blown up, the reservoir bed has turned into a young forest.",
        ELAPSED,
    ),
    # a clause told in the past perfect, as the earlier of two events often is
    (
        "2022-08-15",
        "The Taliban entered Kabul after the last American troops had left Afghanistan.",
        "The Taliban entered Kabul before the last American troops had left Afghanistan.",
        ORDER,
    ),
    (
        "2021-06-01",
        "The G7 summit in Biarritz came months after Britain had left the EU.",
        "The G7 summit in Cornwall came months after Britain had left the EU.",
        ORDER,
    ),
    (
        "2024-06-06",
        "Three years after the Kakhovka dam had been destroyed, the reservoir bed has turned"
        " into a young forest.",
        "A year after the Kakhovka dam had been destroyed, the reservoir bed has turned into a young forest.",
        ELAPSED,
    ),
    # a national election told by its winner
    (
        "2024-02-01",
        "Erdogan won re-election months before the quake that levelled much of southern Turkey.",
        "Erdogan won re-election months after the quake that levelled much of southern Turkey.",
        ORDER,
    ),
    (
        "2023-03-01",
        "Bolsonaro supporters stormed the Brazilian Congress weeks before Lula"
        " narrowly won the presidential run-off.",
        "Bolsonaro supporters stormed the Brazilian Congress weeks after Lula"
        " narrowly won the presidential run-off.",
        ORDER,
    ),
    (
        "2021-01-31",
        "Britain left the EU weeks before Boris Johnson's general election landslide.",
        "Britain left the EU weeks after Boris Johnson's general election landslide.",
        ORDER,
    ),
    (
        "2019-01-01",
        "Angela Merkel won the general election weeks before the G20 summit in Hamburg.",
        "Angela Merkel won the general election weeks after the G20 summit in Hamburg.",
        ORDER,
    ),
    (
        "2025-01-01",
        "Brazilians elected Lula weeks after the Brazilian Congress was stormed.",
        "Brazilians elected Lula weeks before the Brazilian Congress was stormed.",
        ORDER,
    ),
    (
        "2025-01-01",
        "Lula's victory in the presidential run-off came weeks after the Brasília riots.",
        "Lula's victory in the presidential run-off came weeks before the Brasília riots.",
        ORDER,
    ),
    (
        "2025-01-01",
        "Five years after Erdogan won re-election, Turkey is in crisis.",
        "Two years after Erdogan won re-election, Turkey is in crisis.",
        ELAPSED,
    ),
]


@pytest.mark.parametrize(("published", "wrong", "right", "rules"), TWINS)
def test_a_wrong_order_or_count_is_flagged_and_its_twin_is_not(published, wrong, right, rules):
    assert shown_rules(wrong, published) == rules
    assert shown_rules(right, published) == []


TRAPS = [
    # the main clause reports a saying: its event is not the opening phrase's to order
    (
        "2025-01-15",
        "Months after Sheikh Hasina fled to India, officials said that"
        " protesters had toppled Gotabaya Rajapaksa.",
    ),
    # another's death: the name ends at a possessive
    (
        "2024-11-01",
        "The strike killed Haniyeh's bodyguard in Tehran weeks after Yahya Sinwar was killed in Rafah.",
    ),
    # a surname alone dying may be anyone's
    ("2022-01-01", "The Kabul airport bombing came weeks after Powell died."),
    # a win supposed, a vote of another level or body, a re-election to a party post
    ("2024-02-01", "If Erdogan won re-election months before the quake, he would have rebuilt faster."),
    (
        "2019-01-01",
        "Boris Johnson won the Conservative leadership election weeks before the Brexit referendum.",
    ),
    ("2008-06-01", "Boris Johnson won the mayoral election weeks before the Beijing Olympics."),
    (
        "2024-02-01",
        "Erdogan won re-election as AKP chairman months before the quake that"
        " levelled much of southern Turkey.",
    ),
    # a head of government's re-election may be parliament's vote, unlisted where the base
    # keeps the terms as one
    ("2019-01-01", "Angela Merkel won re-election weeks before the G20 summit in Hamburg."),
    # a parliament's vote, or a country that is not the leader's, names no election
    ("2025-01-01", "The Bundestag elected Friedrich Merz weeks after the Paris Olympics."),
    ("2025-01-01", "France elected Lula weeks after the Brazilian Congress was stormed."),
    # a leader the base does not know names no election
    ("2024-02-01", "Smith won re-election months before the quake that levelled much of southern Turkey."),
]


@pytest.mark.parametrize(("published", "text"), TRAPS)
def test_the_traps_stay_silent(published, text):
    assert shown_rules(text, published) == []
