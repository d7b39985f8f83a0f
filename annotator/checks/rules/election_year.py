"""Rule event-date, scheduled events: a United States presidential election or inauguration
given a year in which there was none.

The United States elects its president every fourth year (years divisible by four, the
first Tuesday after the first Monday of November: 3 U.S.C. § 1) and inaugurates on
20 January of the year after (20th Amendment), unless a president dies or resigns (the
successions below). "The 2015 presidential election" about the United States is therefore
wrong whatever the knowledge base lists.

Many countries hold presidential elections in other years, so the year is judged only when
the text is about the United States: the phrase says so ("the 2015 U.S. presidential
election"), or its sentence names an American place, a president or vice president, or the
country itself, and the article names no other country at all. Anything less certain is
left alone.
"""

from __future__ import annotations

import re

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import ERROR, Finding, make_finding
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase

US = "United States"
_PHRASE_RX = re.compile(
    r"\b(?P<year>1[89]\d\d|20\d\d)\s+(?:(?P<us>U\.S\.|US|United\s+States|American)\s+)?"
    r"(?P<kind>presidential\s+election|(?:presidential\s+)?inauguration)\b"
    r"(?!\s+(?:in|of)\s+(?!the\s+United\s+States|America)[A-Z])",
)
_US_BEFORE_RX = re.compile(r"(?:America['’]s|U\.S\.|US|United\s+States['’])\s+(?:\w+\s+)?\Z")
_US_WORDS_RX = re.compile(r"\b(?:U\.S\.|USA|US|United States|America|American|White House|Congress)(?!\w)")
# "Russia's interference in the 2016 election": a country that meddles in an election is
# not the one holding it.
_INTERFERING_RX = re.compile(
    r"(?:['’]s|\s+s)?\s+(?:\w+\s+){0,2}?(?:interfer|meddl|attempts?\s+to\s+influence|hack|collu)",
    re.IGNORECASE,
)
_SENTENCE_END_RX = re.compile(r"[.!?](?=\s|$)")
_CAPITALISED_RX = re.compile(r"\b[A-Z][A-Za-z]+\b")
# Presidents sworn in outside the four-year schedule, on a predecessor's death or
# resignation (Wikipedia: United States presidential line of succession).
_SUCCESSION_YEARS = frozenset({1841, 1850, 1865, 1881, 1901, 1923, 1945, 1963, 1974})
# The states by name; Georgia is left out, being a country too.
_STATE_NAMES = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
    Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
    Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
    Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"""
US_STATES = frozenset(_STATE_NAMES.split()) | {
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
}
_US_PLACES_RX = re.compile(r"\b(?:" + "|".join(sorted(US_STATES, key=len, reverse=True)) + r")\b")
# International bodies named in news about any country: they say nothing about whose
# election it is.
_NOT_COUNTRIES = frozenset(
    {
        "NATO",
        "United Nations",
        "World Bank",
        "International Monetary Fund",
        "World Health Organization",
        "World Trade Organization",
        "International Court of Justice",
    }
)


def scheduled(year: int, kind: str) -> bool:
    """Whether the United States held that kind of event in that year."""
    if kind.endswith("election"):
        return year % 4 == 0 and year >= 1792
    return year % 4 == 1 and year >= 1793 or year in _SUCCESSION_YEARS


def check_election_years(analysis: ArticleAnalysis) -> list[Finding]:
    text = analysis.text
    if "presidential election" not in text and "inauguration" not in text:
        return []
    findings = []
    for match in _PHRASE_RX.finditer(text):
        year, kind = int(match["year"]), " ".join(match["kind"].split())
        if scheduled(year, kind) or not _about_the_united_states(analysis, match):
            continue
        what = "presidential elections" if kind.endswith("election") else "inaugurations"
        nearest = [y for y in range(year - 4, year + 5) if scheduled(y, kind)]
        message = (
            f"No United States presidential {kind.split()[-1]} was held in {year}: "
            f"{what} fall in {' and '.join(str(y) for y in nearest[:2] if y != year)} "
            "(source: 3 U.S.C. § 1; 20th Amendment to the United States Constitution)."
        )
        findings.append(
            make_finding(
                "event-date",
                ERROR,
                text,
                match.start(),
                match.end(),
                message,
                [{"kind": "schedule", "source": "3 U.S.C. § 1; 20th Amendment", "year": year}],
                f"us-{kind.split()[-1]}-{year}",
                basis="the sentence and the article speak of the United States",
            )
        )
    return findings


def _about_the_united_states(analysis: ArticleAnalysis, match: re.Match) -> bool:
    text, kb = analysis.text, analysis.kb
    if match["us"] or _US_BEFORE_RX.search(text, max(0, match.start() - 30), match.start()):
        return True
    if _other_country(text, kb):
        return False
    start = max((m.end() for m in _SENTENCE_END_RX.finditer(text, 0, match.start())), default=0)
    after = _SENTENCE_END_RX.search(text, match.end())
    sentence = text[start : after.start() if after else len(text)]
    if _US_PLACES_RX.search(sentence) or _US_WORDS_RX.search(sentence):
        return True
    return any(_us_leader(kb, word) for word in _CAPITALISED_RX.findall(sentence))


def _us_leader(kb: KnowledgeBase, word: str) -> bool:
    """A surname of a president or vice president of the United States."""
    hit = kb.name_table().get(normalise(word))
    if not hit:
        return False
    return any(
        t.organisation == US and t.titles and t.titles[0] in ("president", "vice president")
        for p in kb.find_people(word)
        for t in p.terms
    )


def _other_country(text: str, kb: KnowledgeBase) -> bool:
    """Whether the article names a country other than the United States."""
    pattern = kb.cached("other_country_words", lambda: _country_words(kb))
    return any(
        m.group()[0].isupper() and not _INTERFERING_RX.match(text, m.end()) for m in pattern.finditer(text)
    )


def _country_words(kb: KnowledgeBase) -> re.Pattern[str]:
    words = [
        key
        for key, place in kb.qualifiers.items()
        if place != US and place not in _NOT_COUNTRIES and place not in US_STATES
    ]
    parts = sorted((r"[\W_]+".join(map(re.escape, w.split())) for w in words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)
