"""Questions asked the ways people type them, over documents of several templates: a search box's
words, the question word first, a performance indicator by its project or what the project does, a
unit of a 汇总 budget by its short name, a ranking by change over a table that runs across pages.

Expected values were read by hand from the PDFs (pages given); the index is built by the real pipeline.
"""

from __future__ import annotations

import pytest

from assistant.answer import Assistant
from assistant.ingest import ingest
from assistant.settings import Settings
from tests.conftest import EMBEDDING_CACHE
from tests.test_answer_wide import _figure
from tests.test_parse_wide import WIDE

FILES = (
    "jilin-changchun-xinfangju-benji-2026-yusuan.pdf",  # a listed 绩效目标表, projects in merged cells
    "jiangsu-sheng-gaoji-fayuan-2018-yusuan.pdf",  # 项 changes stated item by item; a table over two pages
    "jiangsu-sheng-shengwei-bangongting-2018-yusuan-baobiao.pdf",  # 收支预算总表: 收入合计 and 支出合计
    "shaanxi-xian-qixiangju-2022-yusuan.pdf",  # a unit's staff stated in the 概况
    "zhejiang-hangzhou-gonganju-2026-yusuan.pdf",  # a 汇总 budget: 11 units, 9 in its “三公” table
    "shandong-yantai-minzhengju-2026-yusuan.pdf",  # an indicator in 万人次, a project told by its goal
)

pytestmark = pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    settings = Settings(index_dir=tmp_path_factory.mktemp("asked-ways"), embedding_cache=EMBEDDING_CACHE)
    ingest([WIDE / f for f in FILES], settings, say=lambda _: None)
    return Assistant(settings)


@pytest.mark.parametrize(
    "question",
    [
        "长春市信访局2026年一般公共预算支出合计是多少",
        "多少钱呀，长春市信访局2026年的一般公共预算支出合计",  # the question word first
        "长春 信访局 2026 一般公共预算支出合计",  # a search box: the place and the year as words of their own
    ],
)
def test_one_figure_asked_three_ways(assistant: Assistant, question: str) -> None:
    assert _figure(assistant.ask(question)) == (1682.76, "万元", 10)


def test_a_tables_total_asked_by_the_tables_name(assistant: Assistant) -> None:
    # 省委办公厅 2018 收支预算总表 p3: 收入合计 = 支出合计 = 24,458.43; no row is named plain "合计"
    answer = assistant.ask("中共江苏省委办公厅2018年收支预算总表的合计是多少？")
    assert _figure(answer) == (24458.43, "万元", 3)


def test_the_largest_rise_ranks_every_row_of_a_table_over_two_pages(assistant: Assistant) -> None:
    # p19-20: 行政运行 +3,070.69 (its row on p12), 提租补贴 +1,358.26 (p13); the text spells one row
    # "一般行政事务管理" where the table prints "一般行政管理事务" (same amount, 6,049.97)
    answer = assistant.ask("江苏省高级人民法院2018年项级科目里哪个比上年增加最多？")
    assert answer.status == "answered", answer.answer
    assert "行政运行" in answer.answer and "共比较 11 项" in answer.answer
    assert answer.figures[0].value == pytest.approx(3070.69)


def test_an_indicator_asked_with_its_project(assistant: Assistant) -> None:
    answer = assistant.ask("长春市信访局2026年驻京经费项目绩效目标中驻京工作人员人数是多少？")
    assert _figure(answer) == (18, "人", 16)


def test_an_indicator_in_wan_asked_in_its_plain_measure(assistant: Assistant) -> None:
    # p37 "助浴人次数 ≥1.8万人次" of 养老服务发展资金, a project told by its 总体目标 ("为…居家失能老年人提供上门助浴")
    answer = assistant.ask("烟台市民政局2026年给失能老人上门助浴的那个项目，助浴人次目标是多少？")
    assert _figure(answer) == (18000, "人次", 37)
    assert answer.figures[0].formula == "1.80 万人次 × 10000 = 18000 人次"


