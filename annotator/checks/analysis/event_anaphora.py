"""Events named once and then spoken of by their kind: "the summit", "the quake", "the invasion".

News names an event ("the NATO summit in Vilnius", "Hurricane Ian") and then refers back to it
by a definite description ("the summit", "the storm", "that meeting", "the Bali meeting").
Such a phrase is read as the event only when the text leaves no doubt:

- it is definite ("the", "that", "this") and singular: "a summit", "another summit", "summits"
  and "last year's summit" (a time that picks another instance) are never read;
- exactly one event of a compatible kind is named before it in its paragraph or the two
  sentences before, and no other event of that kind is named anywhere before it or later in
  its sentence;
- its own qualifiers ("the EU summit", "the summit in Osaka", "the meeting of NATO leaders")
  agree with that event's name, aliases or place, and a possessor is the doer a name gives
  ("Hamas's attack", not "Israel's attack"); a year, a date, a rank or a type ("the 2014
  invasion", "the summit in June", "the first summit", "the midterm election") picks an
  instance, so nothing is read;
- it stands outside quotations, whose words keep the speaker's time;
- nothing before it speaks of an instance the base does not name: "a shooting", "another
  attack", "shootings", "Saturday's shooting", "the attack on the embassy" leave every later
  "the attack" unread, and so does a named event set in the background ("the deadliest since
  the El Paso shooting", "two years after the Madrid summit"), where the article's own event
  is often one the base does not know.
"""

from __future__ import annotations

import re

from annotator.checks.analysis.layout import TextLayout
from annotator.checks.analysis.literal_search import word_positions
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.facts import Event

# Each line: the nouns, the kinds of event they can stand for, and the words one of the
# event's names must hold when the kind is wider than the noun ("the quake" is a disaster
# whose name says so). "meeting" stands for a summit only when qualified ("the Bali meeting").
_KIND_NOUN_TABLE = """
summit                     | summit
gathering                  | summit meeting ministerial
meeting                    | meeting talks
talks                      | talks
quake earthquake           | disaster                       | earthquake earthquakes quake
tsunami                    | disaster                       | tsunami
floods flooding            | disaster storm                 | floods flood flooding
wildfire wildfires blaze   | disaster                       | fire wildfire wildfires bushfire
explosion blast            | disaster attack                | explosion explosions blast bombing
collapse                   | disaster                       | collapse collapses
storm                      | storm
hurricane                  | storm                          | hurricane
typhoon                    | storm                          | typhoon
cyclone                    | storm                          | cyclone
invasion                   | war                            | invasion
war                        | war                            | war
attack attacks massacre    | attack
shooting                   | attack                         | shooting shootings
bombing bombings           | attack                         | bombing bombings
coup                       | attack downfall event          | coup
crash                      | disaster incident attack death | crash
election                   | election
referendum                 | referendum election            | referendum
vote                       | election referendum
inauguration               | inauguration
rally                      | protest                        | rally
"""
_KIND_NOUNS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    noun: (frozenset(cells[1].split()), frozenset(cells[2].split() if len(cells) > 2 else ()))
    for line in _KIND_NOUN_TABLE.strip().splitlines()
    for cells in [line.split("|")]
    for noun in cells[0].split()
}

