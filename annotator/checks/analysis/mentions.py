"""Find titled mentions of people and mentions of events, resolved against the knowledge base.

Matching runs on folded words through prefix tries built once per knowledge base. One walk,
left to right, over the few words that may start a title, a name or an event alias does all
three kinds; the matchers read the words around such a start only as they need them. The
words come from ``mention_image`` (mostly C-level work on a byte image of the text, for
texts whose word characters are Latin-1) or else from a full tokenization
(``mention_words``), with the same results, so an article costs little beyond its mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from annotator.checks.analysis.mention_countries import of_country, of_qualifier, present
from annotator.checks.analysis.mention_image import ImageWords, text_image
from annotator.checks.analysis.mention_index import MentionIndex
from annotator.checks.analysis.mention_words import (
    EVENT,
    TITLE,
    TextTokens,
    Token,
    Tokens,
    TokenWords,
    Words,
    tight_gap,
    tokenize,
)
from annotator.checks.analysis.named_earlier import surname_named_earlier
from annotator.checks.analysis.title_words import (
    ARTICLES,
    DESCRIPTORS,
    HONORIFICS,
    LEANINGS,
    MODIFIERS,
    OTHER_OFFICE,
    SECRETARY_RANKS,
)
from annotator.checks.kb.facts import Event, Person
from annotator.checks.kb.model import KnowledgeBase
from annotator.checks.kb.us_states import STATE_BEFORE_TITLE_RX

__all__ = [
    "EventMention",
    "MentionIndex",
    "Mentions",
    "PersonMention",
    "Token",
    "Tokens",
    "find_mentions",
    "identified_people",
    "mention_index",
    "title_holders",
    "tokenize",
]

_SPLIT_RX = re.compile(r"([^\W_]+)")
_APPOSITIVE_GAP_RX = re.compile(r",\s+")
_STATE_REACH = 20  # "South Carolina's " and a space or two
# A word and a gap that ties it to the word after (an abbreviation's full stop after one
# letter), ending where a search for it is made to end.
_TIED_BEFORE_RX = re.compile(r"(?:[^\W_][ \t\u00a0\-'’]{1,3}|(?<![^\W_])[^\W_]\.[ \t\u00a0]?)\Z")
_APPOSITIVE_REACH = 4  # words of the country words, modifier and article before a title
_APPOSITIVE_COMMA_REACH = 48  # characters back from a title within which the comma must be
_NAME_WORDS_MOST = 5  # words of a name looked back over from an appositive's comma
_NAMED_EARLIER_MOST = 40  # a surname shared by more people is not looked for earlier
_NEEDS_QUALIFIER = {"chief", "head", "pm"}
_EMERITUS = {"emeritus", "emerita"}  # after a title: one who has left it
# A generational suffix after a name the base knows without it: another person of the
# family ("Ferdinand Marcos Jr." is not his father); a suffix the base lists is read with the name.
_GENERATION_AFTER_RX = re.compile(r",?[ \t](?:Jr|Sr)\b|[ \t](?:II|III|IV)\b")
# Capital letters of the Latin scripts: "Ľudovít Ódor", "Đuro Macut", "Łukasz" begin a name too.
_CAPITALS = frozenset(c for c in map(chr, range(0x41, 0x250)) if c.isupper())


@dataclass(frozen=True, slots=True)
class PersonMention:
    """ "former US President Donald Trump": the whole span, the name's span and the title."""

    start: int
    end: int
    text: str
    name_start: int
    name_end: int
    people: tuple[Person, ...]
    title: str | None
    modifier: str | None
    organisations: tuple[str, ...]
    by_surname: bool = False  # named by a surname alone: the title must single the person out

    @property
    def name(self) -> str:
        return self.text[self.name_start - self.start : self.name_end - self.start]


@dataclass(frozen=True, slots=True)
class EventMention:
    """A phrase naming a known event; several events when the alias is shared."""

    start: int
    end: int
    text: str
    events: tuple[Event, ...]


