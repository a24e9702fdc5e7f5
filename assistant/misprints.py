"""Figures the text prints in a form no figure has, and rates stated on a base of nothing.

"人员经费 1,541.50.00 万元" (two decimal points), "成本控制率 ≥100%%" and "2026A 年" are slips of the
keyboard: the value meant may be guessable, but what is printed is no figure. "比年初预算数增加 1668.14
万元，增长 0%" states a rate of an increase from nothing: with a zero base there is no rate, and 0% says
there was no change. Both are warnings of the audit: consistent only if the reader guesses the figure
meant or reads 0% as "not computable".

A figure can also be misprinted as another figure: "上年 43269.3 万元 … 本年 3845.49 万元，增长 17.62%" has a
digit too many in last year's amount (3845.49 ÷ 1.1762 = 3269.42). `one_keystroke_away` lists the figures a
single slip of the keyboard turns into the printed one, so that the audit can say which of three figures that
disagree is the misprint instead of always blaming the rate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# two decimal points in one amount, before its unit (a date "2025.1.1" has no unit after it)
_TWO_POINTS = re.compile(r"(?<![\d.])\d[\d,]*\.\d+\.\d+\s*(?:万元|亿元|元|%)")
_DOUBLE_PERCENT = re.compile(r"\d\s*(?:%|％)\s*(?:%|％)")
_LETTER_IN_YEAR = re.compile(r"(?<!\d)20\d{2}[A-Za-z]\s*年")
_MALFORMED = (
    (_TWO_POINTS, "金额中有两个小数点，无法确定所指数额"),
    (_DOUBLE_PERCENT, "百分号重复"),
    (_LETTER_IN_YEAR, "年份中夹有字母"),
)
# "增加 1668.14 万元，增长 0%": a change from nothing stated as a rate of 0%
_ZERO_RATE = re.compile(
    r"(?:增加|减少|增长|下降)了?\s*(?P<amount>\d[\d,]*(?:\.\d+)?)\s*万元\s*[，,]\s*(?:增长|下降|增幅|降幅)(?:率)?(?:为)?\s*0(?:\.0+)?\s*%"
)


def malformed(text: str) -> Iterator[tuple[str, str]]:
    """(what is printed, what is wrong with it) for each malformed figure of the text."""
    for pattern, why in _MALFORMED:
        for m in pattern.finditer(text):
            yield m.group(0), why


def zero_base_rates(text: str) -> Iterator[tuple[str, float]]:
    """(the words, the amount) for each nonzero change stated with a rate of 0%."""
    for m in _ZERO_RATE.finditer(text):
        amount = float(m.group("amount").replace(",", ""))
        if amount > 0:
            yield m.group(0), amount


def one_keystroke_away(printed: float) -> Iterator[float]:
    """Every figure one keystroke from `printed` (a digit dropped, added, changed, or two neighbours swapped),
    as the amounts an author may have meant. Never one with a leading zero or no digits left."""
    text = f"{printed:.6f}".rstrip("0").rstrip(".")
    seen = {text}
    for i in range(len(text) + 1):
        edits = [text[:i] + text[i + 1 :]] if i < len(text) and text[i].isdigit() else []
        edits += [text[:i] + d + text[i:] for d in "0123456789"]
        if i < len(text):
            edits += [text[:i] + d + text[i + 1 :] for d in "0123456789" if text[i].isdigit()]
        if i + 1 < len(text) and text[i].isdigit() and text[i + 1].isdigit():
            edits.append(text[:i] + text[i + 1] + text[i] + text[i + 2 :])
        for edit in edits:
            if edit in seen or not re.fullmatch(r"(?:0|[1-9]\d*)(?:\.\d+)?", edit):
                continue
            seen.add(edit)
            yield float(edit)
