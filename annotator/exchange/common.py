"""What every exporter and importer shares: progress and cancel, safe file writing.

Files are written beside their destination and moved into place only when
complete, so a cancelled or failed export never leaves half a file behind.
"""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from annotator.core.vocabulary import vocabulary

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: How often (in rows) progress is reported and cancel is asked.
TICK = 2000


class ExchangeError(ValueError):
    """A file that cannot be read or written as asked; the message names file and reason."""


class ExchangeCancelled(Exception):
    """The person cancelled; nothing was written or changed."""


class Ticker:
    """Reports progress and checks for cancel every :data:`TICK` rows."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled

    def step(self, n: int = 1) -> None:
        before = self.done
        self.done += n
        if self.done // TICK != before // TICK:
            self.check()

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExchangeCancelled("cancelled")
        if self.progress is not None:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total)


@contextlib.contextmanager
def atomic_write(
    path: str | Path, *, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[IO[str]]:
    """Open a temporary file beside ``path``; it replaces ``path`` only on success."""
    path = Path(path)
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@functools.lru_cache(maxsize=8)
def labels(group: str) -> dict[str, str]:
    """Vocabulary key -> label for ``group``, as a dict (looked up per exported row)."""
    return {term.key: term.label for term in getattr(vocabulary(), group)}


def article_ref(article: dict) -> str:
    """The address of an article in exported files: its URL when known, else its IRI."""
    return article.get("url") or article["iri"]
