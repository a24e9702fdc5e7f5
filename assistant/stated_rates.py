"""Rankings by the completion rate a 决算's text states for each 科目: "一般行政管理事务（项）。年初预算为 590.53 万元，
支出决算为 4.7 万元，完成年初预算的 0.8%".

The rates are the printed ones, each with its page: the ranking computes nothing but the order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import ParsedDocument

# "完成年初预算比例最低的是哪一项", "预算完成率最高的科目", "执行率最低的是哪个"
_RANKED_BY_RATE = re.compile(
    r"完成(?:了)?(?:年初)?预算(?:的)?(?:比例|比率|百分比|程度|率)?(?:是)?最(?P<a>高|低|大|小|多|少)"
    r"|(?:预算)?(?:完成率|执行率)(?:是)?最(?P<b>高|低|大|小)"
)
# the rate its sentence states: "年初预算1361.46万元，支出决算77,024.07万元，完成年初预算的5657.46%"
_RATE = re.compile(r"完成(?:了)?年初预算的\s*(?P<rate>\d+(?:\.\d+)?)\s*%")
# the 项 a text figure is said of: "卫生健康支出（类）公共卫生（款）突发公共卫生事件应急处理（项）年初预算"
_ITEM = re.compile(r"(?:^|[)）])(?P<item>[^（()）]{2,30})[（(]项[)）](?:年初预算|支出决算)")


@dataclass(frozen=True)
class StatedRate:
    doc: str
    item: str
    rate: float
    page: int


def asks_rate_ranking(body: str) -> bool | None:
    """True for the highest rate asked, False for the lowest, None when no rate ranking is asked."""
    m = _RANKED_BY_RATE.search(body)
    if m is None or "项目" in body:  # a project's 执行率 is its self-evaluation form's, not a 科目's
        return None
    return (m.group("a") or m.group("b")) in ("高", "大", "多")


def stated_rates(docs: list[ParsedDocument]) -> list[StatedRate]:
    """Each 项 whose completion rate the text states, once: the rate of the sentence that states its
    年初预算 (the text's figures carry their 项 across a page break; the passages do not)."""
    found: dict[tuple[str, str], StatedRate] = {}
    for parsed in docs:
        for t in parsed.text_facts:
            item, rate = _ITEM.search(t.subject), _RATE.search(t.sentence)
            if item and rate and len(_RATE.findall(t.sentence)) == 1:
                key = (parsed.document.id, item.group("item"))
                found.setdefault(
                    key, StatedRate(parsed.document.id, item.group("item"), float(rate.group("rate")), t.page)
                )
    return list(found.values())
