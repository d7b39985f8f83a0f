"""The command line: ``annotator [--db PATH] COMMAND ...``; no command opens the app."""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence

from annotator import __version__
from annotator.store import StoreError
from annotator.store.errors import explain

#: Each module registers its command with ``add_parser(subparsers)``.
COMMAND_MODULES = (
    "annotator.cli.articles_cmd",
    "annotator.cli.exchange_cmd",
    "annotator.cli.timeml_cmd",
    "annotator.cli.check_cmd",
    "annotator.cli.doctor_cmd",
    "annotator.cli.screenshot_cmd",
)


def _db_path(value: str) -> str:
    """A database file name; an empty one is a mistake, not a wish for the default."""
    if not value.strip():
        raise argparse.ArgumentTypeError("the database path is empty: give a file name, "
                                         "or leave --db out for the default database")
    return value


def _common(default: object = None) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        type=_db_path,
        default=default,
        help="database file (default: $ANNOTATOR_DB, or annotator.db in the user data folder)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Annotate news articles for fact-checking. With no command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    # A command's own --db must not reset one given before the command name.
    subparsers.common = _common(default=argparse.SUPPRESS)  # type: ignore[attr-defined]
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_parser(subparsers)
    return parser


def add_command(subparsers, name: str, help_text: str, **kwargs) -> argparse.ArgumentParser:
    """Register a command that takes the shared options (``--db``)."""
    return subparsers.add_parser(
        name, help=help_text, description=help_text, parents=[subparsers.common], **kwargs
    )


def main(argv: Sequence[str] | None = None) -> int:
    from annotator.cli.output import tolerant_streams

    tolerant_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        from annotator.ui.app import run_app

        return run_app(args.db)
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


if __name__ == "__main__":
    sys.exit(main())
