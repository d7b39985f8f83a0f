"""``make regex-table``: the patterns to store compiled (annotator.regex_store).

They are those re is asked to compile from the moment the checks are imported until the
sample corpus has been checked, with ``engine.prepare`` run first so that what is otherwise
compiled on first use (every tagger rule, the knowledge base's mention matchers) is among
them: what every start of the app or the command line compiles before its first article.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

from annotator.paths import seeds_dir
from annotator.regex_store import dump_entries


def recorded_patterns() -> list[tuple[str | bytes, int]]:
    """(pattern, flags) of every compile asked of re while the checks are imported, prepared
    and run over the sample corpus, in order of first use. Only a fresh interpreter, which
    has imported none of the checks yet, records their module-level patterns."""
    seen: dict[tuple[str | bytes, int], None] = {}
    compile_ = re._compile  # type: ignore[attr-defined]  # where every re function compiles

    def recording(pattern, flags):
        if isinstance(pattern, str | bytes):
            seen.setdefault((pattern, int(flags)), None)
        return compile_(pattern, flags)

    re._compile = recording  # type: ignore[attr-defined]
    try:
        corpus = importlib.import_module("annotator.checks.corpus")
        engine = importlib.import_module("annotator.checks.engine")
        kb = importlib.import_module("annotator.checks.kb.model").default_kb()
        engine.prepare(kb)
        corpus.check_corpus([corpus.ArticleToCheck(*article) for article in _sample_articles()], kb)
    finally:
        re._compile = compile_  # type: ignore[attr-defined]
    return list(seen)


def _sample_articles() -> list[tuple[int, str, str | None]]:
    folder = seeds_dir()
    dates = json.loads((folder / "annotator-manifest.json").read_text(encoding="utf-8")).get("files", {})
    return [
        (i, path.read_text(encoding="utf-8"), (dates.get(path.name) or {}).get("published"))
        for i, path in enumerate(sorted(folder.glob("*.txt")))
    ]


def write_table(path: str) -> None:
    """Record the patterns and store them compiled at `path` (run in a fresh interpreter)."""
    dump_entries(recorded_patterns(), Path(path))
