"""Correct sentences naming places and bodies after an office holder, each beside a wrong
twin that must still be flagged: in "the Sultan Qaboos Grand Mosque", "the King Hussein
Bridge", "the King George VI Chase" or "the President Sadat metro station" the title is part
of a name, which stays after the holder's time; the same title used of the person, after the
term, is still an error."""

import pytest

from .helpers import shown_rules

# (published, right, wrong): the wrong twin has the former holder act in office.
TWINS = [
    (
        "2024-05-01",
        "The Sultan Qaboos Grand Mosque in Muscat reopened to visitors on Monday.",
        "Sultan Qaboos reopened the Grand Mosque in Muscat to visitors on Monday.",
    ),
    (
        "2024-05-01",
        "The bridge, renamed the King Hussein Bridge, reopened on Sunday.",
        "King Hussein reopened the bridge on Sunday.",
    ),
    (
        "2024-05-01",
        "The ship docked at the Pope John Paul II terminal on Tuesday.",
        "Pope John Paul II visited the ship terminal on Tuesday.",
    ),
    (
        "2024-05-01",
        "The King Hussein Bridge reopened on Sunday after a shooting.",
        "King Hussein's bridge reopened on Sunday after a shooting.",
    ),
    (
        "2024-12-26",
        "Hewick won the King George VI Chase at Kempton on Thursday.",
        "King George VI watched Hewick win at Kempton on Thursday.",
    ),
    (
        "2024-05-01",
        "Protesters gathered in Tahrir Square and outside the President Sadat metro station on Friday.",
        "President Sadat addressed protesters in Tahrir Square outside the metro station on Friday.",
    ),
    (
        "2024-05-01",
        "The Emperor Hirohito mausoleum is in Hachioji.",
        "Emperor Hirohito opened the museum in Hachioji on Monday.",
    ),
]


@pytest.mark.parametrize(("published", "right", "wrong"), TWINS)
def test_a_title_in_a_places_name_is_not_the_holders(published, right, wrong):
    assert shown_rules(right, published) == []
    assert shown_rules(wrong, published) == ["office-term"]
