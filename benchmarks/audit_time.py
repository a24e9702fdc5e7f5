"""Audit time per document over the built index (printed, not asserted).

.venv/bin/python benchmarks/audit_time.py
"""

from __future__ import annotations

import statistics
import time

from assistant.audit import audit
from assistant.settings import Settings
from assistant.store import Store


def main() -> None:
    store = Store(Settings.from_env().store_path)
    times = []
    for d in store.documents():
        doc = store.load(d.id)
        start = time.perf_counter()
        for _ in range(5):
            findings = audit(doc)
        ms = (time.perf_counter() - start) / 5 * 1000
        times.append(ms)
        errors = sum(f.severity == "error" for f in findings)
        print(
            f"{d.file[:55]:55s} {len(doc.facts):5d} facts {ms:6.1f} ms  "
            f"{errors} error(s), {len(findings) - errors} other"
        )
    store.close()
    print(f"{len(times)} documents: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms per document")


if __name__ == "__main__":
    main()
