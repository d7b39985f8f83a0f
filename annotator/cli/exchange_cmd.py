"""``export``, ``import-annotations``, ``agreement`` and ``curate``: annotation sets in and out."""

from __future__ import annotations

import argparse
import getpass
import sys

from annotator.cli.command import add_command
from annotator.cli.output import print_json, print_table
from annotator.exchange import (
    FORMATS,
    ExchangeError,
    Selection,
    export_annotations,
    import_annotations,
)
from annotator.workspace import Workspace


def _who() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers
        return "annotator"


def add_parser(subparsers) -> None:
    p = add_command(subparsers, "export", "Export annotations: jsonl, csv, w3c, claimreview, timeml.")
    p.add_argument("--format", required=True, choices=sorted(FORMATS))
    p.add_argument(
        "--article",
        action="append",
        default=[],
        metavar="ID",
        help="article id, IRI, URL or source (repeatable; default all)",
    )
    p.add_argument("--kind", action="append", default=[], help="claim, speaker, date, event")
    p.add_argument("--state", action="append", default=[], help="workflow state of claims")
    p.add_argument("--annotator", action="append", default=[], metavar="NAME")
    p.add_argument("--bom", action="store_true", help="CSV: start with a byte-order mark (Excel)")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="file to write (TimeML of several articles: a folder)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=run_export)

    p = add_command(
        subparsers,
        "import-annotations",
        "Import annotations from annotator JSONL or W3C Web Annotation JSON(-LD).",
    )
    p.add_argument("path", metavar="FILE")
    p.add_argument("--actor", default=None, help="who imports (whose undo this is)")
    p.add_argument(
        "--exact",
        action="store_true",
        help="JSONL: keep records exactly (no import provenance), for restores",
    )
    p.add_argument(
        "--annotator",
        metavar="NAME",
        help="W3C: annotator for annotations without a creator (default: file name)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=run_import)

    p = add_command(subparsers, "agreement", "Agreement between annotators: span F1, verdicts.")
    p.add_argument("--annotators", nargs="+", metavar="NAME", help="default: everyone")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(handler=run_agreement)

    p = add_command(subparsers, "curate", "List disagreements between annotators, or settle one.")
    p.add_argument("--list", action="store_true", help="list open disagreements")
    p.add_argument("--annotators", nargs="+", metavar="NAME")
    p.add_argument("--article", action="append", default=[], metavar="ID")
    p.add_argument("--pick", metavar="UID", help="the annotation to keep as the final one")
    p.add_argument(
        "--from",
        dest="from_uids",
        nargs="+",
        metavar="UID",
        help="the annotations this settles (default: just --pick)",
    )
    p.add_argument("--verdict", help="change the verdict of the final annotation")
    p.add_argument("--reviewer", default=None, help="who curates (default: your user name)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(handler=run_curate)


def _fail(command: str, message: str) -> int:
    print(f"annotator {command}: {message}", file=sys.stderr)
    return 1


def run_export(args: argparse.Namespace) -> int:
    selection = Selection(args.article, args.kind, args.state, args.annotator)
    with Workspace.open(args.db) as ws:
        try:
            report = export_annotations(ws, args.format, args.output, selection, bom=args.bom)
        except ExchangeError as exc:
            return _fail("export", str(exc))
    if args.json:
        print_json(report.as_dict())
    else:
        for warning in report.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(f"{report.count} written to {', '.join(report.files)}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    with Workspace.open(args.db) as ws:
        try:
            report = import_annotations(
                ws,
                args.path,
                actor=args.actor or _who(),
                exact=args.exact,
                fallback_annotator=args.annotator,
            )
        except ExchangeError as exc:
            return _fail("import-annotations", f"{exc}\nNothing was imported.")
    if args.json:
        print_json(report.as_dict())
        return 0
    for item in report.unanchored:
        print(f"not placed  {item['where']} ({item['uid']}): {item['reason']}")
    for item in report.reanchored:
        print(f"re-anchored {item['where']} ({item['method']}): {item['from']} -> {item['to']}")
    for problem in report.problems:
        print(f"note        {problem}")
    print(
        f"{report.imported} imported, {report.updated} updated, "
        f"{len(report.duplicates)} duplicate(s) left alone, {report.skipped} not placed, "
        f"{report.links} link(s), {report.reviews} review(s) [{report.format}]"
    )
    return 0


def run_agreement(args: argparse.Namespace) -> int:
    from annotator.exchange.agreement import agreement

    with Workspace.open(args.db) as ws:
        result = agreement(ws.db, args.annotators)
    if args.json:
        print_json(result)
        return 0

    def fmt(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    rows = []
    for pair in result["pairs"]:
        for kind, figures in pair["spans"].items():
            rows.append(
                [
                    " / ".join(pair["annotators"]),
                    kind,
                    fmt(figures["exact_f1"]),
                    fmt(figures["overlap_f1"]),
                    "/".join(map(str, figures["counts"])),
                ]
            )
    print_table(["annotators", "kind", "exact F1", "overlap F1", "counts"], rows)
    verdicts = result["verdicts"]
    print(f"\nverdicts on {verdicts['units']} shared claim(s):", end=" ")
    if "cohen_kappa" in verdicts:
        print(f"Cohen's kappa {fmt(verdicts['cohen_kappa'])},", end=" ")
    print(f"Krippendorff's alpha {fmt(verdicts['krippendorff_alpha'])}")
    return 0


def run_curate(args: argparse.Namespace) -> int:
    from annotator.core.annotations import AnnotationError
    from annotator.exchange.curation import curate, disagreements
    from annotator.exchange.query import SelectionError, resolve_articles

    with Workspace.open(args.db, check=args.pick is not None) as ws:
        if args.pick:
            changes = {"verdict": args.verdict} if args.verdict else {}
            try:
                row = curate(
                    ws,
                    args.from_uids or [args.pick],
                    reviewer=args.reviewer or _who(),
                    pick=args.pick,
                    changes=changes,
                )
            except AnnotationError as exc:
                return _fail("curate", str(exc))
            print_json(row) if args.json else print(f"curated annotation {row['uid']}")
            return 0
        try:
            article_ids = resolve_articles(ws.db, args.article) if args.article else None
        except SelectionError as exc:
            return _fail("curate", str(exc))
        found = disagreements(ws.db, annotators=args.annotators, article_ids=article_ids)
    if args.json:
        print_json([d.as_dict() for d in found])
        return 0
    for d in found:
        print(
            f"article {d.article_id} {d.start}-{d.end}: {', '.join(d.reasons)}"
            + (f" (missing: {', '.join(d.missing)})" if d.missing else "")
        )
        print_table(
            ["annotator", "uid", "kind", "span", "verdict", "quote"],
            [
                [name, a["uid"], a["kind"], f"{a['start']}-{a['end']}", a["verdict"], a["quote"]]
                for name, items in d.by_annotator.items()
                for a in items
            ],
        )
        print()
    print(f"{len(found)} disagreement(s)")
    return 0
