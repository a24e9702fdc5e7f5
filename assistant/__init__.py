"""预算公开问答助手 — Disclosure Assistant.

The pipeline, in the order data flows:

    readers.read_pdf / read_text_export   file -> table parts (cells with boxes) + running text per page
    assemble.assemble                      parts -> logical tables (title, number, unit, continued pages)
    tables.build_facts                     logical table -> Facts (row 科目编码/name path, column path, unit, page, box)
    passages.chunk                         running text -> section-aware Passages
    textfacts.from_passages                passages -> TextFacts (figures stated in the text)
    parse.parse_file                       all of the above for one file -> ParsedDocument
    ingest.ingest                          files -> store.Store (SQLite under index/), atomically
    retrieval.build / SearchIndex          passages + fact rows -> vectors (FAISS) + BM25 -> fused search
    candidates.candidates                  facts -> labelled candidates (row, total column, row × column, “三公” total)
    answer.Assistant.ask                   question -> scope -> intent -> facts -> figure + sources, or not found
"""

from .model import Document, Fact, Page, ParsedDocument, Passage, Table, TextFact
from .parse import parse_file

__all__ = ["Document", "Fact", "Page", "ParsedDocument", "Passage", "Table", "TextFact", "parse_file"]
