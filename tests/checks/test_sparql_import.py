import json

import pytest

from annotator.checks.kb.model import default_kb
from annotator.checks.kb.sparql_import import SparqlImportError, rows_from_sparql

RESULT = {
    "head": {"vars": ["person", "personLabel", "position", "positionLabel", "start", "end"]},
    "results": {
        "bindings": [
            {
                "person": {"type": "uri", "value": "http://www.wikidata.org/entity/Q4"},
                "personLabel": {"type": "literal", "value": "Jane Example"},
                "position": {"type": "uri", "value": "http://www.wikidata.org/entity/Q5"},
                "positionLabel": {"type": "literal", "value": "Mayor of Exampleton"},
                "start": {
                    "type": "literal",
                    "value": "2017-01-20T00:00:00Z",
                    "datatype": "http://www.w3.org/2001/XMLSchema#dateTime",
                },
            }
        ]
    },
}


def test_reads_terms_and_merges_them():
    rows = rows_from_sparql(json.dumps(RESULT))
    assert rows[0]["person"] == "Jane Example"
    assert rows[0]["titles"] == "Mayor"
    assert rows[0]["organisation_or_country"] == "Exampleton"
    assert rows[0]["start"] == "2017-01-20" and rows[0]["end"] == ""
    kb = default_kb().with_extra(terms=rows)
    person = kb.find_people("Jane Example")[0]
    assert person.terms[0].source.startswith("Wikidata Q4")


@pytest.mark.parametrize(
    "document, message",
    [
        ("not json", "not JSON"),
        ({"results": {}}, "head.vars"),
        ({"head": {"vars": ["person"]}, "results": {"bindings": []}}, "missing: position, start"),
        ({"head": {"vars": ["person", "position", "start"]}}, "results.bindings"),
    ],
)
def test_wrong_shapes_are_explained(document, message):
    with pytest.raises(SparqlImportError, match=message):
        rows_from_sparql(document if isinstance(document, str) else json.dumps(document))


def test_bad_date_names_the_row():
    broken = json.loads(json.dumps(RESULT))
    broken["results"]["bindings"][0]["start"]["value"] = "yesterday"
    with pytest.raises(SparqlImportError, match="row 1: start"):
        rows_from_sparql(broken)
