"""The tag set and vocabularies, read once from ``resources/vocabulary.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from annotator.paths import resource_path


@dataclass(frozen=True, slots=True)
class Term:
    key: str
    label: str
    shortcut: str | None = None
    color: str | None = None
    rating: int | None = None


@dataclass(frozen=True, slots=True)
class Vocabulary:
    kinds: tuple[Term, ...]
    workflow_states: tuple[Term, ...]
    verdicts: tuple[Term, ...]
    date_types: tuple[str, ...]
    dismiss_reasons: tuple[str, ...]

    def label(self, group: str, key: str | None) -> str:
        """The label shown for ``key`` in ``group`` (the key itself if unknown)."""
        for term in getattr(self, group):
            if term.key == key:
                return term.label
        return key or ""

    def keys(self, group: str) -> tuple[str, ...]:
        return tuple(term.key for term in getattr(self, group))


def _terms(items: list[dict]) -> tuple[Term, ...]:
    return tuple(
        Term(
            key=item["key"],
            label=item.get("label", item["key"]),
            shortcut=item.get("shortcut"),
            color=item.get("color"),
            rating=item.get("rating"),
        )
        for item in items
    )


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The vocabulary shipped in ``resources/`` (edit that file to change it)."""
    data = json.loads(resource_path("vocabulary.json").read_text(encoding="utf-8"))
    return Vocabulary(
        kinds=_terms(data["kinds"]),
        workflow_states=_terms(data["workflow_states"]),
        verdicts=_terms(data["verdicts"]),
        date_types=tuple(data["date_types"]),
        dismiss_reasons=tuple(data["dismiss_reasons"]),
    )
