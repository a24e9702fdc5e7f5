"""Figure audit: do a disclosure's numbers add up, and does its text agree with its tables?

Totals are checked the way XBRL Calculations 1.1 checks them: every printed amount stands for the
interval its rounding allows (two decimals: ±0.005), and a total holds when its interval meets the
interval of the sum of its parts. Each rule only speaks where the structure is unambiguous (codes in
order, one total per column, a change stated with its base); where it is not, it says nothing rather
than risk a false alarm.

Severity: "error" when a figure is wrong whichever way it was rounded; "warning" when it fits only if
the text truncated rather than rounded (a share one unit of its last decimal short), or when a growth
rate is stated from a zero base ("增长 100%").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache, cached_property, partial

from . import text_arithmetic
from .candidates import (
    GRAND_COLUMN,
    TOTAL_ROW,
    UNIT_ROW,
    candidates,
    other_year,
    period,
    period_key,
    plain_label,
    text_labels,
)
from .findings import HALF_CENT, Finding, fact_id, holds, signed, text_error
from .findings import decimals as _decimals
from .findings import fmt as _fmt
from .lexicon import code_names
from .misprints import malformed, one_keystroke_away, zero_base_rates
from .model import Fact, ParsedDocument, Passage, TextFact
from .normalize import fold
from .passages import PROJECT_HEADING
from .performance import forms_printed_twice

_TOTAL_LEAF = re.compile(r"^(?:合计|小计|总计)$")
_BASIC_WHOLE = re.compile(r"(?:人员经费|公用经费|日常公用|基本支出)[^。；;]*?(?:主要包括|包括|其中|主要用于)")
_INCOME_KINDS = frozenset({
    "事业收入", "上级补助收入", "附属单位上缴收入", "事业单位经营收入", "用事业基金弥补收支差额", "其他收入",
    "财政专户管理资金收入",
})  # fmt: skip
# a fund's income, however a template names it ("政府性基金预算拨款收入", "一般公共预算当年拨款收入")
_FUND_INCOME = re.compile(r"(一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:当年|本年)?(?:财政)?(?:拨款)?收入")
_FUND_ROW = re.compile(r"(一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:当年|本年)?(?:财政)?(?:拨款)?(?:资金)?")


def _income_kind(name: str) -> str | None:
    """An income by its kind: one of the kinds every template lists, or a fund's income."""
    name = {"财政专户管理资金": "财政专户管理资金收入"}.get(name, name)
    if name in _INCOME_KINDS:
        return name
    m = _FUND_INCOME.fullmatch(name)
    return f"{m.group(1)}收入" if m else None


_CARRIED_TOTAL = re.compile(r"上年结转(?:结余)?(?:资金)?(?:收入)?")
_CARRIED_FUND = re.compile(r"上年结转(?:结余)?的(?:一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:拨款)?收入$")
_SPENDING_KINDS = {
    "事业单位经营支出": "事业单位经营支出",
    "上缴上级支出": "上缴上级支出",
    "对附属单位补助支出": "对附属单位补助支出",
    "结转下年": "结转下年",
    "结转下年支出": "结转下年",
    "年末结转和结余": "结转下年",
    "年终结转结余": "结转下年",
    "年末结转结余": "结转下年",
}


def _spending_kind(name: str) -> str | None:
    """A spending by its kind: one of those every template lists beside 基本支出 and 项目支出."""
    return _SPENDING_KINDS.get(name)


_NUMBERED_ROW = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])")
_SIDE_TOTAL_SAID = re.compile(r"(收入|支出)(?:预算|决算)(?:总计|合计|总额)")
_GENERAL_SPENDING = re.compile(
    r"(?:本部门|本单位|部门|单位)?(?:当年|本年)?一般公共预算(?:财政)?(?:当年)?(?:拨款)?(?:预算)?支出(?:预算|决算)?数?(?:总额|合计)?"
)
_RUNNING_COSTS = re.compile(r"机关运行经费(?:预算|决算)?(?:支出)?(?:预算|决算)?(?:安排)?数?(?:总计|合计|总额)?$")
_FUND_SPENDING = re.compile(
    r"(?:本部门|本单位|部门|单位)?(?:当年|本年)?(政府性基金|国有资本经营)(?:预算)?(?:财政)?(?:拨款)?(?:安排的?)?(?:预算)?支出"
    r"(?:预算|决算)?(?:支出)?数?(?:总额|合计)?"
)
_FUND_BASIC = re.compile(r"(?:一般公共预算|财政拨款)(?:财政拨款|拨款)?(?:安排的?)?(基本支出|项目支出)(?:预算|决算)?数?")
_CARRIED = re.compile(r"上年|结转|结余")
_CHANGE_HEAD = re.compile(r"增减|变化|比上年|变动")
_SIDE_TOTAL = re.compile(r"^(?:本年)?(?:收入|支出)(?:预算|决算)?(?:合计|总计)$")  # "本年支出合计 | 基本支出 | 项目支出"
# Columns beside a total that are not its parts: subsets, comparisons, codes.
_NOT_A_PART = re.compile(
    r"^其中|政府采购|增减|比上年|变动|%|％|上年(?:预算|执行|决算|数)|执行数|扣除|代码|编码|序号|行次|栏次"
)
_MONEY = {"元": 1.0, "万元": 1e4, "亿元": 1e8}
_HALVES = {"基本支出": "项目支出", "人员经费": "公用经费"}  # a whole split in two by definition
_BY_UNIT = ("收入总表", "支出总表", "收支总表", "三公经费")  # the tables a department prints by unit
_SIDE_SUBTOTAL = re.compile(r"(?:本年|当年)(?:收入|支出)(?:合计|小计)")
_TOP_NUMBERED = re.compile(r"^[一二三四五六七八九十]+[、.．]")
# "1." or "（一）" under "一、"
_SUB_NUMBERED = re.compile(r"^(?:\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）])")
_THIRD_NUMBERED = re.compile(r"^[（(]\d{1,2}[)）]")
_SIDE_GRAND = re.compile(r"(?:收入|支出)(?:总计|合计)|总计")
_CARRY_OVER = re.compile(r"(?:上年结转|年初结转|结转下年|年末结转|用事业基金弥补)")
_FUND_PART = re.compile(r"(一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:财政)?(?:拨款)?(收入|支出)")
_COUNTED = frozenset({"个", "项", "家"})  # counts of things named after the measure word
_BRACKETED = re.compile(r"[（(][^）)]*[）)]$")


# "包括在职人员经费 8009.83 万元、公用经费 1466.93 万元…" and, after it, "（二）公用经费 1466.93 万元"
_LISTED = re.compile(r"包括[:：]?((?:[\u4e00-\u9fff（）()]{2,16}?\s*\d+(?:\.\d+)?\s*万元[、，,和及]?\s*){2,})")
_LISTED_ITEM = re.compile(r"([\u4e00-\u9fff（）()]{2,16}?)\s*(\d+(?:\.\d+)?)\s*万元")
_ITEM_HEADING = re.compile(r"[（(][一二三四五六七八九十]{1,3}[)）]\s*([\u4e00-\u9fff]{2,16}?)\s*(\d+(?:\.\d+)?)\s*万元")


def _same_name(name: str) -> str:
    """An item's name as a list and a heading both print it ("对个人和家庭的补助支出" / "对个人和家庭补助支出")."""
    return re.sub(r"^(?:包括|和|及)|的", "", name)


# "较上年增加 406.39 万元，其中基本支出减少 19.11 万元，主要是…。专项业务经费增加 425.5 万元": a change, then
# its 基本支出's and its 项目支出's, each with its direction
_AMOUNT = r"\s*(?P<{0}v>\d+(?:\.\d+)?)\s*万元"
_CHANGE_SPLIT = re.compile(
    r"(?:较|比)上年(?:预算)?(?P<wd>增加|减少)"
    + _AMOUNT.format("w")
    + r"[，,]\s*其中[，,]?\s*基本支出(?P<bd>增加|减少)"
    + _AMOUNT.format("b")
    + r"[^。；;]{0,80}[。；;，,]\s*(?:其中)?(?P<pn>项目支出|专项业务经费(?:支出)?|项目经费|专项经费)"
    + r"(?P<pd>增加|减少)"
    + _AMOUNT.format("p")
)
# a 科目 named to its 项 in a sentence ("气象事务（款）气象服务（项）", "…（项）")
_ITEM_OF_CODE = re.compile(r"（项）|\(项\)|项）$")


def _rate_apart(delta: float, last: float, printed: str) -> float | None:
    """The rate of a change over last year's amount (in %), when the printed rate is further from it than
    the rounding of the three printed figures allows; None when they agree."""
    expected = delta / last * 100
    decimals = len(printed.split(".")[1]) if "." in printed else 0
    tolerance = 0.5 * 10**-decimals + expected * (HALF_CENT / delta + 2 * HALF_CENT / last) + 1e-9
    return expected if abs(expected - float(printed)) > tolerance else None


