"""Dates a clause gives an event by placing its subject at it.

"On Monday, Trump met Putin at the G20 summit in Hamburg": a date that opens the sentence
dates its main clause, and a main clause whose subject is AT the event by a verb of presence
("met", "spoke", "sat", "was caught daydreaming") is at the event that day. So is a when-clause
that tells when the main clause happened ("On Monday, Trump made the country look like a joke,
when he was caught daydreaming at a meeting at the G20 summit"). The same verb with the date
after the event's place reads so too ("Trump sat with Putin at the G20 summit yesterday").

Not read so: a verb of saying, recalling or reflecting anywhere in the clause ("On Monday,
Trump boasted about the G20 summit" is the boasting's date, "On Monday, officials said the
summit ..." the saying's), a relative or subordinate clause with a time of its own ("who met
Putin at the summit", "after he met"), a modal or perfect ("would have met", "had met"), a
negation, a plan or a recording ("a video of Trump at the summit").

An event told by its own verb after a date that opens the sentence ("On Monday, the G20 summit
opened in Hamburg") is dated by it too.
"""

from __future__ import annotations

import re

# Past verbs that place their subject at the event while it happens.
_PRESENCE_VERB = (
    r"(?:met|spoke|talked|sat|posed|appeared|attended|dined|danced|mingled|greeted|shook\s+hands"
    r"|held\s+talks|clashed|protested|marched|rallied|delivered|gave|addressed|chaired|hosted|signed"
    r"|performed|walked\s+out|stormed\s+out|joined|toured|visited|huddled|chatted|conferred|negotiated"
    r"|hugged|embraced|(?:was|were)(?=\s+(?:at|during)\s)|(?:was|were)\s+(?:(?:caught|seen|spotted|photographed"
    r"|pictured|filmed|heard)(?:\s+[a-z]+ing)?|present))"
)
# Words that give the clause a time of its own, or tell of the event rather than place the
# subject at it. "last" and "next" belong to other dates; "to" before a verb is another act.
_OTHER_TIME_RX = re.compile(
    r"\b(?:who|whom|whose|which|that|when|where|while|after|before|since|until|following|because|if|unless"
    r"|though|although|as|than|ago|about|over|regarding|concerning|recall\w*|remember\w*|reflect\w*"
    r"|recount\w*|describ\w*|said|say|says|saying|told|tell|tells|claim\w*|wrote|writes|tweet\w*"
    r"|boast\w*|brag\w*|admit\w*|deny|denied|insist\w*|announc\w*|reveal\w*|report\w*|confirm\w*"
    r"|explain\w*|not|never|no|will|would|could|should|might|may|must|can|shall|has|have|had|did|does"
    r"|do|plan\w*|prepar\w*|ahead|upcoming|next|later|earlier|previous\w*|last|anniversary|memory"
    r"|video|videos|footage|photos?|pictures?|images?|clips?|camera|tape|film)\b"
    r"|n['’]t\b|\bto\s+(?!(?:the|a|an|his|her|their|its)\b)[a-z]"
    r"|\band\s+(?:[a-z]+ed|was|were|is|are)\b",
    re.IGNORECASE,
)
# The subject: a name, a pronoun or a short noun phrase, no comma, no verb of its own.
_SUBJECT = r"(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+"
# From the verb to the event's name: its object and manner, then "at" or "during" (the
# event's name follows). "at a roundtable meeting at the G20 summit" is at the summit.
_TO_EVENT = r"(?P<middle>\s+[^,]{0,80}?)?\s+(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the\s+)?"
_PRESENCE_CLAUSE_RX = re.compile(_SUBJECT + r"\s+" + _PRESENCE_VERB + r"\b" + _TO_EVENT, re.IGNORECASE)
# "Trump will meet Putin at the G20 summit", "is expected to attend": a presence still to come.
_COMING_CLAUSE_RX = re.compile(
    _SUBJECT
    + r"\s+(?P<aux>will|(?:is|are)\s+(?:expected|set|due|scheduled|going)\s+to)\s+(?:meet|attend|speak|sit"
    r"|join|hold\s+talks|address|be|appear|host|chair)\b" + _TO_EVENT,
    re.IGNORECASE,
)
# What the "at" could belong to instead of the verb: a possession, a topic, a thing said or
# done, a clause of its own ("his comments at", "on the deal struck at", "leaders he met at",
# "a speech defending his record at"). The words between the verb and "at" may name people,
# a place and a plain noun ("met Putin for the first time at", "at a roundtable meeting at").
_NOT_ATTACHED_RX = re.compile(
    r"\b(?:his|her|their|its|my|our|your|he|she|they|we|i|you|it|on|of|about|over|against|regarding"
    r"|behind|by|remarks?|comments?|statements?|words|conduct|record|performance|behaviou?r|role|deal"
    r"|agreement|outcome|results?|speech\w*|calls?|phone|telephone|letters?|messages?|(?!(?:meeting|gathering|briefing|evening|morning|opening)\b)"
    r"[a-z]+ing)\b|(?<![\w-])[a-z]+(?:ed|en)(?![\w-])",
    re.IGNORECASE,
)
# "On Monday, Trump made the country look like a joke, when he was caught daydreaming at":
# a when-clause after the main clause tells when the main clause happened.
_WHEN_RX = re.compile(r"(?P<main>[^,]{1,100}),\s+when\s+", re.IGNORECASE)
# A date that opens the sentence: "On Monday", "Yesterday", "Last week", "Earlier this month".
_OPENING_RX = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?:(?:On|In)\s+)?\Z")
# "On Monday, the G20 summit opened in Hamburg", "On Thursday, the bombing killed 22 people":
# the event as the subject of its own verb.
_OWN_VERB_RX = re.compile(
    r"\s+(?:(?:in|at)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+)?"
    r"(?:opened|began|ended|closed|concluded|wrapped\s+up|kicked\s+off|got\s+under\s*way|took\s+place"
    r"|(?:was|were)\s+held|convened|happened|occurred|erupted|broke\s+out|made\s+landfall|killed|wounded"
    r"|injured|(?:hit|struck|battered|lashed|ravaged|devastated|slammed\s+into|tore\s+through)"
    r"(?!\s+(?:the\s+)?(?:headlines?|home|a\s+nerve|a\s+chord|back|news|screens?|shelves)\b))\b",
    re.IGNORECASE,
)


