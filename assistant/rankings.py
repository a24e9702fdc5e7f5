"""Rankings and counts over whole tables: the largest 功能分类 类/款/项, the children of a row, the
projects of the project table (also when it prints groups above their projects), the units of a 汇总
budget. Each returns one `Figure` with its source cells, or raises LookupError for the one place
that abstains (`answer.decide`)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from contextlib import suppress
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, TypeVar, cast

from .candidates import GRAND_COLUMN, TOTAL_ROW, Candidate, grand_column
from .change_rank import asks_change_rank, rank_changes
from .classify import table_type
from .conditions import Condition, asked_condition
from .figures import format_value
from .lexicon import code_names, synonyms
from .model import Fact, Figure, ParsedDocument, Source
from .performance import PerformanceProject, count_performance_projects, rank_performance_projects
from .question import Question, clean_item, everyday
from .units import UNIT_ROW, NamedUnit, unit_figure

if TYPE_CHECKING:
    from .answer import Assistant

# "工资福利支出里哪一项最多": the largest (or smallest) of a row's children, over the whole table.
_RANK = re.compile(
    r"^(.+?)(?:里面|里|之中|中的|中)(?:的)?(?:哪一项|哪项|哪个|哪一类|哪类|什么)\S*?(最多|最高|最大|最少|最低|最小)"
)
# "商品和服务支出里，金额最大的一项是多少": the largest named after the word for it, same groups
_RANK_FIRST = re.compile(
    r"^(.+?)(?:里面|里|之中|中的|中)(?:的)?(?:金额|预算|支出|数额|钱)?(?:数)?(最多|最高|最大|最少|最低|最小)的?"
    r"(?:是)?(?:哪一项|哪项|哪个|哪一类|哪类|一项|一类|一个|科目|项|类)"
)


def _rank_match(body: str) -> re.Match[str] | None:
    return _RANK.search(body) or _RANK_FIRST.search(body)


# "哪个项目预算最多" / "预算金额最大的项目": the rows of the project table, over the whole table.
_PROJECT_RANK = re.compile(
    r"(?:哪个|哪一个|哪项|哪一项)项目\S{0,12}?(最多|最大|最高|最少|最低|最小)"  # "哪个项目支出预算最多"
    r"|项目(?!支出)\S{0,10}?(最多|最大|最高|最少|最低|最小)"
    r"|(最多|最大|最高|最少|最低|最小)的?(?:是|为)?(?:哪个|哪一个|哪项|一个|单个)?(?:一级|二级)?项目(?!支出)"
)


@dataclass
class _Round:
    """The rows named so far while the N largest are asked: each ranking names the largest of the rest."""

    named: set[int] = field(default_factory=set)
    picked: list[Fact] = field(default_factory=list)


_ROUND: ContextVar[_Round | None] = ContextVar("ranking_round", default=None)
_T = TypeVar("_T")


def _pick(rows: list[_T], value: Callable[[_T], float], most: bool, fact: Callable[[_T], Fact] | None = None) -> _T:
    """The largest (or smallest) of the rows; while the N largest are asked, of the rows not yet named."""
    of = fact or cast(Callable[[_T], Fact], lambda r: r)
    named = _ROUND.get()
    left = [r for r in rows if named is None or id(of(r)) not in named.named]
    if not left:
        raise LookupError("足够多可排名的项")
    best = (max if most else min)(left, key=value)
    if most and value(best) == 0:
        raise LookupError("金额不为零的项")  # every item 0: none is the largest
    if named is not None:
        named.picked.append(of(best))
    return best


def _pick_project(projects: list[PerformanceProject], most: bool) -> PerformanceProject:
    return _pick(projects, lambda p: p.cell.value, most, lambda p: p.cell)


# "排前三的是哪几项", "最多的三个项目", "金额最大的三项服务", "前3名": the N largest, named in order
_TOP_LIST = re.compile(
    r"(?:排名?|排在)?前\s*(?P<n1>[两二三四五六七八九十\d]{1,2})\s*(?:名|位|大|项|个|类|家)?的?"
    r"|(?P<most>最多|最大|最高|最少|最低|最小)的?前?\s*(?P<n2>[两二三四五六七八九十\d]{1,2})\s*(?:个|项|类|家|名|位)"
    r"|哪(?P<n3>[两二三四五六七八九十\d]{1,2})(?:个|项|类|家)(?:的?(?:金额|预算|支出|钱))?(?P<most3>最多|最大|最高|最少|最低|最小)"
)  # "商品和服务支出哪三项最多"
_LEAST = re.compile(r"最少|最小|最低")


def _top_list(body: str) -> tuple[int, str] | None:
    """How many of the largest are asked, and the question asking for the largest alone."""
    m = _TOP_LIST.search(body)
    if m is None:
        return None
    said = m["n1"] or m["n2"] or m["n3"]
    n = int(said) if said.isdigit() else _NUMERALS.get(said, 0)
    if not 2 <= n <= 10:
        return None
    before, after = body[: m.start()], body[m.end() :]
    word = m["most"] or m["most3"] or ("最少" if _LEAST.search(before + after) else "最多")
    projects = re.match(r"(?:的|是|哪|几|些|个|项)*项目(?!支出)", after)  # "…排前三的是哪几个项目"
    if after.startswith("项目") or (m["n1"] and "项目" in after[:4]) or projects:
        return n, f"{before}{word}的项目是哪个"
    if "单位" in after[:4] or "家" in m.group(0) + after[:4]:  # "收入预算最多的三家是哪几家": units
        return n, f"{before}哪个单位{word}"
    before = re.sub(r"(?:[，,\s]|的|金额|预算数?|数额|钱)+$", "", before)
    before = re.sub(r"(?:里面|里|之中|当中|中)$", "", before)
    return n, f"{before}中{word}的一项"


# "第二多的项目是哪个", "排第三的科目花多少", "金额第2大的": the Nth largest (or smallest) alone
_NTH = re.compile(
    r"(?:排名?|排在|位列|位居)?第\s*(?P<n>[二三四五六七八九十2-9])\s*(?:位|名)?的?\s*(?P<word>多|大|高|少|小|低)"
    r"|(?:排名?|排在|位列|位居)第\s*(?P<n2>[二三四五六七八九十2-9])\s*(?:位|名)?"
)


def _nth(body: str) -> tuple[int, str, str] | None:
    """Which place is asked ("第二多" is 2), as said, and the question asking for the largest alone."""
    m = _NTH.search(body)
    if m is None:
        return None
    said = m["n"] or m["n2"]
    n = int(said) if said.isdigit() else _NUMERALS.get(said, 0)
    if not 2 <= n <= 10:
        return None
    least = m["word"] in ("少", "小", "低") or (m["n2"] and _LEAST.search(body))
    return n, said, everyday(body[: m.start()] + ("最少" if least else "最多") + body[m.end() :])


def _nth_ranked(engine: Assistant, q: Question, nth: tuple[int, str, str], doc_ids: list[str]) -> Figure:
    """The Nth largest: the N largest ranked in turn, the last one answered, those above it named."""
    n, said, body = nth
    listed = _top_ranked(engine, q, n, body, doc_ids)
    this = _Round()
    token = _ROUND.set(this)
    try:
        last: Figure | None = None
        for _ in range(n):
            this.picked.clear()
            last = rank(engine, q, body, doc_ids)
            this.named.add(id(this.picked[0]))
    finally:
        _ROUND.reset(token)
    assert last is not None
    word = "少" if _LEAST.search(body) else "多"
    above = listed.label.split("；其中", 1)[0]
    sources = tuple(dict.fromkeys((*last.sources, *listed.sources)))  # the answered cell first
    return replace(last, label=f"第{said}{word}的是{ranked_name(last)}（{above}）", sources=sources)


def _top_ranked(engine: Assistant, q: Question, n: int, body: str, doc_ids: list[str]) -> Figure:
    """The N largest (or smallest), each ranked as the largest of those not yet named: one figure that
    names them in order with their amounts and cites each."""
    ranked: list[Figure] = []
    this = _Round()
    token = _ROUND.set(this)
    try:
        for _ in range(n):
            this.picked.clear()
            figure = rank(engine, q, body, doc_ids)
            if len(this.picked) != 1:
                raise LookupError(f"前 {n} 项的排名")
            this.named.add(id(this.picked[0]))
            ranked.append(figure)
    finally:
        _ROUND.reset(token)
    first = ranked[0]
    names = "、".join(f"{ranked_name(f)}（{format_value(f.value)} {f.unit}）" for f in ranked)
    word = "最少" if _LEAST.search(body) else "最多"
    sources = tuple(dict.fromkeys(s for f in ranked for s in f.sources))
    return replace(first, label=f"{word}的前 {n} 项依次为{names}；其中{first.label}", sources=sources)


def ranked_name(figure: Figure) -> str:
    """What a ranking figure names: the words after its last "是" ("…中最多的是其他交通费用")."""
    return re.sub(r"[（(]共.*?[)）]$", "", figure.label.rsplit("是", 1)[-1])


def _most_word(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g)


def _children(facts: list[Fact], parent: Fact | None) -> list[Fact]:
    """The rows one level under a coded row, in the parent's column; for a total row's column
    (公用经费), the most detailed coded rows of that column."""
    if parent is None:
        return []
    same = [
        f for f in facts
        if f.table_index == parent.table_index and f.row_code and f.column_path == parent.column_path
        and not TOTAL_ROW.match(f.row_name)
    ]  # fmt: skip
    code = parent.row_code or ""
    if code and not TOTAL_ROW.match(parent.row_name):
        kids = [f for f in same if (f.row_code or "").startswith(code) and len(f.row_code or "") > len(code)]
        depth = min((len(f.row_code or "") for f in kids), default=0)
    else:
        kids = same
        depth = max((len(f.row_code or "") for f in kids), default=0)
    return [f for f in kids if len(f.row_code or "") == depth]


_UNIT_ROW = re.compile(r"(?:局|中心|委员会|委|办公室|院|所|站|队|馆|学校|分局)(?:[（(].*[）)])?$")


def _rank_projects(engine: Assistant, body: str, doc_ids: list[str]) -> Figure:
    """The largest/smallest project of the project table (项目支出表), in its total column. A row's
    path may also name its unit (杭州市气象局 > 气象业务建设) or its kind (审计业务经费 > 特定目标类);
    rows that total the table or group projects by unit are not projects."""
    m = _PROJECT_RANK.search(body)
    assert m is not None
    most = _most_word(m) in ("最多", "最大", "最高")
    projects = _projects(engine, doc_ids, most)
    name, best, doc_id = _pick(projects, lambda p: p[1].value, most, lambda p: p[1])
    cell = Candidate(doc_id, (name,), best.value, best.unit, table_fact=best)
    word = "最多" if most else "最少"
    return Figure(best.value, best.unit, f"预算{word}的项目是{name}（共 {len(projects)} 个项目）", None,
                  (cell.source(),))  # fmt: skip


def count_performance(engine: Assistant, doc_ids: list[str], condition: Condition | None = None) -> Figure:
    """How many projects the disclosure's project performance tables list (that meet the condition)."""
    return count_performance_projects(_disclosure_docs(engine, doc_ids), condition)


