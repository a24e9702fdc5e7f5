"""Ingest at the boundary users see: the CLI, bad files, unchanged and changed files, an intact index."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.ingest import ingest
from assistant.settings import Settings
from assistant.store import Store
from tests.conftest import FIXTURES, ROOT, SEED

BAD = FIXTURES / "bad"
REASONS = {
    "corrupt.pdf": "corrupt PDF",
    "encrypted.pdf": "encrypted PDF",
    "scanned.pdf": "no text layer",
    "empty.pdf": "empty file",
    "not-a-pdf.pdf": "not a PDF",
}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


def _files(store_path: Path) -> set[str]:
    store = Store(store_path)
    try:
        return {d.file for d in store.documents()}
    finally:
        store.close()


def test_bad_files_are_reported_and_the_rest_ingested(tmp_path: Path) -> None:
    index = tmp_path / "index"
    inputs = [str(BAD / name) for name in REASONS] + [str(BAD / "small-real.pdf"), str(SEED)]
    result = _run("ingest", *inputs, "--index", str(index))
    assert result.returncode == 1  # something was skipped
    assert "Traceback" not in result.stderr + result.stdout
    for name, reason in REASONS.items():
        lines = [line for line in result.stdout.splitlines() if f"skipped {name}: " in line]
        assert len(lines) == 1 and reason in lines[0], result.stdout
    assert _files(index / "facts.sqlite") == {"small-real.pdf", SEED.name}


def test_size_and_page_limits(tmp_path: Path) -> None:
    settings = Settings(index_dir=tmp_path / "i", max_file_mb=0.01, max_pages=2, workers=1)
    report = ingest([BAD / "small-real.pdf", SEED], settings, say=lambda _: None, index_retrieval=False)
    reasons = dict(report.skipped)
    assert "file too large" in reasons[SEED.name]
    assert "file too large" in reasons["small-real.pdf"]
    report = ingest(
        [BAD / "small-real.pdf"],
        Settings(index_dir=tmp_path / "j", max_pages=2, workers=1),
        say=print,
        index_retrieval=False,
    )
    assert "too many pages (4 > limit 2)" in dict(report.skipped)["small-real.pdf"]


def test_unchanged_skipped_and_changed_replaced(tmp_path: Path) -> None:
    settings = Settings(index_dir=tmp_path / "index", workers=1)
    doc = tmp_path / "seed.txt"
    shutil.copy(SEED, doc)
    assert ingest([doc], settings, say=lambda _: None, index_retrieval=False).added == ["seed.txt"]
    assert ingest([doc], settings, say=lambda _: None, index_retrieval=False).unchanged == ["seed.txt"]

    doc.write_text(SEED.read_text(encoding="utf-8").replace("1136.42\t1119.15\t17.27", "1136.42\t1119.15\t99.99"))
    report = ingest([doc], settings, say=lambda _: None, index_retrieval=False)
    assert report.replaced == ["seed.txt"]
    store = Store(settings.store_path)
    try:
        (only,) = store.documents()
        (total,) = [
            f.value
            for f in store.load(only.id).facts
            if f.table_type == "一般公共预算基本支出表" and f.row_name == "合计" and f.column.endswith("公用经费")
        ]
    finally:
        store.close()
    assert total == 99.99


def test_failed_write_leaves_index_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(index_dir=tmp_path / "index", workers=1)
    ingest([SEED], settings, say=lambda _: None, index_retrieval=False)
    before = settings.store_path.read_bytes()

    def boom(self: Store, parsed: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(Store, "add", boom)
    with pytest.raises(OSError):
        ingest([BAD / "small-real.pdf"], settings, say=lambda _: None, index_retrieval=False)
    assert settings.store_path.read_bytes() == before
    assert [p.name for p in settings.index_dir.iterdir()] == ["facts.sqlite"]  # no temporary file left


def test_stats_reports_tables_and_types(tmp_path: Path) -> None:
    index = tmp_path / "index"
    assert _run("ingest", str(SEED), str(BAD / "small-real.pdf"), "--index", str(index)).returncode == 0
    result = _run("stats", "--index", str(index), "--json")
    assert result.returncode == 0
    rows = {r["file"]: r for r in map(json.loads, result.stdout.splitlines())}
    seed = rows[SEED.name]
    assert seed["tables"] == 13 and seed["missing_standard"] == [] and seed["unrecognised"] == []
    small = rows["small-real.pdf"]
    assert set(small["types"]) == {"收入总表", "收支总表", "支出总表", "财政拨款收支总表"}
    assert small["organisation"] == "杭州市气象局"


def test_a_document_that_does_not_say_whose_it_is_is_listed_by_file_name(tmp_path: Path) -> None:
    """Identity never silently wrong: no organisation is guessed from a heading, and ingest and
    stats say so plainly."""
    anonymous = tmp_path / "anonymous-budget.txt"
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if "喀什" not in line]
    anonymous.write_text("\n".join(lines), encoding="utf-8")
    index = tmp_path / "index"
    said: list[str] = []
    ingest([anonymous], Settings(index_dir=index, workers=1), say=said.append, index_retrieval=False)
    assert any("未能从文件中读出单位名称" in line for line in said), said
    store = Store(index / "facts.sqlite")
    try:
        (doc,) = store.documents()
    finally:
        store.close()
    assert doc.organisation == "" and doc.display_name == "未识别单位（anonymous-budget.txt）"
    assert "未识别单位名称" in _run("stats", "--index", str(index)).stdout


def test_store_round_trip(tmp_path: Path) -> None:
    from assistant.parse import parse_file

    settings = Settings(index_dir=tmp_path / "index", workers=1)
    ingest([BAD / "small-real.pdf"], settings, say=lambda _: None, index_retrieval=False)
    want = parse_file(BAD / "small-real.pdf")
    store = Store(settings.store_path)
    try:
        got = store.load(want.document.id)
    finally:
        store.close()
    assert got == want
