"""The answer engine at its boundaries: `Assistant.ask` and the `ask --batch --json` contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.ingest import ingest
from assistant.model import Document
from assistant.scope import resolve
from assistant.settings import Settings
from tests.conftest import EMBEDDING_CACHE, FIXTURES, ROOT, SEED, answered


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    s = Settings(index_dir=tmp_path_factory.mktemp("answer-index"), workers=1, embedding_cache=EMBEDDING_CACHE)
    ingest([SEED, FIXTURES / "bad" / "small-real.pdf"], s, say=lambda _: None)
    return s


@pytest.fixture(scope="module")
def assistant(settings: Settings) -> Assistant:
    return Assistant(settings)


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("喀什市政府办出国花了多少钱", 50.0, "万元"),  # short name, everyday word
        ("喀什市人民政府办公室职工基本医疗保险缴费多少", 31.78, "万元"),  # table cell
        ("喀什市人民政府办公室房屋价值多少", 829.17, "万元"),  # figure stated in the text
        ("喀什市人民政府办公室退休人员有多少人", 45, "人"),  # a count
        ("杭州市气象局收入总计是多少", 5876.67, "万元"),  # a real PDF, two-sided table
        # "（1）项目名称：2025 年单位运转项目 … 资金分配情况：…档案数字化加工 13.22万元": a part of that project
        ("喀什市政府办2025年单位运转项目里，档案数字化加工安排了多少钱？", 13.22, "万元"),
        # an item under its class: 基本工资 is an item of its own, not "工资" read as 工资福利支出
        ("喀什市政府办2025年工资福利支出中基本工资是多少", 192.23, "万元"),
        ("喀什市政府办 2025 30201办公费", 9.77, "万元"),  # a year, then a code, typed apart
        ("喀什市政府办2025年支出预算是不是快1300万了？到底多少", 1314.73, "万元"),  # a belief, then the figure
        # the change the asker read, then last year's figure asked
        ("喀什市政府办2025年一般公共预算基本支出比上年增加了3.28万元，那上年是多少", 1133.14, "万元"),
        ("喀什市政府办2025年第三张表的合计是多少", 1314.73, "万元"),  # the 目录's third table
    ],
)
def test_lookup(assistant: Assistant, question: str, value: float, unit: str) -> None:
    answer = assistant.ask(question)
    assert answered(answer) == (value, unit)
    source = answer.figures[0].sources[0]
    assert source.doc and (source.table or source.row)


def test_lookup_cites_table_and_page_of_a_pdf(assistant: Assistant) -> None:
    answer = assistant.ask("杭州市气象局支出总计是多少")
    source = answer.figures[0].sources[0]
    assert source.page == 1 and "收支预算总表" in (source.table or "")
    assert "第 1 页" in answer.answer


@pytest.mark.parametrize(
    ("question", "value", "formula"),
    [
        ("喀什市人民政府办公室基本工资和津贴补贴合计是多少", 405.13, "192.23 + 212.90 = 405.13"),
        ("喀什市人民政府办公室奖金比绩效工资多多少", 108.56, "119.64 − 11.08 = 108.56"),
        ("喀什市人民政府办公室公用经费占基本支出的比例", 1.52, "17.27 ÷ 1136.42 × 100% = 1.52%"),
        ("喀什市人民政府办公室上年行政运行预算数", 870.54, "870.35 + 0.19 = 870.54"),
        # the parts named under their class, and a short part that takes the last one's ending
        ("喀什市人民政府办公室2025年工资福利里，基本工资和奖金一共多少？", 311.87, "192.23 + 119.64 = 311.87"),
        ("喀什市政府办2025年基本和项目支出一共多少", 1314.73, "1136.42 + 178.31 = 1314.73"),
    ],
)
def test_computed_figures_show_their_formula(assistant: Assistant, question: str, value: float, formula: str) -> None:
    answer = assistant.ask(question)
    assert answer.figures[0].value == pytest.approx(value)
    assert answer.figures[0].formula == formula
    assert len(answer.figures[0].sources) >= 1 and formula.split(" = ")[0] in answer.answer


def test_stated_share_and_change(assistant: Assistant) -> None:
    share = assistant.ask("喀什市人民政府办公室项目支出占部门支出预算的比例")
    assert answered(share) == (13.56, "%") and share.figures[0].formula is None  # printed, not computed
    assert answered(assistant.ask("喀什市人民政府办公室行政单位离退休比上年减少多少")) == (5.29, "万元")
    assert answered(assistant.ask("喀什市人民政府办公室公务员医疗补助增长率")) == (11.82, "%")


def test_explanations_and_definitions(assistant: Assistant) -> None:
    reason = assistant.ask("喀什市人民政府办公室2024年驻村工作队为民办实事经费用来做什么")
    assert reason.status == "answered" and "慰问贫困户" in reason.answer + reason.passages[0].text
    definition = assistant.ask("什么是项目支出？")
    assert "基本支出预算之外" in definition.answer and not definition.figures


@pytest.mark.parametrize(
    "question",
    [
        "喀什市财政局2025年部门预算总额是多少",
        "喀什市人民政府办公室2023年基本支出是多少",
        "喀什市人民政府办公室飞机有多少架",
        "喀什市人民政府办公室2025年工资福利支出和奖金一共多少",  # 奖金 is printed under 工资福利支出: no sum
    ],
)
def test_abstains_with_closest_passages(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.status == "not_found" and not answer.figures
    assert answer.passages


def test_two_documents_with_different_figures_are_ambiguous(assistant: Assistant) -> None:
    answer = assistant.ask("行政运行是多少")
    assert answer.status == "ambiguous"
    assert {f.value for f in answer.figures} >= {870.35, 2617.19}
    assert len({f.sources[0].doc for f in answer.figures}) == 2


def test_batch_json_contract(settings: Settings, tmp_path: Path) -> None:
    questions = tmp_path / "q.txt"
    questions.write_text("喀什市政府办出国花了多少钱\n\n喀什市财政局2025年部门预算总额是多少\n", encoding="utf-8")
    command = ["ask", "--batch", str(questions), "--json", "--index", str(settings.index_dir)]
    result = subprocess.run(
        [sys.executable, "-m", "assistant", *command], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2  # one object per question, nothing else on stdout
    first, second = map(json.loads, lines)
    assert set(first) == {"question", "status", "answer", "figures", "passages"}
    assert first["status"] == "answered" and first["figures"][0]["value"] == 50.0
    assert set(first["figures"][0]) == {"value", "unit", "label", "formula", "sources"}
    assert set(first["figures"][0]["sources"][0]) == {"doc", "page", "table", "row", "column"}
    assert set(first["passages"][0]) == {"doc", "page", "text", "score"}
    assert second["status"] == "not_found" and second["figures"] == []


def test_cross_document_comparison(assistant: Assistant) -> None:
    answer = assistant.ask("喀什市政府办和杭州市气象局的行政运行相差多少")
    assert answered(answer) == (1746.84, "万元")
    assert len({s.doc for s in answer.figures[0].sources}) == 2
    assert (
        answer.figures[0].formula
        == "杭州市气象局 2617.19 − 新疆维吾尔自治区喀什地区喀什市人民政府办公室 870.35 = 1746.84"
    )


@pytest.mark.parametrize(
    ("question", "value", "name"),
    [
        ("喀什市人民政府办公室工资福利支出里哪一项最多", 312.41, "其他工资福利支出"),  # children of 301
        ("喀什市人民政府办公室公用经费里哪一项最多", 9.77, "办公费"),  # items of a total column
        ("喀什市人民政府办公室工资福利支出中哪一项最少", 2.04, "其他社会保障缴费"),
        ("喀什市人民政府办公室工资福利支出里第二多的是哪一项", 212.9, "津贴补贴"),  # the second alone
    ],
)
def test_ranking_over_the_full_table(assistant: Assistant, question: str, value: float, name: str) -> None:
    answer = assistant.ask(question)
    assert answered(answer) == (value, "万元")
    assert name in answer.answer


def test_traditional_characters_and_full_width_digits(assistant: Assistant) -> None:
    answer = assistant.ask("喀什市政府辦２０２５年出國花了多少錢？")
    assert answered(answer) == (50.0, "万元")
    assert answer.question == "喀什市政府辦２０２５年出國花了多少錢？"  # echoed as asked


def test_a_slip_in_the_first_character_and_a_count_the_asker_states(assistant: Assistant) -> None:
    # "咯什" for 喀什: read by the characters after it, and said back
    answer = assistant.ask("咯什市政府办2025年实有人数是多少？")
    assert answered(answer) == (109, "人") and "喀什市" in answer.answer.split("理解")[0]
    # "计划安排因公出国费用共计 50 万元，…保障因公出国人员不少于 18 人次": 50 ÷ 18
    answer = assistant.ask(
        "喀什市政府办2025年因公出国经费保障项目安排了50万元，计划保障不少于18人次，平均每人次大概多少万元？"
    )
    assert answered(answer) == (2.78, "万元") and answer.figures[0].formula == "50 ÷ 18 = 2.78"


def test_a_funds_change_is_never_the_whole_incomes(assistant: Assistant) -> None:
    # "一般公共预算 1314.4 万元，…比上年预算增加 67.18 万元": the income total is 1,314.73, its change not stated
    assert assistant.ask("喀什市政府办2025年收入比上年增加了多少").status == "not_found"
    assert answered(assistant.ask("喀什市政府办2025年一般公共预算比上年增加了多少")) == (67.18, "万元")


def test_amount_converted_only_when_another_unit_is_asked(assistant: Assistant) -> None:
    asked = assistant.ask("杭州市气象局收入总计是多少亿元")
    assert answered(asked) == (0.5877, "亿元")  # rounded as a reader says it; the formula says so (≈)
    assert asked.figures[0].formula == "5876.67 万元 ÷ 10000 ≈ 0.5877 亿元"
    assert answered(assistant.ask("杭州市气象局收入总计是多少")) == (5876.67, "万元")


def test_a_place_said_after_the_question_picks_the_organisation() -> None:
    # two bureaux share the short name 市水务局; "北京的" said at the end chooses one, a comparison keeps both
    docs = [
        Document(i, f"{i}.pdf", "", org, 2026, "预算", "27", 1, i)
        for i, org in (("bj", "北京市水务局"), ("sz", "深圳市水务局"), ("yt", "烟台市审计局"), ("su", "苏州市审计局"))
    ]
    assert resolve("市水务局下面一共有几个二级预算单位啊？北京的", docs).doc_ids == ("bj",)
    assert resolve("市水务局2026年三公经费是多少", docs).doc_ids == ("bj", "sz")
    assert resolve("烟台审计局和苏州审计局三公经费哪个多", docs).doc_ids == ("su", "yt")


def test_a_mistyped_last_character_is_a_slip_only_where_the_name_ends() -> None:
    # "江苏省高级法阮2018年": the name ends at a figure, its last character typed wrong outright (阮 has no sound
    # of 院); "北京市水务改革发展资金": words go on after "北京市水务改", which is no slip of 北京市水务局; a short
    # name followed by 的 ("喀什市政府办的") is that name, not a slip of a longer one
    docs = [
        Document(i, f"{i}.pdf", "", org, 2026, "预算", "27", 1, i)
        for i, org in (("fy", "江苏省高级人民法院"), ("bj", "北京市水务局"), ("ks", "喀什市人民政府办公室"))
    ]
    slipped = resolve("江苏省高级法阮2018年有几个内设机构？", docs)
    assert slipped.doc_ids == ("fy",) and slipped.reading == "江苏省高级人民法院"
    assert resolve("北京市水务改革发展资金这个转移支付的目标是多少", docs).reading is None
    assert resolve("喀什市政府办的编制数是多少", docs).reading is None
