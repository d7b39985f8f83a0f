"""``check [--article ID] [--json]``: run the date-consistency checks and store their flags."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from annotator.cli.output import print_json, print_table

JSON_KEYS = ("article_id", "article_source", "rule", "severity", "start", "end", "quote",
             "message", "evidence", "state")


def add_parser(subparsers) -> None:
    from annotator.cli import add_command

    p = add_command(subparsers, "check",
                    "Check articles for date inconsistencies and store the flags "
                    "(review decisions on earlier flags are kept).")
    p.add_argument("--article", metavar="ID", help="check one article (id, IRI, URL or source)")
    p.add_argument("--json", action="store_true", help="print the flags as one JSON document")
    p.set_defaults(handler=run)


def _day(value: Any) -> date | None:
    if not value:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _to_check(row: dict):
    from annotator.temporal.checker import ArticleToCheck

    return ArticleToCheck(row["id"], row.get("text") or "", row.get("published"),
                          _day(row.get("published_earliest")), _day(row.get("published_latest")))


def run(args: argparse.Namespace) -> int:
    """Check, store the flags per article, print them; 1 when an article is not found."""
    from annotator.core.workspace import Workspace
    from annotator.temporal.checker import check_corpus

    with Workspace.open(args.db) as ws:
        if args.article:
            row = ws.articles.find(args.article)
            if row is None:
                print(f"annotator: no article {args.article!r}", file=sys.stderr)
                return 1
            rows = [row]
        else:
            rows = [ws.articles.get(i) for i in ws.articles.ids()]
        articles = [_to_check(r) for r in rows if r]
        findings = check_corpus(articles)
        by_article: dict[Any, list] = {a.id: [] for a in articles}
        for finding in findings:
            by_article.setdefault(finding.article_id, []).append(finding)
        for article_id, article_findings in by_article.items():
            ws.flags.replace_for_article(article_id, article_findings)
        flags = [flag for article in articles for flag in ws.flags.list(article_id=article.id)]
    documents = [{key: flag.get(key) for key in JSON_KEYS} for flag in flags]
    if args.json:
        print_json(documents)
    else:
        print_table(("article", "rule", "severity", "state", "quote", "message"),
                    [(d["article_source"] or d["article_id"], d["rule"], d["severity"],
                      d["state"], d["quote"], d["message"]) for d in documents])
        print(f"{len(documents)} flags on {len(articles)} articles")
    return 0
