"""Importing each format, manifests, duplicates, and every kind of bad file."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from annotator.core.pubdate import parse_pubdate

NEWS = "Ministers met in Brussels on Tuesday.\n\nThe talks will resume in March."


def _count(ws) -> int:
    return ws.db.execute("select count(*) from articles").fetchone()[0]


def test_sample_corpus_is_imported_with_manifest_metadata(workspace):
    rows = {row["source"]: row for row in workspace.articles.listing()}
    assert len(rows) == 5
    first = workspace.articles.get(rows["seeds/000_25bf7f0f1927b866.txt"]["id"])
    assert first["author"] == "Jack Buckby"
    assert (first["published_earliest"], first["published_latest"]) == ("2025-06-09", "2025-06-24")
    assert first["published_precision"] == "range" and first["published"] == "2025-06-10"
    stated = rows["seeds/002_c6b9259fc4542ad4.txt"]
    assert (stated["published"], stated["published_provenance"]) == ("2025-03-14", "stated")
    assert rows["seeds/001_1d04963006b6ea85.txt"]["title"].startswith("NATO leader dismisses")


def test_txt_title_and_stated_date(empty_workspace, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("\n\n  Headline here  \nPublished: March 3, 2024\n" + NEWS, encoding="utf-8")
    report = empty_workspace.import_paths([path])
    assert report.ok and report.imported == 1
    article = empty_workspace.articles.get(report.results[0].article_ids[0])
    assert article["title"] == "Headline here"
    assert (article["published"], article["published_provenance"]) == ("2024-03-03", "stated")


def test_crlf_and_bom_are_normalised(empty_workspace, tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Title\r\nLine two\r\n")
    empty_workspace.import_paths([path])
    assert empty_workspace.articles.get(1)["text"] == "Title\nLine two\n"


def test_utf16_with_bom_is_read(empty_workspace, tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Zürich report\nText.".encode("utf-16-le"))
    report = empty_workspace.import_paths([path])
    assert report.ok
    assert empty_workspace.articles.get(1)["title"] == "Zürich report"


def test_html_gives_main_text_and_metadata_without_running_anything(empty_workspace, tmp_path):
    body = " ".join(["The alliance met to discuss support for Ukraine."] * 12)
    html = f"""<html><head><title>Summit report</title>
    <meta name="author" content="Jane Doe"><meta property="article:published_time"
    content="2024-07-10T09:00:00Z"><script>document.write('EVIL')</script>
    <style>p {{color: red}}</style></head><body><article><h1>Summit report</h1>
    <p>{body}</p><img src="https://tracker.example/pixel.gif"><iframe src="https://x.example">
    </iframe><p>Second paragraph with <b>bold</b> words.</p></article></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    report = empty_workspace.import_paths([path])
    assert report.ok, report.as_dict()
    article = empty_workspace.articles.get(1)
    assert "EVIL" not in article["text"] and "color: red" not in article["text"]
    assert "Second paragraph with bold words." in article["text"]
    assert article["title"] == "Summit report"
    assert article["published"] == "2024-07-10"


