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
from annotator.checks.kb.facts import INTERNATIONAL_BODIES
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase
from annotator.checks.kb.us_states import US_PLACES, US_PLACES_RX
from annotator.temporal.anchoring import lowered_text

US = "United States"
_PHRASE_RX = re.compile(
    r"\b(?P<year>1[89]\d\d|20\d\d)\s+(?:(?P<us>U\.S\.|US|United\s+States|American)\s+)?"
    r"(?P<kind>presidential\s+election|(?:presidential\s+)?inauguration)\b"
    r"(?!\s+(?:in|of)\s+(?!the\s+United\s+States|America)[A-Z])",
)
# "Russia's interference in the 2016 election": what a foreign power meddles in is a
# national election, held in the United States in even years.
_MEDDLED_RX = re.compile(
    r"\b(?:interfer\w*|meddl\w*|influenc\w*|hack\w*|tamper\w*)\s+(?:(?:in|with|on|into)\s+)?"
    r"(?:the|our|America['’]s)\s+(?P<year>1[89]\d\d|20\d\d)\s+(?P<us>U\.S\.\s+|US\s+)?(?P<pres>presidential\s+)?"
    r"elections?\b",
    re.IGNORECASE,
)
_US_BEFORE_RX = re.compile(r"(?:America['’]s|U\.S\.|US|United\s+States['’])\s+(?:\w+\s+)?\Z")
_US_WORDS_RX = re.compile(
    r"\b(?:U\.S\.|USA|US|United States|America|American|White House|Congress|[Cc]ongressional|GOP|RNC|DNC|FBI"
    r"|CIA|Electoral College|Capitol Hill|Pentagon)(?!\w)"
)
# "Russia's interference in the 2016 election": a country that meddles in an election is
# not the one holding it.
_INTERFERING_RX = re.compile(
    r"(?:['’]s|\s+s)?\s+(?:\w+\s+){0,2}?(?:interfer|meddl|attempts?\s+to\s+influence|hack|collu)",
    re.IGNORECASE,
)
_CAPITALISED_RX = re.compile(r"\b[A-Z][A-Za-z]+\b")
# Presidents sworn in outside the four-year schedule, on a predecessor's death or
# resignation (Wikipedia: United States presidential line of succession).
_SUCCESSION_YEARS = frozenset({1841, 1850, 1865, 1881, 1901, 1923, 1945, 1963, 1974})
# The first titles of the offices that lead a country.
_HEADS = frozenset(
    {"president", "prime minister", "chancellor", "premier", "king", "queen", "emir", "monarch"}
)
# International bodies named in news about any country say nothing about whose election it
# is; a region's (the EU, the Council of Europe, the OSCE, the Arab Parliament) still tells
# that the text looks beyond the United States.
_NOT_COUNTRIES = INTERNATIONAL_BODIES - {
    "European Union",
    "Council of Europe",
    "Organization for Security and Co-operation in Europe",
    "Arab Parliament",
}


# kind -> (what it is called, the law that schedules it)
_KINDS = {
    "presidential election": ("presidential election", "3 U.S.C. § 1"),
    "inauguration": ("presidential inauguration", "20th Amendment to the United States Constitution"),
    "federal election": ("federal election", "2 U.S.C. § 7 (Congress is elected in even years)"),
}


def scheduled(year: int, kind: str) -> bool:
    """Whether the United States held that kind of event in that year."""
    if kind == "presidential election":
        return year % 4 == 0 and year >= 1792
    if kind == "federal election":
        return year % 2 == 0 and year >= 1790
    return year % 4 == 1 and year >= 1793 or year in _SUCCESSION_YEARS


def check_election_years(analysis: ArticleAnalysis) -> list[Finding]:
    text = analysis.text
    if "election" not in text and "inauguration" not in text:
        return []
    findings = []
    for match in _phrases(text):
        year = int(match["year"])
        if match.re is _MEDDLED_RX:
            kind = "presidential election" if match["pres"] else "federal election"
        else:
            kind = " ".join(match["kind"].split()[-1:])
            kind = "presidential election" if kind == "election" else kind
        if scheduled(year, kind) or not _about_the_united_states(analysis, match):
            continue
        label, law = _KINDS[kind]
        before = next(y for y in range(year - 1, year - 5, -1) if scheduled(y, kind))
        after = next(y for y in range(year + 1, year + 5) if scheduled(y, kind))
        message = (
            f"No United States {label} was held in {year}: the nearest were in {before} and "
            f"{after} (source: {law})."
        )
        findings.append(
            make_finding(
                "event-date",
                ERROR,
                text,
                match.start("year"),
                match.end(),
                message,
                [{"kind": "calendar", "held": f"{label}s: {before}, {after}", "source": law}],
                f"us-{kind.replace(' ', '-')}-{year}",
                basis="the sentence and the article speak of the United States",
            )
        )
    return findings


