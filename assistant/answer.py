"""The answer engine: question -> scope -> intent -> facts -> figure (looked up or computed) -> answer.

Every figure in an answer is a parsed fact or arithmetic over parsed facts, with its sources and
formula. `decide` is the one place that abstains: no document in scope, a year we do not have, or no
fact whose label matches the question well enough. A last check refuses an answer whose text holds a
number that is neither a figure used nor a page, year or code cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from .audit import audit, error_facts, fact_id
from .candidates import (
    GRAND_COLUMN,
    TOTAL_ROW,
    Candidate,
    candidates,
    coverage,
    period,
    period_key,
    similarity,
)
from .classify import table_type
from .evidence import cited_fact
from .lexicon import bare_total, code_names, measures, near_term, synonyms, without_filler
from .model import Answer, Fact, Figure, PassageRef, Source, TextFact
from .normalize import fold, simplified, squash
from .retrieval import Scope, SearchIndex
from .scope import Resolved, aliases, resolve
from .settings import Settings

# -- question understanding -----------------------------------------------------------------------
_FILLER = re.compile(
    r"((?:有|共有|一共有)?(?:多少|几)(?:个|人|辆|台|项|次|家|套|平方米|批)(?:呢)?$|是多少钱|花了多少钱|一共是多少|是多少|有多少人|有多少|多少钱|多少人|多少|几个|几人|几辆|几项|是|为|呢|啊|吗|了|？|\?|。|，|,|的$)"
)
_DEFINITION = re.compile(
    r"^(?:什么是|何为|何谓)(.{2,12}?)[？?]?$|^(.{2,12}?)(?:是什么意思|是什么|指什么|的含义|的定义)[？?]?$"
)
_ABSENT = re.compile(r"(?:为什么|为何|怎么)(?:没有|没|无|不安排|不)")
_NONE_STATED = re.compile(r"没有|无|未|不涉及|不安排|为0|为零|0\.00\s*万元|(?<![\d.])0\s*万元|非")
_GENERIC_SUBJECT = re.compile(
    r"部门|单位|本年|今年|总体|整体|总|全年|预算|决算|收入|支出|收支|经费|资金|钱|比上年|比去年|较上年"
    r"|增加|减少|增长|下降|变化|这么多|那么多|多了|少了|了|会|要"
)
# A sentence on the change of the whole budget, with the reason that follows it
_WHOLE_BUDGET_CHANGE = re.compile(
    r"[^。；]*(?:预算支出|支出预算|收入预算|预算收入|收支预算|预算总额|总预算|(?:收入|支出|收支)(?:预算)?(?:总计|总额)"
    r"|预算(?=(?:比|较)(?:上年|去年|20\d{2}年)))[^。；]*?(?:增加|减少|增长|下降)[^。；]*[。；]?"
    r"(?:[^。；]*(?:原因|主要是|主要用于|由于)[^。；]*[。；]?)?"
)
_PURPOSE = re.compile(r"用途|用来|用于|做什么|干什么|干啥")
_EXPLAIN = re.compile(r"(是什么|什么是|为什么|原因|用途|用来|用于|做什么|干什么|依据|怎么|如何|哪些)")
_SHARE = re.compile(r"(.+?)占(?!比)(.*?)的?(?:比例|比重|百分比|占比|百分之几|多少|多大|几成)|(.+?)(?:的)?占比")
# "三公经费中公务接待费占…": the whole before 中/里, the part after it.
_PART_OF = re.compile(r"^(.+?)(?:里面|之中|中的|当中|中|里)(.+)$")
_ASKS_HOW_MUCH = re.compile(r"^(?:多大|多少|几|百分之几|多少比例|多大比例|多少比重)?$")
_DIFF = re.compile(r"(.+?)比(.+?)(多|少|高|低)(?:多少|几)")
_APART = re.compile(r"(.+?)(?:和|与|跟)(.+?)(?:相差|差)(?:多少|几)")
_SUM = re.compile(
    r"(.+?)(?:和|与|及|加上|加)(.+?)(?:合计|之和|一共|加起来|总共|共计|的和)|^(.+、.+)、(.+?)(?:合计|之和|一共|加起来|总共|共计)"
)
# Rankings other than within a row or column (_RANK), and counts of projects, are not answered yet:
# saying so beats a wrong figure.
_UNSUPPORTED = re.compile(
    r"最多|最高|最大|最少|最低|排名|排第|前三|前五|前十|哪项|哪个|哪些|哪一|几个项目|多少个项目|多少项"
)
# "工资福利支出里哪一项最多": the largest (or smallest) of a row's children, over the whole table.
_RANK = re.compile(
    r"^(.+?)(?:里面|里|之中|中的|中)(?:的)?(?:哪一项|哪项|哪个|哪一类|哪类|什么)\S*?(最多|最高|最大|最少|最低|最小)"
)
# "哪个项目预算最多" / "预算金额最大的项目": the rows of the project table, over the whole table.
_PROJECT_RANK = re.compile(
    r"项目(?!支出)\S{0,10}?(最多|最大|最高|最少|最低|最小)|(最多|最大|最高|最少|最低|最小)的?(?:一个|单个)?项目(?!支出)"
)
# "多少个项目编报了绩效目标", "一级项目有几个": counts the text states (项目 alone is ambiguous: 一级, 二级,
# or the rows of the project table — those are not counted yet)
_STATED_PROJECT_COUNT = re.compile(r"(?:几个|多少个)(?:一级|二级)?项目|(?:一级|二级)项目(?:有|共)?(?:几个|多少个)")
_COUNTS_HELD = ("辆", "台", "套")
_ACQUIRED = re.compile(r"购置|新购|更新|新增|购买")
_CODE = re.compile(r"(?<!\d)(2\d{6}|[23]\d{4}|[23]\d{2})(?![\d.年%])")  # 科目编码: 功能 2xx, 经济 3xx
_COMPARE = re.compile(r"相差|差多少|差距|多多少|少多少|哪个多|哪个少|谁多|谁少|哪个高|比较")
_LAST_YEAR = re.compile(r"上年|上一年|去年")
_CHANGE = re.compile(
    r"比上年(?:预算|执行数|年初预算)?(?:数)?(增加|减少|增长|下降|降低|提高|上升|增减|变化|多花|少花|多|少)(?:了)?"
    r"(?:的)?(?:金额|数额|额)?(?:是|为)?(?:多少|几)"
)
_RATE = re.compile(
    r"(增长率|增幅|下降率|降幅|增长百分比|变化率|(?:增长|下降|减少|增加|降低|提高|上升)(?:了)?百分之(?:几|多少)"
    r"|(?:增长|下降|上升|降低)了?(?:多少|几)(?!万|元|钱|金额))"
)  # the last: budgets state 增长/下降 in per cent ("增长3.08%") and 增加/减少 in money
# A count asks for its measure word: "几辆公车" wants a figure in 辆, never an amount.
_MEASURE = re.compile(r"(?:多少|几)(人|辆|台|个|项|次|家|套|批|平方米)|(人)数")
# "多少亿元": the unit the asker wants the amount in.
_ASKED_UNIT = re.compile(r"(?:多少|几)(亿元|万元|元)|(?:以|按|用|换算成|折合)(亿元|万元|元)")
_TABLE_NAMED = re.compile(r"([\u4e00-\u9fff“”\"、（）()]{2,40}?(?:表|情况表))(?:[（(][^）)]*[)）])?(?:中|里|内)的?")
_TABLE_WORDS = {
    "支出总表": ("支出总体情况表", "支出总表", "支出预算总表", "支出决算表"),
    "收入总表": ("收入总体情况表", "收入总表", "收入预算总表", "收入决算表"),
    "收支总表": ("收支总体情况表", "收支总表", "收支预算总表"),
    "一般公共预算基本支出表": ("一般公共预算基本支出情况表", "一般公共预算基本支出表", "基本支出情况表", "基本支出表"),
}


def _clean(text: str) -> str:
    text = re.sub(r"[“”\"'‘’]", "", text)
    text = _ASKED_UNIT.sub("", text)
    text = re.sub(r"(?:有|共有|一共有)?(?:多少|几)(?:个|人|辆|台|项|次|家|套|批)", "", text)
    text = without_filler(text)
    text = _FILLER.sub("", text)
    text = re.sub(r"^(?:的|中|里|在|其中)+", "", text)
    # "安排了多少钱搞公务接待", "给职工交住房公积金": the verb of paying is no part of the item
    text = re.sub(r"^(?:安排|要花|花在|花|用在|用于|用来|拨给?|投入)了?(?:多少钱?)?", "", text)
    text = re.sub(r"^给(?:干部职工|职工|员工|工作人员|大家)?(?:交纳|缴纳|交|缴|发放|发)", "", text)
    text = re.sub(r"(?:公开|预算)?表\d+(?:表)?(?:里|中|的)*", "", text)  # "表6里绩效工资": the table by number
    return bare_total(re.sub(r"^(?:部门|单位)?(?:综合)?(?:预算|决算)(?=..)(?!数|总额|规模)", "", text).strip())


@dataclass
class Question:
    asked: str  # as the visitor typed it
    text: str  # folded: simplified characters, half-width digits, no spaces
    resolved: Resolved
    body: str  # the question less organisation and year
    table_types: set[str] | None
    last_year: bool = False  # the year asked is the one before the documents' year
    readings: list[str] = field(default_factory=list)  # words read as another printed term


def understand(question: str, index: SearchIndex) -> Question:
    q = squash(fold(simplified(question)))
    docs = [d.document for d in index.corpus.docs.values()]
    resolved = resolve(q, docs)
    body = q.replace(resolved.mention, "", 1) if resolved.mention else q
    named = resolved.doc_ids if resolved.named else ()
    names = {a for d in named for a in aliases(index.corpus.docs[d].document.organisation) if a in body}
    for name in sorted(names, key=len, reverse=True):  # longest first: "苏州审计局" before "审计局"
        body = body.replace(name, "")
    body = index.corpus.without_organisations(body).replace(" ", "")
    # "比2025年增加了多少" of a 2026 budget compares with last year
    body = re.sub(r"(比|较|与|同|和)20\d{2}年度?(?:年初)?", r"\1上年", body) if resolved.base_year else body
    body = re.sub(r"20\d{2}年度?", "", body).replace("，", "").replace(",", "")
    body = re.sub(r"(比|较|同|和|与)(?:去年|上一年|上年度)", r"\1上年", body).replace("较上年", "比上年")
    body = re.sub(r"[（(][）)]", "", body)  # "今年（2026年）": the year was its only word
    body = re.sub(r"^(?:截至|截止到?)(?:\d{1,2}月)?(?:\d{1,2}日|底|末)?的?", "", body)  # the date of a stock
    tables = None
    if (title := _TABLE_NAMED.search(body)) and table_type(title.group(1)) != "other":
        # "…支出表（公开09表）中“三公”经费合计": the table's own words are no items to add up
        tables, body = {table_type(title.group(1))}, body.replace(title.group(0), "")
    for kind, words in _TABLE_WORDS.items():
        for w in words:
            if w in body:
                tables = {kind}
                body = body.replace(w, "")
                break
    return Question(question, q, resolved, body.lstrip("的中在"), tables)


_FOLLOW_UP_ITEM = re.compile(r"^(?:那么?|那|还有|另外)?(?:其中)?(?:的)?(.*?)(?:呢|怎么样|多少)?[？?]?$")


def _follow_up(q: Question, previous: Question) -> Question:
    """A question that names no organisation continues the previous one: its organisation, and its
    year unless it names one; when it names no item either ("2024年决算呢？"), the previous item."""
    if not previous.resolved.named or not previous.resolved.doc_ids:
        return q
    resolved = replace(
        previous.resolved,
        year=q.resolved.year or previous.resolved.year,
        reading=None,
        mention="",
        base_year=q.resolved.base_year,
    )
    m = _FOLLOW_UP_ITEM.match(q.body)
    item = m.group(1) if m else q.body
    bare = not re.sub(r"(?:预算|决算)", "", item)
    body = previous.body if bare else item
    if bare and "决算" in q.text and "决算" not in body:
        body = f"决算{body}"
    text = q.text if "决算" in q.text or not bare else previous.text
    readings = [*q.readings, f"上一问（{previous.asked}）的单位和年度"]
    return Question(q.asked, text, resolved, body, q.table_types or previous.table_types, readings=readings)


def _asks_budget(text: str) -> bool:
    """The question asks the year's budget (预算), not its outturn (决算); "一般公共预算" is a fund."""
    return "决算" not in text and bool(re.search(r"预算", re.sub(r"一般公共预算|预算单位|预算表", "", text)))


