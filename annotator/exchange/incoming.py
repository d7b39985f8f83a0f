"""Imported annotations in one shape, whatever file they came from, checked field by field.

Reading a file produces :class:`Incoming` records or raises naming the line or
item at fault; nothing touches the database until every record has been read,
so a half-valid file changes nothing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from annotator.core.vocabulary import vocabulary
from annotator.exchange.common import ExchangeError

TEXT_FIELDS = ("status", "verdict", "verdict_label", "date_value", "date_type", "note")


@dataclass(slots=True)
class Incoming:
    """One annotation read from a file, before it is matched to an article."""

    where: str  # "line 3", "item 2": for messages
    uid: str
    refs: list[str]  # the article's IRI, URL, source: tried in order
    kind: str
    start: int | None
    end: int | None
    exact: str | None
    prefix: str = ""
    suffix: str = ""
    fields: dict = field(default_factory=dict)  # status, verdict, ..., evidence, attrs
    annotator: str = ""
    origin: str | None = None
    created: str | None = None
    modified: str | None = None
    links: list[dict] = field(default_factory=list)  # role (None: the target's kind), target uid
    reviews: list[dict] = field(default_factory=list)


@functools.lru_cache(maxsize=1)
def _known() -> dict[str, frozenset[str]]:
    vocab = vocabulary()
    return {
        "kinds": frozenset(vocab.keys("kinds")),
        "states": frozenset(vocab.keys("workflow_states")),
        "verdicts": frozenset(vocab.keys("verdicts")),
        "date_types": frozenset(vocab.date_types),
    }


def check_vocabulary(item: Incoming, name: str) -> None:
    """Refuse values the app could not show or filter on."""
    known = _known()
    problems = []
    if item.kind not in known["kinds"]:
        problems.append(f"unknown kind {item.kind!r}")
    if item.fields.get("status") and item.fields["status"] not in known["states"]:
        problems.append(f"unknown workflow state {item.fields['status']!r}")
    if item.fields.get("verdict") and item.fields["verdict"] not in known["verdicts"]:
        problems.append(f"unknown verdict {item.fields['verdict']!r}")
    if item.fields.get("date_type") and item.fields["date_type"] not in known["date_types"]:
        problems.append(f"unknown date type {item.fields['date_type']!r}")
    if item.origin and item.origin not in ("manual", "suggestion", "import", "curated"):
        problems.append(f"unknown origin {item.origin!r}")
    for link in item.links:
        if link.get("role") not in ("speaker", "date", "event", None):
            problems.append(f"unknown link role {link.get('role')!r}")
    if problems:
        raise ExchangeError(f"{name}: {item.where}: {'; '.join(problems)}")


def _surrogate_in(value: object) -> str | None:
    """The first string holding a lone surrogate (JSON allows "\\ud800"; text cannot)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value
        return None
    if isinstance(value, dict):
        values = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple)):
        values = list(value)
    else:
        return None
    for inner in values:
        found = _surrogate_in(inner)
        if found is not None:
            return found
    return None


def refuse_surrogates(item: Incoming, name: str) -> None:
    """Refuse a record with text that is not valid Unicode: SQLite could not store it."""
    found = _surrogate_in([getattr(item, slot) for slot in Incoming.__slots__])
    if found is not None:
        shown = found.encode("utf-8", "backslashreplace").decode("ascii", "replace")[:60]
        raise ExchangeError(
            f"{name}: {item.where}: text with a lone surrogate, not valid Unicode ({shown!r})"
        )


def _need(record: dict, key: str, kinds: type | tuple, where: str, name: str):
    value = record.get(key)
    if not isinstance(value, kinds) or isinstance(value, bool):
        raise ExchangeError(f"{name}: {where}: {key!r} is missing or not a {_kind_name(kinds)}")
    return value


def _kind_name(kinds: type | tuple) -> str:
    names = {str: "string", int: "number", list: "list", dict: "object"}
    if isinstance(kinds, tuple):
        return " or ".join(names.get(k, k.__name__) for k in kinds)
    return names.get(kinds, kinds.__name__)


def _optional(record: dict, key: str, kinds: type | tuple, where: str, name: str):
    if record.get(key) is None:
        return None
    return _need(record, key, kinds, where, name)


def from_jsonl(record: dict, where: str, name: str) -> Incoming:
    """A native JSONL record (see :mod:`annotator.exchange.jsonl`)."""
    article = _need(record, "article", dict, where, name)
    refs = [article[k] for k in ("iri", "url", "source") if isinstance(article.get(k), str)]
    if not refs:
        raise ExchangeError(f"{name}: {where}: the article has no iri, url or source")
    start = _need(record, "start", int, where, name)
    end = _need(record, "end", int, where, name)
    if not 0 <= start < end:
        raise ExchangeError(f"{name}: {where}: span {start}-{end} is empty or negative")
    fields = {key: _optional(record, key, str, where, name) for key in TEXT_FIELDS}
    fields["evidence"] = _optional(record, "evidence", list, where, name) or []
    fields["attrs"] = _optional(record, "attrs", dict, where, name) or {}
    links = _optional(record, "links", list, where, name) or []
    reviews = _optional(record, "reviews", list, where, name) or []
    for entry in links + reviews:
        if not isinstance(entry, dict):
            raise ExchangeError(f"{name}: {where}: links and reviews must be objects")
    for link in links:
        _need(link, "target", str, where + " (link)", name)
    for review in reviews:
        _need(review, "fingerprint", str, where + " (review)", name)
        _need(review, "decision", str, where + " (review)", name)
    item = Incoming(
        where=where,
        uid=_need(record, "uid", str, where, name),
        refs=refs,
        kind=_need(record, "kind", str, where, name),
        start=start,
        end=end,
        exact=_need(record, "quote", str, where, name),
        fields=fields,
        annotator=_need(record, "annotator", str, where, name),
        origin=_optional(record, "origin", str, where, name),
        created=_optional(record, "created", str, where, name),
        modified=_optional(record, "modified", str, where, name),
        links=links,
        reviews=reviews,
    )
    check_vocabulary(item, name)
    return item
