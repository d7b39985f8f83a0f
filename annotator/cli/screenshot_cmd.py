"""``screenshot``: render the main window offscreen into a PNG."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.core.workspace import Workspace


def add_parser(subparsers) -> None:
    from annotator.cli import add_command

    p = add_command(subparsers, "screenshot", "Render the main window offscreen into a PNG file.")
    p.add_argument("--article", type=int, metavar="ID", help="article to show (default: the first)")
    p.add_argument("--view", choices=("reader", "flags", "timeline"), default="reader",
                   help="view to show (flags and timeline fall back to the reader until built)")
    p.add_argument("--size", default="1400x900", metavar="WxH", help="window size (1400x900)")
    p.add_argument("--theme", choices=("system", "light", "dark"), help="colour scheme")
    p.add_argument("-o", "--output", required=True, metavar="FILE.png", help="PNG to write")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from annotator.ui.screenshot import parse_size, render_screenshot

    try:
        size = parse_size(args.size)
    except ValueError as exc:
        print(f"annotator screenshot: {exc}", file=sys.stderr)
        return 2
    with Workspace.open(args.db) as ws:
        if args.article is not None and ws.articles.get(args.article) is None:
            print(f"annotator screenshot: no article {args.article} in {ws.path}", file=sys.stderr)
            return 2
        out = render_screenshot(ws, Path(args.output), article_id=args.article, view=args.view,
                                size=size, theme=args.theme)
    print(out)
    return 0