class _Audit:
    def __init__(self, doc: ParsedDocument, all_passages: list[Passage] | None = None) -> None:
        self.doc = doc
        self.all_passages = doc.passages if all_passages is None else all_passages  # the projects' own prose too
        self.id = doc.document.id
        self.findings: list[Finding] = []
        year = doc.document.year
        money = [f for f in doc.facts if f.table_type != "绩效目标" and f.unit in _MONEY]
        self.facts = [f for f in money if not other_year(f, year)]
        self.tables: dict[int, list[Fact]] = defaultdict(list)
        for f in self.facts:
            self.tables[f.table_index].append(f)
        # every year's cells: a 小计 of last year's columns adds up last year's parts beside it
        self.all_years: dict[int, list[Fact]] = defaultdict(list)
        for f in money:
            self.all_years[f.table_index].append(f)

    def add(self, rule: str, severity: str, facts: list[Fact], message: str, expected: float, found: float) -> None:
        pages = tuple(sorted({f.page for f in facts}))
        self.findings.append(
            Finding(
                rule,
                severity,
                self.id,
                pages,
                message,
                round(expected, 2),
                round(found, 2),
                tuple(fact_id(f) for f in facts),
            )
        )

    def check_sum(self, rule: str, total: Fact, parts: list[Fact], what: str) -> None:
        """An error when a printed total does not hold against its printed parts (`what` names them)."""
        if holds(total.value, (p.value for p in parts)):
            return
        s = sum(p.value for p in parts)
        message = f"{self.where(total)}为 {_fmt(total.value)}，{what}合计 {_fmt(s)}，相差 {_fmt(total.value - s)}。"
        self.add(rule, "error", [total, *parts], message, s, total.value)

    def where(self, f: Fact) -> str:
        page = f"第 {f.page} 页" if f.page else "文本"
        side = f"{f.side}方" if f.side else ""
        return (
            f"《{f.table_title}》（{page}）{side}“{' '.join(x for x in (f.row_code, f.row_name) if x)}”行“{f.column}”列"
        )

    # -- within a table ---------------------------------------------------------------------------
    def code_hierarchy(self) -> None:
        """类 = Σ 款 and 款 = Σ 项 (or 301 = Σ 30101…): the rows under a coded row, in printed order,
        down to the next row of the same or a higher level; last year's columns as much as this year's."""
        for cells in self.all_years.values():
            for column in _by(cells, lambda f: (f.side, f.column_path)).values():
                rows = sorted((f for f in column if len(f.row_code or "") >= 3), key=lambda f: f.row_index)
                unique = len({f.row_code for f in rows}) == len(rows)
                for i, parent in enumerate(rows):
                    code, level = parent.row_code or "", len(parent.row_code or "")
                    if unique:  # codes say it all, wherever the rows are printed (blocks side by side)
                        kids = _nearest_children(code, rows)
                    else:  # a code printed twice (grouped tables): the rows under it, in order
                        kids, ended = [], False
                        for f in rows[i + 1 :]:
                            if len(f.row_code or "") <= level or not (f.row_code or "").startswith(code):
                                ended = True
                                break
                            kids.append(f)
                        if not ended:
                            continue  # the list may go on elsewhere
                        printed, once = _nearest_children(code, kids), _nearest_children(code, _once(kids))
                        # a row printed twice over (a 项 with its 款's code) counts once when that is what
                        # makes the parent hold: the other reading double-counts a miscoded row
                        fits = not holds(parent.value, (k.value for k in printed))
                        kids = once if fits and holds(parent.value, (k.value for k in once)) else printed
                        if kids is once and len(once) < len(printed):
                            self._printed_twice(parent, printed)
                    if kids:
                        self.check_sum("分项之和", parent, kids, f"其下 {len(kids)} 个明细科目")

    def _printed_twice(self, parent: Fact, printed: list[Fact]) -> None:
        """A row printed again right after itself under a parent that holds only when it is counted once
        ("219 其他支出 502.00" over "21999 其他支出 502.00" twice): the table as printed does not add up. A warning,
        the figures themselves are right."""
        key: Callable[[Fact], tuple[object, ...]] = lambda f: (f.row_code, f.row_name, f.value)  # noqa: E731
        twice = next(b for a, b in itertools.pairwise(printed) if key(a) == key(b))
        label = " ".join(x for x in (twice.row_code, twice.row_name) if x)
        self.add(
            "重复行",
            "warning",
            [parent, twice],
            f"{self.where(parent)}为 {_fmt(parent.value)}，其下“{label}”{_fmt(twice.value)} 连续印了两遍；"
            f"按印出的行相加为 {_fmt(sum(k.value for k in printed))}，去掉重复行才相符。",
            sum(k.value for k in printed),
            parent.value,
        )

    def year_rows(self) -> None:
        """A table of two years' rows and their change ("年度 | 总收入支出 | 专项业务费…", rows 2021, 2022, 变化):
        in every column, the change row is the later year's figure less the earlier's."""
        tables: dict[int, list[Fact]] = defaultdict(list)
        for f in self.doc.facts:  # every year's cells, also of a table printed without its unit
            if f.table_type != "绩效目标" and f.unit != "%":
                tables[f.table_index].append(f)
        for cells in tables.values():
            years = {
                f.row_index: int(f.value)
                for f in cells
                if re.fullmatch(r"年度|年份", f.column) and 2000 <= f.value <= 2100
            }
            changes = [f for f in cells if re.fullmatch(r"(?:变化|增减|变动|比上年增减)(?:额|数|情况)?", f.row_name)]
            if len(years) != 2 or len(set(years.values())) != 2 or not changes:
                continue
            earlier, later = sorted(years, key=lambda r: years[r])
            for change in changes:
                row = {f.row_index: f for f in cells if f.column == change.column}
                if earlier not in row or later not in row:
                    continue
                a, b = row[later], row[earlier]
                if holds(change.value, [a.value, -b.value]):
                    continue
                if self._year_cell_misprinted(cells, years, change, a, b):
                    continue
                self.add(
                    "增减行",
                    "error",
                    [change, a, b],
                    f"{self.where(change)}为 {_fmt(change.value)}，{years[later]}年 {_fmt(a.value)} − "
                    f"{years[earlier]}年 {_fmt(b.value)} = {_fmt(a.value - b.value)}。",
                    a.value - b.value,
                    change.value,
                )

    def _year_cell_misprinted(
        self, cells: list[Fact], years: dict[int, int], change: Fact, later: Fact, earlier: Fact
    ) -> bool:
        """When a change row does not fit its two years, the wrong figure may be one year's cell: if the
        figure the change implies for it (later = earlier + change, or the reverse) makes that year's row
        add up to its printed total while the printed cell does not, that cell is blamed, not the change
        (2022 专项业务费 1,535.82 beside 总收入支出 1,899.9 − 基本支出 183.93 = 1,715.97 = 1,290.47 + 425.5)."""
        for cell, implied in ((later, earlier.value + change.value), (earlier, later.value - change.value)):
            others = [
                f
                for f in cells
                if f.row_index == cell.row_index
                and f.col_index != cell.col_index
                and not re.fullmatch(r"年度|年份", f.column)
            ]
            for total in others:
                parts = [f for f in others if f is not total]
                if not parts or holds(total.value, [cell.value, *(p.value for p in parts)]):
                    continue
                if not holds(total.value, [implied, *(p.value for p in parts)]):
                    continue
                rest = " − ".join(f"{p.column} {_fmt(p.value)}" for p in parts)
                self.add(
                    "增减行",
                    "error",
                    [cell, total, *parts, change],
                    f"《{cell.table_title}》（第 {cell.page} 页）{years[cell.row_index]}年“{cell.column}”为 "
                    f"{_fmt(cell.value)}，与同行不符：{total.column} {_fmt(total.value)} − {rest} = {_fmt(implied)}；"
                    f"按此数，“{change.row_name}”行的 {_fmt(change.value)} 也相符。",
                    implied,
                    cell.value,
                )
                return True
        return False

    def total_rows(self) -> None:
        """合计 row = Σ the top-level coded rows of its column (when the table is coded and each
        top-level code appears once)."""
        for cells in self.all_years.values():
            for column in _by(cells, lambda f: (f.side, f.column_path)).values():
                totals = [f for f in column if not f.row_code and TOTAL_ROW.match(f.row_name) and f.row_name]
                coded = [f for f in column if len(f.row_code or "") >= 3]
                if len(totals) != 1 or not coded:
                    continue
                top = min(len(f.row_code or "") for f in coded)
                parts = [f for f in coded if len(f.row_code or "") == top]
                if len({f.row_code for f in parts}) != len(parts) or len(parts) < 2:
                    continue
                self.check_sum("合计行", totals[0], parts, f"各 {len(parts)} 个科目")

    def project_rows(self) -> None:
        """合计 row = Σ the project rows of a project table printed unit by project ("杭州市公安局 | 执法办案"),
        column by column: no row is coded, every other row names its unit first and one project after it,
        no (unit, project) twice. A table of groups and their members (a row of 专项业务类 above its projects,
        one label column) is not read as a flat list and is not added up here."""
        for cells in self.tables.values():
            if cells[0].table_type != "项目支出表" or any(f.row_code for f in cells):
                continue
            totals = [f for f in cells if TOTAL_ROW.match(f.row_name) and f.row_name]
            rows = {f.row_index: f.row_path for f in cells if f not in totals}
            if len({f.row_index for f in totals}) != 1 or len(rows) < 3:
                continue
            # a unit's name cut by a page break ("杭州市公安局交通治安分局（水上" | "治安分局）") still names it
            units = [re.sub(r"[（(][^（）()]*$", "", path[0]) for path in rows.values()]
            if any(len(path) != 2 or TOTAL_ROW.match(path[1]) for path in rows.values()):
                continue
            if not all(UNIT_ROW.search(u) for u in units):
                continue
            if len(set(rows.values())) != len(rows):
                continue
            for column in _by(cells, lambda f: (f.side, f.column_path)).values():
                total = next((f for f in column if f in totals), None)
                parts = [f for f in column if f not in totals]
                if total is not None and parts:
                    self.check_sum("合计行", total, parts, f"各 {len(parts)} 个项目")

    def side_totals(self) -> None:
        """A two-sided summary table (收支总表, 财政拨款收支总表), each column in print order: the 本年收入合计 is
        the sum of the income rows above it, when every one of them names a kind of income (one of the list
        every template uses: a fund's 拨款收入, 事业收入, 其他收入 …, none twice); and each side's 总计 is its 本年
        合计 plus the rows between, when each of those is a carry-over (上年结转, 结转下年 …). A side whose rows
        read otherwise (groups and their members, 功能 classes with their 其中) is not added up here."""
        for cells in self.tables.values():
            if cells[0].table_type not in ("收支总表", "财政拨款收支总表"):
                continue
            for column in _by([f for f in cells if f.side], lambda f: (f.side, f.column_path)).values():
                rows = sorted(column, key=lambda f: f.row_index)
                if len({f.row_index for f in rows}) != len(rows):
                    continue  # blocks printed side by side under one header (功能 | 经济): not one list
                subtotal = [i for i, f in enumerate(rows) if _SIDE_SUBTOTAL.fullmatch(f.row_name)]
                grand = [i for i, f in enumerate(rows) if _SIDE_GRAND.fullmatch(f.row_name)]
                if not subtotal and rows and TOTAL_ROW.match(rows[0].row_name) and rows[0].row_name:
                    self._numbered_groups(rows[0], rows[1:], "其下")  # "合计" first, then "一、…", "二、…" under it
                if not subtotal and len(grand) == 1:
                    # "一、本年收入 | （一）…（二）… | 二、上年结转 | 收入总计": groups, and the groups to the whole
                    self._numbered_groups(rows[grand[0]], rows[: grand[0]])
                if not subtotal and len(grand) == 1 and "收" in (rows[grand[0]].side or ""):
                    # "收入合计" with no carry-over rows: the year's income by kind adds up to it (nothing else)
                    self._income_by_kind(rows[grand[0]], rows[: grand[0]])
                    continue
                if len(subtotal) != 1:
                    continue
                total = rows[subtotal[0]]
                above = rows[: subtotal[0]]
                if "收" in (total.side or ""):
                    self._income_by_kind(total, above)
                self._numbered_groups(total, above)
                if len(grand) != 1 or grand[0] < subtotal[0]:
                    continue
                between = rows[subtotal[0] + 1 : grand[0]]
                if all(_CARRY_OVER.match(_NUMBERED_ROW.sub("", f.row_name)) for f in between):
                    named = "与".join([total.row_name, *(["、".join(f.row_name for f in between)] if between else [])])
                    self.check_sum("合计行", rows[grand[0]], [total, *between], named)

    def _income_by_kind(self, total: Fact, above: list[Fact]) -> None:
        """The side's income total is the sum of the rows above it when each names a kind of income, none twice."""
        # a row of the side named by its fund alone ("一、一般公共预算") is that fund's income
        kinds = [
            _income_kind(name) or ((m := _FUND_ROW.fullmatch(name)) and f"{m.group(1)}收入")
            for name in (_NUMBERED_ROW.sub("", f.row_name) for f in above)
        ]
        if len(above) >= 2 and all(kinds) and len(set(kinds)) == len(kinds):
            self.check_sum("合计行", total, above, f"上方 {len(above)} 项收入")

    def _numbered_groups(self, total: Fact, above: list[Fact], where: str = "上方") -> None:
        """ "一、财政拨款 33,172.15 | 1.一般公共预算 33,172.15 | 2.政府性基金预算 (blank)": each "一、" row is the sum
        of the "1." rows under it (a blank one is nothing; a "（1）" row is a member's own part), and the side's
        本年合计 the sum of the "一、" rows, when every row above it is one of these."""
        groups: list[tuple[Fact, list[Fact]]] = []
        for f in above:
            label = f.row_label or f.row_name
            if _TOP_NUMBERED.match(label):
                groups.append((f, []))
            elif _SUB_NUMBERED.match(label) and groups:
                groups[-1][1].append(f)
            elif not (_THIRD_NUMBERED.match(label) and groups and groups[-1][1]):
                return  # a row of no such kind ("其中：…"): the side is not read as groups
        numbers = [_TOP_NUMBERED.match(h.row_label or h.row_name)[0] for h, _ in groups]  # type: ignore[index]
        if len(set(numbers)) != len(numbers):
            return  # "一、本年支出" and then "一、一般公共服务支出…": two levels numbered alike, not one list
        for head, members in groups:
            if members:
                self.check_sum("分项之和", head, members, f"其下 {len(members)} 项")
        if len(groups) >= 2:
            self.check_sum("合计行", total, [head for head, _ in groups], f"{where} {len(groups)} 类")

    def unit_rows(self) -> None:
        """合计 row = Σ the unit rows of a table printed by unit (a department's 收入总表, 支出总表 or
        “三公”经费表 listing its units): every other row names a unit and none is coded; the
        department's own 汇总 row, which prints the 合计 again, is left out."""
        own = _BRACKETED.sub("", self.doc.document.organisation)
        for cells in self.tables.values():
            if cells[0].table_type not in _BY_UNIT or any(f.row_code for f in cells):
                continue
            totals = [f for f in cells if TOTAL_ROW.match(f.row_name) and f.row_name]
            rows = {f.row_index: f.row_name for f in cells if f not in totals}
            if len({f.row_index for f in totals}) == 1 and len(rows) == 1:
                (name,) = rows.values()  # one unit, the department itself: its row is the 合计, column by column
                if UNIT_ROW.search(name) or _BRACKETED.sub("", name) == own:
                    for column in _by(cells, lambda f: (f.side, f.column_path)).values():
                        total = next((f for f in column if f in totals), None)
                        units = [f for f in column if f not in totals]
                        if total is not None and len(units) == 1:
                            self.check_sum("单位合计", total, units, "唯一一个单位")
                continue
            if len({f.row_index for f in totals}) != 1 or len(rows) < 3:
                continue
            broken = {i for i, name in rows.items() if not UNIT_ROW.search(name)}
            wrapped = len(broken)  # each such row and the next are one unit
            if len(broken) > len(rows) / 4:
                continue  # rows of items, not of units
            # a unit's name wrapped over two rows ("杭州市机动" | "车驾驶员考试服务中心") may carry a number
            # wrapped with it ("12,437.3" | "6"): its columns are not added up, the others are
            broken |= {i + 1 for i in broken}
            grand = {(f.side, f.column_path): f.value for f in totals}
            # the department's 汇总 row prints the 合计 again, in every column
            summary = {
                i for i, name in rows.items() if _BRACKETED.sub("", name) == own
                and all(grand.get((f.side, f.column_path)) == f.value for f in cells if f.row_index == i)
            }  # fmt: skip
            for column in _by(cells, lambda f: (f.side, f.column_path)).values():
                total = next((f for f in column if f in totals), None)
                units = [f for f in column if f not in totals and f.row_index not in summary]
                if total is not None and units and not any(f.row_index in broken for f in units):
                    self.check_sum("单位合计", total, units, f"各 {len(rows) - len(summary) - wrapped} 个单位")

    def total_columns(self) -> None:
        """A 合计/小计/总计 column = Σ the columns beside it under the same header (a group of
        columns counts by its own 小计, else by its leaves)."""
        for cells in self.all_years.values():
            header = {f.column_path: f for f in cells}  # every column the table prints, in any row
            for row in _by(cells, lambda f: (f.side, f.row_index)).values():
                by_path = {f.column_path: f for f in row}
                for f in row:
                    if not f.column_path or not _is_total(f.column_path):
                        continue
                    parts = _column_parts(f.column_path[:-1], by_path, f)
                    # a row that leaves all parts but one blank: its total is that part (also when a fund's
                    # column is the only part printed in any row: the other funds' are blank throughout)
                    printed = _column_parts(f.column_path[:-1], header, f) or []
                    several = (
                        len(printed) >= 2 or (len(printed) == 1 and _FUND.fullmatch(printed[0].column_path[-1]))
                    ) and not any(_CHANGE_HEAD.search(c) for c in f.column_path)
                    # (a column of changes prints its blanks where it means "unchanged", not 0)
                    if parts is not None and (len(parts) >= 2 or (parts and several)):
                        names = "、".join(" / ".join(p.column_path) for p in parts)
                        self.check_sum("合计列", f, parts, f"{names} ")

    def sangong_rows(self) -> None:
        """A “三公” table printed down the page: 合计 = 出国 + 公务用车（小计 or 购置 + 运行）+ 接待."""
        for cells in self.all_years.values():
            if cells[0].table_type != "三公经费":
                continue
            for column in _by(cells, lambda f: (f.side, f.column_path)).values():
                named = {f.row_name: f for f in column}
                total = next((f for f in column if TOTAL_ROW.match(f.row_name) and f.row_name), None)
                abroad = _first(named, "出国")
                car = _first(named, "购置及运行")
                buy, run = _first(named, "购置费"), _first(named, "运行费")
                host = _first(named, "接待")
                if car is not None and buy is not None and run is not None:
                    self.check_sum("三公经费构成", car, [buy, run], "购置费与运行费")
                cars = [car] if car is not None else [c for c in (buy, run) if c is not None]
                if total is not None and abroad is not None and host is not None:
                    self.check_sum("三公经费构成", total, [abroad, *cars, host], "出国、公务用车、接待三项")

    # -- across tables ----------------------------------------------------------------------------
    def sangong_columns(self) -> None:
        """A “三公” table printed across the page: its “三公”经费合计 column = 出国 + 公务用车 (its 小计, or
        购置 + 运行) + 接待 of the same row; 会议费 and 培训费 printed beside it are no part of it."""
        year = self.doc.document.year
        for cells in self.all_years.values():
            if cells[0].table_type != "三公经费":
                continue
            # one row of one year's columns (a table may print 2025年 and 2026年 side by side)
            for row in _by(cells, lambda f: (f.row_index, tuple(c for c in f.column_path if period(c, year)))).values():
                total = [f for f in row if re.fullmatch(r"[“\"]?三公[”\"]?经费(?:合计|小计)?", f.column_path[-1])]
                roles: dict[str, list[Fact]] = defaultdict(list)
                for f in row:
                    names = [c for c in f.column_path if not _TOTAL_LEAF.match(c)]
                    role = _sangong_role(names[-1]) if names else None
                    if role and (
                        role != "car" or _TOTAL_LEAF.match(f.column_path[-1]) or f.column_path[-1] == names[-1]
                    ):
                        roles[role].append(f)
                car = roles.get("car") or (roles["buy"] + roles["run"] if roles.get("buy") and roles.get("run") else [])
                parts = [*roles.get("abroad", []), *car, *roles.get("host", [])]
                single = all(len(roles.get(r, [])) <= 1 for r in ("abroad", "host", "car"))
                if len(total) == 1 and single and len(parts) >= 2:  # a part left blank is a zero
                    self.check_sum("三公经费构成", total[0], parts, "出国、公务用车、接待三项")

    def balance(self) -> None:
        """收入总计 = 支出总计 in every two-sided table."""
        for cells in self.tables.values():
            grand = [f for f in cells if f.side and re.fullmatch(r"(?:收入|支出)?总计", f.row_name)]
            income = [f for f in grand if "收" in (f.side or "")]
            spend = [f for f in grand if "支" in (f.side or "")]
            if len(income) > 1:  # columns of each side by the same heads ("本年预算 | 编制预算 | 上年结转"): pairwise
                pairs = [
                    (i, [f for f in spend if f.column_path[1:] == i.column_path[1:] and f.row_index == i.row_index])
                    for i in income
                ]
                if len({i.column_path[1:] for i in income}) == len(income) and all(len(s) == 1 for _, s in pairs):
                    for i, (s,) in pairs:
                        self._balanced(i, s)
                continue
            if len(income) != 1:
                continue
            i = income[0]
            if len(spend) > 1:  # spending printed in blocks side by side (功能 | 基本/项目 | 经济): each balances
                spend = [f for f in spend if f.column_path[1:] == i.column_path[1:] and f.row_index == i.row_index]
            for s in spend:
                self._balanced(i, s)

    def _balanced(self, i: Fact, s: Fact) -> None:
        if abs(i.value - s.value) > 2 * HALF_CENT:
            self.add(
                "收支平衡",
                "error",
                [i, s],
                f"《{i.table_title}》收入总计 {_fmt(i.value)} 与支出总计 {_fmt(s.value)} 不相等。",
                s.value,
                i.value,
            )

    def basic_spending(self) -> None:
        """The 基本支出 of the general-budget spending table = the total of its basic-spending table:
        one figure printed twice must be printed the same."""
        spending = self._single("一般公共预算支出表", lambda f: _is_total_row(f) and _names(f.column_path, "基本支出"))
        basic = self._single("一般公共预算基本支出表", lambda f: _is_total_row(f) and _grand_path(f.column_path))
        if spending and basic and spending.value != basic.value:
            self._differs(spending, basic)

    def income_and_spending_by_code(self) -> None:
        """收入总表 and 支出总表 list the same 科目: each coded row's total must be printed the same in both."""
        totals: list[dict[str, list[Fact]]] = []
        for table_type in ("收入总表", "支出总表"):
            by_code: dict[str, list[Fact]] = defaultdict(list)
            for cells in self._of_type(table_type):
                for row in _by([f for f in cells if len(f.row_code or "") >= 3], lambda f: f.row_index).values():
                    grand = [f for f in row if f.column_path and _TOTAL_LEAF.match(f.column_path[-1])]
                    if grand:  # the row's 合计 / 总计, the outermost one
                        total = min(grand, key=lambda f: (len(f.column_path), f.col_index))
                        by_code[total.row_code or ""].append(total)
            totals.append(by_code)
        income, spending = totals
        for code, ours in income.items():
            theirs = spending.get(code, [])
            if len(ours) == 1 and len(theirs) == 1 and ours[0].value != theirs[0].value:
                self._differs(ours[0], theirs[0])

    def named_totals(self) -> None:
        """A 收支总表 line that names a total the detail table prints in its 合计 row (收入: 一般公共预算
        拨款收入, 其他收入…; 支出: 基本支出, 项目支出…) must print the same figure."""
        for side, detail_type in (("收", "收入总表"), ("支", "支出总表")):
            detail: dict[str, list[Fact]] = defaultdict(list)
            for cells in self._of_type(detail_type):
                for f in cells:
                    if not (_is_total_row(f) and f.column_path and not _is_total(f.column_path)):
                        continue
                    # "一般公共预算" alone or under "本年收入" (not under 上年结转结余, another sum)
                    if len(f.column_path) == 1 or (len(f.column_path) == 2 and not _CARRIED.search(f.column_path[0])):
                        detail[f.column_path[-1]].append(f)
            for cells in self._of_type("收支总表"):
                lines = [f for f in cells if f.side and side in f.side and not f.row_code and f.row_name in detail]
                for row in _by(lines, lambda f: f.row_index).values():
                    ours, theirs = min(row, key=lambda f: f.col_index), detail[row[0].row_name]
                    if len(theirs) == 1 and ours.value != theirs[0].value:
                        self._differs(ours, theirs[0])

    def functions_in_summary(self) -> None:
        """Spending by function (类) in the summary tables = the 类 rows of the detail tables:
        收支总表 against 支出总表, 财政拨款收支总表 (its 一般公共预算 column) against 一般公共预算支出表."""
        pairs = (("收支总表", "支出总表", ""), ("财政拨款收支总表", "一般公共预算支出表", "一般公共预算"))
        for summary_type, detail_type, column_word in pairs:
            detail: dict[str, list[Fact]] = defaultdict(list)
            for cells in self._of_type(detail_type):
                for row in _by([f for f in cells if len(f.row_code or "") == 3], lambda f: f.row_index).values():
                    detail[row[0].row_name].append(min(row, key=lambda f: f.col_index))  # the row's total
            for cells in self._of_type(summary_type):
                spend = [f for f in cells if f.side and "支" in f.side and not f.row_code and f.row_name in detail]
                for row in _by(spend, lambda f: f.row_index).values():
                    wanted = [f for f in row if column_word in "".join(f.column_path)] if column_word else row
                    if not wanted or len(detail[row[0].row_name]) != 1:
                        continue
                    ours = min(wanted, key=lambda f: f.col_index)
                    theirs = detail[row[0].row_name][0]
                    if ours.value != theirs.value:
                        self._differs(ours, theirs)

    def classes_in_summary(self) -> None:
        """The 类 lines of a summary table's spending side (收支总表, 财政拨款收支总表) add up, column by
        column, to its 本年支出合计/当年支出小计 — when every other line of the side is a 款/项 under them, a
        total or nothing (a side that also lists 基本支出/项目支出, or economic classes, is left alone)."""
        classes, functions = _class_names(), _function_classes()
        for cells in self.tables.values():
            if cells[0].table_type not in ("收支总表", "财政拨款收支总表"):
                continue
            spending = [f for f in cells if f.side and "支" in f.side]
            for column in _by(spending, lambda f: f.column_path).values():
                lines = [f for f in column if f.row_name in classes and not f.row_code]
                totals = [f for f in column if re.search(r"合计|小计", f.row_name)]
                others = [
                    f for f in column
                    if f.value and f not in lines and not re.search(r"合计|小计|总计|结转|结余", f.row_name)
                ]  # fmt: skip
                if len(lines) < 2 or len({f.row_name for f in lines}) != len(lines) or len(totals) != 1:
                    continue
                if all(f.row_name in functions for f in others):
                    self.check_sum("分项之和", totals[0], lines, "各类支出")

    def performance_total(self) -> None:
        """The money of the 部门整体支出绩效目标表 (its 金额合计 / 年度资金总额 / 资金总额) is the department's
        budget: one of the totals its tables print (收入/支出总计, 本年收入/支出合计, or the 财政拨款 total)."""
        totals = {
            round(_wan(f.value, f.unit), 2) for f in self.facts
            if f.side and (TOTAL_ROW.match(f.row_name) or re.search(r"合计|总计", f.row_name))
            and f.table_type in ("收支总表", "财政拨款收支总表", "收入总表", "支出总表")
        } | {
            round(_wan(f.value, f.unit), 2) for f in self.facts
            if f.table_type in ("收入总表", "支出总表") and (TOTAL_ROW.match(f.row_name) or "合计" in f.row_name)
        }  # fmt: skip
        if not totals:
            return
        forms = [
            f for f in self.doc.facts
            if f.table_type == "绩效目标" and f.unit in _MONEY and f.value
            and re.search(r"部门整体支出绩效目标", f.table_title) and not re.search(r"自评|专项", f.table_title)
        ]  # fmt: skip
        width = Counter((f.table_index, f.row_index) for f in forms)
        for f in forms:
            named = re.fullmatch(r"(?:年度)?(?:金额合计|资金总额|预算支出总额)", f.row_name) and (
                width[(f.table_index, f.row_index)] == 1 or re.search(r"总额|合计|^金额", f.column_path[-1])
            )  # the row's whole, not its 财政拨款 / 其他资金 columns
            in_column = f.column_path and re.fullmatch(r"(?:年度)?(?:资金总额|预算支出总额)", f.column_path[-1])
            if not (named or in_column):
                continue
            value = round(_wan(f.value, f.unit), 2)
            if all(abs(value - t) > 2 * HALF_CENT for t in totals):
                nearest = min(totals, key=lambda t: abs(t - value))
                self.add(
                    "表间一致",
                    "error",
                    [f],
                    f"{self.where(f)}为 {_fmt(f.value)} {f.unit}，预算表中的收支总计、本年收支合计均无此数"
                    f"（最接近的是 {_fmt(nearest)} 万元）。",
                    nearest,
                    value,
                )
                return  # one form: its other money cells follow from this one

    def class_changes(self) -> None:
        """A 类's change stated in the text is the sum of the changes stated for its 项, when the text lists
        all of them (their amounts add up to the 类's): "公共安全（类）支出 26200.88 万元，与上年相比增加
        2687.77 万元" and "法院（款）行政运行（项）支出 14857.61 万元，与上年相比增加 3070.69 万元" …"""
        by_name: dict[str, set[str]] = defaultdict(set)  # the national names and the rows this document prints
        for code, name in [*code_names().items(), *((f.row_code or "", f.row_name) for f in self.doc.facts)]:
            if re.fullmatch(r"2\d{2}(?:\d{2})?", code):
                by_name[name].add(code)
        classes: dict[str, TextFact] = {}
        items: dict[str, list[TextFact]] = defaultdict(list)
        for t in self.doc.text_facts:
            if t.value is None or t.change is None or t.unit != "万元" or (t.change_unit != "万元" and t.change):
                continue  # ("与上年持平": no change, said without a unit)
            if m := re.fullmatch(r"(.+?)（类）(?:支出)?", t.subject):
                named = {c for n in (m.group(1), f"{m.group(1)}支出") for c in by_name.get(n, set()) if len(c) == 3}
                if len(named) == 1:
                    classes.setdefault(named.pop(), t)
            elif m := re.fullmatch(r"(.+?)（款）.+?（项）(?:支出)?", t.subject):
                under = {c[:3] for c in by_name.get(m.group(1), set()) if len(c) == 5}
                if len(under) != 1:
                    return  # a 项 whose 类 is not known (a 款 no table prints): the lists may be incomplete
                items[under.pop()].append(t)
        for code, whole in classes.items():
            parts = items.get(code, [])
            if len(parts) < 2 or not holds(whole.value or 0.0, [p.value or 0.0 for p in parts]):
                continue  # not every 项 of the 类 is listed
            changes = [p.change or 0.0 for p in parts]
            if not holds(whole.change or 0.0, changes):
                self.findings.append(
                    text_error(
                        "增减构成",
                        self.id,
                        whole.page,
                        f"“{whole.sentence[:50]}”：{whole.subject}增减 {_fmt(whole.change or 0.0)} 万元，其下 "
                        f"{len(parts)} 个项的增减合计 {_fmt(sum(changes))} 万元（第 "
                        f"{'、'.join(str(p) for p in sorted({x.page for x in parts}))} 页）。",
                        round(sum(changes), 2),
                        whole.change,
                    )
                )

    def _differs(self, a: Fact, b: Fact) -> None:
        """The same figure printed twice, differently. One hundredth apart, both may come from one amount
        to three decimals (x.xx5), rounded in one table and cut in the other: a warning, not an error."""
        cut = abs(a.value - b.value) <= 0.0101 and a.unit == b.unit == "万元"
        why = "（相差 0.01，可能一处四舍五入、一处截位）" if cut else ""
        self.add(
            "表间一致",
            "warning" if cut else "error",
            [a, b],
            f"同一数字两处不同：{self.where(a)}为 {_fmt(a.value)}，{self.where(b)}为 {_fmt(b.value)}{why}。",
            b.value,
            a.value,
        )

    def _of_type(self, table_type: str) -> list[list[Fact]]:
        return [cells for cells in self.tables.values() if cells[0].table_type == table_type]

    def _single(self, table_type: str, test: Callable[[Fact], bool]) -> Fact | None:
        found = [f for cells in self._of_type(table_type) for f in cells if test(f)]
        return found[0] if len(found) == 1 else None

    # -- text against tables ----------------------------------------------------------------------
    def stated_changes(self) -> None:
        """A change and its percentage must agree with each other (Δ / (current − Δ)); a growth
        percentage from a zero base ("增长 100%" when last year was 0) means nothing."""
        values = {round(f.value, 2) for f in self.facts if f.value} | {
            round(t.value, 2) for t in self.doc.text_facts if t.value
        }
        for passage in self.doc.passages:
            text = _THOUSANDS.sub("", fold(passage.text))
            # "…维护费 24.8 万元（购置费 0 万元，比上年减少…）比上年减少 25.05 万元": the brackets' parts aside
            without = _BRACKETED_FIGURES.sub("", text)
            matches = [*_CHANGE.finditer(text), *(_CHANGE.finditer(without) if without != text else ())]
            for m in {m[0]: m for m in matches}.values():
                delta, pct = float(m["delta"]), float(m["pct"])
                if delta == 0 and pct > 0:
                    self.findings.append(
                        text_error(
                            "增减幅度",
                            self.id,
                            passage.page,
                            f"“{m[0].strip()}”：增减额为 0，增减幅度却为 {m['pct']}%。",
                            0.0,
                            pct,
                        )
                    )
                    continue
                current = float(m["cur"]) if m["cur"] and m["cu"] == m["du"] else None
                up = m["dir"] in ("增加", "增长", "上升")
                if current is not None and _COMPARED_WITH.search(text[max(0, m.start("cur") - 16) : m.start("cur")]):
                    # "比2025年年初预算数 1025099.89 万元增加 23375.84 万元": the amount is last year's, the base
                    current = current + delta if up else current - delta
                page = passage.page
                if pct == 100 and up and (current == delta or (current is None and round(delta, 2) in values)):
                    self.findings.append(
                        Finding(
                            "零基数增长率",
                            "warning",
                            self.id,
                            (page,),
                            f"“{m[0].strip()}”：上年为 0，“增长 100%”的百分比没有意义，宜写明“上年无此项”。",
                            None,
                            pct,
                            (f"text:{page}",),
                        )
                    )
                    continue
                if current is None or delta <= 0:
                    continue
                last = current - delta if up else current + delta
                opened = text.rfind("。", 0, m.start()) + 1
                listed = text[opened : m.start("cur")]
                listed = listed[listed.rfind("其中") :] if "其中" in listed else ""
                if last < -2 * HALF_CENT and not re.search(r"[、，,；;]", listed):
                    # "737.29 万元，比上年增加 821.20 万元": last year below zero (after a 其中 list, the
                    # amount before the change is the list's last part, not what changed)
                    self.findings.append(
                        text_error(
                            "增减幅度",
                            self.id,
                            page,
                            f"“{m[0].strip()}”：本年 {_fmt(current)} {m['du']}而增加 {_fmt(delta)} {m['du']}，"
                            f"上年便是负数，增减额或本年数有误。",
                            None,
                            delta,
                        )
                    )
                    continue
                if abs(last) <= 2 * HALF_CENT and up and pct not in (0, 100):
                    # "增加 1668.14 万元，增长 24%" of 1668.14: from nothing, no rate but the conventions 0/100%
                    self.findings.append(
                        text_error(
                            "增减幅度",
                            self.id,
                            page,
                            f"“{m[0].strip()}”：增加额等于本年数，上年为 0，增长 {m['pct']}% 无从计算。",
                            None,
                            pct,
                        )
                    )
                    continue
                if last <= 0:
                    continue
                if (expected := _rate_apart(delta, last, m["pct"])) is not None:
                    self.findings.append(
                        text_error(
                            "增减幅度",
                            self.id,
                            page,
                            f"“{m[0].strip()}”：按 {_fmt(delta)} ÷ {_fmt(last)} 计算应为 {expected:.2f}%，"
                            f"文中为 {m['pct']}%。",
                            round(expected, 2),
                            pct,
                        )
                    )

    def changes_of_the_amount_before(self) -> None:
        """ "…支出决算 296,047.75 万元…。与上年相比，财政拨款支出减少 17,151.62 万元，下降 5.48%": a change and its
        rate stated without the amount, which the sentence just before states of the same item (its name
        holds the change's). The rate must be the change over last year's amount, as when both are in one
        sentence; the nearest such amount of the same passage is the one meant, else nothing is said."""
        said = self.doc.text_facts
        for i, t in enumerate(said):
            if t.value is not None or not t.change or not t.change_pct or t.change_unit not in _MONEY:
                continue
            if (t.change > 0) != (t.change_pct > 0):
                continue
            item = re.sub(r"(?:预算|决算)数?$", "", t.subject)
            before = [u for u in said[:i] if u.page == t.page and u.section == t.section and u.sentence != t.sentence]
            u = before[-1] if before else None
            if len(item) < 4 or u is None or u.value is None or u.unit != t.change_unit:
                continue
            if item not in u.subject or re.search(r"年初|上年", u.subject):
                continue
            delta, pct, current = abs(t.change), abs(t.change_pct), u.value
            last = current - t.change
            if last <= 0 or delta >= current:
                continue
            printed = f"{pct:g}"
            if (expected := _rate_apart(delta, last, printed)) is not None:
                self.findings.append(
                    text_error(
                        "增减幅度",
                        self.id,
                        t.page,
                        f"“{t.sentence[:60]}”：{u.subject} {_fmt(current)} {u.unit}，按增减额 {_fmt(delta)} ÷ 上年 "
                        f"{_fmt(last)} 计算应为 {expected:.2f}%，文中为 {printed}%。",
                        round(expected, 2),
                        pct,
                    )
                )

    def stated_shares(self) -> None:
        """ "X 万元，占 Y%": some total printed nearby must give Y% when X is divided by it. Only the
        base nearest to the stated share is tried; a share with no plausible base is left alone."""
        totals = [
            f.value for f in self.facts
            if (TOTAL_ROW.match(f.row_name) or f.row_name.endswith(("合计", "总计")) or len(f.row_code or "") == 3)
            and f.value > 0  # 合计, 支出总计, 本年支出合计, or a 类
        ]  # fmt: skip
        shared: dict[tuple[int, str, str], list[TextFact]] = defaultdict(list)
        for t in self.doc.text_facts:
            if t.share is not None and t.unit in _MONEY and t.value:
                shared[(t.page, t.section, t.unit)].append(t)
        for t in self.doc.text_facts:
            if t.share is not None and t.share > 100 and t.unit in _MONEY and t.value:
                self.findings.append(  # a part is never more than its whole
                    Finding(
                        "占比",
                        "error",
                        self.id,
                        (t.page,),
                        f"“{t.sentence[:60]}”：占比 {t.share:g}% 超过 100%，部分不可能大于整体。",
                        None,
                        t.share,
                        (f"text:{t.page}",),
                    )
                )
                continue
            if t.share is None or t.unit not in _MONEY or not t.value or not 0 <= t.share <= 100:
                continue
            near = [
                x.value for x in self.doc.text_facts
                if x.value is not None and x.page == t.page and x.unit == t.unit and x.value > t.value
            ]  # fmt: skip
            # "基本支出 186,874.72 万元，占 18.24%…项目支出 837,932.45 万元，占 81.76%": the parts' sum is the base
            siblings = shared.get((t.page, t.section, t.unit), [])
            together = sum(x.value or 0.0 for x in siblings) if len(siblings) >= 2 else 0.0  # not itself alone
            # a whole the sentence names decides however far off the share is (or the parts' sum, when
            # the named total holds more than the parts the text shares out)
            named_base = self._named_base(t)
            named = [b for b in named_base if b > 0] + ([together] if named_base and together >= t.value else [])
            # parts whose stated shares make up 100% (收入 by kind, 占 80.5%、4.6%、…): their sum is the base
            complete = len(siblings) >= 3 and abs(sum(x.share or 0.0 for x in siblings) - 100) <= 0.05 * len(siblings)
            # or whose every other share is of their sum: one share off is this one's fault, not the base's
            others = [x for x in siblings if x is not t]
            complete = complete or (
                len(others) >= 3 and together > 0
                and all(abs((x.value or 0.0) / together * 100 - (x.share or 0.0)) <= 0.06 for x in others)
            )  # fmt: skip
            bases = named or ([together] if complete else [])
            bases = bases or [b for b in {*near, *totals, together} if b > 0 and b >= t.value]
            if not bases:
                continue
            base = min(bases, key=lambda b: abs(t.value / b * 100 - t.share))  # type: ignore[operator]
            expected = t.value / base * 100
            decimals = _share_decimals(t)
            tolerance = 0.5 * 10**-decimals + expected * (HALF_CENT / t.value + HALF_CENT / base) + 1e-9
            if tolerance < abs(expected - t.share) <= (100 if named or complete else _SHARE_ROOM):
                # off by less than one unit of the last printed decimal: truncated, not wrong
                severity = "warning" if abs(expected - t.share) < 10**-decimals else "error"
                self.findings.append(
                    Finding(
                        "占比",
                        severity,
                        self.id,
                        (t.page,),
                        f"“{t.sentence[:60]}”：{_fmt(t.value)} ÷ {_fmt(base)} = {expected:.2f}%，"
                        f"文中为 {t.share:.{decimals}f}%。",
                        round(expected, 2),
                        t.share,
                        (f"text:{t.page}",),
                    )
                )

    def _named_base(self, t: TextFact) -> list[float]:
        """The amounts of the whole a share names ("占“三公”经费的 71.2%"), in the text figure's unit:
        the table cells and the text figures of that name. Empty when the sentence names none, or when
        its name is not one amount (another 口径 or year printed under it)."""
        share = rf"的?(?:比重|比例)?为?\s*{_printed(t.share or 0)}\s*[%％]"
        said = re.search(rf"占(?:本年|当年|全年)?([^，,。；;占]{{2,16}}?){share}", _plain_number(t.sentence))
        if said is None:
            return []
        name = plain_label(re.sub(r"[“”\"]", "", said.group(1)))
        cells = self._named.get(name, [])
        core = re.sub(
            r"^(?:本年度?|当年|全年|本?部门|本?单位)+|(?:预算|决算)数?|总额$|总$", "", name.replace("总支出", "支出")
        )
        if not cells and core in ("收入", "支出") and re.search(r"部门.*总额", name):
            # "占部门支出总额的": the department's grand total, the largest of the 总计 printed (a fund's
            # table prints its own)
            printed = self._named.get(f"{core}合计", [])  # (总计 is read as 合计)
            cells = [max(printed, key=lambda f: _wan(f.value, f.unit))] if printed else []
        if not cells and core in ("收入", "支出"):  # "占支出预算的" / "占部门预算总支出的": the side's total
            cells = self._named.get(f"{core}合计", [])
        texts = [x for x in self.doc.text_facts if x.value and x.unit in _MONEY and plain_label(x.subject) == name]
        amounts = {round(_wan(f.value, f.unit), 6) for f in cells if f.value > 0}  # the whole's own 口径
        amounts |= {round(_wan(x.value or 0.0, x.unit), 6) for x in texts}
        if len(amounts) != 1:
            return []  # (a whole smaller than its part is kept: the share then shows it)
        return [a / (_MONEY[t.unit or "万元"] / 1e4) for a in amounts]

    def completion_rates(self) -> None:
        """ "预算 A 万元，支出决算 B 万元，完成预算的 p%": p must be B ÷ A."""
        for passage in self.doc.passages:
            text = _THOUSANDS.sub("", fold(passage.text))
            for m in [*_COMPLETION.finditer(text), *_COMPLETION_AFTER.finditer(text), *_EXECUTION_RATE.finditer(text)]:
                plan = float(m["plan"]) * _MONEY[m["pu"]]
                done = float(m["done"]) * _MONEY[m["du"]]
                if plan <= 0 and (done > 0 or float(m["pct"]) > 0):
                    # no share of nothing is a percentage; "0%" of a zero budget is a convention (a warning)
                    zero_base = "的 0%" if float(m["pct"]) == 0 else ""
                    self.findings.append(
                        Finding(
                            "完成率",
                            "warning" if zero_base else "error",
                            self.id,
                            (passage.page,),
                            f"“{m[0].strip()}”：预算为 0，完成预算的百分比无从计算"
                            + ("，宜写明“年初未安排预算”。" if zero_base else "，预算数、决算数或百分比有误。"),
                            None,
                            float(m["pct"]),
                            (f"text:{passage.page}",),
                        )
                    )
                    continue
                if plan <= 0:
                    continue
                pct, expected = float(m["pct"]), done / plan * 100
                decimals = len(m["pct"].split(".")[1]) if "." in m["pct"] else 0
                unit = HALF_CENT * 1e4 if m["pu"] == "万元" else HALF_CENT
                tolerance = 0.5 * 10**-decimals + expected * (unit / max(done, unit) + unit / plan) + 1e-9
                if abs(expected - pct) <= tolerance:
                    continue
                severity = "warning" if 0 < expected - pct < 10**-decimals else "error"
                self.findings.append(
                    Finding(
                        "完成率",
                        severity,
                        self.id,
                        (passage.page,),
                        f"“{m[0].strip()}”：按 {_fmt(float(m['done']))} ÷ {_fmt(float(m['plan']))} 计算应为 "
                        f"{expected:.2f}%，文中为 {m['pct']}%。",
                        round(expected, 2),
                        pct,
                        (f"text:{passage.page}",),
                    )
                )

    def performance_coverage(self) -> None:
        """“…开展绩效自评，共涉及资金 940.15 万元，占一般公共预算项目支出总额的 100%”: the amount must be that
        share of a 项目支出 total the tables print (any fund, column or year: the sentence's 口径 is not
        always the table's, so only an amount no printed total explains is an error)."""
        totals: set[float] = set()
        for cells in self.all_years.values():
            for f in cells:
                if "项目支出" in _labels(f) and f.value > 0:
                    totals.add(round(_wan(f.value, f.unit), 2))
        if not totals:
            return
        for passage in self.doc.passages:
            text = _THOUSANDS.sub("", fold(passage.text))
            for m in _COVERAGE.finditer(text):
                amount, pct = float(m["amount"]), float(m["pct"])
                if not amount or not pct:
                    continue
                room = 0.5 * 10 ** -_decimals(pct) + 1e-9
                bases = {b: amount / b * 100 for b in totals}
                if any(
                    abs(share - pct) <= room + share * (HALF_CENT / amount + HALF_CENT / b)
                    for b, share in bases.items()
                ):
                    continue
                base = min(bases, key=lambda b: abs(bases[b] - pct))
                found = text_error(
                    "占比",
                    self.id,
                    passage.page,
                    f"“{m[0].strip()}”：表中项目支出合计为 {_fmt(base)} 万元，{_fmt(amount)} 万元占其 "
                    f"{bases[base]:.2f}%，文中为 {m['pct']}%。",
                    round(bases[base], 2),
                    pct,
                )
                if self.doc.document.kind == "决算" and amount > max(totals):
                    # a 决算's tables print what was spent; the projects' budget, which the sentence may mean,
                    # is often printed nowhere: the 口径 cannot be established
                    found = replace(
                        found,
                        severity="warning",
                        message=found.message + "（所涉资金可能是项目的预算数，表中只列决算数，口径无法确认。）",
                    )
                self.findings.append(found)

    def sangong_text(self) -> None:
        """The “三公” paragraph: 公务用车购置及运行维护费 = 购置费 + 运行维护费, and the “三公” total =
        出国 + 公务用车 + 接待, as the text states them (each part stated once on the page)."""
        by_page: dict[tuple[int, str], list[TextFact]] = defaultdict(list)
        for t in self.doc.text_facts:
            if t.value is not None and t.unit in _MONEY:
                by_page[(t.page, t.section)].append(t)
        for facts in by_page.values():
            roles: dict[str, list[TextFact]] = defaultdict(list)
            for t in facts:
                if role := _sangong_role(t.subject):
                    roles[role].append(t)
            one = {r: ts[0] for r, ts in roles.items() if len({x.value for x in ts}) == 1}
            if len({x.unit for x in one.values()}) > 1:
                continue
            car = one.get("car")
            if car and "buy" in one and "run" in one:
                self._text_sum(car, [one["buy"], one["run"]], "公务用车购置费与运行维护费")
            both = [one[r] for r in ("buy", "run") if r in one]
            cars = [car] if car else both if len(both) == 2 else []
            if "total" in one and "abroad" in one and "host" in one and cars:
                self._text_sum(one["total"], [one["abroad"], *cars, one["host"]], "出国、公务用车、接待三项")
            # and their changes ("比2025年预算减少23.10万元。其中：（一）因公出国（境）费…与2025年预算持平…")
            moved = {}  # each part's change, wherever on the page it is stated ("持平": no change, said without a unit)
            for r in one:
                stated = [t for t in roles[r] if t.change is not None and (t.change_unit == t.unit or t.change == 0)]
                if len({t.change for t in stated}) == 1:
                    moved[r] = stated[0]
            if all(r in moved for r in ("car", "buy", "run")):
                self._change_sum(moved["car"], [moved["buy"], moved["run"]], "公务用车购置费与运行维护费")
            cars = [moved["car"]] if "car" in moved else [moved[r] for r in ("buy", "run") if r in moved]
            if all(r in moved for r in ("total", "abroad", "host")) and len(cars) == (1 if "car" in moved else 2):
                self._change_sum(moved["total"], [moved["abroad"], *cars, moved["host"]], "出国、公务用车、接待三项")

    def _change_sum(self, total: TextFact, parts: list[TextFact], what: str) -> None:
        """The change of the whole the text states is the sum of its parts' changes (持平 is no change)."""
        changes = [p.change or 0.0 for p in parts]
        if total.change is None or holds(total.change, changes):
            if total.change is None or not all(float(c).is_integer() for c in (total.change, *changes)):
                return
            if abs(total.change - sum(changes)) < 1:  # whole 万元: a unit apart is no rounding of parts that are
                return  # stated exactly (a 万元 change printed without decimals is a whole number of 万元)
        self.findings.append(
            text_error(
                "增减构成",
                self.id,
                total.page,
                f"文字说明“{total.sentence[:50]}”：{total.subject}增减 {_fmt(total.change)} {total.unit}，"
                f"{what}的增减合计 {_fmt(sum(changes))} {total.unit}。",
                round(sum(changes), 2),
                total.change,
            )
        )

    @cached_property
    def _sangong_cells(self) -> dict[str, list[Fact]]:
        """The “三公” table's cells of every year by the item they print (出国, 公务用车, 会议费 …)."""
        printed: dict[str, list[Fact]] = defaultdict(list)
        for cells in self.all_years.values():
            for f in cells:
                if f.table_type != "三公经费":
                    continue
                # from the leaf up; a header wrapped over lines is read as levels ("公务用车运 / 行维护费"), so each
                # level is tried joined with those below it too
                path = f.column_path
                names = [f.row_name, *(x for i in reversed(range(len(path))) for x in (path[i], "".join(path[i:])))]
                names = [c for c in names if c and not _TOTAL_LEAF.match(c)]
                role = next((r for c in names if (r := _sangong_role(c) or _meeting_role(c))), None)
                if role:
                    printed[role].append(f)
        return printed

    def sangong_amounts(self) -> None:
        """A “三公” amount the text states (出国, 公务用车 and its two parts, 接待, the total) must be printed
        for that item in the “三公” table itself, in some column or year: the table and the paragraph
        explaining it speak of one 口径."""
        printed = self._sangong_cells
        for t in self.doc.text_facts:
            role = _sangong_role(t.subject) or _meeting_role(t.subject)
            if not t.value or t.unit not in _MONEY or not role:
                continue  # nothing spent: the table leaves the cell blank
            if role == "host" and "公务接待" not in t.subject:
                continue  # "信访接待中心运行费" is no 公务接待费
            self._unprinted(t, printed.get(role, []), "", "“三公”经费表中该项")
            self._last_years_amount(t, printed.get(role, []))

    def _last_years_amount(self, t: TextFact, cells: list[Fact]) -> None:
        """A “三公” amount the text states for this year ("2022 年本部门当年…“三公”经费预算支出 0.27 万元") that the
        table prints only in last year's column, while its column headed with this year prints another amount
        for the item (0): the text restates last year's figure as this year's."""
        year = self.doc.document.year
        assert t.value is not None and t.unit is not None
        said_year = {int(y) for y in re.findall(r"(20\d{2})\s*年", t.sentence)}
        if year is None or said_year != {year} or re.search(r"上年|去年|上一年", t.subject):
            return
        value, room = _wan(t.value, t.unit), _tolerance(t.value, t.unit)
        fits = [f for f in cells if abs(_wan(f.value, f.unit) - value) <= room]
        dated = [f for f in cells if str(year) in "".join(f.column_path) and not other_year(f, year)]
        if not fits or not dated or any(not other_year(f, year) for f in fits):
            return
        own = [f for f in dated if TOTAL_ROW.match(f.row_name) and f.row_name] or dated
        shown = own[0]
        if any(abs(_wan(f.value, f.unit) - value) <= room for f in own):
            return
        self._text_against_cell(
            t,
            shown,
            f"文字说明“{t.sentence[:60]}”中{t.subject}本年为 {_fmt(t.value)} {t.unit}，"
            f"“三公”经费表中只有上年一列是此数，{self.where(shown)}为 {_fmt(shown.value)} {shown.unit}。",
        )

    def _text_against_cell(self, t: TextFact, cell: Fact, message: str, *also: Fact) -> None:
        """An error of a text amount against the table cell it should be (the cell's amount is the expected;
        `also`, the cells that decide it)."""
        assert t.value is not None
        self.findings.append(
            Finding(
                "文表一致",
                "error",
                self.id,
                tuple(sorted({t.page, cell.page})),
                message,
                round(_wan(cell.value, cell.unit), 2),
                round(_wan(t.value, t.unit), 2),
                (f"text:{t.page}", fact_id(cell), *(fact_id(g) for g in also)),
            )
        )

    def projects_by_name(self) -> None:
        """An amount the text states for a project by the name the project or performance tables print
        for it, on several rows (one per unit: "4.水资源管理与保护 32,736.07 万元"), must be one of those
        rows or all of them together (the text may speak of the department's whole project). Names that
        are also 科目, “三公” items or totals are left out: the text may mean those."""
        rows: dict[str, list[Fact]] = defaultdict(list)
        for f in self.facts:
            if (
                f.table_type in ("项目支出表", "绩效目标")
                and f.unit in _MONEY
                and len(f.row_name) >= 4
                and not f.row_code
            ):
                rows[f.row_name].append(f)
        generic = set(code_names().values())
        for t in self.doc.text_facts:
            if t.value is None or t.unit not in _MONEY:
                continue
            name = _NUMBERED_ROW.sub("", t.subject).strip()
            cells = rows.get(name, [])
            if not cells or name in generic or _sangong_role(name) or _meeting_role(name) or TOTAL_ROW.match(name):
                continue
            together = round(sum(_wan(f.value, f.unit) for f in cells), 2)
            if abs(together - _wan(t.value, t.unit)) <= _tolerance(t.value, t.unit) * len(cells):
                continue
            self._unprinted(t, cells, name, "项目支出表中该项目")

    def running_costs(self) -> None:
        """The 机关运行经费 the text states must be printed for it in some table, in some column or year (the
        “三公” table of many templates prints it beside them, others a table of its own)."""
        printed = [
            f for cells in self.all_years.values() for f in cells
            if f.unit in _MONEY and any("机关运行经费" in c for c in (*f.column_path, f.row_name))
            and not any(_CHANGE_HEAD.search(c) for c in f.column_path)
        ]  # fmt: skip
        if not printed:
            return
        for t in self.doc.text_facts:
            if t.value is None or t.unit not in _MONEY or not _RUNNING_COSTS.search(t.subject):
                continue
            self._unprinted(t, printed, "机关运行经费", "表中机关运行经费")

    def income_kinds(self) -> None:
        """An income the text states by its kind (事业收入, 上级补助收入, 其他收入 …) must be printed for that
        kind in the 收支总表 or 收入总表, in some column: the kinds are one list in every template."""
        printed: dict[str, list[Fact]] = defaultdict(list)
        for f in self.facts:
            if f.table_type not in ("收支总表", "收入总表") or f.side == "支出":
                continue
            kind = _income_kind(_NUMBERED_ROW.sub("", f.row_name))
            if kind is None and f.side == "收入" and (fund := _FUND_ROW.fullmatch(_NUMBERED_ROW.sub("", f.row_name))):
                kind = f"{fund.group(1)}收入"  # "收入 | 政府性基金预算 | 7,600.00": the fund's income
            if kind is None and TOTAL_ROW.match(f.row_name) and f.column_path:  # 收入总表: kinds are its columns
                kind = next((k for c in reversed(f.column_path) if (k := _income_kind(c))), None)
            if kind:
                printed[kind].append(f)
        self._kinds_said(printed, _income_kind)
        self._carried_parts()

    def _carried_parts(self) -> None:
        """A fund's part of last year's carry-over ("上年结转结余的政府性基金预算收入 9 万元，占 0%") is at most
        the carry-over the 收支总表 prints on its income side, in the column of the year's total."""
        carried = [
            f for f in self.facts
            if f.table_type == "收支总表" and f.side == "收入"
            and _CARRIED_TOTAL.fullmatch(_NUMBERED_ROW.sub("", f.row_name))
            and (len(f.column_path) <= 1 or GRAND_COLUMN.search(f.column_path[-1]))
        ]  # fmt: skip
        if len(carried) != 1:
            return
        (whole,) = carried
        for t in self.doc.text_facts:
            if not t.value or t.unit not in _MONEY:
                continue
            said = _NUMBERED_ROW.sub(
                "", re.sub(r"^(?:.*20\d{2}年度?)?(?:本年度?|当年)?|(?:预算|决算)数?(?:为)?$", "", t.subject)
            )
            if _CARRIED_TOTAL.fullmatch(said):  # "4．上年结转资金预算数为 40万元": the carry-over itself
                if abs(_wan(t.value, t.unit) - _wan(whole.value, whole.unit)) > _tolerance(t.value, t.unit):
                    self._text_amount_wrong(t, whole, "两处说的都是上年结转")
                continue
            if not _CARRIED_FUND.search(t.subject):
                continue
            if _wan(t.value, t.unit) > _wan(whole.value, whole.unit) + _tolerance(t.value, t.unit):
                self._text_against_cell(
                    t,
                    whole,
                    f"文字说明“{t.sentence[:60]}”中{t.subject} {_fmt(t.value)} {t.unit}，大于{self.where(whole)}"
                    f"的 {_fmt(whole.value)} {whole.unit}：上年结转的一部分不能超过上年结转本身。",
                )

    def spending_kinds(self) -> None:
        """A spending the text states by its kind (事业单位经营支出, 上缴上级支出, 对附属单位补助支出, 结转下年)
        must be printed for that kind in the 收支总表 (a row of its 支出 side) or the 支出总表 (a column of
        its 合计 row), in some column: the kinds are one list in every template."""
        printed: dict[str, list[Fact]] = defaultdict(list)
        for f in self.facts:
            if f.table_type == "收支总表" and f.side == "支出":
                kind = _spending_kind(_NUMBERED_ROW.sub("", f.row_name))
            elif f.table_type == "支出总表" and TOTAL_ROW.match(f.row_name) and f.column_path:
                kind = next((k for c in reversed(f.column_path) if (k := _spending_kind(c))), None)
            else:
                continue
            if kind:
                printed[kind].append(f)
        self._kinds_said(printed, _spending_kind)

    def _kinds_said(self, printed: dict[str, list[Fact]], kind_of: Callable[[str], str | None]) -> None:
        """Each text amount said of a kind ("3.上级补助收入预算…", "结转下年支出…") is one of the amounts the
        tables print for that kind, in some column."""
        for t in self.doc.text_facts:
            if not t.value or t.unit not in _MONEY:
                continue
            said = re.sub(r"^(?:.*20\d{2}年度?)?(?:本年度?|当年)?", "", t.subject, count=1)
            kind = kind_of(_NUMBERED_ROW.sub("", re.sub(r"(?:预算|决算)数?$", "", said))) or ""
            cells = printed.get(kind, [])
            value = _wan(t.value, t.unit)
            if not cells or any(abs(_wan(f.value, f.unit) - value) <= _tolerance(t.value, t.unit) for f in cells):
                continue
            nearest = min(cells, key=lambda f: abs(_wan(f.value, f.unit) - value))
            self._text_amount_wrong(t, nearest, f"表中{kind}各列均无文中的金额")

    def basic_items(self) -> None:
        """An economic item the text lists under 基本支出's 人员经费 or 公用经费 ("公用经费 211 万元，主要包括：
        办公费 54.08 万元，差旅费 10 万元…") must be printed for that row of the 基本支出 table, in some
        column or year. Items stated alone are not compared: the text often totals basic and project
        spending that the tables print apart."""
        rows: dict[str, list[Fact]] = defaultdict(list)
        for cells in self.all_years.values():
            for f in cells:
                if f.table_type in ("基本支出表", "一般公共预算基本支出表") and f.row_name:
                    rows[f.row_name].append(f)
        for t in self.doc.text_facts:
            if not t.value or t.unit not in _MONEY:
                continue
            name = re.sub(
                r"(?:预算|决算)?(?:支出)?(?:预算|决算)?数?$",
                "",
                re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）、.．]", "", t.subject),
            )
            cells = rows.get(name, [])
            at = _plain_number(t.sentence).find(f"{name}")
            if not cells or at < 0 or not _BASIC_WHOLE.search(_plain_number(t.sentence)[:at]):
                continue
            value = _wan(t.value, t.unit)
            if any(abs(_wan(f.value, f.unit) - value) <= _tolerance(t.value, t.unit) for f in cells):
                continue
            nearest = min(cells, key=lambda f: abs(_wan(f.value, f.unit) - value))
            self._text_amount_wrong(t, nearest, "该表各列均无文中的金额")

    def staff_and_running_split(self) -> None:
        """The text splits 基本支出 into 人员经费 X and 公用经费 Y; the 基本支出 table prints the same whole by
        economic class, where 人员经费 is 工资福利支出 (301) + 对个人和家庭的补助 (303). When the two wholes
        agree and X is not 301 + 303, the text has moved an amount from one part to the other (湖州: the
        30399 line listed under 人员经费 but counted in 公用经费). A warning: a template may count a line
        otherwise, though none of ours does."""
        said = {}
        for t in self.doc.text_facts:
            if t.subject in ("人员经费", "公用经费") and t.value and t.unit in _MONEY and t.subject not in said:
                if re.search(r"基本支出", t.sentence + t.section):
                    said[t.subject] = t
        if len(said) < 2 or said["人员经费"].page != said["公用经费"].page:
            return
        rows: dict[str, Fact] = {}
        for f in self.doc.facts:
            if f.table_type in ("一般公共预算基本支出表", "基本支出表") and f.row_code in ("301", "302", "303", "310"):
                leaf = f.column_path[-1] if f.column_path else ""
                if not other_year(f, self.doc.document.year) and (not leaf or GRAND_COLUMN.search(leaf)):
                    rows.setdefault(f.row_code, f)  # the first table's grand column
        if not {"301", "302", "303"} <= rows.keys() or len({f.table_index for f in rows.values()}) != 1:
            return
        staff, running = said["人员经费"], said["公用经费"]
        assert staff.value is not None and running.value is not None
        table_staff = _wan(rows["301"].value + rows["303"].value, rows["301"].unit)
        table_whole = _wan(sum(f.value for f in rows.values()), rows["301"].unit)
        text_whole = _wan(staff.value, staff.unit) + _wan(running.value, running.unit)
        if abs(text_whole - table_whole) > 0.02 or abs(_wan(staff.value, staff.unit) - table_staff) <= 0.015:
            return
        moved = _wan(staff.value, staff.unit) - table_staff
        cells = [rows[c] for c in ("301", "303")]
        self.findings.append(
            Finding(
                "人员公用划分",
                "warning",
                self.id,
                tuple(sorted({staff.page, *(f.page for f in cells)})),
                f"文字说明“{staff.sentence[:50]}”：人员经费 {_fmt(staff.value)} {staff.unit}、公用经费 "
                f"{_fmt(running.value)} {running.unit}，合计与表中基本支出相符；但{self.where(rows['301'])}"
                f"工资福利支出与对个人和家庭的补助合计 {_fmt(table_staff)} 万元，相差 {_fmt(moved)} 万元"
                f"（约一项支出被计入了另一部分）。",
                round(table_staff, 2),
                round(_wan(staff.value, staff.unit), 2),
                (f"text:{staff.page}", *(fact_id(f) for f in cells)),
            )
        )

    def _text_sum(self, total: TextFact, parts: list[TextFact], what: str) -> None:
        assert total.value is not None
        values = [p.value or 0.0 for p in parts]
        if holds(total.value, values):
            return
        self.findings.append(
            Finding(
                "三公经费构成",
                "error",
                self.id,
                (total.page,),
                f"文字说明“{total.sentence[:50]}”：{total.subject} {_fmt(total.value)} {total.unit}，"
                f"{what}合计 {_fmt(sum(values))} {total.unit}。",
                round(sum(values), 2),
                total.value,
                (f"text:{total.page}",),
            )
        )

    def text_amounts(self) -> None:
        """An amount the text states for a total the tables print (收入/支出总计, 基本支出, 项目支出, …)
        must be one of the printed values for it."""
        printed: dict[str, set[float]] = defaultdict(set)
        for f in self.facts:
            for label in _labels(f):
                printed[label].add(round(f.value * _MONEY[f.unit] / 1e4, 2))
        for t in self.doc.text_facts:
            if t.unit not in _MONEY or t.value is None:
                continue
            plain = _plain(_ORGANISATION_SAID.sub("", t.subject))  # "…社会福利院收入预算": 收入
            if self.doc.document.kind == "预算":
                plain = re.sub(r"(?<=[入出])年初$", "", plain)  # "（二）支出预算：年初预算数": the budget's own
            key = "财政拨款总计" if _FUND_TOTAL.fullmatch(plain) else _KEY_TERMS.get(plain)
            if key is None and _FUND_THIS_YEAR.fullmatch(plain):
                key = "财政拨款本年"  # "本部门当年财政拨款支出 4,005.29 万元": that table's year, or its 总计
                printed[key] |= printed.get("财政拨款总计", set())
            if key is None and (side := _SIDE_TOTAL_SAID.fullmatch(plain)):
                key = f"{side.group(1)}总计"  # "（二）支出预算总计 33172.15 万元"
            funded = _FUND_BASIC.fullmatch(_plain(re.sub(r"^.*?20\d{2}\s*年度?", "", t.subject)))
            if key is None and funded:  # "国家信访局2026年一般公共预算基本支出": that fund's, or all of it
                key = funded.group(1)
                printed[key] |= self._fund_totals(key)
            if key is None and _GENERAL_SPENDING.fullmatch(_plain(re.sub(r"^.*?20\d{2}\s*年度?", "", t.subject))):
                key = "一般公共预算支出"  # "一般公共预算拨款支出预算9,101.68万元": the total of that fund's table
                printed[key] = self._fund_totals(key)
            if key is None and (
                fund := _FUND_SPENDING.fullmatch(_plain(re.sub(r"^.*?20\d{2}\s*年度?", "", t.subject)))
            ):
                key = f"{fund.group(1)}支出"  # "2026年度政府性基金预算支出72.47万元": the 合计 of that fund's table
                printed[key] = self._fund_spending_totals(fund.group(1))
            if key is None or not (printed.get(key) or printed.get(_THIS_YEARS.get(key, ""))):
                continue
            heading = t.section.rsplit(" > ", 1)[-1]
            heading = heading if len(heading) <= 30 else ""  # a sentence taken for a heading says nothing
            if key in _THIS_YEARS and _FUND.search(heading + t.sentence[: t.sentence.find(t.subject)]):
                continue  # "财政拨款收支总体情况：收入预算…": the fund's own total, not the department's
            values = printed[key] | printed.get(_THIS_YEARS.get(key, ""), set())
            value = t.value * _MONEY[t.unit] / 1e4
            tolerance = 0.5 * 10 ** -_decimals(t.value) * _MONEY[t.unit] / 1e4 + 1e-9
            if all(abs(value - p) > tolerance + HALF_CENT for p in values):
                nearest = min(values, key=lambda p: abs(p - value))
                slip = ""
                if t.unit != "万元" and any(abs(p - t.value) <= HALF_CENT for p in values):
                    nearest, slip = t.value, "（单位应为万元）"  # "预算支出1682.76元" of 1682.76 万元
                self.findings.append(
                    Finding(
                        "文表一致",
                        "error",
                        self.id,
                        (t.page,),
                        f"文字说明“{t.sentence[:60]}”中{key} {_fmt(t.value)} {t.unit}，"
                        f"表中为 {_fmt(nearest)} 万元{slip}。",
                        nearest,
                        round(value, 2),
                        (f"text:{t.page}",),
                    )
                )

    def project_amounts(self) -> None:
        """A project's amount stated in the text ("信访局临聘人员经费15.56万元") is one of the amounts its row
        of the 项目支出表 prints, when the text names exactly one row's project."""
        rows: dict[str, set[tuple[int, int]]] = defaultdict(set)
        cells: dict[tuple[int, int], list[Fact]] = defaultdict(list)
        for f in self.facts:
            if f.table_type == "项目支出表" and not TOTAL_ROW.match(f.row_name) and not f.row_code:
                cells[(f.table_index, f.row_index)].append(f)
                for name in {f.row_name, *f.row_path} - {""}:
                    if not UNIT_ROW.search(name):  # a unit heading its projects is no project
                        rows[_project(name)].add((f.table_index, f.row_index))
        for t in self.doc.text_facts:
            if t.unit not in _MONEY or t.value is None or len(name := _project(t.subject)) < 4:
                continue
            if len(found := rows.get(name, set())) != 1:
                continue  # no project so named, or a unit's name that heads several rows
            row = cells[next(iter(found))]
            value = t.value * _MONEY[t.unit] / 1e4
            tolerance = 0.5 * 10 ** -_decimals(t.value) * _MONEY[t.unit] / 1e4 + HALF_CENT + 1e-9
            printed = [f.value * _MONEY[f.unit] / 1e4 for f in row]
            if printed and all(abs(value - p) > tolerance for p in printed):
                grand = max(row, key=lambda f: f.value)
                self.findings.append(
                    Finding(
                        "文表一致",
                        "error",
                        self.id,
                        tuple(sorted({t.page, grand.page})),
                        f"文字说明“{t.sentence[:60]}”中{t.subject} {_fmt(t.value)} {t.unit}，"
                        f"《{grand.table_title}》（第 {grand.page} 页）该项目“{grand.column}”列为 "
                        f"{_fmt(grand.value)} {grand.unit}。",
                        grand.value,
                        t.value,
                        (f"text:{t.page}", fact_id(grand)),
                    )
                )

    def _fund_spending_totals(self, fund: str) -> set[float]:
        """The 合计 row of the fund's table, in every column but its income's (小计, 项目支出, 本年支出 …);
        0 when the disclosure prints that table empty (its title and header, no row)."""
        totals = {
            round(_wan(f.value, f.unit), 2) for f in self.facts
            if f.table_type == fund and _is_total_row(f) and "收" not in (f.side or "")
            and not any("收入" in c or "结转" in c for c in f.column_path)
        }  # fmt: skip
        tables = [t for t in self.doc.tables if t.table_type == fund]
        printed = {f.table_index for f in self.doc.facts}
        if not totals and tables and all(t.n_rows == 0 and t.index not in printed for t in tables):
            return {0.0}
        return totals

    def _fund_totals(self, measure: str) -> set[float]:
        """The grand totals of the tables of one measure by fund (一般公共预算基本支出表, 项目支出表 …)."""
        kinds = {
            "基本支出": ("一般公共预算基本支出表", "基本支出表"),
            "一般公共预算支出": ("一般公共预算支出表",),
        }.get(measure, ("项目支出表",))
        return {
            round(_wan(f.value, f.unit), 2) for f in self.facts
            if f.table_type in kinds and _is_total_row(f) and f.column_path and GRAND_COLUMN.search(f.column_path[-1])
        }  # fmt: skip

    # -- a third figure decides -------------------------------------------------------------------
    @cached_property
    def _last_years(self) -> dict[tuple[int, int, str | None, str, tuple[str, ...]], Fact]:
        """Cells of last year's columns by table, row, side, unit and the item their column names."""
        year = self.doc.document.year
        found: dict[tuple[int, int, str | None, str, tuple[str, ...]], Fact] = {}
        for cells in self.all_years.values():
            for g in cells:
                if any(period(c, year) == "prior" for c in g.column_path):
                    found.setdefault((g.table_index, g.row_index, g.side, g.unit, period_key(g.column_path)), g)
        return found

    def _prior_of(self, f: Fact) -> Fact | None:
        """The same row's cell of last year's column for the same item (上年 | 2025年 > 会议费)."""
        g = self._last_years.get((f.table_index, f.row_index, f.side, f.unit, period_key(f.column_path)))
        return g if g is not f else None

    @cached_property
    def _by_amount(self) -> list[tuple[float, Fact]]:
        return sorted(((_wan(f.value, f.unit), f) for f in self.facts), key=lambda x: x[0])

    def _printing(self, value: float, room: float) -> list[Fact]:
        """This year's cells that print this amount (in 万元), within `room`."""
        amounts = self._by_amount
        i = bisect_left(amounts, value - room, key=lambda x: x[0])
        out = []
        while i < len(amounts) and amounts[i][0] <= value + room:
            out.append(amounts[i][1])
            i += 1
        return out

    @cached_property
    def _named(self) -> dict[str, list[Fact]]:
        return self._named_cells()

    def _named_cells(self) -> dict[str, list[Fact]]:
        """This year's table cells by every name a question could use for them."""
        named: dict[str, list[Fact]] = defaultdict(list)
        for c in candidates(self.doc):
            if c.table_fact is not None and c.table_fact.unit in _MONEY:
                for label in c.labels:
                    named[plain_label(label)].append(c.table_fact)
        return named

    def changes_against_last_year(self) -> None:
        """A stated change of an amount the tables print beside last year's figure must be the
        difference of the two (the table's 2025年 column against "比上年增加"); and when the change fits
        the table's amount but the text states another amount for the same item, the text's amount is
        the wrong one."""
        named = self._named
        for t in [*self.doc.text_facts, *self._changes_with_amounts]:
            if t.value is None or t.change is None or t.unit not in _MONEY or t.change_unit not in _MONEY:
                continue
            value, change = _wan(t.value, t.unit), _wan(t.change, t.change_unit)
            said_kind = _compared_kind(t.sentence)
            same = self._printing(value, _tolerance(t.value, t.unit))
            distinctive = t.value >= 100 or t.value != round(t.value)
            if role := _sangong_role(t.subject) or _meeting_role(t.subject):
                # "因公出国（境）费 0 万元，比上年减少 8.5 万元": the “三公” table's cell of that item, by name
                same = [f for f in self._sangong_cells.get(role, []) if f in same]
                distinctive = distinctive or bool(same)
                year = self.doc.document.year
                before = {
                    round(_wan(g.value, g.unit), 2) for g in self._sangong_cells.get(role, [])
                    if any(period(c, year) == "prior" for c in g.column_path) and _kinds_agree(said_kind, g)
                }  # fmt: skip
                if (
                    not value
                    and not same
                    and len(before) == 1
                    and abs(-before.pop() - change) > _tolerance(t.change, t.change_unit)
                ):  # nothing this year (the cell left blank): the change is all of last year's
                    last = next(
                        x for x in self._sangong_cells[role] if any(period(c, year) == "prior" for c in x.column_path)
                    )
                    self.findings.append(
                        Finding(
                            "增减额",
                            "error",
                            self.id,
                            tuple(sorted({t.page, last.page})),
                            f"“{t.sentence[:60]}”：本年为 0，{self.where(last)}为上年 {_fmt(last.value)} {last.unit}，"
                            f"增减应为 {_fmt(-_wan(last.value, last.unit))} 万元，文中为 {_fmt(change)} 万元。",
                            round(-_wan(last.value, last.unit), 2),
                            round(change, 2),
                            (f"text:{t.page}", fact_id(last)),
                        )
                    )
                    continue
            pairs = [(f, g) for f in same if (g := self._prior_of(f)) and _kinds_agree(said_kind, g)]
            if pairs and distinctive:
                room = _tolerance(t.change, t.change_unit)
                if not any(abs(_wan(f.value - g.value, f.unit) - change) <= room for f, g in pairs):
                    f, g = pairs[0]
                    expected = _wan(f.value - g.value, f.unit)
                    self.findings.append(
                        Finding(
                            "增减额",
                            "error",
                            self.id,
                            tuple(sorted({t.page, f.page})),
                            f"“{t.sentence[:60]}”：本年 {_fmt(t.value)} {t.unit}，{self.where(g)}为上年 "
                            f"{_fmt(g.value)} {g.unit}，增减应为 {_fmt(expected)} 万元，文中为 {_fmt(change)} 万元。",
                            round(expected, 2),
                            round(change, 2),
                            (f"text:{t.page}", fact_id(f), fact_id(g)),
                        )
                    )
                continue
            if same:
                continue  # the amount is printed: nothing for the change to decide
            labels = {plain_label(x) for x in text_labels(t.subject)}
            rows = {id(f): f for x in labels for f in named.get(x, [])}.values()
            deciding = [
                (f, g) for f in rows
                if (g := self._prior_of(f)) and _kinds_agree(said_kind, g)
                and abs(_wan(f.value - g.value, f.unit) - change) <= _tolerance(t.change, t.change_unit)
                and f.value != g.value and change != 0
            ]  # fmt: skip
            if len({round(f.value, 2) for f, _ in deciding}) == 1:
                f, g = deciding[0]
                why = f"文中的增减 {_fmt(change)} 万元与表中本年 {_fmt(f.value)}、上年 {_fmt(g.value)} 相符"
                self._text_amount_wrong(t, f, why, g)

    @cached_property
    def _changes_with_amounts(self) -> list[TextFact]:
        """Changes said apart from their amount ("公务接待费 3.30万元…。公务接待费较上年降低 1.17 万元"), each
        with the one amount the page states for the same item (a “三公” part by its role, else by name)."""

        def item(t: TextFact) -> str:
            return _sangong_role(t.subject) or _meeting_role(t.subject) or plain_label(t.subject)

        amounts: dict[tuple[int, str], set[tuple[float, str]]] = defaultdict(set)
        for x in self.doc.text_facts:
            if x.value is not None and x.change is None and x.unit and x.unit in _MONEY:
                amounts[(x.page, item(x))].add((x.value, x.unit))
        out = []
        for t in self.doc.text_facts:
            if t.value is None and t.change is not None and len(said := amounts.get((t.page, item(t)), set())) == 1:
                value, unit = next(iter(said))
                out.append(replace(t, value=value, unit=unit))
        return out

    def rates_of_named_changes(self) -> None:
        """A change stated without its amount ("与2023年度相比，收入支出总计减少56.95万元，下降1.87%")
        and its rate must agree with the one amount the tables print under that name."""
        named = self._named
        for t in self.doc.text_facts:
            if t.value is not None or t.change is None or t.change_pct is None or t.change_unit not in _MONEY:
                continue
            labels = {plain_label(x) for x in text_labels(t.subject)}
            if re.search(r"收入支出总计|收支总计$", t.subject):  # both sides of a balanced table
                labels |= {"收入合计", "支出合计"}
            cells = [f for f in {id(f): f for x in labels for f in named.get(x, [])}.values() if _same_fund(t, f)]
            side = re.fullmatch(r"财政拨款(收入|支出)(?:总计)?", t.subject)
            if side and re.search(r"财政拨款收、?支(?:预算)?(?:总计|总预算|总额)|总计$", fold(t.subject + t.sentence)):
                cells = self._appropriation_total(side.group(1))  # "财政拨款收、支总计各增加"
            elif side and not cells:  # "财政拨款支出增加 4016.19 万元": the year's own, without carry-overs
                cells = self._appropriation_total(side.group(1), grand=False)
            if t.subject.endswith("总计"):  # 总计 is the grand total, not a 本年收入合计 beside it
                cells = [f for f in cells if "总计" in f.row_name + "".join(f.column_path)] or cells
            if not cells:  # "一般公共预算财政拨款支出2940.05万元。与2023年度相比，一般公共预算财政拨款支出减少…"
                self._rate_of_said_amount(t)
                continue
            amounts = {round(_wan(f.value, f.unit), 2) for f in cells}
            if len(amounts) > 1:  # a column of the row's parts left blank (上年结转 0.00) is not its amount
                cells = [f for f in cells if f.value]
                amounts.discard(0.0)
            if len(amounts) != 1 or not t.change:
                continue
            if off := _rate_off(amounts.pop(), t):
                expected, last, stated, change = off
                cell = next(iter(cells))
                self.findings.append(
                    Finding(
                        "增减幅度",
                        "error",
                        self.id,
                        tuple(sorted({t.page, cell.page})),
                        f"“{t.sentence[:60]}”：{self.where(cell)}本年为 {_fmt(cell.value)} {cell.unit}，上年即 "
                        f"{_fmt(last)} 万元，按 {_fmt(abs(change))} ÷ {_fmt(last)} 计算应为 {expected:.2f}%，"
                        f"文中为 {stated:g}%。",
                        round(expected, 2),
                        stated,
                        (f"text:{t.page}", fact_id(cell)),
                    )
                )

    def _rate_of_said_amount(self, t: TextFact) -> None:
        """A change and its rate against the one amount the text states on the page under the same name."""
        said = {
            round(_wan(x.value, x.unit), 2) for x in self.doc.text_facts
            if x.page == t.page and x.subject == t.subject and x.value and x.unit in _MONEY and x.change is None
        }  # fmt: skip
        current = said.pop() if len(said) == 1 else None
        if current is not None and (off := _rate_off(current, t)):
            expected, last, stated, change = off
            self.findings.append(
                text_error(
                    "增减幅度",
                    self.id,
                    t.page,
                    f"“{t.sentence[:60]}”：{t.subject}本年为 {_fmt(current)} 万元，上年即 {_fmt(last)} 万元，"
                    f"按 {_fmt(abs(change))} ÷ {_fmt(last)} 计算应为 {expected:.2f}%，文中为 {stated:g}%。",
                    round(expected, 2),
                    stated,
                )
            )

    def _appropriation_total(self, side: str, grand: bool = True) -> list[Fact]:
        """A total of one side of the 财政拨款收支总表: its largest 合计/总计 row of this year (`grand`), or
        its 本年收入/支出合计 row (the year's own, without what was carried over)."""
        rows = [
            f for f in self.facts
            if f.table_type == "财政拨款收支总表" and f.value > 0
            and re.search(r"总计|合计" if grand else rf"^(?:本年)?{side}合计$", f.row_name)
            and side in f.row_name + "".join(f.column_path[:1]) and not other_year(f, self.doc.document.year)
        ]  # fmt: skip
        top = max((f.value for f in rows), default=0.0) if grand else None
        return [f for f in rows if f.value == top] if grand else rows

    def amounts_by_share(self) -> None:
        """A text amount with its share ("基本支出 1136.42 万元，占 86.44%") that no table cell of the same
        name prints, while one such cell gives the stated share of a printed total: the share decides
        that the text's amount is the wrong one."""
        named = self._named
        totals = {
            round(_wan(f.value, f.unit), 6) for f in self.facts
            if (TOTAL_ROW.match(f.row_name) or f.row_name.endswith(("合计", "总计")) or len(f.row_code or "") == 3)
            and f.value > 0
        }  # fmt: skip
        for t in self.doc.text_facts:
            if t.value is None or t.share is None or t.unit not in _MONEY or not 0 < t.share < 100:
                continue
            labels = {plain_label(x) for x in text_labels(t.subject)}
            cells = [f for f in {id(f): f for x in labels for f in named.get(x, [])}.values() if _same_fund(t, f)]
            value, room = _wan(t.value, t.unit), _tolerance(t.value, t.unit)
            if not cells or any(abs(_wan(f.value, f.unit) - value) <= room for f in cells):
                continue
            share, room_pct = t.share, 0.5 * 10 ** -_decimals(t.share) + 1e-9

            def fits(a: float, share: float = share, room: float = room_pct) -> list[float]:
                return [b for b in totals if b >= a and abs(a / b * 100 - share) <= room]

            if fits(value):
                continue  # the text's own amount gives the share of some total
            fitting = {id(f): fits(_wan(f.value, f.unit)) for f in cells}
            deciding = [f for f in cells if fitting[id(f)]]
            if len({round(f.value, 2) for f in deciding}) != 1:
                continue
            f = deciding[0]
            amount = _wan(f.value, f.unit)
            base = min(fitting[id(f)], key=lambda b: abs(amount / b * 100 - share))
            why = f"文中的占比 {share:g}% 与表中金额相符（{_fmt(amount)} ÷ {_fmt(base)}），与文中金额不符"
            self._text_amount_wrong(t, f, why)

    def _unprinted(self, t: TextFact, cells: list[Fact], subject: str, where: str) -> None:
        """An error when the text's amount is none of the cells printed for its item (any column or year)."""
        assert t.value is not None and t.unit is not None
        value = _wan(t.value, t.unit)
        if not cells or any(abs(_wan(f.value, f.unit) - value) <= _tolerance(t.value, t.unit) for f in cells):
            return
        nearest = min(cells, key=lambda f: abs(_wan(f.value, f.unit) - value))
        self._text_against_cell(
            t,
            nearest,
            f"文字说明“{t.sentence[:60]}”中{subject or '为'} {_fmt(t.value)} {t.unit}，{where}的各列均无此数"
            f"（最接近的是{self.where(nearest)}的 {_fmt(nearest.value)} {nearest.unit}）。",
        )

    def _text_amount_wrong(self, t: TextFact, f: Fact, why: str, *also: Fact) -> None:
        """A text amount that differs from its table cell, where a third figure (`why`) fits the cell."""
        assert t.value is not None
        self._text_against_cell(
            t,
            f,
            f"文字说明“{t.sentence[:60]}”中为 {_fmt(t.value)} {t.unit}，{self.where(f)}为 {_fmt(f.value)} "
            f"{f.unit}；{why}，所以很可能是文中的金额有误。",
            *also,
        )

    def rates_in_sentences(self) -> None:
        """A rate stated with this year's amount and last year's, both in one sentence ("2023年当年预算执行数为
        70.70万元，2024年预算安排76.76万元，比2023年预算执行数增加8.57%"), or with the change beside it,
        must be their relative difference."""
        year = self.doc.document.year
        by_sentence: dict[str, list[TextFact]] = defaultdict(list)
        for x in self.doc.text_facts:
            by_sentence[x.sentence].append(x)
        for t in [*self.doc.text_facts, *self._changes_with_amounts]:
            if t.value and t.change_pct is None and t.unit in _MONEY:
                t = self._with_next_change(t) or t
            if t.value is None or t.change_pct is None or t.unit not in _MONEY or not t.value:
                continue
            value = _wan(t.value, t.unit)
            dated = re.compile(rf"上年|去年|{year - 1}年") if year else re.compile("上年|去年")
            last_said = rf"(?<![比较与])(?:上年|去年|{year - 1 if year else '上'}年)度?"  # not "比上年减少 X"
            dated_amount = re.compile(
                rf"{last_said}[^，,。；;\d增减降少多]{{0,12}}?(?:为|是)?\s*(\d+(?:\.\d+)?)\s*万元"
            )
            priors = [
                x for x in by_sentence[t.sentence]
                if x is not t and x.value and x.unit in _MONEY and x.change_pct is None and dated.search(x.subject)
            ]  # fmt: skip
            change = rf"{_printed(abs(t.change or 0))}\s*(?:万元|元|亿元)[，,]?\s*(?:同比)?"
            moved = r"(?:增长|下降|降低|减少|增加|上升|提高|增幅|降幅|减幅)了?"
            rate = rf"{moved}\s*(?:为)?\s*{_printed(abs(t.change_pct))}\s*[%％]"
            said_with = _plain_number(t.sentence)
            if not re.search(change + rate, said_with):  # "…143,999 万元。与上年相比增加 26,495.86 万元，增长 27.64%。"
                said_with += self._said_next(t)
            if t.change is not None and t.change_unit in _MONEY and re.search(change + rate, said_with):
                last, said = value - _wan(t.change, t.change_unit), f"{_fmt(t.value)} {t.unit}与增减额"
            elif len(priors) == 1:  # last year's amount stated in the sentence, the change not printed beside it
                last = _wan(priors[0].value or 0.0, priors[0].unit)
                said = f"本年 {_fmt(t.value)}、上年 {_fmt(priors[0].value or 0.0)} {priors[0].unit}"
            elif len(said_last := {float(x) for x in dated_amount.findall(said_with)}) == 1 and t.unit == "万元":
                # "…33.58万元，主要用于…。2023年当年预算执行数为33.74万元，2024年预算安排33.58万元，比…减少0.47%"
                last = said_last.pop()
                said = f"本年 {_fmt(t.value)}、上年 {_fmt(last)} 万元"
            else:
                continue  # a change and its rate read from two places
            if not re.search(rf"(?<![\d.]){_printed(abs(t.change_pct))}\s*[%％]", said_with):
                continue  # the rate was read from beyond the sentence (a line or page break inside it)
            if abs(last) <= 2 * HALF_CENT and value > 2 * HALF_CENT and t.change_pct != 100.0:
                # from nothing, a rate is 100% by convention or left unsaid; "0%" may mean "not applicable"
                self.findings.append(
                    Finding(
                        "增减幅度",
                        "warning" if t.change_pct == 0 else "error",
                        self.id,
                        (t.page,),
                        f"“{t.sentence[:60]}”：按{said}计算上年为 0，增幅只能写 100%（或不写），"
                        f"文中为 {t.change_pct:g}%。",
                        100.0,
                        abs(t.change_pct),
                        (f"text:{t.page}",),
                    )
                )
                continue
            if last <= 0 or abs(value - last) < HALF_CENT:
                continue
            expected = (value - last) / last * 100
            decimals = _pct_decimals(t.sentence, abs(t.change_pct))
            fits = partial(_rate_fits, stated=t.change_pct, decimals=decimals)
            if not fits(value, last):
                blamed = self._misprint_beside_rate(t, value, last, expected, fits) if said.startswith("本年") else None
                head = f"“{t.sentence[:60]}”：按{said}计算，增减幅度应为 {expected:.2f}%，文中为 {t.change_pct:g}%"
                self.findings.append(
                    Finding(
                        "增减幅度",
                        "error",
                        self.id,
                        (t.page,),
                        f"{head}；{blamed[0]}。" if blamed else f"{head}。",
                        blamed[1] if blamed else round(abs(expected), 2),
                        blamed[2] if blamed else abs(t.change_pct),
                        (f"text:{t.page}",),
                    )
                )

    def _misprint_beside_rate(
        self, t: TextFact, value: float, last: float, expected: float, fits: Callable[[float, float], bool]
    ) -> tuple[str, float, float] | None:
        """Which of this year's amount, last year's and the rate is the misprint, when a third figure says so:
        (why, the figure meant, the figure printed). This year's amount stated otherwise just before
        ("住房公积金（01项）208.8万元 … 2026年预算安排201.50万元，增加5.27%") that fits the rate; or one amount a
        single keystroke from a figure that fits ("上年 43269.3 … 本年 3845.49，增长 17.62%": 3269.3), where the
        rate is off by more than a point and no keystroke of the rate fits the amounts. None when nothing points
        past the rate."""
        assert t.change_pct is not None
        for other in self._amounts_before(t):
            if abs(other - value) > 2 * _tolerance(value, "万元") and fits(other, last):
                return (
                    f"本段前文另有本年金额 {_fmt(other)} 万元，与上年金额和增幅相符，所以很可能是本年的 "
                    f"{_fmt(value)} 万元有误",
                    round(other, 2),
                    round(value, 2),
                )
        if abs(abs(expected) - abs(t.change_pct)) < 1 or any(
            abs(rate - abs(expected)) < 0.005 + 1e-9 for rate in one_keystroke_away(abs(t.change_pct))
        ):
            return None  # a rate a little off, or one keystroke off, is as likely the slip

        def far(x: float, printed: float) -> bool:  # a slip of a leading digit, not of the last one
            return abs(x - printed) > 0.01 * printed

        lasts = [x for x in one_keystroke_away(last) if far(x, last) and fits(value, x)]
        nows = [x for x in one_keystroke_away(value) if far(x, value) and fits(x, last)]
        if any(abs(x - value) <= 2 * _tolerance(value, "万元") for x in self._amounts_before(t)):
            nows = []  # this year's amount is printed twice alike
        growth = 1 + t.change_pct / 100
        for year, known, meant, rival, printed, implied in (
            ("上年", "本年", lasts, nows, last, value / growth),
            ("本年", "上年", nows, lasts, value, last * growth),
        ):
            if len(meant) == 1 and not rival:
                return (
                    f"按{known}金额和增幅推算{year}约为 {_fmt(implied)} 万元，与文中{year} "
                    f"{_fmt(printed)} 万元只差一个数字，所以很可能是{year}金额有误",
                    round(meant[0], 2),
                    round(printed, 2),
                )
        return None

    def _amounts_before(self, t: TextFact) -> list[float]:
        """The 万元 amounts the text prints in the same numbered paragraph before this figure's sentence (an
        item's heading "12、…住房公积金（01项）208.8万元。主要用于：…。" before its comparison)."""
        said = re.sub(r"\s+", "", _plain_number(t.sentence)).rstrip("。")
        for text in self._plain_passages:
            at = text.find(said)
            if at < 0:
                continue
            before = text[max(0, at - 240) : at]
            heading = list(re.finditer(r"(?:^|。)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]", before))
            if not heading:
                return []
            return [float(x) for x in re.findall(r"(?<![\d.])(\d+(?:\.\d+)?)万元", before[heading[-1].start() :])]
        return []

    def increases_beyond_the_amount(self) -> None:
        """An amount said to have risen by more than itself ("0 万元，比上年增加 6 万元") puts last year below
        zero, which no amount of money can be."""
        for t in self.doc.text_facts:
            if t.value is None or t.change is None or t.unit not in _MONEY or t.change_unit not in _MONEY:
                continue
            value, change = _wan(t.value, t.unit), _wan(t.change, t.change_unit)
            if change > value + _tolerance(t.value, t.unit) + _tolerance(t.change, t.change_unit) and value >= 0:
                said = f"本年 {_fmt(t.value)} {t.unit}，比上年增加 {_fmt(t.change)} {t.change_unit}"
                message = f"“{t.sentence[:60]}”：{said}，上年将为负数 {_fmt(value - change)} 万元。"
                self.findings.append(text_error("增减额", self.id, t.page, message, round(value, 2), round(change, 2)))

    def changes_with_last_year_said(self) -> None:
        """An amount, its change and last year's amount all stated ("国有资本经营预算支出 32,640 万元。与上年相比增加
        32,640 万元（去年预算数为 0 万元，无法计算增长率）"): the change is the difference."""
        year = self.doc.document.year
        last_said = rf"(?:上年|去年|上一年|{year - 1 if year else '上'}年)度?"
        dated_amount = re.compile(
            rf"[（(]{last_said}[^，,。；;\d增减降少多]{{0,12}}?(?:为|是)\s*(\d+(?:\.\d+)?)\s*万元"
        )  # "（去年预算数为 0 万元，无法计算增长率）"
        for t in self.doc.text_facts:
            if t.value is None or t.unit != "万元":
                continue
            joined = t if t.change is not None else self._with_next_change(t, rate=False)
            if joined is None or joined.change is None or joined.change_unit != "万元":
                continue
            said = {float(x) for x in dated_amount.findall(_plain_number(t.sentence + self._said_next(t)))}
            if len(said) != 1:
                continue
            last = said.pop()
            expected = t.value - last
            if abs(expected - joined.change) > _tolerance(t.value, t.unit) + _tolerance(joined.change, "万元"):
                message = (
                    f"“{(t.sentence + self._said_next(t))[:60]}”：本年 {_fmt(t.value)} 万元、上年 {_fmt(last)} 万元，"
                    f"增减应为 {_fmt(expected)} 万元，文中为 {_fmt(joined.change)} 万元。"
                )
                self.findings.append(text_error("增减额", self.id, t.page, message, round(expected, 2), joined.change))

    def _with_next_change(self, t: TextFact, rate: bool = True) -> TextFact | None:
        """An amount with the change and rate the next sentence states of it alone ("财政拨款预算支出 4,651.67
        万元，占本年支出合计的 100%。与上年相比，财政拨款支出增加 47.15 万元，增长 1.02%。"), read as one figure."""
        nxt = self._said_next(t).rstrip("。")
        if not nxt:
            return None
        balanced = self.doc.document.kind == "预算"
        for c in self.doc.text_facts:
            if c.value is not None or c.change is None or c.change_unit not in _MONEY:
                continue
            said = re.sub(r"\s+", "", _plain_number(c.sentence)).rstrip("。")
            named = _same_subject(t.subject.replace("预算", ""), c.subject.replace("预算", ""), balanced)
            if (c.change_pct is not None or not rate) and said == nxt and named:
                return replace(t, change=c.change, change_unit=c.change_unit, change_pct=c.change_pct)
        return None

    @cached_property
    def _plain_passages(self) -> list[str]:
        """The passages as `_said_next` searches them: no thousands separators, no white space (letter-spaced
        print, "支 出 （ 款 ）", is read as one word)."""
        return [re.sub(r"\s+", "", _plain_number(p.text)) for p in self.doc.passages]

    def _said_next(self, t: TextFact) -> str:
        """The sentence after this figure's when it only compares it ("与上年相比增加…"), else "". A sentence
        saying what the money is for ("主要用于…") may come between."""
        said = re.sub(r"\s+", "", _plain_number(t.sentence)).rstrip("。")
        for text in self._plain_passages:
            at = text.find(said)
            if at >= 0:
                rest = text[at + len(said) :].lstrip("。")
                nxt = rest[: rest.find("。") + 1] if "。" in rest else rest
                if re.match(r"(?:主要)?用于[^\d。]*。$", nxt):
                    rest = rest[len(nxt) :]
                    nxt = rest[: rest.find("。") + 1] if "。" in rest else rest
                return nxt if re.match(r"(?:与|比|较|同比)", nxt) else ""
        return ""

    def changes_stated_twice(self) -> None:
        """One amount stated twice with its change against the same kind of last year's figure
        ("收入预算 3,121.42 万元，比2024年预算增加 107.62 万元" … "支出预算 3,121.42 万元，比2024年预算增加
        115.27 万元") must be stated with one change: last year's budget was one figure too."""
        said: dict[tuple[float, str], list[TextFact]] = defaultdict(list)
        for t in self.doc.text_facts:
            if t.value and t.change is not None and t.unit in _MONEY and t.change_unit in _MONEY:
                if (t.value >= 100 or t.value != round(t.value)) and _compared_kind(t.sentence):
                    said[(round(_wan(t.value, t.unit), 2), _compared_kind(t.sentence) or "")].append(t)
        balanced = self.doc.document.kind == "预算"  # a budget's income and spending are one figure each year
        for (amount, kind), facts in said.items():
            for ta, tb in ((x, y) for i, x in enumerate(facts) for y in facts[i + 1 :]):
                a, b = (round(_wan(t.change or 0.0, t.change_unit), 2) for t in (ta, tb))
                room = _tolerance(ta.change or 0.0, ta.change_unit) + _tolerance(tb.change or 0.0, tb.change_unit)
                if abs(a - b) > room and _same_subject(ta.subject, tb.subject, balanced):
                    self._said_two_ways(
                        "增减额",
                        ta,
                        tb,
                        f"同一金额 {_fmt(amount)} 万元与上年{kind}相比，“{ta.sentence[:40]}”说增减 {_fmt(a)} 万元，"
                        f"“{tb.sentence[:40]}”说增减 {_fmt(b)} 万元。",
                        (a, b),
                    )
                    break

    def _said_two_ways(self, rule: str, ta: TextFact, tb: TextFact, message: str, said: tuple[float, float]) -> None:
        """An error of one figure the text states twice, differently (in two sentences, maybe on two pages)."""
        self.findings.append(
            Finding(
                rule,
                "error",
                self.id,
                tuple(sorted({ta.page, tb.page})),
                message,
                said[0],
                said[1],
                tuple(dict.fromkeys((f"text:{ta.page}", f"text:{tb.page}"))),
            )
        )

    def counts_stated_twice(self) -> None:
        """One count stated twice in the same words must be one number: "…等82个一级项目的绩效自评结果" and
        "…等87个一级项目的绩效自评结果" cannot both hold. The words are the subject and what follows the number
        ("个一级项目的绩效自评"), so "机关及下属 0 个单位出国团组" and "…1 个单位共接待…" are two counts."""
        said: dict[tuple[str, str], dict[float, TextFact]] = defaultdict(dict)
        for t in self.doc.text_facts:
            if t.value is None or t.unit not in _COUNTED or t.change is not None or t.value != round(t.value):
                continue
            # what is counted, named after the measure word ("个一级项目…"), not a stock of cars at two dates
            counted = rf"(?<![\d.]){int(t.value)}\s*{t.unit}([\u4e00-\u9fff]{{4}}.{{4}})"
            after = re.search(counted, t.sentence.replace(" ", ""))
            if after:
                said[(t.subject, t.unit + after.group(1))].setdefault(t.value, t)
        for counts in said.values():
            if len(counts) < 2:
                continue
            (a, ta), (b, tb) = sorted(counts.items())[:2]
            self._said_two_ways(
                "计数不一",
                ta,
                tb,
                f"同一计数前后不一：“{ta.sentence[:40]}”（第 {ta.page} 页）为 {_fmt(a)} {ta.unit}，"
                f"“{tb.sentence[:40]}”（第 {tb.page} 页）为 {_fmt(b)} {tb.unit}。",
                (a, b),
            )

    def balanced_changes(self) -> None:
        """In a budget, income and spending balance, this year and last: the change of the 收支 total, of
        收入 and of 支出 stated on one page against the same kind of last year's figure is one amount
        ("收支预算 3,558.35 万元，比上年增加 118.76 万元，其中：1.收入预算增加 118.76 万元…")."""
        if self.doc.document.kind != "预算":
            return
        said: dict[tuple[int, str], list[TextFact]] = defaultdict(list)
        for t in self.doc.text_facts:
            if t.change is None or t.change_unit not in _MONEY:
                continue
            subject = _plain(_ORGANISATION_SAID.sub("", re.sub(r"^.*?20\d{2}年度?", "", t.subject)))
            if _WHOLE_BUDGET.fullmatch(subject):
                said[(t.page, _compared_kind(t.sentence) or "上年")].append(t)
        for facts in said.values():
            changes = {round(_wan(t.change or 0.0, t.change_unit), 2): t for t in facts}
            if len(changes) < 2:
                continue
            (a, ta), (b, tb) = sorted(changes.items())[:2]
            if abs(a - b) > _tolerance(ta.change or 0.0, ta.change_unit) + _tolerance(tb.change or 0.0, tb.change_unit):
                self.findings.append(
                    text_error(
                        "增减额",
                        self.id,
                        ta.page,
                        f"预算收支平衡，收支、收入、支出的增减应为同一金额：“{ta.sentence[:40]}”为 {_fmt(a)} 万元，"
                        f"“{tb.sentence[:40]}”为 {_fmt(b)} 万元。",
                        a,
                        b,
                    )
                )

    def changes_of_parts(self) -> None:
        """An amount with its change, then the amounts it is made of, each with its change ("残疾人事业 2,860.00
        万元，较上年增加 260.00 万元…具体为：人员经费 0.00 万元，较上年无变化；公用经费 0.00 万元…；专项业务经费
        2,860.00 万元，较上年增加 260.00 万元"): when the parts' amounts add up to the whole's, their changes add
        up to its change. The parts are the text's next figures, two to eight in a row on the same page, with
        no figure between; amounts that add up by chance to the cent are not what a text lists."""
        facts = [t for t in self.doc.text_facts if t.unit in _MONEY and t.value is not None]
        for i, whole in enumerate(facts):
            if not whole.value or whole.change is None or whole.change_unit != whole.unit:
                continue
            for k in range(2, 9):
                parts = facts[i + 1 : i + 1 + k]
                if len(parts) < k or any(p.page != whole.page or p.unit != whole.unit for p in parts):
                    break
                if len({p.subject for p in parts}) < k or not holds(whole.value, [p.value or 0.0 for p in parts]):
                    continue
                if any(p.change is None or (p.change and p.change_unit != whole.unit) for p in parts):  # 无变化: 0
                    break
                moved = [p.change or 0.0 for p in parts]
                if not holds(whole.change, moved):
                    listed = "、".join(f"{p.subject} {signed(p.change or 0.0)}" for p in parts)
                    self.findings.append(
                        text_error(
                            "增减构成",
                            self.id,
                            whole.page,
                            f"“{whole.sentence[:50]}”：{whole.subject} {_fmt(whole.value)} 万元由"
                            f"{'、'.join(p.subject for p in parts)}构成，其增减（{listed}）合计 "
                            f"{signed(round(sum(moved), 2))} 万元，文中总增减为 {signed(whole.change)} 万元。",
                            round(sum(moved), 2),
                            whole.change,
                        )
                    )
                break

    def changes_of_basic_and_projects(self) -> None:
        """ "2022 年一般公共预算较上年增加 406.39 万元，其中基本支出减少 19.11 万元，主要是…。专项业务经费增加
        425.5 万元": spending is its 基本支出 and its 项目支出 (专项业务经费), by definition; their changes, said
        right after the whole's, add up to it."""
        for passage in self.doc.passages:
            text = _THOUSANDS.sub("", fold(passage.text))
            for m in _CHANGE_SPLIT.finditer(text):
                whole, basic, project = (
                    float(m[f"{k}v"]) * (-1 if m[f"{k}d"] == "减少" else 1) for k in ("w", "b", "p")
                )
                if holds(whole, [basic, project]):
                    continue
                moved = round(basic + project, 2)
                self.findings.append(
                    text_error(
                        "增减构成",
                        self.id,
                        passage.page,
                        f"“{m[0][:60].strip()}…”：总增减 {signed(whole)} 万元，其中基本支出 {signed(basic)} 万元、"
                        f"{m['pn']} {signed(project)} 万元，合计 {signed(moved)} 万元。",
                        moved,
                        whole,
                    )
                )

    def listed_then_itemised(self) -> None:
        """ "预算 37,385.88 万元，包括在职人员经费 8,009.83 万元、公用经费 1,466.93 万元…。（一）在职人员经费
        8,009.83 万元，主要是…（二）公用经费 1,466.93 万元，…": each item of the list, restated under its own
        heading, is the same amount."""
        for passage in self.doc.passages:
            text = _THOUSANDS.sub("", fold(passage.text))
            for listed in _LISTED.finditer(text):
                items = {_same_name(n): float(v) for n, v in _LISTED_ITEM.findall(listed.group(1))}
                for head in _ITEM_HEADING.finditer(text, listed.end(), listed.end() + 1500):
                    name, restated = _same_name(head.group(1)), float(head.group(2))
                    if name not in items or holds(items[name], [restated]):
                        continue
                    self.findings.append(
                        text_error(
                            "前后一致",
                            self.id,
                            passage.page,
                            f"“{listed[0][:40].strip()}…”列出{name} {_fmt(items[name])} 万元，其后分项说明"
                            f"“{head[0].strip()}”为 {_fmt(restated)} 万元。",
                            items[name],
                            restated,
                        )
                    )

    def changes_of_listed_codes(self) -> None:
        """An amount with its change ("一般公共预算当年拨款 5,753.07 万元，比上年执行数增加 13.59 万元"), then,
        on that page or the next four, each of its 项 with its amount and change ("…（项）1,980.00 万元，比上年
        执行数增加 127.16 万元"): when the 项' amounts add up to the whole's, their changes should add up to its
        change. A warning, not an error: a 科目 of last year with nothing this year is in the whole's change
        but in no sentence, and the text need not list it."""
        facts = [t for t in self.doc.text_facts if t.unit in _MONEY and t.value is not None]
        for i, whole in enumerate(facts):
            if not whole.value or whole.change is None or whole.change_unit != whole.unit:
                continue
            following = [t for t in facts[i + 1 : i + 80] if whole.page <= t.page <= whole.page + 4]
            for start, first in enumerate(following):
                if not _ITEM_OF_CODE.search(first.subject):
                    continue
                run = list(itertools.takewhile(lambda t: _ITEM_OF_CODE.search(t.subject), following[start:]))
                if len(run) < 3 or any(t.unit != whole.unit or t.change is None for t in run):
                    break
                if not holds(whole.value, [t.value or 0.0 for t in run]):
                    break
                if any(t.change and t.change_unit != whole.unit for t in run):
                    break
                moved = round(sum(t.change or 0.0 for t in run), 2)
                if not holds(whole.change, [t.change or 0.0 for t in run]):
                    gap = round(moved - whole.change, 2)
                    self.findings.append(
                        replace(
                            text_error(
                                "增减构成",
                                self.id,
                                whole.page,
                                f"“{whole.sentence[:50]}”：{whole.subject} {_fmt(whole.value)} 万元，其后逐项列出的 "
                                f"{len(run)} 个科目金额合计与之相符（第 {run[0].page}–{run[-1].page} 页），但各科目增减"
                                f"合计 {signed(moved)} 万元，文中总增减为 {signed(whole.change)} 万元；除非上年有"
                                f"未列出的科目（金额约 {_fmt(abs(gap))} 万元），两者应一致。",
                                moved,
                                whole.change,
                            ),
                            severity="warning",
                            pages=tuple(sorted({whole.page, run[0].page, run[-1].page})),
                        )
                    )
                break

    def shares_of_a_whole_said_before(self) -> None:
        """ "“三公”经费财政拨款支出决算中，因公出国（境）费 0万元，占 0%；…公务接待费支出 0.16 万元，占 100.0%": the
        whole is named at the head of the sentence, its amount stated in another (one amount under exactly that
        name); each part's share is of it."""
        amounts: dict[str, set[float]] = defaultdict(set)
        for t in self.doc.text_facts:
            if t.value is not None and t.unit in _MONEY:
                amounts[re.sub(r"^.*?20\d{2}\s*年度?", "", t.subject)].add(round(_wan(t.value, t.unit), 2))
        named = ""  # the whole the list opened with, while its clauses (joined by "；") go on
        for t in self.doc.text_facts:
            if head := re.match(r"^(?:20\d{2}\s*年度?)?([^，,。；;：:\d]{4,30}?)中[，,]", t.sentence):
                named = head.group(1)
            whole_named, named = named, "" if t.sentence.rstrip().endswith(("。", ".")) else named
            if t.share is None or t.value is None or t.unit not in _MONEY or not whole_named:
                continue
            said = amounts.get(whole_named, set())
            if len(said) != 1 or not (whole := next(iter(said))):
                continue
            part = _wan(t.value, t.unit)
            unit = 10.0 ** -_pct_decimals(t.sentence, t.share)
            expected = part / whole * 100
            room = 0.5 * unit + expected * (HALF_CENT / max(part, HALF_CENT) + HALF_CENT / whole)
            if abs(expected - t.share) > room + 1e-9 and abs(expected - t.share) >= unit:
                self.findings.append(
                    text_error(
                        "占比",
                        self.id,
                        t.page,
                        f"“{t.sentence[:60]}”：{t.subject} {_fmt(t.value)} {t.unit} ÷ {whole_named} "
                        f"{_fmt(whole)} 万元 = {expected:.2f}%，文中为 {_fmt(t.share)}%。",
                        round(expected, 2),
                        t.share,
                    )
                )

    def amounts_said_twice(self) -> None:
        """One item given two amounts in a row ("对个人和家庭的补助（509）100151.38 万元，102374.45 万元，其中…"):
        one of them is left over from another draft. Only amounts printed one straight after the other, with
        nothing but a comma between, under the same subject."""
        facts = [t for t in self.doc.text_facts if t.value is not None and t.unit in _MONEY]
        for a, b in zip(facts, facts[1:], strict=False):
            if a.sentence != b.sentence or a.subject != b.subject or a.value == b.value or a.unit != b.unit:
                continue
            assert a.value is not None and b.value is not None
            twice = rf"(?<![\d.]){_printed(a.value)}\s*{a.unit}\s*[，,]\s*{_printed(b.value)}\s*{b.unit}"
            if not re.search(twice, _plain_number(a.sentence)):
                continue
            message = f"“{a.sentence[:60]}”：{a.subject}先后写了 {_fmt(a.value)} 和 {_fmt(b.value)} {a.unit}两个金额。"
            if self._last_years_beside(a, b):
                # "人员经费 138.06万元，124.13 万元，较上年增加13.93万元": this year's, then last year's, unlabelled
                message = message.removesuffix("。") + "；第二个金额与文中所述增减相符，应为未标明的上年数。"
                self.findings.append(Finding("重复金额", "info", self.id, (a.page,), message, a.value, b.value,
                                             (f"text:{a.page}",)))  # fmt: skip
                continue
            self.findings.append(text_error("重复金额", self.id, a.page, message, a.value, b.value))

    def _last_years_beside(self, a: TextFact, b: TextFact) -> bool:
        """Whether the second of two amounts is the first less a change the sentence states (one of them, or
        all of them together: a whole's change is its parts')."""
        assert a.value is not None and b.value is not None
        changes: list[float] = []  # of this sentence and those after it, to the end of the paragraph's point (。)
        facts = self.doc.text_facts
        start = next(i for i, t in enumerate(facts) if t is a)
        for t in facts[start:]:
            if t.page != a.page:
                break
            if t.change is not None and t.change_unit == a.unit:
                changes.append(t.change)
            if t.sentence != a.sentence and t.sentence.rstrip().endswith("。"):
                break
        gap = round(a.value - b.value, 2)
        return any(abs(gap - c) <= 0.011 for c in [*changes, sum(changes)] if c)

    def fund_changes_apart(self) -> None:
        """财政拨款's change is the sum of its funds' changes, each stated once anywhere in the text
        ("财政拨款支出 70,376.87 万元…减少 42,308.04" on one page, 一般公共预算 53,598.71 −24,037.54 and 政府性基金
        16,778.16 −17,527.72 on others), when the funds' amounts add up to 财政拨款's (none is left out this
        year). An error when all three funds are stated; a warning when a fund not stated might have had
        money last year."""
        facts = [*self.doc.text_facts, *self._changes_with_amounts]
        wholes: dict[str, TextFact] = {}
        funds: dict[str, dict[str, dict[tuple[float, float], TextFact]]] = defaultdict(lambda: defaultdict(dict))
        for t in facts:
            if t.value is None or t.change is None or t.unit not in _MONEY or t.change_unit not in _MONEY:
                continue
            subject = _plain(re.sub(r"^(?:当年|本年)", "", _plain(t.subject)))
            if named_whole := re.fullmatch(r"(?<!非)财政拨款(收入|支出)", subject):
                wholes.setdefault(named_whole.group(1), t)
            elif fund := _FUND_PART.fullmatch(subject):
                key = (round(_wan(t.value, t.unit), 2), round(_wan(t.change, t.change_unit), 2))
                funds[fund.group(2)][fund.group(1)].setdefault(key, t)
        for side, whole in wholes.items():
            said = funds.get(side, {})
            if len(said) < 2 or any(len(v) != 1 for v in said.values()):
                continue
            parts = [next(iter(v.values())) for v in said.values()]
            if not holds(_wan(whole.value or 0.0, whole.unit), [_wan(p.value or 0.0, p.unit) for p in parts]):
                continue  # the funds stated do not make up this year's 财政拨款: some other part is missing
            change = _wan(whole.change or 0.0, whole.change_unit)
            moves = [_wan(p.change or 0.0, p.change_unit) for p in parts]
            if holds(change, moves):
                continue
            listed = "、".join(f"{fund} {_fmt(m)}" for fund, m in zip(said, moves, strict=True))
            complete = len(said) == 3
            self.findings.append(
                Finding(
                    "增减构成",
                    "error" if complete else "warning",
                    self.id,
                    tuple(sorted({whole.page, *(p.page for p in parts)})),
                    f"财政拨款{side}比上年增减 {_fmt(change)} 万元，各资金的增减（{listed} 万元）合计 "
                    f"{_fmt(round(sum(moves), 2))} 万元"
                    + ("。" if complete else "；未提及的资金上年若有支出，差额可能来自它。"),
                    round(sum(moves), 2),
                    change,
                    tuple(dict.fromkeys(f"text:{p}" for p in sorted({whole.page, *(p.page for p in parts)}))),
                )
            )

    def balanced_fund_changes(self) -> None:
        """财政拨款收入 and 财政拨款支出 of a budget balance, this year and last: stated on one page with the
        same amount, their changes are one amount. Said against differently named figures of last year
        ("比2024年预算执行数" against "比2024年预算"), a difference may be the two bases': a warning."""
        if self.doc.document.kind != "预算":
            return
        sides: dict[int, dict[str, list[TextFact]]] = defaultdict(lambda: defaultdict(list))
        for t in self.doc.text_facts:
            if t.change is None or t.value is None or t.change_unit != t.unit or t.unit not in _MONEY:
                continue
            if m := re.fullmatch(r"(?<!非)财政拨款(收入|支出)(?:预算|决算)?", _plain(t.subject)):
                sides[t.page][m.group(1)].append(t)
        for page, said in sides.items():
            if len(said) != 2 or any(len({(t.value, t.change) for t in ts}) != 1 for ts in said.values()):
                continue
            income, spending = said["收入"][0], said["支出"][0]
            if (
                income.value is None
                or income.value != spending.value
                or income.change is None
                or spending.change is None
            ):
                continue
            if abs(income.change - spending.change) <= 2 * HALF_CENT:
                continue
            same_base = _compared_kind(income.sentence) == _compared_kind(spending.sentence)
            self.findings.append(
                Finding(
                    "增减额",
                    "error" if same_base else "warning",
                    self.id,
                    (page,),
                    f"财政拨款收入与支出同为 {_fmt(income.value)} 万元，增减却不同：收入“{income.sentence[:40]}”"
                    f"为 {_fmt(income.change)} 万元，支出“{spending.sentence[:40]}”为 {_fmt(spending.change)} 万元"
                    + ("。" if same_base else "（两处比较的上年数名称不同，口径可能不同）。"),
                    income.change,
                    spending.change,
                    (f"text:{page}",),
                )
            )

    def comparison_years(self) -> None:
        """ "比2026年预算增加" in a 2026 budget: a budget compares with the years before it."""
        year = self.doc.document.year
        if not year or self.doc.document.kind != "预算":
            return
        for passage in self.doc.passages:
            text = fold(passage.text)
            for m in _COMPARED_YEAR.finditer(text):
                if int(m.group(1)) >= year:
                    start = max(0, m.start() - 30)
                    self.findings.append(
                        Finding(
                            "比较年份",
                            "info",
                            self.id,
                            (passage.page,),
                            f"“{text[start : m.end()].strip()}”：{year} 年预算与 {m.group(1)} 年比较，"
                            "应为与上一年度比较。",
                            None,
                            float(m.group(1)),
                            (f"text:{passage.page}",),
                        )
                    )

    def indicator_targets(self) -> None:
        """A 绩效目标 indicator that is a proportion (满意度, 合格率, 覆盖率 …) cannot aim above 100%:
        "人民群众满意度 ≥200%" is a slip of the form, whatever the project. A growth or an increase
        (增长率, 提高率, 比上年) may exceed 100% and is left alone."""
        for f in self.doc.facts:
            # the unit says it is the indicator's value, whatever header the column was read under
            if f.table_type != "绩效目标" or f.unit != "%" or f.value <= 100:
                continue
            name = f.row_name or ""
            if _PROPORTION.search(name) and not _GROWTH.search(name):
                self.add(
                    "指标值",
                    "error",
                    [f],
                    f"《{f.table_title}》（第 {f.page} 页）：绩效指标“{name}”是比率，"
                    f"目标值为 {_fmt(f.value)}%，超过 100%。",
                    100.0,
                    f.value,
                )

    def performance_scores(self) -> None:
        """ "信息化运行维护项目…自评得分为 88.5 分" must be the 总分 its own 自评表 prints (90.5): the
        table's score of the project named in the sentence, not its 分值 (100)."""
        scores: dict[str, list[Fact]] = defaultdict(list)
        for f in self.doc.facts:
            if f.row_name == "总分" and len(f.column_path) >= 2 and not re.search(r"分值|满分|权重", f.column_path[-1]):
                scores[f.column_path[0]].append(f)
        if not scores:
            return
        for t in self.doc.text_facts:
            if t.unit != "分" or t.value is None or not re.search(r"自评.{0,2}得分|得分", t.subject + t.sentence):
                continue
            named = [p for p in scores if p and p in t.sentence]
            if len(named) != 1:
                continue
            cells = scores[named[0]]
            if any(abs(f.value - t.value) < 0.05 for f in cells):
                continue
            cell = cells[0]
            self.findings.append(
                Finding(
                    "自评得分",
                    "error",
                    self.id,
                    tuple(sorted({t.page, cell.page})),
                    f"文字说明“{t.sentence[:50]}”中{named[0]}自评得分为 {_fmt(t.value)} 分，"
                    f"其绩效自评表（第 {cell.page} 页）总分为 {_fmt(cell.value)} 分。",
                    cell.value,
                    t.value,
                    (f"text:{t.page}", fact_id(cell)),
                )
            )

    def codes_as_named(self) -> None:
        """An economic 科目 printed with the code of another ("30208 物业管理费": 物业管理费 is 30209, 30208
        is 取暖费), and a 功能科目 the text names with a code the tables print for it otherwise
        ("2089901其他社会保障和就业支出", printed 2089999): one of the two is wrong."""
        national = {name: code for code, name in code_names().items() if len(code) == 5}
        printed: dict[str, set[str]] = defaultdict(set)
        agree: set[tuple[str, str]] = set()
        other: dict[tuple[int, int], tuple[Fact, str, str]] = {}
        for f in self.doc.facts:
            if not f.row_code or not f.row_name:
                continue
            name = _LEVEL_MARK.sub("", f.row_name).strip()
            printed[name].add(f.row_code)
            code = national.get(name)
            if code and len(f.row_code) == 5:
                if f.row_code == code or code_names().get(f.row_code) == name:
                    agree.add((f.row_code, name))
                elif f.row_code in code_names():  # 30913 公务用车购置 (基本建设) is no 31013 misprinted
                    other.setdefault((f.table_index, f.row_index), (f, code, name))
        # a document that codes its items its own way (上海's 部门经济分类: 30202 咨询费) is no mistake: one
        # item coded otherwise among many coded nationally is
        if len(other) <= 2 and len(agree) >= 10 * len(other):
            for f, code, name in other.values():
                wrong = f.row_code or ""
                self.add(
                    "科目编码",
                    "error",
                    [f],
                    f"{self.where(f)}：“{name}”的经济分类科目编码应为 {code}，表中为 {wrong}"
                    f"（{wrong} 是“{code_names().get(wrong, '其他科目')}”）。",
                    float(code),
                    float(wrong),
                )
                printed[name].discard(wrong)
        for passage in self.doc.passages:
            text = fold(passage.text)
            said = [(m.group(1), m.group(2), m.group(0)) for m in _CODE_THEN_NAME.finditer(text)]
            for m in _NAME_THEN_CODE.finditer(text):  # "其他社会保障和就业支出（2089901）": the name first
                words, code = m.group(1), m.group(2)
                named = next((words[k:] for k in range(len(words) - 1) if words[k:] in printed), None)
                if named:
                    said.append((code, named, f"{named}（{code}）"))
            for code, name, quoted in said:
                codes = {c for c in printed.get(name, set()) if len(c) == len(code)}
                if codes and code not in codes and len(codes) == 1:
                    self.findings.append(
                        Finding(
                            "科目编码",
                            "error",
                            self.id,
                            (passage.page,),
                            f"文字说明“{quoted}”的科目编码为 {code}，表中“{name}”的编码为 {codes.pop()}。",
                            None,
                            float(code),
                            (f"text:{passage.page}",),
                        )
                    )

    def stock_dates(self) -> None:
        """ "截至2026年12月31日，共有车辆…" in a 2026 budget: a budget is drawn up before its year begins, so
        a stock it reports is of a date before it (截至上年底); a notice, the figures may still be right."""
        year = self.doc.document.year
        if not year or self.doc.document.kind != "预算":
            return
        for passage in self.doc.passages:
            text = fold(passage.text)
            for m in _STOCK_DATE.finditer(text):
                if int(m.group(1)) >= year:
                    self.findings.append(
                        Finding(
                            "截至日期",
                            "info",
                            self.id,
                            (passage.page,),
                            f"“{text[m.start() : m.end() + 20].strip()}”：{year} 年预算报告截至 {m.group(1)} 年底的"
                            "数，晚于预算编制时间，应为截至上年底。",
                            None,
                            float(m.group(1)),
                            (f"text:{passage.page}",),
                        )
                    )

    def misprinted_years(self) -> None:
        """A year a digit away from the document's own but decades off ("2121年我院收养特困人员预算数288人" in a
        2021 budget): the year is misprinted. A warning: the figure beside it may be right. A plan's horizon
        ("2020-2035年") is no slip: only a year more than fifty years away is read as one."""
        year = self.doc.document.year
        if not year:
            return
        for passage in self.all_passages:
            text = fold(passage.text)
            for m in re.finditer(r"(?<![\d.])(\d{4})\s*年", text):
                said = int(m.group(1))
                near = [y for y in (year - 1, year, year + 1) if sum(a != b for a, b in zip(str(y), m.group(1))) == 1]
                if abs(said - year) > 50 and near:
                    self.findings.append(
                        Finding(
                            "年份有误",
                            "warning",
                            self.id,
                            (passage.page,),
                            f"“{text[max(0, m.start() - 10) : m.end() + 20].strip()}”：{year} 年的公开文件中写作"
                            f" {said} 年，应为 {near[0]} 年之误。",
                            float(near[0]),
                            float(said),
                            (f"text:{passage.page}",),
                        )
                    )

    def subordinate_counts(self) -> None:
        """How many 下属单位 a department has is one number, however often the text states it ("我部门没有下属单位",
        "机关及下属0个单位出国团组0个", "机关及下属1个单位共接待国外来访团组"). A warning: "机关及下属1个单位" may
        be read as the department and its units together, one unit in all."""
        said: dict[int, tuple[int, str]] = {}
        for passage in self.all_passages:
            text = re.sub(r"\s+", "", fold(passage.text))
            for m in _SUBORDINATES_SAID.finditer(text):
                count = 0 if m.group("none") else int(m.group("n") or m.group("m"))
                said.setdefault(count, (passage.page, text[max(0, m.start() - 12) : m.end() + 6]))
        if len(said) > 1:
            (a, (pa, wa)), (b, (pb, wb)) = sorted(said.items())[:2]
            self.findings.append(
                Finding(
                    "下属单位数",
                    "warning",
                    self.id,
                    tuple(sorted({pa, pb})),
                    f"下属单位个数前后不一：“{wa}”（第 {pa} 页）为 {a} 个，“{wb}”（第 {pb} 页）为 {b} 个。",
                    float(a),
                    float(b),
                    tuple(dict.fromkeys((f"text:{pa}", f"text:{pb}"))),
                )
            )

    def listed_counts(self) -> None:
        """A list the text closes with its count ("…本级、…支队、…地铁分局等 8 家行政单位") names one fewer than the
        count says, or more: one was left out, or the count is wrong. A warning: "等" may shorten a list, but a
        list of four or more that stops one short reads as complete to everyone who counts it."""
        for passage in self.all_passages:
            text = re.sub(r"\s+", "", fold(passage.text))
            for m in _LIST_WITH_COUNT.finditer(text):
                names = [n for n in m.group("list").split("、") if n]
                count = int(m.group("n"))
                if len(names) < 4 or not (len(names) == count - 1 or len(names) > count):
                    continue
                self.findings.append(
                    Finding(
                        "列举数",
                        "warning",
                        self.id,
                        (passage.page,),
                        f"文字说明“…{names[-1]}等{count}{m.group('what')}”（第 {passage.page} 页）说 {count} 个，"
                        f"列出的却是 {len(names)} 个。",
                        float(count),
                        float(len(names)),
                        (f"text:{passage.page}",),
                    )
                )

    def personnel_items_as_running_costs(self) -> None:
        """A 功能科目 that is pay by its nature (the employer's pension, occupational-annuity, medical and
        housing-fund contributions: economic classes 301/303) printed in a 公用经费 column ("2080506 机关事业单位
        职业年金缴费支出" 32.05 under 公用经费): 人员经费 and 公用经费 are then both misstated by that amount. A
        warning: the totals still add up."""
        for f in self.doc.facts:
            if f.row_code in _PAY_BY_NATURE and f.value and any("公用经费" in c for c in f.column_path):
                self.findings.append(
                    Finding(
                        "人员公用划分",
                        "warning",
                        self.id,
                        (f.page,),
                        f"{self.where(f)}为 {_fmt(f.value)} {f.unit}：该科目是{_PAY_BY_NATURE[f.row_code]}，"
                        "按经济分类属于人员经费，不应列入公用经费。",
                        0.0,
                        f.value,
                        (fact_id(f),),
                    )
                )

    def execution_rates_over_all(self) -> None:
        """A self-evaluation form's 执行率 (B/A, spent over budget) above 100% spends more than the whole budget
        ("年度资金总额 7614.74 7614.74 7614.74 … 1000%"). A warning, one for the document: a budget raised
        after the form was drawn up could explain a little over 100%, never ten times it."""
        over = [
            f
            for f in self.doc.facts
            if f.unit == "%" and f.value > 100 and any("执行率" in c for c in f.column_path)
            and any(_FORM_MONEY_TOTAL.search(r) for r in f.row_path)
        ]  # fmt: skip
        if not over:
            return
        pages = sorted({f.page for f in over})
        rates = "、".join(dict.fromkeys(f"{_fmt(f.value)}%" for f in over))
        self.findings.append(
            Finding(
                "执行率",
                "warning",
                self.id,
                tuple(pages),
                f"绩效自评表（第 {'、'.join(map(str, pages))} 页）的资金执行率为 {rates}，超过 100%：执行数不应超过"
                "全年预算数，应为录入有误。",
                100.0,
                max(f.value for f in over),
                tuple(fact_id(f) for f in over),
            )
        )

    def empty_table_notes(self) -> None:
        """An empty fund table whose note names the other fund ("国有资本经营预算支出表 … 注：本部门无政府性基金预算
        …，故本表为空表"): the note was copied from the table before it. A notice: the table is empty either way,
        but the note says nothing about the fund its title names."""
        for passage in self.doc.passages:
            text = fold(passage.text)
            for m in _EMPTY_NOTE.finditer(text):
                titled, noted = m.group(1), m.group(3)
                if titled != noted:
                    self.findings.append(
                        Finding(
                            "空表说明",
                            "info",
                            self.id,
                            (passage.page,),
                            f"{titled}预算表的注释说的是{noted}：“{m.group('note')}”，应说{titled}。",
                            None,
                            None,
                            (f"text:{passage.page}",),
                        )
                    )

    def names_reordered(self) -> None:
        """A 科目 the text names with its words in another order than the tables print it ("一般行政事务管理（项）"
        where the tables print 一般行政管理事务): a notice, the name is a slip and the figure is the row's."""
        printed = {_LEVEL_MARK.sub("", f.row_name).strip() for f in self.doc.facts if f.row_code}
        known = printed | set(code_names().values())
        by_letters = {"".join(sorted(name)): name for name in printed if len(name) >= 4}
        for passage in self.doc.passages:
            text = fold(passage.text)
            for m in _LEVELLED_NAME.finditer(text):
                words = m.group(1)
                tails = [words[k:] for k in range(len(words) - 3)]
                if any(t in known for t in tails):
                    continue
                for tail in tails:
                    name = by_letters.get("".join(sorted(tail)))
                    if name and name != tail:
                        self.findings.append(
                            Finding(
                                "科目名称",
                                "info",
                                self.id,
                                (passage.page,),
                                f"文字说明的“{tail}（{m.group(2)}）”在表中为“{name}”：科目名称的字序不同。",
                                None,
                                None,
                                (f"text:{passage.page}",),
                            )
                        )
                        break

    def rows_of_another_organisation(self) -> None:
        """A table whose row names a department other than the document's own, that no other table of it
        names ("长沙市教育局" as the row of 长沙职业教育基地综合协调办公室's “三公”经费表): the row was labelled from
        another document. A notice: the amount may be the organisation's own; the name is not. Only a
        department's name (…局, …委, …厅) is read so: the units a department lists are named otherwise."""
        own = re.sub(r"[（(][^）)]*[）)]$", "", self.doc.document.organisation)
        tables_naming: dict[str, set[int]] = defaultdict(set)
        first: dict[str, Fact] = {}
        for f in self.doc.facts:
            label = re.sub(r"[（(][^）)]*[）)]$", "", f.row_label or "")
            department = re.fullmatch(r"[\u4e00-\u9fff]{4,20}(?:局|委员会|委|厅)", label)
            if department and label not in own and own not in label:
                tables_naming[label].add(f.table_index)
                first.setdefault(label, f)
        for label, tables in tables_naming.items():
            if len(tables) == 1:
                f = first[label]
                self.add(
                    "单位名称",
                    "info",
                    [f],
                    f"《{f.table_title}》（第 {f.page} 页）的行“{label}”不是本文件的单位（{own}），"
                    "其他表中也没有该单位。",
                    0.0,
                    f.value,
                )

    def project_periods(self) -> None:
        """A budget's project whose 实施周期 ends before the budget's year ("五、实施周期 | 2025年1月1日-2025年12月31日"
        in a 2026 budget): the period is left from last year's form. A warning: the money is this year's, so the
        period printed cannot be the project's, but no amount is wrong."""
        year = self.doc.document.year
        if not year or self.doc.document.kind != "预算":
            return
        for passage in self.all_passages:
            last = passage.heading_path[-1] if passage.heading_path else ""
            heading = re.sub(r"^[一二三四五六七八九十\d]+[、.．]\s*", "", fold(last))
            text = fold(passage.text)
            if _PERIOD.fullmatch(heading) and len(text) <= 40:
                period = text  # the heading names the period, the passage is its dates
            elif m := re.search(rf"(?:{_PERIOD.pattern})[：:为是]?\s*([^。；;，,]{{4,40}})", text):
                period = m.group(1)
            else:
                continue
            years = [int(y) for y in re.findall(r"(20\d{2})\s*年", period)]
            if years and max(years) < year:
                self.findings.append(
                    Finding(
                        "实施周期",
                        "warning",
                        self.id,
                        (passage.page,),
                        f"“{heading}：{period.strip()}”：{year} 年预算的项目实施周期止于 {max(years)} 年，"
                        "早于预算年度，应为上年表格遗留。",
                        float(year),
                        float(max(years)),
                        (f"text:{passage.page}",),
                    )
                )

    def performance_forms_twice(self) -> None:
        """A project's 绩效目标 form printed twice (the same project and money on two pages): the forms then
        add up to more than the projects budgeted. A warning: no amount is wrong, one form is one too many."""
        for seen, again in forms_printed_twice(self.doc):
            self.add(
                "重复列示",
                "warning",
                [seen.cell, again.cell],
                f"“{seen.name}”的绩效目标表在第 {seen.cell.page} 页和第 {again.cell.page} 页各列示一次"
                f"（均为 {_fmt(seen.cell.value)} {seen.cell.unit}），同一项目重复列示。",
                seen.cell.value,
                again.cell.value,
            )

    def project_items_said_twice(self) -> None:
        """One project's own descriptions (its 年度目标 and an indicator's 指标解释 in one form) giving one item, in the
        same words, two amounts ("2、缴纳电费27万元。" and "2、缴纳电费20万元。"): one is left from another draft.
        Whole list items are compared (the words between list marks, nothing else but the amount), and only within
        one project, so "用于A，安排资金10万元" and "用于B，安排资金20万元" are never taken for one item."""
        said: dict[tuple[tuple[str, ...], str, str], dict[float, int]] = defaultdict(dict)
        for passage in self.all_passages:
            if passage.heading_path[:1] != (PROJECT_HEADING,) or len(passage.heading_path) < 3:
                continue
            for item in _LIST_ITEM.split(fold(passage.text)):
                if m := _WORDS_AND_AMOUNT.fullmatch(item.strip(" ，,：:")):
                    amount = float(m.group(2).replace(",", ""))
                    said[passage.heading_path[:3], m.group(1), m.group(3)].setdefault(amount, passage.page)
        for (path, words, unit), amounts in said.items():
            if len(amounts) < 2:
                continue
            (a, page_a), (b, page_b) = list(amounts.items())[:2]
            self.findings.append(
                Finding(
                    "项目金额两说",
                    "warning",
                    self.id,
                    tuple(sorted({page_a, page_b})),
                    f"项目“{path[-1]}”的说明中，“{words}”先写 {_fmt(a)} {unit}，又写 {_fmt(b)} {unit}，"
                    "同一事项两个金额，必有一处有误。",
                    a,
                    b,
                    (f"text:{page_a}",),
                )
            )

    def misprinted_figures(self) -> None:
        """Figures printed in no figure's form, and rates of a change from nothing (see `misprints`)."""
        for passage in self.doc.passages:
            text = re.sub(r"(?<=[\d.,%％])\s+(?=[\d.,%％])", "", fold(passage.text))  # "1,541.50 .00"
            found = [("数字格式", f"“{said}”：{why}。", 0.0) for said, why in malformed(text)]
            found += [
                ("零基数增幅", f"“{said}”：增减额为 {_fmt(amount)} 万元而增幅写作 0%；{_ZERO_BASE}", amount)
                for said, amount in zero_base_rates(text)
            ]
            for rule, message, amount in found:
                self.findings.append(
                    Finding(rule, "warning", self.id, (passage.page,), message, None, amount, (f"text:{passage.page}",))
                )

    def running_costs_without_cars(self) -> None:
        """A budget that pays 公务用车运行（维护）费 while its 说明 says it holds no car ("截至…共有车辆 0 辆") and
        buys none: what the money runs is not said. A warning: cars may be hired or shared."""
        if self.doc.document.kind != "预算":
            return
        said = [t for t in self.doc.text_facts if t.unit == "辆" and t.value is not None]
        fleet = [t for t in said if t.value == 0 and _WHOLE_FLEET.search(t.subject)]
        bought = [t for t in said if t.value and _CARS_BOUGHT.search(t.subject)]
        sangong = [f for f in self.doc.facts if f.table_type == "三公经费" and f.unit in _MONEY and f.value > 0]
        cells = [f for f in sangong if _CAR_RUNNING.search(f.row_name + "/" + "/".join(f.column_path))]
        buying = [f for f in sangong if re.search(r"购置(?!及)", f.row_name + "/" + "".join(f.column_path[-1:]))]
        if not fleet or bought or buying or not cells:
            return
        cell = max(cells, key=lambda f: f.value * _MONEY[f.unit])
        t = fleet[0]
        self.findings.append(
            Finding(
                "无车有运行费",
                "warning",
                self.id,
                tuple(sorted({cell.page, t.page})),
                f"“三公”经费表列公务用车运行费 {_fmt(cell.value)}{cell.unit}（第 {cell.page} 页），但说明称“{t.subject}"
                f" 0 辆”（第 {t.page} 页）且未安排购置车辆：运行费用于哪些车辆未说明。",
                0.0,
                cell.value,
                (fact_id(cell), f"text:{t.page}"),
            )
        )

    def parts_within_wholes(self) -> None:
        """ "设备 N 台，其中 100 万元以上 M 台": a 其中 part is never more than the whole said just before it."""
        for passage in self.doc.passages:
            text = _THOUSANDS.sub("", fold(passage.text))
            for m in _PART_OF_WHOLE.finditer(text):
                if re.search(r"增加|减少|增长|下降|上升|降低|相比|比上年", text[max(0, m.start() - 8) : m.start()]):
                    continue  # "较上年增加 0.0万元，其中会议费 0.24 万元": the 其中 is of the amount, not the change
                whole, part = float(m["whole"]), float(m["part"])
                if part > whole + HALF_CENT:
                    self.findings.append(
                        Finding(
                            "其中大于总数",
                            "error",
                            self.id,
                            (passage.page,),
                            f"“{m[0].strip()}”：其中 {m['part']}{m['unit']} 大于总数 {m['whole']}{m['unit']}。",
                            whole,
                            part,
                            (f"text:{passage.page}",),
                        )
                    )

    def class_amounts(self) -> None:
        """An amount the text states for a 支出功能分类 类/款/项 by its name ("“住房保障支出”科目2,180万元")
        must be printed for that row somewhere: any table, column or year (every 口径 is allowed, so a
        difference is a wrong figure, not another scope). Economic items (公务接待费, 培训费) are not
        checked: the text often totals basic and project spending that the tables print apart."""
        classes = _function_classes() | {  # and the rows this disclosure prints as 功能分类 科目
            f.row_name for f in self.doc.facts
            if re.fullmatch(r"2\d{2}(?:\d{2}){0,2}", f.row_code or "")
            or (f.table_type in _BY_FUNCTION and not f.row_code and not TOTAL_ROW.match(f.row_name) and not f.side)
        }  # fmt: skip
        rows: dict[str, list[Fact]] = defaultdict(list)
        for cells in self.all_years.values():
            for f in cells:
                rows[f.row_name].append(f)
        for t in self.doc.text_facts:
            if t.value is None or t.unit not in _MONEY:
                continue
            name = _class_named(t.subject)
            names = [n for n in (name, f"{name}支出", name.removesuffix("支出")) if n in classes]
            cells = [f for n in names for f in rows.get(n, [])]
            if code := re.search(r"(?<!\d)2\d{2}(?:\d{2}){0,2}(?!\d)", t.subject):  # "2040250-事业运行": that row
                cells = [f for f in cells if f.row_code == code[0]] or cells
            if not cells:
                continue
            if _wan(t.value, t.unit):  # a row left blank this year is a zero the table does not print
                self._unprinted(t, cells, names[0], "表中该科目")


