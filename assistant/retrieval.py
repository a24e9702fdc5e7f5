"""Hybrid retrieval: dense vectors (FAISS) and BM25 over passages and facts, fused by reciprocal rank.

Persisted under the index directory:

    index/retrieval.json        pointer {"dir": "retrieval-<token>"}, replaced atomically
    index/retrieval-<token>/    manifest.json (format, model id, dimension, tokenizer, corpus
                                fingerprint, counts, FAISS kinds), passages.faiss, facts.faiss,
                                bm25-passages/, bm25-facts/
    index/embeddings.sqlite     vectors by (model id, text hash): adding or removing a document
                                re-embeds nothing else

Facts are found by meaning through their row: one vector per distinct "table type: row path" text
(rows repeat across tables and documents), and by words through BM25 over the full description
(organisation, table, row, column). Exact flat search while small; HNSW past `HNSW_FROM` vectors.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

from .embeddings import Embedder, EmbeddingCache, load_embedder
from .model import Document, ParsedDocument
from .settings import Settings
from .slips import PrintedWords
from .store import Store
from .tokenize import tokens

FORMAT_VERSION = 1
HNSW_FROM = 50_000  # vectors; below this an exact flat index is fast enough
RRF_K = 60
CANDIDATES = 200


class RetrievalIndexError(Exception):
    """The retrieval index is missing, stale, or was built with another model or format."""


@dataclass(frozen=True)
class Entry:
    kind: str  # "passage" | "fact" | "text_fact"
    doc_id: str
    index: int  # position in the document's passages / facts / text_facts


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float  # fused (reciprocal-rank) score
    dense_rank: int | None
    bm25_rank: int | None


@dataclass
class Scope:
    """Filters; None means no filter."""

    doc_ids: set[str] | None = None
    organisation: str | None = None  # substring of the printed organisation
    year: int | None = None
    table_types: set[str] | None = None


def fingerprint_of(documents: Iterable[Document]) -> str:
    """Which documents, parsed by which parser version, an index was built from."""
    keys = sorted(f"{d.id}:{d.parser_version}" for d in documents)
    return hashlib.sha1("\n".join(keys).encode()).hexdigest()[:16]


@dataclass
class Corpus:
    """Every parsed document of the store, in memory (the corpus is small: ~10k facts)."""

    docs: dict[str, ParsedDocument] = field(default_factory=dict)

    @classmethod
    def load(cls, store: Store) -> Corpus:
        return cls({d.id: store.load(d.id) for d in store.documents()})

    @cached_property
    def printed(self) -> PrintedWords:
        """Every word the library prints (text, rows, titles): what a typed question is read against."""
        return PrintedWords(
            text
            for d in self.docs.values()
            for text in (
                *(p.text for p in d.passages),
                *{f.table_title for f in d.facts},
                *{name for f in d.facts for name in (f.row_name, *f.row_path)},  # a project above its item
                *(t.subject for t in d.text_facts),
            )
        )

    def fingerprint(self) -> str:
        return fingerprint_of(d.document for d in self.docs.values())

    def passage_entries(self) -> list[Entry]:
        return [Entry("passage", i, p.index) for i, d in sorted(self.docs.items()) for p in d.passages]

    def fact_entries(self) -> list[Entry]:
        out: list[Entry] = []
        for doc_id, d in sorted(self.docs.items()):
            out.extend(Entry("fact", doc_id, i) for i in range(len(d.facts)))
            out.extend(Entry("text_fact", doc_id, i) for i in range(len(d.text_facts)))
        return out

    # -- texts -------------------------------------------------------------------------------
    def passage_text(self, e: Entry) -> str:
        return self.docs[e.doc_id].passages[e.index].with_context()

    def fact_rows(self, facts: list[Entry]) -> tuple[list[str], np.ndarray]:
        """The distinct row texts the fact vectors embed, and for each fact the index of its row."""
        meanings = [self.fact_meaning(e) for e in facts]
        rows = list(dict.fromkeys(meanings))
        row_of = {m: i for i, m in enumerate(rows)}
        return rows, np.array([row_of[m] for m in meanings], dtype=np.int64)

    def fact_meaning(self, e: Entry) -> str:
        """What a fact's vector embeds: its row, shared by every column and table of that kind."""
        d = self.docs[e.doc_id]
        if e.kind == "text_fact":
            return d.text_facts[e.index].subject
        f = d.facts[e.index]
        return f"{f.table_type}：{' > '.join(f.row_path or (f.row_name,))}"

    def fact_words(self, e: Entry) -> str:
        """What BM25 indexes for a fact: whose, which table, row and column."""
        d = self.docs[e.doc_id]
        head = f"{d.document.organisation} {d.document.year or ''} {d.document.kind}"
        if e.kind == "text_fact":
            t = d.text_facts[e.index]
            return f"{head} {t.subject} {t.section}"
        f = d.facts[e.index]
        return f"{head} {f.table_title} {f.side or ''} {f.row_code or ''} {' '.join(f.row_path)} {f.column}"

    def passage_words(self, e: Entry) -> str:
        d = self.docs[e.doc_id]
        return f"{d.document.organisation} {self.passage_text(e)}"

    def without_organisations(self, query: str) -> str:
        """The query less the longest organisation name (or alias: a tail after a place level, a
        short form) it spells: whose figure it is decides the scope, not the meaning."""
        from .scope import aliases, mentions, without

        found = [a for d in self.docs.values() for a in aliases(d.document.organisation) if a in query]
        best = max((a for a in found if mentions(a, query)), key=len, default="")
        return without(best, query, " ").strip() if best else query

    def scope_mask(self, entries: list[Entry], scope: Scope | None) -> np.ndarray | None:
        """Which entries a scope admits (None: all), computed once per query over arrays."""
        if scope is None:
            return None
        docs = [
            doc_id
            for doc_id, d in self.docs.items()
            if (scope.doc_ids is None or doc_id in scope.doc_ids)
            and (not scope.organisation or scope.organisation in d.document.organisation)
            and (scope.year is None or d.document.year == scope.year)
        ]
        mask = np.isin(np.array([e.doc_id for e in entries]), docs)
        if scope.table_types is not None:
            kinds = [
                e.kind == "fact" and self.docs[e.doc_id].facts[e.index].table_type in scope.table_types for e in entries
            ]
            mask &= np.array(kinds, dtype=bool)
        return mask


