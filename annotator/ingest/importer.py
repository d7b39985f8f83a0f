"""Import files and folders: each file on its own, all of it stored or none.

A bad file is reported by name with the reason and leaves no rows behind; the
rest of the batch goes on. Texts already in the store (same hash) are skipped
and reported as duplicates.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import sqlite_utils

from annotator.core.articles import article_iri
from annotator.core.clock import now_iso
from annotator.core.pubdate import PubDate, pubdate_columns
from annotator.ingest.draft import ArticleDraft, IngestError
from annotator.ingest.manifest import MANIFEST_NAME, apply_manifest, load_manifest
from annotator.ingest.readers import reader_for
from annotator.store import transaction
from annotator.store.transactions import large_cache

_MB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * _MB
#: Files stored per commit. Each file still has its own savepoint, so a file
#: either lands whole or not at all; a crash loses at most the open batch.
FILES_PER_COMMIT = 200

Progress = Callable[[int, int, str], None]


def shown(text: str) -> str:
    """A path (or a message quoting one) as valid Unicode: a file name that is not
    UTF-8 arrives with lone surrogates, which neither SQLite nor a terminal accepts."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text


@dataclass(slots=True)
class FileResult:
    path: str
    status: str  # imported, duplicate, failed, skipped
    reason: str | None = None
    imported: int = 0
    duplicates: int = 0
    article_ids: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.path = shown(self.path)
        self.reason = None if self.reason is None else shown(self.reason)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def imported(self) -> int:
        return sum(r.imported for r in self.results)

    @property
    def duplicates(self) -> int:
        return sum(r.duplicates for r in self.results)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failed

    def as_dict(self) -> dict:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "failed": len(self.failed),
            "cancelled": self.cancelled,
            "files": [r.as_dict() for r in self.results],
        }


@dataclass(slots=True)
class _Job:
    path: Path
    manifest: dict[str, dict]
    manifest_root: Path | None
    explicit: bool

    def source(self, base: tuple[Path, str] | None) -> str:
        """How the article's source is recorded: the path, or a stable name under ``base``."""
        if base is not None:
            root, prefix = base
            try:
                return shown(f"{prefix}/{self.path.relative_to(root).as_posix()}")
            except ValueError:
                pass
        return shown(str(self.path))


def _walk(paths: Iterable[Path], report: ImportReport) -> Iterator[_Job]:
    for path in paths:
        try:
            path.stat()
        except OSError as exc:
            if not isinstance(exc, FileNotFoundError):  # a missing file is reported later
                report.results.append(FileResult(str(path), "failed", f"cannot read: {exc.strerror or exc}"))
                continue
        if path.is_dir():
            yield from _walk_folder(path, report)
        elif path.is_file() or not path.exists():
            manifest: dict[str, dict] = {}
            if path.exists():
                try:
                    manifest = load_manifest(path.parent)
                except IngestError:
                    manifest = {}
            yield _Job(path, manifest, path.parent, explicit=True)
        else:
            report.results.append(FileResult(str(path), "failed", "not a file or folder"))


def _walk_folder(folder: Path, report: ImportReport) -> Iterator[_Job]:
    """The files under ``folder``; one that cannot be read is reported, the rest go on."""
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        report.results.append(
            FileResult(str(folder), "failed", f"cannot read the folder: {exc.strerror or exc}")
        )
        return
    try:
        manifest = load_manifest(folder)
    except (IngestError, OSError) as exc:
        report.results.append(FileResult(str(folder / MANIFEST_NAME), "failed", str(exc)))
        manifest = {}
    for entry in entries:
        if entry.name.startswith(".") or entry.name == MANIFEST_NAME:
            continue
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError as exc:
            report.results.append(FileResult(str(entry), "failed", f"cannot read: {exc.strerror or exc}"))
            continue
        if is_dir:
            yield from _walk_folder(entry, report)
        elif is_file:
            yield _Job(entry, manifest, folder, explicit=False)


def _read(job: _Job, max_bytes: int, published: PubDate | None, source: str) -> list[ArticleDraft]:
    reader = reader_for(job.path)
    if reader is None:
        raise IngestError(f"unsupported file type {job.path.suffix or '(none)'!r}")
    size = job.path.stat().st_size
    if size > max_bytes:
        raise IngestError(
            f"larger than the import limit ({size / _MB:.1f} MB > {max_bytes / _MB:g} MB); "
            "raise the limit to import it"
        )
    drafts = reader(job.path.read_bytes(), source)
    entry = job.manifest.get(job.path.name) if job.manifest else None
    if entry is None and job.manifest and job.manifest_root:
        entry = job.manifest.get(job.path.relative_to(job.manifest_root).as_posix())
    for draft in drafts:
        if entry:
            apply_manifest(draft, entry)
        if published is not None:
            draft.published = published
    return drafts