# "有哪些项目", "哪几个项目超过100万元", "项目都有哪些": the projects named, not only counted
_PROJECT_LIST = re.compile(r"(?:哪些|哪几个|哪几项)(?:具体)?项目(?!支出)|项目(?:都|分别)?(?:有|是|包括)哪(?:些|几个)")


_AMOUNT_CONDITION = re.compile(
    r"(?:超过|大于|高于|多于|不少于|低于|少于|不足|不到)?\d+(?:\.\d+)?(?:亿元|万元|元|亿|万)(?:及?以上|及?以下)?的?"
)
_PROJECTS_OF_WHOLE = re.compile(
    r"(?:.{2,24}?表(?:里|中)?|项目支出(?:里|中)?|部门|单位|本级)?(?:的)?(?:一共|共|总共)?(?:有|安排了?|列了|包括)?"
)


def asks_project_list(body: str) -> bool:
    """ "有哪些项目", "超过100万元的有哪些项目": the projects of the budget, not of one item ("三公经费有哪些项目")."""
    m = _PROJECT_LIST.search(body)
    return m is not None and bool(_PROJECTS_OF_WHOLE.fullmatch(_AMOUNT_CONDITION.sub("", body[: m.start()])))


# "有哪些重点项目", "重点项目有几个": the rows of a table titled for them (重点项目预算绩效目标情况)
_KEY_PROJECTS = re.compile(
    r"(?:哪些|哪几个|哪几项|几个|多少个)重点项目|重点项目(?:都|分别|一共|共)?(?:有|是|包括)(?:哪些|哪几个|什么|几个|多少个)"
)


# "两个重点项目加起来多少": their money together
_KEY_PROJECTS_SUMMED = re.compile(
    r"重点项目(?:的钱|的?资金|的?金额|的?预算)?(?:加起来|一共|合计|总共|共计|合起来)(?!有?(?:几|多少)个)"
)


def asks_key_projects(body: str) -> bool:
    return bool(_KEY_PROJECTS.search(body) or _KEY_PROJECTS_SUMMED.search(body))


def key_projects(engine: Assistant, doc_ids: list[str], body: str = "") -> Figure:
    """The projects a table titled for the 重点项目 lists, named with their amounts (or their sum, when
    asked together)."""
    rows: dict[str, tuple[str, Fact]] = {}
    for doc in _disclosure_docs(engine, doc_ids):
        for f in doc.facts:
            if (
                "重点项目" in f.table_title
                and f.unit
                and f.unit != "%"
                and f.row_name
                and not TOTAL_ROW.match(f.row_name)
            ):
                rows.setdefault(f.row_name, (doc.document.id, f))
    if not rows:
        raise LookupError("列示重点项目的表")
    doc_id, first = next(iter(rows.values()))
    listed = "、".join(f"{name} {f.value:g}" for name, (_, f) in rows.items())
    source = Candidate(doc_id, (), first.value, first.unit, table_fact=first).source()
    if _KEY_PROJECTS_SUMMED.search(body) and len({f.unit for _, f in rows.values()}) == 1:
        values = [f.value for _, f in rows.values()]
        total = round(sum(values), 6)
        formula = " + ".join(format_value(v) for v in values) + f" = {format_value(total)}"
        cells = tuple(Candidate(d, (), f.value, f.unit, table_fact=f).source() for d, f in rows.values())
        return Figure(total, first.unit, f"{first.table_title}列示的 {len(rows)} 个重点项目合计", formula, cells)
    return Figure(len(rows), "个", f"{first.table_title}列示的重点项目（{listed}，单位：{first.unit}）数", None,
                  (replace(source, row=None, column=None),))  # fmt: skip


def count_projects(
    engine: Assistant, doc_ids: list[str], condition: Condition | None = None, named: bool = False
) -> Figure:
    """How many projects the project table lists: only when its rows add up to its total, so that
    every project was read and no group was counted as one; with a condition ("超过100万元的"), those
    that satisfy it, named in the answer; all of them named when the question asks which (`named`)."""
    projects = _projects(engine, doc_ids, most=False, counting=True)
    first = projects[0]
    source = Candidate(first[2], (), first[1].value, first[1].unit, table_fact=first[1]).source()
    if condition is None and named:
        listed = "、".join(f"{name} {p.value:g}" for name, p, _ in projects)
        return Figure(len(projects), "个", f"项目支出表列示的项目（{listed}，单位：{first[1].unit}）数",
                      None, (replace(source, row=None, column=None),))  # fmt: skip
    if condition is None:
        return Figure(len(projects), "个", "项目支出表列示的项目数", None, (replace(source, row=None, column=None),))
    year = _year(engine, first[2])
    met = [p for p in projects if condition.meets(p[1].value, p[1].unit, _row_of(engine, p[2], p[1]), year)]
    listed = "、".join(f"{name} {p.value:g}" for name, p, _ in met) or "无"
    cells = tuple(Candidate(d, (), f.value, f.unit, table_fact=f).source() for _, f, d in met[:12])
    label = f"项目支出表中{condition.said}的项目数（{listed}；共列示 {len(projects)} 个项目）"
    return Figure(len(met), "个", label, None, cells or (source,))


def _row_of(engine: Assistant, doc_id: str, f: Fact) -> list[Fact]:
    """The cells of the row that holds `f`."""
    return [
        x for x in engine.index.corpus.docs[doc_id].facts
        if x.table_index == f.table_index and x.row_index == f.row_index
    ]  # fmt: skip


def _rows_meeting(
    engine: Assistant, doc_id: str, rows: list[Fact], condition: Condition, level: int
) -> tuple[list[Fact], list[int]]:
    """The rows of the table of `rows` (one cell each, in the asked column) that meet the condition,
    those with a blank in that column (nothing budgeted this year) read as 0; and the pages of the
    text that decided it, when the table prints no last year's figures."""
    first = rows[0]
    facts = [
        f for f in engine.index.corpus.docs[doc_id].facts
        if f.table_index == first.table_index and len(f.row_code or "") == level
    ]  # fmt: skip
    by_row: dict[int, list[Fact]] = {}
    for f in facts:
        by_row.setdefault(f.row_index, []).append(f)
    asked = {f.row_index: f for f in rows}
    year = _year(engine, doc_id)
    met = []
    try:
        for r, cells in sorted(by_row.items()):
            cell = asked.get(r) or replace(cells[0], value=0.0, unit=first.unit, column_path=first.column_path,
                                           column=first.column, col_index=first.col_index)  # fmt: skip
            if condition.meets(cell.value, cell.unit, cells, year):
                met.append(cell)
    except LookupError:
        if condition.op not in ("up", "down") or level != 7:
            raise
        return _rows_changed_by_text(engine, doc_id, rows, condition)
    return met, []


_ITEM_OF_TEXT = re.compile(r"([^（）()]+)[（(]项[)）](?:支出)?(?:预算|决算)?数?$")


def _rows_changed_by_text(
    engine: Assistant, doc_id: str, rows: list[Fact], condition: Condition
) -> tuple[list[Fact], list[int]]:
    """A table without last year's column, whose 项 the text goes through one by one ("…行政运行（项）
    支出 2,838.83 万元，与上年相比减少 7.76 万元"): the rows whose stated change has the asked sign, only
    when the text states a change for every row of the table (a partial list would undercount)."""
    changes: dict[str, set[float]] = {}
    pages: dict[str, int] = {}
    for t in engine.index.corpus.docs[doc_id].text_facts:
        if t.change is not None and (m := _ITEM_OF_TEXT.search(t.subject)):
            name = m.group(1).split("（款）")[-1]
            changes.setdefault(name, set()).add(t.change)
            pages.setdefault(name, t.page)
    stated = {f.row_index: changes.get(f.row_name, set()) for f in rows}
    if not rows or any(len(c) != 1 for c in stated.values()):
        raise LookupError("逐项说明比上年增减的科目")
    want = (lambda c: c < 0) if condition.op == "down" else (lambda c: c > 0)
    met = [f for f in rows if want(next(iter(stated[f.row_index])))]
    return met, sorted({pages[f.row_name] for f in rows})


