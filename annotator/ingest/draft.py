"""What a reader makes of a file before it is stored, and the errors it reports."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from annotator.core.pubdate import PubDate


class IngestError(Exception):
    """A file (or a record in it) that cannot be imported; the message says why."""


@dataclass(slots=True)
class ArticleDraft:
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: PubDate | None = None
    meta: dict = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def normalise_text(text: str) -> str:
    """One newline convention and no byte-order mark, so offsets mean the same everywhere."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def first_line_title(text: str, limit: int = 300) -> str | None:
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line[:limit]
    return None
