"""The figure audit: a consistent disclosure passes, one altered figure is caught with its rule and page.

Alterations are made to the seed's text (then parsed as users' files are) and to a real PDF's parse
result (a table cell, a sentence of its text), so every rule sees real layouts.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.audit import Finding, audit, fact_id, holds
from assistant.model import ParsedDocument, Passage, TextFact
from assistant.parse import parse_file
from assistant.passages import Sentence
from assistant.textfacts import from_sentences
from tests.conftest import ROOT, SEED, parsed
from tests.test_parse_wide import WIDE, wide

HANGZHOU = "zhejiang-hangzhou-qixiangju-2026-yusuan.pdf"


def _errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]


def test_rounding_intervals() -> None:
    assert holds(1314.73, [1314.40, 0.33])
    assert holds(100.0, [33.33, 33.33, 33.33])  # each part rounded down: within the intervals
    assert not holds(100.0, [33.33, 33.33, 33.31])  # 99.97 ± 0.015 does not reach 100 − 0.005
    assert holds(24_840_779, [24_840_778] + [0] * 17)  # whole 元: ±0.5 each


def test_seed_is_consistent_but_warns_of_growth_from_zero(seed: ParsedDocument) -> None:
    findings = audit(seed)
    assert _errors(findings) == []
    zero_base = [f for f in findings if f.rule == "零基数增长率"]
    said = " ".join(f.message for f in zero_base)
    assert "增加 0.33 万元,增长 100%" in said and "增加 52.1 万元,增长 100%" in said  # 结转, 三公
    assert all(f.severity == "warning" for f in zero_base)


def _altered_seed(tmp_path: Path, old: str, new: str) -> ParsedDocument:
    text = SEED.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / SEED.name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return parse_file(path)


@pytest.mark.parametrize(
    ("old", "new", "rule", "found"),
    [
        ("301\t01\t基本工资\t192.23", "301\t01\t基本工资\t193.23", "分项之和", 1022.69),  # a table cell
        ("基本支出 1136.42 万元，占 86.44%", "基本支出 1146.42 万元，占 86.44%", "文表一致", 1146.42),  # text
        ("基本支出 1136.42 万元，占 86.44%", "基本支出 1136.42 万元，占 88.44%", "占比", 88.44),  # a share
        ("增加 3.28 万元，增长 0.29%", "增加 3.28 万元，增长 0.59%", "增减幅度", 0.59),  # a change rate
    ],
)
def test_an_altered_seed_figure_is_caught(tmp_path: Path, old: str, new: str, rule: str, found: float) -> None:
    errors = _errors(audit(_altered_seed(tmp_path, old, new)))
    assert [f.found for f in errors if f.rule == rule] == [found], [f.message for f in errors]


def test_an_altered_cell_of_a_real_pdf_is_caught_on_its_page() -> None:
    doc = parsed(HANGZHOU)
    assert _errors(audit(doc)) == []
    cell = next(f for f in doc.facts if f.table_type == "收支总表" and f.side == "收入" and f.row_name == "收入总计")
    altered = dataclasses.replace(
        doc, facts=[dataclasses.replace(f, value=5877.67) if f is cell else f for f in doc.facts]
    )
    errors = _errors(audit(altered))
    balance = [f for f in errors if f.rule == "收支平衡"]
    assert len(balance) == 1 and balance[0].pages == (15,) and fact_id(cell) in balance[0].facts
    assert (balance[0].expected, balance[0].found) == (5876.67, 5877.67)


def test_an_altered_sentence_of_a_real_pdf_is_caught_on_its_page() -> None:
    doc = parsed(HANGZHOU)
    sentence = "比上年执行数增加48.92 万元，增长 0.8%"
    passages = [
        dataclasses.replace(p, text=p.text.replace(sentence, sentence.replace("0.8%", "1.8%"))) for p in doc.passages
    ]
    assert passages != doc.passages
    errors = _errors(audit(dataclasses.replace(doc, passages=passages)))
    assert [(f.rule, f.pages, f.found, f.expected) for f in errors] == [("增减幅度", (4,), 1.8, 0.84)]


def test_audit_command_json(tmp_path: Path) -> None:
    path = tmp_path / SEED.name
    path.write_text(SEED.read_text(encoding="utf-8").replace("301\t01\t基本工资\t192.23", "301\t01\t基本工资\t193.23"))
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "audit", str(path), "--json", "--index", str(tmp_path / "none")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr  # errors found
    findings = json.loads(result.stdout)
    assert set(findings[0]) == {"rule", "severity", "doc", "pages", "message", "expected", "found", "facts"}
    assert findings[0]["severity"] == "error" and findings[0]["rule"] == "分项之和"


def test_a_summary_line_unlike_its_detail_table_is_caught() -> None:
    doc = parsed("shandong-yantai-shenjiju-2026-yusuan.pdf")
    line = next(f for f in doc.facts if f.table_type == "收支总表" and f.side == "收入" and f.row_name == "其他收入")
    altered = dataclasses.replace(
        doc, facts=[dataclasses.replace(f, value=781.7) if f is line else f for f in doc.facts]
    )
    new = [f for f in _errors(audit(altered)) if fact_id(line) in f.facts]
    assert [(f.rule, f.pages, f.found, f.expected) for f in new] == [("表间一致", (8, 9), 781.7, 781.6)]


def test_the_real_inconsistencies_of_a_published_pdf_are_found() -> None:
    # checked by hand: 行政运行 1,535.86 (收入总表 p9) vs 1,535.85 (支出总表 p11);
    # 基本支出 2,772.25 (一般公共预算支出表 p15) vs 2,772.24 (基本支出表 p17). A hundredth apart, both may
    # print one amount of three decimals (x.xx5), rounded once and cut once: warnings, not errors
    findings = audit(parsed("shandong-yantai-shenjiju-2026-yusuan.pdf"))
    assert _errors(findings) == []
    assert sorted((f.rule, f.severity, f.pages, f.found, f.expected) for f in findings if f.rule == "表间一致") == [
        ("表间一致", "warning", (9, 11), 1535.86, 1535.85),
        ("表间一致", "warning", (15, 17), 2772.25, 2772.24),
    ]


def test_money_carried_over_is_a_part_of_this_years_total() -> None:
    # 收入总表/支出总表 (p23, p24): 合计 42,034,723.58 = 一般公共预算拨款 40,052,896.08 + 上年实户资金余额
    # 981,827.50 + 其他收入 1,000,000.00 — the balance of last year is this year's money, not last year's column
    assert _errors(audit(parsed("shaanxi-xian-shenjiju-2026-yusuan.pdf"))) == []


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_a_detail_code_is_its_class_part_and_last_years_columns_add_up() -> None:
    # 301 工资福利支出 lists 30101 … and 3010201 津贴补贴, 3010202 改革性补贴 with no 30102 row: all are parts
    doc = parse_file(WIDE / "shaanxi-xian-anquan-shengchan-jianduju-2019-yusuan-baobiao.pdf")
    errors = _errors(audit(doc))
    assert [f for f in errors if f.rule == "分项之和"] == []
    # 表13 (p32) is broken in the source: last year's 三公 小计 prints 2.86 where its parts (公务接待费 2.86,
    # 公务用车 21.22) make 24.08; columns of last year are checked among themselves
    assert (2.86, 24.08) in {(f.found, f.expected) for f in errors if f.rule == "合计列" and f.pages == (32,)}
    # and p38 "指标15：人民群众满意度 200%" (a proportion's target above 100%)
    assert {f.pages for f in errors} == {(32,), (38,)}


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_the_amount_compared_with_is_last_years() -> None:
    # p7 "比2025年年初预算数 1025099.89 万元增加 23375.84 万元，增长 2.28%": 23375.84 ÷ 1025099.89 = 2.28%
    doc = parse_file(WIDE / "beijing-shi-shuiwuju-2026-yusuan-part1-shuoming.pdf")
    assert [f for f in _errors(audit(doc)) if f.rule == "增减幅度"] == []


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_a_share_of_the_whole_budget_is_checked_against_it() -> None:
    # p18 "商品和服务支出211.00万元，占支出预算的12.54%": of 支出总计 1,682.76, not of a 类 (1,378.41);
    # "无形资产15万元占固定资产总额的0.26%" is a real slip (15 ÷ 4,295.98 = 0.35%), and so is "设备335.24万元，
    # 占固定资产总额的7.90%" (7.80%: printed with two decimals, 7.90 is no truncation of 7.8036)
    doc = parse_file(WIDE / "jilin-changchun-xinfangju-benji-2026-yusuan.pdf")
    shares = [(f.found, f.expected) for f in _errors(audit(doc)) if f.rule == "占比"]
    assert shares == [(7.9, 7.8), (0.26, 0.35)]


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_a_text_amount_may_be_the_subtotal_of_a_column_group() -> None:
    # p4 "其中：基本支出 12,899.62 万元" is the 一般公共预算 table's "基本支出 / 小计" (p16),
    # not the all-funds 13,236.18
    doc = parse_file(WIDE / "chongqing-shiwei-xuanchuanbu-2026-yusuan.pdf")
    assert [f for f in _errors(audit(doc)) if f.rule == "文表一致"] == []


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_slips_a_reader_finds_outside_the_sums_are_warnings() -> None:
    # checked against the PDFs: 普陀司法局 2026 p23 人民调解项目 "五、实施周期 2025年1月1日-2025年12月31日";
    # 长春信访局 2026 p16 信访接待中心运行费 "2、缴纳电费27万元" in its 年度目标 and "2、缴纳电费20万元" in an
    # indicator's 指标解释; 无锡发改委 2025 p14 "21999 其他支出 502.00" printed twice under "219 … 502.00"
    def warned(doc: ParsedDocument, rule: str) -> list[tuple[tuple[int, ...], float | None, float | None]]:
        return [(f.pages, f.expected, f.found) for f in audit(doc) if f.rule == rule and f.severity == "warning"]

    assert warned(parsed("shanghai-putuo-sifaju-2026-bumen-yusuan.pdf"), "实施周期") == [((23,), 2026.0, 2025.0)]
    assert warned(wide()["jilin-changchun-xinfangju-benji-2026-yusuan.pdf"], "项目金额两说") == [((16,), 27.0, 20.0)]
    assert ((14,), 1004.0, 502.0) in warned(wide()["jiangsu-wuxi-fagaiwei-2025-yusuan.pdf"], "重复行")
    # a budget's project running into next year, and one item's amount said once, are not findings
    assert warned(parsed("central-guojia-xinfangju-2026-yusuan.pdf"), "实施周期") == []


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_labels_that_name_the_wrong_thing_are_notices() -> None:
    # checked against the PDFs: 普陀财政局 2025 p18 the empty 国有资本经营预算 table's note "本部门2025年无政府性基金
    # 预算财政拨款安排的预算"; 江苏高院 2019 p20 "一般行政事务管理（项）" where the tables print 一般行政管理事务
    def noticed(doc: ParsedDocument, rule: str) -> list[tuple[int, ...]]:
        return [f.pages for f in audit(doc) if f.rule == rule and f.severity == "info"]

    assert noticed(wide()["shanghai-putuo-caizhengju-2025-bumen-yusuan.pdf"], "空表说明") == [(18,)]
    assert noticed(parsed("jiangsu-sheng-gaoji-fayuan-2019-yusuan.pdf"), "科目名称") == [(20,)]
    # the notes that name their own fund, and names printed as the tables print them, are not findings
    assert noticed(parsed("jiangsu-suzhou-shenjiju-2026-yusuan.pdf"), "空表说明") == []
    assert noticed(wide()["zhejiang-hangzhou-gonganju-2026-yusuan.pdf"], "科目名称") == []


def test_every_cell_of_the_spending_tables_altered_is_caught(seed: ParsedDocument) -> None:
    """A fixed sample of `benchmarks/audit_seeded.py`: each cell of the seed's 一般公共预算支出表 and 基本支出表,
    altered alone, is named by a new error (its 类/款/项 rows and its columns add up)."""
    cells = [
        i for i, f in enumerate(seed.facts)
        if f.table_type in ("一般公共预算支出表", "一般公共预算基本支出表") and f.value
    ]  # fmt: skip
    assert len(cells) >= 60
    missed = []
    for i in cells:
        f = seed.facts[i]
        facts = list(seed.facts)
        facts[i] = dataclasses.replace(f, value=round(f.value + 7.77, 2))
        found = _errors(audit(dataclasses.replace(seed, facts=facts)))
        if not any(fact_id(f) in e.facts for e in found):
            missed.append(f.describe())
    assert not missed


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_inconsistencies_found_by_arithmetic_across_sentence_and_table() -> None:
    # each checked against the PDF: 国家信访局 2026 p25 "委托业务费…1391.68万元，比2025年预算增加333.83万元，
    # 增长31.35%" (333.83 ÷ 1,057.85 is 31.56%); 西安卫健委 2022 p46 "预算数21143.98万元，执行数21143.98万元，
    # 完成预算的35%"; 西安人社局 2020 p24 会议费 37.55 "较上年预算减少33.10" where 表 p49 prints 2019年 70.45
    assert ("增减幅度", (25,), 31.35, 31.56) in _found(parsed("central-guojia-xinfangju-2026-yusuan.pdf"))
    assert ("完成率", (46,), 35.0, 100.0) in _found(wide()["shaanxi-xian-weijianwei-2022-juesuan.pdf"])
    renshe = _found(wide()["shaanxi-xian-renshe-ju-2020-yusuan.pdf"])
    assert ("增减额", (24, 49), -33.1, -32.9) in renshe
    # and its changes said apart from their amounts (p23 "公务接待费 3.30万元" … "公务接待费较上年降低 1.17 万元")
    # against 表13's 2019 column: 3.30 − 3.57 is −0.27; the “三公” 29.30 − 66.57 is −37.27, not −38.17
    assert ("增减额", (23, 49), -1.17, -0.27) in renshe
    assert ("增减额", (23, 49), -38.17, -37.27) in renshe
    # 佛山 2019 p28 (a 决算) "共涉及资金 940.15 万元，占一般公共预算项目支出总额的 100%" where the tables' 项目支出
    # (what was spent) is 921.75: the money may be the projects' budget, printed nowhere, so a warning says so;
    # 普陀财政局 2025 p7 "机关事业单位职业年金缴费支出（项）”887.36万元" where the tables print 873,617 元
    foshan = audit(parsed("guangdong-foshan-guidao-jiaotongju-2019-juesuan.pdf"))
    assert not [f for f in foshan if f.severity == "error" and f.rule == "占比" and f.pages == (28,)]
    assert [f for f in foshan if f.severity == "warning" and f.pages == (28,) and "口径无法确认" in f.message]
    assert "887.36" in " ".join(
        f.message
        for f in _errors(audit(wide()["shanghai-putuo-caizhengju-2025-bumen-yusuan.pdf"]))
        if f.rule == "文表一致"
    )
    # 普陀区司法局 2026 p9: "2025年当年预算执行数为77.99万元，2026年预算安排91.97万元，比2025年预算执行数增加17.66%"
    # (91.97 ÷ 77.99 is +17.93%); its text also compares 2026 with "2026年预算" (a notice, not an error)
    putuo = parsed("shanghai-putuo-sifaju-2026-bumen-yusuan.pdf")
    assert ("增减幅度", (9,), 17.66, 17.93) in _found(putuo)
    # and "其他司法支出 3845.49万元。2025年当年预算执行数为43269.3万元…增加17.62%": last year's figure has a
    # digit too many (3,269.3 fits the rate), so the finding blames it, not the rate
    assert ("增减幅度", (9,), 43269.3, 3269.3) in _found(putuo)
    # "住房公积金（01项）208.8万元。…2025年当年预算执行数为198.34万元,2026年预算安排201.50万元,…增加5.27%": the
    # heading's 208.8 fits the rate, so this year's 201.50 is the misprint
    assert ("增减幅度", (9,), 201.5, 208.8) in _found(putuo)
    assert {f.rule for f in audit(putuo) if f.severity == "info"} == {"比较年份"}
    # 国家信访局 2026 p18: "财政拨款收支总预算 18,728.91 万元", its 财政拨款收支总表 prints 18,728.94
    xinfang = _found(parsed("central-guojia-xinfangju-2026-yusuan.pdf"))
    assert ("文表一致", (18,), 18728.91, 18728.94) in xinfang
    # p19 "其他信访事务支出…3,623.98 万元，占部门支出总额的22.00%": of the 部门 total 50,616.94 it is 7.16% (22.00%
    # is its share of the 一般公共预算's 16,474.82 — not the base the sentence names)
    assert ("占比", (19,), 22.0, 7.16) in xinfang
    # 烟台市民政局 2026 p24 基本支出预算情况表 "30211 差旅费": 合计 4.50, 财政拨款小计 4.50, its only fund's column
    # (一般公共预算) 5.50 — the other funds' columns are blank in every row
    assert ("合计列", (24,), 4.5, 5.5) in _found(wide()["shandong-yantai-minzhengju-2026-yusuan.pdf"])
    # the 部门整体支出绩效目标表 against the budget's totals: 泉州市公安局 2026 p52 年度资金总额 81,562.56 where the
    # 收支总表 prints 81,206.56; 西安市气象局 2022 p32 金额合计 1,493.51 (last year's budget) where it is 1,899.9
    assert ("表间一致", (52,), 81562.56, 81206.56) in _found(wide()["fujian-quanzhou-gonganju-2026-yusuan.pdf"])
    assert ("表间一致", (32,), 1493.51, 1899.9) in _found(wide()["shaanxi-xian-qixiangju-2022-yusuan.pdf"])
    # a 类's change against its 项's: 江苏高院 2018 p17 "公共安全（类）支出 26200.88 万元…增加 2687.77 万元", its six
    # 法院 项 (p19–20, 26,200.88 in all) changed by +3070.69 −392.92 +0 +100 −100 +0 = 2,677.77
    assert ("增减构成", (17,), 2687.77, 2677.77) in _found(wide()["jiangsu-sheng-gaoji-fayuan-2018-yusuan.pdf"])
    # a table printed by unit against its 合计: 杭州市公安局 2026 p29 表7, the nine units' “三公” add up to 3,968.82
    # where the 合计 is 4,112.82 (all 144.00 of it in 公务用车运行维护费); the 汇总 row is no unit
    hangzhou = _found(wide()["zhejiang-hangzhou-gonganju-2026-yusuan.pdf"])
    assert ("单位合计", (29,), 4112.82, 3968.82) in hangzhou
    # p21–22 表2: the units' 一般公共预算 add up to 364,724.13 where the 合计 is 366,195.79; a unit's name wrapped
    # over two rows carries its 事业收入 wrapped too (12,437.3 | 6): that column is not added up
    assert ("单位合计", (21, 22), 366195.79, 364724.13) in hangzhou
    assert not [f for f in hangzhou if f[0] == "单位合计" and f[2] == 18536.88]
    # 长春市信访局 2026: p18 "信访局临聘人员经费15.56万元" where its row of the project table (p14) prints 16.56;
    # p17 "2026年预算支出1682.76元" where the tables print 1,682.76 万元
    changchun = _found(wide()["jilin-changchun-xinfangju-benji-2026-yusuan.pdf"])
    assert ("文表一致", (14, 18), 15.56, 16.56) in changchun
    assert ("文表一致", (17,), 0.17, 1682.76) in changchun


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_a_rate_stated_in_the_sentence_after_its_amount_is_checked() -> None:
    # 江苏人大 2018 p21: "单位预留机动经费预算数为 1685.72 万元。与上年相比增加1557.29万元，增长1312.56 %。"
    # (1557.29 ÷ 128.43 is 1212.56%: a digit mistyped)
    found = _found(wide()["jiangsu-sheng-renda-changweihui-bangongting-2018-yusuan.pdf"])
    assert ("增减幅度", (21,), 1312.56, 1212.56) in found


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_a_part_larger_than_its_whole_is_caught() -> None:
    doc = wide()["shaanxi-xian-qixiangju-2022-yusuan.pdf"]  # "在职人员共有 145 人,其中参公人员 47 人"
    assert not [f for f in _errors(audit(doc)) if f.rule == "其中大于总数"]
    said, altered = "其中参公人员 47 人", "其中参公人员 147 人"
    passages = [dataclasses.replace(p, text=p.text.replace(said, altered)) for p in doc.passages]
    assert passages != doc.passages
    found = [(f.found, f.expected) for f in _errors(audit(dataclasses.replace(doc, passages=passages)))]
    assert (147.0, 145.0) in found


def _found(doc: ParsedDocument) -> list[tuple[str, tuple[int, ...], float | None, float | None]]:
    return [(f.rule, f.pages, f.found, f.expected) for f in _errors(audit(doc))]


@pytest.mark.parametrize(
    ("file", "printed", "altered", "rule"),
    [
        # a change stated apart from its amount: its rate against the one 收支总计 the tables print
        ("shanghai-putuo-caizhengju-2024-bumen-juesuan.pdf", "收入支出总计减少56.95万元", "收入支出总计减少60.27万元",
         "增减幅度"),
        # an amount of a 科目 that no column of any table prints for that row
        (HANGZHOU, "行政单位离退休（项）193.24 万元", "行政单位离退休（项）203.24 万元", "文表一致"),
        # a change said as 减幅, and an increase larger than this year's amount
        ("central-guojia-xinfangju-2026-yusuan.pdf", "减少 126.49 万元，减幅 11.97%", "减少 134.86 万元，减幅 11.97%",
         "增减幅度"),
        ("central-guojia-xinfangju-2026-yusuan.pdf", "增加 670.85 万元，增幅 1009.71%",
         "增加 821.20 万元，增幅 1009.71%", "增减幅度"),
        # one amount, its change said twice: "财政拨款收入17,192万元，比2024年预算减少990万元" and "财政拨款支出预算
        # 17,192万元，比2024年预算减少990万元" (a budget balances, last year's too)
        ("shanghai-shi-caizhengju-2025-danwei-yusuan.pdf", "财政拨款收入17,192万元，比2024年预算减少990万元",
         "财政拨款收入17,192万元，比2024年预算减少1063万元", "增减额"),
        # a share of the whole the 其中 list follows: "本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%"
        ("shanghai-putuo-caizhengju-2024-bumen-juesuan.pdf", "占79.49%", "占62.24%", "占比"),
        # nothing spent, yet a completion rate: "公务接待费支出决算为0.00万元，完成预算的0%"
        ("shanghai-putuo-caizhengju-2024-bumen-juesuan.pdf", "公务接待费支出决算为0.00万元，完成预算的0%",
         "公务接待费支出决算为0.00万元，完成预算的32%", "零值比例"),
        # nothing this year, the change all of last year's: "因公出国（境）费0万元，比上年减少8.5万元" where the
        # “三公” table leaves 2026 blank and prints 2025年 8.5
        ("shandong-yantai-shenjiju-2026-yusuan.pdf", "费0万元，比上年减少8.5万元", "费0万元，比上年减少6.0万元",
         "增减额"),
        # "财政拨款收、支总计各增加 4016.19 万元，增长 12.11%": against the 财政拨款收支总表's total
        ("jiangsu-sheng-gaoji-fayuan-2019-yusuan.pdf", "财政拨款收、支总计各增加 4016.19",
         "财政拨款收、支总计各增加 4296.38", "增减幅度"),
        # a budget balances: "收支预算3,558.35万元，比上年增加118.76万元，其中：1.收入预算增加118.76万元…"
        ("shandong-yantai-shenjiju-2026-yusuan.pdf", "比上年增加118.76万元，其中", "比上年增加103.56万元，其中",
         "增减额"),
        # a fund's 基本支出 against that fund's 基本支出表 total or the department's: "一般公共预算基本支出 9,880.88"
        ("central-guojia-xinfangju-2026-yusuan.pdf", "一般公共预算基本支出 9,880.88", "一般公共预算基本支出 8442.55",
         "文表一致"),
        # a share of a budget of nothing: "决算为 0.16 万元，完成预算 0 万元的 0%"
        ("guangdong-foshan-guidao-jiaotongju-2019-juesuan.pdf", "完成预算 0 万元的 0%", "完成预算 0 万元的 40%",
         "完成率"),
        # the whole's 人员经费 against the table's "人员经费合计 | 决算数" row
        ("shanghai-putuo-caizhengju-2024-bumen-juesuan.pdf", "人员经费2152.26", "人员经费1634.90", "文表一致"),
        # a numbered 其中 list across sentences: "基本支出预算 21968 万元，其中：（一）人员经费 18387.95 万元。
        # 主要包括：…（二）公用经费 3580.05 万元。"
        ("jiangsu-sheng-gaoji-fayuan-2019-yusuan.pdf", "基本支出预算 21968 万元", "基本支出预算 23062 万元",
         "文字构成"),
        # one of four shares listed together, the other three of their sum: "支出包括：一般公共服务支出 15,291.3 万元，
        # 占 81.65%；教育支出 118.01 万元，占0.63%；…"
        ("central-guojia-xinfangju-2026-yusuan.pdf", "占 81.65%", "占 58.34%", "占比"),
        # a fund's income said of this year: "包括：一般公共预算当年拨款收入16,474.82 万元、上年结转…"
        ("central-guojia-xinfangju-2026-yusuan.pdf", "当年拨款收入16,474.82", "当年拨款收入17474.82", "文表一致"),
        # 财政拨款 is its three funds: "财政拨款支出预算中，一般公共预算…37,151.47万元…；政府性基金…0万元…；国有资本
        # 经营…0万元", in amounts and in changes ("比2024年预算执行数持平" is none)
        ("shanghai-putuo-shangwuwei-2025-bumen-yusuan.pdf", "政府性基金拨款支出预算0万元",
         "政府性基金拨款支出预算5万元", "文字构成"),
        ("shanghai-putuo-shangwuwei-2025-bumen-yusuan.pdf", "比2024年预算增加24,491.71万元。财政拨款",
         "比2024年预算增加19512.53万元。财政拨款", "增减构成"),
        # a project's execution rate: "全年预算数为 1018.55 万元，其中…。项目实际支出 760.53 万元，预算执行率 74.67%"
        ("central-guojia-xinfangju-2024-juesuan.pdf", "预算执行率 74.67%", "预算执行率 52.99%", "完成率"),
        # income by its sources, named as appropriations and balances: "…其中：一般公共预算拨款4,005.29万元、上年实户
        # 资金余额98.18万元、其他收入100.00万元"
        ("shaanxi-xian-shenjiju-2026-yusuan.pdf", "上年实户资金余额98.18万元", "上年实户资金余额103.55万元",
         "文字构成"),
        # a “三公” item's budget with the year between ("公务用车运行维护费 2026 年预算数 7.40 万元")
        ("guangdong-shenzhen-caizhengju-2026-yusuan.pdf", "年预算数 7.40", "年预算数 6.40", "文表一致"),
        # the whole named at the head of a list of shares, its amount in the sentence before: "“三公”经费财政拨款支出
        # 决算中，因公出国（境）费 0万元，占 0%；…公务接待费支出 0.16 万元，占 100.0%"
        ("guangdong-foshan-guidao-jiaotongju-2019-juesuan.pdf", "占 100.0%", "占 84.8%", "占比"),
        # "本部门当年财政拨款支出4,005.29万元": the 财政拨款收支总表's year
        ("shaanxi-xian-shenjiju-2026-yusuan.pdf", "当年财政拨款支出4,005.29", "当年财政拨款支出4751.45", "文表一致"),
    ],
)  # fmt: skip
def test_an_altered_sentence_is_caught_by_the_sentences_own_subject(
    file: str, printed: str, altered: str, rule: str
) -> None:
    _caught_on_its_page(parsed(file), printed, altered, rule)


def _caught_on_its_page(doc: ParsedDocument, printed: str, altered: str, rule: str) -> None:
    """The sentence altered, its text figures read again: the rule finds it, and every new error is of
    the altered sentence's page (and the cells it names)."""
    passages = [dataclasses.replace(p, text=p.text.replace(printed, altered)) for p in doc.passages]
    assert passages != doc.passages
    as_read = dataclasses.replace(doc, text_facts=_read(doc.passages))
    changed = dataclasses.replace(doc, passages=passages, text_facts=_read(passages))
    before = {f.message for f in _errors(audit(as_read))}
    new = [f for f in _errors(audit(changed)) if f.message not in before]
    assert rule in {f.rule for f in new}, [f.message for f in new]
    pages = {p.page for p in passages if altered in p.text}
    assert all(pages & set(f.pages) for f in new), [f.message for f in new]


