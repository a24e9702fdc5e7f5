"""A project or purchase asked by what it does or buys, not by its printed name.

"搞薇甘菊防治、古树保护那个钱", "要买一艘电动巡逻船", "给养老机构发运营奖励的那个项目": a citizen describes
the money. The description is cut into its key phrases; the answer is the one amount that the text
states in a sentence holding every phrase (the amount printed nearest before them), or else the one
table row whose name the description spells out. Anything less than one clear figure is no answer.
"""

from __future__ import annotations

import re

from .candidates import GRAND_COLUMN, TOTAL_ROW, Candidate, coverage, plain_label
from .model import Passage
from .passages import PROJECT_HEADING

# "给…的那个项目", "搞…那个钱", "买…", "培养…的项目": a description, with the words around it
_DESCRIPTION = re.compile(
    r"^(?:要|需要|专门)?(?:给|为|搞|买|购买|购置|采购|用于|用来|负责|开展|帮)(?P<what>.{2,40}?)"
    r"(?:的|那个|这个|那笔|这笔|那项|这项|这些)*(?:项目|专项|经费|资金|钱|采购|费用|预算)*$"
    r"|^(?P<what2>.{4,40}?)(?:的|那个|这个|那笔|这笔)*(?:项目|专项|钱|(?:采购|项目)(?:经费|资金))$"
)
_BETWEEN = re.compile(r"[、，,；;/]|和|及|与|跟|还有|或者|这些|那些|等")
_QUANTITY = re.compile(r"^(?:一|两|三|四|五|几|\d+)(?:艘|台|辆|套|个|批|件|名|人|次|项)|^(?:上门|发|去|来)")
_MONEY = ("元", "万元", "亿元")
MIN_ROW_COVERAGE = 0.6  # of a row's name by the description, with at least 5 shared character pairs


def key_phrases(item: str) -> list[str] | None:
    """The description's phrases ("薇甘菊防治", "古树保护"), or None when the item describes nothing."""
    m = _DESCRIPTION.fullmatch(item)
    if not m:
        return None
    what = m.group("what") or m.group("what2") or ""
    phrases = [_QUANTITY.sub("", p).strip() for p in _BETWEEN.split(what)]
    phrases = [p for p in phrases if len(p) >= 2]
    return phrases or None


def described(item: str, found: list[Candidate]) -> list[Candidate]:
    """The one figure among the documents' candidates that the description names, or none."""
    phrases = key_phrases(item)
    if not phrases:
        return []
    said = _in_sentences(phrases, found)
    if said:
        return said
    return _in_rows(" ".join(phrases), found)


def _in_sentences(phrases: list[str], found: list[Candidate]) -> list[Candidate]:
    """The amount stated nearest before the phrases in the one sentence that holds them all."""
    best: dict[float, Candidate] = {}
    for c in found:
        t = c.text_fact
        if t is None or t.value is None or c.unit not in _MONEY:
            continue
        text = t.sentence
        at = [text.find(p) for p in phrases]
        if min(at) < 0:
            continue
        first = min(at)
        printed = [m.end() for m in _NUMBER.finditer(text) if _value(m.group(0)) == t.value and m.end() <= first]
        if not printed:
            continue
        # another amount printed between this one and the phrases is theirs, not this one
        between = text[max(printed) : first]
        if re.search(r"\d+(?:\.\d+)?\s*(?:万元|元|亿元)", between):
            continue
        if not _the_money_of(phrases, text[max(printed) :]):
            continue
        best.setdefault(t.value, c)
    return list(best.values()) if len(best) == 1 else []


_PURPOSES = re.compile(r"(?:用于|主要用于|主要是|主要为|包括|[：:])(.+?)(?:[。；;]|$)")


def _the_money_of(phrases: list[str], after: str) -> bool:
    """The amount is the described thing's: what the sentence says it is for ("用于物业费服务费和购买办公
    用品") holds nothing the description leaves out, or the description names two or more of its parts
    (a project told by its activities). One purpose of two is not the whole amount."""
    purposes = _PURPOSES.search(after)
    if purposes is None:
        return True
    parts = {p.strip() for p in re.split(r"[、，,]|和|及|与", purposes.group(1)) if len(p.strip()) >= 2}
    covered = {part for part in parts if any(ph in part for ph in phrases)}
    # two of the description's own phrases among the purposes, not one purpose the sentence says twice
    named = sum(any(ph in part for part in parts) for ph in phrases)
    return len(covered) == len(parts) or named >= 2


