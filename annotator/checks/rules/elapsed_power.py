"""Rule elapsed-time, for counts measured from a person's time in office: "Bill Clinton was
president four decades ago", "Thatcher came to power 40 years ago", "the revolution that
brought Castro to power 52 years ago".

The knowledge base holds each person's terms, so the count is judged against them:

- "X was president N years ago": that many years before the date written must fall in one
  of X's terms with that title;
- "X came to power / took office / became prime minister N years ago", "brought X to
  power N years ago": one of X's terms (of that title, or any leader's term for "power")
  must begin that many years before the date written.

A name that several known people bear ("Castro") is judged only when every one of them
who led a country contradicts the count; "wasn't even a senator 17 years ago" is no claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import WARNING, DateWindow, Finding, make_finding
from annotator.checks.kb.facts import Person, Term
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase
from annotator.checks.rules.elapsed_anchors import leads_country
from annotator.checks.rules.elapsed_phrases import (
    NUMBER,
    QUALIFIER,
    UNIT,
    UNIT_DAYS,
    accepted_years,
    phrase_amount,
)
from annotator.checks.rules.elapsed_time import ELAPSED_RULE

# Titles a count of years in office is told with; each a title the base's terms carry.
_TITLES = (
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "governor",
    "senator",
    "mayor",
    "secretary of state",
    "vice president",
    "king",
    "queen",
    "pope",
)
_TITLE = "(?:" + "|".join(sorted(_TITLES, key=len, reverse=True)).replace(" ", r"\s+") + ")"
_NAME = r"(?P<name>(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,2})"
_COUNT_AGO = rf"\s+{QUALIFIER}{NUMBER}\s+{UNIT}\s+ago\b"
_POWER = (
    r"(?:came|rose|swept|returned)\s+to\s+power|(?:took|seized|assumed)\s+power"
    r"|(?:took|assumed|entered)\s+office"
)
_CLAIM_RX = re.compile(
    _NAME
    + r"\s+(?:"
    + rf"was\s+(?:the\s+|a\s+)?(?P<held>{_TITLE})"
    + r"|(?:became|was\s+elected|was\s+sworn\s+in\s+as|was\s+inaugurated\s+as)\s+"
    + rf"(?:the\s+)?(?P<became>{_TITLE})"
    + rf"|(?P<power>{_POWER})"
    + r")"
    + _COUNT_AGO,
    re.IGNORECASE,
)
_BROUGHT_RX = re.compile(
    r"\b(?:brought|swept|put|carried)\s+" + _NAME + r"\s+to\s+power" + _COUNT_AGO, re.IGNORECASE
)
# "took office two years ago as mayor": the office the count is told of, named after it.
_AS_TITLE_RX = re.compile(
    rf"\s+as\s+(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){{0,3}}?(?P<title>{_TITLE})\b", re.IGNORECASE
)
# "Mr. Smith": a surname by which an article refers back to someone it has named in full.
_HONORIFIC_RX = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+\Z")
_SUPPOSED_RX = re.compile(r"\b(?:if|whether|unless|as\s+though)\s+\Z", re.IGNORECASE)
_VOTE_TO_OFFICE = timedelta(days=120)  # from an election to the oath (80 days in Washington)
_NEXT_OFFICE = timedelta(days=366)  # from the end of one office to power in the next
_REACH = 110  # characters before "ago" a claim may start
# Each pattern, with the words one of which its claims hold (a cheap look before the search).
_SEARCHES = (
    (_CLAIM_RX, (" was ", " became ", " power ", " office ")),
    (_BROUGHT_RX, (" to power ",)),
)


def _claims(text: str) -> Iterator[re.Match[str]]:
    """Claims, searched only just before each "ago" (a search of the whole text is slow)."""
    at = text.find(" ago")
    taken = 0
    while at >= 0:
        low = max(taken, at - _REACH)
        window = text[low:at].lower()
        for rx in [rx for rx, words in _SEARCHES if any(w in window for w in words)]:
            found = next((m for m in rx.finditer(text, low, at + 4) if m.end() == at + 4), None)
            if found is not None:
                taken = found.end()
                yield found
                break
        at = text.find(" ago", at + 4)


def _people(kb: KnowledgeBase, match: re.Match[str], text: str) -> tuple[int, list[Person]]:
    """Where the name starts and the known people it denotes, its leading words dropped
    until one resolves ("And Bill Clinton"); a surname several bear keeps those who led a
    country. "Mr. Smith" is someone the article has named in full: without that full name,
    an unknown Smith rather than a known one."""
    for word in re.finditer(r"\S+", match.group("name")):
        ids = kb.ids_named(match.group("name")[word.start() :])
        if not ids:
            continue
        people = [p for p in (kb.person(i) for i in sorted(ids)) if p is not None]
        if len(people) > 1:
            people = [p for p in people if any(leads_country(t) for t in p.terms)]
        start = match.start("name") + word.start()
        if _HONORIFIC_RX.search(text, max(0, start - 5), start):
            people = [p for p in people if p.name in text]
        return start, people if len(people) <= 3 else []
    return match.start("name"), []


def _terms(person: Person, title: str | None) -> list[Term]:
    """The person's terms the claim speaks of: with the title, else those leading a country."""
    if title is None:
        return [t for t in person.terms if leads_country(t)]
    wanted = normalise(title)
    return [t for t in person.terms if t.role == "office" and wanted in t.titles]