# -- the engine ----------------------------------------------------------------------------------
MIN_SIMILARITY = 0.6
MIN_COVERAGE = 0.7  # of the question's item by the label: "气象服务…拨款" is not "…拨款收入"


class Assistant:
    """Loaded once (index, corpus, model) and reused for every question."""

    def __init__(self, settings: Settings | None = None, index: SearchIndex | None = None) -> None:
        self.index = index or SearchIndex(settings or Settings.from_env())
        self._candidates = {doc_id: candidates(d) for doc_id, d in self.index.corpus.docs.items()}
        # the audit of every document, once (the app's 核对 page and the API read it too); cells that
        # take part in an inconsistency it found make the answers using them say so
        self.findings = {doc_id: audit(d) for doc_id, d in self.index.corpus.docs.items()}
        self.inconsistent = {doc_id: error_facts(found) for doc_id, found in self.findings.items()}

    def ask(self, question: str, doc: str | None = None, context: str | None = None) -> Answer:
        """Answer one question. `doc` limits it to one document unless the question names another
        organisation; `context` is the previous question of the conversation, whose organisation,
        year and item fill in what a follow-up ("那公务接待费呢？", "2024年决算呢？") leaves out."""
        q = understand(question, self.index)
        if context and not q.resolved.named and not q.resolved.problem:
            q = _follow_up(q, understand(context, self.index))
        doc_ids = list(q.resolved.doc_ids)
        if doc and not (q.resolved.named and q.resolved.doc_ids):
            doc_ids = [d for d in self.index.corpus.docs if d == doc or d.startswith(doc)]
        elif doc and not any(d == doc or d.startswith(doc) for d in doc_ids):
            q.readings.append("问题中指明的单位，而非所选的查询范围")
        passages = self._passages(q.text, doc_ids)
        if q.resolved.problem and not doc:
            return Answer(question, "not_found", f"没有找到：{q.resolved.problem}。", passages=passages)
        if q.resolved.year is None:
            doc_ids = self._newest(doc_ids)
        in_scope = doc_ids
        doc_ids, year_problem = self._by_year(doc_ids, q.resolved.year)
        if q.resolved.named and q.resolved.year and _asks_budget(q.text) and self._kinds(doc_ids) == {"决算"}:
            # "2024年的…预算" where 2024 has only a 决算: the 2025 budget states last year's budget
            following = [d for d in in_scope if self.index.corpus.docs[d].document.year == q.resolved.year + 1]
            if self._kinds(following) == {"预算"}:
                doc_ids = following
        if year_problem:
            return Answer(question, "not_found", year_problem, passages=passages)
        docs = [self.index.corpus.docs[d].document for d in doc_ids]
        if "决算" in q.text and docs and all(d.kind != "决算" for d in docs):
            return Answer(
                question, "not_found", "没有找到该单位该年度的决算公开文件（已收录的是预算）。", passages=passages
            )
        if q.resolved.year is not None and docs and all(d.year == q.resolved.year + 1 for d in docs):
            q.last_year = True  # "2025年…" asked of a 2026 budget: only a stated change can give it
        if m := _DEFINITION.match(q.body):
            term = (m.group(1) or m.group(2)).split("的")[-1]
            answer = self._define(question, term, doc_ids, passages)
            if answer is not None:
                return answer
        ranking = _RANK.search(q.body) or _PROJECT_RANK.search(q.body) or _code_level_rank(q.body) or _unit_rank(q.body)
        if _EXPLAIN.search(q.body) and not re.search(r"多少|几", q.body) and not ranking:
            return self._explain(q, doc_ids, passages)
        orgs = {self.index.corpus.docs[d].document.organisation for d in doc_ids}
        if q.resolved.named and len(orgs) == 2 and _COMPARE.search(q.body):
            return decide(self, q, doc_ids, passages, compare=True)
        if ranking:
            return decide(self, q, doc_ids, passages, rank=True)
        stated_count = _STATED_PROJECT_COUNT.search(q.body) and re.search(r"一级|二级|绩效", q.body)
        if _UNSUPPORTED.search(q.body) and not stated_count:
            return Answer(
                question, "not_found", "暂不支持排名、比较多个项目或计数类问题，请换一种问法。", passages=passages
            )
        return decide(self, q, doc_ids, passages)

    def _kinds(self, doc_ids: list[str]) -> set[str]:
        return {self.index.corpus.docs[d].document.kind for d in doc_ids}

    def _newest(self, doc_ids: list[str]) -> list[str]:
        """Without a year in the question, an organisation's newest disclosure answers."""
        docs = [self.index.corpus.docs[d].document for d in doc_ids]
        newest: dict[str, int] = {}
        for d in docs:
            newest[d.organisation] = max(newest.get(d.organisation, 0), d.year or 0)
        return [d.id for d in docs if (d.year or 0) == newest[d.organisation]]

    def _by_year(self, doc_ids: list[str], year: int | None) -> tuple[list[str], str | None]:
        if year is None:
            return doc_ids, None
        same = [d for d in doc_ids if self.index.corpus.docs[d].document.year == year]
        if same:
            return same, None
        before = [d for d in doc_ids if self.index.corpus.docs[d].document.year == year + 1]
        if before:
            return before, None  # a figure of the year before, derived from a stated change
        years = sorted({str(self.index.corpus.docs[d].document.year) for d in doc_ids})
        return [], f"没有找到 {year} 年的公开文件（已收录：{'、'.join(years)} 年）。"

    def _passages(self, question: str, doc_ids: list[str], k: int = 3) -> list[PassageRef]:
        scope = Scope(doc_ids=set(doc_ids)) if doc_ids else None
        hits = self.index.search(question, k=k, scope=scope).passages
        out = []
        for h in hits:
            p = self.index.corpus.docs[h.entry.doc_id].passages[h.entry.index]
            out.append(PassageRef(h.entry.doc_id, p.page, p.with_context(), round(h.score, 5)))
        return out

    def _explain(self, q: Question, doc_ids: list[str], passages: list[PassageRef]) -> Answer:
        """Why / what for: the passage that names what the question is about. When none names it
        well enough, say so and show the closest passages rather than guess."""
        question, body = q.asked, q.body
        absent = _ABSENT.search(body)
        subject = _FILLER.sub("", _EXPLAIN.sub("", body)).strip("的是")  # 为什么 before the filler 为
        subject = re.sub(r"^(?:没有|没|无|不安排|不)", "", subject)
        pool = self._passages(q.text, doc_ids, k=12)
        if not _GENERIC_SUBJECT.sub("", subject):
            # "预算为什么比上年增加": the whole budget's change, which a passage on one item is not
            said = next(((p, m) for p in pool for m in _WHOLE_BUDGET_CHANGE.finditer(p.text)), None)
            if said is None:
                return Answer(question, "not_found", "没有找到明确的说明，以下是最接近的段落。", passages=passages)
            found, text = said[0], re.sub(r"\s+", "", said[1].group(0))
            return Answer(question, "answered", f"{text}（第 {found.page} 页）", passages=[found, *passages][:3])
        if absent:  # "为什么没有机关运行经费": a passage that says it has none, not one that defines it
            core = re.escape(subject[-4:])
            none = _NONE_STATED.pattern
            pool = [p for p in pool if re.search(rf"(?:{none}).{{0,12}}{core}|{core}.{{0,12}}(?:{none})", p.text)]
        best = max(pool, key=lambda p: coverage(subject, p.text), default=None)
        if best is None or not subject or coverage(subject, best.text) < 0.6:
            return Answer(question, "not_found", "没有找到明确的说明，以下是最接近的段落。", passages=passages)
        ranked = [best] + [p for p in pool if p is not best][:2]
        if _PURPOSE.search(body) and not re.search(r"用于|用途|用来|主要是|保障|开展", best.text):
            # a passage that names the project but not what it pays for is no answer to "what for"
            return Answer(question, "not_found", "没有找到该项用途的说明，以下是最接近的段落。", passages=ranked)
        where = f"（第 {best.page} 页）" if best.page else ""
        return Answer(question, "answered", f"{best.text.split(chr(10))[-1]}{where}", passages=ranked)

    def _define(self, question: str, term: str, doc_ids: list[str], passages: list[PassageRef]) -> Answer | None:
        """名词解释: the definitions the documents in scope print for a term, each with its source."""
        pattern = re.compile(
            rf"(?:^|[、）.．\s]){re.escape(term)}[：:]\s*(.+?)(?=[一二三四五六七八九十]+、|\d+[.．、]|$)", re.S
        )  # a definition may run over a line break of the PDF
        found: dict[str, str] = {}
        for doc_id in doc_ids:
            doc = self.index.corpus.docs[doc_id]
            for p in doc.passages:
                for m in pattern.finditer(p.with_context()):  # a heading may hold the term
                    text = re.sub(r"\s+", "", m.group(1))
                    key = re.sub(r"\W", "", text)[:40]
                    if len(text) >= 6 and key not in found:
                        page = f"，第 {p.page} 页" if p.page else ""
                        found[key] = f"{text}（{doc.document.organisation}{page}）"
        if not found:
            return None
        items = list(found.values())[:5]
        return Answer(question, "answered", f"“{term}”的解释：" + " ".join(items), passages=passages)

    def stated_changes(self, doc_id: str) -> list[Candidate]:
        """The disclosure's text figures that state a change from last year (from either file of a
        disclosure published as 说明 and 报表)."""
        return [
            c for d in self.disclosure(doc_id) for c in self._candidates[d]
            if c.text_fact is not None and c.text_fact.change is not None
        ]  # fmt: skip

    def disclosure(self, doc_id: str) -> list[str]:
        """The files of one disclosure: the same organisation, year and kind."""
        d = self.index.corpus.docs[doc_id].document
        return [
            k for k, x in self.index.corpus.docs.items()
            if (x.document.organisation, x.document.year, x.document.kind) == (d.organisation, d.year, d.kind)
        ]  # fmt: skip

    def printed_change(self, current: Candidate) -> Candidate | None:
        """The current cell joined with the same row's 上年 (or 2025年) cell or 增减 cell of the same
        item, when the table prints last year beside this year (三公经费表: 2018年 | 2019年 | 增减)."""
        f = current.table_fact
        doc = self.index.corpus.docs[current.doc_id]
        year = doc.document.year
        if f is None or period_key(f.column_path) == () and not f.column_path:
            return None
        key = period_key(f.column_path)
        beside: dict[str, Fact] = {}
        for g in doc.facts:
            if g.table_index == f.table_index and g.row_index == f.row_index and g is not f and g.unit == f.unit:
                kind = next((k for c in g.column_path if (k := period(c, year))), None)
                if kind in ("prior", "change") and period_key(g.column_path) == key:
                    beside.setdefault(kind, g)
        if not beside:
            return None
        kind = "prior" if "prior" in beside else "change"  # last year's own cell is the plainer source
        cell = beside[kind]
        change = cell.value if kind == "change" else round(f.value - cell.value, 6)
        stated = TextFact(current.label(), f.value, f.unit, f.page, "", change=change, change_unit=f.unit, section=kind)
        also = (Candidate(current.doc_id, (), cell.value, cell.unit, table_fact=cell).source(),)
        return replace(current, text_fact=stated, also=also)

    def stated_change(self, current: Candidate, item: str) -> Candidate | None:
        """The table's current figure joined with a change the text states without it
        ("2026年预算比2025年预算增加50.32万元"): the one such change whose subject names the item
        as closely as the item names it, in the change's unit."""
        said = [t for d in self.disclosure(current.doc_id) for t in self.index.corpus.docs[d].text_facts]
        named = [
            t for t in said
            if t.value is None and t.change is not None and t.change_unit in _MONEY and current.unit in _MONEY
            and min(coverage(item, t.subject), coverage(t.subject, item)) >= 0.75
        ]  # fmt: skip
        if len({t.change for t in named}) != 1:
            return None
        t = named[0]
        unit = t.change_unit or t.unit
        value = round(current.value * _MONEY[current.unit] / _MONEY[unit], 6)
        also = (Source(current.doc_id, t.page, None, t.subject, None),)
        return replace(current, value=value, unit=unit, text_fact=replace(t, value=value, unit=unit), also=also)

    def match(self, item: str, doc_ids: list[str], q: Question, unit_hint: str | None = None) -> list[Candidate]:
        """Candidates naming `item` best, best first; empty when none is close enough. Everyday words
        (出国, 公车, 预算总额) are tried as the printed terms when the words themselves match nothing."""
        found = self._match(item, doc_ids, q, unit_hint)
        plain = re.sub(r"[（(][^）)]*[）)]", "", item)
        if not found and plain and plain != item:  # 机关运行经费（行政经费）: the asker's gloss
            found = self._match(plain, doc_ids, q, unit_hint)
        if not found:
            for word, term in synonyms():
                if word == item or (word in item and term not in item):  # "货物类" is 货物
                    found = self._match(item.replace(word, term), doc_ids, q, unit_hint)
                    break
        if (
            not found
            and (scoped := re.sub(r"^(?:财政拨款|一般公共预算|部门)(?:安排的?)?", "", plain)) != plain
            and scoped
        ):
            found = self._match(scoped, doc_ids, q, unit_hint)  # "财政拨款“三公”经费": the 三公 table's own total
        if not found and (part := _PART_OF.match(plain)):
            found = self.match(part.group(2), doc_ids, q, unit_hint)  # "政府采购预算中货物类": 货物类, as any item
        if not found and (near := near_term(plain, self._terms(doc_ids))):
            found = self._match(near, doc_ids, q, unit_hint)
            if found:
                q.readings.append(f"“{plain}”按“{near}”")
        return found

    def _terms(self, doc_ids: list[str]) -> set[str]:
        """Every label a figure of these documents can be asked by, and the national names."""
        terms = {label for d in doc_ids for c in self._candidates[d] for label in c.labels}
        return terms | set(code_names().values()) | set(measures())

    def _match(self, item: str, doc_ids: list[str], q: Question, unit_hint: str | None) -> list[Candidate]:
        code_m = _CODE.search(item)
        code = code_m.group(1) if code_m else None
        if code:  # "行政运行（2010301）", "2040101武装警察部队", "30107": the code decides the row
            item = _CODE.sub("", item).strip("（）()-、 ") or code_names().get(code, "")
        scored = []
        for doc_id in doc_ids:
            for c in self._candidates[doc_id]:
                if q.table_types and (c.table_fact is None or c.table_fact.table_type not in q.table_types):
                    continue  # the question names a table: its cells answer, not the text
                if unit_hint and c.unit != unit_hint:
                    continue
                if code is not None:
                    if c.table_fact is None or c.table_fact.row_code != code:
                        continue
                    scored.append((1.0 + max(similarity(item, x) for x in c.labels) / 10, c))  # then the column
                    continue
                sim, label = max((similarity(item, label), label) for label in c.labels)
                if unit_hint and (sim >= 0.5 or coverage(item, label) == 1):
                    if unit_hint in _COUNTS_HELD and _ACQUIRED.search(label) and not _ACQUIRED.search(item):
                        continue  # "有多少辆车" asks what is held, not what is bought this year
                    scored.append((sim, c))
                elif sim >= MIN_SIMILARITY and coverage(item, label) >= MIN_COVERAGE:
                    scored.append((sim, c))
        scored.sort(key=lambda sc: (-round(sc[0], 3), sc[1].preference(item)))
        return [c for _, c in scored]


