"""Rule elapsed-time: calendar arithmetic the text does itself.

"30 years ago" and "the almost 3-year war" must match the time between the event and the
date written (within the tolerance the wording allows: "almost", "more than", "about");
"a week after the inauguration" the time between the event and the date the sentence
gives; "the 40th anniversary of the treaty" the year the passage speaks of.
"""

from __future__ import annotations

import re
from datetime import timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.clause_verbs import clause_verb_tense, first_verb_tense, subject_verb_tense
from annotator.checks.analysis.layout import TextLayout
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.analysis.reference import DATED, PAST, PRESENT, RECENT, UNKNOWN, ReferenceTime
from annotator.checks.findings import HIGH, LOW, WARNING, DateWindow, Finding, make_finding
from annotator.checks.kb.facts import Event
from annotator.checks.rules.counted_dates import own_date_spans, starts_on
from annotator.checks.rules.elapsed_anchors import (
    anchors_in,
    counted_from_end,
    dated_opening_phrase,
    its_subject_between,
    leads_country,
    own_term,
    stated_event_year,
    stated_year,
    term_start,
)
from annotator.checks.rules.elapsed_phrases import (
    OPENING_RX,
    UNIT_DAYS,
    accepted_years,
    elapsed_phrases,
    elapsed_range,
    phrase_amount,
)
from annotator.checks.rules.life_ages import check_ages
from annotator.checks.rules.told_events import may_tell_events, with_told_events
from annotator.temporal.timex import Timex
from annotator.temporal.values import value_bounds

