"""Rankings by change ("哪个科目比上年增加最多", "增幅最大的是哪一项", "“三公”经费里哪项减少最多").

Ranking by this year's amount when the question ranks by its change would be a confidently wrong
answer, so a question that names a change is answered only from changes the disclosure prints:
a table's 上年 or 增减 column, row by row, or the 说明's item-by-item account ("行政运行（项）支出
2342 万元，比上年增加 27.86 万元"). The text is used only when it states a change for every row of
the table it describes: a partial account would rank only what it chose to mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from .candidates import TOTAL_ROW, Candidate, grand_column, period
from .conditions import row_change
from .figures import format_value
from .model import Fact, Figure, Source, TextFact
from .question import Question

if TYPE_CHECKING:
    from .answer import Assistant

# "增加最多", "增幅最大", "增长最快", "减少最多", "降幅最大", "变化最大" (the change, not the amount)
_CHANGE_RANK = re.compile(
    r"(增加|增长|增|涨|上升|提高|减少|下降|降低|压减|减|降|变化|变动)了?的?(额|幅|幅度|率|比例|金额|数额|得)?"
    r"最(多|大|快|高|明显|厉害)"
)
_UP = ("增加", "增长", "增", "涨", "上升", "提高")
_SANGONG_PARTS = ("因公出国（境）费", "公务用车购置及运行维护费", "公务接待费")
_LEVEL_WORDS = (("类", 3), ("款", 5))
# the subject of a 说明 sentence on one 科目: "审计事务（款）行政运行（项）支出", "一般公共服务支出（类）支出"
_ITEM = {
    7: re.compile(r"([^（）()]+)[（(]项[)）](?:支出)?(?:预算|决算)?数?$"),
    5: re.compile(r"([^（）()]+)[（(]款[)）](?:支出)?(?:预算|决算)?数?$"),
    3: re.compile(r"([^（）()]+)[（(]类[)）](?:支出)?(?:预算|决算)?数?$"),
}
_CODED = re.compile(r"[（(](2\d{2}|2\d{4}|2\d{6})[)）](?:支出)?(?:预算|决算)?数?$")
_YUAN = {"元": 1.0, "万元": 1e4, "亿元": 1e8}
# an item new this year: "较上年不可比，上年基数为零" — its change is its whole amount, its rate none
_FROM_NOTHING = re.compile(
    r"不可比[^。；;]{0,8}?(?:上年|去年)(?:的)?(?:基数|预算数?|数)?(?:为|是)(?:零|0)(?![.\d])"
    r"|(?:此项|该项)?(?:支出)?(?:是|为|属于?)(?:今年|本年|当年|本年度)?新增(?:的)?(?:支出|项目|科目)"
)
_CLASSIFICATION_TABLES = ("一般公共预算支出表", "财政拨款支出表", "支出总表")


@dataclass(frozen=True)
class _Change:
    """One ranked item: its name, this year's amount, its change and where each was read."""

    name: str
    current: float
    change: float
    unit: str
    sources: tuple[Source, ...]

    @property
    def prior(self) -> float:
        return round(self.current - self.change, 6)

    @property
    def rate(self) -> float | None:
        return None if self.prior <= 0 else self.change / self.prior * 100


def _signed(v: float) -> str:
    return ("+" if v >= 0 else "−") + format_value(abs(v))


def asks_change_rank(body: str) -> bool:
    """The question ranks items by their change from last year, not by their amount."""
    m = _CHANGE_RANK.search(body)  # "…哪个科目减少最多", "减少最多的项级科目减了多少"
    return m is not None and bool(re.search(r"哪|什么", body) or body.startswith("的", m.end()))