def format_value(v: float) -> str:
    """A figure as disclosures print it: integers bare, else at least two decimals, never rounded."""
    if abs(v - round(v)) < 1e-9:
        return str(int(round(v)))
    text = f"{v:.6f}".rstrip("0")
    return text if len(text.split(".")[1]) >= 2 else f"{v:.2f}"


def _cite(s: Source) -> str:
    where = s.table or "说明文字"
    return f"{where}，第 {s.page} 页" if s.page else where


def decide(
    engine: Assistant,
    q: Question,
    doc_ids: list[str],
    passages: list[PassageRef],
    compare: bool = False,
    rank: bool = False,
) -> Answer:
    """The answer, or the honest not-found: the one place that decides to abstain."""
    body = q.body
    try:
        if rank:
            figure: Figure | list[Figure] = _rank(engine, q, body, doc_ids)
        elif compare:
            figure = _compare(engine, q, body, doc_ids)
        else:
            figure = _compute(engine, q, body, doc_ids)
    except LookupError as missing:
        return Answer(q.asked, "not_found", f"没有找到{missing.args[0]}的数据。", passages=passages)
    if isinstance(figure, list):  # several documents print different figures
        names = "；".join(
            f"{engine.index.corpus.docs[f.sources[0].doc].document.organisation}：{format_value(f.value)} {f.unit}"
            for f in figure
        )  # noqa: E501
        return Answer(
            q.asked, "ambiguous", f"问题适用于多份文件，数值不同：{names}。请指明单位或年度。", figure, passages
        )
    figure = _in_asked_unit(figure, q.text)
    doc = engine.index.corpus.docs[figure.sources[0].doc].document
    whose = f"{doc.organisation}{doc.year or ''}年{doc.kind}"
    cites = "；".join(dict.fromkeys(_cite(s) for s in figure.sources))
    formula = f"，计算：{figure.formula}" if figure.formula else ""
    readings = ([f"“{q.resolved.reading}”"] if q.resolved.reading else []) + q.readings
    reading = f"（按{'；'.join(readings)}理解）" if readings else ""
    text = f"{reading}{whose}：{figure.label}为 {format_value(figure.value)} {figure.unit}{formula}（{cites}）。"
    if not _numbers_accounted(text, figure, doc.year):
        return Answer(q.asked, "not_found", "没有找到可靠的答案。", passages=passages)
    return Answer(q.asked, "answered", text + _audit_note(engine, figure), [figure], passages)