def _year(engine: Assistant, doc_id: str) -> int | None:
    return engine.index.corpus.docs[doc_id].document.year


def _projects(engine: Assistant, doc_ids: list[str], most: bool, counting: bool = False) -> list[tuple[str, Fact, str]]:
    """The projects of the disclosure's project tables, as (name, total cell, doc id); those of a
    table whose rows do not add up are left out unless only the largest is asked (`most`). A count
    takes the first table, and only when its rows add up to its printed total as one flat list."""
    docs = {engine.index.corpus.docs[d].document for d in doc_ids}
    if len({(d.organisation, d.year, d.kind) for d in docs}) != 1:
        raise LookupError("单一公开文件中的项目")
    projects: list[tuple[str, Fact, str]] = []
    for doc_id in doc_ids:
        facts = engine.index.corpus.docs[doc_id].facts
        for table in sorted({f.table_index for f in facts if f.table_type == "项目支出表"}):
            cells = [f for f in facts if f.table_index == table]
            if sum(1 for f in cells if f.row_code) > len(cells) / 2:
                continue  # rows are 科目 (economic classification), not projects
            total_col = min(
                (f.col_index for f in cells if GRAND_COLUMN.search(f.column_path[0] if f.column_path else "")),
                default=min(f.col_index for f in cells),
            )
            rows: list[tuple[str, Fact, str]] = []
            for f in cells:
                path = [n for n in f.row_path or (f.row_name,) if not n.endswith("类")]
                # the unit a project is printed under is no project; a project named after its unit
                # ("困难群众救助补助资金-救助中心") is, when the row prints nothing else
                names = [n for n in path if not _UNIT_ROW.search(n)] or [
                    n for n in path[-1:] if re.search(r"资金|经费|费|项目|补助|工程|[-—－]", n)
                ]
                if f.col_index == total_col and names and not any(TOTAL_ROW.match(n) for n in names):
                    # the project's name is its longest label (beside it: 资金性质 "全额", 项目类别 …)
                    rows.append((max(names, key=len), f, doc_id))
            total = next((f.value for f in cells if f.col_index == total_col and TOTAL_ROW.match(f.row_name)), None)
            if total is None and rows:
                # "深圳市…大鹏管理局 | 1,856.92" above its projects: the organisation's own row is the total
                own = [
                    f.value for f in cells
                    if f.col_index == total_col and f.row_index < min(r[1].row_index for r in rows)
                    and _UNIT_ROW.search(f.row_name)
                ]  # fmt: skip
                total = own[0] if len(own) == 1 and own[0] >= max(r[1].value for r in rows) else None
            if total is None and len(rows) > 2:
                # no 合计 row: a first row of 特定目标类项目 (or a 一级项目 above its 二级 ones) may total the rest
                top = max(r[1].value for r in rows)
                if leaves := leaf_rows([r[1].value for r in rows], top):
                    rows, total = [rows[i] for i in leaves], top
            if counting:
                # the first table with a total, its rows as one flat list; grouped projects (一级 above
                # 二级) are not counted: which of them are "the projects" is itself a question
                if total is None:
                    continue
                checked = _checked_projects(rows, total, most)
                if not checked and (leaves := leaf_rows([r[1].value for r in rows], total)):
                    groups = [r for i, r in enumerate(rows) if i not in leaves]
                    if groups and all(UNIT_ROW.search(r[0]) for r in groups):  # projects under their units
                        checked = [rows[i] for i in leaves]
                return _listed(checked)
            checked = _checked_projects(rows, total, most)
            if not checked and total is not None and (leaves := leaf_rows([r[1].value for r in rows], total)):
                checked = [rows[i] for i in leaves]  # 一级项目 rows printed above their 二级 projects
            projects += checked
    return _listed(projects)


def _listed(projects: list[tuple[str, Fact, str]]) -> list[tuple[str, Fact, str]]:
    if not projects:
        raise LookupError("项目支出表中可逐项核对的项目")
    return projects


_CODE_LEVEL_RANK = re.compile(
    r"(?:哪个|哪一个|哪一|哪)(项级科目|款级科目|类级科目|项科目|款科目|类科目|科目|一类|类)(?:功能分类|功能|支出|预算|科目)*\S{0,6}?(最多|最大|最高|最少|最低|最小)"
)
# "金额最大的项级科目是哪一个": the same, with the measure first
_CODE_LEVEL_RANK_FIRST = re.compile(
    r"(最多|最大|最高|最少|最低|最小)的(?:一个)?(项级科目|款级科目|类级科目|项科目|款科目|类科目|功能科目|一类支出)"
)


# "哪个单位的预算最多", "下属各预算单位里…最多的是哪个": the units of a 汇总 budget
_UNIT_RANK = re.compile(
    r"(?:哪个|哪一个|哪家|哪)(?:下属|所属)?(?:二级|基层)?(?:预算)?单位"
    r"|(?:下属|所属|二级|基层|下面|底下)(?:的|各)?(?:[\u4e00-\u9fff]{1,4}(?:和|与|及|、))?(?:预算)?单位"
    r"|(?:哪个|哪一个|哪家|哪所|哪)(?:分局|支队|大队|派出所|研究所|管理处|管理所)"
)
_UNIT_COUNT = re.compile(
    r"(?:几个|多少个|多少家|几家)(?:下属|所属|二级|基层)?(?:预算)?单位|(?:下属|所属|二级|基层)(?:预算)?单位(?:有|共)?(?:几|多少)"
)
_MOST = re.compile(r"最多|最大|最高|最少|最低|最小")
# A row that names a unit, not an item: an organisation's ending, or 本级/机关
_UNIT_NAME = re.compile(rf"{UNIT_ROW.pattern}|本级[）)]?$|机关$")
_UNIT_TABLES = ("收入总表", "支出总表", "收支总表")


def _unit_rank(body: str) -> str | None:
    """最多/最少 of a ranking over the units of a 汇总 budget, or None."""
    most = _MOST.search(body)
    return most.group(0) if most and _UNIT_RANK.search(body) else None


def _units(engine: Assistant, doc_id: str, subordinate: bool) -> list[Fact]:
    """The units of a 汇总 budget: the rows of its 收入总表 (else 支出总表, 收支总表) that name units, in
    the grand-total column. The department's 本级 is one of them, unless only its subordinate units
    are asked; its 汇总 row (the table's total, or the sum of the rest) is not."""
    doc = engine.index.corpus.docs[doc_id]
    for kind in _UNIT_TABLES:
        for table in sorted({f.table_index for f in doc.facts if f.table_type == kind}):
            cells = [f for f in doc.facts if f.table_index == table and f.unit not in ("", "%")]
            column = grand_column(cells)
            cells = [f for f in cells if f.col_index == column]
            total = next((f.value for f in cells if TOTAL_ROW.match(f.row_name)), None)
            rows = {f.row_name for f in cells if not TOTAL_ROW.match(f.row_name)}
            if sum(1 for n in rows if _UNIT_NAME.search(n)) < 0.6 * len(rows):
                continue  # rows of 科目 with a few names like units (综合医院): not a table of units
            units = {
                f.row_name: f for f in cells
                if _UNIT_NAME.search(f.row_name) and not re.fullmatch(r"2\d{2}(?:\d{2}){0,2}", f.row_code or "")
                and f.value != total
            }  # fmt: skip
            whole = sum(f.value for f in units.values())
            units = {n: f for n, f in units.items() if abs(2 * f.value - whole) > 0.01}
            if len(units) < 2:
                continue
            if subordinate:
                own = re.sub(r"[（(][^）)]*[）)]$", "", doc.document.organisation)
                units = {n: f for n, f in units.items() if n != own and not re.search(r"本级|机关", n)}
            return list(units.values())
    return []


_OWN_LEVEL = re.compile(r"[（(](?:机关)?本级[)）]$")
# "哪个分局", "几个支队里": units of one kind, named by their name's ending
_UNIT_KIND = re.compile(r"(?:哪个|哪一个|哪家|哪所|哪)(分局|支队|大队|派出所|学校|医院|中心|研究所|管理处|管理所|站)")


def _rank_units(engine: Assistant, most_word: str, body: str, doc_ids: list[str], subordinate: bool = False) -> Figure:
    """The largest/smallest unit of a 汇总 budget: by its whole budget, or by the measure asked ("项目支出
    最多的下属单位"), each unit's own figure of it; declined when any unit's figure is not printed."""
    doc_id = _single_disclosure(engine, doc_ids)
    units = _units(engine, doc_id, subordinate) if doc_id else []
    if kind := _UNIT_KIND.search(body):
        units = [f for f in units if _OWN_LEVEL.sub("", f.row_name).endswith(kind.group(1))]
    if doc_id is None or len(units) < 2:
        raise LookupError("按单位列示的预算")
    most = most_word in ("最多", "最大", "最高")
    word = "最多" if most else "最少"
    measure = _unit_measure(body)
    if measure:  # each unit's own row of the measure, or no ranking
        rising = _RISE_RANK.search(body)  # "比上年增加最多的单位": this year's less last year's, each unit
        named: list[tuple[str, Figure]] = []
        unprinted: list[str] = []
        for f in units:
            # "X（本级）" of the 收入总表 is printed under its bare name in the measure's table
            unit = NamedUnit((doc_id,), f.row_name, "本级" if _OWN_LEVEL.search(f.row_name) else f.row_name)
            try:
                now = unit_figure(engine.index, unit, measure)
                named.append((f.row_name, _unit_change(engine, unit, measure, now) if rising else now))
            except LookupError:
                unprinted.append(f.row_name)
        # a unit its table leaves out has none of it: no matter for the most, all that matters for the least
        if unprinted and (not most or len(named) < 2 or rising):
            raise LookupError(f"{unprinted[0]}的“{measure}”")
        name, best_figure = _pick(named, lambda n: n[1].value, most)
        left_out = f"，{len(unprinted)} 个单位未列示该项" if unprinted else ""
        what = f"{measure}比上年增加{word}" if rising else f"{measure}{word}"
        return replace(best_figure, label=f"{what}的单位是{name}（共 {len(units)} 个单位{left_out}）")
    best = _pick(units, lambda f: f.value, most)
    cell = Candidate(doc_id, (best.row_name,), best.value, best.unit, table_fact=best)
    return Figure(best.value, best.unit, f"预算{word}的单位是{best.row_name}（共 {len(units)} 个单位）",
                  None, (cell.source(),))  # fmt: skip


