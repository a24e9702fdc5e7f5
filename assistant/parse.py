"""The parsing pipeline for one file: read -> assemble tables -> facts -> passages -> text facts."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from .assemble import assemble
from .identity import identify
from .model import Document, Fact, ParsedDocument, TextFact
from .passages import chunk, project_passages
from .readers import BadInput, RawDocument, read_pdf, read_text_export
from .tables import build_facts, fill_names_by_code, project_texts
from .textfacts import from_sentences

PARSER_VERSION = "84"
TEXT_SUFFIXES = {".txt", ".text", ".tsv"}


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read(path: Path, max_pages: int = 400) -> RawDocument:
    if path.suffix.lower() in TEXT_SUFFIXES:
        return read_text_export(path)
    if path.suffix.lower() == ".pdf":
        return read_pdf(path, max_pages)
    raise BadInput(f"unsupported file type {path.suffix or '(none)'}: expected .pdf or a .txt text export")


def parse_file(path: Path, max_pages: int = 400, sha256: str | None = None) -> ParsedDocument:
    """Parse one disclosure. Raises BadInput for files that cannot be read."""
    raw = read(path, max_pages)
    digest = sha256 or file_sha256(path)
    logical = assemble(raw.parts, text_export=raw.text_export)
    tables, facts, prose = [], [], []
    for i, lt in enumerate(logical):
        table, table_facts = build_facts(lt, i)
        tables.append(table)
        facts.extend(table_facts)
        prose += project_texts(lt, table_facts)
    facts = fill_names_by_code(facts)
    passages, sentences = chunk(raw.texts)
    passages += project_passages(prose, start=len(passages))
    who = identify(raw, [lt.title for lt in logical])
    document = Document(
        id=digest[:16],
        file=path.name,
        title=who.title or path.stem,
        organisation=who.organisation,
        year=who.year,
        kind=who.kind,
        parser_version=PARSER_VERSION,
        pages=raw.pages,
        sha256=digest,
    )
    facts = _own_level_named(facts, who.organisation)
    text_facts = [_without_organisation(t, who.organisation, who.year) for t in from_sentences(sentences)]
    return ParsedDocument(document, raw.page_sizes, tables, facts, text_facts, passages)


def _own_level_named(facts: list[Fact], organisation: str) -> list[Fact]:
    """A by-unit table naming the organisation twice ("湖州市财政局 6838.41" for the whole department, then
    " 湖州市财政局 4467.55" among its units): the second row is the office's own level, "X（本级）"."""
    if not organisation:
        return facts
    rows: dict[int, set[int]] = {}
    for f in facts:
        if not f.row_code and f.row_name == organisation:
            rows.setdefault(f.table_index, set()).add(f.row_index)
    later = {(t, r) for t, found in rows.items() if len(found) == 2 for r in found if r != min(found)}
    if not later:
        return facts
    own = f"{organisation}（本级）"
    return [
        replace(f, row_name=own, row_path=(*f.row_path[:-1], own)) if (f.table_index, f.row_index) in later else f
        for f in facts
    ]


def _without_organisation(fact: TextFact, organisation: str, year: int | None) -> TextFact:
    """ "喀什市人民政府办公室2025年支出预算" -> "支出预算": the document already says whose and when."""
    subject = fact.subject.replace(organisation, "") if organisation else fact.subject
    if year:
        subject = re.sub(rf"^{year}年度?(?:的)?", "", subject)
    subject = re.sub(r"^(?:本部门|本单位|各单位|全部门)(?=.{3,})", "", subject)  # "各单位培训费预算": whose, not what
    return replace(fact, subject=subject) if subject and subject != fact.subject else fact
