"""Finds the tagger's rule matches without trying every rule at every word.

The combined alternation of all rules is correct but slow: at each word start the regex
engine walks every rule. Each rule can only begin with a few character sequences ("th",
"Ma", a digit then anything, ...), worked out once from the parsed patterns, so at a given
position only the rules whose prefixes fit the text there can match. Trying exactly those
rules, in their original order, finds the same match the combined regex would.

Most words start no rule at all, so the rules' prefixes (their first six characters) are
also made into a finder regex, a trie of character classes: the regex engine itself passes
over those words, and Python sees only the positions where some rule may start. There the
first seven characters pick the rules to try ("the com" starts no rule, "the pre" a few,
"Alabama" none although "Al" may start "All year"). What a seven-character opening allows
is remembered. The prefixes, the finder and each rule's regex are made on first use, which
keeps the import quick.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]  # no stubs for re's internals
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .patterns import RULES, compile_rules
from .scanner_tables import dump_tables, load_tables, tables_key

_WIDTH = 2
_DEEP_WIDTH = 7
_OPENING = 4  # the walks over deep keys start from the state their first characters reach
_DEEP_CACHE = 50_000  # distinct deep keys remembered; real text repeats few of them
# Six characters deep and twenty ways on, the finder passes over "that ", "this " and "the p",
# which start no rule, in the regex engine: a quarter fewer places for Python to look at, for a
# finder regex no slower to run (built once, stored with the trie and among the compiled regexes).
_FINDER_WIDTH = 6
_FINDER_FANOUT = 20  # past the first character the finder stops where more ways go on
_ANY = "any"
_DIGIT = "digit"
_SPACE = "space"
Prefix = tuple  # one character class (a frozenset, _ANY) per position
Matcher = Callable[[str, int], "re.Match[str] | None"]  # a compiled regex's match method
# (_DIGIT and _SPACE in a class stand for \d and \s: str.isdecimal and str.isspace)
_INNER_NAME = re.compile(r"\(\?P<\w+>")


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
    cut_tails: dict[int, set[Prefix]] = {}  # the tails cut to the room a head leaves, once
    for head in heads:
        room = width - len(head)
        if room <= 0:
            out.add(head)
            continue
        cut = cut_tails.get(room)
        if cut is None:
            cut = cut_tails[room] = {tail[:room] for tail in tails}
        out.update([head + tail for tail in cut])
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


def _parsed() -> dict[str, Any]:
    """The rules as re's parser reads them: only for working the prefix tables out, which
    are stored (scanner_tables), so an import parses nothing."""
    parsed = {name: sre_parse.parse(rx) for name, rx in RULES}
    prefixes = {name: _sequence(tree) for name, tree in parsed.items()}
    assert all(() not in found for found in prefixes.values()), "a rule may match nothing"
    assert all(  # what makes scanning only word starts and apostrophes enough
        klass is not _ANY and all(c in (_DIGIT, "'") or re.match(r"\w", c) for c in klass)
        for found in prefixes.values()
        for klass, *_ in found
    ), "a rule may start with a character that does not begin a word"
    return parsed


_BODIES = {name: _INNER_NAME.sub("(?:", rx) for name, rx in RULES}
_ORDER = {name: index for index, (name, _) in enumerate(RULES)}
_RULE_MATCHERS: dict[str, Matcher] = {}
Matchers = tuple  # the rules to try at a position, in rule order: compiled regexes' match


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
                elif (
                    klass is _ANY
                    or char in klass
                    or (_DIGIT in klass and char.isdecimal())
                    or (_SPACE in klass and char.isspace())
                ):
                    following.append(child)
        nodes = following
    for node in nodes:
        found.update(node.get(None, ()))
    return tuple(sorted(found, key=_ORDER.__getitem__))


_deep_trie: dict | None = None  # read or built on first use: the longer prefixes take a while
_finder_fits: str | None = None  # the finder regex's source, stored with the trie


def _deep_prefixes() -> dict:
    """The trie of the rules' prefixes of up to _DEEP_WIDTH characters."""
    global _deep_trie, _finder_fits
    if _deep_trie is None:
        stored = load_tables(_tables_key(), _ANY)
        if stored is None:
            _deep_trie = _built_deep_prefixes()
        else:
            _deep_trie, _finder_fits = stored
    return _deep_trie


def _built_deep_prefixes() -> dict:
    return _trie({name: _sequence(tree, _DEEP_WIDTH) for name, tree in _parsed().items()})


