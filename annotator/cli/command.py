"""How a command registers itself: the shared ``--db`` option, declared once."""

from __future__ import annotations

import argparse


def _db_path(value: str) -> str:
    """A database file name; an empty one is a mistake, not a wish for the default."""
    if not value.strip():
        raise argparse.ArgumentTypeError(
            "the database path is empty: give a file name, or leave --db out for the default database"
        )
    return value


def common_options(default: object = None) -> argparse.ArgumentParser:
    """The options every command takes (``--db``), as a parent parser."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        type=_db_path,
        default=default,
        help="database file (default: $ANNOTATOR_DB, or annotator.db in the user data folder)",
    )
    return common


def add_command(subparsers, name: str, help_text: str, **kwargs) -> argparse.ArgumentParser:
    """Register a command that takes the shared options (``--db``)."""
    return subparsers.add_parser(
        name, help=help_text, description=help_text, parents=[subparsers.common], **kwargs
    )
