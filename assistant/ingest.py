"""Ingest: files -> parsed documents -> the store, without ever leaving the index half-written.

Unchanged files (same sha256, same parser version) are skipped; a changed file replaces the
document of the same file name. Bad files are reported with a reason and skipped; the rest go in.
The new store is written beside the live one and swapped in with an atomic rename.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .model import ParsedDocument
from .parse import PARSER_VERSION, TEXT_SUFFIXES, file_sha256, parse_file
from .readers import BadInput
from .settings import Settings
from .store import Store, StoreError

INGESTIBLE = {".pdf", *TEXT_SUFFIXES}


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced)


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files to ingest: the given files, and the PDFs and text exports inside given folders."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in INGESTIBLE))
        else:
            out.append(path)
    return out


def _parse_job(path: Path, sha: str, max_pages: int) -> ParsedDocument | str:
    """Runs in a worker process: the parsed document, or the reason it was skipped."""
    try:
        return parse_file(path, max_pages=max_pages, sha256=sha)
    except BadInput as exc:
        return str(exc)
    except Exception as exc:  # a parser bug must not stop the other files
        return f"could not be parsed ({type(exc).__name__}: {exc})"


def _check(path: Path, settings: Settings) -> str | None:
    """Reason a file is refused before parsing, or None."""
    if not path.exists():
        return "no such file"
    if path.suffix.lower() not in INGESTIBLE:
        return f"unsupported file type {path.suffix or '(none)'}: expected .pdf or a .txt text export"
    size_mb = path.stat().st_size / 2**20
    if size_mb > settings.max_file_mb:
        return f"file too large ({size_mb:.1f} MB > limit {settings.max_file_mb:g} MB)"
    return None


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def ingest(
    paths: Iterable[Path], settings: Settings, say: Callable[[str], None] = _say, index_retrieval: bool = True
) -> IngestReport:
    """Parse new and changed files into the store under settings.index_dir, then bring the
    retrieval index up to date (unless index_retrieval is False: parsing only)."""
    files = collect_files(paths)
    report = IngestReport()
    known = _known_documents(settings, say)
    jobs: list[tuple[Path, str]] = []
    for path in files:
        reason = _check(path, settings)
        if reason:
            report.skipped.append((path.name, reason))
            say(f"skipped {path}: {reason}")
            continue
        sha = file_sha256(path)
        if known.get(sha) == PARSER_VERSION:
            report.unchanged.append(path.name)
            continue
        jobs.append((path, sha))
    if report.unchanged:
        say(f"{len(report.unchanged)} file(s) unchanged, skipped")
    parsed = _parse_all(jobs, settings, report, say)
    if parsed:
        _write(parsed, settings, report)
    if index_retrieval:
        update_retrieval(settings, say)
    return report


def update_retrieval(settings: Settings, say: Callable[[str], None] = _say) -> None:
    """Rebuild the retrieval index when the store or the configured model changed since it was built."""
    from .embeddings import load_embedder
    from .retrieval import build, fingerprint_of, needs_build

    if not settings.store_path.exists():
        return
    embedder = load_embedder(settings.embedding_model)
    store = Store(settings.store_path)
    try:
        fingerprint = fingerprint_of(store.documents())  # documents only: no facts loaded
    finally:
        store.close()
    reason = needs_build(settings, embedder.model_id, fingerprint)
    if reason is None:
        return
    say(f"building the retrieval index: {reason}")
    manifest = build(settings, embedder, say)
    say(f"retrieval index: {manifest['passages']} passages, {manifest['facts']} facts ({manifest['seconds']}s)")


def remove(targets: Iterable[str], settings: Settings, say: Callable[[str], None] = _say) -> list[str]:
    """Remove documents (by id or file name) from the store; the retrieval index follows without
    re-embedding the rest. Returns the files removed."""
    if not settings.store_path.exists():
        return []
    wanted = set(targets)
    live = Store(settings.store_path)
    try:
        doomed = [d for d in live.documents() if d.id in wanted or d.file in wanted]
    finally:
        live.close()
    if not doomed:
        return []
    with _store_aside(settings) as (store, _fresh):
        for doc in doomed:
            store.delete(doc.id)
    update_retrieval(settings, say)
    return [d.file for d in doomed]


def _known_documents(settings: Settings, say: Callable[[str], None]) -> dict[str, str]:
    """sha256 -> parser version of the documents already in the store."""
    if not settings.store_path.exists():
        return {}
    try:
        store = Store(settings.store_path)
    except StoreError as exc:
        say(f"existing store not usable, rebuilding it: {exc}")
        return {}
    try:
        return {d.sha256: d.parser_version for d in store.documents()}
    finally:
        store.close()


def _parse_all(
    jobs: list[tuple[Path, str]], settings: Settings, report: IngestReport, say: Callable[[str], None]
) -> list[ParsedDocument]:
    parsed: list[ParsedDocument] = []
    if not jobs:
        return parsed
    workers = min(len(jobs), settings.workers or os.cpu_count() or 1)
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_parse_job, path, sha, settings.max_pages) for path, sha in jobs]
        for i, ((path, _), future) in enumerate(zip(jobs, futures), start=1):
            result = future.result()
            prefix = f"[{i}/{len(jobs)}] {path.name}"
            if isinstance(result, str):
                report.skipped.append((path.name, result))
                say(f"{prefix}: skipped: {result}")
                continue
            parsed.append(result)
            d = result.document
            say(
                f"{prefix}: {d.pages} pages, {len(result.tables)} tables, {len(result.facts)} facts,"
                f" {len(result.passages)} passages ({time.perf_counter() - started:.1f}s)"
            )
            if not d.organisation:
                say(f"{prefix}: 未能从文件中读出单位名称，按文件名收录；请核对该文件的封面或表头")
    return parsed


def _write(parsed: list[ParsedDocument], settings: Settings, report: IngestReport) -> None:
    with _store_aside(settings) as (store, fresh):
        for doc in parsed:
            old = store.find_by_file(doc.document.file)
            if old is not None and old.id != doc.document.id:
                store.delete(old.id)
            store.add(doc)
            (report.replaced if old is not None and not fresh else report.added).append(doc.document.file)


@contextmanager
def _store_aside(settings: Settings) -> Iterator[tuple[Store, bool]]:
    """A copy of the live store (or a fresh one, when there is none or it is unusable) to change in
    one transaction; swapped in atomically when the block succeeds, discarded when it fails."""
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".facts-", suffix=".sqlite.tmp", dir=settings.index_dir)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        fresh = True
        if settings.store_path.exists():
            shutil.copyfile(settings.store_path, tmp)
            fresh = False
        try:
            store = Store(tmp)
        except StoreError:
            tmp.unlink()
            store, fresh = Store(tmp), True
        try:
            with store.transaction():
                yield store, fresh
        finally:
            store.close()
        os.replace(tmp, settings.store_path)
    finally:
        tmp.unlink(missing_ok=True)
