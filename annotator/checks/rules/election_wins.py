"""Rule event-date, a party's national win dated to a month or year of no national election:
"Keir Starmer swept into Downing Street after Labour's landslide in July 2023", "the LDP's
general election victory of October 2020".

A party's win is a national election only when the text says so: "general election" in the
phrase, or a leader taken into power in the same sentence ("swept into Downing Street",
"became prime minister", "came to power"); a party's landslide in local, regional or
by-elections is otherwise just as often told. The party's country must be certain: the party
is one of ``resources/kb/curated/parties.csv`` and the sentence names one of its countries
("Labor": Australia or Israel), by its own word or by one of its leaders, and no other. The country's national
elections are the series the knowledge base lists (``election_series``); a month or year
inside the span it covers and absent from it had none. Only dates the writing has passed
are judged.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from functools import lru_cache

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.literal_search import matches_from_words
from annotator.checks.findings import ERROR, Finding, make_finding
from annotator.checks.kb.election_series import election_series
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import Event, kb_dir
from annotator.checks.rules.election_year import countries_led
from annotator.temporal.lexicon import MONTH_NAMES, MONTHS


@lru_cache(maxsize=1)
def party_countries() -> dict[str, frozenset[str]]:
    """Each listed party word, to the countries with a party of that name ("Labor": Australia
    and Israel)."""
    found: dict[str, set[str]] = {}
    with (kb_dir() / "curated" / "parties.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for word in row["words"].split("|"):
                found.setdefault(word, set()).add(row["country"])
    return {word: frozenset(countries) for word, countries in found.items()}


_MONTH_WORDS = "|".join(MONTH_NAMES)
_DATE = r"(?:(?P<month{n}>" + _MONTH_WORDS + r")\s+)?(?P<year{n}>(?:19[5-9]|20[0-4])\d)"
_MODS = r"(?:(?:general[- ]election|election|electoral|landslide|decisive|sweeping|historic|resounding"
_MODS += r"|crushing|thumping|stunning|big|huge|emphatic)\s+){0,3}"


@lru_cache(maxsize=1)
def _phrase_head() -> tuple[re.Pattern[str], int]:
    """The phrase's part before its noun, ending there, with the most runs of whitespace it
    holds: "the", the party's words, its date and three modifiers of two words."""
    parties = sorted(party_countries(), key=len, reverse=True)
    return re.compile(_phrase_start(parties) + r"\Z"), 10 + max(len(p.split()) - 1 for p in parties)


def _phrase_start(parties: list[str]) -> str:
    owner = r"\b(?:the\s+)?(?P<party>" + "|".join(re.escape(p) for p in parties) + r")(?:['’]s|(?<=s)['’])\s+"
    return owner + r"(?:" + _DATE.format(n=0) + r"\s+)?" + r"(?P<mods>" + _MODS + r")"


# The nouns, each searched for alone (a literal the engine skips ahead on, where the phrase's
# opening "\b" is tried at every character). One after a space inside a phrase is a modifier
# ("landslide victory") the phrase's start reaches as well, so finditer's order is kept.
_NOUN_RXS = tuple(re.compile(noun) for noun in ("landslide", "victory", "win", "triumph"))


@lru_cache(maxsize=1)
def _phrase_rx() -> re.Pattern[str]:
    parties = sorted(party_countries(), key=len, reverse=True)
    return re.compile(
        _phrase_start(parties)
        + r"(?P<noun>landslide|victory|win|triumph)\b"
        + r"(?:\s+(?:in|of)\s+"
        + _DATE.format(n=1)
        + r"\b)?"
        + r"(?!\s+(?:in|at)\s+[A-Z])"
    )


# A leader taken into power in the sentence: the win was a national election.
_INTO_POWER_RX = re.compile(
    r"\b(?:swept\s+(?:in)?to\s+(?:power|office|government|Downing\s+Street)|came\s+to\s+power"
    r"|took\s+(?:office|power)|won\s+power|returned\s+to\s+power|formed\s+(?:a|the)\s+government"
    r"|became\s+(?:prime\s+minister|chancellor|premier)|(?:entered|into)\s+Downing\s+Street)\b",
    re.IGNORECASE,
)
# Another vote than the national one, or an office below the nation's that the leader took
# ("took office as mayor of the German capital after the CDU's victory", "became premier of
# Victoria"): a city's, a region's or a state's election.
_OTHER_VOTE_RX = re.compile(
    r"\b(?:local|regional|state|municipal|mayoral|provincial|province|council|by-?elections?|primary"
    r"|leadership|European|Senate|upper\s+house|referendum|mayors?|governors?|chief\s+minister"
    r"|first\s+minister|minister-president|premier\s+of)\b",
    re.IGNORECASE,
)
_CAPITALISED_RX = re.compile(r"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*")


