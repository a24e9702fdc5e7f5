"""Figures of one unit of a 汇总 budget, printed in its parent department's tables by unit.

A department that publishes for its subordinate units prints each unit as a row of its 收入总表,
支出总表 and “三公”经费表 ("杭州市公安局交通管理支队 … 1960.35"). A question that names such a unit
("杭州市公安局交通管理支队三公经费多少") is answered from that row — never from the department's own
figures — and only for what the row prints: the unit's whole budget, its 三公 total, or one of its
columns ("公务接待费"); anything else abstains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from rapidfuzz.distance import LCSseq, Levenshtein

from .candidates import TOTAL_ROW, UNIT_ROW, Candidate, grand_column, other_year, plain_label, similarity
from .figures import format_value
from .lexicon import code_names, synonyms
from .model import Fact, Figure
from .tables import PERIOD_ROW

if TYPE_CHECKING:
    from .retrieval import SearchIndex

_BY_UNIT = ("收入总表", "支出总表", "收支总表", "三公经费")
# tables that may list each unit's rows under the unit's own row ("广州市统计普查中心 | 工资福利支出 …")
_UNIT_SECTIONS = (*_BY_UNIT, "一般公共预算基本支出表", "基本支出表", "项目支出表")
# A row that names a unit: an organisation's ending, with its other name in brackets
_BRACKET = re.compile(r"[（(]([^）)]*)[）)]$")


@dataclass(frozen=True)
class NamedUnit:
    """A unit the question names, as its parent's tables print it."""

    doc_ids: tuple[str, ...]
    row_name: str  # as printed ("杭州市气象服务中心（杭州市预警信息发布中心）")
    typed: str  # as the question spells it


_ROWS: WeakKeyDictionary[SearchIndex, dict[str, set[str]]] = WeakKeyDictionary()


def _unit_rows(index: SearchIndex) -> dict[str, set[str]]:
    """Printed unit row -> the documents whose by-unit tables print it (once per loaded index)."""
    rows = _ROWS.get(index)
    if rows is None:
        rows = {}
        # the department itself ("深圳市水务局（本级）", "长春市信访局") is no unit of its own
        own = {_BRACKET.sub("", d.document.organisation) for d in index.corpus.docs.values()}
        classified = set(code_names().values())
        for doc_id, doc in index.corpus.docs.items():
            for f in doc.facts:
                name = _unit_of(f)
                if (
                    f.table_type in _UNIT_SECTIONS
                    and len(name) >= 6
                    and UNIT_ROW.search(name)
                    and not TOTAL_ROW.match(name)
                    and _BRACKET.sub("", name) not in own
                    and not re.search(r"本级|机关", name)
                    and not re.fullmatch(r"[23]\d{2}(?:\d{2}){0,2}", f.row_code or "")
                    and name not in classified
                ):  # fmt: skip  a 科目 row (2100204 中医（民族）医院) is no unit
                    rows.setdefault(name, set()).add(doc_id)
        _ROWS[index] = rows
    return rows


def _unit_of(f: Fact) -> str:
    """The row's name, or the unit a row of one year belongs to ("X中心 | 2026年")."""
    if f.row_path and PERIOD_ROW.fullmatch(f.row_name) and len(f.row_path) >= 2:
        return f.row_path[0]
    return f.row_name or ""


def _this_year(f: Fact, year: int | None) -> bool:
    """Not a row of another year or of the change (a unit printed as 2025年 | 2026年 | 增减变化金额)."""
    if not PERIOD_ROW.fullmatch(f.row_name):
        return True
    return f.row_name.startswith(("本年", "当年")) or (year is not None and f.row_name.startswith(f"{year}年"))


def _last_year(f: Fact, year: int | None) -> bool:
    """A unit's row of last year ("X中心 | 2025年" in a 2026 budget)."""
    return bool(PERIOD_ROW.fullmatch(f.row_name)) and (
        f.row_name.startswith("上年") or (year is not None and f.row_name.startswith(f"{year - 1}年"))
    )


