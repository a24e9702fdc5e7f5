"""The HTTP API at its boundary: the same answers as the CLI, CORS, limits, errors, page images, and
the widget on the sample portal page in headless Chromium."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import expect, sync_playwright

from assistant.answer import Assistant
from assistant.api import create_app
from assistant.ingest import ingest
from assistant.settings import Settings
from tests.conftest import EMBEDDING_CACHE, FIXTURES, ROOT, SEED
from tests.test_browser import CHROMIUM, FLAGS, SCREENSHOTS, _free_port

PORTAL = "https://portal.example.gov.cn"
QUESTIONS = [
    "喀什市政府办出国花了多少钱",
    "杭州市气象局收入总计是多少",
    "喀什市人民政府办公室飞机有多少架",
    "行政运行是多少",
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    s = Settings(
        index_dir=tmp_path_factory.mktemp("api-index"), corpus_dir=FIXTURES / "bad", workers=1,
        embedding_cache=EMBEDDING_CACHE, api_cors_origins=PORTAL, api_rate_limit_per_minute=1000, api_key="k3y",
    )  # fmt: skip
    ingest([SEED, FIXTURES / "bad" / "small-real.pdf"], s, say=lambda _: None)
    return s


@pytest.fixture(scope="module")
def assistant(settings: Settings) -> Assistant:
    return Assistant(settings)


@pytest.fixture(scope="module")
def client(settings: Settings, assistant: Assistant) -> TestClient:
    return TestClient(create_app(settings, assistant))


def test_answers_are_those_of_the_cli(client: TestClient, settings: Settings, tmp_path: Path) -> None:
    batch = tmp_path / "questions.txt"
    batch.write_text("\n".join(QUESTIONS), encoding="utf-8")
    cli = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "--batch", str(batch), "--json", "--index", str(settings.index_dir)],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert cli.returncode == 0, cli.stderr
    expected = [json.loads(line) for line in cli.stdout.splitlines()]
    got = [client.post("/api/ask", json={"question": q}).json() for q in QUESTIONS]
    assert got == expected
    assert [a["status"] for a in got] == ["answered", "answered", "not_found", "ambiguous"]


def test_doc_narrows_the_scope(client: TestClient) -> None:
    hangzhou = next(d["id"] for d in client.get("/api/documents").json() if d["file"] == "small-real.pdf")
    answer = client.post("/api/ask", json={"question": "行政运行是多少", "doc": hangzhou}).json()
    assert answer["status"] == "answered" and answer["figures"][0]["value"] == 2617.19


def test_cors_allows_only_the_configured_portals(client: TestClient) -> None:
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    allowed = client.options("/api/ask", headers={"Origin": PORTAL, **preflight})
    assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == PORTAL
    other = client.options("/api/ask", headers={"Origin": "https://evil.example.com", **preflight})
    assert other.status_code == 400 and "access-control-allow-origin" not in other.headers
    simple = client.post("/api/ask", json={"question": "喀什市政府办出国花了多少钱"}, headers={"Origin": PORTAL})
    assert simple.headers["access-control-allow-origin"] == PORTAL


def test_rate_limit_answers_429(settings: Settings, assistant: Assistant) -> None:
    limited = TestClient(create_app(Settings(**{**settings.__dict__, "api_rate_limit_per_minute": 3}), assistant))
    codes = [limited.post("/api/ask", json={"question": "喀什市政府办出国花了多少钱"}).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    refused = limited.get("/api/documents")
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert limited.get("/api/health").status_code == 200  # monitoring is never limited


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        (b'{"question": ', 400, "请求体不是有效的 JSON"),
        (b'{"doc": "x"}', 400, "请求格式不正确（question）"),
        (b'["question"]', 400, "请求格式不正确"),
        (json.dumps({"question": "问" * 201}).encode(), 422, "问题应为 1–200 个字"),
        (json.dumps({"question": "问" * 3000}).encode(), 413, "请求过大（上限 4096 字节）"),
    ],
)
def test_bad_requests_get_a_short_message(client: TestClient, body: bytes, status: int, message: str) -> None:
    reply = client.post("/api/ask", content=body, headers={"Content-Type": "application/json"})
    assert reply.status_code == status and reply.json() == {"error": message}


def test_documents_and_page_images(client: TestClient) -> None:
    docs = {d["file"]: d for d in client.get("/api/documents").json()}
    small = docs["small-real.pdf"]
    detail = client.get(f"/api/documents/{small['id']}").json()
    assert detail["organisation"] == "杭州市气象局" and detail["tables"][0]["pages"] == [1]
    plain = client.get(f"/api/documents/{small['id']}/pages/1.png")
    cell = {"table": "2026年市级部门收支预算总表", "row": "收入总计", "column": "收入 / 预算数"}
    boxed = client.get(f"/api/documents/{small['id']}/pages/1.png", params=cell)
    assert plain.headers["content-type"] == boxed.headers["content-type"] == "image/png"
    assert plain.content.startswith(b"\x89PNG") and plain.content != boxed.content  # the cell is boxed
    assert client.get(f"/api/documents/{small['id']}/pages/9.png").status_code == 404
    assert client.get(f"/api/documents/{docs[SEED.name]['id']}/pages/1.png").status_code == 404  # text export
    assert client.get("/api/documents/nope").json() == {"error": "没有这份文件"}


def test_staff_endpoint_needs_the_key(client: TestClient) -> None:
    seed = next(d["id"] for d in client.get("/api/documents").json() if d["file"] == SEED.name)
    assert client.get(f"/api/documents/{seed}/audit").status_code == 401
    assert client.get(f"/api/documents/{seed}/audit", headers={"X-API-Key": "wrong"}).status_code == 401
    findings = client.get(f"/api/documents/{seed}/audit", headers={"X-API-Key": "k3y"}).json()
    assert findings and {f["rule"] for f in findings} == {"零基数增长率"}


def test_openapi_documents_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/ask", "/api/documents", "/api/documents/{doc_id}/pages/{number}.png", "/api/health"} <= set(paths)


@pytest.fixture(scope="module")
def api_url(settings: Settings) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "DA_CORPUS_DIR": str(settings.corpus_dir)}
    command = [sys.executable, "-m", "assistant", "serve", "--port", str(port), "--index", str(settings.index_dir)]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                with urllib.request.urlopen(f"{url}/api/health", timeout=1):
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("the API did not start")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_widget_on_the_sample_portal_page(api_url: str) -> None:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: run scripts/install-browser.sh (Debian's chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.goto(f"{api_url}/demo")
        page.get_by_label("问题").fill("杭州市气象局收入总计是多少")
        page.get_by_role("button", name="提问").click()
        expect(page.locator(".da-figure")).to_have_text("5876.67 万元", timeout=60_000)
        link = page.get_by_role("link", name="2026年市级部门收支预算总表 · 第 1 页")
        expect(link).to_be_visible()
        href = link.get_attribute("href") or ""
        assert "/pages/1.png?" in href and "row=%E6%94%B6%E5%85%A5%E6%80%BB%E8%AE%A1" in href  # row=收入总计
        with urllib.request.urlopen(href, timeout=30) as image:
            assert image.headers["Content-Type"] == "image/png"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "portal-widget.png"), full_page=True)
        browser.close()


def test_a_follow_up_takes_the_previous_question_as_context(client: TestClient) -> None:
    """ "那支出总计呢？" names no organisation: after a question about one, it is about that one."""
    previous = "杭州市气象局收入总计是多少"
    first = client.post("/api/ask", json={"question": previous}).json()
    follow = client.post("/api/ask", json={"question": "那支出总计呢？", "context": previous}).json()
    assert follow["status"] == "answered", follow["answer"]
    assert follow["figures"][0]["sources"][0]["doc"] == first["figures"][0]["sources"][0]["doc"]
    assert "杭州市气象局" in follow["answer"] and "上一问" in follow["answer"]
