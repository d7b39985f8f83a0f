"""What the event rules share: the dates the text gives a known event (its tense cues are
in ``event_tense_cues``).

Rules event-tense, event-order and event-date each read these; an alias shared by several
events (two Washington summits) is flagged only when every one of them contradicts the text."""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter

from annotator.checks.analysis.families import series_of
from annotator.checks.analysis.layout import TextLayout
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.findings import DateWindow
from annotator.checks.kb.event_aliases import KILLING_VERBS
from annotator.checks.kb.event_parts import CLAUSE_VERBS
from annotator.checks.kb.facts import Event, FuzzyDay
from annotator.checks.kb.model import kb_dir
from annotator.checks.kb.us_states import US_STATE_ALTERNATIVES
from annotator.checks.rules.clause_dates import PLACE_TO_DATE, clause_date_gap, done_once_date_gap
from annotator.checks.rules.date_owners import follows_another_act, said_of
from annotator.checks.rules.event_tense_cues import LOOKBACK, NOT_DONE_RX, OWN_PAST_RX
from annotator.checks.rules.presence_dates import (
    name_ends_phrase,
    opening_presence_date,
    own_time_gap,
    placed_at_around,
    placed_at_before,
    when_presence_date,
)
from annotator.temporal.timex import YEAR_IN_TEXT_RX, Timex
from annotator.temporal.values import value_bounds

_DATE_AFTER_GAP_RX = re.compile(
    # "the shooting in Parkland, Florida, in February 2018": a city's state before the date
    rf"(?:,\s+(?:{US_STATE_ALTERNATIVES}|Georgia)(?=[\s,]))?"
    r"\s*,?\s*(?:(?:that|which)\s+(?:begins|began|starts|started|opens|opened|was held"
    r"|is held|will be held|took place|takes place|will take place|ended|ends|concluded"
    r"|was signed|were held)\s+)?(?:(?:held|signed)\s+(?:(?:in|on|of|from|for)\s+(?:the\s+)?)?"
    # "Superstorm Sandy hit in 2012", "the attacks happened on a Friday"
    r"|(?:hit|struck|happened|occurred|took\s+place|made\s+landfall)\s+(?:in|on)\s+(?:the\s+)?"
    r"|(?:(?:scheduled|set)\s+)?(?:in|on|of|from|for)\s+(?:the\s+)?)",
    re.IGNORECASE,
)
# Verbs that place their subject at an event, so the clause's date is the event's.
_PARTAKING = r"(?:attended|watched|went\s+to|came\s+to|flocked\s+to|gathered\s+for|took\s+part\s+in|signed)"
# "next month's NATO summit", and pages that lost the apostrophe: "next month s NATO summit".
_DATE_BEFORE_GAP_RX = re.compile(r"\s*(?:['’]s\s+|\s+s\s+)?(?:NATO\s+|NATO['’]s\s+)?", re.IGNORECASE)
# "in June 1997 at the Madrid summit", "used last year in a violent rally in Charlottesville":
# one act both dated and placed at the event, so the date is the event's.
_DATE_AT_GAP_RX = re.compile(
    r"\s+(?:at|during|in)\s+(?:the|a|an)\s+(?:(?!(?:before|after|since|until|following|run-up|lead-up"
    r"|wake|aftermath|eve|anniversary|memory|end|start|beginning|middle|height|course|time|year|month"
    r"|week|day|days|weeks|months|years|of|to|for)\b)[a-z][a-z'’-]*\s+){0,2}"
)
# "in March, when millions attended Trump's inauguration": the when-clause happens at the date.
_DATE_WHEN_GAP_RX = re.compile(
    r",?\s+when\s+[^.;:!?]{0,60}?\b" + _PARTAKING + r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.]*\s+){0,2}",
    re.IGNORECASE,
)
# "in 1963 when the communist leader repelled their invasion at the Bay of Pigs": an act that
# meets the event as it happens, in a when-clause that recalls nothing ("when he recalled how
# Castro defeated the invasion" has the recalling's time).
_DATE_WHEN_ACT_GAP_RX = re.compile(
    r",?\s+when\s+(?:(?!\b(?:recall\w*|remember\w*|said|says|told|wrote|described|spoke|how|about)\b)"
    r"[^.;:!?,]){0,60}?\b(?:repelled|crushed|defeated|foiled|thwarted|launched|staged|fought|hosted)\s+"
    r"(?:(?:the|their|his|her|its)\s+)?",
    re.IGNORECASE,
)
# "founded in the 1960s to fight the Soviet invasion of Afghanistan": nobody fights a war
# before it begins. Only so early a date is read: after a war's recorded end its fighting may
# go on under another name ("arrived in 2020 to fight the Russian invasion").
_DATE_PURPOSE_GAP_RX = re.compile(r"\s+to\s+(?:fight|resist|repel|oppose)\s+(?:the\s+)?", re.IGNORECASE)