_RISE_RANK = re.compile(r"(?:比|较)(?:上年|去年|上一年)(?:预算)?(?:增加|增长|多|上升)|增幅|增长最")


def _unit_change(engine: Assistant, unit: NamedUnit, measure: str, now: Figure) -> Figure:
    """A unit's change of the measure: this year's row less last year's, where it prints both."""
    before = unit_figure(engine.index, unit, measure, last_year=True)
    if before.unit != now.unit or before.sources == now.sources:
        raise LookupError(f"{unit.row_name}上年的“{measure}”")
    change = round(now.value - before.value, 6)
    formula = f"{format_value(now.value)} − {format_value(before.value)} = {format_value(change)}"
    return Figure(change, now.unit, "", formula, (*now.sources, *before.sources))


_UNIT_MEASURES = (
    "项目支出",
    "基本支出",
    "人员经费",
    "公用经费",
    "三公经费",
    "因公出国（境）费",
    "因公出国",
    "公务用车",
    "公务接待费",
    "机关运行经费",
    "政府采购",
    "会议费",
    "培训费",
    "财政拨款",
    "政府性基金",
    "事业收入",
)


def _unit_measure(body: str) -> str:
    """What units are ranked by, when not their whole budget ("下属单位里，项目支出最多的是哪一个": 项目支出;
    "收入预算最多", "预算总额最大": their whole): the measure named before 最多, as the unit's row prints it."""
    rest = (
        re.sub(r"(?:最多|最大|最高|最少|最低|最小).*$", "", _UNIT_RANK.sub("", body)).replace("“", "").replace("”", "")
    )
    named = [m for m in _UNIT_MEASURES if m in rest]
    if not named:
        return ""
    return max(named, key=len)


# A count of units the text states: "纳入…编制范围的预算单位共有 2 个", "包括本级及所属27个二级预算单位"
_STATED_UNITS = re.compile(r"单位(?:共有|共计|共|合计)?$")
_SUBORDINATE = re.compile(r"下属|所属|二级|下设|直属")
# …of the budget's own units, not of some other count of units ("20436家用人单位")
_OF_THE_BUDGET = re.compile(r"预算|决算|编制范围|包括|纳入|构成|组成|基层|下属|所属|二级|下设|直属")


def _stated_unit_count(engine: Assistant, body: str, doc_id: str) -> Candidate | None:
    """The one count of units the disclosure's text states for what is asked: of its subordinate
    units when the question says 下属/所属/二级, else of all the units its budget covers."""
    subordinate = bool(_SUBORDINATE.search(body))
    stated = [
        Candidate(d, (t.subject,), t.value, t.unit, text_fact=t)
        for d in engine.disclosure(doc_id) for t in engine.index.corpus.docs[d].text_facts
        if t.value and t.unit in ("个", "家") and _STATED_UNITS.search(t.subject)
        and bool(_SUBORDINATE.search(t.subject)) == subordinate and _OF_THE_BUDGET.search(t.subject)
    ]  # fmt: skip
    return stated[0] if len({c.value for c in stated}) == 1 else None


def count_units(engine: Assistant, body: str, doc_ids: list[str]) -> Figure:
    """How many units a 汇总 budget covers (下属/二级: without the department's 本级): the count its
    text states, else the units its tables list, named in the answer."""
    doc_id = _single_disclosure(engine, doc_ids)
    if doc_id is not None and (said := _stated_unit_count(engine, body, doc_id)):
        which = "二级预算单位数" if "二级" in body else "下属单位数" if _SUBORDINATE.search(body) else "预算单位数"
        return Figure(said.value, said.unit, which, None, (said.source(),))
    subordinate = bool(re.search(r"下属|所属", body))  # a 二级预算单位 may be the 本级 too
    units = _units(engine, doc_id, subordinate) if doc_id else []
    if doc_id is None or not units:
        raise LookupError("按单位列示的预算")
    names = "、".join(f.row_name for f in units)
    which = "下属单位" if subordinate else "预算单位（含本级）"
    source = Candidate(doc_id, (), units[0].value, units[0].unit, table_fact=units[0]).source()
    return Figure(len(units), "个", f"{which}数（{names}）", None, (replace(source, row=None),))


def _code_level_rank(body: str) -> tuple[str, str] | None:
    """(level word, 最多/最少 word) of a ranking over 功能分类 rows, or None."""
    body = re.sub(r"(项级|款级|类级)(?:功能分类|功能|支出)科目", r"\1科目", body)  # "哪个项级功能科目"
    body = re.sub(r"(?:支出)?功能(?:分类)?(?:科目)?(类|款|项)级?(?:科目)?", r"\1级科目", body)  # "哪个支出功能类"
    if m := _CODE_LEVEL_RANK.search(body):
        return m.group(1), m.group(2)
    if m := _CODE_LEVEL_RANK_FIRST.search(body):
        return m.group(2).replace("功能科目", "科目").replace("一类支出", "一类"), m.group(1)
    return None


_LEVEL_DIGITS = {"项": 7, "款": 5, "类": 3}
# what a ranking of 科目 is over when it names a whole ("一般公共预算支出中", "支出表里"), not one row
_WHOLE_TABLE = re.compile(r"表$|^(?:本年|部门|单位)?(?:一般公共预算|财政拨款|政府性基金|全部)?(?:预算)?(?:支出|预算)?$")
# Where the 功能分类 rows of the whole budget are printed, in order of preference.
_CLASSIFICATION_TABLES = ("支出总表", "一般公共预算支出表", "财政拨款支出表")


def _rank_codes(
    engine: Assistant, asked: tuple[str, str], body: str, doc_ids: list[str], tables: set[str] | None
) -> Figure:
    """The largest/smallest 功能分类 类, 款 or 项 of the budget ("哪一类支出最多", "哪个项级科目最多"),
    in the grand-total column of the first table that prints them."""
    level_word, most_word = asked
    level = next((v for k, v in _LEVEL_DIGITS.items() if k in level_word), 7)
    if level_word in ("科目", "一类", "类"):
        level = 7 if level_word == "科目" else 3
    most = most_word in ("最多", "最大", "最高")
    doc_id = _single_disclosure(engine, doc_ids)
    if doc_id is None:
        raise LookupError("单一公开文件中的科目")
    if re.search(r"经济分类|经济科目", body):  # "项目支出按经济分类看，哪一类最多": 301, 302, 310 …
        return _rank_economic(engine, doc_id, body, 3 if level == 3 else 5, most, level_word)
    facts = engine.index.corpus.docs[doc_id].facts
    named = [k for k in _CLASSIFICATION_TABLES if k in (tables or ()) or k.removesuffix("支出表") in body]
    kinds = named + [k for k in _CLASSIFICATION_TABLES if k not in named]
    if tables and not named:  # "政府性基金预算支出表中哪个科目最大": that table's rows, or none
        kinds = sorted(tables)
    if fund := re.search(r"政府性基金|国有资本经营", body):  # "政府性基金预算支出里哪个科目最多": that fund's table
        kinds = [fund.group(0)]
    for kind in kinds:
        rows = [
            f for f in facts if f.table_type == kind and len(f.row_code or "") == level and (f.row_code or "")[0] == "2"
        ]
        first_col = grand_column(rows)
        rows = [f for f in rows if f.col_index == first_col and f.unit not in ("", "%")]
        if any(re.search(r"\d{3}", f.row_name) for f in rows):
            continue  # "助30227-委托业务费": a 科目 column run into another classification's, not its name
        if len({f.row_code for f in rows}) < len(rows):
            # a 科目 on several rows (one per unit, or per 经济分类 item): its whole is their sum, when
            # the rows are the table's whole (they add up to its total) and each names the 科目 alike
            if (summed := _summed_codes(facts, rows)) is None:
                continue
            word = "最多" if most else "最少"
            return _summed_pick(doc_id, summed, most, f"{rows[0].table_title}中预算{word}的{level_word}是", "个")
        if rows:
            best = _pick(rows, lambda f: f.value, most)
            cell = Candidate(doc_id, (best.row_name,), best.value, best.unit, table_fact=best)
            word = "最多" if most else "最少"
            label = (
                f"{best.table_title}中预算{word}的{level_word}是{best.row_code} {best.row_name}（共 {len(rows)} 个）"
            )
            return Figure(best.value, best.unit, label, None, (cell.source(),))
    if level == 3 and (by_name := _classes_by_name(facts)):  # 类 printed by name only (收支总表)
        best = _pick(by_name, lambda f: f.value, most)
        cell = Candidate(doc_id, (best.row_name,), best.value, best.unit, table_fact=best)
        word = "最多" if most else "最少"
        return Figure(best.value, best.unit, f"支出功能分类中预算{word}的类是{best.row_name}（共 {len(by_name)} 类）",
                      None, (cell.source(),))  # fmt: skip
    raise LookupError("功能分类科目")


