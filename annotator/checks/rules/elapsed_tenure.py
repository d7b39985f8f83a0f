"""Rule elapsed-time, its tenure form: "President X has been in office for 53 days" must
match the time since the term the person holds when the passage is written began."""

from __future__ import annotations

import re
from datetime import timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.literal_search import located_matches
from annotator.checks.findings import WARNING, Finding, make_finding
from annotator.checks.kb.facts import Person, Term
from annotator.checks.kb.model import KnowledgeBase
from annotator.checks.rules.elapsed_phrases import (
    NUMBER,
    QUALIFIER,
    UNIT,
    UNIT_DAYS,
    accepted_years,
    elapsed_range,
    phrase_amount,
)
from annotator.checks.rules.elapsed_time import ELAPSED_RULE
from annotator.temporal.anchoring import lowered_text

_TENURE_PLACES = ("on the job", "in office", "in power", "in the white house", "at the helm")
_TENURE_RX = re.compile(
    r"\b(?:" + "|".join(_TENURE_PLACES) + r")\s+for\s+"
    r"(?:only\s+|just\s+)?" + QUALIFIER + NUMBER + r"\s+" + UNIT + r"\b",
    re.IGNORECASE,
)
_TENURE_LOWER_RX = re.compile(_TENURE_RX.pattern)  # for the lower-cased text, as above


def _tenure_phrases(text: str):
    """Tenure phrases, looked for in the lower-cased text where there is one (the engine
    then skips to the places' first letters) and matched again on the text as written."""
    lowered = lowered_text(text)
    if lowered is None:
        yield from _TENURE_RX.finditer(text)
        return
    for match in located_matches(_TENURE_LOWER_RX, lowered, _TENURE_PLACES):
        yield _TENURE_RX.match(text, match.start(), match.end())


# "Emmanuel Macron has been in office for", "Modi, who has been in power for": the subject's name.
_SUBJECT_RX = re.compile(
    r"(?<![\w'’.-])(?P<name>(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)(?:\s*,\s*who)?"
    r"\s+(?:has|had|(?-i:['’]s))\s+been\s+(?:only\s+|just\s+)?\Z"
)


_FOLLOW_ON = timedelta(days=92)
# "He has been in office for three years": a pronoun, never the surname it spells ("He Lifeng").
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "this", "that", "his", "her"})


def _named_subjects_terms(analysis: ArticleAnalysis, start: int) -> list[Term]:
    """The office terms of the one known person named as the subject just before "has been
    in office for" with no title (its leading words dropped until one resolves); none when
    the name is several people's."""
    subject = _SUBJECT_RX.search(analysis.text, max(0, start - 60), start)
    if subject is None or analysis.kb is None:
        return []
    words = subject.group("name").split()
    if words[-1].lower() in _PRONOUNS:
        return []
    person = named_person(analysis.kb, words)
    return _apart(person.terms) if person is not None else []


def named_person(kb: KnowledgeBase, words: list[str], shortest: int = 1) -> Person | None:
    """The one person a name names, its leading words dropped until the rest (of at least
    `shortest` words) resolves; None when that rest is several people's or nobody's."""
    for first in range(len(words) - shortest + 1):
        ids = kb.ids_named(" ".join(words[first:]))
        if ids:
            return kb.person(next(iter(ids))) if len(ids) == 1 else None
    return None


def _apart(terms: list[Term]) -> list[Term]:
    """A person's office terms when none follows on from another ("in power for 20 years"
    may count across a prime minister's and a president's terms); else none."""
    offices = [t for t in terms if t.role == "office"]
    for term in offices:
        for other in offices:
            later = other is not term and term.start.lo <= other.start.lo
            if later and (term.end is None or other.start.lo <= term.end.hi + _FOLLOW_ON):
                return []
    return offices


def check_tenure(analysis: ArticleAnalysis) -> list[Finding]:
    """Rule elapsed-time, its tenure form: "President X has been in office for 53 days"
    against the start of the term X holds when the passage is written."""
    text = analysis.text
    if analysis.window is None or " for " not in text:
        return []
    findings = []
    for match in _tenure_phrases(text):
        sentence = analysis.layout.sentence_bounds(match.start())
        holders = [
            m
            for m in analysis.mentions.people
            if sentence[0] <= m.start < match.start() and m.title and len(m.people) == 1
        ]
        writing = analysis.writing_window(match.start())
        if writing is None:
            continue
        if holders:
            mention = holders[-1]
            held = analysis.kb.terms_for(mention.people[0].id, mention.title, mention.organisations)
        else:
            held = _named_subjects_terms(analysis, match.start())
        terms = [
            t
            for t in held
            if t.role == "office" and t.start.hi <= writing.latest and t.may_hold(writing.earliest)
        ]
        if len(terms) != 1:
            continue
        term = terms[0]
        scale = UNIT_DAYS[match.group("unit").lower()]
        low, high = accepted_years(phrase_amount(match), match.group("qualifier"))
        shortest, longest = elapsed_range(term.start, writing, scale)
        if longest >= low and shortest <= high:
            continue
        unit = match.group("unit").lower()
        message = (
            f"\u201c{match.group(0).strip()}\u201d does not fit: {term.person} took office as "
            f"{term.office} on {term.start.text}, {shortest:.1f} {unit}s before "
            f"{writing.describe()} (source: {term.source})."
        )
        findings.append(
            make_finding(
                ELAPSED_RULE,
                WARNING,
                text,
                match.start(),
                match.end(),
                message,
                [term.evidence()],
                f"tenure|{term.person_id}|{term.start.text}",
                basis=f"counted to {writing.describe()}",
            )
        )
    return findings
