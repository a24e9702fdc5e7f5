"""Answers over templates the engine was not first written for (../shared/corpus-wide): changes stated
without the current figure, last year's columns printed beside this year's, tables in 元 against text
in 万元, 政府采购 by 货物/服务, projects printed under their groups, the units of a 汇总 budget.

Expected values were read by hand from the PDFs (pages given); the index is built by the real
pipeline, as `ingest` builds it for users.
"""

from __future__ import annotations

import re

import pytest

from assistant.answer import Answer, Assistant
from assistant.ingest import ingest
from assistant.rankings import leaf_rows
from assistant.settings import Settings
from tests.conftest import EMBEDDING_CACHE
from tests.test_parse_wide import WIDE

CHANGCHUN = "jilin-changchun-xinfangju-benji-2026-yusuan.pdf"  # "2026年预算比2025年预算增加50.32万元"
SHENPI = "shaanxi-xian-xingzheng-shenpi-fuwuju-2025-yusuan.pdf"  # tables in 元, 上年 columns, grouped projects
SUZHOU = "jiangsu-suzhou-ziranziyuan-guihuaju-benji-2026-danwei-yusuan.pdf"  # "收、支预算总计各减少"
RENDA = "jiangsu-sheng-renda-changweihui-bangongting-2018-yusuan.pdf"  # 政府采购: 货物 A, 服务 C
ANJIAN = "shaanxi-xian-anquan-shengchan-jianduju-2019-yusuan-baobiao.pdf"  # 2018年 | 2019年 | 增减 columns, no text

pytestmark = pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    settings = Settings(index_dir=tmp_path_factory.mktemp("wide-four"), embedding_cache=EMBEDDING_CACHE)
    ingest([WIDE / f for f in (CHANGCHUN, SHENPI, SUZHOU, RENDA, ANJIAN)], settings, say=lambda _: None)
    return Assistant(settings)


def _one_document(tmp_path_factory: pytest.TempPathFactory, file: str) -> Assistant:
    """An assistant over one document of the wide corpus, built by the real pipeline."""
    settings = Settings(index_dir=tmp_path_factory.mktemp(file.removesuffix(".pdf")), embedding_cache=EMBEDDING_CACHE)
    ingest([WIDE / file], settings, say=lambda _: None)
    return Assistant(settings)


def _figure(answer: Answer) -> tuple[float, str, int]:
    assert answer.status == "answered", answer.answer
    figure = answer.figures[0]
    return figure.value, figure.unit, figure.sources[0].page


@pytest.mark.parametrize(
    ("question", "value", "unit", "page"),
    [
        # a change the text states without the figure it changes: the total's own sentence
        ("长春市信访局2026年预算比2025年多了多少", 50.32, "万元", 17),
        ("苏州市自然资源和规划局今年收入比去年减少了多少", 5419.13, "万元", 30),
        # stated in the text beside the table that prints it in 元
        ("西安市行政审批服务局2025年培训费比上年减少了多少", 42.5, "万元", 15),
        # the table in 元 and the sentence in 万元 are the same amount
        ("西安市行政审批服务局2025年资本性支出比上年增加了多少", 1039.58, "万元", 12),
    ],
)
def test_changes(assistant: Assistant, question: str, value: float, unit: str, page: int) -> None:
    assert _figure(assistant.ask(question)) == pytest.approx((value, unit, page))


def test_the_item_of_a_story_told_before_a_question_that_leaves_it_out(assistant: Assistant) -> None:
    # "…听说X比上年多了不少，想问问跟上年比到底增加了多少": the story names the item, the question asks its change
    answer = assistant.ask(
        "我是退休教师，听说长春市信访局2026年支出预算比上年多了不少，想问问跟上年比到底增加了多少呀？"
    )
    assert _figure(answer) == (50.32, "万元", 17)
    # a story that tells no change of any item: never the whole budget's change by default
    question = "我是退休教师，看到新闻上说长春市信访局2026年的事情，想问问到底涨了百分之几？"
    assert assistant.ask(question).status == "not_found"


def test_a_purchase_named_beside_its_economic_class(assistant: Assistant) -> None:
    # 西安安监局 2019 表12 p30: "事故救援专业车 | 1" on the left, "专用设备购置 | 59.80" on the right of one row;
    # 专用设备购置 is printed in two rows (59.80 + 14.40): the purchase named is its own row only
    answer = assistant.ask("西安市安監局2019年買事故救援專業車的預算是多少錢？")
    assert _figure(answer) == (59.8, "万元", 30)
    assert answer.figures[0].formula is None


def test_last_years_outturn_is_not_last_years_budget(assistant: Assistant) -> None:
    # p17 "2026年预算比2025年预算增加50.32万元": last year's budget, not what was spent
    for question in ("长春市信访局2025年实际执行了多少钱", "长春市信访局2025年执行数是多少"):
        answer = assistant.ask(question)
        assert answer.status == "not_found", answer.answer
    assert answered_value(assistant.ask("长春市信访局2025年预算是多少")) == 1632.44


def test_a_funds_table_printed_empty_is_none_of_that_fund(assistant: Assistant) -> None:
    # p13 本年政府性基金预算支出表（预算表8）: its title and header, no row
    answer = assistant.ask("長春市信訪局2026年有沒有政府性基金預算支出？有的話多少？")
    assert _figure(answer) == (0, "万元", 13) and "空表" in answer.answer


def answered_value(answer: Answer) -> float:
    assert answer.status == "answered", answer.answer
    return answer.figures[0].value


def test_last_years_figure_is_its_own_cell(assistant: Assistant) -> None:
    answer = assistant.ask("西安市行政审批服务局2024年公务用车运行维护费预算是多少")
    assert _figure(answer) == (25000, "元", 35)
    assert answer.figures[0].formula is None  # printed in the 上年 column, not derived
    assert "上年" in (answer.figures[0].sources[0].column or "")


def test_change_computed_from_last_years_column_shows_its_arithmetic(assistant: Assistant) -> None:
    answer = assistant.ask("西安市安全生产监督管理局2019年会议费比2018年增加了多少？")
    assert _figure(answer) == (14.74, "万元", 32)
    assert answer.figures[0].formula == "19.06 − 4.32 = 14.74"
    assert len(answer.figures[0].sources) == 2  # this year's cell and last year's


def test_a_columns_subtotal_is_that_columns_item(assistant: Assistant) -> None:
    # 三公 table (p35): "公务用车购置及运行维护费 > 小计" is that item's total, not the “三公” total beside it
    assert _figure(assistant.ask("西安市行政审批服务局2025年公务用车购置及运行费是多少")) == (25000, "元", 35)
    assert _figure(assistant.ask("西安市行政审批服务局2025年三公经费是多少")) == (45000, "元", 35)


def test_a_tables_total_is_not_one_of_its_rows(assistant: Assistant) -> None:
    # "一般公共预算支出合计" is the 总计 row of 预算表5 (p10), never a row labelled "…一般公共预算支出"
    # nor the 基本支出 of another table; a table named with 的 is that table's 合计
    assert _figure(assistant.ask("长春市信访局一般公共预算支出合计是多少")) == (1682.76, "万元", 10)
    answer = assistant.ask("江苏省人大常委会办公厅2018年财政拨款基本支出预算表的合计数是多少")
    assert _figure(answer) == (7877.76, "万元", 12)


def test_growth_asked_as_such_is_the_rate(assistant: Assistant) -> None:
    answer = assistant.ask("西安市行政审批服务局2025年资本性支出（310）比上年增长了多少？")
    assert _figure(answer)[:2] == (522.48, "%")


@pytest.mark.parametrize(
    ("question", "value", "unit", "page"),
    [
        # what a count counts follows its measure word: "有 38 个处室,编制 338 名"
        ("江苏省人大常委会办公厅有多少个处室", 38, "个", 4),
        ("江苏省人大常委会办公厅编制有多少名", 338, "人", 4),
        ("西安市行政审批服务局实有多少人", 72, "人", 8),
        ("江苏省人大常委会办公厅的事业编制有多少名", 34, "人", 4),  # "…其中行政编制 200 名、…事业编制 34 名"
        # a change stated in the sentence after its figure ("…6333.96 万元。与上年相比增加480万元")
        ("江苏省人大常委会办公厅2018年项目支出比上年增加了多少", 480, "万元", 21),
    ],
)
def test_counts_and_changes_stated_in_the_text(
    assistant: Assistant, question: str, value: float, unit: str, page: int
) -> None:
    assert _figure(assistant.ask(question)) == (value, unit, page)


