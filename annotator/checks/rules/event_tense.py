"""Rule event-tense: an event spoken of as coming after it happened, or the reverse."""

from __future__ import annotations

import re
from datetime import timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.families import nearest_meetings
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.findings import ERROR, DateWindow, Finding, make_finding
from annotator.checks.kb.facts import Event
from annotator.checks.rules.appositive_dates import apposition_span
from annotator.checks.rules.event_refs import candidates_for, event_span, nearest_event
from annotator.checks.rules.event_tense_cues import JOURNEY_CUE_RX, NOT_DONE_RX, cue_tells_time, tense_cue
from annotator.checks.rules.folded import folded, search_folded
from annotator.checks.rules.gathering_acts import gathering_past_cue, may_be_gathering
from annotator.checks.rules.named_before import check_named_before
from annotator.checks.rules.storm_ahead import check_storms_ahead
from annotator.temporal.anchoring import clause_tense
from annotator.temporal.timex import YEAR_IN_TEXT_RX, first_starting_from
from annotator.temporal.values import value_bounds

TENSE_RULE = "event-tense"
_FORESEEABLE = timedelta(days=2 * 366)  # how far ahead "upcoming" can reach
#: Future cues the clause's own tense does not move ("will attend" is future whatever).
_SURE_FUTURE = {
    "will",
    "attend",
    "attends",
    "hold",
    "holds",
    "be held",
    "take place",
    "takes place",
    "meet at",
    "meets at",
    "host",
    "hosts",
    "convene",
    "gather",
}
#: What people do at a gathering: a clause doing it in the past (or the future) places the
#: event there.
_TAKING_PART_RX = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|host(?:s|ed)?|held|hold|holds|took part|take part|takes part"
    r"|participat(?:e|es|ed)|gathered|gather|took place|take place"
    r"|takes place|convened|convene|met at|meet at|meets at|was held|were held|be held"
    r"|spoke at|speech at|remarks at)\b",
    re.IGNORECASE,
)
_TAKING_PART_LOWER_RX = folded(_TAKING_PART_RX)
_PAST_TAKING_PART = {
    "attended",
    "hosted",
    "held",
    "took part",
    "participated",
    "gathered",
    "took place",
    "convened",
    "met at",
    "was held",
    "were held",
    "spoke at",
    "speech at",  # in a past clause: "his speech at the summit shocked everyone"
    "remarks at",
}
# Cues that place a time before the event, whichever time the sentence tells of ("Ahead of
# the 2016 election, polls favored Clinton"); "upcoming" and "next" look from the writing.
_BEFORE_CUES = frozenset(
    {
        "ahead of",
        "in the run-up to",
        "run-up to",
        "in preparation for",
        "preparing for",
        "prepares for",
        "prepare for",
        "planning for",
        "plans for",
    }
)
# A plan given with the event's own date says when it was to be, not that it is still to
# come: the date is judged against the event's (rule event-date), the tense by the clause.
_SCHEDULE_CUES = frozenset({"scheduled for", "set for", "slated for", "planned for"})
# Plans told in the past ("was to be held", "was scheduled for") place nothing.
_NOT_YET_RX = re.compile(
    r"\b(?:was|were) (?:to|set to|due to|scheduled|expected|planned|supposed)"
    r"|\b(?:would|could|might|preparing|prepare|ahead)\b|\bplan(?:s|ned|ning)?\s+to\b|\bplann(?:ed|ing)\s+for\b",
    re.IGNORECASE,
)


# What may stand between "scheduled for" and its date: "the" or a range's first day ("11-").
_PLAN_GAP_RX = re.compile(r"\s*(?:the\s+)?(?:\d{1,2}\s*[-–]\s*)?")


def _dated_plan(analysis: ArticleAnalysis, mention: EventMention, cue: str) -> bool:
    """Whether "scheduled for" after the event is followed by a date of the tagger's, in a
    clause not itself in the future ("scheduled for 11-22 November, will be held")."""
    at = analysis.text.find(cue, mention.end, mention.end + 40)
    if at < 0:
        return False
    gap = _PLAN_GAP_RX.match(analysis.text, at + len(cue))
    assert gap is not None  # the pattern matches the empty string
    date = next((t for t in analysis.timexes if t.start == gap.end() and t.type == "DATE"), None)
    return date is not None and clause_tense(analysis.text, mention.start, date.end) != "future"


