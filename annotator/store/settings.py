"""Settings kept in the database (shared by the app and the command line).

Each setting is declared once here, with its default and what it is for. They
live beside the tables because the store reads one itself (``backup.keep``).
Settings of one person's desktop (font size, theme, window layout) live in
the app's own settings instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    default: Any
    doc: str


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("import.max_mb", 20, "Largest file the importer accepts, in megabytes."),
        Setting("backup.keep", 7, "How many daily backups to keep."),
        Setting("org.name", "", "Organisation named as author of exported ClaimReviews."),
        Setting("org.url", "", "The organisation's web address, for ClaimReview."),
    )
}


def get_setting(db: sqlite_utils.Database, key: str) -> Any:
    setting = SETTINGS[key]
    row = db.execute("select value from meta where key = ?", [f"setting:{key}"]).fetchone()
    return setting.default if row is None else json.loads(row[0])


def set_setting(db: sqlite_utils.Database, key: str, value: Any) -> None:
    if key not in SETTINGS:
        raise KeyError(f"no setting {key!r}; known: {', '.join(sorted(SETTINGS))}")
    db.table("meta").upsert({"key": f"setting:{key}", "value": json.dumps(value)}, pk="key")
