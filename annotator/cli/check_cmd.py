"""``check [--article ID] [--json]``: run the date-consistency checks and store their flags."""

from __future__ import annotations

import argparse
import sys

from annotator.cli.command import add_command
from annotator.cli.output import print_json, print_table

JSON_KEYS = (
    "article_id",
    "article_source",
    "rule",
    "severity",
    "confidence",
    "start",
    "end",
    "quote",
    "message",
    "basis",
    "evidence",
    "state",
)


def add_parser(subparsers) -> None:
    p = add_command(
        subparsers,
        "check",
        "Check articles for date inconsistencies and store the flags "
        "(review decisions on earlier flags are kept).",
    )
    p.add_argument("--article", metavar="ID", help="check one article (id, IRI, URL or source)")
    p.add_argument("--json", action="store_true", help="print the flags as one JSON document")
    p.add_argument(
        "--all",
        action="store_true",
        help="also print the less sure flags (by default only the likely errors; "
        "every flag is stored either way)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Check, store the flags per article, print them; 1 when an article is not found.

    Facts users added in the app count as much as the shipped knowledge base.
    """
    from annotator.checks.runner import run_checks
    from annotator.workspace import Workspace

    with Workspace.open(args.db, check=True) as ws:
        if args.article:
            row = ws.articles.find(args.article)
            if row is None:
                print(f"annotator: no article {args.article!r}", file=sys.stderr)
                return 1
            ids = [row["id"]]
        else:
            ids = ws.articles.ids()
        report = run_checks(ws, ids if args.article else None)
        for article_id, reason in report.failed.items():
            print(f"annotator: article {article_id} could not be checked: {reason}", file=sys.stderr)
        confidence = None if args.all else "high"
        # One query, ordered by article as the ids are.
        flags = ws.flags.list(article_id=ids[0] if args.article else None, confidence=confidence)
    documents = [{key: flag.get(key) for key in JSON_KEYS} for flag in flags]
    if args.json:
        print_json(documents)
    else:
        print_table(
            ("article", "rule", "severity", "state", "quote", "message"),
            [
                (
                    d["article_source"] or d["article_id"],
                    d["rule"],
                    d["severity"],
                    d["state"],
                    d["quote"],
                    d["message"],
                )
                for d in documents
            ],
        )
        shown = "flags" if args.all else "likely errors (--all for every flag)"
        print(f"{len(documents)} {shown} on {len(ids)} articles")
    return 1 if report.failed else 0