def rank_changes(engine: Assistant, q: Question, body: str, doc_id: str, doc_ids: list[str]) -> Figure:
    """The item whose change is the largest increase, decrease or either, or its rate; LookupError
    when the disclosure does not print a change for every item ranked."""
    m = _CHANGE_RANK.search(body)
    assert m is not None
    direction = "up" if m.group(1) in _UP else "either" if m.group(1) in ("变化", "变动") else "down"
    by_rate = (m.group(2) or "") in ("幅", "幅度", "率", "比例") or m.group(3) == "快"
    if re.search(r"(?<!项目)项目(?!支出)|经济分类", body):
        raise LookupError("逐项列示上年数的项目")
    unseen: float | None = 0.0
    if "三公" in body:
        items = _sangong(engine, q, doc_ids)
    else:
        items = _classification(engine, body, doc_id)
        unseen = _unseen_fall(engine, doc_id, items)
    new = 0  # items with nothing last year: no rate to rank ("上年基数为零")
    if by_rate:
        new = sum(c.rate is None for c in items)
        items = [c for c in items if c.rate is not None]
    key = (lambda c: c.rate or 0.0) if by_rate else (lambda c: c.change)
    if direction == "up":
        chosen = [c for c in items if c.change > 0]
        best = max(chosen, key=key, default=None)
    elif direction == "down":
        chosen = [c for c in items if c.change < 0]
        best = min(chosen, key=key, default=None)
    else:
        chosen = items
        best = max(chosen, key=lambda c: abs(key(c)), default=None)
    if best is None:
        word = "增加" if direction == "up" else "减少" if direction == "down" else "变化"
        raise LookupError(f"比上年{word}的科目")
    if best.change < 0 and (unseen is None or (unseen > 0 and abs(best.change) <= unseen)):
        # a 科目 on last year's list and not on this year's may have fallen more
        raise LookupError("与总数增减相符的逐项增减（有的科目上年有、今年没有）")
    if best.change > 0 and unseen is not None and unseen < 0 and best.change <= -unseen:
        raise LookupError("与总数增减相符的逐项增减")  # the total rose more than the items listed
    ties = [c for c in chosen if key(c) == key(best)]
    if len(ties) > 1:
        raise LookupError(f"唯一的变化最大的一项（{'、'.join(c.name for c in ties)}并列）")
    word = "增加" if best.change > 0 else "减少"
    signed = direction == "either"
    formula = f"{format_value(best.current)} − {format_value(best.prior)} = {_signed(best.change)}"
    moved = f"{word} {format_value(abs(best.change))} {best.unit}，共比较 {len(items)} 项"
    if new:
        moved += f"；另有 {new} 项上年为零，无增幅可比"
    if by_rate:
        assert best.rate is not None
        rate = round(best.rate, 2)
        value = rate if signed or direction == "up" else -rate
        formula += f"；{_signed(best.change)} ÷ {format_value(best.prior)} × 100% = {best.rate:+.2f}%"
        label = f"比上年{'增幅' if best.change > 0 else '降幅'}最大的是{best.name}（{moved}）"
        return Figure(value, "%", label, formula, best.sources)
    value = best.change if signed else abs(best.change)
    return Figure(value, best.unit, f"比上年{word}最多的是{best.name}（{moved}）", formula, best.sources)


def _unseen_fall(engine: Assistant, doc_id: str, items: list[_Change]) -> float | None:
    """How much the 科目 on no list of this year's rows fell in all (a 科目 budgeted last year and not this
    year): the items' changes less the change the text states for their total; 0 when they add up, None
    when no total's change is stated, negative when the total rose more than its items."""
    units = {c.unit for c in items}
    if len(units) != 1:
        raise LookupError("同一单位的逐项增减")
    unit = units.pop()
    values, changes = sum(c.current for c in items), sum(c.change for c in items)
    room = 0.011 * len(items)
    said = [
        t for doc in engine.disclosure(doc_id) for t in engine.index.corpus.docs[doc].text_facts
        if t.change is not None and t.unit in _YUAN and (t.change_unit or t.unit) in _YUAN
    ]  # fmt: skip
    moved = {id(t): (t.change or 0.0) * _YUAN[t.change_unit or t.unit] / _YUAN[unit] for t in said}
    if any(t.value is None and abs(moved[id(t)] - changes) <= room for t in said):
        return (
            0.0  # a total's change said without its amount ("财政拨款收、支总计各减少 5,419.13 万元"), exactly theirs
        )
    totals = [
        moved[id(t)]
        for t in said
        if t.value is not None and abs(t.value * _YUAN[t.unit] / _YUAN[unit] - values) <= room
    ]
    if not totals:
        return None
    missing = totals[0] - changes
    if abs(missing) <= room:
        return 0.0
    # the total rose more than its items: rows not read (no 科目 missing this year can have risen), each
    # less than the gap, or a misprint; negative, so that only a rise no larger than it is in doubt
    return -missing