_DETERMINER_RX = re.compile(
    r"\b(?P<det>[Tt]he|[Tt]hat|[Tt]his)[ \u00a0]+"
    r"(?P<pre>(?:(?![Tt]he\b|[Tt]hat\b|[Tt]his\b)[\w’'-]+[ \u00a0]+){0,3})\Z"
)
_POSSESSOR_RX = re.compile(
    r"\b(?P<owner>[A-Z][\w-]*(?:[ \u00a0]+[A-Z][\w-]*){0,2})(?:['’]s|['’])[ \u00a0]+\Z"
)
_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")
# Premodifiers that describe the event without picking one instance of its kind.
_DESCRIBING_WORDS = (
    "deadly devastating powerful massive catastrophic historic brutal horrific horrible tragic "
    "failed bloody violent terrible terrorist terror huge major brazen coordinated "
    "two-day three-day four-day one-day landmark closely watched high-stakes "
    "mass full-scale"
)
_DESCRIBING = frozenset(_DESCRIBING_WORDS.split())
# A qualifier after the noun: the names a preposition governs ("in Osaka", "of NATO leaders").
_NAMES_AFTER_RX = re.compile(
    r"(?:the\s+)?(?P<names>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})"
    # "the meeting of NATO leaders": who met, part of the phrase
    r"(?P<who>\s+(?:leaders|ministers|heads\s+of\s+(?:state|government)|members|allies|delegates|officials))?"
)
# A date right after the noun ("the summit in June 2022", "the vote this week").
_DATED_AFTER_RX = re.compile(
    r"\s+(?:(?:last|this|next|earlier\s+this|later\s+this)\s+(?:year|month|week|spring|summer|autumn|fall|winter)"
    r"|(?:yesterday|today|tomorrow)\b|(?:in|on|of)\s+(?:\d|[A-Z][a-z]+\s+\d))"
)
# A preposition after the noun and the word it governs.
_AFTER_RX = re.compile(
    r"\s+(?P<prep>of|in|on|at|over|against|with|between|near|by|from|to|for)\s+(?P<rest>\S+)"
)
_TIME_WORD_LIST = (
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)
_TIME_WORDS = frozenset(_TIME_WORD_LIST.split())
# Another instance of the kind than a named one: "a summit", "another attack", "Saturday's vote".
_OTHER_INSTANCE_RX = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother|[Aa]ny|[Ee]ach|[Ee]very|[Nn]o|[Ss]uch|[Tt]hese|[Tt]hose|[Tt]wo|[Tt]hree|"
    r"[Ss]everal|[Mm]any|[Rr]ecent|[Pp]ast|[Pp]revious|[Nn]ext|[Ff]irst|[Ss]econd|[Ll]ast|[Ff]uture|"
    r"[Ll]atest|[Ee]arlier|[Ll]ater|\w+['’]s)\s+(?:[\w-]+\s+){0,2}\Z"
)
# A named event set as the background of another: the deadliest since it, two years after it,
# the toll that surpassed it.
_BACKGROUND_RX = re.compile(
    r"\b(?:since|than|like|unlike|after|before|following|recall(?:s|ed|ing)?|reminiscent|echo(?:es|ed)?"
    r"|anniversary|compared|similar|remember(?:s|ed|ing)?|memories|evoke[sd]?"
    r"|surpass(?:es|ed|ing)?|eclips(?:es|ed|ing)|exceed(?:s|ed|ing)?|overt(?:ook|akes|aking))\b[^.;:!?]{0,50}\Z",
    re.IGNORECASE,
)
_APPOSITION_RX = re.compile(r"\s*[,(—–-]\s*")
# "Ian hit as a Category 4 storm": what the named event was, not another instance.
_AS_A_RX = re.compile(r"\bas\s+an?\s+(?:[\w-]+\s+){0,2}\Z")
# "the attacks", "the Paris attacks": a plural that refers back or names.
_PLURAL_TOLD_RX = re.compile(r"(?:\b[Tt]he|[A-Z][\w.-]*)\s+(?:[\w-]+\s+)?\Z")
# What may follow the noun of a reference: not another noun it modifies ("the election
# campaign", "the storm surge", "the war effort" are other things than the event).
_NEXT_WORD_RX = re.compile(r"[ \u00a0]+(?P<word>[a-z][a-z’'-]*)")
_FOLLOWING_WORDS = (
    "of in on at over against with between near by from to for into across through during and or but nor "
    "that which who whom whose where when while as after before since until because than so yet then "
    "was were is are be been being has had have having will would could can may might must shall should "
    "did does do not never also still itself only just already later earlier first last alone "
    "hit struck made began begun took left came brought drew tore swept shook broke saw got went ran "
    "became kept led put set cost fell rose won lost held met sent spent ended happened occurred "
    "killed s"
)
_FOLLOWING = frozenset(_FOLLOWING_WORDS.split())
_REACH_SENTENCES = 2  # sentences before the phrase's own that it may reach, beyond its paragraph


