"""Golden test on the seed: every numeric cell of its 11 tables, checked against hand-written values."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.model import ParsedDocument
from tests.expected_seed import EXPECTED, TITLES


def _table(doc: ParsedDocument, number: int):
    return next(t for t in doc.tables if t.number == f"表{number}")


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_every_numeric_cell_is_a_fact(seed: ParsedDocument, number: int) -> None:
    table = _table(seed, number)
    assert table.title == TITLES[number]
    got = Counter(
        (f.row_code, f.row_name, f.column, round(f.value, 2)) for f in seed.facts if f.table_index == table.index
    )
    want = Counter((c, n, col, round(v, 2)) for c, n, col, v in EXPECTED[number])
    assert got - want == Counter(), "facts the parser found that the seed does not have"
    assert want - got == Counter(), "facts of the seed the parser missed"


def test_units_types_and_metadata(seed: ParsedDocument) -> None:
    doc = seed.document
    assert doc.organisation == "新疆维吾尔自治区喀什地区喀什市人民政府办公室"
    assert (doc.year, doc.kind) == (2025, "预算")
    types = {t.number: t.table_type for t in seed.tables if t.number}
    assert types == {
        "表1": "收支总表", "表2": "收入总表", "表3": "支出总表", "表4": "财政拨款收支总表",
        "表5": "一般公共预算支出表", "表6": "一般公共预算基本支出表", "表7": "项目支出表",
        "表8": "政府性基金", "表9": "国有资本经营", "表10": "三公经费", "表11": "结转结余",
    }  # fmt: skip
    assert all(f.unit == "万元" for f in seed.facts if f.table_index <= 10)


def test_two_sided_table_keeps_sides(seed: ParsedDocument) -> None:
    sides = {f.row_name: f.side for f in seed.facts if f.table_index == 0}
    assert sides["收入总计"] == "收入" and sides["支出总计"] == "支出"


def test_coded_rows_have_their_ancestors(seed: ParsedDocument) -> None:
    fact = next(f for f in seed.facts if f.row_code == "2080505" and f.table_type == "支出总表")
    assert fact.row_path == ("社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出")
