"""Arithmetic the explanatory text must satisfy on its own, whatever the tables print.

Three kinds of sentence pin a figure down without any table:
- a whole and its complete parts: "基本支出 1136.42 万元，其中：人员经费 1003.26 万元，公用经费 133.16 万元"
  (only partitions that are complete by definition are added up: 人员经费 + 公用经费 = 基本支出,
  基本支出 + 项目支出, 当年拨款 + 上年结转 of a project's budget, 货物 + 工程 + 服务 of 政府采购);
- a change and the changes it is made of: "比上年增加 2,734.52 万元，主要是基本支出增加 659.75 万元，项目支出
  增加 2,074.77 万元";
- nothing with a size: "增加 0 万元，增长 35%", "0 万元，占 24%".
Each rule speaks only when every figure it needs is printed in the one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import HALF_CENT, Finding, decimals, fmt, holds, signed, text_error
from .model import Passage
from .normalize import fold

_NUM = r"\d+(?:\.\d+)?"
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")

# the parts of a whole that, together, are the whole by definition; the whole's name must fit
_PARTITIONS: tuple[tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]], ...] = (
    (
        re.compile(r"基本支出(?:预算|决算)?数?$"),
        (("人员经费", re.compile(r"人员经费")), ("公用经费", re.compile(r"公用经费"))),
    ),
    (
        re.compile(r"(?:支出|金额|资金|预算)(?:预算|总额|总计|合计)?$"),  # "纳入部门整体支出绩效目标的金额"
        (("基本支出", re.compile(r"^基本支出")), ("项目支出", re.compile(r"^项目支出"))),
    ),
    (
        re.compile(r"."),
        (("财政拨款", re.compile(r"(?<!非)财政拨款")), ("非财政拨款", re.compile(r"非财政拨款"))),
    ),
    (
        # "年初预算数 1018.00 万元，其中当年财政拨款 898.00 万元，上年结转 120.00 万元"
        re.compile(r"(?:预算数?|资金|总额|金额)$"),
        (
            ("当年拨款", re.compile(r"^(?:当年|本年)(?:财政)?拨款")),
            ("上年结转", re.compile(r"^上年结转")),
        ),
    ),
    (
        re.compile(r"采购"),
        (
            ("货物", re.compile(r"货物")),
            ("工程", re.compile(r"工程")),
            ("服务", re.compile(r"服务")),
        ),
    ),
)
# a department's income or spending listed by its kinds ("收入预算 X 万元，其中：财政拨款收入 a；事业收入 b；
# 其他收入 c"): every kind of the budget's 收支总表, so the list is complete
_SIDES = (
    (
        "收入",
        re.compile(
            r"(?:拨款|财政|预算|事业|经营|上级补助|附属单位上缴|其他|专户管理资金|单位资金)收入(?:资金)?$|结转|结余|(?<!非)拨款$"
            r"|资金余额$"  # "一般公共预算拨款 4005.29 万元、上年实户资金余额 98.18 万元"
        ),
    ),
    ("支出", re.compile(r"^(?:基本支出|项目支出|事业单位经营支出|上缴上级支出|对附属单位补助支出)")),
)
_FUND_NAMED = re.compile(r"财政拨款|一般公共预算|政府性基金|国有资本经营")
_WHOLE = re.compile(
    rf"(?P<name>[^，,。；;：:、\d]{{2,30}}?)(?:为|是)?\s*(?P<whole>{_NUM})\s*万元\s*(?:[，,。]?\s*(?:其中|包括)\s*[：:]?|[：:]"
    rf"|[，,]\s*包括[^。；;\d]{{2,24}}[。；;]\s*其中\s*[：:]?)"
)  # "政府采购预算总额 712.49 万元：政府采购货物预算…", "…98,606.29万元，包括人员经费和公用经费。其中：（一）…"
# the same, with the whole's change and its reason between ("收入预算 6838.41 万元，比上年执行数减少 772.20 万元，
# 下降 10.1%，主要是…。其中：一般公共预算拨款收入 6838.41 万元，占 100.0%"): read for the parts' shares only, as
# a list after a change might be the change's
_WHOLE_BEFORE_CHANGE = re.compile(
    rf"(?P<name>[^，,。；;：:、\d]{{2,30}}?)(?:为|是)?\s*(?P<whole>{_NUM})\s*万元\s*[，,]\s*(?:比|较|与)[^。；;]{{0,160}}?。"
    rf"\s*(?:其中|包括)\s*[：:]?"
)
_ITEM = re.compile(
    rf"^(?:\d[.、．]|[（(][一二三四五六七八九十\d]+[)）])?(?P<name>[^\d]{{1,24}}?)(?:为|是)?\s*(?P<v>{_NUM})\s*万元"
)
_ASIDE = re.compile(r"^(?:占|比|较|同比|与|增|减|下降|上升|持平|主要)")
_MOVES = re.compile(r"增加|减少|增长|下降|上升|降低|比|较")  # a part named with a change is no part

# "比上年增加 4322.77 万元。主要原因是基本支出增加 1447.63 万元、项目支出安排减少 200 万元、单位预留机动经费
# 增加 3075.14 万元": the change, then the changes of the parts it is made of
_CHANGE_LEAD = re.compile(
    rf"(?P<dir>增加|减少)\s*(?P<total>{_NUM})\s*万元[^。]{{0,16}}?。?\s*(?:主要(?:原因)?(?:是|为|包括)|其中)\s*[：:]?"
)
_PART_NAMES = (
    r"基本支出|项目(?:经费)?支出|人员经费|公用经费|(?:单位)?预留机动经费|事业单位经营支出|上缴上级支出"
    r"|对附属单位补助支出"
)
_PART_MOVED = rf"\s*(?:[（(]?[一二三四五六1-6][)）、.]?)?\s*(?P<name>{_PART_NAMES})(?:安排|预算)?(?P<d>增加|减少)"
# "基本支出增加人员工资、住房公积金、提租补贴等 3397.18 万元", "项目经费支出安排减少江苏法院云平台租赁费 200 万元":
# what moved may be named before the amount
_CHANGE_PART = re.compile(rf"{_PART_MOVED}(?:[^\d。；;，,]{{1,24}}?)?\s*(?P<a>{_NUM})\s*万元")
_NEXT_PART = re.compile(rf"[^。]{{0,40}}?[，,；;、](?={_PART_MOVED})")
_NOTHING_CHANGED = re.compile(
    rf"(?P<amount>{_NUM})\s*万元[，,]\s*(?:比|较)[^。，,；;\d]{{0,12}}(?:\d{{4}}\s*年[^。，,；;\d]{{0,8}})?(?:增加|减少)\s*"
    rf"(?P<delta>0(?:\.0+)?)\s*万元[，,]?\s*(?:同比)?(?:增长|下降|增幅|降幅|减幅|增加|减少)\s*(?P<pct>{_NUM})\s*[%％]"
)
# "公务接待费支出决算为0.00万元，完成预算的32%", "执行数 0 万元，完成预算 29 万元的 26%"
_NOTHING_DONE = re.compile(
    rf"(?:决算|执行数|实际支出)(?:数)?(?:为)?\s*0(?:\.0+)?\s*万元[，,]\s*完成(?:年初)?预算(?:数)?(?:\s*{_NUM}\s*万元)?的\s*"
    rf"(?P<pct>{_NUM})\s*[%％]"
)
# "政府性基金预算财政拨款支出 0 万元，比年初预算数增加 36 万元": no amount grew by more than itself
_MORE_THAN_ITSELF = re.compile(
    rf"(?<![\d.])(?P<amount>{_NUM})\s*万元[，,]\s*(?:比|较)[^。，,；;\d]{{0,12}}(?:\d{{4}}\s*年[^。，,；;\d]{{0,8}})?增加了?\s*"
    rf"(?P<delta>{_NUM})\s*万元"
)
_NOTHING_SHARED = re.compile(
    rf"(?<![\d.])(?P<amount>0(?:\.0+)?)\s*万元\s*[，,]\s*占[^。，,；;\d]{{0,16}}?(?P<pct>{_NUM})\s*[%％]"
)


def check(doc_id: str, passages: list[Passage]) -> list[Finding]:
    """Every finding of the text's own arithmetic in these passages."""
    found: list[Finding] = []
    for i, passage in enumerate(passages):
        text = _THOUSANDS.sub("", fold(passage.text))
        following = _THOUSANDS.sub("", fold(passages[i + 1].text)) if i + 1 < len(passages) else ""
        found += _wholes(doc_id, passage.page, text)
        found += _change_parts(doc_id, passage.page, text)
        found += _nothing_with_size(doc_id, passage.page, text)
        found += _outturn_apart(doc_id, passage.page, text)
        found += _reasons_apart(doc_id, passage.page, text, following)
        found += _funds_apart(doc_id, passage.page, text)
        found += _two_years_apart(doc_id, passage.page, text)
        found += _income_changes(doc_id, passage.page, text)
        found += _listed_total(doc_id, passage.page, text)
    return found


