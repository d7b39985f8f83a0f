"""Rule event-order: two events, or an event and a date, put in an order their dates
contradict ("X, after the Y summit" when Y came later)."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from itertools import accumulate

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.elided_events import elided_mentions
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.findings import WARNING, DateWindow, Finding, make_finding
from annotator.checks.rules.event_gaps import gap_fits, one_day, stated_count
from annotator.checks.rules.event_refs import PLAUSIBLE_YEARS, event_span
from annotator.checks.rules.event_tense_cues import DOERS, NOT_DONE_RX, TOLD_DONE_RX, tense_cue
from annotator.checks.rules.order_words import order_word_places
from annotator.checks.rules.title_times import office_starts
from annotator.checks.rules.told_events import may_tell_events, told_mentions
from annotator.temporal.timex import YEAR_IN_TEXT_RX, Timex
from annotator.temporal.values import value_bounds

ORDER_RULE = "event-order"
# "before the summit", and "before Moscow announced its annexation": a named actor's act
# that makes the event is the event's time.
# "preceding" as a verb ("the weeks preceding the election"), not the adjective ("the
# preceding summit"); "on the eve of", "in the run-up to": the day or the time before it.
_BEFORE_RX = re.compile(
    r"\b(?P<cue>(?i:before|prior to|(?<!the )(?<!its )(?<!their )preceding|on the eve of"
    r"|in the (?:run|lead)-up to|in the days (?:leading )?up to))\s+(?:(?:[A-Z][\w'’.-]*\s+){1,2}"
    r"(?i:announced|declared|proclaimed|completed|finali[sz]ed|formali[sz]ed)\s+)?"
    r"(?i:(?:the|its|their|his|her|first|second|initial|original)\s+)*\Z",
)

# "before Gabon's army", "before the military": the doer of a clause begun by its verb.
_BEFORE_DOER_RX = re.compile(
    r"\b(?P<cue>(?i:before|prior to))\s+"
    r"(?:(?:the\s+)?(?:(?!(?i:after|following|since|before)\b)[A-Z][\w.-]*(?:['’]s)?\s+){1,3}"
    r"(?:" + DOERS + r"\s+)?|(?:the\s+|its\s+|his\s+|her\s+|their\s+)?" + DOERS + r"\s+)\Z"
)

# The tense cues that also order the event against what the clause tells before them.
_ORDER_CUES = frozenset(("after", "following", "ahead of", "since", "in the wake of", "in the aftermath of"))

# One named event ordering another by its verb: "X followed Y" and "X was preceded by Y" put
# Y first ('past': Y came before X), "X preceded Y" and "X was followed by Y" put Y after.
_ORDER_VERB_RX = re.compile(
    r"\s+(?:(?:closely|quickly|soon|shortly|directly|immediately|just)\s+)?"
    r"(?:(?P<passive>was\s+|were\s+)?(?P<verb>followed|preceded)(?(passive)\s+by))\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# The ordering cue that ends a gap of time right before an event's mention ("weeks after the").
_GAP_CUE = r"\s+(?:after|before|following|ahead\s+of|prior\s+to)\s+(?:the\s+)?\Z"
_GAP_LOOKBACK = 40  # characters before a mention its gap of time is looked for in
# "weeks after the Vilnius summit": days, weeks or months away, so not a namesake years off.
_CLOSE_RX = re.compile(
    r"\b(?:days|weeks|months|(?:a|one|two|three|four|five|six|a\s+few|few|several)\s+(?:day|week|month)s?)"
    + _GAP_CUE,
    re.IGNORECASE,
)
_CLOSE_DAYS = 366
_FORESIGHT = timedelta(days=366)  # how far ahead a name may point to an event not yet held
# An anchor that a record is itself counted from is no event the next "since" places.
_COUNTED_FROM_RX = re.compile(r"\bsince\s+(?:the\s+)?\Z", re.IGNORECASE)
# A date a goal is set for ("net-zero emissions by 2050, ahead of the Glasgow summit") is a
# deadline, not the time of an act the cue could order.
_DEADLINE_RX = re.compile(r"\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?\Z", re.IGNORECASE)
# A date a cited work bears ("The review, published on 12 March 2025, found that warnings
# came before the floods") is the work's, not the time of the act the cue orders.
_CITED_ON_RX = re.compile(
    r"\b(?:published|released|issued|dated|posted|filed)\s+(?:on\s+|in\s+)?(?:the\s+)?\Z", re.IGNORECASE
)

# Between the date and the cue, a coordinated phrase or an infinitive's own clause: the cue is
# then told of something else ("came 22 months after Trump left, having never conceded his
# 2020 loss, and nearly two years after the Jan. 6 attack"; "found guilty on May 30, 2024, of
# records falsified to cover up a payment before the 2016 election").
# " and"/" but"/" then" before a new verb phrase in the past tense opens another clause too,
# whose cue the date of the first does not share ("joined the party in 1988 and helped found
# its youth wing after the fall of the Berlin Wall"); "in 1988 and 1989 after", "in June and
# again after" keep the date. "has", "is" too: "opened in 2002 and has stood empty since".
_PAST_VERB = (
    r"(?:[a-z]{2,}ed|(?:re|over|out)?(?:became|began|went|came|won|lost|took|made|left|led|ran|met|saw"
    r"|built|grew|rose|fell|fled|gave|got|held|kept|wrote|spoke|sold|bought|brought|taught|found|sent"
    r"|spent|stood|told|said|broke|chose|drove|flew|knew|paid|swore|threw|struck|was|were|had|did|sat"
    r"|quit|shut|put|set|cut|hit|let|split|spread|cost|beat|has|have|is|are))"
)
_DETACHED_RX = re.compile(
    r",\s+(?:and|but|or)\s|\s(?:and|but),\s"
    r"|\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|me|us)\b)[a-z]"
    r"|\s(?:and|but|then|and\s+then)\s+(?:(?:later|then|soon|eventually|also|again|[a-z]{3,}ly)\s+)?"
    + _PAST_VERB
    + r"\b"
    # "took office in 2005 and will step down after the election": a verb phrase of its own
    r"|\s(?:and|but)\s+(?:will|would|is\s+to|plans\s+to|is\s+(?:due|set|expected)\s+to|has|have|is|are)\s"
)


def _within_months(
    analysis: ArticleAnalysis, mention: EventMention, events: tuple, low: date, high: date
) -> tuple:
    """Of the events a mention may mean, those within a year of the other end when the text
    puts days, weeks or months between the two; all of them when none is that close."""
    if not _told_close(analysis.text, mention):
        return events
    close = tuple(e for e in events if _within_a_year(e, low, high))
    return close or events


def _told_close(text: str, mention: EventMention) -> bool:
    """Whether the text puts days, weeks or months between the mention and the other end."""
    return _CLOSE_RX.search(text, max(0, mention.start - _GAP_LOOKBACK), mention.start) is not None


def _within_a_year(event, low: date, high: date) -> bool:
    """Whether the event comes within a year of the days from `low` to `high`."""
    return (event.start.lo - high).days <= _CLOSE_DAYS and (low - event.last_day).days <= _CLOSE_DAYS


def _plausible(mention: EventMention, near: date) -> tuple:
    """Of a shared alias ("the Madrid summit": 1997, 2022), the events within some years of
    the other end of the comparison; all of them when none is."""
    close = tuple(e for e in mention.events if abs(e.start.lo.year - near.year) <= PLAUSIBLE_YEARS)
    return close or mention.events


def _known_then(events: tuple, writing: DateWindow | None) -> tuple:
    """Of the events a name may mean, those begun by a year after the writing: in 2017,
    "Trump's inauguration" is not the one of 2025. All of them when none is."""
    if writing is None:
        return events
    known = tuple(e for e in events if e.start.lo <= writing.latest + _FORESIGHT)
    return known or events


# "weeks before his inauguration": how far apart the words allow, whatever the order; a
# number ("two weeks before") is the stated gap's to judge (:func:`_wrong_gap`).
_GAP_WORD_RX = re.compile(
    r"\b(?:(?:a\s+few|few|several)\s+)?(?P<unit>days|weeks|months)" + _GAP_CUE, re.IGNORECASE
)
_GAP_REACH = {"days": 45, "weeks": 180, "months": 1100}
_NO_REACH = 10**6


def _gap_reach(text: str, mention: EventMention) -> int:
    found = _GAP_WORD_RX.search(text, max(0, mention.start - _GAP_LOOKBACK), mention.start)
    return _GAP_REACH[found.group("unit").lower()] if found else _NO_REACH


def _close_anchors(
    analysis: ArticleAnalysis, mention: EventMention, anchors: list, writing: DateWindow | None
) -> list:
    """Of the other end's dates, those within a year of an event the mention may mean when
    the text puts days, weeks or months between the two ("the NATO summit in Brussels came
    weeks before Trump's inauguration": not the Brussels summit of 1989); all when none is."""
    if len(anchors) < 2 or not _told_close(analysis.text, mention):
        return anchors
    events = _known_then(mention.events, writing)
    close = [a for a in anchors if any(_within_a_year(e, a[0], a[1]) for e in events)]
    return close or anchors


def _anchor_bounds(
    text: str, anchor, mention: EventMention, writing: DateWindow | None = None
) -> list[tuple[date, date, str]]:
    """The dates the other end may have, one (first, last day, label) per event it may be:
    the order must be wrong against each of them."""
    if isinstance(anchor, EventMention):
        # "recaptured Kherson" (1944, 2022) before the annexation of 2022: the one near it
        events = _plausible(anchor, mention.events[0].start.lo) if len(mention.events) == 1 else anchor.events
        return [(e.start.lo, e.last_day, e.name) for e in _known_then(events, writing)]
    if anchor.type != "DATE" or not YEAR_IN_TEXT_RX.search(anchor.text):
        return []
    bounds = value_bounds(anchor.value)
    return [(bounds[0], bounds[1], anchor.text)] if bounds else []


# "Months before the invasion, Finland applied to join NATO": a phrase opening its sentence
# places the event its main clause names, right after the comma, before or after its own.
_OPENING_CUE_RX = re.compile(
    r"[\s\"'“‘(]*(?:(?:(?:just|only|some|about)\s+)?(?:days|weeks|months|(?:a|one|two|three|four|five|six"
    r"|a\s+few|few|several)\s+(?:day|week|month)s?)\s+)?(?P<cue>(?i:before|after|following|prior\s+to"
    r"|in\s+the\s+(?:days|weeks|months)\s+(?:before|after|following|preceding|leading\s+up\s+to)"
    r"|in\s+the\s+(?:wake|aftermath)\s+of|on\s+the\s+eve\s+of|in\s+the\s+(?:run|lead)-up\s+to))\s+"
    r"(?:the\s+)?\Z",
    re.IGNORECASE,
)
_AFTER_WORDS_RX = re.compile(r"after|following|wake|aftermath", re.IGNORECASE)
# The doer between an opening cue and its event told by a verb: "Weeks after Israel killed
# Hamas leader Yahya Sinwar,", "Weeks after Bolsonaro supporters stormed the Congress,".
_OPENING_DOER_RX = re.compile(
    r"(?:(?:the\s+)?(?:(?!(?i:after|before|following|the)\b)[A-Z][\w.-]*(?:['’]s)?\s+){1,3}(?:"
    + DOERS
    + r"\s+)?|(?:the\s+)?"
    + DOERS
    + r"\s+)\Z"
)


def _opening_cue(analysis: ArticleAnalysis, mention: EventMention, low: int) -> re.Match[str] | None:
    """The cue that opens the sentence of the mention, right before it or before the doer of
    the mention's verb ("After Israel killed ...")."""
    text = analysis.text
    opening = _OPENING_CUE_RX.fullmatch(text, low, mention.start)
    if opening is None and TOLD_DONE_RX.match(mention.text):
        doer = _OPENING_DOER_RX.search(text, max(low, mention.start - 60), mention.start)
        if doer is not None:
            opening = _OPENING_CUE_RX.fullmatch(text, low, doer.start())
    return opening


_MAIN_CLAUSE_REACH = 30  # characters from the comma to the event the main clause names
# The rest of an opening phrase after its event: where the act went or happened ("Months after
# Sheikh Hasina fled to India,", "Days after the suicide bombing at Kabul airport's Abbey
# Gate,"), names only, up to the comma that ends the phrase.
_OPENING_TAIL_RX = re.compile(
    r"(?:['’]s)?(?:\s+(?:(?:to|in|at|into|from|near|outside|across|over)\s+)?(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:['’]s)?){0,3}(?=,)"
)
# A main clause that tells its act at once ("protesters in Colombo stormed the presidential
# palace and toppled Gotabaya Rajapaksa"): no word that opens another clause, a saying, a
# condition or another time before its event, which may then stand further from the comma.
_MAIN_CLAUSE_FAR_REACH = 90
_OTHER_CLAUSE_RX = re.compile(
    r"[,;:(\"“]|\b(?:that|who|whom|which|when|while|whereas|because|as|if|unless|until|since|before|after"
    r"|said|says|say|told|claimed|would|could|might|may|will|should|not|never|to)\b",
    re.IGNORECASE,
)


def _opening_anchor(
    analysis: ArticleAnalysis, mention: EventMention, events: list | None = None
) -> tuple[str, EventMention, int] | None:
    """('past'|'future', the main clause's event, where the sentence starts) for "After the
    liberation of Kherson, Moscow proclaimed the annexation": the cue opens the sentence, the
    mention (with a place after it) ends at a comma, and the main clause names an event near
    its start in a clause of fact (no 'if', 'would')."""
    text, layout = analysis.text, analysis.layout
    low, high = layout.sentence_bounds(mention.start)
    opening = _opening_cue(analysis, mention, low)
    tail = _OPENING_TAIL_RX.match(text, mention.end) if opening is not None else None
    if opening is None or tail is None:
        return None
    comma = tail.end()
    following = [
        m
        for m in (analysis.mentions.events if events is None else events)
        if comma < m.start < min(high, comma + _MAIN_CLAUSE_FAR_REACH)
    ]
    if not following or NOT_DONE_RX.search(text, comma, following[0].start):
        return None
    far = following[0].start > comma + _MAIN_CLAUSE_REACH
    if far and _OTHER_CLAUSE_RX.search(text, comma + 1, following[0].start):
        return None
    kind = "past" if _AFTER_WORDS_RX.search(opening.group("cue")) else "future"
    return kind, following[0], low


# "Only weeks before Hurricane Harvey left Texas in ruins, Florida is bracing for Irma": the
# opening clause ends at its first comma, and a main clause in the present progressive tells
# of the time of writing.
_OPENING_CLAUSE_REACH = 90
_PRESENT_MAIN_RX = re.compile(
    r",\s+(?:[\w'’.-]+\s+){1,3}?(?P<verb>(?:is|are)\s+(?:now\s+|still\s+|already\s+)?"
    r"(?!going\b)[a-z]{3,}ing)\b"
)


def _opening_present(analysis: ArticleAnalysis, mention: EventMention) -> tuple[Timex, int] | None:
    """The time of writing, as a date the main clause tells of, for "Weeks before Y ..., X is
    doing": the cue ("before") opens the sentence and the main clause is in the present
    progressive; only for an article (or quotation) of a known day."""
    text, layout = analysis.text, analysis.layout
    low, high = layout.sentence_bounds(mention.start)
    opening = _opening_cue(analysis, mention, low)
    if opening is None or _AFTER_WORDS_RX.search(opening.group("cue")):
        return None
    comma = text.find(",", mention.end, min(high, mention.end + _OPENING_CLAUSE_REACH))
    main = _PRESENT_MAIN_RX.match(text, comma) if comma != -1 else None
    if main is None or NOT_DONE_RX.search(text, mention.end, main.end()):
        return None
    window = analysis.writing_window(mention.start)
    if window is None or window.earliest != window.latest:
        return None
    day = window.earliest.isoformat()
    return Timex(main.start("verb"), main.end("verb"), f"the time of writing ({day})", "DATE", day), low


def _ordered_events(analysis: ArticleAnalysis) -> list:
    """The text's event mentions, with the deaths told by a verb of a person named in full
    ("Israel killed Hamas's political chief Ismail Haniyeh"), the storms told by a bare name,
    the attacks told by their place and the elections told by their winner, in the sentences
    that order something: every way an event is found, the order rule reads."""
    text, events = analysis.text, list(analysis.mentions.events)
    if not may_tell_events(text):
        return events
    places = order_word_places(text)
    if not places:
        return events
    taken = [(m.start, m.end) for m in events]
    # a told event overlapping a mention is left out: the mention names it ("the storm" ...)
    told = [
        m
        for m in told_mentions(analysis, places, full_names=True)
        if not any(a < m.end and m.start < b for a, b in taken)
    ]
    return _distinct(sorted([*events, *told], key=lambda m: m.start))


def _distinct(mentions: list) -> list:
    """The mentions (sorted by start) without repeats, each kept where it first occurs: equal
    mentions start together, so each is compared with those of its start alone."""
    kept: list = []
    for mention in mentions:
        at = len(kept) - 1
        while at >= 0 and kept[at].start == mention.start and kept[at] != mention:
            at -= 1
        if at < 0 or kept[at].start != mention.start:
            kept.append(mention)
    return kept


def _inside_one(events: list):
    """Whether a timex lies inside one of the mentions: of those starting at or before it,
    the one reaching furthest holds it if any does."""
    spans = sorted((m.start, m.end) for m in events)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))

    def inside(timex: Timex) -> bool:
        before = bisect_right(starts, timex.start)
        return before > 0 and reach[before - 1] >= timex.end

    return inside