_FUND = re.compile(r"财政拨款|一般公共预算|政府性基金|国有资本经营")


def _same_fund(t: TextFact, f: Fact) -> bool:
    """A text figure that names no fund is of all funds: not a cell of a fund's own table or column."""
    said = t.subject + t.section + t.sentence[: t.sentence.find(t.subject) + 1]
    if _FUND.search(said):
        # "一般公共预算财政拨款支出…比上年减少": one fund's, never the 财政拨款收支总表's all-funds total
        one_fund = _ONE_FUND.search(said)
        return not (one_fund and f.table_type == "财政拨款收支总表" and not _ONE_FUND.search(f.row_name + f.column))
    return not _FUND.search(f.table_type + f.table_title + "".join(f.column_path))


_ONE_FUND = re.compile(r"一般公共预算|政府性基金|国有资本经营")


_BY_FUNCTION = ("支出总表", "一般公共预算支出表", "财政拨款支出表")  # rows are 功能分类 科目, by name if not coded


def _same_subject(a: str, b: str, balanced: bool) -> bool:
    """Two text subjects name one figure: the same words once the year, the organisation and 预算 are
    left out, or (in a budget, where they balance) one side's and the other's of the same fund."""
    x, y = (_plain(_ORGANISATION_SAID.sub("", re.sub(r"^.*?20\d{2}年度?", "", s))) for s in (a, b))
    if x == y:
        return True
    sides = [re.fullmatch(r"(.*?)(收入|支出)(?:预算)?(?:总计|合计)?", s) for s in (x, y)]
    if not balanced or sides[0] is None or sides[1] is None:
        return False
    return sides[0].group(1) == sides[1].group(1) and sides[0].group(2) != sides[1].group(2)