ELAPSED_RULE = "elapsed-time"
_DAY = timedelta(days=1)
_ANNIVERSARY_OF_RX = re.compile(r"\banniversary\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
_PLACE_AFTER_RX = re.compile(r"\s+(?:in|of|on|over|for)\s+(?:the\s+)?[A-Z]")
_ANAPHOR_RX = re.compile(
    r"\b(?:agreement|treaty|memorandum|accord|summit|war|invasion|deal"
    r"|talks|annexation|referendum|protocol|election)\b",
    re.IGNORECASE,
)


def _events_for(
    match: re.Match[str],
    events: list[EventMention],
    sentences: dict[int, list[EventMention]],
    layout: TextLayout,
) -> tuple[Event, ...]:
    """The events an elapsed-time phrase measures from, or () when the text does not say.
    `sentences` holds the event mentions of each sentence (by its index), in their order."""
    if match.group("noun") or match.group("noun2"):
        near = [m for m in events if match.start() <= m.start <= match.end() + 20]
        if match.group("named") and not any(m.start < match.end() for m in near):
            return ()  # "a three-year Pentagon campaign": a name the base does not know
        if not near and _PLACE_AFTER_RX.match(layout.text, match.end()):
            return ()  # "eight years of war in the Donbas": a war the base does not name
        wars = near or [m for m in events if any(e.kind == "war" for e in m.events)]
        # In the text's order, once each: a set's order would change with the hash seed.
        return tuple(dict.fromkeys(e for m in wars for e in m.events if e.kind == "war"))
    if match.group("since"):
        # "two months after his mutiny, Prigozhin died": a comma closes the phrase counted
        # from, and the event past it is the main clause's, the time counted to
        after = [
            m
            for m in events
            if match.end() <= m.start <= match.end() + 12 and "," not in layout.text[match.end() : m.start]
        ]
        if not after:
            # "five months since the state was devastated by Hurricane Harvey": the event
            # that did what the clause tells, named as its agent
            after = [
                m
                for m in events
                if match.end() < m.start <= match.end() + 60
                and (
                    _AGENT_GAP_RX.fullmatch(layout.text, match.end(), m.start)
                    or its_subject_between(layout.text, match.end(), m)
                )
            ]
        return _with_coordinated(after[0], events, layout.text) if after else ()
    sentence = layout.sentence_index(match.start())
    same = sentences.get(sentence, [])
    if same:
        # the nearest by the gap between them: "Ukraine first applied to join NATO four years
        # ago following Russia's invasion" counts from the application, however long its words
        nearest = min(same, key=lambda m: max(m.start - match.end(), match.start() - m.end, 0))
        follows = nearest.start >= match.end()
        low, high = (match.end(), nearest.start) if follows else (nearest.end, match.start())
        if _RELATING_RX.search(layout.text, low, high):
            return ()  # "three years ago, before the invasion": another time than the event's
        if not follows and _NEW_CLAUSE_RX.search(layout.text, low, match.start()):
            return ()  # "the shooting haunts us, and 20 years ago a man ...": another clause's time
        if _LATER_ACT_RX.search(layout.text, max(0, nearest.start - 40), nearest.start):
            return ()  # "A year ago, the court overturned Roe v. Wade": the overturning's time
        return nearest.events
    sentence_start, _ = layout.sentence_bounds(match.start())
    if not _ANAPHOR_RX.search(layout.text, sentence_start, match.start()):
        return ()
    previous = sentences.get(sentence - 1, [])
    return previous[-1].events if previous else ()


# An act that can only come after the event it names, on a ruling, a law or an agreement: a
# count beside it is the act's ("A year ago, the court overturned Roe v. Wade").
_LATER_ACT_RX = re.compile(
    r"\b(?:overturn(?:ed|s|ing)?|overrul(?:ed|es|ing)|revers(?:ed|es|ing)|(?:struck|strikes)\s+down"
    r"|repeal(?:ed|s|ing)?|upheld|withdr(?:ew|awn)\s+from|pulled\s+out\s+of|renegotiat(?:ed|es|ing))"
    r"\s+(?:the\s+|its\s+|their\s+)?\Z",
    re.IGNORECASE,
)
_AND_RX = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?")


def _with_coordinated(mention: EventMention, events: list[EventMention], text: str) -> tuple[Event, ...]:
    """A mention's events and those of one joined to it ("devastated by Hurricane Irma and
    Hurricane Maria"): the count may run from either."""
    joined = next(
        (m for m in events if m.start > mention.end and _AND_RX.fullmatch(text, mention.end, m.start)), None
    )
    return mention.events if joined is None else tuple(dict.fromkeys(mention.events + joined.events))


_BOUND_RX = re.compile(
    r"\b(?:began|begun|started|broke\s+out|erupted|launched|outbreak|ended|end|ending|finished"
    r"|concluded|was\s+over)\b",
    re.IGNORECASE,
)


def _told_start_or_end(layout: TextLayout, match: re.Match[str]) -> bool:
    """Whether the phrase's sentence tells of the event's beginning or end ("the war began
    80 years ago", "ended three years ago"), which a day in the middle of it does not fit."""
    start, end = layout.sentence_bounds(match.start())
    return _BOUND_RX.search(layout.text, start, end) is not None


def check_elapsed(analysis: ArticleAnalysis) -> list[Finding]:
    """Rule elapsed-time: "N years ago" / "N-year war" against the event and writing dates,
    and a person's age in apposition against their birth ("Narendra Modi, 73,")."""
    return check_ages(analysis) + _check_elapsed_phrases(analysis)


def _check_elapsed_phrases(analysis: ArticleAnalysis) -> list[Finding]:
    text, events, layout = analysis.text, analysis.mentions.events, analysis.layout
    window = analysis.window
    if window is None or (
        not events
        and " since " not in text
        and " after " not in text
        and not anchors_in(text)
        and not (" ago" in text and may_tell_events(text))
    ):
        return []  # every phrase is measured from an event or a year, against a known writing date
    phrases = list(elapsed_phrases(text))
    if not phrases:
        return []
    events = with_told_events(analysis, (m.start() for m in phrases))
    findings = []
    # "A year ago, New Yorkers marked the 19th anniversary of the attacks": the phrase dates
    # the anniversary, not the event
    if "anniversary" in text:
        events = [m for m in events if not _ANNIVERSARY_OF_RX.search(text, max(0, m.start - 40), m.start)]
    sentences: dict[int, list[EventMention]] = {}  # each sentence's mentions, in their order
    for mention in events:
        sentences.setdefault(layout.sentence_index(mention.start), []).append(mention)
    for match in phrases:
        local = layout.window_at(match.start(), window)
        if local is None:
            continue
        relation = (match.group("ago") or match.group("since") or "").lower()
        if relation.startswith(("on", "following")):
            relation = "after"  # "one year on from the assassination attempt"
        if relation in ("before", "earlier"):
            continue  # counted from another point of the story, which the text does not date
        stated = stated_year(analysis, match) if relation == "ago" else ()
        candidates = stated or _events_for(match, events, sentences, layout)
        if not candidates and relation in ("since", "after", "into"):
            stated = candidates = stated_event_year(analysis, match.end()) or _dated_opening(analysis, match)
        named = next((m for m in events if m.events is candidates), None)
        if named is not None:
            candidates = counted_from_end(analysis, named.start, named.end, candidates)
        taken = (
            ()
            if candidates or not match.group("since")
            else _took_office(analysis, match) or own_term(analysis, match)
        )
        candidates = candidates or taken
        if not candidates or _another_dated_war(analysis, match, candidates):
            continue
        if (match.group("noun") or match.group("noun2")) and _ENDING_RX.search(
            text, max(0, match.start() - 16), match.start()
        ):
            # "troops left on Monday, ending the 20-year war in Afghanistan": a war ended by
            # an act of the writing's days is the one of that name that ended then
            candidates = _ended_near(candidates, local) or candidates
        if relation == "ago" and not stated:
            # "In a 2015 interview, he said Katrina had struck ten years ago": "ago" may be
            # counted from the other date its sentence gives as well as from the writing.
            frame = _year_in_sentence(analysis, match, candidates)
            if frame is not None:
                local = DateWindow(
                    min(frame.earliest, local.earliest),
                    max(frame.latest, local.latest),
                    f"{frame.describe()} or {local.describe()}",
                )
        if relation == "into":
            # "more than three years into the invasion": counted to a date the sentence
            # gives, else to now only in a clause about now ("exports have recovered, ...");
            # "two years into the war, he resigned" is some earlier time.
            dated = _dated_in_sentence(analysis, match)
            if dated is not None:
                local = dated
            elif not _about_now(analysis.reference_at(match.start(), match.end())):
                continue
        elif relation == "since":
            # "It has been ten years since Katrina" is counted to now; "by 2015 it had been
            # ten years since Katrina" to 2015; "he had waited ten years since Katrina" to
            # some time before the date written, so only a count reaching past it is wrong.
            dated = _year_in_sentence(analysis, match, candidates)
            if dated is not None:
                local = dated
            elif _PAST_BEFORE_RX.search(text, _clause_start(analysis, match), match.start()):
                first = min(e.start.lo for e in candidates)
                local = DateWindow(first, local.latest, "some time before the date written")
        elif relation == "after":
            # "on Jan. 27, a week after the inauguration": counted from the event to a date
            # the sentence gives, not to the article's date; no such date, no judgment, but
            # "10 months after Trump was sworn in" alone is counted to now.
            dated = _dated_in_sentence(analysis, match, candidates)
            opening = None if dated is not None else _main_clause_kind(analysis, match, candidates)
            if dated is not None:
                local = dated
            elif opening == PAST:
                # "Thirty years after the treaty, Biden visited Belfast": the visit is some
                # time before the date written, so only a count reaching past it is wrong.
                first = min(e.start.lo for e in candidates)
                local = DateWindow(first, local.latest, "some time before the date written")
            elif taken and not _told_of_now_before(analysis, match):
                continue  # "the scandal broke three weeks after Biden was sworn in": not now
            elif (
                not taken
                and not _NOW_BEFORE_RX.search(text, max(0, match.start() - 24), match.start())
                and opening != PRESENT
            ):
                continue  # "it's three years after the election" is counted to now
        unit = next(match.group(g) for g in ("unit", "unit2", "unit3", "unit4") if match.group(g))
        scale = UNIT_DAYS[unit.lower()]
        low, high = accepted_years(phrase_amount(match), match.group("qualifier"), unit)
        verdicts = []
        fighting = bool(match.group("noun") or match.group("noun2"))
        for event in candidates:
            shortest, longest = elapsed_range(event.start, local, scale)
            # "after three years of fighting" counts a war to now only while it goes on; a
            # war over by then is measured by its length alone.
            over = fighting and event.end is not None and event.end.hi < local.earliest
            fits = not over and longest >= low and shortest <= high
            if not fits and event.end is not None and event.end != event.start:
                # A finished event may be counted from its end ("ended the war in Bosnia
                # almost four years ago") or be its length ("the eight-year war with Iran",
                # never "three weeks after Maria"). A length counts its first and last days:
                # the Six-Day War ran 5-10 June 1967.
                spans = []
                if not relation or fighting:
                    spans.append((event.end.lo - event.start.hi + _DAY, event.end.hi - event.start.lo + _DAY))
                if not over:
                    spans.append((local.earliest - event.end.hi, local.latest - event.end.lo))
                if event.kind == "storm" or (relation == "ago" and not _told_start_or_end(layout, match)):
                    # "almost 75 years ago, in the midst of WWII": a day of it; "three weeks
                    # since the storm" runs from the day it struck, days after it formed
                    spans.append((local.earliest - event.end.hi, local.latest - event.start.lo))
                fits = any(hi.days / scale >= low and lo.days / scale <= high for lo, hi in spans)
            verdicts.append((event, shortest, longest, fits))
        if any(ok for *_, ok in verdicts):
            continue
        event, shortest, longest = min(verdicts, key=lambda v: abs(v[1] - low))[:3]
        message = _misfit_message(
            match.group(0).strip(), event, shortest, longest, local, unit.lower(), scale
        )
        sure = (
            bool(taken or stated) or _tied(match, events) or _dates_its_main_clause(analysis, match, events)
        )
        findings.append(
            make_finding(
                ELAPSED_RULE,
                WARNING,
                text,
                match.start(),
                match.end(),
                message,
                [e.evidence() for e in candidates],
                event.id,
                confidence=HIGH if sure else LOW,
                basis=f"counted to {local.describe()}",
            )
        )
    return findings


_ENDING_RX = re.compile(r"\b(?:ending|ends|to\s+end)\s+(?:the\s+|a\s+|an\s+|its\s+)?\Z", re.IGNORECASE)
_ENDED_NEAR = timedelta(days=31)


def _another_dated_war(
    analysis: ArticleAnalysis, match: re.Match[str], candidates: tuple[Event, ...]
) -> bool:
    """Whether a war's length named beside no war ("Hamas last fought Israel in May 2021, an
    11-day conflict") belongs to the war its sentence dates, a date none of the article's
    named wars spans: it measures that war, not one named elsewhere."""
    if not (match.group("noun") or match.group("noun2")):
        return False
    if any(match.start() <= m.start <= match.end() + 20 for m in analysis.mentions.events):
        return False
    for timex in _sentence_dates(analysis, match, candidates):
        bounds = value_bounds(timex.value)
        if bounds is not None and all(
            bounds[1] < e.start.lo or (e.end or e.start).hi < bounds[0] for e in candidates
        ):
            return True
    return False


def _ended_near(candidates: tuple[Event, ...], local: DateWindow) -> tuple[Event, ...]:
    return tuple(
        e
        for e in candidates
        if e.end is not None
        and e.end.hi >= local.earliest - _ENDED_NEAR
        and e.end.lo <= local.latest + _ENDED_NEAR
    )


# "it's three years after the election", "now, a year after the war began": counted to now.
_NOW_BEFORE_RX = re.compile(
    r"\b(?:it(?:['’]s|\s+s|\s+is|\s+has\s+been)|now,?|today,?)\s+(?:only\s+|just\s+)?\Z", re.IGNORECASE
)


def _told_of_now_before(analysis: ArticleAnalysis, match: re.Match[str]) -> bool:
    """Whether a count from someone's taking office is told of now: it opens its sentence
    ("Ten months after Biden was sworn in, ..."), or the words before it are in the present
    ("here we are, ten months after ..."); after a main clause in the past ("the scandal
    broke three weeks after Biden was sworn in") it dates that clause, not now."""
    text = analysis.text
    if _NOW_BEFORE_RX.search(text, max(0, match.start() - 24), match.start()):
        return True
    low = analysis.layout.sentence_bounds(match.start())[0]
    if OPENING_RX.fullmatch(text, low, match.start()):
        return True
    # only the words before the count: the taking of office after it is in the past
    told = clause_verb_tense(text[: match.start()], (low, match.start()), (match.start(), match.start()))
    return told is not None and told[0] == PRESENT


_TOOK_OFFICE_RX = re.compile(
    r"(?:the\s+)?(?P<name>(?:[A-Z][a-z]+\.?\s+){0,2}[A-Z][a-z]+)\s+(?:was\s+(?:inaugurated"
    r"|sworn\s+in)|took\s+office|entered\s+office|took\s+the\s+oath)\b"
)


# A main clause that goes on to now: "still" before its verb, no tense the reader knows.
_STILL_RX = re.compile(r"[^,;:]{0,40}?\bstill\s+[a-z]", re.IGNORECASE)
_COORDINATOR_RX = re.compile(r"\s*(?:and|but|or|so|yet)\b", re.IGNORECASE)
_MAIN_CLAUSE_REACH = 90  # characters from the phrase's end to the comma that closes it


def _opening_comma(analysis: ArticleAnalysis, match: re.Match[str], reach: int) -> tuple[int, int] | None:
    """(the comma that closes it, its sentence's end) for a phrase that opens its sentence
    and is closed by a comma within `reach` characters; else None."""
    text = analysis.text
    start, end = analysis.layout.sentence_bounds(match.start())
    if not OPENING_RX.fullmatch(text, start, match.start()):
        return None
    comma = text.find(",", match.end(), min(end, match.end() + reach))
    if comma < 0 or _COORDINATOR_RX.match(text, comma + 1):
        return None  # "Six months after the election the law was passed, and it ...": no opening phrase
    return comma, end


def _main_clause_kind(
    analysis: ArticleAnalysis, match: re.Match[str], counted: tuple[Event, ...] = ()
) -> str | None:
    """PRESENT when the phrase opens its sentence before a main clause about now ("Five years
    after Hurricane Maria, Puerto Rico is still rebuilding", present tense or present
    perfect), counted to the date written; PAST before a main clause in the past tense
    ("Twenty years after the treaty, Biden visited Belfast"); else None."""
    text = analysis.text
    opening = _opening_comma(analysis, match, _MAIN_CLAUSE_REACH)
    if opening is None:
        return None
    comma, end = opening
    after = comma + 1
    while after < end and text[after].isspace():
        after += 1
    if after >= end:
        return None
    reference = analysis.reference_at(after, after + 1)
    # The main clause's own verbs, read without the opening phrase's: "Two years after the
    # Taliban returned to power, the situation remains dire" is about now.
    main = text[after:end]
    told = first_verb_tense(main) or subject_verb_tense(main)
    if reference.kind == DATED and (
        starts_on(reference, counted) or not any(after <= t.start < end for t in analysis.timexes)
    ):
        # "Two years after the takeover of Kabul on 15 August 2021, the situation remains
        # dire", "ten years after the 2008 crisis, banks remain fragile": the date is the
        # event's, not the main clause's, whose verbs tell its time.
        if told is None and _STILL_RX.match(text, after, end):
            return PRESENT  # "the city still mourns": a verb the tense reader lacks
        return told[0] if told is not None and told[0] in (PRESENT, PAST) else None
    if _about_now(reference):
        # "his government froze fuel duty": the clause's own verb is past, whatever the
        # subject's first letters spell ("h" + "is")
        simple = reference.kind == PRESENT and not reference.cue.startswith("present perfect")
        return PAST if simple and told is not None and told[0] == PAST else PRESENT
    if reference.kind == UNKNOWN and _STILL_RX.match(text, after, end):
        return PRESENT  # "air-raid sirens still sound in Kyiv": a verb the tense reader lacks
    if reference.kind in (PAST, RECENT):  # "she announced": some time ago
        return PRESENT if told is not None and told[0] == PRESENT else PAST
    return None


# A past verb of the phrase's own clause before it: "it had been", "was the first time in".
_PAST_BEFORE_RX = re.compile(r"\b(?:had|was|were|did)\b", re.IGNORECASE)


def _clause_start(analysis: ArticleAnalysis, match: re.Match[str]) -> int:
    """Where the phrase's clause starts: its sentence's start or the last comma before it."""
    low = analysis.layout.sentence_bounds(match.start())[0]
    return max(low, analysis.text.rfind(",", low, match.start()) + 1)


def _year_in_sentence(
    analysis: ArticleAnalysis, match: re.Match[str], counted: tuple[Event, ...]
) -> DateWindow | None:
    """The one date of the phrase's sentence, to the year or finer, that is not the counted
    event's own: "by 2015 it had been ten years since the 2005 election" is counted to 2015."""
    found = []
    # a count shorter than the date's span may run to it from an event within it: "In his 2021
    # inaugural address, Biden said that two weeks ago, a mob had stormed the Capitol"
    unit = next(match.group(g) for g in ("unit", "unit2", "unit3", "unit4") if match.group(g))
    counted_days = phrase_amount(match) * UNIT_DAYS[unit.lower()]
    for t in _sentence_dates(analysis, match, counted):
        bounds = value_bounds(t.value)
        if bounds is None or (
            counted_days >= (bounds[1] - bounds[0]).days
            and any(bounds[0] <= e.start.lo and e.start.hi <= bounds[1] for e in counted)
        ):
            continue  # the event's own date: "the 2005 election"
        found.append((t, bounds))
    if len(found) != 1:
        return None
    timex, bounds = found[0]
    return DateWindow(*bounds, f"the date \u201c{timex.text}\u201d")


def _sentence_dates(
    analysis: ArticleAnalysis, match: re.Match[str], counted: tuple[Event, ...]
) -> list[Timex]:
    """The dates of the phrase's sentence outside the phrase, an event's name and the date
    written beside a counted event (:mod:`counted_dates`): those that may be the time a
    count runs to."""
    low, high = analysis.layout.sentence_bounds(match.start())
    skipped = [
        *own_date_spans(analysis, (low, high), counted),
        *((m.start, m.end) for m in analysis.mentions.events if low <= m.start < high),
    ]
    return [
        t
        for t in analysis.timexes
        if low <= t.start < high
        and t.type == "DATE"
        and t.value[:4].isdigit()
        and not (t.start < match.end() and t.end > match.start())
        and not any(start <= t.start and t.end <= end for start, end in skipped)
    ]


def _dated_opening(analysis: ArticleAnalysis, match: re.Match[str]) -> tuple[Event, ...]:
    """ "Two years after the takeover of Kabul on 15 August 2021, ...": an opening count
    whose phrase ends on the date of what it counts from."""
    opening = _opening_comma(analysis, match, _MAIN_CLAUSE_REACH)
    return dated_opening_phrase(analysis, match, opening[0]) if opening else ()


def _about_now(reference: ReferenceTime) -> bool:
    """Whether a clause speaks of the time it is written (present tense or present perfect)."""
    return reference.kind == PRESENT or reference.cue.startswith("present perfect")


def _took_office(analysis: ArticleAnalysis, match: re.Match[str]) -> tuple[Event, ...]:
    """ "11 months since Donald Trump was inaugurated": the start of the one known person's
    latest term begun before the phrase's date, as an event; () when the name is not one
    person's or the person took no office then. Among several offices the one leading a
    country is the one a bare "took office" names: "Fourteen years after David Cameron took
    office" counts from his premiership, not from his later years as foreign secretary."""
    found = _TOOK_OFFICE_RX.match(analysis.text, match.end())
    window = analysis.window
    if found is None or window is None or analysis.kb is None:
        return ()
    ids = analysis.kb.ids_named(found.group("name"))
    if len(ids) != 1:
        return ()
    person = analysis.kb.people[next(iter(ids))]
    begun = [t for t in person.terms if t.role == "office" and t.start.hi <= window.latest]
    begun = [t for t in begun if leads_country(t)] or begun
    if not begun:
        return ()
    term = max(begun, key=lambda t: t.start.lo)
    return (term_start(person, term),)


def _tied(match: re.Match[str], events: list[EventMention]) -> bool:
    """Whether the phrase names its event right beside it ("30 years since the treaty",
    "the three-year war in Ukraine", "the war ... three years ago" in one clause); else the
    event was guessed from the sentence, and a flag is one filter away."""
    if _ANAPHOR_RX.search(match.string, max(0, match.start() - 60), match.start()):
        return True  # "the agreement signed ... 30 years ago": the event named just before
    return any(
        match.start() <= m.start <= match.end() + 25
        or (m.end <= match.start() and match.start() - m.end <= 40)
        or (match.group("since") and _AGENT_GAP_RX.fullmatch(match.string, match.end(), m.start))
        or (match.group("since") and its_subject_between(match.string, match.end(), m))
        for m in events
    )


_AGENT_GAP_RX = re.compile(
    r"[^.,;:!?]{0,40}?\b(?:was|were|got|(?:had|has|have)\s+been)\s+[a-z]+(?:ed|en|ck|ght)\s+by\s+(?:the\s+)?"
)
_NEW_CLAUSE_RX = re.compile(r"(?:,\s*(?:and|but|while|yet)|;)\s+\Z")
_RELATING_RX = re.compile(
    r"\b(?:before|after|since|until|till|ahead|following|prior|during|amid)\b", re.IGNORECASE
)


def _dates_its_main_clause(
    analysis: ArticleAnalysis, match: re.Match[str], events: list[EventMention]
) -> bool:
    """ "Three years ago today, Russia launched its full-scale invasion": a phrase opening
    its sentence dates the one event its main clause names, unless a word relates the two
    ("Three years ago, before the invasion, ...")."""
    if not match.group("ago"):
        return False
    opening = _opening_comma(analysis, match, 12)
    if opening is None:
        return False
    comma, end = opening
    named = [m for m in events if comma < m.start < min(end, comma + _MAIN_CLAUSE_REACH)]
    return len(named) == 1 and not _RELATING_RX.search(analysis.text, comma, named[0].start)


# "a month after Russia invaded Ukraine, a war she warned about in February": a date in an
# apposition or relative clause after the count dates that clause, not the count's.
_APPOSITION_RX = re.compile(r",\s+(?:a|an|which|who|whom|whose|where)\s")


def _dated_in_sentence(
    analysis: ArticleAnalysis, match: re.Match[str], counted: tuple[Event, ...] = ()
) -> DateWindow | None:
    """The one day- or month-precise date of the phrase's sentence, outside the phrase and
    other than the counted event's own (:mod:`counted_dates`) or another event's name ("six
    months into the war, which began after the Oct. 7 attack")."""
    stated_ids = {e.id for e in counted}  # the date the count's own phrase ends on
    found = [
        t
        for t in _sentence_dates(analysis, match, counted)
        if len(t.value) >= 7
        and f"stated-date|{t.value}" not in stated_ids
        and not (t.start >= match.end() and _APPOSITION_RX.search(analysis.text, match.end(), t.start))
    ]
    if len(found) != 1:
        return None
    if found[0].start >= match.end() and not analysis.text[match.end() : found[0].start].strip(" ,"):
        return None  # "four years after 9/11, Katrina struck": counted from the date, to the event
    bounds = value_bounds(found[0].value)
    return DateWindow(*bounds, f"the date \u201c{found[0].text}\u201d") if bounds else None


def _amount(low: float, high: float) -> str:
    return f"{low:.1f}" if abs(high - low) < 0.05 else f"{low:.1f} to {high:.1f}"


def _misfit_message(
    phrase: str, event: Event, shortest: float, longest: float, local: DateWindow, unit: str, scale: float
) -> str:
    """Why the count fits no reading: for an event over by then, how long it lasted and how
    long ago it ended ("the five-year war with Iran" of a war of eight years), else how long
    ago it began."""
    if event.end is not None and event.end != event.start and event.end.hi < local.earliest:
        lasted = _amount(
            (event.end.lo - event.start.hi + _DAY).days / scale,
            (event.end.hi - event.start.lo + _DAY).days / scale,
        )
        ended = _amount(
            (local.earliest - event.end.hi).days / scale, (local.latest - event.end.lo).days / scale
        )
        return (
            f"“{phrase}” does not fit: {event.name} lasted from {event.start.text} to {event.end.text}, "
            f"{lasted} {unit}s, and ended {ended} {unit}s before {local.describe()} (source: {event.source})."
        )
    return (
        f"“{phrase}” does not fit: {event.name} began on {event.start.text}, "
        f"{_amount(shortest, longest)} {unit}s before {local.describe()} (source: {event.source})."
    )
