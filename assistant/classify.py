"""What a table is: its printed number and title, canonical type, and the document's metadata.

Titles vary by place and year (收支总表 / 部门收支总体情况表 / 财务收支预算总表 / 收入支出决算总表 …);
the canonical type is decided by keywords in a fixed order, most specific first.
"""

from __future__ import annotations

import re

from .normalize import squash

# Canonical table types, in the order the design card lists them.
TABLE_TYPES = (
    "收支总表",
    "收入总表",
    "支出总表",
    "财政拨款收支总表",
    "财政拨款支出表",
    "一般公共预算支出表",
    "一般公共预算基本支出表",
    "基本支出表",
    "项目支出表",
    "政府性基金",
    "国有资本经营",
    "三公经费",
    "结转结余",
    "机关运行经费",
    "政府采购",
    "政府购买服务",
    "绩效目标",
    "other",
)
# Tables every disclosure of the corpus publishes (either type of a pair will do); `stats` names the
# ones a document of tables lacks. 项目支出表 and 国有资本经营 are not in every template.
STANDARD_TYPES: tuple[tuple[str, ...], ...] = (
    ("收支总表",),
    ("收入总表",),
    ("支出总表",),
    ("财政拨款收支总表",),
    ("一般公共预算支出表", "财政拨款支出表"),
    ("一般公共预算基本支出表", "基本支出表"),
    ("政府性基金",),
    ("三公经费",),
)

# Printed table numbers: 表1, 表 1, 公开01表, 公开 02表, 预算01表, 部门公开表1, 附表1, 表1：
_NUMBER = re.compile(r"^(?:部门公开表\d+|公开表\d+|公开\d+表|预算\d+表|附表\d+|表\d+)")
# A line that names a table: ends in 表 (optionally followed by a bracketed note).
_TITLE_END = re.compile(r"(?:表|情况|明细)(?:（[^）]*）)?$")
_KEYWORDS = (
    "收支", "收入", "支出", "拨款", "三公", "结转", "结余", "运行经费", "采购", "购买服务",
    "绩效", "预算表", "决算表", "基金", "国有资本", "会议费", "培训费", "明细表",
)  # fmt: skip
_ORG = re.compile(r"(?:编制部门|编制单位|部门名称|单位名称|预算单位|部门（单位）|部门)：(.+?)(?:金额单位|单位：|$)")


def table_type(title: str) -> str:
    """Canonical type for a printed title; "other" when no rule fits."""
    t = squash(title).replace("“", "").replace("”", "").replace('"', "")
    rules: tuple[tuple[bool, str], ...] = (
        ("绩效" in t, "绩效目标"),
        ("三公" in t, "三公经费"),
        ("机关运行经费" in t or "行政经费" in t, "机关运行经费"),
        ("政府采购" in t, "政府采购"),
        ("购买服务" in t, "政府购买服务"),
        ("结转" in t and ("结余" in t or "资金" in t or "财拨" in t), "结转结余"),  # "财拨结转支出表"
        ("政府性基金" in t, "政府性基金"),
        ("国有资本经营" in t, "国有资本经营"),
        ("财政拨款" in t and ("收支" in t or "收入支出" in t), "财政拨款收支总表"),
        ("收支" in t or "收入支出" in t, "收支总表"),
        ("收入" in t, "收入总表"),
        ("一般公共预算" in t and "基本支出" in t, "一般公共预算基本支出表"),
        ("基本支出" in t, "基本支出表"),
        ("项目支出" in t or "专项业务经费" in t, "项目支出表"),
        ("一般公共预算" in t and "支出" in t, "一般公共预算支出表"),
        ("财政拨款" in t and "支出" in t, "财政拨款支出表"),
        ("支出" in t and ("总" in t or "预算表" in t or "决算表" in t), "支出总表"),
    )
    return next((kind for hit, kind in rules if hit), "other")


def table_number(line: str) -> str:
    """The printed table number at the start of a line ("公开02表"), or ""."""
    m = _NUMBER.match(squash(line))
    return m.group(0) if m else ""


def title_in(line: str) -> str:
    """The table title a line carries (number removed), or "" if the line is not a title.

    "表5：2026年市级部门一般公共预算支出预算表" -> "2026年市级部门一般公共预算支出预算表".
    """
    s = squash(line)
    s = s[len(table_number(s)) :].lstrip("：:、.")
    s = re.sub(r"^[一二三四五六七八九十]+、", "", s)
    if not s or len(s) > 60 or not _TITLE_END.search(s):
        return ""
    if "目录" in s or "说明" in s or "…" in s or "..." in s or re.match(r"^第[一二三四五六七八九十]+部分", s):
        return ""
    return s if any(k in s for k in _KEYWORDS) else ""


def organisation_in(line: str) -> str:
    """Organisation named on a table's 编制部门/部门名称 line, or ""."""
    m = _ORG.search(squash(line))
    return m.group(1).strip("：") if m else ""