@cache
def _class_names() -> frozenset[str]:
    """The names of the 支出功能分类 类 (codes 2xx)."""
    return frozenset(name for code, name in code_names().items() if len(code) == 3 and code.startswith("2"))


@cache
def _function_classes() -> frozenset[str]:
    """The names of the 支出功能分类 类, 款 and 项 (codes 2xx…)."""
    return frozenset(name for code, name in code_names().items() if code.startswith("2"))


def _class_named(subject: str) -> str:
    """The 科目 a text figure's subject names last: "一般公共服务支出（类）…行政运行（项）" -> 行政运行,
    "2026年“住房保障支出”科目" -> 住房保障支出."""
    s = re.sub(r"[“”\"]|[（(]\d{3,7}[）)]", "", subject)  # "住房公积金（2210201）": the name, not its code
    s = re.sub(r"^\s*\d{3,7}\s*[-－—:：]?\s*(?=[\u4e00-\u9fff])", "", s)  # "2040250-事业运行"
    s = re.sub(r"^(?:\d{1,2}[.、．]?|包括|其中[:：]?|含)+(?=[\u4e00-\u9fff])", "", s)  # "①殡葬", "包括科学技术支出"
    # "…支出-…事务-…", "住房保障支出（221类）住房改革支出（02款）住房公积金（01项）"
    parts = re.split(r"[（(]\d{0,3}(?:类|款|项)[）)]|(?<=[\u4e00-\u9fff）)])[-－—](?=[\u4e00-\u9fff])", s)
    dated = (re.sub(r"^.*?(?:20\d{2}年度?|本年度?|当年)", "", p) for p in parts)
    # "…机关服务（项）2026年预算数": the last part names no 科目, the one before it does
    names = [re.sub(r"(?:科目)?(?:预算数|决算数|执行数|预算|决算)?(?:为|是)?$", "", p) for p in dated]
    names = [n for n in names if not re.fullmatch(r"(?:支出|安排|资金|经费)+", n)]  # "…（项）支出 104 万元"
    return next((n for n in reversed(names) if n), "")


