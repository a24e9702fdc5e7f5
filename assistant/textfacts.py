"""Figures stated in the explanatory text, with the share and change stated alongside them.

"基本支出 1136.42 万元，占 86.44%，比上年预算增加 3.28 万元，增长 0.29%" becomes one TextFact:
subject 基本支出, 1136.42 万元, share 86.44, change +3.28 万元, change_pct +0.29.
A figure whose subject is generic ("2025 年预算数为", "价值") takes the subject stated before it.
"""

from __future__ import annotations

import re

from .model import TextFact
from .normalize import fold
from .passages import Sentence

_UNITS = "亿元|万元|千元|元|平方米|人次|人|辆|台|个|项|套|家|次|批|%"
_COUNTED = {"个", "项", "家", "套", "台", "批"}
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?(?=[，。；、：:,;（(]|$)")
# An amount with its unit; "50 万元以上" is a threshold, not a figure.
_AMOUNT = re.compile(rf"(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*({_UNITS})(?!以上|以下|及以上)")
_HEADCOUNT = re.compile(r"(编制数|编制)\s*(?:为)?\s*(\d+)(?![\d.])\s*(?:人|名)?")
_ATTRIBUTE = re.compile(
    r"(占[^，。；\d]{0,12}|增加|减少|增长|下降|增幅|减幅|上升|降低|增|减|的|相比|减少了|增加了)\s*$"
)
_DOWN = ("减少", "下降", "减幅", "降低", "减")
_UNCHANGED = re.compile(
    r"[，,]?\s*(?:与|和|同|较|比)\s*(?:上年|20\d{2}\s*年)(?:度)?(?:预算数?|预算|执行数|决算数?)?(?:相比)?(?:保持)?"
    r"(?:持平|相同|一致|无变化|不变)"
)
_BOUNDARY = re.compile(r"[，,：:；;、]")
_CONNECTORS = re.compile(
    r"万元|亿元|元|比上年|较上年|与上年相比|同比|上年|年初|(?:20\d{2}\s*)?年度?|比|较|与|和|同|相比|预算数?|执行数|决算数?|同期|共|合计"
    r"|分别|均|都"
)
_OTHER_SUBJECT = re.compile(r"[\u4e00-\u9fff]")
_YEAR_PREFIX = re.compile(r"^(?:截至)?20\d{2}年度?(?:底|末)?")
_TRAILING = re.compile(r"(?:为|是|约|达|预计|总额为|总额)+$")
_TOTAL_WORDS = re.compile(r"^(?:共计|合计|总计|共)$")
_GENERIC = {"", "预算数", "决算数", "预算", "决算", "支出决算", "年初预算", "价值", "其中", "金额", "预算金额",
            "支出", "收入", "资金", "经费", "数", "总额", "规模"}  # fmt: skip
_SENTENCES = re.compile(r"[^。；;！？]+[。；;！？]?")


def _clean_subject(text: str) -> str:
    s = re.sub(r"\s+", "", text)
    s = re.sub(r"^(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|其中[:：]?)+", "", s)
    return _TRAILING.sub("", s)


def _is_generic(subject: str) -> bool:
    return _TRAILING.sub("", _YEAR_PREFIX.sub("", subject)) in _GENERIC


def _signed(verb: str, value: float) -> float:
    return -value if any(verb.startswith(d) or verb.endswith(d) for d in _DOWN) else value


def extract(sentence: str, page: int, section: str = "") -> list[TextFact]:
    """Text facts of one sentence."""
    facts: list[TextFact] = []
    matches = list(_AMOUNT.finditer(sentence))
    last_subject = ""
    for i, m in enumerate(matches):
        before = sentence[: m.start()]
        if _ATTRIBUTE.search(before[-8:]):
            continue  # a share or change of the previous figure
        start = max((b.end() for b in _BOUNDARY.finditer(before)), default=0)
        subject = _clean_subject(before[start:])
        if _TOTAL_WORDS.match(subject):
            subject = "合计"
        elif _is_generic(subject):
            previous = before[:start].rstrip("，,：:；;、")
            prev_start = max((b.end() for b in _BOUNDARY.finditer(previous)), default=0)
            context = last_subject or _clean_subject(previous[prev_start:])
            subject = f"{_clean_subject(_AMOUNT.sub('', context))}{_YEAR_PREFIX.sub('', subject)}"
        if m.group(2) in _COUNTED:
            # "下设 9 个股室": what is counted follows the measure word.
            noun = _NOUN_AFTER.match(sentence, m.end())
            if noun and len(subject) <= 12:
                subject += noun.group(0)
        if not subject or len(subject) > 40:
            continue
        share, change, change_unit, change_pct = _attributes(sentence, m.end(), matches[i + 1 :])
        facts.append(
            TextFact(
                subject=subject,
                value=float(m.group(1).replace(",", "")),
                unit=m.group(2),
                page=page,
                sentence=sentence.strip(),
                share=share,
                change=change,
                change_unit=change_unit,
                change_pct=change_pct,
                section=section,
            )
        )
        last_subject = subject
    for m in _HEADCOUNT.finditer(sentence):
        facts.append(TextFact(subject=m.group(1), value=float(m.group(2)), unit="人", page=page,
                              sentence=sentence.strip(), section=section))  # fmt: skip
    return facts


def _attributes(
    sentence: str, pos: int, following: list[re.Match[str]]
) -> tuple[float | None, float | None, str | None, float | None]:
    """Share, change and change percent stated right after a figure (until the next figure)."""
    share = change = change_pct = None
    change_unit = None
    for m in following:
        gap = sentence[pos : m.start()]
        verb = _ATTRIBUTE.search(gap[-8:])
        if not verb:
            break
        clause = _BOUNDARY.split(gap[: len(gap) - len(verb.group(0))])[-1]
        if _OTHER_SUBJECT.search(_CONNECTORS.sub("", clause)):
            break  # "…增加118.76万元，其中：1.收入预算增加…": the next change belongs to another subject
        word = verb.group(1)
        value = float(m.group(1).replace(",", ""))
        if m.group(2) == "%":
            if word.startswith("占"):
                share = value
            elif word != "的":
                change_pct = _signed(word, value)
        elif word not in ("的", "相比") and not word.startswith("占"):
            change, change_unit = _signed(word, value), m.group(2)
        pos = m.end()
    if change is None and _UNCHANGED.match(sentence, pos):
        change, change_pct = 0.0, 0.0  # "与上年预算数持平": last year's figure is this year's
    return share, change, change_unit, change_pct


def from_sentences(sentences: list[Sentence]) -> list[TextFact]:
    facts: list[TextFact] = []
    for s in sentences:
        for part in _SENTENCES.findall(fold(s.text)):
            facts.extend(extract(part, s.page, " > ".join(s.heading_path)))
    return facts
