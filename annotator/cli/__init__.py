"""The command line: ``annotator [--db PATH] COMMAND ...``.

With no command, the program opens the app: the launcher (:mod:`annotator.launch`)
hands in how, since the command line and the GUI sit side by side and never import
each other.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence

from annotator import __version__
from annotator.cli import articles_cmd, check_cmd, doctor_cmd, exchange_cmd, timeml_cmd
from annotator.cli.command import common_options
from annotator.cli.output import tolerant_streams
from annotator.store import StoreError
from annotator.store.errors import explain

#: Each module registers its commands with ``add_parser(subparsers)``.
COMMAND_MODULES = (articles_cmd, exchange_cmd, timeml_cmd, check_cmd, doctor_cmd)

#: Registers more commands on the subparsers (the launcher's GUI commands).
AddCommands = Callable[[argparse._SubParsersAction], None]
#: Opens the app on a database path (None: the user's) and returns the exit status.
OpenApp = Callable[[str | None], int]


def build_parser(extra_commands: Sequence[AddCommands] = ()) -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Annotate news articles for fact-checking. With no command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    # A command's own --db must not reset one given before the command name.
    subparsers.common = common_options(default=argparse.SUPPRESS)  # type: ignore[attr-defined]
    for module in COMMAND_MODULES:
        module.add_parser(subparsers)
    for add in extra_commands:
        add(subparsers)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    open_app: OpenApp | None = None,
    extra_commands: Sequence[AddCommands] = (),
) -> int:
    tolerant_streams()
    parser = build_parser(extra_commands)
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        if open_app is None:
            parser.error("a command is needed here (the app opens from the `annotator` program)")
        return open_app(args.db)
    try:
        return int(args.handler(args) or 0)
    except StoreError as exc:
        print(f"annotator: {exc}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:
        print(f"annotator: {explain(exc, args.db or 'the database')}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