# What only a held vote allows, told in the past right before it: "won the 2020 election",
# "a bombshell that affected the 2020 election". A campaign is fought, run in and voted in
# (early) before election day, so only the result is sure to follow it; an effect on it is
# sure to be told too early only a year or more ahead.
_VOTE_HELD_RX = re.compile(
    r"\b(?P<verb>won|lost|affected|swung|rigged"
    # "was elected in the 2018 midterms", "lost re-election in", "did not seek re-election in"
    r"|(?:was|were)\s+(?:re-?)?elected\s+in|(?:was|were)\s+(?:defeated|ousted|voted\s+out)\s+in"
    r"|(?:won|lost)\s+re-?election\s+in|lost\s+(?:his|her|their)\s+seats?\s+in"
    r"|did\s+not\s+(?:seek\s+re-?election|run(?:\s+again)?)\s+in"
    # taking part: "campaigned hard in", "ran for president in", "voted in". Not "heading
    # into", whose stretch before the vote may have begun at the writing.
    r"|(?:campaigned|competed|ran|stood|voted)(?:\s+(?:hard|\w+ly|for\s+(?:president|office|re-?election)))?"
    r"\s+(?:in|during))\s+(?:(?:the|our)\s+)?\Z",
    re.IGNORECASE,
)
_VOTE_HELD_LOWER_RX = folded(_VOTE_HELD_RX)
# What only the count tells: a win, a loss, an election to office. Not running is decided
# before, so it is sure to be told too early only a year or more ahead, as an effect is.
_VOTE_RESULTS = frozenset({"won", "lost"})
_RESULT_WORDS_RX = re.compile(r"\b(?:won|lost|elected|defeated|ousted|voted\s+out)\b", re.IGNORECASE)
_VOTES = frozenset({"election", "referendum"})
_CAMPAIGN = timedelta(days=366)


def _told_result(text: str, verb: str, low: int, high: int) -> bool:
    """Whether the words tell the count's result ("was elected in"), in a sentence of no
    condition, wish or guess ("hopes she was elected in")."""
    return (
        " " in verb
        and _RESULT_WORDS_RX.search(verb) is not None
        and not verb.lower().startswith("did")
        and NOT_DONE_RX.search(text, low, high) is None
    )


# A cause or a circumstance between the verb and the event: the event is not what is attended.
_NOT_ITS_OBJECT_RX = re.compile(
    r"\b(?:because|due to|owing to|amid|despite|in protest|over|after|following|since)\b", re.IGNORECASE
)


# What a vote's holder holds is the vote itself ("Italy held its election"); "held a
# lead", "held rallies before the election" say nothing of the vote's time.
_HOLDS_IT_RX = re.compile(r"\s+(?:(?:the|its|their|our)\s+)?", re.IGNORECASE)


def _clause_cue(analysis: ArticleAnalysis, mention: EventMention) -> tuple[str, str] | None:
    """('past'|'future', verb) when the mention's clause says people took part in the event
    then ("leaders met at the Washington summit", "will attend the Vilnius summit")."""
    low, high = analysis.layout.sentence_bounds(mention.start)
    text = analysis.text
    held = search_folded(
        _VOTE_HELD_RX, _VOTE_HELD_LOWER_RX, text, max(low, mention.start - 50), mention.start
    )
    taking_part = search_folded(
        _TAKING_PART_RX,
        _TAKING_PART_LOWER_RX,
        text,
        max(low, mention.start - 60),
        min(high, mention.end + 20),
    )
    if held is None and taking_part is None and not may_be_gathering(mention):
        return None  # no cue, whatever the time of the clause: its reading is not needed
    reference = analysis.reference_at(mention.start, mention.end)
    if reference.kind not in ("past", "recent", "future"):
        return None
    writing = analysis.writing_window(mention.start)
    if (
        held is not None
        and writing is not None
        and reference.kind != "future"
        and all(e.kind in _VOTES for e in mention.events)
        and not _NOT_YET_RX.search(analysis.text, low, high)
        and (
            held.group("verb").lower() in _VOTE_RESULTS
            or _told_result(analysis.text, held.group("verb"), low, high)
            or all(e.start.lo > writing.latest + _CAMPAIGN for e in mention.events)
        )
    ):
        return "past", held.group("verb")
    if reference.kind != "future" and not _NOT_YET_RX.search(analysis.text, low, high):
        act = gathering_past_cue(analysis, mention, low)  # "agreed at the Hague summit"
        if act is not None:
            return "past", act
    if taking_part is None or _NOT_YET_RX.search(analysis.text, low, high):
        return None
    if taking_part.end() <= mention.start and _NOT_ITS_OBJECT_RX.search(
        analysis.text, taking_part.end(), mention.start
    ):
        return None  # "will not attend because of Russia's role in the conflict in Ukraine"
    verb = taking_part.group().lower()
    if verb in ("held", "hold", "holds") and all(e.kind in _VOTES for e in mention.events):
        between = analysis.text[taking_part.end() : mention.start]
        if not _HOLDS_IT_RX.fullmatch(between):
            return None  # "Heading into the 2018 midterms, Democrats held a small lead"
    if reference.kind == "future":
        return "future", verb
    # The verb itself must be past ("attended", "took part"); a participle ("the leaders
    # attending the summit") takes its time from elsewhere.
    return ("past", verb) if verb in _PAST_TAKING_PART else None