def _rate_off(current: float, t: TextFact) -> tuple[float, float, float, float] | None:
    """For a change and rate stated apart from this year's amount (in 万元): (the rate the amounts give,
    last year's amount, the rate stated, the change), when the stated rate is off beyond rounding."""
    if not t.change or t.change_pct is None:
        return None
    change = _wan(t.change, t.change_unit)
    last = current - change
    if last <= 0 or (t.change > 0) != (t.change_pct > 0):
        return None
    expected, stated = abs(change) / last * 100, abs(t.change_pct)
    decimals = _pct_decimals(t.sentence, stated)
    tolerance = 0.5 * 10**-decimals + expected * (HALF_CENT / abs(change) + 2 * HALF_CENT / last) + 1e-9
    return (expected, last, stated, change) if abs(expected - stated) > tolerance else None


def _rate_fits(now: float, before: float, stated: float, decimals: int) -> bool:
    """Whether two amounts give the stated rate, as printed with `decimals`, allowing each amount half a cent."""
    if before <= 0 or abs(now - before) < HALF_CENT:
        return False
    given = (now - before) / before * 100
    room = 0.5 * 10**-decimals + abs(given) * (HALF_CENT / abs(now - before) + HALF_CENT / before)
    return abs(given - stated) <= room + 1e-9


