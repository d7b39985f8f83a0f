"""Rule event-date, free elections dated inside a dictatorship: "Communism would dominate
Poland until the free elections of 1979" (Poland's first partly free vote was in June 1989).

Some countries held no free national election for decades, from a regime's first rigged or
single-list vote to the vote that ended it (the spans below, from reference works). "The free
elections of" a year inside such a span misdates the vote that ended the regime. The
elections must be definite and held ("the free elections of 1979", "the 1979 free
elections"), not a demand or a promise ("Solidarity called for free elections in 1981"), and
the sentence must name one listed country and no other.
"""

from __future__ import annotations

import re

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import ERROR, Finding, make_finding
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase

# country -> (first year, last year) without a free national election, the first free one, source
UNFREE: dict[str, tuple[int, int, str, str]] = {
    "Poland": (
        1947,
        1988,
        "1989-06-04",
        "Wikipedia: 1947 Polish legislative election; 1989 Polish legislative election",
    ),
    "Hungary": (
        1949,
        1989,
        "1990-03-25",
        "Wikipedia: 1949 Hungarian parliamentary election; 1990 Hungarian parliamentary election",
    ),
    "Czechoslovakia": (
        1948,
        1989,
        "1990-06-08",
        "Wikipedia: 1948 and 1990 Czechoslovak parliamentary elections",
    ),
    "East Germany": (1950, 1989, "1990-03-18", "Wikipedia: 1950 and 1990 East German general elections"),
    "Romania": (1947, 1989, "1990-05-20", "Wikipedia: 1946 and 1990 Romanian general elections"),
    "Bulgaria": (
        1946,
        1989,
        "1990-06-10",
        "Wikipedia: 1946 and 1990 Bulgarian Constitutional Assembly elections",
    ),
    "Soviet Union": (1918, 1988, "1989-03-26", "Wikipedia: 1989 Soviet Union legislative election"),
    "Spain": (1939, 1976, "1977-06-15", "Wikipedia: 1977 Spanish general election"),
    "Portugal": (1926, 1974, "1975-04-25", "Wikipedia: 1975 Portuguese Constituent Assembly election"),
}
_KIND = r"(?:(?:parliamentary|national|general|legislative|multi-?party)\s+)?elections?"
_FREE = r"(?:first\s+)?(?:(?:partly|partially|semi)[- ])?(?:free|democratic)(?:\s+and\s+fair)?\s+"
# "[Tt]" first, its word boundary a lookbehind after it: the engine skips ahead to those
# letters instead of trying the pattern at every character.
_PHRASE_RX = re.compile(
    r"[Tt](?<!\w[Tt])he\s+(?:"
    + _FREE
    + _KIND
    + r"\s+(?:of|in)\s+(?P<year>1[89]\d\d)|(?P<year0>1[89]\d\d)\s+"
    + _FREE
    + _KIND
    + r")\b(?![-–]|\s+(?:to|and)\s+\d)"
)
# A demand, a promise or a plan: the elections need not have been held.
_NOT_HELD_RX = re.compile(  # right before the phrase
    r"\b(?:call\w*|demand\w*|push\w*|promis\w*|fight\w*|fought|pressur\w*|negotiat\w*|plan\w*|hope\w*"
    r"|struggl\w*|urg\w*|wanted|sought|seek\w*|allow\w*|agree\w*|pledg\w*)\s+(?:\w+\s+){0,2}\Z",
    re.IGNORECASE,
)
_CAPITALISED_RX = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")


def check_free_elections(analysis: ArticleAnalysis) -> list[Finding]:
    text, kb = analysis.text, analysis.kb
    if kb is None or "election" not in text or ("free" not in text and "democratic" not in text):
        return []  # every phrase holds "election" and "free" or "democratic"
    findings = []
    for match in _PHRASE_RX.finditer(text):
        year = int(match["year"] or match["year0"])
        low, high = analysis.layout.sentence_bounds(match.start())
        if _NOT_HELD_RX.search(text, max(low, match.start() - 40), match.start()):
            continue  # "Solidarity called for the free elections of 1981"
        countries = {_country(kb, w) for w in _CAPITALISED_RX.findall(text, low, match.start())} - {None}
        if len(countries) != 1:
            continue  # the country whose elections they are: the one named before, alone
        country = countries.pop()
        if country not in UNFREE:
            continue
        first, last, ended, source = UNFREE[country]
        if not first <= year <= last:
            continue
        message = (
            f"{country} held no free national election in {year}: none from {first} to {last}; "
            f"the first free one was on {ended} (source: {source})."
        )
        findings.append(
            make_finding(
                "event-date",
                ERROR,
                text,
                match.start(),
                match.end(),
                message,
                [{"kind": "calendar", "held": f"first free election: {ended}", "source": source}],
                f"{normalise(country).replace(' ', '-')}-free-elections-{year}",
                basis=f"{country} held no free election from {first} to {last}",
            )
        )
    return findings


# Countries of the past that the base's country words do not hold.
_FORMER = {
    "czechoslovakia": "Czechoslovakia",
    "czechoslovak": "Czechoslovakia",
    "east germany": "East Germany",
    "east german": "East Germany",
}


def _country(kb: KnowledgeBase, words: str) -> str | None:
    for key in (normalise(words), normalise(words.split()[0])):
        country = _FORMER.get(key) or kb.qualifiers.get(key)
        if country is not None:
            return country
    return None
