"""The projects of a disclosure's 项目支出绩效目标表: how many it lists and which has the most money.

Templates print them two ways. A list: one row per project with its money in a column named 金额,
资金总额, 项目总额 or 预算数 (杭州, 湖州, 北京, 长春, 广州); the other columns of the row are targets and
weights, never money of the project. A form: one table per project, titled with its name ("信息化运行维护
绩效目标表", "301007_…_科技兴警绩效目标表"), whose row 年度资金总额 holds its money. Tables of the
department as a whole (部门整体支出绩效目标表) and of transfers are no project's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .assemble import UNNAMED_TABLE
from .candidates import TOTAL_ROW, UNIT_ROW, Candidate
from .conditions import Condition
from .figures import format_value
from .model import Fact, Figure, ParsedDocument, Source
from .tables import FORM_ROWS

_PROJECT_TABLE = re.compile(r"项目|专项业务经费")
_NOT_A_PROJECT = re.compile(r"整体|转移支付")
_MONEY_COLUMN = re.compile(r"金额|资金总额|项目总额|预算数|预算金额")
_FORM_MONEY_ROW = re.compile(r"^(?:年度)?(?:预算)?资金总额")
_TARGET = re.compile(r"^[≥≤=<>＞＜]|[%％]$")  # a target value ("≥95%"), not a project's name
_CODE_PREFIX = re.compile(r"^[0-9A-Z]{6,}[-_]")  # "11000022T000000455794-评审工作经费"
_TITLE_WORDS = re.compile(r"(?:项目)?(?:支出)?(?:预算)?绩效(?:目标|自评)表.*$")


@dataclass(frozen=True)
class PerformanceProject:
    name: str
    cell: Fact  # the project's money
    doc_id: str


def performance_projects(docs: list[ParsedDocument]) -> list[PerformanceProject]:
    """Every project of the disclosure's project performance tables, in print order."""
    out: list[PerformanceProject] = []
    for doc in docs:
        tables: dict[int, list[Fact]] = {}
        for f in doc.facts:
            if f.table_type == "绩效目标" and f.unit in ("万元", "元", ""):
                tables.setdefault(f.table_index, []).append(f)
        for cells in tables.values():
            title = cells[0].table_title
            if _NOT_A_PROJECT.search(title) or title == UNNAMED_TABLE:
                continue
            if form := _form(cells, doc.document.id):  # a form's title is its project's name
                out += form
            elif _PROJECT_TABLE.search(title):
                out += _listed(cells, doc.document.id)
    # one form printed twice (the same name and money) is one project
    return list({(p.name, p.cell.value): p for p in out}.values())


def forms_printed_twice(doc: ParsedDocument) -> list[tuple[PerformanceProject, PerformanceProject]]:
    """Project forms printed twice on different pages (the same name and money): the first printing and
    the second, for each. A list table that names a form's project again is no second form."""
    tables: dict[int, list[Fact]] = {}
    for f in doc.facts:
        if f.table_type == "绩效目标" and f.unit in ("万元", "元", ""):
            tables.setdefault(f.table_index, []).append(f)
    first: dict[tuple[str, float, str], PerformanceProject] = {}
    twice = []
    for cells in tables.values():
        title = cells[0].table_title
        if _NOT_A_PROJECT.search(title) or title == UNNAMED_TABLE:
            continue
        for p in _form(cells, doc.document.id):
            key = (p.name, p.cell.value, p.cell.unit)
            if (seen := first.setdefault(key, p)) is not p and seen.cell.page != p.cell.page:
                twice.append((seen, p))
    return twice


def _form(cells: list[Fact], doc_id: str) -> list[PerformanceProject]:
    """The project of each form: named by its title, or by the header above its money (a logical table
    may hold several forms, one a page, each with its own title)."""
    out = []
    for money in [f for f in cells if _FORM_MONEY_ROW.match(f.row_name)]:
        # the form's own title, or the 项目名称 printed on it (a money cell read apart from the grid)
        own = "绩效目标表" in money.row_label or money.row_index >= FORM_ROWS
        title = money.row_label if own else money.table_title
        name = _TITLE_WORDS.sub("", _NUMBERING.sub("", title)).rsplit("_", 1)[-1]
        if not name and money.column_path:
            name = money.column_path[0]
        if name:
            out.append(PerformanceProject(name, money, doc_id))
    return out