def _spellings(row: str, shortest: int = 8) -> list[str]:
    """ "X中心（Y中心）" may be asked as X中心 or Y中心; "无锡市价格监测认定中心" as 价格监测认定中心."""
    out = [row]
    if m := _BRACKET.search(row):
        out += [row[: m.start()], m.group(1)]
    out = [s for s in out if len(s) >= 6]
    # without its place, a name must stay long enough to be the unit's own (not 气象服务中心), unless the
    # question names the department that prints it
    return list(dict.fromkeys([*out, *(short for s in out if len(short := _PLACE.sub("", s)) >= shortest)]))


_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{1,7}?(?:省|市|区|县))+")
# "…下面的执法监察支队": a unit asked by the end of its name, said as one of the department's own
_EXCEPT = re.compile(r"(?:不含|不包括|除了?|扣除)$")  # "（不含气象服务中心）": a unit left out, not asked
_UNDER = re.compile(r"(?:下属|所属|下面|下辖|底下|旗下)的?$")


def named_unit(question: str, index: SearchIndex, parents: tuple[str, ...] = ()) -> NamedUnit | None:
    """The unit row the question names (exactly, or with one character typed by its sound in a name
    of six or more: 票剧 for 票据, 殡议馆 for 殡仪馆), when exactly one printed row fits best; by a short
    name without its place ("统计普查中心") only in the documents of the department named (`parents`)."""
    found = _rows_named(question, index, parents)
    if not found:
        return None
    best = max(q for q, _ in found.values())
    rows = [r for r, (q, _) in found.items() if q == best]
    if len(rows) > 1:  # one short form of two names ("社保中心"): the name it leaves least of unsaid
        unsaid = {r: len(_PLACE.sub("", _BRACKET.sub("", r))) for r in rows}
        rows = [r for r in rows if unsaid[r] == min(unsaid.values())]
    if len(rows) != 1:
        return None
    row = rows[0]
    return NamedUnit(tuple(sorted(_unit_rows(index)[row])), row, found[row][1])


def own_level_unit(index: SearchIndex, doc_ids: list[str]) -> NamedUnit | None:
    """ "X局本级…" of a budget whose by-unit tables print the department's own row ("深圳市水务局（本级）"):
    that row, when exactly one is printed."""
    rows = {
        _unit_of(f) for d in doc_ids for f in index.corpus.docs[d].facts
        if f.table_type in _BY_UNIT and re.search(r"[（(](?:机关)?本级[)）]$|(?<=局|委|办)本级$", _unit_of(f))
    }  # fmt: skip
    if len(rows) != 1:
        return None
    return NamedUnit(tuple(doc_ids), rows.pop(), "本级")


def named_units(question: str, index: SearchIndex) -> list[NamedUnit]:
    """Two or more units the question names apart ("巡特警支队和刑事侦查支队的三公经费"), in the order
    it names them, when one document prints them all; else none."""
    found = _rows_named(question, index)
    typed = {row: t for row, (_, t) in found.items()}
    apart = [r for r in found if not any(typed[r] != typed[o] and typed[r] in typed[o] for o in found)]
    if len(apart) < 2 or len({typed[r] for r in apart}) != len(apart):
        return []
    docs = set.intersection(*(_unit_rows(index)[r] for r in apart))
    if not docs:
        return []
    apart.sort(key=lambda r: question.find(typed[r]))
    return [NamedUnit(tuple(sorted(docs)), r, typed[r]) for r in apart]


def _rows_named(question: str, index: SearchIndex, parents: tuple[str, ...] = ()) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}  # row -> (quality, typed)
    for row, docs in _unit_rows(index).items():
        for name in _spellings(row, 6 if docs & set(parents) else 8):
            if name in question and not _EXCEPT.search(question[: question.find(name)]):
                found[row] = max(found.get(row, (0, "")), (2 * len(name), _with_place(row, name, question)))
            elif len(name) >= 6:
                for start in (i for i, ch in enumerate(question) if ch == name[0]):
                    typed = question[start : start + len(name)]
                    if typed[-1:] == name[-1] and _homophone_slip(typed, name):
                        found[row] = max(found.get(row, (0, "")), (2 * len(name) - 1, typed))
        if row not in found and (short := _short_form(row, question)):
            found[row] = (2 * len(short) - 2, short)  # "无锡价格认定中心" of 无锡市价格监测认定中心
        if parents and not docs & set(parents):
            continue  # "福州医保局下面的基金中心": a unit of the department named, not of another
        if row not in found and (tail := _said_under(row, question) or _said_after_parent(row, question, index)):
            found[row] = (2 * len(tail) - 1, tail)
    return found


