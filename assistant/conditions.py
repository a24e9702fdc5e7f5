"""Conditions a count puts on the rows it counts ("超过100万元的项目有几个", "比上年减少的项级科目有几个").

A count that names a condition is answered only with the condition applied: counting every row
instead would be a confidently wrong figure. A threshold compares each row's amount in the asked
unit; a direction compares each row with its own 上年 (or 增减) cell in the same table, and when the
table prints none, the count abstains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .candidates import period
from .model import Fact

_TO_YUAN = {"元": 1.0, "万元": 1e4, "万": 1e4, "亿元": 1e8, "亿": 1e8}
_THRESHOLD = re.compile(
    r"(超过|大于|高于|多于|不少于|不低于|不小于|达到|低于|少于|小于|不足|不到|不超过|不高于|不大于)?"
    r"(?:金额|预算|资金)?(?:在|为)?(\d+(?:\.\d+)?)(亿元|万元|元|亿|万)"
    r"(?:[（(]含[^）)]*[)）])?(及以上|以上|之上|及以下|以下|以内|之下)?"
)
_BETWEEN = re.compile(
    r"(\d+(?:\.\d+)?)(亿元|万元|元|亿|万)?(?:至|到|-|~|－|—)(\d+(?:\.\d+)?)(亿元|万元|元|亿|万)(?:之间|以内)?"
)
_DIRECTION = re.compile(
    r"(?:比|较)上年(?:预算数?|执行数|年初预算)?(?:数)?(减少|下降|降低|压减|增加|增长|上升|提高)(?:了)?(?:的|$)"
)
_MORE = ("超过", "大于", "高于", "多于")
_AT_LEAST = ("不少于", "不低于", "不小于", "达到", "及以上", "以上", "之上")
_LESS = ("低于", "少于", "小于", "不足", "不到")
_AT_MOST = ("不超过", "不高于", "不大于", "及以下", "以下", "以内", "之下")


@dataclass(frozen=True)
class Condition:
    """What each counted row must satisfy, and how it is said in the answer."""

    said: str  # "超过100万元", "比上年减少"
    op: str  # ">", ">=", "<", "<=", "between", "down", "up"
    yuan: float = 0.0  # the threshold, in 元
    high: float = 0.0  # the upper bound of "between", in 元

    def meets(self, current: float, unit: str, row: list[Fact], year: int | None) -> bool:
        """Whether a row whose asked amount is `current` (0 where blank; its cells: `row`) satisfies
        the condition; LookupError when the table prints nothing to decide it by."""
        if self.op in ("down", "up"):
            change = row_change(current, row, year)
            return change < 0 if self.op == "down" else change > 0
        if unit not in _TO_YUAN:
            raise LookupError("以金额计的行")
        value = current * _TO_YUAN[unit]
        return {
            "between": self.yuan <= value <= self.high,
            ">": value > self.yuan,
            ">=": value >= self.yuan,
            "<": value < self.yuan,
            "<=": value <= self.yuan,
        }[self.op]


def asked_condition(body: str) -> Condition | None:
    """The condition a count names, if any."""
    if m := _BETWEEN.search(body):  # "50万元到200万元之间": both bounds count
        low, high = (float(m.group(i)) * _TO_YUAN[m.group(i + 1) or m.group(4)] for i in (1, 3))
        return Condition(m.group(0), "between", low, high)
    if m := _DIRECTION.search(body):
        down = m.group(1) in ("减少", "下降", "降低", "压减")
        return Condition(f"比上年{'减少' if down else '增加'}", "down" if down else "up")
    m = _THRESHOLD.search(body)
    if m is None or not (m.group(1) or m.group(4)):
        return None  # "100万元的项目": an amount, not a bound
    before, after = m.group(1) or "", m.group(4) or ""
    if "含" in m.group(0) and after in ("以上", "之上", "以下", "以内", "之下"):
        after = "及" + after.removeprefix("及")  # "（含100万元）": the bound itself counts
    word = before or after
    op = (
        ">" if word in _MORE else ">=" if word in _AT_LEAST or after in _AT_LEAST
        else "<" if word in _LESS else "<="
    )  # fmt: skip
    yuan = float(m.group(2)) * _TO_YUAN[m.group(3)]
    return Condition(m.group(0), op, yuan)


def row_change(current: float, row: list[Fact], year: int | None) -> float:
    """This year's cell less last year's, from the row's 增减 or 上年 cell of the same column group."""
    changes = [c for c in row if c.column_path and period(c.column_path[0], year) == "change"]
    if changes:
        return min(changes, key=lambda c: c.col_index).value
    prior = [c for c in row if c.column_path and period(c.column_path[0], year) == "prior"]
    if prior:
        return current - min(prior, key=lambda c: c.col_index).value
    raise LookupError("逐行列示上年数的表")