def _before_all(timex, events: tuple[Event, ...]) -> bool:
    bounds = value_bounds(timex.value)
    return bounds is not None and all(e.kind == "war" and bounds[1] < e.start.lo for e in events)


# "On April 4, 1949, ..., Dean Acheson signed the Washington Treaty": a date opening the
# sentence dates its main verb; a relative clause ("who attended ...") has its own time.
_OPENING_DATE_RX = re.compile(r"(?:^|[.!?]\s+)(?:On|In)\s+\Z")
_OPENING_GAP_RX = re.compile(
    r",\s+(?:(?!\b(?:who|which|that|whose|when|after|before|since)\b)[^.;:!?]){0,100}?\b"
    + _PARTAKING
    + r"\s+(?:the\s+)?",
    re.IGNORECASE,
)
# An alias that is a whole clause, its verb in it ("Britain left the EU", "withdrew from the
# JCPOA"): a date opening the sentence (after a short lead such as "Four years ago,") and
# followed only by the clause's subject is the act's date.
CLAUSE_ALIAS_RX = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {"left", "joined", "annexed", "fell", "recaptured", "retook", "liberated", "withdrew"}
            | {"declared", "became"}
            | CLAUSE_VERBS
        )
    )
    + r")\b"
)
_CLAUSE_GAP_RX = re.compile(r",\s+(?:the\s+)?(?:(?:[A-Z][\w.]*\s+){1,3})?")
_OPENING_DATE_WIDE_RX = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z][^,.;:!?]{0,30},\s+)?(?:[Oo]n|[Ii]n)\s+\Z")
RELATIVE_TIMEX_RX = re.compile(r"(?:last|next|this|earlier this|later this)\s", re.IGNORECASE)
PLAUSIBLE_YEARS = 10  # a shared alias spoken of as past or coming means one of these years
# "the start of the war in March 2022": the date is the first day's, not any day of it.
_START_OF_RX = re.compile(
    r"\b(?:start|beginning|outbreak|launch|onset|first days?)\s+of\s+(?:the\s+)?\Z", re.IGNORECASE
)
# "the end of the Iran-Iraq war in 1986", "the August 1986 cease-fire of the eight-year war
# with Iran": the date is the war's end, which a cease-fire may precede by months, not any
# day of it. A truce in the midst of a war is "a truce" or "a cease-fire in" it.
_END_OF_RX = re.compile(r"\b(?:end|close|conclusion)\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
DATE_ENDING_GAP_RX = re.compile(
    r"\s+(?:cease-?fire|armistice)\s+(?:of|that\s+ended|which\s+ended|ending)\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
# "the Iran-Iraq war ended in 1986", "the war with Iran, which ended in 1986"
_ENDED_GAP_RX = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+)?(?:ended|was\s+over|came\s+to\s+an\s+end)\s+(?:in|on)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_SINCE_RX = re.compile(r"\b(?i:since)\s+(?:(?:the|its|their|[A-Z][\w.]*(?:['’]s)?)\s+){0,2}\Z")


_MONTH_DAY_RX = re.compile(r"^(?:\d{4}|XXXX)-(\d\d)(?:-(\d\d))?$")


@dataclass(frozen=True, slots=True)
class DatedReference:
    """An event mention with the date the text gives it ("summit in Washington in July")."""

    mention: EventMention
    timex: Timex
    candidates: tuple[Event, ...]
    matching: tuple[Event, ...]


_WEEKDAY_ONLY_RX = re.compile(
    r"(?:(?:last|this|next|on|early|late)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)
_WEEK_OF_WRITING_REACH = timedelta(days=366)
_YESTERDAY_RX = re.compile(r"yesterday", re.IGNORECASE)
# "Polls open on Sunday in Italy's snap election": the polls of an election open and close on
# its own day.
_POLLS_OPEN_RX = re.compile(r"\b[Pp]olls\s+(?:open|opened|opens|close|closed|closes)\s+(?:on\s+)?\Z")
_POLLS_GAP_RX = re.compile(r"\s+(?:in|for)\s+(?:the\s+)?")


def _month_day(timex) -> tuple[int, int | None] | None:
    match = _MONTH_DAY_RX.match(timex.value)
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None


_DECADE_RX = re.compile(r"\d{3}")  # "the 1960s"


def timex_fits_event(timex, event: Event) -> bool | None:
    """Whether a stated date can be the event's date; None when the date cannot tell."""
    last = event.last_day
    if (
        YEAR_IN_TEXT_RX.search(timex.text)
        or RELATIVE_TIMEX_RX.match(timex.text)
        or _DECADE_RX.fullmatch(timex.value)
    ):
        # A written year, or one counted from the article's date ("next month").
        bounds = value_bounds(timex.value)
        if bounds is None:
            return None
        low = bounds[0] - timedelta(days=1) if "-W" in timex.value else bounds[0]
        # A week starts on Monday in the calendar and on Sunday in US usage: "the shooting
        # last week", written on Monday of the Sunday before, is right either way.
        return low <= last and event.start.lo <= bounds[1]
    month_day = _month_day(timex)
    if month_day is None:
        return None
    if _WEEKDAY_ONLY_RX.fullmatch(timex.text):
        # "on Monday" is a day of the writing's week: an event years before it is not dated
        # by it ("marked 100 years since the start of World War I on Monday").
        bounds = value_bounds(timex.value)
        if bounds is None or last < bounds[0] - _WEEK_OF_WRITING_REACH:
            return None
    month, day = month_day
    final_year = min(last.year, event.start.lo.year + 60)
    for year in range(event.start.lo.year, final_year + 1):
        try:
            low = date(year, month, day or 1)
            high = date(year, month, day) if day else date(year + (month == 12), month % 12 + 1, 1)
        except ValueError:
            continue
        if low <= last and event.start.lo <= high and (day is None or event.start.lo <= low):
            return True
    return False


# "the COP26 climate summit in Glasgow in 2021", "Hurricane Katrina struck New Orleans in
# 2005", "Hurricane Ian, which struck southwest Florida in 2022": the event's own place (or
# a part of it) between it and the date.
_PLACE_GAP_RX = re.compile(
    r"\s*,?\s+(?:(?:which|that)\s+)?"
    r"(?:(?:held\s+|signed\s+)?(?:in|at)|hit|struck|made\s+landfall\s+(?:in|near|at))\s+(?:the\s+)?"
    r"(?:(?-i:north|south|east|west|central|coastal|northern|southern|eastern|western|northeast(?:ern)?"
    r"|northwest(?:ern)?|southeast(?:ern)?|southwest(?:ern)?)\s+)?"  # lower case: not "North Carolina"
    r"(?P<place>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}),?\s+(?:in|on)\s+(?:the\s+)?",
    re.IGNORECASE,
)


# "Hurricane Helene, which tore through the mountains in September 2024": a storm's own
# striking, wherever it struck, is dated by the date that ends its clause.
_STORM_GAP_RX = re.compile(
    r"\s*,\s*(?:which|that)\s+(?:hit|struck|tore\s+through|slammed(?:\s+into)?|battered|devastated|ravaged"
    r"|lashed|pummel(?:l)?ed|swept\s+(?:through|across|over))\s+[^,.;:]{1,40}?\s+in\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "Jovenel Moise was shot dead at his home in July 2021": a killing told by its verb is dated by
# the date that ends the place it was done at (no other verb's: "in a strike recalled in 2021").
_KILLED_RX = re.compile(
    r"\b(?:" + "|".join(verb.replace(" ", r"\s+") for verb in KILLING_VERBS) + r")\Z", re.IGNORECASE
)
_KILLING_GAP_RX = re.compile(r"\s+(?:at|near|outside|inside|in)\s+" + PLACE_TO_DATE, re.IGNORECASE)
# "the G20 summit in Germany last month": a place, then a date relative to the writing.
_PLACE_BEFORE_RELATIVE_RX = re.compile(
    r"\s*,?\s+(?:held\s+)?(?:in|at)\s+(?:the\s+)?"
    r"(?P<place>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})\s+",
    re.IGNORECASE,
)


def _at_its_place(
    gap: str, mention: EventMention, gap_rx: re.Pattern[str] = _PLACE_GAP_RX
) -> tuple[Event, ...]:
    """The events of the mention held at the place the gap names ("in Madrid"), or none."""
    found = gap_rx.fullmatch(gap)
    if found is None:
        return ()
    place = " ".join(found.group("place").split()).lower()
    # a storm's or a war's places are listed "Cuba; Florida": any one of them is its place
    return tuple(
        event
        for event in mention.events
        if event.place and place in {part.strip().lower() for part in event.place.split(";")}
    )


# "died on Easter Monday, April 21, 2025": a named day the full date right after it spells out.
_APPOSITIVE_GAP_RX = re.compile(r"\s*,?\s*")


def _spelled_out(text: str, timexes: list, k: int) -> Timex:
    """The date at k, or the full date with its year that follows it as its apposition."""
    first = timexes[k]
    if k + 1 < len(timexes) and not YEAR_IN_TEXT_RX.search(first.text):
        second = timexes[k + 1]
        if (
            second.type == "DATE"
            and YEAR_IN_TEXT_RX.search(second.text)
            and _APPOSITIVE_GAP_RX.fullmatch(text, first.end, second.start)
        ):
            return second
    return first


def _counted_from_writing(timex: Timex) -> bool:
    """A weekday or "last week", "this month": a date counted from the writing."""
    return bool(RELATIVE_TIMEX_RX.match(timex.text) or _WEEKDAY_ONLY_RX.fullmatch(timex.text))


def _adjacent_timex(
    text: str, mention: EventMention, timexes: list, starts: list[int]
) -> tuple[Timex, tuple[Event, ...]] | None:
    """The date written right after or right before an event mention, if any, with the
    events it may be the date of: those held at the place named between the two, if one is."""
    k = bisect.bisect_left(starts, mention.end)
    inside = k - 1  # "the Hamas attack of Oct. 7, 2023": a date begun in the alias, its year after it
    if (
        inside >= 0
        and mention.start < starts[inside]
        and timexes[inside].end > mention.end
        and timexes[inside].type == "DATE"
        and YEAR_IN_TEXT_RX.search(text, mention.end, timexes[inside].end)
    ):
        return timexes[inside], mention.events
    if (
        k < len(timexes)
        and timexes[k].type == "DATE"
        # "convicted of the murder of George Floyd in April 2021": the date is the act's. A
        # costly search (every alternative at each character before), so made only here.
        and not follows_another_act(text, mention.start, LOOKBACK)
        # "the first game since the death of Kobe Bryant on Friday night": a part of a day
        # after an event's name is read only in a clause that places its subject at the event
        and (_PART_OF_DAY_WORD_RX.search(timexes[k].text) is None or placed_at_before(text, mention.start))
        # "spoke about the G20 summit last week": the speaking's date
        and not (_counted_from_writing(timexes[k]) and said_of(text, mention.start))
    ):
        gap = text[mention.end : timexes[k].start]
        if _ENDED_GAP_RX.fullmatch(gap) and all(e.id in war_endings() for e in mention.events):
            return _spelled_out(text, timexes, k), mention.events  # "the Korean War ended in 1951"
        if len(gap) <= 40 and _DATE_AFTER_GAP_RX.fullmatch(gap):
            return _spelled_out(text, timexes, k), mention.events
        if own_time_gap(text, mention.start, mention.end, timexes[k].start):
            return _spelled_out(text, timexes, k), mention.events  # "the summit begins on Friday"
        if all(e.kind == "storm" for e in mention.events) and _STORM_GAP_RX.fullmatch(gap):
            return _spelled_out(text, timexes, k), mention.events
        if _KILLED_RX.search(mention.text) and _KILLING_GAP_RX.fullmatch(gap):
            return _spelled_out(text, timexes, k), mention.events  # "was shot dead at home in 2021"
        if done_once_date_gap(mention.text, gap, timexes[k].text):
            return _spelled_out(text, timexes, k), mention.events  # "fled to India in August 2024"
        if clause_date_gap(text, mention.end, timexes[k].start, timexes[k].end):
            return timexes[k], mention.events  # "the attack, which killed 1,200 people in 2023"
        held_there = _at_its_place(gap, mention) if len(gap) <= 60 else ()
        if held_there:
            return timexes[
                k
            ], held_there  # "the COP26 summit in Glasgow in 2021", "Katrina hit New Orleans in 2005"
        if RELATIVE_TIMEX_RX.match(timexes[k].text):
            if gap.strip() == "":
                return timexes[k], mention.events  # "the summit in Washington last month"
            if _PLACE_BEFORE_RELATIVE_RX.fullmatch(gap):
                # "the G20 summit in Germany last month": the events held there, or, for a
                # place the base does not give (a country, a region), every one it may be
                held_there = _at_its_place(gap, mention, _PLACE_BEFORE_RELATIVE_RX)
                return timexes[k], held_there or mention.events
        if (
            _YESTERDAY_RX.fullmatch(timexes[k].text)
            and (gap.strip() == "" or _PLACE_BEFORE_RELATIVE_RX.fullmatch(gap))
            and placed_at_before(text, mention.start)
        ):
            # "Trump sat with Putin at the G20 summit in Hamburg yesterday": the clause that
            # places him at the summit is dated, so the summit is
            return timexes[k], _at_its_place(gap, mention, _PLACE_BEFORE_RELATIVE_RX) or mention.events
    k = bisect.bisect_right(starts, mention.start) - 1
    if k >= 1 and timexes[k].type != "DATE" and all(e.id in war_endings() for e in mention.events):
        ending = timexes[k - 1]  # "the August 1988 cease-fire of the eight-year war": a count between
        if ending.type == "DATE" and DATE_ENDING_GAP_RX.fullmatch(text, ending.end, mention.start):
            return ending, mention.events
    if k >= 0 and timexes[k].type == "DATE" and timexes[k].end <= mention.start:
        timex = timexes[k]
        gap = text[timex.end : mention.start]
        if (
            _DATE_BEFORE_GAP_RX.fullmatch(gap)
            or _DATE_WHEN_GAP_RX.fullmatch(gap)
            or _DATE_WHEN_ACT_GAP_RX.fullmatch(gap)
            or _DATE_PURPOSE_GAP_RX.fullmatch(gap)
            and _before_all(timex, mention.events)
        ):
            return timex, mention.events
        if DATE_ENDING_GAP_RX.fullmatch(gap) and all(e.id in war_endings() for e in mention.events):
            return timex, mention.events  # "the August 1988 cease-fire of the war with Iran"
        if _DATE_AT_GAP_RX.fullmatch(gap) and (
            YEAR_IN_TEXT_RX.search(timex.text) or RELATIVE_TIMEX_RX.match(timex.text)
        ):
            return timex, mention.events
        if _OPENING_DATE_RX.search(text, max(0, timex.start - 4), timex.start) and _OPENING_GAP_RX.fullmatch(
            gap
        ):
            return timex, mention.events
        if _POLLS_GAP_RX.fullmatch(gap) and _POLLS_OPEN_RX.search(
            text, max(0, timex.start - 30), timex.start
        ):
            return timex, mention.events  # "Polls open on Sunday in Italy's snap election"
        if opening_presence_date(text, timex.start, timex.end, mention.start, mention.end):
            return timex, mention.events  # "On Monday, Trump met Putin at the G20 summit"
        if (
            (_WEEKDAY_ONLY_RX.fullmatch(timex.text) or _YESTERDAY_RX.fullmatch(timex.text))
            and placed_at_around(text, timex.start, timex.end, mention.start)
            and name_ends_phrase(text, mention.end)
        ):
            return timex, mention.events  # "Trump met Putin on Monday at the G20 summit"
        if when_presence_date(text, timex.end, mention.start) and name_ends_phrase(text, mention.end):
            return timex, mention.events  # "on Tuesday, when he met Macron at the G7 summit"
        if (
            CLAUSE_ALIAS_RX.search(mention.text)
            and _CLAUSE_GAP_RX.fullmatch(gap)
            and _OPENING_DATE_WIDE_RX.search(text, max(0, timex.start - 45), timex.start)
        ):
            return timex, mention.events  # "Four years ago, on Jan. 31, 2020, Britain left the EU"
    return None


def _this_years(timex, verdicts: list[tuple[Event, bool | None]]) -> list[int]:
    """For a day of the writing's week ("on Friday", "yesterday") given to a series' name, the
    indexes of the meetings near enough to be judged, the others being too far from it to be
    meant: a series' name ("Friday's G20 summit") means the base's meeting of that year. None when the
    base holds no meeting of that year (it may lack one) or one of them cannot be judged."""
    if not (_WEEKDAY_ONLY_RX.fullmatch(timex.text) or _YESTERDAY_RX.fullmatch(timex.text)):
        return []
    if len({series_of(e) for e, _v in verdicts} - {None}) != 1 or any(
        series_of(e) is None for e, _v in verdicts
    ):
        return []  # a name unlike events share is flagged only when each one contradicts
    bounds = value_bounds(timex.value)
    if bounds is None:
        return []
    year = bounds[0].year
    this_year = [v for e, v in verdicts if e.start.lo.year <= year <= e.last_day.year]
    if not this_year or any(v is None for v in this_year):
        return []
    return [i for i, (_e, v) in enumerate(verdicts) if v is not None]


_PART_OF_DAY_RX = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)")
_PART_OF_DAY_WORD_RX = re.compile(r"\s(?:morning|afternoon|evening|night)\Z", re.IGNORECASE)


def _as_day(timex: Timex) -> Timex:
    """ "Monday night" as the day it is part of: the tagger makes it a time, but an event is
    dated by the day."""
    if (
        timex.type == "TIME"
        and _PART_OF_DAY_RX.fullmatch(timex.value)
        and _WEEKDAY_ONLY_RX.fullmatch(timex.text)
    ):
        return replace(timex, type="DATE", value=timex.value[:10])
    return timex


def _not_done(text: str, mention: EventMention, layout: TextLayout) -> bool:
    """An alias holding its own past verb ("were invited to join NATO") in a condition, a
    wish or a guess ("if Ukraine were invited to join NATO in July"): no date of it."""
    if OWN_PAST_RX.search(mention.text) is None:
        return False
    sentence_start, _ = layout.sentence_bounds(mention.start)
    return NOT_DONE_RX.search(text, sentence_start, mention.start) is not None


def dated_references(
    text: str, events: list[EventMention], timexes: list, layout: TextLayout
) -> list[DatedReference]:
    """Event mentions paired with the date the text states for them."""
    if not events:
        return []
    timexes = [_as_day(t) for t in timexes]
    starts = [t.start for t in timexes]
    if starts != sorted(starts):  # callers mostly pass them sorted already
        timexes = sorted(timexes, key=attrgetter("start"))
        starts = [t.start for t in timexes]
    found = []
    for mention in events:
        paired = _adjacent_timex(text, mention, timexes, starts)
        if paired is None or _not_done(text, mention, layout):
            continue
        timex, candidates = paired
        if _dated_by_itself(text, mention, timex, candidates):
            continue  # "spending on ads for the 2020 election in 2017": the spending's year
        judged = candidates
        if _START_OF_RX.search(text, max(0, mention.start - 40), mention.start):
            judged = tuple(replace(e, end=e.start) for e in judged)
        elif _told_ending(text, mention, timex):
            judged = tuple(_ending(e) for e in judged)
        elif _SINCE_RX.search(text, max(0, mention.start - 24), mention.start):
            # "since Russia's full-scale invasion in February 2023": what a war is counted
            # since is its outbreak, so the date is its first day's, not any day of it
            judged = tuple(replace(e, end=e.start) if e.kind == "war" else e for e in judged)
        verdicts = [(e, timex_fits_event(timex, e)) for e in judged]
        if any(v is None for _, v in verdicts):
            kept = _this_years(timex, verdicts)
            if not kept:
                continue
            candidates = tuple(candidates[i] for i in kept)
            verdicts = [verdicts[i] for i in kept]
        matching = tuple(e for e, (_e, ok) in zip(candidates, verdicts, strict=True) if ok)
        found.append(DatedReference(mention, timex, candidates, matching))
    return found


_OWN_YEAR_RX = re.compile(r"\b(?:1[89]|20)\d\d\b")


# "ads for the 2020 election", "prepared for the 2016 Olympics", "in the run-up to": an act
# done towards an event, whose own date may come after the event's name.
_FOR_BEFORE_RX = re.compile(
    r"\b(?:for|ahead\s+of|towards?|before|run-up\s+to)\s+(?:the\s+)?\Z", re.IGNORECASE
)


def _dated_by_itself(text: str, mention: EventMention, timex: Timex, candidates: tuple[Event, ...]) -> bool:
    """Whether an act done towards an event ("spending on ads for the 2020 election in
    2017") names the event with a year of its own that one of its events was held in, while
    the date after it gives another year: a phrase dated in its own words is not dated
    again, so the later date is the act's ("Trump won the 2016 election in 2012" is still
    read as the election's)."""
    if (
        timex.start < mention.end
        or _FOR_BEFORE_RX.search(text, max(0, mention.start - 30), mention.start) is None
    ):
        return False
    own = _OWN_YEAR_RX.search(mention.text)
    later = YEAR_IN_TEXT_RX.search(timex.text)
    if own is None or later is None or int(later.group()) >= int(own.group()):
        return False  # an act towards the event comes before it
    year = int(own.group())
    return any(e.start.lo.year <= year <= (e.end or e.start).hi.year for e in candidates)


def _told_ending(text: str, mention: EventMention, timex: Timex) -> bool:
    """Whether the date is given to the end of a war whose ending the base lists ("the end of
    the war in 1986", "the 1988 cease-fire of the war", "the war ended in 1986")."""
    endings = war_endings()
    if not all(e.id in endings for e in mention.events):
        return False
    if timex.end <= mention.start:
        return DATE_ENDING_GAP_RX.fullmatch(text, timex.end, mention.start) is not None
    return (
        _END_OF_RX.search(text, max(0, mention.start - 24), mention.start) is not None
        or _ENDED_GAP_RX.fullmatch(text, mention.end, timex.start) is not None
    )


def _ending(event: Event) -> Event:
    """The war as its ending: from its cease-fire to the day it was over."""
    first, last = war_endings()[event.id]
    return replace(
        event, start=FuzzyDay(first, last, str(first), "day"), end=FuzzyDay(last, last, str(last), "day")
    )


@lru_cache(maxsize=1)
def war_endings() -> dict[str, tuple[date, date]]:
    """The wars whose one general cease-fire and end ``curated/war_endings.csv`` lists: a war
    with truces and cease-fires that broke down is not listed, so "the cease-fire of" it
    names no one date."""
    with (kb_dir() / "curated" / "war_endings.csv").open(encoding="utf-8", newline="") as handle:
        return {
            row["event"]: (date.fromisoformat(row["first"]), date.fromisoformat(row["last"]))
            for row in csv.DictReader(handle)
        }


def nearest_event(events: tuple[Event, ...], window: DateWindow | None) -> Event:
    if window is None:
        return max(events, key=lambda e: e.start.lo)
    return min(events, key=lambda e: abs((e.start.lo - window.earliest).days))


def event_span(event: Event) -> str:
    if event.end is None:
        return f"from {event.start.text} on"
    if event.end.text == event.start.text:
        return f"on {event.start.text}"
    return f"from {event.start.text} to {event.end.text}"


def candidates_for(
    mention: EventMention, references: dict[int, DatedReference], local: DateWindow
) -> tuple[Event, ...]:
    """The events a mention may mean: those its stated date fits; of a shared alias spoken
    of as past or coming ("the upcoming Madrid summit"), those within some years."""
    ref = references.get(mention.start)
    if ref and ref.matching:
        return ref.matching
    near = tuple(e for e in mention.events if abs(e.start.lo.year - local.earliest.year) <= PLAUSIBLE_YEARS)
    return near or mention.events