def _phrases(text: str) -> list[re.Match]:
    """The dated election and inauguration phrases, looked for only around those words."""
    found: dict[int, re.Match] = {}
    lowered = lowered_text(text)
    for noun in ("election", "inauguration"):
        at = text.find(noun)
        while at >= 0:
            low, high = max(0, at - 90), at + len(noun) + 60
            for pattern in (_PHRASE_RX, _MEDDLED_RX):
                if not _may_match(text, lowered, pattern, low, high):
                    continue
                match = pattern.search(text, low, high)
                if match is not None and match.start() <= at < match.end():
                    found[match.start("year")] = match  # one phrase a year: the meddled one
            at = text.find(noun, at + 1)
    return [found[at] for at in sorted(found)]


# The words every match of each pattern holds: _PHRASE_RX's as written, _MEDDLED_RX's (which
# ignores case) as lower-cased.
_PHRASE_WORDS = ("presidential", "inauguration")
_MEDDLED_WORDS = ("interfer", "meddl", "influenc", "hack", "tamper")


def _may_match(text: str, lowered: str | None, pattern: re.Pattern[str], low: int, high: int) -> bool:
    """Whether text[low:high] holds a word every match of the pattern holds (a cheap look
    before the search, which tries the pattern at every character)."""
    if pattern is _PHRASE_RX:
        return any(text.find(word, low, high) >= 0 for word in _PHRASE_WORDS)
    return lowered is None or any(lowered.find(word, low, high) >= 0 for word in _MEDDLED_WORDS)


def _about_the_united_states(analysis: ArticleAnalysis, match: re.Match) -> bool:
    text, kb = analysis.text, analysis.kb
    if match["us"] or _US_BEFORE_RX.search(text, max(0, match.start() - 30), match.start()):
        return True
    if _other_country(text, kb, _meddler(text, kb, match) if match.re is _MEDDLED_RX else None):
        return False
    start, end = analysis.layout.sentence_bounds(match.start())
    sentence = text[start:end]
    if US_PLACES_RX.search(sentence) or _US_WORDS_RX.search(sentence):
        return True
    return any(_us_leader(kb, word) for word in _CAPITALISED_RX.findall(sentence))


def _leaders(kb: KnowledgeBase, word: str) -> set[str]:
    """The countries whose head of state or government (or US vice president) a name or
    surname may denote."""
    return {
        t.organisation
        for p in kb.people_named(word)
        for t in p.terms
        if t.titles and (t.titles[0] in _HEADS or t.organisation == US and t.titles[0] == "vice president")
    }


def countries_led(kb: KnowledgeBase, word: str) -> set[str]:
    """The countries whose head of state or government a name or surname may denote."""
    return _leaders(kb, word)


def _us_leader(kb: KnowledgeBase, word: str) -> bool:
    return US in _leaders(kb, word)


def _foreign_leader(kb: KnowledgeBase, word: str) -> bool:
    """A name that denotes another country's leader and no American one ("Putin")."""
    leaders = _leaders(kb, word)
    return bool(leaders) and US not in leaders


# "Russia s meddling in our 2016 presidential election": the country that meddles.
_MEDDLER_RX = re.compile(r"\b(?P<country>[A-Z][a-z]+)(?:['’]s|\s+s)?\s+(?:\w+\s+){0,2}?\Z")


def _meddler(text: str, kb: KnowledgeBase, match: re.Match) -> str | None:
    """The country named just before the meddling in an election ("Russia's meddling in"), if any."""
    found = _MEDDLER_RX.search(text, max(0, match.start() - 60), match.start())
    return kb.qualifiers.get(normalise(found["country"])) if found else None


def _other_country(text: str, kb: KnowledgeBase, meddler: str | None = None) -> bool:
    """Whether the article names a country other than the United States, or another
    country's leader; the country that meddled in the election ("Russian diplomats") aside."""
    pattern = kb.cached("other_country_words", lambda: _country_words(kb))
    for match in pattern.finditer(text):
        if meddler is not None and kb.qualifiers.get(normalise(match.group())) == meddler:
            continue
        if match.group()[0].isupper() and not _INTERFERING_RX.match(text, match.end()):
            return True
    names = {m.group() for m in _CAPITALISED_RX.finditer(text)}
    return any(_foreign_leader(kb, name) for name in names)


def _country_words(kb: KnowledgeBase) -> re.Pattern[str]:
    words = [
        key
        for key, place in kb.qualifiers.items()
        if place != US and place not in _NOT_COUNTRIES and place not in US_PLACES
    ]
    parts = sorted((r"[\W_]+".join(map(re.escape, w.split())) for w in words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)
