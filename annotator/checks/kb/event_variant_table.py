"""Every key an event alias is found by, stored prebuilt beside the program.

The keys of an alias are its spellings (``names``), its variants (``event_aliases``), the
verb forms of a death, its other shapes (``event_parts``), its act told by its actors
(``event_acts``) and the past perfect of each clause (``perfect_forms``). Working them out for the whole
base takes most of a second, paid by every process before it checks its first article;
reading them back takes a few hundredths. The file is keyed by the country words the shapes
are made with, and each entry by its alias and the event's places, so an alias added since
(or a user's own event) is simply worked out on the spot. It also holds each alias's
variants alone, which the knowledge base indexes its events by. A change to how any of them
is worked out is caught by tests/checks/test_event_variant_table.py, which builds them anew
and compares; ``make event-variants`` writes the file again. The file is read by
``stored_keys``, which the knowledge base reads the variants through.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from pathlib import Path

from annotator.checks.kb.event_acts import act_variants
from annotator.checks.kb.event_aliases import alias_variants, death_verb_forms, worked_out_variants
from annotator.checks.kb.event_parts import CountryWords, part_variants
from annotator.checks.kb.facts import Event
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase, default_kb
from annotator.checks.kb.names import spellings
from annotator.checks.kb.perfect_forms import perfect_forms
from annotator.checks.kb.stored_keys import dump_table, table_key

_SEPARATOR = "\x1f"


def entry(alias: str, places: Collection[str]) -> str:
    return _SEPARATOR.join([alias, *sorted(places)])


def event_places(event: Event) -> set[str]:
    """The event's places, folded ("bali", "sharm el sheikh"), as the shapes are made with."""
    return {normalise(place) for place in event.place.split(";")}


def mention_keys(
    alias: str,
    places: Collection[str],
    countries: CountryWords,
    variants: Callable[[str], Collection[str]] = alias_variants,
) -> set[str]:
    """Every key the mention index finds an alias of an event at these places by."""
    spelled = spellings(alias)
    keys = spelled.union(
        variants(alias),
        death_verb_forms(spelled),
        part_variants(alias, countries, places),
        act_variants(alias, countries, places),
    )
    return keys | perfect_forms(keys)


def built_shapes(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Every alias's keys, worked out anew (what the stored table holds)."""
    countries = CountryWords.from_qualifiers(kb.qualifiers)
    shapes: dict[str, set[str]] = {}
    for event in kb.events:
        places = event_places(event)
        for alias in event.aliases:
            if (name := entry(alias, places)) not in shapes:
                shapes[name] = mention_keys(alias, places, countries, worked_out_variants)
    return shapes


def built_variants(events: Iterable[Event]) -> dict[str, set[str]]:
    """Every alias's variants, worked out anew (what the stored table holds)."""
    return {alias: worked_out_variants(alias) for event in events for alias in event.aliases}


def write_table(path: str) -> None:
    """``make event-variants``: the stored table, for the shipped knowledge base."""
    kb = default_kb()
    dump_table(table_key(kb.qualifiers), built_shapes(kb), Path(path), built_variants(kb.events))
