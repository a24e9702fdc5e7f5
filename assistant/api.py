"""HTTP API for portals: the same answers as `ask --json`, documents, page images, and the chat widget.

`python -m assistant serve` runs it with uvicorn. One `Assistant` is loaded at start and shared by
every request (behind a lock: the embedding model is not made for concurrent calls). Anonymous
visitors get a rate limit per client address, size limits on requests, and short error messages,
never a traceback; staff endpoints need the `X-API-Key` header (settings.api_key).
"""

from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .answer import Assistant
from .evidence import cited_fact, locate_file, page_png
from .model import BBox, Document, ParsedDocument, Source
from .ratelimit import RateLimiter
from .settings import Settings

log = logging.getLogger(__name__)
WEB = Path(__file__).resolve().parent / "web"
MAX_BODY_BYTES = 4096


class AskRequest(BaseModel):
    question: str = Field(min_length=1, description="the question, in Chinese")
    doc: str | None = Field(default=None, description="only this document id (or a prefix of it)")
    context: str | None = Field(
        default=None, max_length=400, description="the previous question: a follow-up takes its organisation and year"
    )


def create_app(settings: Settings | None = None, assistant: Assistant | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    engine = assistant or Assistant(settings)
    lock = threading.Lock()
    limiter = RateLimiter(settings.api_rate_limit_per_minute, 60.0)
    app = FastAPI(
        title="预算公开问答助手 API",
        description="Answers about government budget disclosures; every figure with its sources.",
        version="1",
    )
    origins = [o.strip() for o in (settings.api_cors_origins or "").split(",") if o.strip()]
    app.add_middleware(
        CORSMiddleware, allow_origins=origins, allow_methods=["GET", "POST"], allow_headers=["Content-Type"]
    )

    @app.middleware("http")
    async def limits(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        """Oversized bodies and clients over their rate get a short answer before any work."""
        size = request.headers.get("content-length")
        if size is not None and (not size.isdigit() or int(size) > MAX_BODY_BYTES):
            return JSONResponse({"error": f"请求过大（上限 {MAX_BODY_BYTES} 字节）"}, status_code=413)
        if request.url.path.startswith("/api/") and request.url.path != "/api/health":
            client = request.client.host if request.client else "unknown"
            if not limiter.allow(client):
                wait = max(1, round(limiter.retry_after(client)))
                return JSONResponse(
                    {"error": "请求太频繁，请稍后再试"}, status_code=429, headers={"Retry-After": str(wait)}
                )
        return await call_next(request)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        if first.get("type") == "json_invalid":
            return JSONResponse({"error": "请求体不是有效的 JSON"}, status_code=400)
        where = ".".join(str(x) for x in first.get("loc", ()) if x != "body")
        return JSONResponse({"error": f"请求格式不正确{f'（{where}）' if where else ''}"}, status_code=400)

    @app.exception_handler(Exception)
    async def failure(request: Request, exc: Exception) -> JSONResponse:
        log.exception("request failed: %s", request.url.path)
        return JSONResponse({"error": "服务器内部错误"}, status_code=500)

    @app.get("/api/health")
    def health() -> dict[str, object]:
        return {"status": "ok", "documents": len(engine.index.corpus.docs)}

    @app.post("/api/ask")
    def ask(body: AskRequest) -> dict[str, object]:
        """The same JSON object as `python -m assistant ask --json`."""
        question = body.question.strip()
        if not question or len(question) > settings.max_question_chars:
            raise HTTPException(422, f"问题应为 1–{settings.max_question_chars} 个字")
        with lock:
            return engine.ask(question, doc=body.doc, context=body.context).to_json()

    @app.get("/api/documents")
    def documents() -> list[dict[str, object]]:
        return [_document(d.document, len(d.tables), len(d.facts)) for d in engine.index.corpus.docs.values()]

    @app.get("/api/documents/{doc_id}")
    def document(doc_id: str) -> dict[str, object]:
        doc = _doc(doc_id)
        info = _document(doc.document, len(doc.tables), len(doc.facts))
        info["tables"] = [{"index": t.index, "number": t.number, "title": t.title, "type": t.table_type,
                           "unit": t.unit, "pages": [p for p in t.pages if p]} for t in doc.tables]  # fmt: skip
        return info

    @app.get("/api/documents/{doc_id}/pages/{number}.png", response_class=Response)
    def page_image(
        doc_id: str,
        number: int,
        table: Annotated[str | None, Query(max_length=200)] = None,
        row: Annotated[str | None, Query(max_length=200)] = None,
        column: Annotated[str | None, Query(max_length=200)] = None,
    ) -> Response:
        """The page as PNG; with table/row/column (a source of an answer) the cited cell is boxed."""
        doc = _doc(doc_id)
        path = locate_file(settings, doc.document)
        if path is None or path.suffix.lower() != ".pdf" or not 1 <= number <= doc.document.pages:
            raise HTTPException(404, "没有这一页的图像")
        boxes: tuple[BBox, ...] = ()
        if table:
            fact = cited_fact(doc, Source(doc_id, number, table, row, column))
            boxes = (fact.bbox,) if fact is not None and fact.bbox is not None else ()
        png = page_png(path, number, boxes)
        return Response(png, media_type="image/png", headers={"Cache-Control": "public, max-age=3600"})

    @app.get("/api/documents/{doc_id}/audit")
    def audit_findings(doc_id: str, x_api_key: Annotated[str | None, Header()] = None) -> list[dict[str, object]]:
        """Staff only: the figure audit of a document."""
        if not settings.api_key or not x_api_key or not hmac.compare_digest(x_api_key, settings.api_key):
            raise HTTPException(401, "需要有效的 X-API-Key")
        _doc(doc_id)  # 404 for an unknown document
        return [f.to_json() for f in engine.findings[doc_id]]

    @app.get("/widget.js", include_in_schema=False)
    def widget() -> FileResponse:
        return FileResponse(WEB / "widget.js", media_type="text/javascript")

    @app.get("/demo", include_in_schema=False)
    def demo() -> FileResponse:
        """The sample portal page that embeds the widget."""
        return FileResponse(WEB / "portal-example.html", media_type="text/html")

    def _doc(doc_id: str) -> ParsedDocument:
        doc = engine.index.corpus.docs.get(doc_id)
        if doc is None:
            raise HTTPException(404, "没有这份文件")
        return doc

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    return app


def _document(d: Document, tables: int, facts: int) -> dict[str, object]:
    return {
        "id": d.id, "file": d.file, "title": d.title, "organisation": d.organisation,
        "year": d.year, "kind": d.kind, "pages": d.pages, "tables": tables, "facts": facts,
    }  # fmt: skip


def serve(host: str, port: int, settings: Settings | None = None, workers: int = 1) -> None:
    """Run the API. With several workers each process loads its own assistant (about 300 MB), so
    that answers are computed on several cores at once; they read settings from the environment."""
    import os

    import uvicorn

    if workers <= 1:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
        return
    if settings is not None:
        os.environ["DA_INDEX_DIR"] = str(settings.index_dir)
    uvicorn.run("assistant.api:create_app", factory=True, host=host, port=port, workers=workers, log_level="info")