def _short_form(row: str, question: str) -> str | None:
    """The unit's name said short, its place first ("无锡价格认定中心" of 无锡市价格监测认定中心): six characters or
    more that begin and end as the name does and are all its own, in order, leaving out at most three."""
    whole = _BRACKET.sub("", row)
    if len(whole) < 8:
        return None
    for start in (i for i, ch in enumerate(question) if ch == whole[0]):
        for end in range(start + 6, min(len(question), start + len(whole) - 1) + 1):
            typed = question[start:end]
            if (
                typed[-1] == whole[-1]
                and len(whole) - len(typed) <= 3
                and LCSseq.similarity(typed, whole) == len(typed)
            ):
                return typed
    return None


def _with_place(row: str, name: str, question: str) -> str:
    """The name as typed with the place before it, with or without its level ("杭州公安局巡特警支队" of
    "杭州市公安局巡特警支队"): all of it is the unit's name, none of it the item."""
    place = row[: len(row) - len(name)] if row.endswith(name) else ""
    at = question.find(name)
    for said in (place, re.sub(r"(?:省|市|区|县)$", "", place)):
        if said and question[max(0, at - len(said)) : at] == said:
            return said + name
    # the end of what was read as its place, said before it ("…下面的中心区交通项目管理中心")
    for k in range(len(place) - 1, 1, -1):
        if question[max(0, at - k) : at] == place[-k:]:
            return place[-k:] + name
    return name


def _said_under(row: str, question: str) -> str | None:
    """The end of the unit's name (six characters or more) said right after 下属的/下面的, or a short
    form of it said there: the name's own characters in order, ending as it ends ("气象台" of
    广州市气象台, "驾考中心" of 杭州市机动车驾驶员考试服务中心)."""
    whole = _BRACKET.sub("", row)
    name = _PLACE.sub("", whole)
    for start in range(len(whole) - 5):  # "中心区交通项目管理中心" of 广州市中心区…: 中心区 is no place said
        tail = whole[start:]
        at = question.find(tail)
        if at > 0 and _UNDER.search(question[:at]):
            return tail
    for under in re.finditer(r"(?:下属|所属|下面|下辖|底下|旗下)的?", question):
        if said := _short_said_at(name, question, under.end()):
            return said
    return None


def _short_said_at(name: str, question: str, at: int) -> str | None:
    """A short form of the unit's name (without its place) typed at `at`: its own characters in order,
    ending as it ends ("执法监察支队" of 安全生产执法监察支队, "交警支队" of 交通管理支队)."""
    typed = question[at : at + len(name)]
    said, shift = typed, 0
    for word, printed in _EVERYDAY_UNIT_WORDS.items():  # "交警支队": 交通管理支队, as units are named
        if typed.startswith(word):
            said, shift = printed + typed[len(word) :], len(printed) - len(word)
    for end in range(len(said), 2 + shift, -1):
        short = said[:end]
        if short[-1] == name[-1] and short[-2:] == name[-2:] and _in_order(short, name):
            return typed[: end - shift]  # as the question types it
    return None


# everyday words for the police units whose printed names share none of their characters
_EVERYDAY_UNIT_WORDS = {"交警": "交通管理", "网警": "网络安全保卫"}


