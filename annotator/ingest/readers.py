"""Readers for each article format. Each returns drafts or raises IngestError.

HTML is reduced to its main text by trafilatura (with htmldate for the date):
nothing in the page is run or fetched, and the app only ever shows plain text.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from annotator.core.pubdate import PubDate, PubDateError, parse_pubdate
from annotator.ingest.draft import ArticleDraft, IngestError, first_line_title, normalise_text
from annotator.ingest.stated_date import stated_publication_date

RECORD_FIELDS = ("text", "title", "url", "published", "author", "outlet")


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 (or UTF-16/32 with a byte-order mark); refuse binary data."""
    if not data.strip():
        raise IngestError("the file is empty")
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(f"not valid {encoding.upper()} ({exc.reason})") from exc
    if b"\x00" in data[:8192]:
        raise IngestError("binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save the file as UTF-8"
        ) from exc


def _check_text(text: str, where: str) -> str:
    text = normalise_text(text)
    if not text.strip():
        raise IngestError(f"{where}: the text is empty")
    if "\x00" in text:
        raise IngestError(f"{where}: the text holds NUL characters (binary data?)")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates, e.g. "\ud800" escaped in JSON
        raise IngestError(f"{where}: the text holds an invalid character ({exc.reason})") from exc
    return text


def read_txt(data: bytes, source: str) -> list[ArticleDraft]:
    text = _check_text(decode_bytes(data), "file")
    return [
        ArticleDraft(
            text=text,
            source=source,
            title=first_line_title(text),
            published=stated_publication_date(text),
        )
    ]


def read_html(data: bytes, source: str) -> list[ArticleDraft]:
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    html = decode_bytes(data)
    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_images=False
        )
    except (RecursionError, ValueError, TypeError, AttributeError) as exc:
        raise IngestError(f"the HTML cannot be read ({type(exc).__name__}: {exc})") from exc
    # A dict comes back only when asked for one (as_dict=True): a Document here.
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        raise IngestError("no article text found in the HTML")
    text = _check_text(doc.text or "", "HTML")
    published = None
    if doc.date:
        try:
            published = parse_pubdate(doc.date[:10], "metadata")
        except PubDateError:
            published = None
    return [
        ArticleDraft(
            text=text,
            source=source,
            title=doc.title or first_line_title(text),
            url=None,
            author=doc.author,
            outlet=doc.sitename,
            published=published or stated_publication_date(text),
        )
    ]


def _published(value: object, where: str) -> PubDate | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise IngestError(f"{where}: 'published' must be a date string, not {type(value).__name__}")
    try:
        return parse_pubdate(value[:10] if "T" in value else value, "metadata")
    except PubDateError as exc:
        raise IngestError(f"{where}: {exc}") from exc


def draft_from_record(record: object, source: str, where: str) -> ArticleDraft:
    """One JSON object or CSV row with ``text`` and optional metadata."""
    if not isinstance(record, dict):
        raise IngestError(f"{where}: expected an object with 'text', got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise IngestError(f"{where}: missing 'text' (a string)")
    text = _check_text(text, where)
    for key in ("title", "url", "author", "outlet"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise IngestError(f"{where}: '{key}' must be a string")
    extra = {k: v for k, v in record.items() if k not in RECORD_FIELDS}
    return ArticleDraft(
        text=text,
        source=source,
        title=record.get("title") or first_line_title(text),
        url=record.get("url") or None,
        author=record.get("author") or None,
        outlet=record.get("outlet") or None,
        published=_published(record.get("published"), where),
        meta=extra,
    )


def read_json(data: bytes, source: str) -> list[ArticleDraft]:
    try:
        doc = json.loads(decode_bytes(data))
    except json.JSONDecodeError as exc:
        raise IngestError(f"not valid JSON (line {exc.lineno}, column {exc.colno})") from exc
    except RecursionError as exc:
        raise IngestError("the JSON is nested too deeply to be an article") from exc
    if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
        doc = doc["articles"]
    records = doc if isinstance(doc, list) else [doc]
    if not records:
        raise IngestError("the JSON holds no articles")
    return [
        draft_from_record(record, f"{source}#{n}", f"record {n}") for n, record in enumerate(records, start=1)
    ]


def read_jsonl(data: bytes, source: str) -> list[ArticleDraft]:
    drafts = []
    for n, line in enumerate(decode_bytes(data).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise IngestError(f"line {n}: not valid JSON ({exc.msg})") from exc
        except RecursionError as exc:
            raise IngestError(f"line {n}: the JSON is nested too deeply") from exc
        drafts.append(draft_from_record(record, f"{source}#{n}", f"line {n}"))
    if not drafts:
        raise IngestError("the file holds no articles")
    return drafts


def read_csv(data: bytes, source: str) -> list[ArticleDraft]:
    text = decode_bytes(data)
    csv.field_size_limit(64 * 1024 * 1024)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = reader.fieldnames or []
        if "text" not in header:
            raise IngestError(f"no 'text' column (columns: {', '.join(header) or 'none'})")
        rows: Iterable[dict] = list(reader)
    except csv.Error as exc:
        raise IngestError(f"not valid CSV ({exc})") from exc
    drafts = [
        draft_from_record(
            {k: v for k, v in row.items() if k is not None},
            f"{source}#{n}",
            f"row {n}",
        )
        for n, row in enumerate(rows, start=2)
    ]
    if not drafts:
        raise IngestError("the CSV holds no rows")
    return drafts


READERS: dict[str, Callable[[bytes, str], list[ArticleDraft]]] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
}


def reader_for(path: Path) -> Callable[[bytes, str], list[ArticleDraft]] | None:
    return READERS.get(path.suffix.lower())
