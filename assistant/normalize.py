"""Normalising what disclosures print: numbers, labels, 科目编码, numbering, units.

Disclosures print the same thing many ways ("9,433.72", "９４３３.７２", "-", "收 入 总 计",
"2010601-行政运行", "[30227]委托业务费", "（一）"). Everything downstream sees one form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import opencc

_WS = re.compile(r"\s+")
# A printed amount: optional sign, digits with optional thousands commas, optional decimals, optional %.
_NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
# Cells that mean "no value".
_BLANKS = {"", "-", "--", "—", "——", "/", "－", "―", "…"}
# 科目编码 written inside a label: "201 一般公共服务支出", "2010601-行政运行", "[30227]委托业务费".
_CODE_IN_LABEL = re.compile(r"^\[?(\d{3}|\d{5}|\d{7})\]?(?:[\s\-－—:：]+|(?=[^\d\s.,%]))(.*)$")
# Numbering in front of a label: 一、 （一） (1) 1. 1、 其中：
_NUMBERING = re.compile(
    r"^(?:其中[:：]?|"
    r"[一二三四五六七八九十百]+[、.．]|"
    r"[（(][一二三四五六七八九十\d]+[)）][、.．]?|"
    r"\d{1,2}(?:[、．]|\.(?!\d)))+"
)
_UNIT = re.compile(r"(?:金额)?单位\s*[:：]\s*(亿元|万元|千元|元|万)")


def fold(text: str | None) -> str:
    """NFKC (full-width digits and punctuation to ASCII) but keep Chinese brackets as printed."""
    if not text:
        return ""
    out = unicodedata.normalize("NFKC", text)
    # NFKC turns （ ） ： into ASCII; put the Chinese forms back so labels read as printed.
    return out.replace("(", "（").replace(")", "）").replace(":", "：")


@cache
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """Traditional characters to simplified (喀什市政府辦出國 -> 喀什市政府办出国): disclosures are
    printed in simplified Chinese, visitors from Hong Kong, Macao and Taiwan type traditional."""
    return _to_simplified().convert(text)


def squash(text: str | None) -> str:
    """Remove all whitespace: PDF cells wrap and space out Chinese ("收 入 总 计")."""
    return _WS.sub("", fold(text))


def parse_number(text: str | None) -> float | None:
    """A printed amount as float; None for blanks and for anything that is not a plain number."""
    s = squash(text).replace("（", "(").replace("）", ")")
    if s in _BLANKS:
        return None
    negative = s.startswith("(") and s.endswith(")")
    s = s.strip("()")
    if not _NUMBER.match(s):
        return None
    value = float(s.rstrip("%").replace(",", ""))
    return -value if negative else value


def is_percent(text: str | None) -> bool:
    return squash(text).endswith("%")


def is_blank(text: str | None) -> bool:
    return squash(text) in _BLANKS


def is_code_part(text: str | None) -> bool:
    """A 类/款/项 cell: 2–7 digits, no decimals ("201", "03", "2010301")."""
    s = squash(text)
    return s.isdigit() and 2 <= len(s) <= 7


def split_code(label: str) -> tuple[str | None, str]:
    """Split a 科目编码 written in front of a name: "2010601-行政运行" -> ("2010601", "行政运行")."""
    s = squash(label)
    m = _CODE_IN_LABEL.match(s)
    if m and m.group(2) and not m.group(2)[0].isdigit() and not m.group(2).startswith(("年", "%")):
        return m.group(1), m.group(2)
    return None, s


def strip_numbering(label: str) -> str:
    """ "一、本年收入" -> "本年收入"; "其中：一般财力" -> "一般财力"."""
    s = squash(label)
    stripped = _NUMBERING.sub("", s)
    return stripped or s


def find_unit(text: str) -> str | None:
    """The unit line of a table: 单位：万元 / 金额单位：元. A lone 万 (wrapped line) means 万元."""
    m = _UNIT.search(squash(text))
    if not m:
        return None
    return "万元" if m.group(1) == "万" else m.group(1)


# "1.36 元/吨", "4.5万元/人/年", "1400元/月.人", "4500 元/人月": a rate per something, not an amount
_PER = re.compile(
    r"\s*/\s*((?:人次|人|户|次|辆|台|吨|平方米|立方米|天|日|月|年)(?:\s*[/.·．]?\s*(?:人|户|次|天|日|月|年))*)"
)
_PER_ORDER = ("人次", "人", "户", "次", "辆", "台", "吨", "平方米", "立方米", "天", "月", "年")


def per_unit(text: str, at: int) -> str:
    """The "/吨", "/人/年" printed right after an amount's unit, in one order ("/人/月" for "元/月.人"), or ""."""
    m = _PER.match(text, at)
    if m is None:
        return ""
    said = re.findall(r"人次|人|户|次|辆|台|吨|平方米|立方米|天|日|月|年", m.group(1))
    per = sorted({"天" if x == "日" else x for x in said}, key=_PER_ORDER.index)
    return "".join(f"/{x}" for x in per)