def check_election_wins(analysis: ArticleAnalysis) -> list[Finding]:
    text, kb = analysis.text, analysis.kb
    if kb is None or not any(n in text for n in ("win", "victory", "landslide", "triumph")):
        return []
    series = election_series(kb)
    findings = []
    head, spaces = _phrase_head()
    for match in matches_from_words(text, _NOUN_RXS, head, _phrase_rx(), spaces):
        year_text = match["year0"] or match["year1"]
        if not year_text or (match["year0"] and match["year1"]):
            continue
        low, high = analysis.layout.sentence_bounds(match.start())
        national = "general" in match["mods"].lower() or _INTO_POWER_RX.search(text, low, high)
        if not national or _OTHER_VOTE_RX.search(text, low, high):
            continue
        named = _countries_named(analysis, low, high)
        if len(named) != 1 or not named <= party_countries()[match["party"]]:
            continue  # the party's country, named alone
        country = next(iter(named))
        if country not in series or _state_premier(match, country, text, low, high):
            continue
        year = int(year_text)
        month_word = match["month0"] or match["month1"]
        month = MONTHS[month_word.lower()] if month_word else None
        writing = analysis.writing_window(match.start())
        held = sorted((e for events in series[country].values() for e in events), key=lambda e: e.start.lo)
        if writing is None or date(year, month or 12, 28) >= writing.earliest:
            continue  # a date the writing has not passed
        if not held[0].start.lo.year <= year <= held[-1].start.lo.year:
            continue  # outside the span the series covers
        if any(_held_then(e, year, month) for e in held):
            continue
        findings.append(_finding(analysis, match, country, held, year, month_word))
    return findings


# Countries where a premier leads a state or province, the nation's leader being its prime
# minister: "Peter Malinauskas became premier after Labor's win in March 2022" (South Australia).
_STATE_PREMIERS = frozenset({"Australia", "Canada"})


def _state_premier(match: re.Match, country: str, text: str, low: int, high: int) -> bool:
    """Whether the only sign of a national vote is a premier taking office in a country whose
    premiers lead its states or provinces."""
    if country not in _STATE_PREMIERS or "general" in match["mods"].lower():
        return False
    cues = [m.group().lower() for m in _INTO_POWER_RX.finditer(text, low, high)]
    return bool(cues) and all(c.endswith("premier") for c in cues)


def _countries_named(analysis: ArticleAnalysis, low: int, high: int) -> set[str]:
    """The countries the sentence names by their own words or by their leaders, a leader by
    the whole run of capitalised words first ("Boris Johnson"), month names aside ("May")."""
    assert analysis.kb is not None
    kb = analysis.kb
    found: set[str] = set()
    for run in _CAPITALISED_RX.findall(analysis.text, low, high):
        words = [w for w in run.split() if w.lower().rstrip(".") not in MONTHS]
        if not words:
            continue
        for word in (" ".join(words), *words):
            country = kb.qualifiers.get(normalise(word))
            if country is not None:
                found.add(country)
        led = countries_led(kb, " ".join(words))
        found |= led or {c for w in words for c in countries_led(kb, w)}
    return found


def _held_then(event: Event, year: int, month: int | None) -> bool:
    if month is None:
        return event.start.lo.year <= year <= event.last_day.year
    first, last = date(year, month, 1), date(year + month // 12, month % 12 + 1, 1)
    return event.start.lo < last and first <= event.last_day


_POSSESSIVE = {True: "'", False: "'s"}


def _finding(
    analysis: ArticleAnalysis, match: re.Match, country: str, held: list[Event], year: int, month: str | None
) -> Finding:
    when = f"{month} {year}" if month else str(year)
    before = [e for e in held if e.start.lo.year <= year][-1:]
    after = [e for e in held if e.start.lo.year >= year][:1]
    nearest = before + after
    listed = "; ".join(e.describe() for e in nearest)
    owner = match["party"] + _POSSESSIVE[match["party"].endswith("s")]
    message = (
        f"{owner} {match['noun']} is told as a national election in {when}, but "
        f"{country} held none then: the nearest were {listed} (source: {nearest[0].source})."
    )
    start = match.start("party")
    return make_finding(
        "event-date",
        ERROR,
        analysis.text,
        start,
        match.end(),
        message,
        [e.evidence() for e in nearest],
        f"{normalise(country).replace(' ', '-')}-national-election-{when}",
        basis=f"{country}'s national elections, listed {held[0].start.lo.year}-{held[-1].start.lo.year}",
    )
