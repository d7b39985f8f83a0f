"""An event's name rebuilt from its parts, in the other shapes English gives the same name.

News names a known event by its act and the parties to it ("Russia's invasion of Ukraine",
"Russian forces invaded Ukraine", "Kabul fell") or by a kind noun and its proper parts in
several orders ("the G20 summit in Bali", "the Bali G20 summit", "the G20's Bali summit").
``events.csv`` keeps a few of these shapes; the others are built here from every alias at
index time, so the text is read once, as before. A variant keeps every distinctive word of
its alias (names, places, organisations, years, ordinals): it is never more generic than the
alias it comes from, so an alias that names one event still does in its other shapes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache

from annotator.checks.kb.folding import fold, normalise, tokens_of

_TOKEN_RX = re.compile(r"[^\W_]+")
_YEAR_RX = re.compile(r"(?:1[6-9]|20)\d\d")


@dataclass(frozen=True, slots=True)
class Act:
    """How a noun of an act is told as a clause: "invasion of X" -> "invaded X" (active),
    "X was invaded" (passive); "fall of X" -> "X fell" (the complement is the subject)."""

    active: tuple[str, ...] = ()
    passive: str | None = None
    subject: tuple[str, ...] = ()  # verbs whose subject is the noun's complement
    prep: str = "of"
    patient_possessor: bool = False  # "Morsi's ouster": the possessor undergoes the act
    recurs: bool = False  # done to a country again and again (attacks, bombings)
    troops: bool = False  # done by armed forces: "Russian forces invaded", not "Finnish forces joined"
    more_passives: tuple[str, ...] = ()  # other passives of the act: "the dam was blown up"

    @property
    def passives(self) -> tuple[str, ...]:
        """Every passive participle of the act ("destroyed", "blown up"); none without one."""
        return (self.passive, *self.more_passives) if self.passive else ()


# Regular English morphology does not hold for these ("fall" -> "fell", "takeover" ->
# "took over"), so the pairs are listed. Acts whose clause is used of many unlike things
# ("visit to", "election of": a person is elected to many offices) are left out.
ACTS: dict[str, Act] = {
    # "Russian tanks rolled across the border into Ukraine": an army's crossing is its invasion
    "invasion": Act(
        (
            "invaded",
            "poured into",
            "rolled into",
            "crossed into",
            "poured across the border into",
            "rolled across the border into",
            "crossed the border into",
        ),
        "invaded",
        troops=True,
    ),
    "annexation": Act(("annexed",), "annexed"),
    "attack": Act(("attacked",), "attacked", prep="on", recurs=True, troops=True),
    "attacks": Act(("attacked",), "attacked", prep="on", recurs=True, troops=True),
    "bombing": Act(("bombed",), "bombed", recurs=True, troops=True),
    "capture": Act(("captured", "seized"), "captured", troops=True),
    "seizure": Act(("seized", "captured"), "seized", troops=True),
    "takeover": Act(("took over", "seized"), "taken over", troops=True),
    "storming": Act(("stormed", "ransacked"), "stormed"),
    "liberation": Act(("liberated",), "liberated", patient_possessor=True, troops=True),
    "recapture": Act(("recaptured", "retook"), "recaptured", troops=True),
    # a dam, a bridge or a pipeline blown up is destroyed ("the Kakhovka dam was blown up")
    "destruction": Act(("destroyed", "blew up"), "destroyed", more_passives=("blown up",)),
    "ouster": Act(("ousted", "toppled", "deposed"), "ousted", patient_possessor=True),
    "overthrow": Act(("overthrew", "toppled"), "overthrown", patient_possessor=True),
    "impeachment": Act(("impeached",), "impeached", patient_possessor=True),
    "founding": Act(("founded",), "founded", patient_possessor=True),
    "creation": Act(("created",), "created", patient_possessor=True),
    "establishment": Act(("established",), "established", patient_possessor=True),
    "signing": Act(("signed",), "signed"),
    "declaration": Act(("declared",), "declared"),
    "adoption": Act(("adopted",), "adopted"),
    "ratification": Act(("ratified",), "ratified"),
    "sinking": Act(("sank",), "sunk", ("sank",), patient_possessor=True),
    "fall": Act(subject=("fell",), patient_possessor=True),
    "collapse": Act(subject=("collapsed",), patient_possessor=True),
    "resignation": Act(subject=("resigned",), patient_possessor=True),
    "surrender": Act(subject=("surrendered",), patient_possessor=True),
    "independence": Act(
        subject=("became independent", "gained independence", "gained its independence"),
        patient_possessor=True,
    ),
    "withdrawal": Act(("withdrew from", "pulled out of"), prep="from", troops=True),
    "pullout": Act(("pulled out of", "withdrew from"), prep="from", troops=True),
    "retreat": Act(("retreated from", "withdrew from"), prep="from", troops=True),
    "exit": Act(("left", "exited", "quit"), prep="from"),
    "departure": Act(("left", "departed"), prep="from"),
    "accession": Act(("joined", "acceded to"), prep="to"),
    "entry": Act(("joined", "entered"), prep="into"),
}
# Verbs of the clauses above that may open an event's own clause ("On Feb. 24, 2022, Russia
# invaded Ukraine"): the event rules read a date that opens the sentence as the act's.
CLAUSE_VERBS = frozenset(
    word for act in ACTS.values() for verb in (*act.active, *act.subject) for word in verb.split()[:1]
)
# Words an agent's nationality takes before a clause's verb: "Russian forces invaded".
_FORCES = ("forces", "troops", "tanks")
# How a nationality adjective ends ("Russian", "Japanese", "British", "French", "Iraqi",
# "Greek", "Swiss"); a capital's name ("Vilnius'") is no adjective of its country.
_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "i", "ch", "ic", "ss", "k", "ni")
_UNITS = frozenset((*_FORCES, "soldiers"))
# Words that begin too many sentences to begin a clause alias ("the WHO was founded" folds to
# "who was founded", which "a man who was founded..." would match).
_NOT_A_SUBJECT = frozenset(
    ("who", "it", "as", "in", "on", "at", "an", "or", "so", "no", "be", "we", "he", "me")
)
_ARTICLES = frozenset(("the", "a", "an"))
# Words of rank and time, capitalised at the head of a name ("First impeachment of Donald
# Trump", "January 6 attack"): no agent, and the clause would lose them.
_TIME_WORDS = frozenset(
    ("first", "second", "third", "fourth", "last", "final", "new", "allied", "full", "early", "late")
    + ("january", "february", "march", "april", "june", "july", "august", "september", "october")
    + ("november", "december", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "spring", "summer")
)
# A name read alone as the subject of a clause ("Hasina resigned") may be anyone's; two words
# or more, or the event's own place, name it.
_SHORTEST_SUBJECT = 2


@dataclass(frozen=True, slots=True)
class CountryWords:
    """A country's or organisation's words as they stand before a verb ("Russia", "the US")
    and as an adjective before a noun ("Russian", "Japanese"), from the qualifier table."""

    names: dict[str, tuple[str, ...]]  # organisation -> its names
    adjectives: dict[str, tuple[str, ...]]  # organisation -> its adjectives
    owner: Mapping[str, str]  # a folded word -> its organisation

    @classmethod
    def from_qualifiers(cls, qualifiers: Mapping[str, str]) -> CountryWords:
        words: dict[str, list[str]] = {}
        for word, organisation in qualifiers.items():
            words.setdefault(organisation, []).append(word)
        names: dict[str, tuple[str, ...]] = {}
        adjectives: dict[str, tuple[str, ...]] = {}
        for organisation, found in words.items():
            plain = [w for w in found if not w.endswith(" s")]
            named = {
                w for w in plain if f"{w} s" in found or len(w.replace(" ", "")) <= 4 and w.count(" ") < 2
            }
            named.add(normalise(organisation))
            names[organisation] = tuple(sorted(named))
            adjectives[organisation] = tuple(
                sorted(w for w in set(plain) - named if " " not in w and w.endswith(_ADJECTIVE_ENDINGS))
            )
        return cls(names, adjectives, dict(qualifiers))

    def organisation(self, words: list[str]) -> str | None:
        """The organisation a run of folded words names whole, if any."""
        if not words or words[-1] == "s":
            return None
        return self.owner.get(" ".join(words))

    def country_of(self, words: list[str]) -> str | None:
        """The country a run of words names by its name or adjective ("japan", "japanese"),
        not by its capital ("Vilnius'", "Tokyo's"), which names a place in it."""
        organisation = self.organisation(words)
        if organisation is None:
            return None
        text = " ".join(words)
        return (
            organisation
            if text in self.names[organisation] or text in self.adjectives[organisation]
            else None
        )

    def forces(self, organisation: str) -> set[str]:
        """ "russian forces", "us troops": a country's armed forces as a clause's subject."""
        adjectives = (*self.adjectives[organisation], *(n for n in self.names[organisation] if len(n) <= 4))
        return {f"{adjective} {unit}" for adjective in adjectives for unit in _FORCES}


@lru_cache(maxsize=8192)
def _tokens_cached(alias: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    cased = tuple(_TOKEN_RX.findall(alias))
    return cased, tuple(fold(token) for token in cased)


def _tokens(alias: str) -> tuple[list[str], list[str]]:
    """An alias's words as written and folded, read once for every construction."""
    cased, words = _tokens_cached(alias)
    return list(cased), list(words)


