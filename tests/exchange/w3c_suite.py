"""A runner for the W3C Web Annotation model test suite (draft-04 JSON Schema).

The suite lists its assertions in ``*.test`` files; each assertion is a schema
whose ``$ref``s point at ``definitions/*.json`` by their ``id``. Here every
schema is loaded into a local registry keyed by that id (nothing is fetched),
formats are checked, and each MUST assertion is run on a document.

jsonschema checks ``date-time`` and ``uri`` only with optional packages; the
two checks below stand in for them so that a bad timestamp or IRI fails here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$")

#: The model tests and the part of an exported collection each one examines.
MODEL_TESTS = {
    "annotations/annotationMusts.test": "annotation",
    "collections/collectionMusts.test": "collection",
    "collections/pages/pageMusts.test": "page",
}


def format_checker() -> FormatChecker:
    checker = FormatChecker()

    @checker.checks("date-time")
    def _date_time(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if not _DATE_TIME.match(value):
            return False
        datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
        return True

    @checker.checks("uri")
    def _uri(value: object) -> bool:
        return not isinstance(value, str) or bool(_URI.match(value))

    return checker


@dataclass(frozen=True, slots=True)
class Assertion:
    path: str
    schema: dict
    expected: str
    message: str


@dataclass(frozen=True, slots=True)
class Failure:
    assertion: str
    message: str
    detail: str


class ModelSuite:
    """The MUST assertions of the annotation-model tests, ready to run."""

    def __init__(self, root: Path) -> None:
        self.root = root
        resources = []
        for path in sorted(root.rglob("*.json")):
            if "tools" in path.parts or path.parent == root:
                continue
            schema = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(schema, dict) and "id" in schema:
                resources.append((schema["id"], Resource.from_contents(schema, DRAFT4)))
        self.registry = Registry().with_resources(resources)
        self.checker = format_checker()
        self.tests: dict[str, list[Assertion]] = {}
        for test_file in MODEL_TESTS:
            listing = json.loads((root / test_file).read_text(encoding="utf-8"))
            musts = []
            for name in listing["assertions"]:
                schema = json.loads((root / name).read_text(encoding="utf-8"))
                if schema.get("assertionType", "must") == "must":
                    Draft4Validator.check_schema(schema)
                    musts.append(
                        Assertion(
                            name,
                            schema,
                            schema.get("expectedResult", "valid"),
                            schema.get("errorMessage", ""),
                        )
                    )
            self.tests[test_file] = musts

    def assertions(self, part: str) -> list[Assertion]:
        return [a for test, musts in self.tests.items() if MODEL_TESTS[test] == part for a in musts]

    def check(self, document: dict, part: str = "annotation") -> list[Failure]:
        """Every MUST assertion for ``part`` that ``document`` fails."""
        failures = []
        for assertion in self.assertions(part):
            validator = Draft4Validator(assertion.schema, registry=self.registry, format_checker=self.checker)
            errors = list(validator.iter_errors(document))
            valid = not errors
            if valid != (assertion.expected == "valid"):
                detail = errors[0].message if errors else "valid, but expected invalid"
                failures.append(Failure(assertion.path, assertion.message, detail[:300]))
        return failures

    def passes(self, assertion_path: str, document: dict) -> bool:
        """Whether ``document`` passes one assertion of the suite (any level)."""
        schema = json.loads((self.root / assertion_path).read_text(encoding="utf-8"))
        validator = Draft4Validator(schema, registry=self.registry, format_checker=self.checker)
        return validator.is_valid(document) == (schema.get("expectedResult") != "invalid")

    def check_collection(self, collection: dict) -> dict[str, list[Failure]]:
        """Failures of a collection, its embedded first page, and each item (by id)."""
        results = {
            "collection": self.check(collection, "collection"),
            "collection as page": self.check(collection, "page"),
        }
        first = collection.get("first")
        if isinstance(first, dict):
            page = {"@context": collection.get("@context"), **first}
            results["page"] = self.check(page, "page")
            for item in first.get("items", []):
                results[str(item.get("id"))] = self.check(item, "annotation")
        return results
