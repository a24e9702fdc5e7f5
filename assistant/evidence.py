"""Evidence behind an answer, for people to check: the cited cells, their table, their page.

The app (and later the HTTP API) show each cited figure in its table and on its PDF page with the
cell's box drawn, and a breakdown chart for "what is it made of" questions. Everything here reads
the parsed facts and the original file; nothing is re-parsed.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .candidates import GRAND_COLUMN, TOTAL_ROW, other_year
from .model import BBox, Document, Fact, ParsedDocument, Source
from .settings import Settings

# Questions that want a picture of the parts: structure, composition, rankings.
BREAKDOWN_QUESTION = re.compile(r"构成|结构|组成|明细|分布|排名|排序|哪项|哪一项|哪个|哪类|最多|最少|最高|最低|最大")


def row_text(f: Fact) -> str | None:
    """A fact's row as `Source.row` prints it: code and name."""
    return " ".join(x for x in (f.row_code, f.row_name) if x) or None


def cited_fact(doc: ParsedDocument, source: Source) -> Fact | None:
    """The table cell a source cites (None for a figure stated in the text)."""
    if source.table is None:
        return None
    for f in doc.facts:
        if (
            f.page == source.page and f.table_title == source.table and row_text(f) == source.row
            and (f.column or None) == source.column
        ):  # fmt: skip
            return f
    return None


@dataclass(frozen=True)
class TableView:
    """One side of a parsed table as a grid, and where the cited cells sit in it."""

    title: str
    frame: pd.DataFrame
    cited: tuple[tuple[int, str], ...]  # (row position, column name)


def table_view(doc: ParsedDocument, cited: list[Fact]) -> TableView:
    """The table of the first cited cell (its side, for 收入 | 支出 tables) with every cited cell of
    that table marked."""
    first = cited[0]
    cells = [f for f in doc.facts if f.table_index == first.table_index and f.side == first.side]
    columns = sorted({(f.col_index, f.column or "数值") for f in cells})
    names = [name for _, name in columns]
    name_of = dict(columns)
    rows: dict[int, dict[str, object]] = {}
    for f in sorted(cells, key=lambda f: (f.row_index, f.col_index)):
        row = rows.setdefault(f.row_index, {"科目编码": f.row_code or "", "项目": f.row_name or f.row_label})
        row[name_of[f.col_index]] = f.value
    order = sorted(rows)
    frame = pd.DataFrame([rows[i] for i in order], columns=["科目编码", "项目", *dict.fromkeys(names)])
    marks = tuple(
        (order.index(f.row_index), name_of[f.col_index])
        for f in cited
        if f.table_index == first.table_index and f.side == first.side and f.row_index in rows
    )
    if not any(f.row_code for f in cells):
        frame = frame.drop(columns="科目编码")
    side = f"（{first.side}）" if first.side else ""
    return TableView(f"{first.table_title}{side}", frame, marks)


def breakdown(doc: ParsedDocument, fact: Fact) -> list[tuple[str, float]]:
    """What a cited figure is made of, or what it is ranked among, as printed: the rows one level
    under a coded row; for a total row, the detail columns beside it (the “三公” table printed
    across); else the other rows of its column (projects, or the “三公” table printed down).
    Subtotal rows and columns are left out so that no part is counted twice."""
    year = doc.document.year
    same_table = [
        f for f in doc.facts
        if f.table_index == fact.table_index and f.side == fact.side and not other_year(f, year)
    ]  # fmt: skip
    code = fact.row_code or ""
    if code and not TOTAL_ROW.match(fact.row_name):
        kids = [
            f for f in same_table
            if f.column_path == fact.column_path and (f.row_code or "").startswith(code)
            and len(f.row_code or "") > len(code)
        ]  # fmt: skip
        depth = min((len(f.row_code or "") for f in kids), default=0)
        return [(f.row_name, f.value) for f in kids if len(f.row_code or "") == depth]
    if TOTAL_ROW.match(fact.row_name) or "三公" in fact.row_name:
        row = [f for f in same_table if f.row_index == fact.row_index and f is not fact]
        detail = [f for f in row if not GRAND_COLUMN.search(f.column_path[-1] if f.column_path else "")]
        if len(detail) >= 2:
            return [(f.column_path[-1], f.value) for f in detail]
    column = [
        f for f in same_table
        if f.column_path == fact.column_path and not f.row_code and not TOTAL_ROW.match(f.row_name)
        and "小计" not in f.row_label
    ]  # fmt: skip
    return [(f.row_path[-1] if f.row_path else f.row_name, f.value) for f in column] if len(column) >= 2 else []


def locate_file(settings: Settings, document: Document) -> Path | None:
    """The file a document was parsed from: in the corpus or the upload folder, with the same bytes."""
    for folder in (settings.corpus_dir, settings.uploads_path):
        path = folder / document.file
        if path.is_file() and _sha16(str(path), path.stat().st_mtime) == document.id:
            return path
    return None


@lru_cache(maxsize=64)
def _sha16(path: str, mtime: float) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def page_png(
    path: Path,
    page: int,
    boxes: tuple[BBox, ...] = (),
    band: tuple[float, float] | None = None,
    resolution: int = 110,
) -> bytes:
    """The PDF page as a PNG with each box drawn (red outline, light fill); `band` (top, bottom in
    points) keeps only that strip of the page, so that the cited table is legible."""
    return _render(str(path), path.stat().st_mtime, page, boxes, band, resolution)


@lru_cache(maxsize=32)
def _render(
    path: str, mtime: float, page: int, boxes: tuple[BBox, ...], band: tuple[float, float] | None, resolution: int
) -> bytes:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        if not 1 <= page <= len(pdf.pages):
            raise ValueError(f"page {page} is not in {Path(path).name} ({len(pdf.pages)} pages)")
        region = pdf.pages[page - 1]
        if band is not None:
            top, bottom = max(region.bbox[1], band[0]), min(region.bbox[3], band[1])
            region = region.crop((region.bbox[0], top, region.bbox[2], bottom))
        image = region.to_image(resolution=resolution)
        if boxes:
            image.draw_rects(list(boxes), fill=(255, 0, 0, 40), stroke=(220, 0, 0), stroke_width=3)
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()
