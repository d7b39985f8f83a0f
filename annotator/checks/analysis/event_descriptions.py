"""Disasters and attacks named by a kind noun and a description of what it did where: "the
quake that levelled much of southern Turkey", "floodwaters swamped a third of Pakistan",
"fire tore through Notre-Dame", "the earthquake that struck the High Atlas mountains".

News names a well-known disaster by its kind and the place it struck more often than by a
name. The description ties the kind noun to a place by a relative clause or a clause of its
own with a verb of striking ("that struck", "which devastated", "tore through") or by a
preposition ("the quake in Nepal"). The place may be the one the base gives the event, a
region or country containing it (:mod:`annotator.checks.kb.event_regions`), or the site the
base names the event by ("Notre-Dame" of "Notre-Dame fire", "Beirut's port" of "Beirut port
blast").

A flag needs certainty that the text speaks of an event the base knows, and quakes and
floods strike the same country every year. So a place reached only through its region or
country names the base's event of that kind only when the description marks a disaster the
base is sure to list. The base lists every earthquake that killed 1,000 people or more
since 2000 (and so every tsunami that did): an earthquake needs an extent ("much of",
"swathes of"), a thousand dead in the sentence, or a verb of devastation ("levelled",
"flattened") of a town or region (of a whole country, it may be hyperbole for a quake that
killed dozens); a tsunami an extent or a thousand dead. The place may stand before the kind
noun too ("the Sichuan earthquake, which killed nearly 70,000 people"), with the dead counted.
Floods devastate some region of a large
country nearly every year and the base lists only a few: a flood needs a share of a whole
country ("a third of Pakistan"), a flood of a nation's scale. A sentence that names a year
before 2000 names nothing this way. Fires, blasts, bombings and shootings happen in every
city: for them only the base's own site counts, never the town it lies in. Where several
events of the kind fit the place, the mention names them all, and a date must fit none of
them to be flagged.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable

from annotator.checks.analysis.layout import TextLayout
from annotator.checks.analysis.literal_search import word_positions
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.event_regions import containing, is_local
from annotator.checks.kb.facts import Event
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase
from annotator.temporal.anchoring import lower_cased

# The kind nouns of a text, by family; an event is of a family when a word of its names is.
_FAMILIES: dict[str, tuple[str, ...]] = {
    "earthquake": ("earthquake", "earthquakes", "quake", "quakes", "tremor"),
    "flood": ("flood", "floods", "flooding", "floodwaters", "deluge"),
    "tsunami": ("tsunami",),
    "fire": ("fire", "fires", "blaze", "inferno", "wildfire", "wildfires", "bushfire", "bushfires"),
    "explosion": ("explosion", "explosions", "blast", "blasts"),
    "bombing": ("bombing", "bombings"),
    "shooting": ("shooting", "shootings"),
}
# Families a region or country may name: natural disasters that strike an area.
_AREA_FAMILIES = frozenset(("earthquake", "flood", "tsunami"))
_FAMILY_OF = {word: family for family, words in _FAMILIES.items() for word in words}
# The kind nouns are found by these parts, each searched once ("quake" in "Earthquakes",
# "fire" in "wildfire"), capitalised where a sentence may open on the noun ("Floods that
# submerged", "Fire tore through"): a search per word and capitalisation would scan the
# article fifty times. Where the tagger's lower-cased copy of the text is at hand, one search
# there finds a stem and its capitalised form together (_stem_positions).
_STEMS: tuple[str, ...] = ("quake", "tremor", "flood", "deluge", "tsunami", "fire", "blaze", "inferno")
_STEMS += (
    "explosion",
    "blast",
    "bombing",
    "shooting",
    "Quake",
    "Flood",
    "Fire",
    "Tsunami",
    "Blast",
    "Explosion",
)
_LETTERS_RX = re.compile(r"[^\W\d_]*")

_DEVASTATED = (
    r"levell?ed|flattened|razed|devastated|destroyed|ravaged|wrecked|gutted|submerged|swamped"
    r"|inundated|engulfed|obliterated|laid\s+waste\s+to"
)
_DEVASTATED_RX = re.compile(_DEVASTATED)
_STRUCK = r"struck|hit|rocked|shook|jolted|battered|tore|ripped|swept|slammed|pummell?ed|lashed"
# After the kind noun: a relative clause or a clause of its own with a verb of striking, or
# a preposition: "that levelled", ", which struck", "tore through", "in".
_DESCRIPTION_RX = re.compile(
    r"(?:\s*,)?\s+(?:(?:that|which)\s+(?:(?:had|has|have)\s+)?(?:also\s+)?)?"
    rf"(?P<verb>{_DEVASTATED}|{_STRUCK})\s+(?:(?:through|across|into|over)\s+)?"
    # "razed villages across", "flattened whole towns in"
    r"(?:(?:whole\s+|entire\s+|hundreds\s+of\s+|thousands\s+of\s+)?(?:villages|towns|cities|homes"
    r"|neighbou?rhoods|buildings)\s+(?:in|across|of|throughout)\s+)?"
    r"|\s+(?P<prep>in|across|at|of)\s+"
)
# The place: "much of southern Turkey", "a third of Pakistan", "the High Atlas mountains",
# "Valencia's southern suburbs", "Notre-Dame's roof".
_PLACE_RX = re.compile(
    r"(?:(?:(?P<fraction>a\s+(?:third|quarter|fifth|tenth)|half|two[\s-]thirds)"
    r"|(?P<extent>much|most|(?:large\s+|vast\s+|entire\s+)?(?:swathes|swaths)))\s+of\s+)?"
    r"(?:the\s+)?"
    r"(?P<compass>(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+|south-central\s+|central\s+)?"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    r"(?:['’]s?\s+(?:(?:north|south|east|west|central)[\w-]*\s+)?(?P<part>[a-z]+))?"
    r"(?:\s+(?P<tail>mountains|region|province|valley|coast|peninsula|prefecture|county|state))?"
    # a second place the mention runs on to: "in Turkey and (northern) Syria"
    r"(?:\s+and\s+(?:(?:north|south|east|west)[\w-]*\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
)
# A thousand dead or more in the sentence: "killed nearly 3,000 people", "50,000 dead".
_THOUSANDS = r"\d{1,3}(?:,\d{3})+|[1-9]\d{4,}|\d{1,3}\s+thousand"  # never a year: "in 2023"
_DEATHS_RX = re.compile(
    r"\b(?:killed|killing|claimed|claiming)\s+(?:the\s+lives\s+of\s+)?"
    r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+|at\s+least\s+|some\s+|roughly\s+)?"
    rf"(?:{_THOUSANDS})"
    rf"|\b(?:{_THOUSANDS})\s+(?:people\s+)?(?:dead|died|deaths|were\s+killed)"
    r"|\b(?:tens\s+of\s+)?thousands\s+(?:of\s+people\s+)?(?:dead|died|were\s+killed)"
)
_OLD_YEAR_RX = re.compile(r"\b1[0-9]{3}\b")
_REACH = 160  # how far a description runs after the kind noun


def description_mentions(
    text: str, kb: KnowledgeBase, named: list[EventMention], text_layout: TextLayout
) -> list[EventMention]:
    """Mentions of the base's disasters and attacks named by a kind noun and a description
    tying it to a place, outside the mentions found already."""
    found: list[EventMention] = []
    for word, at, end in _kind_nouns(text):
        if (at and text[at - 1] in "-’'") or (
            end < len(text) and (text[end].isalnum() or text[end] in "-’'")
        ):
            continue  # part of a longer word: "anti-fire", "fire-fighters"
        if any(m.start <= at < m.end for m in (*named, *found)):
            continue
        family = _FAMILY_OF[word]
        sentence = text_layout.sentence_bounds(at)
        mention = _described(text, at, end, family, kb, sentence) or _elliptic(
            text, at, end, family, kb, sentence
        )
        if mention is not None:
            found.append(mention)
    return found


def _kind_nouns(text: str) -> list[tuple[str, int, int]]:
    """Each kind noun of the text, lower-cased, with where it begins and ends."""
    found = []
    for stem, at in _stem_positions(text):
        start, end = at, _LETTERS_RX.match(text, at + len(stem)).end()  # type: ignore[union-attr]
        while start and text[start - 1].isalpha() and at - start < 5:  # "earth", "wild", "bush"
            start -= 1
        word = text[start:end].lower()
        if word in _FAMILY_OF and not (start and text[start - 1].isalpha()):
            found.append((word, start, end))
    return found


# Each stem lower-cased, with the forms of it searched for as written.
_STEM_FORMS = {
    stem.lower(): frozenset(form for form in _STEMS if form.lower() == stem.lower()) for stem in _STEMS
}


def _stem_positions(text: str) -> list[tuple[str, int]]:
    """``word_positions(text, _STEMS)``: each stem searched once, in the text lower-cased
    (the copy the tagger keeps), its capitalised form with it, and kept where the text holds
    a form searched for."""
    lowered = lower_cased(text)
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets differ
        return word_positions(text, _STEMS)
    found = []
    for stem, forms in _STEM_FORMS.items():
        size = len(stem)
        at = lowered.find(stem)
        while at >= 0:
            if (form := text[at : at + size]) in forms:
                found.append((form, at))
            at = lowered.find(stem, at + size)
    return sorted(found, key=lambda item: item[1])


def _described(
    text: str, at: int, end: int, family: str, kb: KnowledgeBase, sentence: tuple[int, int]
) -> EventMention | None:
    reach = end + _REACH
    clause = _DESCRIPTION_RX.match(text, end, reach)
    place = _PLACE_RX.match(text, clause.end(), reach) if clause else None
    if clause is None or place is None:
        return _place_before(text, at, end, family, kb, sentence)
    pre = _premodifiers(text, at)
    names = place.group("name").split()
    for size in range(len(names), 0, -1):  # the longest name first: "High Atlas"
        name = " ".join(names[:size])
        events, by_name, start = _events_at(kb, family, name, place, pre)
        if not events:
            continue
        if not by_name and not _major(text[sentence[0] : sentence[1]], family, clause, place, name):
            return None
        start = at if start is None else start
        stop = place.end() if size == len(names) else place.start("name") + len(name)
        return EventMention(start, stop, text[start:stop], events)
    return None


def _place_before(
    text: str, at: int, end: int, family: str, kb: KnowledgeBase, sentence: tuple[int, int]
) -> EventMention | None:
    """ "The Sichuan earthquake, which killed nearly 70,000 people": the place before the kind
    noun, read through its region as the place after it is, for an earthquake or a tsunami
    whose sentence counts a thousand dead."""
    if family not in ("earthquake", "tsunami"):
        return None  # a flood needs its share of a country, told after it
    for name, start in _premodifiers(text, at):
        events = _by_region(kb).get((family, normalise(name)), ())
        if not events:
            continue
        told = text[sentence[0] : sentence[1]]
        if _OLD_YEAR_RX.search(told) and any(int(year) < 2000 for year in _OLD_YEAR_RX.findall(told)):
            return None
        if _DEATHS_RX.search(told):
            return EventMention(start, end, text[start:end], tuple(events))
        return None
    return None


# Capitalised words right before the kind noun, past a few words that describe any attack:
# "the Easter Sunday suicide bombings of Sri Lanka's churches".
_PREMODIFIER_RX = re.compile(
    r"(?<![\w'’-])(?P<pre>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+"
    r"(?P<describing>(?:(?:suicide|deadly|twin|coordinated|co-ordinated|terror|terrorist|devastating"
    r"|massive|huge)\s+){0,2})\Z"
)
_ARTICLES = frozenset(("the", "a", "an", "this", "that"))


def _premodifiers(text: str, at: int) -> list[tuple[str, int]]:
    """The names the kind noun's capitalised premodifiers may be, longest first
    ("Easter Sunday", "Sunday"), each with where it begins."""
    found = _PREMODIFIER_RX.search(text, max(0, at - 60), at)
    if found is None:
        return []
    pre = found.group("pre")
    starts = [found.start("pre") + m.start() for m in re.finditer(r"\S+", pre)]
    words = pre.split()
    return [(" ".join(words[i:]), starts[i]) for i in range(len(words)) if words[i].lower() not in _ARTICLES]


def _events_at(
    kb: KnowledgeBase, family: str, name: str, place: re.Match, pre: list[tuple[str, int]]
) -> tuple[tuple[Event, ...], bool, int | None]:
    """The events of the family the place names; whether by the base's own name for them
    (rather than through a region), and where a premodifier that name has begins."""
    aliases = kb.event_alias_keys()
    sites = [name]
    if place.group("part") and not place.group("compass"):
        sites.insert(0, f"{name} {place.group('part')}")  # "Beirut's port": "Beirut port blast"
    for site in sites:
        key = normalise(site)
        for before, start in pre:  # "Easter Sunday bombings" "of Sri Lanka('s churches)"
            found = _named(aliases, family, key, normalise(before) + " ")
            if found:
                return found, True, start
        found = tuple(e for e in _named(aliases, family, key, "") if not _in_place(key, e))
        if found and not place.group("compass"):
            return found, True, None
    if family not in _AREA_FAMILIES:
        return (), False, None
    compass = place.group("compass") or ""
    return tuple(_by_region(kb).get((family, normalise(compass + name)), ())), False, None


def _named(aliases, family: str, site: str, before: str, after_too: bool = True) -> tuple[Event, ...]:
    """The events an alias names by the kind noun, the site and the premodifier (each
    folded, the premodifier with a space after it): "<site> <before><kind>", and with
    `after_too` "<before><kind> at|in|of <site>"."""
    found = [
        event
        for word in _FAMILIES[family]
        for shape in (
            (
                f"{site} {before}{word}",
                f"{before}{word} at {site}",
                f"{before}{word} in {site}",
                f"{before}{word} of {site}",
            )
            if after_too
            else (f"{site} {before}{word}",)
        )
        for event in aliases.get(shape, ())
    ]
    return tuple(dict.fromkeys(found))


def _in_place(key: str, event: Event) -> bool:
    """Whether the site is only the town, region or country the event happened in: "the
    blast that ripped through Beirut" may be any blast there; "Beirut's port" and
    "Notre-Dame" are the base's site of one (the site folded)."""
    return any(
        key == normalise(region) for place in event.place.split(";") for region in containing(place.strip())
    )