def _audit_note(engine: Assistant, figure: Figure) -> str:
    """One sentence when a cell the figure uses is part of an inconsistency the audit found."""
    for source in figure.sources:
        fact = cited_fact(engine.index.corpus.docs[source.doc], source)
        finding = engine.inconsistent.get(source.doc, {}).get(fact_id(fact)) if fact else None
        if finding is not None:
            other = "、".join(f"第 {p} 页" for p in finding.pages if p and p != source.page)
            where = other or "文件中"
            return f"注意：核对发现该数字与{where}的相应数字不一致（核对规则：{finding.rule}），请以原文件为准。"
    return ""


def _one(engine: Assistant, item: str, doc_ids: list[str], q: Question, unit: str | None = None) -> Candidate:
    found = engine.match(item, doc_ids, q, unit)
    if not found:
        raise LookupError(f"“{item}”")
    return found[0]


# "…执行数", "…年初预算数": which of last year's figures; the item is what precedes it
_KIND_OF_FIGURE = re.compile(r"(?:的)?(?:执行数|年初预算数?|预算数|决算数)$")


def _compute(engine: Assistant, q: Question, body: str, doc_ids: list[str]) -> Figure | list[Figure]:
    if _UNIT_COUNT.search(body):
        return _count_units(engine, body, doc_ids)
    if q.last_year:
        if _SHARE.search(body) or _RATE.search(body) or _CHANGE.search(body) or _SUM.search(body):
            raise LookupError("上一年度的该项")
        body = body if _LAST_YEAR.search(body) else f"上年{body}"
    if m := _SHARE.search(body):
        part, whole = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), "")
        if _ASKS_HOW_MUCH.match(whole.strip("的是")) and (pm := _PART_OF.match(part)):
            part, whole = pm.group(2), pm.group(1)
        return _share(engine, q, _clean(part), _clean(whole), doc_ids)
    if _RATE.search(body) or _CHANGE.search(body):
        item = _clean(re.sub(r"比上年(?:预算|决算)?", "", _CHANGE.sub("", _RATE.sub("", body))))
        item = _KIND_OF_FIGURE.sub("", item) or "支出总计"
        c = _with_change(engine, item, doc_ids, q)
        t = c.text_fact
        assert t is not None
        if _RATE.search(body):
            if t.change_pct is None and t.change is not None and c.value - t.change:
                # the text states the change but not its rate: rate = change ÷ last year's figure
                prior = c.value - t.change
                pct = round(t.change / prior * 100, 2)
                base = f"{format_value(prior)}（上年：{format_value(c.value)} − {format_value(t.change)}）"
                formula = f"{format_value(t.change)} ÷ {base} × 100% = {format_value(pct)}%"
                return Figure(abs(pct) if pct < 0 and re.search(r"下降|减少|降幅|降低", body) else pct, "%",
                              f"{item}比上年的{'降幅' if pct < 0 else '增幅'}", formula, c.sources())  # fmt: skip
            if t.change_pct is None:
                raise LookupError(f"“{item}”的增长率")
            fell = t.change_pct < 0
            value = abs(t.change_pct) if fell and re.search(r"下降|减少|降幅|降低", body) else t.change_pct
            return Figure(value, "%", f"{item}比上年的{'降幅' if fell and value > 0 else '增幅'}",
                          None, c.sources()[-1:])  # fmt: skip
        assert t.change is not None
        value = abs(t.change) if re.search(r"减少|下降|降低|少", body) else t.change
        verb = "减少" if t.change < 0 else "增加" if t.change > 0 else "持平，变化"
        rate = (
            f"（{'下降' if t.change_pct < 0 else '增长'} {format_value(abs(t.change_pct))}%）"
            if t.change_pct is not None
            else ""
        )
        if t.sentence or not c.also:  # stated in the text
            return Figure(value, t.change_unit or t.unit, f"{item}比上年{verb}{rate}", None, c.sources()[-1:])
        prior = round(c.value - t.change, 6)  # the table's 上年 column, or its 增减 column
        formula = f"{format_value(c.value)} − {format_value(prior)} = {format_value(t.change)}"
        return Figure(value, c.unit, f"{item}比上年{verb}", formula, c.sources())
    if _LAST_YEAR.search(body):
        item = _KIND_OF_FIGURE.sub("", _clean(_LAST_YEAR.sub("", body))) or "支出总计"
        c = _with_change(engine, item, doc_ids, q)
        assert c.text_fact is not None and c.text_fact.change is not None
        prior = round(c.value - c.text_fact.change, 2)
        if not c.text_fact.sentence and c.text_fact.section == "prior":  # printed in the table's 上年 column
            return Figure(prior, c.unit, f"上年{item}", None, c.also)
        formula = f"{format_value(c.value)} − {format_value(c.text_fact.change)} = {format_value(prior)}"
        if c.text_fact.change < 0:
            formula = f"{format_value(c.value)} + {format_value(-c.text_fact.change)} = {format_value(prior)}"
        return Figure(prior, c.unit, f"上年{item}", formula, c.sources())
    if (m := _DIFF.search(body)) or (m := _APART.search(body)):
        a, b = _one(engine, _clean(m.group(1)), doc_ids, q), _one(engine, _clean(m.group(2)), doc_ids, q)
        va, vb = _same_unit(a, b)
        value = round(va - vb, 2)
        if m.re is _APART or (m.lastindex and m.lastindex >= 3 and m.group(3) in "少低"):
            value = abs(value)
        formula = f"{format_value(va)} − {format_value(vb)} = {format_value(round(va - vb, 2))}"
        label = f"{_clean(m.group(1))}与{_clean(m.group(2))}之差"
        return Figure(value, a.unit, label, formula, (a.source(), b.source()))
    if m := _SUM.search(body):
        first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        names = [x for x in re.split(r"[、,，]", first) if x] + [last]
        parts = [_one(engine, _clean(x), doc_ids, q) for x in names]
        values = _same_unit(*parts)
        total = round(sum(values), 2)
        formula = " + ".join(format_value(v) for v in values) + f" = {format_value(total)}"
        return Figure(total, parts[0].unit, "、".join(_clean(x) for x in names) + "合计", formula,
                      tuple(p.source() for p in parts))  # fmt: skip
    item = _clean(body) or "支出总计"  # "XX局今年一共要花多少钱": the whole budget
    measure = _MEASURE.search(body)
    unit = (measure.group(1) or measure.group(2)) if measure else None
    if unit == "辆" and re.fullmatch(r"(?:公务用?|公|汽|用)?车(?:辆)?", item):
        item = "车辆"  # 几辆公车 / 多少辆车: the vehicles the department holds, not one kind of them
    return _lookup(engine, item, doc_ids, q, unit)


