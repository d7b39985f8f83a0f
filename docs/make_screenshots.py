"""Make the README's screenshots with the app itself (``make screenshots``).

Builds a temporary database with the sample corpus, tags a claim with its
speaker, date and verdict the way a fact-checker would (through the core API),
runs the checks, and renders each view with ``annotator screenshot``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from annotator.checks.runner import run_checks
from annotator.workspace import Workspace

HERE = Path(__file__).resolve().parent
ACTOR = "Maria (desk editor)"


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def prepare(db_path: Path) -> int:
    """The sample corpus with a few annotations; returns the article to show."""
    with Workspace.open(db_path) as ws:
        article = ws.articles.find("seeds/001_1d04963006b6ea85.txt")
        text = article["text"]
        claim_text = "no one promised Ukraine that NATO membership would be part of the peace agreement"
        claim = ws.annotations.create(
            article["id"],
            "claim",
            *_span(text, claim_text),
            annotator=ACTOR,
            status="in_review",
            verdict="mostly_true",
            note="Matches the Bucharest 2008 declaration: membership was promised without a date.",
        )
        speaker = ws.annotations.create(
            article["id"],
            "speaker",
            *_span(text, "Rutte emphasized"),
            annotator=ACTOR,
            attrs={"name": "Mark Rutte", "title_as_written": "NATO secretary general"},
        )
        speaker = ws.annotations.update(speaker["id"], {"end": speaker["start"] + len("Rutte")}, actor=ACTOR)
        ws.annotations.link(claim["id"], speaker["id"], "speaker", actor=ACTOR)
        for suggestion in ws.suggestions.for_article(article["id"]):
            if suggestion["text"] == "Tuesday":
                date = ws.suggestions.accept(suggestion["id"], annotator=ACTOR)
                ws.annotations.link(claim["id"], date["id"], "date", actor=ACTOR)
        ws.annotations.create(
            article["id"],
            "event",
            *_span(text, "surprise visit to Ukraine"),
            annotator=ACTOR,
        )
        run_checks(ws)
        return article["id"]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        article_id = prepare(db)
        for view in ("reader", "flags", "timeline", "kb"):
            out = HERE / "screenshots" / f"{view}.png"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "annotator",
                    "screenshot",
                    "--db",
                    str(db),
                    "--article",
                    str(article_id),
                    "--view",
                    view,
                    "-o",
                    str(out),
                ],
                check=True,
                env={"ANNOTATOR_USER": ACTOR, **__import__("os").environ},
            )

    return 0


if __name__ == "__main__":
    sys.exit(main())
