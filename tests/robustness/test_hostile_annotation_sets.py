"""Hostile annotation sets: out-of-range offsets, quotes that do not match, wrong shapes.

Each file is imported with every bad item reported (never placed at a wrong
spot), or refused with an ExchangeError naming the file and nothing stored.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.exchange.common import ExchangeError
from annotator.exchange.importer import import_annotations
from annotator.exchange.jsonl import FORMAT_TAG
from annotator.workspace import Workspace


def _record(article: dict, start: int, end: int, quote: str, uid: str) -> dict:
    return {
        "format": FORMAT_TAG,
        "uid": uid,
        "kind": "claim",
        "start": start,
        "end": end,
        "quote": quote,
        "annotator": "elsewhere",
        "article": {"iri": article["iri"]},
    }


def _counts(ws: Workspace) -> tuple[int, int, int]:
    return tuple(
        ws.db.execute(f"select count(*) from {table}").fetchone()[0]
        for table in ("annotations", "links", "ops")
    )


def _write(path: Path, records: list) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_offsets_out_of_range_and_wrong_quotes_are_never_placed_wrongly(workspace, tmp_path):
    article = workspace.articles.get(1)
    text = article["text"]
    records = [
        _record(article, len(text) + 10, len(text) + 20, "beyond the end", "u-range"),
        _record(article, 5, 10_000_000, "no such quote anywhere in it", "u-huge"),
        _record(article, 0, 12, "words that are not in the article at all", "u-quote"),
        _record(article, 0, 12, text[30:42], "u-moved"),  # right quote, wrong offsets
        _record(article, 0, 12, text[0:12], "u-good"),
    ]
    report = import_annotations(workspace, _write(tmp_path / "set.jsonl", records), actor="imp")
    stored = {a["uid"]: a for a in workspace.annotations.for_article(1)}
    for uid in ("u-range", "u-huge", "u-quote"):
        assert uid not in stored
        assert uid in {u["uid"] for u in report.unanchored}
    assert stored["u-good"]["quote"] == text[0:12]
    if "u-moved" in stored:
        moved = stored["u-moved"]
        assert text[moved["start"] : moved["end"]] == text[30:42] == moved["quote"]
    for ann in stored.values():
        assert text[ann["start"] : ann["end"]] == ann["quote"]


WRONG_SHAPES = {
    "number.json": b"42",
    "string.json": b'"hello"',
    "object.json": b'{"hello": "world"}',
    "latin1.jsonl": b'{"format": "annotator.annotation/1", "quote": "caf\xe9"}\n',
    "binary.json": b"\x00\x01\x02\xff",
    "empty.jsonl": b"",
    "bad-line.jsonl": b'{"format": "annotator.annotation/1"}\n{not json\n',
    "missing-fields.jsonl": b'{"format": "annotator.annotation/1", "uid": "x"}\n',
    "wrong-types.jsonl": (
        b'{"format": "annotator.annotation/1", "uid": 5, "kind": "claim", "start": "0", '
        b'"end": 3, "quote": "abc", "annotator": "a", "article": {"iri": "x"}}\n'
    ),
    "negative.jsonl": (
        b'{"format": "annotator.annotation/1", "uid": "n", "kind": "claim", "start": -5, '
        b'"end": -1, "quote": "abc", "annotator": "a", "article": {"iri": "x"}}\n'
    ),
    "bad-kind.jsonl": (
        b'{"format": "annotator.annotation/1", "uid": "k", "kind": "<script>", "start": 0, '
        b'"end": 3, "quote": "abc", "annotator": "a", "article": {"iri": "x"}}\n'
    ),
    "w3c-broken.json": b'{"type": "AnnotationPage", "items": [{"target": 5}]}',
}


@pytest.mark.parametrize("name", sorted(WRONG_SHAPES))
def test_annotation_sets_of_the_wrong_shape_are_refused_by_name(workspace, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(WRONG_SHAPES[name])
    before = _counts(workspace)
    try:
        report = import_annotations(workspace, path, actor="imp")
    except ExchangeError as exc:
        assert name in str(exc)
        assert _counts(workspace) == before, "a refused file changed the database"
    else:
        assert report.imported == 0 and report.updated == 0
        assert _counts(workspace)[:2] == before[:2]


def test_deeply_nested_annotation_json_is_refused_by_name(workspace, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(ExchangeError, match="deep.json"):
        import_annotations(workspace, path, actor="imp")


@pytest.fixture(scope="module")
def exchange_ws(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz-exchange")
    ws = Workspace.open(folder / "x.db")
    yield ws, folder
    ws.close()


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    start=st.integers(-50, 20_000),
    length=st.integers(-5, 500),
    quote=st.text(max_size=40),
    use_real_quote=st.booleans(),
    article_id=st.integers(1, 5),
)
def test_fuzzed_annotation_sets_anchor_exactly_or_are_reported(
    exchange_ws, start, length, quote, use_real_quote, article_id
):
    ws, folder = exchange_ws
    article = ws.articles.get(article_id)
    text = article["text"]
    if use_real_quote and 0 <= start < len(text):
        quote = text[start : start + max(1, length)]
    uid = f"fz-{start}-{length}-{abs(hash(quote))}-{article_id}-{use_real_quote}"
    path = _write(folder / "fz.jsonl", [_record(article, start, start + length, quote, uid)])
    try:
        import_annotations(ws, path, actor="fuzz")
    except ExchangeError as exc:
        assert "fz.jsonl" in str(exc)
        return
    stored = list(ws.db.query("select * from annotations where uid = ?", [uid]))
    for row in stored:
        assert text[row["start"] : row["end"]] == row["quote"]
        assert 0 <= row["start"] < row["end"] <= len(text)
