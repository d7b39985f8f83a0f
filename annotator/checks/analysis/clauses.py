"""The clause of a sentence that holds a mention, and the part of its coordinated predicates.

A title or an event is judged at the time its own clause tells of; the clause ends at hard
punctuation or where another clause opens ("who", "after", "but"), and a clause that
coordinates several predicates ("served as chairman under X and as secretary of state under Y
from 2001 to 2005") gives each its own dates.
"""

from __future__ import annotations

import re

# Where a clause ends: hard punctuation, or a comma before a word that opens another clause.
# Every break begins with punctuation or a space, matched first, so the regex engine skips
# straight to those characters instead of trying each alternative at every character; what
# may follow is then told apart by the character before (a clause is read for each mention).
_CLAUSE_BREAK_RX = re.compile(
    r"[;:()\[\]\u2014\u2013,\s]"
    r"(?:(?<=[;:()\[\]\u2014\u2013])"
    r"|(?<=,)(?:\s+(?=(?:who|which|where|when|while|whereas|but|although"
    r"|though|because|after|before|since|until|as|and|so|if|unless|whose)\b)"
    # "Biden picked Blinken, a choice the Senate confirmed this week": a summing-up noun
    # opens a clause about the whole act, with its own verb and time
    r"|\s+(?=(?:a|an)\s+(?:[\w-]+\s+)?(?:move|decision|choice|step|shift|reversal|departure|blow"
    r"|setback|signal|gesture|development|outcome|pick|nomination|appointment)\s+(?:that|which|the|he|she|they|it)\b)"
    # "X and Y were killed in a crash, officials said on Monday.": the day is the report's
    r"|\s+(?=(?:[\w.'’-]+\s+){1,8}(?:said|says|reported|confirmed|announced|told\s+[\w.'’-]+)\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?[.!?\"”’]*\s*$))"
    r"|(?<=\s)(?:-\s"
    r"|(?=(?:wh(?:o|ich|ose|ile|ereas|en)|be(?:cause|fore)|a(?:lthough|fter)|un(?:til|less)"
    # "ending the war that began in October 2001": the war's own date, in its own clause
    r"|th(?:ough|at\s+(?:began|started|broke\s+out|erupted|ended)\s+(?:in|on)))\s)"
    # "marks 10 years since the deal was adopted in 2015": the count's start, its own clause
    r"|(?=since\s)(?:(?<=years\s)|(?<=year\s)|(?<=months\s)|(?<=decades\s)|(?<=decade\s)"
    r"|(?<=weeks\s)|(?<=days\s))))",
    re.IGNORECASE,
)


def clause_bounds(
    text: str, sentence: tuple[int, int], start: int, end: int, lowered: str | None = None
) -> tuple[int, int]:
    """The clause of a sentence that holds text[start:end]; `lowered`, the text lower-cased
    offset for offset (see anchoring.lowered_text), is read by the same patterns matching
    case, which skip faster."""
    low, high = sentence
    if lowered is None:
        read, breaks, lead_in, opening = text, _CLAUSE_BREAK_RX, _LEAD_IN_RX, _SUBORDINATE_OPENING_RX
    else:
        read, breaks, lead_in, opening = lowered, _LOW_CLAUSE_BREAK_RX, _LOW_LEAD_IN_RX, _LOW_OPENING_RX
    left = low
    for match in breaks.finditer(read, low, start):
        left = match.end()
    right_match = breaks.search(read, end, high)
    right = right_match.start() if right_match else high
    opener = None
    if lead_in.fullmatch(read, low, left):
        # ... the opening clause before the mention, or the one that holds it ("Where
        # President Obama had failed, President Biden succeeded in 2021").
        opener = opening.match(read, left, start) or opening.match(read, left, right)
    if opener is not None:
        # "Three months after Biden was sworn in, he is signing": the opening clause ends at
        # its comma; the main clause after it has its own verb and time.
        comma = text.find(",", opener.end(), right)
        if 0 <= comma < start:
            left = comma + 1
        elif comma >= end:
            right = comma
    return left, right


# Where a clause's coordinated predicates part: "served as chairman under President X and as
# secretary of state under President Y from 2001 to 2005", "in Iraq under X and in Afghanistan
# under Y in 2011", "an aide to X and, in 2009, an adviser to Y" give each its own frame and
# dates. Each part opens on a preposition (or "as"), so a list of names or years
# ("President X and President Y", "in 2011 and 2012") is not parted.
_CONJUNCT_BREAK_RX = re.compile(
    r",?\s+(?:and|but|or)\s*,?\s+(?:(?:then|later|again|also|finally)\s+)?"
    r"(?=(?:as|under|from|during|for|in|at|to|with|after|before|until|between)\s)",
    re.IGNORECASE,
)


def own_conjunct(text: str, clause: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The part of a clause's coordinated predicates that holds text[start:end]."""
    left, right = clause
    for match in _CONJUNCT_BREAK_RX.finditer(text, clause[0], clause[1]):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return left, right


# What may come before it at the start of the sentence: a count ("Three months after ...").
_LEAD_IN_RX = re.compile(
    r"[\s\"'“‘(]*(?:(?:[\w-]+\s+){0,3}(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+"
    r"|(?:shortly|soon|long|just|right|immediately|only|even)\s+)?",
    re.IGNORECASE,
)
# A subordinate clause opening its sentence, closed by the first comma after its verb.
_SUBORDINATE_OPENING_RX = re.compile(
    r"[\s\"'“‘(]*(?:(?:after|before|when|while|since|although|though|because|once|until|if|where|whereas)\s"
    r"[^,;:]*?\b(?:was|were|is|are|had|has|have|did|took|became|came|won|lost|died|left|began|ended"
    r"|[a-z]{2,}ed)\b"
    # ... or a phrase of the subject's earlier time: "Having served under X, he ...", "Once an
    # aide to X, he ...", "A former adviser to X, she ..."
    r"|having\s+(?:been|[a-z]{2,}ed|[a-z]{2,}en)\b"
    r"|(?:once|formerly|previously|long)\s+(?:an?|the)\s"
    r"|(?:an?|the)\s+(?:former|onetime|one-time|longtime|veteran)\s)",
    re.IGNORECASE,
)

# The patterns above, matching case, for a lower-cased text: their words are all in lower case.
_LOW_CLAUSE_BREAK_RX = re.compile(_CLAUSE_BREAK_RX.pattern)
_LOW_LEAD_IN_RX = re.compile(_LEAD_IN_RX.pattern)
_LOW_OPENING_RX = re.compile(_SUBORDINATE_OPENING_RX.pattern)


# "The EU unveiled its plan on Thursday, and it was immediately rejected by X": a clause that
# joins the one before with "and" and tells its act came at once speaks of that clause's time.
_AT_ONCE_RX = re.compile(
    r"\s*and\s+(?:[\w'’.-]+\s+){0,5}?(?:immediately|promptly|instantly|swiftly|at\s+once)\b", re.IGNORECASE
)


def at_once_after(text: str, sentence: tuple[int, int], clause: tuple[int, int]) -> tuple[int, int] | None:
    """The clause before `clause` when `clause` opens "and ... immediately"."""
    found = _AT_ONCE_RX.match(text, clause[0], clause[1])
    if found is None:
        return None
    edge = len(text[: clause[0]].rstrip().rstrip(",").rstrip())
    if edge <= sentence[0]:
        return None
    return clause_bounds(text, sentence, edge - 1, edge)