def check_event_order(analysis: ArticleAnalysis) -> list[Finding]:
    """Rule event-order: "X, after the Y summit" when Y came later than X."""
    text, timexes = analysis.text, analysis.timexes
    events = _ordered_events(analysis)
    layout = analysis.layout
    findings = []
    starts = office_starts(analysis)  # "Liz Truss took office as prime minister"
    if starts:
        taken = [(m.start, m.end) for m in events]
        starts = [m for m in starts if not any(a < m.end and m.start < b for a, b in taken)]
        events = sorted([*events, *starts], key=lambda m: m.start)
    # a date inside an event's name ("Biden's withdrawal from the 2024 race") is no anchor
    inside = _inside_one(events)
    dates = [t for t in timexes if t.type == "DATE" and not inside(t)]
    anchors = sorted([*events, *dates], key=lambda a: a.start)
    for mention in events:
        now = _opening_present(analysis, mention)
        if now is not None:
            found = _misordered(analysis, mention, "future", *now)
            if found is not None:
                findings.append(found)
            continue
        opening = _opening_anchor(analysis, mention, events)
        if opening is not None:
            # "Before Y, X happened": X is judged as if written "X, before Y"
            found = _misordered(analysis, mention, *opening)
            if found is not None:
                findings.append(found)
            continue
        ordered = _ordered_by_verb(analysis, events, mention)
        if ordered is not None:
            findings.append(ordered)
            continue
        cue = tense_cue(text, mention, layout)
        if cue is None or cue[1].lower() not in _ORDER_CUES:
            before = _BEFORE_RX.search(text, max(0, mention.start - 40), mention.start)
            if before is None and TOLD_DONE_RX.match(mention.text):
                # "weeks before the army seized power in Niger": the clause's doer between
                before = _BEFORE_DOER_RX.search(text, max(0, mention.start - 60), mention.start)
            if before is None:
                continue
            cue = ("future", before.group("cue"))  # "X before Y": X came first
        found = _against_previous(analysis, anchors, mention, cue[0], mention.start - len(cue[1]))
        if found is not None:
            findings.append(found)
    # "Finland joined NATO in April 2023, months after Sweden did": Sweden's accession
    sentence_start = lambda at: layout.sentence_bounds(at)[0]  # noqa: E731
    for cue_word, cue_start, mention in elided_mentions(text, events, sentence_start, analysis.kb):
        kind = "future" if cue_word == "before" else "past"
        found = _against_previous(analysis, anchors, mention, kind, cue_start)
        if found is not None:
            findings.append(found)
    return findings


