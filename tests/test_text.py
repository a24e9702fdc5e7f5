"""Text facts and passages: figures stated in the explanatory text, and section-aware chunks."""

from __future__ import annotations

import pytest

from assistant.model import ParsedDocument, TextFact
from assistant.textfacts import extract
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
