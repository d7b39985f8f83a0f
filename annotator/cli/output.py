"""Printing for the command line: one JSON document, or aligned text."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any


def print_json(document: Any) -> None:
    """The whole document or nothing: it is encoded before the first byte is written,
    and escaped to ASCII when the terminal's encoding cannot carry some character."""
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(document, ensure_ascii=True, indent=2, sort_keys=False)
    sys.stdout.write(text + "\n")


def tolerant_streams() -> None:
    """Text that a stream cannot encode is escaped, never a crash after the work is done."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "") == "strict":
            reconfigure(errors="backslashreplace")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, value in enumerate(row):
            widths[i] = min(max(widths[i], len(value)), 60)

    def fmt(row: Sequence[str]) -> str:
        parts = []
        for value, width in zip(row, widths, strict=True):
            value = value if len(value) <= width else value[: width - 1] + "…"
            parts.append(value.ljust(width))
        return "  ".join(parts).rstrip()

    print(fmt(list(headers)))
    for row in cells:
        print(fmt(row))
