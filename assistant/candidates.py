"""Which printed figures can answer a question, and how well a printed label names what is asked.

Every table cell and every figure stated in the text is a `Candidate` with the labels it can be
asked by (its row; a total row's column, as 人员经费; row × column; the “三公” total) and a
preference among equal labels (department-wide tables and grand-total columns first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .model import Fact, ParsedDocument, Source, TextFact
from .normalize import fold
from .passages import PROJECT_HEADING
from .tables import FORM_ROWS
from .textfacts import unit_said

# Table preference when several tables print the same row: the department-wide tables first.
_TABLE_ORDER = (
    "收支总表", "支出总表", "收入总表", "财政拨款收支总表", "一般公共预算支出表", "财政拨款支出表",
    "一般公共预算基本支出表", "基本支出表", "项目支出表", "三公经费", "机关运行经费", "政府采购",
    "政府性基金", "国有资本经营", "结转结余", "政府购买服务",
)  # fmt: skip
TOTAL_ROW = re.compile(r"^(合计|总计|小计|)$")
GRAND_COLUMN = re.compile(r"(合计|总计|预算数|决算数|小计|金额|(?<!一般公共)(?<!基金)(?<!经营)预算$)")  # not a fund's
_LEVEL = re.compile(r"[（(](?:类|款|项)[)）]")


@dataclass(frozen=True)
class Candidate:
    doc_id: str
    labels: tuple[str, ...]
    value: float
    unit: str
    table_fact: Fact | None = None
    text_fact: TextFact | None = None
    also: tuple[Source, ...] = ()  # where a change read apart from the figure was printed
    planned: bool = False  # a 决算's budget figure, beside its outturn
    alone: bool = False  # one unit's row, told apart from its namesakes of other units: never summed with them

    def sources(self) -> tuple[Source, ...]:
        """The cell that gives the figure and, when its change was printed apart from it (a sentence
        "比上年增加…", the table's 上年 or 增减 column), that too."""
        return (self.source(), *self.also)

    def source(self) -> Source:
        if self.table_fact is not None:
            f = self.table_fact
            row = " ".join(x for x in (f.row_code, _row_title(f)) if x) or None
            return Source(self.doc_id, f.page, f.table_title, row, f.column or None)
        t = self.text_fact
        assert t is not None
        path = t.section.split(" > ")
        # prose of a project table ("项目说明 > 项目支出绩效表 > 项目"): that table, the project's row
        table = path[1] if path[0] == PROJECT_HEADING and len(path) >= 3 else None
        row = f"{path[2]}：{t.subject}" if table and path[2] not in t.subject else t.subject
        return Source(self.doc_id, t.page, table, row, None)

    def label(self) -> str:
        """What the figure is, as the disclosure prints it (and which of a 决算's figures, when its budget)."""
        if self.table_fact is None:
            return self.text_fact.subject if self.text_fact else ""
        f = self.table_fact
        planned = next((c for c in (*f.column_path, f.row_name) if _PLANNED.search(c)), None)
        return f"{self._label()}（{planned}）" if self.planned and planned else self._label()

    def _label(self) -> str:
        f = self.table_fact
        assert f is not None
        leaf = f.column_path[-1] if f.column_path else ""
        if TOTAL_ROW.match(f.row_name) or self.labels[0] == "合计":  # or the row named by the organisation
            if "三公经费" in self.labels:  # the “三公” total (see `_sangong_total`), not some 合计
                return "“三公”经费合计"
            if leaf and not GRAND_COLUMN.search(leaf):
                return leaf
            if (
                len(f.column_path) >= 2
                and f.column_path[-2] in self.labels
                and not GRAND_COLUMN.search(f.column_path[-2])
            ):
                return f.column_path[-2]
            row = "合计" if not TOTAL_ROW.match(f.row_name) else f.row_name
            measure = _TABLE_MEASURE.get(f.table_type) or (None if f.side else _FUND_MEASURE.get(f.table_type))
            return measure or f"{f.side or ''}{row or leaf}"
        name = _row_title(f)
        if leaf and _WHICH_FIGURE_ROW.fullmatch(f.row_name):
            return f"{leaf}（{name}）"  # the column is the item, the row which figure of it
        return name if not leaf or GRAND_COLUMN.search(leaf) else f"{name}（{leaf}）"

    def preference(self, item: str = "") -> tuple[int, int, int]:
        """Lower is better: table facts of department-wide tables, grand-total columns first;
        the “三公” table first for 三公 items."""
        if self.table_fact is None:
            return (1, 0, 0)
        f = self.table_fact
        order = _TABLE_ORDER.index(f.table_type) if f.table_type in _TABLE_ORDER else len(_TABLE_ORDER)
        if f.table_type == "三公经费" and any(w in item for w in _SANGONG_ITEMS):
            order = -1
        column = 0 if GRAND_COLUMN.search(f.column_path[-1] if f.column_path else "") else 1
        return (0, order, column)


def _project_beside_unit(f: Fact) -> str:
    """The item a row without a code names when its last label column (whose text the row takes as
    its name) holds something else: a unit ("信访局临聘人员经费 | 长春市信访局") or an attribute
    ("区域重点项目协审经费 | 委托业务费 | 审计服务 | 分散采购"). The first other label longer than the row's
    name (the project, before its 科目: "场景创新促进经费 | 其他商品和服务支出 | 其他咨询服务"), or ""."""
    if f.row_code or len(f.row_path) < 2:
        return ""
    names = [n for n in f.row_path if n != f.row_name and not UNIT_ROW.search(n) and not TOTAL_ROW.match(n)]
    # the first label column names the item (a project before its 科目 and 品目), when it says more
    best = next((n for n in names if len(n) > len(f.row_name)), max(names, key=len, default=""))
    return best if len(best) > len(f.row_name) or UNIT_ROW.search(f.row_name) else ""


def _row_title(f: Fact) -> str:
    """The row as an answer names it: "信访局临聘人员经费（长春市信访局）", else its printed name."""
    if FORM_ROWS <= f.row_index < 2 * FORM_ROWS and f.row_label and f.row_label != f.table_title:
        return f"{f.row_label}（{f.row_name}）"  # a form's money: "养老服务发展资金（年度资金总额）"
    project = _project_beside_unit(f)
    return f"{project}（{f.row_name}）" if project else f.row_name


def _each_of_a_list(s: str) -> list[str]:
    """ "财政拨款收入总计、支出总计" (均为 one figure): each name with the first's words before it (财政拨款支出总计),
    and the two said as one (财政拨款收入支出总计)."""
    first, _, second = s.partition("、")
    if not second or "、" in second or len(first) <= len(second) or first[-2:] != second[-2:]:
        return []
    prefix = first[: len(first) - len(second)]
    return [first, prefix + second, first[:-2] + second]


def text_labels(subject: str) -> tuple[str, ...]:
    s = re.sub(r"^(?:当年|本年度?)?(?:本单位|本部门|本级)", "", _LEVEL.sub("", subject))
    bought = re.sub(r"^拟(?:采购|购买)(.+?)(?:支出)?$", r"\1", s)  # "拟采购货物支出" -> 货物
    # "当年一般公共预算会议费预算支出" -> 会议费: the fund and the kind of figure are no part of the item
    core = re.sub(r"(?:预算|决算)?(?:支出)?(?:预算|决算)?数?$", "", _FUND_PREFIX.sub("", s)) or s
    if core != s and _BARE_WHOLE.fullmatch(_FUND_PREFIX.sub("", s)):
        core = s  # "财政拨款收入" is one fund's income, never the whole 收入
    head, _, tail = s.rpartition("的")
    # "…的一般公共预算收入" is that income, unless what comes before 的 says whose or which year's
    of_it = tail if not re.search(r"上年|结转|结余|以前|其他|下属|中央|地方", head) else ""
    this_year = re.sub(r"^.*?本年度?(?=.)", "", s)  # "单位预算公开本年一般公共预算收入"
    # "委托业务费安排情况2026年本部门委托业务费财政拨款预算": a heading run into its sentence
    after_year = re.sub(r"^.*20\d{2}年度?(?:本部门|本单位|本级)?(?=..)", "", s)
    # "…2026年湖州市财政局各单位委托业务费财政拨款总额": the item, of every unit, paid by the 财政拨款
    of_all = re.sub(r"^(?:各|所属|下属)(?:各)?(?:预算)?(?:单位|部门)", "", after_year)
    fund_end = r"(?<=..)(?:财政拨款|一般公共预算)(?:拨款)?(?:总额|合计)?$"
    of_all = re.sub(fund_end, "", of_all) if of_all != after_year else ""
    # "所属各预算单位政府采购预算总额": the department's whole 政府采购
    of_all = re.sub(r"(?<=..)(?:预算|决算)?(?:总额|合计|总计)?$", "", of_all) if of_all else ""
    glossed = re.sub(r"(?<=..)[（(][^（）()]{2,}[）)]$", "", s)  # "政府采购金额（以合同签订为准）": the item
    labels = [subject, s, re.sub(r"(?:预算数|决算数|预算|决算)$", "", s), of_it, bought, core, this_year, after_year]
    labels += [of_all, glossed, *_each_of_a_list(s)]
    if said := unit_said(s):  # "…中心实有人员": 实有人员, when that unit is asked (see Assistant._of_a_unit)
        labels.append(said[1])
    if project := _PROJECT_BUDGET.fullmatch(s):  # "生命健康专项（政策资金）项目总预算": the project itself
        labels += [project.group(1) + (project.group(2) or ""), project.group(1)]
    m = re.search(r"（款）(.+?)（项）", subject)
    if m:
        labels.append(m.group(1))
    if m := re.search(r"（类）(.+?（款）.+?（项）)", subject):
        labels.append(m.group(1))  # "公立医院（款）传染病医院（项）": the path below its 类
    if "采购" in s and (kind := re.fullmatch(r"(?:政府)?(?:采购)?(货物|工程|服务)类?(?:采购)?(?:预算|金额|支出)*", s)):
        labels += [kind.group(1), f"政府采购{kind.group(1)}"]  # "政府采购工程预算", "服务采购金额"
    return tuple(dict.fromkeys(x for x in labels if x))


_BARE_WHOLE = re.compile(r"(?:收入|支出|收支)(?:预算|决算)?(?:总计|合计|总额|总数)?(?:预算|决算)?数?")
_PROJECT_BUDGET = re.compile(
    r"(.{2,30}?(?:项目|专项|经费|资金))([（(][^（）()]{1,10}[）)])?项目(?:总预算|年度预算|预算安排)"
)
_FUND_PREFIX = re.compile(r"^(?:当年|本年度?)?(?:一般公共预算|财政拨款)?(?:拨款)?(?:安排的?)?(?:当年)?")
_TABLE_MEASURE = {
    "一般公共预算基本支出表": "基本支出", "基本支出表": "基本支出", "项目支出表": "项目支出", "收入总表": "收入总计",
    "支出总表": "支出总计",
}  # fmt: skip
_FUND_MEASURE = {
    "政府性基金": "政府性基金预算支出合计",
    "国有资本经营": "国有资本经营预算支出合计",
}  # as answers name them
_SANGONG_ITEMS = ("因公出国", "公务接待", "公务用车", "三公", "会议费", "培训费")  # the table prints their whole


def _sangong_total(f: Fact, columns_name_sangong: bool) -> bool:
    """The “三公” grand total cell: a total row under a 三公 total column, or (when no column names
    三公) the table's 合计 column. Jiangsu's leftmost 合计 also holds 会议费 and 培训费: not it."""
    if f.table_type != "三公经费" or not (TOTAL_ROW.match(f.row_name) or "三公" in f.row_name):
        return False
    leaf = f.column_path[-1] if f.column_path else ""
    if "三公" in f.row_name:
        return bool(TOTAL_ROW.match(leaf)) or "合计" in leaf or not leaf
    if columns_name_sangong:
        at = next((i for i, c in enumerate(f.column_path) if "三公" in c), None)
        if at is None:
            return False
        # the 三公 column's own total, not the 小计 of one of its parts (公务用车购置及运行费 > 小计)
        below = f.column_path[at + 1 :]
        return bool(re.search(r"合计|小计|总计|总额", below[0] if below else f.column_path[at])) and len(below) <= 1
    return leaf in ("合计", "总计")


# A row that names a unit of the budget (…局, …中心, …（本级）), not an item
UNIT_ROW = re.compile(r"(?:局|中心|委员会|办公室|院|所|站|支队|大队|馆|学校|处|厅|台|园|校|会)(?:[（(][^）)]*[）)])?$")
_YEAR_WORD = re.compile(r"(20\d{2})年")
# 上年结转, 上年实户资金余额: last year's money carried into this year, this year's income
_PRIOR = re.compile(r"(?:上年|去年|上一年)(?!度?结转|度?结余|度?实户|度?\S{0,4}余额)")
_CHANGE_COLUMN = re.compile(r"增减|变动|变化|比上年|增长率|增幅|增长%|同比")
_PERIOD_WORDS = re.compile(
    r"20\d{2}年度?|上年度?|去年|上一年|本年度?|当年|增减变化情况|增减变化|增减额?|变动额?|比上年"
)


_WHICH_FIGURE_ROW = re.compile(r"(?:本年|当年|上年)?(?:年初)?(?:预算|决算|执行|调整预算)数?")
_PLANNED = re.compile(r"预算数|年初预算|调整预算|全年预算")


def other_year(f: Fact, year: int | None) -> bool:
    """A cell of another year's column or row (2025年预算数 or 上年 beside 2026年预算数), or of a
    column of changes (增减变化情况): not this year's figure."""
    if any(_PRIOR.search(c) or _CHANGE_COLUMN.search(c) for c in f.column_path):
        return True
    if year is None:
        return False
    years = {int(y) for text in (*f.column_path, f.row_name) for y in _YEAR_WORD.findall(text)}
    return bool(years) and year not in years


def period(column: str, year: int | None) -> str | None:
    """What year a column header speaks of: "prior" (上年, 2025年 in a 2026 budget), "change"
    (增减变化情况, 比上年增减), "rate" (增长率, 增减%), "current" (本年, 2026年), or None."""
    if re.search(r"增长率|增幅|%|百分比", column):
        return "rate"
    if _CHANGE_COLUMN.search(column):
        return "change"
    if _PRIOR.search(column):
        return "prior"
    years = [int(y) for y in _YEAR_WORD.findall(column)]
    if year and years:
        return "current" if year in years else "prior" if year - 1 in years else None
    return "current" if re.search(r"本年|当年", column) else None


def period_key(path: tuple[str, ...]) -> tuple[str, ...]:
    """A column path less its words of time: 上年 > 会议费 and 2019年 > 会议费 are the same item."""
    return tuple(x for x in (_PERIOD_WORDS.sub("", c) for c in path) if x)


def candidates(doc: ParsedDocument, planned: bool = False) -> list[Candidate]:
    """Every figure a question can ask of the document by a name. A 决算 prints the year's budget beside
    the outturn: the outturn is the answer, its budget only when asked for (`planned`, "年初预算数")."""
    out = []
    named = {f.table_index for f in doc.facts if f.table_type == "三公经费" and any("三公" in c for c in f.column_path)}
    year = doc.document.year
    own_rows = _own_rows(doc)
    fund_totals = _fund_totals(doc)
    organisation = _BRACKETED.sub("", doc.document.organisation)
    # a 政府采购 row printed in two halves ("事故救援专业车 | 1" and "专用设备购置 | 59.80"): what is bought
    # names the money too
    bought: dict[tuple[int, int], set[str]] = {}
    for f in doc.facts:
        if f.table_type == "政府采购" and f.row_name and not TOTAL_ROW.match(f.row_name):
            # the row's name and the names printed before it but its first (the 功能科目 it is bought for):
            # "灾害防治及应急管理支出 | 特级防化服 | 救灾物资"
            bought.setdefault((f.table_index, f.row_index), set()).update({f.row_name, *f.row_path[1:]})
    for f in doc.facts:
        if f.table_type == "绩效目标" or not f.unit or other_year(f, year):
            continue
        budget = doc.document.kind == "决算" and any(_PLANNED.search(c) for c in (*f.column_path, f.row_name))
        if budget != planned:
            continue
        # "深圳市…大鹏管理局 | 4,306.31": a table's row named by the organisation itself is its total
        own = (f.table_index, f.row_index) in own_rows
        total_row = own or bool(TOTAL_ROW.match(f.row_name))
        labels = ["合计", f.row_name] if own else [f.row_name] if f.row_name else []
        if project := _project_beside_unit(f):
            labels.append(project)
        if (uncoded := _ITEM_CODE.sub("", f.row_name)) != f.row_name and len(uncoded) >= 2:
            labels.append(uncoded)  # "C19990000其他专业技术服务": the 品目 or project without its code
        if own_name := _own_prefix(f.row_name, organisation, year):
            labels.append(own_name)  # "广州市统计局2026年信息化运维项目": the question names the office and year apart
        if f.side and f.row_name in ("合计", "总计"):
            labels.append(f"{f.side}{f.row_name}")  # 收入 | 总计 -> 收入总计
        leaf = f.column_path[-1] if f.column_path else ""
        if total_row and leaf:
            labels.append(leaf)  # 合计 row of 基本支出表: 人员经费, 公用经费 are columns
            # "2024年机关运行经费预算数", a column of its own: 机关运行经费 (never a fund's column)
            bare = re.fullmatch(r"20\d{2}年度?(.{2,}?)(?:预算|决算)数", leaf)
            if bare and not _FUND_COLUMN.fullmatch(bare[1]):
                labels.append(bare[1])
            if GRAND_COLUMN.search(leaf) and len(f.column_path) >= 2 and not period(f.column_path[-2], year):
                labels.append(f.column_path[-2])  # "公务用车购置及运行维护费 > 小计": that item's total
            labels.append(f.table_type.removesuffix("表") + leaf)  # "一般公共预算支出" + "人员支出"
            if f.table_type == "收入总表" and (fund := _FUND_COLUMN.fullmatch(leaf)):
                # "财政拨款收入 / 政府性基金预算" in a 收入总表 of columns: that fund's income, as people name it
                labels += [f"{fund.group(1)}收入", f"{fund.group(1)}预算收入", f"{fund.group(1)}预算拨款收入"]
            if GRAND_COLUMN.search(leaf) and (measure := _TABLE_MEASURE.get(f.table_type)):
                labels.append(measure)  # the 合计 of a 基本支出表 is 基本支出 where no other table prints it
            elif GRAND_COLUMN.search(leaf) and not f.side and (measure := _FUND_MEASURE.get(f.table_type)):
                if not any(re.search(r"收入|结转|结余|上年", c) for c in f.column_path):
                    labels.append(measure)  # the 合计 of a 政府性基金预算支出表: the fund's spending
        if f.row_name and leaf and not total_row and not GRAND_COLUMN.search(leaf):
            labels.append(f"{f.row_name}{leaf}")  # "气象服务" × "一般公共预算"
            if _WHICH_FIGURE_ROW.fullmatch(f.row_name):
                labels.append(leaf)  # rows 预算数 | 决算数 of a “三公” table: the column names the item
        if f.row_name and f.table_type.startswith(("一般公共预算", "财政拨款", "政府性基金")):
            labels.append(f.row_name + f.table_type.removesuffix("表"))  # "气象服务一般公共预算支出"
        if (said_as := fund_totals.get((f.table_index, f.row_index, f.side or ""))) and GRAND_COLUMN.search(leaf):
            labels.append(said_as)  # "财政拨款支出": the fund table's own spending of the year
        if _sangong_total(f, f.table_index in named):
            labels.append("三公经费")
        if f.table_type == "政府采购" and f.unit in ("元", "万元", "亿元"):
            names = bought.get((f.table_index, f.row_index), set()) - {f.row_name}
            labels += sorted(names | {n for x in names if len(n := _ITEM_CODE.sub("", x)) >= 2})  # "A05040201鼓粉盒"
        if labels:
            out.append(Candidate(doc.document.id, tuple(labels), f.value, f.unit, table_fact=f, planned=planned))
    if planned:
        if doc.document.kind == "决算":  # "行政运行（项）。年初预算为1560.05万元，支出决算为…": the year's budget
            for t in doc.text_facts:
                said = re.fullmatch(r"(.{2,}?)的?年初预算数?", t.subject)
                if t.value is not None and said and "决算" not in said.group(1):
                    out.append(Candidate(doc.document.id, text_labels(said.group(1)), t.value, t.unit, text_fact=t,
                                         planned=True))  # fmt: skip
        return out
    for t in doc.text_facts:
        if t.value is None:
            continue  # a change stated without its figure: see `stated_change`
        budgeted = re.sub(r"一般公共预算|政府性基金预算|国有资本经营预算|预算单位", "", t.subject)
        if doc.document.kind == "决算" and "预算" in budgeted and "决算" not in t.subject:
            continue  # "…“三公”经费支出预算593.46万元": the budget, not the outturn a 决算 answers with
        named_as = text_labels(t.subject) + _listed_before(t)
        if "采购" not in t.subject and "政府采购" in t.section.rsplit(" > ", 1)[-1] + t.sentence[:12]:
            named_as += ("政府采购" + t.subject,)  # "九、政府采购支出说明 > 授予中小企业合同金额": of the purchases
        out.append(Candidate(doc.document.id, named_as, t.value, t.unit, text_fact=t))
    return out


_BRACKETED = re.compile(r"[（(][^）)]*[)）]$")


_FUND_COLUMN = re.compile(r"(一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:拨款)?(?:收入)?")


def _listed_before(t: TextFact) -> tuple[str, ...]:
    """The whole of what one amount is stated for, when the subject was read as the last of a list with
    no figure of its own before ("…个人消费贷款财政贴息、服务业经营主体贷款贴息资金 10,000.00 万元"): the
    list, with 、 also read as 和, and without whose it is ("深圳市承担的")."""
    sentence = fold(t.sentence).replace(" ", "")
    subject = t.subject.replace(" ", "")
    at = sentence.find(subject)
    if at <= 0 or sentence[at - 1] != "、":
        return ()
    start = max(sentence.rfind(c, 0, at) for c in "，,：:；;。") + 1
    listed = sentence[start:at]
    if re.search(r"\d", listed) or len(listed) < 3:
        return ()
    joint = listed + subject
    plain = re.sub(r"^(?:主要包括|主要是|包括|其中|用于)", "", joint)
    own = re.sub(r"^[^、和]*?的", "", plain)
    return tuple(dict.fromkeys(x for v in (plain, own) for x in (v, v.replace("、", "和"))))


# a code printed before a name: a 政府采购 品目 ("C19990000", "A02010104") or a project of the budget
# system ("11000022T000000457568-")
_ITEM_CODE = re.compile(r"^(?:[A-F]\d{4,10}|[0-9A-Z]{12,}\s*[-_—－])\s*(?=[^\d\s])")


def _own_prefix(name: str, organisation: str, year: int | None) -> str:
    """A row named after the organisation and the year of its document ("广州市统计局2026年信息化运维
    项目"), as a question asks it once those are said apart: "信息化运维项目"; "" for any other row."""
    if len(organisation) < 4 or not name.startswith(organisation):
        return ""
    rest = name[len(organisation) :]
    if year is not None:
        rest = re.sub(rf"^{year}年度?", "", rest)
    return rest if len(rest) >= 4 and not re.match(r"20\d{2}", rest) else ""


_THIS_YEARS_TOTAL = re.compile(r"(?:本年|当年)?(?:收入|支出)?合计")
_GRAND_TOTAL = re.compile(r"(?:收入|支出)?总计")


def _fund_totals(doc: ParsedDocument) -> dict[tuple[int, int, str], str]:
    """(table, row) of the 财政拨款收支总表's spending of the year, asked as "财政拨款支出": its 本年支出合计
    row; in a budget that prints none, its 支出总计 (a budget carries nothing to the next year). In a 决算
    the 总计 also holds the 年末结转和结余, which were not spent."""
    this_year: dict[tuple[int, str], int] = {}
    grand: dict[tuple[int, str], int] = {}
    for f in doc.facts:
        if f.table_type != "财政拨款收支总表" or not f.side or not f.side.endswith("支出"):
            continue
        if _THIS_YEARS_TOTAL.fullmatch(f.row_name):
            this_year.setdefault((f.table_index, f.side), f.row_index)
        elif _GRAND_TOTAL.fullmatch(f.row_name) and doc.document.kind != "决算":
            grand.setdefault((f.table_index, f.side), f.row_index)
    rows = {key: this_year.get(key, r) for key, r in grand.items()} | this_year
    return {(t, r, side): "财政拨款支出" for (t, side), r in rows.items()}  # one printed row holds both sides


def _own_rows(doc: ParsedDocument) -> set[tuple[int, int]]:
    """(table, row) of tables whose first row is named by the organisation itself, and no other row
    is (its own level, "X局（本级）", aside): that row is the table's total (a project table naming the
    unit beside every project is not)."""
    organisation = _BRACKETED.sub("", doc.document.organisation)
    first: dict[int, int] = {}
    named: dict[int, set[int]] = {}
    for f in doc.facts:
        first[f.table_index] = min(first.get(f.table_index, f.row_index), f.row_index)
        # "深圳市水务局（本级）" is the office's own unit, unless the document is that office's own budget
        own_level = re.search(r"本级|机关", f.row_name) and f.row_name != doc.document.organisation
        if not f.row_code and f.row_name and _BRACKETED.sub("", f.row_name) == organisation and not own_level:
            named.setdefault(f.table_index, set()).add(f.row_index)
    return {(t, r) for t, rows in named.items() if rows == {r := first[t]}}


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)} or {s}