def _share_decimals(t: TextFact) -> int:
    return _pct_decimals(t.sentence, t.share or 0.0)


def _pct_decimals(sentence: str, value: float) -> int:
    """The decimals a percentage is printed with ("7.90%" has two, though the number reads 7.9)."""
    for m in re.finditer(r"(\d+(?:\.(\d+))?)\s*[%％]", sentence):
        if abs(float(m.group(1)) - abs(value)) < 1e-9:
            return len(m.group(2) or "")
    return _decimals(abs(value))


def _printed(value: float) -> str:
    """A pattern for an amount as a sentence may print it: 5834.37, 64.2 or 64.20."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")  # not :g, which keeps six digits (26495.86 -> 26495.9)
    return re.escape(text) + ("0*" if "." in text else r"(?:\.0+)?")


def _plain_number(sentence: str) -> str:
    return _THOUSANDS.sub("", fold(sentence))


def _wan(value: float, unit: str | None) -> float:
    """An amount in 万元."""
    return value * _MONEY[unit or "万元"] / 1e4


def _tolerance(printed: float, unit: str | None) -> float:
    """How far, in 万元, a printed amount may be from the exact one: half its last decimal, and a cent."""
    decimals = _decimals(printed) if printed else 2  # "0.0万元": how many decimals a zero had is lost
    return 0.5 * 10**-decimals * _MONEY[unit or "万元"] / 1e4 + 2 * HALF_CENT + 1e-9


def _compared_kind(sentence: str) -> str | None:
    """Which of last year's figures a sentence compares with: 预算 or 执行 (决算), or None if unsaid."""
    m = re.search(r"(?:比|较|与)(?:上年|上一年|去年|20\d{2}年)度?([^，,。；;\d]{0,8})", sentence)
    if not m:
        return None
    said = m.group(1)
    return "执行" if re.search(r"执行|决算|实际", said) else "预算" if "预算" in said else None


