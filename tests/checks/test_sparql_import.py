import json

import pytest

from annotator.checks.kb.model import default_kb
from annotator.checks.kb.sparql_import import SparqlImportError, rows_from_sparql
from annotator.checks.runner import import_sparql_facts, user_facts, user_kb

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


def test_a_sparql_result_becomes_user_facts_in_one_undo_step(empty_workspace, tmp_path):
    ws = empty_workspace
    path = tmp_path / "mayors.json"
    path.write_text(json.dumps(RESULT), encoding="utf-8")
    ids = import_sparql_facts(ws, path, author="ed")
    assert len(ids) == 1
    person = user_kb(ws).find_people("Jane Example")[0]
    assert person.terms[-1].source == "Wikidata Q4 Q5" and person.terms[-1].start.text == "2017-01-20"
    ws.undo("ed")
    assert user_facts(ws) == []


def test_an_unreadable_sparql_file_is_named_and_stores_nothing(empty_workspace, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.json: not JSON"):
        import_sparql_facts(empty_workspace, bad, author="ed")
    with pytest.raises(ValueError, match="missing.json"):
        import_sparql_facts(empty_workspace, tmp_path / "missing.json", author="ed")
    assert user_facts(empty_workspace) == []
