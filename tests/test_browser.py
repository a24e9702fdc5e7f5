"""End to end in a real browser: `streamlit run app.py` in a subprocess, Debian's Chromium headless
(driven by Playwright) asks a question, sees the answer and its evidence, and saves a screenshot to
build/screenshots/. Chromium comes from scripts/install-browser.sh (part of the README's test command).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect, sync_playwright

from assistant.ingest import ingest
from assistant.settings import Settings
from tests.conftest import EMBEDDING_CACHE, FIXTURES, ROOT, SEED

CHROMIUM = Path(os.environ.get("DA_CHROMIUM", "/usr/bin/chromium"))
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]  # fmt: skip
SCREENSHOTS = ROOT / "build" / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    index = tmp_path_factory.mktemp("browser-index")
    settings = Settings(index_dir=index, workers=1, embedding_cache=EMBEDDING_CACHE)
    ingest([SEED, FIXTURES / "bad" / "small-real.pdf"], settings, say=lambda _: None)
    port = _free_port()
    env = {**os.environ, "DA_INDEX_DIR": str(index), "DA_CORPUS_DIR": str(FIXTURES / "bad")}  # PDF pages drawn
    env.pop("DA_STAFF_PASSWORD", None)
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless=true",
               f"--server.port={port}", "--server.address=127.0.0.1"]  # fmt: skip
    log = (tmp_path_factory.mktemp("browser-log") / "streamlit.log").open("w")
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail(f"streamlit did not start; see {log.name}")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: run scripts/install-browser.sh (Debian's chromium)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


def test_question_answer_and_evidence_in_the_browser(app_url: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 1800})
    page.goto(app_url)
    question = page.get_by_placeholder("请输入问题")
    question.fill("杭州市气象局收入总计是多少")
    question.press("Enter")
    expect(page.get_by_test_id("stMetricValue")).to_have_text("5876.67 万元", timeout=60_000)
    expect(page.get_by_text("2026年市级部门收支预算总表 · 第 1 页")).to_be_visible()
    page.get_by_text("查看依据").click()
    expect(page.get_by_text("红框为引用的单元格")).to_be_visible(timeout=30_000)  # the PDF page, cell boxed
    expect(page.get_by_test_id("stDataFrame")).to_be_visible()  # the table, cell highlighted
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "answer-with-evidence.png"), full_page=True)
    assert (SCREENSHOTS / "answer-with-evidence.png").stat().st_size > 10_000


def test_portal_embed_shows_the_chat_alone(app_url: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 480, "height": 900})
    page.goto(f"{app_url}/?embed=true&view=compact")
    question = page.get_by_placeholder("请输入问题")
    question.fill("喀什市政府办出国花了多少钱")
    question.press("Enter")
    expect(page.get_by_test_id("stMetricValue")).to_have_text("50 万元", timeout=60_000)
    expect(page.get_by_text("预算公开问答助手", exact=True)).to_have_count(0)  # no title, no sidebar
    page.screenshot(path=str(SCREENSHOTS / "portal-embed.png"), full_page=True)