def clause_forms(alias: str, countries: CountryWords, places: Collection[str] = ()) -> set[str]:
    """The clauses that tell an alias's act: "Russia's invasion of Ukraine" -> "russia
    invaded ukraine", "russian forces invaded ukraine", "ukraine was invaded by russia"."""
    cased, words = _tokens(alias)
    if any(w.isdigit() or w in _TIME_WORDS for w in words) or "by" in words or "(" in alias:
        return set()  # a date, a rank or an agent after the act stays where the alias has it
    possessive = _possessive_marks(alias)
    found: set[str] = set()
    for i, word in enumerate(words):
        act = ACTS.get(word)
        if act is None:
            continue
        first = 1 if words[:1] and words[0] in _ARTICLES else 0
        before, cased_before = words[first:i], cased[first:i]
        owner = bool(before) and before[-1] == "s" and (i - 1) in possessive
        if owner:
            before, cased_before = before[:-1], cased_before[:-1]
        if cased_before and not all(c[:1].isupper() and c.lower() not in _TIME_WORDS for c in cased_before):
            continue  # "full-scale invasion", "first impeachment": a word the clause would lose
        after = words[i + 1 :]
        complement = _complement(act, after, cased[i + 1 :], bool(before))
        if complement is not None:
            mover, obj = complement
            found |= _told_with_object(act, before, mover, obj, countries)
        elif not after and owner and act.patient_possessor and _names_alone(before, places):
            patient = " ".join(before)  # "morsi s ouster" -> "morsi was ousted"
            found |= {f"{patient} {_be(before)} {passive}" for passive in act.passives}
            found |= {f"{patient} {verb}" for verb in act.subject}
    return {form for form in found if form.split(" ", 1)[0] not in _NOT_A_SUBJECT}


