"""The time a clause talks about: its reference time.

A title, a tense or an elapsed time is right or wrong at the time its clause describes,
which is often not the article's date: "appointed by President Obama in 2014" is correct
English in 2017. Every rule asks this module what a passage refers to and judges against
that, staying silent where the text gives no certainty.

The reading is deliberately shallow and conservative: explicit dates in the clause, a few
framing words ("under", "then-", "the late", "would"), and the verb that follows a
mention. Anything it cannot place is UNKNOWN, and rules do not flag on UNKNOWN alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta

from annotator.checks.analysis.clause_verbs import (
    FUTURE,
    PAST,
    PRESENT,
    RECENT,
    clause_verb_tense,
    verb_after,
)
from annotator.checks.analysis.clauses import at_once_after, clause_bounds, own_conjunct
from annotator.checks.analysis.depictions import character_after, depiction_before, pictured
from annotator.checks.analysis.story_frames import heading_date, link_line, story_frame
from annotator.checks.findings import DateWindow
from annotator.temporal.anchoring import lowered_text
from annotator.temporal.timex import YEAR_IN_TEXT_RX
from annotator.temporal.values import value_bounds

DATED = "dated"
HISTORICAL, HYPOTHETICAL, UNKNOWN = "historical", "hypothetical", "unknown"

# Words just before a title that place the mention in the holder's own time.
# "such as" and "as well as" give examples, not a capacity: "leaders such as President X are".
_FRAME_BEFORE_RX = re.compile(
    r"(?:\b(?:under|during|then|late|appointed by|nominated by|named by|picked by|tapped by"
    r"|chosen by|hired by|fired by|pardoned by|signed by|served|serving|worked for|era of"
    r"|administration of|presidency of|tenure of|term of|predecessor|successor|ex|onetime"
    r"|one-time|erstwhile|when|while|(?<!such\s)(?<!well\s)as|soon-to-be|future|would-be|eventual|later"
    r"|at the time|at that time|back then)(?:\s+the)?[\s-]+|\bthen-)$",
    re.IGNORECASE,
)
# "45th President Donald Trump", "the 16th President": the holder's place in the list of
# holders, a designation that stays true after the term, whatever the clause's date.
_ORDINAL_BEFORE_RX = re.compile(
    r"\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    # "three-time prime minister Nawaz Sharif", "a two-term president": the count of terms
    r"|(?:one|two|three|four|five|six|seven|\d)-(?:time|term))"
    r"[\s-]+$",
    re.IGNORECASE,
)
_FRAME_AFTER_RX = re.compile(
    r"^(?:['’]s?\s+|s\s+)?(?:administration|era|presidency|tenure|term|years|government"
    r"|cabinet|white house|days in office|time in office|-era)\b",
    re.IGNORECASE,
)
_WHO_AFTER_RX = re.compile(r",\s+who\s")
_RELATIVE_SKIP_RX = re.compile(r",\s+(?:who|which)\s[^,;:.!?()\"“”]{1,80},(?=\s)")
_FIRST_CONJUNCT_RX = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,8}")
_CLOSING_COMMA_RX = re.compile(r",[ \t]+(?=[a-z])")
_COMPOUND_SUBJECT_RX = re.compile(r"[A-Z][\w.\-]*,?\s+and\s+(?:the\s+)?$")
_POSSESSIVE_RX = re.compile(r"^(?:['’]s?\b|\s+s\s)")
_HYPOTHETICAL_RX = re.compile(
    r"\b(?:if|imagine|imagined|whether|suppose|hypothetical|wish|pretend|fantasy|dream"
    r"|unless)\b",
    re.IGNORECASE,
)
# "It makes you wonder why X would", "it is unclear why X would": a question about what is.
_WONDERING_RX = re.compile(
    r"\b(?:wonder(?:s|ed|ing)?|unclear|asked|asks|ask|explain)\s+why\s+\Z", re.IGNORECASE
)
_MODAL_AFTER_RX = re.compile(r"\s*(?:,[^,]{0,80},\s*)?(?:would|could|might|should)\b", re.IGNORECASE)
# A mention right after one of these is an object, not the subject of the verb after it.
_OBJECT_BEFORE_RX = re.compile(
    r"\b(?:by|of|from|with|to|for|about|against|on|at|than|like|toward|towards|into|over"
    r"|under|between|among|even|including|and|or|nor|but|as)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
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
_INDEFINITE_BEFORE_RX = re.compile(r"\b(?:a|an|any|another|some future|no)\s+$", re.IGNORECASE)
# The last letters the words of the patterns above (and "the") may end on before the white
# space or hyphens that close them, in either case ("\u017f" matches "s" ignoring case): a
# pattern is tried only where the text before the mention ends on one of its letters.
_ORDINAL_ENDS = frozenset("tdhemTDHEM")
_FRAME_ENDS = frozenset("rgneydfxslRGNEYDFXSL\u017f")
_INDEFINITE_ENDS = frozenset("anyreoANYREO")
_OBJECT_ENDS = frozenset("yfmhortnesgdYFMHORTNESGD\u017f")
_RECENT_DAYS = 30
# "Press secretary X will succeed Y": the title of an office the person is about to enter,
# fitting if the term begins within the months after the writing.
_ENTERING_RX = re.compile(
    r"\s+(?:will|shall|is\s+(?:set|due|poised|expected|slated|tipped)?\s*to)\s+"
    r"(?:succeed|replace|take\s+over|take\s+the\s+helm|become|be\s+sworn|take\s+office|assume)\b",
    re.IGNORECASE,
)
_ENTERING_DAYS = 120
_DAYS_AGO_RX = re.compile(
    r"\b(?:a\s+few|few|several|a\s+couple\s+of|just|only|mere)\s+days\s+ago\Z", re.IGNORECASE
)
_LATELY_RX = re.compile(r"(?:most\s+)?(?:recently|lately|of\s+late)", re.IGNORECASE)
# "X said then", "X warned at the time": the verb's own time is an earlier one the text told.
_SAID_THEN_RX = re.compile(r"\s+[a-z]+\s+(?:then|at\s+the\s+time|back\s+then)\b", re.IGNORECASE)
_ONCE_RX = re.compile(r"\s+(?:,\s*)?(?:once|previously|earlier|then|famously|long ago)\b", re.IGNORECASE)
# A time long past that the sentence names without a date: "years before the rally", "long
# before", "months earlier", "decades prior".
_LONG_BEFORE_RX = re.compile(
    r"\b(?:years|decades|months|long|well)\s+(?:before|earlier|prior)\b|\blong ago\b", re.IGNORECASE
)
_RECALLED_RX = re.compile(r"\b(?:remember|recall|forget)\s+(?:how|when|that)\b", re.IGNORECASE)
_FOR_YEARS_RX = re.compile(r"[\"“]?For\s+(?:[\w-]+\s+)?(?:years|decades)\b")
_MEDIA_RX = re.compile(
    r"\b(?:video|clip|footage|recording|tape|transcript|broadcast|interview"
    r"|documentary|podcast)s?\b|\bat \d{1,2}:\d\d\b",
    re.IGNORECASE,
)
_MEDIA_REACH = 600  # characters before a mention: about a paragraph
_REPORTING_RX = re.compile(
    r"\b(?:said|claimed|alleged|insisted|argued|suggested|believed|thought|accused|called"
    r"|wrote|tweeted|suspected|feared|charged|complained|asserted|prove|proves|proved)\b",
    re.IGNORECASE,
)


class Timexes:
    """An article's timexes in order of start, and the length of the longest: those that may
    overlap a clause are found by bisection, not by a scan of the article's every timex for
    each passage read. Also the article's text lowered, offset for offset, where a word a
    pattern ignoring case must contain is looked for first (None when no such copy exists)."""

    __slots__ = ("items", "low", "reach", "starts")

    def __init__(self, items: list, text: str):
        self.items = items
        self.starts = [timex.start for timex in items]
        self.reach = max((timex.end - timex.start for timex in items), default=0)
        self.low = lowered_text(text)  # None for a text holding a case trap (İ, ı, ſ)

    def starting(self, low: int, high: int) -> list:
        """The timexes that start in [low, high)."""
        return self.items[bisect_left(self.starts, low) : bisect_left(self.starts, high)]

    def overlapping(self, low: int, high: int) -> list:
        """The timexes that start before `high` and may end after `low` (those left out end
        at or before it)."""
        return self.starting(low - self.reach, high)

    def first_from(self, offset: int) -> int:
        """Index of the first timex that starts at or after `offset`."""
        return bisect_left(self.starts, offset)


@dataclass(frozen=True, slots=True)
class ReferenceTime:
    """What a passage talks about, and the words that say so."""

    kind: str
    earliest: date | None = None
    latest: date | None = None
    cue: str = ""
    subject_verb: bool = False  # the mention is the subject of the verb right after it
    verb: str = ""
    entering: bool = False  # "X will succeed Y": the clause tells of X taking the office soon
    agent: str = ""  # "X's office said": the verb is done for the person, by this agent

    @property
    def judged(self) -> bool:
        """Whether a title or tense can be judged at all at this time."""
        return self.kind not in (HISTORICAL, HYPOTHETICAL, UNKNOWN)

    def window(self, writing: DateWindow) -> DateWindow | None:
        """The days this reading covers: a dated clause its dates, present/future the
        writing date, past anything before it."""
        if self.entering:  # from the clause's date or the writing on
            first, last = (self.earliest, self.latest) if self.kind == DATED else (None, None)
            first, last = first or writing.earliest, last or writing.latest
            return DateWindow(first, last + timedelta(days=_ENTERING_DAYS), "the coming months")
        if self.kind == DATED and self.earliest and self.latest:
            return DateWindow(self.earliest, self.latest, "the clause's date")
        if self.kind in (PRESENT, FUTURE):
            return writing
        if self.kind == RECENT:
            return DateWindow(writing.earliest - timedelta(days=_RECENT_DAYS), writing.latest, "lately")
        if self.kind == PAST:
            return DateWindow(date.min, writing.latest, "some time before")
        return None

    def describe(self, writing: DateWindow | None = None) -> str:
        """ "read as describing 2017-12-21: present tense 'says'"."""
        if self.kind == DATED and self.earliest and self.latest:
            span = (
                self.earliest.isoformat()
                if self.earliest == self.latest
                else f"{self.earliest.isoformat()} to {self.latest.isoformat()}"
            )
            return f"read as describing {span}: {self.cue}"
        if self.kind in (PRESENT, FUTURE) and writing is not None:
            return f"read as describing {writing.describe()}: {self.cue}"
        if self.kind == RECENT and writing is not None:
            return (
                f"read as describing the {_RECENT_DAYS} days before "
                f"{writing.latest.isoformat()}: {self.cue}, reported without a date"
            )
        if self.kind == PAST and writing is not None:
            return f"read as describing some time before {writing.latest.isoformat()}: {self.cue}"
        return f"not judged ({self.kind}: {self.cue})" if self.cue else f"not judged ({self.kind})"


def _done_then(dated: ReferenceTime, verb: str, entering: bool = False) -> ReferenceTime:
    """A dated clause whose verb the mentioned person is the subject of."""
    return ReferenceTime(
        DATED, dated.earliest, dated.latest, dated.cue, subject_verb=True, verb=verb, entering=entering
    )


# "the strongest hurricane since 1928", and the event a record is counted from: "the largest
# overhaul since the Tax Reform Act of 1986", "the worst downturn since the 2008 crisis".
_SINCE_SUPERLATIVE_RX = re.compile(
    r"\b(?:\w+est|most\s+\w+|worst|first|only)\s+(?:\w+\s+){0,8}?since\s+"
    r"(?:the\s+(?:[\w'.-]+\s+){0,6}?(?:of\s+|in\s+)?)?\Z",
    re.IGNORECASE,
)
# "promised 'a strong response' in January": a month or a day without a year, after what was
# promised or expected, may be the time of that, still to come; right after the verb
# ("promised in January to ...") it is the promise's.
_PROMISED_RX = re.compile(
    r"\b(?:promised|pledged|vowed|threatened|planned|expected|predicted|forecast|scheduled)\s+"
    r"(?!(?:(?:on|in|at|during|by)\s+)?\Z)\S.*\Z",
    re.IGNORECASE | re.DOTALL,
)
# ... or a name's date: "the beach known as Sword in 1944" dates the name, not the clause.
_NAMED_THEN_RX = re.compile(
    r"\b(?:known\s+as|code-?named|nicknamed|dubbed)\s+[^,.;]{1,40}?\s+(?:in|from|since)\s+\Z", re.IGNORECASE
)


def _named_then(text: str, low: str | None, start: int, end: int) -> bool:
    """Whether text[start:end] ends on a name's date ("known as Sword in"), looked for only
    where one of the naming words is (in the lowered text `low`, when there is one)."""
    if (
        low is not None
        and low.find("named", start, end) < 0
        and low.find("known", start, end) < 0
        and low.find("dubbed", start, end) < 0
    ):
        return False
    return _NAMED_THEN_RX.search(text, start, end) is not None


def _dated(
    text: str, timexes: Timexes, clause: tuple[int, int], skip: tuple[int, int], quote: tuple[int, int] | None
) -> ReferenceTime | None:
    """The clause's own explicit dates (not inside another quotation than the mention's)."""
    low = high = None
    words = []
    for timex in timexes.overlapping(clause[0], clause[1]):
        if timex.end <= clause[0]:
            continue
        if timex.type != "DATE" or (timex.start < skip[1] and timex.end > skip[0]):
            continue
        if not _in_own_quotation(timex.start, quote):
            continue
        bounds = value_bounds(timex.value)
        if bounds is None:
            continue
        if (timexes.low is None or timexes.low.find("since", clause[0], timex.start) >= 0) and (
            _SINCE_SUPERLATIVE_RX.search(text, clause[0], timex.start)
        ):
            continue  # "the strongest hurricane since 1928" dates the record, not the clause
        if not YEAR_IN_TEXT_RX.search(timex.text) and _PROMISED_RX.search(text, clause[0], timex.start):
            continue
        if _named_then(text, timexes.low, clause[0], timex.start):
            continue
        low = bounds[0] if low is None or bounds[0] < low else low
        high = bounds[1] if high is None or bounds[1] > high else high
        words.append(timex.text)
    if low is None or high is None:
        return None
    said = ", ".join(f"'{w}'" for w in words[:2])
    return ReferenceTime(DATED, low, high, f"{said} in its clause")


# A relative "when" after a date ("in 1979, when he became the first pope to visit the
# White House, hosted by President Carter"): the clause tells of the date it hangs on.
_WHEN_OPEN_RX = re.compile(r"when\s", re.IGNORECASE)


# A date in parentheses that closes the sentence, its year written: "Watch: Prime Minister
# Sunak announces the election outside Downing Street (May 2024)." dates what the sentence tells.
_CLOSING_PAREN_RX = re.compile(r"\)[.!?]?[\"”’]?\s*\Z")


def _closing_date(text: str, timexes: Timexes, sentence: tuple[int, int], end: int) -> ReferenceTime | None:
    """The date of a parenthesis holding only a date that ends the sentence after `end`."""
    close = text.rfind(")", end, sentence[1])
    if close < 0 or not _CLOSING_PAREN_RX.match(text, close, sentence[1]):
        return None
    opening = text.rfind("(", end, close)
    if opening < 0:
        return None
    for timex in timexes.starting(opening, close):
        inside = text[opening + 1 : close].strip()
        if timex.type == "DATE" and timex.text == inside and YEAR_IN_TEXT_RX.search(inside):
            bounds = value_bounds(timex.value)
            if bounds is not None:
                return ReferenceTime(DATED, bounds[0], bounds[1], f"'{inside}' closing its sentence")
    return None


def _when_of_date(
    text: str, timexes: Timexes, clause: tuple[int, int], quote: tuple[int, int] | None
) -> ReferenceTime | None:
    """The date a when-clause with no date of its own hangs on, written just before it."""
    if not _WHEN_OPEN_RX.match(text, clause[0]):
        return None
    edge = len(text[: clause[0]].rstrip().rstrip(",").rstrip())
    for timex in timexes.starting(edge - 40, edge):
        if timex.end != edge or timex.type != "DATE" or not _in_own_quotation(timex.start, quote):
            continue
        bounds = value_bounds(timex.value)
        if bounds is not None:
            cue = f"'{timex.text}', the date its when-clause tells of"
            return ReferenceTime(DATED, bounds[0], bounds[1], cue)
    return None


def _dated_at_once(
    text: str,
    timexes: Timexes,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    skip: tuple[int, int],
    quote: tuple[int, int] | None,
) -> ReferenceTime | None:
    """The date of the clause before one that says its act followed at once ("unveiled on
    Thursday, and it was immediately rejected by X"), to the day after it."""
    before = at_once_after(text, sentence, clause)
    found = _dated(text, timexes, before, skip, quote) if before is not None else None
    if found is None or found.latest is None:
        return None
    return replace(found, latest=found.latest + timedelta(days=1), cue=f"{found.cue}, followed at once")


def _in_own_quotation(offset: int, quote: tuple[int, int] | None) -> bool:
    """Whether a date at `offset` may date a mention: any date for a mention in no quotation
    (`quote` None), only one inside the quotation for a mention quoted."""
    return quote is None or quote[0] <= offset < quote[1]


def _days_ago(text: str, timexes: Timexes, clause: tuple[int, int], quote: tuple[int, int] | None) -> str:
    """ "a few days ago", "just days ago" in the clause (outside other quotations): a time the
    tagger leaves vague (PAST_REF) but that lies within the last weeks."""
    for timex in timexes.starting(clause[0], clause[1]):
        if (
            timex.value == "PAST_REF"
            and _in_own_quotation(timex.start, quote)
            and _DAYS_AGO_RX.search(timex.text)
        ):
            return timex.text
    return ""


def _sentence_dated(timexes: Timexes, sentence: tuple[int, int], skip: tuple[int, int]) -> bool:
    """Whether the sentence gives a date or a time cue of its own outside the mention; the
    words of the last days ("recently", "lately") tell what a report without a date means."""
    return any(
        t.type in ("DATE", "TIME")
        and not (t.start < skip[1] and t.end > skip[0])
        and not _LATELY_RX.fullmatch(t.text)
        for t in timexes.starting(sentence[0], sentence[1])
    )


def _reported(text: str, sentence_start: int, mention_start: int) -> bool:
    """Whether the mention's clause is reported by a verb of saying earlier in its sentence."""
    return bool(_REPORTING_RX.search(text, sentence_start, mention_start))


def _timeline_entry(
    text: str, timexes: Timexes, sentence: tuple[int, int], offset: int, narrated: bool = False
) -> ReferenceTime | None:
    """The date heading a timeline's entry or setting a scene (:mod:`story_frames`)."""
    found = heading_date(text, timexes.items, sentence, offset, narrated)
    if found is None:
        return None
    timex, how = found
    bounds = value_bounds(timex.value)
    if bounds is None:
        return None
    return ReferenceTime(DATED, bounds[0], bounds[1], f"the date '{timex.text}' {how}")


def _in_headline(text: str, offset: int) -> bool:
    """Whether `offset` is in the article's headline: a first line with a blank line after
    it (the article as the app keeps it: title, blank line, body) that ends on no full stop."""
    end = text.find("\n\n")
    return (
        end > 0 and offset < end and "\n" not in text[:end].strip() and not text[:end].rstrip().endswith(".")
    )


def reference_time(
    text: str,
    timexes: Timexes,
    sentence: tuple[int, int],
    start: int,
    end: int,
    quote: tuple[int, int] | None = None,
) -> ReferenceTime:
    """The reference time of the mention text[start:end] (a title, a name, an event). A
    mention that names whose office, spokesman or government does the clause's verb ("X's
    office said on Monday", "a spokesman for X said") is read at that verb's time."""
    agent = _agent_span(text, sentence, start, end)
    if agent is not None:
        found = _reference_time(text, timexes, sentence, agent[0], agent[1], quote)
        if found.subject_verb:
            return replace(
                found, subject_verb=False, agent=agent[2], cue=f"{found.cue}, of whom '{agent[2]}' acts for"
            )
        if found.kind == HISTORICAL:
            # "as an aide to Prime Minister X and, in 2009, as an adviser to Y": the agent's
            # frame holds the person too, in the holder's own time.
            return replace(found, cue=f"{found.cue}, of whom '{agent[2]}' acts for")
    return _reference_time(text, timexes, sentence, start, end, quote)


# Those who act or speak for a person in office: "X's office", "a spokesman for X".
_AGENTS = (
    r"(?:office|spokes(?:man|woman|person)|government|administration|cabinet|ministry|aides?"
    r"|advis[eo]rs?|lawyers?)"
)
_AGENT_AFTER_RX = re.compile(
    r"(?:['’]s?|\s+s)\s+(?:(?:top|senior|chief|press)\s+)?(?P<agent>" + _AGENTS + r")\b", re.IGNORECASE
)
_AGENT_LINKS = (" for ", " of ", " to ", " the ", " For ", " Of ", " To ", " The ")
_AGENT_BEFORE_RX = re.compile(
    r"\b(?:(?:an?|the)\s+)?(?:(?:top|senior|chief|press)\s+)?(?P<agent>"
    + _AGENTS
    + r")\s+(?:for|of|to)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


_FORMER_AGENT_RX = re.compile(
    r"\b(?:former|ex|onetime|one-time|erstwhile|then|previous)[\s-]+(?:(?:an?|the)\s+)?\Z", re.IGNORECASE
)
_APPOSED_RX = re.compile(r"(?<![\w'’.-])[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+\Z")


def _agent_span(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int, str] | None:
    """The span of "X's office" or "a spokesman for X" around the mention text[start:end],
    and the agent's word, if the mention is written so."""
    after = _AGENT_AFTER_RX.match(text, end)
    if after is not None:
        return start, after.end(), after.group("agent")
    if not text.endswith(_AGENT_LINKS, max(sentence[0], start - 5), start):
        return None
    before = _AGENT_BEFORE_RX.search(text, max(sentence[0], start - 40), start)
    if before is None or _FORMER_AGENT_RX.search(text, max(sentence[0], before.start() - 30), before.start()):
        return None  # "a former spokesman for X said": the agent of X's own time
    head = _APPOSED_RX.search(text, max(sentence[0], before.start() - 60), before.start())
    # "James Slack, a spokesman for X, said": the appositive's head does the verb after it
    first = head.start() if head is not None and text.startswith(",", end) else before.start()
    return first, end, before.group("agent")


def _last_letter(before: str) -> str:
    """The last character of `before` that is neither white space nor a hyphen ("": none)."""
    at = len(before)
    while at and (before[at - 1] == "-" or before[at - 1].isspace()):
        at -= 1
    return before[at - 1] if at else ""


def _reference_time(
    text: str,
    timexes: Timexes,
    sentence: tuple[int, int],
    start: int,
    end: int,
    quote: tuple[int, int] | None = None,
) -> ReferenceTime:
    clause = clause_bounds(text, sentence, start, end)
    before = text[max(clause[0], start - 40) : start]
    after = text[end : min(len(text), end + 40)]
    last = _last_letter(before)
    ordinal = _ORDINAL_BEFORE_RX.search(before) if last in _ORDINAL_ENDS else None
    if ordinal:
        return ReferenceTime(HISTORICAL, cue=f"the ordinal '{ordinal.group().strip()}' before it")
    depicted = (
        depiction_before(text, sentence[0], start)
        or character_after(text, end)
        or pictured(text, sentence, start, end)
    )
    if depicted:
        return ReferenceTime(HISTORICAL, cue=depicted)
    framed = _FRAME_BEFORE_RX.search(before) if last in _FRAME_ENDS else None
    if framed:
        # "served under President X from 1993 to 1997": the frame's own time is given.
        dated = _dated(text, timexes, own_conjunct(text, clause, start, end), (start, end), quote)
        if dated is not None:
            return ReferenceTime(
                DATED,
                dated.earliest,
                dated.latest,
                f"{dated.cue}, '{framed.group().strip()}' before it",
                subject_verb=True,
                verb="framed",
            )
        return ReferenceTime(HISTORICAL, cue=f"'{framed.group().strip()}' before it")
    if _FRAME_AFTER_RX.match(after):
        return ReferenceTime(HISTORICAL, cue=f"'{after.split()[0] if after.split() else ''}' after it")
    if last in _INDEFINITE_ENDS and _INDEFINITE_BEFORE_RX.search(before):
        return ReferenceTime(HYPOTHETICAL, cue="an indefinite article before the title")
    # "if President X had ...", "imagine President X ...", "President X would have ...":
    # a condition or a modal of the mention's own clause; a "would" in reported speech
    # further on ("said that talks would resume") is the past's future, not a hypothesis.
    segment = max(clause[0], text.rfind(",", clause[0], start) + 1)  # the mention's own part
    hypothetical = _HYPOTHETICAL_RX.search(text, segment, start) or _MODAL_AFTER_RX.match(text, end)
    if (
        hypothetical
        and _WONDERING_RX.search(text, segment, start)
        and text.startswith("would", hypothetical.end() - 5)
    ):
        hypothetical = None  # "you wonder why President-elect X would be so interested": a real now
    if hypothetical:
        return ReferenceTime(HYPOTHETICAL, cue=f"'{hypothetical.group().strip()}' in its clause")
    # "In season four of 'The Crown', Prime Minister Margaret Thatcher clashes with the Queen":
    # the sentence tells a work's story, whose present is not the date written.
    story = story_frame(text, sentence[0], start)
    if story:
        return ReferenceTime(HYPOTHETICAL, cue=f"'{story}' before it: a story, not the date written")
    link = link_line(text, start)
    if link:
        return ReferenceTime(HISTORICAL, cue=f"'{link}' before it: another article's headline")
    possessor = bool(_POSSESSIVE_RX.match(after))  # "X's team": the verb is not X's
    # "The President of Kenya, Uhuru Kenyatta, says": the comma after the name closes the
    # appositive the mention opened, and the verb after it is the mention's.
    closing = end + 1 if "," in text[start:end] and _CLOSING_COMMA_RX.match(text, end) else end
    object_before = _OBJECT_BEFORE_RX.search(before) if last in _OBJECT_ENDS else None
    subject = None if possessor or object_before else verb_after(text, closing, clause[1])
    main = clause
    if subject is None and not possessor and not object_before:
        # "X, who faces an election, vowed to retaliate": the verb after the relative
        # clause is the mention's, dated by its own clause.
        relative_skip = _RELATIVE_SKIP_RX.match(text, end)
        if relative_skip is not None:
            subject = verb_after(text, relative_skip.end(), sentence[1])
            if subject is not None:
                main = (
                    relative_skip.end(),
                    clause_bounds(text, sentence, relative_skip.end(), relative_skip.end())[1],
                )
        elif (conjunct := _FIRST_CONJUNCT_RX.match(text, end)) is not None:
            # "Prime Minister X and President Y said": the first of two named subjects,
            # taken as one only before a verb of saying.
            said = verb_after(text, conjunct.end() - 1, clause[1])
            subject = said if said is not None and said[0] == RECENT else None
    dated = (
        _dated(text, timexes, clause, (start, end), quote)
        or (_dated(text, timexes, main, (start, end), quote) if main != clause else None)
        or _timeline_entry(text, timexes, sentence, start, subject is not None and subject[0] == PRESENT)
        or _when_of_date(text, timexes, clause, quote)
        or _closing_date(text, timexes, sentence, end)
        or _dated_at_once(text, timexes, sentence, clause, (start, end), quote)
    )
    entering = subject is not None and subject[0] == FUTURE and bool(_ENTERING_RX.match(text, end))
    if dated is not None:
        return dated if subject is None else _done_then(dated, subject[1], entering)
    relative = _WHO_AFTER_RX.match(text, end)
    if relative is not None:
        # "Secretary-General X, who appointed a diplomat on Thursday, ...": the relative
        # clause tells what X did and when.
        told = clause_bounds(text, sentence, relative.end(), relative.end())
        dated_who = _dated(text, timexes, told, (start, end), quote)
        verb_who = verb_after(text, relative.end() - 1, told[1])
        if dated_who is not None and verb_who is not None:
            return _done_then(dated_who, verb_who[1])
    verb = subject
    if verb is None and not possessor and _COMPOUND_SUBJECT_RX.search(text, max(0, start - 40), start):
        # "Both President X, and King Y warned ...": the second of two named subjects,
        # taken as one only before a verb of saying.
        said = verb_after(text, end, clause[1])
        verb = said if said is not None and said[0] == RECENT else None
    if verb is not None:
        kind, word = verb
        label = {PRESENT: "present tense", FUTURE: "future", PAST: "past tense", RECENT: "past tense"}[kind]
        if kind == RECENT and (
            _ONCE_RX.match(text, end)
            or _SAID_THEN_RX.match(text, end)
            or _sentence_dated(timexes, sentence, (start, end))
            or _LONG_BEFORE_RX.search(text, sentence[0], sentence[1])
            or _RECALLED_RX.search(text, sentence[0], start)
            or _FOR_YEARS_RX.match(text, sentence[0])
        ):
            # "X once remarked", "X said when they met two years ago", "X warned years
            # before the rally", "Remember how X said", "For four years, X told us": not lately.
            return ReferenceTime(PAST, cue=f"past tense '{word}' of an earlier time")
        if kind in (PRESENT, FUTURE) and _reported(text, sentence[0], start):
            # "critics have said President X is ...": the time of the saying, unknown.
            return ReferenceTime(PAST, cue=f"{label} '{word}' inside reported speech")
        if kind == PRESENT and _in_headline(text, start):
            # "Pope Francis dies at 88", "Trump fires Comey": a headline tells the news of
            # the last days in the present tense.
            return ReferenceTime(RECENT, cue=f"{label} '{word}' of a headline", subject_verb=True, verb=word)
        media = _MEDIA_RX.search(text, max(0, start - _MEDIA_REACH), start)
        if kind == PRESENT and media:
            # "In the video, X says ...": the present of a recording, not of the article.
            return ReferenceTime(PAST, cue=f"{label} '{word}' narrating a recording ('{media.group()}')")
        lately = kind == PAST and _days_ago(text, timexes, clause, quote)
        if lately:
            return ReferenceTime(RECENT, cue=f"{label} '{word}', '{lately}'", subject_verb=True, verb=word)
        if entering:
            cue = f"{label} '{word}' of taking the office"
            return ReferenceTime(kind, cue=cue, subject_verb=True, verb=word, entering=True)
        return ReferenceTime(kind, cue=f"{label} '{word}'", subject_verb=True, verb=word)
    tense = clause_verb_tense(text, clause, (start, end))
    if tense is not None:
        return ReferenceTime(tense[0], cue=tense[1])
    return ReferenceTime(UNKNOWN, cue="no tense or date in its clause")