def _in_order(short: str, name: str) -> bool:
    """Every character of the short form is in the name, in order."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def _said_after_parent(row: str, question: str, index: SearchIndex) -> str | None:
    """ "杭州公安局2026年巡特警支队…" of the row "杭州市公安局巡特警支队": the unit's own words (four
    characters or more) after the department's name, which the question says before them."""
    from .scope import aliases

    for doc_id in _unit_rows(index)[row]:
        parent = _BRACKET.sub("", index.corpus.docs[doc_id].document.organisation)
        tail = _BRACKET.sub("", row).removeprefix(parent)
        if tail == _BRACKET.sub("", row) or len(tail) < 4 or (at := question.find(tail)) <= 0:
            continue
        if any(a in question[:at] for a in aliases(parent)):
            return tail
    # "西安市安监局执法监察支队": a short form of the unit's own words right after the department's name
    name = _PLACE.sub("", _BRACKET.sub("", row))
    for doc_id in _unit_rows(index)[row]:
        for alias in aliases(_BRACKET.sub("", index.corpus.docs[doc_id].document.organisation)):
            for m in re.finditer(rf"{re.escape(alias)}(?:20\d{{2}}年度?)?(?:下面|下属|所属|底下)?的?", question):
                if said := _short_said_at(name, question, m.end()):
                    return said
    return None


def _homophone_slip(typed: str, name: str) -> bool:
    """One character typed as another that sounds the same (票剧 for 票据): the slip of a pinyin
    keyboard. Another sound is another name (油城分局 is not 鲤城分局)."""
    from pypinyin import lazy_pinyin

    if len(typed) != len(name) or Levenshtein.distance(typed, name) != 1:
        return False
    a, b = next((x, y) for x, y in zip(typed, name, strict=True) if x != y)
    return lazy_pinyin(a) == lazy_pinyin(b)


_WHOLE = re.compile(r"^(?:部门|单位)?(?:的)?(?:预算|收入|支出|收支)?(?:预算)?(?:总额|总计|合计|总数|规模)?$")


def _columns_naming(item: str, cells: list[tuple[str, Fact]]) -> list[tuple[float, str, Fact]]:
    """The unit's cells whose column names the item closely, best first."""
    scored = sorted(
        ((max(similarity(item, x) for x in _column_items(f)), doc_id, f) for doc_id, f in cells if f.column_path),
        key=lambda x: -x[0],
    )
    return [s for s in scored if s[0] >= 0.75]


def unit_figure(index: SearchIndex, unit: NamedUnit, item: str, last_year: bool = False) -> Figure:
    """The unit's figure for the item from its own row: its whole budget (收入总表's or 支出总表's
    grand column), its “三公”经费 total, or the one column of its row the item names; last year's when
    the unit is printed as rows of each year ("X中心 | 2025年 | 2026年 | 增减")."""
    try:
        doc_id, fact, label = _unit_cell(index, unit, item, last_year)
    except LookupError:
        if (project := re.sub(r"(?<=..)(?:这个|这一)?项目(?:的)?(?:经费|资金)?$", "", item)) == item:
            raise
        doc_id, fact, label = _unit_cell(index, unit, project, last_year)  # "执法办案项目": the project 执法办案
    source = Candidate(doc_id, (unit.row_name,), fact.value, fact.unit, table_fact=fact).source()
    when = fact.row_name if last_year else ""  # "X中心2025年“三公”经费": last year's row says its year
    return Figure(fact.value, fact.unit, f"{unit.row_name}{when}{label}", None, (source,))


def unit_share(index: SearchIndex, unit: NamedUnit, item: str) -> Figure:
    """ "X中心预算占部门预算总额的比重": the unit's cell over the 合计 of the same table and column."""
    doc_id, fact, label = _unit_cell(index, unit, item, False)
    totals = [
        f for f in index.corpus.docs[doc_id].facts
        if f.table_index == fact.table_index and f.col_index == fact.col_index and TOTAL_ROW.match(f.row_name)
        and f.row_name and f.value > 0
    ]  # fmt: skip
    if not totals or fact.row_index == totals[0].row_index:
        raise LookupError(f"{unit.row_name}所在表的合计")
    total = totals[0]
    value = round(fact.value / total.value * 100, 2)
    part = Candidate(doc_id, (unit.row_name,), fact.value, fact.unit, table_fact=fact).source()
    whole = Candidate(doc_id, (total.row_name,), total.value, total.unit, table_fact=total).source()
    formula = f"{format_value(fact.value)} ÷ {format_value(total.value)} × 100% = {value:.2f}%"
    return Figure(value, "%", f"{unit.row_name}{label}占{total.table_title}合计的比例", formula, (part, whole))


