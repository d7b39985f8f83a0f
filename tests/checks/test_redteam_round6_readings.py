"""Readings taught by the sixth precision probe, each a correct sentence beside a wrong twin
that stays flagged: a picture's description speaks in its subjects' own time; a theme
campaigned on across many contests, or by a sitting president in a year of no race of their
own, makes no one a candidate; the date that closes "the 80th anniversary of D-Day" is the day
remembered, not the anniversary a count runs from; an act done for an event its own words
date ("ads for the 2020 election in 2017") is dated by the year after it, not the event; and
the CIA directors' terms run to the
days their successors took over (Pompeo to 26 April 2018, Haspel to 20 January 2021)."""

import pytest

from .helpers import shown_rules

# (written, right, wrong, the wrong twin's written date and rule)
TWINS = [
    (
        "2025-02-04",
        "In the official photograph of the Yalta Conference, President Franklin Roosevelt is flanked by "
        "Prime Minister Winston Churchill and Marshal Joseph Stalin.",
        "Prime Minister Winston Churchill meets President Franklin Roosevelt at the White House.",
        "office-term",
    ),
    (
        "2025-02-04",
        "In a famous photograph, President Franklin Roosevelt sits between Prime Minister Winston "
        "Churchill and Marshal Joseph Stalin.",
        "President Franklin Roosevelt sits between Prime Minister Winston Churchill and Marshal Joseph "
        "Stalin at the summit.",
        "office-term",
    ),
    (
        "2025-02-04",
        "Prime Minister Winston Churchill is flanked by President Franklin Roosevelt in the photograph.",
        "Prime Minister Winston Churchill is flanked by President Franklin Roosevelt at the White House.",
        "office-term",
    ),
    (
        "2022-03-01",
        "The photo shows President Donald Trump greeting supporters in Florida.",
        "In a video posted on Monday, President Donald Trump praised the crowd.",
        "office-term",
    ),
    (
        "2018-11-05",
        "Donald Trump campaigned on immigration in the 2018 elections, warning of a migrant caravan.",
        "Donald Trump ran on immigration in the 2018 elections.",
        "event-date",
    ),
    (
        "2018-11-05",
        "Donald Trump campaigned on immigration in the 2018 election, warning of a migrant caravan.",
        "Donald Trump campaigned on cutting taxes in the 2012 election.",
        "event-date",
    ),
    (
        "2024-06-08",
        "A day after the 80th anniversary of D-Day, President Biden met President Zelensky in Paris "
        "on Friday.",
        "A day after the invasion of February 24, 2022, Biden met Zelensky in Paris on Friday.",
        "elapsed-time",
    ),
    (
        "2019-11-01",
        "Brazil prepared for the 2016 Olympics in 2015.",
        "Brazil prepared for the 2016 Olympics in 2018.",
        "event-date",
    ),
    (
        "2019-11-01",
        "Donald Trump's campaign began spending on ads for the 2020 election in 2017, soon after he "
        "took office.",
        "Trump won the 2016 election in 2012.",
        "event-date",
    ),
    (
        "2018-04-27",
        "Mike Pompeo, the CIA director, was confirmed as secretary of state on Thursday.",
        "CIA Director Mike Pompeo arrived in Pyongyang on Friday for talks on denuclearization.",
        ("2018-07-07", "office-term"),
    ),
    (
        "2018-06-01",
        "Gina Haspel, the CIA director, briefed senators on Thursday.",
        "CIA Director Gina Haspel briefed senators on Thursday, weeks after Joe Biden's inauguration.",
        ("2021-02-12", "office-term"),
    ),
]


@pytest.mark.parametrize(("published", "right", "wrong", "rule"), TWINS)
def test_right_twin_silent_and_wrong_twin_flagged(published, right, wrong, rule):
    """A rule alone is judged at the right twin's date; a pair gives the wrong twin's own."""
    wrong_published, wrong_rule = rule if isinstance(rule, tuple) else (published, rule)
    assert shown_rules(right, published) == []
    assert wrong_rule in shown_rules(wrong, wrong_published)