# "收入预算增加 110.01 万元，其中…", "收入比 2025 年增加 2,734.52 万元，主要是一般公共预算拨款增加 800.94 万元，…"
_INCOME_CHANGE_LEAD = re.compile(
    rf"收入(?:预算)?(?:(?:比|较)[^，,。；;\d]{{0,8}}(?:\d{{4}}\s*年度?[^，,。；;\d]{{0,8}})?)?(?P<d>增加|减少)了?\s*"
    rf"(?P<t>{_NUM})\s*万元\s*[，,]\s*(?:其中|主要(?:原因)?(?:是|为|包括))\s*[：:]?"
)
_INCOME_PART_MOVED = re.compile(rf"\s*(?P<name>[^，,；;、。\d]{{2,16}}?)(?P<d>增加|减少)了?\s*(?P<a>{_NUM})\s*万元")


def _income_changes(doc_id: str, page: int, text: str) -> list[Finding]:
    """ "收入预算增加110.01万元，其中一般公共预算收入减少76.46万元，政府性基金预算收入增加133.72万元…": the change of
    the income and of each kind, added up, only when the same passage lists the income by those very kinds with
    amounts that make up its total (so no kind, and no carry-over, is left out)."""
    out = []
    kinds_of: list[tuple[set[str], float]] = []  # each listing of the income by kind: its kinds, its total
    for m in _WHOLE.finditer(text):
        if re.search(r"收入(?:预算|决算)?$", _whole_name(text, m)):
            parts = list(_listed(text[m.end() :]))
            if len(parts) >= 2 and all(_SIDES[0][1].search(p[0]) for p in parts):
                if holds(float(m["whole"]), [p[1] for p in parts]):
                    kinds_of.append(({p[0] for p in parts}, float(m["whole"])))
    for lead in _INCOME_CHANGE_LEAD.finditer(text):
        end = text.find("。", lead.end())
        pieces = re.split(r"[，,；;、]", text[lead.end() : end if end >= 0 else len(text)])
        moved = [_INCOME_PART_MOVED.fullmatch(piece.strip()) for piece in pieces if piece.strip()]
        if not moved or not all(moved):
            continue  # something else in the list: not read
        names = {m["name"] for m in moved if m}
        if len(names) != len(moved) or not any(names == kinds for kinds, _ in kinds_of):
            continue
        sign = {"增加": 1, "减少": -1}
        total = sign[lead["d"]] * float(lead["t"])
        changes = [sign[m["d"]] * float(m["a"]) for m in moved if m]
        if holds(total, changes):
            continue
        out.append(
            text_error(
                "增减构成",
                doc_id,
                page,
                f"“{text[lead.start() : end if end >= 0 else len(text)][:80]}”：各项收入的增减合计 "
                f"{signed(round(sum(changes), 2))} 万元，文中收入增减为 {signed(total)} 万元。",
                round(sum(changes), 2),
                total,
            )
        )
    return out