def _classification(engine: Assistant, body: str, doc_id: str) -> list[_Change]:
    """The 功能分类 类, 款 or 项 with their changes: from a table that prints last year's amount or the
    change for each row, else from the 说明 when it accounts for every row of the table."""
    level = next(
        (digits for word, digits in _LEVEL_WORDS if re.search(rf"{word}(?:级|科目|支出)|哪一?{word}", body)), 7
    )
    facts = engine.index.corpus.docs[doc_id].facts
    year = engine.index.corpus.docs[doc_id].document.year
    named = [k for k in _CLASSIFICATION_TABLES if k.removesuffix("支出表") in body]  # "一般公共预算功能科目里"
    missing: LookupError = LookupError("按功能分类列示的科目")
    for kind in named[:1] or _CLASSIFICATION_TABLES:  # unnamed: the first table whose rows the text accounts for
        rows = [
            f for f in facts
            if f.table_type == kind and len(f.row_code or "") == level and (f.row_code or "")[0] == "2"
        ]  # fmt: skip
        if not rows:
            continue
        column = grand_column([f for f in rows if period(f.column_path[0], year) in (None, "current")])
        # the column by its name: a table's pages may place it at another index (one column fewer on a page)
        path = next((f.column_path for f in rows if f.col_index == column), ())
        current = [f for f in rows if f.column_path == path and f.unit not in ("", "%")]
        changes = [_from_table(doc_id, f, rows, year) for f in current]
        if current and all(changes):
            return [c for c in changes if c]
        if current:
            try:
                return _from_text(engine, doc_id, current, level)
            except LookupError as e:
                missing = e
    if not any(len(f.row_code or "") == level for f in facts):  # tables that print names only
        return _text_alone(engine, doc_id, level)
    raise missing


def _text_alone(engine: Assistant, doc_id: str, level: int) -> list[_Change]:
    """The 说明's item-by-item account where the tables print no codes to tie it to: taken as the whole
    list only when its amounts add up to the 一般公共预算 spending total the tables print."""
    items: dict[str, TextFact] = {}
    for doc in engine.disclosure(doc_id):
        for t in engine.index.corpus.docs[doc].text_facts:
            if t.change is None or t.value is None or t.change_unit not in (None, t.unit) or t.unit not in _YUAN:
                continue
            if m := _ITEM[level].search(t.subject):
                name = re.split(r"[（(][类款][)）]", m.group(1))[-1]
                if name in items and (items[name].value, items[name].change) != (t.value, t.change):
                    raise LookupError("逐项说明比上年增减的科目")
                items.setdefault(name, t)
    units = {t.unit for t in items.values()}
    if len(items) < 2 or len(units) != 1:
        raise LookupError("逐项说明比上年增减的科目")
    unit = units.pop()
    total = sum(t.value or 0.0 for t in items.values()) * _YUAN[unit]
    printed = [
        f.value * _YUAN[f.unit] for f in engine.index.corpus.docs[doc_id].facts
        if f.table_type == "一般公共预算支出表" and TOTAL_ROW.match(f.row_name) and f.row_name and f.unit in _YUAN
    ]  # fmt: skip
    if not any(abs(total - p) <= 0.01 * len(items) * _YUAN[unit] for p in printed):
        raise LookupError("逐项说明比上年增减的全部科目")  # a partial account ranks only what it chose to say
    return [
        _Change(name, t.value or 0.0, t.change or 0.0, unit, (Source(doc_id, t.page, None, t.subject, None),))
        for name, t in items.items()
    ]