def test_last_years_figure_from_a_change_in_the_next_sentence(assistant: Assistant) -> None:
    answer = assistant.ask("江苏省人大常委会办公厅2017年项目支出预算是多少")
    assert _figure(answer) == (5853.96, "万元", 21)
    assert answer.figures[0].formula == "6333.96 − 480 = 5853.96"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("江苏省人大常委会办公厅2018年政府采购中货物类有多少", 59.0),
        ("江苏省人大常委会办公厅2018年政府采购预算里服务类采购是多少", 2005.25),  # "…采购" of 政府采购 again
        ("江苏省人大常委会办公厅2018年服务类政府采购是多少", 2005.25),  # the category first
    ],
)
def test_procurement_by_category(assistant: Assistant, question: str, value: float) -> None:
    assert _figure(assistant.ask(question))[:2] == (value, "万元")


def test_largest_project_of_a_table_that_prints_groups_above_projects(assistant: Assistant) -> None:
    answer = assistant.ask("西安市行政审批服务局2025年专项业务经费里哪个项目最多？")
    assert _figure(answer) == (11815120, "元", 31)
    assert "线上线下融合及效能提升" in answer.answer


def test_last_years_figure_stated_beside_this_years(assistant: Assistant) -> None:
    # "2026年“三公经费”预算数为7.61万元,2025年预算数为9.23万元" (p18): 9.23 is last year's, not this year's
    answer = assistant.ask("长春市信访局上年三公经费预算多少")
    assert _figure(answer) == (9.23, "万元", 18)
    assert assistant.ask("长春市信访局2026年三公经费预算多少").figures[0].value == 7.61


def test_place_and_trade_name_a_bureau_before_the_item(assistant: Assistant) -> None:
    # "长春信访三公经费": 长春市信访局 without 市 and 局, the item right after it
    assert _figure(assistant.ask("长春信访三公经费是多少"))[:2] == (7.61, "万元")


def test_a_stock_is_read_as_of_its_date(assistant: Assistant) -> None:
    # the 2025 budget states its vehicles at the end of 2024; no disclosure states them at the end of 2022
    assert _figure(assistant.ask("截至2024年底西安市行政审批服务局有几辆车"))[:2] == (1, "辆")
    assert assistant.ask("截至2022年底西安市行政审批服务局有几辆车").status == "not_found"


def test_projects_printed_under_groups_are_not_counted(assistant: Assistant) -> None:
    # 通用项目 > 一级 > 二级 rows (p31): "几个项目" may mean either level; saying so beats a guess
    assert assistant.ask("西安市行政审批服务局2025年项目支出表里列了几个项目？").status == "not_found"


def test_whole_budget_reason(assistant: Assistant) -> None:
    answer = assistant.ask("长春市信访局2026年预算为什么增加了？")
    assert answer.status == "answered" and "人员经费的正常增长" in answer.answer


def test_leaf_rows_reads_groups_and_members() -> None:
    # 通用项目 10 = 一级 4 (its 二级 4) + 一级 6 (二级 2 and 4); a zero project anywhere
    assert leaf_rows([10, 4, 4, 6, 2, 4, 0], 10) == (2, 4, 5, 6)
    assert leaf_rows([3, 3], 6) == (0, 1)  # a flat list is read as one
    assert leaf_rows([1, 2], 5) is None  # rows that do not add up are no reading


@pytest.fixture(scope="module")
def summary_budget(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _one_document(tmp_path_factory, "guangdong-guangzhou-qixiangju-2026-yusuan.pdf")


def test_own_row_of_a_summary_budget(summary_budget: Assistant) -> None:
    # "本级…": the department's own row of the 收入总表, in the column of the total asked
    answer = summary_budget.ask("广州市气象局本级2026年收入预算是多少")
    assert _figure(answer) == (2602.16, "万元", 7)
    assert _figure(summary_budget.ask("广州市气象局2026年收入预算是多少"))[0] == 7651.71


@pytest.mark.parametrize(
    ("question", "unit_name", "value"),
    [
        ("广州市气象局哪个单位的预算最多？", "广州市气象局", 2602.16),  # its 本级 is one of the units
        ("广州市气象局下属单位里预算最多的是哪个", "广州市防雷减灾管理办公室", 1551.56),  # 下属: not the 本级
        ("广州市气象局哪个单位预算最少", "广州市生态与农业气象中心", 598.41),
    ],
)
def test_units_of_a_summary_budget(summary_budget: Assistant, question: str, unit_name: str, value: float) -> None:
    answer = summary_budget.ask(question)
    assert _figure(answer) == (value, "万元", 7)
    assert f"单位是{unit_name}" in answer.answer


def test_units_ranked_by_the_measure_asked(summary_budget: Assistant) -> None:
    # p23 项目支出表 by unit: 广州市气象综合保障中心 797.94 is the largest 项目支出 (防雷减灾 has the largest budget)
    answer = summary_budget.ask("廣州市氣象局下屬單位裡，2026年項目支出最多的是哪一個？")
    assert _figure(answer) == (797.94, "万元", 23)
    assert "项目支出最多的单位是广州市气象综合保障中心" in answer.answer


@pytest.mark.parametrize(
    ("question", "count"), [("广州市气象局有几个下属单位？", 4), ("广州市气象局有几个预算单位", 5)]
)
def test_counts_the_units_it_names(summary_budget: Assistant, question: str, count: int) -> None:
    answer = summary_budget.ask(question)
    assert _figure(answer)[:2] == (count, "个")
    assert "广州市气象台" in answer.answer  # the units counted are named


def test_a_unit_named_is_that_unit_or_none(summary_budget: Assistant) -> None:
    # 广州市气象台 is one of its units; a 气象服务中心 is not, and a unit with a similar name is no answer
    assert _figure(summary_budget.ask("广州市气象局的广州市气象台2026年预算是多少"))[2] == 7
    answer = summary_budget.ask("广州市气象局的广州市气象服务中心2026年预算是多少")
    assert answer.status != "answered", answer.answer


def test_organisation_typed_with_a_homophone_at_its_end(summary_budget: Assistant) -> None:
    answer = summary_budget.ask("广州市气象句有几个下属单位？")
    assert _figure(answer)[:2] == (4, "个")
    assert "按“广州市气象局”理解" in answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("广州市气象台2026年预算是多少", 1519.20),  # a unit named on its own: its row of the parent's table
        ("广州市防雷减灾管理办公室2026年收入预算是多少", 1551.56),
        ("2026年广州市防雷减灾管理办工室收入预算是多少", 1551.56),  # year first; 工 typed for 公 (same sound)
    ],
)
def test_a_unit_printed_in_its_parents_tables(summary_budget: Assistant, question: str, value: float) -> None:
    answer = summary_budget.ask(question)
    assert _figure(answer) == (value, "万元", 7)
    assert answer.answer.startswith(("广州市气象局", "（按")), answer.answer


def test_a_unit_is_asked_only_what_its_row_prints(summary_budget: Assistant) -> None:
    # the department's 电费 is no figure of one of its units, and another name is another unit
    assert summary_budget.ask("广州市防雷减灾管理办公室2026年电费是多少").status != "answered"
    assert summary_budget.ask("广州市防雷减灾管理中心2026年收入预算是多少").status != "answered"


def test_a_project_printed_beside_its_unit_is_named_by_its_own_label(assistant: Assistant) -> None:
    # p14 prints the project and, in its last label column, the unit; the text (p18) says 15.56 by mistake
    answer = assistant.ask("长春市信访局2026年“信访局临聘人员经费”项目预算是多少？")
    assert _figure(answer) == (16.56, "万元", 14)
    assert "信访局临聘人员经费" in answer.answer


def test_projects_under_a_category_row_without_a_total_row(assistant: Assistant) -> None:
    # 部门特定目标类项目 474.56 > 综合管理 474.56 > four projects: the category is no project
    answer = assistant.ask("长春市信访局2026年哪个项目预算最多")
    assert _figure(answer) == (312, "万元", 14) and "2026驻京经费" in answer.answer
    assert _figure(assistant.ask("长春市信访局2026年项目支出表里有几个项目"))[:2] == (4, "个")