def _tables_key() -> str:
    settings = {
        "deep_width": _DEEP_WIDTH,
        "finder_width": _FINDER_WIDTH,
        "finder_fanout": _FINDER_FANOUT,
        "first_letters": _FREQUENT_FIRST,
        "separators": _OTHER_SEPARATORS,
    }
    return tables_key(list(RULES), settings)


def write_tables(path: str) -> None:
    """Work the stored tables out anew and write them to `path` (``make scanner-tables``)."""
    trie = _built_deep_prefixes()
    dump_tables(_tables_key(), trie, _finder_source(trie, _FINDER_WIDTH), _ANY, Path(path))


class _DeepState:
    """Where a walk of the deep trie has got to: the rules whose prefix fits what was read so
    far and the trie nodes reached. Walks that reach the same nodes with the same rules are
    one state, and each state remembers where every character seen after it leads, so the
    walk over a seven-character opening not seen before is a few dictionary lookups once the
    common steps have been taken (the states are few: they follow the rules, not the text)."""

    __slots__ = ("found", "nodes", "next", "matchers")

    def __init__(self, found: frozenset[str], nodes: tuple[dict, ...]) -> None:
        self.found = found
        self.nodes = nodes
        self.next: dict[str, _DeepState] = {}
        self.matchers: Matchers | None = _UNKNOWN  # the found rules' matchers, in rule order


_DEEP_STATES: dict[tuple[frozenset[str], frozenset[int]], _DeepState] = {}
_deep_root: _DeepState | None = None
_UNKNOWN: Any = object()  # a sentinel for what is not worked out yet


def _deep_walk(opening: str, state: _DeepState | None = None) -> _DeepState:
    """The state of the deep trie's walk over `opening`, from `state` (the root if None)."""
    global _deep_root
    if state is None:
        state = _deep_root
        if state is None:
            root = _deep_prefixes()
            state = _deep_root = _DeepState(frozenset(root.get(None, ())), (root,))
    for char in opening:
        if not state.nodes:  # no prefix goes on: what the rest holds adds no rule
            break
        following = state.next.get(char)
        if following is None:
            following = state.next[char] = _deep_step(state, char)
        state = following
    return state


def _deep_step(state: _DeepState, char: str) -> _DeepState:
    """The state one character on, the same object as any other walk that gets there."""
    nodes = _step(state.nodes, char)
    ends = [node[None] for node in nodes if None in node]
    found = state.found.union(*ends) if ends else state.found
    key = (found, frozenset(map(id, nodes)))
    known = _DEEP_STATES.get(key)
    if known is None:
        known = _DEEP_STATES[key] = _DeepState(found, nodes)
    return known


def _step(nodes: tuple[dict, ...], char: str) -> tuple[dict, ...]:
    """The trie nodes one character on from `nodes`."""
    return tuple(
        child
        for node in nodes
        for klass, child in node.items()
        if klass is not None
        and (
            klass is _ANY
            or char in klass
            or (_DIGIT in klass and char.isdecimal())
            or (_SPACE in klass and char.isspace())
        )
    )


_BY_OPENING: dict[str, _DeepState] = {}  # the walk's state after a key's first characters
_BY_DEEP_KEY: dict[str, Matchers | None] = {}
_START = re.Match.start


def _matchers_for(key: str) -> Matchers | None:
    """The matchers for the rules whose prefixes fit `key` (the next _DEEP_WIDTH characters).

    The walk starts from the state its first _OPENING characters lead to, remembered: the
    openings are few where the seven-character keys are many."""
    opening = key[:_OPENING]
    state = _BY_OPENING.get(opening)
    if state is None:
        if len(_BY_OPENING) >= _DEEP_CACHE:
            _BY_OPENING.clear()
        state = _BY_OPENING[opening] = _deep_walk(opening)
    state = _deep_walk(key[_OPENING:], state)
    matchers = state.matchers
    if matchers is _UNKNOWN:
        matchers = state.matchers = _matchers(tuple(sorted(state.found, key=_ORDER.__getitem__)))
    return matchers


def _matchers(names: tuple[str, ...]) -> Matchers | None:
    """Each rule as its own regex, compiled once: trying them in order at a position finds
    what their alternation would, and compiles far fewer patterns than one per set."""
    if not names:
        return None
    out = []
    for name in names:
        matcher = _RULE_MATCHERS.get(name)
        if matcher is None:
            matcher = _RULE_MATCHERS[name] = re.compile(rf"(?P<{name}>{_BODIES[name]})(?![\w])").match
        out.append(matcher)
    return tuple(out)


