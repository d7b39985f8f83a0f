"""Rule event-date, referendums of a country: "Australians rejected the Voice in an October
2022 referendum", "Britain's 2019 referendum", in a year that country held none.

``resources/kb/curated/referendums.csv`` lists, for a few countries, every year in which a
referendum was held there, national or of a part of the country (Quebec's, Scotland's, New
Caledonia's), and the votes news also calls referendums (Australia's conscription
plebiscites and marriage survey): a year absent from the list had none a writer could mean.
The country must be certain: its own word right before the date or the noun ("Australia's
2022 referendum", "the 2022 Australian referendum"), or its people as the clause's subject
("Australians rejected ... in a 2022 referendum"), unless words between place the vote
elsewhere ("Australians watched as New Zealanders voted", "Australians in the Northern
Territory"). A region's people ("Western Australians"), a vote placed elsewhere ("a 2022
referendum in Scotland"), a local, state or
party referendum and a year the writing has not passed are left alone.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import ERROR, Finding, make_finding
from annotator.checks.kb.facts import INTERNATIONAL_BODIES
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import kb_dir
from annotator.temporal.lexicon import MONTH_NAMES

KNOWN_UNTIL = 2025  # the last year the lists were checked against their sources


@lru_cache(maxsize=1)
def referendum_years() -> dict[str, tuple[frozenset[int], str]]:
    """Each listed country's referendum years and their source."""
    with (kb_dir() / "curated" / "referendums.csv").open(encoding="utf-8", newline="") as handle:
        return {
            row["country"]: (frozenset(int(y) for y in row["years"].split("|")), row["source"])
            for row in csv.DictReader(handle)
        }


_MONTH = r"(?:(?P<month>" + "|".join(MONTH_NAMES) + r")\s+)?"
_PHRASE_RX = re.compile(
    r"\b(?:(?P<owner>[A-Z][a-z]+)['’]s|[Tt]he|an?)\s+"
    + _MONTH
    + r"(?P<year>1[89]\d\d|20[0-4]\d)\s+(?:(?P<adjective>[A-Z][a-z]+)\s+)?"
    r"(?:(?:national|federal|constitutional|nationwide)\s+)?(?P<noun>referendum)\b"
    r"(?!\s+(?:in|of)\s+[A-Z])"
)
# "Australians rejected an Indigenous Voice to Parliament in an October 2022 referendum"
_PEOPLE_RX = re.compile(
    r"(?<!Western )(?<!South )\b(?P<people>Australians|Britons|Canadians|(?:Australian|British|Canadian"
    r"|French)\s+voters)\b[^,;:()]{0,90}\Z"
)
_PEOPLE = {
    "australians": "Australia",
    "australian voters": "Australia",
    "britons": "United Kingdom",
    "british voters": "United Kingdom",
    "canadians": "Canada",
    "canadian voters": "Canada",
    "french voters": "France",
}
# Words between the people and the referendum that place the vote elsewhere: another people or
# country ("Australians watched as New Zealanders voted ... in a 2016 referendum") or a place
# ("Australians in the Northern Territory rejected statehood in a 1998 referendum", "French voters
# in Loire-Atlantique"): the people's country is not the vote's.
_PLACED_RX = re.compile(
    r"\b(?:in|at|from|across|living\s+in)\s+(?:the\s+)?(?!(?:" + "|".join(MONTH_NAMES) + r")\b)[A-Z]"
)
# A people named by its plural or its collective word ("New Zealanders", "Scots", "Catalans",
# "the Irish"), which the base's country words do not list.
_OTHER_PEOPLE_RX = re.compile(
    r"\b(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:ers|ians|ans|ese|ots|ards|ites|eks)\b"
    r"|\b(?:Irish|Welsh|Dutch|Swiss|Danes|Swedes|Kurds|Finns|Poles|Turks|Greeks)\b"
)
_CAPITALISED_RX = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b")
# A region's word before the owner ("Western Australia's 2022 referendum").
_REGION_BEFORE_RX = re.compile(r"\b(?:Western|South|Northern|New)\s+\Z")


def check_referendum_years(analysis: ArticleAnalysis) -> list[Finding]:
    text, kb = analysis.text, analysis.kb
    if kb is None or "referendum" not in text:
        return []
    listed = referendum_years()
    findings = []
    for match in _PHRASE_RX.finditer(text):
        country = _country(analysis, match)
        if country is None or country not in listed:
            continue
        years, source = listed[country]
        year = int(match["year"])
        writing = analysis.writing_window(match.start())
        if writing is None or year >= min(writing.earliest.year, KNOWN_UNTIL + 1):
            continue  # a year not passed, or one the list was not checked for
        if year < min(years) or year in years:
            continue
        when = f"{match['month']} {year}" if match["month"] else str(year)
        before = max((y for y in years if y < year), default=None)
        after = min((y for y in years if y > year), default=None)
        nearest = " and ".join(str(y) for y in (before, after) if y is not None)
        place = f"the {country}" if country == "United Kingdom" else country
        message = (
            f"No referendum was held in {place} in {when}: the nearest listed are {nearest} "
            f"(source: {source})."
        )
        start = match.start("month") if match["month"] else match.start("year")
        findings.append(
            make_finding(
                "event-date",
                ERROR,
                text,
                start,
                match.end("noun"),
                message,
                [{"kind": "calendar", "held": f"referendums: {nearest}", "source": source}],
                f"{normalise(country).replace(' ', '-')}-referendum-{when}",
                basis=f"every referendum held in {country}, listed",
            )
        )
    return findings


def _country(analysis: ArticleAnalysis, match: re.Match) -> str | None:
    """The country whose referendum the phrase names, when the text makes it certain."""
    assert analysis.kb is not None
    owner, adjective = match["owner"], match["adjective"]
    if owner and adjective:
        return None  # "Britain's 2019 Scottish referendum" cannot be read
    if owner and _REGION_BEFORE_RX.search(analysis.text, max(0, match.start() - 10), match.start()):
        return None  # "Western Australia's 2009 referendum"
    words = owner or adjective
    if words:
        return analysis.kb.qualifiers.get(normalise(words))
    low, _ = analysis.layout.sentence_bounds(match.start())
    people = _PEOPLE_RX.search(analysis.text, low, match.start())
    if people is None:
        return None
    country = _PEOPLE[" ".join(people["people"].lower().split())]
    between = analysis.text[people.end("people") : match.start()]
    if _PLACED_RX.search(between) or _other_country(analysis, between, country):
        return None  # "Australians watched as New Zealanders voted", "in the Northern Territory"
    return country


def _other_country(analysis: ArticleAnalysis, words: str, country: str) -> bool:
    """Whether the words name a country other than `country` ("New Zealanders"); a body of
    countries ("the European Union") is no other country."""
    assert analysis.kb is not None
    if _OTHER_PEOPLE_RX.search(words):
        return True  # "watched as New Zealanders voted": another people's vote
    for run in _CAPITALISED_RX.findall(words):
        for word in (run, *run.split()):
            named = analysis.kb.qualifiers.get(normalise(word))
            if named is not None and named != country and named not in INTERNATIONAL_BODIES:
                return True
    return False
