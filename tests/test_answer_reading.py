"""Reading what people type and what documents mean: a character slipped by its shape, a 决算's budget
column asked by name, an economic item split over a fund's 基本支出 and 项目支出 tables, a sentence whose
words are boxed one by one. Expected values were read by hand from the PDFs (pages given); the index is
built by the real pipeline, as `ingest` builds it for users.
"""

from __future__ import annotations

import pytest

from assistant.answer import Assistant
from assistant.ingest import ingest
from assistant.settings import Settings
from tests.conftest import CORPUS, EMBEDDING_CACHE, answered
from tests.test_parse_wide import WIDE

CHANGSHA = WIDE / "hunan-changsha-zhiye-jiaoyu-jidi-bangongshi-2026-yusuan.pdf"  # words boxed one by one
TONGJI = CORPUS / "guangdong-guangzhou-tongjiju-2026-yusuan.pdf"  # 电费 in 基本支出 and 项目支出 by economic class
XINFANG = CORPUS / "central-guojia-xinfangju-2024-juesuan.pdf"  # 三公 决算 table: 预算数 | 决算数
XINFANG_2026 = CORPUS / "central-guojia-xinfangju-2026-yusuan.pdf"  # the same organisation's budget
QIXIANG = WIDE / "shaanxi-xian-qixiangju-2022-yusuan.pdf"  # a unit's headcount said in the text only

pytestmark = pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    settings = Settings(index_dir=tmp_path_factory.mktemp("reading"), embedding_cache=EMBEDDING_CACHE)
    ingest([CHANGSHA, TONGJI, XINFANG, XINFANG_2026, QIXIANG], settings, say=lambda _: None)
    return Assistant(settings)


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("长沙职业教育基地综合协调办公室2026年培训人数是多少", 11, "人"),
        # "（四）政府采购情况：2026 年本单位政府采购预算总额 7" and "万元，其中…" on the next page
        ("长沙职业教育基地综合协调办公室2026年政府采购预算总额多少", 7, "万元"),
    ],
)
def test_a_sentence_of_boxed_words_is_read(assistant: Assistant, question: str, value: float, unit: str) -> None:
    answer = assistant.ask(question)
    assert answered(answer) == (value, unit) and answer.figures[0].sources[0].page == 8


@pytest.mark.parametrize(
    ("question", "typed", "value"),
    [
        ("长沙职业教肓基地综合协调办公室2026年培训费预算多少", "教肓", 2),  # 肓 for 育, in the name
        ("广州市统计局2026年财政拔款收入总计是多少", "拔款", 9433.72),  # 拔 for 拨, in the item
    ],
)
def test_a_character_slipped_by_its_shape_is_read_as_the_word_printed(
    assistant: Assistant, question: str, typed: str, value: float
) -> None:
    answer = assistant.ask(question)
    assert answered(answer)[0] == pytest.approx(value)
    assert typed in answer.answer  # says how it read the question


def test_a_rare_character_without_a_printed_reading_stays_as_typed(assistant: Assistant) -> None:
    # 吴兴区 is printed nowhere in the library: no neighbouring words to read it by, so no reading
    answer = assistant.ask("湖州市吴兴区财政局2026年“三公”经费预算是多少？")
    assert answer.status == "not_found" and "按" not in answer.answer


def test_an_economic_item_of_both_tables_of_a_fund_is_their_sum(assistant: Assistant) -> None:
    answer = assistant.ask("广州市统计局2026年电费是多少")
    assert answered(answer) == (5.4, "万元")
    assert answer.figures[0].formula == "3 + 2.40 = 5.40"
    assert {s.page for s in answer.figures[0].sources} == {14, 16}
    # one part asked: that part only
    assert answered(assistant.ask("广州市统计局2026年基本支出里电费多少")) == (3, "万元")


def test_a_final_accounts_budget_column_is_answered_only_when_asked(assistant: Assistant) -> None:
    assert answered(assistant.ask("国家信访局2024年三公经费是多少")) == (46.21, "万元")
    planned = assistant.ask("国家信访局2024年三公经费预算数是多少")
    assert answered(planned) == (76.43, "万元") and "预算数" in planned.figures[0].label
    apart = assistant.ask("国家信访局2024年三公经费预算数和决算数差了多少？")
    assert answered(apart) == (30.22, "万元") and apart.figures[0].formula == "76.43 − 46.21 = 30.22"


