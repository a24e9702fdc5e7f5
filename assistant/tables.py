"""Table understanding: a grid of printed cells -> header model -> facts with row and column paths.

Readers (PDF, text export) hand over `TablePart`s: the cells of one table on one page, with their
positions. A logical table is one or more parts (a table continued over pages). Here:

1. header rows = the leading rows before the first row with an amount;
2. each header cell covers an x-interval (its box, or in a text export the empty cells to its right);
   a value's column path is every header cell whose interval holds the value's centre;
3. body columns are label columns (科目编码 parts, names) or value columns; a label column that
   comes after a value column starts another side (收入 | 支出 printed side by side);
4. each amount becomes a `Fact` with its side, 科目编码, name, column path, unit, page and box.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from .lexicon import code_names, measures
from .model import BBox, Fact, Table
from .normalize import (
    is_blank,
    is_code_part,
    is_percent,
    parse_number,
    per_unit,
    split_code,
    squash,
    strip_numbering,
)

# Header cells that are not column names: the table's own title, unit and organisation lines.
# Column numbers ("栏次 | 1 | 2 | 3") are not column names either.
_NOT_A_HEADER = re.compile(
    r"(^(?:金额)?单位[:：]|编制部门|编制单位|部门名称|单位名称|预算单位[:：]|^部门(?:（单位）)?[:：]|预算\d+表|公开\d*表|^表\d+$|^元$|^栏次$|^\d{1,2}$)"
)
# Header words that mark a 科目编码 column.
_CODE_HEADER = re.compile(r"(编码|代码|^类$|^款$|^项$|^科目编?码?$)")
_LINE_NUMBER_HEADER = re.compile(r"^(行次|栏次|序号|编号|行号)$")
_UNIT_CODE_HEADER = re.compile(r"(?:单位|部门)(?:编码|代码|编号)$")
_HEADCOUNT = re.compile(r"人数|天数")
_COUNTED_CELL = re.compile(r"^(\d+)(?:人次|人|天|日)?$")
# a column of how many (数量, 部门数量): its figures are counts, not money in the table's unit
_QUANTITY_HEADER = re.compile(r"数量$")
TOTAL_WORD = re.compile(r"合计|总计")
_ATTRIBUTE_HEADER = re.compile(r"^(?:时间|日期|起止时间|人数|天数|地点|期限|备注|说明|(?:采购)?组织形式|采购方式)$")
_TOTAL_LABEL = re.compile(r"^(合计|总计|小计)")
_AMOUNT_SHAPE = re.compile(r"[.,%]")


@dataclass(frozen=True)
class Cell:
    text: str
    box: BBox  # PDF points, or (col, row, col + 1, row + 1) for a text export


@dataclass
class TablePart:
    """One table's cells on one page. `rows` may hold None where a merged cell continues."""

    page: int
    rows: list[list[Cell | None]]
    context: list[str] = field(default_factory=list)  # text lines above it on the page
    left_behind: list[str] = field(default_factory=list)  # a title at the foot of the page before, if any


@dataclass
class _Header:
    text: str
    x0: float
    x1: float  # exclusive for text exports, inclusive (with a small tolerance) for PDF boxes
    level: int
    tolerance: float


@dataclass
class LogicalTable:
    """A table as assembled by a reader: title, unit and its parts in page order."""

    number: str
    title: str
    table_type: str
    unit: str
    parts: list[TablePart]
    text_export: bool = False  # text exports have no boxes: header cells span empty cells


def _is_amount_row(row: list[Cell | None]) -> bool:
    texts = [squash(c.text) for c in row if c is not None]
    if any(parse_number(t) is not None and _AMOUNT_SHAPE.search(t) for t in texts):
        return True
    labels = [t for t in texts if t and parse_number(t) is None]
    numbers = [t for t in texts if parse_number(t) is not None]
    return bool(numbers) and bool(labels) and bool(_TOTAL_LABEL.match(labels[0]))


def _texts(row: list[Cell | None]) -> set[str]:
    return {squash(c.text) for c in row if c is not None and squash(c.text)}


def _split_header(
    part: TablePart, first_header: set[str] | None
) -> tuple[list[list[Cell | None]], list[list[Cell | None]]]:
    """Leading rows before the first amount row are the header. In a continued part they are a
    header only if they repeat the first part's header words; otherwise they are body rows."""
    rows = [r for r in part.rows if any(c is not None and squash(c.text) for c in r)]
    end = next((i for i, row in enumerate(rows) if _is_amount_row(row)), len(rows))
    if first_header is not None:
        end = next((i for i, row in enumerate(rows[:end]) if not _texts(row) <= first_header), end)
    return rows[:end], rows[end:]


def _header_cells(rows: list[list[Cell | None]], text_export: bool) -> list[_Header]:
    """Header cells with the x-interval each covers."""
    out: list[_Header] = []
    parents: list[_Header] = []
    for level, row in enumerate(rows):
        cells = [c for c in row if c is not None]
        current: list[_Header] = []
        for i, cell in enumerate(cells):
            text = _header_text(cell.text)
            if not text or _NOT_A_HEADER.search(text):
                continue
            x0, x1 = cell.box[0], cell.box[2]
            if text_export:
                # A text export loses merges: a header spans the empty cells to its right,
                # but never beyond its parent's span.
                nxt = next((c.box[0] for c in cells[i + 1 :] if squash(c.text)), None)
                parent = next((p for p in parents if p.x0 <= x0 < p.x1), None)
                x1 = nxt if nxt is not None else (parent.x1 if parent else 10**6)
                if parent is not None:
                    x1 = min(x1, parent.x1)
            current.append(_Header(text, x0, x1, level, 0.0 if text_export else 1.0))
        out.extend(current)
        parents = current or parents
    return out