# "2026年…预算数为7.61万元，2025年预算数为9.23万元，和2025年相比预算减少1.62万元": both years' amounts, then the change
_TWO_YEARS = re.compile(
    rf"(?P<y1>20\d{{2}})\s*年[^。；;\d]{{0,24}}?(?:为|是)\s*(?P<a>{_NUM})\s*万元\s*[，,]\s*"
    rf"(?P<y2>20\d{{2}})\s*年[^。；;\d]{{0,24}}?(?:为|是)\s*(?P<b>{_NUM})\s*万元\s*[，,]\s*"
    rf"[^。；;\d]{{0,10}}(?:\d{{4}}\s*年[^。；;\d]{{0,8}})?(?P<d>增加|减少)了?\s*(?P<c>{_NUM})\s*万元"
)


def _two_years_apart(doc_id: str, page: int, text: str) -> list[Finding]:
    """Two years' amounts of one item said one after the other, then their change: the later less the earlier."""
    out = []
    for m in _TWO_YEARS.finditer(text):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y1 == y2:
            continue
        later, earlier = (float(m["a"]), float(m["b"])) if y1 > y2 else (float(m["b"]), float(m["a"]))
        said = float(m["c"]) * (-1 if m["d"] == "减少" else 1)
        if holds(said, [later, -earlier]):
            continue
        out.append(
            text_error(
                "增减额",
                doc_id,
                page,
                f"“{m[0].strip()}”：{max(y1, y2)} 年 {fmt(later)} 万元，{min(y1, y2)} 年 {fmt(earlier)} 万元，"
                f"增减应为 {signed(round(later - earlier, 2))} 万元，文中为 {signed(said)} 万元。",
                round(later - earlier, 2),
                said,
            )
        )
    return out


