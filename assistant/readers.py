"""Readers: a file -> its text lines (outside tables) and its table parts, page by page.

PDFs go through pdfplumber (ruled tables via `find_tables`, text outside the tables' boxes);
text exports like the seed have one table row per line with TAB-separated cells.
Expected failures raise `BadInput` with a reason a person can act on.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from .classify import title_in
from .model import Page
from .normalize import parse_number
from .tables import Cell, TablePart

PAGE_UNKNOWN = 0  # text exports carry no page numbers


class BadInput(Exception):
    """A file that cannot be ingested, with the reason in plain words."""


@dataclass
class PageText:
    page: int
    lines: list[str]


@dataclass
class RawDocument:
    pages: int
    page_sizes: list[Page] = field(default_factory=list)
    texts: list[PageText] = field(default_factory=list)
    parts: list[TablePart] = field(default_factory=list)
    text_export: bool = False
    # per page, the text lines below its last table (or all its lines): a title left at the foot of a
    # page names the table that opens the next one
    below_tables: dict[int, list[str]] = field(default_factory=dict)


def read_text_export(path: Path) -> RawDocument:
    """A text export: tables are runs of TAB-separated lines; the rest is running text."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise BadInput("not UTF-8 text") from exc
    if not any(line.strip() for line in lines):
        raise BadInput("empty file")
    doc = RawDocument(pages=1, text_export=True)
    prose: list[str] = []
    context: list[str] = []
    block: list[list[Cell | None]] = []

    def close_block() -> None:
        if block:
            doc.parts.append(TablePart(page=PAGE_UNKNOWN, rows=list(block), context=list(context)))
            block.clear()
            context.clear()

    for line in lines:
        if "\t" in line:
            r = len(block)
            block.append([Cell(text, (c, r, c + 1, r + 1)) for c, text in enumerate(line.split("\t"))])
            continue
        if not line.strip():
            close_block()
            continue
        close_block()
        context.append(line.strip())
        context[:] = context[-6:]
        prose.append(line.strip())
    close_block()
    doc.texts.append(PageText(PAGE_UNKNOWN, prose))
    return doc


def _open_pdf(path: Path):  # type: ignore[no-untyped-def]
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    with path.open("rb") as fh:
        head = fh.read(1024)
    if not head:
        raise BadInput("empty file")
    if b"%PDF-" not in head:
        raise BadInput("not a PDF (no %PDF- header)")
    try:
        pdf = pdfplumber.open(path)
        _ = pdf.pages  # parses the page tree: fails here on corrupt files
        return pdf
    except Exception as exc:  # pdfplumber wraps pdfminer's many error types in PdfminerException
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, PDFPasswordIncorrect) or "Encrypt" in type(cause).__name__:
            raise BadInput("encrypted PDF: a password is needed to open it") from exc
        detail = str(cause) or type(cause).__name__
        raise BadInput(f"corrupt PDF ({detail})") from exc


