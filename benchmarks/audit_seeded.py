"""Seeded errors: how many wrong figures the audit catches (printed, not asserted).

Copies of parsed documents from the built index get one number altered at a time: a table cell of a
standard table, or a number of the printed text — an amount, a percentage (a share or a rate of change),
a stated change — whose text figures are then read again as ingest reads them. Each
altered copy is audited and compared with the audit of the untouched document: an alteration is caught
when a new error names the altered cell (or the altered sentence's page). The untouched documents' own
findings are the baseline; no alteration may add an error elsewhere than in the altered document.

.venv/bin/python benchmarks/audit_seeded.py [ALTERATIONS] [DOCUMENTS] [SEED]
"""

from __future__ import annotations

import os
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, replace

from assistant.audit import Finding, audit, fact_id
from assistant.model import Fact, ParsedDocument, Passage, TextFact
from assistant.passages import PROJECT_HEADING, Sentence
from assistant.settings import Settings
from assistant.store import Store
from assistant.textfacts import from_sentences

KINDS = ("table cell", "text amount", "text percentage", "change amount")
# tables whose figures other figures restate or add up to: a careful reader can check them
CHECKED_TABLES = {
    "收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表", "财政拨款支出表",
    "一般公共预算基本支出表", "基本支出表", "三公经费",
}  # fmt: skip


@dataclass(frozen=True)
class Alteration:
    kind: str
    doc: str
    where: str  # fact id, or "text:<page>"
    before: float
    after: float
    context: str = ""  # the altered text around the figure, to read what was missed
    pinned: bool = True  # another printed figure restates or decides it: a careful reader could check it


def _altered(value: float, rng: random.Random) -> float:
    """A different figure a typist or a copy could produce: a digit off, a slip of 1–30%."""
    if value == 0:
        return round(rng.uniform(1, 50), 2)
    step = max(abs(value) * rng.uniform(0.01, 0.3), 1.0)
    sign = rng.choice((-1, 1)) if abs(value) > step else 1  # a printed amount stays positive
    return round(value + sign * step, 2)


def _seed(doc: ParsedDocument, kind: str, rng: random.Random) -> tuple[ParsedDocument, Alteration] | None:
    if kind == "table cell":
        cells = [
            i for i, f in enumerate(doc.facts)
            if f.table_type in CHECKED_TABLES and f.unit in ("元", "万元", "亿元") and f.value
        ]  # fmt: skip
        if not cells:
            return None
        i = rng.choice(cells)
        f = doc.facts[i]
        new = _altered(f.value, rng)
        facts: list[Fact] = list(doc.facts)
        facts[i] = replace(f, value=new)
        return replace(doc, facts=facts), Alteration(kind, doc.document.id, fact_id(f), f.value, new)
    # the text as printed: one number of a sentence changed, its text figures read again as at ingest
    pattern = _PRINTED[kind]
    # the 说明's running text, which the audit reads (not the prose of project tables: see `audit`)
    places = [
        (i, m) for i, p in enumerate(doc.passages) if p.heading_path[:1] != (PROJECT_HEADING,)
        for m in pattern.finditer(p.text)
    ]  # fmt: skip
    if not places:
        return None
    i, m = rng.choice(places)
    printed = m.group(1)
    old = float(printed.replace(",", ""))
    new = _altered(old, rng)
    decimals = len(printed.split(".")[1]) if "." in printed else 0
    typed = f"{new:.{decimals}f}" if decimals else str(round(new))
    passage = doc.passages[i]
    passages: list[Passage] = list(doc.passages)
    passages[i] = replace(passage, text=passage.text[: m.start(1)] + typed + passage.text[m.end(1) :])
    copy = replace(doc, passages=passages, text_facts=read_text(passages))
    around = passages[i].text[max(0, m.start(1) - 40) : m.start(1) + len(typed) + 20]
    pinned = _pinned(doc, passage.text, m, kind, old)
    return copy, Alteration(kind, doc.document.id, f"text:{passage.page}", old, float(typed), around, pinned)