# "财政拨款支出预算 37151.47 万元…财政拨款支出预算中，一般公共预算拨款支出预算 37151.47 万元…；政府性基金拨款支出
# 预算 0 万元…；国有资本经营预算拨款支出预算 0 万元": 财政拨款 is the three funds by definition
_FUND_WHOLE = re.compile(
    rf"(?<!非)财政拨款(?P<side>收入|支出)(?:预算|决算)?(?:总额|总计|合计)?(?:为|是|共计|共)?\s*(?P<v>{_NUM})\s*万元"
)
_FUNDS = ("一般公共预算", "政府性基金", "国有资本经营")
# the change said right after an amount: "，比2024年预算增加24491.71万元", "，比2024年预算执行数持平"
_CHANGE_AFTER = re.compile(
    rf"\s*[，,]?\s*(?:比|较|与)[^，,。；;\d]{{0,14}}(?:\d{{4}}\s*年[^，,。；;\d]{{0,10}})?"
    rf"(?:(?P<d>增加|减少)了?\s*(?P<a>{_NUM})\s*万元|(?:相比)?(?:保持)?(?P<flat>持平|相同|不变))"
)


def _change_after(text: str, at: int) -> float | None:
    m = _CHANGE_AFTER.match(text, at)
    if m is None:
        return None
    if m["flat"]:
        return 0.0
    return float(m["a"]) * (-1 if m["d"] == "减少" else 1)


def _funds_apart(doc_id: str, page: int, text: str) -> list[Finding]:
    """A 财政拨款 amount and, before any other 财政拨款 amount, each of its three funds on the same side:
    they must add up to it."""
    out = []
    wholes = list(_FUND_WHOLE.finditer(text))
    for i, m in enumerate(wholes):
        side = m["side"]
        end = wholes[i + 1].start() if i + 1 < len(wholes) else len(text)
        rest = text[m.end() : min(end, m.end() + 400)]
        parts, moves = [], []
        for fund in _FUNDS:
            part = re.search(
                rf"{fund}(?:预算)?(?:财政)?(?:拨款)?(?:安排的?)?{side}(?:预算|决算)?(?:为|是)?\s*"
                rf"(?:(?P<v>{_NUM})\s*万元|(?P<v0>0)(?![\d.]|\s*[%％]|\s*(?:元|亿)))",  # "…支出预算为0；"
                rest,
            )
            if part is None:
                break
            printed = part["v"] or part["v0"]
            parts.append((fund, float(printed), printed))
            moves.append(_change_after(rest, part.end()))
        if len(parts) != len(_FUNDS):
            continue
        whole_move = _change_after(text, m.end())
        if whole_move is not None and None not in moves and not holds(whole_move, [x or 0.0 for x in moves]):
            said = "、".join(f"{name} {signed(x or 0.0)}" for (name, _, _), x in zip(parts, moves))
            total_move = round(sum(x or 0.0 for x in moves), 2)
            out.append(
                text_error(
                    "增减构成",
                    doc_id,
                    page,
                    f"“{m[0].strip()}…”：财政拨款{side}比上年 {signed(whole_move)} 万元，其中{said} 万元，"
                    f"合计 {signed(total_move)} 万元。",
                    total_move,
                    whole_move,
                )
            )
        if holds(float(m["v"]), [p[1] for p in parts]):
            continue
        listed = "、".join(f"{name} {printed}" for name, _, printed in parts)
        total = round(sum(p[1] for p in parts), 2)
        out.append(
            text_error(
                "文字构成",
                doc_id,
                page,
                f"“{m[0].strip()}…”：财政拨款{side} {m['v']} 万元，其中{listed} 万元，合计 {fmt(total)} 万元。",
                total,
                float(m["v"]),
            )
        )
    return out


def _parts_after(text: str) -> Iterator[tuple[str, float, str]]:
    """The amounts listed after "其中：" up to the sentence's end: (name, value, as printed); a list
    numbered （一）（二）… is read item by item across the sentences that explain each item
    ("其中：（一）人员经费 18387.95 万元。主要包括：…（二）公用经费 3580.05 万元。")."""
    if _NUMBERED.match(text):
        yield from _numbered(text)
        return
    for name, value, printed, _ in _listed(text):
        yield name, value, printed


_NUMERALS = "一二三四五六七八九十"
_NUMBERED = re.compile(
    rf"\s*[（(](?P<n>[{_NUMERALS}])[)）]\s*(?P<name>[^\d，,。；;：:（(]{{1,24}}?)(?:为|是)?\s*(?P<v>{_NUM})\s*万元"
)


