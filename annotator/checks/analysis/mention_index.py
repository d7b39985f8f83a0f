"""The tries a knowledge base's mentions are found with: names, titles (and the "-elect"
forms of heads of government), country words and event aliases, built once per base."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from annotator.checks.analysis.mention_image import ImagePatterns
from annotator.checks.analysis.mention_words import END, NameTable, PhraseTable, first_kinds
from annotator.checks.kb.event_parts import CountryWords
from annotator.checks.kb.event_variant_table import entry, event_places, mention_keys
from annotator.checks.kb.facts import Event
from annotator.checks.kb.model import KnowledgeBase
from annotator.checks.kb.stored_keys import load_table, table_key
from annotator.core.collector import collector_paused

_SPLIT_RX = re.compile(r"([^\W_]+)")
# Heads of government English names "-elect" between the vote and taking office.
_ELECTED_TITLES = ("prime minister", "chancellor", "premier")


def _build_trie(entries: dict[str, Any], originals: dict[str, list[str]] | None = None) -> dict:
    """Token trie of normalised keys, plus the accented spellings the keys came from."""
    root: dict = {}
    for key, payload in entries.items():
        variants = {key}
        for original in (originals or {}).get(key, ()):
            variants.add(" ".join(_SPLIT_RX.findall(original.lower())))
        for variant in variants:
            node = root
            for part in variant.split():
                node = node.setdefault(part, {})
            node[END] = payload
    return root


class MentionIndex:
    """Tries over a knowledge base's names, titles, country words and event aliases."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.names = NameTable(kb.name_table(), kb.name_prefixes())
        keys = kb.title_keys()
        # "Chancellor-elect Friedrich Merz", "Prime Minister-elect X": judged against the
        # days before the term, as "President-elect" is (see office_term._elect_periods).
        keys |= {f"{t} elect" for t in _ELECTED_TITLES if t in keys}
        self.titles = _build_trie({t: t for t in keys})
        self.qualifiers = kb.qualifiers
        events: dict[str, list[Event]] = {}
        countries: CountryWords | None = None
        stored = load_table(table_key(kb.qualifiers))
        for event in kb.events:
            places = event_places(event)
            for alias in event.aliases:
                found_by: Iterable[str] | None = stored.get(entry(alias, places))
                if found_by is None:  # an alias the stored table was not made with is worked out on the spot
                    countries = countries or CountryWords.from_qualifiers(kb.qualifiers)
                    found_by = mention_keys(alias, places, countries)
                for key in found_by:
                    bucket = events.setdefault(key, [])
                    if event not in bucket:
                        bucket.append(event)
        self.events = PhraseTable({key: tuple(found) for key, found in events.items()})
        self.tries = {"title": self.titles}
        self.tables: dict[str, PhraseTable] = {"name": self.names, "event": self.events}
        self._first_kinds: dict[str, int] | None = None
        self._image_patterns: ImagePatterns | None = None

    @property
    def first_kinds(self) -> dict[str, int]:
        """The words that may start a phrase, for the token path, on first use."""
        if self._first_kinds is None:
            self._first_kinds = first_kinds(self.tries, self.tables)
        return self._first_kinds

    @property
    def image_patterns(self) -> ImagePatterns:
        """The tries compiled for the image path, on first use."""
        if self._image_patterns is None:
            with collector_paused():
                self._image_patterns = ImagePatterns(self.tries, self.tables)
        return self._image_patterns
