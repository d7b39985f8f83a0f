"""Finds the tagger's rule matches without trying every rule at every word.

The combined alternation of all rules is correct but slow: at each word start the regex
engine walks every rule. Each rule can only begin with a few character pairs ("th", "Ma",
a digit then anything, ...), worked out once from the parsed patterns, so at a given
position only the rules whose pairs fit the text there can match. Trying exactly those
rules, in their original order, finds the same match the combined regex would.
"""
from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterator

from .patterns import RULES

_WIDTH = 2
_ANY = "any"
_DIGIT = "digit"
Prefix = tuple  # one character class (a frozenset, _ANY) per position
_INNER_NAME = re.compile(r"\(\?P<\w+>")
_WORD_START = re.compile(r"\b\w|'")


def _char_class(items: list) -> frozenset[str] | str:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.add(_DIGIT)
        else:
            return _ANY
    return frozenset(chars)


def _concat(heads: set[Prefix], tails: set[Prefix]) -> set[Prefix]:
    out = set()
    for head in heads:
        if len(head) >= _WIDTH:
            out.add(head)
            continue
        out.update((head + tail)[:_WIDTH] for tail in tails)
    return out


def _sequence(items) -> set[Prefix]:
    """Possible first characters (as classes) of a parsed sequence, up to _WIDTH of them."""
    out: set[Prefix] = {()}
    for op, av in items:
        if all(len(p) >= _WIDTH for p in out):
            break
        out = _concat(out, _item(op, av))
    return out


def _item(op, av) -> set[Prefix]:
    if op is sre.LITERAL:
        return {(frozenset(chr(av)),)}
    if op is sre.IN:
        return {(_char_class(av),)}
    if op is sre.BRANCH:
        return set().union(*(_sequence(alt) for alt in av[1]))
    if op is sre.SUBPATTERN and not av[1] and not av[2]:
        return _sequence(av[3])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, body = av
        once = _sequence(body)
        out: set[Prefix] = set()
        current: set[Prefix] = {()}
        for count in range(_WIDTH + 1):
            if count >= low:
                out |= current
            if count >= high:
                break
            current = _concat(current, once)
        return out | {p for p in current if len(p) >= _WIDTH}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {()}
    return {(_ANY,)}


def _fits(prefix: Prefix, key: str) -> bool:
    if len(prefix) > len(key):
        return False
    for klass, char in zip(prefix, key, strict=False):
        if klass is _ANY or char in klass or (_DIGIT in klass and char.isdecimal()):
            continue
        return False
    return True


_PREFIXES: dict[str, set[Prefix]] = {name: _sequence(sre_parse.parse(rx)) for name, rx in RULES}
assert all(() not in prefixes for prefixes in _PREFIXES.values()), "a rule may match nothing"
assert all(  # what makes scanning only word starts and apostrophes enough
    klass is not _ANY and all(c in (_DIGIT, "'") or re.match(r"\w", c) for c in klass)
    for prefixes in _PREFIXES.values() for klass, *_ in prefixes
), "a rule may start with a character that does not begin a word"
_BODIES = {name: _INNER_NAME.sub("(?:", rx) for name, rx in RULES}
_BY_KEY: dict[str, re.Pattern[str] | None] = {}
_BY_RULES: dict[tuple[str, ...], re.Pattern[str] | None] = {}


def _matcher(key: str) -> re.Pattern[str] | None:
    """The alternation of the rules that may start with `key`, in rule order (cached)."""
    names = tuple(name for name, _ in RULES if any(_fits(p, key) for p in _PREFIXES[name]))
    if names not in _BY_RULES:
        _BY_RULES[names] = re.compile(
            r"(?<![\w$'])(?:" + "|".join(f"(?P<{n}>{_BODIES[n]})" for n in names) + r")(?![\w])"
        ) if names else None
    return _BY_RULES[names]


def rule_matches(text: str) -> Iterator[re.Match[str]]:
    """Leftmost non-overlapping rule matches, as the combined regex's finditer gives them.

    A match's ``lastgroup`` names its rule. Only word starts and apostrophes can begin a
    match (every rule starts with a word character or "'", after no word character).
    """
    position = 0
    by_key = _BY_KEY
    for start in _WORD_START.finditer(text):
        at = start.start()
        if at < position:
            continue
        key = text[at:at + _WIDTH]
        matcher = by_key.get(key, False)
        if matcher is False:
            matcher = by_key[key] = _matcher(key)
        if matcher is None:
            continue
        found = matcher.match(text, at)
        if found is not None:
            position = found.end()
            yield found