def _read(passages: list[Passage]) -> list[TextFact]:
    return from_sentences([Sentence(p.page, p.heading_path, p.text) for p in passages])


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
@pytest.mark.parametrize(
    ("file", "printed", "altered", "rule"),
    [
        # the change of the whole against its two halves: "增加 2,734.52 万元，主要是基本支出增加 659.75 万元，
        # 项目支出增加 2,074.77 万元"
        ("chongqing-shiwei-xuanchuanbu-2026-yusuan.pdf", "项目支出增加 2,074.77 万元", "项目支出增加 2,582.02 万元",
         "增减构成"),
        # nothing changed, yet a rate: "因公出国（境）费40万元，比上年增加0万元，增长0%"
        ("guangdong-guangzhou-jiaotong-yunshuju-2026-yusuan.pdf", "40万元，比上年增加0万元，增长0%",
         "40万元，比上年增加0万元，增长35%", "零值比例"),
        # a share of the whole its sentence names: "财政拨款预算支出 9,947.88万元，占本年支出合计的 100%"
        ("jiangsu-wuxi-fagaiwei-2025-yusuan.pdf", "财政拨款预算支出 9,947.88万元", "财政拨款预算支出 9369.64万元",
         "占比"),
        # a fund's part of last year's carry-over, the 收支总表 printing no carry-over at all (p33, p5 上年结转结余 0)
        ("jiangsu-wuxi-jiaotong-yunshuju-benji-2026-danwei-yusuan.pdf", "上年结转结余的政府性基金预算收入 0 万元",
         "上年结转结余的政府性基金预算收入 25 万元", "文表一致"),
        # 培训费 against the “三公”、会议费、培训费 table (p15 培训费 403.75)
        ("jiangsu-sheng-renda-changweihui-bangongting-2018-yusuan.pdf", "培训费预算支出 403.75",
         "培训费预算支出 386.33", "文表一致"),
        # a 科目 named by its code: "住房公积金（2210201）9.57 万元" against the row of that code
        ("shaanxi-xian-qixiangju-2022-yusuan.pdf", "（2210201）9.57", "（2210201）10.57", "文表一致"),
        ("fujian-quanzhou-gonganju-2026-yusuan.pdf", "2040250-事业运行 4825.87", "2040250-事业运行 5704.69",
         "文表一致"),
        # a change made of three parts: "…增加 4322.77 万元，增长 14.98%。主要原因是基本支出增加 1447.63 万元、
        # 项目支出安排减少 200 万元、单位预留机动经费增加 3075.14 万元"
        ("jiangsu-sheng-gaoji-fayuan-2018-yusuan.pdf", "项目支出安排减少 200 万元", "项目支出安排减少 233 万元",
         "增减构成"),
        # a rate said as 降低: "69059.36万元，比上年减少 2493.38万元，降低 3.48%"
        ("fujian-quanzhou-gonganju-2026-yusuan.pdf", "降低 3.48%", "降低 2.48%", "增减幅度"),
        # the comparison names last year's publication: "与上年无锡市交通运输局（本级）2026年度单位预算公开相比减少
        # 66,777.71 万元，减少 39.14%"
        ("jiangsu-wuxi-jiaotong-yunshuju-benji-2026-danwei-yusuan.pdf", "相比减少 66,777.71", "相比减少 48,178.24",
         "增减幅度"),
        # the “三公” total's change is its parts' changes ("与2025年预算持平" is none)
        ("shanghai-shi-jiaotong-zhiye-jishu-xueyuan-2026-danwei-yusuan.pdf", "比2025年预算减少23.10万元。其中",
         "比2025年预算减少25.00万元。其中", "增减构成"),
        # the text's 一般公共预算拨款支出 against that fund's table total, and "支出预算总计" against the 收支总表
        ("shanghai-putuo-zhengfu-bangongshi-2025-danwei-yusuan.pdf", "一般公共预算拨款支出预算9,101.68",
         "一般公共预算拨款支出预算7280.95", "文表一致"),
        ("jiangsu-sheng-gaoji-fayuan-2018-yusuan.pdf", "（二）支出预算总计 33172.15", "（二）支出预算总计 29238.67",
         "文表一致"),
        # "预算1.86万元，支出决算0.11万元，…决算数较预算数减少1.75万元": the difference said
        ("shaanxi-xian-weijianwei-2022-juesuan.pdf", "决算数较预算数减少1.75万元", "决算数较预算数减少2.75万元",
         "增减额"),
        # 基本支出 + 项目支出 of an amount not called 支出: "绩效目标的金额为 656.73 万元，其中，基本支出…"
        ("hunan-changsha-zhiye-jiaoyu-jidi-bangongshi-2026-yusuan.pdf", "绩效目标的金额为 656.73",
         "绩效目标的金额为 701.90", "文字构成"),
        # income by kind, named 预算收入: "收入预算5,609.33万元，其中：一般公共预算收入3,773.71万元，政府性基金预算
        # 收入1,501.28万元…"
        ("shandong-yantai-minzhengju-2026-yusuan.pdf", "一般公共预算收入3,773.71", "一般公共预算收入4135.13",
         "文字构成"),
        # spending by kind: "…事业单位经营支出0.00万元、上缴上级支出 0.00 万元…" against the 支出总表's columns
        ("fujian-quanzhou-gonganju-2026-yusuan.pdf", "事业单位经营支出0.00万元", "事业单位经营支出33.27万元",
         "文表一致"),
        # a project's move from last year's amount to this year's: "养老服务发展资金项目由2025年177万元增加至237万元"
        ("shandong-yantai-minzhengju-2026-yusuan.pdf", "177万元增加至237万元", "177万元增加至308万元", "文表一致"),
        # a part's share of the whole said before its change and reason: "收入预算 6838.41 万元，比上年执行数减少
        # 772.20 万元，…。其中：一般公共预算拨款收入 6838.41 万元，占 100.0%"
        ("zhejiang-huzhou-caizhengju-2026-yusuan.pdf", "6838.41 万元，占 100.0%", "6838.41 万元，占 83.7%", "占比"),
        # a project named as the tables print it on several units' rows: "4.水资源管理与保护 32,736.07 万元"
        ("guangdong-shenzhen-shuiwuju-2026-yusuan.pdf", "4.水资源管理与保护 32,736.07", "4.水资源管理与保护 37656.44",
         "文表一致"),
        # the “三公” change against its parts', each stated wherever on the page ("与上年预算数相同" is none)
        ("jiangsu-suzhou-ziranziyuan-guihuaju-benji-2026-danwei-yusuan.pdf", "比上年预算减少 2 万元，变动",
         "比上年预算减少 3 万元，变动", "增减构成"),
        # "财政拨款收、支总预算" against the 财政拨款收支总表
        ("jiangsu-suzhou-ziranziyuan-guihuaju-benji-2026-danwei-yusuan.pdf", "收、支总预算10,022.32",
         "收、支总预算10539.43", "文表一致"),
        # a fund said to be "为0" is still one of the three: "政府性基金拨款支出预算为0"
        ("shanghai-shi-jiaotong-zhiye-jishu-xueyuan-2026-danwei-yusuan.pdf", "一般公共预算拨款支出预算30,441万元",
         "一般公共预算拨款支出预算30,741万元", "文字构成"),
        # a “三公” column whose header wraps over lines ("公务用车运 / 行维护费")
        ("jiangsu-sheng-gaoji-fayuan-2018-yusuan.pdf", "公务用车运行维护费预算支出 266.8",
         "公务用车运行维护费预算支出 273.6", "文表一致"),
        # the income's change and each kind's, when the income is listed by those kinds with amounts that make up its
        # total: "收入预算增加110.01万元，其中一般公共预算收入减少76.46万元，…其他收入增加5万元"
        ("shandong-yantai-minzhengju-2026-yusuan.pdf", "其他收入增加5万元", "其他收入增加4万元", "增减构成"),
        # a fund's spending against that fund's table: "2026年度政府性基金预算支出75.00万元"
        ("fujian-fuzhou-minzhengju-benji-2026-danwei-yusuan.pdf", "政府性基金预算支出75.00", "政府性基金预算支出72.47",
         "文表一致"),
        # both years' amounts, then their change: "2026年“三公经费”预算数为7.61万元，2025年预算数为9.23万元，和2025年
        # 相比预算减少1.62万元"
        ("jilin-changchun-xinfangju-benji-2026-yusuan.pdf", "相比预算减少1.62万元", "相比预算减少0.62万元", "增减额"),
        # 机关运行经费 against the table that prints it beside the “三公” (普陀区政府办 2025 p20: 213.28)
        ("shanghai-putuo-zhengfu-bangongshi-2025-bumen-yusuan.pdf", "机关运行经费预算为213.28万元",
         "机关运行经费预算为255.39万元", "文表一致"),
        # a rate in the sentence after the one saying what the money is for: "（12）…职业年金缴费支出（项）6,628.73
        # 万元，主要用于…。比上年执行数增加301.50 万元，增长 4.8%" (the 科目 name letter-spaced in print)
        ("zhejiang-hangzhou-gonganju-2026-yusuan.pdf", "301.50 万元，增长 4.8%", "301.50 万元，增长 5.8%", "增减幅度"),
        # 货物 + 工程 + 服务 listed after a colon: "政府采购预算总额 712.49 万元：政府采购货物预算486.50 万元…"
        ("chongqing-shiwei-xuanchuanbu-2026-yusuan.pdf", "政府采购货物预算486.50 万元", "政府采购货物预算500.80 万元",
         "文字构成"),
        # the figure named by the label before the colon: "（二）支出预算：2026 年年初预算数 45,369.18 万元" is the
        # 支出总计; "（一）收入预算：…年初预算数…，其中：…事业收入资金 2,898.00 万元…" is the income by its kinds
        ("chongqing-shiwei-xuanchuanbu-2026-yusuan.pdf", "（二）支出预算：2026 年年初预算数 45,369.18",
         "（二）支出预算：2026 年年初预算数 39189.99", "文表一致"),
        ("chongqing-shiwei-xuanchuanbu-2026-yusuan.pdf", "事业收入资金 2,898.00", "事业收入资金 3175.54", "文字构成"),
        # the income's change as its kinds' ("收入比 2025 年增加 2,734.52 万元，主要是一般公共预算拨款增加 800.94…")
        ("chongqing-shiwei-xuanchuanbu-2026-yusuan.pdf", "一般公共预算拨款增加 800.94", "一般公共预算拨款增加 676.00",
         "增减构成"),
        # an amount made of the amounts after it makes its change of theirs: "残疾人事业（20811）2,860.00 万元，较上年
        # 增加 260.00 万元…具体为：人员经费 0.00 万元，较上年无变化；公用经费…；专项业务经 2,860.00 万元，较上年增加…"
        ("shaanxi-xian-minzhengju-2021-yusuan.pdf", "（20811）2,860.00 万元，较上年增加 260.00",
         "（20811）2,860.00 万元，较上年增加 207.22", "增减构成"),
        # a fund's income row of the 收支总表 ("政府性基金预算 | 7,600.00") against "政府性基金预算收入 7,600.00 万元"
        ("zhejiang-hangzhou-gonganju-2026-yusuan.pdf", "政府性基金预算收入 7,600.00", "政府性基金预算收入 7799.77",
         "文表一致"),
        # a 科目 named by its path joined with "-": "“社会保障和就业支出-…-机关事业单位基本养老保险缴费支出”科目176.32"
        ("shanghai-putuo-zhengfu-bangongshi-2025-bumen-yusuan.pdf", "科目176.32", "科目167.09", "文表一致"),
        # a list restated item by item: "包括在职人员经费 2,307.70 万元、公用经费 287.99 万元…。（一）在职人员经费…
        # （二）公用经费 287.99 万元"
        ("guangdong-shenzhen-guihua-ziranziyuanju-dapeng-guanliju-2026-yusuan.pdf", "（二）公用经费 287.99",
         "（二）公用经费 278.99", "前后一致"),
        # spending's change as its 基本支出's and its 专项业务经费's: "较上年增加 406.39 万元，其中基本支出减少 19.11
        # 万元，主要是…。专项业务经费增加 425.5 万元"
        ("shaanxi-xian-qixiangju-2022-yusuan.pdf", "专项业务经费增加 425.5", "专项业务经费增加 452.2", "增减构成"),
        # a rate in the sentence after its amount, which names the amount alone: "财政拨款预算支出 372,917.67 万元，占
        # 本年支出合计的 37.87%。与上年相比，财政拨款支出增加 163,364.19 万元，增长 77.96%。"
        ("jiangsu-wuxi-jiaotong-yunshuju-benji-2026-danwei-yusuan.pdf", "财政拨款支出增加 163,364.19 万元，增长 77.96%",
         "财政拨款支出增加 163,364.19 万元，增长 87.63%", "增减幅度"),
        # last year's amount said beside the change: "…支出32,640 万元。与上年相比增加 32,640 万元（去年预算数为 0 万元"
        ("jiangsu-wuxi-jiaotong-yunshuju-benji-2026-danwei-yusuan.pdf", "支出32,640 万元。与上年相比增加 32,640 万元",
         "支出32,640 万元。与上年相比增加 24,933 万元", "增减额"),
        # a whole, then "其中" in a sentence of its own: "支出总计1682.76万元。其中:基本支出合计为1208.20万元，
        # 项目支出合计为474.56万元。"
        ("jilin-changchun-xinfangju-benji-2026-yusuan.pdf", "项目支出合计为474.56", "项目支出合计为525.61", "文字构成"),
        # income by its kinds after the income's change and reason: "收入预算为 81206.56万元，比上年增加 592.82万元，
        # 主要原因是…。其中：一般公共预算拨款收入 69059.36万元、…上年结转结余 7600.00 万元。"
        ("fujian-quanzhou-gonganju-2026-yusuan.pdf", "上年结转结余 7600.00 万元", "上年结转结余 5435.37 万元",
         "文字构成"),
        # an increase larger than the amount itself: last year below zero
        ("guangdong-zhuhai-jiaotong-shizheng-gongwu-zhongxin-2026-yusuan.pdf", "机关运行经费安排0万元，比上年增加0万元",
         "机关运行经费安排0万元，比上年增加6万元", "增减额"),
        # a change and its rate, the amount stated in the sentence before: "…支出决算296,047.75万元…。与上年相比，
        # 财政拨款支出减少17,151.62万元，下降5.48%"
        ("shaanxi-xian-weijianwei-2022-juesuan.pdf", "财政拨款支出减少17,151.62万元", "财政拨款支出减少16,944.13万元",
         "增减幅度"),
    ],
)  # fmt: skip
def test_the_texts_own_arithmetic_is_checked(file: str, printed: str, altered: str, rule: str) -> None:
    _caught_on_its_page(wide()[file], printed, altered, rule)


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_the_classes_of_a_summary_table_add_up_to_its_spending_total() -> None:
    # 泉州市公安局 p13 财政拨款收支总表: its 类 lines (公共安全 56,342.07 … 住房保障 5,160.77) are 支出合计 69,059.36
    doc = wide()["fujian-quanzhou-gonganju-2026-yusuan.pdf"]
    cell = next(f for f in doc.facts if f.table_type == "财政拨款收支总表" and f.row_name == "住房保障支出")
    altered = [dataclasses.replace(f, value=5074.95) if f is cell else f for f in doc.facts]
    found = _found(dataclasses.replace(doc, facts=altered))
    assert ("分项之和", (13,), 69059.36, 68973.54) in found
    assert not [f for f in _found(doc) if f[0] == "分项之和" and f[1] == (13,)]


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_a_row_printed_twice_and_reasons_that_do_not_add_up() -> None:
    # 无锡市发改委 p14: "219 援助其他地区支出 502 | 21999 其他支出 502 | 21999 其他支出 502" (a 项 printed with
    # its 款's code): 502 holds, the row is not counted twice
    wuxi = _found(wide()["jiangsu-wuxi-fagaiwei-2025-yusuan.pdf"])
    assert not [x for x in wuxi if x[0] == "分项之和" and x[2] == 502]
    # 大鹏管理局 p7-8: "减少 505.87 万元…主要原因说明：1.基本支出增加 88.05…2.…减少 191.56…3.…减少 483.36"
    dapeng = audit(wide()["guangdong-shenzhen-guihua-ziranziyuanju-dapeng-guanliju-2026-yusuan.pdf"])
    reasons = [f for f in dapeng if f.rule == "原因合计"]
    assert [(f.severity, f.pages, f.expected, f.found) for f in reasons] == [("warning", (7,), -586.87, -505.87)]


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_a_change_row_of_two_years_is_their_difference() -> None:
    # 西安市气象局 2022 p10 "年度 | 总收入支出 | 专项业务费 | 基本支出": 2021 1,290.47 and 2022 1,535.82 专项业务费, but
    # the 变化 row prints +425.5; 1,715.97 would fit it, and its own row (1,899.9 − 183.93), and the text: the 2022
    # cell is the wrong one, blamed with the figure both checks imply; the other columns hold
    found = [f for f in audit(wide()["shaanxi-xian-qixiangju-2022-yusuan.pdf"]) if f.rule == "增减行"]
    assert [(f.severity, f.pages, f.found, f.expected) for f in found] == [("error", (10,), 1535.82, 1715.97)]
    assert "2022年“专项业务费”为 1,535.82" in found[0].message


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
@pytest.mark.parametrize(
    ("file", "table_type", "row", "column", "altered", "rule"),
    [
        # a summary table's income side: 本年收入合计 is the kinds of income above it (the blank ones nothing), and
        # 收入合计 that plus 上年结转结余 (福州市民政局 2026 p12: 2,144.92 + 75.00 = 2,219.92; + 30.00 = 2,249.92)
        ("fujian-fuzhou-minzhengju-benji-2026-danwei-yusuan.pdf", "收支总表", "本年收入合计", 0, 1969.78, "合计行"),
        # "一、财政拨款 33,172.15 | 1.一般公共预算 33,172.15 | 2.政府性基金预算 (blank)" (江苏高院 2018 p9)
        ("jiangsu-sheng-gaoji-fayuan-2018-yusuan.pdf", "收支总表", "一般公共预算", 0, 31735.69, "分项之和"),
        # the 合计 printed first, its "一、…" kinds below (重庆市委宣传部 2026 p8: 37,891.58 + 4,066.60 + 2,898 + 513)
        ("chongqing-shiwei-xuanchuanbu-2026-yusuan.pdf", "收支总表", "政府性基金预算资金", 0, 4374.3, "合计行"),
        # a 收入总表 of one unit, the department itself: its row is the 合计 (苏州市自然资源和规划局 2026 p12)
        ("jiangsu-suzhou-ziranziyuan-guihuaju-benji-2026-danwei-yusuan.pdf", "收入总表", "苏州市自然资源和规划局", 0,
         11351.23, "单位合计"),
        # each side in three columns ("本年预算 | 编制预算 | 上年结转", 长春市信访局 2026 p9): 收入总计 =
        # 支出总计 column by column
        ("jilin-changchun-xinfangju-benji-2026-yusuan.pdf", "财政拨款收支总表", "支出总计", 0, 1553.27, "收支平衡"),
    ],
)  # fmt: skip
def test_an_altered_cell_is_caught_by_the_rows_around_it(
    file: str, table_type: str, row: str, column: int, altered: float, rule: str
) -> None:
    doc = wide()[file]
    cells = sorted(
        (f for f in doc.facts if f.table_type == table_type and f.row_name == row),
        key=lambda f: (f.table_index, f.col_index),
    )
    cell = cells[column]
    changed = dataclasses.replace(
        doc, facts=[dataclasses.replace(f, value=altered) if f is cell else f for f in doc.facts]
    )
    before = {f.message for f in _errors(audit(doc))}
    new = [f for f in _errors(audit(changed)) if f.message not in before]
    assert rule in {f.rule for f in new if fact_id(cell) in f.facts}, [f.message for f in new]