_WORDS_RX = re.compile(r"[\w’'-]+")
_EVENT_WORDS: dict[tuple[str, str], frozenset[str]] = {}
_NAME_WORDS: dict[tuple[str, str], frozenset[str]] = {}


def _event_words(event: Event) -> frozenset[str]:
    """The words of the event's name, aliases and places (what a qualifier may repeat)."""
    key = (event.id, event.name)
    words = _EVENT_WORDS.get(key)
    if words is None:
        joined = " ".join((event.name, *event.aliases, event.place.replace(";", " "))).lower()
        words = _EVENT_WORDS[key] = frozenset(_WORDS_RX.findall(joined.replace("’s", " ").replace("'s", " ")))
    return words


def _fits(noun: str, event: Event) -> bool:
    """Whether the noun can stand for the event: its kind, and a name's noun where the kind
    is wider ("the crash" is a disaster a name calls a crash). "The war" must be the event's
    own name: it is not "Russia's full-scale invasion of Ukraine", which an alias calls a
    war, since the war began years before the invasion."""
    kinds, words = _KIND_NOUNS[noun]
    if event.kind not in kinds:
        return False
    key = (event.id, event.name)
    names = _NAME_WORDS.get(key)
    if names is None:
        names = _NAME_WORDS[key] = frozenset(_WORDS_RX.findall(event.name.lower()))
    if noun in ("attack", "attacks", "massacre") and "coup" in names:
        return False
    if noun == "war":
        return "war" in names
    return not words or bool(words & _event_words(event))


def with_event_references(
    text: str, events: list[EventMention], text_layout: TextLayout
) -> list[EventMention]:
    """The event mentions plus each definite kind noun that refers back to one of them."""
    if not events:
        return events
    kinds = {e.kind for m in events for e in m.events}
    nouns = [
        noun
        for noun, (noun_kinds, _words) in _KIND_NOUNS.items()
        if noun_kinds & kinds or noun == "meeting" and _KIND_NOUNS["gathering"][0] & kinds
    ]
    if not nouns:
        return events
    found = []
    others: dict[str, int] = {}  # per noun: where the text first speaks of an unnamed instance
    for noun, at in _noun_positions(text, nouns):
        mention = _reference(text, noun, at, events, text_layout, others)
        if mention is not None:
            found.append(mention)
    return sorted(events + found, key=lambda m: m.start) if found else events


def _noun_positions(text: str, nouns: list[str]) -> list[tuple[str, int]]:
    """The kind nouns that stand as whole words after a space."""
    return [
        (noun, at)
        for noun, at in word_positions(text, nouns)
        if at
        and text[at - 1] in " \u00a0\n"
        and not (
            at + len(noun) < len(text) and (text[at + len(noun)].isalnum() or text[at + len(noun)] in "-’'")
        )
    ]