def _summed_codes(facts: list[Fact], rows: list[Fact]) -> list[tuple[str, list[Fact]]] | None:
    """The rows of one table grouped by 科目 code, when together they are the table's whole: their
    sum is its printed 合计 in the same column, and every row of a code prints the same name (rows of
    one 科目 by 经济分类 item print the item's name: no sum of them is named). None otherwise."""
    table = rows[0].table_index
    rows = [f for f in rows if f.table_index == table]
    totals = [
        f.value for f in facts
        if f.table_index == table and f.col_index == rows[0].col_index and f.row_name and TOTAL_ROW.match(f.row_name)
    ]  # fmt: skip
    if not totals or abs(sum(f.value for f in rows) - totals[0]) > 0.01 * len(rows):
        return None
    groups: dict[str, list[Fact]] = {}
    for f in rows:
        groups.setdefault(f.row_code or "", []).append(f)
    if any(len({f.row_name for f in cells}) > 1 for cells in groups.values()):
        return None
    return list(groups.items())


def _summed_pick(doc_id: str, summed: list[tuple[str, list[Fact]]], most: bool, said: str, each: str) -> Figure:
    """The largest (smallest) of codes printed on several rows, as the sum of its rows, each a source."""
    code, cells = _pick(summed, lambda r: sum(f.value for f in r[1]), most, fact=lambda r: r[1][0])
    value = round(sum(f.value for f in cells), 6)
    rows = f"表中分 {len(cells)} 行列示，合计；" if len(cells) > 1 else ""
    label = f"{said}{code} {cells[0].row_name}（{rows}共 {len(summed)} {each}）"
    formula = " + ".join(format_value(f.value) for f in cells) + f" = {format_value(value)}"
    sources = tuple(Candidate(doc_id, (f.row_name,), f.value, f.unit, table_fact=f).source() for f in cells)
    return Figure(value, cells[0].unit, label, formula if len(cells) > 1 else None, sources)


_CODE_COUNT = re.compile(
    r"(?:几|多少)个(项级|款级|类级|项|款|类)(?:功能分类)?科目|(项级|款级|类级)(?:功能分类)?科目(?:一共|共|总共)?(?:有|列了)?(?:几|多少)个"
    r"|(?:哪些|哪几个)(项级|款级|类级)?(?:支出)?(?:功能分类)?科目"  # "哪几个科目比上年减少": named, 项 unless said
    r"|(?:几|多少)个(?:支出|功能分类)科目|(?:支出|功能分类)科目(?:一共|共|总共)?(?:有|列了)?(?:几|多少)个"
)


# what may precede "哪些科目": nothing, a table, or the whole budget's spending; not one item ("三公经费包括哪些科目")
_CODES_OF_WHOLE = re.compile(
    r"^(?:(?:.{2,24}?表|(?:本年|部门|单位)?(?:一般公共预算|财政拨款|政府性基金(?:预算)?)?(?:预算)?(?:支出|预算)?)"
    r"(?:里|中|里面|当中)?(?:的)?)?(?:一共|共|总共)?(?:有|列了|列有|包括|包含|涉及)?$"
)


def asks_code_count(body: str) -> bool:
    m = _CODE_COUNT.search(body)
    if m is None or "经济" in body:
        return False
    listed = m.group(0).startswith("哪")  # "哪些科目": the 科目 of the whole budget or a table only
    return not listed or bool(_CODES_OF_WHOLE.match(re.sub(r"比上年\S*?的$", "", body[: m.start()])))


def count_codes(engine: Assistant, body: str, doc_ids: list[str], tables: set[str] | None) -> Figure:
    """How many 功能分类 类, 款 or 项 a table lists ("一般公共预算支出表里列了几个项级科目"), those with an
    amount only when the question says so ("有预算的"): the table named, else the first that lists them."""
    m = _CODE_COUNT.search(body)
    assert m is not None
    level = _LEVEL_DIGITS[(m.group(1) or m.group(2) or m.group(3) or "项")[0]]
    doc_id = _single_disclosure(engine, doc_ids)
    if doc_id is None:
        raise LookupError("单一公开文件中的科目")
    facts = engine.index.corpus.docs[doc_id].facts
    named = [k for k in _CLASSIFICATION_TABLES if k in (tables or ())]
    for kind in named or list(_CLASSIFICATION_TABLES):
        rows = [f for f in facts if f.table_type == kind and len(f.row_code or "") == level and f.row_code[0] == "2"]  # type: ignore[index]
        if not rows:
            continue
        first = min(f.table_index for f in rows)
        column = grand_column([f for f in rows if f.table_index == first])
        rows = [f for f in rows if f.table_index == first and f.col_index == column]
        if re.search(r"有预算|有金额|安排了?(?:预算|资金)", body):
            rows = [f for f in rows if f.value]
        cell = Candidate(doc_id, (), rows[0].value, rows[0].unit, table_fact=rows[0]) if rows else None
        if cell is None:
            continue
        said, pages = "", list[int]()
        if (condition := asked_condition(body)) is not None:  # "比上年减少的项级科目": those rows only
            rows, pages = _rows_meeting(engine, doc_id, rows, condition, level)
            said = condition.said + ("（增减据说明文字）" if pages else "")
        codes = dict.fromkeys(f"{f.row_code} {f.row_name}" for f in rows)
        word = {7: "项", 5: "款", 3: "类"}[level]
        title = cell.table_fact.table_title if cell.table_fact else kind
        said = f"{said}的" if said else ""
        text = tuple(Source(doc_id, p, None, "说明文字", None) for p in pages)
        return Figure(float(len(codes)), "个", f"{title}列示的{said}{word}级科目数（{'、'.join(codes) or '无'}）", None,
                      (replace(cell.source(), row=None), *text))  # fmt: skip
    raise LookupError("按功能分类列示的科目")


def _rank_economic(engine: Assistant, doc_id: str, body: str, level: int, most: bool, level_word: str) -> Figure:
    """The largest/smallest 经济分类 类 (3 digits) or 款 (5) in a table by economic class, the one whose
    title names what the question names (项目支出, 基本支出, a fund) when there are several."""
    facts = engine.index.corpus.docs[doc_id].facts
    tables: dict[int, list[Fact]] = {}
    for f in facts:
        if "经济" in f.table_title and re.fullmatch(r"[35]\d{2}" if level == 3 else r"[35]\d{4}", f.row_code or ""):
            tables.setdefault(f.table_index, []).append(f)
    said = [w for w in ("项目支出", "基本支出", "一般公共预算", "政府性基金", "财政拨款") if w in body]
    fitting = [t for t, rows in tables.items() if all(w in rows[0].table_title for w in said)]
    if not fitting:
        raise LookupError("按经济分类列示的科目")
    rows = tables[fitting[0]]
    column = grand_column(rows)
    rows = [f for f in rows if f.col_index == column and f.unit not in ("", "%")]
    if not rows:
        raise LookupError("按经济分类列示的科目")
    word = "最多" if most else "最少"
    kind = "类" if level == 3 else "款"
    if len({f.row_code for f in rows}) < len(rows):  # one section a unit: the 款's whole is their sum
        if (summed := _summed_codes(facts, rows)) is None:
            raise LookupError("按经济分类逐项合计的科目")
        return _summed_pick(doc_id, summed, most, f"按经济分类，{word}的{kind}是", kind)
    best = _pick(rows, lambda f: f.value, most)
    cell = Candidate(doc_id, (best.row_name,), best.value, best.unit, table_fact=best)
    label = f"按经济分类，{word}的{kind}是{best.row_code} {best.row_name}（共 {len(rows)} {kind}）"
    return Figure(best.value, best.unit, label, None, (cell.source(),))


# "一、", "（三）", "3." before a row's name (never the 一 of 一般公共服务支出)
_NUMBERING = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])")


def _classes_by_name(facts: list[Fact]) -> list[Fact]:
    """The 类 of the 支出功能分类 as a table prints them without codes ("农林水支出" in a 收支总表), in
    its grand-total column: the first table that prints two or more of them."""
    classes = {name: code for code, name in code_names().items() if len(code) == 3 and code.startswith("2")}
    for table in sorted({f.table_index for f in facts if f.table_type in ("收支总表", "支出总表")}):
        rows = [
            f for f in facts
            if f.table_index == table and not f.row_code and _NUMBERING.sub("", f.row_name) in classes
        ]  # fmt: skip
        column = grand_column(rows)
        rows = [f for f in rows if f.col_index == column and f.unit not in ("", "%")]
        if len({f.row_name for f in rows}) >= 2:
            return rows
    return []


def _disclosure_docs(engine: Assistant, doc_ids: list[str]) -> list[ParsedDocument]:
    """The files of the one disclosure in scope (说明 and 报表 may be two files)."""
    doc_id = _single_disclosure(engine, doc_ids)
    if doc_id is None:
        raise LookupError("单一公开文件中的项目")
    return [engine.index.corpus.docs[d] for d in engine.disclosure(doc_id)]