def _children(facts: list[Fact], parent: Fact | None) -> list[Fact]:
    """The rows one level under a coded row, in the parent's column; for a total row's column
    (公用经费), the most detailed coded rows of that column."""
    if parent is None:
        return []
    same = [
        f for f in facts
        if f.table_index == parent.table_index and f.row_code and f.column_path == parent.column_path
        and not TOTAL_ROW.match(f.row_name)
    ]  # fmt: skip
    code = parent.row_code or ""
    if code and not TOTAL_ROW.match(parent.row_name):
        kids = [f for f in same if (f.row_code or "").startswith(code) and len(f.row_code or "") > len(code)]
        depth = min((len(f.row_code or "") for f in kids), default=0)
    else:
        kids = same
        depth = max((len(f.row_code or "") for f in kids), default=0)
    return [f for f in kids if len(f.row_code or "") == depth]


_UNIT_ROW = re.compile(r"(?:局|中心|委员会|委|办公室|院|所|站|队|馆|学校|分局)(?:[（(].*[）)])?$")


def _rank_projects(engine: Assistant, body: str, doc_ids: list[str]) -> Figure:
    """The largest/smallest project of the project table (项目支出表), in its total column. A row's
    path may also name its unit (杭州市气象局 > 气象业务建设) or its kind (审计业务经费 > 特定目标类);
    rows that total the table or group projects by unit are not projects."""
    m = _PROJECT_RANK.search(body)
    assert m is not None
    most = (m.group(1) or m.group(2)) in ("最多", "最大", "最高")
    docs = {engine.index.corpus.docs[d].document for d in doc_ids}
    if len({(d.organisation, d.year, d.kind) for d in docs}) != 1:
        raise LookupError("单一公开文件中的项目")
    projects: list[tuple[str, Fact, str]] = []
    for doc_id in doc_ids:
        facts = engine.index.corpus.docs[doc_id].facts
        for table in sorted({f.table_index for f in facts if f.table_type == "项目支出表"}):
            cells = [f for f in facts if f.table_index == table]
            if sum(1 for f in cells if f.row_code) > len(cells) / 2:
                continue  # rows are 科目 (economic classification), not projects
            total_col = min(
                (f.col_index for f in cells if GRAND_COLUMN.search(f.column_path[0] if f.column_path else "")),
                default=min(f.col_index for f in cells),
            )
            rows: list[tuple[str, Fact, str]] = []
            for f in cells:
                names = [n for n in f.row_path or (f.row_name,) if not _UNIT_ROW.search(n) and not n.endswith("类")]
                if f.col_index == total_col and names and not any(TOTAL_ROW.match(n) for n in names):
                    # the project's name is its longest label (beside it: 资金性质 "全额", 项目类别 …)
                    rows.append((max(names, key=len), f, doc_id))
            total = next((f.value for f in cells if f.col_index == total_col and TOTAL_ROW.match(f.row_name)), None)
            checked = _checked_projects(rows, total, most)
            if not checked and total is not None and (leaves := _leaf_rows([r[1].value for r in rows], total)):
                checked = [rows[i] for i in leaves]  # 一级项目 rows printed above their 二级 projects
            projects += checked
    if not projects:
        raise LookupError("项目支出表中可逐项核对的项目")
    name, best, doc_id = (max if most else min)(projects, key=lambda p: p[1].value)
    cell = Candidate(doc_id, (name,), best.value, best.unit, table_fact=best)
    word = "最多" if most else "最少"
    return Figure(best.value, best.unit, f"预算{word}的项目是{name}（共 {len(projects)} 个项目）", None,
                  (cell.source(),))  # fmt: skip


