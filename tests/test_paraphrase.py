"""Paraphrase robustness: 30 facts, each asked five ways (citizen, staff, traditional characters, a slip,
colloquial) — eval/paraphrase.jsonl, written blind to the code with golds read from the documents.

A fact must never get a figure other than its gold in any wording (a confident wrong answer is the
worst bug), and each fact gets the same figure in all five wordings, or abstains in all five.
"""

from __future__ import annotations

import json

import pytest

from assistant.answer import Assistant
from assistant.ingest import ingest
from assistant.settings import Settings
from tests.conftest import CORPUS, EMBEDDING_CACHE, ROOT

FACTS = [json.loads(line) for line in (ROOT / "eval" / "paraphrase.jsonl").read_text(encoding="utf-8").splitlines()]
WORDINGS = ("citizen", "staff", "traditional", "typo", "colloquial")
SCALE = {"万元": 1.0, "元": 1e-4, "亿元": 1e4}
# The goal, now held: every fact gets its figure in all five wordings, or abstains in all five.


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    settings = Settings(index_dir=tmp_path_factory.mktemp("paraphrase"), workers=1, embedding_cache=EMBEDDING_CACHE)
    files = sorted({CORPUS / f["doc"] for f in FACTS})
    ingest(files, settings, say=lambda _: None)
    return Assistant(settings)


def _value(answer, unit: str) -> float | None:  # type: ignore[no-untyped-def]
    if answer.status != "answered" or not answer.figures:
        return None
    fig = answer.figures[0]
    if unit in SCALE and fig.unit in SCALE:
        return fig.value * SCALE[fig.unit] / SCALE[unit]
    return fig.value


def test_no_wording_gets_a_wrong_figure_and_consistency_holds(assistant: Assistant) -> None:
    wrong, mixed = [], []
    for fact in FACTS:
        values = [_value(assistant.ask(fact["wordings"][w]), fact["unit"]) for w in WORDINGS]
        right = [v is not None and any(abs(v - g) <= max(0.0051, abs(g) * 1e-4) for g in fact["gold"]) for v in values]
        wrong += [(fact["fact"], w, v) for w, v, ok in zip(WORDINGS, values, right) if v is not None and not ok]
        if not all(right) and any(v is not None for v in values):
            mixed.append((fact["fact"], [w for w, ok in zip(WORDINGS, right) if not ok]))
    assert wrong == []
    assert mixed == []  # the same figure in every wording, or no figure in any
