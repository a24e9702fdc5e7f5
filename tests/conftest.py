"""Shared fixtures: the bundled corpus and parse results cached per test session."""

from __future__ import annotations

import os
import tempfile
from functools import cache
from pathlib import Path

import pytest

from assistant.model import Answer, ParsedDocument
from assistant.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = CORPUS / "kashi-city-gov-office-2025-budget.txt"

# One vector cache for the whole test session (CLI subprocesses inherit it): every text is embedded
# once, by the real model, however many indexes the tests build.
EMBEDDING_CACHE = Path(os.environ.setdefault("DA_EMBEDDING_CACHE", str(Path(tempfile.mkdtemp()) / "vectors.sqlite")))


@cache
def parsed(name: str) -> ParsedDocument:
    """Parse a corpus file once per test session (PDF parsing takes seconds)."""
    return parse_file(CORPUS / name)


@pytest.fixture(scope="session")
def seed() -> ParsedDocument:
    return parsed(SEED.name)


def answered(answer: Answer) -> tuple[float, str]:
    """The value and unit of an answer's first figure; the answer must have been given."""
    assert answer.status == "answered", answer.answer
    return answer.figures[0].value, answer.figures[0].unit
