"""The verbs of a clause, and the tense they give it.

What a mention's clause says of time, when it gives no date, is read off its verbs: the
verb group right after the mention when the mention is its subject ("President X says",
"X has approved", "X will attend"), else the clause's auxiliaries and commonest finite
verbs, else the nearest tense marker. A verb of saying in the past ("said", "warned") is
told apart: news reports what was said without a date as said lately.
"""

from __future__ import annotations

import re

from annotator.temporal.anchoring import clause_tense, lower_cased

PRESENT, FUTURE, PAST = "present", "future", "past"
RECENT = "recent"  # "X said": news reports what was said without a date as said lately

# The verb group right after a subject, past an appositive (", the former governor,").
_APPOSITIVE_RX = re.compile(r"^\s*,\s+[^,;:.!?]{1,80},\s*")
_ADVERBS = (
    r"(?:(?:also|still|now|currently|again|already|just|even|reportedly|once|today"
    r"|himself|herself|then|recently|later|personally|repeatedly|never|often|always"
    r"|not|finally|officially|publicly|quickly|directly|openly|strongly|formally"
    r"|yesterday|tonight|(?:on|last|this|early|late|earlier|next)\s+[A-Za-z]+"
    r"|(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?,?)\s+)*"
)
# Case-blind for title-case headlines ("Pope X Just Called Out ..."); a verb read only from
# its "-s" ending must still be lower case (a capitalised word there is a name).
_VERB_AFTER_RX = re.compile(
    r"^\s+" + _ADVERBS + r"(?P<verb>[A-Za-z']+)(?:\s+(?P<next>[A-Za-z']+))?", re.IGNORECASE
)
_FUTURE_VERBS = {"will", "shall", "'ll"}
_PRESENT_VERBS = {
    "is",
    "are",
    "am",
    "does",
    "do",
    "says",
    "has",
    "have",
    "wants",
    "thinks",
    "believes",
    "remains",
    "plans",
    "hopes",
    "insists",
    "argues",
    "claims",
    "continues",
    "tells",
    "warns",
    "urges",
    "calls",
    "appears",
    "seems",
    "knows",
    "needs",
    "faces",
    "leads",
    "heads",
    "visits",
    "meets",
    "travels",
    "hosts",
    "announces",
    "signs",
    "speaks",
    "writes",
    "tweets",
    "notes",
    "adds",
    "explains",
    "admits",
    "denies",
    "rejects",
    "supports",
    "opposes",
    "backs",
    "vows",
    "pledges",
    "promises",
    "expects",
    "intends",
    "owns",
    # verbs of a state that goes on, in the forms a plural subject takes too ("banks remain")
    "remain",
    "continue",
    "struggle",
    "struggles",
    "mourn",
    "mourns",
    "remember",
    "remembers",
}
_PAST_VERBS = {
    "was",
    "were",
    "did",
    "had",
    "said",
    "told",
    "made",
    "took",
    "gave",
    "went",
    "came",
    "met",
    "left",
    "won",
    "lost",
    "ran",
    "led",
    "saw",
    "wrote",
    "spoke",
    "became",
    "began",
    "sent",
    "signed",
    "kept",
    "put",
    "set",
    "stood",
    "thought",
    "felt",
    "brought",
    "chose",
    "fought",
    "sought",
    "knew",
    "held",
    "got",
    "used",
    "once",
    "never",
    # irregular past forms that are no present form
    "froze",
    "flew",
    "drew",
    "grew",
    "threw",
    "broke",
    "wore",
    "tore",
    "swore",
    "stole",
    "rose",
    "drove",
    "rode",
    "struck",
    "stuck",
    "swung",
    "sank",
    "fell",
    "sold",
    "bought",
    "caught",
    "taught",
    "paid",
    "laid",
    "meant",
    "built",
    "spent",
    "dealt",
    "found",
    "shook",
    "forgot",
    "hid",
    "fled",
    "fed",
    "shot",
    "sat",
    "swept",
    "heard",
    "understood",
    "withdrew",
    "overthrew",
    "undertook",
    "oversaw",
    "overcame",
    "upheld",
    "withheld",
    "mistook",
    "arose",
}
_SPEECH_VERBS = {
    "said",
    "called",
    "condemned",
    "criticized",
    "criticised",
    "praised",
    "revealed",
    "told",
    "wrote",
    "tweeted",
    "added",
    "noted",
    "explained",
    "argued",
    "stated",
    "announced",
    "claimed",
    "insisted",
    "warned",
    "urged",
    "responded",
    "replied",
    "posted",
    "commented",
    "remarked",
    "declared",
    "acknowledged",
    "accused",
    "vowed",
    "pledged",
    "denied",
}
_PARTICIPLE_RX = re.compile(
    r"^(?:been|[a-z]+ed|[a-z]+en|said|told|made|had|done|met|won|led"
    r"|held|left|sent|set|put|kept|brought|thought|sought|fought|got"
    r"|gone|seen|taken|given|written|spoken|become|begun|run|stood)$"
)
_WORD_RX = re.compile(r"[a-z]+")
# The "-ing" form after "has been": "has been campaigning" (not "has been something of").
_ONGOING_RX = re.compile(r"\s+(?!(?:some|no|any|every)thing\b|during\b|king\b)([a-z]{3,}ing)\b")
# Verbs that speak of an act of office: done before taking office, they misstate the title.
OFFICE_ACTS = frozenset(
    {
        "signed",
        "vetoed",
        "ordered",
        "appointed",
        "nominated",
        "pardoned",
        "issued",
        "enacted",
        "imposed",
        "decreed",
        "sanctioned",
        "authorized",
        "authorised",
        "deployed",
        "fired",
        "commuted",
        "declared",
        "proclaimed",
        "commanded",
        "dismissed",
        "swore",
        "sworn",
    }
)
_FUTURE_AUX = {"will", "wo", "shall", "ll"}
_NEGATED = {
    "won": FUTURE,
    "don": PRESENT,
    "doesn": PRESENT,
    "can": PRESENT,
    "isn": PRESENT,
    "aren": PRESENT,
    "didn": PAST,
    "wasn": PAST,
    "weren": PAST,
}
_NEGATION_RX = re.compile(r"(?:['’]| )t\b")
_PAST_AUX = {"was", "were", "did", "had", "didn"}
_PRESENT_AUX = {"is", "are", "am", "isn", "aren", "does", "doesn", "has", "have", "hasn", "haven"}
# Every word the auxiliary reading stops on: a stretch with none of them is passed over whole.
_AUXILIARIES = frozenset(_NEGATED) | _FUTURE_AUX | _PAST_AUX | _PRESENT_AUX
_NOT_VERBS_ENDING_S = {
    "is",
    "was",
    "has",
    "does",
    "us",
    "as",
    "its",
    "his",
    "this",
    "thus",
    "plus",
    "yes",
    "less",
    "unless",
    "across",
    "towards",
    "afterwards",
}


