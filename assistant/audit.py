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

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .candidates import TOTAL_ROW, other_year
from .model import Fact, ParsedDocument, TextFact
from .normalize import fold

HALF_CENT = 0.005  # half a unit of the last printed decimal (amounts are printed to two decimals)
_TOTAL_LEAF = re.compile(r"^(?:合计|小计|总计)$")
# Columns beside a total that are not its parts: subsets, comparisons, codes.
_NOT_A_PART = re.compile(r"^其中|增减|比上年|变动|%|％|上年(?:预算|执行|决算|数)|执行数|扣除|代码|编码|序号|行次|栏次")
_MONEY = {"元": 1.0, "万元": 1e4, "亿元": 1e8}


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str  # error | warning | info
    doc: str
    pages: tuple[int, ...]
    message: str  # Chinese, for staff
    expected: float | None
    found: float | None
    facts: tuple[str, ...]  # fact_id of the cells (and "text:<page>" for text figures)

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "doc": self.doc,
            "pages": list(self.pages),
            "message": self.message,
            "expected": self.expected,
            "found": self.found,
            "facts": list(self.facts),
        }


def fact_id(f: Fact) -> str:
    """A cell's stable id within its document: table, row and column position."""
    return f"t{f.table_index}r{f.row_index}c{f.col_index}"


def holds(total: float, parts: Iterable[float]) -> bool:
    """Whether a printed total agrees with its printed parts, given each was rounded to the decimals
    printed (two, or none for whole 元): the total's interval meets the interval of the sum."""
    values = list(parts)
    half = 0.5 * 10 ** -max(_decimals(v) for v in [total, *values])
    half = max(half, HALF_CENT) if half < 0.5 else half
    return abs(total - sum(values)) <= half * (len(values) + 1) + 1e-9


def _fmt(v: float) -> str:
    return f"{v:,.2f}".rstrip("0").rstrip(".") if v != int(v) else f"{int(v):,}"


