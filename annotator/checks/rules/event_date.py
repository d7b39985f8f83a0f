"""Rule event-date: an explicit date that no event of that name had."""

from __future__ import annotations

import re
from datetime import date, timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import ERROR, DateWindow, Finding, make_finding
from annotator.checks.rules.administration_frames import check_administration_frames
from annotator.checks.rules.appositive_dates import check_appositive_dates
from annotator.checks.rules.counted_to import counted_to
from annotator.checks.rules.election_calendar import check_election_calendar
from annotator.checks.rules.election_candidates import check_candidacies
from annotator.checks.rules.election_wins import check_election_wins
from annotator.checks.rules.election_year import check_election_years
from annotator.checks.rules.event_refs import RELATIVE_TIMEX_RX, DatedReference, event_span, nearest_event
from annotator.checks.rules.free_elections import check_free_elections
from annotator.checks.rules.interference_findings import check_interference_findings
from annotator.checks.rules.life_dates import check_life_dates
from annotator.checks.rules.office_dates import check_office_dates
from annotator.checks.rules.presence_dates import coming_presence, own_time_gap
from annotator.checks.rules.referendum_calendar import check_referendum_years
from annotator.temporal.lexicon import WEEKDAYS
from annotator.temporal.values import value_bounds

_NEAR = timedelta(days=400)  # how far a relative date ("last month") can point

DATE_RULE = "event-date"


def check_event_dates(analysis: ArticleAnalysis) -> list[Finding]:
    """Rule event-date: a stated date that no event of that name had."""
    text, references, window = analysis.text, analysis.references, analysis.window
    findings = check_election_years(analysis)  # "the 2015 presidential election"
    findings += check_election_calendar(analysis)  # "the UK general election of July 2023"
    for more in (
        check_candidacies(analysis),  # "Christie was defeated in the 2012 election"
        check_election_wins(analysis),  # "Starmer swept into power after Labour's July 2023 win"
        check_interference_findings(analysis),  # "agencies agree Russia interfered in 2012"
    ):  # a year the calendar already flags is one error, told once
        findings += [f for f in more if not any(f.start < g.end and g.start < f.end for g in findings)]
    findings += check_free_elections(analysis)  # "Poland until the free elections of 1979"
    findings += check_referendum_years(analysis)  # "Australians voted in a 2022 referendum"
    findings += check_appositive_dates(analysis)  # "Hurricane Sandy, the deadliest storm of 2010"
    findings += check_administration_frames(analysis)  # "Russia annexed Crimea under Trump"
    findings += check_life_dates(analysis)  # "Mikhail Gorbachev (1931-2023)"
    calendar = [(f.start, f.end) for f in findings]
    judged: set[tuple[int, str]] = set()
    for ref in references:
        if ref.matching:
            continue

        if any(s < ref.timex.end and ref.timex.start < e for s, e in calendar):
            continue  # already judged against the country's whole list of elections
        if (
            RELATIVE_TIMEX_RX.match(ref.timex.text)
            and window is not None
            and all(abs(e.start.lo - window.earliest) > _NEAR for e in ref.candidates)
        ):
            # "an Oval Office meeting last month" years from the known one: another event
            # of the same kind, not a wrong date for that one.
            continue
        if _another_of_an_open_kind(ref):
            # "the summit in Washington in 2014": a name several unlike events share (a NATO
            # summit, a nuclear security summit, a G20 summit) names a kind the base does not
            # list in full, so a date years from each is another event of it, not an error
            continue
        if window is not None and _other_weekday_fits(ref, window, _told_as_coming(text, ref)):
            continue  # "before the summit on Friday, Trump warned": the coming Friday
        if _travel_day(text, ref):
            continue  # "Merkel arrived at the G20 summit on Thursday": the eve of its opening
        if _outcome_day(text, ref):
            continue  # "Modi claimed victory in India's general election on Tuesday": the count
        if counted_to(text, ref):
            continue  # "Ten years after the Iraq War, in 2013, ...": the date the count reaches
        event = nearest_event(ref.candidates, window)
        # "The coup in Myanmar in February 2020 ousted Aung San Suu Kyi": one date given to
        # one event named twice around it is one error, flagged once.
        if (ref.timex.start, event.id) in judged:
            continue
        judged.add((ref.timex.start, event.id))
        message = (
            f"“{ref.timex.text}” is given as the date of {event.name}, which took place "
            f"{event_span(event)} (source: {event.source})."
        )
        findings.append(
            make_finding(
                DATE_RULE,
                ERROR,
                text,
                min(ref.mention.start, ref.timex.start),
                max(ref.mention.end, ref.timex.end),
                message,
                [e.evidence() for e in ref.candidates],
                event.id,
            )
        )
    # "Boris Johnson became prime minister in July 2018": a date an event's name already
    # judges (right or wrong) is told once, by the event
    named = [(r.timex.start, r.timex.end) for r in references] + [(f.start, f.end) for f in findings]
    findings += [
        f for f in check_office_dates(analysis) if not any(f.start < e and s < f.end for s, e in named)
    ]
    return findings


_WEEK = timedelta(days=7)
_GATHERINGS = frozenset({"summit", "meeting", "talks", "visit", "ministerial", "protest"})
_FAMILY_NOISE_RX = re.compile(r"\(.*?\)|\d+|\b(?:first|second|third|fourth)\b", re.IGNORECASE)


