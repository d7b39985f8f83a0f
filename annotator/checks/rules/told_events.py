"""Events a text names in words the mention finder does not read as events, for the counts
of rule elapsed-time: a storm by its bare name ("after Maria swept over Puerto Rico"), a
death by its verb ("after Fidel Castro died"), an attack by the deed and its place ("the
massacre at Columbine High School"), an election by its winner ("Erdogan won re-election")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.rules.attack_places import attack_mentions
from annotator.checks.rules.death_verbs import death_mentions
from annotator.checks.rules.leader_wins import leader_win_mentions
from annotator.checks.rules.storm_names import storm_mentions

# Words without which a text tells no event these read (a cheap look before the searches),
# the commonest in news first: the look stops at the first found.
_HINTS = (
    "elect",
    "attack",
    " killed",
    " won ",
    "shooting",
    " died",
    "bombing",
    "massacre",
    "victory",
    " win ",
    " assassinated",
    " murdered",
    " passed away",
    " shot dead",
    "anniversary of ",
    "murders",
    "killings",
    "landslide",
)
_STORM_HINTS = (" swept", " struck", " hit ", " slammed", " landfall", " ashore", " battered", " ravaged")


_hinted: tuple[str | None, bool] = (None, False)  # the text last asked about, and the answer


def may_tell_events(text: str) -> bool:
    """Whether the text may name an event in one of these ways (remembered for the text last
    asked about: the article each of the rules asks about in turn)."""
    global _hinted
    if _hinted[0] is not text:
        _hinted = (text, any(hint in text for hint in _HINTS) or any(hint in text for hint in _STORM_HINTS))
    return _hinted[1]


# Words without which no death is told by a verb (death_verbs: "died", "passed away", "was
# shot dead", "killed ..."), searched as written, as its patterns are.
_DEATH_WORDS = ("died", "passed", "killed", "murdered", "assassinated", "shot")


@dataclass(slots=True)
class _Readings:
    """What the readings found in each sentence of one article, kept for the article's other
    counts (rules elapsed-time and event-order ask for many of the same sentences)."""

    analysis: ArticleAnalysis
    deaths: bool  # whether the text holds a word a told death needs
    # each sentence's storms, attacks and election wins, read alike for either count
    others: dict[tuple[int, int], tuple[list[EventMention], ...]] = field(default_factory=dict)
    # each sentence's deaths, by whether two words of the name or more must name the person
    died: dict[tuple[int, int, bool], list[EventMention]] = field(default_factory=dict)


_last: _Readings | None = None


def _readings(analysis: ArticleAnalysis) -> _Readings:
    """The readings of the article being checked (a new article starts them afresh)."""
    global _last
    if _last is None or _last.analysis is not analysis:
        _last = _Readings(analysis, any(word in analysis.text for word in _DEATH_WORDS))
    return _last


def told_mentions(
    analysis: ArticleAnalysis, places: Iterable[int], full_names: bool = False
) -> list[EventMention]:
    """The events told by a storm's bare name, a verb of death, an attack's place or an
    election's winner in the sentences of the offsets given, sentence by sentence."""
    readings = _readings(analysis)
    told: list[EventMention] = []
    for low, high in sorted({analysis.layout.sentence_bounds(at) for at in places}):
        others = readings.others.get((low, high))
        if others is None:
            others = (
                storm_mentions(analysis, low, high),
                attack_mentions(analysis, low, high),
                leader_win_mentions(analysis, low, high),
            )
            readings.others[low, high] = others
        deaths = readings.died.get((low, high, full_names))
        if deaths is None:
            deaths = death_mentions(analysis, low, high, full_names) if readings.deaths else []
            readings.died[low, high, full_names] = deaths
        storms, attacks, wins = others
        told += [*storms, *deaths, *attacks, *wins]
    return told


def with_told_events(
    analysis: ArticleAnalysis, places: Iterable[int], full_names: bool = False
) -> list[EventMention]:
    """The text's event mentions, with the storms named by a bare name, the deaths told by a
    verb and the attacks named by their place in the sentences of the offsets given (those of
    the counts to judge), in the text's order; with `full_names`, a death only where two
    words of the name or more name the person."""
    told = told_mentions(analysis, places, full_names)
    if not told:
        return list(analysis.mentions.events)
    return sorted([*analysis.mentions.events, *told], key=lambda m: m.start)
