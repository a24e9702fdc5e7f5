"""Command line: a thin layer that parses arguments, calls the library and prints results."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .classify import STANDARD_TYPES
from .embeddings import EmbedderError
from .ingest import ingest, remove
from .retrieval import RetrievalIndexError, Scope, SearchIndex
from .settings import Settings
from .store import Store, StoreError


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(index_dir=getattr(args, "index", None))


def cmd_ingest(args: argparse.Namespace) -> int:
    settings = _settings(args)
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    report = ingest(paths, settings, index_retrieval=not args.no_retrieval)
    print(
        f"ingest: {len(report.added)} added, {len(report.replaced)} replaced, "
        f"{len(report.unchanged)} unchanged, {len(report.skipped)} skipped -> {settings.store_path}"
    )
    for name, reason in report.skipped:
        print(f"  skipped {name}: {reason}")
    return 1 if report.skipped else 0


def document_stats(store: Store) -> list[dict[str, object]]:
    """Per document: pages, tables, recognised types, facts, text facts, passages, unrecognised tables."""
    rows: list[dict[str, object]] = []
    for doc in store.documents():
        parsed = store.load(doc.id)
        types = sorted({t.table_type for t in parsed.tables if t.table_type != "other"})
        rows.append(
            {
                "id": doc.id,
                "file": doc.file,
                "organisation": doc.organisation,
                "year": doc.year,
                "kind": doc.kind,
                "pages": doc.pages,
                "tables": len(parsed.tables),
                "types": types,
                "missing_standard": [
                    "|".join(alternatives)
                    for alternatives in STANDARD_TYPES
                    if parsed.tables and not any(t in types for t in alternatives)
                ],
                "facts": len(parsed.facts),
                "text_facts": len(parsed.text_facts),
                "passages": len(parsed.passages),
                "unrecognised": [f"p{t.pages[0]} {t.title}" for t in parsed.tables if t.table_type == "other"],
            }
        )
    return rows


def cmd_stats(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if not settings.store_path.exists():
        print(f"no index at {settings.index_dir}: run `python -m assistant ingest` first", file=sys.stderr)
        return 2
    store = Store(settings.store_path)
    try:
        rows = document_stats(store)
    finally:
        store.close()
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    print(f"{'file':58} {'pages':>5} {'tables':>6} {'types':>5} {'facts':>6} {'text':>5} {'psg':>4}  unrecognised")
    for r in rows:
        types = r["types"]
        assert isinstance(types, list)
        print(
            f"{str(r['file'])[:58]:58} {r['pages']:>5} {r['tables']:>6} {len(types):>5} {r['facts']:>6}"
            f" {r['text_facts']:>5} {r['passages']:>4}  {'; '.join(r['unrecognised']) or '-'}"  # type: ignore[arg-type]
        )
        if not r["organisation"]:
            print(f"{'':58} 未识别单位名称（按文件名收录）")
        if r["missing_standard"]:
            print(f"{'':58} missing standard tables: {', '.join(r['missing_standard'])}")  # type: ignore[arg-type]
    totals = {k: sum(int(r[k]) for r in rows) for k in ("pages", "tables", "facts", "text_facts", "passages")}  # type: ignore[call-overload]
    print(f"{len(rows)} documents: " + ", ".join(f"{v} {k}" for k, v in totals.items()))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    settings = _settings(args)
    removed = remove(args.documents, settings)
    print(f"removed: {', '.join(removed) or 'nothing (no such document)'}")
    return 0 if removed else 1


def hit_record(index: SearchIndex, hit) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """A search hit as a JSON-ready record with its source."""
    e = hit.entry
    doc = index.corpus.docs[e.doc_id]
    base: dict[str, object] = {
        "kind": e.kind,
        "doc": e.doc_id,
        "organisation": doc.document.organisation,
        "score": round(hit.score, 5),
        "dense_rank": hit.dense_rank,
        "bm25_rank": hit.bm25_rank,
    }
    if e.kind == "passage":
        p = doc.passages[e.index]
        return base | {"page": p.page, "section": " > ".join(p.heading_path), "text": p.text}
    if e.kind == "text_fact":
        t = doc.text_facts[e.index]
        return base | {"page": t.page, "label": t.subject, "value": t.value, "unit": t.unit, "text": t.sentence}
    f = doc.facts[e.index]
    return base | {"page": f.page, "table": f.table_title, "row": " ".join(x for x in (f.row_code, f.row_name) if x),
                   "column": f.column, "value": f.value, "unit": f.unit, "label": f.describe()}  # fmt: skip


def cmd_search(args: argparse.Namespace) -> int:
    settings = _settings(args)
    index = SearchIndex(settings)
    scope = Scope(doc_ids=set(args.doc)) if args.doc else None
    result = index.search(args.query, k=args.k, scope=scope)
    facts = [hit_record(index, h) for h in result.facts]
    passages = [hit_record(index, h) for h in result.passages]
    if args.json:
        print(json.dumps({"query": args.query, "facts": facts, "passages": passages}, ensure_ascii=False))
        return 0
    print("事实 facts:")
    for r in facts:
        print(f"  {r['score']:.4f}  {r['value']} {r['unit']}  {r['label']}  [{r['organisation']} p{r['page']}]")
    print("段落 passages:")
    for r in passages:
        text = str(r["text"]).replace("\n", " ")
        print(f"  {r['score']:.4f}  [{r['organisation']} p{r['page']}] {r.get('section', '')}: {text[:90]}")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from .answer import Assistant

    settings = _settings(args)
    assistant = Assistant(settings)
    if args.batch:
        questions = [line.strip() for line in Path(args.batch).read_text(encoding="utf-8").splitlines() if line.strip()]
    elif args.question:
        questions = [args.question]
    else:
        print("error: give a question or --batch FILE", file=sys.stderr)
        return 2
    context = args.context
    for question in questions:
        answer = assistant.ask(question, doc=args.doc, context=context)
        context = question if args.conversation else args.context
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        else:
            print(answer.answer)
            for p in answer.passages[:3] if answer.status != "answered" else []:
                where = f"（第 {p.page} 页）" if p.page else ""  # text exports have no pages
                print(f"  相关段落{where}：{p.text[:100]}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    """Findings per document (indexed ones by id or file name, or files parsed on the spot);
    exit 1 when any error is found, so that a publishing pipeline can stop on it."""
    from .audit import audit
    from .model import ParsedDocument
    from .parse import parse_file
    from .readers import BadInput

    settings = _settings(args)
    docs: list[ParsedDocument] = []
    store = Store(settings.store_path) if settings.store_path.exists() else None
    try:
        known = store.documents() if store else []
        wanted = args.targets or [d.id for d in known]
        for target in wanted:
            match = [d for d in known if d.id.startswith(target) or d.file == target]
            if match and store is not None:
                docs.extend(store.load(d.id) for d in match)
            elif Path(target).is_file():
                try:
                    docs.append(parse_file(Path(target)))
                except BadInput as bad:
                    print(f"skipped {target}: {bad}", file=sys.stderr)
            else:
                print(f"error: no document or file {target!r}", file=sys.stderr)
                return 2
    finally:
        if store:
            store.close()
    findings = [(doc, audit(doc)) for doc in docs]
    if args.json:
        print(json.dumps([f.to_json() for _, fs in findings for f in fs], ensure_ascii=False, indent=1))
    else:
        for doc, fs in findings:
            errors = sum(f.severity == "error" for f in fs)
            print(f"{doc.document.file}: {errors} error(s), {len(fs) - errors} warning(s)")
            for f in fs:
                pages = "、".join(str(n) for n in f.pages if n)
                print(f"  [{f.severity}] {f.rule}{f'（第 {pages} 页）' if pages else ''}：{f.message}")
    return 1 if any(f.severity == "error" for _, fs in findings for f in fs) else 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .api import serve

    serve(args.host, args.port, _settings(args), workers=args.workers)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="预算公开问答助手 Disclosure Assistant")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="parse disclosures (PDF or text export) into the index")
    p.add_argument("paths", nargs="*", help="files or folders (default: the corpus folder)")
    p.add_argument("--index", help="index directory (default: index/)")
    p.add_argument("--no-retrieval", action="store_true", help="parse only; do not build the retrieval index")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("remove", help="remove documents (by id or file name) from the index")
    p.add_argument("documents", nargs="+")
    p.add_argument("--index", help="index directory (default: index/)")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("ask", help="answer a question with figures from the disclosures, with sources")
    p.add_argument("question", nargs="?")
    p.add_argument("--batch", help="a file with one question per line; one JSON object per line out")
    p.add_argument("--doc", help="only this document id")
    p.add_argument("--context", help="the previous question: a follow-up takes its organisation, year and item")
    p.add_argument(
        "--conversation", action="store_true", help="with --batch: each question follows up the one before it"
    )
    p.add_argument("--index", help="index directory (default: index/)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("search", help="ranked facts and passages for a query (hybrid dense + BM25)")
    p.add_argument("query")
    p.add_argument("--doc", action="append", help="only this document id (repeatable)")
    p.add_argument("-k", type=int, default=5, help="results of each kind (default 5)")
    p.add_argument("--index", help="index directory (default: index/)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("audit", help="check that totals add up and the text agrees with the tables")
    p.add_argument("targets", nargs="*", help="document ids or file names in the index, or PDF paths (default: all)")
    p.add_argument("--index", help="index directory (default: index/)")
    p.add_argument("--json", action="store_true", help="a JSON array of findings")
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("serve", help="HTTP API and chat widget for portals (FastAPI + uvicorn)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1, help="processes answering in parallel (each loads the index)")
    p.add_argument("--index", help="index directory (default: index/)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("stats", help="per-document parse statistics")
    p.add_argument("--index", help="index directory (default: index/)")
    p.add_argument("--json", action="store_true", help="one JSON object per document")
    p.set_defaults(func=cmd_stats)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (StoreError, ValueError, RetrievalIndexError, EmbedderError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
