"""`timeml IN_DIR OUT_DIR`: tag a directory of TimeML files with TIMEX3 expressions."""

from __future__ import annotations

import argparse
import sys

from annotator.cli.command import add_command


def add_parser(subparsers) -> None:
    """Register the `timeml` command on the application's argparse subparsers."""
    parser = add_command(
        subparsers,
        "timeml",
        "Tag every *.tml file under IN_DIR afresh with TIMEX3 tags (existing TIMEX3 inside "
        "TEXT are replaced, other markup kept) and write same-named files under OUT_DIR.",
    )
    parser.add_argument("in_dir", metavar="IN_DIR", help="directory of TimeML files to read")
    parser.add_argument("out_dir", metavar="OUT_DIR", help="directory to write tagged files to")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Tag the directory; exit status 0 when every file was tagged, 1 otherwise."""
    from annotator.temporal.timeml import tag_timeml_dir

    report = tag_timeml_dir(args.in_dir, args.out_dir)
    if getattr(args, "json", False):
        print(report.to_json())
    else:
        print(f"tagged {report.files} files, {report.timexes} timexes")
        for path, error in report.failed.items():
            print(f"failed: {path}: {error}", file=sys.stderr)
    return 0 if not report.failed else 1
