"""Fuzzing the article readers: whatever the bytes, only IngestError comes out.

Through the importer into a real database: what is stored is exactly the
normalised input, and no text is stored twice.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.ingest.draft import IngestError, normalise_text
from annotator.ingest.readers import READERS
from annotator.workspace import Workspace


def fuzz(examples: int) -> settings:
    """Fixed seed (the same cases on every run, no example database), no per-case deadline."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        derandomize=True,
    )


READER_EXTS = sorted(READERS)
_counter = itertools.count()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
article_keys = st.sampled_from(["text", "title", "url", "published", "author", "outlet", "x"])
records = st.dictionaries(article_keys, json_values | st.text(max_size=60), max_size=6)


def _safe(reader, data: bytes) -> list:
    try:
        return reader(data, "fuzz")
    except IngestError as exc:
        assert str(exc), "an IngestError says why"
        return []


@pytest.mark.parametrize("ext", [e for e in READER_EXTS if e not in (".html", ".htm")])
@fuzz(250)
@given(data=st.binary(max_size=600))
def test_random_bytes_into_each_reader_raise_only_ingest_error(ext, data):
    for draft in _safe(READERS[ext], data):
        assert draft.text.strip() and "\x00" not in draft.text and "\r" not in draft.text


@fuzz(150)
@given(data=st.binary(max_size=400) | st.text(max_size=300).map(str.encode))
def test_random_bytes_into_the_html_reader_raise_only_ingest_error(data):
    for draft in _safe(READERS[".html"], data):
        assert draft.text.strip()


@fuzz(400)
@given(text=st.text(max_size=400))
def test_any_text_file_is_stored_as_its_normalised_text(text):
    drafts = _safe(READERS[".txt"], text.encode("utf-8"))
    expected = normalise_text(text)
    if expected.strip() and "\x00" not in expected:
        assert [d.text for d in drafts] == [expected]
    else:
        assert drafts == []


@fuzz(400)
@given(doc=st.lists(records, max_size=4) | records | json_values)
def test_json_of_any_shape_raises_only_ingest_error(doc):
    data = json.dumps(doc).encode()
    drafts = _safe(READERS[".json"], data)
    for draft in drafts:
        assert draft.text.strip()
    lines = "\n".join(json.dumps(item) for item in (doc if isinstance(doc, list) else [doc]))
    _safe(READERS[".jsonl"], lines.encode())


@fuzz(300)
@given(
    header=st.lists(st.sampled_from(["text", "title", "url", "published", "a", ""]), max_size=4),
    rows=st.lists(st.lists(st.text(max_size=40), max_size=5), max_size=4),
)
def test_csv_of_any_columns_raises_only_ingest_error(header, rows):
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    for draft in _safe(READERS[".csv"], out.getvalue().encode()):
        assert draft.text == normalise_text(draft.text) and draft.text.strip()


@pytest.fixture(scope="module")
def fuzz_workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz-import")
    ws = Workspace.open(folder / "fuzz.db", seed=False)
    yield ws, folder
    ws.close()


@fuzz(300)
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=200)
    | st.sampled_from(["same text", "same text\r\n", "\ufeffsame text", "  "]),
    ext=st.sampled_from([".txt", ".json", ".jsonl"]),
)
def test_imported_text_is_the_normalised_input_and_hashes_stay_unique(fuzz_workspace, text, ext):
    ws, folder = fuzz_workspace
    path = folder / f"f{next(_counter)}{ext}"
    if ext == ".txt":
        path.write_bytes(text.encode("utf-8"))
    elif ext == ".json":
        path.write_text(json.dumps({"text": text}), encoding="utf-8")
    else:
        path.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    before = ws.articles.count()
    (result,) = ws.import_paths([path]).results
    expected = normalise_text(text)
    if result.status == "imported":
        (article_id,) = result.article_ids
        assert ws.articles.get(article_id)["text"] == expected
    elif result.status == "duplicate":
        assert ws.db.execute("select count(*) from articles where text = ?", [expected]).fetchone()[0] == 1
        assert ws.articles.count() == before
    else:
        assert result.status == "failed" and result.reason
        assert "unexpected error" not in result.reason
        assert ws.articles.count() == before
        assert not expected.strip() or "\x00" in expected
    count, distinct = ws.db.execute("select count(*), count(distinct content_hash) from articles").fetchone()
    assert count == distinct
    path.unlink()


def test_the_fuzz_corpus_reaches_every_reader():
    assert {".txt", ".html", ".json", ".jsonl", ".csv"} <= set(READER_EXTS)
    assert Path(__file__).exists()
