"""Retrieval benchmark (printed, not asserted): hit@1 / hit@5 for dense, BM25 and fused search on a
question set, the two BM25 tokenizers, HNSW recall against exact search, query latency, index size
and peak memory.

    .venv/bin/python benchmarks/retrieval.py [QUESTIONS.jsonl] [--index DIR]

A number question hits when one of the top k facts (table cells and figures stated in the text) of
the document it names carries the gold value; a text question hits when one of the top k passages
contains the gold text. "Figure questions" are the number questions whose gold value is printed as a
fact (look-ups); the others need arithmetic, which is the answer engine's job.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from assistant.retrieval import _BM25, Entry, Scope, SearchIndex, _faiss_index
from assistant.settings import ROOT, Settings
from assistant.tokenize import tokens

UNIT = {"万元": 1.0, "元": 1e-4, "亿元": 1e4}


def value_of(index: SearchIndex, e: Entry) -> tuple[float, str]:
    d = index.corpus.docs[e.doc_id]
    if e.kind == "text_fact":
        t = d.text_facts[e.index]
        return t.value, t.unit
    f = d.facts[e.index]
    return f.value, f.unit


def matches(value: float, unit: str, gold: list[float], gold_unit: str) -> bool:
    if unit in UNIT and gold_unit in UNIT:
        value = value * UNIT[unit] / UNIT[gold_unit]
    elif unit != gold_unit:
        return False
    return any(abs(value - g) <= max(0.0051, abs(g) * 1e-4) for g in gold)


def named_docs(index: SearchIndex, question: str) -> set[str]:
    """Documents whose organisation the question names (a shared run of six or more characters)."""
    out = set()
    for doc_id, d in index.corpus.docs.items():
        org = d.document.organisation
        if any(org[i : i + 6] in question for i in range(max(1, len(org) - 5))):
            out.add(doc_id)
    return out


def hit(index: SearchIndex, item: dict, result, k: int) -> bool:  # type: ignore[no-untyped-def]
    if item["kind"] == "text":
        texts = [index.corpus.passage_text(h.entry) for h in result.passages[:k]]
        return any(c in "".join(t.split()) for c in item["contains"] for t in texts)
    docs = named_docs(index, item["q"])
    return any(
        (not docs or h.entry.doc_id in docs) and matches(*value_of(index, h.entry), item["gold"], item.get("unit", ""))
        for h in result.facts[:k]
    )


def is_figure(index: SearchIndex, item: dict) -> bool:
    if item["kind"] != "number":
        return False
    docs = named_docs(index, item["q"]) or set(index.corpus.docs)
    return any(
        matches(*value_of(index, e), item["gold"], item.get("unit", "")) for e in index.facts if e.doc_id in docs
    )


def evaluate(index: SearchIndex, items: list[dict], modes: tuple[str, ...], scoped: bool) -> dict[str, float]:
    out: dict[str, list[bool]] = {"h1": [], "h5": [], "fig_h1": [], "fig_h5": []}
    for item in items:
        if item["kind"] == "none":
            continue
        docs = named_docs(index, item["q"]) if scoped else set()
        result = index.search(item["q"], k=5, modes=modes, scope=Scope(doc_ids=docs) if docs else None)
        h1, h5 = hit(index, item, result, 1), hit(index, item, result, 5)
        out["h1"].append(h1)
        out["h5"].append(h5)
        if item["figure"]:
            out["fig_h1"].append(h1)
            out["fig_h5"].append(h5)
    return {k: sum(v) / len(v) if v else float("nan") for k, v in out.items()}


def use_tokenizer(index: SearchIndex, mode: str) -> None:
    """Swap the BM25 indexes for ones built with another tokenizer (in memory)."""
    c = index.corpus
    index.settings = replace(index.settings, tokenizer=mode)
    index.p_bm25 = _BM25.build(tokens(c.passage_words(e), mode) for e in index.passages)
    index.f_bm25 = _BM25.build(tokens(c.fact_words(e), mode) for e in index.facts)


def hnsw_recall(index: SearchIndex, queries: list[str], k: int = 10) -> dict[str, float]:
    import faiss

    out = {}
    for name, flat in (("passages", index.p_index), ("fact rows", index.f_index)):
        vectors = flat.reconstruct_n(0, flat.ntotal)
        hnsw = faiss.IndexHNSWFlat(vectors.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction, hnsw.hnsw.efSearch = 80, 128
        hnsw.add(vectors)
        q = index.embedder.embed_queries(queries)
        _, exact = flat.search(q, k)
        _, approx = hnsw.search(q, k)
        out[name] = float(np.mean([len(set(a) & set(b)) / k for a, b in zip(exact, approx)]))
    assert _faiss_index(np.zeros((0, 4), np.float32)).ntotal == 0
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("questions", nargs="?", default=str(ROOT.parent / "shared/eval/dev-questions.jsonl"))
    ap.add_argument("--index")
    args = ap.parse_args()
    settings = Settings.from_env(index_dir=args.index)
    items = [json.loads(line) for line in open(args.questions, encoding="utf-8") if line.strip()]
    start = time.perf_counter()
    index = SearchIndex(settings)
    load = time.perf_counter() - start
    for item in items:
        item["figure"] = is_figure(index, item)
    n_fig = sum(i["figure"] for i in items)
    n_ans = sum(i["kind"] != "none" for i in items)
    print(f"{len(items)} questions ({n_ans} answerable, {n_fig} figure look-ups); index {index.manifest}")
    print("scope: whole corpus, or the document the question names (as the answer engine will)")
    print(f"{'tokenizer':9} {'scope':8} {'mode':6} {'hit@1':>6} {'hit@5':>6} {'fig@1':>6} {'fig@5':>6}")
    for mode in ("jieba", "ngram"):
        use_tokenizer(index, mode)
        for scoped in (False, True):
            for modes in (("dense",), ("bm25",), ("dense", "bm25")):
                r = evaluate(index, items, modes, scoped)
                name = "+".join(modes) if len(modes) == 1 else "fused"
                where = "named" if scoped else "corpus"
                print(
                    f"{mode:9} {where:8} {name:6} {r['h1']:6.2f} {r['h5']:6.2f} {r['fig_h1']:6.2f} {r['fig_h5']:6.2f}"
                )
    use_tokenizer(index, settings.tokenizer)
    queries = [i["q"] for i in items]
    times = []
    for q in queries * 3:
        t = time.perf_counter()
        index.search(q, k=5)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    scoped = []
    for q in queries:
        t = time.perf_counter()
        index.search(q, k=5, scope=Scope(year=2025))
        scoped.append((time.perf_counter() - t) * 1000)
    print(f"search latency warm: p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms "
          f"(with a filter: p50 {statistics.median(scoped):.1f} ms); index load {load:.1f}s")  # fmt: skip
    print(f"HNSW recall@10 vs exact: {hnsw_recall(index, queries)}")
    size = sum(p.stat().st_size for p in Path(settings.index_dir).rglob("*") if p.is_file())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"index size on disk: {size / 2**20:.1f} MiB; peak memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
