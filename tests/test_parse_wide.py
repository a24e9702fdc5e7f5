"""Golden tests over the wide corpus (../shared/corpus-wide): 32 real PDFs of every template family.

Identity (organisation, year, 预算/决算) is checked for every file against the covers, as recorded in
`expected.jsonl`; 收入总计, 支出总计 and the “三公” total, read by hand (tests/expected_wide.json), must
each be a parsed fact on the printed page. The 32 files are parsed once per test session, in parallel,
and the results cached on disk by file hash and parser source, so a rerun without parser changes is fast.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path

import pytest

from assistant.candidates import candidates
from assistant.classify import STANDARD_TYPES
from assistant.model import ParsedDocument
from assistant.normalize import squash
from assistant.parse import parse_file
from assistant.passages import PROJECT_HEADING
from tests.conftest import ROOT

WIDE = ROOT.parent / "shared" / "corpus-wide"
EXPECTED = (
    {e["file"]: e for e in map(json.loads, (WIDE / "expected.jsonl").open(encoding="utf-8"))} if WIDE.exists() else {}
)
FIGURES = json.loads((Path(__file__).parent / "expected_wide.json").read_text(encoding="utf-8"))
CACHE = ROOT / "build" / "test-parse-cache"

pytestmark = pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")


def _source_hash() -> str:
    h = hashlib.sha256()
    for path in sorted((ROOT / "assistant").glob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _parse_cached(path: Path, source: str) -> ParsedDocument:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    cached = CACHE / f"{path.stem}-{digest}-{source}.pickle"
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    doc = parse_file(path)
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pickle.dumps(doc))
    return doc


@cache
def wide() -> dict[str, ParsedDocument]:
    files = sorted(WIDE.glob("*.pdf"))
    source = _source_hash()
    with ProcessPoolExecutor(max_workers=2) as pool:
        return {f.name: doc for f, doc in zip(files, pool.map(_parse_cached, files, [source] * len(files)))}


def _same_name(a: str) -> str:
    return squash(a).replace("(", "（").replace(")", "）")


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_identity_from_the_document(file: str) -> None:
    expected, doc = EXPECTED[file], wide()[file].document
    assert (_same_name(doc.organisation), doc.year, doc.kind) == (
        _same_name(expected["organisation"]),
        expected["year"],
        expected["kind"],
    )


@pytest.mark.parametrize("file", sorted(FIGURES))
def test_key_totals_are_facts_on_their_pages(file: str) -> None:
    parsed = wide()[file]
    for key, table_types in (("收入总计", {"收支总表"}), ("支出总计", {"收支总表"}), ("三公经费", {"三公经费"})):
        entry = FIGURES[file][key]
        if entry is None:
            continue
        value, unit, page = entry
        found = [f for f in parsed.facts if f.table_type in table_types and f.page == page and f.unit == unit]
        assert any(f.value == pytest.approx(value, abs=1e-6) for f in found), (key, value, page, len(found))


@pytest.mark.parametrize("file", sorted(FIGURES))
def test_every_standard_table_is_recognised(file: str) -> None:
    parsed = wide()[file]
    if not parsed.tables:
        return  # the 说明 half of a two-part publication has no tables
    types = {t.table_type for t in parsed.tables}
    assert [group for group in STANDARD_TYPES if not types & set(group)] == []


def test_organisation_never_a_guessed_phrase() -> None:
    """A name that cannot be read stays empty rather than becoming a heading or a place alone."""
    from assistant.identity import clean_organisation

    assert clean_organisation("第一部分部门概况一、主要职能二、部门机构设置和") == ""
    assert clean_organisation("江苏省") == ""
    assert clean_organisation("附件2部门综合") == ""
    assert clean_organisation("341-湖州市财政局") == "湖州市财政局"
    assert clean_organisation("西安市卫生健康委员会（汇总）") == "西安市卫生健康委员会"
    assert clean_organisation("长春市信访局(本级)") == "长春市信访局（本级）"


CORPUS_IDENTITY = {
    "beijing-shi-caizhengju-2026-yusuan-part1-shuoming.pdf": ("北京市财政局", 2026, "预算"),
    "beijing-shi-caizhengju-2026-yusuan-part2-baobiao.pdf": ("北京市财政局", 2026, "预算"),
    "central-guojia-xinfangju-2024-juesuan.pdf": ("国家信访局", 2024, "决算"),
    "central-guojia-xinfangju-2026-yusuan.pdf": ("国家信访局", 2026, "预算"),
    "fujian-fuzhou-yibaoju-2026-yusuan.pdf": ("福州市医疗保障局", 2026, "预算"),
    "guangdong-foshan-guidao-jiaotongju-2019-juesuan.pdf": ("佛山市轨道交通局", 2019, "决算"),
    "guangdong-guangzhou-tongjiju-2026-yusuan.pdf": ("广州市统计局", 2026, "预算"),
    "guangdong-shenzhen-caizhengju-2026-yusuan.pdf": ("深圳市财政局（本级）", 2026, "预算"),
    "jiangsu-sheng-gaoji-fayuan-2019-yusuan.pdf": ("江苏省高级人民法院", 2019, "预算"),
    "jiangsu-suzhou-shenjiju-2026-yusuan.pdf": ("苏州市审计局", 2026, "预算"),
    "kashi-city-gov-office-2025-budget.txt": ("新疆维吾尔自治区喀什地区喀什市人民政府办公室", 2025, "预算"),
    "shaanxi-xian-shenjiju-2026-yusuan.pdf": ("西安市审计局", 2026, "预算"),
    "shandong-yantai-shenjiju-2026-yusuan.pdf": ("烟台市审计局", 2026, "预算"),
    "shanghai-putuo-caizhengju-2024-bumen-juesuan.pdf": ("上海市普陀区财政局", 2024, "决算"),
    "shanghai-putuo-shangwuwei-2025-bumen-yusuan.pdf": ("上海市普陀区商务委员会", 2025, "预算"),
    "shanghai-putuo-sifaju-2026-bumen-yusuan.pdf": ("上海市普陀区司法局", 2026, "预算"),
    "shanghai-shi-caizhengju-2025-danwei-yusuan.pdf": ("上海市财政局", 2025, "预算"),
    "zhejiang-hangzhou-qixiangju-2026-yusuan.pdf": ("杭州市气象局", 2026, "预算"),
}


@pytest.mark.parametrize("file", sorted(CORPUS_IDENTITY))
def test_identity_of_the_bundled_corpus(file: str) -> None:
    from tests.conftest import parsed

    doc = parsed(file).document
    assert (doc.organisation, doc.year, doc.kind) == CORPUS_IDENTITY[file]


def test_words_boxed_one_by_one_in_a_sentence_are_text() -> None:
    # 长沙职业教育基地 boxes the words of its 说明 one by one ("培训费预算 | 2 | 万元，拟开展 | … | 人数 | 11 | 人"):
    # pdfplumber finds each line as a one-row table; read as such, the sentence lost its figures
    doc = wide()["hunan-changsha-zhiye-jiaoyu-jidi-bangongshi-2026-yusuan.pdf"]
    said = {(t.subject, t.value, t.unit) for t in doc.text_facts if t.page == 8}
    assert ("培训费预算", 2, "万元") in said and ("人数", 11, "人") in said
    assert not [t for t in doc.tables if 8 in t.pages]  # the page has no table at all


def test_a_title_left_at_the_foot_of_the_page_names_the_table_that_starts_the_next() -> None:
    # 西安审批局 2025: "会议费明细表 / 单位：万元" end p15, its table opens p16; 培训费明细表 follows on p16.
    # Rows are named by 会议名称, not by 时间 or 人数 beside it.
    doc = wide()["shaanxi-xian-xingzheng-shenpi-fuwuju-2025-yusuan.pdf"]
    rows = {(f.table_title, f.row_name, f.value, f.unit) for f in doc.facts if f.page == 16}
    assert ("会议费明细表", "观摩会", 1.0, "万元") in rows
    assert ("培训费明细表", "人员参加部门外各类培训班", 4.64, "万元") in rows


def test_a_name_spilled_over_its_column_rules_keeps_its_row() -> None:
    # 西安气象局 2022 表10: "气 | 象灾害、空气质量、气象影视、农业气象等业务运 | 维 6540000" — the long name ran
    # over the code and amount columns; the row was lost, and the projects no longer added up
    doc = wide()["shaanxi-xian-qixiangju-2022-yusuan.pdf"]
    rows = {(f.row_name, f.value) for f in doc.facts if f.page == 27 and f.table_type == "项目支出表"}
    assert ("气象灾害、空气质量、气象影视、农业气象等业务运维", 6540000.0) in rows
    # 表1: "西安市人工影响天气服务保障中心" set over its 合计 1839311.66, read interleaved ("障中18心39311.66")
    totals = {(f.row_name, f.value) for f in doc.facts if f.page == 19 and f.column_path[-1] == "合计"}
    assert ("西安市人工影响天气服务保障中心", 1839311.66) in totals


def test_a_quantity_column_is_a_count_and_a_total_printed_once_names_both_sides() -> None:
    # 西安安监局 2019 政府采购表: 数量 | … | 部门经济科目 | 预算金额; "合计" is printed once, at the left
    doc = wide()["shaanxi-xian-anquan-shengchan-jianduju-2019-yusuan-baobiao.pdf"]
    cells = {(f.row_name, f.column_path[-1], f.value, f.unit) for f in doc.facts if f.table_type == "政府采购"}
    assert ("合计", "数量", 86.0, "个") in cells
    assert ("合计", "预算金额", 192.13, "万元") in cells


def test_a_row_is_coded_by_the_label_that_names_it() -> None:
    # 北京市水务局 预算06表: "50502-商品和服务支出 | 30209-物业管理费": the row is 物业管理费, so 30209
    doc = wide()["beijing-shi-shuiwuju-2026-yusuan-part2-baobiao.pdf"]
    assert {f.row_code for f in doc.facts if f.row_name == "物业管理费" and f.page == 31} == {"30209"}


def test_a_total_in_a_cell_merged_over_a_name_column_is_the_amount_columns() -> None:
    # 北京市水务局 预算03表 p17: "合 计 | 1,024,807.171785 (one cell over 部门经济分类 and 合计) | 186,874.72 | …"
    doc = wide()["beijing-shi-shuiwuju-2026-yusuan-part2-baobiao.pdf"]
    totals = {(f.column_path, f.value) for f in doc.facts if f.page == 17 and f.row_name == "合计"}
    assert (("合计",), 1024807.171785) in totals


def test_the_organisation_named_twice_in_a_by_unit_table_is_the_whole_then_its_own_level() -> None:
    # 湖州市财政局 表02 p19: "湖州市财政局 6838.41" (the department) then " 湖州市财政局 4467.55" among its units
    doc = wide()["zhejiang-huzhou-caizhengju-2026-yusuan.pdf"]
    rows = {(f.row_name, f.value) for f in doc.facts if f.page == 19 and f.column_path == ("总计",)}
    assert {("湖州市财政局", 6838.41), ("湖州市财政局（本级）", 4467.55)} <= rows
    # 深圳市水务局 表3 p63: "深圳市水务局" (the table's total) above "深圳市水务局（本级）": the first is the whole's
    shenzhen = wide()["guangdong-shenzhen-shuiwuju-2026-yusuan.pdf"]
    whole = {
        c.value for c in candidates(shenzhen) if c.table_fact and c.table_fact.page == 63 and "项目支出" in c.labels
    }
    assert whole == {811669.97}


def test_a_continued_tables_first_row_printed_above_its_frame_is_read() -> None:
    # 江苏高院 2018 p12: the page's first row (30108 机关事业单位基本养老保险缴费 1,326.81) sits above the
    # frame, whose top rule is not drawn; without it 301 工资福利支出 did not add up
    doc = wide()["jiangsu-sheng-gaoji-fayuan-2018-yusuan.pdf"]
    rows = {(f.row_code, f.value) for f in doc.facts if f.page == 12 and f.table_type == "基本支出表"}
    assert ("30108", 1326.81) in rows


def test_an_amount_cut_by_the_page_break_is_joined_to_its_row() -> None:
    # 杭州市公安局 2026 收入预算总表 p21: "杭州市机动 | 14,549.64 | … | 12,437.3 | 2,112.28" and, at the top of the
    # next page, "车驾驶员考试服务中心 | 6": one row, whose 事业收入 is 12,437.36 (then its parts add up)
    doc = wide()["zhejiang-hangzhou-gonganju-2026-yusuan.pdf"]
    rows = {(f.row_name, f.column, f.value) for f in doc.facts if f.page == 21}
    assert ("杭州市机动车驾驶员考试服务中心", "本年收入 / 事业收入", 12437.36) in rows
    assert not [f for f in doc.facts if f.row_name == "车驾驶员考试服务中心"]


def test_a_unit_printed_in_the_frame_beside_the_organisation_and_the_cover_scope() -> None:
    # 普陀区社会福利院 2024 p10: "编制单位：… | 单位：元" in two cells of one row inside the frame; the table is in 元
    doc = wide()["shanghai-putuo-shehui-fuliyuan-2024-danwei-yusuan.pdf"]
    table = next(t for t in doc.tables if t.table_type == "财政拨款收支总表")
    assert table.unit == "元"
    assert {f.unit for f in doc.facts if f.table_index == table.index} == {"元"}
    # 长春市信访局: tables labelled "预算单位：长春市信访局" under the cover "长春市信访局（本级）…部门预算"
    assert wide()["jilin-changchun-xinfangju-benji-2026-yusuan.pdf"].document.organisation == "长春市信访局（本级）"


def test_the_prose_of_project_tables_is_each_projects_own_passage() -> None:
    # 烟台民政局 2026 p37: a form ("项目名称 | 养老服务发展资金", "年度预算资金总额： | 237.00", "总体目标 | 通过为…
    # 居家失能老年人提供上门助浴…"); 湖州财政局 p32: a list (项目名称 | 金额 | 项目总体绩效目标) — the prose is cut
    # out of the page's running text with the table, and was lost
    yantai = wide()["shandong-yantai-minzhengju-2026-yusuan.pdf"]
    form = [p for p in yantai.passages if p.page == 37 and p.heading_path[:1] == (PROJECT_HEADING,)]
    assert [p.heading_path[2:] for p in form] == [("养老服务发展资金", "总体目标")]
    assert "上门助浴" in form[0].text
    money = [f for f in yantai.facts if f.page == 37 and f.row_name == "年度资金总额"]
    assert [(f.row_label, f.value, f.unit) for f in money] == [("养老服务发展资金", 237.0, "万元")]
    huzhou = wide()["zhejiang-huzhou-caizhengju-2026-yusuan.pdf"]
    listed = {p.heading_path[2] for p in huzhou.passages if p.page == 32 and p.heading_path[:1] == (PROJECT_HEADING,)}
    assert "全市会计人员考培" in listed and "2026年市级部门项目支出绩效表" not in listed
    # the 说明's own passages come first and keep their numbering
    assert [p.index for p in huzhou.passages] == list(range(len(huzhou.passages)))


def test_a_column_keeps_one_index_across_the_pages_of_its_table() -> None:
    # 江苏高院 2018 一般公共预算支出表 p12-13: "金额" is the 3rd cell of p12's rows and the 4th of p13's; read by
    # index alone, p12's 项 rows fell out of every ranking over the column
    doc = wide()["jiangsu-sheng-gaoji-fayuan-2018-yusuan.pdf"]
    cells = [f for f in doc.facts if f.table_type == "一般公共预算支出表" and f.column == "金额"]
    assert {f.page for f in cells} == {12, 13}
    assert len({f.col_index for f in cells}) == 1


def test_an_indicator_is_named_with_its_project() -> None:
    # 长春市信访局 p16: the project's name is one merged cell left of all its indicators
    indicators = {
        (f.row_label, f.row_name, f.value, f.unit)
        for f in wide()["jilin-changchun-xinfangju-benji-2026-yusuan.pdf"].facts
        if f.table_type == "绩效目标" and f.column.startswith("指标值")
    }
    assert ("2026年驻京经费", "驻京工作人员人数", 18.0, "人") in indicators
    assert ("2026年信访专项经费", "专家评审", 2.0, "次") in indicators
    # 烟台市民政局 p37 "≥1.8万人次"; 北京市水务局 p150 "效益指标 | 社会效益指标 | 南水北调…受益人口 | ≥ 1600万人"
    yantai = wide()["shandong-yantai-minzhengju-2026-yusuan.pdf"].facts
    assert ("养老服务发展资金", "助浴人次数", 1.8, "万人次") in {
        (f.row_label, f.row_name, f.value, f.unit) for f in yantai
    }
    water = wide()["beijing-shi-shuiwuju-2026-yusuan-part2-baobiao.pdf"].facts
    assert ("南水北调调水保障首都受益人口", 1600.0, "万人") in {(f.row_name, f.value, f.unit) for f in water}
    # p52 "收缴污水处理费金额 | ≥ | 19 | 亿元": an indicator in 亿元
    assert ("污水处理费手续费", "收缴污水处理费金额", 19.0, "亿元") in {
        (f.row_label, f.row_name, f.value, f.unit) for f in water
    }
    # 西安市人社局 2020 p58: "指标：公益性岗位补助；劳动保障协理员补助 | 1000元/人/月；3965元/人/月", one cell each
    listed = {(f.row_name, f.value, f.unit) for f in wide()["shaanxi-xian-renshe-ju-2020-yusuan.pdf"].facts}
    assert {("公益性岗位补助", 1000.0, "元/人/月"), ("劳动保障协理员补助", 3965.0, "元/人/月")} <= listed


def test_people_printed_with_their_measure_and_targets_named_in_their_cell() -> None:
    # 西安审批局 2025 p16 培训费明细表: 人数 printed "60人", "260人", "10人次" beside 金额
    shenpi = wide()["shaanxi-xian-xingzheng-shenpi-fuwuju-2025-yusuan.pdf"]
    people = {f.row_name: f.value for f in shenpi.facts if f.page == 16 and f.column_path == ("人数",)}
    assert people["西安市政务服务系统代办服务能力提升专题培训"] == 60 and people["新开工项目单位集中培训费"] == 260
    units = {f.row_name: f.unit for f in shenpi.facts if f.page == 16 and f.column_path == ("人数",)}
    assert units["新开工项目单位集中培训费"] == "人" and units["人员参加部门外各类培训班"] == "人次"
    # 西安气象局 2022 p31: "作业次数 | 飞机增雨10次/年；火箭增雨12次/年" — two targets of one indicator
    weather = wide()["shaanxi-xian-qixiangju-2022-yusuan.pdf"]
    targets = {f.row_name: (f.value, f.unit) for f in weather.facts if f.page == 31}
    assert targets["飞机增雨作业次数"] == (10, "次/年") and targets["火箭增雨作业次数"] == (12, "次/年")
