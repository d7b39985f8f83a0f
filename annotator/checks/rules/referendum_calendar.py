"""Rule event-date, referendums of a country: "Australians rejected the Voice in an October
2022 referendum", "Britain's 2019 referendum", in a year that country held none.

``resources/kb/curated/referendums.csv`` lists, for a few countries, every year in which a
referendum was held there, national or of a part of the country (Quebec's, Scotland's, New
Caledonia's), and the votes news also calls referendums (Australia's conscription
plebiscites and marriage survey): a year absent from the list had none a writer could mean.
The country must be certain: its own word right before the date or the noun ("Australia's
2022 referendum", "the 2022 Australian referendum"), or its people as the clause's subject
("Australians rejected ... in a 2022 referendum"). A region's people ("Western
Australians"), a vote placed elsewhere ("a 2022 referendum in Scotland"), a local, state or
party referendum and a year the writing has not passed are left alone.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import ERROR, Finding, make_finding
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import kb_dir

_FULL_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

KNOWN_UNTIL = 2025  # the last year the lists were checked against their sources


@lru_cache(maxsize=1)
def referendum_years() -> dict[str, tuple[frozenset[int], str]]:
    """Each listed country's referendum years and their source."""
    with (kb_dir() / "curated" / "referendums.csv").open(encoding="utf-8", newline="") as handle:
        return {
            row["country"]: (frozenset(int(y) for y in row["years"].split("|")), row["source"])
            for row in csv.DictReader(handle)
        }


_MONTH = r"(?:(?P<month>" + "|".join(_FULL_MONTHS) + r")\s+)?"
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
    return _PEOPLE[" ".join(people["people"].lower().split())] if people else None