def _dated_beside(analysis: ArticleAnalysis, mention: EventMention) -> bool:
    """Whether every year the sentence gives lies in a phrase set beside the mention ("Maria,
    the worst storm since Georges in 1998, ..."): it tells of the event, not of the clause."""
    span = apposition_span(analysis.text, mention)
    if span is None:
        return False
    low, high = analysis.layout.sentence_bounds(mention.start)
    years = [t for t in analysis.timexes if low <= t.start < high and YEAR_IN_TEXT_RX.search(t.text)]
    return bool(years) and all(span[0] <= t.start and t.end <= span[1] for t in years)


# "those affected by Hurricane Harvey", "a town ravaged by the Camp Fire": only what has
# happened has affected anyone; "will be hit by" and "expected to be hit by" are not told.
_SUFFERED_RX = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b(?P<cue>affected|hit|displaced|devastated|ravaged|battered|flooded"
    r"|destroyed|damaged|killed|injured|wounded|orphaned)\s+by\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)

_SUFFERED_LOWER_RX = folded(_SUFFERED_RX)


def _suffered_cue(text: str, mention: EventMention) -> tuple[str, str] | None:
    found = search_folded(_SUFFERED_RX, _SUFFERED_LOWER_RX, text, max(0, mention.start - 30), mention.start)
    return ("past", found.group("cue")) if found else None


# An election named by its voters' own verb ("Brazilians will go to the polls", "Canadians
# voted"): the verb in the mention tells the vote's time.
_VOTERS_FUTURE_RX = re.compile(
    r"\b(?:will\s+(?:go|head|vote)|(?:is|are)\s+(?:going|heading)\s+to\s+the\s+polls)\b", re.IGNORECASE
)
_VOTERS_PAST_RX = re.compile(r"\b(?:voted|(?:went|headed)\s+to\s+the\s+polls)\b", re.IGNORECASE)


def _voters_cue(mention: EventMention) -> tuple[str, str] | None:
    if not all(e.kind == "election" for e in mention.events):
        return None
    found = _VOTERS_FUTURE_RX.search(mention.text)
    if found:
        return "future", found.group()
    found = _VOTERS_PAST_RX.search(mention.text)
    return ("past", found.group()) if found else None


_WRITERS_NOW_RX = re.compile(r"\b(?:upcoming|forthcoming|coming|next)\b", re.IGNORECASE)


def _told_in_the_past(text: str, mention: EventMention, cue: str) -> bool:
    """Whether the sentence around "ahead of EVENT" is told in the past tense, its own cue
    and the event's words left aside: the event was coming then, not now. An event the
    writer calls "upcoming" is coming at the writing, whatever the tense."""
    if _WRITERS_NOW_RX.search(mention.text):
        return False
    at = text.rfind(cue, max(0, mention.start - 60), mention.start)
    return clause_tense(text, at if at >= 0 else mention.start, mention.end) == "past"


# Reported speech: a past verb of saying and the past's future "would" in one sentence.
_SAID_RX = re.compile(
    r"\b(?:said|told|wrote|added|announced|stated|insisted|predicted|warned|promised|vowed|argued)\b",
    re.IGNORECASE,
)
_WOULD_RX = re.compile(r"\bwould\b", re.IGNORECASE)


def _said_then(analysis: ArticleAnalysis, mention: EventMention) -> DateWindow | bool | None:
    """For "the upcoming summit, Zelensky said in June 2023, would be decisive": the event
    was coming when the words were said, not when they are reported. The date of the saying
    when the sentence gives one, False when it gives none (the saying's time is unknown),
    None when the sentence is no reported speech."""
    text = analysis.text
    low, high = analysis.layout.sentence_bounds(mention.start)
    if not (_SAID_RX.search(text, low, high) and _WOULD_RX.search(text, mention.end, high)):
        return None
    timexes = analysis.timexes  # sorted by start
    first = first_starting_from(timexes, low)
    for timex in timexes[first:]:
        if timex.start >= high:
            break
        if timex.end <= high and timex.type == "DATE":
            bounds = value_bounds(timex.value)
            if bounds is not None and not (mention.start <= timex.start < mention.end):
                writing = analysis.writing_window(mention.start)
                if writing is not None and bounds[0] > writing.latest:
                    return False  # "aides said in December" read as a December still ahead
                return DateWindow(bounds[0], bounds[1], f"the date of the saying, “{timex.text}”")
    return False


def _distance(event: Event, local: DateWindow) -> int:
    return abs((event.start.lo - local.earliest).days)


# Cues that count meetings rather than time: "the last NATO summit" is the one before, however
# long ago, even a week before the next.
_ORDINAL_CUES = frozenset({"last", "next", "previous", "following"})


def _fitting_meeting_as_near(
    pool: tuple[Event, ...],
    nearest: tuple[Event, ...],
    local: DateWindow,
    words: str,
    sentence: str,
    kind: str,
) -> bool:
    """Whether a meeting of the series fits the cue, named alone: any one on its side for
    "the last" or "the next"; for "upcoming" or "recent", one not much further than the
    nearest ("the upcoming summit" five days after one met cannot mean next year's). A
    sentence naming the nearest meeting's place means that one ("the next G20 summit will
    be held in Johannesburg")."""
    if kind == "future":
        fitting = [e for e in pool if e.start.hi >= local.earliest]
    else:
        fitting = [e for e in pool if e.start.lo <= local.latest]
    if any(e.place and e.place in sentence for e in nearest) and not any(
        e.place and e.place in sentence for e in fitting
    ):
        return False
    if words.lower() in _ORDINAL_CUES:
        return bool(fitting)
    reach = 2 * min((_distance(e, local) for e in nearest), default=0)
    return any(_distance(e, local) <= reach for e in fitting)


# The event's own end still to come: told while it goes on, it is right.
_ITS_END_RX = re.compile(r"will\s+(?:end|conclude)", re.IGNORECASE)


def check_event_tense(analysis: ArticleAnalysis) -> list[Finding]:
    """Rule event-tense: an event spoken of as coming after it happened, or the reverse."""
    text, events, references = analysis.text, analysis.mentions.events, analysis.references
    layout, window = analysis.layout, analysis.window
    by_start = {ref.mention.start: ref for ref in references}
    findings = []
    for mention in events:
        local = layout.window_at(mention.start, window)
        if local is None:
            continue
        own_date = mention.start in by_start  # "the summit that began on June 24"
        cue = tense_cue(text, mention, layout)
        if cue is not None and cue[1].lower() in _SCHEDULE_CUES and _dated_plan(analysis, mention, cue[1]):
            cue = None  # "COP29, scheduled for 11-22 November, closed today": a plan, dated
        cue = cue or _voters_cue(mention) or _suffered_cue(text, mention) or _clause_cue(analysis, mention)
        if cue is None:
            continue
        kind, words = cue
        reference = analysis.reference_at(mention.start, mention.end)
        if (
            kind == "future"
            and reference.kind in ("past", "recent", "historical")
            and "present perfect" not in reference.cue  # "has been ignored" speaks of now
            and words.lower() not in _SURE_FUTURE
        ):
            continue  # "overshadowed the run-up to the summit": coming then, not now
        if kind == "past" and reference.kind in ("future", "hypothetical"):
            continue  # "will meet after the summit": nothing said of the summit's time
        if (
            kind == "future"
            and (reference.kind != "dated" or own_date)  # the event's own date dates no clause
            and words.lower() in _BEFORE_CUES
            and _told_in_the_past(text, mention, words)
        ):
            continue  # "Ahead of the 2016 election, polls favored Clinton": coming then, not now
        if kind == "future" and reference.kind == "hypothetical":
            said = _said_then(analysis, mention)
            if said is False:
                continue  # "the upcoming summit, he said, would be decisive": coming then
            if isinstance(said, DateWindow):
                local = said
        if (
            reference.kind == "dated"
            and reference.earliest
            and reference.latest
            and not own_date
            and not _dated_beside(analysis, mention)
        ):
            # "In June, the mutiny overshadowed the run-up to the summit": judged in June.
            local = DateWindow(reference.earliest, reference.latest, "the clause's date")
        pool = candidates_for(mention, by_start, local)
        candidates = nearest_meetings(pool, local)
        if not cue_tells_time(kind, candidates, mention.text):
            continue
        if kind == "future":
            # "Trump's upcoming inauguration" in 2017 cannot mean one eight years ahead.
            foreseeable = tuple(e for e in candidates if e.start.lo <= local.latest + _FORESEEABLE)
            candidates = foreseeable or candidates
            wrong = all(e.start.hi < local.earliest for e in candidates)
            if JOURNEY_CUE_RX.fullmatch(words) or _ITS_END_RX.fullmatch(words):
                # "delegates are arriving for the talks", "the war will end" while it goes
                # on is right: wrong only once the event is over
                wrong = all(e.last_day < local.earliest for e in candidates)
            verdict = "had already taken place"
        else:
            wrong = all(e.start.lo > local.latest for e in candidates)
            verdict = "had not yet taken place"
        low, high = layout.sentence_bounds(mention.start)
        if not wrong or _fitting_meeting_as_near(pool, candidates, local, words, text[low:high], kind):
            continue
        event = nearest_event(candidates, local)
        message = (
            f"“{words}” presents {event.name} as {'still to come' if kind == 'future' else 'past'}"
            f", but {local.at()} it {verdict}: it was {event_span(event)} "
            f"(source: {event.source})."
        )
        findings.append(
            make_finding(
                TENSE_RULE,
                ERROR,
                text,
                mention.start,
                mention.end,
                message,
                [e.evidence() for e in candidates],
                event.id,
                basis=reference.describe(local),
            )
        )
    return findings


_COMING_OATH_RX = re.compile(
    r"\b(?P<name>(?:[A-Z][a-z]+\.?\s+){0,2}[A-Z][a-z]+)\s+(?:will\s+be|is\s+to\s+be|is\s+set\s+to\s+be)"
    r"\s+(?:inaugurated|sworn\s+in)\b"
)
_RECENTLY_BEGUN = timedelta(days=366)
_PRONOUNS = frozenset({"He", "She", "It", "They", "We", "You", "Who", "This", "That"})


def check_coming_oaths(analysis: ArticleAnalysis) -> list[Finding]:
    """Rule event-tense, for a person's taking office: "before Donald Trump will be
    inaugurated", written months after the inauguration, with none foreseeable ahead."""
    text, kb = analysis.text, analysis.kb
    if analysis.window is None or kb is None or " be " not in text:
        return []
    if "inaugurated" not in text and "sworn" not in text:
        return []  # the pattern's verbs: cheaper to look for than the names before them
    findings = []
    for match in _COMING_OATH_RX.finditer(text):
        writing = analysis.writing_window(match.start())
        if match.group("name") in _PRONOUNS:
            continue  # "He will be inaugurated": no one surnamed He
        ids = kb.ids_named(match.group("name"))
        if writing is None or len(ids) != 1:
            continue
        person = kb.people[next(iter(ids))]
        offices = [t for t in person.terms if t.role == "office"]
        begun = [t for t in offices if t.start.hi < writing.earliest]
        ahead = [t for t in offices if writing.earliest <= t.start.hi <= writing.latest + _FORESEEABLE]
        if not begun or ahead:
            continue
        term = max(begun, key=lambda t: t.start.lo)
        if writing.earliest - term.start.hi > _RECENTLY_BEGUN:
            continue  # long ago: the text may mean a future term nobody can know of yet
        message = (
            f"\u201c{match.group(0)}\u201d presents {person.name} taking office as {term.office} "
            f"as still to come, but {writing.at()} it had already happened: on {term.start.text} "
            f"(source: {term.source})."
        )
        findings.append(
            make_finding(
                TENSE_RULE,
                ERROR,
                text,
                match.start(),
                match.end(),
                message,
                [term.evidence()],
                f"oath|{person.id}|{term.start.text}",
                basis=f"future 'will be', read at the date written, {writing.describe()}",
            )
        )
    return findings


def check_event_tenses(analysis: ArticleAnalysis) -> list[Finding]:
    """Every form of rule event-tense."""
    found = [*check_event_tense(analysis), *check_coming_oaths(analysis)]
    told = {f.start for f in found}  # "after the Bataclan massacre": already read from its cue
    later = [*check_named_before(analysis), *check_storms_ahead(analysis)]
    return found + [f for f in later if f.start not in told]
