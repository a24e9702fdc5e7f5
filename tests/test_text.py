"""Text facts and passages: figures stated in the explanatory text, and section-aware chunks."""

from __future__ import annotations

import pytest

from assistant.model import ParsedDocument, TextFact
from assistant.textfacts import Sentence, extract, from_sentences
from tests.conftest import parsed


def _find(doc: ParsedDocument, subject: str, value: float) -> TextFact:
    return next(t for t in doc.text_facts if t.subject == subject and t.value == value)


def test_figure_with_share_and_change(seed: ParsedDocument) -> None:
    fact = _find(seed, "基本支出", 1136.42)
    assert (fact.unit, fact.share, fact.change, fact.change_unit, fact.change_pct) == (
        "万元",
        86.44,
        3.28,
        "万元",
        0.29,
    )
    assert "支出预算情况说明" in fact.section


def test_decrease_is_negative(seed: ParsedDocument) -> None:
    fact = next(t for t in seed.text_facts if "行政单位离退休" in t.subject)
    assert (fact.value, fact.change, fact.change_pct) == (93.68, -5.29, -5.35)


@pytest.mark.parametrize(
    ("subject", "value", "unit"),
    [("编制数", 32, "人"), ("实有人数", 109, "人"), ("车辆", 24, "辆"), ("车辆价值", 390.56, "万元"),
     ("房屋", 22876.98, "平方米"), ("房屋价值", 829.17, "万元"), ("政府采购货物预算", 50.53, "万元")],
)  # fmt: skip
def test_non_money_and_qualified_figures(seed: ParsedDocument, subject: str, value: float, unit: str) -> None:
    assert _find(seed, subject, value).unit == unit


def test_thresholds_are_not_figures() -> None:
    facts = extract("部门价值 50 万元以上大型设备 0 台。", page=3)
    assert [(f.value, f.unit) for f in facts] == [(0.0, "台")]


def test_text_fact_keeps_its_page_in_a_pdf() -> None:
    doc = parsed("jiangsu-sheng-gaoji-fayuan-2019-yusuan.pdf")
    pages = {t.page for t in doc.text_facts if t.subject == "人员经费" and t.value == 18387.95}
    assert pages == {22, 23}  # stated twice: 财政拨款 and 一般公共预算 基本支出 sections


def test_passages_keep_heading_path(seed: ParsedDocument) -> None:
    passage = next(p for p in seed.passages if "慰问贫困户" in p.text)
    assert passage.heading_path[0] == "第三部分2025年部门预算情况说明"
    assert passage.heading_path[-1].startswith("十一、")
    definition = next(p for p in seed.passages if "基本支出预算之外" in p.text)
    assert definition.heading_path == ("第四部分名词解释",)


def test_pdf_passages_have_pages_and_no_table_text() -> None:
    doc = parsed("central-guojia-xinfangju-2026-yusuan.pdf")
    assert all(1 <= p.page <= doc.document.pages for p in doc.passages)
    assert not any("2014001" in p.text for p in doc.passages)  # table cells stay out of passages
    assert any(p.page == 18 and "基本支出" in p.text for p in doc.passages)


def _facts(text: str, section: str = "") -> list[tuple[str, float | None, str, float | None, float | None]]:
    from assistant.passages import Sentence
    from assistant.textfacts import from_sentences

    heading = tuple(section.split(" > ")) if section else ()
    return [(t.subject, t.value, t.unit, t.change, t.change_pct) for t in from_sentences([Sentence(1, heading, text)])]


def test_a_numbered_list_of_changes_compares_with_last_year_throughout() -> None:
    # 烟台市审计局: the comparison is made once, before "其中：1.…"; item 2 is a change too
    facts = _facts(
        "（三）增减变化情况：2026年收支预算3,558.35万元，比上年增加118.76万元，其中：1.收入预算增加118.76万元。"
        "2.支出预算增加118.76万元，其中基本支出增加79.26万元，项目支出增加39.5万元。"
    )
    assert ("基本支出", None, "万元", 79.26, None) in facts
    assert ("项目支出", None, "万元", 39.5, None) in facts


def test_last_year_and_this_year_stated_by_date_are_the_items_change() -> None:
    # the Shanghai template: the item's sentence, a sentence between, then the two years by date
    facts = _facts(
        "5、公共安全支出（204类）司法（06款）信息化建设（13项）227.88万元。主要用于：信息化建设。"
        "2025年当年预算执行数为60.41万元，2026年预算安排227.88万元，比2025年预算执行数增加277.22%。"
    )
    assert facts == [("公共安全支出（204类）司法（06款）信息化建设（13项）", 227.88, "万元", 167.47, 277.22)]