def test_last_years_total_from_a_change_stated_for_both_sides(assistant: Assistant) -> None:
    # p17: "2024 年度收支总计 22066.59 万元，与 2023 年相比，收支总计各增加 5834.37 万元" (各: each of 收 and 支)
    answer = assistant.ask("国家信访局2023年度的收支总计是多少万元？")
    assert answered(answer) == (16232.22, "万元") and answer.figures[0].formula == "22066.59 − 5834.37 = 16232.22"


def test_a_year_typed_bare_after_the_name_is_the_year_asked(assistant: Assistant) -> None:
    # "2024" without 年: the 2024 决算 is asked, not read as part of the item
    assert answered(assistant.ask("国家信访局2024 三公经费")) == (46.21, "万元")


def test_what_the_text_says_of_a_unit_by_name(assistant: Assistant) -> None:
    # p7: "西安市人工影响天气服务保障中心编制人数 8 人，实有人员 7 人" — no table prints the unit's headcount
    answer = assistant.ask("西安市人工影响天气服务保障中心实有几个人")
    assert answered(answer) == (7, "人") and "人工影响天气服务保障中心" in answer.figures[0].label


@pytest.mark.parametrize(
    ("question", "value", "page"),
    [
        # as the text states it for the item, read up to the next item
        ("国家信访局2024年一般行政管理事务完成了年初预算的百分之多少", 0.8, 21),
        ("国家信访局2024年购房补贴的预算完成率是多少", 98.51, 23),
    ],
)
def test_a_completion_rate_is_read_where_the_text_states_it(
    assistant: Assistant, question: str, value: float, page: int
) -> None:
    answer = assistant.ask(question)
    assert answered(answer) == (value, "%")
    assert answer.figures[0].sources[0].page == page


def test_a_word_of_grammar_is_never_read_as_a_slip() -> None:
    # 和 is also read huò: "电费和物业管理费" must not become "电费货物业管理费"
    from assistant.lexicon import homophone_slips

    assert homophone_slips("电费和物业管理费一共安排了多少")[1] == []


@pytest.mark.parametrize(
    ("question", "value", "unit", "said"),
    [
        # "X和Y哪个多": their difference, said with which is larger (p22 绩效目标: 电费 140, 水费 120); the
        # organisation typed with a slip in a short form (基底 for 基地)
        ("长沙职教基底办公室电费和水费预算哪个多 多多少", 20, "万元", "电费多于水费"),
        ("广州市统计局2026年项目支出和基本支出哪个多", 7319.62, "万元", "基本支出多于项目支出"),
        # a score the 决算's text states (p48 "综合评价得分85.19分")
        ("国家信访局2024年全国信访信息系统维护费项目绩效评价综合得分是多少", 85.19, "分", "综合评价得分"),
    ],
)
def test_two_items_compared_and_a_score(
    assistant: Assistant, question: str, value: float, unit: str, said: str
) -> None:
    answer = assistant.ask(question)
    assert answered(answer) == (value, unit)
    assert said in answer.answer


def test_what_an_item_pays_for_is_read_across_a_first_line_taken_for_a_heading(assistant: Assistant) -> None:
    # p9 "（六）委托业务费情况：2026年本单位委托业务费预算总" | "额 6.98 万元，主要用于电梯维保服务…": the line read
    # as a heading begins the sentence
    answer = assistant.ask("长沙职业教育基地综合协调办公室的委托业务费主要用来干什么？")
    assert answer.status == "answered", answer.answer
    assert "委托业务费预算总额6.98万元，主要用于电梯维保服务" in answer.answer


