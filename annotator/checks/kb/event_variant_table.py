"""The other shapes of every event alias (``event_parts``), stored prebuilt beside the program.

Working them out for the whole base takes about half a second, paid by every process before
it checks its first article; reading them back takes a few hundredths. The file is keyed by
the country words the shapes are made with, and each entry by its alias and the event's
places, so an alias added since (or a user's own event) is simply worked out on the spot. A
change to how the shapes are worked out is caught by tests/checks/test_event_variant_table.py,
which builds them anew and compares; ``make event-variants`` writes the file again.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Collection, Mapping
from pathlib import Path

from annotator.checks.kb.event_parts import CountryWords, part_variants
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import Event, KnowledgeBase, default_kb
from annotator.paths import resource_path

#: Raised when the way the shapes are worked out changes, so older files no longer match.
FORMAT = 1
_SEPARATOR = "\x1f"


def table_path() -> Path:
    return resource_path("kb", "event_variants.json.gz")


def table_key(qualifiers: Mapping[str, str]) -> str:
    """A digest of the country words the shapes are made with."""
    text = json.dumps([FORMAT, sorted(qualifiers.items())], ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def entry(alias: str, places: Collection[str]) -> str:
    return _SEPARATOR.join([alias, *sorted(places)])


def event_places(event: Event) -> set[str]:
    """The event's places, folded ("bali", "sharm el sheikh"), as the shapes are made with."""
    return {normalise(place) for place in event.place.split(";")}


def built_shapes(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Every alias's other shapes, worked out anew (what the stored table holds)."""
    countries = CountryWords.from_qualifiers(kb.qualifiers)
    shapes: dict[str, set[str]] = {}
    for event in kb.events:
        places = event_places(event)
        for alias in event.aliases:
            shapes.setdefault(entry(alias, places), part_variants(alias, countries, places))
    return shapes


def write_table(path: str) -> None:
    """``make event-variants``: the stored table, for the shipped knowledge base."""
    kb = default_kb()
    dump_table(table_key(kb.qualifiers), built_shapes(kb), Path(path))


def load_table(key: str, path: Path | None = None) -> dict[str, list[str]]:
    """The stored shapes by entry when made from the same country words, else none."""
    try:
        stored = json.loads(gzip.decompress((path or table_path()).read_bytes()))
    except (OSError, EOFError, ValueError):
        return {}
    if not isinstance(stored, dict) or stored.get("key") != key or not isinstance(stored.get("shapes"), dict):
        return {}
    return stored["shapes"]


def dump_table(key: str, shapes: Mapping[str, Collection[str]], path: Path) -> None:
    data = {"key": key, "shapes": {name: sorted(found) for name, found in sorted(shapes.items())}}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False).encode(), compresslevel=9, mtime=0))