def _ordered_by_verb(analysis: ArticleAnalysis, events: list, mention: EventMention):
    """The finding when the event named right before "followed", "preceded" (or their
    passives) and the mention after it are ordered the wrong way round."""
    previous = [m for m in events if m.end <= mention.start and mention.start - m.end <= 40]
    if not previous or not isinstance(previous[-1], EventMention):
        return None
    verb = _ORDER_VERB_RX.fullmatch(analysis.text, previous[-1].end, mention.start)
    if verb is None:
        return None
    first = (verb.group("verb").lower() == "followed") != bool(verb.group("passive"))
    return _misordered(analysis, mention, "past" if first else "future", previous[-1], previous[-1].start)


def _against_previous(
    analysis: ArticleAnalysis, anchors: list, mention: EventMention, kind: str, cue_start: int
):
    """The finding when the last event or date of the sentence before the cue is ordered
    against the mention the wrong way round."""
    text, layout = analysis.text, analysis.layout
    sentence = layout.sentence_index(mention.start)
    previous = [
        a
        for a in anchors
        if a.end <= cue_start and layout.sentence_index(a.start) == sentence and a is not mention
    ]
    if not previous or _DETACHED_RX.search(text, previous[-1].end, mention.start):
        return None
    if _COUNTED_FROM_RX.search(text, max(0, previous[-1].start - 30), previous[-1].start):
        return None  # "the deadliest since World War II and in Europe since the Madrid bombings"
    if isinstance(previous[-1], Timex) and (
        _DEADLINE_RX.search(text, max(0, previous[-1].start - 24), previous[-1].start)
        or _CITED_ON_RX.search(text, max(0, previous[-1].start - 24), previous[-1].start)
    ):
        return None
    return _misordered(analysis, mention, kind, previous[-1], previous[-1].start)