# -- FAISS ---------------------------------------------------------------------------------------
def _faiss_index(vectors: np.ndarray):  # type: ignore[no-untyped-def]
    import faiss

    dim = vectors.shape[1] if vectors.size else 1
    index: faiss.Index
    if len(vectors) >= HNSW_FROM:
        hnsw = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = 80
        hnsw.hnsw.efSearch = 128
        index = hnsw
    else:
        index = faiss.IndexFlatIP(dim)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def _faiss_kind(index) -> str:  # type: ignore[no-untyped-def]
    return "hnsw" if "HNSW" in type(index).__name__ else "flat"


# -- BM25 ----------------------------------------------------------------------------------------
class _BM25:
    def __init__(self, retriever) -> None:  # type: ignore[no-untyped-def]
        self.retriever = retriever
        self.vocab = set(retriever.vocab_dict) if retriever is not None else set()

    @classmethod
    def build(cls, docs: Iterable[list[str]]) -> _BM25:
        import bm25s

        corpus = [d or ["<empty>"] for d in docs]
        if not corpus:
            return cls(None)
        retriever = bm25s.BM25()
        retriever.index(corpus, show_progress=False)
        return cls(retriever)

    def scores(self, query: list[str], n: int) -> np.ndarray:
        known = [t for t in query if t in self.vocab]
        if self.retriever is None or not known:
            return np.zeros(n, dtype=np.float32)
        return np.asarray(self.retriever.get_scores(known), dtype=np.float32)

    def save(self, path: Path) -> None:
        if self.retriever is not None:
            self.retriever.save(str(path), show_progress=False)

    @classmethod
    def load(cls, path: Path) -> _BM25:
        import bm25s

        if not path.exists():
            return cls(None)
        return cls(bm25s.BM25.load(str(path), show_progress=False))