def _possessive_marks(alias: str) -> set[int]:
    """Indexes of the "s" tokens that are a possessive's ("Russia's", "Russia’s")."""
    return {
        k
        for k, match in enumerate(_TOKEN_RX.finditer(alias))
        if match.group() == "s" and alias[match.start() - 1 : match.start()] in ("'", "’")
    }


def _be(subject: list[str]) -> str:
    return "were" if subject[-1].endswith("s") and not subject[-1].endswith("ss") else "was"


def _complement(
    act: Act, after: list[str], cased: list[str], named_agent: bool
) -> tuple[list[str], list[str]] | None:
    """(who moves, the object) from the words after the noun: "of ukraine" -> ([], ukraine);
    "of us troops from afghanistan" -> ([us troops], afghanistan). None when the words are not
    one such complement, or when neither the object nor the agent has a proper word ("declared
    martial law" is anyone's; "Yoon Suk Yeol declared martial law" is one act)."""
    if not after:
        return None
    if after[0] == act.prep:
        mover, obj, obj_cased = [], after[1:], cased[1:]
    elif act.prep == "from" and after[0] == "of" and "from" in after:
        j = after.index("from")
        mover, obj, obj_cased = after[1:j], after[j + 1 :], cased[j + 1 :]
        if mover[:1] and mover[0] in _ARTICLES:
            mover = mover[1:]
    else:
        return None
    if not obj or not (named_agent or any(c[:1].isupper() or c[:1].isdigit() for c in obj_cased)):
        return None
    return mover, obj