# "before the war ended": the cue is then told of the event's end, not its outbreak.
_ENDED_RX = re.compile(
    r"\s+(?:had\s+|has\s+|was\s+|is\s+)?(?:ended|ends|end|over|finished|concluded|came\s+to\s+an\s+end"
    r"|took\s+effect|came\s+into\s+force|entered\s+into\s+force|went\s+into\s+effect)\b",
    re.IGNORECASE,
)
_LONG_EVENT_DAYS = 7  # past a week, "before the war" means before it broke out


def _before_limit(event, ended: bool) -> date:
    """The last day something placed "before" the event can be: before a war or a storm
    means before its outbreak, so its first day for a long event (or one still going on);
    a summit of a few days keeps all of them, and so does "before the war ended"."""
    if ended or (event.last_day - event.start.hi).days <= _LONG_EVENT_DAYS:
        return event.last_day
    return event.start.hi


def _misplaced_against(
    analysis: ArticleAnalysis,
    mention: EventMention,
    kind: str,
    ended: bool,
    low: date,
    high: date,
    label: str,
):
    """(label, the mention's event, whether the order itself is wrong) when the order is
    wrong against an other end from `low` to `high`, or the two are further apart than the
    words allow ("weeks before"), for every event the mention may mean near it; else None."""
    writing = analysis.writing_window(mention.start)
    mentioned = _within_months(analysis, mention, _known_then(_plausible(mention, low), writing), low, high)
    reach = _gap_reach(analysis.text, mention)
    if kind == "past":
        misordered = all(e.start.lo > high for e in mentioned)
        wrong = all(e.start.lo > high or (low - e.last_day).days > reach for e in mentioned)
    else:
        misordered = all(low > _before_limit(e, ended) for e in mentioned)
        wrong = all(low > _before_limit(e, ended) or (e.start.lo - high).days > reach for e in mentioned)
    return (label, mentioned[0], misordered) if wrong else None