_CODE_LEVEL_RANK = re.compile(
    r"(?:哪个|哪一个|哪一|哪)(项级科目|款级科目|类级科目|项科目|款科目|类科目|科目|一类|类)(?:支出|预算|科目)?\S{0,6}?(最多|最大|最高|最少|最低|最小)"
)
# "金额最大的项级科目是哪一个": the same, with the measure first
_CODE_LEVEL_RANK_FIRST = re.compile(
    r"(最多|最大|最高|最少|最低|最小)的(?:一个)?(项级科目|款级科目|类级科目|项科目|款科目|类科目|功能科目|一类支出)"
)


# "哪个单位的预算最多", "下属各预算单位里…最多的是哪个": the units of a 汇总 budget
_UNIT_RANK = re.compile(
    r"(?:哪个|哪一个|哪家|哪)(?:下属|所属)?(?:二级)?(?:预算)?单位|(?:下属|所属|二级)(?:的|各)?(?:预算)?单位"
)
_UNIT_COUNT = re.compile(
    r"(?:几个|多少个|多少家|几家)(?:下属|所属|二级)?(?:预算)?单位|(?:下属|所属|二级)(?:预算)?单位(?:有|共)?(?:几|多少)"
)
_MOST = re.compile(r"最多|最大|最高|最少|最低|最小")
# A row that names a unit, not an item: an organisation's ending, or 本级/机关
_UNIT_NAME = re.compile(
    r"(?:局|中心|委员会|办公室|院|所|站|支队|大队|馆|学校|处|厅|台|园|校|会)(?:[（(][^）)]*[）)])?$|本级[）)]?$|机关$"
)
_UNIT_TABLES = ("收入总表", "支出总表", "收支总表")


def _unit_rank(body: str) -> str | None:
    """最多/最少 of a ranking over the units of a 汇总 budget, or None."""
    most = _MOST.search(body)
    return most.group(0) if most and _UNIT_RANK.search(body) else None


def _units(engine: Assistant, doc_id: str, subordinate: bool) -> list[Fact]:
    """The units of a 汇总 budget: the rows of its 收入总表 (else 支出总表, 收支总表) that name units, in
    the grand-total column. The department's 本级 is one of them, unless only its subordinate units
    are asked; its 汇总 row (the table's total, or the sum of the rest) is not."""
    doc = engine.index.corpus.docs[doc_id]
    for kind in _UNIT_TABLES:
        for table in sorted({f.table_index for f in doc.facts if f.table_type == kind}):
            cells = [f for f in doc.facts if f.table_index == table and f.unit not in ("", "%")]
            grand = [f.col_index for f in cells if f.column_path and GRAND_COLUMN.search(f.column_path[-1])]
            column = min(grand or [f.col_index for f in cells], default=None)
            cells = [f for f in cells if f.col_index == column]
            total = next((f.value for f in cells if TOTAL_ROW.match(f.row_name)), None)
            units = {
                f.row_name: f for f in cells
                if _UNIT_NAME.search(f.row_name) and not re.fullmatch(r"2\d{2}(?:\d{2}){0,2}", f.row_code or "")
                and f.value != total
            }  # fmt: skip
            whole = sum(f.value for f in units.values())
            units = {n: f for n, f in units.items() if abs(2 * f.value - whole) > 0.01}
            if len(units) < 2:
                continue
            if subordinate:
                own = re.sub(r"[（(][^）)]*[）)]$", "", doc.document.organisation)
                units = {n: f for n, f in units.items() if n != own and not re.search(r"本级|机关", n)}
            return list(units.values())
    return []


def _rank_units(engine: Assistant, most_word: str, doc_ids: list[str], subordinate: bool = False) -> Figure:
    """The largest/smallest unit of a 汇总 budget."""
    doc_id = _single_disclosure(engine, doc_ids)
    units = _units(engine, doc_id, subordinate) if doc_id else []
    if doc_id is None or len(units) < 2:
        raise LookupError("按单位列示的预算")
    most = most_word in ("最多", "最大", "最高")
    best = (max if most else min)(units, key=lambda f: f.value)
    cell = Candidate(doc_id, (best.row_name,), best.value, best.unit, table_fact=best)
    word = "最多" if most else "最少"
    return Figure(best.value, best.unit, f"预算{word}的单位是{best.row_name}（共 {len(units)} 个单位）",
                  None, (cell.source(),))  # fmt: skip


def _count_units(engine: Assistant, body: str, doc_ids: list[str]) -> Figure:
    """How many units a 汇总 budget lists (下属/二级: without the department's 本级), named in the answer."""
    doc_id = _single_disclosure(engine, doc_ids)
    subordinate = bool(re.search(r"下属|所属", body))  # a 二级预算单位 may be the 本级 too
    units = _units(engine, doc_id, subordinate) if doc_id else []
    if doc_id is None or not units:
        raise LookupError("按单位列示的预算")
    names = "、".join(f.row_name for f in units)
    which = "下属单位" if subordinate else "预算单位（含本级）"
    source = Candidate(doc_id, (), units[0].value, units[0].unit, table_fact=units[0]).source()
    return Figure(len(units), "个", f"{which}数（{names}）", None, (replace(source, row=None),))


def _code_level_rank(body: str) -> tuple[str, str] | None:
    """(level word, 最多/最少 word) of a ranking over 功能分类 rows, or None."""
    if m := _CODE_LEVEL_RANK.search(body):
        return m.group(1), m.group(2)
    if m := _CODE_LEVEL_RANK_FIRST.search(body):
        return m.group(2).replace("功能科目", "科目").replace("一类支出", "一类"), m.group(1)
    return None


_LEVEL_DIGITS = {"项": 7, "款": 5, "类": 3}
# Where the 功能分类 rows of the whole budget are printed, in order of preference.
_CLASSIFICATION_TABLES = ("支出总表", "一般公共预算支出表", "财政拨款支出表")