def _another_of_an_open_kind(ref: DatedReference) -> bool:
    """Whether the mention's name is shared by events of unlike series and the date is more
    than a year from every one of them."""
    if any(e.kind not in _GATHERINGS for e in ref.candidates):
        return False  # "the annexation of Crimea": its namesakes are the base's to list
    families = {_FAMILY_NOISE_RX.sub("", e.name).strip().lower() for e in ref.candidates}
    if len(families) < 2:
        return False
    bounds = value_bounds(ref.timex.value)
    if bounds is None:
        return False
    return all(bounds[0] - e.last_day > _NEAR or e.start.lo - bounds[1] > _NEAR for e in ref.candidates)


# Going to or from an event, or gathering for it: the date is the journey's, a day or two off
# the event's own ("On Thursday, leaders gathered for the G20 summit", which opened on Friday).
_TRAVEL_RX = re.compile(
    r"\b(?:arrived|arriving|arrives|left|leaving|returned|returning|flew|flying|headed|heading|departed"
    r"|travel(?:l)?ed|came\s+back|gathered|gathering|converged|converging|assembled)\s+(?:(?:at|in|for|to|from|into|home\s+from)\s+)?(?:the\s+)?\Z",
    re.IGNORECASE,
)
_JOURNEY = timedelta(days=3)


def _shifted_bounds(ref: DatedReference) -> tuple[tuple[date, date], tuple[timedelta, ...]] | None:
    """The date's first and last days, and the shifts it may take: a bare weekday may be that
    of the week before or after the one the tagger chose."""
    bounds = value_bounds(ref.timex.value)
    if bounds is None:
        return None
    shifts = (-_WEEK, timedelta(0), _WEEK) if ref.timex.text.lower() in WEEKDAYS else (timedelta(0),)
    return bounds, shifts


def _travel_day(text: str, ref: DatedReference) -> bool:
    """Whether the date is that of a journey to or from the event, within days of it."""
    if not _TRAVEL_RX.search(text, max(0, ref.mention.start - 40), ref.mention.start):
        return False
    shifted = _shifted_bounds(ref)
    if shifted is None:
        return False
    bounds, shifts = shifted
    return any(
        e.start.lo - _JOURNEY <= bounds[1] + shift and bounds[0] + shift <= e.last_day + _JOURNEY
        for e in ref.candidates
        for shift in shifts
    )


# Winning or losing an election: its date is the count's or the concession's, which follows
# the last day of voting by days ("claimed victory in India's general election on Tuesday",
# counted three days after the seventh phase).
_OUTCOME_RX = re.compile(
    r"\b(?:won|wins|winning|lost|loses|losing|(?:claimed|claims|claiming|declared|declares|declaring)"
    r"\s+(?:a\s+)?(?:(?:landslide|narrow|decisive|resounding|clear)\s+)?victory\s+in"
    r"|conceded|concedes|conceding|conceded\s+defeat\s+in|was\s+declared\s+(?:the\s+)?winner\s+of)"
    r"\s+(?:the\s+|a\s+)?\Z",
    re.IGNORECASE,
)
_COUNT = timedelta(days=14)  # how long after the voting a result may be declared


def _outcome_day(text: str, ref: DatedReference) -> bool:
    """Whether the date is that of an election's result, won, lost or conceded, within days
    after its last day of voting."""
    if ref.mention.end > ref.timex.start or not all(e.kind == "election" for e in ref.candidates):
        return False
    if not _OUTCOME_RX.search(text, max(0, ref.mention.start - 70), ref.mention.start):
        return False
    shifted = _shifted_bounds(ref)
    if shifted is None:
        return False
    bounds, shifts = shifted
    return any(
        e.last_day <= bounds[0] + shift and bounds[1] + shift <= e.last_day + _COUNT
        for e in ref.candidates
        for shift in shifts
    )


def _told_as_coming(text: str, ref: DatedReference) -> bool:
    """Whether the clause puts the event in the days after the writing: a verb still to come
    that places its subject at it, or the event's own verb of beginning in the present."""
    end = max(ref.mention.end, ref.timex.end)
    if coming_presence(text, min(ref.mention.start, ref.timex.start), end):
        return True
    if ref.timex.end <= ref.mention.start and coming_presence(text, ref.mention.start, end):
        return True  # "On Friday, Trump will meet Putin at the summit"
    own = (
        own_time_gap(text, ref.mention.start, ref.mention.end, ref.timex.start)
        if ref.mention.end <= ref.timex.start
        else None
    )
    return own is not None and own.group("coming") is not None


def _other_weekday_fits(ref: DatedReference, window: DateWindow, coming: bool = False) -> bool:
    """Whether a bare weekday ("on Friday") fits an event on that weekday of the week before
    or after the one the tagger chose: the tense of a clause about another act ("Before the
    summit on Friday, Trump warned") does not tell which way the weekday points. A clause
    whose own verb is still to come ("Trump will attend the summit on Friday") points it to
    the days after the writing."""
    weekday = WEEKDAYS.get(ref.timex.text.lower())
    if weekday is None:
        return False
    earliest, latest = window.earliest - _WEEK, window.latest + _WEEK
    if coming:
        # the coming one, or the one a week after it ("opens on Saturday" for Saturday week)
        bounds = value_bounds(ref.timex.value)
        earliest = window.earliest
        latest = max(latest, bounds[1] + _WEEK) if bounds is not None else latest
    for event in ref.candidates:
        # any day of it: "Russia's presidential election on Sunday", the last of three days
        day = max(event.start.lo, earliest)
        while day <= min(max(event.start.hi, event.last_day), latest):
            if day.isoweekday() == weekday:
                return True
            day += timedelta(days=1)
    return False