def _numbered(text: str) -> Iterator[tuple[str, float, str]]:
    at, expected = 0, 0
    while expected < len(_NUMERALS):
        m = _NUMBERED.match(text, at) if expected == 0 else None
        if expected:
            mark = re.search(rf"[（(]{_NUMERALS[expected]}[)）]", text[at : at + 600])
            m = _NUMBERED.match(text, at + mark.start()) if mark else None
        if m is None or m["n"] != _NUMERALS[expected]:
            return
        yield m["name"].strip(), float(m["v"]), m["v"]
        at, expected = m.end(), expected + 1


def _listed(text: str) -> Iterator[tuple[str, float, str, str | None]]:
    """The amounts listed after "其中：" up to the sentence's end, each with the share said right after
    it ("基本支出 2,336.91 万元，占 79.49%"): (name, value, as printed, share as printed or None)."""
    rest = text[: text.find("。")] if "。" in text else text
    pieces = [p.strip() for p in re.split(r"[，,；;、]", rest)]
    for i, piece in enumerate(pieces):
        if piece.startswith("其中"):
            return  # "…服务 225.99 万元；其中一般公共预算拨款政府采购 504.98 万元：…": a part's own breakdown
        if not piece or _ASIDE.match(piece):
            continue  # "占 12.5%", "比上年增加 3 万元": said of the item before
        m = _ITEM.match(piece)
        if not m or _MOVES.search(m["name"]):
            return
        share = re.match(rf"^占[^\d]{{0,12}}?({_NUM})\s*[%％]$", pieces[i + 1]) if i + 1 < len(pieces) else None
        yield m["name"].strip(), float(m["v"]), m["v"], share.group(1) if share else None


def _wholes(doc_id: str, page: int, text: str) -> list[Finding]:
    out = [
        finding for m in _WHOLE_BEFORE_CHANGE.finditer(text) if "其中" not in m[0][: -len("其中") - 2]
        for finding in [*_shares(doc_id, page, text, m), *_kinds(doc_id, page, text, m)]
    ]  # fmt: skip
    for m in _WHOLE.finditer(text):
        if _MOVES.search(text[max(0, m.start("whole") - 8) : m.start("whole")]):
            continue  # "较上年增加 0.0万元，其中会议费 0.24 万元": the 其中 is of the amount, not the change
        name = _whole_name(text, m)
        parts = list(_parts_after(text[m.end() :]))
        whole = float(m["whole"])
        larger = [p for p in parts if p[1] > whole + HALF_CENT]
        if larger and "。" not in m[0]:  # "结转 0 万元。其中：本年收入…": a new sentence may be of another whole
            out.append(
                text_error(
                    "其中大于总数",
                    doc_id,
                    page,
                    f"“{m[0].strip()}…”：其中{larger[0][0]} {larger[0][2]} 万元大于总数 {m['whole']} 万元。",
                    whole,
                    larger[0][1],
                )
            )
            continue
        out += _shares(doc_id, page, text, m)
        out += _kinds(doc_id, page, text, m)
        for whole_name, members in _PARTITIONS:
            if not whole_name.search(name) or any(p.search(name) for _, p in members):
                continue
            named: dict[str, list[tuple[str, float, str]]] = {}
            for part in parts:
                roles = [role for role, p in members if p.search(part[0])]
                if len(roles) != 1:
                    named = {}
                    break  # a part of another kind, or one that names two: not this partition
                named.setdefault(roles[0], []).append(part)
            if len(named) != len(members) or any(len(v) != 1 for v in named.values()):
                continue
            values = [named[role][0][1] for role, _ in members]
            if holds(whole, values):
                continue
            listed = "、".join(f"{role} {named[role][0][2]}" for role, _ in members)
            out.append(
                text_error(
                    "文字构成",
                    doc_id,
                    page,
                    f"“{m[0].strip()}…”：{name.strip()} {m['whole']} 万元，其中{listed} 万元，"
                    f"合计 {fmt(sum(values))} 万元。",
                    round(sum(values), 2),
                    whole,
                )
            )
    return out


def _kinds(doc_id: str, page: int, text: str, m: re.Match[str]) -> list[Finding]:
    """A department's income or spending and every kind of it listed after "其中" (收入 by its sources;
    支出 by 基本/项目…, or by the sources that fund it: "当年预算支出 4,203.47 万元，其中：一般公共预算拨款
    4,005.29 万元、上年实户资金余额 98.18 万元、其他收入 100.00 万元"): they add up."""
    name = _whole_name(text, m)
    parts = list(_parts_after(text[m.end() :]))
    whole = float(m["whole"])
    if _FUND_NAMED.search(name) or len(parts) < 2:
        return []
    for side, part_name in _SIDES:
        if not re.search(r"(?:收入|支出)(?:预算|决算)?$" if side == "收入" else rf"{side}(?:预算|决算)?$", name):
            continue
        # spending by its sources may name each as spent: "事业收入支出 355.50 万元", "一般公共预算拨款支出 …"
        names = [re.sub(r"(?<=收入|拨款)支出$", "", p[0]) if side == "收入" else p[0] for p in parts]
        if all(part_name.search(n) for n in names) and not holds(whole, [p[1] for p in parts]):
            listed = "、".join(f"{p[0]} {p[2]}" for p in parts)
            return [
                text_error(
                    "文字构成",
                    doc_id,
                    page,
                    f"“{m[0].strip()}…”：{name} {m['whole']} 万元，其中{listed} 万元，"
                    f"合计 {fmt(sum(p[1] for p in parts))} 万元。",
                    round(sum(p[1] for p in parts), 2),
                    whole,
                )
            ]
    return []


