"""``import``, ``list`` and ``show``: getting articles in and looking at them."""

from __future__ import annotations

import argparse
import math
import sys

from annotator.cli.command import add_command
from annotator.cli.output import print_json, print_table
from annotator.core.pubdate import PubDateError, parse_pubdate
from annotator.workspace import Workspace

MAX_MB = 1024 * 1024  # a terabyte: beyond any article file

SHOW_KEYS = (
    "id",
    "iri",
    "title",
    "outlet",
    "author",
    "url",
    "source",
    "published",
    "published_precision",
    "published_earliest",
    "published_latest",
    "published_provenance",
    "published_note",
    "status",
    "content_hash",
    "imported_at",
    "meta",
    "text",
)


def add_parser(subparsers) -> None:
    p = add_command(subparsers, "import", "Import article files or folders (txt, html, json, jsonl, csv).")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument(
        "--published",
        metavar="DATE",
        help="publication date for every imported article (YYYY-MM-DD, YYYY-MM, YYYY, or FROM/TO)",
    )
    p.add_argument("--max-size", type=_megabytes, metavar="MB", help="largest file to accept (default 20)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(handler=run_import)

    p = add_command(subparsers, "list", "List the articles with their counts of annotations and open flags.")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(handler=run_list)

    p = add_command(subparsers, "show", "Show one article: metadata, IRI, text and annotations.")
    p.add_argument("article", metavar="ID", help="article id, IRI, URL or source path")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(handler=run_show)


def _megabytes(value: str) -> float:
    """A size in MB: a positive, finite number ("nan" and "inf" are floats, not sizes)."""
    try:
        size = float(value)
    except ValueError:
        size = math.nan
    if not (math.isfinite(size) and 0 < size <= MAX_MB):
        raise argparse.ArgumentTypeError(f"{value!r} is not a size in MB between 0 and {MAX_MB:g}")
    return size


def run_import(args: argparse.Namespace) -> int:
    published = None
    if args.published:
        try:
            published = parse_pubdate(args.published, "user")
        except PubDateError as exc:
            print(f"annotator import: {exc}", file=sys.stderr)
            return 2
    max_bytes = int(args.max_size * 1024 * 1024) if args.max_size else None
    with Workspace.open(args.db) as ws:
        report = ws.import_paths(args.paths, published=published, max_bytes=max_bytes)
    if args.json:
        print_json(report.as_dict())
    else:
        for result in report.results:
            detail = result.reason or f"{result.imported} article(s)"
            if result.status == "imported" and result.duplicates:
                detail += f", {result.duplicates} duplicate(s) skipped"
            print(f"{result.status:<9} {result.path}: {detail}")
        print(f"{report.imported} imported, {report.duplicates} duplicate(s), {len(report.failed)} failed")
    return 0 if report.ok else 1


def run_list(args: argparse.Namespace) -> int:
    with Workspace.open(args.db) as ws:
        rows = ws.articles.listing()
    documents = [
        {
            "id": row["id"],
            "title": row["title"],
            "source": row["source"],
            "url": row["url"],
            "published": row["published"],
            "published_precision": row["published_precision"],
            "annotations": row["annotations"],
            "claims": row["claims"],
            "open_flags": row["open_flags"],
        }
        for row in rows
    ]
    if args.json:
        print_json(documents)
    else:
        print_table(
            ["id", "published", "annotations", "open flags", "title"],
            [[d["id"], d["published"], d["annotations"], d["open_flags"], d["title"]] for d in documents],
        )
    return 0


def run_show(args: argparse.Namespace) -> int:
    with Workspace.open(args.db) as ws:
        article = ws.articles.find(args.article)
        if article is None:
            print(f"annotator show: no article {args.article!r}", file=sys.stderr)
            return 1
        annotations = ws.annotations.for_article(article["id"])
        for annotation in annotations:
            annotation["links"] = [
                {"role": link["role"], "source_id": link["source_id"], "target_id": link["target_id"]}
                for link in ws.annotations.links_of(annotation["id"])
            ]
    keys = SHOW_KEYS
    document = {key: article.get(key) for key in keys}
    document["annotations"] = annotations
    if args.json:
        print_json(document)
        return 0
    for key in keys[:-1]:
        if document[key] not in (None, "", {}):
            print(f"{key:>21}: {document[key]}")
    print()
    print(article["text"])
    if annotations:
        print()
        print_table(
            ["id", "kind", "span", "status", "verdict", "quote"],
            [
                [a["id"], a["kind"], f"{a['start']}-{a['end']}", a["status"], a["verdict"], a["quote"]]
                for a in annotations
            ],
        )
    return 0