def test_projects_of_the_performance_table(assistant: Assistant) -> None:
    # 预算表11 (p16) lists four projects with their 年度资金总额; the text states no count
    answer = assistant.ask("长春市信访局2026年项目支出绩效目标表里一共列了几个项目？")
    assert _figure(answer) == (4, "个", 16)
    answer = assistant.ask("长春市信访局2026年绩效目标表里资金最多的项目是哪个")
    assert _figure(answer) == (312, "万元", 16) and "驻京经费" in answer.answer


def test_a_share_from_the_sentence_that_names_this_years_income(assistant: Assistant) -> None:
    # p31 "本年一般公共预算收入 9,078.52 万元，占 90.58%"; p32 "上年结转结余的一般公共预算收入 0 万元，占 0%"
    answer = assistant.ask("苏州市自然资源和规划局2026年一般公共预算收入占收入预算合计的比例是多少？")
    assert _figure(answer)[:2] == (90.58, "%")


def test_an_operation_word_typed_with_a_homophone(assistant: Assistant) -> None:
    # 见少 for 减少: any reading of each character counts (曾 is ceng and zeng)
    answer = assistant.ask("西安市行政审批服务局2025年培训费比上年见少了多少")
    assert _figure(answer)[:2] == (42.5, "万元") and "按“见少”为“减少”理解" in answer.answer
    # (曾 is also printed nowhere in the library: read by its shape or its sound, it is 增)
    read = assistant.ask("西安市行政审批服务局2025年资本性支出比上年曾长了多少").answer
    assert re.search(r"按“[^”]*曾长[^”]*”为“[^”]*增长[^”]*”理解", read), read


def test_one_classification_name_is_not_another(assistant: Assistant) -> None:
    # 长春 prints 邮电费 1.00 (30207, p11) and no 电费 (30206): 邮电费 is no answer to 电费
    assert assistant.ask("长春市信访局2026年电费是多少").status == "not_found"
    assert _figure(assistant.ask("长春市信访局2026年邮电费是多少"))[:2] == (1, "万元")


def test_something_of_a_unit_is_not_the_units_budget(summary_budget: Assistant) -> None:
    # the unit's row (p7) is its whole budget: its 电费 is not printed, so there is no answer
    assert summary_budget.ask("广州市气象局2026年防雷减灾管理办公室的电费是多少").status == "not_found"
    assert _figure(summary_budget.ask("广州市气象局2026年防雷减灾管理办公室的预算是多少"))[0] == 1551.56


def test_a_list_titled_by_its_rows_is_ranked_and_counted(assistant: Assistant) -> None:
    # 西安审批局 2025 p16: 培训费明细表 (its title the last line of p15), four trainings with 时间 | 人数 | 金额
    most = assistant.ask("西安市行政审批服务局2025年哪个培训花钱最多")
    assert _figure(most) == (8.52, "万元", 16) and "西安市政务服务系统代办服务能力提升专题培训" in most.answer
    listed = assistant.ask("西安市行政审批服务局2025年培训费明细表里列了几项培训？")
    assert _figure(listed)[:2] == (4, "项")


def test_projects_listed_under_their_units_are_counted(summary_budget: Assistant) -> None:
    # 表12 lists each unit (广州市气象台 284.00) above its projects: the 22 projects, not the unit rows
    answer = summary_budget.ask("广州市气象局2026年部门预算项目支出及其他支出预算表里一共列了多少个项目？")
    assert _figure(answer) == (22, "个", 22)


@pytest.mark.parametrize(
    ("question", "value", "unit", "page"),
    [
        # a 政府采购 table's 合计 money, not its 数量 column beside it
        ("西安市安监局2019年政府采购（资产配置、购买服务）预算表合计金额是多少？", 192.13, "万元", 30),
        # a common character typed for a look-alike where the library never prints it (叶 for 业)
        ("长春市信访局2026年物叶管理费预算多少", 36.18, "万元", 11),
        # a gloss after the question mark: how to count it, not what
        ("长春市信访局2026年物业管理费预算多少？基本支出和项目支出都算。", 36.18, "万元", 11),
        # one line that continues what was seen: the item seen is dropped, the organisation kept (and the
        # project table's rows, each beside the unit's own name, are no total: 474.56, not a project's 30)
        ("长春市信访局的基本支出我看到了，那项目支出今年安排多少？", 474.56, "万元", 17),
        # a unit by the end of its name after 下面的, and its row in its own section of a table by unit
        ("西安市安监局下面的执法监察支队，2019年租赁费预算是多少万元？", 107.0, "万元", 13),
        # a question's own word mistyped (名细 for 明细): read only because both sides of the library agree
        ("西安市行政审批服务局2025年会议费名细表里列了几个会议？", 3, "项", 16),
        # a ranking by 经济分类: the 类 of the table by economic class (302, not a 功能分类 row)
        ("西安市行政审批服务局2025年一般公共预算支出按经济分类哪一类最多？", 19746591.9, "元", 26),
        # typed on a phone: "多少万" is 万元, "26年" is 2026
        ("长春信访局26年物业管理费安排了多少万", 36.18, "万元", 11),
        # a project printed by name only in the 绩效目标表 ("2026年驻京经费 | 年度资金总额 312")
        ("长春市信访局2026年驻京经费项目的资金总额是多少", 312.0, "万元", 16),
        # a 政府采购 row under its project, the project's name with its bracket
        ("苏州市自然资源和规划局规划编制（测绘）项目的区域规划和设计服务是多少", 978.15, "万元", 29),
    ],
)
def test_reading_what_is_asked(assistant: Assistant, question: str, value: float, unit: str, page: int) -> None:
    assert _figure(assistant.ask(question)) == pytest.approx((value, unit, page))


def test_an_organisation_not_in_the_library_is_not_answered_by_its_citys(assistant: Assistant) -> None:
    # 长春 is in the library (its 信访局), its 社会福利院 is not: no figure of another organisation
    answer = assistant.ask("长春市社会福利院2026年人员经费预算是多少？")
    assert answer.status == "not_found" and not answer.figures


