"""Golden tests on real PDFs of different layouts: totals, “三公” parts and 人员/公用经费 with their pages.

Expected values were read by hand from the rendered pages (tests/expected_real.py).
"""

from __future__ import annotations

import pytest

from assistant.normalize import squash, strip_numbering
from assistant.performance import performance_projects
from tests.conftest import parsed
from tests.expected_real import EXPECTED_REAL, SOURCE_TEXT

TYPES = {
    "收支总表": {"收支总表"},
    "三公经费": {"三公经费"},
    "基本支出": {"一般公共预算基本支出表", "基本支出表"},
}
CASES = [(file, entry) for file, entries in EXPECTED_REAL.items() for entry in entries]


@pytest.mark.parametrize(("file", "entry"), CASES, ids=[f"{f.split('-')[1]}-{i}" for i, (f, e) in enumerate(CASES)])
def test_golden_figure(file: str, entry: tuple[str, str, str, float | None, str, int]) -> None:
    kind, row, column, value, unit, page = entry
    doc = parsed(file)
    if (file, kind, row, column) in SOURCE_TEXT:
        assert any(column in t.subject and t.value == value and t.page == page for t in doc.text_facts)
        return
    row_names = {strip_numbering(row)} if row else {"", "合计"}
    candidates = [
        f
        for f in doc.facts
        if f.table_type in TYPES[kind] and squash(f.column) == squash(column) and f.row_name in row_names
    ]
    if value is None:
        assert candidates == [], "a cell printed empty must give no fact"
        return
    assert any(f.value == pytest.approx(value) and f.unit == unit and f.page == page for f in candidates), [
        (f.row_name, f.column, f.value, f.unit, f.page) for f in candidates
    ] or sorted({(f.row_name, f.column) for f in doc.facts if f.table_type in TYPES[kind]})[:30]


def test_fact_boxes_hold_the_printed_value() -> None:
    """The box of every fact on a page, cropped from the PDF, reads back as the fact's value (or blank, for
    the 0 of a summary row printed without an amount)."""
    import pdfplumber

    from assistant.normalize import parse_number
    from tests.conftest import CORPUS

    doc = parsed("central-guojia-xinfangju-2026-yusuan.pdf")
    facts = [f for f in doc.facts if f.page in (5, 12, 16)]
    assert len(facts) > 40
    with pdfplumber.open(CORPUS / doc.document.file) as pdf:
        for f in facts:
            assert f.bbox is not None
            text = pdf.pages[f.page - 1].crop(f.bbox).extract_text()
            if f.value == 0 and not (text or "").strip():
                continue  # a kind of income listed with no amount this year
            assert parse_number(text) == pytest.approx(f.value), (f.describe(), text)


def test_paragraphs_framed_in_a_box_are_text() -> None:
    """国家信访局's 名词解释 (p33) is drawn inside a frame of one column: its words are passages, not a
    table that yields nothing."""
    doc = parsed("central-guojia-xinfangju-2026-yusuan.pdf")
    framed = [p for p in doc.passages if p.page == 33 and "主要是按规定动用的售房收入" in p.text.replace(" ", "")]
    assert framed
    assert not [t for t in doc.tables if 33 in t.pages]


def test_codes_printed_in_separate_class_item_columns_are_joined() -> None:
    # 烟台 prints 类 / 款 / 项 in three columns and fills only a row's own level: "201", "08", "01"
    doc = parsed("shandong-yantai-shenjiju-2026-yusuan.pdf")
    spending = [f for f in doc.facts if f.table_type == "支出总表" and f.column_path == ("合计",)]
    codes = {f.row_code: (f.row_name, f.value) for f in spending if f.row_code}
    assert codes["20108"] == ("审计事务", 2731.79) and codes["2010801"] == ("行政运行", 1535.85)
    assert codes["22102"][0] == "住房改革支出" and "2210201" in codes  # the 款 on a continuation page too
    assert all(len(c) in (3, 5, 7) for c in codes)