def _single_disclosure(engine: Assistant, doc_ids: list[str]) -> str | None:
    """The one disclosure in scope (its 部门 file first when a 部门 and a 单位 budget of the same
    organisation and year print the same tables), or None when several organisations or years are."""
    docs = [engine.index.corpus.docs[d].document for d in doc_ids]
    if not docs or len({(d.organisation, d.year, d.kind) for d in docs}) != 1:
        return None
    # a disclosure split in two files (说明 and 报表): the file of tables
    return min(docs, key=lambda d: (not engine.index.corpus.docs[d.id].facts, "部门" not in d.title, d.file)).id


def leaf_rows(values: list[float], total: float) -> tuple[int, ...] | None:
    """The rows that are projects when a table prints groups above their members (通用项目, then each
    一级项目, then its 二级项目): the one reading of the rows, in order, as groups and members in
    which every group is the sum of its members and the whole is the total. None when there is none."""
    cents = [round(v * 100) for v in values]
    n = len(cents)

    @cache
    def ends(i: int, target: int) -> dict[int, tuple[int, ...]]:
        """Every way rows from i on can add up to target, by where it ends: {end: the leaves among them}.
        A group's members may end in more than one place (a member that is itself a group, or a
        project), so each is tried against what must follow."""
        out: dict[int, tuple[int, ...]] = {}
        if target == 0:  # and the projects of nothing that follow
            out[i], j = (), i
            while j < n and cents[j] == 0:
                j += 1
                out[j] = tuple(range(i, j))
            return out
        if i >= n or cents[i] > target or cents[i] < 0:
            return {}
        v = cents[i]
        if v == 0:
            return {end: (i, *leaves) for end, leaves in ends(i + 1, target).items()}
        if i + 1 < n and 0 < cents[i + 1] <= v:  # a group of what follows
            for after, members in ends(i + 1, v).items():
                for end, leaves in ends(after, target - v).items():
                    out.setdefault(end, members + leaves)
        for end, leaves in ends(i + 1, target - v).items():  # a project
            out.setdefault(end, (i, *leaves))
        return out

    if n > 300:
        return None
    return ends(0, round(total * 100)).get(n)


def _checked_projects(
    rows: list[tuple[str, Fact, str]], total: float | None, most: bool
) -> list[tuple[str, Fact, str]]:
    """The rows of a project table that a ranking may use. Rows that repeat the table's total group the
    others and are dropped. When the rest do not add up to the total, a row was not read (or rows group
    others): the ranking stands only for the largest, and only if what is missing is smaller than it."""
    if total is None or len(rows) < 2:
        return rows
    rows = [r for r in rows if abs(r[1].value - total) > 0.005]
    missing = total - sum(r[1].value for r in rows)
    tolerance = 0.01 * max(len(rows), 1)
    if abs(missing) <= tolerance:
        return rows
    if missing > 0 and most and rows and missing < max(r[1].value for r in rows):
        return rows
    return []


_TOP_N = re.compile(
    r"(?:最大|最多|最高|最少|最小|最低)的?(?:前)?([两二三四五六七八九十\d]{1,2})(?:个|项)项目"
    r"|前([两二三四五六七八九十\d]{1,2})(?:个|项|大|名|位)?的?项目"
)
_SUMMED = re.compile(r"合计|加起来|一共|总共|共计|之和|总和|相加|总额")
_NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _top_projects(engine: Assistant, m: re.Match[str], body: str, doc_ids: list[str]) -> Figure:
    """ "金额最大的三个项目合计多少": the N largest (or smallest) projects of the project table, added
    up, each named with its amount (only when the table's rows add up to its total: every project read)."""
    said = m.group(1) or m.group(2)
    n = int(said) if said.isdigit() else _NUMERALS.get(said, 0)
    if not _SUMMED.search(body) or not n:
        raise LookupError("前几个项目的合计")
    projects = _projects(engine, doc_ids, most=False, counting=True)
    if n >= len(projects):
        raise LookupError(f"多于 {n} 个的项目")
    least = re.search(r"最少|最小|最低", m.group(0)) is not None
    chosen = sorted(projects, key=lambda p: p[1].value, reverse=not least)[:n]
    if chosen[-1][1].value == sorted(projects, key=lambda p: p[1].value, reverse=not least)[n][1].value:
        raise LookupError(f"唯一的前 {n} 个项目（金额并列）")
    values = [p[1].value for p in chosen]
    total = round(sum(values), 6)
    formula = " + ".join(f"{v:g}" for v in values) + f" = {total:g}"
    names = "、".join(name for name, _, _ in chosen)
    sources = tuple(Candidate(d, (), f.value, f.unit, table_fact=f).source() for _, f, d in chosen)
    word = "最少" if least else "最多"
    return Figure(total, chosen[0][1].unit, f"预算{word}的 {n} 个项目（{names}）合计", formula, sources)


def rank(engine: Assistant, q: Question, body: str, doc_ids: list[str]) -> Figure:
    """The largest/smallest child of a coded row (or of a total column), over the full table."""
    if asks_change_rank(body):  # "哪个科目比上年增加最多": by the change, never by the amount
        if (doc_id := _single_disclosure(engine, doc_ids)) is None:
            raise LookupError("单一公开文件中的科目")
        return rank_changes(engine, q, body, doc_id, doc_ids)
    if (tm := _TOP_N.search(body)) and _SUMMED.search(body):
        return _top_projects(engine, tm, body, doc_ids)
    if _ROUND.get() is None and (nth := _nth(body)) is not None:
        return _nth_ranked(engine, q, nth, doc_ids)
    if _ROUND.get() is None and (top := _top_list(body)) is not None:
        return _top_ranked(engine, q, top[0], top[1], doc_ids)
    m = _rank_match(body)
    if unit_rank := _unit_rank(body):
        below = re.search(r"下属|所属|下面|底下|不(?:算|含|包括|计)[^，,。]{0,3}本级", body)
        return _rank_units(engine, unit_rank, body, doc_ids, subordinate=bool(below))
    if (code_rank := _code_level_rank(body)) and (m is None or "科目" in code_rank[0]):
        # "…的商品和服务支出中，哪个科目最多": the children of that row, not the budget's 功能 科目
        of_row = m is not None and code_rank[0] == "科目" and not _WHOLE_TABLE.search(clean_item(m.group(1)))
        if not of_row:
            return _rank_codes(engine, code_rank, body, doc_ids, q.table_types)
    if re.search(r"自评|评分|评价", body) and (
        sm := re.search(r"(?:得分|分数|评分)\S{0,4}?(最高|最低)|(最高|最低)", body)
    ):
        return _rank_scores(engine, doc_ids, (sm.group(1) or sm.group(2)) == "最高")  # "绩效自评得分最低的项目"
    if (pm := _PROJECT_RANK.search(body)) and ("绩效" in body or "绩效目标" in (q.table_types or ())):
        most = _most_word(pm) in ("最多", "最大", "最高")
        return rank_performance_projects(_disclosure_docs(engine, doc_ids), most, _pick_project)
    listed = _listing_table(q, m, body)
    if listed and listed.kind == "政府采购" and _PROJECT_RANK.search(body):  # "政府采购里哪个项目钱最多"
        with suppress(LookupError):  # a table of no projects' rows: the projects of the budget are ranked
            return _rank_purchase_projects(engine, listed, body, doc_ids)
    if listed and not _PROJECT_RANK.search(body):  # "政府购买服务明细表中哪个三级目录…最大": its rows
        return _rank_rows(engine, listed, body, doc_ids)
    if m is None and not _PROJECT_RANK.search(body):
        raise LookupError("可逐项比较的表")  # "哪一项最多" of nothing named: no table to rank
    if m is None or _PROJECT_RANK.search(body):  # "项目支出里哪个项目最多": projects, not 科目 rows
        try:
            return _rank_projects(engine, body, doc_ids)
        except LookupError:
            docs = _disclosure_docs(engine, doc_ids)
            if (pm := _PROJECT_RANK.search(body)) and not any(
                t.table_type == "项目支出表" for d in docs for t in d.tables
            ):  # a disclosure that lists its projects only in the 绩效目标表: that list, said so
                return rank_performance_projects(docs, _most_word(pm) in ("最多", "最大", "最高"), _pick_project)
            raise
    parent_item, most = clean_item(m.group(1)), m.group(2) in ("最多", "最高", "最大")
    if re.search(r"经济分类|经济科目", body) and (doc_id := _single_disclosure(engine, doc_ids)) is not None:
        # "基本支出中哪一项经济分类支出最多": the 经济分类 table's 款 (its 类 when a 类 is asked)
        level_word = "类" if re.search(r"哪一?类|类级", body) else "款"
        return _rank_economic(engine, doc_id, body, 3 if level_word == "类" else 5, most, level_word)
    if re.fullmatch(r"“?三公”?经费(?:预算|支出)?", parent_item):  # its parts are columns, not rows
        return _rank_sangong(engine, q, doc_ids, most)
    parents = [c for c in engine.match(parent_item, doc_ids, q) if c.table_fact is not None]
    if not parents and "的" in parent_item:  # "基本支出的商品和服务支出中": the row, in the 基本支出 tables first
        where, parent_item = parent_item.rsplit("的", 1)
        parents = [c for c in engine.match(parent_item, doc_ids, q) if c.table_fact is not None]
        parents.sort(key=lambda c: where not in (c.table_fact.table_title if c.table_fact else ""))
    if re.fullmatch(r"(?:人员|公用)经费(?:支出)?", parent_item):  # by definition groups of 经济分类 items
        parents.sort(key=lambda c: not _by_economic_class(engine, c))
    if _single_disclosure(engine, doc_ids) is None:
        raise LookupError(f"“{parent_item}”的明细")  # several organisations or years: whose?
    for found in parents:  # the first printing of the item that has printed children
        facts = engine.index.corpus.docs[found.doc_id].facts
        kids = _children(facts, found.table_fact)
        while len(kids) == 1 and (deeper := _children(facts, kids[0])):
            kids = deeper  # a single child ranks nothing: 221 > 22102 > its 项
        if kids:
            break
    else:
        raise LookupError(f"“{parent_item}”的明细")
    best = _pick(kids, lambda f: f.value, most)
    child = Candidate(found.doc_id, (best.row_name,), best.value, best.unit, table_fact=best)
    word = "最多" if most else "最少"
    return Figure(best.value, best.unit, f"{parent_item}中{word}的是{best.row_name}", None,
                  (child.source(), found.source()))  # fmt: skip