def _from_table(doc_id: str, cell: Fact, rows: list[Fact], year: int | None) -> _Change | None:
    row = [f for f in rows if f.table_index == cell.table_index and f.row_index == cell.row_index]
    try:
        change = row_change(cell.value, row, year)
    except LookupError:
        return None
    name = " ".join(x for x in (cell.row_code, cell.row_name) if x)
    source = Candidate(doc_id, (cell.row_name,), cell.value, cell.unit, table_fact=cell).source()
    return _Change(name, cell.value, round(change, 6), cell.unit, (source,))


def _from_text(engine: Assistant, doc_id: str, rows: list[Fact], level: int) -> list[_Change]:
    """Each row's change as the 说明 states it, only when it states one (and one only) for every row."""
    stated: dict[str, list[TextFact]] = {}  # by name, and by code when the text gives it ("事业单位医疗（2101102）")
    for doc in engine.disclosure(doc_id):
        for t in engine.index.corpus.docs[doc].text_facts:
            if t.change is None and t.value is not None and _FROM_NOTHING.search(t.sentence):
                t = replace(t, change=t.value, change_unit=t.unit)  # "较上年不可比，上年基数为零": all of it new
            if t.change is None or t.value is None or t.change_unit not in (None, t.unit):
                continue
            if m := _ITEM[level].search(t.subject):
                stated.setdefault(re.split(r"[（(][类款][)）]", m.group(1))[-1], []).append(t)
            elif (m := _CODED.search(t.subject)) and len(m.group(1)) == level:
                stated.setdefault(m.group(1), []).append(t)
    out = []
    for f in rows:
        accounts = stated.get(f.row_code or "", stated.get(f.row_name, []))
        if not accounts:  # "一般行政事务管理" said of the row "一般行政管理事务": a slip, with the row's amount
            accounts = [
                t for name, said in stated.items()
                if sorted(name) == sorted(f.row_name) or fuzz.ratio(name, f.row_name) >= 80
                for t in said
                if t.unit in _YUAN and f.unit in _YUAN
                and abs((t.value or 0.0) * _YUAN[t.unit] - f.value * _YUAN[f.unit]) <= 0.011 * _YUAN[t.unit]
            ]  # fmt: skip
        said = {(t.value or 0.0, t.change, t.unit) for t in accounts}
        if len(said) != 1:
            raise LookupError("逐项说明比上年增减的科目")
        value, change, unit = next(iter(said))
        if (
            unit not in _YUAN
            or f.unit not in _YUAN
            or abs(value * _YUAN[unit] - f.value * _YUAN[f.unit]) > 0.011 * _YUAN[unit]
        ):
            raise LookupError("逐项说明比上年增减的科目")  # not the table's 口径
        t = accounts[0]
        name = " ".join(x for x in (f.row_code, f.row_name) if x)
        table = Candidate(doc_id, (f.row_name,), f.value, f.unit, table_fact=f).source()
        text = Source(doc_id, t.page, None, t.subject, None)
        out.append(_Change(name, value, change or 0.0, unit, (table, text)))
    if len({c.unit for c in out}) > 1:
        raise LookupError("同一单位的逐项增减")
    return out


def _sangong(engine: Assistant, q: Question, doc_ids: list[str]) -> list[_Change]:
    """The three parts of the “三公” 经费 (出国, 公务用车购置及运行维护, 接待) with their changes, each as an
    item asked alone would find it: a sentence's change, or a table's 上年 or 增减 column."""
    from .answer import _with_change  # the one reading of an item's change (answer imports this module)

    out = []
    for part in _SANGONG_PARTS:
        try:
            c = _with_change(engine, part, doc_ids, q)
        except LookupError:
            raise LookupError("逐项列示比上年增减的“三公”经费") from None
        t = c.text_fact
        assert t is not None and t.change is not None
        unit = t.change_unit or c.unit
        if unit not in _YUAN or c.unit not in _YUAN:
            raise LookupError("逐项列示比上年增减的“三公”经费")
        change = round(t.change * _YUAN[unit] / _YUAN[c.unit], 6)
        out.append(_Change(part, c.value, change, c.unit, c.sources()))
    if len({c.unit for c in out}) > 1:
        raise LookupError("同一单位的“三公”经费增减")
    return out
