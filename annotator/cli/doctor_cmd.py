"""``doctor``: check a database, list its backups, and restore one.

It never opens the database through the workspace (which would migrate or
refuse it): a damaged file must still be examined and replaced from here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.cli.command import add_command
from annotator.cli.output import print_json, print_table
from annotator.paths import default_db_path
from annotator.store import StoreError
from annotator.store.backup import Health, check_database, list_backups, restore_backup


def add_parser(subparsers) -> None:
    p = add_command(
        subparsers,
        "doctor",
        "Check the database (integrity, foreign keys, schema version), list backups, restore one.",
    )
    p.add_argument(
        "--restore",
        metavar="BACKUP",
        help="replace the database with a backup ('latest', a file name from the list, or a "
        "path); the current file is renamed aside, not deleted",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(handler=run)


def _health_lines(health: Health) -> list[str]:
    if not health.exists:
        return [f"database: {health.path}: no such file"]
    lines = [f"database: {health.path}"]
    if health.error:
        lines.append(f"  problem: {health.error}")
    if health.integrity:
        state = "ok" if health.integrity == ["ok"] else "DAMAGED"
        lines.append(f"  integrity: {state}")
        lines += [f"    {message}" for message in health.integrity if message != "ok"][:10]
    if health.foreign_key_problems:
        lines.append(f"  foreign keys: {len(health.foreign_key_problems)} broken reference(s)")
        lines += [f"    {problem}" for problem in health.foreign_key_problems[:10]]
    elif health.integrity:
        lines.append("  foreign keys: ok")
    if health.schema_version is not None:
        version, supported = health.schema_version, health.supported_version
        note = "current"
        if version > supported:
            note = f"NEWER than this version reads ({supported}): update annotator"
        elif version < supported:
            note = f"older; migrated to {supported} (after a backup) when opened"
        lines.append(f"  schema: {version} ({note})")
    lines.append(f"  verdict: {'healthy' if health.ok else 'needs attention'}")
    return lines


def run(args: argparse.Namespace) -> int:
    db_path = Path(args.db) if args.db else default_db_path()
    document: dict = {}
    if args.restore:
        try:
            restored = restore_backup(db_path, args.restore)
        except StoreError as exc:
            print(f"annotator doctor: {exc}", file=sys.stderr)
            return 2
        document["restored"] = {
            "backup": str(restored.backup),
            "set_aside": [str(p) for p in restored.set_aside],
        }
        if not args.json:
            print(f"restored {db_path} from {restored.backup}")
            for aside in restored.set_aside:
                print(f"  the previous file is kept as {aside}")
    health = check_database(db_path)
    backups = list_backups(db_path)
    document.update(health.as_dict())
    document["backups"] = [
        {"path": str(b.path), "taken": b.taken.isoformat(), "bytes": b.size} for b in backups
    ]
    if args.json:
        print_json(document)
    else:
        print("\n".join(_health_lines(health)))
        if backups:
            print(f"\n{len(backups)} backup(s), newest first:")
            rows = [(b.path.name, b.taken.isoformat(sep=" "), f"{b.size / 1024:.0f} KB") for b in backups]
            print_table(["file", "taken", "size"], rows)
        else:
            print("\nno backups yet (one is made each day the database is opened)")
        if not health.ok and health.exists and backups:
            print("\nto go back to the latest backup: annotator doctor --restore latest")
    return 0 if health.ok else 1
