"""A 类 or 款 asked by name where the table prints only the rows below it.

"行政事业单位医疗这一款一共多少" of a table that prints 2101101 行政单位医疗 and 2101102 事业单位医疗 but no
21011 row: the 款 is the sum of its 项 rows. Which code a name has is learnt from the library itself (any
table that prints "21011 行政事业单位医疗"), so no list of national names is needed and nothing is guessed:
a name no document prints with its code is not answered this way.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from .candidates import GRAND_COLUMN, other_year, plain_label
from .model import Fact, ParsedDocument

_ASKED_LEVEL = re.compile(r"(?:这一|这个|整个|那个)?(?:类|款)(?:级科目)?$")


def class_codes(docs: Iterable[ParsedDocument]) -> dict[str, str]:
    """Printed 类 (3-digit) and 款 (5-digit) names -> their code, when every print of the name agrees."""
    seen: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for f in doc.facts:
            if f.row_code and len(f.row_code) in (3, 5) and f.row_code.isdigit() and f.row_name:
                seen[plain_label(f.row_name)].add(f.row_code)
    return {name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1}


def rows_below(
    item: str, codes: dict[str, str], docs: list[ParsedDocument], table_types: frozenset[str] | set[str]
) -> tuple[str, list[Fact]] | None:
    """The document and this year's cells of the rows one level below the named 类/款, in the one table (of the asked
    types) that prints them but not the 类/款 itself; None when the name is no class or a table prints it."""
    name = plain_label(_ASKED_LEVEL.sub("", item))
    code = codes.get(name)
    if code is None or not code.startswith("2"):
        return None  # 支出功能分类 only: an economic 款 (30212) is printed as an item in text and tables
    best: tuple[str, list[Fact]] | None = None
    if any(plain_label(t.subject).endswith(name) for doc in docs for t in doc.text_facts):
        return None  # the text states it: the ordinary look-up answers
    for doc in docs:
        tables: dict[int, list[Fact]] = defaultdict(list)
        sections: Counter[int] = Counter()  # a table printing the 类 row more than once: one section a unit
        for f in doc.facts:
            if f.row_code == code[:3] and (not f.column_path or GRAND_COLUMN.search(f.column_path[-1])):
                sections[f.table_index] += 1
            if table_types and f.table_type not in table_types:
                continue
            if f.row_code == code or plain_label(f.row_name) == name:
                return None  # printed: the ordinary look-up answers
            below = (f.row_code or "").startswith(code) and len(f.row_code or "") == len(code) + 2
            if below and f.unit in ("元", "万元") and not other_year(f, doc.document.year):
                tables[f.table_index].append(f)
        for table, cells in tables.items():
            if sections[table] > 1:
                continue  # the units' sections, and maybe their whole: which rows make the 款 is unsure
            grand = [f for f in cells if f.column_path and GRAND_COLUMN.search(f.column_path[-1])]
            column = min((f.col_index for f in grand or cells), default=None)
            rows = {f.row_index: f for f in cells if f.col_index == column}  # a code may be printed twice
            if len(rows) >= 2 and (best is None or len(rows) > len(best[1])):
                best = doc.document.id, sorted(rows.values(), key=lambda f: f.row_index)
    return best
