"""Countries joining an alliance, named together: "Poland, Hungary and the Czech Republic
Friday formally joined NATO", "Finland joined the alliance after Sweden completed its
accession".

The knowledge base dates each member's accession ("Poland's accession to NATO"); news names
several members at once and puts a weekday or an adverb between them and the verb, which
no fixed alias covers. Only accessions told as done are read ("joined", "became full
members of", "completed its accession"): a planned one ("are to join in April") may have
moved since, and the date the plan gave is no error.
"""

from __future__ import annotations

import re
import weakref

from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.facts import Event
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase

_ACCESSION_NAME_RX = re.compile(r"^(?P<country>.+?)['’]s accession to (?P<org>NATO)$")
# What news calls the alliance once it is clear which one is meant.
_ORG = (
    r"(?:NATO|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation"
    r"|the\s+(?:North\s+)?Atlantic\s+[Aa]lliance|the\s+(?:[Ww]estern\s+)?alliance)"
    # not "joined NATO's Partnership for Peace", "joined NATO forces in Kosovo"
    r"(?![’']s?\b|-led\b|\s+(?:against|of|with|between|for|led|membership|talks|action|partnership"
    r"|program|programme|exercises?|missions?|operations?|forces|troops|allies|members|countries"
    r"|states|summit|meeting|in\s+(?:condemning|calling|urging|backing|supporting))\b)"
)
_GAP = (
    r"(?:\s*,?\s+(?:which|that)|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)|\s+(?:formally|officially|finally|eventually|also|then|both|all))*"
)
_VERB = (
    rf"\s+(?:joined\s+{_ORG}"
    rf"|became\s+(?:full(?:-fledged)?\s+|formal\s+)?members?\s+of\s+{_ORG}"
    rf"|became\s+(?:full(?:-fledged)?\s+)?NATO\s+members?"
    rf"|completed\s+(?:its|their)\s+accession(?:\s+to\s+{_ORG}|(?P<bare>(?!\s+to\b))))"
)
# A list that goes on before the match ("Ukraine, Poland and Hungary") is not read: the
# countries before the first known one may never have joined.
_LIST_GOES_ON_RX = re.compile(r"(?:,|\band)\s*(?:the\s+)?\Z")
_ALLIANCE_RX = re.compile(r"\b(?:NATO|[Aa]lliance)\b")
_PATTERNS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _accession_table(kb: KnowledgeBase) -> tuple[re.Pattern[str] | None, dict[str, tuple[Event, ...]]]:
    """A pattern for "<members> <verb> <alliance>" and each member's accessions, by the
    normalised country name (worked out once per base)."""
    found = _PATTERNS.get(kb)
    if found is None:
        by_country: dict[str, list[Event]] = {}
        spellings: dict[str, str] = {}
        for event in kb.events:
            named = _ACCESSION_NAME_RX.match(event.name) if event.kind == "accession" else None
            if named:
                key = normalise(named.group("country"))
                by_country.setdefault(key, []).append(event)
                spellings[key] = named.group("country")
        if spellings:
            names = "|".join(
                r"\s+".join(map(re.escape, name.split()))
                for name in sorted(spellings.values(), key=len, reverse=True)
            )
            country = rf"(?:the\s+)?(?:{names})\b"
            pattern = re.compile(
                rf"\b(?P<countries>{country}(?:\s*,\s*{country})*(?:\s*,?\s+and\s+{country})?){_GAP}{_VERB}"
            )
            found = (pattern, {k: tuple(v) for k, v in by_country.items()})
        else:
            found = (None, {})
        _PATTERNS[kb] = found
    return found


def accession_mentions(text: str, kb: KnowledgeBase, known: list[EventMention]) -> list[EventMention]:
    """Mentions of members' accessions told as done, where no known alias was found; each
    mention's events are the accessions of every country its list names."""
    # Every reading needs the alliance named and a verb told as done: most texts have neither.
    if "NATO" not in text and "lliance" not in text and "Treaty Organi" not in text:
        return []
    if "joined" not in text and "became" not in text and "completed" not in text:
        return []
    pattern, by_country = _accession_table(kb)
    if pattern is None:
        return []
    taken = [(m.start, m.end) for m in known]
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        if _LIST_GOES_ON_RX.search(text[max(0, start - 12) : start]):
            continue
        if match.group("bare") is not None and not _ALLIANCE_RX.search(_sentence_of(text, start, end)):
            continue  # "Croatia completed its accession": to which union, the text does not say
        events: list[Event] = []
        for name in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group("countries")):
            key = normalise(re.sub(r"^the\s+", "", name.strip()))
            events += [e for e in by_country.get(key, ()) if e not in events]
        if events:
            found.append(EventMention(start, end, match.group(), tuple(events)))
    return found


def _sentence_of(text: str, start: int, end: int) -> str:
    low = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    high = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return text[low:high]
