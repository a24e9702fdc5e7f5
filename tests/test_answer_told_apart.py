"""Things a citizen tells apart in their own words, over documents of several units: a project by a count its
own prose prints (never the sum of every unit's project of that name), a unit by a short form of its name, the
second largest project of the performance forms, and a misspelt organisation whose last character is wrong.

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
    WIDE / "guangdong-guangzhou-jiaotong-yunshuju-2026-yusuan.pdf",  # 信创产品采购经费 of four units
    CORPUS / "fujian-fuzhou-yibaoju-2026-yusuan.pdf",  # 13 project forms, each with its 资金总额
    WIDE / "jiangsu-wuxi-fagaiwei-2025-yusuan.pdf",  # 302003 无锡市价格监测认定中心 541.82
)

pytestmark = pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    settings = Settings(index_dir=tmp_path_factory.mktemp("told-apart"), embedding_cache=EMBEDDING_CACHE)
    ingest(list(FILES), settings, say=lambda _: None)
    return Assistant(settings)


def test_a_project_told_by_a_count_its_prose_prints(assistant: Assistant) -> None:
    # p63: 广州市道路养护中心's 信创产品采购经费 22.50, its prose "1.购置45台电脑"; three other units print a project
    # of the same name (15.00 p36, 52.40 p43, 22.40 p46): the one told, never their sum 112.30
    answer = assistant.ask("广州市交通运输局2026年买45台电脑的那个项目预算多少？")
    assert _figure(answer) == pytest.approx((22.5, "万元", 63))
    assert answer.figures[0].formula is None


def test_the_second_largest_project_of_the_performance_forms(assistant: Assistant) -> None:
    # p31–32: 城乡居民基本医疗保险补助（中央和省级补助资金）141,405 > 城乡居民医保财政补助（区县补助）110,000
    answer = assistant.ask("福州医保局2026年项目绩效目标表里，资金第二多的项目是哪个？")
    assert _figure(answer)[:2] == pytest.approx((110000, "万元"))
    assert "区县补助" in answer.answer


def test_a_unit_by_a_short_form_of_its_name(assistant: Assistant) -> None:
    # p12 公开02表: "302003 无锡市价格监测认定中心 541.82", asked without 市 and 监测
    answer = assistant.ask("无锡价格认定中心2025年预算大概多少？")
    assert _figure(answer)[:2] == pytest.approx((541.82, "万元"))
    assert "无锡市价格监测认定中心" in answer.answer


def test_a_name_whose_last_character_is_mistyped(assistant: Assistant) -> None:
    # "福州医保句" (句 sounds as 局) was read before; "福州市医疗保障阮" has no sound of 局 and is still a slip of it
    answer = assistant.ask("福州市医疗保障阮2026年三公经费多少？")
    assert answer.status == "answered" and "福州市医疗保障局" in answer.answer


def test_a_row_named_within_the_code_said(assistant: Assistant) -> None:
    # 广州交通运输局 2026 p11: 2140102 一般行政管理事务 3,172.80 under 21401 公路水路运输 (2120102 of the same name is
    # 32.00, under 21201), not the 21401 row 88,672.55 the code names
    answer = assistant.ask("广州市交通运输局2026年公路水路运输（21401）下面的一般行政管理事务是多少？")
    assert _figure(answer) == (3172.8, "万元", 11)