def _row(draft: ArticleDraft, stamp: str) -> dict:
    content_hash = draft.content_hash
    return {
        "iri": article_iri(draft.url, content_hash),
        "title": draft.title,
        "outlet": draft.outlet,
        "author": draft.author,
        "url": draft.url,
        "source": draft.source,
        **pubdate_columns(draft.published),
        "status": "unstarted",
        "text": draft.text,
        "content_hash": content_hash,
        "imported_at": stamp,
        "modified": stamp,
        "meta": json.dumps(draft.meta, ensure_ascii=False),
    }


def _insert_sql(row: dict) -> str:
    columns = ", ".join(f"[{name}]" for name in row)
    marks = ", ".join("?" * len(row))
    return f"insert into articles ({columns}) values ({marks})"


def _store(db: sqlite_utils.Database, drafts: list[ArticleDraft], result: FileResult) -> None:
    """Insert one file's new articles inside a savepoint of the running batch."""
    stamp = now_iso()
    seen: set[str] = set()
    with transaction(db):
        for draft in drafts:
            content_hash = draft.content_hash
            exists = db.conn.execute(
                "select 1 from articles where content_hash = ?", [content_hash]
            ).fetchone()
            if exists or content_hash in seen:
                result.duplicates += 1
                continue
            seen.add(content_hash)
            row = _row(draft, stamp)
            cursor = db.conn.execute(_insert_sql(row), list(row.values()))
            if cursor.lastrowid is None:
                raise IngestError(f"{draft.source}: the database returned no id for the new article")
            result.article_ids.append(cursor.lastrowid)
            result.imported += 1


def import_paths(
    db: sqlite_utils.Database,
    paths: Iterable[str | Path],
    *,
    published: PubDate | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    source_base: tuple[Path, str] | None = None,
) -> ImportReport:
    """Import every file under ``paths``; one bad file never stops the batch.

    ``source_base`` (folder, name) records sources below that folder as ``name/...``
    rather than as paths of this machine (used for the bundled samples).
    """
    report = ImportReport()
    jobs = list(_walk([Path(p) for p in paths], report))
    with large_cache(db):
        _import_jobs(db, jobs, report, max_bytes, published, progress, cancelled, source_base)
    if progress is not None:
        progress(len(jobs), len(jobs), "")
    return report


def _import_jobs(
    db: sqlite_utils.Database,
    jobs: list[_Job],
    report: ImportReport,
    max_bytes: int,
    published: PubDate | None,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    source_base: tuple[Path, str] | None,
) -> None:
    for first in range(0, len(jobs), FILES_PER_COMMIT):
        with transaction(db):
            for index, job in enumerate(jobs[first : first + FILES_PER_COMMIT], start=first):
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    break
                if progress is not None:
                    progress(index, len(jobs), shown(str(job.path)))
                source = job.source(source_base)
                report.results.append(_import_one(db, job, max_bytes, published, source))
        if report.cancelled:
            break


def _import_one(
    db: sqlite_utils.Database,
    job: _Job,
    max_bytes: int,
    published: PubDate | None,
    source: str,
) -> FileResult:
    result = FileResult(str(job.path), "imported")
    if not job.explicit and reader_for(job.path) is None:
        result.status, result.reason = "skipped", "not an article file type"
        return result
    try:
        if not job.path.exists():
            raise IngestError("no such file or folder")
        drafts = _read(job, max_bytes, published, source)
        _store(db, drafts, result)
    except IngestError as exc:
        return FileResult(str(job.path), "failed", str(exc))
    except OSError as exc:
        return FileResult(str(job.path), "failed", f"cannot read: {exc.strerror or exc}")
    except sqlite3.Error:
        raise  # the database's trouble (full, read-only, damaged), not this file's
    except Exception as exc:  # a reader bug must not end the batch or lose the others
        return FileResult(str(job.path), "failed", f"unexpected error: {type(exc).__name__}: {exc}")
    if result.imported == 0 and result.duplicates:
        result.status, result.reason = "duplicate", "the same text is already in the database"
    return result