def _own_level_rows(index: SearchIndex, unit: NamedUnit) -> set[tuple[str, int, int]]:
    """(document, table, row) of the office's own level printed under its bare name, below a 合计 row of
    its own (" 湖州市财政局 7.50" under "合计 9.30"), for the unit "X（本级）" read from another table."""
    bare = re.sub(r"[（(](?:机关)?本级[)）]$", "", unit.row_name)
    if unit.typed != "本级" or bare == unit.row_name:
        return set()
    rows = set()
    for doc_id in unit.doc_ids:
        facts = index.corpus.docs[doc_id].facts
        totals = {f.table_index for f in facts if TOTAL_ROW.match(f.row_name)}
        totals -= {f.table_index for f in facts if f.row_name == unit.row_name}  # it prints the own level by name
        whole = {(f.table_index, f.col_index, f.value) for f in facts if TOTAL_ROW.match(f.row_name)}
        named = [f for f in facts if f.row_name == bare and f.table_index in totals]
        # the department's own row repeats the 合计 in every column (a 汇总 row); its own level's does not
        differs = {(f.table_index, f.row_index) for f in named if (f.table_index, f.col_index, f.value) not in whole}
        rows |= {(doc_id, f.table_index, f.row_index) for f in named if (f.table_index, f.row_index) in differs}
    return rows


def _unit_cell(index: SearchIndex, unit: NamedUnit, item: str, last_year: bool) -> tuple[str, Fact, str]:
    if glossed := re.fullmatch(r"(.{2,}?)[（(]([^（）()]{1,10}(?:费|支出|经费|资金|收入|补贴|补助))[)）]", item):
        # "租房子的钱（租赁费）": the term in brackets, else the asker's own words
        for said in (glossed.group(2), glossed.group(1)):
            try:
                return _unit_cell(index, unit, said, last_year)
            except LookupError:
                pass
    own = _own_level_rows(index, unit)
    cells = [
        (doc_id, f) for doc_id in unit.doc_ids for f in index.corpus.docs[doc_id].facts
        if (_unit_of(f) == unit.row_name or (doc_id, f.table_index, f.row_index) in own)
        and f.table_type in _BY_UNIT and f.unit not in ("", "%")
        and (
            _last_year(f, index.corpus.docs[doc_id].document.year) if last_year
            else _this_year(f, index.corpus.docs[doc_id].document.year)
            and not other_year(f, index.corpus.docs[doc_id].document.year)
        )
    ]  # fmt: skip
    if last_year and not cells:
        raise LookupError(f"{unit.row_name}上年的“{item}”")
    plain = re.sub(r"[“”\"]", "", item)
    if _WHOLE.match(plain):
        kinds = ("收入总表", "收支总表", "支出总表") if "收入" in plain else ("支出总表", "收支总表", "收入总表")
        chosen = _grand(cells, kinds)
        label = "收入预算" if "收入" in plain else "预算总额"
    elif re.fullmatch(r"(?:一般公共预算|财政拨款)?(?:安排的?)?三公经费(?:预算|支出)?(?:合计|总额)?", plain):
        chosen, label = _sangong_total(cells), "“三公”经费"
    else:
        good = _columns_naming(plain, cells)
        for word, term in synonyms() if not good else ():  # "公车运行维护费": the column's own words
            if word in plain and term not in plain and (good := _columns_naming(plain.replace(word, term), cells)):
                break
        side = "收入" if plain.endswith("收入") else "支出" if plain.endswith("支出") else None
        if side and (sided := [s for s in good if side in s[2].table_type + (s[2].side or "")]):
            good = sided  # "政府性基金预算收入": the income table's column of that fund, not the spending's
        tied = [s for s in good if s[0] == good[0][0]]
        # the item in columns by fund (一般公共预算 | 政府性基金 | 国有资本经营): one of them, the rest 0
        nonzero = {s[2].value for s in tied if s[2].value} or {0.0}
        best = next((s for s in tied if s[2].value in nonzero), None)
        chosen = (best[1], best[2]) if best and len(nonzero) == 1 else None
        label = plain
    if chosen is None and (measure := _MEASURE.fullmatch(plain)):  # the unit's row of the 基本支出表
        tables = _MEASURE_TABLES[measure.group(1)]
        rows = [
            (doc_id, f) for doc_id in unit.doc_ids for f in index.corpus.docs[doc_id].facts
            if f.table_type in tables and _unit_of(f) == unit.row_name and f.unit in ("元", "万元", "亿元")
            and not other_year(f, index.corpus.docs[doc_id].document.year)
        ]  # fmt: skip
        chosen, label = _grand(rows, tables), measure.group(1)
    if chosen is None and not _WHOLE.match(plain) and (chosen := _in_section(index, unit, plain)):
        label = chosen[1].row_name  # as printed (the question may misspell it)
    if chosen is None:
        raise LookupError(f"{unit.row_name}的“{item}”")
    return chosen[0], chosen[1], label


