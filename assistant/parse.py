"""The parsing pipeline for one file: read -> assemble tables -> facts -> passages -> text facts."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from .assemble import assemble, organisation_of
from .classify import year_and_kind
from .model import Document, ParsedDocument, TextFact
from .normalize import squash
from .passages import chunk
from .readers import BadInput, RawDocument, read_pdf, read_text_export
from .tables import build_facts, fill_names_by_code
from .textfacts import from_sentences

PARSER_VERSION = "5"
_TITLE_END = re.compile(r"^.*?(?:预算|决算)(?:信息公开|公开说明|公开)?")
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


def _title(raw: RawDocument) -> str:
    """The document's title: the opening lines of the first page that name the disclosure.

    Cover titles wrap ("2026 年深圳市财政局（本级）部门预" + "算"), so the first lines are joined.
    """
    for page in raw.texts[:2]:
        lines = [squash(x).strip("*") for x in page.lines[:6]]
        joined = "".join(x for x in lines[:4] if x and x != "目录" and len(x) < 40)
        m = _TITLE_END.search(joined)
        if m:
            return joined[: m.end()]
    return ""


def parse_file(path: Path, max_pages: int = 400, sha256: str | None = None) -> ParsedDocument:
    """Parse one disclosure. Raises BadInput for files that cannot be read."""
    raw = read(path, max_pages)
    digest = sha256 or file_sha256(path)
    logical = assemble(raw.parts, text_export=raw.text_export)
    tables, facts = [], []
    for i, lt in enumerate(logical):
        table, table_facts = build_facts(lt, i)
        tables.append(table)
        facts.extend(table_facts)
    facts = fill_names_by_code(facts)
    passages, sentences = chunk(raw.texts)
    opening = " ".join(" ".join(p.lines[:12]) for p in raw.texts[:3])
    year, kind = year_and_kind(_title(raw) + " " + opening)
    if year is None:  # a file of tables only (Beijing's 报表 attachment): the tables name the year
        year, _ = year_and_kind(" ".join(" ".join(lt.title for lt in logical) + " ".join(p.context) for p in raw.parts))
    organisation = organisation_of(raw.parts, _organisation_from_title(_title(raw)))
    title = _title(raw) or f"{organisation}{year or ''}年{kind}"
    document = Document(
        id=digest[:16],
        file=path.name,
        title=title,
        organisation=organisation,
        year=year,
        kind=kind,
        parser_version=PARSER_VERSION,
        pages=raw.pages,
        sha256=digest,
    )
    text_facts = [_without_organisation(t, organisation, year) for t in from_sentences(sentences)]
    return ParsedDocument(document, raw.page_sizes, tables, facts, text_facts, passages)


def _without_organisation(fact: TextFact, organisation: str, year: int | None) -> TextFact:
    """ "喀什市人民政府办公室2025年支出预算" -> "支出预算": the document already says whose and when."""
    subject = fact.subject.replace(organisation, "") if organisation else fact.subject
    if year:
        subject = re.sub(rf"^{year}年度?(?:的)?", "", subject)
    return replace(fact, subject=subject) if subject and subject != fact.subject else fact


def _organisation_from_title(title: str) -> str:
    """ "2026年广州市统计局部门预算" -> "广州市统计局"."""
    s = re.sub(r"20\d{2}年度?", "", title)
    s = re.split(r"(?:部门|单位)?(?:预算|决算)", s)[0]
    return re.sub(r"(?:年度|区级|市级|省级)+$", "", s)
