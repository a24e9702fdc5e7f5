"""Figures the 说明 and the performance forms state in their own words, asked plainly: an average over
the people a project's form counts, a reception's cost per guest, a ranking of changes stated item by
item (some "无增减", one new this year), an amount stated for a list of two items, an amount named by a
qualifier earlier in its sentence, and several indicators printed in one cell of a form.

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
