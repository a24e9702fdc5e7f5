"""Typed records that travel through the pipeline: pages -> tables -> facts -> index -> answer.

Every record carries its source (document, page, table, position) so any later layer can cite
without looking back at the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points (top-left origin)


@dataclass(frozen=True)
class Document:
    """One disclosure file. `id` is the first 16 hex digits of the file's sha256."""

    id: str
    file: str  # file name as ingested (no directory)
    title: str
    organisation: str  # 部门/单位 as printed
    year: int | None
    kind: str  # 预算 | 决算
    parser_version: str
    pages: int
    sha256: str

    @property
    def display_name(self) -> str:
        """The organisation, or the file name when the document does not say whose it is."""
        return self.organisation or f"未识别单位（{self.file}）"


@dataclass(frozen=True)
class Page:
    """A PDF page's size, so a viewer can draw fact boxes on a rendered page."""

    number: int  # 1-based
    width: float  # points
    height: float


@dataclass(frozen=True)
class Table:
    """A logical table: one title, possibly continued over several pages."""

    index: int  # position in the document, 0-based
    number: str  # printed table number: "表1", "公开02表", "预算01表" ("" if none)
    title: str  # printed title, whitespace removed
    table_type: str  # canonical type, see classify.TABLE_TYPES
    unit: str  # 万元 | 元 | ...
    pages: tuple[int, ...]
    n_rows: int
    n_cols: int


@dataclass(frozen=True)
class Fact:
    """One numeric table cell with its full row and column path."""

    table_index: int
    table_title: str
    table_type: str
    side: str | None  # "收入" / "支出" for two-sided tables, else None
    row_code: str | None  # 科目编码, digits joined: "2010301"
    row_name: str  # row label without numbering ("一、"、"（一）"、"其中：")
    row_label: str  # row label as printed (whitespace removed)
    row_path: tuple[str, ...]  # ancestors by 科目编码 (类 > 款 > 项) or the row's label cells
    column: str  # column path joined with " / "
    column_path: tuple[str, ...]
    value: float
    unit: str
    page: int  # 1-based
    bbox: BBox | None
    row_index: int  # row within the logical table (0-based, body rows only)
    col_index: int

    def describe(self) -> str:
        """A one-line description used for display and for indexing by meaning."""
        row = " ".join(p for p in (self.row_code, self.row_name) if p)
        side = f"{self.side} · " if self.side else ""
        return f"{self.table_title} · {side}{row} · {self.column}"


@dataclass(frozen=True)
class TextFact:
    """A figure stated in the explanatory text, with what is stated alongside it."""

    subject: str
    value: float | None  # None: a change stated without the current figure ("比上年增加 50.32 万元")
    unit: str  # 万元 | 元 | 亿元 | 人 | 辆 | 平方米 | % | ...
    page: int
    sentence: str
    share: float | None = None  # 占 X%
    change: float | None = None  # signed: 增加 +, 减少 -
    change_unit: str | None = None
    change_pct: float | None = None  # signed: 增长 +, 下降 -
    section: str = ""


@dataclass(frozen=True)
class Passage:
    """A chunk of explanatory text with the headings it sits under."""

    index: int
    page: int
    pages: tuple[int, ...]
    heading_path: tuple[str, ...]
    text: str

    def with_context(self) -> str:
        heads = " > ".join(self.heading_path)
        return f"{heads}\n{self.text}" if heads else self.text


@dataclass
class ParsedDocument:
    """Everything parsed from one file."""

    document: Document
    pages: list[Page] = field(default_factory=list)  # empty for text exports
    tables: list[Table] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    text_facts: list[TextFact] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)


# -- answers ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Source:
    doc: str
    page: int
    table: str | None
    row: str | None
    column: str | None


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str
    label: str
    formula: str | None
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class PassageRef:
    doc: str
    page: int
    text: str
    score: float


@dataclass
class Answer:
    question: str
    status: str  # answered | not_found | ambiguous
    answer: str
    figures: list[Figure] = field(default_factory=list)
    passages: list[PassageRef] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "question": self.question,
            "status": self.status,
            "answer": self.answer,
            "figures": [
                {
                    "value": f.value,
                    "unit": f.unit,
                    "label": f.label,
                    "formula": f.formula,
                    "sources": [s.__dict__ for s in f.sources],
                }
                for f in self.figures
            ],  # fmt: skip
            "passages": [p.__dict__ for p in self.passages],
        }
