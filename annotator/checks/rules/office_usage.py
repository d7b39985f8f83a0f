"""Rule office-term, how sure a flag on a former holder's bare title is, from the way
news names such people: a courtesy title for a death or a birthday, and a famous saying
quoted long after the term.

The office-term rule decides whether a title is wrong at the time its clause speaks of;
these readings only lower its confidence, or drop the judgment, where English usage makes
a wrong title unlikely to be meant.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import PersonMention
from annotator.checks.analysis.reference import DATED, PRESENT, RECENT, ReferenceTime
from annotator.checks.findings import HIGH, LOW, DateWindow
from annotator.checks.kb.facts import Term
from annotator.temporal.anchoring import lower_cased

Judged = tuple[DateWindow, str, str]  # the days judged, the confidence, the reading

# A former holder's death, funeral, illness or birthday is told with the courtesy title in
# American usage ("President Carter turned 100 on Tuesday"): not a claim about the office.
_LIFE_EVENT_RX = re.compile(
    r"\b(?:died|dies|passed\s+away|pass(?:es)?\s+away|(?:was|is|will\s+be)\s+(?:buried|laid\s+to\s+rest"
    r"|hospitali[sz]ed|remembered|mourned|eulogi[sz]ed)|l(?:ies?|ay|ying)\s+in\s+state|funeral|hospice"
    r"|turn(?:s|ed)\s+\d+|birthday|obituary)\b",
    re.IGNORECASE,
)
_LIFE_EVENT_REACH = 160
# The holder's own death named by the noun: "the death of Pope Benedict XVI", "X's death".
_DEATH_OF_RX = re.compile(r"\bdeath\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
_DEATH_AFTER_RX = re.compile(r"['’]s?\s+(?:\w+\s+)?death\b", re.IGNORECASE)
# The act that ends a term, told right after the holder's title: "President Nixon resigns",
# "Prime Minister Thatcher stepped down". The title is the one held at that act; told without
# a date of its own long after, the present is the narrator's, not the day written.
_ENDING_ACT_RX = re.compile(
    r"\s*(?:,[^,;.]{1,60},\s*)?(?:(?:has|had|finally|formally|abruptly|suddenly)\s+)?"
    r"(?:resign(?:s|ed)?|quit(?:s)?|stepp?(?:ed|s)?\s+down|abdicat(?:es|ed)|le(?:aves|ft)\s+office)\b",
    re.IGNORECASE,
)
# The end of a term announced by its holder, with the day it is to come: "Prime Minister
# David Cameron said he will step down by October". The title is the one held when it is
# said; the date is a plan, which events may overtake (Cameron left in July).
_COMING_END_RX = re.compile(
    r"[^.;:!?]{0,60}?\b(?:will|would|is\s+to|plans\s+to|intends\s+to|is\s+(?:set|expected)\s+to)\s+"
    r"(?:formally\s+)?(?:resign|step\s+down|stand\s+down|leave\s+office|retire|quit|hand\s+over)\b",
    re.IGNORECASE,
)
# A holder who dies in office (a pope, a monarch) is buried, mourned and succeeded under the
# title held at death, in any country's usage: "Pope Francis will be buried on Saturday".
_DIED_IN_OFFICE_REACH = timedelta(days=60)
# A regnal name ("Benedict XVI", "Juan Carlos I") keeps its title for life, as "Pope
# Emeritus" or "King" after an abdication: a funeral is told with it in any country.
_REGNAL_NAME_RX = re.compile(r"\s[IVXL]+\Z")
# A possessive naming the holder's time in office or who came before or after it: "Pope
# Francis's successor", "President Obama's second term". The title is the one the holder
# had then, whenever the sentence is written. (A funeral or a death is a life event: see
# _LIFE_EVENT_RX, judged by who keeps the title after leaving.)
_FRAMED_BY_POSSESSIVE_RX = re.compile(
    r"(?:['’]s?|\s+s)\s+(?:(?:first|second|third|last|final|own|\w+-\w+)\s+)?"
    r"(?:successors?|predecessors?|term|tenure|administration|government|cabinet|presidency"
    r"|premiership|reign|pontificate|papacy|era|years\s+in\s+office|time\s+in\s+office)\b",
    re.IGNORECASE,
)
# A possessive whose noun carries its own year: "President Lula's 2022 victory", "Prime
# Minister Boris Johnson's 2008 election as mayor". The year dates the noun; the possessor may
# be named by the title held when the passage is written.
_POSSESSED_YEAR_RX = re.compile(r"(?:['’]s?|\s+s)\s+(?:[\w-]+\s+)?(?:1[89]|20)\d\d\b")
_RECENTLY = timedelta(days=2 * 365)
_LONG_AGO = timedelta(days=10 * 365)
_CAPITALISED_RX = re.compile(r"\b[A-Z][\w'’-]+")
# Verbs of a state, not of a deed: "President Reagan remains a hero to conservatives" speaks
# of a legacy; "President Carter says" of something done now, and stays judged.
_STATE_VERBS = frozenset(
    {
        "is",
        "are",
        "remains",
        "remain",
        "stays",
        "stay",
        "seems",
        "seem",
        "looks",
        "look",
        "lives",
        "lies",
        "rests",
    }
)


def reconsider(
    analysis: ArticleAnalysis,
    mention: PersonMention,
    reference: ReferenceTime,
    terms: list[Term],
    writing: DateWindow,
    judged: Judged,
) -> Judged | None:
    """The judgment as the office-term rule made it, made less sure (or dropped) where
    usage explains the title."""
    if mention.modifier is not None:
        return judged
    if not reference.agent and _framed_by_possessive(analysis, mention, terms, judged[0]):
        return None  # (but "X's government announced on Monday" is the government of Monday)
    if _POSSESSED_YEAR_RX.match(analysis.text, mention.end) and any(_held_at(t, writing) for t in terms):
        return None  # "President Lula's 2022 victory", written in his term
    if (
        reference.kind != DATED
        and _ENDING_ACT_RX.match(analysis.text, mention.end)
        and any(t.end is not None and t.end.hi <= writing.latest for t in terms)
    ):
        return None  # "Prime Minister Thatcher resigns, and John Major takes over"
    if (
        reference.kind == DATED
        and _COMING_END_RX.match(analysis.text, mention.end)
        and any(_held_at(t, writing) for t in terms)
    ):
        return None  # "Prime Minister Cameron said he will step down by October"
    if (
        judged[1] == HIGH
        and reference.kind == DATED
        and reference.earliest is not None
        and reference.earliest > writing.latest
        and any(_held_at(t, writing) for t in terms)
    ):
        judged = (
            judged[0],
            LOW,
            f"{judged[2]}; a plan for a day after the writing, when the holder was in office",
        )
    if judged[1] == HIGH and _courtesy_for_life_event(analysis, mention, terms, writing):
        judged = judged[0], LOW, f"{judged[2]}; a former holder's life event, told with the courtesy title"
    if reference.kind == RECENT or reference.kind == PRESENT and reference.verb in _STATE_VERBS:
        return _long_gone(analysis, mention, terms, writing, judged)
    return judged


def _held_at(term: Term, writing: DateWindow) -> bool:
    """Whether a term (not an election's) surely runs through the days of the writing."""
    return (
        term.role != "elect"
        and term.start.hi <= writing.earliest
        and (term.end is None or term.end.lo >= writing.latest)
    )


def _courtesy_for_life_event(
    analysis: ArticleAnalysis, mention: PersonMention, terms: list[Term], writing: DateWindow
) -> bool:
    """A bare American title of someone who held the office before, in a sentence about
    their death, illness or birthday."""
    if not any(t.role != "elect" and t.start.lo <= writing.latest for t in terms):
        return False
    if (
        not any(t.organisation == "United States" for t in terms)
        and not _just_left(terms, writing)
        and not _REGNAL_NAME_RX.search(terms[0].person)
    ):
        return False
    text = analysis.text
    if _DEATH_AFTER_RX.match(text, mention.end) or _DEATH_OF_RX.search(
        text[max(0, mention.start - 20) : mention.start]
    ):
        return True
    start, end = analysis.layout.sentence_bounds(mention.start)
    return _LIFE_EVENT_RX.search(text, start, min(end, mention.end + _LIFE_EVENT_REACH)) is not None


def _just_left(terms: list[Term], writing: DateWindow) -> bool:
    """Whether the person's last term ended shortly before the writing: in office up to
    the death, or the funeral, that the sentence tells of."""
    ends = [t.end.hi for t in terms if t.end is not None and t.role != "elect"]
    if not ends or any(t.end is None for t in terms):
        return False
    return max(ends) <= writing.latest <= max(ends) + _DIED_IN_OFFICE_REACH


def _framed_by_possessive(
    analysis: ArticleAnalysis, mention: PersonMention, terms: list[Term], days: DateWindow
) -> bool:
    """Whether the mention is a possessive naming the holder's time in office or the next
    holder ("Pope Francis's successor"), of someone who had taken the office by then."""
    if not any(t.role != "elect" and t.start.lo <= days.latest for t in terms):
        return False
    return _FRAMED_BY_POSSESSIVE_RX.match(analysis.text, mention.end) is not None


def _left_by(terms: list[Term], day: date) -> bool:
    """Whether every term of the office had ended before `day` (none open, none elect)."""
    return all(t.end is not None and t.role != "elect" and t.last_day < day for t in terms)


def _long_gone(
    analysis: ArticleAnalysis,
    mention: PersonMention,
    terms: list[Term],
    writing: DateWindow,
    judged: Judged,
) -> Judged | None:
    """ "Prime Minister Churchill said we shall fight on the beaches", "President Reagan
    remains a hero": a bare title of an office left years before, in a statement without a
    date or a present state, is a saying quoted or a legacy told long after (a present
    "says" is news, and stays judged), unless the sentence names someone who first took
    office only after the person left ("King Hussein of Jordan and President Erdogan
    warned"). Decades gone, it is not judged; a few years, it is one filter away."""
    if not _left_by(terms, writing.earliest - _RECENTLY):
        return judged
    if _names_someone_later(analysis, mention, max(t.last_day for t in terms)):
        return judged
    if _left_by(terms, writing.earliest - _LONG_AGO):
        return None
    return judged[0], LOW, f"{judged[2]}; said without a date, years after the term"


def _names_someone_later(analysis: ArticleAnalysis, mention: PersonMention, day: date) -> bool:
    """Whether the mention's sentence names, outside the mention, a person of the base who
    first took an office after `day`."""
    start, end = analysis.layout.sentence_bounds(mention.start)
    for word in _CAPITALISED_RX.finditer(analysis.text, start, end):
        if mention.start <= word.start() < mention.end:
            continue
        for person in analysis.kb.people_named(word.group()):
            if person.terms and min(t.start.lo for t in person.terms) > day:
                return True
    return False


#: Words by which an article shows it knows someone no longer holds an office.
_COURTESY_CUES = (
    "former president",
    "former prime minister",
    "ex-president",
    "predecessor",
    "former vice president",
    "former secretary",
    "then-president",
    "then-prime minister",
    "then-vice president",
)
# The cues by a word each of a group holds: a text without the word holds none of them.
_COURTESY_CUES_BY_HEAD = tuple(
    (head, tuple(cue for cue in _COURTESY_CUES if head in cue))
    for head in ("former ", "then-", "ex-", "predecessor")
)
assert {cue for _, cues in _COURTESY_CUES_BY_HEAD for cue in cues} == set(_COURTESY_CUES)
# Words by which a sentence shows it knows its person has left office ("Since leaving
# office, President X has been writing", "King X, who abdicated in 2014, returned"): the
# title there is the writer's courtesy.
LEFT_OFFICE_RX = re.compile(
    r"\b(?:(?:left|leaving|out\s+of)\s+office|abdicat(?:ed|ing|ion)|stepped\s+down|stepping\s+down"
    r"|resigned|was\s+(?:ousted|deposed|toppled|overthrown|impeached\s+and\s+removed))\b",
    re.IGNORECASE,
)


def known_as_former(analysis: ArticleAnalysis) -> set[str]:
    """The people the article itself calls former, or everyone it names when it shows it
    knows someone has left an office: a bare title of theirs elsewhere is the writer's
    courtesy, not a mistake about who holds the office."""
    people = analysis.mentions.people
    called_former = {person.id for m in people if m.modifier == "former" for person in m.people}
    lowered = lower_cased(analysis.text)
    if any(head in lowered and any(cue in lowered for cue in cues) for head, cues in _COURTESY_CUES_BY_HEAD):
        called_former |= {person.id for m in people for person in m.people}
    return called_former