def _rank_codes(
    engine: Assistant, asked: tuple[str, str], body: str, doc_ids: list[str], tables: set[str] | None
) -> Figure:
    """The largest/smallest 功能分类 类, 款 or 项 of the budget ("哪一类支出最多", "哪个项级科目最多"),
    in the grand-total column of the first table that prints them."""
    level_word, most_word = asked
    level = next((v for k, v in _LEVEL_DIGITS.items() if k in level_word), 7)
    if level_word in ("科目", "一类", "类"):
        level = 7 if level_word == "科目" else 3
    most = most_word in ("最多", "最大", "最高")
    doc_id = _single_disclosure(engine, doc_ids)
    if doc_id is None or "经济分类" in body:  # 经济分类 类 are not ranked yet: saying so beats a guess
        raise LookupError("单一公开文件中的科目")
    facts = engine.index.corpus.docs[doc_id].facts
    named = [k for k in _CLASSIFICATION_TABLES if k in (tables or ()) or k.removesuffix("支出表") in body]
    for kind in named + [k for k in _CLASSIFICATION_TABLES if k not in named]:
        rows = [
            f for f in facts if f.table_type == kind and len(f.row_code or "") == level and (f.row_code or "")[0] == "2"
        ]
        grand = [f.col_index for f in rows if f.column_path and GRAND_COLUMN.search(f.column_path[-1])]
        first_col = min(grand or [f.col_index for f in rows], default=None)  # the 合计 column, else the first
        rows = [f for f in rows if f.col_index == first_col and f.unit not in ("", "%")]
        if rows:
            best = (max if most else min)(rows, key=lambda f: f.value)
            cell = Candidate(doc_id, (best.row_name,), best.value, best.unit, table_fact=best)
            word = "最多" if most else "最少"
            label = (
                f"{level_word.removesuffix('科目')}中预算{word}的是{best.row_code} {best.row_name}（共 {len(rows)} 个）"
            )
            return Figure(best.value, best.unit, label, None, (cell.source(),))
    raise LookupError("功能分类科目")


def _single_disclosure(engine: Assistant, doc_ids: list[str]) -> str | None:
    """The one disclosure in scope (its 部门 file first when a 部门 and a 单位 budget of the same
    organisation and year print the same tables), or None when several organisations or years are."""
    docs = [engine.index.corpus.docs[d].document for d in doc_ids]
    if not docs or len({(d.organisation, d.year, d.kind) for d in docs}) != 1:
        return None
    return min(docs, key=lambda d: ("部门" not in d.title, d.file)).id


def _leaf_rows(values: list[float], total: float) -> tuple[int, ...] | None:
    """The rows that are projects when a table prints groups above their members (通用项目, then each
    一级项目, then its 二级项目): the one reading of the rows, in order, as groups and members in
    which every group is the sum of its members and the whole is the total. None when there is none."""
    cents = [round(v * 100) for v in values]
    n = len(cents)

    @cache
    def run(i: int, target: int) -> tuple[int, tuple[int, ...]] | None:
        """Rows from i on that add up to target: (where they end, the leaves among them)."""
        if target == 0:  # and the projects of nothing that follow
            end = next((j for j in range(i, n) if cents[j] != 0), n)
            return end, tuple(range(i, end))
        if i >= n or cents[i] > target or cents[i] < 0:
            return None
        v = cents[i]
        if v == 0:
            rest = run(i + 1, target)
            return None if rest is None else (rest[0], (i, *rest[1]))
        if i + 1 < n and 0 < cents[i + 1] <= v and (members := run(i + 1, v)):  # a group of what follows
            if rest := run(members[0], target - v):
                return rest[0], members[1] + rest[1]
        if rest := run(i + 1, target - v):  # a project
            return rest[0], (i, *rest[1])
        return None

    if n > 300:
        return None
    found = run(0, round(total * 100))
    return found[1] if found and found[0] == n else None


def _checked_projects(
    rows: list[tuple[str, Fact, str]], total: float | None, most: bool
) -> list[tuple[str, Fact, str]]:
    """The rows of a project table that a ranking may use. Rows that repeat the table's total group the
    others and are dropped. When the rest do not add up to the total, a row was not read (or rows group
    others): the ranking stands only for the largest, and only if what is missing is smaller than it."""
    if total is None or len(rows) < 2:
        return rows
    rows = [r for r in rows if abs(r[1].value - total) > 0.005]
    missing = total - sum(r[1].value for r in rows)
    tolerance = 0.01 * max(len(rows), 1)
    if abs(missing) <= tolerance:
        return rows
    if missing > 0 and most and rows and missing < max(r[1].value for r in rows):
        return rows
    return []


def _rank(engine: Assistant, q: Question, body: str, doc_ids: list[str]) -> Figure:
    """The largest/smallest child of a coded row (or of a total column), over the full table."""
    m = _RANK.search(body)
    if unit_rank := _unit_rank(body):
        return _rank_units(engine, unit_rank, doc_ids, subordinate=bool(re.search(r"下属|所属", body)))
    if (code_rank := _code_level_rank(body)) and (m is None or "科目" in code_rank[0]):
        return _rank_codes(engine, code_rank, body, doc_ids, q.table_types)
    if m is None or _PROJECT_RANK.search(body):  # "项目支出里哪个项目最多": projects, not 科目 rows
        return _rank_projects(engine, body, doc_ids)
    parent_item, most = _clean(m.group(1)), m.group(2) in ("最多", "最高", "最大")
    parents = [c for c in engine.match(parent_item, doc_ids, q) if c.table_fact is not None]
    if not parents and "的" in parent_item:  # "基本支出的商品和服务支出中": the row, in the 基本支出 tables first
        where, parent_item = parent_item.rsplit("的", 1)
        parents = [c for c in engine.match(parent_item, doc_ids, q) if c.table_fact is not None]
        parents.sort(key=lambda c: where not in (c.table_fact.table_title if c.table_fact else ""))
    if len(doc_ids) != 1:
        raise LookupError(f"“{parent_item}”的明细")
    for found in parents:  # the first printing of the item that has printed children
        facts = engine.index.corpus.docs[found.doc_id].facts
        kids = _children(facts, found.table_fact)
        while len(kids) == 1 and (deeper := _children(facts, kids[0])):
            kids = deeper  # a single child ranks nothing: 221 > 22102 > its 项
        if kids:
            break
    else:
        raise LookupError(f"“{parent_item}”的明细")
    best = (max if most else min)(kids, key=lambda f: f.value)
    child = Candidate(found.doc_id, (best.row_name,), best.value, best.unit, table_fact=best)
    word = "最多" if most else "最少"
    return Figure(best.value, best.unit, f"{parent_item}中{word}的是{best.row_name}", None,
                  (child.source(), found.source()))  # fmt: skip


def _compare(engine: Assistant, q: Question, body: str, doc_ids: list[str]) -> Figure:
    """The same item in two organisations' disclosures, and the difference."""
    item = _clean(re.sub(r"^(?:和|与|跟|及)", "", _COMPARE.sub("", body)).strip("，,的"))
    by_org: dict[str, Candidate] = {}
    for doc_id in doc_ids:
        found = engine.match(item, [doc_id], q)
        org = engine.index.corpus.docs[doc_id].document.organisation
        if found and org not in by_org:
            by_org[org] = found[0]
    if len(by_org) != 2:
        raise LookupError(f"两个单位的“{item}”")
    (org_a, a), (org_b, b) = by_org.items()
    va, vb = _same_unit(a, b)
    if vb > va:  # the larger first
        (org_a, a, va), (org_b, b, vb) = (org_b, b, vb), (org_a, a, va)
    value = round(va - vb, 2)
    formula = f"{org_a} {format_value(va)} − {org_b} {format_value(vb)} = {format_value(value)}"
    return Figure(value, a.unit, f"{org_a}与{org_b}的{item}之差（{org_a}较多）", formula, (a.source(), b.source()))