def test_a_units_staff_by_its_short_name(assistant: Assistant) -> None:
    # p7 "截止2021年底…西安市人工影响天气服务保障中心编制人数8人，实有人员7人"
    answer = assistant.ask("西安市气象局下面的人影中心截至2021年底实有几个人？")
    assert _figure(answer) == (7, "人", 7)


def test_units_ranked_by_a_table_that_leaves_some_out(assistant: Assistant) -> None:
    # p29 “三公”经费预算表: 9 of the 11 units, 交通管理支队 1,960.35 the most; the two it leaves out have none,
    # which matters to the least, not to the most
    answer = assistant.ask("杭州市公安局2026年三公经费最多的是哪个单位？")
    assert _figure(answer) == (1960.35, "万元", 29)
    assert "交通管理支队" in answer.answer and "2 个单位未列示该项" in answer.answer
    assert assistant.ask("杭州市公安局2026年三公经费最少的是哪个单位？").status == "not_found"


@pytest.mark.parametrize(
    ("question", "value", "unit", "page"),
    [
        # 省委办公厅 2018 p7 财政拨款支出预算表, its fifth table (it prints no table numbers): 合计 24,458.43
        ("中共江苏省委办公厅2018年部门预算公开报表第五张表的合计是多少？", 24458.43, "万元", 7),
        # 西安气象局 2022 p22 表5, named again in a bracket that does not end in 表: 合计 18,999,011.66 元
        ("西安市气象局2022年表5（一般公共预算支出明细表按功能科目）的合计是多少元？", 18999011.66, "元", 22),
        # 杭州公安局 2026 p14 "…均实行绩效目标管理，共计 33 个一级项目": 纳入 said for 实行
        ("杭州市公安局2026年纳入绩效目标管理的一级项目有几个？", 33, "个", 14),
    ],
)
def test_tables_by_number_and_counts_said_another_way(
    assistant: Assistant, question: str, value: float, unit: str, page: int
) -> None:
    assert _figure(assistant.ask(question)) == pytest.approx((value, unit, page))


def test_a_unit_only_the_text_lists_answers_only_with_its_own_rows(assistant: Assistant) -> None:
    # 烟台民政局 p5 "二级预算单位包括：…3.中国烟台SOS儿童村": no table prints the unit by row; its project is a row of
    # the parent's 项目支出预算情况表 (p26 孩子生活补助及儿童村运转经费 586.00), its 三公 are not printed apart
    answer = assistant.ask("烟台民政局下面的SOS儿童村，2026年孩子生活补助和儿童村运转经费是多少？")
    assert _figure(answer) == pytest.approx((586, "万元", 26))
    assert "下属单位" in answer.answer
    for question in ("中国烟台SOS儿童村2026年三公经费是多少", "中国烟台SOS儿童村2026年预算是多少"):
        assert assistant.ask(question).status == "not_found", question


def test_a_purchase_ranked_within_its_kind(assistant: Assistant) -> None:
    # 江苏高院 2018 p15 政府采购预算表: "三、服务C 3139.76" heads its part; the largest row under it is
    # 应用软件购建费 (信息网络及软件购置更新) 622.00 — the heading is no item
    answer = assistant.ask("江苏高院2018年政府采购服务类里金额最大的是哪一项？")
    assert _figure(answer) == (622, "万元", 15) and "应用软件购建费" in answer.answer


def test_a_unit_said_right_after_its_department_and_a_share_typed_in_english(assistant: Assistant) -> None:
    # p29 “三公”经费预算表: 交通管理支队 1,960.35 of the 合计 4,112.82 ("交警支队" is how people name it)
    answer = assistant.ask("杭州市公安局2026年交警支队三公 share 占全局三公经费百分之多少")
    assert _figure(answer) == (47.66, "%", 29)
    # a 分局 the budget does not print stays a unit we lack
    assert assistant.ask("杭州市公安局西湖分局2026年三公经费是多少").status == "not_found"
