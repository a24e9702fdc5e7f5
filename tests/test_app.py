"""The Streamlit app renders the document library of a built index, and says so when there is none."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.ingest import ingest
from assistant.settings import Settings
from tests.conftest import ROOT, SEED


def test_library_lists_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ingest([SEED], Settings(index_dir=tmp_path, workers=1), say=lambda _: None, index_retrieval=False)
    monkeypatch.setenv("DA_INDEX_DIR", str(tmp_path))
    app = AppTest.from_file(str(ROOT / "app.py")).run(timeout=30)
    assert not app.exception
    table = app.dataframe[0].value
    assert list(table["单位"]) == ["新疆维吾尔自治区喀什地区喀什市人民政府办公室"]


def test_missing_index_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DA_INDEX_DIR", str(tmp_path / "none"))
    app = AppTest.from_file(str(ROOT / "app.py")).run(timeout=30)
    assert not app.exception
    assert "ingest" in app.warning[0].value