@pytest.fixture(scope="module")
def small_office(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _one_document(tmp_path_factory, "hunan-changsha-zhiye-jiaoyu-jidi-bangongshi-2026-yusuan.pdf")


@pytest.mark.parametrize(
    ("question", "value", "unit", "page"),
    [
        # p8 "培训费预算 2 万元，拟开展职业能力提升的培训，人数 11 人": a count by a bare measure
        ("长沙职业教育基地综合协调办公室2026年培训费计划培训多少人？", 11, "人", 8),
        # p22 成本指标 "电费 | 140 万元": printed nowhere else
        ("长沙职业教育基地综合协调办公室2026年电费预算多少钱？", 140, "万元", 22),
    ],
)
def test_figures_said_once_in_passing(
    small_office: Assistant, question: str, value: float, unit: str, page: int
) -> None:
    assert _figure(small_office.ask(question)) == pytest.approx((value, unit, page))


def test_counts_and_a_name_that_is_not_a_figure(assistant: Assistant) -> None:
    # p12 "实有人员72人，其中：在职人员46人": "有几个人" asks people, not items
    assert _figure(assistant.ask("长春市信访局2026年在职人员有几个人？")) == (46, "人", 12)
    # p13 一般公共预算支出预算表 lists 14 项级科目 (2010101 … 2210202)
    answer = assistant.ask("江苏省人大常委会办公厅2018年一般公共预算支出预算表里列了几个项级科目？")
    assert _figure(answer) == (14, "个", 13)
    assert "2210202 提租补贴" in answer.answer  # the rows counted are named
    # who won a contract is printed nowhere; the project's amount is no answer to it
    answer = assistant.ask("西安市行政审批服务局2025年政务服务线上线下融合及效能提升项目是哪家公司中标的？")
    assert answer.status == "not_found" and not answer.figures


def test_a_units_row_named_with_a_slip_and_its_printed_name(summary_budget: Assistant) -> None:
    # p22 "广州市气象台 … 专用设备机房电耗工作经费 140.00": 机防 typed for 机房, answered as printed
    answer = summary_budget.ask("广州市气象台的专用设备机防电耗工作经费是多少？")
    assert _figure(answer) == (140, "万元", 22)
    assert "机房电耗" in answer.answer


def test_two_tables_figures_compared_and_a_total_investment_never_the_years_amount(assistant: Assistant) -> None:
    # each operand from the table it names: the 收支总表's 支出总计 (p6) and the 财政拨款收支总表's (p9)
    answer = assistant.ask("长春市信访局2026年收支总表的支出总计比财政拨款收支总表的支出总计多多少")
    assert answer.status == "answered" and answer.figures[0].value == 0
    assert [s.page for s in answer.figures[0].sources] == [6, 9]
    # a budget prints the year's amount of a project, not its total investment
    answer = assistant.ask("苏州市自然资源和规划局规划编制（测绘）项目总投资是多少")
    assert answer.status == "not_found" and not answer.figures


def test_a_units_basic_spending_from_its_row_of_the_basic_spending_table(summary_budget: Assistant) -> None:
    # 广州市气象局 prints its units as rows of the 基本支出表 (p20), not as columns of the 支出总表
    assert _figure(summary_budget.ask("广州市气象综合保障中心2026年基本支出是多少")) == (582.45, "万元", 20)


def test_a_total_far_from_its_own_parts_is_not_stated(assistant: Assistant) -> None:
    # 西安市安监局 2019 p32: the 2018 “三公” 小计 column reads 2.86 where its parts add to 24.08 (the table's
    # columns print out of line): both are said, neither is the answer
    answer = assistant.ask("西安安监局“三公”经费2018年的预算是多少万元？")
    assert answer.status == "not_found" and not answer.figures
    assert "2.86" in answer.answer and "24.08" in answer.answer


def test_two_units_added_up_or_compared_each_from_its_own_row(summary_budget: Assistant) -> None:
    # p7 收入总体情况表: 广州市防雷减灾管理办公室 1,551.56, 广州市生态与农业气象中心 598.41
    both = "广州市气象局的广州市防雷减灾管理办公室和广州市生态与农业气象中心"
    answer = summary_budget.ask(f"{both}预算加起来多少")
    assert _figure(answer) == (2149.97, "万元", 7)
    assert answer.figures[0].formula == "1551.56 + 598.41 = 2149.97"
    answer = summary_budget.ask(f"{both}哪个预算多")
    assert _figure(answer) == (953.15, "万元", 7)
    assert "广州市防雷减灾管理办公室的预算总额多于" in answer.answer


def test_a_performance_indicator_with_its_measure_in_the_cell(assistant: Assistant) -> None:
    # 长春市信访局 p16 预算表11: "驻京工作人员人数 | =18人" (the value and its measure in one cell)
    answer = assistant.ask("长春信访局2026年驻京工作人员有多少人")
    assert _figure(answer) == (18, "人", 16)
    assert "指标值" in (answer.figures[0].sources[0].column or "")


def test_a_count_with_a_condition_counts_only_the_rows_that_meet_it(assistant: Assistant) -> None:
    # 西安市安监局 2019 表10 p25-28: 14 projects, of which 642.50, 215.80, 170.20 and 250.00 exceed 100 万元
    over = ("西安市安监局2019年项目支出里超过100万元的项目有几个", "西安市安监局2019年100万元以上的项目有几个")
    for question in over:
        answer = assistant.ask(question)
        assert _figure(answer)[:2] == (4, "个"), question
        assert "642.5" in answer.answer and "共列示 14 个项目" in answer.answer
    # a condition the table cannot decide (no 上年 column): declined, never every row counted
    answer = assistant.ask("西安市安全生产监督管理局2019年一般公共预算支出表中比上年减少的项级科目有几个")
    assert answer.status != "answered"


def test_more_or_less_than_last_year_is_the_signed_change(assistant: Assistant) -> None:
    # 苏州市自然资源和规划局 p35: 一般行政管理事务 "减少2394.02万元"; 规化 is a slip of 规划 in a short name
    answer = assistant.ask("苏州资源规化局2026年一般行政管理事务支出比去年多了还是少了？多多少")
    assert _figure(answer) == (-2394.02, "万元", 35)


def test_a_share_reads_its_part_on_the_wholes_table(assistant: Assistant) -> None:
    # 西安市安监局 2019 表1 p3: 灾害防治及应急管理支出 3,271.54 of 本年支出合计 3,643.37 (the 明细表 prints it
    # in four rows, the first 1,861.49)
    answer = assistant.ask("西安安监局2019年灾害防治及应急管理支出占本年支出合计的比例")
    assert _figure(answer)[:2] == (89.79, "%")


def test_a_ranking_of_a_named_table_stays_in_that_table(assistant: Assistant) -> None:
    # 苏州市自然资源和规划局 p25 政府性基金预算支出表: its one 科目 2120806 土地出让业务支出 943.80
    answer = assistant.ask("苏州市自然资源和规划局2026年政府性基金预算支出表中，哪个科目金额最大？")
    assert _figure(answer) == (943.80, "万元", 25)
    assert "土地出让业务支出" in answer.answer


def test_the_largest_projects_added_up_and_the_largest_as_a_share(assistant: Assistant) -> None:
    # 西安市安监局 2019 表10 p25-28 (14 projects, 1,620.98 in all): 642.50, 250.00, 215.80 the largest
    answer = assistant.ask("西安市安监局2019年金额最大的三个项目合计多少")
    assert _figure(answer)[:2] == (1108.3, "万元")
    assert answer.figures[0].formula == "642.5 + 250 + 215.8 = 1108.3"
    answer = assistant.ask("西安市安监局2019年项目支出里50万元到200万元之间的项目有几个")
    assert _figure(answer)[:2] == (3, "个")  # 75.15, 50.00 and 170.20: both bounds count
    answer = assistant.ask("西安市安监局2019年项目支出里最大的项目占项目支出的比例")
    assert _figure(answer)[:2] == (39.64, "%")
    assert answer.figures[0].formula == "642.50 ÷ 1620.98 × 100% = 39.64%"


def test_a_count_of_items_that_fell_by_the_texts_item_by_item_changes(assistant: Assistant) -> None:
    # 苏州市自然资源和规划局 p34-35: the text gives every 项's change (its tables print no last year):
    # 土地出让业务支出, 行政运行, 一般行政管理事务, 其他自然资源事务支出 and 购房补贴 fell
    answer = assistant.ask("苏州市自然资源和规划局2026年财政拨款支出里，比上年减少的项级科目有几个？")
    assert _figure(answer)[:2] == (5, "个")
    assert {s.page for s in answer.figures[0].sources} >= {34, 35}


def test_a_why_question_finds_its_item_printed_with_words_put_in(assistant: Assistant) -> None:
    # 苏州市自然资源和规划局 p36: "一般公共预算财政拨款支出预算9,078.52万元，与上年相比减少…主要原因是…"; the
    # fund alone ("一般公共预算") never stands for the item (it would name every fund's sentence)
    answer = assistant.ask("苏州市自然资源和规划局2026年一般公共预算支出为什么比上年减少")
    assert answer.status == "answered"
    assert "一般公共预算财政拨款支出预算9,078.52万元" in answer.answer and "主要原因" in answer.answer


def test_the_askers_own_figure_is_left_aside(assistant: Assistant) -> None:
    # 长春市信访局 p6 支出总计 1,682.76; p17 "比2025年预算增加50.32万元": 2025's is 1,632.44, whatever the asker adds
    for question in ("长春市信访局2025年预算是多少", "长春市信访局2025年预算是多少 2026年比它多了50.32万"):
        assert _figure(assistant.ask(question))[:2] == (1632.44, "万元"), question


def test_a_ranking_by_change_is_by_the_change_never_the_amount(assistant: Assistant) -> None:
    # 苏州市自然资源和规划局 2026: the 说明 (pp.34–35) states each 项's change; the 财政拨款支出表 (p17) is the first
    # table whose every row it accounts for. 其他自然资源事务支出 3,859.76 fell by 2,448.68 — the largest fall,
    # though not the largest amount
    answer = assistant.ask("苏州市自然资源和规划局2026年哪个科目比上年减少最多")
    assert _figure(answer) == pytest.approx((2448.68, "万元", 17))
    assert "其他自然资源事务支出" in answer.figures[0].label
    assert answer.figures[0].formula == "3859.76 − 6308.44 = −2448.68"
    # its 一般公共预算支出表 prints a row (2220102, 388.25) the 说明 never mentions: no ranking of a partial account
    assert assistant.ask("苏州市自然资源和规划局2026年一般公共预算支出里哪个科目比上年减少最多").status == "not_found"
    # the “三公” parts' changes as the text states them ("与上年预算数相同" is none): 公务接待费 −2 (p37)
    assert _figure(assistant.ask("苏州市自然资源和规划局2026年三公经费里哪项减少最多")) == pytest.approx(
        (2.0, "万元", 37)
    )


def test_a_ratio_of_two_figures(assistant: Assistant) -> None:
    # 西安市行政审批服务局 2025: 基本支出 20,807,588.35 元 (p28) over 项目支出 30,130,020 元 (p31)
    answer = assistant.ask("西安市行政审批服务局2025年基本支出是项目支出的几倍")
    assert _figure(answer) == pytest.approx((0.69, "倍", 28))
    assert answer.figures[0].sources[1].page == 31


def test_a_units_share_of_its_departments_budget(summary_budget: Assistant) -> None:
    # 广州市气象局 2026 收入总体情况表 p7: 广州市气象台 1,519.20 of the 合计 7,651.71
    answer = summary_budget.ask("广州市气象局2026年广州市气象台预算占部门预算总额的比重是多少")
    assert _figure(answer) == pytest.approx((19.85, "%", 7))
    assert answer.figures[0].formula == "1519.20 ÷ 7651.71 × 100% = 19.85%"


@pytest.fixture(scope="module")
def works_centre(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _one_document(tmp_path_factory, "guangdong-zhuhai-jiaotong-shizheng-gongwu-zhongxin-2026-yusuan.pdf")


def test_key_projects_are_the_rows_of_their_table(works_centre: Assistant) -> None:
    # 珠海工务中心 2026 p21–22: "重点项目绩效目标情况如下：" then a table of two projects (the 说明's "无。" after it
    # belongs to nothing); asked which, they are named from the table, not from the sentence
    answer = works_centre.ask("珠海工务中心2026年有哪些重点项目")
    assert _figure(answer) == pytest.approx((2, "个", 22))
    assert "黄杨泵站至缯坑水库第二条原水管建设工程" in answer.answer and "广南梅第二条原水管道工程" in answer.answer
    # asked together: their sum, each row a source (4,237 + 2,579)
    answer = works_centre.ask("珠海工务中心26年两个重点项目加起来多少万")
    assert _figure(answer) == pytest.approx((6816, "万元", 22))
    assert answer.figures[0].formula == "4237 + 2579 = 6816"


@pytest.fixture(scope="module")
def propaganda(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _one_document(tmp_path_factory, "chongqing-shiwei-xuanchuanbu-2026-yusuan.pdf")


def test_an_economic_item_is_its_whole_unless_its_basic_part_is_asked(propaganda: Assistant) -> None:
    # 重庆市委宣传部 2026: 表六 (p20), the 基本支出 table, prints 30227 委托业务费 35; the 说明 (p6) states the whole,
    # projects included: "2026 年委托业务费涉及财拨资金 17,804.62 万元"
    answer = propaganda.ask("重庆市委宣传部2026年委托业务费多少")
    assert _figure(answer) == pytest.approx((17804.62, "万元", 6))
    assert answer.figures[0].sources[1].page == 20  # the table's part, cited beside it
    assert _figure(propaganda.ask("重庆市委宣传部2026年基本支出里委托业务费多少")) == pytest.approx((35.0, "万元", 20))


def test_the_whole_of_a_purchase_said_of_all_units_before_its_funds_part(propaganda: Assistant) -> None:
    # p5 "所属各预算单位政府采购预算总额 712.49 万元：…；其中一般公共预算拨款政府采购 504.98 万元": the whole, unless
    # the fund is asked (504.98 for the total would be a confident wrong answer)
    answer = propaganda.ask("重慶市委宣傳部2026年政府採購預算總額是多少？")
    assert _figure(answer) == pytest.approx((712.49, "万元", 5))
    answer = propaganda.ask("重庆市委宣传部2026年一般公共预算拨款的政府采购是多少？")
    assert _figure(answer) == pytest.approx((504.98, "万元", 5))


def test_a_short_unit_name_typed_by_its_sound(summary_budget: Assistant) -> None:
    # "广州市气像台" for the row 广州市气象台 (p7 收入总体情况表 1,519.20): a slip of the pinyin keyboard, said back
    answer = summary_budget.ask("广州市气像台2026年预算总额是多少")
    assert _figure(answer) == pytest.approx((1519.2, "万元", 7))
    assert "气象台" in answer.answer.split("理解")[0]


def test_a_wrong_premise_gets_the_size_and_the_direction(assistant: Assistant) -> None:
    # 长春市信访局 2026 p18: the “三公”经费 fell by 1.62 万元; asked how much it rose, the answer says it fell
    answer = assistant.ask("長春市信訪局2026年三公經費比2025年增加了多少？")
    assert _figure(answer)[:2] == pytest.approx((1.62, "万元"))
    assert "实际是减少" in answer.answer
    # 西安安监局 2019 表 by unit: 2240106 安全监管 on three rows (one a unit) adding up with every row to the
    # table's 合计: its whole is their sum, each row a source
    answer = assistant.ask("西安市安全生产监督管理局2019年支出最多的项级科目是哪个？")
    assert _figure(answer)[:2] == pytest.approx((2169.69, "万元"))
    assert "安全监管" in answer.answer and len(answer.figures[0].sources) == 3


def test_a_unit_said_by_a_short_form_under_its_parent(summary_budget: Assistant) -> None:
    # 广州市气象局 2026 p7 收入总体情况表: the row 广州市气象台 1,519.20, asked as "下面的气象台"
    answer = summary_budget.ask("广州市气象局下面的气象台，2026年收入预算是多少？")
    assert _figure(answer) == pytest.approx((1519.2, "万元", 7))


def test_a_story_before_the_question_and_a_ranking_of_zeros(works_centre: Assistant) -> None:
    # 珠海工务中心 2026 p20 "收入预算…增长 925.10%": the organisation is named after the asker's story
    answer = works_centre.ask(
        "我是跑财经口的记者，注意到珠海市政府投资交通市政项目工务中心2026年预算一下子涨了好几倍，"
        "请问收入预算比上年增长了百分之多少？"
    )
    assert _figure(answer) == pytest.approx((925.1, "%", 20))
    # every row of its 基本支出 column is 0: none is the largest
    assert works_centre.ask("珠海工务中心2026年基本支出中哪一项最多？").status == "not_found"


def test_a_tables_total_printed_as_its_first_row(assistant: Assistant) -> None:
    # 长春市信访局 p14 项目支出表（预算表9）: no 合计 row; "部门特定目标类项目 474.56" above 综合管理 above the projects
    answer = assistant.ask("长春市信访局预算表9（项目支出表）的合计是多少？")
    assert _figure(answer) == pytest.approx((474.56, "万元", 14))


@pytest.fixture(scope="module")
def two_editions(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    settings = Settings(index_dir=tmp_path_factory.mktemp("putuo-office-editions"), embedding_cache=EMBEDDING_CACHE)
    files = [f"shanghai-putuo-zhengfu-bangongshi-2025-{kind}-yusuan.pdf" for kind in ("bumen", "danwei")]
    ingest([WIDE / f for f in files], settings, say=lambda _: None)
    return Assistant(settings)


def test_an_offices_unit_budget_against_its_department_budget(two_editions: Assistant) -> None:
    # 普陀区政府办 2025: the 部门预算 and the 单位预算 print the same 支出总计 91,016,775.35 元 (p8 of each)
    answer = two_editions.ask("普陀区政府办2025年的单位预算和部门预算，支出总额相差多少？")
    assert _figure(answer)[:2] == pytest.approx((0, "元"))
    assert "91016775.35 − 91016775.35" in (answer.figures[0].formula or "")
    # one edition named: that document only (单位预算 p20 “三公”经费 867.50 万元)
    answer = two_editions.ask("普陀区政府办2025年单位预算里的三公经费是多少")
    assert _figure(answer) == pytest.approx((867.5, "万元", 20))
    assert "单位" in (answer.figures[0].sources[0].table or "")
    # "是同一个数吗": the figure, said to be the same in both, each edition's cell a source
    answer = two_editions.ask("普陀区政府办公室2025年单位预算里的三公经费，跟部门预算里的是同一个数吗？是多少？")
    assert _figure(answer) == pytest.approx((867.5, "万元", 20))
    assert "相同" in answer.answer and len(answer.figures[0].sources) == 2


@pytest.fixture(scope="module")
def welfare_home(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _one_document(tmp_path_factory, "shanghai-putuo-shehui-fuliyuan-2024-danwei-yusuan.pdf")


def test_everyday_words_for_two_items_and_a_coincidence_of_amounts(welfare_home: Assistant) -> None:
    # p14 经济分类表: 水费 60,000 + 电费 320,000 元; no row prints "水电费" itself
    answer = welfare_home.ask("普陀区社会福利院2024年的水电费一共预算了多少元？")
    assert _figure(answer) == pytest.approx((380000, "元", 14))
    assert answer.figures[0].formula == "60000 + 320000 = 380000"
    # 基本支出 9,501,164 元 is also the 财政拨款 950.12 万元 "比2023年预算增加0.46万元": that change is the fund's,
    # not the 基本支出's (never answered with it)
    assert welfare_home.ask("上海市普陀区社会福利院2024年基本支出比上年增加了多少").status == "not_found"


def test_a_share_of_two_columns_of_one_total_row(welfare_home: Assistant) -> None:
    # p14: 合计 row, 人员经费 7,380,214 of 合计 9,501,164 元 (not the 303 离退休人员经费 row's 421,800)
    answer = welfare_home.ask("普陀区社会福利院2024年人员经费占基本支出的比例是多少")
    assert _figure(answer) == pytest.approx((77.68, "%", 14))
    assert answer.figures[0].formula == "7380214 ÷ 9501164 × 100% = 77.68%"


def test_a_sibling_item_and_a_purchase_named_only_in_its_row_path(assistant: Assistant) -> None:
    # 行政事业单位养老支出 is not printed in 2019; 行政事业单位医疗 begins alike and is another item
    assert assistant.ask("西安市安全生产监督管理局2019年行政事业单位养老支出是多少？").status == "not_found"
    # p31 "224 01 09 125004 特级防化服 救灾物资 3 | 302 99 … 15.00": the item is printed before its 品目
    assert _figure(assistant.ask("西安市安監局2019年政府採購預算裡，特級防化服安排了多少錢？")) == (15.0, "万元", 31)


def test_money_asked_by_what_it_buys_per_month_and_of_the_fund(assistant: Assistant) -> None:
    # p34 政府采购: "A05040201鼓粉盒 | 打印机耗材 | 286,000.00"
    answer = assistant.ask("西安市审批局2025年买打印机硒鼓粉盒这些耗材的采购预算是多少元？")
    assert _figure(answer) == (286000.0, "元", 34)
    # the year's 工资福利支出 18,803,216.45 元 over its twelve months
    answer = assistant.ask("西安市行政审批服务局2025年平均每个月工资福利支出多少？")
    assert _figure(answer)[:2] == (1566934.7, "元") and "÷ 12" in answer.figures[0].formula
    # p24 财政拨款收支总表: 本年支出合计, not a fund's income
    assert _figure(assistant.ask("西安市行政审批服务局2025年财政拨款支出是多少")) == (50937608.35, "元", 24)


def test_a_believed_amount_typed_in_chinese_numerals(assistant: Assistant) -> None:
    # 1,682.76 万元 is "一千多万"; "三千万左右" it is not
    assert assistant.ask("长春市信访局2026年支出总计是不是一千多万？").answer.startswith("基本是这样")
    assert assistant.ask("长春市信访局2026年支出总计是不是三千万左右？").answer.startswith("不是")


def test_groups_whose_members_are_groups_too() -> None:
    # 江苏省委办公厅 2018 政府采购: 服务 1,359.50 over projects (会议费 872.10) over items (会议服务 872.10)
    services = [1359.5, 872.1, 872.1, 5, 5, 11.4, 11.4, 34, 34, 50, 50, 25, 25, 152, 152, 210, 210]
    assert leaf_rows(services, 1359.5) == (2, 4, 6, 8, 10, 12, 14, 16)


@pytest.fixture(scope="module")
def civil_affairs(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _one_document(tmp_path_factory, "shandong-yantai-minzhengju-2026-yusuan.pdf")


def test_a_project_told_by_what_its_goal_says_it_does(civil_affairs: Assistant) -> None:
    # p37: the form of 养老服务发展资金 (年度预算资金总额 237.00) whose 总体目标 is "为…居家失能老年人提供上门助浴…"
    answer = civil_affairs.ask("烟台市民政局2026年给居家失能老人上门助浴的那个项目预算多少？")
    assert _figure(answer) == (237.0, "万元", 37)
    assert "养老服务发展资金" in answer.answer
    # a description no project's prose holds is no project
    assert civil_affairs.ask("烟台市民政局2026年给大学生发创业补贴的那个项目预算多少？").status == "not_found"


def test_a_bound_is_an_indicator_not_a_ranking(assistant: Assistant) -> None:
    # p37 办公用房物业管理服务项目: 数量指标 "提供物业服务人数 | =33人" — "最多多少人" asks that bound
    answer = assistant.ask("西安市行政审批服务局2025年办公用房物业管理服务项目，物业服务人数最多多少人？")
    assert _figure(answer) == (33.0, "人", 37)


def test_a_belief_checked_then_the_exact_figure_asked(assistant: Assistant) -> None:
    # 支出总计 1,682.76 万元: "是不是…左右？准确是多少？" is answered with the figure
    answer = assistant.ask("长春市信访局2026年支出总计是不是1700万左右？准确是多少？")
    assert answer.status == "answered" and answer.figures[0].value == pytest.approx(1682.76)


def test_the_largest_item_of_project_spending_is_a_project(assistant: Assistant) -> None:
    # 项目支出表（预算表9） p14: 2026驻京经费 312 of the four projects — not a 科目 of a 项目支出 column
    answer = assistant.ask("长春市信访局2026年项目支出里最大的一项是什么")
    assert _figure(answer) == (312.0, "万元", 14) and "驻京经费" in answer.answer


@pytest.mark.parametrize(
    ("question", "value", "unit", "page", "named"),
    [
        # the second largest alone, the first named beside it (p14 项目支出表: 驻京经费 312, 接待中心运行费 116)
        ("长春市信访局2026年项目支出里第二多的项目是哪个", 116, "万元", 14, "信访接待中心运行费"),
        # a table by its number in the 目录, said in words ("三、支出预算总表")
        ("江苏省人大常委会办公厅2018年表三里的合计是多少", 15897.44, "万元", 10, "支出预算总表"),
        # "这个项目": the project named just before it
        ("长春市信访局2026年驻京经费这个项目安排了多少", 312, "万元", 14, "驻京经费"),
        # p12 "实有人员72人,其中：在职人员46人": the part asked within its whole, not the whole
        ("长春市信访局2026年预算里实有人员中在职人员有多少人？", 46, "人", 12, "在职人员"),
        # p16 project prose "支付2026年驻京房租费249.8万元": a figure only a project's own words state
        ("长春市信访局2026年驻京房租费一年多少钱", 249.8, "万元", 16, "驻京房租费"),
        # p29 基本支出 20,807,588.35 less 工资福利支出 18,803,216.45, from the one table that prints both
        ("西安市行政审批服务局2025年除了工资福利支出，基本支出里其他的一共多少", 2004371.9, "元", 29, "除工资福利支出"),
    ],
)
def test_a_figure_by_its_place_table_number_part_prose_or_whole_less_a_part(
    assistant: Assistant, question: str, value: float, unit: str, page: int, named: str
) -> None:
    answer = assistant.ask(question)
    assert _figure(answer) == pytest.approx((value, unit, page))
    assert named in answer.answer


def test_a_story_names_the_office_and_a_slip_ends_its_name(
    propaganda: Assistant, welfare_home: Assistant, summary_budget: Assistant
) -> None:
    # "我是一名记者，注意到市委宣传部…": the office named after the asker's words (p8: 4,066.60)
    answer = propaganda.ask("我是一名记者，注意到市委宣传部2026年政府性基金预算多少")
    assert _figure(answer)[:2] == (4066.6, "万元")
    # "福利园" for 福利院 (园 ends names too); "花钱最多的是哪一项" of its 公用经费 (p14 物业管理费 1,206,000)
    answer = welfare_home.ask("普陀区社会福利园2024年公用经费里花钱最多的是哪一项？")
    assert _figure(answer) == (1206000.0, "元", 14) and "物业管理费" in answer.answer
    # "项目支出最多的是哪个单位": units ranked by 项目支出 (p23 气象综合保障中心 797.94), not by their budgets
    answer = summary_budget.ask("广州市气象局2026年各个单位里，项目支出最多的是哪个单位？")
    assert _figure(answer)[:2] == (797.94, "万元") and "气象综合保障中心" in answer.answer


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # 预算表6 p11: 办公费 34.82 万元; a bound the asker names, crossed or not, said first
        ("长春市信访局2026年办公费有没有超过30万", "超过了。"),
        ("长春市信访局2026年办公费是不是不到30万？", "不是，超过了。"),
        ("长春市信访局2026年办公费够不够40万", "没有达到。"),
        ("长春市信访局2026年办公费是不是35万左右", "基本是这样。"),  # a belief, not a bound
    ],
)
def test_a_bound_the_asker_names_is_answered_yes_or_no(assistant: Assistant, question: str, first: str) -> None:
    answer = assistant.ask(question)
    assert _figure(answer) == pytest.approx((34.82, "万元", 11))
    assert answer.answer.startswith(first), answer.answer


def test_an_aside_and_the_askers_count_of_cars(assistant: Assistant) -> None:
    # p11 公务用车运行维护费 6.75; p19 "固定资产账上共有机动车3辆": the aside names the item, the count is the
    # document's own; a count the document does not print is declined
    answer = assistant.ask("长春市信访局账上有3辆机动车，2026年公车（就是公务用车运行维护费）平均每辆车要花多少？")
    assert _figure(answer) == pytest.approx((2.25, "万元", 11))
    assert answer.figures[0].formula == "6.75 ÷ 3 = 2.25"
    assert assistant.ask("长春市信访局账上有5辆机动车，2026年公车平均每辆车要花多少？").status == "not_found"
    # a change is said by how much it moved, never "减少为" (which reads as what it fell to)
    answer = assistant.ask("长春市信访局2026年办公费——就是买文具那些——多少")
    assert _figure(answer) == pytest.approx((34.82, "万元", 11))


def test_a_table_by_the_page_it_is_printed_on(assistant: Assistant) -> None:
    # 西安安监局 2019 p3 收支总表: 收入总计 3,695.91; it prints no 政府性基金 (0), asked yes or no
    answer = assistant.ask("西安安监局2019年综合预算报表第3页那张表的收入总计是多少")
    assert _figure(answer) == pytest.approx((3695.91, "万元", 3))
    answer = assistant.ask("西安市安监局2019年是不是没有政府性基金预算？")
    assert answer.answer.startswith("是的，没有。") and answered_value(answer) == 0


def test_an_item_said_unchanged_in_words(small_office: Assistant) -> None:
    # p8 "2026 年“三公”经费预算与 2025 年持平，主要是…": a change of 0 stated with no figure in the sentence
    answer = small_office.ask("比去年多还是少？长沙职教基地办公室2026年的三公经费")
    assert _figure(answer) == (0, "万元", 8)
    assert "持平" in answer.answer


def test_a_funds_income_printed_as_a_column(works_centre: Assistant) -> None:
    # p6 收入总体情况表: 合计 7,552.92 with the column "财政拨款收入 / 政府性基金预算" 6,816.00
    answer = works_centre.ask("珠海工务中心二六年的预算里政府性基金收入占比超过一半了吗？")
    assert _figure(answer) == pytest.approx((90.24, "%", 6))
    assert answer.figures[0].formula == "6816 ÷ 7552.92 × 100% = 90.24%"


def test_last_years_cell_named_less_closely_and_a_part_named_with_its_whole(assistant: Assistant) -> None:
    # 西安安监局 2019 p32 表13: 公务用车运行维护 2018年 21.22, 2019年 24.00 (the detail tables' 6 + 12 + 4 + 2)
    answer = assistant.ask("西安市安監局2018年的公務用車運行維護費預算是多少？")
    assert _figure(answer) == pytest.approx((21.22, "万元", 32))
    answer = assistant.ask("西安市安监局2019年公务用车运行维护费比上年增加多少")
    assert _figure(answer) == pytest.approx((2.78, "万元", 32))
    # 长春信访局 p19 "房屋和构筑物3773.63万元，占固定资产总额的87.84%": the part, not 固定资产总量 4295.98
    answer = assistant.ask("長春市信訪局房屋和構築物的固定資產有多少萬元？（2026年預算公開裡的）")
    assert _figure(answer) == pytest.approx((3773.63, "万元", 19))


def test_offices_counted_and_a_name_corrected_by_the_asker(assistant: Assistant) -> None:
    # 江苏省人大常委会办公厅 2018 p4 "内设…38个处室…编制338名": 338 ÷ 38; a count the document does not print is
    # declined
    answer = assistant.ask("江苏省人大常委会办公厅有38个处室，平均每个处室几个编制？")
    assert _figure(answer)[:2] == pytest.approx((8.89, "人"))
    assert assistant.ask("江苏省人大常委会办公厅有40个处室，平均每个处室几个编制？").status == "not_found"
    # "西安市民政局，不对，是安监局": the name the asker settles on, with the place said first
    answer = assistant.ask("西安市民政局，不对，是安监局，2019年公务用车运行维护费比上年增加多少")
    assert _figure(answer) == pytest.approx((2.78, "万元", 32))


def test_the_average_of_a_listing_tables_rows(assistant: Assistant) -> None:
    # 西安行政审批服务局 2025 p16 会议费明细表: three meetings (0.64, 1.00 and 0.32 万元); four is not the table's count
    answer = assistant.ask("西安市行政审批服务局2025年会议费明细里那3个会，平均每个多少万元？")
    assert _figure(answer) == pytest.approx((0.65, "万元", 16))
    assert assistant.ask("西安市行政审批服务局2025年会议费明细里那4个会，平均每个多少万元？").status == "not_found"


def test_more_than_last_year_asked_yes_or_no_and_asked_why(assistant: Assistant) -> None:
    # 长春信访局 p17 "2026年预算比2025年预算增加50.32万元，增长3.08%。主要是人员经费的正常增长。"
    answer = assistant.ask("长春市信访局2026年预算是不是比去年多了？")
    assert _figure(answer) == pytest.approx((50.32, "万元", 17)) and "增加" in answer.answer
    answer = assistant.ask("长春市信访局2026年预算为啥比去年多了？")
    assert answer.status == "answered" and "人员经费的正常增长" in answer.answer and not answer.figures


def test_session_29_wordings_over_the_four_documents(assistant: Assistant) -> None:
    # 苏州自然资源和规划局 p29 政府采购支出表: 规划编制（测绘）项目 区域规划和设计服务 978.15 is the largest row
    answer = assistant.ask("苏州市自然资源和规划局2026年政府采购支出表里，金额最大的一项采购是什么？")
    assert _figure(answer) == pytest.approx((978.15, "万元", 29)) and "区域规划和设计服务" in answer.answer
    # 西安安监局 2019 p30 政府采购预算表: "买车——就是那辆事故救援专业车——": the thing the aside names
    assert _figure(assistant.ask("西安安监局2019年买车——就是那辆事故救援专业车——预算多少钱？")) == pytest.approx(
        (59.8, "万元", 30)
    )
    # 长春信访局 p11 工资福利支出 911.21 ÷ p12 在职人员 46: a division, not a person's pay
    answer = assistant.ask("长春市信访局2026年在职人员人均工资福利支出是多少万元？")
    assert _figure(answer)[:2] == pytest.approx((19.81, "万元"))
    assert assistant.ask("长春市信访局局长一年工资多少").status == "not_found"
    # 长春信访局 p17 "增长3.08%": the words said again after "……不对，是" replace the first ones
    answer = assistant.ask("长春市信访局2026年预算比上年增加了多少……不对，是增长了百分之几？")
    assert _figure(answer)[:2] == pytest.approx((3.08, "%"))


def test_how_far_a_figure_is_from_a_round_amount(assistant: Assistant) -> None:
    # 苏州自然资源和规划局 2026 收支总表 支出总计; the answer is the figure less the amount named, either way
    total = assistant.ask("苏州市自然资源和规划局2026年支出总计是多少万元")
    value = _figure(total)[0]
    answer = assistant.ask("苏州市自然资源和规划局2026年支出总计离10个亿还差多少")
    assert _figure(answer)[:2] == pytest.approx((round(100000 - value, 2), "万元"))
    assert "100000" in answer.figures[0].formula
    answer = assistant.ask("苏州市自然资源和规划局2026年支出总计比1个亿多出多少")
    assert _figure(answer)[:2] == pytest.approx((round(value - 10000, 2), "万元"))


def test_a_share_of_the_column_over_it_and_an_indicator_asked_as_a_goal(civil_affairs: Assistant) -> None:
    # 烟台民政局 p8 收入总体情况表 合计 row: 财政拨款收入 / 政府性基金预算收入 1501.28 of its 小计 5274.99 (not the
    # 基本支出表's 财政拨款 column)
    answer = civil_affairs.ask("烟台民政局26年财政拨款里政府性基金占几成")
    assert _figure(answer) == pytest.approx((28.46, "%", 8))
    # p31 "公务用车运行维护费…下降14.43%": the question corrected after an ellipsis
    answer = civil_affairs.ask("烟台市民政局2026年公务用车运行维护费比上年下降了多少个百分点……不对，是下降了百分之几？")
    assert _figure(answer)[:2] == pytest.approx((14.43, "%"))
    # p37 助浴人次数 ≥1.8万人次, asked as what the goal requires
    answer = civil_affairs.ask("烟台民政局2026年给居家失能老人助浴的那个项目，绩效目标要求助浴多少万人次？")
    assert _figure(answer) == pytest.approx((1.8, "万人次", 37))
    # a budget states targets, never what was done
    assert civil_affairs.ask("烟台民政局2026年助浴实际完成了多少万人次").status == "not_found"


def test_the_items_the_text_says_are_unchanged(two_editions: Assistant) -> None:
    # 普陀区政府办 2025 p21 "“三公”经费预算数为867.50万元，与2024年预算持平…公务接待费28.50万元，与2024年预算持平"
    answer = two_editions.ask("普陀区政府办2025年三公经费里有没有和去年一样的")
    assert answer.status == "answered" and "公务接待费" in answer.answer and "因公出国" in answer.answer
    assert answer.figures[0].sources[0].page == 21


def test_a_place_in_brackets_after_the_name(welfare_home: Assistant) -> None:
    # 普陀区社会福利院 2024 p6 "2023年当年预算执行数为33.74万元"
    answer = welfare_home.ask("福利院(普陀区)2023年住房公积金的预算执行数是多少万元？")
    assert _figure(answer) == pytest.approx((33.74, "万元", 6))


def test_a_unit_said_after_its_department_and_a_project_told_before_its_name(
    assistant: Assistant, works_centre: Assistant
) -> None:
    # 西安安监局 2019 p17: "125003 西安市安全生产执法监察支队" 551.11, asked "安监局执法监察支队" with no 下属
    answer = assistant.ask("西安市安监局执法监察支队2019年基本支出多少")
    assert _figure(answer) == pytest.approx((551.11, "万元", 17))
    # 珠海工务中心 p18 "黄杨泵站至缯坑水库第二条原水管建设工程-2026年 4,237.00": what it is for, said before it
    answer = works_centre.ask(
        "珠海市政府投资交通市政项目工务中心那个保障珠海澳门应急供水的黄杨泵站至缯坑水库第二条原水管工程，2026年预算多少？"
    )
    assert _figure(answer) == pytest.approx((4237, "万元", 18))
    # "那个…的项目": the description tells which project; "项目" alone is no name (never 项目支出 7,552.92)
    answer = works_centre.ask("珠海市政府投资交通市政项目工务中心2026年那个保障珠海澳门应急供水的项目安排了多少钱？")
    assert _figure(answer) == pytest.approx((4237, "万元", 18))


def test_session_30_wordings_over_the_five_documents(assistant: Assistant) -> None:
    # 长春信访局 p12 "实有人员72人,其中：在职人员46人": the part named by the whole's noun
    answer = assistant.ask("长春市信访局2026年预算的实有人员里，在职的有多少人？")
    assert _figure(answer)[:2] == pytest.approx((46, "人"))
    # 西安审批局 p8 "截至上年底…实有人员72人": the date of a count, not last year's figure
    answer = assistant.ask("西安市行政审批服务局2025年预算里，截至上年底实有人员是多少？")
    assert _figure(answer)[:2] == pytest.approx((72, "人"))
    # p16 培训费明细表 prints 人数 as "60人", "260人": ranked by people, and divided by for a head's share
    answer = assistant.ask("西安审批局2025年培训费明细表里，哪个培训参加的人最多？")
    assert _figure(answer) == pytest.approx((260, "人", 16)) and "新开工项目单位集中培训" in answer.answer
    answer = assistant.ask("西安行政审批局2025年那个代办服务能力提升专题培训，平均每人培训费多少元？")
    assert _figure(answer)[:2] == pytest.approx((1420, "元"))
    # its people added up: 60人 + 260人 + 100人 and "10人次" do not make one number
    assert assistant.ask("西安审批局2025年培训费明细表里一共多少人").status == "not_found"
    # 江苏省人大 p18: "人代会一次会议" is printed as typed, no slip of 会议; "省人大" is its 常委会办公厅
    answer = assistant.ask("江苏省人大2018年政府采购里江苏省第十三届人代会一次会议经费是多少？")
    assert _figure(answer) == pytest.approx((950, "万元", 18)) and "理解" not in answer.answer
    # 西安安监局 p32: 2018's 三公 小计 printed as 2.86 beside parts of 24.08 — a broken column is no base to
    # compute from (28.38 − 2.86 would be a confident wrong answer)
    answer = assistant.ask("西安安监局2019年的“三公”经费比2018年多了多少万元？")
    assert answer.status == "not_found" and "24.08" in answer.answer


def test_session_31_wordings_over_the_five_documents(assistant: Assistant) -> None:
    # 苏州市自然资源和规划局 p35 "提租补贴 782.74 万元，比上年增加 345.13 万元，增长 78.87%"
    # a belief of doubling is answered by the rate; the asker corrects the organisation with "哦不对"
    answer = assistant.ask("长春市信访局，哦不对，是苏州市自然资源和规划局，2026年提租补贴比上年差不多翻了一倍吧？")
    assert _figure(answer) == pytest.approx((78.87, "%", 35))
    # the figures the asker read, then last year asked by its number
    answer = assistant.ask("苏州市自然资源和规划局2026年提租补贴782.74万元，比上年增加了345.13万元，那2025年是多少？")
    assert _figure(answer) == pytest.approx((437.61, "万元", 35))
    # why and how much together: the change is the figure
    answer = assistant.ask("苏州市自然资源和规划局2026年提租补贴为什么增加了？增加了多少？")
    assert _figure(answer) == pytest.approx((345.13, "万元", 35))
    # where a figure is printed: the tables by their printed titles and pages, no figure stated
    answer = assistant.ask("苏州市自然资源和规划局2026年基本支出的明细在哪张表？")
    assert answer.status == "answered" and not answer.figures
    assert "《财政拨款基本支出表（经济科目）》（第 18 页）" in answer.answer
    answer = assistant.ask("西安市行政审批服务局2025年政府采购的数在第几页？")
    assert "第 34 页" in answer.answer and not answer.figures
    # 江苏省人大 p8 "上年结转资金 0": last year's money not spent, in everyday words
    answer = assistant.ask("江苏省人大2018年去年没花完留下来的钱有多少")
    assert _figure(answer) == pytest.approx((0, "万元", 8))


def test_an_office_called_by_the_place_it_runs(small_office: Assistant) -> None:
    # 长沙职业教育基地综合协调办公室: "长沙职教基地", 职教 being 职业教育 said short
    assert _figure(small_office.ask("长沙职教基地 三公经费 2026 多少w"))[:2] == pytest.approx((0.5, "万元"))
