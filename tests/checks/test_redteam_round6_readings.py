"""Readings taught by the sixth precision probe, each a correct sentence beside a wrong twin that
stays flagged: a picture's description speaks in its subjects' own time; a theme campaigned on
across many contests, or by a sitting or former president in a year of no race of their own (or
a sitting president's campaign money spent in such a year), makes no one a candidate; the date
that closes "the 80th anniversary of D-Day" is the day remembered, not the anniversary a count
runs from; an act done for an event its own words date ("ads for the 2020 election in 2017") is
dated by the year after it, not the event; a party's win that put a mayor, a governor, a chief
minister or (in Australia and Canada) a premier into office was no national election; a people's
referendum is not read as their country's where words between place the vote elsewhere ("as New
Zealanders voted", "in the Northern Territory"); a finding on Russian interference in an
election the sentence before places in another country is that country's; and the CIA directors'
terms run to the days their successors took over (Pompeo to 26 April 2018, Haspel to 20 January
2021)."""

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
        "2023-03-01",
        "Barack Obama campaigned on protecting democracy in the 2022 election.",
        "Mitt Romney campaigned on cutting taxes in the 2014 election.",
        ("2015-01-05", "event-date"),
    ),
    (
        "2019-01-10",
        "Donald Trump spent his campaign's money on rallies for Republican candidates during the 2018 "
        "election cycle.",
        "Donald Trump spent his own campaign money during the 2012 election.",
        ("2013-01-05", "event-date"),
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
        "2020-07-17",
        "Britain said on Thursday that Russian actors had tried to interfere in its 2019 election. The "
        "intelligence services concluded that Russia meddled in the 2019 general election by amplifying "
        "leaked trade documents, officials said.",
        "The dossier was compiled in Britain. US intelligence agencies agree that Russia interfered with "
        "the 2012 election.",
        ("2017-02-01", "event-date"),
    ),
    (
        "2023-04-28",
        "Kai Wegner took office as mayor of the German capital after the CDU's victory in February 2023.",
        "Olaf Scholz took office as chancellor after the SPD's victory in February 2023.",
        "event-date",
    ),
    (
        "2022-04-01",
        "Peter Malinauskas became premier after Labor's win in March 2022, Australia's first change of "
        "government that year.",
        "Anthony Albanese became prime minister after Labor's win in March 2022, Australia's first change "
        "of government since 2013.",
        "event-date",
    ),
    (
        "2020-03-01",
        "Australians watched as New Zealanders voted to keep their flag in a 2016 referendum.",
        "Australians voted in a 2016 referendum on becoming a republic.",
        "event-date",
    ),
    (
        "2020-03-01",
        "Australians in the Northern Territory narrowly rejected statehood in a 1998 referendum.",
        "Britons voted to leave the European Union in a 2015 referendum.",
        "event-date",
    ),
    (
        "2024-01-10",
        "She covered City Hall for the Baltimore Sun. Jan. 5 was her last day.",
        "Closed Sun. Jan. 5 for inventory.",
        "weekday",
    ),
    (
        "2019-10-10",
        "The interview was conducted by Nguyen Thu, Oct. 5, 2019, in Hanoi.",
        "The store closed on Thu, Oct. 5, 2019, for inventory.",
        "weekday",
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
