"""`ask` latency, warm, over the whole corpus index (printed, not asserted).

.venv/bin/python benchmarks/ask_latency.py [QUESTIONS.jsonl ...]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from assistant.answer import Assistant
from assistant.settings import ROOT, Settings


def main() -> None:
    files = sys.argv[1:] or [str(ROOT.parent / "shared/eval/dev-questions.jsonl")]
    questions = [
        json.loads(line)["q"] for f in files for line in Path(f).read_text(encoding="utf-8").splitlines() if line
    ]
    start = time.perf_counter()
    assistant = Assistant(Settings.from_env())
    load = time.perf_counter() - start
    assistant.ask(questions[0])
    times = []
    for q in questions * 3:
        t = time.perf_counter()
        assistant.ask(q)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(f"{len(questions)} questions x3: p50 {statistics.median(times):.1f} ms, "
          f"p95 {times[int(len(times) * 0.95) - 1]:.1f} ms; load {load:.1f}s")  # fmt: skip


if __name__ == "__main__":
    main()