_GENERIC_WORDS = re.compile(r"预算数|决算数|执行数|预算|(?<!预)决算|部门|金额|总额|合计|总计|支出|资金|[中的]")
_QUOTES = re.compile(r"[“”\"'‘’]")


@lru_cache(maxsize=200_000)  # bounded: a server sees new question words forever
def _plain(text: str) -> tuple[str, frozenset[str]]:
    """A label or item without quotes and 类/款/项 marks, 总计 read as 合计, 结余结转 as 结转结余, and its
    bigrams (labels repeat across thousands of cells: computed once each)."""
    plain = _LEVEL.sub("", _QUOTES.sub("", text)).replace("总计", "合计")
    plain = _CARRIED.sub("结转结余", plain)  # "上年结余、结转" is the 上年结转结余 of other templates
    return plain, frozenset(_bigrams(plain))


_CARRIED = re.compile(r"结余[、和及与]?结转|结转[、和及与]结余")


def grand_column(cells: list[Fact]) -> int | None:
    """The first 合计 (grand-total) column among the cells, else their first column."""
    grand = [f.col_index for f in cells if f.column_path and GRAND_COLUMN.search(f.column_path[-1])]
    return min(grand or [f.col_index for f in cells], default=None)


def plain_label(text: str) -> str:
    """A label or item as labels are compared: no quotes, no 类/款/项 marks, 总计 read as 合计."""
    return _plain(text)[0]


def coverage(item: str, label: str) -> float:
    """Share of the item's character bigrams that the label holds; words any item may carry
    (预算数, 部门, 合计) need not be in the label."""
    plain = _plain(item)[0]
    a = _bigrams(_GENERIC_WORDS.sub("", plain) or re.sub(r"^本?部门", "", plain))
    return len(a & _plain(label)[1]) / len(a)


def similarity(item: str, label: str) -> float:
    """How well a label names the item: Dice over character bigrams, with containment credit."""
    a, ba = _plain(item)
    b, bb = _plain(label)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    dice = 2 * len(ba & bb) / (len(ba) + len(bb))
    if b in a or a in b:
        dice = max(dice, min(len(a), len(b)) / max(len(a), len(b)))
    return dice