class _Audit:
    def __init__(self, doc: ParsedDocument) -> None:
        self.doc = doc
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
        down to the next row of the same or a higher level."""
        for cells in self.tables.values():
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
                        kids = _nearest_children(code, kids)
                    if kids:
                        self.check_sum("分项之和", parent, kids, f"其下 {len(kids)} 个明细科目")

    def total_rows(self) -> None:
        """合计 row = Σ the top-level coded rows of its column (when the table is coded and each
        top-level code appears once)."""
        for cells in self.tables.values():
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

    def total_columns(self) -> None:
        """A 合计/小计/总计 column = Σ the columns beside it under the same header (a group of
        columns counts by its own 小计, else by its leaves)."""
        for cells in self.all_years.values():
            for row in _by(cells, lambda f: (f.side, f.row_index)).values():
                by_path = {f.column_path: f for f in row}
                for f in row:
                    if not f.column_path or not _is_total(f.column_path):
                        continue
                    parts = _column_parts(f.column_path[:-1], by_path, f)
                    if parts is not None and len(parts) >= 2:
                        names = "、".join(" / ".join(p.column_path) for p in parts)
                        self.check_sum("合计列", f, parts, f"{names} ")

    def sangong_rows(self) -> None:
        """A “三公” table printed down the page: 合计 = 出国 + 公务用车（小计 or 购置 + 运行）+ 接待."""
        for cells in self.tables.values():
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
    def balance(self) -> None:
        """收入总计 = 支出总计 in every two-sided table."""
        for cells in self.tables.values():
            grand = [f for f in cells if f.side and re.fullmatch(r"(?:收入|支出)?总计", f.row_name)]
            income = [f for f in grand if "收" in (f.side or "")]
            spend = [f for f in grand if "支" in (f.side or "")]
            if len(income) == 1 and len(spend) == 1 and abs(income[0].value - spend[0].value) > 2 * HALF_CENT:
                i, s = income[0], spend[0]
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
                    if _is_total_row(f) and f.column_path and not _is_total(f.column_path) and len(f.column_path) == 1:
                        detail[f.column_path[0]].append(f)
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

    def _differs(self, a: Fact, b: Fact) -> None:
        self.add(
            "表间一致",
            "error",
            [a, b],
            f"同一数字两处不同：{self.where(a)}为 {_fmt(a.value)}，{self.where(b)}为 {_fmt(b.value)}。",
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
            for m in _CHANGE.finditer(text):
                delta, pct = float(m["delta"]), float(m["pct"])
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
                if last <= 0:
                    continue
                expected = delta / last * 100
                decimals = len(m["pct"].split(".")[1]) if "." in m["pct"] else 0
                tolerance = 0.5 * 10**-decimals + expected * (HALF_CENT / delta + 2 * HALF_CENT / last) + 1e-9
                if abs(expected - pct) > tolerance:
                    self.findings.append(
                        Finding(
                            "增减幅度",
                            "error",
                            self.id,
                            (page,),
                            f"“{m[0].strip()}”：按 {_fmt(delta)} ÷ {_fmt(last)} 计算应为 {expected:.2f}%，"
                            f"文中为 {m['pct']}%。",
                            round(expected, 2),
                            pct,
                            (f"text:{page}",),
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
        for t in self.doc.text_facts:
            if t.share is None or t.unit not in _MONEY or not t.value or not 0 < t.share <= 100:
                continue
            near = [
                x.value for x in self.doc.text_facts
                if x.value is not None and x.page == t.page and x.unit == t.unit and x.value > t.value
            ]  # fmt: skip
            bases = [b for b in {*near, *totals} if b > 0 and b >= t.value]
            if not bases:
                continue
            base = min(bases, key=lambda b: abs(t.value / b * 100 - t.share))  # type: ignore[operator]
            expected = t.value / base * 100
            decimals = _decimals(t.share)
            tolerance = 0.5 * 10**-decimals + expected * (HALF_CENT / t.value + HALF_CENT / base) + 1e-9
            if tolerance < abs(expected - t.share) <= 3:
                # off by less than one unit of the last printed decimal: truncated, not wrong
                severity = "warning" if abs(expected - t.share) < 10**-decimals else "error"
                self.findings.append(
                    Finding(
                        "占比",
                        severity,
                        self.id,
                        (t.page,),
                        f"“{t.sentence[:60]}”：{_fmt(t.value)} ÷ {_fmt(base)} = {expected:.2f}%，文中为 {t.share:g}%。",
                        round(expected, 2),
                        t.share,
                        (f"text:{t.page}",),
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
            key = _KEY_TERMS.get(_plain(t.subject))
            if key is None or not printed.get(key):
                continue
            value = t.value * _MONEY[t.unit] / 1e4
            tolerance = 0.5 * 10 ** -_decimals(t.value) * _MONEY[t.unit] / 1e4 + 1e-9
            if all(abs(value - p) > tolerance + HALF_CENT for p in printed[key]):
                nearest = min(printed[key], key=lambda p: abs(p - value))
                self.findings.append(
                    Finding(
                        "文表一致",
                        "error",
                        self.id,
                        (t.page,),
                        f"文字说明“{t.sentence[:60]}”中{key} {_fmt(t.value)} {t.unit}，表中为 {_fmt(nearest)} 万元。",
                        nearest,
                        round(value, 2),
                        (f"text:{t.page}",),
                    )
                )


# A stated change: "[当前数 万元，…]比上年[预算]增加 Δ 万元，增长 p%".
_COMPARED_WITH = re.compile(r"(?:比|较)[^，,。；;\d]{0,14}(?:\d{4}\s*年[^，,。；;\d]{0,10})?$")
_CHANGE = re.compile(
    r"(?:(?P<cur>\d+(?:\.\d+)?)\s*(?P<cu>万元|元|亿元)(?:\s*[，,]\s*占[^，,。；;\d]{0,10}\d+(?:\.\d+)?\s*[%％])?"
    r"[^。；;\d]{0,24}?)?"
    r"(?:(?:比|较)上年[^。；;，,\d]{0,12}?)?(?P<dir>增加|减少)\s*(?P<delta>\d+(?:\.\d+)?)\s*(?P<du>万元|元|亿元)"
    r"\s*[，,]?\s*(?:同比)?(?P<dir2>增长|下降|减少|增加|上升)\s*(?P<pct>\d+(?:\.\d+)?)\s*[%％]"
)
# Subjects of text figures that name a total every disclosure prints in its tables.
_KEY_TERMS = {
    "基本支出": "基本支出",
    "项目支出": "项目支出",
    "收入总计": "收入总计",
    "支出总计": "支出总计",
    "人员经费": "人员经费",
    "公用经费": "公用经费",
}


def _plain(subject: str) -> str:
    return re.sub(r"^(?:20\d{2}年度?|本年度?|本部门|本单位|部门)+|(?:预算数|预算|决算数|决算|合计|为)+$", "", subject)


def _labels(f: Fact) -> list[str]:
    """The key totals a table cell prints: the 合计 row's columns, and the total rows of two-sided tables."""
    if TOTAL_ROW.match(f.row_name) and f.row_name and f.column_path:
        # "基本支出 / 小计": the group's own total names it
        leaf = (
            f.column_path[-2] if len(f.column_path) >= 2 and _TOTAL_LEAF.match(f.column_path[-1]) else f.column_path[-1]
        )
        return [leaf] if leaf in _KEY_TERMS else []
    if f.side and re.fullmatch(r"(?:收入|支出)?总计", f.row_name):
        return ["收入总计" if "收" in f.side else "支出总计"]
    return []


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _is_total(path: tuple[str, ...]) -> bool:
    """合计 / 小计 / 总计, or a group's own subtotal (财政拨款（补助） > 财政拨款（补助）小计)."""
    leaf = path[-1]
    if _TOTAL_LEAF.match(leaf):
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


def _decimals(v: float) -> int:
    text = f"{v:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


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


def _children_parts(
    prefix: tuple[str, ...], by_path: dict[tuple[str, ...], Fact], skip: tuple[str, ...] = ()
) -> list[Fact] | None:
    heads: list[str] = []
    for path in by_path:
        if len(path) > len(prefix) and path[: len(prefix)] == prefix and path != skip:
            head = path[len(prefix)]
            if head not in heads and not _is_total((*prefix, head)) and not _NOT_A_PART.search(head):
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
    "total_rows",
    "total_columns",
    "sangong_rows",
    "balance",
    "basic_spending",
    "functions_in_summary",
    "named_totals",
    "income_and_spending_by_code",
    "stated_changes",
    "stated_shares",
    "text_amounts",
)


def audit(doc: ParsedDocument) -> list[Finding]:
    """Every finding for one parsed document, errors first."""
    run = _Audit(doc)
    for rule in RULES:
        getattr(run, rule)()
    order = {"error": 0, "warning": 1, "info": 2}
    unique = {(f.rule, f.message): f for f in run.findings}  # a sentence two passages share: once
    return sorted(unique.values(), key=lambda f: (order[f.severity], f.pages, f.rule))


def error_facts(findings: Iterable[Finding]) -> dict[str, Finding]:
    """Fact ids that take part in an error finding (for answers to mention it)."""
    return {fid: f for f in findings if f.severity == "error" for fid in f.facts if not fid.startswith("text:")}


__all__ = ["Finding", "TextFact", "audit", "error_facts", "fact_id", "holds"]
