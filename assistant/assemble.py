"""Assembling logical tables from per-page parts: title, number, unit, and continuation over pages.

A part starts a new table when a title is printed above it (or in its first rows); a part with no
title above it continues the previous table, and so does a part whose title repeats the previous one
(some disclosures print the title again on every page).
"""

from __future__ import annotations

import re

from .classify import organisation_in, table_number, table_type, title_in
from .normalize import find_unit, squash
from .tables import LogicalTable, TablePart

_SECTION = re.compile(r"^第[一二三四五六七八九十]+部分")


UNNAMED_TABLE = "未命名表格"  # a table printed without a title line


def _title_of(lines: list[str]) -> tuple[str, str]:
    """(number, title) from the lines printed above a table; the closest title wins."""
    number, title = "", ""
    for i, line in enumerate(lines):
        number = table_number(line) or number
        found = title_in(line)
        prev = squash(lines[i - 1]) if i else ""
        heading = prev and (title_in(prev) or table_number(prev) or find_unit(prev) or organisation_in(prev))
        if found and prev and prev[-1] not in "。：:；;，," and not heading:
            # A title wrapped over two lines ("…“三公”经费及" + "会议费、培训费支出预算表").
            found = title_in(prev + squash(line)) or found
        title = found or title
    if not title:
        # "表1 | 收支总表" on two lines, or a title split over lines: try the lines joined.
        joined = "".join(squash(x) for x in lines[-3:])
        title = title_in(joined)
    return number, title


def _lift_title_rows(part: TablePart) -> list[str]:
    """Title rows inside the table frame (Beijing prints 预算01表 收支总表 there; Jiangsu prints
    "收支预算总表\n部门：X 单位：万元" in one merged cell): leading rows with a single non-empty
    cell that names a table, a unit or an organisation. They are taken out of the grid, so they
    are never read as column headers, and their lines returned."""
    lines: list[str] = []
    lifted = 0
    for row in part.rows[:4]:
        texts = [c.text for c in row if c is not None and c.text and c.text.strip()]
        if len(texts) == 1:
            row_lines = [x.strip() for x in texts[0].splitlines() if x.strip()]
            heading = any(_heading_line(x) for x in row_lines)
        else:  # "编制单位：X | 单位：元" in two cells of one row: every cell a heading line
            row_lines = [squash(x) for x in texts]
            heading = len(texts) <= 3 and all(_heading_line(x) for x in row_lines)
        if texts and not heading:
            break
        lines.extend(row_lines)
        lifted += 1
    del part.rows[:lifted]
    return lines


def _heading_line(line: str) -> bool:
    """A line printed above a table's header: its title, number, unit or organisation."""
    return bool(title_in(line) or table_number(line) or find_unit(line) or organisation_in(line))


def _header_texts(part: TablePart) -> list[str]:
    return [squash(c.text) for row in part.rows[:3] for c in row if c is not None and c.text]


def _unit_in_header(part: TablePart) -> str:
    """A unit printed in a column header: "预算数（单位：万元）", "金额（万元）"."""
    for text in _header_texts(part):
        m = re.search(r"[（(](?:单位[:：])?(万元|元|亿元)[)）]", text)
        if m:
            return m.group(1)
    return ""


def _starts_section(part: TablePart) -> bool:
    """A part printed under a 第N部分 heading belongs to a new section, never to the last table."""
    return any(_SECTION.match(squash(line)) for line in part.context)


def assemble(parts: list[TablePart], text_export: bool = False, default_unit: str = "万元") -> list[LogicalTable]:
    tables: list[LogicalTable] = []
    for part in parts:
        inner = _lift_title_rows(part)
        number, title = _title_of(part.context)
        if not title:
            number2, title = _title_of(inner)
            number = number or number2
        if not title and part.left_behind:  # "会议费明细表" the last line of the page before
            number, title = _title_of(part.left_behind)
            inner = part.left_behind + inner
        unit = find_unit(" ".join(part.context + inner)) or _unit_in_header(part)
        part.context.extend(inner)
        prev = tables[-1] if tables else None
        continues = (
            prev is not None
            and part.page - prev.parts[-1].page <= 1  # continued tables run on the next page
            and not _starts_section(part)
            and (not title or (squash(title) == squash(prev.title) and number == prev.number))
        )
        if continues and prev is not None:
            prev.parts.append(part)
            continue
        if not title:
            title = UNNAMED_TABLE
            header = "".join(_header_texts(part))
            kind = "绩效目标" if "绩效" in header or "指标" in header else "other"
        else:
            kind = table_type(title)
        tables.append(
            LogicalTable(
                number=number,
                title=squash(title),
                table_type=kind,
                unit=unit or _default_unit(title, default_unit),
                parts=[part],
                text_export=text_export,
            )
        )
    return tables


def _default_unit(title: str, document_unit: str) -> str:
    """A table without a unit line: standard money tables are in the document's unit; for
    others (绩效目标 scores, counts) the unit is unknown rather than guessed."""
    kind = table_type(title)
    return "" if kind in ("绩效目标", "other") else document_unit