def _listed(cells: list[Fact], doc_id: str) -> list[PerformanceProject]:
    """The rows of a list, in its first money column."""
    columns = [f.col_index for f in cells if any(_MONEY_COLUMN.search(c) for c in f.column_path)]
    if not columns:
        return []
    column = min(columns)
    rows: dict[tuple[str, float], Fact] = {}
    for f in cells:
        if f.col_index == column and f.row_name and not TOTAL_ROW.match(f.row_name):
            if not UNIT_ROW.search(f.row_name) and not _TARGET.search(f.row_name):
                rows.setdefault((f.row_name, f.value), f)  # a name repeated atop the next page: one project
    total = next((f.value for f in cells if f.col_index == column and TOTAL_ROW.match(f.row_name)), None)
    if total is not None and abs(sum(f.value for f in rows.values()) - total) > 0.01 * max(len(rows), 1):
        return []  # the rows do not add up to the printed total: some were not read, or group others
    return [PerformanceProject(_CODE_PREFIX.sub("", f.row_name), f, doc_id) for f in rows.values()]


def _form_titles(docs: list[ParsedDocument]) -> list[tuple[str, Source]]:
    """The projects of forms whose money was printed as words, not a cell: one per titled form
    ("公务用车购置项目绩效目标表", "301008_…_科技兴警绩效目标表"), wherever it is read."""
    found: dict[str, Source] = {}
    for doc in docs:
        for t in doc.tables:
            if t.table_type != "绩效目标" or t.title == UNNAMED_TABLE or _NOT_A_PROJECT.search(t.title):
                continue
            name = _TITLE_WORDS.sub("", _NUMBERING.sub("", t.title)).rsplit("_", 1)[-1]
            if len(name) < 4 or _GENERIC_NAME.match(name):
                return []  # a list of projects beside the forms (福州): which of them are read is unsure
            found.setdefault(name, Source(doc.document.id, t.pages[0], t.title, None, None))
    return list(found.items())


_NUMBERING = re.compile(r"^(?:\d{1,2}[.、．]|[一二三四五六七八九十]+、)")


_GENERIC_NAME = re.compile(r"^(?:\d{4}年度?)?(?:部门|单位|本级|市级|区级)?(?:项目支出|项目)?$")


def count_performance_projects(docs: list[ParsedDocument], condition: Condition | None = None) -> Figure:
    projects = performance_projects(docs)
    if condition is not None:  # "资金总额超过10亿元的项目有几个": each project's money against the bound
        if not projects or any(p.cell.unit not in ("元", "万元", "亿元") for p in projects):
            raise LookupError(f"绩效目标表中{condition.said}的逐项金额")
        year = docs[0].document.year if docs else None
        met = [p for p in projects if condition.meets(p.cell.value, p.cell.unit, [p.cell], year)]
        first = (met or projects)[0]
        source = Candidate(first.doc_id, (), first.cell.value, first.cell.unit, table_fact=first.cell).source()
        names = "、".join(f"{p.name} {format_value(p.cell.value)} {p.cell.unit}" for p in met) or "无"
        label = f"绩效目标表中资金{condition.said}的项目数（共 {len(projects)} 个项目；{names}）"
        return Figure(len(met), "个", label, None, (source,))
    if not projects and (forms := _form_titles(docs)):
        return Figure(len(forms), "个", "绩效目标表列示的项目数（每个项目一张表）", None, (forms[0][1],))
    if not projects:
        raise LookupError("绩效目标表中逐项列示的项目")
    first = projects[0]
    source = Candidate(first.doc_id, (), first.cell.value, first.cell.unit, table_fact=first.cell).source()
    return Figure(len(projects), "个", "绩效目标表列示的项目数", None, (source,))


def rank_performance_projects(
    docs: list[ParsedDocument],
    most: bool,
    choose: Callable[[list[PerformanceProject], bool], PerformanceProject] | None = None,
) -> Figure:
    """The project with the most (or least) money; `choose` picks among them when a ranking asks for the
    second or the first three (the largest of those not yet named)."""
    projects = performance_projects(docs)
    if not projects or len({p.cell.unit for p in projects}) != 1 or not projects[0].cell.unit:
        raise LookupError("绩效目标表中逐项列示的项目")
    if choose is not None:
        best = choose(projects, most)
    else:
        best = (max if most else min)(projects, key=lambda p: p.cell.value)
    source = Candidate(best.doc_id, (best.name,), best.cell.value, best.cell.unit, table_fact=best.cell).source()
    word = "最多" if most else "最少"
    label = f"绩效目标表中资金{word}的项目是{best.name}（共 {len(projects)} 个项目）"
    return Figure(best.cell.value, best.cell.unit, label, None, (source,))
