"""Correct titles that once raised false flags, each beside a wrong twin that must still be
flagged: a title after "retired" or before "emeritus" is that of one who has left the office
("Retired Pope Benedict XVI", "Juan Carlos, the king emeritus"), a monarch who abdicated
keeps the title for life, and a leader deposed in a coup still holds the title on the day of
the coup."""

import pytest

from .helpers import shown_rules

# (published, right, wrong): the wrong twin names someone still in office, or a day after
# the term.
TWINS = [
    (
        "2019-04-12",
        "Retired Pope Benedict XVI published an essay on Thursday about the abuse crisis.",
        "Retired Pope Francis published an essay on Thursday about the abuse crisis.",
    ),
    (
        "2016-08-28",
        "Benedict XVI, the pope emeritus, lives in a former convent in the Vatican gardens.",
        "Francis, the pope emeritus, lives in a former convent in the Vatican gardens.",
    ),
    (
        "2020-08-05",
        "Juan Carlos I, the king emeritus, said on Monday that he would leave Spain.",
        "Felipe VI, the king emeritus, said on Monday that he would leave Spain.",
    ),
    (
        "2022-03-01",
        "Retired Chancellor Angela Merkel spoke in Berlin on Monday.",
        "Retired Chancellor Olaf Scholz spoke in Berlin on Monday.",
    ),
    (
        "2022-01-25",
        "Soldiers in Burkina Faso detained President Roch Marc Christian Kabore on Monday.",
        "Soldiers in Burkina Faso detained President Roch Marc Christian Kabore on Monday, January 31.",
    ),
]

# The same sentences written while the holder was still in office.
IN_OFFICE = [
    ("2012-08-28", "Retired Pope Benedict XVI lives in a former convent in the Vatican gardens."),
    ("2012-08-28", "Benedict XVI, the pope emeritus, lives in a former convent in the Vatican gardens."),
    ("2013-08-05", "Juan Carlos I, the king emeritus, said on Monday that he would leave Spain."),
    ("2021-03-01", "Retired Chancellor Angela Merkel spoke in Berlin on Monday."),
]


@pytest.mark.parametrize(("published", "right", "wrong"), TWINS)
def test_a_title_of_one_who_has_left_is_judged_as_former(published, right, wrong):
    assert shown_rules(right, published) == []
    assert shown_rules(wrong, published) == ["office-term"]


@pytest.mark.parametrize(("published", "text"), IN_OFFICE)
def test_retired_or_emeritus_of_a_holder_still_in_office_is_flagged(published, text):
    assert shown_rules(text, published) == ["office-term"]


# A monarch who abdicated keeps the title for life (Juan Carlos I, Albert II of Belgium,
# Margrethe II, Akihito as emperor emeritus): the bare title is right after the reign, "former"
# is right after it and wrong during it, and "the late" is wrong while the holder lives.
# (right: published, text) and (wrong: published, text)
ABDICATED = [
    (
        ("2020-08-04", "Spain's King Juan Carlos announced on Monday that he was leaving Spain."),
        ("2020-08-04", "Spain's late King Juan Carlos was remembered on Monday."),
    ),
    (
        ("2024-04-10", "Queen Margrethe attended a ceremony in Copenhagen on Tuesday."),
        ("2023-04-10", "Former Queen Margrethe attended a ceremony in Copenhagen on Tuesday."),
    ),
    (
        ("2020-05-01", "Emperor Akihito attended a ceremony in Tokyo on Thursday."),
        ("2020-05-01", "The late Emperor Akihito was remembered in Tokyo on Thursday."),
    ),
    (
        ("2017-08-02", "King Albert II of Belgium turned 83 on Monday."),
        ("2012-08-02", "Former King Albert II of Belgium turned 78 on Monday."),
    ),
]


@pytest.mark.parametrize(("right", "wrong"), ABDICATED)
def test_an_abdicated_monarch_keeps_the_title(right, wrong):
    assert shown_rules(right[1], right[0]) == []
    assert shown_rules(wrong[1], wrong[0]) == ["office-term"]


# A saying recalled ("Remember how ...", "For four years, ...") is of some earlier time, not of
# the weeks before the writing: (sentence, right date, date before the term)
RECALLED = [
    ("Remember how President Biden said inflation was transitory?", "2025-06-01", "2019-06-01"),
    (
        "Let's not forget that Vice President Pence said he had no power to reject the votes.",
        "2022-06-01",
        "2015-06-01",
    ),
    ("For four years, President Biden told us the border was secure.", "2025-06-01", "2019-06-01"),
    ("For eight years, President Obama told us the economy was fine.", "2017-06-01", "2005-06-01"),
]


@pytest.mark.parametrize(("text", "right", "before_term"), RECALLED)
def test_a_recalled_saying_is_of_an_earlier_time(text, right, before_term):
    assert shown_rules(text, right) == []
    assert shown_rules(text, before_term) == ["office-term"]