def read_pdf(path: Path, max_pages: int) -> RawDocument:
    """Tables and running text of every page of a born-digital PDF."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pdf = _open_pdf(path)
    with pdf:
        if len(pdf.pages) > max_pages:
            raise BadInput(f"too many pages ({len(pdf.pages)} > limit {max_pages})")
        doc = RawDocument(pages=len(pdf.pages))
        chars = 0
        try:
            for number, page in enumerate(pdf.pages, start=1):
                chars += len(page.chars)
                doc.page_sizes.append(Page(number, float(page.width), float(page.height)))
                _read_page(page, number, doc)
                page.flush_cache()
        except BadInput:
            raise
        except Exception as exc:
            raise BadInput(f"corrupt PDF: page {number} cannot be read ({type(exc).__name__}: {exc})") from exc
        if chars == 0:
            raise BadInput("no text layer (scanned or image-only PDF); OCR is not supported")
    return doc


_BOXED_WORD = re.compile(r"^[，。、；：,]|\d\.$")


def _boxed_words(cells: list[str | None]) -> bool:
    return any(c and _BOXED_WORD.search(c.strip()) for c in cells)


def _title_left_behind(lines: list[str]) -> list[str]:
    """A title printed as the last lines of the page before ("会议费明细表", "单位：万元") whose table
    begins at the top of this page; nothing when those lines name no table."""
    tail = [line for line in lines if not _PAGE_FOOTER.fullmatch(line)][-3:]
    return tail if any(title_in(line) for line in tail) else []


_PAGE_FOOTER = re.compile(r"[-—第\s]*\d{1,3}[-—页\s]*")


def _read_page(page, number: int, doc: RawDocument) -> None:  # type: ignore[no-untyped-def]
    # A box drawn around words of a paragraph (a figure highlighted in the text) is one row of one or
    # two cells, and a frame around whole paragraphs (名词解释 in a box) one column of lines: neither is
    # a table, and their words belong to the text.
    found = [
        t for t in page.find_tables()
        if (len(t.rows) > 1 or len(t.rows[0].cells) > 2) and max(len(r.cells) for r in t.rows) > 1
    ]  # fmt: skip
    # Words boxed one by one inside a sentence ("2026 年本 | 单位 | 一般公共预算拨款支出 | 656. | 73 | 万元，")
    # are found as one-row tables: several on one page, or cells that split a number or begin with a comma.
    # A real table continued onto a page may leave one row there, never three.
    one_row = [t for t in found if len(t.rows) == 1]
    boxed = one_row if len(one_row) >= 3 else [t for t in one_row if _boxed_words(t.extract()[0])]
    found = [t for t in found if t not in boxed]
    tables = sorted(found, key=lambda t: t.bbox[1])
    top = 0.0
    for table in tables:
        texts = table.extract()
        rows: list[list[Cell | None]] = []
        for row, row_texts in zip(table.rows, texts):
            rows.append(
                [None if box is None else Cell(text or "", tuple(box)) for box, text in zip(row.cells, row_texts)]  # type: ignore[misc]
            )
        # Some Excel exports draw the whole page below the page's own box: crop by the table, not the page.
        above = page.crop((0, top, page.width, max(top + 1, table.bbox[1])), strict=False).extract_text() or ""
        context = [line.strip() for line in above.splitlines() if line.strip()][-6:]
        titled = any(title_in(line) for line in context)
        if not titled and top == 0.0 and (lost := _row_above(page, table.bbox, rows)):
            rows.insert(0, lost)  # a continued table's first row, printed above its frame
            context = context[:-1]
        left = _title_left_behind(doc.below_tables.get(number - 1, [])) if not titled and top == 0.0 else []
        doc.parts.append(TablePart(page=number, rows=rows, context=context, left_behind=left))
        top = table.bbox[3]
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:  # type: ignore[no-untyped-def]
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

    running = page.filter(outside) if boxes else page
    lines = _lines(running.extract_text())
    below = page.crop((0, top, page.width, page.height), strict=False).extract_text() if boxes else None
    doc.below_tables[number] = _lines(below) if below is not None else lines
    if _digit_lines(lines) >= 2:
        # Figures set in a Latin font whose baseline sits a few points below the Chinese ("截至 年 月 日" then
        # "2024 12 31"): read the line with a looser vertical tolerance, when that joins them back
        loose = _lines(running.extract_text(y_tolerance=6))
        if _digit_lines(loose) < _digit_lines(lines):
            lines = loose
    doc.texts.append(PageText(number, lines))


_CODE_WORD = re.compile(r"^\d{3,7}$")


Box = tuple[float, float, float, float]


def _row_above(page, bbox: Box, rows: list[list[Cell | None]]) -> list[Cell | None] | None:  # type: ignore[no-untyped-def]
    """The first row of a table continued from the page before, when the frame's top rule is missing
    and pdfplumber starts the table one row late: a line just above the frame, within its width, that
    begins with a 科目编码 and ends with an amount, its words put in the columns of the row below."""
    first = next((r for r in rows if all(c is not None for c in r)), None)
    if not first:
        return None
    height = min(c.box[3] - c.box[1] for c in first if c is not None)
    band = page.crop((bbox[0], max(0.0, bbox[1] - 1.5 * height), bbox[2], bbox[1]), strict=False)
    words = band.extract_words()
    if not words or max(w["top"] for w in words) - min(w["top"] for w in words) > height / 2:
        return None  # not one line
    words.sort(key=lambda w: w["x0"])
    if not _CODE_WORD.match(words[0]["text"]) or parse_number(words[-1]["text"]) is None or len(words) < 3:
        return None
    cells: list[Cell | None] = []
    for c in first:
        assert c is not None
        inside = [w["text"] for w in words if c.box[0] <= (w["x0"] + w["x1"]) / 2 < c.box[2]]
        cells.append(Cell(" ".join(inside), (c.box[0], bbox[1] - height, c.box[2], bbox[1])))
    placed = sum(1 for c in cells if c and c.text)
    return cells if placed >= 2 and sum(len(c.text.split()) for c in cells if c) == len(words) else None


_DIGITS_ONLY = re.compile(r"[\d\s.,%（）()-]+")


def _digit_lines(lines: list[str]) -> int:
    return sum(1 for line in lines if _DIGITS_ONLY.fullmatch(line))


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]