def _header_text(raw: str) -> str:
    """A header cell's words. A narrow cell of a dense header may carry a stray character of its
    neighbour on its first line ("费\n会议费", "公\n公务\n接待\n费") or lose its end at a bracket
    ("因公出国（"): when what remains is a national term, or the start of one, that term is the header."""
    text = squash(raw)
    known = _known_terms()
    lines = [squash(x) for x in raw.split("\n") if squash(x)]
    if len(lines) >= 2 and len(lines[0]) == 1 and text not in known and "".join(lines[1:]) in known:
        return "".join(lines[1:])
    if len(text) >= 4 and text[-1] in "（(" and (longer := sorted((t for t in known if t.startswith(text)), key=len)):
        if all(t.startswith(longer[0]) for t in longer):  # 因公出国（境）费 and …费用 are one
            return longer[0]
    return text


@cache
def _known_terms() -> frozenset[str]:
    return frozenset({*code_names().values(), *measures()})


def _column_path(headers: list[_Header], box: BBox) -> tuple[str, ...]:
    cx = (box[0] + box[2]) / 2
    path: list[str] = []
    for h in sorted(headers, key=lambda h: h.level):
        inside = h.x0 - h.tolerance <= cx < h.x1 + h.tolerance or (h.tolerance and cx == h.x1 + h.tolerance)
        if inside and (not path or path[-1] != h.text):
            path.append(h.text)
    return tuple(path)


def _cell(row: list[Cell | None], j: int) -> Cell | None:
    return row[j] if j < len(row) else None


def _amount(cell: Cell | None) -> float | None:
    return None if cell is None else parse_number(cell.text)


def _count(cell: Cell | None, kind: str | None) -> float | None:
    """The number of people or days a 人数 / 天数 cell prints with its measure word ("60人", "10人次", "3天")."""
    m = _COUNTED_CELL.match(squash(cell.text)) if cell is not None and kind == "headcount" else None
    return float(m.group(1)) if m else None


def _unit(text: str, column_path: tuple[str, ...], table_unit: str) -> str:
    """A cell's unit: % where printed, a count under a 数量 header, people or days under 人数 or 天数, else
    the table's."""
    if is_percent(text):
        return "%"
    if column_path and _QUANTITY_HEADER.search(column_path[-1]):
        return "个"
    if column_path and (counted := _HEADCOUNT.search(column_path[-1])):
        if counted.group(0) == "人数":  # 培训费明细表's 人数 | 天数: people ("10人次": person-times) and days
            return "人次" if squash(text).endswith("人次") else "人"
        return "天"
    return table_unit


