"""Rule event-date, what US intelligence found about Russian interference: "17 agencies,
including the FBI and CIA, agree that Russia interfered with the 2012 election".

The US intelligence community has published its findings of Russian interference election
by election (the years below); a sentence that credits such a finding (an agency, the
intelligence community, the special counsel, with a verb of finding) to an election of
another year misdates it. Only Russia's interference in "the"/"our" election is read, in a
sentence naming no country but Russia and the United States; an election placed elsewhere
("the 2014 election in Ukraine", or a country named in the sentence before) and a year the
writing has not passed are left alone.
"""

from __future__ import annotations

import re

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import ERROR, Finding, make_finding
from annotator.checks.kb.folding import normalise

# The US elections of each published finding of Russian interference.
ASSESSED = {
    2016: "ODNI, Assessing Russian Activities and Intentions in Recent US Elections (2017-01-06)",
    2018: "DNI statement on the 2018 midterm elections (2018-12-21); Executive Order 13848",
    2020: "ODNI, Foreign Threats to the 2020 US Federal Elections (2021-03-10)",
    2022: "ODNI, Foreign Threats to the 2022 US Elections (declassified 2023-12-18)",
    2024: "ODNI, FBI and CISA joint statements on the 2024 election (2024-10/11)",
}
KNOWN_UNTIL = 2025
_FINDERS_RX = re.compile(
    r"\b(?:FBI|CIA|NSA|ODNI|DNI|(?:\d+|seventeen)\s+(?:US\s+|U\.S\.\s+)?(?:intelligence\s+)?agencies"
    r"|intelligence\s+(?:agencies|community|officials|services|report|assessment)|special\s+counsel"
    r"|Mueller)\b",
)
_FOUND_RX = re.compile(
    r"\b(?:agree[ds]?|concluded?|conclusion|found|find|assess(?:ed|es|ment)|determined|confirmed?|say|says"
    r"|said|report(?:ed|s)?|believe[sd]?)\b",
    re.IGNORECASE,
)
_CLAIM_RX = re.compile(
    r"\bRussi(?:a|an|ans)(?:['’]s)?\s+(?:government\s+|hackers\s+|operatives\s+)?"
    r"(?P<verb>interfered|meddled|hacked|tampered|interference|meddling)\s+(?:(?:with|in|into)\s+)?"
    r"(?:the|our)\s+(?P<year>(?:199[2-9]|20[0-4]\d))\s+(?:(?:U\.S\.|US|presidential|general|federal)\s+)?"
    r"[Ee]lections?\b(?!\s+(?:in|of)\s+[A-Z])",
)
_CAPITALISED_RX = re.compile(r"\b[A-Z][a-z]+\b")
_US_RX = re.compile(r"\b(?:U\.S\.|US|United\s+States|American?)(?![\w.])")
_HOSTS = frozenset({"United States", "Russia"})


def check_interference_findings(analysis: ArticleAnalysis) -> list[Finding]:
    text, kb = analysis.text, analysis.kb
    if kb is None or "Russia" not in text:
        return []
    findings = []
    for match in _CLAIM_RX.finditer(text):
        year = int(match["year"])
        writing = analysis.writing_window(match.start())
        if year in ASSESSED or writing is None or year >= min(writing.earliest.year, KNOWN_UNTIL + 1):
            continue
        low, high = analysis.layout.sentence_bounds(match.start())
        before = text[low : match.start()]
        if not (_FINDERS_RX.search(before) and _FOUND_RX.search(before)):
            continue  # no finding of the intelligence community is credited
        # The sentence before may place the election ("Britain said Russian actors tried to
        # interfere in its 2019 election. The intelligence services concluded that Russia
        # meddled in the 2019 general election"): the country is the passage's, unless the
        # sentence names the United States itself.
        countries = _countries(analysis, low, high)
        if low > 0 and not _US_RX.search(text, low, high):
            countries |= _countries(analysis, analysis.layout.sentence_bounds(low - 1)[0], low)
        if countries - {None} - _HOSTS:
            continue  # another country's election may be meant
        nearest = min(ASSESSED, key=lambda y: (abs(y - year), y))
        message = (
            f"US intelligence found Russian interference in the elections of "
            f"{', '.join(str(y) for y in ASSESSED)}, not in {year}: the nearest finding is about "
            f"{nearest} (source: {ASSESSED[nearest]})."
        )
        findings.append(
            make_finding(
                "event-date",
                ERROR,
                text,
                match.start("year"),
                match.end(),
                message,
                [{"kind": "finding", "election": str(nearest), "source": ASSESSED[nearest]}],
                f"russian-interference-{year}",
                basis="the US intelligence community's published findings, election by election",
            )
        )
    return findings


def _countries(analysis: ArticleAnalysis, start: int, end: int) -> set[str | None]:
    """The countries the capitalised words of text[start:end] name."""
    kb = analysis.kb
    assert kb is not None
    return {kb.qualifiers.get(normalise(w)) for w in _CAPITALISED_RX.findall(analysis.text, start, end)}
