"""Paraphrase robustness: 30 facts, each asked five ways (citizen, staff, traditional characters, a slip,
colloquial) — eval/paraphrase.jsonl, written blind to the code with golds read from the documents.

A fact must never get a figure other than its gold in any wording (a confident wrong answer is the
worst bug), and the facts answered right in all five wordings must not fall below what was measured.
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
# Measured (2026-11): citizen 30, traditional 30, typo 23, staff 11, colloquial 4 of 30; all five 2.
# Raise these as the engine improves; the goal is all five for every fact.
AT_LEAST = {"citizen": 28, "traditional": 28, "typo": 20, "staff": 8, "colloquial": 3}
ALL_FIVE_AT_LEAST = 2


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
    wrong, all_five, per_wording = [], 0, dict.fromkeys(WORDINGS, 0)
    for fact in FACTS:
        values = [_value(assistant.ask(fact["wordings"][w]), fact["unit"]) for w in WORDINGS]
        right = [v is not None and any(abs(v - g) <= max(0.0051, abs(g) * 1e-4) for g in fact["gold"]) for v in values]
        wrong += [(fact["fact"], w, v) for w, v, ok in zip(WORDINGS, values, right) if v is not None and not ok]
        all_five += all(right)
        for w, ok in zip(WORDINGS, right):
            per_wording[w] += ok
    assert wrong == []
    assert all(per_wording[w] >= AT_LEAST[w] for w in WORDINGS), per_wording
    assert all_five >= ALL_FIVE_AT_LEAST