@dataclass(slots=True)
class Mentions:
    tokens: Tokens
    people: list[PersonMention]
    events: list[EventMention]


def title_holders(mention: PersonMention, kb: KnowledgeBase) -> tuple[Person, ...]:
    """Everyone a titled mention may name: for a bare surname, the bearers of it who held
    the title (in the country named)."""
    if not mention.by_surname:
        return mention.people
    return tuple(p for p in mention.people if kb.terms_for(p.id, mention.title or "", mention.organisations))


def identified_people(mention: PersonMention, kb: KnowledgeBase) -> tuple[Person, ...]:
    """The one person a titled mention is about. A bare surname ("President Erdogan") stands
    for a person only when one holder of the title has it; with several, or none, it is
    nobody: silence rather than a guess."""
    holders = title_holders(mention, kb)
    return holders if not mention.by_surname or len(holders) == 1 else ()


def mention_index(kb: KnowledgeBase) -> MentionIndex:
    return kb.cached("mention_index", lambda: MentionIndex(kb))


def find_mentions(text: str, kb: KnowledgeBase) -> Mentions:
    """Every titled person mention and every event mention in a text."""
    index = mention_index(kb)
    image = text_image(text)
    if image is None:
        tokens: Tokens = tokenize(text)
        words: Words = TokenWords(text, tokens, index.tries, index.tables, index.first_kinds)
    else:
        tokens, words = TextTokens(text), ImageWords(image, index.image_patterns)
    people, events = _walk(text, words, index)
    return Mentions(tokens, people, events)


def _walk(text: str, words: Words, index: MentionIndex) -> tuple[list[PersonMention], list[EventMention]]:
    """Events and people, left to right; a found mention's words start nothing else."""
    kb, longest = index.kb, words.longest
    events: list[EventMention] = []
    events_until = 0
    people: list[PersonMention] = []
    used_until = resume = 0
    for start, kinds in words.starting():
        if kinds & EVENT and start >= events_until:
            hit = longest("event", start)
            if hit is not None:
                events_until = hit[0]
                events.append(EventMention(start, hit[0], text[start : hit[0]], hit[1]))
        if start < resume:
            continue
        if kinds & TITLE and start >= used_until:
            title_hit = words.title_before_word(start)
            if title_hit is not None and (name := _name_at(text, words, title_hit[2], index)):
                if _other_office_before(text, words, start):
                    used_until = resume = name[0]
                    continue
                begin, orgs, modifier = _qualifiers_before(text, words, start, index)
                if title_hit[1] in _NEEDS_QUALIFIER and not orgs and not (modifier and title_hit[1] == "pm"):
                    continue  # "former PM Boris Johnson" is named as surely as "UK PM Boris Johnson"
                name_end, kind, ids = name
                resolved = _resolve(kb, kind, ids, text, begin)
                people.append(
                    PersonMention(
                        begin,
                        name_end,
                        text[begin:name_end],
                        title_hit[2],
                        name_end,
                        resolved,
                        title_hit[1],
                        modifier,
                        tuple(orgs),
                        kind == "surname",
                    )
                )
                used_until = resume = name_end
                continue
            mention = _title_of_country_then_name(text, words, start, index) or _appositive_before(
                text, words, start, index, used_until
            )
            if mention is not None:
                people.append(mention)
                used_until = resume = mention.end
    return people, events