def test_two_documents_of_one_organisation_are_compared(assistant: Assistant) -> None:
    # 国家信访局 2026 预算 p16 “三公”经费 112.61; 2024 决算 p15 决算数 46.21
    answer = assistant.ask("国家信访局2026年三公经费比2024年决算多多少")
    assert answered(answer) == (66.4, "万元")
    assert answer.figures[0].formula == "112.61 − 46.21 = 66.40"
    assert [s.page for s in answer.figures[0].sources] == [16, 15]
    # 国家信访局 is 信访局 to most who ask; "26年…跟24年决算的…比 多了还是少了" is the same comparison
    answer = assistant.ask("信访局26年三公经费预算跟24年决算的三公经费比 多了还是少了 差多少")
    assert answered(answer) == (66.4, "万元")


def test_an_average_and_offices_listed_by_name(assistant: Assistant) -> None:
    # 国家信访局 2024 决算 p12 公务用车运行维护费 40.61; p26 共有车辆 15 辆
    answer = assistant.ask("国家信访局2024年公车运行维护费平均下来每辆车多少钱？")
    assert answered(answer) == (2.71, "万元") and answer.figures[0].formula == "40.61 ÷ 15 = 2.71"
    # 长沙 p4 "（二）机构设置 / 综合事务部、综合治理部、后勤服务部。": named, not counted, in the text
    answer = assistant.ask("长沙职业教育基地综合协调办公室2026年设了几个部门")
    assert answered(answer) == (3, "个") and "后勤服务部" in answer.answer


def test_a_decisions_outturn_against_its_budget_and_a_figure_less_one_of_its_parts(assistant: Assistant) -> None:
    # 国家信访局 2024 决算 p22 "信访业务（项）…年初预算为 2325.72 万元，支出决算为 2066.84 万元": spent 258.88 less
    answer = assistant.ask("国家信访局2024年信访业务这一项比年初预算少花了多少钱？")
    assert answered(answer) == (258.88, "万元")
    assert answer.figures[0].formula == "2066.84 − 2325.72 = -258.88" and "少" in answer.answer
    # 2026 预算 p20 "…比2025年执行数减少20,766.6万元，减幅55.76%，扣除中央基建后…增加2,775.6万元，增幅20.26%":
    # the whole's −55.76% is no answer to the figure less its 基建 part
    answer = assistant.ask("国家信访局2026年一般公共预算拨款扣除中央基建投资后比2025年执行数增长了百分之多少？")
    assert answer.status != "answered" or answer.figures[0].value == 20.26, answer.answer


def test_last_years_cell_averages_per_batch_and_per_trainee_and_a_row_named_after_the_office(
    assistant: Assistant,
) -> None:
    # 国家信访局 2026 部门公开表5 p11: 卫生健康支出 prints only its 2025年执行数 218.91 (nothing this year)
    answer = assistant.ask("国家信访局2025年卫生健康支出是多少")
    assert answered(answer) == (218.91, "万元") and answer.figures[0].sources[0].page == 11
    # 2024 决算 p25 "公务接待 10 批次、152 人次"; p15 公务接待费 0.90 万元: 900 元 a batch (not 0.09 万元)
    assert answered(assistant.ask("国家信访局2024年国内公务接待平均每批次花了多少元？")) == (900, "元")
    # 长沙 p8 培训费预算 2 万元, "拟开展…培训，人数 11 人": 1,818.18 元 a trainee
    answer = assistant.ask("长沙职业教育基地综合协调办公室2026年的培训费预算，按计划培训人数算人均多少元？")
    assert answered(answer) == pytest.approx((1818.18, "元"))
    # 广州市统计局 p22: the project row "广州市统计局2026年信息化运维项目 | 12.12"
    answer = assistant.ask("广州市统计局2026年信息化运维项目预算是多少")
    assert answered(answer) == (12.12, "万元") and answer.figures[0].sources[0].page == 22


def test_a_headcount_of_one_kind_is_never_another(assistant: Assistant) -> None:
    # 长沙: only "培训…人数 11 人" (p8) is printed; no 编制 or 实有 count
    for kind in ("编制人数", "实有人数"):
        assert assistant.ask(f"长沙职业教育基地综合协调办公室2026年{kind}是多少").status == "not_found"
    # 西安市气象局 p7: "…中心编制人数 8 人，实有人员 7 人" are that unit's, not the department's
    assert assistant.ask("西安市气象局2022年实有人数是多少").status == "not_found"
    assert answered(assistant.ask("西安市人工影响天气服务保障中心实有几个人？")) == (7, "人")
    # the department's own "气象部门编制在职人员共有 145 人"
    assert answered(assistant.ask("西安市气象局2022年编制在职人员有多少人")) == (145, "人")