def _s_form(word: str) -> bool:
    """Whether a lower-case word may be a verb's present form in "-s" ("says", "goes")."""
    return (
        word.endswith("s") and not word.endswith("ss") and word not in _NOT_VERBS_ENDING_S and len(word) > 3
    )


def verb_after(text: str, end: int, clause_end: int) -> tuple[str, str] | None:
    """(kind, verb) of the verb group right after a subject mention, if there is one."""
    rest = text[end : min(clause_end, end + 140)]
    appositive = _APPOSITIVE_RX.match(rest)
    if appositive:
        rest = rest[appositive.end() - 1 :]
        rest = " " + rest.lstrip()
    match = _VERB_AFTER_RX.match(rest)
    if not match:
        return None
    verb = match.group("verb").lower()
    following = (match.group("next") or "").lower()
    if verb in _FUTURE_VERBS or (verb in ("is", "are") and following == "going"):
        return FUTURE, verb
    if verb in ("has", "have") and _PARTICIPLE_RX.match(following):
        # "X has approved": done lately, as a news report means it; "has been" a state.
        kind = PAST if following == "been" else RECENT
        ongoing = _ONGOING_RX.match(rest, match.end()) if following == "been" else None
        if ongoing:
            # "X has been campaigning": an activity going on up to now, as "X is campaigning".
            return PRESENT, f"{verb} {following} {ongoing.group(1)}"
        return kind, f"{verb} {following}"
    if verb in ("is", "are") and following in ("expected", "scheduled", "set", "due"):
        return FUTURE, f"{verb} {following}"
    if verb in _SPEECH_VERBS:
        return RECENT, verb
    if verb in _PAST_VERBS or (verb.endswith("ed") and len(verb) > 4):
        return PAST, verb
    if verb in _PRESENT_VERBS or (
        _s_form(verb) and match.group("verb")[0].islower()  # "in Buenos Aires": a name, no verb
    ):
        return PRESENT, verb
    return None