def test_rows_of_years_belong_to_the_unit_printed_once_above_them() -> None:
    # 深圳 三公 table (p38): "深圳市财政局（本级） | 2025年", then "2026年" and "增减变化金额" without the unit
    doc = parsed("guangdong-shenzhen-caizhengju-2026-yusuan.pdf")
    paths = {f.row_path for f in doc.facts if f.table_type == "三公经费"}
    assert {("深圳市财政局（本级）", y) for y in ("2025年", "2026年", "增减变化金额")} <= paths


def test_figures_set_below_the_line_of_their_sentence_are_read_in_it() -> None:
    # 普陀区财政局 2024 决算 sets its digits in Times New Roman about 5 points below the FangSong line:
    # read line by line they fell to a line of their own ("截至 年 月 日 … 车辆 辆" / "2024 12 31 0")
    doc = parsed("shanghai-putuo-caizhengju-2024-bumen-juesuan.pdf")
    said = {(t.subject, t.value, t.unit) for t in doc.text_facts if t.page == 24}
    assert ("共有车辆", 0, "辆") in said
    assert ("单价100万元（含）以上设备（不含车辆）", 2, "台") in said


def test_performance_forms_one_a_page_are_each_a_project() -> None:
    # 福州市医疗保障局 p27–p39: thirteen forms, one a page, each with "专项资金情况（万元） | 资金总额 | …";
    # four are titled 综合工作经费 (for four units), and the first form's title is the last line of p26
    projects = performance_projects([parsed("fujian-fuzhou-yibaoju-2026-yusuan.pdf")])
    assert len(projects) == 13
    assert projects[0].name == "2026年医疗服务与保障能力提升补助资金" and projects[0].cell.value == 745
    best = max(projects, key=lambda p: p.cell.value)
    assert best.name == "城乡居民基本医疗保险补助（中央和省级补助资金）"
    assert (best.cell.value, best.cell.page) == (141405, 31)
    assert sum(p.name == "综合工作经费" for p in projects) == 4


def test_a_summary_row_printed_blank_is_none_of_that_kind() -> None:
    # 西安市审计局 2026 p22 部门综合预算收支总表: "2、上级补助收入" and "3、事业收入" print no amount: 0 this year. The
    # 专项业务经费's blank "(1)工资福利支出" is left unread: the 人员经费's row of that name prints 29,812,828.40
    doc = parsed("shaanxi-xian-shenjiju-2026-yusuan.pdf")
    summary = [f for f in doc.facts if f.table_type == "收支总表"]
    kinds = {(f.row_name, f.value) for f in summary if f.side == "收入" and f.row_name in ("上级补助收入", "事业收入")}
    assert kinds == {("上级补助收入", 0.0), ("事业收入", 0.0)}
    assert [f.value for f in summary if f.row_name == "工资福利支出"] == [29812828.4]


def test_a_listings_people_column_is_a_count_of_people() -> None:
    # p18 培训费明细表: 培训名称 | 时间 | 人数 | 金额 — 95, 120, 50 and 120 trained, never money
    doc = parsed("shaanxi-xian-shenjiju-2026-yusuan.pdf")
    people = [f.value for f in doc.facts if f.table_title.endswith("培训费明细表") and f.unit == "人"]
    money = [f.value for f in doc.facts if f.table_title.endswith("培训费明细表") and f.unit == "万元"]
    assert (people, money) == ([95.0, 120.0, 50.0, 120.0], [3.65, 8.7, 2.65, 6.0])


def test_indicator_values_printed_apart_from_their_measure() -> None:
    # 北京市财政局 p17 预算12表: "评审项目数量 | ≥ | 420 | 个" — sign, number and measure in three cells;
    # 西安市审计局 p39: "人均培训成本（元） | ≤1947" — the measure in the indicator's name
    beijing = parsed("beijing-shi-caizhengju-2026-yusuan-part2-baobiao.pdf")
    assert ("评审项目数量", 420.0, "个") in {
        (f.row_name, f.value, f.unit) for f in beijing.facts if f.page == 17 and f.column.startswith("指标值")
    }
    xian = parsed("shaanxi-xian-shenjiju-2026-yusuan.pdf")
    assert ("人均培训成本", "审计培训", 1947.0, "元") in {
        (f.row_name, f.row_label, f.value, f.unit) for f in xian.facts if f.page == 39 and f.column.startswith("指标值")
    }
