"""A person called by a surname after a first full mention ("Boris Johnson said ...
Prime Minister Johnson added"), where the surname alone names nobody in the base: it is
also someone's first name ("Johnson", "Martin", "Sharif", "Lee", "Petro"), so the base
does not list it as a surname."""

from __future__ import annotations

import re

from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase
from annotator.checks.kb.names import NAME

_SHORTEST = 3  # a surname of one or two letters is no evidence
_WORD_RX = re.compile(r"\S+")
# Up to three words before the surname ("Boris ", "Micheál ", "Ferdinand R. ") ...
_NAME_BEFORE_RX = re.compile(r"(?:[^\W\d_][\w.'’-]*[ \t]){1,3}\Z")
# ... or, for names written family name first, one word after it ("Lee Jae-myung").
_NAME_AFTER_RX = re.compile(r"[ \t-][^\W\d_][\w'’]*(?:-[\w'’]+)?")


def surname_named_earlier(text: str, start: int, end: int, kb: KnowledgeBase) -> frozenset[str]:
    """The ids of the person whose full name, written before `start`, ends (or, family name
    first, begins) with the word text[start:end]; empty when none is."""
    word = text[start:end]
    if len(word) < _SHORTEST:
        return frozenset()
    at = text.find(word, 0, start)
    while at >= 0:
        stop = at + len(word)
        if not (text[stop : stop + 1].isalnum() or text[at - 1 : at].isalnum()):
            before = _NAME_BEFORE_RX.search(text, max(0, at - 60), at)
            phrases = []
            if before is not None:
                phrases = [text[before.start() + w.start() : stop] for w in _WORD_RX.finditer(before.group())]
            after = _NAME_AFTER_RX.match(text, stop)
            if after is not None:
                phrases.append(text[at : after.end()])
            for phrase in phrases:
                if phrase[0].isupper() and _is_full_name(phrase, kb):
                    return kb.ids_named(phrase)
        at = text.find(word, stop, start)
    return frozenset()


def _is_full_name(phrase: str, kb: KnowledgeBase) -> bool:
    found = kb.name_table().get(normalise(phrase))
    return found is not None and found[0] == NAME
