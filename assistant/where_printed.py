"""Where a figure is printed: "基本支出的明细在哪张表", "三公经费的数在第几页".

The answer names the tables whose printed titles say the item (and the words that qualify it, such as
经济科目), with their pages; where no title says it, the tables whose rows print it. No figure is stated,
so nothing can be a wrong number: only titles and pages the parse read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Fact

# "…印在哪张表里", "…在哪一张表里能查到", "…的数在第几页", "哪张表里有…"
_WHERE_ASKED = re.compile(
    r"(?:印|列|放|登|写|公布|公开)?(?:在|于|见)?(?:哪张|哪一张|哪个|哪一个|第几张|哪些)(?:表格?|报表)"
    r"|(?:在|印在|列在)?(?:第几页|哪一页|哪页)"
)
_AROUND = re.compile(
    r"(?:里|上|中|里面)?(?:能|可以)?(?:查到|看到|找到|有|查|看)?(?:呢|啊)?[？?。！!]*$"
    r"|^(?:里面|里|中|上)?(?:的|有|能|可以|列了|印了|列有|印有)+"
)
_NOT_THE_ITEM = re.compile(r"“|”|\"|的?(?:明细|数字?|数据|金额|情况|预算数|决算数|具体数)$|^(?:的|关于)")


@dataclass(frozen=True)
class PrintedTable:
    title: str
    page: int


def where_asked(text: str, mention: str | None) -> str | None:
    """The item a where-printed question asks about, without the organisation, the year and the
    question words; None when the question asks something else."""
    m = _WHERE_ASKED.search(text)
    if m is None:
        return None
    before, after = text[: m.start()], _AROUND.sub("", text[m.end() :])
    if mention:
        before = before.replace(mention, "", 1)
    before = re.sub(r"^.*?(?:20\d{2}|[0-9０-９]{2})\s*年度?(?:的)?", "", before)
    item = before or after
    item = re.sub(r"^(?:各|所有|全部)?(?:下属|所属|二级)?(?:各)?(?:预算)?单位的?(?=..)", "", item)
    for _ in range(3):
        item = _NOT_THE_ITEM.sub("", item.strip("，,：: "))
    return item if len(item) >= 2 else None


def _terms(item: str) -> list[str]:
    """The item's words: the item first, then what qualifies it ("基本支出按经济科目": 基本支出, 经济科目)."""
    parts = [re.sub(r"(?<=..)(?:表格?|报表)$", "", p) for p in re.split(r"按|的|里|中|和|及|与", item) if len(p) >= 2]
    return [re.sub(r"(?:分类)?(?:科目)?$", "", p) if p.endswith("科目") and len(p) > 4 else p for p in parts]


def where_printed(facts: Iterable[Fact], item: str) -> list[PrintedTable]:
    """The tables that print the item: titles that say its first word (best covered first), else the
    tables with a row of it; at most three, in page order."""
    terms = _terms(item)
    if not terms:
        return []
    tables: dict[int, PrintedTable] = {}
    rows: dict[int, bool] = {}
    for f in facts:
        tables.setdefault(f.table_index, PrintedTable(f.table_title, f.page))
        if terms[0] in f.row_name or terms[0] in " ".join(f.row_path):
            rows[f.table_index] = True

    def plain(title: str) -> str:
        return re.sub(r"[“”\"\s]", "", title)

    titled = [
        (sum(len(t) for t in terms if t in plain(table.title)), table)
        for table in tables.values()
        if terms[0] in plain(table.title)
    ]
    if titled:
        best = max(score for score, _ in titled)
        chosen = [table for score, table in titled if score == best]
    else:
        chosen = [tables[i] for i in rows]
    unique = {(t.title, t.page): t for t in chosen}
    return sorted(unique.values(), key=lambda t: t.page)[:3]


def where_said(item: str, tables: list[PrintedTable]) -> str:
    """The answer sentence: each table by its printed title and page."""
    listed = "；".join(f"《{t.title}》（第 {t.page} 页）" if t.page else f"《{t.title}》" for t in tables)
    return f"{item}印在{listed}。"