# "the port blast", "the arena bombing": a common noun between the article and the kind
_COMMON_BEFORE_RX = re.compile(r"(?<![\w'’-])the\s+(?P<common>[a-z]{3,})\s+\Z", re.IGNORECASE)
_NAME_RX = re.compile(r"(?<![\w'’-])[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}")


def _elliptic(
    text: str, at: int, end: int, family: str, kb: KnowledgeBase, sentence: tuple[int, int]
) -> EventMention | None:
    """ "Beirut marked the anniversary of the port blast": the kind noun and a common noun
    before it are the base's name for an event ("Beirut port blast") but for a place the
    same sentence names; read only when no place follows the kind noun."""
    common = _COMMON_BEFORE_RX.search(text, max(0, at - 30), at)
    if common is None:
        return None
    clause = _DESCRIPTION_RX.match(text, end, end + _REACH)
    if clause is not None and _PLACE_RX.match(text, clause.end(), end + _REACH):
        return None  # "the port blast in Tianjin"
    aliases = kb.event_alias_keys()
    kind = normalise(common.group("common"))
    found = {
        event
        for name in _NAME_RX.finditer(text, *sentence)
        for event in _named(aliases, family, f"{normalise(name.group())} {kind}", "", after_too=False)
    }
    if len(found) != 1:
        return None  # none, or "Parkland" and "Uvalde" both before "the school shooting"
    return EventMention(common.start("common"), end, text[common.start("common") : end], tuple(found))