# "（一）收入预算：2026 年年初预算数 45,369.18 万元，其中…": the label before the colon names the figure
_LABEL = re.compile(r"([^，,。；;：:、\d]{2,12})[：:]\s*(?:20\d{2})?\s*$")
_BARE_FIGURE = re.compile(r"(?:年初|全年)?(?:预算|决算)数?")


def _whole_name(text: str, m: re.Match[str]) -> str:
    """What a whole is, as its own words before the amount say, or the label before them when they
    only say which figure it is (年初预算数)."""
    name = re.sub(r"^.*?(?:20\d{2}年度?|本年度?)|^\s*年度?", "", re.sub(r"\s+", "", m["name"])).strip()
    label = _LABEL.search(text, 0, m.start("name"))
    if _BARE_FIGURE.fullmatch(name) and label:
        return re.sub(r"^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)", "", label.group(1).strip())
    return name


def _shares(doc_id: str, page: int, text: str, m: re.Match[str]) -> list[Finding]:
    """ "…万元，其中：基本支出 2,336.91 万元，占 79.49%": each part's share of the whole said before."""
    out = []
    whole = float(m["whole"])
    for part_name_, value_, printed_, share in _listed(text[m.end() :]):
        if share is None or not whole:
            continue
        expected, unit = value_ / whole * 100, 10 ** -(len(share.split(".")[1]) if "." in share else 0)
        room = 0.5 * unit + expected * (HALF_CENT / max(value_, HALF_CENT) + HALF_CENT / whole)
        off = abs(expected - float(share))
        if off > room + 1e-9 and off >= unit:  # not merely truncated (a unit of the last decimal short)
            lead = (
                m[0].strip() if len(m[0]) < 60 else f"{re.sub(r'^年度?', '', m['name'].strip())}{m['whole']}万元…其中"
            )
            out.append(
                text_error(
                    "占比",
                    doc_id,
                    page,
                    f"“{lead}…{part_name_} {printed_} 万元，占 {share}%”：{printed_} ÷ {m['whole']} = "
                    f"{expected:.2f}%，文中为 {share}%。",
                    round(expected, 2),
                    float(share),
                )
            )
    return out


def _change_parts(doc_id: str, page: int, text: str) -> list[Finding]:
    out = []
    for lead in _CHANGE_LEAD.finditer(text):
        parts, at = [], lead.end()
        while (m := _CHANGE_PART.match(text, at)) is not None:
            parts.append(m)
            step = _NEXT_PART.match(text, m.end())
            if step is None:
                break
            at = step.end()
        names = [m["name"].replace("项目经费支出", "项目支出") for m in parts]
        halves = {"基本支出", "项目支出"} <= set(names) and not {"人员经费", "公用经费"} & set(names)
        if len(set(names)) != len(names) or not (halves or sorted(names) == ["人员经费", "公用经费"]):
            continue  # 基本支出 with 公用经费: not parts of one whole
        end = text.find("。", parts[-1].end())
        if re.search(rf"(?:增加|减少)\s*{_NUM}\s*万元", text[parts[-1].end() : end if end >= 0 else len(text)]):
            continue  # another change follows in the list: the parts read are not all of them
        before = text[max(0, lead.start() - 30) : lead.start()]
        if re.search(r"总计|收入|结转|结余", before[re.search(r"[^。]*$", before).start() :]):  # type: ignore[union-attr]
            continue  # a 总计 or 收入 also moves with carry-overs: its parts are more than the halves
        sign = {"增加": 1, "减少": -1}
        total = sign[lead["dir"]] * float(lead["total"])
        moved = [sign[m["d"]] * float(m["a"]) for m in parts]
        if holds(total, moved):
            continue
        said = text[lead.start() : parts[-1].end()].strip()
        out.append(
            text_error(
                "增减构成",
                doc_id,
                page,
                f"“{said}”：{'、'.join(names)}的增减合计 {fmt(sum(moved))} 万元，文中总增减为 {fmt(total)} 万元。",
                round(sum(moved), 2),
                total,
            )
        )
    return out