def _qualifiers_before(
    text: str, words: Words, start: int, index: MentionIndex
) -> tuple[int, list[str], str | None]:
    """Walk left from the word before ``start`` over country words, articles and one
    modifier; returns where the mention begins."""
    if not _TIED_BEFORE_RX.search(text, max(0, start - 4), start):
        return start, [], None
    left: list[tuple[int, int]] = []  # the words before start, nearest first, as needed

    def word(m: int) -> tuple[int, int] | None:
        while len(left) <= m:
            found = words.before(left[-1][0] if left else start)
            if found is None:
                return None
            left.append(found)
        return left[m]

    organisations: list[str] = []
    modifier = None
    m = 0
    passed = 0  # descriptor words passed since the last word taken into the mention
    while (current := word(m)) is not None:
        if not tight_gap(text, *current, left[m - 1][0] if m else start):
            break
        size = _qualifier_size(text, words, index, word, left, m)
        if size and not _leaning(text, words, word(m + size - 1), word(m + size)):
            organisations.append(
                index.qualifiers[_key(words, left[m + size - 1 : m - 1 if m else None : -1])]
            )
            m += size
            passed = 0
            continue
        norm = words.norm(*current)
        if norm in MODIFIERS and modifier is None:
            modifier = MODIFIERS[norm]
            m += 1
            passed = 0
            continue
        if norm in ARTICLES:
            m += 1
            passed = 0
            break
        if passed < 2 and _descriptor(text, words, current, word(m + 1), left[m - 1][0] if m else start):
            m += 1 + (size if size else 0)
            passed += 1 + (1 if size else 0)
            continue
        break
    m -= passed  # descriptors count only with a modifier or a country word before them
    return (left[m - 1][0] if m else start), organisations, modifier


def _key(words: Words, group: list[tuple[int, int]]) -> str:
    return " ".join(words.norm(*w) for w in group)


def _qualifier_size(
    text: str,
    words: Words,
    index: MentionIndex,
    word: Callable[[int], tuple[int, int] | None],
    left: list[tuple[int, int]],
    m: int,
) -> int:
    """How many words from the m-th word leftwards name a country ("South Korean"), or 0."""
    for size in (3, 2, 1):
        if word(m + size - 1) is None:
            continue
        group = left[m + size - 1 : m - 1 if m else None : -1]
        if _key(words, group) in index.qualifiers and all(
            tight_gap(text, *a, b[0]) for a, b in zip(group, group[1:], strict=False)
        ):
            return size
    return 0


def _leaning(
    text: str, words: Words, country: tuple[int, int] | None, before: tuple[int, int] | None
) -> bool:
    """Whether a country word is part of "pro-Russian" / "anti-American": a descriptor."""
    return (
        country is not None
        and before is not None
        and words.norm(*before) in LEANINGS
        and text[before[1] : country[0]] == "-"
    )


def _descriptor(
    text: str, words: Words, current: tuple[int, int], before: tuple[int, int] | None, after_start: int
) -> bool:
    """A word that may stand between a modifier and the title: capitalised, a known
    adjective, or hyphenated to a neighbour."""
    if text[current[0]] in _CAPITALS or words.norm(*current) in DESCRIPTORS:
        return True
    return text[current[1] : after_start] == "-" or (
        before is not None and text[before[1] : current[0]] == "-"
    )


def _other_office_before(text: str, words: Words, start: int) -> bool:
    """ "Deputy Prime Minister", "Vice-Chancellor", "Florida's Attorney General": a word
    before the title that makes it another office."""
    if STATE_BEFORE_TITLE_RX.search(text, max(0, start - _STATE_REACH), start):
        return True
    if not _TIED_BEFORE_RX.search(text, max(0, start - 4), start):
        return False
    previous = words.before(start)
    if previous is None or not tight_gap(text, *previous, start):
        return False
    word = words.norm(*previous)
    return word in OTHER_OFFICE or (word in SECRETARY_RANKS and text.startswith("Secretary", start))