def _major(sentence: str, family: str, clause: re.Match, place: re.Match, name: str) -> bool:
    """Whether the description marks a major disaster, one the base would know."""
    if _OLD_YEAR_RX.search(sentence) and any(int(year) < 2000 for year in _OLD_YEAR_RX.findall(sentence)):
        return False  # the base lists them completely only since 2000
    if place.group("fraction"):
        return True  # "a third of Pakistan": a disaster of a nation's scale
    if family == "flood":
        return False  # floods devastate some region every year
    if place.group("extent"):
        return family in ("earthquake", "tsunami")
    devastating = _DEVASTATED_RX.fullmatch(clause.group("verb") or "")
    if family == "earthquake" and devastating and is_local((place.group("compass") or "") + name):
        return True  # "levelled Bam", "devastated southern Turkey"; not any quake "in Turkey"
    return _DEATHS_RX.search(sentence) is not None


_BY_BASE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _by_region(kb: KnowledgeBase) -> dict[tuple[str, str], list[Event]]:
    """The base's disasters by family and every place, region and country containing them
    (worked out once per base)."""
    found = _BY_BASE.get(kb)
    if found is None:
        found = {}
        for event in kb.events:
            if event.kind != "disaster":
                continue  # earthquakes, floods and tsunamis
            for family in _families(event):
                if family in _AREA_FAMILIES:
                    for place in event.place.split(";"):
                        for region in containing(place.strip()):
                            events = found.setdefault((family, normalise(region)), [])
                            if event not in events:  # "Kahramanmaraş" and "Turkey" are both in Turkey
                                events.append(event)
        _BY_BASE[kb] = found
    return found


_WORD_RX = re.compile(r"[a-z]+")


def _families(event: Event) -> Iterable[str]:
    """The families an event's names put it in (the kind nouns are plain lower-case words)."""
    words = set(_WORD_RX.findall(" ".join((event.name, *event.aliases)).lower()))
    return [family for family, nouns in _FAMILIES.items() if not words.isdisjoint(nouns)]