def _kinds_agree(said: str | None, prior: Fact) -> bool:
    """A change said against last year's budget is not checked against last year's outturn column."""
    column = "".join(prior.column_path)
    printed = "执行" if re.search(r"执行|决算|实际", column) else "预算" if "预算" in column else None
    return said is None or printed is None or said == printed


# A stated change: "[当前数 万元，…]比上年[预算]增加 Δ 万元，增长 p%".
_COMPARED_WITH = re.compile(r"(?:比|较)[^，,。；;\d]{0,14}(?:\d{4}\s*年[^，,。；;\d]{0,10})?$")
_BRACKETED_FIGURES = re.compile(r"[（(][^（()）]*?\d\s*(?:万元|元|[%％])[^（()）]*?[)）]")  # amounts, not codes
_CHANGE = re.compile(
    r"(?:(?P<cur>\d+(?:\.\d+)?)\s*(?P<cu>万元|元|亿元)(?:\s*[，,]\s*占[^，,。；;\d]{0,10}\d+(?:\.\d+)?\s*[%％])?"
    r"[^。；;\d]{0,24}?)?"
    r"(?:(?:比|较)(?:上年|\s*20\d{2}\s*年)[^。；;，,\d]{0,12}?)?(?P<dir>增加|减少)\s*(?P<delta>\d+(?:\.\d+)?)\s*"
    r"(?P<du>万元|元|亿元)\s*[，,]?\s*(?:同比)?(?P<dir2>增长|下降|降低|减少|增加|上升|提高|增幅|降幅|减幅)\s*(?:为)?\s*(?P<pct>\d+(?:\.\d+)?)\s*[%％]"
)
_COMPARED_YEAR = re.compile(
    r"(?:比|较|与)\s*(20\d{2})\s*年(?:度)?(?:预算|执行|决算)?[^，,。；;\d]{0,6}?(?:增加|减少|增长|下降|相比|持平)"
)
_LEVEL_MARK = re.compile(r"[（(](?:类|款|项)[)）]")
_LEVELLED_NAME = re.compile(r"([\u4e00-\u9fff]{4,24})[（(](类|款|项)[)）]")
# an empty fund table's title, then its note: "国有资本经营预算支出表 … 注：本部门2025年无政府性基金预算…"
_FORM_MONEY_TOTAL = re.compile(r"资金总额|^合计$")  # a performance form's money row
# 功能科目 that are pay by their nature, whatever the template: what each pays for
_PAY_BY_NATURE = {
    "2080505": "单位为职工缴纳的基本养老保险费",
    "2080506": "单位为职工缴纳的职业年金",
    "2101101": "行政单位为职工缴纳的医疗保险费",
    "2101102": "事业单位为职工缴纳的医疗保险费",
    "2101103": "公务员医疗补助",
    "2210201": "单位为职工缴纳的住房公积金",
    "2210202": "发给职工的提租补贴",
    "2210203": "发给职工的购房补贴",
}
# how many 下属单位 the text says a department has: "没有下属单位", "下属0个单位", "含下属单位0个" (not "下属事业单位
# 2个", a part of them)
_SUBORDINATES_SAID = re.compile(
    r"(?P<none>没有|无)下属(?:预算)?单位|下属(?P<n>\d+)个(?:预算)?单位|下属(?:预算)?单位(?:为|共|有)?(?P<m>\d+)个"
)
# a list closed by its count: "A、B、C、D等5家行政单位" (names without punctuation of their own inside)
_LIST_WITH_COUNT = re.compile(
    r"(?P<list>(?:[^、，,。；;：:“”\d]{2,30}、){3,}[^、，,。；;：:“”\d]{2,30})等(?P<n>\d{1,2})"
    r"(?P<what>(?:家|个|所)[^，,。；;\d]{0,4}(?:单位|机构|部门|学校|医院))"
)
_EMPTY_NOTE = re.compile(
    r"(政府性基金|国有资本经营)[^。：:]{0,24}?表(?:(?!表\d|公开\d).){0,150}?(?P<note>(?:注|说明|备注)[:：]?[^。]{0,40}?"
    r"(?:无|没有)[^。]{0,6}?(政府性基金|国有资本经营)[^。，,；;]{0,30})"
)
_CODE_THEN_NAME = re.compile(
    r"(?<![\d.])(\d{7})\s*([\u4e00-\u9fff]{2,20}?)(?=[（(]|\s|支出[预决]|[,，：:]|预算|决算|\d)"
)
_NAME_THEN_CODE = re.compile(r"([\u4e00-\u9fff]{2,24})[（(](\d{5}|\d{7})[)）]")
_WHOLE_FLEET = re.compile(r"(?:共有|保有|现有)(?:车辆|公务用车)|公务用车保有量|车辆(?:总数|保有量)")
_CARS_BOUGHT = re.compile(r"购置|购买|新增|更新")
_CAR_RUNNING = re.compile(r"公务用车[^/]*运行|(?:^|/)运行(?:维护)?费$")
_ZERO_BASE = "上年（预算）数为 0 时增幅无从计算。"
_PERIOD = re.compile(r"(?:项目)?(?:实施|执行|项目)(?:周期|期限|年限)|项目起止时间")
_LIST_ITEM = re.compile(r"[。；;]|(?<!\d)\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[)）]")  # "1、…。2、…" or "（1）…"
_WORDS_AND_AMOUNT = re.compile(r"([\u4e00-\u9fff]{4,})(\d[\d,]*(?:\.\d+)?)\s*(万元|元|亿元)")
_STOCK_DATE = re.compile(r"截[至止]到?\s*(20\d{2})\s*年\s*(?:12\s*月\s*31\s*日|年?底|年?末)")
# "N 台（辆、个、万元），其中[…] M 台": the whole just before 其中, nothing between them that is another figure
_PART_OF_WHOLE = re.compile(
    r"(?P<whole>\d+(?:\.\d+)?)\s*(?P<unit>台|辆|套|个|人|名|万元|元)\s*[，,]?\s*其中[：:]?"
    r"(?P<what>[^。；;，,\d增减比占]{0,20}?)(?P<part>\d+(?:\.\d+)?)\s*(?P=unit)(?![以上下])"
)
# "预算 A 万元，支出决算 B 万元，完成预算的 p%"
# a performance indicator that is a part of a whole, and one that is a growth (which may pass 100%)
_PROPORTION = re.compile(
    r"满意度|(?:合格|覆盖|知晓|达标|完成|执行|及时|准确|到位|通过|参与|出勤|响应|办结|使用|支付|结案|投诉|差错|正确"
    r"|完好|利用|入库|验收|落实|公开)率"
)
_GROWTH = re.compile(r"增长|增幅|提高|提升|同比|比上年|较上年|倍")
_COVERAGE = re.compile(  # the 决算 template's sentence on 绩效自评
    r"涉及(?:财政性)?资金(?:合计)?\s*(?P<amount>\d+(?:\.\d+)?)\s*万元[，,]\s*"
    r"占(?:本年度?)?(?:一般公共预算|政府性基金预算|国有资本经营预算|财政拨款)?(?:的)?项目支出(?:总额|合计|总计)?的(?:比例为?)?\s*"
    r"(?P<pct>\d+(?:\.\d+)?)\s*[%％]"
)
_COMPLETION_AFTER = re.compile(  # "支出决算为 0.16万元，完成预算 0.40 万元的 40%"
    r"(?:执行数|支出决算|决算数|决算|实际支出)(?:为)?\s*(?P<done>\d+(?:\.\d+)?)\s*(?P<du>万元|元)[，,]?\s*"
    r"完成(?:年初)?预算(?:数)?\s*(?P<plan>\d+(?:\.\d+)?)\s*(?P<pu>万元|元)的\s*(?P<pct>\d+(?:\.\d+)?)\s*[%％]"
)
_COMPLETION = re.compile(
    r"预算(?:数)?(?:为)?\s*(?P<plan>\d+(?:\.\d+)?)\s*(?P<pu>万元|元)[，,]?\s*(?:全年)?(?:执行数|支出决算|决算数|决算|实际支出)"
    r"(?:为)?\s*(?P<done>\d+(?:\.\d+)?)\s*(?P<du>万元|元)[，,]?\s*完成(?:年初)?预算(?:数)?的\s*(?P<pct>\d+(?:\.\d+)?)\s*[%％]"
)