# A finder trie reads the text one character at a time; the characters it tells apart are
# those its classes name, plus three stand-ins for the rest: other decimal digits, other
# white space and anything else.
_OTHER_DIGIT, _OTHER_SPACE, _OTHER = "other digit", "other space", "other"
_STAND_INS = (_OTHER_DIGIT, _OTHER_SPACE, _OTHER)
# What follows a space in English news, most frequent first (capitals and digits among the
# letters where they fall): the finder tries its first branches in this order.
_FREQUENT_FIRST = "taswoihcbpfTdmrlneSAIgMCDHR2PWNvyuFOBJGjkL1UKEYV3q47580Z6z9Qx"


def _named_chars(trie: dict) -> set[str]:
    """The characters that some class of the trie names explicitly."""
    chars: set[str] = set()
    stack = [trie]
    while stack:
        node = stack.pop()
        for klass, child in node.items():
            if klass is None:
                continue
            if klass is not _ANY:
                chars.update(c for c in klass if c not in (_DIGIT, _SPACE))
            stack.append(child)
    return chars


def _admits(klass: frozenset[str] | str, symbol: str) -> bool:
    """Whether a trie class holds a character (or every character a stand-in is for)."""
    if klass is _ANY:
        return True
    if symbol is _OTHER_DIGIT:
        return _DIGIT in klass
    if symbol is _OTHER_SPACE:
        return _SPACE in klass
    if symbol is _OTHER:
        return False
    return (
        symbol in klass or (_DIGIT in klass and symbol.isdecimal()) or (_SPACE in klass and symbol.isspace())
    )


def _symbol_classes(symbols: list[str], named: set[str]) -> list[str]:
    """Regex classes that together match exactly the characters `symbols` stand for (one
    class where it can: the regex engine tests a class at once, alternatives in turn)."""
    chars = {s for s in symbols if s not in _STAND_INS}
    if all(s in symbols for s in _STAND_INS):
        left_out = sorted(named - chars)
        return [f"[^{''.join(map(re.escape, left_out))}]" if left_out else r"[\s\S]"]
    named_digits = {c for c in named if c.isdecimal()}
    named_spaces = {c for c in named if c.isspace()}
    categories, apart = "", []
    if _OTHER_DIGIT in symbols:
        if named_digits <= chars:
            categories, chars = categories + r"\d", chars - named_digits
        else:
            apart.append(rf"[^\D{''.join(map(re.escape, sorted(named_digits)))}]")
    if _OTHER_SPACE in symbols:
        if named_spaces <= chars:
            categories, chars = categories + r"\s", chars - named_spaces
        else:
            apart.append(rf"[^\S{''.join(map(re.escape, sorted(named_spaces)))}]")
    if _OTHER in symbols:
        apart.append(rf"[^\d\s{''.join(map(re.escape, sorted(named)))}]")
    if len(chars) == 1 and not categories:
        return [re.escape(next(iter(chars))), *apart]
    if chars or categories:
        return [f"[{''.join(map(re.escape, sorted(chars)))}{categories}]", *apart]
    return apart


def _first_classes(symbols: list[str], named: set[str]) -> list[str]:
    """The first characters' classes: one plain character each, which the regex engine
    passes over without a call when the text holds another, as it cannot a class."""
    singles = [re.escape(s) for s in symbols if s not in _STAND_INS]
    rest = [s for s in symbols if s in _STAND_INS]
    return singles + (_symbol_classes(rest, named) if rest else [])


