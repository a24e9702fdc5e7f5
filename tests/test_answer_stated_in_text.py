"""Figures the 说明 and the performance forms state in their own words, asked plainly: an average over
the people a project's form counts, a reception's cost per guest, a ranking of changes stated item by
item (some "无增减", one new this year), an amount stated for a list of two items, an amount named by a
qualifier earlier in its sentence, several indicators printed in one cell of a form; and questions that
chain or compare them: a part of a project's own account as a share, the largest project as a share of
its table, two organisations compared, a year's amount per month, a year typed in Chinese numerals.

Expected values were read by hand from the PDFs (pages given); the index is built by the real pipeline.
"""

from __future__ import annotations

import pytest

from assistant.answer import Assistant
from assistant.ingest import ingest
from assistant.settings import Settings
from tests.conftest import CORPUS, EMBEDDING_CACHE
from tests.test_answer_wide import _figure
from tests.test_parse_wide import WIDE

FILES = (
    CORPUS / "shandong-yantai-shenjiju-2026-yusuan.pdf",  # a project's form counts the people it pays
    CORPUS / "guangdong-foshan-guidao-jiaotongju-2019-juesuan.pdf",  # "接待人数共 13 人"
    CORPUS / "guangdong-shenzhen-caizhengju-2026-yusuan.pdf",  # "A、B资金 10,000.00 万元"
    CORPUS / "beijing-shi-caizhengju-2026-yusuan-part1-shuoming.pdf",  # "根据《普惠金融…》…已安排…资金"
    WIDE / "shaanxi-xian-xingzheng-shenpi-fuwuju-2025-yusuan.pdf",  # 11 项 changes, "无增减", "不可比"
    WIDE / "shaanxi-xian-renshe-ju-2020-yusuan.pdf",  # "指标：A；B | 1000元/人/月；3965元/人/月"
    CORPUS / "jiangsu-suzhou-shenjiju-2026-yusuan.pdf",  # “三公” 10.00, against 烟台's 3.40
    CORPUS / "shaanxi-xian-shenjiju-2026-yusuan.pdf",  # “三公” 102,000 元, in 元 against 苏州's 万元
    WIDE / "jilin-changchun-xinfangju-benji-2026-yusuan.pdf",  # 驻京经费 312.00, "房租费 249.8 万元" in its form
)

pytestmark = pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    settings = Settings(index_dir=tmp_path_factory.mktemp("stated-in-text"), embedding_cache=EMBEDDING_CACHE)
    ingest(list(FILES), settings, say=lambda _: None)
    return Assistant(settings)


def test_an_average_over_the_people_a_projects_form_counts(assistant: Assistant) -> None:
    # p24 项目支出表: 原审计署烟台基地退休人员补助经费 170.00; p33 its form: 保障离退休干部人数 =21人
    answer = assistant.ask("烟台审计局原审计署烟台基地退休人员补助经费，人均一年多少钱？")
    value, unit, _ = _figure(answer)
    assert (value, unit) == (8.10, "万元")
    assert answer.figures[0].formula == "170 ÷ 21 = 8.10"


def test_a_receptions_cost_per_guest(assistant: Assistant) -> None:
    # p21 “三公”表: 公务接待费 0.16 万元; p27: "发生国内接待 1 次，接待人数共 13 人"
    answer = assistant.ask("佛山轨道交通局2019年公务接待费平均每位来宾花了多少元？")
    value, unit, _ = _figure(answer)
    assert (value, unit) == (123.08, "元")


def test_changes_stated_item_by_item_rank_with_unchanged_and_new_items(assistant: Assistant) -> None:
    # p10-11: 11 项, 2010306 政务公开审批 +609.33 the largest; 2080501 "较上年无增减" (0); 2089999 1.80
    # "较上年不可比，上年基数为零" (new: counted in the comparison, no rate)
    most = assistant.ask("西安市行政审批服务局2025年哪个功能科目比上年增加最多？")
    assert _figure(most)[:2] == (609.33, "万元")
    assert "政务公开审批" in most.answer and "共比较 11 项" in most.answer
    fastest = assistant.ask("西安市行政审批服务局2025年哪个科目比上年增幅最大？")
    assert _figure(fastest)[:2] == (159.24, "%")  # 公务员医疗补助 38.42 against 14.82
    assert "公务员医疗补助" in fastest.answer and "上年为零" in fastest.answer