def test_a_projects_budget_is_this_years_money_and_last_years_carried_over() -> None:
    # 国家信访局 2024 决算 p44: "年初预算数为 1018.00 万元，其中当年财政拨款 898.00 万元，上年结转 120.00 万元"
    doc = parsed("central-guojia-xinfangju-2024-juesuan.pdf")
    _caught_on_its_page(doc, "当年财政拨款 898.00", "当年财政拨款 835.03", "文字构成")


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
@pytest.mark.parametrize(
    ("file", "rule", "severity", "said"),
    [
        # 表10 p32: 33 projects, unit by project, add up to 106,313.00, the 合计 row prints 106,512.00
        ("zhejiang-hangzhou-gonganju-2026-yusuan.pdf", "合计行", "error", "各 33 个项目合计 106,313，相差 199"),
        # p23 "等82个一级项目的绩效自评结果", p32 "等87个一级项目的绩效自评结果"
        ("shaanxi-xian-weijianwei-2022-juesuan.pdf", "计数不一", "error", "为 82 个"),
        # p21 "对个人和家庭的补助（509）100151.38 万元，102374.45 万元，其中：人员经费 138.06万元，124.13 万元，
        # 较上年增加13.93万元；专项业务经费…较上年减少2237万元": each second amount is last year's (138.06 − 13.93;
        # 100,151.38 + 2,237 − 13.93), printed without its label: a notice, no wrong figure
        ("shaanxi-xian-renshe-ju-2020-yusuan.pdf", "重复金额", "info", "100,151.38 和 102,374.45"),
        # p13 2022 三公 0.27 万元 "较上年增加 0.0万元"; p30 the table's 2021 column 2,720 元, its 2022 column 0
        ("shaanxi-xian-qixiangju-2022-yusuan.pdf", "文表一致", "error", "只有上年一列是此数"),
        # p20 财政拨款支出 −42,308.04; p21 一般公共预算 −24,037.54, p32 政府性基金 −17,527.72 (国有资本 not said)
        ("shaanxi-xian-minzhengju-2021-yusuan.pdf", "增减构成", "warning", "合计 -41,565.26 万元"),
        # p7 当年拨款 370,219.25 "比上年执行数增加 17,768.55"; pp8–10 its 15 项, whose amounts add up to it and whose
        # changes add up to +18,047.49 (only a 科目 of last year left unlisted could explain it: a warning)
        ("zhejiang-hangzhou-gonganju-2026-yusuan.pdf", "增减构成", "warning", "各科目增减合计 +18,047.49 万元"),
        # p10 人员经费 4,944.99 + 公用经费 626.67 = the 基本支出 5,571.66 of p25; there 301 4,644.80 + 303 315.10
        # = 4,959.90: the 30399 line (14.90) the text lists under 人员经费 is counted in 公用经费
        ("zhejiang-huzhou-caizhengju-2026-yusuan.pdf", "人员公用划分", "warning", "合计 4,959.9 万元"),
        # p11 "30208 物业管理费" beside "30208 取暖费": 物业管理费 is 30209
        ("jilin-changchun-xinfangju-benji-2026-yusuan.pdf", "科目编码", "error", "应为 30209，表中为 30208"),
        # p22 "人员经费 1,541.50.00 万元": two decimal points, no amount
        ("shaanxi-xian-minzhengju-2021-yusuan.pdf", "数字格式", "warning", "两个小数点"),
        # p64 "2121年我院收养特困人员预算数288人" in the 2021 budget (2020-2035 plans elsewhere are no slips)
        ("shaanxi-xian-minzhengju-2021-yusuan.pdf", "年份有误", "warning", "应为 2021 年之误"),
        # p28 and p52: the e福州留守困境儿童关爱帮扶专栏 form (21.50) printed twice
        ("fujian-fuzhou-minzhengju-benji-2026-danwei-yusuan.pdf", "重复列示", "warning", "第 28 页和第 52 页"),
        # p20 “三公”经费表: the row is "长沙市教育局", in the budget of 长沙职业教育基地综合协调办公室
        ("hunan-changsha-zhiye-jiaoyu-jidi-bangongshi-2026-yusuan.pdf", "单位名称", "info", "“长沙市教育局”"),
        # pp98–141 自评表 "年度资金总额 7614.74 7614.74 7614.74 … 1000%": an execution rate of ten times the budget
        ("shaanxi-xian-weijianwei-2022-juesuan.pdf", "执行率", "warning", "第 98、99、100"),
        # p16 一般公共预算基本支出表: "2080506 机关事业单位职业年金缴费支出" 32.05 in the 公用经费 column
        ("shaanxi-xian-anquan-shengchan-jianduju-2019-yusuan-baobiao.pdf", "人员公用划分", "warning", "第 16 页"),
        # p13 "…本级、…交通管理支队、…地铁分局等 8 家行政单位": seven named (p5 lists those seven)
        ("zhejiang-hangzhou-gonganju-2026-yusuan.pdf", "列举数", "warning", "说 8 个，列出的却是 7 个"),
    ],
)
def test_inconsistencies_readers_found_across_pages(file: str, rule: str, severity: str, said: str) -> None:
    findings = [f for f in audit(wide()[file]) if f.rule == rule]
    assert [f.severity for f in findings if said in f.message][:1] == [severity], [f.message for f in findings]