def _in_rows(description: str, found: list[Candidate]) -> list[Candidate]:
    """The one money row (not a total) whose printed name the description spells out, or the one stated
    amount whose subject holds the whole description."""
    scored: list[tuple[int, Candidate]] = []
    plain = plain_label(description)
    for c in found:
        f = c.table_fact
        if f is None and c.text_fact is not None and c.unit in _MONEY and len(plain) >= 4:
            if plain in plain_label(c.text_fact.subject):  # "人民调解项目年度预算安排 795万元" of "搞人民调解的钱"
                scored.append((len(_pairs(plain)), c))
            continue
        if f is None or c.unit not in _MONEY or not f.row_name or TOTAL_ROW.match(f.row_name):
            continue
        leaf = f.column_path[-1] if f.column_path else ""
        if leaf and not GRAND_COLUMN.search(leaf):
            continue
        shared = 0
        for label in c.labels:
            name = plain_label(label)
            if len(name) < 3:
                continue
            pairs = len(_pairs(name) & _pairs(plain))
            if name in plain or (coverage(name, plain) >= MIN_ROW_COVERAGE and pairs >= 5):
                shared = max(shared, pairs)
            elif len(plain) >= 4 and plain in name:  # "搞场景创新的那笔采购经费": the row 场景创新促进经费
                shared = max(shared, len(_pairs(plain)))
        if shared:
            scored.append((shared, c))
    if not scored:
        return []
    top = max(s for s, _ in scored)  # the row the description spells out most of
    rows = {c.value: c for s, c in scored if s == top}
    return list(rows.values()) if len(rows) == 1 else []


# an amount the prose states, not a price per piece ("平均每台电脑不超过0.6万元")
_AMOUNT_SAID = re.compile(
    r"(?<![每价])(?<!每[台辆套个件人次])(?<!不超过)(?<!不高于)\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)(?!/)"
)
# "买45台电脑": a count of what is bought, which the project's own prose may print word for word
_COUNTED_THING = re.compile(r"\d+(?:艘|台|辆|套|个|批|件|名|人|次|项)(?:(?!的|那|这|项目)[\u4e00-\u9fff]){2,8}")
MIN_TOLD = 0.75  # of the description's character pairs found in one project's own prose
MIN_TOLD_PAIRS = 6  # character pairs a description needs before it can tell one project from the others
_TOLD_MARGIN = 0.15  # over the next project: a description that fits two projects names neither


def told_project(item: str, passages: list[Passage]) -> str | None:
    told = told_where(item, passages)
    return told[0] if told else None


def told_where(item: str, passages: list[Passage]) -> tuple[str, set[int]] | None:
    """The one project whose own prose (年度目标, 绩效目标, 项目概述 in its table) the description tells
    ("培养40名会计人才的项目" of "…培养40名充分掌握先进会计理论人才…"): the project holding most of the
    description's character pairs, when it holds most of them and clearly more than any other; with the
    pages of the prose that tells it (units of one document may each have a project of that name)."""
    phrases = key_phrases(item)
    if not phrases:
        return None
    texts: dict[str, str] = {}
    for p in passages:
        if p.heading_path[:1] == (PROJECT_HEADING,) and len(p.heading_path) >= 3:
            texts[p.heading_path[2]] = texts.get(p.heading_path[2], "") + p.heading_path[2] + p.text
    if (counted := _COUNTED_THING.search(item)) and len(
        told := {n for n, t in texts.items() if counted.group(0) in t.replace(" ", "")}
    ) == 1:
        name = told.pop()  # "买45台电脑的那个项目": the one project whose prose prints "购置45台电脑"
        return name, {p.page for p in passages if p.heading_path[2:3] == (name,) and counted.group(0) in p.text}
    wanted = set().union(*(_pairs(plain_label(p)) for p in phrases))
    if len(wanted) < MIN_TOLD_PAIRS:
        return None  # "信息化建设": words many projects share tell none of them
    scored = sorted(
        ((len(wanted & _loose_pairs(plain_label(t))) / len(wanted), n) for n, t in texts.items()), reverse=True
    )
    if not scored or scored[0][0] < MIN_TOLD:
        return None
    if len(scored) > 1 and scored[1][0] > scored[0][0] - _TOLD_MARGIN:
        return None
    if _AMOUNT_SAID.search(texts[scored[0][1]]):
        return None  # prose that states amounts may state the described part's own: the project's is not it
    name = scored[0][1]
    return name, {p.page for p in passages if p.heading_path[2:3] == (name,)}


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _value(text: str) -> float:
    return float(text.replace(",", ""))


def _pairs(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _loose_pairs(s: str) -> set[str]:
    """The pairs of a text, and those a word shortened by one character makes ("老人" of "老年人")."""
    return _pairs(s) | {s[i] + s[i + 2] for i in range(len(s) - 2)}
