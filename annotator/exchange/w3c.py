"""W3C Web Annotation (JSON-LD): writing collections and reading them from any tool.

Each annotation targets the article's IRI with two selectors: the position
(fast, exact) and the quote with 32 characters of context either side, which
lets a reader re-anchor the span when its copy of the text differs slightly.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from pathlib import Path

from annotator.exchange.common import Ticker, atomic_write, labels
from annotator.exchange.query import Bundle

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_CHARS = 32


def quote_selector(text: str, start: int, end: int) -> dict:
    return {
        "type": "TextQuoteSelector",
        "exact": text[start:end],
        "prefix": text[max(0, start - CONTEXT_CHARS) : start],
        "suffix": text[end : end + CONTEXT_CHARS],
    }


def _body(value: str, purpose: str) -> dict:
    return {"type": "TextualBody", "value": value, "purpose": purpose, "format": "text/plain"}


def verdict_texts(annotation: dict) -> list[str]:
    """The verdict as people read it: our label, then the publisher's own if it differs."""
    texts = []
    if verdict := annotation.get("verdict"):
        texts.append(labels("verdicts").get(verdict, verdict))
    if annotation.get("verdict_label") and annotation["verdict_label"] not in texts:
        texts.append(annotation["verdict_label"])
    return texts


def annotation_jsonld(annotation: dict, article: dict, links: Sequence[dict] = ()) -> dict:
    """One Web Annotation for an annotation of ``article``.

    A claim's links (its speaker, date, event) become ``linking`` bodies that name
    the linked annotation by its ``urn:uuid``; the role is that annotation's kind.
    """
    bodies = [_body(annotation["kind"], "tagging")]
    if status := annotation.get("status"):
        bodies.append(_body(labels("workflow_states").get(status, status), "classifying"))
    if annotation.get("date_value"):
        bodies.append(_body(annotation["date_value"], "classifying"))
    verdicts = verdict_texts(annotation)
    bodies.extend(_body(text, "assessing") for text in verdicts)
    if annotation.get("note"):
        bodies.append(_body(annotation["note"], "commenting"))
    bodies.extend(
        {"type": "SpecificResource", "source": f"urn:uuid:{link['target_uid']}", "purpose": "linking"}
        for link in links
    )
    text = article["text"]
    start, end = annotation["start"], annotation["end"]
    out = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{annotation['uid']}",
        "type": "Annotation",
        "motivation": "assessing" if verdicts else "tagging",
        "created": annotation["created"],
        "modified": annotation["modified"],
        "creator": {"type": "Person", "name": annotation["annotator"]},
        "body": bodies,
        "target": {
            "source": article["iri"],
            "selector": [
                quote_selector(text, start, end),
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
    }
    return out


def collection_jsonld(bundle: Bundle, ticker: Ticker, label: str) -> dict:
    """An AnnotationCollection whose single embedded first page holds every item."""
    items = []
    for annotation in bundle.annotations:
        article = bundle.articles[annotation["article_id"]]
        items.append(annotation_jsonld(annotation, article, bundle.links.get(annotation["id"], [])))
        ticker.step()
    collection_id = f"urn:uuid:{uuid.uuid4()}"
    page_id = f"urn:uuid:{uuid.uuid4()}"
    collection: dict = {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
    }
    if items:
        collection["first"] = {
            "id": page_id,
            "type": "AnnotationPage",
            "partOf": {"id": collection_id, "label": label, "total": len(items)},
            "startIndex": 0,
            "items": items,
        }
        collection["last"] = page_id
    return collection


def write_w3c(bundle: Bundle, path: str | Path, ticker: Ticker, label: str) -> int:
    collection = collection_jsonld(bundle, ticker, label)
    with atomic_write(path) as handle:
        handle.write(json.dumps(collection, ensure_ascii=False))  # one pass of the C encoder
        handle.write("\n")
    return len(bundle.annotations)


def annotations_in(document: object) -> list[dict] | None:
    """The annotations of a W3C document in any of its shapes, or None if it is none.

    Accepts a single Annotation, an array of them, an AnnotationPage, or an
    AnnotationCollection with its first page embedded (``first.items``).
    """
    if isinstance(document, list):
        return (
            [item for item in document if isinstance(item, dict)]
            if all(isinstance(item, dict) for item in document)
            else None
        )
    if not isinstance(document, dict):
        return None
    kinds = _types(document)
    if "Annotation" in kinds or "oa:Annotation" in kinds:
        return [document]
    if "AnnotationPage" in kinds and isinstance(document.get("items"), list):
        return document["items"]
    if "AnnotationCollection" in kinds or "first" in document:
        first = document.get("first")
        if isinstance(first, dict) and isinstance(first.get("items"), list):
            return first["items"]
        if document.get("total") == 0:
            return []
    return None


def _types(node: dict) -> set[str]:
    value = node.get("type", node.get("@type"))
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {v for v in value if isinstance(v, str)}
    return set()