@pytest.mark.parametrize(
    ("file", "rule", "severity", "said"),
    [
        # p28 "信息化运行维护项目…自评得分为 88.5 分"; its 自评表 p36 总分 90.5 (the other three agree)
        ("central-guojia-xinfangju-2024-juesuan.pdf", "自评得分", "error", "总分为 90.5 分"),
        # p28 a 2026 budget reports its assets "截至2026年12月31日"
        ("shandong-yantai-shenjiju-2026-yusuan.pdf", "截至日期", "info", "截至 2026 年底"),
        # p25 人员经费 7,263.35 + 公用经费 577.91 = the 基本支出 7,841.26 of p18; there 301 + 303 = 7,309.55
        ("fujian-fuzhou-yibaoju-2026-yusuan.pdf", "人员公用划分", "warning", "合计 7,309.55 万元"),
        # p20 “三公” table: 公务用车运行费 32.20; p21 "截至2024年8月31日…共有车辆0辆", none to buy in 2025
        ("shanghai-shi-caizhengju-2025-danwei-yusuan.pdf", "无车有运行费", "warning", "运行费 32.2万元"),
        # p26 "比年初预算数增加 1668.14 万元，增长 0%": a rate on a budget of nothing
        ("guangdong-foshan-guidao-jiaotongju-2019-juesuan.pdf", "零基数增幅", "warning", "1,668.14 万元"),
        # p6 "2026A 年": a year with a letter in it
        ("fujian-fuzhou-yibaoju-2026-yusuan.pdf", "数字格式", "warning", "2026A"),
        # p4 "我部门没有下属单位"; p26 "机关及下属0个单位出国团组" and "机关及下属1个单位共接待国外来访团组"
        ("guangdong-foshan-guidao-jiaotongju-2019-juesuan.pdf", "下属单位数", "warning", "为 1 个"),
    ],
)
def test_inconsistencies_readers_found_in_the_bundled_corpus(file: str, rule: str, severity: str, said: str) -> None:
    findings = [f for f in audit(parsed(file)) if f.rule == rule]
    assert [f.severity for f in findings if said in f.message] == [severity], [f.message for f in findings]


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_income_kinds_add_up_to_a_side_total_said_without_this_year() -> None:
    # 福州市民政局（本级） p15 财政拨款收支总表: "一般公共预算拨款收入 2,144.92 | 政府性基金预算拨款收入 75.00 |
    # 国有资本经营预算拨款收入 (blank) | 收入合计 2,219.92" — no 本年收入合计 row, no carry-over
    doc = wide()["fujian-fuzhou-minzhengju-benji-2026-danwei-yusuan.pdf"]
    cell = next(f for f in doc.facts if f.table_type == "财政拨款收支总表" and f.row_name == "一般公共预算拨款收入")
    altered = [dataclasses.replace(f, value=2781.48) if f is cell else f for f in doc.facts]
    assert any(f[0] == "合计行" and f[2] == 2219.92 for f in _found(dataclasses.replace(doc, facts=altered)))
    assert not [f for f in _found(doc) if f[0] == "合计行"]


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_a_document_that_codes_its_items_its_own_way_is_no_error() -> None:
    # 上海's 部门经济分类 numbers 302 items its own way (30202 咨询费, 30203 水费), throughout the table
    findings = audit(wide()["shanghai-putuo-shehui-fuliyuan-2024-danwei-yusuan.pdf"])
    assert not [f.message for f in findings if f.rule == "科目编码"]