def _told_with_object(
    act: Act, agent: list[str], mover: list[str], obj: list[str], countries: CountryWords
) -> set[str]:
    bare = obj[1:] if obj[0] in _ARTICLES else obj
    if act.recurs and countries.organisation(bare) is not None:
        return set()  # "Hamas attacked Israel" is said of many attacks, "the attack on Pearl Harbor" of one
    target, subject = " ".join(obj), " ".join(bare)
    if act.subject:
        if agent:
            return set()
        head, _to, rest = subject.partition(" to ")  # "fall of mosul to isis" -> "mosul fell to isis"
        tail = f" to {rest}" if rest else ""
        found = {f"{verb} {target}" for verb in act.active}  # "sank the moskva", "the moskva sank"
        return found | {f"{head} {verb}{tail}" for verb in act.subject}
    who = mover or agent
    if not who and act.troops:
        return set()  # "invaded Ukraine" is also Germany's in 1941: an army's act needs its army
    if not who:
        found = {f"{verb} {target}" for verb in act.active}
        return found | {f"{subject} {_be(bare)} {passive}" for passive in act.passives}
    organisation = countries.organisation(who)
    names = countries.names[organisation] if organisation else (" ".join(who),)
    doers = set(names) | _national(who, organisation, countries, act.troops)
    if act.troops and organisation and not mover:  # "Soviet invasion" -> "soviet troops invaded"
        doers |= {f"{' '.join(who)} {unit}" for unit in _FORCES}
    found = {f"{doer} {verb} {target}" for doer in doers for verb in act.active}
    if not mover:
        found |= {f"{subject} {_be(bare)} {passive} by {name}" for passive in act.passives for name in names}
    return found


def _national(words: list[str], organisation: str | None, countries: CountryWords, troops: bool) -> set[str]:
    """A country's armed forces as an agent ("russian" -> "russian forces"); "us troops" ->
    "american troops"."""
    unit = words[-1] if len(words) > 1 and words[-1] in _UNITS else None
    if unit:
        owner = countries.organisation(words[:-1])
        adjectives = (*countries.adjectives[owner], *countries.names[owner]) if owner else ()
        return {f"{adjective} {unit}" for adjective in adjectives}
    if organisation is None or not troops:
        return set()
    return countries.forces(organisation)


def _names_alone(name: list[str], places: Collection[str]) -> bool:
    """Whether a possessor ("morsi", "kabul") names its one bearer as a clause's subject:
    two words or more, or the event's place."""
    return len(name) >= _SHORTEST_SUBJECT or " ".join(name) in places


# The kind nouns a name is built on, with the others English uses for the same name. Not
# "meeting" or "gathering" for a summit: ministers meet where their leaders later meet.
_KINDS: dict[str, tuple[str, ...]] = {
    "summit": ("summit",),
    "election": ("election",),
    "elections": ("elections",),
    "referendum": ("referendum",),
    "earthquake": ("earthquake", "quake"),
    "quake": ("quake", "earthquake"),
    "shooting": ("shooting", "shootings"),
    "shootings": ("shootings", "shooting"),
    "attack": ("attack", "attacks"),
    "attacks": ("attacks", "attack"),
    "bombing": ("bombing", "bombings"),
    "bombings": ("bombings", "bombing"),
    "explosion": ("explosion", "explosions", "blast"),
    "explosions": ("explosions", "explosion", "blasts"),
    "blast": ("blast", "explosion"),
    "blasts": ("blasts", "explosions"),
    "floods": ("floods", "flooding"),
    "flooding": ("flooding", "floods"),
    "massacre": ("massacre",),
    "stampede": ("stampede",),
    "crash": ("crash",),
}
# Two parts at least (a year, a place, an organisation or country, a describing noun) for
# another order: "the Beirut explosion" told as "an explosion in Beirut" names any of them.
_FEWEST_PARTS = 2


