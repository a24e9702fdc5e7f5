"""A figure the prose of a project table states, asked by its words.

"气象设施维护及科普项目要维护多少个站点" is answered by the project's 绩效目标 prose "站点维护数量162个";
"驻京经费里驻京房租一年多少" by "支付2026年驻京房租费249.8万元". Such figures are in no table row and in
no 说明 sentence, so every other way of matching misses them. They are read only as a last resort and only
when one figure clearly fits: the question must hold most of the project's name and the figure's own
words, the figure's words must be mostly the question's, and no other figure of another value may fit as
well. Money is answered only when money is asked or no unit is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from .candidates import Candidate, coverage, plain_label
from .model import ParsedDocument, TextFact
from .standards import project_facts

_MONEY = ("元", "万元", "亿元")
# words of the asker, not of the figure ("…项目要维护多少个站点", "一年要付多少")
_FILLER = re.compile(r"项目|计划|打算|准备|一年|全年|每年|今年|要|了|的|那个|这个|那笔|这笔|一共|总共|光")
_CONTAINER = re.compile(r"^(?P<whole>.{2,}?)(?:里面|里头|当中|之中|里|中)的?(?P<part>.{2,})$")
_YEAR = re.compile(r"20\d{2}年度?")
_PAID = re.compile(r"^(?:支付|用于|购买|报销|安排|保障|缴纳|发放)")
_MEASURE = re.compile(r"(?:数量|数额|金额|规模|总额|目标值?)$")  # "站点维护数量": what is counted is 站点维护
_NO_PROJECT = re.compile(r"20\d{2}年度?$|^$")  # "长春市信访局2026年": a heading that names no project
MIN_ASKED = 0.8  # of the question's words, in the project's name and the figure's words
MIN_OWN = 0.5  # of the figure's own words, in the question
MARGIN = 0.1  # over a figure of another value


def prose_figure(item: str, unit: str | None, docs: Iterable[ParsedDocument]) -> list[Candidate]:
    """The one figure of the documents' project prose that the item names, or none."""
    asked = _FILLER.sub("", plain_label(item))
    whole, part = "", asked
    if m := _CONTAINER.match(asked):  # "驻京经费里驻京房租": the part named, within the whole
        whole, part = m.group("whole"), m.group("part")
    if len(part) < (2 if whole else 3):
        return []
    scored: list[tuple[float, Candidate]] = []
    for doc in docs:
        for t in project_facts(doc):
            if t.value is None or not _unit_fits(t.unit, unit):
                continue
            own = _MEASURE.sub("", _YEAR.sub("", plain_label(t.subject)))
            context = _project(t) + own
            # "支付…房租费": what it pays for, not the paying; "驻京经费里房租": the whole's words are its too
            bare = _PAID.sub("", own) or own
            if len(own) < 2 or coverage(bare, part + whole) < MIN_OWN:
                continue
            fit = coverage(part, context)
            if whole and coverage(whole, _project(t) + t.sentence) < MIN_OWN:
                continue
            if fit >= MIN_ASKED:
                project = _project(t)  # the answer names the project, when the heading is one
                said = replace(t, subject=f"“{project}”项目{t.subject}") if not _NO_PROJECT.search(project) else t
                scored.append((fit, Candidate(doc.document.id, (t.subject,), t.value, t.unit, text_fact=said)))
    if not scored:
        return []
    best = max(s for s, _ in scored)
    top = {(c.value, c.unit): c for s, c in scored if s >= best - MARGIN}
    return list(top.values()) if len(top) == 1 else []


def _project(t: TextFact) -> str:
    """The project the prose is of: the heading under its table's title."""
    path = t.section.split(" > ")
    return plain_label(path[2]) if len(path) >= 3 else ""


def _unit_fits(printed: str, asked: str | None) -> bool:
    if asked is None or asked in _MONEY:
        return printed in _MONEY
    return printed == asked