# "…缺口约 105041.04 万元；支付历史合同结算尾款 4980.53 万元；…新增经费 2461.86 万元，合计履职类项目预算增加
# 111912.44 万元": amounts listed one to a clause, then their sum said in the same sentence
_SUMMED_AT = re.compile(rf"[，,；;]\s*(?:以上)?(?:合计|共计|总计)[^，,。；;\d]{{0,16}}?(?P<t>{_NUM})\s*万元")
_AMOUNT = re.compile(rf"(?<![\d.])(?P<a>{_NUM})\s*(?:万元|%)")
_LIST_LEAD = re.compile(r"[一二三四五六七八九]是|其中|主要是|主要(?:用于|包括)|包括|[：:]")


def _listed_total(doc_id: str, page: int, text: str) -> list[Finding]:
    """A sum the sentence states of the amounts it has just listed, one amount to each clause (from the
    list's lead-in, "一是", "其中", "主要用于", or the sentence's start). A clause with no amount or with
    two (an amount and its change) ends the reading: its part cannot be told. The sum must be near the
    stated total (within 5%) for the list to be taken as its parts; a stated total that is not its
    parts' sum whatever the rounding is an error."""
    out = []
    for m in _SUMMED_AT.finditer(text):
        start = text.rfind("。", 0, m.start()) + 1
        parts: list[float] = []
        for clause in reversed(re.split(r"[；;]", text[start : m.start()])):
            leads = list(_LIST_LEAD.finditer(clause))
            said = list(_AMOUNT.finditer(clause, leads[-1].end() if leads else 0))
            if len(said) != 1 or said[0].group(0).endswith("%"):
                break
            parts.append(float(said[0]["a"]))
            if leads:
                break  # the list starts here
        total = float(m["t"])
        if len(parts) < 2 or holds(total, parts) or abs(total - sum(parts)) > 0.05 * total:
            continue
        quoted = text[m.start() + 1 : m.end()].strip()
        out.append(
            text_error(
                "文字合计",
                doc_id,
                page,
                f"“{quoted}”：前面逐项列出的 {len(parts)} 个金额合计 {fmt(sum(parts))} 万元，"
                f"与所说的合计 {fmt(total)} 万元相差 {fmt(total - sum(parts))} 万元。",
                round(sum(parts), 2),
                total,
            )
        )
    return out


# "较上年减少 505.87 万元…主要原因说明：1.基本支出增加 88.05 万元…；2.…减少 191.56 万元…；3.…减少 483.36 万元":
# a change and the numbered reasons given for it, each with its own change
_REASONS_LEAD = re.compile(
    rf"(?P<dir>增加|减少)\s*(?P<total>{_NUM})\s*万元[^。]{{0,12}}?[。，,；;]?[^。]{{0,24}}?"
    rf"(?:主要原因(?:说明)?(?:是|为|如下)?|主要(?:是|由于|包括))\s*[：:]?\s*"
)
_MARKERS = (
    tuple(f"{n}是" for n in "一二三四五六七八九"),
    tuple(f"（{n}）" for n in "123456789"),
    tuple(f"{n}." for n in "123456789"),
    tuple(f"{n}、" for n in "123456789"),
)
_MOVED = re.compile(rf"(?P<d>增加|减少)了?\s*(?P<a>{_NUM})\s*万元")


def _reasons_apart(doc_id: str, page: int, passage: str, following: str) -> list[Finding]:
    """A change whose numbered reasons each state a change of their own that, added up, do not make it.
    The reasons may leave something out, so this is a warning, not an error: the figures agree only if
    something moved that the list does not name. A list may run on into the next passage, so that is
    read too; a list whose end is not read says nothing."""
    out = []
    text = passage + following
    for lead in _REASONS_LEAD.finditer(text):
        if lead.start() >= len(passage):
            break  # the next passage's own changes are its own to report
        start = lead.end()
        family = next((f for f in _MARKERS if text.startswith(f[0], start)), None)
        if family is None:
            continue
        at = [start]
        for marker in family[1:]:
            nxt = text.find(marker, at[-1] + 1, at[-1] + 400)
            if nxt < 0:
                break
            at.append(nxt)
        if len(at) < 2:
            continue
        end = text.find("。", at[-1])
        if end < 0 or text.find(family[len(at)], end, end + 200) >= 0:
            continue  # the list may go on past what was read, or past its sentence
        bounds = [*at, end]
        moved = []
        for a, b in zip(bounds, bounds[1:], strict=False):
            said = list(_MOVED.finditer(text, a, b))
            summed = [m for m in said if re.search(r"(?:合计|共计|共)[^，,；;]{0,12}$", text[a : m.start()])]
            if len(said) != 1 and len(summed) != 1:
                break  # no change, or several in one reason: its own change cannot be told
            m = (summed or said)[0]
            moved.append((1 if m["d"] == "增加" else -1) * float(m["a"]))
        else:
            total = (1 if lead["dir"] == "增加" else -1) * float(lead["total"])
            if holds(total, moved):
                continue
            quoted = text[lead.start() : lead.start() + 40].strip()
            out.append(
                Finding(
                    "原因合计",
                    "warning",
                    doc_id,
                    (page,),
                    f"“{quoted}…”：所列 {len(moved)} 项原因的增减合计 {fmt(sum(moved))} 万元，"
                    f"与总增减 {fmt(total)} 万元不一致（所列原因可能不全）。",
                    round(sum(moved), 2),
                    total,
                    (f"text:{page}",),
                )
            )
    return out