def _fits(match: re.Match[str], terms: list[Term], writing: DateWindow, titled: bool) -> bool:
    """Whether some term fits the count: held then ("was president"), or begun then."""
    scale = UNIT_DAYS[match.group("unit").lower()]
    low, high = accepted_years(phrase_amount(match), match.group("qualifier"))
    earliest = writing.earliest.toordinal() - high * scale
    latest = writing.latest.toordinal() - low * scale
    if earliest < 1 or latest < 1:
        return True  # before the calendar: no judgment
    then = (date.fromordinal(int(earliest)), date.fromordinal(int(latest)))
    if match.groupdict().get("held"):
        return any(
            t.start.lo <= then[1]
            and then[0] <= t.last_day
            or (t.known_from is not None and then[0] < t.known_from)
            or (t.known_until is not None and then[1] > t.known_until)
            for t in terms
        )
    # "was elected president a month ago": the term begins some weeks after the vote
    after_vote = _VOTE_TO_OFFICE if "elected" in match.group(0).lower() else timedelta(0)
    if any(t.start.lo <= then[1] + after_vote and then[0] <= t.start.hi for t in terms):
        return True
    # "Khamenei came to power 32 years ago": power with no title named may be an office the
    # base does not hold, taken as a known one ended (Iran's president became its leader)
    return (
        bool(match.groupdict().get("power"))
        and not titled
        and any(
            t.end is not None and then[0] <= t.last_day + _NEXT_OFFICE and t.end.lo <= then[1] for t in terms
        )
    )


def check_power_counts(analysis: ArticleAnalysis) -> list[Finding]:
    """Rule elapsed-time: "X was president N years ago", "X came to power N years ago"
    against X's terms in the knowledge base."""
    text, kb = analysis.text, analysis.kb
    if analysis.window is None or kb is None or " ago" not in text:
        return []
    findings = []
    for match in _claims(text):
        writing = analysis.writing_window(match.start())
        if writing is None:
            continue
        title = match.groupdict().get("held") or match.groupdict().get("became")
        if match.groupdict().get("power"):
            named = _AS_TITLE_RX.match(text, match.end())
            title = named.group("title") if named else None
        title = " ".join(title.lower().split()) if title else None
        if _SUPPOSED_RX.search(text, max(0, match.start() - 12), match.start()):
            continue  # "if Obama was president ten years ago": no claim
        name_start, people = _people(kb, match, text)
        judged = [(p, _terms(p, title)) for p in people]
        if not judged or any(
            not terms or _fits(match, terms, writing, title is not None) for _, terms in judged
        ):
            continue
        person, terms = judged[0]
        first = min(terms, key=lambda t: t.start.lo)
        what = f"was {title}" if match.groupdict().get("held") else "took office"
        held = "; ".join(
            f"{t.office} from {t.start.text}" + (f" to {t.end.text}" if t.end else "") for t in terms[:3]
        )
        message = (
            f"\u201c{match.group(0).strip()}\u201d does not fit: {person.name} {what} as {held}, "
            f"not {match.group('number')} {match.group('unit').lower()}s before {writing.describe()} "
            f"(source: {first.source})."
        )
        findings.append(
            make_finding(
                ELAPSED_RULE,
                WARNING,
                text,
                name_start,
                match.end(),
                message,
                [t.evidence() for _, terms in judged for t in terms],
                f"power|{person.id}|{match.group('number')}|{match.group('unit').lower()}",
                basis=f"counted to {writing.describe()}",
            )
        )
    return findings