def _name_at(
    text: str, words: Words, start: int, index: MentionIndex
) -> tuple[int, str, frozenset[str]] | None:
    """A known name starting at a word (capitalised in the text), or a close spelling, as
    (its end, kind, person ids); an honorific before the name is passed over."""
    after = words.after(end := words.word_end(start))
    if words.norm(start, end) in HONORIFICS and after and tight_gap(text, start, end, after[0]):
        start = after[0]  # "Prime Minister Prince Norodom Ranariddh", "Pastor Pence"
    if text[start] not in _CAPITALS:
        return None
    hit = words.longest("name", start)
    if hit is not None and _GENERATION_AFTER_RX.match(text, hit[0]):
        return None  # "Ferdinand Marcos Jr.": the son or father of the person the base names
    if hit is not None:
        kind, ids = hit[1]
        following = words.after(hit[0]) if kind == "surname" else None
        if (
            following is None
            or text[following[0]] not in _CAPITALS
            or not tight_gap(text, words.last_word_start(hit[0]), hit[0], following[0])
        ):
            return hit[0], kind, ids
        # a surname followed by more of a name: someone else's name, looked up whole below
    run = [(start, words.word_end(start))]
    while len(run) < 3:  # up to three capitalised words in one phrase
        following = words.after(run[-1][1])
        if (
            following is None
            or text[following[0]] not in _CAPITALS
            or not tight_gap(text, *run[-1], following[0])
        ):
            break
        run.append(following)
    # a rejected surname is not looked up again alone
    for last in reversed(run[1:] if hit is not None else run):
        people = index.kb.find_people(text[start : last[1]])
        if people:
            return last[1], "name", frozenset(p.id for p in people)
    if hit is None and len(run) == 1:
        ids = surname_named_earlier(text, start, run[0][1], index.kb)
        return (run[0][1], "surname", ids) if ids else None
    return None


def _resolve(kb: KnowledgeBase, kind: str, ids: frozenset[str], text: str, before: int) -> tuple[Person, ...]:
    """A surname stands for the fully named person mentioned earlier, when there is one
    (looked for only when the surname is shared, by the names' spellings in the text)."""
    if kind == "surname" and 1 < len(ids) <= _NAMED_EARLIER_MOST:
        earlier = text[:before]
        named = frozenset(
            i for i in ids if (p := kb.person(i)) is not None and any(alias in earlier for alias in p.aliases)
        )
        ids = named or ids
    if len(ids) == 1:
        (only,) = ids
        return (kb.people[only],)
    return tuple(kb.people[i] for i in sorted(ids))


def _title_of_country_then_name(
    text: str, words: Words, start: int, index: MentionIndex
) -> PersonMention | None:
    """ "the former President of Turkey, Recep Tayyip Erdogan": a title, "of" and a country,
    then after a comma a full name (a surname alone is too loose this far from its title);
    or a title with a country or an article before it and no "of" ("Canada's prime
    minister, Justin Trudeau, said", "the former president, Jair Bolsonaro")."""
    title_hit = words.longest("title", start)
    if title_hit is None:
        return None
    country = of_country(text, words, title_hit[0], index.qualifiers)
    country_end = country[0] if country is not None else title_hit[0]
    name_start = words.after(country_end)
    if name_start is None or not _APPOSITIVE_GAP_RX.fullmatch(text, country_end, name_start[0]):
        return None
    if country is None and (title_hit[1] in _NEEDS_QUALIFIER or _other_office_before(text, words, start)):
        return None
    begin, orgs, modifier = _qualifiers_before(text, words, start, index)
    if country is None and not orgs and text[begin:start].split(" ", 1)[0].lower() not in ARTICLES:
        return None
    name = _name_at(text, words, name_start[0], index)
    if name is None or name[1] != "name":
        return None
    return PersonMention(
        begin,
        name[0],
        text[begin : name[0]],
        name_start[0],
        name[0],
        _resolve(index.kb, "name", name[2], text, begin),
        title_hit[1],
        modifier,
        (*orgs, country[1]) if country is not None else tuple(orgs),
    )


