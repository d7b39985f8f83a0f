"""Export 100,000 annotations in every format and import them back, timed.

The database is filled with direct bulk inserts (1,000 articles, 100 annotations
each, a third of the claims linked to a speaker and a date) so that only the
exchange code is measured. Targets: export < 10 s per format, import < 20 s.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import time
import uuid
from pathlib import Path

from annotator.exchange import export_annotations, import_annotations
from annotator.workspace import Workspace

ARTICLES = 1000
PER_ARTICLE = 100
KINDS = ("claim", "speaker", "date", "event")
VERDICTS = ("true", "false", "misleading", "half_true", None)


def _article(number: int) -> dict:
    words = [f"word{(number * 7 + i) % 997}" for i in range(800)]
    text = f"Story {number}. " + " ".join(words)
    digest = hashlib.sha256(text.encode()).hexdigest()
    return {
        "id": number,
        "iri": f"https://news.example/{number}",
        "url": f"https://news.example/{number}",
        "title": f"Story {number}",
        "source": f"bench/{number}.txt",
        "published": "2025-06-10",
        "published_precision": "day",
        "published_earliest": "2025-06-10",
        "published_latest": "2025-06-10",
        "text": text,
        "content_hash": digest,
        "meta": "{}",
    }


def fill(ws: Workspace, *, annotations: bool = True) -> None:
    articles = [_article(n) for n in range(1, ARTICLES + 1)]
    ws.db["articles"].insert_all(articles, batch_size=200)
    if not annotations:
        return
    rows, links = [], []
    next_id = 1
    for article in articles:
        for i in range(PER_ARTICLE):
            kind = KINDS[i % 4]
            start = i * 40
            rows.append(
                {
                    "id": next_id,
                    "uid": str(uuid.uuid4()),
                    "article_id": article["id"],
                    "kind": kind,
                    "start": start,
                    "end": start + 20,
                    "quote": article["text"][start : start + 20],
                    "status": "in_review" if kind == "claim" else None,
                    "verdict": VERDICTS[i % 5] if kind == "claim" else None,
                    "date_value": "2025-06-09" if kind == "date" else None,
                    "date_type": "DATE" if kind == "date" else None,
                    "note": "checked against the record" if i % 3 == 0 else None,
                    "evidence": json.dumps(["https://evidence.example/1"]),
                    "attrs": "{}",
                    "annotator": "alice" if i % 2 else "bob",
                    "origin": "manual",
                    "created": "2025-06-10T10:00:00.000Z",
                    "modified": "2025-06-10T10:00:00.000Z",
                }
            )
            if kind == "claim" and i % 12 == 0:
                links.append({"source_id": next_id, "target_id": next_id + 1, "role": "speaker"})
                links.append({"source_id": next_id, "target_id": next_id + 2, "role": "date"})
            next_id += 1
    ws.db["annotations"].insert_all(rows, batch_size=5000)
    ws.db["links"].insert_all(links, batch_size=5000)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        ws = Workspace.open(root / "bench.db", seed=False)
        started = time.perf_counter()
        fill(ws)
        print(f"setup: {ws.db['annotations'].count} annotations in {time.perf_counter() - started:.1f} s")
        for fmt, name in (
            ("jsonl", "set.jsonl"),
            ("csv", "set.csv"),
            ("w3c", "set.jsonld"),
            ("claimreview", "cr.json"),
            ("timeml", "tml"),
        ):
            started = time.perf_counter()
            report = export_annotations(ws, fmt, root / name)
            elapsed = time.perf_counter() - started
            verdict = "ok" if elapsed < 10 else "SLOW (target < 10 s)"
            print(f"export {fmt:<11} {report.count:>7} in {elapsed:5.2f} s  {verdict}")
        ws.close()
        for source in ("set.jsonl", "set.jsonld"):
            fresh = Workspace.open(root / f"fresh-{source}.db", seed=False)
            fill(fresh, annotations=False)
            started = time.perf_counter()
            report = import_annotations(fresh, root / source, actor="bench")
            elapsed = time.perf_counter() - started
            verdict = "ok" if elapsed < 20 else "SLOW (target < 20 s)"
            print(
                f"import {source:<11} {report.imported:>7} in {elapsed:5.2f} s  {verdict}"
                f"  ({report.links} links)"
            )
            fresh.close()


if __name__ == "__main__":
    main()