@pytest.mark.skipif(not WIDE.exists(), reason="../shared/corpus-wide is not beside this checkout")
def test_an_impossible_target_a_list_unlike_its_sum_and_a_code_said_otherwise() -> None:
    docs = wide()
    # 泉州市公安局 p40-44: proportion targets printed "=1100%" ("群众满意度 ≥1100%"); growth may pass 100%
    targets = [f for f in audit(docs["fujian-quanzhou-gonganju-2026-yusuan.pdf"]) if f.rule == "指标值"]
    assert len(targets) == 14
    assert all(f.severity == "error" and f.found == 1100 and 40 <= f.pages[0] <= 44 for f in targets)
    # 西安安监局 2019 p38 "指标15：人民群众满意度 200%", its value read under a money column's header
    targets = [
        f for f in audit(docs["shaanxi-xian-anquan-shengchan-jianduju-2019-yusuan-baobiao.pdf"]) if f.rule == "指标值"
    ]
    assert [(f.severity, f.pages, f.found) for f in targets] == [("error", (38,), 200.0)]
    # 深圳市水务局 p11: "…缺口约 105,041.04 万元；…尾款 4,980.53 万元；…新增经费 2,461.86 万元，合计…增加
    # 111,912.44 万元": the parts listed add to 112,483.43
    listed = audit(docs["guangdong-shenzhen-shuiwuju-2026-yusuan.pdf"])
    assert [(f.severity, f.pages, f.expected, f.found) for f in listed if f.rule == "文字合计"] == [
        ("error", (11,), 112483.43, 111912.44)
    ]
    # 西安市气象局 2022 p11: "其他社会保障和就业支出（2089901）0.1 万元", the tables print the row as 2089999
    coded = [f for f in audit(docs["shaanxi-xian-qixiangju-2022-yusuan.pdf"]) if f.rule == "科目编码"]
    assert [(f.severity, f.pages, f.found) for f in coded] == [("error", (11,), 2089901.0)]
    # no other document of the wide corpus lists parts that miss their stated sum
    assert not [f for name, d in docs.items() if "shuiwuju" not in name for f in audit(d) if f.rule == "文字合计"]


def test_an_increase_larger_than_its_clauses_amount_after_a_list() -> None:
    # 佛山市轨道交通局 2019 决算: "…；政府性基金预算财政拨款支出 0万元，比年初预算数增加 0万元" (the sentence listed
    # other funds before): 26 more than a budget of 0 would leave the budget below zero
    doc = parsed("guangdong-foshan-guidao-jiaotongju-2019-juesuan.pdf")
    _caught_on_its_page(
        doc, "财政拨款支出 0万元，比年初预算数增加 0万元", "财政拨款支出 0万元，比年初预算数增加 26万元", "增减额"
    )