@dataclass(frozen=True, slots=True)
class NameParts:
    """ "the 2022 Bali G20 summit": year 2022, place bali, owner g20, kind summit."""

    year: str
    place: str
    owner: tuple[str, ...]  # how the owner reads before a noun: "g20", "japanese", "japan"
    owner_names: tuple[str, ...]  # and as a noun: "g20", "japan"
    country: bool  # the owner is a country: "the election in Japan", not "the summit in G20"
    describing: str  # lower-case nouns of the kind: "port", "general", "mosque"
    kinds: tuple[str, ...]

    def count(self) -> int:
        return sum(map(bool, (self.year, self.place, self.owner, self.describing)))


def reordered_forms(alias: str, countries: CountryWords, places: Collection[str] = ()) -> set[str]:
    """The same name with its parts in the other orders English uses: "G20 summit in Bali"
    -> "bali g20 summit", "g20 s bali summit", "g20 summit held in bali"; "2024 Japanese
    general election" -> "japan s 2024 general election", "general election in japan in
    2024"; a kind noun's other forms ("quake" for "earthquake") in every order."""
    parts = _name_parts(alias, countries, places)
    return set() if parts is None else set(_forms_of(parts))


@lru_cache(maxsize=2048)
def _forms_of(parts: NameParts) -> frozenset[str]:
    """The forms of one reading: an event's aliases often read alike ("2012 US presidential
    election", "2012 U.S. presidential election")."""
    forms = {
        _join(parts.year, parts.place, owner, parts.describing, kind)
        for owner in parts.owner or ("",)
        for kind in parts.kinds
    }
    if parts.count() < _FEWEST_PARTS:
        return frozenset(forms)  # only the kind's other words, in the alias's own order
    for kind in parts.kinds:
        named = f"{parts.describing} {kind}".strip()
        forms |= _orders(parts, named)
    return frozenset(form for form in forms if _keeps_parts(form, parts))


def _keeps_parts(form: str, parts: NameParts) -> bool:
    """Whether a form still holds every part of its alias: "the 2020 Beirut explosion" is
    not "an explosion in Beirut", nor "the 2022 Bali G20 summit" "the G20 summit in 2022"."""
    padded = f" {form} "
    owners = (*parts.owner, *parts.owner_names)
    return all(f" {part} " in padded for part in (parts.year, parts.place, parts.describing) if part) and (
        not owners or any(f" {owner} " in padded for owner in owners)
    )


def _orders(parts: NameParts, named: str) -> set[str]:
    year, place = parts.year, parts.place
    held = "held in" if named.endswith(("summit", "election", "elections", "referendum")) else "in"
    forms: set[str] = set()
    for owner in parts.owner or ("",):
        forms.add(_join(year, owner, place, named))
        if year and not place:  # "the Japanese general election of 2024"
            forms.add(_join(owner, named, "of", year))
        if place:  # "the 2022 G20 summit in Bali", "the G20 summit held in Bali"
            forms.add(_join(year, owner, named, "in", place))
            forms |= {_join(owner, named, held, place)} if not year else set()
        if named == "summit":  # "the G20 leaders' summit in Bali"
            forms |= {_join(year, owner, "leaders summit", "in" if place else "", place)}
            forms |= {_join(year, place, owner, "leaders summit")}
    if named == "summit" and place:
        for name in (n for n in parts.owner_names if " " not in n):  # "nato", not "north atlantic alliance"
            forms |= _leaders_met(name, place, year)
    for name in parts.owner_names:
        forms.add(_join(name, "s", year, place, named))
        if place and not year:
            forms.add(_join(name, "s", named, "in", place))
        elif year and parts.country:
            for country in (name, f"the {name}") if _TAKES_THE_RX.match(name) else (name,):
                forms |= {_join(named, "in", country, "in", year), _join(year, named, "in", country)}
    describing = parts.describing
    if place and describing in _SITES and not parts.owner and not year:
        # "the explosion at Beirut's port", "the shooting at the Christchurch mosque"
        kind = named.removeprefix(describing).strip()
        forms |= {
            _join(place, "s", named),
            _join(kind, "at", place, "s", describing),
            _join(kind, "at the", place, describing),
            _join(kind, "at the", describing, "in", place),
            _join(kind, "at the", describing, "of", place),
        }
    return forms


