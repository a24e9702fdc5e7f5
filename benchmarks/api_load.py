"""Load on the HTTP API over loopback (printed, not asserted): N concurrent clients for S seconds,
each posting questions of the dev set in turn; requests/s, p50/p95 latency, errors by status.

.venv/bin/python benchmarks/api_load.py [CLIENTS] [SECONDS] [WORKERS]      (uses the built index/)
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter

import httpx

from assistant.settings import ROOT


def main() -> None:
    clients = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 30.0
    workers = sys.argv[3] if len(sys.argv) > 3 else "1"
    lines = (ROOT.parent / "shared/eval/dev-questions.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["q"] for line in lines if line]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "DA_API_RATE_LIMIT_PER_MINUTE": "1000000"}  # measure the service, not the limit
    command = [sys.executable, "-m", "assistant", "serve", "--port", str(port), "--workers", workers]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            try:
                httpx.get(f"{url}/api/health", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.3)
        latencies: list[float] = []
        statuses: Counter[str] = Counter()
        lock = threading.Lock()
        stop = time.perf_counter() + seconds

        def client(offset: int) -> None:
            with httpx.Client(base_url=url, timeout=60) as http:
                i = offset
                while time.perf_counter() < stop:
                    start = time.perf_counter()
                    try:
                        status = str(
                            http.post("/api/ask", json={"question": questions[i % len(questions)]}).status_code
                        )
                    except httpx.HTTPError as exc:
                        status = type(exc).__name__
                    with lock:
                        latencies.append(time.perf_counter() - start)
                        statuses[status] += 1
                    i += 1

        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        began = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - began
        latencies.sort()
        p95 = latencies[int(len(latencies) * 0.95) - 1]
        print(f"{workers} worker(s), {clients} clients x {seconds:.0f}s: {len(latencies)} requests, "
              f"{len(latencies) / elapsed:.1f} req/s, "
              f"p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
              f"status {dict(statuses)}")  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
