"""CSV, ClaimReview and TimeML exports, and the command line around them."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from exchange_data import annotate

from annotator.cli import main as cli
from annotator.exchange import ExchangeError, Selection, export_annotations
from annotator.exchange.common import Ticker
from annotator.exchange.jsonl import write_jsonl
from annotator.exchange.query import select
from annotator.store.settings import set_setting
from annotator.workspace import Workspace

#: Google's fact-check profile: required properties, and the recommended ones we fill in.
CLAIM_REVIEW_SCHEMA = {
    "type": "object",
    "required": [
        "@context",
        "@type",
        "claimReviewed",
        "reviewRating",
        "url",
        "author",
        "datePublished",
        "itemReviewed",
    ],
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@type": {"const": "ClaimReview"},
        "claimReviewed": {"type": "string", "minLength": 1},
        "url": {"type": "string", "pattern": "^[a-z][a-z0-9+.-]*:[^ ]+#claim-"},
        "datePublished": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "author": {
            "type": "object",
            "required": ["@type", "name"],
            "properties": {"@type": {"const": "Organization"}},
        },
        "reviewRating": {
            "type": "object",
            "required": ["@type", "alternateName"],
            "properties": {
                "@type": {"const": "Rating"},
                "alternateName": {"type": "string", "minLength": 1},
                "ratingValue": {"type": "integer", "minimum": 1, "maximum": 5},
                "bestRating": {"const": 5},
                "worstRating": {"const": 1},
            },
            "dependentRequired": {"ratingValue": ["bestRating", "worstRating"]},
        },
        "itemReviewed": {
            "type": "object",
            "required": ["@type", "appearance"],
            "properties": {
                "@type": {"const": "Claim"},
                "author": {
                    "type": "object",
                    "required": ["@type", "name"],
                    "properties": {"@type": {"const": "Person"}},
                },
                "datePublished": {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
                "appearance": {
                    "oneOf": [
                        {"$ref": "#/$defs/work"},
                        {"type": "array", "minItems": 2, "items": {"$ref": "#/$defs/work"}},
                    ]
                },
                "firstAppearance": {"$ref": "#/$defs/work", "required": ["datePublished"]},
            },
        },
    },
    "$defs": {
        "work": {
            "type": "object",
            "required": ["@type", "url"],
            "properties": {"@type": {"const": "CreativeWork"}},
        }
    },
}


@pytest.fixture
def made(workspace: Workspace) -> dict:
    return annotate(workspace)


def test_csv_has_one_row_per_claim_with_linked_speaker_and_date(workspace, made, tmp_path):
    out = tmp_path / "claims.csv"
    assert export_annotations(workspace, "csv", out).count == 3
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = {r["uid"]: r for r in csv.DictReader(raw.decode("utf-8").splitlines(True))}
    claim = rows[made["claim"]["uid"]]
    assert (claim["claim"], claim["speaker"], claim["claim_date"]) == (
        "no longer on the table",
        "Mark Rutte",
        "2025-03-14",
    )
    assert (claim["workflow_state"], claim["verdict"], claim["verdict_label"]) == (
        "Published",
        "Mostly false",
        "Needs context",
    )
    assert claim["evidence"].split("\n") == ["https://example.org/a", "https://example.org/b"]
    assert claim["article_published"] == "2025-03-14"
    assert claim["article_url"] == workspace.articles.get(3)["iri"]
    assert claim["article_title"].startswith("Ukraine's accession")
    assert rows[made["claim4b"]["uid"]]["speaker"] == "Rutte"  # from attrs, no link
    assert rows[made["claim4"]["uid"]]["note"].startswith("'=SUM")  # no formula in Excel


def test_csv_bom_for_excel(workspace, made, tmp_path):
    out = tmp_path / "claims.csv"
    export_annotations(workspace, "csv", out, bom=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfclaim,speaker")


def test_claimreview_meets_google_profile(workspace, made, tmp_path):
    out = tmp_path / "reviews.json"
    report = export_annotations(workspace, "claimreview", out)
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert report.count == len(reviews) == 2 and report.warnings == []
    validator = jsonschema.Draft202012Validator(CLAIM_REVIEW_SCHEMA)
    for review in reviews:
        assert list(validator.iter_errors(review)) == []
    by_claim = {r["claimReviewed"]: r for r in reviews}
    rated = by_claim["no longer on the table"]
    assert rated["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Needs context",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert rated["itemReviewed"]["author"] == {"@type": "Person", "name": "Mark Rutte"}
    assert rated["itemReviewed"]["datePublished"] == "2025-03-14"
    assert rated["itemReviewed"]["appearance"]["datePublished"] == "2025-03-14"
    assert rated["author"] == {
        "@type": "Organization",
        "name": "Example Fact Check",
        "url": "https://factcheck.example.org/",
    }
    assert by_claim["irreversible"]["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Misleading",
    }  # not on the ordinal scale


def test_claimreview_names_every_appearance_of_a_claim_and_the_first(workspace, tmp_path):
    """The same words claimed in two articles: both are appearances, the earlier one first."""
    text3, text4 = (workspace.articles.get(i)["text"] for i in (3, 4))
    word = next(w for w in text3.split() if len(w) > 6 and w.isalpha() and w in text4.split())
    start3, start4 = text3.index(f" {word} ") + 1, text4.index(f" {word} ") + 1
    workspace.annotations.create(3, "claim", start3, start3 + len(word), annotator="alice", verdict="false")
    workspace.annotations.create(4, "claim", start4, start4 + len(word), annotator="alice", verdict="false")
    dates = {i: workspace.articles.pubdate(i).value for i in (3, 4)}
    assert dates[3] != dates[4]
    set_setting(workspace.db, "org.name", "Example Fact Check")
    out = tmp_path / "reviews.json"
    export_annotations(workspace, "claimreview", out)
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert len(reviews) == 2
    validator = jsonschema.Draft202012Validator(CLAIM_REVIEW_SCHEMA)
    earliest = min(dates.values())
    for review in reviews:
        assert list(validator.iter_errors(review)) == []
        item = review["itemReviewed"]
        assert [a["datePublished"] for a in item["appearance"]] == sorted(dates.values())
        assert item["firstAppearance"]["datePublished"] == earliest
    assert len({r["url"] for r in reviews}) == 2  # still one review per claim annotation


def test_claimreview_schema_rejects_a_broken_review(workspace, made, tmp_path):
    out = tmp_path / "reviews.json"
    export_annotations(workspace, "claimreview", out)
    review = json.loads(out.read_text(encoding="utf-8"))[0]
    del review["reviewRating"]["alternateName"]
    assert not jsonschema.Draft202012Validator(CLAIM_REVIEW_SCHEMA).is_valid(review)


def test_timeml_document_is_xml_with_dct_and_inline_timex(workspace, made, tmp_path):
    out = tmp_path / "article.tml"
    report = export_annotations(workspace, "timeml", out, Selection(articles=["3"]))
    assert report.count == 1
    root = ET.fromstring(out.read_text(encoding="utf-8"))
    dct = root.find("DCT/TIMEX3")
    assert dct.get("functionInDocument") == "CREATION_TIME" and dct.get("value") == "2025-03-14"
    text = root.find("TEXT")
    assert "".join(text.itertext()) == workspace.articles.get(3)["text"]
    (timex,) = text.findall("TIMEX3")
    assert timex.get("value") == "2025-03-14" and timex.get("type") == "DATE"
    assert timex.get("tid") == "t1" and timex.text == made["date"]["quote"]
    assert root.findtext("DOCID") == "002_c6b9259fc4542ad4"


def test_timeml_keeps_the_mod_of_a_date(workspace, tmp_path):
    workspace.annotations.create(
        3, "date", 0, 4, annotator="ann", date_type="DATE", date_value="2025", attrs={"mod": "START"}
    )
    out = tmp_path / "article.tml"
    export_annotations(workspace, "timeml", out, Selection(articles=["3"]))
    (timex,) = ET.fromstring(out.read_text(encoding="utf-8")).find("TEXT").findall("TIMEX3")
    assert (timex.get("value"), timex.get("mod")) == ("2025", "START")


def test_timeml_of_several_articles_goes_to_a_folder(workspace, made, tmp_path):
    report = export_annotations(workspace, "timeml", tmp_path / "out", Selection(articles=["3", "4"]))
    assert len(report.files) == 2 and all(Path(f).parent == tmp_path / "out" for f in report.files)
    for name in report.files:
        ET.parse(name)
    with pytest.raises(ExchangeError, match="one article per file"):
        export_annotations(workspace, "timeml", tmp_path / "x.tml", Selection(articles=["3", "4"]))


def test_fast_jsonl_equals_the_python_records(workspace, made, tmp_path):
    slow = tmp_path / "slow.jsonl"
    write_jsonl(select(workspace.db), slow, Ticker(0, None, None))
    fast = tmp_path / "fast.jsonl"
    export_annotations(workspace, "jsonl", fast)
    assert [json.loads(x) for x in fast.read_text().splitlines()] == [
        json.loads(x) for x in slow.read_text().splitlines()
    ]


def test_progress_is_reported(workspace, made, tmp_path):
    seen: list[tuple[int, int]] = []
    export_annotations(workspace, "w3c", tmp_path / "a.jsonld", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (5, 5)


def test_cli_export_import_agreement_curate(workspace, made, tmp_path, capsys):
    db = str(workspace.path)
    out = tmp_path / "set.jsonl"
    assert cli(["--db", db, "export", "--format", "jsonl", "--annotator", "bob", "-o", str(out)]) == 0
    assert "1 written" in capsys.readouterr().out
    other = tmp_path / "other.db"
    Workspace.open(other).close()
    assert cli(["--db", str(other), "import-annotations", str(out), "--actor", "dana"]) == 0
    assert "1 imported" in capsys.readouterr().out
    assert cli(["--db", db, "agreement", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["annotators"] == ["alice", "bob"]
    assert cli(["--db", db, "curate", "--list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["reasons"] == ["verdict"]
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert cli(["--db", db, "import-annotations", str(bad)]) == 1
    assert "bad.json" in capsys.readouterr().err
    assert (
        cli(["--db", db, "export", "--format", "csv", "--article", "nope", "-o", str(tmp_path / "x.csv")])
        == 1
    )


def test_timeml_of_a_named_article_without_dates(workspace, made, tmp_path):
    out = tmp_path / "plain.tml"
    report = export_annotations(workspace, "timeml", out, Selection(articles=["1"]))
    assert report.count == 0
    root = ET.parse(out).getroot()
    assert "".join(root.find("TEXT").itertext()) == workspace.articles.get(1)["text"]
    assert root.find("DCT/TIMEX3").get("value") == "2025-06-10"


def test_export_refuses_unknown_format_and_unwritable_path(workspace, made, tmp_path):
    with pytest.raises(ExchangeError, match="unknown format 'pdf'"):
        export_annotations(workspace, "pdf", tmp_path / "x.pdf")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExchangeError, match="cannot write"):
        export_annotations(workspace, "csv", blocker / "inside.csv")
