"""Which disclosures a question is about: organisation names in full or short forms, and the year.

An organisation is named by any tail of its printed name that starts after a place level
(新疆维吾尔自治区喀什地区喀什市人民政府办公室 -> 喀什市人民政府办公室 -> 人民政府办公室), and by
common short forms of its body (人民政府办公室 -> 政府办公室 / 政府办). A place the question names
(喀什市, 普陀区) must be part of the organisation: "喀什市财政局" names no document of ours, although
喀什市 and 财政局 each appear in one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Document
from .normalize import squash

_PLACE_END = re.compile(r"(?:省|自治区|地区|自治州|州|盟|市|区|县|旗)")
_PLACE_IN_QUESTION = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:省|自治区|地区|自治州|市|区|县)")
# Short forms of organisation bodies.
_SHORT = {
    "人民政府办公室": ("政府办公室", "政府办"),
    "人民法院": ("法院",),
    "高级人民法院": ("高院",),
    "医疗保障局": ("医保局",),
    "轨道交通局": ("轨道局",),
    "商务委员会": ("商务委",),
}
_YEAR = re.compile(r"(20\d{2})\s*年")


@dataclass(frozen=True)
class Resolved:
    """Documents in scope and why; `problem` is set when the question names something we lack."""

    doc_ids: tuple[str, ...]
    named: bool  # the question named an organisation (else every document is in scope)
    year: int | None  # year asked for, if any
    problem: str | None = None


def aliases(org: str) -> list[str]:
    """Tails of the name after each place level, longest first, plus short forms of the body."""
    name = re.sub(r"[（(][^）)]*[）)]$", "", squash(org))  # "（本级）", "（汇总）"
    tails = [name] + [name[m.end() :] for m in _PLACE_END.finditer(name) if len(name) - m.end() >= 3]
    out = list(dict.fromkeys(tails))
    # People drop the level of the place: 苏州市审计局 -> 苏州审计局, 普陀区司法局 -> 普陀司法局.
    out += [re.sub(r"^([\u4e00-\u9fff]{2,3}?)(?:市|区|县)(?=[\u4e00-\u9fff]{2})", r"\1", t) for t in out]
    out = list(dict.fromkeys(out))
    for tail in list(out):
        for body, shorts in _SHORT.items():
            if tail.endswith(body):
                out.extend(tail[: -len(body)] + s for s in shorts)
    return [t for t in dict.fromkeys(out) if len(t) >= 2]


def resolve(question: str, documents: list[Document]) -> Resolved:
    q = squash(question)
    year_m = _YEAR.search(q)
    year = int(year_m.group(1)) if year_m else None
    best: dict[str, str] = {}  # doc id -> the longest of its names the question spells
    for doc in documents:
        for alias in aliases(doc.organisation):
            if alias in q and len(alias) > len(best.get(doc.id, "")):
                best[doc.id] = alias
    if best:
        # A name inside a longer name of another organisation ("审计局" in "苏州市审计局") is not a mention.
        ids = [d for d, a in best.items() if not any(a != b and a in b for b in best.values())]
        ids = [d for d in ids if _places_agree(q, next(x for x in documents if x.id == d).organisation)]
        if ids:
            return Resolved(tuple(sorted(ids)), True, year)
        return Resolved((), True, year, "问题中的单位不在已收录的公开文件中")
    if _names_an_organisation(q):
        return Resolved((), True, year, "问题中的单位不在已收录的公开文件中")
    return Resolved(tuple(sorted(d.id for d in documents)), False, year)


def _places_agree(question: str, organisation: str) -> bool:
    """When the question names places (X市/X区…), the organisation lies in one of them:
    "喀什市财政局" is not 北京市财政局. A question may name two (comparisons)."""
    org = squash(organisation)
    places = [m.group(0) for m in _PLACE_IN_QUESTION.finditer(question)]
    if not places:
        return True
    # The regex may grab a longer run ("问喀什市"): a tail of 3+ characters in the name will do.
    return any(any(p[i:] in org for i in range(len(p) - 2)) for p in places)


_ORG_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:局|委员会|委|办公室|政府办|厅|法院|检察院|中心|部)")


def _names_an_organisation(question: str) -> bool:
    """The question names some organisation (X局, X委, X办公室…) — one we have not found."""
    return bool(_ORG_WORD.search(question))
