"""Correct sentences about works that depict office holders, each beside a wrong twin that
must still be flagged. The title a portrayal, a documentary, a statue or an exhibition gives
is the one it shows, in the holder's own time ("Meryl Streep played Prime Minister Margaret
Thatcher in the 2011 film", "a statue of Prime Minister Winston Churchill was defaced in
2020"), and a work's story told in a relative clause ("season five, in which Prime Minister
John Major meets the Queen"), a work that "follows" the holder and a character "played by"
an actor are not the present of the article; "former" and "the late" are
still read at the date written."""

import pytest

from .helpers import shown_rules

# (published, right, wrong): the wrong twin calls a holder still in office "former", or one
# still living "the late".
TWINS = [
    (
        "2024-03-01",
        'Meryl Streep played Prime Minister Margaret Thatcher in the 2011 film "The Iron Lady."',
        "Brendan Gleeson played former President Joe Biden in the 2023 sketch.",
    ),
    (
        "2024-03-01",
        "Oldman won an Oscar in 2018 for playing Prime Minister Winston Churchill.",
        "Oldman won an award in 2018 for playing former Prime Minister Rishi Sunak.",
    ),
    (
        "2024-03-01",
        "A 2023 documentary about Chancellor Angela Merkel's handling of the refugee crisis premiered "
        "in Berlin.",
        "A 2023 documentary about former Chancellor Olaf Scholz's handling of the energy crisis "
        "premiered in Berlin.",
    ),
    (
        "2024-03-01",
        'The 2024 film "Reagan," starring Dennis Quaid as President Ronald Reagan, opened in August.',
        'The 2024 film "Reagan," starring Dennis Quaid as former President Joe Biden, opened in August.',
    ),
    (
        "2024-03-01",
        "A statue of Prime Minister Winston Churchill in Parliament Square was defaced in 2020.",
        "A statue of the late King Charles III in Parliament Square was unveiled in 2020.",
    ),
    (
        "2024-03-01",
        "In 2019, a museum exhibition on President Nelson Mandela opened in London.",
        "In 2019, a museum exhibition on former President Cyril Ramaphosa opened in London.",
    ),
    (
        "2024-03-01",
        'In 2022, Netflix released "The Crown" season five, in which Prime Minister John Major '
        "meets the queen.",
        'In 2022, Netflix released "The Crown" season five. Prime Minister John Major meets the queen.',
    ),
    (
        "2024-03-01",
        "Prime Minister Margaret Thatcher, played by Gillian Anderson, clashes with the queen in "
        "season four.",
        "Former President Joe Biden, played by Jim Carrey, clashes with his rivals in the sketch.",
    ),
    (
        "2024-03-01",
        "A new biography, published last month, follows Chancellor Helmut Kohl through the "
        "reunification of Germany.",
        "A new biography, published last month, follows former Chancellor Olaf Scholz through the "
        "energy crisis.",
    ),
]


@pytest.mark.parametrize(("published", "right", "wrong"), TWINS)
def test_a_depicted_title_is_the_holders_own(published, right, wrong):
    assert shown_rules(right, published) == []
    assert shown_rules(wrong, published) == ["office-term"]
