"""Timestamps as stored: UTC, ISO 8601, millisecond precision."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def now_after(previous: str | None) -> str:
    """Now, or a millisecond after ``previous`` if the clock has not moved past it.

    Modification times double as version stamps for detecting concurrent edits,
    so each edit must leave a different one.
    """
    stamp = now_iso()
    if previous is None or stamp > previous:
        return stamp
    moved = datetime.fromisoformat(previous.replace("Z", "+00:00")) + timedelta(milliseconds=1)
    return moved.isoformat(timespec="milliseconds").replace("+00:00", "Z")