def test_units_and_offices_a_sentence_lists_are_counted() -> None:
    numbered = _facts("纳入X局2026年部门预算编制范围的二级预算单位包括：1.X局2.X服务中心3.X分局4.Y中心")
    assert numbered == [("纳入X局2026年部门预算编制范围的二级预算单位", 4.0, "个", None, None)]
    listed = _facts("本部门内设机构包括：办公室、综合处、法规与审理处、人事教育处（离退休干部处）。")
    assert listed == [("本部门内设机构", 4.0, "个", None, None)]
    assert _facts("部门预算包括：局机关预算、局属事业单位预算。") == []  # budgets, not units


def test_a_heading_run_into_a_sentence_is_no_part_of_its_subject() -> None:
    facts = _facts(
        "X局2026年度部门预算公开况说明X局 2026 年度一般公共预算拨款安排的“三公”经费支出预算 10 万元，"
        "比上年预算减少 3 万元。"
    )
    assert facts == [("一般公共预算拨款安排的“三公”经费支出预算", 10.0, "万元", -3.0, None)]


def test_a_figure_alone_under_a_project_pages_heading() -> None:
    facts = _facts("795万元", "人民调解项目经费情况说明 > 六、年度预算安排")
    assert facts == [("人民调解项目年度预算安排", 795.0, "万元", None, None)]
    assert _facts("795万元", "六、年度预算安排") == []  # no project named: no subject


def test_total_count_takes_the_clause_before() -> None:
    facts = _facts(
        "2026年X局其他运转类项目和特定目标类项目均实行绩效目标管理，共计 7 个一级项目，涉及资金1266.75 万元。"
    )
    assert ("X局其他运转类项目和特定目标类项目均实行绩效目标管理一级项目", 7.0, "个", None, None) in facts


def test_a_move_from_last_years_amount_to_this_years_is_one_figure_with_its_change() -> None:
    (fact,) = extract("局机关养老服务发展资金项目由2025年177万元增加至237万元,项目收支增加;", 30)
    assert (fact.subject, fact.value, fact.change, fact.unit) == ("局机关养老服务发展资金项目", 237.0, 60.0, "万元")
    (fact,) = extract("公用经费从上年的30万元减少到25.5万元。", 3)
    assert (fact.subject, fact.value, fact.change) == ("公用经费", 25.5, -4.5)


def test_a_change_after_a_list_of_parts_is_the_wholes() -> None:
    # 西安市审计局 2026 p10: the 142.30 is the income's change, never 其他收入's (100.00 - 142.30 < 0)
    facts = extract(
        "本部门当年预算收入4,203.47万元，其中：一般公共预算拨款4,005.29万元、上年实户资金余额98.18万元、"
        "其他收入100.00万元，较上年增加142.30万元，增长3.50%，增长的主要原因是：一方面…",
        10,
    )
    said = {t.value: (t.change, t.change_pct) for t in facts}
    assert said[4203.47] == (142.3, 3.5) and said[100.0] == (None, None)


def test_counts_a_list_ends_with_etc_and_items_titled_alone() -> None:
    # 广州市统计局 p24 "…单价在100万元以上的设备12台等": 等 names nothing; the threshold is no figure
    facts = extract("分布构成情况为：房屋2,411.16平方米，车辆4辆，单价在100万元以上的设备12台等。", 24)
    assert ("单价在100万元以上的设备", 12.0, "台") in {(t.subject, t.value, t.unit) for t in facts}
    # 重庆市委宣传部 p5 "（一）机关运行经费。…财政拨款运行经费 910.53 万元": the title's item; "持平" said with
    # the item again is no change
    titled = "（一）机关运行经费。2026 年一般公共预算财政拨款运行经费 910.53 万元，比 2025 年增加0.09 万元。"
    facts = from_sentences([Sentence(5, (), titled)])
    assert facts[0].subject.endswith("机关运行经费") and facts[0].change == 0.09
    (t,) = extract("国家信访局 2026 年“三公”经费财政拨款预算数为112.61 万元,与 2025 年“三公”经费预算持平。", 16)
    assert (t.value, t.change) == (112.61, 0.0)
