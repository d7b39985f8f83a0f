"""Rule event-date, national elections of other countries: "the 2021 Italian general
election" or "the UK general election of July 2023", in a year or month when that country
held no election of that kind.

The knowledge base lists each country's general (federal, legislative) and presidential
elections as a whole series (``events.csv``), so a year inside the span a series covers and
absent from it had no such election. Only a year the writing has passed is judged: "the
2023 general election", written in 2022, may name one that was expected then. The country
must be named by one of its own words right before the kind of election ("Italian",
"Britain's"); a region's ("Scottish", "Quebec") or a by-election, a primary or a local
vote is another series and left alone. United States elections are judged by the federal
calendar (``election_year``).
"""

from __future__ import annotations

import re
from datetime import date

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import ERROR, Finding, make_finding
from annotator.checks.kb.election_series import election_series
from annotator.checks.kb.facts import Event
from annotator.checks.kb.folding import normalise
from annotator.temporal.lexicon import MONTHS

_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_YEAR_RX = re.compile(_YEAR)
_COUNTRY = r"(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?)"
# A kind of election, or a parliamentary country's one election by itself ("the 2020
# Canadian election"), never several ("the 2018 UK elections" may be the local ones).
_KIND = (
    r"(?P<phrase>(?P<kind>[Gg]eneral|[Ff]ederal|[Pp]residential|[Pp]arliamentary|[Ll]egislative)\s+[Ee]lections?"
    r"|[Ee]lection(?!s))\b"
)
_MONTH = r"(?:(?P<month>[A-Z][a-z]+)\.?\s+(?:\d{1,2},?\s+)?)?"
_DATE_FIRST = _MONTH.replace("month", "month0") + r"(?P<year>" + _YEAR + r")\s+"  # "July 2023 "
# "the 2021 Italian general election", "Britain's 2023 general election"
_YEAR_FIRST_RX = re.compile(
    r"\b(?:[Tt]he|(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s|\s+s))\s+"
    + _DATE_FIRST
    + r"(?:"
    + _COUNTRY
    + r"\s+)?"
    + _KIND
)
# "the Italian general election of September 2021", "Britain's general election in 2023"
_YEAR_AFTER_RX = re.compile(
    r"\b(?:[Tt]he\s+"
    + _COUNTRY
    + r"|(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s|\s+s))\s+"
    + _KIND
    + r"\s+(?:of|in|on)\s+"
    + _MONTH
    + r"(?P<year>"
    + _YEAR
    + r")\b(?![-–/]|\s*(?:to|and)\s+\d)"
)
# "the 2020 election in Canada": the country whole, not a region of it ("in Canada's north")
_IN_COUNTRY_RX = re.compile(
    r"\b[Tt]he\s+"
    + _DATE_FIRST
    + _KIND
    + r"\s+in\s+(?:the\s+)?(?P<country>[A-Z]\w*(?:\.[A-Z]\w*)*(?:\s+[A-Z]\w*){0,2})(?![\w'’]|\s+[A-Z])"
)
# Kinds of the text against the series' own: a parliamentary system's general election is
# also called its federal or parliamentary one.
_GENERAL = frozenset({"general", "federal"})
_LOWER_HOUSE = frozenset({"general", "federal", "legislative"})
_LEGISLATURE_SERIES = frozenset({"general", "federal", "legislative", "House of Councillors"})
# Countries whose general elections are those of their parliament, every one of them listed.
_PARLIAMENTARY = frozenset(
    {
        "United Kingdom",
        "Germany",
        "Canada",
        "Australia",
        "Italy",
        "Japan",
        "India",
        "Spain",
        "Israel",
        "South Africa",
        "Turkey",
    }
)
_SHORT_MONTHS = {name[:3]: number for name, number in MONTHS.items()} | {"sept": 9}


def _matching_series(kinds: dict[str, list[Event]], country: str, word: str | None) -> list[list[Event]]:
    """The series a kind of election the text names may be: the same kind (in a parliamentary
    country "general", "federal" and "legislative" being one), or for "parliamentary" or a
    bare "election" any election of a parliamentary country's legislature."""
    if word is None and "presidential" in kinds:
        return []  # a bare "election" of a country that also elects a president may be either
    if country in _PARLIAMENTARY and (word is None or word.lower() == "parliamentary"):
        return [events for kind, events in kinds.items() if kind in _LEGISLATURE_SERIES]
    if word is None:
        return []
    word = word.lower()
    if word == "parliamentary":
        return [kinds["legislative"]] if "legislative" in kinds else []
    if word in _GENERAL and country in _PARLIAMENTARY:
        return [events for kind, events in kinds.items() if kind in _LOWER_HOUSE]
    return [kinds[word]] if word in kinds else []