def _in_section(index: SearchIndex, unit: NamedUnit, item: str) -> tuple[str, Fact] | None:
    """The item's row in the unit's own section of a table that lists each unit's rows under it
    ("125003 西安市安全生产执法监察支队" then "30214 租赁费 107.00"), in the row's grand column."""
    found: list[tuple[float, str, Fact]] = []
    for doc_id in unit.doc_ids:
        year = index.corpus.docs[doc_id].document.year
        tables: dict[int, dict[int, list[Fact]]] = {}
        for f in index.corpus.docs[doc_id].facts:
            if f.unit in ("元", "万元", "亿元") and not other_year(f, year):
                tables.setdefault(f.table_index, {}).setdefault(f.row_index, []).append(f)
        for rows in tables.values():
            for cells in rows.values():  # "杭州市公安局监所管理支队 | 被监管人员生活保障及改造 | 5,870.33": the
                first = cells[0]  # unit printed beside each of its rows
                if len(first.row_path) >= 2 and first.row_path[0] == unit.row_name:
                    sim = similarity(item, plain_label(first.row_name))
                    if sim >= 0.8:
                        column = grand_column(cells)
                        found += [(sim, doc_id, f) for f in cells if f.col_index == column]
            starts = [r for r, cells in rows.items() if _unit_of(cells[0]) == unit.row_name]
            if len(starts) != 1:
                continue
            for r in sorted(x for x in rows if x > starts[0]):
                first = rows[r][0]
                if TOTAL_ROW.match(first.row_name) or (
                    UNIT_ROW.search(first.row_name) and not re.match(r"[23]\d{2}", first.row_code or "")
                ):
                    break  # the next unit's section
                # the row's name, or near it: a slip of one character ("机防电耗" for 机房电耗)
                sim = 1.0 if item == first.row_code else similarity(item, plain_label(first.row_name))
                if sim >= 0.8:
                    column = grand_column(rows[r])
                    found += [(sim, doc_id, f) for f in rows[r] if f.col_index == column]
    best = [(d, f) for sim, d, f in found if sim == max(x[0] for x in found)]
    return best[0] if len({f.value for _, f in best}) == 1 else None


# "X中心基本支出": a department that prints its 基本支出表 or 项目支出表 by unit prints the unit's total there
_MEASURE = re.compile(r"(基本支出|项目支出)(?:预算)?(?:合计|总额|总计)?")
_MEASURE_TABLES = {
    "基本支出": ("基本支出表", "一般公共预算基本支出表"),
    "项目支出": ("项目支出表",),
}
_FUND_COLUMN = re.compile(r"一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|财政拨款|小计|合计|总计")


def _column_items(f: Fact) -> list[str]:
    """What a column holds, and a fund's column said with its table's side ("政府性基金预算收入")."""
    items = [_column_item(f)]
    side = "收入" if "收入" in f.table_type else "支出" if "支出" in f.table_type else ""
    if side and _FUND_COLUMN.fullmatch(f.column_path[-1]) and not f.column_path[-1].endswith(side):
        items.append(f.column_path[-1] + side)
    return items


def _column_item(f: Fact) -> str:
    """What a column holds: its most detailed header that is not a fund or a total
    ("公务用车运行维护费 > 一般公共预算" holds 公务用车运行维护费)."""
    return next((c for c in reversed(f.column_path) if not _FUND_COLUMN.fullmatch(c)), f.column_path[-1])


