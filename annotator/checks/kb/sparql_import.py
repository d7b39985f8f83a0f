"""Read terms of office from a Wikidata SPARQL result (SPARQL 1.1 JSON results format).

Expected columns: ``person`` and ``position`` (entity IRIs), ``start`` and optionally
``end`` (xsd:dateTime literals such as "2017-01-20T00:00:00Z"), with optional labels
``personLabel`` / ``positionLabel`` and optional Wikidata time precisions
``startPrecision`` / ``endPrecision`` (9 year, 10 month, 11 day). The result becomes
rows shaped like ``offices.csv``, ready for :meth:`KnowledgeBase.with_extra`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

REQUIRED = ("person", "position", "start")
_DATETIME_RX = re.compile(r"^(?P<sign>[+-]?)(?P<y>\d{4,})-(?P<m>\d\d)-(?P<d>\d\d)(?:T.*)?$")
_ENTITY_RX = re.compile(r"/entity/(Q\d+)$")
_PRECISIONS = {"9": "year", "10": "month", "11": "day"}


class SparqlImportError(ValueError):
    """The document is not a SPARQL JSON result of the shape described above."""


def _cell(binding: Mapping[str, Any], name: str) -> str:
    value = binding.get(name)
    if value is None:
        return ""
    if not isinstance(value, Mapping) or "value" not in value:
        raise SparqlImportError(f"column {name!r} is not a SPARQL term object with a 'value'")
    return str(value["value"])


def _date(text: str, precision: str, row: int, column: str) -> str:
    match = _DATETIME_RX.match(text)
    if not match or match.group("sign") == "-":
        raise SparqlImportError(f"row {row}: {column} {text!r} is not a date like '2017-01-20T00:00:00Z'")
    level = _PRECISIONS.get(precision, "day")
    parts = [match.group("y").lstrip("0").zfill(4), match.group("m"), match.group("d")]
    return "-".join(parts[: {"year": 1, "month": 2, "day": 3}[level]])


def _qid(iri: str) -> str:
    match = _ENTITY_RX.search(iri)
    return match.group(1) if match else iri


def _title_and_place(position: str) -> tuple[str, str]:
    """ "President of the United States" -> ("President", "United States")."""
    title, _, place = position.partition(" of ")
    place = re.sub(r"^the\s+", "", place.strip())
    return title.strip(), place


def rows_from_sparql(document: Mapping[str, Any] | str, source: str = "Wikidata") -> list[dict[str, str]]:
    """Office-term rows (``offices.csv`` columns) from a parsed or raw SPARQL JSON result."""
    if isinstance(document, str):
        try:
            document = json.loads(document)
        except json.JSONDecodeError as exc:
            raise SparqlImportError(f"not JSON: {exc}") from exc
    if not isinstance(document, Mapping):
        raise SparqlImportError("a SPARQL JSON result is an object with 'head' and 'results'")
    variables = (document.get("head") or {}).get("vars")
    if not isinstance(variables, list):
        raise SparqlImportError("missing head.vars: not a SPARQL 1.1 JSON result")
    missing = [name for name in REQUIRED if name not in variables]
    if missing:
        raise SparqlImportError(f"the query must select {', '.join(REQUIRED)}; missing: {', '.join(missing)}")
    bindings = (document.get("results") or {}).get("bindings")
    if not isinstance(bindings, list):
        raise SparqlImportError("missing results.bindings: not a SPARQL 1.1 JSON result")
    rows = []
    for number, binding in enumerate(bindings, start=1):
        if not isinstance(binding, Mapping):
            raise SparqlImportError(f"row {number} is not an object")
        person_iri = _cell(binding, "person")
        start = _cell(binding, "start")
        if not person_iri or not start:
            raise SparqlImportError(f"row {number}: person and start are required")
        person_qid = _qid(person_iri)
        position_qid = _qid(_cell(binding, "position"))
        position = _cell(binding, "positionLabel") or position_qid
        title, place = _title_and_place(position)
        start_precision = _PRECISIONS.get(_cell(binding, "startPrecision"), "day")
        end_raw = _cell(binding, "end")
        end_precision = _PRECISIONS.get(_cell(binding, "endPrecision"), "day")
        rows.append(
            {
                "person": _cell(binding, "personLabel") or person_qid,
                "person_wikidata": person_qid if person_qid.startswith("Q") else "",
                "aliases": "",
                "office": position,
                "titles": title,
                "organisation_or_country": place,
                "start": _date(start, _cell(binding, "startPrecision"), number, "start"),
                "start_precision": start_precision,
                "end": _date(end_raw, _cell(binding, "endPrecision"), number, "end") if end_raw else "",
                "end_precision": end_precision if end_raw else "",
                "role": "office",
                "source": f"{source} {person_qid} {position_qid}".strip(),
            }
        )
    return rows


def load_sparql_file(path: str | Path, source: str = "Wikidata") -> list[dict[str, str]]:
    """Office-term rows from a saved SPARQL JSON result file."""
    return rows_from_sparql(Path(path).read_text(encoding="utf-8"), source)