def presence_clause(segment: str) -> bool:
    """Whether `segment`, from a clause's subject to an event's name, places the subject at the
    event ("Trump was caught daydreaming at a roundtable meeting at the ")."""
    found = _PRESENCE_CLAUSE_RX.fullmatch(segment)
    if found is None:
        found = _COMING_CLAUSE_RX.fullmatch(segment)
        if found is None:
            return False
        segment = segment[: found.start("aux")] + segment[found.end("aux") :]
    return not _OTHER_TIME_RX.search(segment) and not _NOT_ATTACHED_RX.search(found.group("middle") or "")


# "Trump met Putin on Monday at the G20 summit": the date inside a clause that places its
# subject at the event.
_ON_BEFORE_DATE_RX = re.compile(r"\s+on\s+\Z|\s+\Z", re.IGNORECASE)
_AT_AFTER_DATE_RX = re.compile(r"\s+(?:at|during)\s+(?:the\s+)?", re.IGNORECASE)


def placed_at_around(text: str, timex_start: int, timex_end: int, mention_start: int) -> bool:
    """Whether a date before the event's name stands inside a clause that places its subject
    at the event: the clause without the date ("Trump met Putin at the ") does."""
    if not _AT_AFTER_DATE_RX.fullmatch(text, timex_end, mention_start):
        return False
    window_start = max(0, timex_start - 160)
    start = _SENTENCE_START_RX.search(text, window_start, timex_start)
    before = _ON_BEFORE_DATE_RX.search(text, max(0, timex_start - 4), timex_start)
    if start is None or before is None:
        return False
    return presence_clause(text[start.end() : before.start()] + text[timex_end:mention_start])


# The event's name ends the phrase after "at": not a word naming something of it ("at the G20
# summit venue", "at the 9/11 memorial", "at the summit's venue").
_NAME_ENDS_RX = re.compile(
    r"\s*(?:[,.;:!?)\"”—–]|\Z)|\s+(?:in|on|at|of|for|with|and|but|or|to|from|by|during|after|before|since"
    r"|as|while|when|where|which|that|who|last|this|yesterday|earlier|later|over|near|outside|inside|was"
    r"|were|is|are|had|has|alongside|amid|despite)\b",
    re.IGNORECASE,
)


def name_ends_phrase(text: str, mention_end: int) -> bool:
    """Whether the event's name ends the phrase it stands in (nothing of it named after it)."""
    return _NAME_ENDS_RX.match(text, mention_end) is not None


def opening_presence_date(
    text: str, timex_start: int, timex_end: int, mention_start: int, mention_end: int
) -> bool:
    """Whether a date opening the sentence dates the event named later in it: its main clause
    (or the when-clause that times it) places its subject at the event, or the event is the
    subject of its own verb."""
    if not _OPENING_RX.search(text, max(0, timex_start - 4), timex_start):
        return False
    gap = text[timex_end:mention_start]
    if not gap.startswith(","):
        return False
    if re.fullmatch(r",\s+(?:the\s+)?", gap, re.IGNORECASE):
        return _OWN_VERB_RX.match(text, mention_end) is not None
    clause = gap[1:].lstrip()
    if any(mark in clause for mark in '.;:!?()"“”') or not name_ends_phrase(text, mention_end):
        return False
    if "," not in clause:
        return presence_clause(clause)
    when = _WHEN_RX.match(clause)
    if when is None or "," in clause[when.end() :] or _OTHER_TIME_RX.search(when.group("main")):
        return False
    return presence_clause(clause[when.end() :])


# "on Tuesday, when he met Macron at the G7 summit": a when-clause set after a date tells
# what happened on it.
_WHEN_AFTER_DATE_RX = re.compile(r",\s+when\s+(?P<clause>[^,.;:!?()\"“”]+)")


