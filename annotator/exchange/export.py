"""One entry point for every export format, for the app's File → Export and the CLI."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import sqlite_utils

from annotator.core.collector import collector_paused
from annotator.exchange.claimreview import write_claimreview
from annotator.exchange.common import Cancelled, ExchangeError, Progress, Ticker
from annotator.exchange.csv_export import write_csv
from annotator.exchange.jsonl import export_jsonl_sql
from annotator.exchange.query import (
    Bundle,
    Selection,
    SelectionError,
    count,
    resolve_articles,
    select,
    where_clause,
)
from annotator.exchange.timeml_export import write_timeml
from annotator.exchange.w3c import write_w3c


@dataclass(frozen=True, slots=True)
class ExportFormat:
    key: str
    label: str
    suffix: str  # for file dialogs; TimeML of several articles goes to a folder


FORMATS = {
    f.key: f
    for f in (
        ExportFormat("jsonl", "Annotations, complete (JSON Lines)", ".jsonl"),
        ExportFormat("csv", "Claims spreadsheet (CSV)", ".csv"),
        ExportFormat("w3c", "W3C Web Annotation (JSON-LD)", ".jsonld"),
        ExportFormat("claimreview", "ClaimReview for search engines (JSON-LD)", ".json"),
        ExportFormat("timeml", "Dates as TimeML (TIMEX3)", ".tml"),
    )
}


@dataclass(slots=True)
class ExportReport:
    format: str
    path: str
    count: int  # lines, rows, annotations, reviews or TIMEX3s written
    files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def _db(target) -> sqlite_utils.Database:
    return getattr(target, "db", target)


def export_annotations(
    target,
    fmt: str,
    path: str | Path,
    selection: Selection | None = None,
    *,
    bom: bool = False,
    label: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportReport:
    """Export the selected annotations of a workspace (or database) to ``path``.

    ``progress(done, total)`` is called every few thousand annotations and
    ``cancelled()`` polled as often; on cancel :class:`ExchangeCancelled` is raised
    and no file is left behind. Raises :class:`ExchangeError` for bad requests.
    """
    with collector_paused():
        return _export(_db(target), fmt, path, selection, bom, label, progress, cancelled)


def _export(
    db: sqlite_utils.Database,
    fmt: str,
    path: str | Path,
    selection: Selection | None,
    bom: bool,
    label: str | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ExportReport:
    if fmt not in FORMATS:
        raise ExchangeError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    selection = selection or Selection()
    if fmt == "timeml" and not selection.kinds:
        selection = Selection(selection.articles, ("date",), selection.states, selection.annotators)
    if fmt == "jsonl":
        return _export_jsonl(db, path, selection, progress, cancelled)
    try:
        bundle = select(db, selection)
        if fmt == "timeml" and selection.articles:
            _add_requested_articles(db, bundle, selection)
    except SelectionError as exc:
        raise ExchangeError(str(exc)) from exc
    ticker = Ticker(len(bundle.annotations), progress, cancelled)
    ticker.check()
    report = ExportReport(fmt, str(path), 0, [str(path)])
    try:
        if fmt == "csv":
            report.count = write_csv(bundle, path, ticker, bom=bom)
        elif fmt == "w3c":
            report.count = write_w3c(bundle, path, ticker, label or f"Annotations from {db_name(db)}")
        elif fmt == "claimreview":
            report.count, report.warnings = write_claimreview(bundle, db, path, ticker)
        else:
            files, report.warnings, report.count = write_timeml(bundle, path, ticker)
            report.files = [str(f) for f in files]
    except OSError as exc:
        raise ExchangeError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    except ValueError as exc:
        raise ExchangeError(f"{path}: {exc}") from exc
    ticker.finish()
    return report


def _export_jsonl(
    db: sqlite_utils.Database,
    path: str | Path,
    selection: Selection,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ExportReport:
    try:
        where, params = where_clause(db, selection)
    except SelectionError as exc:
        raise ExchangeError(str(exc)) from exc
    ticker = Ticker(count(db, selection), progress, cancelled)
    ticker.check()
    try:
        written = export_jsonl_sql(db, where, params, path, ticker)
    except OSError as exc:
        raise ExchangeError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    ticker.finish()
    return ExportReport("jsonl", str(path), written, [str(path)])


def _add_requested_articles(db: sqlite_utils.Database, bundle: Bundle, selection: Selection) -> None:
    """TimeML of a named article is wanted even when it has no date annotations yet."""
    for article_id in resolve_articles(db, selection.articles):
        if article_id not in bundle.articles:
            row = next(db.query("select * from articles where id = ?", [article_id]))
            row["meta"] = json.loads(row.get("meta") or "{}")
            bundle.articles[article_id] = row


def db_name(db: sqlite_utils.Database) -> str:
    row = db.execute("pragma database_list").fetchone()
    return Path(row[2]).name if row and row[2] else "annotator"
