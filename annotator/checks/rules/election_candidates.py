"""Rule event-date, people told as candidates: "Chris Christie was defeated while running
in the 2012 election", "he backed Trump during the 2012 election", "Trump's 2012
presidential campaign", for a person who stood in no election that year.

``resources/kb/curated/candidates.csv`` lists, for a few politicians, every year in which
they stood in a public election of any kind (primaries included), from their electoral
histories. A year absent from such a list is one in which the person was no candidate, so a
clause that makes them one is wrong. Only the candidate is judged: the clause's subject with
a verb of standing ("ran", "was defeated", "campaigned on"), the one a supporter backs, or
the owner of a campaign. Whoever acts on a candidate ("Trump endorsed Romney in the 2012
election") is not one. Sentences of conditions, guesses or plans ("had he run in 2012",
"considered running") and denials ("did not run") are left alone, as are years after the
list was last checked.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.literal_search import matches_at, matches_from_words
from annotator.checks.findings import ERROR, Finding, make_finding
from annotator.checks.kb.model import kb_dir

KNOWN_UNTIL = 2025  # the last year the lists were checked against their sources


@dataclass(frozen=True)
class Candidate:
    """A politician and every year they stood in an election."""

    name: str
    elections: frozenset[int]
    source: str


@lru_cache(maxsize=1)
def candidates() -> dict[str, Candidate]:
    """Every name and alias of the listed politicians, to the politician."""
    found: dict[str, Candidate] = {}
    with (kb_dir() / "curated" / "candidates.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            years = frozenset(int(y) for y in row["elections"].split("|"))
            person = Candidate(row["person"], years, row["source"])
            for name in (row["person"], *filter(None, row["aliases"].split("|"))):
                found[name] = person
    return found


_YEAR = r"(?P<year>19[6-9]\d|20[0-4]\d)"


def _opening(first: str) -> str:
    """A pattern's first character (a word character, or a class of them) with the word
    boundary before it written as a lookbehind after it: the same matches as ``\\b`` first,
    and the regex engine, knowing what a match starts with, skips ahead to those characters
    instead of trying the whole pattern at every character of the article."""
    return rf"{first}(?<!\w{first})"


def _name_opening(first: str) -> str:
    return _opening(first) if re.match(r"\w", first) else r"\b" + re.escape(first)


# _YEAR at the start of a pattern, so opened.
_OPENING_YEAR = "(?P<year>" + _opening("1") + r"9[6-9]\d|" + _opening("2") + r"0[0-4]\d)"
# "the 2012 election", "the 2012 presidential election cycle", "the 2016 GOP primaries"
_ELECTION_KIND = (
    r"\s+(?:(?:U\.S\.|US|American|presidential|general|Republican"
    r"|Democratic|GOP|primary|national)\s+){0,3}(?:[Ee]lections?|[Rr]ace|[Pp]rimar(?:y|ies))(?:\s+cycle)?"
)
_ELECTION = r"(?P<election>(?:the|that)\s+" + _YEAR + _ELECTION_KIND + r")\b"
# The year of every _ELECTION, each searched for alone (a literal the engine skips ahead on):
# a text without one holds no match of the patterns that name an election so.
_ELECTION_YEAR_RXS = tuple(
    re.compile(year + "(?=" + _ELECTION_KIND + r"\b)") for year in (r"19[6-9]\d", r"20[0-4]\d")
)
_GAP = r"(?:[\w'’-]+\s+){0,6}?"  # words of one clause: no comma, colon or stop between
# Verbs that make their subject a candidate, each with what may follow it before the
# election: "ran for president in", "was defeated while running as a Republican candidate
# in", "campaigned on cutting taxes in".
_STANDING = (
    r"(?P<verb>(?:ran|stood)(?:\s+(?:again|unsuccessfully|for\s+(?:president|office|re-?election"
    r"|(?:the\s+)?(?:White\s+House|Senate|presidency|governor(?:ship)?|Congress|nomination))|as\s+"
    + _GAP
    + r"(?:candidate|nominee|independent|Republican|Democrat)))?"
    r"|(?:was|were)\s+(?:a\s+|the\s+\w+\s+)?(?:candidate|nominee)"
    r"|(?:was|were)\s+defeated(?:\s+while\s+running\s+as\s+" + _GAP + r"(?:candidate|nominee))?"
    r"|(?:campaigned|ran)\s+on(?:\s+[\w'’-]+){1,8}?)"
)
_NAME = r"(?P<name>{names})(?![\w.]|\s+(?:Jr|Sr|[A-Z]))"
# "Chris Christie was defeated while running as a Republican candidate in the 2012 election"
_SUBJECT_FIRST = _NAME + r"\s+(?:and\s+(?:other\s+)?\w+\s+)?" + _STANDING + r"\s+(?:in|during)\s+" + _ELECTION
# "In the 2012 election, Donald Trump and other Republicans campaigned on ..."
_ELECTION_FIRST = (
    "(?:"
    + _opening("[Ii]")
    + "n|"
    + _opening("[Dd]")
    + r"uring)\s+"
    + _ELECTION
    + r",\s+"
    + _NAME
    + r"\s+(?:and\s+(?:other\s+)?\w+\s+)?"
    + _STANDING
)
# Its part before the election's year, found from the year (far rarer than an "in").
_ELECTION_FIRST_HEAD_RX = re.compile(
    "(?:" + _opening("[Ii]") + "n|" + _opening("[Dd]") + r"uring)\s+(?:the|that)\s+\Z"
)
# "he backed Trump during the 2012 election": the one backed stands.
_BACKING = ("backed", "endorsed", "supported", r"voted\s+for", r"campaigned\s+for", r"rooted\s+for")
# Each verb searched for alone, a literal the engine skips ahead on: a match begins at one.
_BACKING_RXS = tuple(re.compile(verb) for verb in _BACKING)
_BACKED = (
    "(?:"
    + "|".join(_opening(verb[0]) + verb[1:] for verb in _BACKING)
    + r")\s+"
    + _NAME
    + r"\s+(?:in|during)\s+"
    + _ELECTION
)
# "Trump spent his campaign funding ... during the 2012 election cycle": the campaign of
# the one who spends or runs it.
_OWN_CAMPAIGN = (
    _NAME
    + r"\s+(?:spent|used|poured|funnell?ed|launched|ran|financed|self-funded|kicked\s+off|suspended)\s+"
    + _GAP
    + r"(?:his|her)\s+(?:own\s+)?(?:presidential\s+|election\s+)?campaign(?:['’]s)?\s+"
    + _GAP
    + r"(?:in|during)\s+"
    + _ELECTION
)
# "Trump's 2012 presidential campaign": run in the election's year or the one before.
_OWNED_CAMPAIGN = (
    _NAME
    + r"['’]s\s+"
    + _YEAR
    + r"\s+(?P<election>(?:presidential|Senate|gubernatorial|re-?election|election)\s+"
    r"(?P<campaign>campaign|bid|run))\b"
)
# "Trump ran for president in 2012": a race's year may be its campaign's, the vote's year
# before.
_RAN_IN_YEAR = (
    _NAME + r"\s+(?:also\s+|unsuccessfully\s+|again\s+|first\s+)?(?:ran|stood)\s+for\s+"
    r"(?:president|the\s+presidency|the\s+White\s+House|governor|the\s+Senate|Congress|office|re-?election)\s+(?P<campaign>in\s+"
    + _YEAR
    + r")\b(?!\s*(?:[-–]|and\b|or\b))"
)
# "2012 Republican nominee Donald Trump", "Trump, the 2012 Republican nominee": a nominee
# of that year's vote; a hopeful or a candidate may be named in the campaign's year before.
_PARTY_ROLE = (
    r"(?:(?:Republican|Democratic|GOP|Democrat|presidential|vice[- ]presidential|Libertarian|Senate"
    r"|gubernatorial)\s+){1,2}(?:(?P<nominee>nominee)|(?P<campaign>candidate|hopeful|contender))(?![\w'’])"
)
# Neither across a comma before the name nor with a name after the role: in a list ("Mitt
# Romney, the 2012 Republican nominee, Donald Trump and ...") the role may be another's.
_ROLE_BEFORE = r"(?P<election>" + _OPENING_YEAR + r"\s+" + _PARTY_ROLE + r")\s+" + _NAME
_ROLE_AFTER = _NAME + r",\s+(?:the\s+)?(?P<election>" + _YEAR + r"\s+" + _PARTY_ROLE + r")(?!,?\s+[A-Z])"
# A condition, a guess, a plan or a denial: nothing is told of what happened.
_NOT_TOLD_RX = re.compile(
    r"\b(?:if|unless|whether|would|could|might|may|should|not|never|n['’]t|considered|mulled|weighed"
    r"|planned|plans|hoped|wanted|expected|rumou?red|speculat\w*|explored|declined|refused|instead"
    r"|possible|potential|would-be|prospective|hypothetical)\b"
    r"|\b[Hh]ad\s+(?:he|she)\b|\?",
)


@lru_cache(maxsize=1)
def _alternation() -> str:
    """Every listed name and alias, longest first, as the patterns' {names}."""
    names = sorted(candidates(), key=len, reverse=True)
    # Grouped by first letter, each group in the order above: names of different first
    # letters never match at one place, so the alternation matches as the plain one would.
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(re.escape(name[1:]).replace(r"\ ", r"\s+"))
    return (
        "(?:"
        + "|".join(f"{_name_opening(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())
        + ")"
    )


@lru_cache(maxsize=1)
def _names_rx() -> re.Pattern[str]:
    return re.compile(_alternation())


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    alternation = _alternation()
    return tuple(
        re.compile(p.replace("{names}", alternation))
        for p in (
            _SUBJECT_FIRST,
            _ELECTION_FIRST,
            _BACKED,
            _OWN_CAMPAIGN,
            _OWNED_CAMPAIGN,
            _RAN_IN_YEAR,
            _ROLE_BEFORE,
            _ROLE_AFTER,
        )
    )


# A word before a surname that makes it another person's ("Ivanka Trump", "Michelle Obama"),
# titles and first names aside.
_OTHER_PERSON_RX = re.compile(r"\b(?P<word>[A-Z][a-z]+)\s+\Z")
_TITLES = frozenset(
    {"President", "Senator", "Sen", "Governor", "Gov", "Mr", "Mrs", "Ms", "Candidate", "Vice", "Rep"}
)


_HINTS = ("lection", "ampaign", "rimar", "nominee", "candidate", "hopeful", "contender", " for ")
# Every pattern holds a year of _YEAR's: a text without one is not searched.
_ANY_YEAR_RX = re.compile(r"19[6-9]\d|20[0-4]\d")


def check_candidacies(analysis: ArticleAnalysis) -> list[Finding]:
    text = analysis.text
    if not any(word in text for word in _HINTS) or _ANY_YEAR_RX.search(text) is None:
        return []
    findings: list[Finding] = []
    seen: set[int] = set()
    for match in _matches(text):
        finding = _judge(analysis, match)
        if finding is not None and finding.start not in seen:
            seen.add(finding.start)
            findings.append(finding)
    return findings


# Every role of _PARTY_ROLE ends in one of these words: a text without any holds no match of
# _ROLE_BEFORE or _ROLE_AFTER.
_ROLE_WORDS = ("nominee", "candidate", "hopeful", "contender")
# The patterns that open with a name (_SUBJECT_FIRST, _OWN_CAMPAIGN, _OWNED_CAMPAIGN,
# _RAN_IN_YEAR, _ROLE_AFTER), tried only where a name's first word stands.
_NAME_FIRST = frozenset((0, 3, 4, 5, 7))


def _name_starts(text: str) -> list[int]:
    """Every place a listed name begins, those inside another's words too ("Bush" in "George
    W. Bush"): a pattern that opens with a name can match nowhere else."""
    names = _names_rx()
    starts = []
    found = names.search(text)
    while found is not None:
        starts.append(found.start())
        found = names.search(text, found.start() + 1)
    return starts


def _matches(text: str) -> list[re.Match]:
    """Every pattern's matches, pattern by pattern, as their finditer gives them."""
    patterns = _patterns()
    elections = any(rx.search(text) for rx in _ELECTION_YEAR_RXS)
    roles = any(word in text for word in _ROLE_WORDS)
    names: list[int] | None = None  # where a name may begin, found on first need
    found: list[re.Match] = []
    for index, pattern in enumerate(patterns):
        if index < 4 and not elections:
            continue  # _SUBJECT_FIRST, _ELECTION_FIRST, _BACKED and _OWN_CAMPAIGN name one
        if index >= 6 and not roles:
            continue
        if index == 1:  # _ELECTION_FIRST, from the election's year
            found += matches_from_words(text, _ELECTION_YEAR_RXS, _ELECTION_FIRST_HEAD_RX, pattern, 2)
        elif index == 2:  # _BACKED, from its verbs
            found += matches_at(text, (m.start() for rx in _BACKING_RXS for m in rx.finditer(text)), pattern)
        elif index in _NAME_FIRST:
            if names is None:
                names = _name_starts(text)
            found += matches_at(text, names, pattern)
        else:
            found += pattern.finditer(text)
    return found


def _judge(analysis: ArticleAnalysis, match: re.Match) -> Finding | None:
    text = analysis.text
    person = candidates()[_alias(match["name"])]
    campaign_year = match.groupdict().get("campaign") is not None
    year = int(match["year"])
    writing = analysis.writing_window(match.start())
    if writing is None or year > min(writing.latest.year, KNOWN_UNTIL):
        return None  # a year to come, or one the list was not checked for
    if year in person.elections or (campaign_year and year + 1 in person.elections):
        return None  # "Christie's 2015 presidential campaign" was for the 2016 vote
    if _another_person(text, match, person):
        return None  # "Ivanka Trump", "Michelle Obama": another person of the name
    low, high = analysis.layout.sentence_bounds(match.start())
    if _NOT_TOLD_RX.search(text, low, high):
        return None
    groups = match.groupdict()
    if _campaigned_across(groups) or _campaigned_in_office(analysis, match, person, year):
        return None  # "Trump campaigned on immigration in the 2018 elections": for the party
    start, end = (
        match.span("election") if groups.get("election") else (match.start("year"), match.end("year"))
    )
    if campaign_year and groups.get("election"):
        start = match.start("year")
    listed = ", ".join(str(y) for y in sorted(person.elections))
    message = (
        f"The sentence makes {person.name} a candidate in {year}, but {person.name} stood in "
        f"no election that year: only in {listed} (source: {person.source})."
    )
    return make_finding(
        "event-date",
        ERROR,
        text,
        start,
        end,
        message,
        [{"kind": "candidacies", "person": person.name, "elections": listed, "source": person.source}],
        f"candidate-{person.name.lower().replace(' ', '-')}-{year}",
        basis="every election the person stood in, listed",
    )


def _campaigned_across(groups: dict[str, str | None]) -> bool:
    """Whether a theme is campaigned on across many contests ("campaigned on immigration in
    the 2018 elections", "in the 2010 primaries"): a party's leader or a president does so for
    the party's candidates in a year of no race of their own, while running on a theme or
    campaigning on it in one election ("in the 2012 election") is standing in it."""
    verb, election = groups.get("verb") or "", groups.get("election") or ""
    return (
        verb.startswith("campaigned") and re.search(r"(?:[Ee]lections|[Pp]rimaries)$", election) is not None
    )


# The offices whose holder leads a party's campaign in the years of races not their own.
_PARTY_LEADING_OFFICES = ("President of the United States", "Vice President of the United States")


def _campaigned_in_office(analysis: ArticleAnalysis, match: re.Match, person: Candidate, year: int) -> bool:
    """Whether the one who "campaigned on" a theme had held the presidency or vice presidency
    by that year, or the one whose campaign it was held it that year: a sitting or former
    president campaigns in the midterms for the party's candidates ("Trump campaigned on
    immigration in the 2018 election", "Obama campaigned on protecting democracy in the 2022
    election"), and a sitting one's campaign in such a year is the one for re-election
    ("Trump spent his campaign's money on rallies during the 2018 election cycle")."""
    kb = analysis.kb
    verb = match.groupdict().get("verb") or ""
    campaigned = verb.startswith("campaigned")
    own_campaign = not verb and "campaign" in match.group()
    if kb is None or not (campaigned or own_campaign):
        return False
    for known in kb.people_named(person.name):
        for term in known.terms:
            ended = term.end.hi.year if term.end is not None else year
            if term.office in _PARTY_LEADING_OFFICES and term.start.lo.year <= year <= (
                year if campaigned else ended
            ):
                return True
    return False


def _another_person(text: str, match: re.Match, person: Candidate) -> bool:
    """Whether a surname has a first name before it that is not the listed person's."""
    before = _OTHER_PERSON_RX.search(text, max(0, match.start("name") - 20), match.start("name"))
    if before is None or " " in match["name"] or before["word"] in _TITLES:
        return False
    return not any(n.startswith(before["word"] + " ") for n, p in candidates().items() if p is person)


def _alias(found: str) -> str:
    return " ".join(found.split())