def when_presence_date(text: str, timex_end: int, mention_start: int) -> bool:
    """Whether the words from a date to the event's name are a when-clause on the date that
    places its subject at the event."""
    found = _WHEN_AFTER_DATE_RX.fullmatch(text, timex_end, mention_start)
    return found is not None and presence_clause(found.group("clause"))


_SENTENCE_START_RX = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?=[^.!?]*\Z)")


def placed_at_before(text: str, mention_start: int) -> bool:
    """Whether the sentence up to the event's name is a clause placing its subject at the
    event ("Trump sat with Putin at the "), so a date after the event's place is the clause's."""
    window_start = max(0, mention_start - 160)
    start = _SENTENCE_START_RX.search(text, window_start, mention_start)
    if start is None or (start.end() == window_start and window_start > 0):
        return False
    return presence_clause(text[start.end() : mention_start])


# "Trump will attend the G20 summit on Friday", "leaders will gather in Hamburg for Friday's
# summit": the clause's own verb places the event in the days to come.
_COMING_PRESENCE_RX = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:set|due|scheduled|expected|going)\s+to)\s+(?:attend|gather|meet|host|join|open|chair"
    r"|travel|head|fly|go|be|take\s+part)\b"
    r"(?:(?!\b(?:who|which|that|when|after|before|since|said|says|discuss\w*|what|how|about|talk\w*"
    r"|review\w*|anniversary|[a-z]{2,}ed)\b)[^,.;:!?\"“”()]){0,50}?\Z",
    re.IGNORECASE,
)
# "Merkel is urging unity ahead of Friday's summit": "ahead of" after a verb still going on or
# to come (not "urged unity ahead of Friday's summit", which may be told a week later).
_NOW_OR_COMING = (
    r"(?:will|(?:is|are|am)\s+(?:(?:set|due|expected|scheduled|going)\s+to|(?!being\b)[a-z]+ing))"
)
_COMING_AHEAD_RX = re.compile(
    r"\b" + _NOW_OR_COMING + r"\b(?:(?!\b(?:who|which|that|when|after|before|since|said|says|was|were"
    r"|had|did|he|she|they|we|it|i|you|heard|made|gave|took|saw|held|met|told|wrote|spoke|sent|got"
    r"|[a-z]{2,}ed)\b)[^,.;:!?\"“”()]){0,60}?\bahead\s+of\s+\Z",
    re.IGNORECASE,
)
# "Ahead of Friday's G20 summit, leaders are gathering in Hamburg".
_OPENING_AHEAD_RX = re.compile(r"(?:^|[.!?][\"”’]?\s+)Ahead\s+of\s+\Z")
_AHEAD_MAIN_RX = re.compile(
    r"[^,.;:!?]{0,40},\s+(?:[\w'’.-]+\s+){1,4}?" + _NOW_OR_COMING + r"\b", re.IGNORECASE
)


def coming_presence(text: str, start: int, end: int) -> bool:
    """Whether the words before `start`, where an event and its date are named (up to `end`),
    are a verb still to come that places its subject at the event, or "ahead of" after a verb
    going on or to come."""
    if _COMING_PRESENCE_RX.search(text, max(0, start - 90), start):
        return True
    if _COMING_AHEAD_RX.search(text, max(0, start - 100), start):
        return True
    return bool(_OPENING_AHEAD_RX.search(text, max(0, start - 12), start) and _AHEAD_MAIN_RX.match(text, end))


# "The G20 summit in Hamburg begins on Friday", "the talks opened Monday", "the vote is set
# for Sunday": the event as the subject of its own verb of beginning, ending or being held,
# the date right after it ("will open on Friday" is event-tense's to judge).
_OWN_TIME_GAP_RX = re.compile(
    r"\s+(?:(?:in|at)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+)?"
    r"(?:(?P<coming>begins|starts|opens|ends|closes|concludes|gets\s+under\s*way|kicks\s+off|takes\s+place"
    r"|(?:is|are)\s+(?:held|set|scheduled|due)(?:\s+to\s+(?:begin|start|open|take\s+place))?)"
    r"|began|started|opened|ended|closed|concluded|got\s+under\s*way|kicked\s+off|took\s+place"
    r"|(?:was|were)\s+held)\s+(?:(?:on|in|for)\s+)?",
    re.IGNORECASE,
)


# The event's name opens its clause, so it is the verb's subject ("The film about the G20
# summit opens on Friday" is the film's opening).
_SUBJECT_START_RX = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|[,;:]\s+|\b(?:and|but|as|when|while)\s+)"
    r"(?:(?:[Tt]he|[Tt]his\s+year['’]s|[Tt]his\s+week['’]s)\s+)?\Z"
)


def own_time_gap(text: str, mention_start: int, mention_end: int, timex_start: int) -> re.Match | None:
    """The event's own verb of beginning, ending or being held between its name, which opens
    its clause, and a date (its group "coming" set when the verb is still to come), or None."""
    if not _SUBJECT_START_RX.search(text, max(0, mention_start - 30), mention_start):
        return None
    return _OWN_TIME_GAP_RX.fullmatch(text, mention_end, timex_start)