def _auxiliary_tense(text: str, clause: tuple[int, int], skip: tuple[int, int]) -> tuple[str, str] | None:
    """The tense of the first auxiliary or common finite verb of the clause, read before the
    mention first (a clause's verb usually comes before its object), then after it."""
    lowered = lower_cased(text)
    for low, high in ((clause[0], skip[0]), (skip[1], clause[1])):
        if _AUXILIARIES.isdisjoint(_WORD_RX.findall(lowered, low, high)):
            continue  # read word by word only where an auxiliary is
        for match in _WORD_RX.finditer(lowered, low, high):
            word = match.group()
            if word in _NEGATED and _NEGATION_RX.match(lowered, match.end()):
                kind = _NEGATED[word]  # "won't", and pages that lost the apostrophe: "won t"
                return kind, f"'{word}'t' in its clause"
            if word in _FUTURE_AUX:
                return FUTURE, f"future '{word}' in its clause"
            if word in _PAST_AUX:
                return PAST, f"past tense '{word}' in its clause"
            if word in _PRESENT_AUX:
                following = _WORD_RX.search(lowered, match.end(), high)
                if word in ("has", "have") and following and _PARTICIPLE_RX.match(following.group()):
                    return PAST, f"present perfect '{word} {following.group()}' in its clause"
                return PRESENT, f"present tense '{word}' in its clause"
    return None


def clause_verb_tense(text: str, clause: tuple[int, int], skip: tuple[int, int]) -> tuple[str, str] | None:
    """The tense of the clause's verbs outside the mention: auxiliaries first; then the
    nearest tense marker, past winning over present, future needing an explicit cue."""
    auxiliary = _auxiliary_tense(text, clause, skip)
    if auxiliary is not None:
        return auxiliary
    tense = clause_tense(text, skip[0], skip[1])
    if tense == "past":
        return PAST, "a past-tense verb in its clause"
    if tense == "future":
        return FUTURE, "a future-tense cue in its clause"
    if _PRESENT_VERBS.isdisjoint(_WORD_RX.findall(text, clause[0], clause[1])):
        return None  # no present verb anywhere in the clause, outside the mention or in it
    for match in _WORD_RX.finditer(text, clause[0], clause[1]):
        if skip[0] <= match.start() < skip[1]:
            continue
        word = match.group()
        if word in _PRESENT_VERBS and word not in ("has", "have"):
            return PRESENT, f"present tense '{word}' in its clause"
    return None


def first_verb_tense(text: str) -> tuple[str, str] | None:
    """The tense of a clause's first verb the lists above know, an auxiliary or a verb in
    "-ed" included: "Obama told residents the city is back" is told in the past whatever
    the clause it reports; "his government froze fuel duty" (a verb no tense marker reads)
    too. None when it has none."""
    for match in _WORD_RX.finditer(text.lower()):
        word = match.group()
        if word in _FUTURE_AUX:
            return FUTURE, f"future '{word}' in its clause"
        if word in _PAST_AUX or (word in _PAST_VERBS and word not in ("once", "never")):
            return PAST, f"past tense '{word}' in its clause"
        if word.endswith("ed") and len(word) > 4:
            return PAST, f"past tense '{word}' in its clause"
        if word in _PRESENT_AUX or word in _PRESENT_VERBS:
            return PRESENT, f"present tense '{word}' in its clause"
    return None


_DETERMINERS = frozenset(
    ("the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "many", "some", "all")
)
_SUBJECT_REACH = 5  # words: the verb of a clause opening on a short subject


def subject_verb_tense(text: str) -> tuple[str, str] | None:
    """PRESENT when a clause opens on a short subject and a verb in "-s" ("the war goes on",
    "the country still counts its dead"): a verb no list knows. A word in "-s" right after a
    determiner or a possessive is the subject's own noun ("the streets", "Ukraine's forces")."""
    words = _WORD_RX.findall(text.lower(), 0, 80)[:_SUBJECT_REACH]
    previous = ""
    for k, word in enumerate(words):
        if (
            k
            and _s_form(word)
            and not word.endswith(("us", "is"))
            and previous not in _DETERMINERS
            and not previous.endswith("s")
        ):
            return PRESENT, f"present tense '{word}' in its clause"
        previous = word
    return None
