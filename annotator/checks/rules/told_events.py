"""Events a text names in words the mention finder does not read as events, for the counts
of rule elapsed-time: a storm by its bare name ("after Maria swept over Puerto Rico"), a
death by its verb ("after Fidel Castro died"), an attack by the deed and its place ("the
massacre at Columbine High School"), an election by its winner ("Erdogan won re-election")."""

from __future__ import annotations

from collections.abc import Iterable

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.rules.attack_places import attack_mentions
from annotator.checks.rules.death_verbs import death_mentions
from annotator.checks.rules.leader_wins import leader_win_mentions
from annotator.checks.rules.storm_names import storm_mentions

# Words without which a text tells no event these read (a cheap look before the searches).
_HINTS = (
    " died",
    " killed",
    " assassinated",
    " murdered",
    " passed away",
    " shot dead",
    "anniversary of ",
    "shooting",
    "massacre",
    "attack",
    "bombing",
    "murders",
    "killings",
    "elect",
    "landslide",
    " won ",
    "victory",
    " win ",
)
_STORM_HINTS = (" swept", " struck", " hit ", " slammed", " landfall", " ashore", " battered", " ravaged")


def may_tell_events(text: str) -> bool:
    """Whether the text may name an event in one of these ways."""
    return any(hint in text for hint in _HINTS) or any(hint in text for hint in _STORM_HINTS)


def with_told_events(
    analysis: ArticleAnalysis, places: Iterable[int], full_names: bool = False
) -> list[EventMention]:
    """The text's event mentions, with the storms named by a bare name, the deaths told by a
    verb and the attacks named by their place in the sentences of the offsets given (those of
    the counts to judge), in the text's order; with `full_names`, a death only where two
    words of the name or more name the person."""
    told: list[EventMention] = []
    for low, high in sorted({analysis.layout.sentence_bounds(at) for at in places}):
        told += [
            *storm_mentions(analysis, low, high),
            *death_mentions(analysis, low, high, full_names),
            *attack_mentions(analysis, low, high),
            *leader_win_mentions(analysis, low, high),
        ]
    if not told:
        return list(analysis.mentions.events)
    return sorted([*analysis.mentions.events, *told], key=lambda m: m.start)