def _lookup(engine: Assistant, item: str, doc_ids: list[str], q: Question, unit: str | None) -> Figure | list[Figure]:
    found = engine.match(item, doc_ids, q, unit)
    if not found:
        raise LookupError(f"“{item}”")
    per_doc: dict[tuple[str, int | None, str], Candidate] = {}  # one disclosure may span two files
    for c in found:
        d = engine.index.corpus.docs[c.doc_id].document
        per_doc.setdefault((d.organisation, d.year, d.kind), c)
    figures = [_figure_of(engine, c, item) for c in per_doc.values()]
    if len({(f.value, f.unit) for f in figures}) > 1 and len(doc_ids) > 1:
        return figures  # several documents, different figures: ask which
    return _figure_of(engine, found[0], item)


def _figure_of(engine: Assistant, best: Candidate, item: str) -> Figure:
    """A looked-up figure; when the table prints the item in several rows (split by a second
    classification, or by 机关 and 事业单位), their sum with its formula."""
    rows = _same_item_rows(engine, best)
    if not rows:
        return Figure(best.value, best.unit, best.label() or item, None, (best.source(),))
    values = [best.value] + [f.value for f in rows]
    total = round(sum(values), 6)
    cells = [Candidate(best.doc_id, best.labels, f.value, f.unit, table_fact=f) for f in rows]
    formula = " + ".join(format_value(v) for v in values) + f" = {format_value(total)}"
    label = f"{best.label() or item}（表中分 {len(values)} 行列示，合计）"
    return Figure(total, best.unit, label, formula, (best.source(), *(c.source() for c in cells)))


def _same_item_rows(engine: Assistant, best: Candidate) -> list[Fact]:
    """Other rows of the same table and column that print the same item (same code, name and path)."""
    f = best.table_fact
    if f is None or TOTAL_ROW.match(f.row_name):
        return []
    return [
        g for g in engine.index.corpus.docs[best.doc_id].facts
        if g.table_index == f.table_index and g.col_index == f.col_index and g.row_index != f.row_index
        and (g.row_code, g.row_name, g.row_path, g.side) == (f.row_code, f.row_name, f.row_path, f.side)
    ]  # fmt: skip


def _with_change(engine: Assistant, item: str, doc_ids: list[str], q: Question) -> Candidate:
    """The text figure that states the item's change from last year. When the item is best named
    by a table cell, the text sentence that restates that same amount with a change is the one
    (“三公”经费 19.86 in the table; "财政拨款安排“三公”经费19.86万元，比上年减少22.65万元")."""
    matched = engine.match(item, doc_ids, q)
    found = [c for c in matched if c.text_fact is not None and c.text_fact.change is not None]
    if found:
        return found[0]
    for c in matched[:3]:
        # the text rounds to two decimals what a table may print to six (1048475.725671 -> 1048475.73)
        same = [t for t in engine.stated_changes(c.doc_id) if _same_amount(t, c)]
        named = [t for t in same if t.text_fact and coverage(item, t.text_fact.subject) >= 0.5]
        if named:
            return named[0]
        # An amount no other figure is likely to share (not 0, 10, 50), stated with one change
        distinctive = c.value != round(c.value) or c.value >= 100
        if same and distinctive and len({t.text_fact.change for t in same if t.text_fact}) == 1:
            return same[0]
    best = [c for c in matched if c.table_fact is not None and _similar_as(c, matched[0], item)]
    for c in best:  # a table that prints last year beside this year (often not the first to print the item)
        if joined := engine.printed_change(c):
            return joined
    for c in matched[:8]:
        if c.table_fact is not None and (joined := engine.stated_change(c, item)):
            return joined
    raise LookupError(f"“{item}”与上年比较")


def _similar_as(c: Candidate, best: Candidate, item: str) -> bool:
    """The candidate names the item as well as the best one does."""
    return max(similarity(item, x) for x in c.labels) >= max(similarity(item, x) for x in best.labels) - 1e-9


def _same_amount(a: Candidate, b: Candidate) -> bool:
    """The same amount, in whatever money unit each prints it, to the text's two decimals."""
    if a.unit == b.unit:
        return abs(a.value - b.value) <= 0.005
    if a.unit in _MONEY and b.unit in _MONEY:
        return abs(a.value * _MONEY[a.unit] - b.value * _MONEY[b.unit]) <= 0.005 * max(_MONEY[a.unit], _MONEY[b.unit])
    return False


def _share(engine: Assistant, q: Question, a: str, b: str, doc_ids: list[str]) -> Figure:
    part = _one(engine, a, doc_ids, q)
    try:
        whole: Candidate | None = _one(engine, b, doc_ids, q)
    except LookupError:
        whole = None
    stated = [c for c in engine.match(a, doc_ids, q) if c.text_fact is not None and c.text_fact.share is not None]
    for c in stated:
        share = c.text_fact.share if c.text_fact else None
        assert share is not None
        if whole is None or (whole.value and abs(_ratio(c, whole) - share) < 0.06):
            return Figure(share, "%", f"{a}占{b}的比例", None, (c.source(),) + ((whole.source(),) if whole else ()))
    if whole is None:
        raise LookupError(f"“{b}”")
    vp, vw = _same_unit(part, whole)
    if vw == 0:
        raise LookupError(f"“{b}”（为零）")
    value = round(vp / vw * 100, 2)
    formula = f"{format_value(vp)} ÷ {format_value(vw)} × 100% = {format_value(value)}%"
    return Figure(value, "%", f"{a}占{b}的比例", formula, (part.source(), whole.source()))


_MONEY = {"元": 1.0, "万元": 1e4, "亿元": 1e8}


def _in_asked_unit(figure: Figure, question: str) -> Figure:
    """Amounts keep the disclosure's unit unless the question asks for another ("多少亿元")."""
    m = _ASKED_UNIT.search(question)
    asked = (m.group(1) or m.group(2)) if m else None
    if asked is None or figure.unit not in _MONEY or asked == figure.unit:
        return figure
    factor = _MONEY[figure.unit] / _MONEY[asked]
    value = round(figure.value * factor, 8)
    step = f"× {format_value(factor)}" if factor >= 1 else f"÷ {format_value(1 / factor)}"
    formula = f"{format_value(figure.value)} {figure.unit} {step} = {format_value(value)} {asked}"
    if figure.formula:
        formula = f"{figure.formula}；{formula}"
    return Figure(value, asked, figure.label, formula, figure.sources)


def _ratio(part: Candidate, whole: Candidate) -> float:
    vp, vw = _same_unit(part, whole)
    return vp / vw * 100


def _same_unit(*cs: Candidate) -> list[float]:
    """The candidates' values in the first one's unit (元 and 万元 convert; other units must agree)."""
    unit = cs[0].unit
    values = []
    for c in cs:
        if c.unit == unit:
            values.append(c.value)
        elif c.unit in _MONEY and unit in _MONEY:
            values.append(c.value * _MONEY[c.unit] / _MONEY[unit])
        else:
            raise LookupError("单位一致")
    return values


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _numbers_accounted(text: str, figure: Figure, year: int | None) -> bool:
    """Every number in the text is the figure, an operand in its formula, a page, a year or a code."""
    allowed = {format_value(figure.value), format_value(abs(figure.value))}
    allowed |= set(_NUMBER.findall(figure.formula or ""))
    allowed |= set(_NUMBER.findall(figure.label))
    for s in figure.sources:
        allowed |= {str(s.page)} | set(_NUMBER.findall(f"{s.table or ''} {s.row or ''} {s.column or ''}"))
    if year:
        allowed |= {str(year)}
    return all(n in allowed for n in _NUMBER.findall(text.replace(",", "")))
