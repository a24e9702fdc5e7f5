"""Seeded errors: how many wrong figures the audit catches (printed, not asserted).

Copies of parsed documents from the built index get one number altered at a time: a table cell of a
standard table, a text amount, a text percentage (a share or a rate of change), or a stated change. Each
altered copy is audited and compared with the audit of the untouched document: an alteration is caught
when a new error names the altered cell (or the altered sentence's page). The untouched documents' own
findings are the baseline; no alteration may add an error elsewhere than in the altered document.

.venv/bin/python benchmarks/audit_seeded.py [ALTERATIONS] [DOCUMENTS] [SEED]
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from dataclasses import dataclass, replace

from assistant.audit import Finding, audit, fact_id
from assistant.model import Fact, ParsedDocument, TextFact
from assistant.settings import Settings
from assistant.store import Store

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
    field = {"text amount": "value", "text percentage": "change_pct", "change amount": "change"}[kind]
    said = [
        i for i, t in enumerate(doc.text_facts)
        if getattr(t, field) is not None and (field != "value" or t.unit in ("万元", "元", "亿元"))
    ]  # fmt: skip
    if kind == "text percentage":
        said += [i for i, t in enumerate(doc.text_facts) if t.share is not None and i not in said]
    if not said:
        return None
    i = rng.choice(said)
    t = doc.text_facts[i]
    name = field if getattr(t, field) is not None else "share"
    old = float(getattr(t, name))
    new = _altered(old, rng)
    texts: list[TextFact] = list(doc.text_facts)
    texts[i] = replace(t, **{name: new})
    return replace(doc, text_facts=texts), Alteration(kind, doc.document.id, f"text:{t.page}", old, new)


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
    chosen = rng.sample(docs, min(n_docs, len(docs)))
    baseline = {d.document.id: _errors(audit(d)) for d in chosen}
    caught: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    missed: list[Alteration] = []
    elsewhere = 0
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
        else:
            missed.append(alteration)
        elsewhere += sum(1 for f in new if alteration.where not in f.facts and not f.facts)
    print(f"{sum(tried.values())} alterations in {len(chosen)} documents")
    for kind in KINDS:
        if tried[kind]:
            print(f"  {kind:16s} caught {caught[kind]:3d} / {tried[kind]:3d} ({caught[kind] / tried[kind]:.0%})")
    all_caught, all_tried = sum(caught.values()), sum(tried.values())
    print(f"recall {all_caught} / {all_tried} ({all_caught / max(all_tried, 1):.1%}); by rule: {dict(rules)}")
    print(f"new errors naming no cell: {elsewhere}")
    for a in missed[:15]:
        print(f"  missed {a.kind}: {a.doc} {a.where} {a.before} -> {a.after}")


if __name__ == "__main__":
    main()