def _appositive_before(
    text: str, words: Words, title_start: int, index: MentionIndex, used_until: int
) -> PersonMention | None:
    """ "Mark Rutte, the NATO secretary general", found from its title: back over a few words
    to a comma, and the longest full name that ends at the comma. Names are looked up only
    here and after titles, never at every capitalised word."""
    if text.rfind(",", max(used_until, title_start - _APPOSITIVE_COMMA_REACH), title_start) < 0:
        return None  # no comma close before the title: most titles are not appositives
    at = title_start
    for _ in range(_APPOSITIVE_REACH + 1):
        previous = words.before(at)
        if previous is None or previous[0] < used_until:
            return None
        if _APPOSITIVE_GAP_RX.fullmatch(text, previous[1], at):
            break
        if not tight_gap(text, *previous, at):
            return None
        at = previous[0]
    else:
        return None
    name_end = previous[1]
    starts = [previous[0]]
    while len(starts) < _NAME_WORDS_MOST:
        before = words.before(starts[-1])
        if before is None or before[0] < used_until or not tight_gap(text, *before, starts[-1]):
            break
        starts.append(before[0])
    for start in reversed(starts):  # the longest name first
        if text[start] not in _CAPITALS:
            continue
        hit = words.longest("name", start)
        if hit is not None and hit[0] == name_end:
            # "Attal, the prime minister, said": a surname, with an article before the title
            kind = hit[1][0]
            people = _resolve(index.kb, kind, hit[1][1], text, start if kind == "surname" else 0)
            return _appositive(text, words, start, name_end, index, people, kind == "surname")
    return None


def _appositive(
    text: str,
    words: Words,
    start: int,
    name_end: int,
    index: MentionIndex,
    people: tuple[Person, ...],
    by_surname: bool = False,
) -> PersonMention | None:
    """ "Mark Rutte, the NATO secretary general" / "Donald Trump, the former president" /
    "Gabriel Attal, prime minister of France"."""
    right = [words.after(name_end)]  # the words after the name, as needed

    def word(m: int) -> tuple[int, int] | None:
        while len(right) <= m and right[-1] is not None:
            right.append(words.after(right[-1][1]))
        return right[m] if m < len(right) else None

    if right[0] is None or not _APPOSITIVE_GAP_RX.fullmatch(text, name_end, right[0][0]):
        return None
    k = 0
    has_marker = False
    if words.norm(*right[0]) in ARTICLES:
        k += 1
        has_marker = True
    modifier = None
    orgs: list[str] = []
    while (current := word(k)) is not None:
        norm = words.norm(*current)
        if norm in MODIFIERS and modifier is None:
            modifier = MODIFIERS[norm]
        else:
            keys = [
                " ".join(words.norm(*w) for w in present(word(x) for x in range(k, k + size)))
                for size in (3, 2, 1)
            ]
            qualifier = next(
                (size for size, key in zip((3, 2, 1), keys, strict=True) if key in index.qualifiers), None
            )
            if qualifier is None:
                break
            orgs.append(index.qualifiers[keys[3 - qualifier]])
            k += qualifier - 1
        k += 1
    current = word(k)
    title_hit = words.longest("title", current[0]) if current is not None else None
    if title_hit is None or by_surname and words.norm(*right[0]) != "the":
        return None  # "Grijalva, a representative from Arizona": a description, not a title
    title_end, title = title_hit
    if text.startswith(("'s", "’s"), title_end):
        return None  # "Jones, the prime minister's spokesman": another person's title
    of = None if has_marker or orgs or modifier else of_country(text, words, title_end, index.qualifiers)
    if not (has_marker or orgs or modifier or of):
        return None
    if of is not None:  # "Gabriel Attal, prime minister of France"
        title_end = of[0]
        orgs.append(of[1])
    last_start = words.last_word_start(title_end)
    if title in _NEEDS_QUALIFIER and not orgs:
        return None
    following = words.after(title_end)
    if (
        following is not None
        and tight_gap(text, last_start, title_end, following[0])
        and text[following[0]] in _CAPITALS
    ):
        return None
    if (
        following is not None
        and words.norm(*following) == "of"
        and not of_qualifier(words, following, index.qualifiers)
    ):
        return None  # "Moon Jae-in, the former leader of the Democratic Party": another body's title
    if following is not None and modifier is None and words.norm(*following) in _EMERITUS:
        modifier = "former"  # "Benedict XVI, the pope emeritus": the title of one who has left it
    return PersonMention(
        start,
        title_end,
        text[start:title_end],
        start,
        name_end,
        people,
        title,
        modifier,
        tuple(orgs),
        by_surname,
    )