def _pinned(doc: ParsedDocument, text: str, m: re.Match[str], kind: str, value: float) -> bool:
    """Whether anything else printed decides this text figure: the same amount in a table cell or
    elsewhere in the text, or, in its own sentence, a share or rate beside an amount (or an amount
    before a percentage) that it must agree with. A figure stated once and tied to nothing ("拟购置
    固定资产 953.94 万元") no reader can check."""
    if kind != "text percentage":
        in_wan = [
            f.value * {"元": 1e-4, "万元": 1.0, "亿元": 1e4}[f.unit]
            for f in doc.facts
            if f.unit in ("元", "万元", "亿元")
        ]
        if any(abs(v - value) < 0.006 for v in in_wan if v):
            return True
        printed = m.group(1)
        elsewhere = sum(p.text.count(printed) for p in doc.passages)
        if elsewhere > 1:
            return True
    start = text.rfind("。", 0, m.start(1)) + 1
    end = text.find("。", m.end(1))
    sentence_before, sentence_after = text[start : m.start(1)], text[m.end(1) : end if end >= 0 else len(text)]
    if kind == "text percentage":
        return bool(re.search(r"\d\s*万元", sentence_before))
    return bool(re.match(r"\s*万元[^。；;]{0,16}?\d+(?:\.\d+)?\s*[%％]", sentence_after))


# what each kind of text figure looks like where it is printed
_PRINTED = {
    # not a bound ("单价 100 万元以上的设备"): a threshold is no amount that can be wrong
    "text amount": re.compile(
        r"(?<![增减加少长降\d.,])\s*(\d[\d,]*(?:\.\d+)?)\s*(?=万元|亿元)(?!(?:万元|亿元)\s*(?:[（(]含[)）])?\s*及?以[上下])"
    ),
    "text percentage": re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?=[%％])"),
    "change amount": re.compile(r"(?:增加|减少)了?\s*(\d[\d,]*(?:\.\d+)?)\s*(?=万元)"),
}


def read_text(passages: list[Passage]) -> list[TextFact]:
    """The text figures of these passages, read as ingest reads them."""
    running = [p for p in passages if p.heading_path[:1] != (PROJECT_HEADING,)]
    return from_sentences([Sentence(p.page, p.heading_path, p.text) for p in running])


def _errors(findings: list[Finding]) -> set[tuple[str, str]]:
    return {(f.rule, f.message) for f in findings if f.severity == "error"}


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    n_docs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    store = Store(Settings.from_env().store_path)
    docs = [store.load(d.id) for d in store.documents()]
    store.close()
    docs = [d for d in docs if d.facts and d.text_facts]
    # the text figures as the benchmark reads them again, so that an alteration is the only difference
    chosen = [replace(d, text_facts=read_text(d.passages)) for d in rng.sample(docs, min(n_docs, len(docs)))]
    baseline = {d.document.id: _errors(audit(d)) for d in chosen}
    caught: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    missed: list[Alteration] = []
    elsewhere = 0
    unpinned_caught = 0
    for n in range(total):
        doc = chosen[n % len(chosen)]
        kind = KINDS[(n // len(chosen)) % len(KINDS)]
        seeded = _seed(doc, kind, rng)
        if seeded is None:
            continue
        copy, alteration = seeded
        tried[kind] += 1
        findings = audit(copy)
        new = [f for f in findings if f.severity == "error" and (f.rule, f.message) not in baseline[doc.document.id]]
        hit = [f for f in new if alteration.where in f.facts]
        if hit:
            caught[kind] += 1
            rules[hit[0].rule] += 1
            unpinned_caught += not alteration.pinned
        else:
            missed.append(alteration)
        elsewhere += sum(1 for f in new if alteration.where not in f.facts and not f.facts)
    print(f"{sum(tried.values())} alterations in {len(chosen)} documents")
    for kind in KINDS:
        if tried[kind]:
            print(f"  {kind:16s} caught {caught[kind]:3d} / {tried[kind]:3d} ({caught[kind] / tried[kind]:.0%})")
    all_caught, all_tried = sum(caught.values()), sum(tried.values())
    print(f"recall {all_caught} / {all_tried} ({all_caught / max(all_tried, 1):.1%}); by rule: {dict(rules)}")
    checkable = all_tried - sum(1 for a in missed if not a.pinned) - unpinned_caught
    print(
        f"recall of figures another printed figure decides {all_caught - unpinned_caught} / {checkable} "
        f"({(all_caught - unpinned_caught) / max(checkable, 1):.1%}); "
        f"{all_tried - checkable} figures stated once and tied to nothing"
    )
    print(f"new errors naming no cell: {elsewhere}")
    shown = int(os.environ.get("SHOW_MISSED", "15"))
    for a in missed[:shown]:
        tied = "" if a.pinned else " (tied to nothing)"
        print(f"  missed {a.kind}{tied}: {a.doc} {a.where} {a.before} -> {a.after} {a.context}")


if __name__ == "__main__":
    main()