def _sangong_total(cells: list[tuple[str, Fact]]) -> tuple[str, Fact] | None:
    """The unit's “三公” total: the 小计 under a “三公” header when the table groups 会议费 and 培训费 beside
    it (its 合计 holds them too), else the grand column."""
    row = [(d, f) for d, f in cells if f.table_type == "三公经费"]
    under = [
        (d, f) for d, f in row
        if any("三公" in c for c in f.column_path[:-1]) and re.fullmatch(r"小计|合计", f.column_path[-1])
    ]  # fmt: skip
    if under:
        return min(under, key=lambda x: len(x[1].column_path))
    if any(re.search(r"会议费|培训费", c) for _, f in row for c in f.column_path):
        return None  # no “三公” subtotal: the grand total is not the “三公” figure
    return _grand(cells, ("三公经费",))


def _grand(cells: list[tuple[str, Fact]], kinds: tuple[str, ...]) -> tuple[str, Fact] | None:
    """The unit's cell in the grand-total column of the first table of these kinds that prints it."""
    for kind in kinds:
        row = [(d, f) for d, f in cells if f.table_type == kind]
        if row:
            column = grand_column([f for _, f in row])
            return min(((d, f) for d, f in row if f.col_index == column), key=lambda x: x[1].table_index)
    return None


_LISTED: WeakKeyDictionary[SearchIndex, dict[str, set[str]]] = WeakKeyDictionary()
# "纳入…部门预算编制范围的二级预算单位包括：1.烟台市民政局 2.…3.中国烟台SOS儿童村": units its tables do not print
_UNITS_LISTED = re.compile(r"(?:预算单位|下属单位|所属单位|编制范围)[^。：:]{0,12}?(?:包括|有|为)[:：]")
_LISTED_NAME = re.compile(
    r"\d{1,2}[.、．]\s*([\u4e00-\u9fffA-Za-z（）()]{4,30}?(?:局|委|办|办公室|院|中心|站|所|馆|会|处|队|村|校|园|社))"
    r"(?=\s*\d{1,2}[.、．]|[\s。；;，,]|$)"
)


def listed_units(index: SearchIndex) -> dict[str, set[str]]:
    """Units a department's 说明 lists by name ("二级预算单位包括：1.… 3.中国烟台SOS儿童村") but no table prints by
    row: name -> the parent documents. Such a unit has no figures of its own; only what the parent prints of it."""
    listed = _LISTED.get(index)
    if listed is None:
        listed = {}
        printed = _unit_rows(index)
        own = {_BRACKET.sub("", d.document.organisation) for d in index.corpus.docs.values()}
        for doc_id, doc in index.corpus.docs.items():
            for p in doc.passages:
                said = _UNITS_LISTED.search(p.text)
                if not said:
                    continue
                for m in _LISTED_NAME.finditer(p.text[said.end() : said.end() + 600]):
                    name = m.group(1)
                    if name not in own and name not in printed and not re.search(r"本级|机关", name):
                        listed.setdefault(name, set()).add(doc_id)
        _LISTED[index] = listed
    return listed


def listed_unit_named(question: str, index: SearchIndex) -> tuple[str, str, tuple[str, ...]] | None:
    """The listed unit the question names (whole, or by the end of its name of four characters or more:
    "SOS儿童村"), as (printed name, typed words, parent documents), when one such unit fits."""
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for name, parents in listed_units(index).items():
        bare = re.sub(r"^(?:中国)?[\u4e00-\u9fff]{2,3}?(?:省|市|区|县)", "", name)
        latin = re.search(r"[A-Za-z].{3,}$", name)  # "SOS儿童村" of 中国烟台SOS儿童村
        for typed in dict.fromkeys((name, bare, re.sub(r"^中国", "", name), latin.group(0) if latin else name)):
            if len(typed) >= 4 and typed in question:
                found[name] = (typed, tuple(sorted(parents)))
                break
    if len(found) != 1:
        return None
    ((name, (typed, docs)),) = found.items()
    return name, typed, docs