def _leaders_met(body: str, place: str, year: str) -> set[str]:
    """A summit told by its leaders' meeting: "the G20 leaders' gathering in Bali", "the
    Vilnius meeting of NATO leaders", "when NATO leaders met in Ankara". Not "the G20 meeting
    in Bali": its ministers meet where its leaders later do."""
    forms = {
        _join(body, "leaders", noun, "in", place, "in" if year else "", year) for noun in _LEADERS_MEETING
    }
    if not year:
        forms |= {_join(place, noun, "of", body, "leaders") for noun in _LEADERS_MEETING}
        forms |= {_join(noun, "of", body, "leaders in", place) for noun in _LEADERS_MEETING}
        forms |= {_join(body, "leaders", verb, "in", place) for verb in _LEADERS_MET}
    return forms


_LEADERS_MEETING = ("summit", "meeting", "gathering")
_LEADERS_MET = ("met", "gathered", "meet", "gather", "will meet", "will gather", "who met", "who gathered")
# Country names read with "the" after a preposition: "in the US", "in the Netherlands".
_TAKES_THE_RX = re.compile(r"united |us$|u s$|uk$|u k$|eu$|e u$|.*s$")
# Sites a kind of event happens at ("the Beirut port explosion", "the Christchurch mosque
# shootings"), told also with the site after the kind.
_SITES = frozenset(
    ("port", "mosque", "mosques", "school", "nightclub", "stadium", "church", "synagogue", "concert")
    + ("airport", "theater", "theatre", "market", "mall", "hotel", "museum", "festival", "club")
    + ("university", "subway", "metro", "supermarket", "parade", "marathon", "beach", "arena")
)


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _name_parts(alias: str, countries: CountryWords, places: Collection[str]) -> NameParts | None:
    """An alias read as [year] proper words, describing nouns, a kind noun, [in/at place]
    [of/in year]; None when it is not one."""
    if "(" in alias:
        return None
    cased, words = _tokens(alias)
    if cased[:1] and cased[0] in _ARTICLES:
        words, cased = words[1:], cased[1:]
    if "s" in words:
        return None  # a possessive already: "NATO's summit"
    heads = [k for k, w in enumerate(words) if w in _KINDS]
    if not heads:
        return None
    h = heads[-1]
    year, pre, cased_pre, tail = "", words[:h], cased[:h], words[h + 1 :]
    if pre[:1] and _YEAR_RX.fullmatch(pre[0]):
        year, pre, cased_pre = pre[0], pre[1:], cased_pre[1:]
    if len(tail) >= 2 and tail[-2] in ("of", "in") and _YEAR_RX.fullmatch(tail[-1]) and not year:
        year, tail = tail[-1], tail[:-2]
    place = ""
    if tail:
        if tail[0] not in ("in", "at") or len(tail) < 2:
            return None
        place = " ".join(tail[1:])
        if not all(c[:1].isupper() for c in cased[h + 2 : h + 1 + len(tail)]):
            return None
    split = next(
        (k for k, c in enumerate(cased_pre) if not c[:1].isupper() and not c[:1].isdigit()), len(pre)
    )
    proper, describing = pre[:split], pre[split:]
    if any(c[:1].isupper() for c in cased_pre[split:]) or any(_YEAR_RX.fullmatch(w) for w in proper):
        return None  # proper words after the describing ones, or a second year
    own_places = set(places)
    if not place:
        for size in range(len(proper), 0, -1):
            found = next(
                (k for k in range(len(proper) - size + 1) if " ".join(proper[k : k + size]) in own_places),
                None,
            )
            if found is not None:
                place = " ".join(proper[found : found + size])
                proper = proper[:found] + proper[found + size :]
                break
    elif any(w in place.split() for w in proper):
        return None
    if place and not proper and countries.country_of(place.split()) is not None:
        proper, place = place.split(), ""  # "2012 United States presidential election": the country owns it
    written = dict(zip(pre, cased_pre, strict=True)).get(proper[0], "") if len(proper) == 1 else ""
    acronym = written.isupper() and len(written) > 1 or written[-1:].isdigit()
    owner, owner_names = _owner_forms(proper, countries, acronym)
    country = bool(proper) and countries.country_of(proper) is not None
    return NameParts(year, place, owner, owner_names, country, " ".join(describing), _KINDS[words[h]])


