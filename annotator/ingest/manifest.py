"""Per-folder metadata: ``annotator-manifest.json`` beside the article files.

Format::

    {"files": {"name.txt": {"title": "...", "outlet": "...", "author": "...",
                            "url": "...", "published": "2025-06-10",
                            "published_earliest": "2025-06-09",
                            "published_latest": "2025-06-24",
                            "published_provenance": "manifest",
                            "published_note": "why this date"}}}

Keys are paths relative to the manifest's folder. Values given here win over
what the reader found in the file itself.
"""

from __future__ import annotations

import json
from pathlib import Path

from annotator.core.pubdate import PubDateError, parse_pubdate
from annotator.ingest.draft import ArticleDraft, IngestError

MANIFEST_NAME = "annotator-manifest.json"
TEXT_FIELDS = ("title", "outlet", "author", "url")


def load_manifest(folder: Path) -> dict[str, dict]:
    """The entries of the folder's manifest (empty when there is none)."""
    path = folder / MANIFEST_NAME
    try:
        if not path.is_file():
            return {}
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IngestError(f"the manifest cannot be read ({exc})") from exc
    files = doc.get("files") if isinstance(doc, dict) else None
    if not isinstance(files, dict) or not all(isinstance(v, dict) for v in files.values()):
        raise IngestError('the manifest needs {"files": {"name": {...}}}')
    return files


def apply_manifest(draft: ArticleDraft, entry: dict) -> None:
    """Overlay a manifest entry on a draft."""
    for key in TEXT_FIELDS:
        if entry.get(key):
            setattr(draft, key, str(entry[key]))
    if entry.get("published"):
        try:
            draft.published = parse_pubdate(
                str(entry["published"]),
                entry.get("published_provenance", "manifest"),
                earliest=entry.get("published_earliest"),
                latest=entry.get("published_latest"),
                note=entry.get("published_note"),
            )
        except PubDateError as exc:
            raise IngestError(f"manifest entry: {exc}") from exc