def test_a_unit_named_short_in_its_departments_by_unit_table(assistant: Assistant) -> None:
    # 广州市统计局 表11 p20: rows of each unit, then its items ("广州市统计普查中心 | 工资福利支出 1,155.76")
    answer = assistant.ask("广州市统计局2026年统计普查中心的工资福利支出是多少")
    assert answered(answer) == (1155.76, "万元") and answer.figures[0].sources[0].page == 20
    # the department's own: every unit's row of the item (p14 基本支出 by economic class)
    assert answered(assistant.ask("广州市统计局2026年工资福利支出是多少")) == (7131.66, "万元")


def test_an_item_of_both_basic_and_project_spending_said_together(assistant: Assistant) -> None:
    # 表6 p15 委托业务费 25.30 + 表7 p16 208.00
    answer = assistant.ask("广州统计局2026年委托业务费基本支出加项目支出一共多少")
    assert answered(answer) == (233.3, "万元")


def test_a_column_named_in_other_words_than_the_measure(assistant: Assistant) -> None:
    # 长沙 p18 一般公共预算基本支出情况表: 总计 386.73 | 人员类 356.76 | 公用经费 29.97
    answer = assistant.ask("长沙职业教育基地综合协调办公室2026年人员经费占基本支出的比例是多少？")
    assert answered(answer) == (92.25, "%")
    assert answer.figures[0].formula == "356.76 ÷ 386.73 × 100% = 92.25%"


def test_this_years_income_is_the_whole_departments(assistant: Assistant) -> None:
    # 部门公开表1 p5: 本年收入合计 48,362.82 (not the 财政拨款收支总表's 本年收入 16,474.82); "不算上年结转的"
    # may be said after the question too
    assert answered(assistant.ask("国家信访局2026年不算上年结转的收入一共有多少？")) == (48362.82, "万元")
    assert answered(assistant.ask("国家信访局2026年收入一共多少？不算上年结转的")) == (48362.82, "万元")


def test_a_budget_against_an_earlier_years_outturn_of_another_document(assistant: Assistant) -> None:
    # 国家信访局: 2026 预算 p16 “三公”经费 112.61, 2024 决算 p15 46.21
    answer = assistant.ask("国家信访局2026年三公经费预算和2024年三公经费决算数相差多少？")
    assert answer.status == "answered", answer.answer
    assert answer.figures[0].value == pytest.approx(66.4)
    assert answer.figures[0].formula == "112.61 − 46.21 = 66.40"
    assert {s.page for s in answer.figures[0].sources} == {15, 16}
    # "项目支出占支出预算总计超过一半了吗？占百分之多少": the share asked again after the belief
    answer = assistant.ask("国家信访局2026年项目支出占支出预算总计超过一半了吗？占百分之多少？")
    assert answer.status == "answered" and answer.figures[0].value == pytest.approx(78.16)


def test_the_items_ranked_by_the_completion_rate_the_text_states(assistant: Assistant) -> None:
    # 国家信访局 2024 决算 p21: "一般行政管理事务（项）。年初预算为 590.53 万元，支出决算为 4.7 万元，完成年初预算的
    # 0.8%", the lowest of the rates the text prints for each 项 (the printed rate, not one computed)
    answer = assistant.ask("国家信访局2024年各项级科目里，完成年初预算比例最低的是哪一项？")
    assert answer.status == "answered" and "一般行政管理事务" in answer.answer
    assert (answer.figures[0].value, answer.figures[0].unit, answer.figures[0].sources[0].page) == (0.8, "%", 21)
    highest = assistant.ask("国家信访局2024年哪个科目预算完成率最高？")
    assert highest.status == "answered" and highest.figures[0].value > 100
    # a project's 执行率 is its self-evaluation form's: never a 科目's rate given for it
    projects = assistant.ask("国家信访局2024年决算里做了绩效自评的4个项目，哪个项目预算执行率最低？")
    assert "一般行政管理事务" not in projects.answer