def _by_economic_class(engine: Assistant, c: Candidate) -> bool:
    """The candidate's table lists 经济分类 rows (301 工资福利支出, 30201 办公费 …)."""
    f = c.table_fact
    return f is not None and any(
        g.table_index == f.table_index and (g.row_code or "").startswith("3")
        for g in engine.index.corpus.docs[c.doc_id].facts
    )


def _rank_scores(engine: Assistant, doc_ids: list[str], most: bool) -> Figure:
    """The project with the highest/lowest score of a table of self-evaluation scores ("项目名称 | 自评分数"):
    only when one project holds it (several at 100 answer nothing)."""
    rows = [
        (doc.document.id, f) for doc in _disclosure_docs(engine, doc_ids) for f in doc.facts
        if any(re.search(r"自评分数|自评得分|评价得分|评分", c) for c in f.column_path) and f.row_name
        and not TOTAL_ROW.match(f.row_name) and 0 <= f.value <= 100
    ]  # fmt: skip
    if not rows:
        raise LookupError("逐项列示的绩效自评得分")
    best = (max if most else min)(f.value for _, f in rows)
    tied = [(d, f) for d, f in rows if f.value == best]
    if len(tied) != 1:
        raise LookupError(f"唯一{'最高' if most else '最低'}的绩效自评得分（{len(tied)} 个项目并列）")
    doc_id, f = tied[0]
    cell = Candidate(doc_id, (f.row_name,), f.value, "分", table_fact=f)
    word = "最高" if most else "最低"
    # no count of the projects: a table's first row may be read as its header, and a count would be short
    return Figure(f.value, "分", f"绩效自评得分{word}的项目是{f.row_name}", None, (cell.source(),))


# Tables that list items without classification codes, one amount each: their rows are what is ranked
_LISTING_TABLES = frozenset({"政府购买服务", "政府采购"})
# "哪个培训花钱最多", "会议费明细表里列了几个会议": a table titled by what its rows are (培训费明细表)
_LISTED_NOUN = re.compile(r"^哪一?[个项次]([\u4e00-\u9fff]{2,4}?)(?:的|花|钱|金额|预算|支出|费用|最)")
_TITLED_LIST = re.compile(r"^(.{2,12}?)(?:费)?(?:明细|情况)表$")


@dataclass(frozen=True)
class Listing:
    """Which table's rows a ranking or count is over: a kind of table, or a title naming its rows."""

    kind: str | None = None
    noun: str | None = None  # 培训 of 培训费明细表

    def holds(self, f: Fact) -> bool:
        if self.kind is not None:
            return f.table_type == self.kind
        title = _TITLED_LIST.match(re.sub(r"^.*?(?:年|部门|单位)", "", f.table_title))
        return title is not None and self.noun is not None and title.group(1).removesuffix("费") == self.noun


def _listing_table(q: Question, m: re.Match[str] | None, body: str = "") -> Listing | None:
    """The listing table a ranking asks over: named as the table, as the whole its rows make up, or by
    what its rows are ("哪个培训" of a 培训费明细表)."""
    named = q.table_types or set()
    if len(named) == 1 and (kind := next(iter(named))) in _LISTING_TABLES:
        return Listing(kind=kind)
    if m is None:
        noun = _LISTED_NOUN.match(body)
        return Listing(noun=noun.group(1).removesuffix("费")) if noun else None
    whole = clean_item(m.group(1))
    if titled := _TITLED_LIST.match(whole + ("表" if not whole.endswith("表") else "")):
        return Listing(noun=titled.group(1).removesuffix("费"))
    for word, term in synonyms():  # "用财政拨款买的政府服务": 政府购买服务
        whole = whole.replace(word, term) if word in whole and term not in whole else whole
    kind = table_type(f"{whole}表")
    return Listing(kind=kind) if kind in _LISTING_TABLES else None


def _listed_rows(
    engine: Assistant, listing: Listing, doc_ids: list[str], groups: dict[int, Fact] | None = None
) -> tuple[str, list[Fact]]:
    """The rows of the first such table of the disclosure, in its amount column (never its 合计); in
    `groups`, when given, the group row printed above each listed row (its project or class)."""
    for doc in _disclosure_docs(engine, doc_ids):
        facts = [f for f in doc.facts if listing.holds(f) and not f.row_code]
        if not facts:
            continue
        first = min(f.table_index for f in facts)
        cells = [f for f in facts if f.table_index == first]
        column = grand_column(cells)
        rows = [f for f in cells if f.col_index == column and f.row_name and not TOTAL_ROW.match(f.row_name)]
        totals = [f.value for f in cells if f.col_index == column and f.row_name and TOTAL_ROW.match(f.row_name)]
        rows.sort(key=lambda f: f.row_index)
        if len(totals) == 1 and (leaves := leaf_rows([f.value for f in rows], totals[0])):
            if groups is not None:
                above = [max((j for j in range(i) if j not in leaves), default=None) for i in leaves]
                groups.update({rows[i].row_index: rows[j] for i, j in zip(leaves, above, strict=True) if j is not None})
            rows = [rows[i] for i in leaves]  # "服务 110.90" above its items is a group, not a row listed
        if len({f.row_name for f in rows}) >= 2:
            return doc.document.id, rows
    raise LookupError(f"{listing.kind or listing.noun}表中逐项列示的数")


# the heading of a 政府采购 table's part ("三、服务C", "货物类"), and a kind asked of its rows
_PURCHASE_GROUP = re.compile(r"(?:[一二三四五]、)?(货物|服务|工程)类?[A-C]?")
_KIND_ASKED = re.compile(r"哪一?[项个笔](服务|货物|工程)|(服务|货物|工程)类?(?:采购)?(?:里|中|里面|当中|之中)")


def _rank_purchase_projects(engine: Assistant, listing: Listing, body: str, doc_ids: list[str]) -> Figure:
    """The project a 政府采购 table buys most (least) for, where its rows are printed under their projects
    (项目 > 经济分类 > 品目): each project's rows added up; declined when the table names no projects."""
    most = not re.search(r"最少|最低|最小", body)
    doc_id, rows = _listed_rows(engine, listing, doc_ids)
    by_project: dict[str, list[Fact]] = defaultdict(list)
    for f in rows:
        project = f.row_path[0] if len(f.row_path) >= 3 else ""  # 项目 > 经济分类 > 品目, each printed in its row
        if project and not _PURCHASE_GROUP.fullmatch(project) and not UNIT_ROW.search(project):
            by_project[f.row_path[0]].append(f)
    if len(by_project) < 2 or len({f.unit for f in rows}) != 1:
        raise LookupError("政府采购表中按项目列示的数")
    totals = {p: round(sum(f.value for f in cells), 6) for p, cells in by_project.items()}
    best = _pick(list(totals), lambda p: totals[p], most)
    cells = by_project[best]
    formula = None if len(cells) == 1 else " + ".join(format_value(f.value) for f in cells) + f" = {totals[best]:g}"
    sources = tuple(Candidate(doc_id, (f.row_name,), f.value, f.unit, table_fact=f).source() for f in cells)
    word = "最多" if most else "最少"
    label = f"{cells[0].table_title}中采购金额{word}的项目是{best}（共 {len(by_project)} 个项目）"
    return Figure(totals[best], cells[0].unit, label, formula, sources)


def _rank_rows(engine: Assistant, listing: Listing, body: str, doc_ids: list[str]) -> Figure:
    """The largest/smallest row of a listing table."""
    most = not re.search(r"最少|最低|最小", body)
    groups: dict[int, Fact] = {}
    doc_id, rows = _listed_rows(engine, listing, doc_ids, groups)
    rows.sort(key=lambda f: f.row_index)
    # "三、服务C 3139.76" heads the rows after it: a group, never an item of the list
    headed = {f.row_index: h.group(1) for f in rows if (h := _PURCHASE_GROUP.fullmatch(f.row_name))}
    section: dict[int, str] = {}
    for f in rows:
        section[f.row_index] = headed.get(f.row_index) or section.get(max(section, default=-1), "")
    rows = [f for f in rows if f.row_index not in headed]
    if kind := _KIND_ASKED.search(body):
        # "哪一项服务最大", "服务类里哪一项": only the rows that say they are of that kind (their name, the
        # group above them, or the heading of their part of the table)
        said = kind.group(1) or kind.group(2)
        rows = [
            f for f in rows
            if (section.get(f.row_index) == said if headed else said in f.row_name + " ".join(f.row_path))
            or ((g := groups.get(f.row_index)) is not None and said in g.row_name)
        ]  # fmt: skip
        if not rows:
            raise LookupError(f"标明为{said}的采购")
    measure = "金额"
    if _PEOPLE_RANKED.search(body) and rows:  # "哪个培训参加的人最多": the table's 人数 column, not its money
        listed = {f.row_index for f in rows}
        rows = [
            f for f in engine.index.corpus.docs[doc_id].facts
            if f.table_index == rows[0].table_index and f.unit in ("人", "人次") and f.row_index in listed
        ]  # fmt: skip
        if not rows:
            raise LookupError("表中列示的人数")
        measure = "人数"
    best = _pick(rows, lambda f: f.value, most)
    cell = Candidate(doc_id, (best.row_name,), best.value, best.unit, table_fact=best)
    word = "最多" if most else "最少"
    name = best.row_name
    if not best.row_code and len(best.row_path) == 2 and best.row_path[1] == name:
        name = f"{best.row_path[0]}（{name}）"  # "应用软件购建费 信息网络及软件购置更新": its item, then its class
    elif (group := groups.get(best.row_index)) is not None and group.row_label != group.row_name:
        name = f"{group.row_label}（{best.row_name}）"  # "会议服务" under "省委办公厅承办的会议费 会议费"
    return Figure(best.value, best.unit, f"{best.table_title}中{measure}{word}的是{name}", None,
                  (cell.source(),))  # fmt: skip