def _finder_source(trie: dict, width: int) -> str:
    """A regex (without groups) matching where the text starts with the first `width`
    characters of some prefix in the trie.

    The trie's classes overlap ("[Tt]", "t", "any"), so it is first made deterministic, as
    a DFA is: each branch of the regex takes a set of characters no other branch at that
    point takes, and leads to every trie node those characters reach. A branch that fails
    further on then rightly means that no prefix fits there.
    """
    named = _named_chars(trie)
    symbols = sorted(named) + list(_STAND_INS)
    admitted: dict[frozenset[str] | str, list[str]] = {}  # class -> the symbols it holds
    sources: dict[frozenset[int], str] = {}

    def source(nodes: list[dict], depth: int) -> str:
        key = frozenset(map(id, nodes))
        if key in sources:
            return sources[key]
        if depth == width or any(None in node for node in nodes):
            sources[key] = ""  # some prefix fits so far: the finder need not look further
            return ""
        reached: dict[str, dict[int, dict]] = {}
        for node in nodes:
            for klass, child in node.items():
                holds = admitted.get(klass)
                if holds is None:
                    holds = admitted[klass] = [s for s in symbols if _admits(klass, s)]
                for symbol in holds:
                    reached.setdefault(symbol, {})[id(child)] = child
        branches: dict[frozenset[int], tuple[list[dict], list[str]]] = {}
        for symbol in symbols:
            if symbol in reached:
                children = reached[symbol]
                branches.setdefault(frozenset(children), (list(children.values()), []))[1].append(symbol)
        if depth and len(branches) > _FINDER_FANOUT:
            sources[key] = ""  # too many ways on: looking further grows the regex, not the gain
            return ""
        by_rest: dict[str, list[str]] = {}  # branches that go on alike take one class
        for child_nodes, taken in branches.values():
            by_rest.setdefault(source(child_nodes, depth + 1), []).extend(taken)
        alternatives = [
            (klass, rest)
            for rest, taken in by_rest.items()
            for klass in (_first_classes(taken, named) if depth == 0 else _symbol_classes(taken, named))
        ]
        if depth == 0:
            alternatives.sort(
                key=lambda branch: min(
                    (_FREQUENT_FIRST.find(c) for c in branch[0] if c in _FREQUENT_FIRST), default=99
                )
            )
        parts = [klass + rest for klass, rest in alternatives]
        sources[key] = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return sources[key]

    return source([trie], 0)


# The finder looks for the character just before a candidate, which is no word character,
# "$" or "'". Spaces it finds by their plain character, which the regex engine skips to
# quickly; the others by a class that leaves out the ASCII word characters, "$", "'" and the
# space, far quicker to test than "not a word character" (the only characters beyond ASCII
# that may precede a rule are checked one by one). The class is written as what it leaves
# out: a class that names ranges beyond ASCII is slower to test and to compile.
_OTHER_SEPARATORS = r"[^0-9A-Za-z_$' ]"
_finders: tuple[re.Pattern[str], re.Pattern[str]] | None = None


def _candidate_finders() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two regexes that find, in the text with a space put before it, each character after
    which some rule may start: one finds spaces, the other any other such character."""
    global _finders
    if _finders is None:
        trie = _deep_prefixes()
        fits = _finder_fits if _finder_fits is not None else _finder_source(trie, _FINDER_WIDTH)
        other = rf"{_OTHER_SEPARATORS}(?={_first_characters()})(?<=[^\w$'])(?={fits})"
        _finders = (re.compile(f" (?={fits})"), re.compile(other))
    return _finders


def _first_characters() -> str:
    """A class of the characters a rule may start with: most other separators (a comma or a
    full stop before a space) fail on it at once, before the look-behind and the finder."""
    classes = {klass for klass in _deep_prefixes() if klass is not None}
    chars = {c for klass in classes for c in klass if c not in (_DIGIT, _SPACE)}
    digits = r"\d" if any(_DIGIT in klass for klass in classes) else ""
    return f"[{''.join(map(re.escape, sorted(chars)))}{digits}]"


def _candidates(text: str) -> list[int]:
    """Where some rule may start in `text`, in order."""
    after_space, after_other = _candidate_finders()
    padded = " " + text  # one character further on, so a find starts where its rule would
    found = [*map(_START, after_space.finditer(padded)), *map(_START, after_other.finditer(padded))]
    found.sort()
    return found


def rule_matches(text: str) -> Iterator[re.Match[str]]:
    """Leftmost non-overlapping rule matches, as the combined regex's finditer gives them.

    A match's ``lastgroup`` names its rule. Only positions after no word character, "$" or
    "'" can begin a match (every rule starts with a word character or "'"), and of those
    only the ones the finder reports.
    """
    position = 0
    by_key = _BY_DEEP_KEY
    for at in _candidates(text):
        if at < position:
            continue
        key = text[at : at + _DEEP_WIDTH]
        matchers = by_key.get(key, _UNKNOWN)
        if matchers is _UNKNOWN:
            if len(by_key) >= _DEEP_CACHE:
                by_key.clear()
            matchers = by_key[key] = _matchers_for(key)
        if matchers is not None:
            for matcher in matchers:
                found = matcher(text, at)
                if found is not None:
                    position = found.end()
                    yield found
                    break


def prepare() -> None:
    """Build now what is otherwise built on first use (the prefix tries, the finders and
    every rule's regexes, the tagger's own included), so that processes forked afterwards
    share it instead of each building it again."""
    _candidate_finders()
    _matchers(tuple(_ORDER))
    compile_rules()