def test_an_amount_stated_for_two_items_at_once(assistant: Assistant) -> None:
    # p7: "深圳市承担的个人消费贷款财政贴息、服务业经营主体贷款贴息资金10,000.00 万元"
    answer = assistant.ask("深圳市财政局2026年个人消费贷款和服务业经营主体贷款贴息安排了多少？")
    assert _figure(answer) == (10000, "万元", 7)


def test_an_amount_named_by_a_qualifier_earlier_in_its_sentence(assistant: Assistant) -> None:
    # p9: "根据《普惠金融发展专项转移支付管理办法》…已安排专项转移支付资金 5612.00 万元"
    answer = assistant.ask("北京财政局26年普惠金融专项转移支付安排了多少万元")
    assert _figure(answer) == (5612, "万元", 9)


def test_indicators_listed_in_one_cell_of_a_form(assistant: Assistant) -> None:
    # p58 专项资金整体绩效目标表: "指标：公益性岗位补助；劳动保障协理员补助 | 1000元/人/月；3965元/人/月"
    answer = assistant.ask("西安市人社局2020年劳动保障协理员补助标准是多少元？")
    assert _figure(answer) == (3965, "元/人/月", 58)


def test_two_organisations_compared(assistant: Assistant) -> None:
    # 苏州市审计局 p18 “三公” 10.00; 烟台市审计局 p19 3.40
    answer = assistant.ask("苏州市审计局和烟台市审计局2026年的三公经费，谁的多？")
    assert _figure(answer)[:2] == (6.60, "万元")
    assert "苏州市审计局较多" in answer.answer and "烟台市审计局" in answer.answer
    # 西安市审计局 p35 “三公” 102,000 元 (10.20 万元) against 苏州's 10.00 万元: the larger first, in one unit
    answer = assistant.ask("苏州审计局和西安审计局2026年三公经费预算谁多？")
    assert _figure(answer)[:2] == pytest.approx((0.2, "万元"))
    assert "西安市审计局较多：10.20 万元" in answer.answer, answer.answer
    # three named by their places and one kind of office: the largest, each one's figure said
    answer = assistant.ask("苏州、西安、烟台这三个审计局，2026年三公经费预算谁最多？")
    assert _figure(answer)[:2] == pytest.approx((10.2, "万元"))
    assert "最多的是西安市审计局" in answer.answer and "烟台市审计局 3.40 万元" in answer.answer, answer.answer


def test_a_part_of_a_projects_own_account_as_a_share(assistant: Assistant) -> None:
    # p14 项目支出表: 驻京经费 312.00; p16 its form: "1、支付2026年驻京房租费249.8万元"; 249.8 ÷ 312 = 80.06%
    answer = assistant.ask("长春信访局2026年驻京经费312万元里，光房租就占了百分之多少？")
    assert _figure(answer)[:2] == (80.06, "%")


def test_the_largest_project_as_a_share_of_its_own_tables_total(assistant: Assistant) -> None:
    # 表10 专项业务经费支出表 p42-44: 合计 173,502.61; the largest, 基本养老保险基金支出缺口补助 68,700 (p43);
    # the 说明's "专项业务经费支出 3843.39" is another 口径 and is not the whole; the year in Chinese numerals
    answer = assistant.ask("西安市人社局二〇二〇年专项业务经费里最大的那个项目，占专项业务经费合计的百分之几？")
    assert _figure(answer)[:2] == (39.60, "%")
    assert "基本养老保险基金支出缺口补助" in answer.answer


def test_a_years_amount_per_month(assistant: Assistant) -> None:
    # p14: 临聘人员经费 16.56 a year
    answer = assistant.ask("长春信访局2026年临聘人员经费平均每月多少？")
    assert _figure(answer)[:2] == (1.38, "万元")
    assert answer.figures[0].formula == "16.56 ÷ 12 = 1.38"