def _reference(
    text: str, noun: str, at: int, events: list[EventMention], text_layout: TextLayout, others: dict[str, int]
) -> EventMention | None:
    """The kind noun at `at` with its determiner or possessor and qualifiers, read as the
    event it refers back to, or None where the text leaves any doubt."""
    end = at + len(noun)
    if any(m.start < end and at < m.end for m in events):
        return None  # part of a name the base knows
    if text_layout.in_quote(at):
        # "it is still there after the summit," Rutte said: a speaker's words keep their
        # own time, which the clause around the quote does not tell
        return None
    before = text[max(0, at - 60) : at]
    # the possessor pattern ends on "'s" or an apostrophe and spaces: tried only where `before` does
    owner = _POSSESSOR_RX.search(before) if before.rstrip(" \u00a0").endswith(_POSSESSIVE_ENDS) else None
    determiner = None if owner else _DETERMINER_RX.search(before)
    qualifiers: list[str] = []
    if owner is not None:
        if owner["owner"].lower() in _TIME_WORDS:
            return None  # "Saturday's shooting": an instance picked by its time
        start = at - len(before) + owner.start()
    elif determiner is not None:
        for word in determiner["pre"].split():
            if word[0].isupper() and word.lower() not in _TIME_WORDS:
                qualifiers.append(word)
            elif word.lower() not in _DESCRIBING:
                return None  # "the 2014 invasion", "the first summit", "this year's summit"
        start = at - len(determiner["pre"])
    else:
        return None
    following = _NEXT_WORD_RX.match(text, end)
    if following is not None and following["word"] not in _FOLLOWING and not following["word"].endswith("ed"):
        return None  # "the election campaign", "the storm surge": another thing than the event
    after = _AFTER_RX.match(text, end)
    if after is not None:
        rest = after["rest"].strip('.,;:!?"”’)')
        if rest.lower() in _TIME_WORDS or rest[:1].isdigit() or _DATED_AFTER_RX.match(text, end):
            return None  # "the election in 2020", "the summit in June": an instance picked by its time
        names = _NAMES_AFTER_RX.match(text, after.start("rest"))
        if names is not None:
            qualifiers += names["names"].split()  # "the summit in Osaka", "the meeting of NATO leaders"
            end = names.end()
            if _DATED_AFTER_RX.match(text, end):
                return None  # "the storm in Puerto Rico in 2018"
        elif after["prep"] in ("of", "in", "on", "at", "over", "against", "between", "near"):
            return None  # "the attack on the embassy", "the vote on the bill": another instance
    elif _DATED_AFTER_RX.match(text, end):
        return None  # "the summit last month", "the vote this week"
    if noun == "meeting" and qualifiers:
        noun = "gathering"  # "the Bali meeting", "the meeting of NATO leaders": a summit may be meant
    opener = owner or determiner
    if opener is None:
        return None
    phrase_start = at - len(before) + opener.start()
    if any(_APPOSITION_RX.fullmatch(text, m.end, phrase_start) for m in events if m.end <= phrase_start):
        return None  # "Hurricane Maria, the deadliest storm": an apposition, read by its own rule
    named = _antecedent(text, noun, start, end, events, text_layout, others)
    if not named:
        return None
    if qualifiers:
        # "the meeting of NATO leaders" after "the Vilnius summit": the NATO one of the summits
        named = tuple(e for e in named if all(_agrees(q, e) for q in qualifiers))
        if not named:
            return None
    if owner is not None and not all(_owned_by(owner["owner"], noun, e) for e in named):
        return None  # "Ukraine's invasion" is not "Russia's full-scale invasion of Ukraine"
    return EventMention(start, end, text[start:end], named)


def _owned_by(owner: str, noun: str, event: Event) -> bool:
    """Whether the event's name or an alias makes the owner its doer: "Russia's invasion of
    Ukraine", "Hamas attack of October 7", "Hamas-led attack"; not the place it struck or
    where it was ("Ukraine war" does not make "Ukraine's invasion")."""
    owner = owner.lower()
    starts = (f"{owner}'s ", f"{owner}’s ", f"{owner}' ", f"{owner}-led ", f"{owner} {noun}")
    return any(name.startswith(starts) for name in (n.lower() for n in (event.name, *event.aliases)))


def _agrees(word: str, event: Event) -> bool:
    """Whether a qualifier's word is one of the event's name, alias or place words."""
    key = word.lower().rstrip(".").replace("’s", "").replace("'s", "")
    return key in _event_words(event)