# "年初预算1.86万元，支出决算0.11万元，完成预算的5.91%，决算数较预算数减少1.75万元": the difference said
_OUTTURN_APART = re.compile(
    rf"(?:年初)?预算数?(?:为)?\s*(?P<budget>{_NUM})\s*万元[，,]\s*(?:支出)?决算数?(?:为)?\s*(?P<outturn>{_NUM})\s*万元"
    rf"[^。]{{0,40}}?决算数?(?:较|比)(?:年初)?预算数?(?P<dir>增加|减少|多|少)了?\s*(?P<apart>{_NUM})\s*万元"
)


def _outturn_apart(doc_id: str, page: int, text: str) -> list[Finding]:
    out = []
    for m in _OUTTURN_APART.finditer(text):
        budget, outturn = float(m["budget"]), float(m["outturn"])
        said = float(m["apart"]) * (1 if m["dir"] in ("增加", "多") else -1)
        if not holds(outturn - budget, [said]):
            out.append(
                text_error(
                    "增减额",
                    doc_id,
                    page,
                    f"“{m[0].strip()}”：决算 {m['outturn']} 与预算 {m['budget']} 万元相差 "
                    f"{fmt(outturn - budget)} 万元，文中为 {fmt(said)} 万元。",
                    round(outturn - budget, 2),
                    said,
                )
            )
    return out


def _nothing_with_size(doc_id: str, page: int, text: str) -> list[Finding]:
    out = []
    for m in _NOTHING_CHANGED.finditer(text):
        amount, pct = float(m["amount"]), float(m["pct"])
        half = 0.5 * 10 ** -len(m["delta"].split(".")[1]) if "." in m["delta"] else 0.5
        last = amount - half
        # the largest rate a change printed as 0 can have, and the rate's own rounding; nothing, and
        # nothing changed, has no rate at all ("安排0万元，比上年增加0万元，增长30%")
        most = half / last * 100 if last > 0 else 1.0 if amount == 0 else float("inf")
        most += 0.5 * 10 ** -decimals(pct)
        if pct > most:
            out.append(_nothing(doc_id, page, m[0], f"增减额为 0，增减幅度不可能是 {m['pct']}%", pct))
    for m in _NOTHING_SHARED.finditer(text):
        if float(m["pct"]) >= 1 and float(m["amount"]) < HALF_CENT:
            out.append(_nothing(doc_id, page, m[0], f"金额为 0，占比不可能是 {m['pct']}%", float(m["pct"])))
    for m in _NOTHING_DONE.finditer(text):
        if float(m["pct"]) >= 1:
            out.append(_nothing(doc_id, page, m[0], f"决算为 0，完成率不可能是 {m['pct']}%", float(m["pct"])))
    for m in _MORE_THAN_ITSELF.finditer(text):
        opened = max(text.rfind(mark, 0, m.start()) for mark in "。；;") + 1  # the clause of the amount
        listed = text[opened : m.start()]
        if "其中" in listed and re.search(r"[、，,；;]", listed[listed.rfind("其中") :]):
            continue  # "其中：A 10 万元、B 20 万元，比上年增加 25 万元": the change is the whole's
        amount, delta = float(m["amount"]), float(m["delta"])
        if delta > amount + 2 * HALF_CENT:
            out.append(
                text_error(
                    "增减额",
                    doc_id,
                    page,
                    f"“{m[0].strip()}”：本年 {m['amount']} 万元而增加 {m['delta']} 万元，上年便是负数。",
                    None,
                    delta,
                )
            )
    return out


def _nothing(doc_id: str, page: int, said: str, why: str, found: float) -> Finding:
    return text_error("零值比例", doc_id, page, f"“{said.strip()}”：{why}。", 0.0, found)