def test_json_jsonl_and_csv_records(empty_workspace, tmp_path):
    tmp_path = tmp_path / "corpus"
    tmp_path.mkdir()
    (tmp_path / "a.json").write_text(
        json.dumps(
            {
                "articles": [
                    {
                        "text": "A one.",
                        "title": "A",
                        "published": "2024-05-01",
                        "outlet": "Wire",
                        "author": "X",
                        "url": "https://e.org/a",
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    (tmp_path / "b.jsonl").write_text(
        '{"text": "B one."}\n\n{"text": "B two.", "published": "2024-05"}\n', encoding="utf-8"
    )
    (tmp_path / "c.csv").write_text('title,text,published\nC,"C one, with a comma.",2024\n', encoding="utf-8")
    report = empty_workspace.import_paths([tmp_path])
    assert report.ok and report.imported == 4
    by_title = {row["title"]: row for row in empty_workspace.articles.listing()}
    assert by_title["A"]["url"] == "https://e.org/a" and by_title["A"]["outlet"] == "Wire"
    assert by_title["B two."]["published_precision"] == "month"
    assert by_title["C"]["published"] == "2024"
    assert by_title["C"]["published_provenance"] == "metadata"


def test_published_option_wins_and_is_marked_as_user(empty_workspace, tmp_path):
    (tmp_path / "a.txt").write_text("Published on 1 May 2020\n" + NEWS, encoding="utf-8")
    report = empty_workspace.import_paths([tmp_path / "a.txt"], published=parse_pubdate("2024-06-01", "user"))
    article = empty_workspace.articles.get(report.results[0].article_ids[0])
    assert (article["published"], article["published_provenance"]) == ("2024-06-01", "user")


def test_duplicates_are_skipped_and_reported(workspace, tmp_path):
    copy = tmp_path / "again.txt"
    source = workspace.articles.get(1)["text"]
    copy.write_text(source, encoding="utf-8")
    report = workspace.import_paths([copy])
    assert report.ok
    assert report.results[0].status == "duplicate"
    assert _count(workspace) == 5


BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"   \n\n  ", "empty"),
    "binary.txt": (bytes(range(256)) * 4, "binary"),
    "latin1.txt": ("Caf\xe9 au lait".encode("latin-1"), "UTF-8"),
    "broken.json": (b'{"text": "unterminated', "JSON"),
    "shape.json": (b'{"headline": "no text field"}', "text"),
    "numbers.json": (b"[1, 2, 3]", "object"),
    "badline.jsonl": (b'{"text": "fine"}\n{"text": \n', "line 2"),
    "columns.csv": (b"headline,body\nA,B\n", "text"),
    "baddate.jsonl": (b'{"text": "x", "published": "yesterday-ish"}\n', "date"),
    "unknown.docx": (b"PK\x03\x04", "unsupported"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_reported_by_name_and_leaves_no_rows(empty_workspace, tmp_path, name):
    data, reason = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(NEWS, encoding="utf-8")
    report = empty_workspace.import_paths([path, good])
    failed = report.failed
    assert [r.path for r in failed] == [str(path)]
    assert reason.lower() in failed[0].reason.lower()
    assert report.imported == 1 and _count(empty_workspace) == 1


def test_file_above_the_size_limit_is_refused(empty_workspace, tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(3 * 1024 * 1024)
    report = empty_workspace.import_paths([path], max_bytes=1024 * 1024)
    assert "limit" in report.failed[0].reason
    assert _count(empty_workspace) == 0


def test_jsonl_with_a_bad_record_imports_none_of_it(empty_workspace, tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"text": "one"}\n{"text": "two"}\n{"title": "no text"}\n', encoding="utf-8")
    report = empty_workspace.import_paths([path])
    assert "line 3" in report.failed[0].reason
    assert _count(empty_workspace) == 0


def test_broken_manifest_is_reported_and_the_folder_still_imports(empty_workspace, tmp_path):
    tmp_path = tmp_path / "corpus"
    tmp_path.mkdir()
    (tmp_path / "annotator-manifest.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    report = empty_workspace.import_paths([tmp_path])
    statuses = {Path(r.path).name: r.status for r in report.results}
    assert statuses == {
        "annotator-manifest.json": "failed",
        "a.txt": "imported",
        "notes.md": "skipped",
    }
    assert _count(empty_workspace) == 1


def test_missing_path_is_reported(empty_workspace, tmp_path):
    report = empty_workspace.import_paths([tmp_path / "nope.txt"])
    assert "no such file" in report.failed[0].reason


def test_cancel_stops_between_files(empty_workspace, tmp_path):
    tmp_path = tmp_path / "corpus"
    tmp_path.mkdir()
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(f"Article {n}.", encoding="utf-8")
    seen: list[int] = []
    report = empty_workspace.import_paths(
        [tmp_path],
        progress=lambda done, total, path: seen.append(done),
        cancelled=lambda: len(seen) >= 2,
    )
    assert report.cancelled and _count(empty_workspace) == 2


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Title\nPublished on 14 March 2025 at 21:46\n", "2025-03-14"),
        ("Posted: Friday, March 3, 2024", "2024-03-03"),
        ("First published: 2024-05-01", "2024-05-01"),
        ("Date published: May 2, 2024", "2024-05-02"),
        ("PUBLISHED 7 Oct. 2023", "2023-10-07"),
        ("The report, published on Tuesday, found nothing.", None),
        ("No statement at all, though 14 March 2025 is mentioned.", None),
    ],
)
def test_stated_publication_dates(head, expected):
    from annotator.ingest.stated_date import stated_publication_date

    found = stated_publication_date(head + "\nBody text.")
    assert (found.value if found else None) == expected
