"""The closest known name, found by length buckets, is the one a search of every name finds."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from annotator.checks.kb.close_names import CloseNames
from annotator.checks.kb.model import _FUZZY_CUTOFF, default_kb
from annotator.checks.kb.names import NAME


def _every_name_search(names: list[str], key: str) -> str | None:
    same_letter = [name for name in names if name[:1] == key[:1]]
    found = process.extractOne(key, same_letter, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    return None if found is None else found[0]


def test_misspelt_names_find_what_a_search_of_every_name_finds():
    names = [phrase for phrase, (kind, _ids) in default_kb().name_table().items() if kind == NAME and phrase]
    index = CloseNames(names, _FUZZY_CUTOFF)
    chooser = random.Random(7)
    keys = ["lindsay graham", "joni earnst", "new gingrich", "would", "slams trump over"]
    for name in chooser.sample(names, 400):
        letters = list(name)
        at = chooser.randrange(len(letters))
        kind = chooser.random()
        if kind < 0.4:
            letters[at] = chooser.choice("abcdefghijklmnopqrstuvwxyz ")
        elif kind < 0.7:
            del letters[at]
        else:
            letters.insert(at, chooser.choice("aeiou"))
        keys.append("".join(letters))
    keys = [key for key in keys if len(key) >= 5]
    found = [index.closest(key) for key in keys]
    assert found == [_every_name_search(names, key) for key in keys]
    assert sum(name is not None for name in found) > len(keys) // 2
    assert index.closest("lindsay graham") == "lindsey graham"


def test_of_equally_close_names_the_first_given_wins():
    index = CloseNames(["maria lopez", "mario lopez", "marie lopez"], 88.0)
    assert index.closest("marix lopez") == "maria lopez"
    assert CloseNames(["mario lopez", "maria lopez"], 88.0).closest("marix lopez") == "mario lopez"
    assert index.closest("xavier lopez") is None


def test_a_close_spelling_of_a_whole_name_must_fit_word_by_word():
    kb = default_kb()
    # misspellings news makes of known people
    for written, meant in [
        ("Lindsay Graham", "Lindsey Graham"),
        ("Joni Earnst", "Joni Ernst"),
        ("Steve Mnuchin", "Steven Mnuchin"),
        ("John O Brennan", "John Owen Brennan"),
    ]:
        assert [p.name for p in kb.find_people(written)] == [meant], written
    # other people with a name a letter or two away, and a lone first name
    assert kb.find_people("Roy Moore") == []  # Rob Moore is another man
    assert kb.find_people("Richard Cohen") == []  # not Richard Cheney
    assert kb.find_people("Gabrielle") == []