_LISTED_COUNT = re.compile(
    r"^(.{2,20}?(?:明细|情况))表?(?:里|中|内)?(?:一共|共|总共)?(?:列了|列出|列有|有|安排了|安排)?(?:几|多少|哪些|哪几)"
    r"|^(.{2,20}?(?:明细|情况))表?(?:里|中|内)?(?:[\u4e00-\u9fff]{1,4}?)(?:一共|共|总共)?(?:有|列了)(?:几|多少)"
    r"|^(.{2,20}?(?:明细|情况))表?(?:里|中|内)?的?(?:[\u4e00-\u9fff]{1,4}?)(?:一共|共|总共)(?=多少人|几个人)"
)  # "培训费明细表里列了几项培训", "会议费明细里安排了哪些会议", "培训费明细表里的培训一共多少人参加"


def asks_listed_count(body: str) -> bool:
    return bool(_LISTED_COUNT.match(body))


def count_listed(engine: Assistant, body: str, doc_ids: list[str], condition: Condition | None = None) -> Figure:
    """ "培训费明细表里列了几项培训": the rows of the table the question names by its title; with a
    condition ("超过4万元的培训有几个"), the rows that meet it, each named with its amount."""
    m = _LISTED_COUNT.match(body)
    assert m is not None
    named = m.group(1) or m.group(2) or m.group(3)
    titled = _TITLED_LIST.match(f"{named}表")
    if titled is None:
        raise LookupError(f"“{named}”")
    doc_id, rows = _listed_rows(engine, Listing(noun=titled.group(1).removesuffix("费")), doc_ids)
    cell = Candidate(doc_id, (rows[0].row_name,), rows[0].value, rows[0].unit, table_fact=rows[0])
    title = rows[0].table_title
    if condition is None and _PEOPLE_ASKED.search(body[len(named) :]):  # "…几个培训班一共多少人": the 人数 column
        return _people_listed(engine, doc_id, rows[0])
    if condition is None:
        names = "、".join(f.row_name for f in rows)
        return Figure(float(len(rows)), "项", f"{title}列示的项数（{names}）", None, (cell.source(),))
    year = _year(engine, doc_id)
    met = [f for f in rows if condition.meets(f.value, f.unit, _row_of(engine, doc_id, f), year)]
    names = "、".join(f"{f.row_name} {format_value(f.value)} {f.unit}" for f in met) or "无"
    return Figure(float(len(met)), "项", f"{title}中{condition.said}的项数（{names}）", None, (cell.source(),))


# "会议费明细里那3个会，平均每个多少万元": the rows of a listing table the question names, on average
_LISTED_AVERAGE = re.compile(
    r"^(.{2,20}?(?:明细|情况))表?(?:里|中|内)?的?(?:那|这)?(?:(\d+)\s*[个项场次期笔])?[\u4e00-\u9fff]{0,3}?[，,]?"
    r"(?:平均|均)(?:下来)?每?(?:一)?[个项场次期笔]?(?:会议?|培训|项目)?(?:是|要|花了?)?(?:多少|几)"
)


def asks_listed_average(body: str) -> bool:
    return bool(_LISTED_AVERAGE.match(body))


def average_listed(engine: Assistant, body: str, doc_ids: list[str]) -> Figure:
    """The average amount of the rows a listing table (培训费明细表, 会议费明细表) prints; declined when the asker's
    count of rows is not the table's."""
    m = _LISTED_AVERAGE.match(body)
    assert m is not None
    titled = _TITLED_LIST.match(f"{m.group(1)}表")
    if titled is None:
        raise LookupError(f"“{m.group(1)}”")
    doc_id, rows = _listed_rows(engine, Listing(noun=titled.group(1).removesuffix("费")), doc_ids)
    if m.group(2) and int(m.group(2)) != len(rows):
        raise LookupError(f"{m.group(2)} 项（表中列示 {len(rows)} 项）")
    if len({f.unit for f in rows}) != 1:
        raise LookupError(f"“{m.group(1)}”同一单位的金额")
    total = round(sum(f.value for f in rows), 6)
    value = round(total / len(rows), 2)
    added = " + ".join(format_value(f.value) for f in rows)
    formula = f"（{added}）÷ {len(rows)} = {format_value(value)}"
    sources = tuple(Candidate(doc_id, (f.row_name,), f.value, f.unit, table_fact=f).source() for f in rows)
    return Figure(value, rows[0].unit, f"{rows[0].table_title}所列 {len(rows)} 项的平均金额", formula, sources)


# "哪个培训参加的人最多", "人数最少的会议": ranked by the people a listing table counts
_PEOPLE_RANKED = re.compile(r"(?:人|人数|人次)(?:是)?(?:最多|最少)")
_PEOPLE_ASKED = re.compile(r"(?:多少|几)(?:个)?(?:人|名)(?:次)?(?![员经])")


def _people_listed(engine: Assistant, doc_id: str, first: Fact) -> Figure:
    """The people a listing table counts (培训费明细表's 人数), added up over its rows: declined when the
    table prints no 人数 column."""
    doc = engine.index.corpus.docs[doc_id]
    people = [
        f for f in doc.facts
        if f.table_index == first.table_index and f.unit in ("人", "人次") and f.row_name
        and not TOTAL_ROW.match(f.row_name)
    ]  # fmt: skip
    if not people:
        raise LookupError(f"{first.table_title}的人数")
    if len({f.unit for f in people}) > 1:  # "60人" beside "10人次": people and person-times do not add up
        raise LookupError(f"{first.table_title}中同一计量单位的人数")
    total = sum(f.value for f in people)
    formula = " + ".join(format_value(f.value) for f in people) + f" = {format_value(total)}"
    cells = [Candidate(doc_id, (f.row_name,), f.value, f.unit, table_fact=f).source() for f in people]
    return Figure(total, people[0].unit, f"{first.table_title}所列{len(people)}项的人数合计", formula, tuple(cells))


_SANGONG_PARTS = ("因公出国（境）费", "公务接待费", "公务用车购置及运行费")


def _rank_sangong(engine: Assistant, q: Question, doc_ids: list[str], most: bool) -> Figure:
    """The largest/smallest of the three parts of the “三公”经费, each as the disclosure prints it;
    none when two parts tie for it (出国 0 and 用车 0 are no single answer)."""
    parts, blank = [], []
    for name in _SANGONG_PARTS:
        found = engine.match(name, doc_ids, q)
        if found:
            parts.append((name, found[0]))
        else:
            blank.append(name)
    if blank:  # a part printed blank is 0 when the others make up the printed total
        total = engine.match("三公经费", doc_ids, q)
        if not most or not parts or not total or abs(sum(c.value for _, c in parts) - total[0].value) > 0.01:
            raise LookupError("“三公”经费的各项")
    if len({c.unit for _, c in parts}) != 1:
        raise LookupError("同一单位的“三公”经费各项")
    pick = max if most else min
    name, best = pick(parts, key=lambda p: p[1].value)
    if sum(1 for _, c in parts if c.value == best.value) > 1 or (blank and best.value <= 0):
        raise LookupError(f"唯一的“三公”经费{'最多' if most else '最少'}项")
    word = "最多" if most else "最少"
    listed = "、".join(f"{n} {c.value:g}" for n, c in parts)
    return Figure(best.value, best.unit, f"“三公”经费中{word}的是{name}（{listed} {best.unit}）", None,
                  (best.source(), *(c.source() for _, c in parts if c is not best)))  # fmt: skip


def asks_ranking(body: str) -> bool:
    """The question asks for the largest or smallest of a table's rows, projects or units."""
    return bool(
        _rank_match(body) or _PROJECT_RANK.search(body) or _RANK_OF_TABLE.search(body) or _TOP_N.search(body)
        or _code_level_rank(body) or _unit_rank(body) or asks_change_rank(body)
        or (_top_list(body) is not None and re.search(r"哪|什么|分别", body))
        or (_nth(body) is not None and re.search(r"哪|什么|多少|几", body))
    )  # fmt: skip


# "（…明细表中，）哪个三级目录的预算金额最大": the table named apart from the question's words
_RANK_OF_TABLE = re.compile(
    r"^(?:哪个|哪一个|哪项|哪一项|哪类|哪一类)\S{0,14}?(?:最多|最大|最高|最少|最低|最小)"
    r"|^(?:金额|预算|数额)?(?:最多|最大|最高|最少|最低|最小)的(?:是)?(?:一项|一笔|哪项|哪一项|哪笔)"
)  # "（…采购表里，）金额最大的一项采购是什么"


def asks_unit_count(body: str) -> bool:
    return bool(_UNIT_COUNT.search(body))