def _antecedent(
    text: str,
    noun: str,
    start: int,
    end: int,
    events: list[EventMention],
    text_layout: TextLayout,
    others: dict[str, int],
) -> tuple[Event, ...]:
    """The one event of the noun's kind named before the phrase within reach, or ()."""
    sentence_start, sentence_end = text_layout.sentence_bounds(start)
    k = text_layout.sentence_index(start)
    previous = text_layout.sentence_starts[max(0, k - _REACH_SENTENCES)]
    paragraph = text.rfind("\n", 0, start) + 1
    reach = min(previous, paragraph)
    named: list[tuple[EventMention, tuple[Event, ...]]] = []
    for m in events:
        if m.start >= sentence_end:
            break
        fitting = tuple(e for e in m.events if _fits(noun, e))
        if not fitting:
            continue
        if m.start >= start:
            return ()  # another of the kind named after it in its sentence
        named.append((m, fitting))
    if not named:
        return ()
    last, fitting = named[-1]
    if last.start < reach:
        return ()
    ids = {e.id for e in fitting}
    same_sentence = text_layout.sentence_index(last.start)
    if any(
        {e.id for e in other} != ids
        # "Niger's army seized power in the 2023 Nigerien coup": a clause that may name any of
        # a country's coups, told in its sentence which one
        and not ({e.id for e in other} > ids and text_layout.sentence_index(m.start) == same_sentence)
        for m, other in named
    ):
        return ()  # two events of the kind named before it
    clause_start = max(text_layout.sentence_bounds(last.start)[0], last.start - 60)
    if _BACKGROUND_RX.search(text, clause_start, last.start):
        return ()  # "the deadliest since the El Paso shooting": the named one is the background
    if noun not in others:
        others[noun] = _first_other_instance(text, noun, events)
    if others[noun] < start:
        return ()
    return fitting


def _first_other_instance(text: str, noun: str, events: list[EventMention]) -> int:
    """Where the text first speaks of an instance of the noun's kinds that the base does not
    name (the text's length when it never does)."""
    kinds = _KIND_NOUNS[noun][0]
    spans = [(m.start, m.end) for m in events]
    first = len(text)
    for other, (other_kinds, _words) in _KIND_NOUNS.items():
        if not kinds & other_kinds:
            continue
        for word in (other, other + "s", other.capitalize()):
            at = text.find(word, 0, first)
            while at >= 0:
                tail = at + len(word)
                whole = (at == 0 or not text[at - 1].isalnum()) and (
                    tail == len(text) or not (text[tail].isalnum() or text[tail] == "-")
                )
                if whole and not any(s <= at < e for s, e in spans) and _is_other(text, word, other, at):
                    first = at
                    break
                at = text.find(word, tail, first)
    return first


_NAME_AFTER_RX = re.compile(r"[ \u00a0]+[A-Z][a-z]")


def _title_case(text: str, at: int) -> bool:
    """Whether the line around `at` is a headline in title case ("Trump Exploits Las Vegas
    Shooting To Raise Money")."""
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1][:300]
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _is_other(text: str, word: str, noun: str, at: int) -> bool:
    """An indefinite or a time's instance of the kind noun ("a summit", "Saturday's vote"),
    a plural without an article or a name ("summits"), or a name the base does not know
    ("Tropical Storm Debby", "Typhoon Gaemi")."""
    before = text[max(0, at - 40) : at]
    if word[0].isupper():
        # a name ("Tropical Storm Debby"): not a sentence's first word nor a headline's
        return (
            _NAME_AFTER_RX.match(text, at + len(word)) is not None
            and not re.search(r"(?:^|[.!?\n]\s*)\Z", before)
            and not _title_case(text, at)
        )
    plural = word != noun
    if _OTHER_INSTANCE_RX.search(before) and not _AS_A_RX.search(before):
        return True
    return plural and not _PLURAL_TOLD_RX.search(before)
