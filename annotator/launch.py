"""The ``annotator`` program: the command line, plus the two things that need the GUI.

The command line (:mod:`annotator.cli`) and the GUI (:mod:`annotator.ui`) sit side by
side and never import each other; this module joins them. With no command it opens
the window, and ``screenshot`` renders it into a PNG. PySide6 is imported only when
one of those runs, so the other commands start without loading Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from annotator import cli
from annotator.cli.command import add_command
from annotator.workspace import Workspace


def open_app(db: str | None) -> int:
    from annotator.ui.app import run_app  # Qt loads here, only when the window opens

    return run_app(db)


def add_screenshot_command(subparsers) -> None:
    p = add_command(subparsers, "screenshot", "Render the main window offscreen into a PNG file.")
    p.add_argument("--article", type=int, metavar="ID", help="article to show (default: the first)")
    p.add_argument(
        "--view",
        choices=("reader", "flags", "timeline", "kb"),
        default="reader",
        help="view to show (flags and timeline fall back to the reader until built)",
    )
    p.add_argument("--size", default="1400x900", metavar="WxH", help="window size (1400x900)")
    p.add_argument("--theme", choices=("system", "light", "dark"), help="colour scheme")
    p.add_argument("-o", "--output", required=True, metavar="FILE.png", help="PNG to write")
    p.set_defaults(handler=screenshot)


def screenshot(args: argparse.Namespace) -> int:
    from annotator.ui.screenshot import parse_size, render_screenshot  # Qt loads here, as above

    try:
        size = parse_size(args.size)
    except ValueError as exc:
        print(f"annotator screenshot: {exc}", file=sys.stderr)
        return 2
    with Workspace.open(args.db) as ws:
        if args.article is not None and ws.articles.get(args.article) is None:
            print(f"annotator screenshot: no article {args.article} in {ws.path}", file=sys.stderr)
            return 2
        out = render_screenshot(
            ws, Path(args.output), article_id=args.article, view=args.view, size=size, theme=args.theme
        )
    print(out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, open_app=open_app, extra_commands=(add_screenshot_command,))
