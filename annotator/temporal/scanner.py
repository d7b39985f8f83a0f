"""Finds the tagger's rule matches without trying every rule at every word.

The combined alternation of all rules is correct but slow: at each word start the regex
engine walks every rule. Each rule can only begin with a few character pairs ("th", "Ma",
a digit then anything, ...), worked out once from the parsed patterns, so at a given
position only the rules whose pairs fit the text there can match. Trying exactly those
rules, in their original order, finds the same match the combined regex would.

A few openings ("th", "a ") begin a third of the words and could start most rules, so
there the first six characters decide ("the co" starts no rule, "the pa" a few). Rules are
compiled one by one as first needed, which keeps the first check of a session quick.
"""
from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterator

from .patterns import RULES

_WIDTH = 2
_DEEP_WIDTH = 6
_DEEP_MIN = 2  # openings shared by this many rules ("th", "a ") also look at what follows
_DEEP_CACHE = 50_000  # distinct deep keys remembered; real text repeats few of them
_ANY = "any"
_DIGIT = "digit"
_SPACE = "space"
Prefix = tuple  # one character class (a frozenset, _ANY) per position
# (_DIGIT and _SPACE in a class stand for \d and \s: str.isdecimal and str.isspace)
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
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars.add(_SPACE)
        else:
            return _ANY
    return frozenset(chars)


def _concat(heads: set[Prefix], tails: set[Prefix], width: int) -> set[Prefix]:
    out = set()
    for head in heads:
        if len(head) >= width:
            out.add(head)
            continue
        out.update((head + tail)[:width] for tail in tails)
    return out


def _sequence(items, width: int = _WIDTH) -> set[Prefix]:
    """Possible first characters (as classes) of a parsed sequence, up to `width` of them."""
    out: set[Prefix] = {()}
    for op, av in items:
        if all(len(p) >= width for p in out):
            break
        out = _concat(out, _item(op, av, width), width)
    return out


def _item(op, av, width: int) -> set[Prefix]:
    if op is sre.LITERAL:
        return {(frozenset(chr(av)),)}
    if op is sre.IN:
        return {(_char_class(av),)}
    if op is sre.BRANCH:
        return set().union(*(_sequence(alt, width) for alt in av[1]))
    if op is sre.SUBPATTERN and not av[1] and not av[2]:
        return _sequence(av[3], width)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, body = av
        once = _sequence(body, width)
        out: set[Prefix] = set()
        current: set[Prefix] = {()}
        for count in range(width + 1):
            if count >= low:
                out |= current
            if count >= high:
                break
            current = _concat(current, once, width)
        return out | {p for p in current if len(p) >= width}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {()}
    return {(_ANY,)}


_PARSED = {name: sre_parse.parse(rx) for name, rx in RULES}
_PREFIXES: dict[str, set[Prefix]] = {name: _sequence(tree) for name, tree in _PARSED.items()}
assert all(() not in prefixes for prefixes in _PREFIXES.values()), "a rule may match nothing"
assert all(  # what makes scanning only word starts and apostrophes enough
    klass is not _ANY and all(c in (_DIGIT, "'") or re.match(r"\w", c) for c in klass)
    for prefixes in _PREFIXES.values() for klass, *_ in prefixes
), "a rule may start with a character that does not begin a word"
_BODIES = {name: _INNER_NAME.sub("(?:", rx) for name, rx in RULES}
_ORDER = {name: index for index, (name, _) in enumerate(RULES)}
_RULE_MATCHERS: dict[str, re.Pattern[str]] = {}
Matchers = tuple  # the compiled rules to try at a position, in rule order


def _trie(prefixes: dict[str, set[Prefix]]) -> dict:
    """The rules' prefixes as a trie whose edges are character classes (key None: the
    rules whose prefix ends there), so telling which rules fit some text is a short walk
    rather than a test of every prefix."""
    root: dict = {}
    for name, rule_prefixes in prefixes.items():
        for prefix in rule_prefixes:
            node = root
            for klass in prefix:
                node = node.setdefault(klass, {})
            node.setdefault(None, set()).add(name)
    return root


def _fitting(trie: dict, key: str) -> tuple[str, ...]:
    """The rules with a prefix that fits the start of `key`, in rule order."""
    found: set[str] = set()
    nodes = [trie]
    for char in key:
        following = []
        for node in nodes:
            for klass, child in node.items():
                if klass is None:
                    found.update(child)
                elif klass is _ANY or char in klass or (_DIGIT in klass and char.isdecimal()) \
                        or (_SPACE in klass and char.isspace()):
                    following.append(child)
        nodes = following
    for node in nodes:
        found.update(node.get(None, ()))
    return tuple(sorted(found, key=_ORDER.__getitem__))


_TRIE = _trie(_PREFIXES)


_deep_trie: dict | None = None  # built on first use: the longer prefixes take a while


class _Shared(tuple):
    """The rules behind a busy opening ("th", "a "), sorted out on the next characters."""

    def matchers(self, key: str) -> Matchers:
        """The rules among these that may start with `key` (_DEEP_WIDTH characters)."""
        global _deep_trie
        if _deep_trie is None:
            _deep_trie = _trie({name: _sequence(tree, _DEEP_WIDTH)
                                for name, tree in _PARSED.items()})
        return _matchers(tuple(name for name in _fitting(_deep_trie, key) if name in self))


_BY_KEY: dict[str, Matchers | _Shared] = {}
_BY_DEEP_KEY: dict[str, Matchers] = {}


def _first_level(key: str) -> Matchers | _Shared:
    """What the two characters `key` allow: the rules to try, or a group to sort further."""
    names = _fitting(_TRIE, key)
    return _Shared(names) if len(names) >= _DEEP_MIN else _matchers(names)


def _matchers(names: tuple[str, ...]) -> Matchers:
    """Each rule as its own regex, compiled once: trying them in order at a position finds
    what their alternation would, and compiles far fewer patterns than one per set."""
    out = []
    for name in names:
        matcher = _RULE_MATCHERS.get(name)
        if matcher is None:
            matcher = _RULE_MATCHERS[name] = re.compile(
                rf"(?<![\w$'])(?P<{name}>{_BODIES[name]})(?![\w])")
        out.append(matcher)
    return tuple(out)


def rule_matches(text: str) -> Iterator[re.Match[str]]:
    """Leftmost non-overlapping rule matches, as the combined regex's finditer gives them.

    A match's ``lastgroup`` names its rule. Only word starts and apostrophes can begin a
    match (every rule starts with a word character or "'", after no word character).
    """
    position = 0
    by_key, by_deep_key = _BY_KEY, _BY_DEEP_KEY
    for start in _WORD_START.finditer(text):
        at = start.start()
        if at < position:
            continue
        key = text[at:at + _WIDTH]
        matchers = by_key.get(key)
        if matchers is None:
            matchers = by_key[key] = _first_level(key)
        if matchers.__class__ is _Shared:
            deep_key = text[at:at + _DEEP_WIDTH]
            shared = matchers
            matchers = by_deep_key.get(deep_key)
            if matchers is None:
                if len(by_deep_key) >= _DEEP_CACHE:
                    by_deep_key.clear()
                matchers = by_deep_key[deep_key] = shared.matchers(deep_key)
        for matcher in matchers:
            found = matcher.match(text, at)
            if found is not None:
                position = found.end()
                yield found
                break