def check_election_calendar(analysis: ArticleAnalysis) -> list[Finding]:
    text, kb = analysis.text, analysis.kb
    if kb is None or "lection" not in text:
        return []
    series = election_series(kb)
    findings = []
    for match in _phrases(text):
        writing = analysis.writing_window(match.start())
        year = int(match["year"])
        if writing is None or year >= writing.earliest.year:
            continue  # the year has not passed: it may name an election then expected
        groups = match.groupdict()
        if groups["country"] and groups.get("owner"):
            continue  # "Britain's Italian ..." cannot be read
        words = groups["country"] or groups.get("owner")
        country = kb.qualifiers.get(normalise(words)) if words else None
        if country is None or country not in series:
            continue
        chosen = _matching_series(series[country], country, match["kind"])
        if not chosen or not all(_spans(events, year) for events in chosen):
            continue  # a year outside the span a series covers is not known
        held = [e for events in chosen for e in events]
        month = _month(match)
        if month == 0:
            continue  # a capitalised word before the year that is no month
        that_year = [e for e in held if e.start.lo.year <= year <= e.last_day.year]
        if that_year and (month is None or any(_in_month(e, year, month) for e in that_year)):
            continue
        findings.append(_finding(analysis, match, country, held, year, month))
    return findings


def _spans(events: list[Event], year: int) -> bool:
    return events[0].start.lo.year <= year <= events[-1].start.lo.year


def _phrases(text: str) -> list[re.Match]:
    """The dated election phrases, looked for only around the word itself."""
    found: dict[int, re.Match] = {}
    at = text.find("lection")
    while at >= 0:
        low, high = max(0, at - 70), at + 40
        # each pattern holds a year of _YEAR: a stretch without one is not searched
        patterns = (
            (_YEAR_FIRST_RX, _YEAR_AFTER_RX, _IN_COUNTRY_RX) if _YEAR_RX.search(text, low, high) else ()
        )
        for pattern in patterns:
            match = pattern.search(text, low, high)
            if (
                match is not None
                and match.start("phrase") <= at < match.end("phrase")
                and (match.start() not in found or not _names_country(found[match.start()]))
            ):
                found[match.start()] = match  # "the 2020 election in Canada" over "the 2020 election"
        at = text.find("lection", at + 8)
    return [found[at] for at in sorted(found)]


def _names_country(match: re.Match) -> bool:
    groups = match.groupdict()
    return bool(groups["country"] or groups.get("owner"))


def _month_word(match: re.Match) -> str | None:
    groups = match.groupdict()
    return groups.get("month") or groups.get("month0")


def _month(match: re.Match) -> int | None:
    word = _month_word(match)
    if not word:
        return None
    return MONTHS.get(word.lower().rstrip("."), _SHORT_MONTHS.get(word.lower().rstrip("."), 0))


def _in_month(event: Event, year: int, month: int) -> bool:
    """Whether the election (from its first round to its last) may fall in that month."""
    first, last = date(year, month, 1), date(year + month // 12, month % 12 + 1, 1)
    return event.start.lo < last and first <= event.last_day


def _finding(
    analysis: ArticleAnalysis, match: re.Match, country: str, held: list[Event], year: int, month: int | None
) -> Finding:
    kind = (match["kind"] or "national").lower()
    before = [e for e in held if e.start.lo.year <= year]
    after = [e for e in held if e.start.lo.year >= year]
    nearest = [e for e in (before[-1:] + after[:1])]
    when = f"{_month_word(match)} {year}" if month else str(year)
    listed = "; ".join(e.describe() for e in nearest)
    message = (
        f"No {country} {kind} election was held in {when}: the nearest were {listed} "
        f"(source: {nearest[0].source})."
    )
    return make_finding(
        "event-date",
        ERROR,
        analysis.text,
        min(match.start("year"), _month_start(match)) if month else match.start("year"),
        match.end(),
        message,
        [e.evidence() for e in nearest],
        f"{normalise(country).replace(' ', '-')}-{kind}-election-{when}",
        basis=f"{country}'s elections of that kind, listed {held[0].start.lo.year}-{held[-1].start.lo.year}",
    )


def _month_start(match: re.Match) -> int:
    return match.start("month") if match.groupdict().get("month") else match.start("month0")
