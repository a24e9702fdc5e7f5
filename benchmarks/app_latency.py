"""The app as a visitor meets it (printed, not asserted): seconds from `streamlit run` to the first
answer on screen, with the index already built, then the answer time of further questions.

.venv/bin/python benchmarks/app_latency.py [N_QUESTIONS]      (needs Debian's chromium: scripts/install-browser.sh)
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

from playwright.sync_api import expect, sync_playwright

from assistant.settings import ROOT

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]  # fmt: skip


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    lines = (ROOT.parent / "shared/eval/dev-questions.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["q"] for line in lines if line][:count]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    start = time.perf_counter()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.headless=true",
            f"--server.port={port}",
            "--server.address=127.0.0.1",
        ],  # fmt: skip
        cwd=ROOT,
        env=os.environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        up = time.perf_counter() - start
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
            page = browser.new_page()
            page.goto(url)
            times = []
            for i, question in enumerate(questions):
                box = page.get_by_placeholder("请输入问题")
                box.wait_for(timeout=600_000)
                asked = time.perf_counter()
                box.fill(question)
                box.press("Enter")
                expect(page.get_by_test_id("stChatMessage")).to_have_count(2 * (i + 1), timeout=600_000)
                reply = page.get_by_test_id("stChatMessage").last
                expect(reply.locator("[data-testid=stMetric], [data-testid=stAlert]").first).to_be_visible()
                times.append(time.perf_counter() - asked)
                if i == 0:
                    first = time.perf_counter() - start
                    print(f"server up {up:.1f}s; first answer on screen {first:.1f}s after `streamlit run` "
                          f"(the index loads as the page opens; the question itself {times[0]:.2f}s)")  # fmt: skip
            browser.close()
        later = sorted(times[1:])
        if later:
            print(f"{len(later)} further questions: p50 {statistics.median(later):.2f}s, max {later[-1]:.2f}s "
                  "(question sent -> answer on screen)")  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