def _owner_forms(
    proper: list[str], countries: CountryWords, acronym: bool
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A country's adjectives and names ("japanese", "japan"), or an organisation's acronym
    ("G20", "NATO") as it stands before a noun and with a possessive."""
    if not proper:
        return (), ()
    organisation = countries.country_of(proper)
    if organisation is not None:
        names = countries.names[organisation]
        return tuple(sorted({*countries.adjectives[organisation], *names})), names
    text = " ".join(proper)
    return (text,), ((text,) if acronym else ())


def part_variants(alias: str, countries: CountryWords, places: Collection[str] = ()) -> set[str]:
    """Every other shape of an alias built here: its act told as a clause, its parts reordered.
    ``places`` are the event's places, folded ("bali", "sharm el sheikh")."""
    found: set[str] = set()
    for text in (alias, *_by_adjective(alias, countries)):
        words = set(_tokens(text)[1])
        if text is not alias:
            found.add(normalise(text))
        if not words.isdisjoint(ACTS):
            found |= clause_forms(text, countries, places)
        if not words.isdisjoint(_KINDS):
            found |= reordered_forms(text, countries, places)
    return found | _described_deeds(alias)


# Words news sets between an attack's place and its deed ("the Las Vegas mass shooting",
# "the Manchester Arena suicide bombing"); the place keeps the name to its one event.
_DEEDS = frozenset(("shooting", "shootings", "bombing", "bombings", "attack", "attacks", "massacre"))
_DEED_WORDS = ("mass", "terror", "terrorist", "suicide", "truck", "deadly")


def _described_deeds(alias: str) -> set[str]:
    """ "las vegas mass shooting" for "Las Vegas shooting": a describing word before the deed
    of an alias that names its place first, in capitals."""
    words = alias.split()
    if len(words) < 2 or words[-1].lower() not in _DEEDS or not words[0][:1].isupper():
        return set()
    if any(word.lower() in _DEED_WORDS for word in words):
        return set()
    head = normalise(" ".join(words[:-1]))
    return {f"{head} {word} {words[-1].lower()}" for word in _DEED_WORDS}


# A country's possessive inside a name ("the storming of Brazil's Congress") and the words
# before it that make it an object: told also with the adjective ("of the Brazilian Congress").
_COUNTRY_POSSESSIVE_RX = re.compile(r"(?:^|(?<=\b(?:of|on|at|in|to) ))([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s ")


def _by_adjective(alias: str, countries: CountryWords) -> list[str]:
    """ "storming of the Brazilian Congress" for "storming of Brazil's Congress"."""
    found = []
    for match in _COUNTRY_POSSESSIVE_RX.finditer(alias):
        organisation = countries.country_of(tokens_of(match.group(1)))
        if organisation is None:
            continue
        article = "the " if match.start() else ""
        for adjective in countries.adjectives[organisation]:
            found.append(f"{alias[: match.start()]}{article}{adjective.capitalize()} {alias[match.end() :]}")
    return found
