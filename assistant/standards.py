"""Rates a disclosure states per something: "收费标准：居民 1.36 元/吨", "低保标准按照970元/月补差计算",
"三无儿童每月需要基本生活保障费1400元/月.人", an indicator "≤560元/人/天".

A citizen asks them as "每吨多少钱", "每人每月多少", "多少钱一吨". They are no amount of the budget: an
annual figure divided by 12 or by a head count would be another number. The answer is the one rate whose
"per" is the asked one (a per-person rate may be asked per month alone: "低保每月多少") and whose
sentence, project or indicator the question names; two rates that fit equally (居民 and 非居民 in one
sentence) are no answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .candidates import Candidate, coverage
from .model import ParsedDocument, TextFact
from .passages import PROJECT_HEADING, Sentence
from .textfacts import from_sentences

_PERSON = r"人次|人|名|位|户|职工|员工|[\u4e00-\u9fff]{0,4}员|儿童|孩子|老人|学生|对象"
_ASKED = re.compile(
    rf"每(?:一)?(?:个|位|名)?(?P<a>{_PERSON}|吨|辆|台|平方米|立方米|天|日|个月|月|年)"
    r"|(?:多少钱|多少元|几块钱?|几元)(?:一|每)(?P<b>吨|个月|月|年|天|人)"
    r"|(?P<c>人|年|月|日)均"
)
_ANY_PERSON = re.compile(rf"^(?:{_PERSON})$")
_TIME = {"日": "天", "个月": "月"}
MIN_NAMED = 0.6  # of the question's words, in the rate's sentence, section or indicator


def asked_per(body: str) -> frozenset[str]:
    """What the question asks a rate per ("每人每月" -> {人, 月}); empty when it asks none."""
    per = set()
    for m in _ASKED.finditer(body):
        said = m.group("a") or m.group("b") or m.group("c")
        per.add("人" if _ANY_PERSON.match(said) and said != "人次" else _TIME.get(said, said))
    return frozenset(per)


def without_per(item: str) -> str:
    """The question's item less the words of the rate ("居民污水处理费收费标准每吨" -> "居民污水处理费收费标准")."""
    return _ASKED.sub("", item)


def _per_of(unit: str, said: str) -> frozenset[str]:
    """The "per" of a rate: its unit's ("元/人/月"), and a person or period its subject says ("即每人补助")."""
    per = set(unit.split("/")[1:])
    per |= {"人" for _ in re.finditer(r"每(?:人|名|位)|人均", said)}
    per |= {p for p in ("月", "年") if f"每{p}" in said}
    return frozenset(per)


def _fits(asked: frozenset[str], per: frozenset[str]) -> bool:
    """The asked "per" is the rate's, or the rate's but for the person it is paid to ("每月" of "元/人/月")."""
    return bool(per) and asked <= per and per - asked <= {"人"}


_project_facts: dict[str, list[TextFact]] = {}


def project_facts(doc: ParsedDocument) -> list[TextFact]:
    """The figures the prose of the document's project tables states, read as the 说明's are."""
    key = doc.document.id
    if key not in _project_facts:
        sentences = [
            Sentence(p.page, p.heading_path, p.text) for p in doc.passages if p.heading_path[:1] == (PROJECT_HEADING,)
        ]
        _project_facts[key] = from_sentences(sentences)
    return _project_facts[key]


def rates(item: str, asked: frozenset[str], docs: Iterable[ParsedDocument]) -> list[Candidate]:
    """The one rate per the asked thing that the item names; none when none or two fit."""
    want = without_per(item)
    scored: list[tuple[float, Candidate]] = []
    for doc in docs:
        for t in [*doc.text_facts, *project_facts(doc)]:
            if t.value is None or not t.unit.startswith(("元", "万元")) or not _fits(asked, _per_of(t.unit, t.subject)):
                continue
            named = coverage(want, t.sentence + t.section) if want else 0.0
            if named >= MIN_NAMED:
                scored.append((named, Candidate(doc.document.id, (t.subject,), t.value, t.unit, text_fact=t)))
        for f in doc.facts:
            if "/" not in f.unit or not f.unit.startswith(("元", "万元")) or not _fits(asked, _per_of(f.unit, "")):
                continue
            named = coverage(want, f.row_name + f.row_label + f.table_title) if want else 0.0
            if named >= MIN_NAMED:
                label = f"{f.row_label}：{f.row_name}" if f.row_label else f.row_name
                scored.append((named, Candidate(doc.document.id, (label,), f.value, f.unit, table_fact=f)))
    if not scored:
        return []
    best = max(s for s, _ in scored)
    top = {(c.value, c.unit): c for s, c in scored if s >= best - 0.1}
    if len(top) > 1 and len({c.text_fact.sentence for c in top.values() if c.text_fact}) == 1 == len(
        {c.text_fact is not None for c in top.values()}
    ):
        # "居民 1.36 元/吨…和非居民 3.00 元/吨": one sentence's rates, told apart by the words just before each
        words = {k: _own_words(c.text_fact.subject) for k, c in top.items() if c.text_fact}
        words = {k: w for k, w in words.items() if w in want}
        longest = max(words.values(), key=len, default="")
        if words and all(w in longest for w in words.values()):  # "非居民" asked: not 居民's too
            top = {k: top[k] for k, w in words.items() if w == longest}
    return list(top.values()) if len(top) == 1 else []


def _own_words(subject: str) -> str:
    """The words just before a rate, after the rate before it ("…1.36元/吨（…）和非居民": 非居民)."""
    return re.split(r"[，,；;、）)]|和|及|与", subject)[-1] or subject
