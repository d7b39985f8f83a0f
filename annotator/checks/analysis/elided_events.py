"""Events named by an elided verb phrase: "Finland joined NATO in April 2023, months after
Sweden did".

English leaves out a verb phrase it has just said: "after Sweden did" stands for "after
Sweden joined NATO". When the clause before names a known event by its subject and verb
phrase ("Finland joined NATO"), the same verb phrase with the new subject is looked up as
written ("Sweden joined NATO"); when the knowledge base knows that as another event, the
words "Sweden did" name it. Nothing else is guessed: a verb phrase no alias covers, or one
that names the same event again, names nothing.
"""

from __future__ import annotations

import re

from annotator.checks.analysis.accessions import accession_mentions
from annotator.checks.analysis.literal_search import located_matches
from annotator.checks.analysis.mentions import EventMention, find_mentions
from annotator.checks.kb.model import KnowledgeBase

# "months after Sweden did", "a year before the United States did"; not "did not", "did so".
_ELIDED_RX = re.compile(
    r"\b(?P<cue>after|before)\s+(?P<subject>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"\s+did\Z"
)
# "did" ending its verb phrase: not "didn't", "did not", "did so", "did it".
_DID = (" did",)
_DID_RX = re.compile(r" did(?![\w'’])(?!\s+(?:not|so|too|it|this|that)\b)")
_REACH = 60  # characters looked back from "did" for the cue and the subject
_MAX_SUBJECT_WORDS = 3


def elided_mentions(
    text: str, events: list[EventMention], sentence_start, kb: KnowledgeBase
) -> list[tuple[str, int, EventMention]]:
    """(cue, where the cue starts, the mention "Sweden did") for each elided verb phrase
    whose full form the knowledge base knows; `sentence_start(offset)` bounds the look-back."""
    found = []
    for did in located_matches(_DID_RX, text, _DID):
        at, end = did.start(), did.end()
        match = _ELIDED_RX.search(text, max(sentence_start(at), at - _REACH), end)
        if match is not None:
            mention = _elided(text, events, match, kb)
            if mention is not None:
                found.append((match.group("cue").lower(), match.start(), mention))
    return found


def _elided(text: str, events: list[EventMention], match: re.Match, kb: KnowledgeBase) -> EventMention | None:
    said = [m for m in events if m.end <= match.start() and m.end > match.start() - _REACH * 2]
    if not said:
        return None
    verb_phrase = _verb_phrase(said[-1].text)
    if verb_phrase is None:
        return None
    phrase = f"{match.group('subject')} {verb_phrase}"
    named = find_mentions(phrase, kb).events
    named += accession_mentions(phrase, kb, named)
    whole = [m for m in named if m.start == 0 and m.end == len(phrase)]
    if not whole or set(whole[0].events) & set(said[-1].events):
        return None
    start = match.start("subject")
    return EventMention(start, match.end(), text[start : match.end()], whole[0].events)


def _verb_phrase(said: str) -> str | None:
    """ "joined NATO" of "Finland joined NATO": the words after the capitalised subject, which
    must start with a word in lower case (the verb)."""
    words = said.split()
    subject = 0
    while subject < len(words) and subject < _MAX_SUBJECT_WORDS and words[subject][:1].isupper():
        subject += 1
    rest = words[subject:]
    if not rest or not rest[0][:1].islower():
        return None
    return " ".join(rest)