def _misordered(analysis: ArticleAnalysis, mention: EventMention, kind: str, other, flag_start: int):
    """The finding when `other` (an event or a date) is placed after ('past') or before
    ('future') the mention, and the dates say otherwise."""
    text = analysis.text
    writing = analysis.writing_window(mention.start)
    anchors = _close_anchors(analysis, mention, _anchor_bounds(text, other, mention, writing), writing)
    ended = _ENDED_RX.match(text, mention.end) is not None
    relation = "after" if kind == "past" else "before"
    misplaced = [_misplaced_against(analysis, mention, kind, ended, *bounds) for bounds in anchors]
    if not misplaced or None in misplaced:
        return _wrong_gap(analysis, mention, kind, other, flag_start)
    # of "the Madrid summit" (1997, 2022), the one near the other end, misordered if any is
    label, event, misordered = next((m for m in misplaced if m[2]), misplaced[0])
    message = f"{label} is placed {relation} {event.name}, but {event.name} was {event_span(event)}"
    if not misordered:
        gap = _GAP_WORD_RX.search(text, max(0, mention.start - _GAP_LOOKBACK), mention.start)
        message += f", further from it than “{gap.group(0).strip()}” allows" if gap else ""
    message += f" (source: {event.source})."
    return make_finding(
        ORDER_RULE,
        WARNING,
        text,
        min(flag_start, mention.start),
        max(mention.end, other.end),
        message,
        [e.evidence() for e in mention.events],
        f"{event.id}|{label}",
    )