# "项目全年预算数为 1018.55 万元，其中…。项目实际支出 760.53 万元，预算执行率 74.67%"
_EXECUTION_RATE = re.compile(
    r"预算(?:数)?(?:为)?\s*(?P<plan>\d+(?:\.\d+)?)\s*(?P<pu>万元|元)[^。；;\d]{0,4}(?:[，,]\s*其中[^。]{0,80})?[。，,；;]\s*"
    r"(?:项目)?(?:全年)?(?:实际支出|执行数|支出)(?:为)?\s*(?P<done>\d+(?:\.\d+)?)\s*(?P<du>万元|元)[，,]?\s*"
    r"(?:预算)?执行率(?:为|达到?)?\s*(?P<pct>\d+(?:\.\d+)?)\s*[%％]"
)


def _sangong_role(subject: str) -> str | None:
    """Which part of the “三公” a text figure's subject names, if any."""
    s = re.sub(r"^.*\d\s*(?:万元|元)\s*[（(]", "", re.sub(r"[“”\"]", "", subject))  # "…567.72万元（购置费"
    s = re.sub(r"(?:预算|决算)?(?:支出)?(?:预算|决算)?数?$", "", s)  # "公务用车购置预算支出": 购置
    if re.search(r"其中|会议|培训|以外|不含", s):
        return None
    if "三公" in s:
        return "total"
    if "出国" in s:
        return "abroad"
    if "接待" in s:
        return "host"
    if "购置及运行" in s or "购置和运行" in s:
        return "car"
    if re.search(r"公务用车购置费?$|车辆购置费?$", s):
        return "buy"
    if re.search(r"公务用车运行(?:维护)?费?$", s):
        return "run"
    return None


def _meeting_role(subject: str) -> str | None:
    """会议费 or 培训费, which many “三公” tables print beside the three (not a part of them)."""
    s = re.sub(r"(?:预算|决算)?(?:支出)?(?:预算|决算)?数?$", "", subject)
    if re.search(r"其中|以外|不含|三公|、|和", s):
        return None
    return "meeting" if s.endswith("会议费") else "training" if s.endswith("培训费") else None


# Subjects of text figures that name a total every disclosure prints in its tables.
_KEY_TERMS = {
    "基本支出": "基本支出",
    "项目支出": "项目支出",
    "收入总计": "收入总计",
    "支出总计": "支出总计",
    "人员经费": "人员经费",
    "公用经费": "公用经费",
    "收入": "收入总计",  # "本部门收入预算 632,065.7 万元": the 总计, or the year's own 收入合计 without carry-overs
    "收支": "收入总计",
    "支出": "支出总计",
    "预算收入": "收入总计",  # "2026年预算收入1682.76万元", "预算支出1682.76元": the department's totals
    "预算支出": "支出总计",
}
_ORGANISATION_SAID = re.compile(
    r"^.*?(?:局|委员会|委|办公室|厅|院|中心|部|所|站|队)(?:20\d{2}\s*年度?)?(?=(?:本?部门|单位)?(?:财政拨款)?(?:收入|支出|收支))"
)
# the budget's whole income or spending ("部门收入预算", "相应安排支出预算")
_WHOLE_BUDGET = re.compile(r"(?:本部门|部门|单位)?(?:相应)?(?:安排的?)?(?:收支|收入|支出)(?:预算)?(?:总计|合计|总额)?")
_SHARE_ROOM = 10.0
_FUND_TOTAL = re.compile(r"财政拨款(?:收入|支出|收支|收入支出)(?:预算|决算)?(?:总计|总)")  # "财政拨款收支总预算"
_FUND_THIS_YEAR = re.compile(r"(?:当年|本年)?财政拨款(?:收入|支出)")
_THIS_YEARS = {"收入总计": "本年收入", "支出总计": "本年支出"}


def _project(name: str) -> str:
    """A project's name as the text and the project table may both print it: no year, no 项目 (nor
    "资金项目"), not said of the department's own office ("局机关养老服务发展资金项目")."""
    plain = re.sub(r"^(?:20\d{2}年度?)", "", _plain(plain_label(name)))
    plain = re.sub(r"^(?:局机关|机关本级|本级|机关)(?=.{4})", "", plain)
    return re.sub(r"(?:(?:项目)?(?:经费|资金)?(?:预算)?)+$", "", plain)


def _plain(subject: str) -> str:
    subject = subject.replace("收、支", "收支")  # "财政拨款收、支总预算"
    return re.sub(r"^(?:20\d{2}年度?|本年度?|本部门|本单位|部门)+|(?:预算数|预算|决算数|决算|合计|为)+$", "", subject)


def _labels(f: Fact) -> list[str]:
    """The key totals a table cell prints: the 合计 row's columns, and the total rows of two-sided tables."""
    if f.side and f.table_type == "财政拨款收支总表" and re.fullmatch(r"(?:收入|支出)?总计", f.row_name):
        return ["财政拨款总计"]  # "财政拨款收支总计 18,728.94 万元" is this table's, not the department's
    grand = re.fullmatch(r"(?:收入|支出)?总计", f.row_name) or (f.table_type == "收支总表" and f.row_name == "合计")
    if f.side and grand:  # a 收支总表 that prints no 总计 ends with its 合计
        return ["收入总计" if "收" in f.side else "支出总计"]
    if TOTAL_ROW.match(f.row_name) and f.row_name and f.column_path:
        # "基本支出 / 小计": the group's own total names it
        leaf = (
            f.column_path[-2] if len(f.column_path) >= 2 and _TOTAL_LEAF.match(f.column_path[-1]) else f.column_path[-1]
        )
        return [leaf] if leaf in _KEY_TERMS else []
    if f.side and re.fullmatch(r"本年(?:收入|支出)(?:合计)?|(?:收入|支出)合计", f.row_name):
        if f.table_type == "财政拨款收支总表":
            return ["财政拨款本年"]  # that fund's year, not the department's
        return ["本年收入" if "收" in f.side else "本年支出"]
    item = re.fullmatch(r"(人员经费|公用经费|基本支出|项目支出)(?:合计|总计|小计)", f.row_name)
    if item and f.column_path and GRAND_COLUMN.search(f.column_path[-1]):
        return [item.group(1)]  # "人员经费合计 | 决算数": a row of that item's total
    return []


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _is_total(path: tuple[str, ...]) -> bool:
    """合计 / 小计 / 总计, or a group's own subtotal (财政拨款（补助） > 财政拨款（补助）小计)."""
    leaf = path[-1]
    if _TOTAL_LEAF.match(leaf) or (len(path) == 1 and _SIDE_TOTAL.match(leaf)):
        return True
    m = re.match(r"^(.*)(?:小计|合计)$", leaf)
    return m is not None and len(path) >= 2 and m.group(1) == path[-2]


def _is_total_row(f: Fact) -> bool:
    return bool(f.row_name) and bool(TOTAL_ROW.match(f.row_name)) and not f.row_code


def _names(path: tuple[str, ...], word: str) -> bool:
    """The column is `word` itself, or the subtotal of the group `word` (基本支出 / 小计)."""
    return bool(path) and (path[-1] == word or (len(path) >= 2 and word in path[-2] and _is_total(path)))


def _grand_path(path: tuple[str, ...]) -> bool:
    """The table's grand-total column: 合计 alone, or the subtotal of a 基本支出 group."""
    return (len(path) == 1 and bool(_TOTAL_LEAF.match(path[0]))) or (len(path) == 2 and _names(path, "基本支出"))


def _by(cells: list[Fact], key: object) -> dict[object, list[Fact]]:
    groups: dict[object, list[Fact]] = defaultdict(list)
    for f in cells:
        groups[key(f)].append(f)  # type: ignore[operator]
    return groups


def _first(named: dict[str, Fact], word: str) -> Fact | None:
    found = [f for name, f in named.items() if word in name and not TOTAL_ROW.match(name)]
    return found[0] if len(found) == 1 else None


def _nearest_children(code: str, rows: list[Fact]) -> list[Fact]:
    """The rows whose nearest printed ancestor is `code`: 30101 under 301, and 3010201 too when no
    30102 is printed (a 项 listed straight under its 类)."""
    codes = {f.row_code or "" for f in rows}
    return [
        f for f in rows
        if (c := f.row_code or "").startswith(code) and len(c) > len(code)
        and not any(c[:n] in codes for n in range(len(code) + 1, len(c)))
    ]  # fmt: skip


def _column_parts(prefix: tuple[str, ...], by_path: dict[tuple[str, ...], Fact], total: Fact) -> list[Fact] | None:
    """The columns a total column adds up, or None when the header does not say clearly. Each
    header beside the total counts by its own cell, else by its subtotal, else by its parts."""
    parts = _children_parts(prefix, by_path, skip=total.column_path)
    if parts is None or any(p.unit != total.unit for p in parts):
        return None
    return parts


def _once(rows: list[Fact]) -> list[Fact]:
    """Rows in print order, a row printed again right after itself (same code, name and amount: a 项
    printed with its 款's code, "21999 其他支出" twice) taken once."""
    out: list[Fact] = []
    for f in rows:
        if out and (out[-1].row_code, out[-1].row_name, out[-1].value) == (f.row_code, f.row_name, f.value):
            continue
        out.append(f)
    return out


def _children_parts(
    prefix: tuple[str, ...], by_path: dict[tuple[str, ...], Fact], skip: tuple[str, ...] = ()
) -> list[Fact] | None:
    heads: list[str] = []
    beside = {p[len(prefix)] for p in by_path if len(p) > len(prefix) and p[: len(prefix)] == prefix}
    for path in by_path:
        if len(path) > len(prefix) and path[: len(prefix)] == prefix and path != skip:
            head = path[len(prefix)]
            # "小计 | 其中：基本支出 | 项目支出": 其中 opens the split of the whole into its two halves
            halves = re.sub(r"^其中[:：]?", "", head)
            split = halves != head and _HALVES.get(halves) in beside
            if head not in heads and not _is_total((*prefix, head)) and (split or not _NOT_A_PART.search(head)):
                heads.append(head)
    parts: list[Fact] = []
    for head in heads:
        path = (*prefix, head)
        if path in by_path:
            parts.append(by_path[path])
            continue
        subtotal = [
            f for p, f in by_path.items() if len(p) == len(path) + 1 and p[: len(path)] == path and _is_total(p)
        ]
        inner = [subtotal[0]] if subtotal else _children_parts(path, by_path)
        if not inner:
            return None
        parts.extend(inner)
    return parts


RULES = (
    "code_hierarchy",
    "year_rows",
    "total_rows",
    "project_rows",
    "side_totals",
    "unit_rows",
    "project_amounts",
    "total_columns",
    "sangong_rows",
    "sangong_columns",
    "balance",
    "basic_spending",
    "functions_in_summary",
    "classes_in_summary",
    "performance_total",
    "class_changes",
    "named_totals",
    "income_and_spending_by_code",
    "stated_changes",
    "changes_of_the_amount_before",
    "stated_shares",
    "text_amounts",
    "changes_against_last_year",
    "class_amounts",
    "rates_in_sentences",
    "comparison_years",
    "staff_and_running_split",
    "stock_dates",
    "misprinted_figures",
    "project_periods",
    "empty_table_notes",
    "misprinted_years",
    "subordinate_counts",
    "listed_counts",
    "personnel_items_as_running_costs",
    "execution_rates_over_all",
    "rows_of_another_organisation",
    "names_reordered",
    "project_items_said_twice",
    "performance_forms_twice",
    "running_costs_without_cars",
    "performance_scores",
    "indicator_targets",
    "codes_as_named",
    "changes_stated_twice",
    "changes_with_last_year_said",
    "increases_beyond_the_amount",
    "counts_stated_twice",
    "fund_changes_apart",
    "amounts_said_twice",
    "shares_of_a_whole_said_before",
    "changes_of_parts",
    "changes_of_listed_codes",
    "listed_then_itemised",
    "changes_of_basic_and_projects",
    "balanced_changes",
    "balanced_fund_changes",
    "parts_within_wholes",
    "rates_of_named_changes",
    "amounts_by_share",
    "completion_rates",
    "sangong_text",
    "sangong_amounts",
    "projects_by_name",
    "running_costs",
    "basic_items",
    "income_kinds",
    "spending_kinds",
    "performance_coverage",
)


def audit(doc: ParsedDocument) -> list[Finding]:
    """Every finding for one parsed document, errors first. The prose of project tables is the
    projects' own description, read for answers; the rules check the 说明's running text."""
    everything = doc.passages
    doc = replace(doc, passages=[p for p in doc.passages if p.heading_path[:1] != (PROJECT_HEADING,)])
    run = _Audit(doc, everything)
    for rule in RULES:
        getattr(run, rule)()
    run.findings += text_arithmetic.check(run.id, doc.passages)
    order = {"error": 0, "warning": 1, "info": 2}
    unique = {(f.rule, f.message): f for f in run.findings}  # a sentence two passages share: once
    # one wrong text figure found by two rules of the same name: the finding that names the cell too
    kept: list[Finding] = []
    said: dict[tuple[str, str, float | None], Finding] = {}
    for f in unique.values():
        if f.severity != "error" or not (f.facts and f.facts[0].startswith("text:")):
            kept.append(f)
        elif (key := (f.rule, f.facts[0], f.found)) not in said or len(f.facts) > len(said[key].facts):
            said[key] = f
    return sorted([*kept, *said.values()], key=lambda f: (order[f.severity], f.pages, f.rule))


def error_facts(findings: Iterable[Finding]) -> dict[str, Finding]:
    """Fact ids that take part in an error finding, or in the same figure printed a hundredth apart (a
    warning), for answers to mention it."""
    return {
        fid: f for f in findings if f.severity == "error" or f.rule == "表间一致"
        for fid in f.facts if not fid.startswith("text:")
    }  # fmt: skip


__all__ = ["Finding", "TextFact", "audit", "error_facts", "fact_id", "holds"]