# -- building ------------------------------------------------------------------------------------
def _pointer(index_dir: Path) -> Path:
    return index_dir / "retrieval.json"


def build(settings: Settings, embedder: Embedder | None = None, say=lambda _m: None) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """(Re)build the retrieval index from the store; only texts not in the cache are embedded."""
    import faiss

    started = time.perf_counter()
    embedder = embedder or load_embedder(settings.embedding_model)
    store = Store(settings.store_path)
    try:
        corpus = Corpus.load(store)
    finally:
        store.close()
    passages, facts = corpus.passage_entries(), corpus.fact_entries()
    meanings, _ = corpus.fact_rows(facts)
    cache = EmbeddingCache(settings.cache_path)
    try:
        say(
            f"embedding {len(passages)} passages and {len(meanings)} fact rows"
            f" with {embedder.model_id} (cached ones skipped)"
        )
        p_vectors = cache.embed_passages(embedder, [corpus.passage_text(e) for e in passages])
        f_vectors = cache.embed_passages(embedder, meanings)
    finally:
        cache.close()
    target = settings.index_dir / f"retrieval-{uuid.uuid4().hex[:12]}"
    target.mkdir(parents=True)
    try:
        p_index, f_index = _faiss_index(p_vectors), _faiss_index(f_vectors)
        faiss.write_index(p_index, str(target / "passages.faiss"))
        faiss.write_index(f_index, str(target / "facts.faiss"))
        mode = settings.tokenizer
        _BM25.build(tokens(corpus.passage_words(e), mode) for e in passages).save(target / "bm25-passages")
        _BM25.build(tokens(corpus.fact_words(e), mode) for e in facts).save(target / "bm25-facts")
        manifest = {
            "format": FORMAT_VERSION,
            "model": embedder.model_id,
            "dim": embedder.dim,
            "tokenizer": mode,
            "fingerprint": corpus.fingerprint(),
            "documents": len(corpus.docs),
            "passages": len(passages),
            "facts": len(facts),
            "fact_rows": len(meanings),
            "faiss": {"passages": _faiss_kind(p_index), "facts": _faiss_kind(f_index)},
            "seconds": round(time.perf_counter() - started, 2),
        }
        (target / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
        _swap(settings.index_dir, target)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return manifest


def _swap(index_dir: Path, target: Path) -> None:
    """Point retrieval.json at the new directory atomically, then remove the old ones."""
    tmp = index_dir / f".retrieval-{uuid.uuid4().hex[:8]}.json"
    tmp.write_text(json.dumps({"dir": target.name}))
    os.replace(tmp, _pointer(index_dir))
    for old in index_dir.glob("retrieval-*"):
        if old.is_dir() and old != target:
            shutil.rmtree(old, ignore_errors=True)


def read_manifest(index_dir: Path) -> dict[str, object] | None:
    try:
        pointer = json.loads(_pointer(index_dir).read_text())
        return json.loads((index_dir / pointer["dir"] / "manifest.json").read_text())  # type: ignore[no-any-return]
    except (OSError, ValueError, KeyError):
        return None


def needs_build(settings: Settings, model_id: str, fingerprint: str) -> str | None:
    """Why the retrieval index must be (re)built, or None when it is current."""
    m = read_manifest(settings.index_dir)
    if m is None:
        return "no retrieval index yet"
    if m.get("format") != FORMAT_VERSION:
        return f"index format {m.get('format')} is not the current {FORMAT_VERSION}"
    if m.get("model") != model_id:
        return f"index was built with {m.get('model')}, configured model is {model_id}"
    if m.get("tokenizer") != settings.tokenizer:
        return f"index was built with tokenizer {m.get('tokenizer')}, configured is {settings.tokenizer}"
    if m.get("fingerprint") != fingerprint:
        return "the documents changed since the index was built"
    return None


# -- searching -----------------------------------------------------------------------------------
@dataclass
class SearchResult:
    passages: list[Hit]
    facts: list[Hit]


class SearchIndex:
    """The loaded index: corpus, FAISS and BM25 indexes and the query embedder, loaded once."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        import faiss

        self.settings = settings
        store = Store(settings.store_path) if settings.store_path.exists() else None
        if store is None:
            raise RetrievalIndexError(f"no index at {settings.index_dir}: run `python -m assistant ingest` first")
        try:
            self.corpus = Corpus.load(store)
        finally:
            store.close()
        self.embedder = embedder or load_embedder(settings.embedding_model)
        reason = needs_build(settings, self.embedder.model_id, self.corpus.fingerprint())
        if reason:
            raise RetrievalIndexError(
                f"retrieval index not usable ({reason}): run `python -m assistant ingest` to rebuild"
            )
        manifest = read_manifest(settings.index_dir)
        assert manifest is not None
        if manifest.get("dim") != self.embedder.dim:
            raise RetrievalIndexError(f"index dimension {manifest.get('dim')} != model dimension {self.embedder.dim}")
        root = settings.index_dir / json.loads(_pointer(settings.index_dir).read_text())["dir"]
        self.manifest = manifest
        self.passages = self.corpus.passage_entries()
        self.facts = self.corpus.fact_entries()
        _, self.fact_row = self.corpus.fact_rows(self.facts)
        self.p_index = faiss.read_index(str(root / "passages.faiss"))
        self.f_index = faiss.read_index(str(root / "facts.faiss"))
        self.p_bm25 = _BM25.load(root / "bm25-passages")
        self.f_bm25 = _BM25.load(root / "bm25-facts")

    def search(
        self, query: str, k: int = 10, scope: Scope | None = None, modes: Sequence[str] = ("dense", "bm25")
    ) -> SearchResult:
        vector = self.embedder.embed_queries([self.corpus.without_organisations(query)]) if "dense" in modes else None
        words = tokens(query, self.settings.tokenizer)
        passages = self._rank(self.passages, scope, k, modes, vector, words, self.p_index, self.p_bm25, rows=None)
        facts = self._rank(self.facts, scope, k, modes, vector, words, self.f_index, self.f_bm25, rows=self.fact_row)
        return SearchResult(passages, facts)

    def _rank(self, entries, scope, k, modes, vector, words, index, bm25, rows) -> list[Hit]:  # type: ignore[no-untyped-def]
        n = len(entries)
        if n == 0:
            return []
        allowed = self.corpus.scope_mask(entries, scope)
        dense_rank: dict[int, int] = {}
        if vector is not None and index.ntotal:
            dense = _search_all(index, vector)
            if rows is not None:  # a fact scores as its row
                dense = dense[rows]
            if allowed is not None:
                dense = np.where(allowed, dense, -np.inf)
            order = np.argsort(-dense, kind="stable")[:CANDIDATES]
            dense_rank = {int(i): r for r, i in enumerate(order) if np.isfinite(dense[i])}
        bm25_rank: dict[int, int] = {}
        if "bm25" in modes:
            lexical = bm25.scores(words, n)
            if allowed is not None:
                lexical = np.where(allowed, lexical, 0.0)
            order = np.argsort(-lexical, kind="stable")[:CANDIDATES]
            bm25_rank = {int(i): r for r, i in enumerate(order) if lexical[i] > 0}
        fused: dict[int, float] = {}
        for ranks in (dense_rank, bm25_rank):
            for i, r in ranks.items():
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + r + 1)
        best = sorted(fused, key=lambda i: -fused[i])[:k]
        return [Hit(entries[i], fused[i], dense_rank.get(i), bm25_rank.get(i)) for i in best]


def _search_all(index, vector: np.ndarray) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Similarity of the query to every vector (the index is small; HNSW returns its top only)."""
    out = np.full(index.ntotal, -np.inf, dtype=np.float32)
    k = index.ntotal if _faiss_kind(index) == "flat" else min(index.ntotal, 1000)
    scores, ids = index.search(np.ascontiguousarray(vector, dtype=np.float32), k)
    valid = ids[0] >= 0
    out[ids[0][valid]] = scores[0][valid]
    return out
