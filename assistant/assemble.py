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


def _title_of(lines: list[str]) -> tuple[str, str]:
    """(number, title) from the lines printed above a table; the closest title wins."""
    number, title = "", ""
    for line in lines:
        number = table_number(line) or number
        title = title_in(line) or title
    if not title:
        # "表1 | 收支总表" on two lines, or a title split over lines: try the lines joined.
        joined = "".join(squash(x) for x in lines[-3:])
        title = title_in(joined)
    return number, title


def _first_row_texts(part: TablePart) -> list[str]:
    """Title rows inside the table frame (Beijing prints 预算01表 收支总表 there): leading rows
    with a single non-empty cell."""
    out = []
    for row in part.rows[:3]:
        texts = [c.text for c in row if c is not None and c.text and c.text.strip()]
        if len(texts) > 1:
            break
        out.extend(texts)
    return out


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
        number, title = _title_of(part.context)
        inner = _first_row_texts(part)
        if not title:
            number2, title = _title_of(inner)
            number = number or number2
        unit = find_unit(" ".join(part.context + inner)) or _unit_in_header(part)
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
            title = "未命名表格"
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


def organisation_of(parts: list[TablePart], from_title: str = "") -> str:
    """The organisation as printed: most often named on tables' 编制部门/部门名称 lines; else the
    one the title names; else a "部门名称 | X" pair of cells inside a table (tables-only files)."""
    lines: dict[str, int] = {}
    cells: dict[str, int] = {}
    for part in parts:
        for line in part.context:
            org = organisation_in(line)
            if org:
                lines[org] = lines.get(org, 0) + 1
        for row in part.rows[:4]:
            texts = [squash(c.text) for c in row if c is not None and squash(c.text)]
            for label, value in zip(texts, texts[1:]):
                if label in ("部门名称", "单位名称", "预算单位") and len(value) >= 3 and "合计" not in value:
                    cells[value] = cells.get(value, 0) + 1
    for counts in (lines, {from_title: 1} if from_title else {}, cells):
        if counts:
            return max(counts, key=lambda k: counts[k])
    return ""