_SPILL_BEFORE_AMOUNT = re.compile(r"^([\u4e00-\u9fff]{1,3})\s*(-?[\d,]+(?:\.\d+)?)$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_AMOUNT_TEXT = re.compile(r"^-?[\d,]+(?:\.\d+)?$")


def _spill_and_amount(text: str) -> tuple[str, str] | None:
    """The characters of a name that ran into the amount column, and the amount: printed before it
    ("维 6540000"), or set over it so that the cell reads them interleaved by position ("障中18心39311.66"
    of "障中心" over 1839311.66)."""
    if m := _SPILL_BEFORE_AMOUNT.match(text):
        return m.group(1), m.group(2)
    spill = "".join(_HAN.findall(text))
    amount = _HAN.sub("", text).replace(" ", "")
    if text[:1] and _HAN.match(text[0]) and 1 <= len(spill) <= 3 and _AMOUNT_TEXT.match(amount):
        return spill, amount
    return None


_SPILL = re.compile(r"^[\u4e00-\u9fff]{1,3}$")


def _mend_overflow(row: list[Cell | None], kinds: dict[int, str]) -> list[Cell | None]:
    """A long name printed across its column's rules ("气 | 象灾害…业务运 | 维 6540000"): the
    characters that spilled into the amount column after it are the name's, and so, in such a row
    only, are those that spilled into the code column before it; the row keeps its name and amount."""
    cells = list(row)
    texts = [squash(c.text) if c is not None else "" for c in cells]
    labels = [j for j, t in enumerate(texts) if t and kinds.get(j) == "label"]

    def retext(j: int, text: str) -> None:
        cell = cells[j]
        if cell is not None:
            cells[j], texts[j] = replace(cell, text=text), text

    for j in range(len(cells) - 1):
        # "合 计 | | 1,024,807.17 (one cell over the last name column and the 合计 column) | 186,874.72": the
        # amount of a cell merged across a name column and an amount column is the amount column's
        cell = cells[j]
        if cell is not None and cells[j + 1] is None and kinds.get(j) != "value" and kinds.get(j + 1) == "value":
            if parse_number(texts[j]) is not None and _AMOUNT_SHAPE.search(texts[j]):
                right = (cell.box[2] - 8, cell.box[1], cell.box[2] - 4, cell.box[3])  # in the last column it spans
                cells[j + 1], texts[j + 1] = replace(cell, box=right), texts[j]
                retext(j, "")
    spilled = False
    for j in range(len(cells)):
        found = _spill_and_amount(texts[j]) if kinds.get(j) == "value" else None
        left = [k for k in labels if k < j]
        if found and left:
            retext(left[-1], texts[left[-1]] + found[0])
            retext(j, found[1])
            spilled = True
    for j in range(len(cells)):
        if spilled and kinds.get(j) in ("code", "index") and _SPILL.match(texts[j]) and j + 1 in labels:
            retext(j + 1, texts[j] + texts[j + 1])
            retext(j, "")
    return cells


def _column_kinds(body: list[list[Cell | None]], headers: list[_Header]) -> dict[int, str]:
    """For each grid column: "code", "label" or "value" (by majority of its body cells)."""
    kinds: dict[int, str] = {}
    width = max((len(r) for r in body), default=0)
    for j in range(width):
        cells = [c for c in (_cell(r, j) for r in body) if c is not None and squash(c.text)]
        texts = [squash(c.text) for c in cells]
        if not texts:
            continue
        narrowest = min(cells, key=lambda c: c.box[2] - c.box[0])  # a merged "合计" spans other columns
        header = _column_path(headers, narrowest.box)
        if header and (_LINE_NUMBER_HEADER.match(header[-1]) or _UNIT_CODE_HEADER.search(header[-1])):
            # 行次 / 栏次 / 序号: line numbers; 单位编码: a 汇总 table's unit numbers, not 科目编码
            kinds[j] = "index"
            continue
        code_header = any(_CODE_HEADER.search(h) for h in header)
        codes = sum(is_code_part(t) for t in texts)
        amounts = any(_AMOUNT_SHAPE.search(t) for t in texts)
        if codes and codes * 2 >= len(texts) and not amounts and (code_header or not header):
            kinds[j] = "code"  # a merged total label ("公用经费合计") may sit in a code column
            continue
        counted = [t for t in texts if _COUNTED_CELL.match(t)]
        worded = len(counted) * 2 > len(texts) and not all(map(str.isdigit, counted))
        if header and _HEADCOUNT.search(header[-1]) and worded:
            kinds[j] = "headcount"  # 培训费明细表's 人数 printed "60人": people, read as a number of them
            continue
        numeric = sum(parse_number(t) is not None or is_blank(t) for t in texts)
        kinds[j] = "value" if numeric * 2 >= len(texts) else "label"
        if header and _ATTRIBUTE_HEADER.search(header[-1]) and kinds[j] == "label":
            kinds[j] = "attribute"  # 时间 | 地点 | 备注 beside 会议名称: what the row is about, not its name or money
    return kinds


def _segments(kinds: dict[int, str]) -> list[list[int]]:
    """Split columns into sides: a label column after a value column starts a new side."""
    segments: list[list[int]] = [[]]
    seen_value = False
    for j in sorted(kinds):
        if kinds[j] in ("code", "label") and seen_value:
            segments.append([])
            seen_value = False
        seen_value = seen_value or kinds[j] == "value"
        segments[-1].append(j)
    # A trailing side of text only (绩效目标 beside the amounts) is not a side of its own.
    return [s for s in segments if any(kinds[j] == "value" for j in s)]


@dataclass
class _RowLabel:
    code: str | None
    names: list[str]
    raw: str
    code_level: int = 0  # which of the 类 / 款 / 项 code columns the row's code starts in


# "一、货物 A": the letter of the 政府采购品目 category (A 货物, B 工程, C 服务) is no part of the name
_CATEGORY_LETTER = re.compile(r"(?<=[\u4e00-\u9fff])[A-Z]$")


def _row_label(row: list[Cell | None], columns: list[int], kinds: dict[int, str]) -> _RowLabel:
    code_parts: list[str] = []
    names: list[str] = []
    raws: list[str] = []
    code: str | None = None
    code_columns = [j for j in columns if kinds.get(j) == "code"]
    level = 0
    for j in columns:
        cell = _cell(row, j)
        text = squash(cell.text) if cell is not None else ""
        if not text:
            continue
        if kinds.get(j) in ("attribute", "headcount"):
            continue
        if kinds.get(j) == "code" and is_code_part(text) and code_parts and len(text) >= 3:
            break  # a second classification beside the first (部门经济 30101 | 政府经济 50501): not this row's
        if kinds.get(j) == "code" and is_code_part(text):
            if not code_parts:  # when a part of the table shows only the 款 and 项 columns, they are the last two
                level = code_columns.index(j) + (1 if len(code_columns) == 2 else 0)
            code_parts.append(text)
            continue
        if parse_number(text) is not None:
            continue
        own_code, name = split_code(text)
        # "50502-商品和服务支出 | 30209-物业管理费": the row is named by its last label, so its code too
        code = own_code if own_code and not code_parts else code
        raws.append(text)
        names.append(_CATEGORY_LETTER.sub("", strip_numbering(name)))
    return _RowLabel(("".join(code_parts) or code) if code_parts or code else None, names, " ".join(raws), level)


def _full_code(label: _RowLabel, context: list[str]) -> str | None:
    """A code printed only in its own column (款 "08" under 类 "201") joined to the codes above it
    (20108); `context` holds the last 类 and 款 codes of the table side and is updated."""
    code = label.code
    if code is None or not code.isdigit():
        return code
    if label.code_level > 0 and context and len(code) == 2:
        code = context[min(label.code_level, len(context)) - 1] + code
    if len(code) in (3, 5):
        del context[(len(code) - 3) // 2 :]
        context.append(code)
    return code


def _segment_labels(row: list[Cell | None], segments: list[list[int]], kinds: dict[int, str]) -> list[_RowLabel]:
    """Row labels per side. A side with amounts but no label takes the label of the side to its
    left when that one has a label and no amounts (a merged label cell: "支出合计 | … | 37,188.34")."""
    labels = [_row_label(row, columns, kinds) for columns in segments]
    has_values = [any(kinds.get(j) == "value" and _amount(_cell(row, j)) for j in columns) for columns in segments]
    for i in range(1, len(segments)):
        if has_values[i] and not labels[i].names and not labels[i].code:
            if labels[i - 1].names and not has_values[i - 1]:
                labels[i] = labels[i - 1]
    return labels


PERIOD_ROW = re.compile(
    r"(?:20\d{2}年度?|上年|本年|当年)(?:预算数?|执行数|决算数)?|增减变化(?:金额|情况)?|增减(?:额|金额)?|变动(?:额|金额)?"
)


def _of_entity(label: _RowLabel, entities: dict[int, str], side: int) -> _RowLabel:
    """A row labelled only by its year ("2026年", "增减变化金额") under a row that names a unit and a
    year ("深圳市观澜河流域管理中心 | 2025年", printed once for its rows): the unit's, in its path."""
    if not label.names or label.code or not PERIOD_ROW.fullmatch(label.names[-1]):
        entities[side] = ""
        return label
    if len(label.names) >= 2:
        entities[side] = label.names[0]
    elif entities.get(side):
        return replace(label, names=[entities[side], *label.names])
    return label


def _side_name(headers: list[_Header], columns: list[int], row_cells: list[Cell | None]) -> str | None:
    first = next((row_cells[j] for j in columns if j < len(row_cells) and row_cells[j] is not None), None)
    if first is None:
        return None
    path = _column_path(headers, first.box)
    return path[0] if path else None


# two-sided summaries list every kind of income and spending, printing none as a blank row
_KINDS_LISTED = ("收支总表", "财政拨款收支总表")


def _printed_blank(
    table: LogicalTable,
    row: list[Cell | None],
    columns: list[int],
    kinds: dict[int, str],
    label: _RowLabel,
    code: str | None,
) -> list[int]:
    """The value columns of one side of a summary row printed with its name and no amount
    ("上级补助收入 | (blank)"): that kind is 0 this year, not missing. Only named rows without a code
    (a code's row heads rows that hold its amounts) and not totals."""
    if table.table_type not in _KINDS_LISTED or table.text_export or not label.names or code:
        return []
    if TOTAL_WORD.search(label.names[-1]):
        return []
    values = [j for j in columns if kinds.get(j) == "value"]
    cells = [_cell(row, j) for j in values]
    if not values or any(c is None or not is_blank(c.text) for c in cells):
        return []
    return values


def build_facts(table: LogicalTable, index: int) -> tuple[Table, list[Fact]]:
    """Facts of one logical table (row names not yet filled from other tables)."""
    first_header: list[_Header] | None = None
    first_words: set[str] | None = None
    facts: list[Fact] = []
    row_index = 0
    n_cols = 0
    contexts: dict[int, list[str]] = {}  # per table side: the last 类 and 款 codes
    last_row: list[tuple[Cell | None, str | None, int]] = []  # the previous part's last row: cell, kind, index
    entities: dict[int, str] = {}  # per table side: the unit whose rows of years follow ("X中心 | 2025年")
    blanks: set[int] = set()  # the facts of rows printed blank, by position
    for part in table.parts:
        header_rows, body = _split_header(part, first_words)
        if first_words is None:
            first_words = set().union(*(_texts(r) for r in header_rows)) if header_rows else set()
        headers = _header_cells(header_rows, table.text_export)
        if first_header is None and headers:
            first_header = headers
        use = headers or first_header or []  # a part without its own header rows continues the first
        kinds = _column_kinds(body, use)
        segments = _segments(kinds)
        n_cols = max(n_cols, max((len(r) for r in body), default=0))
        for r, row in enumerate(body):
            row = _mend_overflow(row, kinds)
            if r == 0 and last_row and (mended := _continued_row(row, last_row, kinds, facts)):
                facts[:] = mended  # a row broken by the page: its digits and name joined to the row above
                continue
            is_last = part is table.parts[-1] and r == len(body) - 1
            labels = _segment_labels(row, segments, kinds)
            # "合计" printed once for a row that runs across both sides (数量 | … | 预算金额): both sides' total
            total_word = next((n[-1] for n in (x.names for x in labels) if n and TOTAL_WORD.fullmatch(n[-1])), "")
            for side_index, (columns, label) in enumerate(zip(segments, labels)):
                code = _full_code(label, contexts.setdefault(side_index, []))  # carried over pages
                label = _of_entity(label, entities, side_index)
                side = _side_name(use, columns, row) if len(segments) > 1 else None
                blank = _printed_blank(table, row, columns, kinds, label, code) if len(segments) > 1 else []
                for j in columns:
                    cell = _cell(row, j)
                    kind = kinds.get(j)
                    value = 0.0 if j in blank else _amount(cell) if kind == "value" else _count(cell, kind)
                    if cell is None or value is None:
                        continue
                    if j in blank:
                        blanks.add(len(facts))
                    unnamed = "" if code else total_word or ("合计" if is_last else "")
                    name = label.names[-1] if label.names else unnamed
                    column_path = _column_path(use, cell.box)
                    facts.append(
                        Fact(
                            table_index=index,
                            table_title=table.title,
                            table_type=table.table_type,
                            side=side,
                            row_code=code,
                            row_name=name,
                            row_label=label.raw or name,
                            row_path=tuple(label.names),
                            column=" / ".join(column_path),
                            column_path=column_path,
                            value=value,
                            unit=_unit(cell.text, column_path, table.unit),
                            page=part.page,
                            bbox=None if table.text_export else cell.box,
                            row_index=row_index + r,
                            col_index=j,
                        )
                    )
        row_index += len(body)
        last_row = [(c, kinds.get(j), row_index - 1) for j, c in enumerate(body[-1])] if body else []
    if blanks:
        # "(1)工资福利支出" blank under 专项业务经费 and printed under 人员经费: a name twice on one side is
        # not one kind, and its blank row is left unread
        printed = {(f.side, f.row_name) for i, f in enumerate(facts) if i not in blanks}
        facts = [f for i, f in enumerate(facts) if i not in blanks or (f.side, f.row_name) not in printed]
    facts = _aligned_columns(facts)
    if table.table_type == "绩效目标":
        facts += _form_money(table, index, facts)
        facts += _indicators(table, index)
    record = Table(
        index=index,
        number=table.number,
        title=table.title,
        table_type=table.table_type,
        unit=table.unit,
        pages=tuple(sorted({p.page for p in table.parts})),
        n_rows=row_index,
        n_cols=n_cols,
    )
    return record, facts


_CUT_AMOUNT = re.compile(r"\d\.\d$")  # "12,437.3": an amount of two decimals cut after one


def _continued_row(
    row: list[Cell | None], above: list[tuple[Cell | None, str | None, int]], kinds: dict[int, str], facts: list[Fact]
) -> list[Fact] | None:
    """The first row of a page whose only figures are the last digit of amounts cut at the row above
    ("12,437.3" then "6" over the page break, beside the rest of a wrapped name): the facts with the
    row above mended (12,437.36, the name joined), or None when the row is a row of its own."""
    fragments, words = [], []
    for j, cell in enumerate(row):
        text = squash(cell.text) if cell is not None else ""
        if not text or cell is None:
            continue
        if kinds.get(j) == "value" and re.fullmatch(r"\d", text):
            over = [
                (c, i) for c, kind, i in above
                if c is not None and kind == "value" and _CUT_AMOUNT.search(squash(c.text))
                and min(c.box[2], cell.box[2]) - max(c.box[0], cell.box[0]) > 0
            ]  # fmt: skip
            if len(over) != 1:
                return None
            fragments.append((over[0], text))
        elif kinds.get(j) == "label" and parse_number(text) is None:
            words.append(text)
        else:
            return None
    if not fragments:
        return None
    row_index = fragments[0][0][1]
    cut = {c.box: c.text for (c, _), _ in fragments}
    mended = []
    for f in facts:
        if f.row_index != row_index:
            mended.append(f)
            continue
        whole = next((squash(t) + d for (c, _), d in fragments if c.box == f.bbox for t in [cut[c.box]]), None)
        name = f.row_name + "".join(words) if words and not f.row_code else f.row_name
        value = parse_number(whole) if whole else f.value
        label = f.row_label + "".join(words) if words and not f.row_code else f.row_label
        path = (*f.row_path[:-1], name) if f.row_path else f.row_path
        mended.append(
            replace(f, value=f.value if value is None else value, row_name=name, row_label=label, row_path=path)
        )
    return mended


FORM_ROWS = 10_000  # row numbers of the money read apart from a form's grid (its indicators from 20_000)
_FORM_MONEY = re.compile(r"^(?:年度)?(?:预算)?资金总额[:：]?$")  # "年度预算资金总额：| 237.00"
_FORM_TITLE = re.compile(r"((?:[^。：:；;（）()]|[（(][^（）()]*[)）])*?绩效目标表)")


def _form_money(table: LogicalTable, index: int, facts: list[Fact]) -> list[Fact]:
    """A project's performance form ("综合工作经费项目绩效目标表 | 专项资金情况（万元） | 资金总额 | 260.00"):
    one per page, its money in the row 资金总额, named by the form's own title. The grid of a form is
    no table of columns, so its money is read here when the columns gave none; forms that run on
    from one page to the next are one logical table, each page's form its own project."""
    if any(_FORM_MONEY.match(squash(f.row_name)) for f in facts):
        return []
    out: list[Fact] = []
    for k, part in enumerate(table.parts):
        for r, row in enumerate(part.rows):
            texts = [squash(c.text) if c is not None else "" for c in row]
            at = next((j for j, t in enumerate(texts) if _FORM_MONEY.match(t)), None)
            if at is None:
                continue
            j, value = next(((j, v) for j in range(at + 1, len(row)) if (v := _amount(row[j])) is not None), (0, None))
            around = "".join(texts) + "".join(squash(c.text) for r2 in part.rows[:r] for c in r2 if c is not None)
            unit = "万元" if "万元" in around else "元" if re.search(r"[（(]元[)）]", around) else table.unit
            if value is None or not unit:
                break
            lines = "".join(squash(x) for x in part.context[-3:]) + "".join(
                squash(c.text) for r2 in part.rows[:r] for c in r2 if c is not None
            )
            named = _project_named(part.rows[:r]) or _FORM_TITLE.findall(lines)  # "项目名称 | X" above it
            if not named and k:  # the form's title printed at the foot of the page before
                named = _FORM_TITLE.findall(
                    "".join(squash(c.text) for r2 in table.parts[k - 1].rows[-3:] for c in r2 if c)
                )
            title = (
                re.sub(r"^.*?(?:\d+[.、．]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])", "", named[-1])
                if named
                else ""
            )
            # the form's own title names it (a logical table may hold several); after the grid's rows
            out.append(
                _form_cell(table, index, part, row, j, ("年度资金总额", title), "", value, unit, FORM_ROWS + len(out))
            )
            break
    return out


def _aligned_columns(facts: list[Fact]) -> list[Fact]:
    """One column, one index: a table's rows may print its columns shifted (a page with a column left
    out, a row whose label takes one cell fewer), so each row's cells are moved by the shift that puts
    most of them where the rows before printed them (a column first printed in a row keeps its place
    relative to the rest). Left as printed when two columns would meet at one index."""
    keyed = [f for f in facts if f.column_path]
    placed: dict[tuple[str | None, tuple[str, ...]], int] = {}
    rows: dict[tuple[int, int], dict[tuple[str | None, tuple[str, ...]], int]] = {}
    for f in sorted(keyed, key=lambda f: (f.page, f.row_index, f.col_index)):
        if rows.setdefault((f.page, f.row_index), {}).setdefault((f.side, f.column_path), f.col_index) != f.col_index:
            return facts  # one column twice in a row: not one grid
    for here in rows.values():
        moved = Counter(placed[k] - j for k, j in here.items() if k in placed)
        shift = moved.most_common(1)[0][0] if moved else 0
        for k, j in here.items():
            placed.setdefault(k, j + shift)
        if len({placed[k] for k in here}) < len(here):
            return facts
    if len(set(placed.values())) < len(placed):
        return facts
    return [replace(f, col_index=placed[f.side, f.column_path]) if f.column_path else f for f in facts]


# An indicator's value printed with its measure in one cell ("=17074人", "≥95%", "≤20万元")
_INDICATOR_VALUE = re.compile(
    r"^(?:[=＝≥≤≧≦＞＜><]=?|大于等于|小于等于|不低于|不少于|不高于|不超过|不多于|达到)?"
    r"(\d[\d,]*(?:\.\d+)?)"
    r"((?:万(?=人|户|个|次|场|份|册|件|亩|平方米|吨|株|棵|只|头|公里|千米|套|张|条))?"  # "≥1.8万人次"
    r"(?:人次|人|个|座|处|项|次|场|份|家|所|台|辆|套|件|篇|期|户|天|日|小时|公里|千米|平方公里|平方米|亩|立方米"
    r"|万立方米|吨|亿元|万元|元|%|分|批|册|宗|条|张|间|艘|架|棵|株|只|头|公顷))"
    r"(?P<per>\s*/\s*(?:人次|人|户|次|辆|台|吨|平方米|立方米|天|日|月|年)(?:\s*[/.·．]?\s*(?:人|户|次|天|日|月|年))*)?$"
)  # "≤560元/人/天": the measure per something
# the value alone, its measure in the next cell ("≥ | 95 | %") or in the indicator's name ("人均培训成本（元）")
_INDICATOR_BARE = re.compile(
    r"^(?:[=＝≥≤≧≦＞＜><]=?|大于等于|小于等于|不低于|不少于|不高于|不超过|不多于|达到)(\d[\d,]*(?:\.\d+)?)$"
)
_INDICATOR_NAME = re.compile(r"[^。，,；;]{2,30}")
_COMPARATOR = re.compile(r"[=＝≥≤≧≦＞＜><]=?|大于等于|小于等于|不低于|不少于|不高于|不超过|不多于|达到")
_INDICATOR_NUMBER = re.compile(r"^(?:指标)?\d+[:：.、．]")
_LOWER_BOUND = re.compile(r"^(?:[≥≧＞>]|大于|不低于|不少于)")
_UPPER_BOUND = re.compile(r"^(?:[≤≦＜<]|小于|不高于|不超过|不多于)")


def _target_column(printed: str) -> str:
    """The column an indicator's value stands in, saying when the target is a bound ("≥19亿元" is at least
    19 亿元, not 19 亿元): 指标值下限, 指标值上限, or 指标值 for a value to reach ("=17074人", "达到…")."""
    if _LOWER_BOUND.match(printed):
        return "指标值下限"
    return "指标值上限" if _UPPER_BOUND.match(printed) else "指标值"


_INDICATOR_LEVELS = re.compile(
    r"^(?:(?:产出|效益|成本|满意度|数量|质量|时效|社会效益|经济效益|生态效益|可持续影响|服务对象满意度|经济成本|社会成本"
    r"|生态环境成本)指标)+"
)


def _indicators(table: LogicalTable, index: int) -> list[Fact]:
    """The values of a 绩效目标 table's indicators printed with their measure in one cell
    ("指标1：大中型水库农转非移民补贴资金发放人数 | =17074人"): the grid's columns read no number
    there, so each is read here, named by the indicator beside it and the form's title. Only the
    performance look-up reads them (candidates leave 绩效目标 cells alone)."""
    out: list[Fact] = []
    listed = _listed_projects(table)
    for p, part in enumerate(table.parts):
        lines = "".join(squash(x) for x in part.context[-3:])
        for r, row in enumerate(part.rows):
            texts = [squash(c.text) if c is not None else "" for c in row]
            for j, text in enumerate(texts):
                if listed_values := _listed_indicators(texts, j):
                    above = "".join(squash(c.text) for r2 in part.rows[:r] for c in r2 if c is not None)
                    named = _project_named(part.rows[:r]) or _FORM_TITLE.findall(lines + above)
                    for name, (value, unit), printed in listed_values:
                        out.append(
                            _form_cell(
                                table, index, part, row, j, (name, named[-1] if named else ""),
                                _target_column(printed), value, unit, 20_000 + len(out),
                            )
                        )  # fmt: skip
                    continue
                m = _INDICATOR_VALUE.match(text)
                if not m and _COMPARATOR.fullmatch(text):  # "≥ | 420 | 个": the sign, the number, the measure apart
                    rest = [t for t in texts[j + 1 :] if t][:2]
                    if len(rest) == 2 and parse_number(rest[0]) is not None:
                        m = _INDICATOR_VALUE.match(rest[0] + rest[1])
                bare = None if m else _INDICATOR_BARE.match(text)
                if not (m or bare) or parse_number(text) is not None:
                    continue
                # the indicator's name, not its explanation printed between name and value
                name = next((t for t in reversed(texts[:j]) if _INDICATOR_NAME.fullmatch(t)), "")
                name = _INDICATOR_NUMBER.sub("", name)
                if len(unlevelled := _INDICATOR_LEVELS.sub("", name)) >= 2:
                    name = unlevelled  # "效益指标社会效益指标南水北调…受益人口": the levels run into its name
                if len(name) < 2 or parse_number(name) is not None or _INDICATOR_VALUE.match(name):
                    continue
                if bare:
                    measure = next((t for t in texts[j + 1 :] if t), "")
                    named_unit = re.search(r"[（(]([^（）()]{1,4})[)）]$", name)
                    unit_text = (
                        measure
                        if measure and _INDICATOR_VALUE.match("1" + measure)
                        else (named_unit.group(1) if named_unit else "")
                    )
                    m = _INDICATOR_VALUE.match(bare.group(1) + unit_text)
                    if not m:
                        continue
                    name = re.sub(r"[（(][^（）()]{1,4}[)）]$", "", name) if named_unit else name
                if m is None:
                    continue
                above = "".join(squash(c.text) for r2 in part.rows[:r] for c in r2 if c is not None)
                named = (
                    _project_named(part.rows[:r])
                    or ([listed[p, r]] if (p, r) in listed else [])
                    or _FORM_TITLE.findall(lines + above)
                )
                value = float(m.group(1).replace(",", ""))
                unit = m.group(2) + (per_unit(m.group(0), m.start("per")) if m.group("per") else "")
                project = named[-1] if named else ""  # after the grid's rows and the forms' money
                column = _target_column(text)  # the sign printed in the value's cell or in a cell of its own
                out.append(
                    _form_cell(table, index, part, row, j, (name, project), column, value, unit, 20_000 + len(out))
                )
    return out


_LIST_SEPARATOR = re.compile(r"[；;]")
_PER_PERIOD_BEFORE = {"每天": "/天", "每日": "/日", "每月": "/月", "每年": "/年"}


def _listed_indicators(texts: list[str], j: int) -> list[tuple[str, tuple[float, str], str]]:
    """Several indicators in one row, names and values each listed in one cell and separated alike
    ("指标：公益性岗位补助；劳动保障协理员补助 | 1000元/人/月；3965元/人/月"): each name with its value, in
    order; nothing unless every value reads as an indicator's and the names are as many."""
    values = [v.strip() for v in _LIST_SEPARATOR.split(texts[j])]
    if len(values) < 2:
        return []
    # "17839平方米；每天3000人次": a value per day said before it ("3000人次/天")
    per = [_PER_PERIOD_BEFORE.get(v[:2], "") for v in values]
    values = [v[2:] if p else v for v, p in zip(values, per, strict=True)]
    matched = [_INDICATOR_VALUE.match(v) for v in values]
    if not all(matched):
        return _named_in_their_cell(texts, j, values)
    for t in reversed(texts[:j]):
        names = [_INDICATOR_NUMBER.sub("", n.strip()) for n in _LIST_SEPARATOR.split(re.sub(r"^指标\d*[:：]", "", t))]
        if len(names) == len(values) and all(_INDICATOR_NAME.fullmatch(n) for n in names):
            out = []
            for name, m, every in zip(names, matched, per, strict=True):
                assert m is not None
                unit = m.group(2) + (per_unit(m.group(0), m.start("per")) if m.group("per") else "") + every
                out.append((name, (float(m.group(1).replace(",", "")), unit), m.group(0)))
            return out
    return []


_NAME_THEN_VALUE = re.compile(r"^([\u4e00-\u9fff]{2,12}?)[:：]?((?:[≥≤=<>＞＜]=?)?\d.*)$")


def _named_in_their_cell(texts: list[str], j: int, values: list[str]) -> list[tuple[str, tuple[float, str], str]]:
    """Several targets of one indicator, each named in the value's own cell ("作业次数 | 飞机增雨10次/年；火箭增雨
    12次/年"): each read as "飞机增雨作业次数" and its value; nothing unless every part reads so."""
    parts = [_NAME_THEN_VALUE.match(v) for v in values]
    matched = [_INDICATOR_VALUE.match(p.group(2)) if p else None for p in parts]
    if not all(matched):
        return []
    indicator = next((t for t in reversed(texts[:j]) if _INDICATOR_NAME.fullmatch(t)), "")
    indicator = _INDICATOR_LEVELS.sub("", _INDICATOR_NUMBER.sub("", indicator))
    out = []
    for p, m in zip(parts, matched, strict=True):
        assert p is not None and m is not None
        unit = m.group(2) + (per_unit(m.group(0), m.start("per")) if m.group("per") else "")
        out.append((p.group(1) + indicator, (float(m.group(1).replace(",", "")), unit), m.group(0)))
    return out


def _form_cell(
    table: LogicalTable,
    index: int,
    part: TablePart,
    row: list[Cell | None],
    j: int,
    named: tuple[str, str],
    column: str,
    value: float,
    unit: str,
    row_index: int,
) -> Fact:
    """A figure of a performance form read apart from the grid's columns: (its row's name, the form's
    project or title) and the column it stands in."""
    cell = row[j]
    assert cell is not None
    name, project = named
    return Fact(
        table_index=index,
        table_title=table.title,
        table_type=table.table_type,
        side=None,
        row_code=None,
        row_name=name,
        row_label=project or table.title,
        row_path=(name,),
        column=column,
        column_path=(column,) if column else (),
        value=value,
        unit=unit,
        page=part.page,
        bbox=None if table.text_export else cell.box,
        row_index=row_index,
        col_index=j,
    )


def _listed_projects(table: LogicalTable) -> dict[tuple[int, int], str]:
    """(part, row) -> the project of a listed 绩效目标 table's row: the text last printed in the column
    headed 项目名称 at or above it. A project's indicators run over many rows under one merged name cell
    ("2026年信访专项经费"), whose continuation pdfplumber leaves empty, and on across pages."""
    header: Cell | None = next(
        (c for part in table.parts for row in part.rows[:4] for c in row
         if c is not None and squash(c.text) == "项目名称"
         # a column's head among others ("项目名称 | 年度资金总额 | 三级指标"), not a form's label
         and sum(1 for o in row if o is not None and re.search(r"指标|金额|总额|目标", squash(o.text))) >= 2),
        None,
    )  # fmt: skip
    if header is None or table.text_export:
        return {}
    x0, x1 = header.box[0], header.box[2]
    out: dict[tuple[int, int], str] = {}
    current = ""
    for p, part in enumerate(table.parts):
        for r, row in enumerate(part.rows):
            for c in row:
                if c is None or c is header or not (x0 - 2 <= (c.box[0] + c.box[2]) / 2 <= x1 + 2):
                    continue
                text = squash(c.text)
                if (
                    text
                    and text != "项目名称"
                    and parse_number(text) is None
                    and not re.search(r"名称|金额|万元", text)
                ):
                    current = re.sub(r"^[0-9A-Z]{6,}[-_]", "", text)  # "11000022T000000455794-评审工作经费"
            if current:
                out[p, r] = current
    return out


def _project_named(rows: list[list[Cell | None]]) -> list[str]:
    """The project of the form a row belongs to: the cell after the last "项目名称" above it."""
    for row in reversed(rows):
        texts = [squash(c.text) if c is not None else "" for c in row]
        for k, t in enumerate(texts):
            if re.fullmatch(r"(?:项目|转移支付)名称[:：]?", t):
                after = next((x for x in texts[k + 1 :] if x), "")
                # a header row ("项目名称 | 年度资金总额（万元）") names no project
                return [after] if after and not re.search(r"金额|总额|万元|指标|单位|名称|目标", after) else []
    return []


@dataclass(frozen=True)
class ProjectText:
    """Prose printed in a table cell about one project: its 年度目标, 项目概述 or 绩效目标 ("通过为…居家失能
    老年人提供上门助浴…"). The running text never holds it (table areas are cut out of the page's text),
    yet it is where a project is told by what it does, and where its goals state their figures."""

    page: int
    table_title: str
    project: str
    label: str  # the row's or column's name for the prose ("年度目标", "绩效目标"), or ""
    text: str


_PROSE = re.compile(r"[\u4e00-\u9fff]{4}.*[，。；、,;]")
MIN_PROSE = 20  # characters: shorter cells are names and targets, not prose
_PROSE_LABEL = re.compile(r"^(?:[^，。；、,;\d]{2,12})$")


def project_texts(table: LogicalTable, facts: list[Fact]) -> list[ProjectText]:
    """The prose cells of a project table, each with its project: in a list, the row whose money cell
    sits beside it; in a form (one project a page), the project named above it or the form's title."""
    if table.text_export or not (table.table_type in ("绩效目标", "项目支出表") or _PROJECT_TITLE.search(table.title)):
        return []
    out: list[ProjectText] = []
    money = [f for f in facts if f.bbox is not None and f.unit in ("万元", "元", "亿元", "") and f.row_name]
    listed = _listed_projects(table)
    for p, part in enumerate(table.parts):
        for r, row in enumerate(part.rows):
            texts = [squash(c.text) if c is not None else "" for c in row]
            for j, cell in enumerate(row):
                text = texts[j]
                if cell is None or len(text) < MIN_PROSE or not _PROSE.search(text) or parse_number(text) is not None:
                    continue
                top, bottom = cell.box[1], cell.box[3]
                beside = {
                    f.row_name for f in money
                    if f.page == part.page and f.bbox is not None and top <= (f.bbox[1] + f.bbox[3]) / 2 <= bottom
                }  # fmt: skip
                named_before = (t for t in reversed(texts[:j]) if _PROSE_LABEL.fullmatch(t) and parse_number(t) is None)
                label = next(named_before, "")
                if len(beside) == 1:
                    project = beside.pop()
                else:
                    lines = "".join(squash(x) for x in part.context[-3:])
                    above = "".join(squash(c.text) for r2 in part.rows[:r] for c in r2 if c is not None)
                    named = (
                        _project_named(part.rows[:r])
                        or ([listed[p, r]] if (p, r) in listed else [])
                        or _FORM_TITLE.findall(lines + above)
                    )
                    project = _TITLE_WORDS.sub("", _TITLE_NUMBER.sub("", named[-1])) if named else ""
                    project = _YEAR_PREFIX.sub("", project)
                if project == label:
                    label = ""
                if _PROJECT_NAME.fullmatch(project) and project != text:
                    out.append(ProjectText(part.page, table.title, project, label, text))
    return out


_PROJECT_TITLE = re.compile(r"项目|绩效")
# a project's name: words, not a target ("≥95%"), a sentence or a table's number ("预算12表")
_PROJECT_NAME = re.compile(r"(?![≥≤=<>＞＜]|预算\d|表\d)[^，。；;,]*[\u4e00-\u9fff]{2}[^，。；;,]{0,40}")
_TITLE_WORDS = re.compile(r"(?:政策和)?(?:项目)?(?:支出)?(?:预算)?绩效(?:目标|自评)表$")
_YEAR_PREFIX = re.compile(r"^[（(]?20\d{2}年度?[)）]?")
_TITLE_NUMBER = re.compile(r"^.*?(?:\d+[.、．]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])")


def fill_names_by_code(facts: list[Fact]) -> list[Fact]:
    """Give coded rows without a printed name the name their code has elsewhere in the document,
    and a row path of their ancestors' names (类 > 款 > 项)."""
    names: dict[str, str] = {}
    for f in facts:
        own_name = f.row_path[0] if f.row_path else f.row_name  # 科目名称 comes before 项目名称
        if f.row_code and own_name and f.row_code not in names:
            names[f.row_code] = own_name
    out = []
    for f in facts:
        if not f.row_code:
            out.append(f)
            continue
        name = f.row_name or names.get(f.row_code, "")
        ancestors = [names[f.row_code[:n]] for n in (3, 5) if n < len(f.row_code) and f.row_code[:n] in names]
        own = list(f.row_path) if len(f.row_path) > 1 else [name]
        out.append(replace(f, row_name=name, row_label=f.row_label or name, row_path=tuple(ancestors + own)))
    return out
