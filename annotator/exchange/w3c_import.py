"""Reading W3C Web Annotations written by this app or any other tool.

Other tools use the model's freedoms: a body or target may be a string, an
object or an array; selectors may be nested in a list; the creator may be an
IRI. Everything an annotation must have (a target naming its source) is
checked; a missing kind defaults to ``claim`` and is reported as such.
"""

from __future__ import annotations

import functools
import hashlib
import json
import uuid
from typing import Any

from annotator.core.vocabulary import vocabulary
from annotator.exchange.common import ExchangeError
from annotator.exchange.incoming import Incoming, check_vocabulary


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


@functools.lru_cache(maxsize=4096)  # the same few labels come back on every annotation
def _match(group: str, value: str) -> str | None:
    """A vocabulary key for ``value`` given as key or label, in any case."""
    wanted = value.strip().casefold()
    for term in getattr(vocabulary(), group):
        if wanted in (term.key.casefold(), term.label.casefold()):
            return term.key
    return None


def _uid(node: dict) -> str:
    """Our uid for an annotation: its urn:uuid, else one derived from its id or content.

    Derived uids are stable, so importing the same file twice finds duplicates.
    """
    ident = node.get("id", node.get("@id"))
    if isinstance(ident, str) and ident.lower().startswith("urn:uuid:"):
        try:
            return str(uuid.UUID(ident[9:]))
        except ValueError:
            pass
    if isinstance(ident, str) and ident:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, ident))
    digest = hashlib.sha256(json.dumps(node, sort_keys=True).encode()).hexdigest()
    return str(uuid.uuid5(uuid.NAMESPACE_OID, digest))


def _creator(node: dict) -> str | None:
    for agent in _as_list(node.get("creator")):
        if isinstance(agent, str) and agent:
            return agent
        if isinstance(agent, dict):
            for key in ("name", "nickname", "id", "@id", "email"):
                if isinstance(agent.get(key), str) and agent[key]:
                    return agent[key]
    return None


def _target(node: dict, where: str, name: str) -> tuple[str, dict]:
    """The target's source IRI and its selectors by type."""
    for target in _as_list(node.get("target")):
        if isinstance(target, str):
            return target, {}
        if not isinstance(target, dict):
            continue
        source = target.get("source")
        if isinstance(source, dict):
            source = source.get("id", source.get("@id"))
        if not isinstance(source, str):
            source = target.get("id", target.get("@id"))
        if not isinstance(source, str):
            continue
        selectors: dict = {}
        for selector in _as_list(target.get("selector")):
            if isinstance(selector, dict):
                selectors.setdefault(str(selector.get("type", "")), selector)
        return source, selectors
    raise ExchangeError(f"{name}: {where}: no target with a source (the annotated document)")


def _bodies(node: dict) -> list[tuple[str, str]]:
    """(purpose, text) of each textual body; a body's purpose defaults to the motivation."""
    motivation = next((m for m in _as_list(node.get("motivation")) if isinstance(m, str)), "")
    out = []
    if isinstance(node.get("bodyValue"), str):
        out.append((motivation or "commenting", node["bodyValue"]))
    for body in _as_list(node.get("body")):
        if not isinstance(body, dict):
            continue
        for part in [body, *(_as_list(body.get("items")) if body.get("type") == "Choice" else [])]:
            value = part.get("value", part.get("chars"))
            if isinstance(value, str):
                purpose = part.get("purpose", body.get("purpose")) or motivation
                if isinstance(purpose, list):
                    purpose = purpose[0] if purpose else motivation
                out.append((str(purpose or "commenting").removeprefix("oa:"), value))
    return out


def _links(node: dict) -> list[dict]:
    """Links to other annotations (``linking`` bodies naming a ``urn:uuid``); the role
    is filled in from the linked annotation's kind when it is stored."""
    links = []
    for body in _as_list(node.get("body")):
        if isinstance(body, dict) and body.get("purpose") == "linking":
            source = body.get("source", body.get("id"))
            if isinstance(source, str) and source.lower().startswith("urn:uuid:"):
                try:
                    links.append({"role": None, "target": str(uuid.UUID(source[9:]))})
                except ValueError:
                    continue
    return links


def _int(selector: dict, key: str) -> int | None:
    value = selector.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def from_w3c(node: object, where: str, name: str, fallback_annotator: str) -> Incoming:
    """One Web Annotation as an :class:`Incoming` record (raises when it is no annotation)."""
    if not isinstance(node, dict):
        raise ExchangeError(f"{name}: {where}: an annotation must be a JSON object")
    if "target" not in node:
        raise ExchangeError(f"{name}: {where}: the annotation has no target")
    source, selectors = _target(node, where, name)
    position = selectors.get("TextPositionSelector", {})
    quote = selectors.get("TextQuoteSelector", {})
    kind, tags, notes = None, [], []
    fields: dict[str, Any] = {}
    assessments: list[str] = []
    for purpose, value in _bodies(node):
        if purpose == "tagging":
            if kind is None and (key := _match("kinds", value)):
                kind = key
            else:
                tags.append(value)
        elif purpose == "assessing":
            assessments.append(value)
        elif purpose == "classifying":
            if state := _match("workflow_states", value):
                fields["status"] = state
            else:
                fields["date_value"] = value
        else:
            notes.append(value)
    if assessments:
        matched = [key for value in assessments if (key := _match("verdicts", value))]
        fields["verdict"] = matched[0] if matched else "other"
        own = [value for value in assessments if not _match("verdicts", value)]
        if own:
            fields["verdict_label"] = own[0]
    attrs: dict = {}
    if tags:
        attrs["tags"] = tags
    if kind is None:
        kind = "claim"
        attrs["kind_assumed"] = True
    if kind != "date" and "date_value" in fields:
        attrs.setdefault("classified", []).append(fields.pop("date_value"))
    if kind == "date" and fields.get("date_value"):
        fields["date_type"] = "DATE"
    if notes:
        fields["note"] = "\n\n".join(notes)
    fields["evidence"], fields["attrs"] = [], attrs
    created = node.get("created") if isinstance(node.get("created"), str) else None
    modified = node.get("modified") if isinstance(node.get("modified"), str) else None
    exact = quote.get("exact") if isinstance(quote.get("exact"), str) else None
    item = Incoming(
        where=where,
        uid=_uid(node),
        refs=[source],
        kind=kind,
        start=_int(position, "start"),
        end=_int(position, "end"),
        exact=exact,
        prefix=quote.get("prefix") if isinstance(quote.get("prefix"), str) else "",
        suffix=quote.get("suffix") if isinstance(quote.get("suffix"), str) else "",
        fields=fields,
        annotator=_creator(node) or fallback_annotator,
        created=created,
        modified=modified or created,
        links=_links(node),
    )
    check_vocabulary(item, name)
    return item
