"""Who published a disclosure, for which year, and whether it is a 预算 or a 决算.

Candidates for the organisation come from, in order of trust: labelled lines (编制部门：X, 部门名称：X,
预算单位：X … above the tables and on the cover), the cover title ("2026年X部门预算"), and label cells
inside tables ("部门名称 | X", for files of tables only). Every candidate is cleaned of scope markers
("（汇总）", a leading "341-") and must look like an organisation (end in 局, 委员会, 办公室, 中心 …):
a document whose organisation cannot be read is stored with none, never with a guessed phrase.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .classify import organisation_in
from .normalize import squash
from .readers import RawDocument

_TITLE_END = re.compile(r"^.*?(?:预算|决算)(?:信息公开|公开说明|公开)?")
# What an organisation's name ends with; "（本级）" may follow.
_ORG_END = re.compile(
    r"(?:局|委员会|委|办公室|办公厅|厅|院|部|中心|所|站|队|馆|会|处|室|社|校|大学|政府|署|公司|集团|基地|监狱|办|台|园|场)"
    r"(?:（本级）)?$"
)
_NOT_IN_ORG = re.compile(
    r"预算|决算|公开|部分|说明|目录|概况|职能|单位：|金额|万元|年度|\d{4}年|[一二三四五六七八九十]、"
)
_SCOPE_MARK = re.compile(r"[（(](?:汇总|合并|部门汇总)[)）]$")


@dataclass(frozen=True)
class Identity:
    organisation: str  # "" when it cannot be read from the document
    year: int | None
    kind: str  # 预算 | 决算
    title: str


def clean_organisation(text: str) -> str:
    """A candidate as printed -> the name, or "" when it does not look like an organisation."""
    s = squash(text).replace("(", "（").replace(")", "）")
    s = re.sub(r"^[\d\-—、.．:：·\s]+", "", s)  # "341-湖州市财政局", ".长春市信访局"
    s = re.sub(r"^附件\d*", "", s)
    s = _SCOPE_MARK.sub("", s)
    s = re.sub(r"(?:部门|单位)(?:综合)?$", "", s)  # "西安市气象局部门综合" (from "部门综合预算")
    if not 3 <= len(s) <= 40 or _NOT_IN_ORG.search(s) or not _ORG_END.search(s):
        return ""
    return s


def document_title(raw: RawDocument) -> str:
    """The opening lines of the first pages that name the disclosure; cover titles wrap
    ("2026 年深圳市财政局（本级）部门预" + "算"), so the first lines are joined."""
    for page in raw.texts[:2]:
        lines = [squash(x).strip("*") for x in page.lines[:6]]
        joined = "".join(x for x in lines[:4] if x and x != "目录" and len(x) < 40)
        m = _TITLE_END.search(joined)
        if m:
            return joined[: m.end()]
    return ""


def _from_title(title: str) -> str:
    """ "2026年广州市统计局部门预算" -> "广州市统计局"."""
    s = re.sub(r"(?:20\d{2}\s*)?年度|20\d{2}\s*年", "", title)  # the year may sit on the next line
    s = re.split(r"(?:部门|单位)?(?:综合)?(?:预算|决算)", s)[0]
    return re.sub(r"^(?:.*?(?:区级|市级|省级|县级))", "", s)


def _labelled(lines: Iterable[str]) -> Counter[str]:
    found: Counter[str] = Counter()
    for line in lines:
        name = clean_organisation(organisation_in(line))
        if name:
            found[name] += 1
    return found


def _cells(raw: RawDocument) -> Counter[str]:
    """ "部门名称 | X" pairs of cells (tables-only files name themselves only there)."""
    found: Counter[str] = Counter()
    for part in raw.parts:
        for row in part.rows[:4]:
            texts = [squash(c.text) for c in row if c is not None and squash(c.text)]
            for label, value in zip(texts, texts[1:]):
                name = clean_organisation(value) if label in ("部门名称", "单位名称", "预算单位") else ""
                if name:
                    found[name] += 1
    return found


def organisation(raw: RawDocument, title: str) -> str:
    opening = [line for page in raw.texts[:3] for line in page.lines[:20]]
    table_lines = [line for part in raw.parts for line in part.context]
    titled = clean_organisation(_from_title(title))
    for counts in (_labelled(table_lines), _labelled(opening), Counter([titled]), _cells(raw)):
        counts.pop("", None)
        if counts:
            found = counts.most_common(1)[0][0]
            # "长春市信访局（本级）2026年度部门预算" over tables labelled "预算单位：长春市信访局": the cover's scope
            return titled if titled == f"{found}（本级）" else found
    return ""


def year_and_kind(text: str) -> tuple[int | None, str]:
    """Fiscal year and 预算/决算 from the opening pages' text."""
    s = squash(text)
    kind = "决算" if "决算" in s[:400] else "预算"
    m = re.search(r"(20\d{2})年度?(?:[^，。]{0,30}?)(?:预算|决算)", s)
    if m:
        return int(m.group(1)), kind
    # Else the year most often printed as "20XX年" (a bare 20XX may be part of a code or a number).
    years = Counter(re.findall(r"(?<!\d)(20\d{2})年", s)) or Counter(re.findall(r"(?<!\d)(20\d{2})(?!\d)", s))
    return (int(years.most_common(1)[0][0]) if years else None), kind


def identify(raw: RawDocument, table_titles: list[str]) -> Identity:
    title = document_title(raw)
    opening = " ".join(" ".join(p.lines[:12]) for p in raw.texts[:3])
    year, kind = year_and_kind(title + " " + opening)
    if year is None:  # a file of tables only (Beijing's 报表 attachment): the tables name the year
        year, _ = year_and_kind(" ".join(table_titles) + " ".join(" ".join(p.context) for p in raw.parts))
    org = organisation(raw, title)
    return Identity(org, year, kind, title or (f"{org}{year or ''}年{kind}" if org else ""))