def _wrong_gap(analysis: ArticleAnalysis, mention: EventMention, kind: str, other, flag_start: int):
    """The finding when two events of one known day each are put in the right order but a
    stated count apart that their days contradict ("Liz Truss took office two weeks before
    Queen Elizabeth II died": two days). A date at the other end is elapsed-time's to count."""
    counted = stated_count(analysis.text, mention.start)
    if counted is None or not isinstance(other, EventMention):
        return None
    amount, unit = counted
    theirs = _plausible(other, mention.events[0].start.lo) if len(mention.events) == 1 else other.events
    gaps = []
    for there in theirs:
        ours = _within_months(
            analysis, mention, _plausible(mention, there.start.lo), there.start.lo, there.last_day
        )
        for event in ours:
            if not (one_day(there) and one_day(event)):
                return None
            days = (there.start.lo - event.start.lo).days * (1 if kind == "past" else -1)
            if gap_fits(days, amount, unit):
                return None
            gaps.append((days, event, there))
    if not gaps:
        return None
    days, event, there = gaps[0]
    relation = "after" if kind == "past" else "before"
    plural = "" if amount == 1 else "s"
    message = (
        f"{there.name} is placed {amount} {unit}{plural} {relation} {event.name}, but "
        f"{there.name} was on {there.start.text} and {event.name} on {event.start.text}, "
        f"{abs(days)} days apart (sources: {there.source}; {event.source})."
    )
    return make_finding(
        ORDER_RULE,
        WARNING,
        analysis.text,
        min(flag_start, mention.start),
        max(mention.end, other.end),
        message,
        [e.evidence() for e in (there, event)],
        f"{event.id}|{there.id}|{amount} {unit}",
    )
