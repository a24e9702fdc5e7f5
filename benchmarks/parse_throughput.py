"""Parse throughput over the corpus: pages per second, per file and in total (printed, not asserted).

    .venv/bin/python benchmarks/parse_throughput.py [CORPUS_DIR]

Parses every file in one process (the per-core rate), then times a cold `ingest --no-retrieval` into a temporary
index with the configured number of worker processes, and a re-ingest of the unchanged corpus.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from assistant.ingest import collect_files, ingest
from assistant.parse import parse_file
from assistant.settings import Settings


def main() -> None:
    settings = Settings.from_env()
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else settings.corpus_dir
    files = collect_files([corpus])
    total_pages, total_time = 0, 0.0
    print(f"{'file':58} {'pages':>5} {'sec':>6} {'pages/s':>8} {'facts':>6}")
    for path in files:
        start = time.perf_counter()
        doc = parse_file(path)
        took = time.perf_counter() - start
        total_pages += doc.document.pages
        total_time += took
        pages = doc.document.pages
        print(f"{path.name[:58]:58} {pages:>5} {took:>6.2f} {pages / took:>8.1f} {len(doc.facts):>6}")
    print(f"one process: {total_pages} pages in {total_time:.1f}s = {total_pages / total_time:.1f} pages/s")
    with tempfile.TemporaryDirectory() as tmp:
        run = Settings(index_dir=Path(tmp), workers=settings.workers)
        start = time.perf_counter()
        ingest([corpus], run, say=lambda _: None, index_retrieval=False)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        ingest([corpus], run, say=lambda _: None, index_retrieval=False)
        warm = time.perf_counter() - start
    print(f"cold ingest (all cores): {cold:.1f}s = {total_pages / cold:.1f} pages/s; unchanged re-ingest: {warm:.2f}s")


if __name__ == "__main__":
    main()
