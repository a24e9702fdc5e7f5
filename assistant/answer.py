"""The answer engine: question -> scope -> intent -> facts -> figure (looked up or computed) -> answer.

Every figure in an answer is a parsed fact or arithmetic over parsed facts, with its sources and
formula. `decide` is the one place that abstains: no document in scope, a year we do not have, or no
fact whose label matches the question well enough. A last check refuses an answer whose text holds a
number that is neither a figure used nor a page, year or code cited.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .audit import audit, error_facts, fact_id
from .candidates import (
    GRAND_COLUMN,
    TOTAL_ROW,
    Candidate,
    candidates,
    coverage,
    grand_column,
    period,
    period_key,
    plain_label,
    similarity,
)
from .class_rows import class_codes, rows_below
from .conditions import asked_condition
from .described import described, key_phrases, told_project, told_where
from .evidence import cited_fact
from .figures import format_value
from .fit import LESS_A_PART, asks_something_of_it, inside_an_item_name, misfit, names_an_item
from .lexicon import (
    bare_total,
    code_names,
    compound_items,
    measures,
    near_term,
    scope_qualifiers,
    synonyms,
    whole_items,
)
from .model import Answer, Fact, Figure, Passage, PassageRef, Source, TextFact
from .normalize import fold
from .performance import performance_projects
from .prose import prose_figure
from .question import (
    ASKED_UNIT,
    FILLER,
    Question,
    arabic_amounts,
    asks_budget,
    clean_item,
    follow_up,
    understand,
)
from .rankings import (
    asks_code_count,
    asks_key_projects,
    asks_listed_average,
    asks_listed_count,
    asks_project_list,
    asks_ranking,
    asks_unit_count,
    average_listed,
    count_codes,
    count_listed,
    count_performance,
    count_projects,
    count_units,
    key_projects,
    rank,
    ranked_name,
)
from .retrieval import Scope, SearchIndex
from .settings import Settings
from .standards import asked_per, rates
from .stated_rates import asks_rate_ranking, stated_rates
from .textfacts import NAMED_UNIT, unit_said
from .units import NamedUnit, own_level_unit, unit_figure, unit_share
from .where_printed import where_asked, where_printed, where_said

# -- what the question asks for (operations over the items it names) ---------------------------
_DEFINITION = re.compile(
    r"^(?:什么是|何为|何谓|什么叫|啥是|啥叫)(.{2,12}?)[？?]?$"
    r"|^(.{2,16}?)(?:是什么意思|是啥意思|什么意思|指的是什么|是指什么|是什么|指什么|是啥|的含义|的定义)[？?]?$"
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
    r"|(?:预算|收入|支出)(?=(?:比|较)(?:上年|去年|20\d{2}年)))[^。；]*?(?:增加|减少|增长|下降)[^。；]*[。；]?"
    r"(?:[^。；]*(?:原因|主要是|主要用于|由于)[^。；]*[。；]?)?"
)
_WHY = re.compile(r"为什么|为何|为啥|原因|怎么(?:会|回事)")
_CHANGE_SAID = re.compile(r"增加|减少|增长|下降|上升|降低|提高|持平|变化|大于|小于|高于|低于|超过|压减|节约")
# what a why-question says after its item ("…一般行政管理事务比上年增加", "…决算比年初预算多")
_SAID_AFTER_ITEM = re.compile(
    r"比|较|与上年|和上年|增加|减少|增长|下降|上升|多了|少了|(?<!一般公共)(?:年初)?预算|决算|的"
)
_FUND_ONLY = re.compile(r"(?:本部门|部门)?(?:一般公共预算|财政拨款|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:拨款)?")
_REASON = re.compile(r"原因|由于|因为|主要是|所致")
_USE = re.compile(r"用于|用来|用途|主要是|主要包括")  # what an item pays for
_NEXT_ITEM = re.compile(r"[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）、.．]")  # "（4）…", "二、…": the next item
_LISTED_ITEM = re.compile(
    r"[（(](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）]|(?<![\d.])[一二三四五六七八九十]{1,2}、"
)  # inside one
_PURPOSE = re.compile(r"用途|用来|用于|做什么|干什么|干啥")
_EXPLAIN = re.compile(
    r"(是什么|什么是|为什么|为啥|为何|原因|用途|用来|用于|做什么|干什么|依据|怎么|如何|哪些|哪里|哪儿|去哪|去了哪|是谁)"
)
_SHARE = re.compile(
    r"(.+?)占(?!比)(.*?)的?(?:比例|比重|百分比|占比|百分之几|百分之多少|多少|多大|几成)|(.+?)(?:的)?占比"
)
# "公路水路运输（21401）下面的一般行政管理事务": a row named within the 科目 whose code is said
_UNDER_A_CODE = re.compile(
    r"[^（()）]*?[（(]?(\d{3,5})[）)]?(?:类|款)?(?:下面|底下|下边|下|里面|里|中)的?([\u4e00-\u9fff（）()]{3,})"
)
# "三公经费中公务接待费占…": the whole before 中/里, the part after it.
_PART_OF = re.compile(
    r"^(.+?)(?:里面|之中|中的|当中|中(?![央心小医学等华国期职])|里|(?:下面|底下|下边)的)(.+)$"
)  # not 中央, 中心 …; "单位资金下面的其他收入": a heading, then what is printed under it
_WHOLE_WORD = re.compile(r"(?:了)?(?:总额|总数|总计|合计|全部|总体|整体|总量|总金额|总盘子)")
_ASKS_HOW_MUCH = re.compile(r"^(?:多大|多少|几|百分之几|多少比例|多大比例|多少比重)?$")
_DIFF = re.compile(r"(.+?)比(.+?)(多|少|高|低)(?:出|了|出了)?(?:多少|几)(?![十百千倍成])")
# what a unit's share is of: its department's whole budget ("部门预算总额", "全局预算", "总预算")
_WHOLE_OF_DEPARTMENT = re.compile(
    r"(?:本|全|整个)?(?:部门|单位|局|委|全局)?(?:的)?(?:总)?(?:预算|支出|收入)?(?:总额|总计|合计|总数)?"
)
# a change asked as a fall ("降了百分之几"): its size, unsigned
_FELL = re.compile(r"下降|减少|降幅|降低|降了|减了|少了|压减")
_EITHER_WAY = re.compile(r"变化|增减|变动|升降")  # "变了百分之几": the size of the rate, its direction said in words
# "基本支出和项目支出之比"; "基本支出是项目支出的几倍", "人员经费相当于公用经费的多少倍"
_RATIO_OF = re.compile(r"(.+?)(?:和|与|跟)(.+?)(?:之比|的比值)(?:是|为)?(?:多少)?$")
_RATIO = re.compile(r"(.+?)(?:是|为|相当于|约为|大约是)(.+?)的(?:多少|几|几点几)倍")
_APART = re.compile(r"(.+?)(?:和|与|跟)(.+?)(?:相差|差)了?(?:多少|几)")
# "电费和水费哪个多": the difference of the two, said with which is larger
_WHICH_MORE = re.compile(
    r"(.+?)(?:和|与|跟|还是)(.+?)(?:相?比较?(?:起来)?)?(?:，|,)?(?:哪个|哪一个|哪一项|哪项|谁)"
    r"(?:的?(?:预算|金额|数额))?更?(多|少|高|低|大|小)"
)
# "三公经费预算数和决算数": the second operand is the same item's other figure
_ASKS_PLANNED = re.compile(r"年初预算|预算数|(?:全年|调整)预算|(?<![共金营部门位])预算(?=$|是|为|安排|有|多少|金额)")
_FIGURE_KIND = re.compile(r"(?:的)?(年初预算数?|预算数?|决算数?|(?:预算)?执行数)$")
_MONEY_NAMED = r"(?:费|支出|经费|资金|收入|拨款|补助|补贴|工资|奖金|保险|公积金)"  # an item named as money
# what it costs, asked with no unit ("预算是多少", "花了多少钱"): an amount, never a count of something
_COST_ASKED = re.compile(r"预算(?:数|额)?(?:是|有|为)?多少|多少钱|花了?多少|经费(?:是|有|为)?多少")
_SUM = re.compile(
    r"(.+?)(?:和|与|及|加上|加)(.+?)(?:合计|之和|一共|加起来|加在一起|合起来|总共|共计|的和)"
    r"|^(.+、.+)、(.+?)(?:合计|之和|一共|加起来|加在一起|合起来|总共|共计)"
    # "差旅费加会议费", "差旅费加上会议费是多少": two items and nothing else asked
    # (each named as money: not "档案数字化加工安排了多少")
    rf"|^([^加]{{2,}}?{_MONEY_NAMED})(?:加上|加)([^加]{{2,}}?{_MONEY_NAMED})"
    r"(?:是|等于|有|为)?(?:多少)?(?:钱|万元|元)?[?？]?$"
)
# One person's pay ("局长工资", "人均工资"): no disclosure prints it; the department's 工资福利支出 is no answer
_ONE_PERSONS_PAY = re.compile(
    r"(?:局长|厅长|处长|科长|所长|站长|院长|部长|主任|书记|领导|个人|每个人|每人|人均|一个人)"
    r"(?:的|一年|每月|一个月|每年)?(?:平均)?(?:工资(?!福利)|收入|奖金|薪水|薪酬|年薪|月薪|待遇|补贴)"
)  # not "人均工资福利支出": the 类 of spending over the staff, a division of two printed figures
# Who won a contract or supplies it: a name no budget disclosure prints, never an amount
_WHO_WON = re.compile(
    r"(?:哪家|哪个|什么)(?:公司|企业|单位|供应商|厂家|厂商)?(?:中标|中的标|承建|承接|承包|供货|提供)|中标(?:单位|公司|方|人|商)|供应商是"
)
# Rankings the engine does not know (see `rankings`), and counts of projects, are not answered yet:
# saying so beats a wrong figure.
_UNSUPPORTED = re.compile(
    r"最多|最高|最大|最少|最低|排名|排第|前三|前五|前十|哪项|哪个|哪些|哪一|几个项目|多少个项目|多少项"
)
# "多少个项目编报了绩效目标", "一级项目有几个": counts the text states (项目 alone is ambiguous: 一级, 二级,
# or the rows of the project table — those are not counted yet)
_STATED_PROJECT_COUNT = re.compile(r"(?:几个|多少个)(?:一级|二级)?项目|(?:一级|二级)项目(?:有|共)?(?:几个|多少个)")
_COUNTS_HELD = ("辆", "台", "套")
_ACQUIRED = re.compile(r"购置|新购|更新|新增|购买")
_CODE = re.compile(r"(?<!\d)(2\d{6}|[23]\d{4}|[23]\d{2})(?![\d.年%])")  # 科目编码: 功能 2xx, 经济 3xx
_COMPARE = re.compile(
    r"相差|差多少|差距|多多少|少多少|比较"
    # "谁的三公经费多", "三公经费哪家更高", "谁的多": which of the two
    r"|(?:谁|哪个|哪家|哪一个|哪一家)(?:单位)?的?(?P<what>[^，,。？?谁哪]{0,12}?)(?:更|比较)?(?:多|少|高|低|大|小)(?:一些|一点)?"
)
# 上年结转 is this year's income; "上年实户资金余额" / "上年结余" are rows of this year's table
_LAST_YEAR = re.compile(r"(?:上年|上一年|去年)(?!度?结转|度?结余|实户|度?资金余额|末)")
_CHANGE = re.compile(
    r"比上年(?:预算|执行数|年初预算|(?:当年)?预算执行数)?(?:数)?(增加|减少|增长|下降|降低|提高|上升|增减|变化|多花|少花|上涨|涨|降|多|少)(?:了)?"
    r"(?:的)?(?:金额|数额|额)?(?:是|为)?(?:多少|几)(?:万元|元|块钱|钱)?"
)
_RATE = re.compile(
    r"((?:增长率|增幅|下降率|降幅|增长百分比|变化率)(?:是|为)?(?:百分之(?:几|多少)|多少)?"
    r"|(?:增长|下降|减少|增加|降低|提高|上升|上涨|涨|降|变化|增减)(?:了)?(?:百分之(?:几|多少)|多少(?:个)?百分比|多少\s*[%％])"
    r"|(?:增长|下降|上升|降低|增加|减少)了?(?:多少|几)个?百分点|(?:增长|下降|上升|降低)了?(?:多少|几)(?!万|元|钱|金额))"
)  # the last: budgets state 增长/下降 in per cent ("增长3.08%") and 增加/减少 in money
# A count asks for its measure word: "几辆公车" wants a figure in 辆, never an amount.
_MEASURE = re.compile(
    r"(?:多少|几)(个人|万人次|万人|人次|人|名|辆|台|个|项|次|家|套|批次|批|平方米|平方公里|公里|分|座|件|户|场|万吨|吨|处(?!室))|(人)数"
)


# -- the engine ----------------------------------------------------------------------------------
MIN_SIMILARITY = 0.6
MIN_COVERAGE = 0.7  # of the question's item by the label: "气象服务…拨款" is not "…拨款收入"


class Assistant:
    """Loaded once (index, corpus, model) and reused for every question."""

    def __init__(self, settings: Settings | None = None, index: SearchIndex | None = None) -> None:
        self.index = index or SearchIndex(settings or Settings.from_env())
        self._candidates = {doc_id: candidates(d) for doc_id, d in self.index.corpus.docs.items()}
        self._class_codes: dict[str, str] | None = None
        self._names_printed: dict[str, frozenset[str]] = {}
        self._planned = {
            doc_id: candidates(d, planned=True)
            for doc_id, d in self.index.corpus.docs.items()
            if d.document.kind == "决算"
        }  # fmt: skip
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
            q = follow_up(q, understand(context, self.index))
        doc_ids = list(q.resolved.doc_ids)
        if doc and not (q.resolved.named and q.resolved.doc_ids):
            doc_ids = [d for d in self.index.corpus.docs if d == doc or d.startswith(doc)]
        elif doc and not any(d == doc or d.startswith(doc) for d in doc_ids):
            q.readings.append("问题中指明的单位，而非所选的查询范围")
        passages = self._passages(q.text, doc_ids)
        if q.resolved.problem and not doc:
            return Answer(question, "not_found", f"没有找到：{q.resolved.problem}。", passages=passages)
        if _ONE_PERSONS_PAY.search(q.body):
            return Answer(question, "not_found", "没有找到：公开文件不公布个人的工资收入。", passages=passages)
        if _WHO_WON.search(q.body):
            return Answer(question, "not_found", "没有找到：预算公开文件不公布中标单位或供应商。", passages=passages)
        if _SUBORDINATES_ASKED.search(q.text) and (none := self._no_subordinates(doc_ids)):
            return Answer(question, "not_found", none, passages=passages)
        if q.resolved.year is None and q.resolved.as_of and q.resolved.named:
            # a stock "截至2024年底": stated by that year's 决算 or the next year's budget, no other
            doc_ids, as_of_problem = self._as_of(doc_ids, q.resolved.as_of)
            if as_of_problem:
                return Answer(question, "not_found", as_of_problem, passages=passages)
        if q.resolved.year is None:
            doc_ids = self._newest(doc_ids)
        in_scope = doc_ids
        doc_ids, year_problem = self._by_year(doc_ids, q.resolved.year)
        if (
            q.resolved.named and q.resolved.year and asks_budget(q.text) and self._kinds(doc_ids) == {"决算"}
            and not re.search(r"年初预算|决算", q.text)  # a 决算 states its own 年初预算 beside the outturn
        ):  # fmt: skip
            # "2024年的…预算" where 2024 has only a 决算: the 2025 budget states last year's budget
            following = [d for d in in_scope if self.index.corpus.docs[d].document.year == q.resolved.year + 1]
            if self._kinds(following) == {"预算"}:
                doc_ids = following
        if year_problem:
            return Answer(question, "not_found", year_problem, passages=passages)
        docs = [self.index.corpus.docs[d].document for d in doc_ids]
        if earlier := self._compared_documents(q, doc_ids):
            q.other_year = tuple(earlier)  # the year compared with is a document of its own
            orgs = {self.index.corpus.docs[d].document.organisation for d in earlier}
            doc_ids = [d for d in doc_ids if self.index.corpus.docs[d].document.organisation in orgs]
            return decide(self, q, doc_ids, passages)
        # "决算", or "实际支出了多少" of the budget's own year: what a 决算 prints (not "预决算管理")
        outturn = re.search(r"(?<!预)决算", q.text) or (
            re.search(r"实际(?:上)?(?:支出|花|用|开支|发生)", q.text)
            and all(d.year == (q.resolved.year or d.year) for d in docs)
            and not re.search(r"上年|去年|执行", q.text)
        )
        if outturn and docs and all(d.kind != "决算" for d in docs):
            return Answer(
                question, "not_found", "没有找到该单位该年度的决算公开文件（已收录的是预算）。", passages=passages
            )
        base = q.resolved.base_year
        if base and docs and all(d.year and base < d.year - 1 for d in docs):
            # "比2023年增加多少" in a 2025 budget: it compares only with the year before
            problem = f"没有找到：公开文件只与上一年度比较，没有与 {base} 年的比较。"
            return Answer(question, "not_found", problem, passages=passages)
        if q.resolved.year is not None and docs and all(d.year == q.resolved.year + 1 for d in docs):
            q.last_year = True  # "2025年…" asked of a 2026 budget: only a stated change can give it
        if editions := self._editions(doc_ids):
            said = [e for e in ("单位预算", "部门预算") if e in q.body]
            if all(e in q.text for e in ("单位预算", "部门预算")) and _EDITIONS_COMPARED.search(q.text):
                return self._editions_compared(q, editions, passages)
            if len(said) == 1:  # "单位预算里的…": that edition of the organisation's budget
                doc_ids = [d for d in doc_ids if editions[d] == said[0]]
                q.body = re.sub(rf"(?:的)?{said[0]}(?:里|中|里面)?的?", "", q.body, count=1)
        if (item := where_asked(q.text, q.resolved.mention)) and doc_ids:
            return self._where_printed(q, item, doc_ids, passages)
        if compound := self._compound_said(q, doc_ids):
            return replace(self.ask(compound, doc, context), question=question)
        if m := _DEFINITION.match(q.body):
            term = (m.group(1) or m.group(2)).split("的")[-1]
            answer = self._define(question, term, doc_ids, passages)
            if answer is not None:
                return answer
        if (two := _RANKED_THEN.match(q.body)) and asks_ranking(f"{two['rank']}{two['what']}是哪个"):
            return self._ranked_then(q, two, doc_ids, passages)
        ranking = asks_ranking(q.body) and not _WHICH_MORE.search(q.body) and not q.units
        listing = (  # "有哪些项目", "会议费明细里安排了哪些会议": named from the table
            asks_project_list(q.body)
            or asks_code_count(q.body)
            or asks_key_projects(q.body)
            or asks_listed_count(q.body)
            or bool(_UNCHANGED_ASKED.search(q.body))
        )
        if _EXPLAIN.search(q.body) and not re.search(r"多少|几", q.body) and not ranking and not listing:
            return self._explain(q, doc_ids, passages)
        orgs = {self.index.corpus.docs[d].document.organisation for d in doc_ids}
        if q.resolved.named and len(orgs) == 2 and _COMPARE.search(q.body):
            return decide(self, q, doc_ids, passages, compare=True)
        if q.resolved.named and 3 <= len(orgs) <= 6 and _WHO_MOST.search(q.body):  # "这三个审计局…谁最多"
            return decide(self, q, doc_ids, passages, compare=True)
        if (highest := asks_rate_ranking(q.body)) is not None and (ranked := self._rate_ranked(q, highest, doc_ids)):
            return ranked
        if ranking:
            return decide(self, q, doc_ids, passages, ranking=True)
        stated_count = _STATED_PROJECT_COUNT.search(q.body) and re.search(r"一级|二级|绩效", q.body)
        if (
            _UNSUPPORTED.search(q.body)
            and not _WHICH_MORE.search(q.body)
            and not q.units
            and not stated_count
            and not _asks_project_count(q.body)
            and not asks_listed_count(q.body)
            and not listing
        ):
            return Answer(
                question, "not_found", "暂不支持排名、比较多个项目或计数类问题，请换一种问法。", passages=passages
            )
        return decide(self, q, doc_ids, passages)

    def _rate_ranked(self, q: Question, highest: bool, doc_ids: list[str]) -> Answer | None:
        """ "完成年初预算比例最低的是哪一项": the 项 whose stated completion rate is the highest or lowest, of
        one document that states it for two or more."""
        rates = stated_rates([self.index.corpus.docs[d] for d in doc_ids])
        if len(rates) < 2 or len({r.doc for r in rates}) != 1:
            return None
        top = (max if highest else min)(rates, key=lambda r: r.rate)
        word = "最高" if highest else "最低"
        label = f"完成年初预算比例{word}的是{top.item}"
        source = Source(top.doc, top.page, None, f"{top.item}（项）完成年初预算的比例", None)
        figure = Figure(top.rate, "%", label, None, (source,))
        document = self.index.corpus.docs[top.doc].document
        whose = f"{document.organisation}{document.year or ''}{'年' if document.year else ''}{document.kind}："
        said = (
            f"{whose}说明文字列出 {len(rates)} 个项级科目的完成年初预算比例，{label}，为 {top.rate:g}%"
            f"（第 {top.page} 页）。"
        )
        return Answer(q.asked, "answered", said, figures=[figure])

    def _where_printed(self, q: Question, item: str, doc_ids: list[str], passages: list[PassageRef]) -> Answer:
        """ "基本支出的明细在哪张表": the tables that print the item, by printed title and page."""
        parsed = [self.index.corpus.docs[d] for d in doc_ids]
        tables = where_printed([f for p in parsed for f in p.facts], item)
        document = parsed[0].document
        whose = f"{document.organisation}{document.year or ''}{'年' if document.year else ''}{document.kind}："
        if tables:
            return Answer(q.asked, "answered", whose + where_said(item, tables), passages=passages)
        # no table prints it: the 说明 pages that state it
        pages = sorted({p.page for d in parsed for p in d.passages if item in p.text and p.page})[:3]
        if not pages:
            return Answer(q.asked, "not_found", f"没有找到印有“{item}”的表格，以下是最接近的段落。", passages=passages)
        shown = "、".join(str(n) for n in pages)
        return Answer(
            q.asked, "answered", f"{whose}表格中没有{item}，说明文字第 {shown} 页写了{item}。", passages=passages
        )

    def _ranked_then(self, q: Question, two: re.Match[str], doc_ids: list[str], passages: list[PassageRef]) -> Answer:
        """ "金额最大的那个项级科目，比上年执行数增加了多少": the ranking first, then the figure asked of
        the row it names, with both steps' sources."""
        first = decide(self, replace(q, body=f"{two['rank']}{two['what']}是哪个"), doc_ids, passages, ranking=True)
        if first.status != "answered" or len(first.figures) != 1:
            return first
        name = ranked_name(first.figures[0])
        of = re.match(r"^占(.+?)的?(?:比例|比重|百分比|百分之几|百分之多少|多少|几成)", two["then"])
        # "最大的那个项目，占专项业务经费合计的百分之几": of the ranked table's own total
        if of and (shared := self._ranked_tables_share(q, first.figures[0], of.group(1), doc_ids, passages)):
            return shared
        then = decide(self, replace(q, body=f"{name}{two['then']}"), doc_ids, passages)
        if then.status != "answered" or len(then.figures) != 1:
            return replace(then, answer=f"{first.answer}{then.answer}")
        figure = then.figures[0]
        label = f"{figure.label}（{name}是{first.figures[0].label.rsplit('是', 1)[0]}）"
        both = replace(figure, label=label, sources=(*figure.sources, *first.figures[0].sources))
        return _present(self, replace(q, body=f"{name}{two['then']}"), f"{name}{two['then']}", both, passages)

    def _ranked_tables_share(
        self, q: Question, ranked: Figure, whole: str, doc_ids: list[str], passages: list[PassageRef]
    ) -> Answer | None:
        """The ranked row over the total of its own table, when the whole is named as that table."""
        if not _ranked_tables_total(self, ranked, whole):
            return None
        figure = _share_of_ranked(self, q, ranked, whole, doc_ids)
        return _present(self, q, q.body, figure, passages, ranking=True)

    def _compound_said(self, q: Question, doc_ids: list[str]) -> str | None:
        """The question asked of each printed item an everyday word names together ("水电费" is 水费 and
        电费), as their sum, where the documents print no row or sentence of the word itself."""
        for word, parts in compound_items().items():
            if word not in q.body:
                continue
            docs = [self.index.corpus.docs[d] for d in doc_ids]
            if any(word in f.row_name for d in docs for f in d.facts) or any(
                word in t.subject for d in docs for t in d.text_facts
            ):
                return None
            said = q.text.replace(word, "和".join(parts), 1)
            if not re.search(r"一共|总共|合计|加起来|共计", said):
                said = re.sub(r"((?:是|有|预算了?|安排了?|花了?|要花|需要)?多少)", r"一共\1", said, count=1)
            return said
        return None

    def _compared_documents(self, q: Question, doc_ids: list[str]) -> list[str]:
        """The library's documents of the year a question compares with ("比2024年决算多多少"), when
        that year is not the one the asked document states as its 上年, or is another kind (决算
        against 预算); else none, and the asked document's own 上年 answers."""
        base = q.resolved.base_year
        if not base or not doc_ids or base == q.resolved.year:
            return []
        orgs = {self.index.corpus.docs[d].document.organisation for d in doc_ids}
        earlier = [
            d for d, parsed in self.index.corpus.docs.items()
            if parsed.document.year == base and parsed.document.organisation in orgs
        ]  # fmt: skip
        said = re.search(rf"{base}\s*年度?(?:的)?(预算|决算)", q.text)
        if said:
            earlier = [d for d in earlier if self.index.corpus.docs[d].document.kind == said.group(1)]
        years = {self.index.corpus.docs[d].document.year or 0 for d in doc_ids}
        if not earlier or (years == {base + 1} and self._kinds(earlier) == self._kinds(doc_ids)):
            return []
        return earlier

    def _editions(self, doc_ids: list[str]) -> dict[str, str]:
        """An organisation's 部门预算 and 单位预算 of one year, both in scope: each document's edition by its
        title ("上海市普陀区2025年区级单位预算"); empty otherwise."""
        docs = [self.index.corpus.docs[d].document for d in doc_ids]
        if len(docs) != 2 or len({(d.organisation, d.year, d.kind) for d in docs}) != 1:
            return {}
        found = {d.id: m.group(0) for d in docs if (m := re.search(r"(?:单位|部门)预算", d.title))}
        return found if len(set(found.values())) == 2 else {}

    def _editions_compared(self, q: Question, editions: dict[str, str], passages: list[PassageRef]) -> Answer:
        """ "单位预算和部门预算，支出总额相差多少": the item in each edition, and the difference."""
        same_asked = bool(_SAME_ASKED.search(q.body))  # "…跟部门预算里的是同一个数吗？是多少？"
        body = _EDITIONS_SAID.sub("", _SAME_ASKED.sub("多少", q.body))
        body = _EDITIONS_COMPARED.sub("多少", body)
        body = re.sub(r"(?:跟|和|与|同)?(?:的)?(?:单位预算|部门预算)(?:里面|里|中)?(?:的)?", "", body)
        by = {e: d for d, e in editions.items()}
        try:
            unit_figure_, department = (_compute(self, q, body, [by[e]]) for e in ("单位预算", "部门预算"))
            if isinstance(unit_figure_, list) or isinstance(department, list):
                raise LookupError("两份文件中同一项")
            if unit_figure_.unit != department.unit:
                department = _in_asked_unit(department, f"多少{unit_figure_.unit}")
            if unit_figure_.unit != department.unit:
                raise LookupError("两份文件中同一单位的数")
        except LookupError as missing:
            return Answer(q.asked, "not_found", f"没有找到{missing.args[0]}的数据。", passages=passages)
        if same_asked and unit_figure_.value == department.value:
            label = f"{unit_figure_.label}（单位预算与部门预算相同）"
            both = replace(unit_figure_, label=label, sources=(*unit_figure_.sources, *department.sources))
            return _present(self, q, body, both, passages)
        change = round(unit_figure_.value - department.value, 6)
        formula = f"{format_value(unit_figure_.value)} − {format_value(department.value)} = {format_value(change)}"
        label = f"单位预算与部门预算的{unit_figure_.label}之差"
        figure = Figure(change, unit_figure_.unit, label, formula, (*unit_figure_.sources, *department.sources))
        return _present(self, q, body, figure, passages)

    def _kinds(self, doc_ids: list[str]) -> set[str]:
        return {self.index.corpus.docs[d].document.kind for d in doc_ids}

    def _newest(self, doc_ids: list[str]) -> list[str]:
        """Without a year in the question, an organisation's newest disclosure answers."""
        docs = [self.index.corpus.docs[d].document for d in doc_ids]
        newest: dict[str, int] = {}
        for d in docs:
            newest[d.organisation] = max(newest.get(d.organisation, 0), d.year or 0)
        return [d.id for d in docs if (d.year or 0) == newest[d.organisation]]

    def _no_subordinates(self, doc_ids: list[str]) -> str | None:
        """What a question about the units below answers when the disclosure says there are none ("本单位无
        下属单位，部门预算为本级预算"): that, with its page; else None."""
        for d in doc_ids:
            for p in self.index.corpus.docs[d].passages:
                if _NO_SUBORDINATES.search(fold(p.text)):
                    return f"没有找到：公开文件说明本部门没有下属单位（第 {p.page} 页），预算即本级预算。"
        return None

    def _as_of(self, doc_ids: list[str], year: int) -> tuple[list[str], str | None]:
        for wanted in (year, year + 1):
            found = [d for d in doc_ids if self.index.corpus.docs[d].document.year == wanted]
            if found:
                return found, None
        return [], f"没有找到截至 {year} 年的数据（已收录的公开文件年度不同）。"

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

    def _figure_named(self, q: Question, quoted: re.Match[str], doc_ids: list[str]) -> Answer | None:
        """ "表里那个44.79万元是什么钱": the row (or text item) that prints the amount quoted, when one name does;
        None when the amount is printed under several names or not at all."""
        value = float(quoted.group(1).replace(",", ""))
        said = {"万": "万元", "亿": "亿元"}.get(quoted.group(2) or "", quoted.group(2) or "")
        rows: dict[str, Candidate] = {}
        for d in doc_ids:
            for f in self.index.corpus.docs[d].facts:
                if f.unit and (not said or f.unit == said or {f.unit, said} <= set(_MONEY)):
                    amount = f.value * _MONEY.get(f.unit, 1) / _MONEY.get(said or f.unit, 1)
                    if abs(amount - value) < 0.005 and f.row_name and not TOTAL_ROW.match(f.row_name):
                        name = " ".join(x for x in (f.row_code, plain_label(f.row_name)) if x)
                        rows.setdefault(plain_label(f.row_name), Candidate(d, (name,), f.value, f.unit, table_fact=f))
        if len(rows) != 1:
            return None
        ((name, c),) = rows.items()
        cell = c.table_fact
        assert cell is not None
        what = f"{cell.row_code} {name}" if cell.row_code else name
        column = f"，{cell.column}列" if cell.column else ""
        doc = self.index.corpus.docs[c.doc_id].document
        whose = f"{doc.organisation}{doc.year or ''}年{doc.kind}"
        text = f"{whose}：{format_value(value)} {said or c.unit}是“{what}”（{_cite(c.source())}{column}）。"
        figure = Figure(c.value, c.unit, what, None, (c.source(),))
        return Answer(q.asked, "answered", text, [figure])

    def _explain(self, q: Question, doc_ids: list[str], passages: list[PassageRef]) -> Answer:
        """Why / what for: the passage that names what the question is about. When none names it
        well enough, say so and show the closest passages rather than guess."""
        question, body = q.asked, q.body
        if (quoted := _QUOTED_FIGURE.search(body)) and (named := self._figure_named(q, quoted, doc_ids)):
            return named
        absent = _ABSENT.search(body)
        subject = FILLER.sub("", _EXPLAIN.sub("", body)).strip("的是")  # 为什么 before the filler 为
        subject = re.sub(r"^(?:没有|没|无|不安排|不)", "", subject)
        pool = self._passages(q.text, doc_ids, k=12)
        if not _GENERIC_SUBJECT.sub("", subject):
            # "预算为什么比上年增加": the whole budget's change, which a passage on one item is not
            said = next(((p, text) for p in pool if (text := self._whole_budget_reason(p))), None)
            if said is None:
                return Answer(question, "not_found", "没有找到明确的原因说明，以下是最接近的段落。", passages=passages)
            found, text = said
            return Answer(question, "answered", f"{text}（第 {found.page} 页）", passages=[found, *passages][:3])
        if absent:  # "为什么没有机关运行经费": a passage that says it has none, not one that defines it
            core = re.escape(subject[-4:])
            none = _NONE_STATED.pattern
            pool = [p for p in pool if re.search(rf"(?:{none}).{{0,12}}{core}|{core}.{{0,12}}(?:{none})", p.text)]
        item = re.sub(r"^(?:今年|本年|去年|20\d{2}年度?)+", "", _SAID_AFTER_ITEM.split(subject)[0])
        # "委托业务费3.83万元主要", "这笔钱": the amount the asker saw and the words around the item
        item = re.sub(r"[那这]?\d[\d,.]*(?:亿元|万元|元|万|亿)?|(?:主要|都|是|那|这笔钱|这笔|的钱)+$", "", item)
        bare = re.sub(r"^(?:一般公共预算|财政拨款|政府性基金预算?)(?:安排的?)?(?=..)", "", item)
        if len(bare) >= 2 and _GENERIC_SUBJECT.sub("", bare):
            item = bare  # "一般公共预算“执法办案”": the item, printed as 执法办案（项）; not "支出" of 一般公共预算支出
        if _WHY.search(body) and not absent and len(item) >= 2:
            # "X为什么比上年少了那么多": the sentence that names X and the reason after it, in the passages
            # that say most of X; none: say so and show them (a passage on another item is no reason)
            by_item = sorted(pool, key=lambda p: -coverage(item, p.text))
            for p in by_item[:6]:
                if reason := self._reason(p, item):
                    at = f"（第 {p.page} 页）" if p.page else ""
                    shown = [p, *(x for x in by_item if x != p)][:3]
                    return Answer(question, "answered", f"{reason}{at}", passages=shown)
            return Answer(question, "not_found", "没有找到明确的原因说明，以下是最接近的段落。", passages=by_item[:3])
        best = max(pool, key=lambda p: coverage(subject, p.text), default=None)
        if best is None or not subject or coverage(subject, best.text) < 0.6:
            return Answer(question, "not_found", "没有找到明确的说明，以下是最接近的段落。", passages=passages)
        ranked = [best] + [p for p in pool if p is not best][:2]
        if _PURPOSE.search(body) and len(item) >= 2:  # "X是干什么用的": X's sentence and what it pays for
            for p in sorted(pool, key=lambda p: -coverage(item, p.text))[:6]:
                if use := self._reason(p, item, _USE):
                    at = f"（第 {p.page} 页）" if p.page else ""
                    return Answer(question, "answered", f"{use}{at}", passages=[p, *(x for x in ranked if x != p)][:3])
        if _PURPOSE.search(body) and not re.search(r"用于|用途|用来|主要是|保障|开展", best.text):
            # a passage that names the project but not what it pays for is no answer to "what for"
            return Answer(question, "not_found", "没有找到该项用途的说明，以下是最接近的段落。", passages=ranked)
        where = f"（第 {best.page} 页）" if best.page else ""
        return Answer(question, "answered", f"{best.text.split(chr(10))[-1]}{where}", passages=ranked)

    def _whole_budget_reason(self, best: PassageRef) -> str | None:
        """The sentence on the whole budget's change and the reason stated with it or within the three
        sentences after it ("…增长50.8%。…支出…增长50.8%。预算收支增加主要原因说明：一是…"), read on into
        the next passage; None when no reason is stated there (the change alone answers no "why")."""
        passages = self.index.corpus.docs[best.doc].passages
        at = next((i for i, p in enumerate(passages) if p.with_context() == best.text), None)
        following = passages[at + 1].text if at is not None and at + 1 < len(passages) else ""
        for m in _WHOLE_BUDGET_CHANGE.finditer(best.text):
            said = re.sub(r"\s+", "", m.group(0))
            if _REASON.search(said):
                return said
            rest = re.sub(r"\s+", "", best.text[m.end() :] + following)
            after = [x for x in re.split(r"(?<=[。；])", rest) if x][:3]
            reason = next((i for i, x in enumerate(after) if _REASON.search(x)), None)
            if reason is not None and len(told := said + "".join(after[: reason + 1])) <= 500:
                return told
        return None

    def _reason(self, best: PassageRef, subject: str, said_as: re.Pattern[str] | None = None) -> str | None:
        """ "X为什么比上年增加": the sentence naming X and the reason stated after it, read on into the
        next passage when the reason is printed there (a long 说明 list is cut into passages)."""
        passages = self.index.corpus.docs[best.doc].passages
        at = next((i for i, p in enumerate(passages) if p.with_context() == best.text), None)
        if at is None:
            return None
        texts = []  # an item's sentences may begin in the passage before and go on in the next
        for i in range(max(0, at - 1), min(len(passages), at + 2)):
            # a heading read off a paragraph's first line ("（六）委托业务费情况：…预算总" | "额 6.98 万元…")
            # begins the text of the first passage under it
            head = passages[i].heading_path[-1] if passages[i].heading_path else ""
            first_under = i == 0 or not passages[i - 1].heading_path or passages[i - 1].heading_path[-1] != head
            first_under = first_under and bool(re.search(r"[：:]", head))  # a first line, not a section's title
            texts.append((head if first_under else "") + passages[i].text)
        sentences = [s for t in texts for s in re.split(r"(?<=[。；])", re.sub(r"\s+", "", t)) if s]
        if not sentences:
            return None
        named = plain_label(_SAID_AFTER_ITEM.split(subject)[0])
        bare = named
        naming = [i for i, s in enumerate(sentences) if named and bare in _plain_path(s) and len(s) <= 200]
        if not naming and len(named) >= 6:
            # "一般公共预算支出" printed "一般公共预算财政拨款支出": the item with a few words put in, once
            spread = re.compile(
                "|".join(f"{re.escape(named[:k])}.{{1,6}}?{re.escape(named[k:])}" for k in range(2, len(named) - 1))
            )
            naming = [i for i, s in enumerate(sentences) if spread.search(_plain_path(s)) and len(s) <= 200]
            bare = next((m.group(0) for i in naming if (m := spread.search(_plain_path(sentences[i])))), bare)
        if (
            not naming
            and len(bare := re.sub(r"(?:经费|支出|资金|费用)$", "", named)) >= 4
            and not _FUND_ONLY.fullmatch(bare)  # "一般公共预算" of 一般公共预算支出 names every fund's item
        ):
            # "行政运行经费" of 行政运行（01项） (never "基本" of 基本支出: 基本持平 is no item)
            naming = [i for i, s in enumerate(sentences) if bare in _plain_path(s) and len(s) <= 200]
        # a sentence that states the item's change first ("机关运行经费安排839.21万元，比上年增加…"), then
        # one that only names it (its heading, or a definition the reason follows)
        for first in sorted(naming, key=lambda i: not _CHANGE_SAID.search(sentences[i])):
            said = sentences[first]
            if (at_item := said.find(bare)) > 0:  # "…的主要原因是工作量增加。1、…行政运行（01项）": from the item on
                said = said[_last_clause_start(said, at_item) :]
            wanted = said_as or _REASON
            for sentence in sentences[first + 1 : first + 5]:
                if wanted.search(said) or _NEXT_ITEM.match(sentence):
                    break
                said += sentence
            # the reason of a change the sentence states (or what the item pays for), not the words of a
            # definition or a table's title
            plain = _plain_path(said)
            after = plain[plain.find(bare) + len(bare) :]  # said of the item, after it
            why = wanted.search(after)
            if why and _LISTED_ITEM.search(after[: why.start()]):
                continue  # "…机关运行经费预算表…其中：（一）因公出国…（二）…主要原因是…": another item's reason
            if why and (said_as or _CHANGE_SAID.search(after)) and len(said) <= 400:
                return said
        return None

    def _define(self, question: str, term: str, doc_ids: list[str], passages: list[PassageRef]) -> Answer | None:
        """名词解释: the definitions the documents in scope print for a term, each with its source."""
        term = _QUOTES.sub("", term)
        pattern = re.compile(
            rf"(?:^|[、）.．。\s]){re.escape(term)}[：:]\s*(.+?)"
            r"(?=[一二三四五六七八九十]+、|\d+[.．、]|(?<=。)[^。：:]{2,20}[：:]|$)",
            re.S,
        )  # a definition may run over a line break of the PDF; the next term's "…：" ends it
        found: dict[str, str] = {}
        for doc_id in doc_ids:
            doc = self.index.corpus.docs[doc_id]
            for p in doc.passages:
                for m in pattern.finditer(_QUOTES.sub("", p.with_context())):  # a heading may hold the term
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
        if f is None or not f.column_path:
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
            # the sentence's section may say the fund ("一般公共预算财政拨款支出决算情况说明 … 财政拨款支出减少")
            and min(coverage(item, t.subject + t.section), coverage(_compared_with(t.subject), item)) >= 0.75
        ]  # fmt: skip
        if len({t.change for t in named}) != 1:
            return None
        t = named[0]
        unit = t.change_unit or t.unit
        value = round(current.value * _MONEY[current.unit] / _MONEY[unit], 6)
        also = (Source(current.doc_id, t.page, None, t.subject, None),)
        return replace(current, value=value, unit=unit, text_fact=replace(t, value=value, unit=unit), also=also)

    def match(self, item: str, doc_ids: list[str], q: Question, unit_hint: str | None = None) -> list[Candidate]:
        """Candidates naming `item` best, best first; empty when none is close enough. A figure asked
        less one of its parts ("扣除中央基建投资后") is only a figure printed so."""
        found = self._named(item, doc_ids, q, unit_hint)
        if q.tabled:
            found = [c for c in found if c.table_fact is not None]
        if LESS_A_PART.search(item):
            found = [c for c in found if any(LESS_A_PART.search(x) for x in c.labels)]
        return found

    def _named(self, item: str, doc_ids: list[str], q: Question, unit_hint: str | None = None) -> list[Candidate]:
        """Candidates naming `item` best (see `match`). Everyday words (出国, 公车, 预算总额) are tried as
        the printed terms when the words themselves match nothing."""
        if which := _WHICH_IN_BRACKETS.fullmatch(item):  # "三公经费（决算数）": which figure, not a gloss
            item = which.group(1) + which.group(2)
        if under := _UNDER_A_CODE.fullmatch(item):
            # "公路水路运输（21401）下面的一般行政管理事务": the row of that name within the code said,
            # not the parent the code names (nor a namesake of another 款)
            code = under.group(1)
            return [
                c for c in self._match(under.group(2), doc_ids, q, unit_hint)
                if c.table_fact is not None and (r := c.table_fact.row_code or "").startswith(code) and r != code
            ]  # fmt: skip
        if (own := re.match(r"^(?:本级|机关本级)的?(.+)", item)) and (rest := bare_total(own.group(1))):
            # "本级…" of a budget that prints its units: the department's own row, in the column of
            # the whole's figure (nothing when it prints no such row)
            return [c for found in self.match(rest, doc_ids, q, unit_hint) if (c := self._own_row(found))][:1]
        whole = re.fullmatch(r"(.+?)的?(?:合计|总计|总额|总数)", item)
        measure = whole and whole.group(1)
        if measure and measure not in measures() and self._kinds(doc_ids) == {"预算"}:
            measure = re.sub(r"的?预算数?$", "", measure)  # "基本支出预算合计" of a budget: 基本支出
        if measure and measure in measures() and (found := self._match(measure, doc_ids, q, unit_hint)):
            return found  # "基本支出合计" is 基本支出, wherever it is printed, not the 合计 of some table
        found = []
        if (term := whole_items().get(item)) and (unit_hint is None or unit_hint in _MONEY):
            found = self._match(term, doc_ids, q, unit_hint)  # "公车花了多少钱": buying and running
        found = found or self._match(item, doc_ids, q, unit_hint)
        row = re.fullmatch(r"(.+?(?:（项）|（款）|（类）|\d{3,7}))的?(?:支出|收入)?(?:合计|总计)数?", item)
        if not found and row:
            found = self._match(row.group(1), doc_ids, q, unit_hint)  # "执法办案（项）的支出合计": the row's total
        kind = re.fullmatch(r"(.+?)的?(预算|决算)数", item)
        if not found and kind and self._kinds(doc_ids) == {kind.group(2)}:
            found = self._match(kind.group(1), doc_ids, q, unit_hint)  # "电费决算数" of a 决算: its 电费
        if not found and (project := _PROJECT_SAID.fullmatch(item)):
            found = [  # "安全生产业务费项目": the project's row, its money (never a count of projects)
                c for c in self._named(project.group(1), doc_ids, q, unit_hint) if unit_hint or c.unit in _MONEY
            ]
        plain = re.sub(r"[（(][^）)]*[）)]", "", item)
        if not found and plain and plain != item:  # 机关运行经费（行政经费）: the asker's gloss
            found = self._match(plain, doc_ids, q, unit_hint)
        if not found and (named := re.sub(r"^[^（(）)]{2,}[（(]([^（(）)]{3,})[）)]", r"\1", item)) != item:
            found = self._match(named, doc_ids, q, unit_hint)  # "吃饭招待（公务接待费）决算": the printed term
        for said in dict.fromkeys((item, plain or item)):  # "养老保险（单位缴费部分）": without the gloss too
            if found:
                break
            for word, term in synonyms():
                if inside_an_item_name(word, said):
                    continue  # "工资福利里基本工资": the word is part of the printed names said
                if word == said or (word in said and term not in said):  # "货物类" is 货物
                    found = self._match(said.replace(word, term), doc_ids, q, unit_hint)
                    break
                if word in said and said.endswith(term):  # "人出差嘛，差旅费…": the everyday words restate it
                    found = self._match(term, doc_ids, q, unit_hint)
                    break
        if not found and (fund_after := re.fullmatch(r"(.{2,}?)的?(财政拨款|一般公共预算(?:拨款)?)(?:安排)?", plain)):
            plain = fund_after.group(2) + fund_after.group(1)  # "公务接待费财政拨款": the fund said after the item
            found = self._match(plain, doc_ids, q, unit_hint)
        if (
            not found
            and (scoped := re.sub(r"^(?:财政拨款|一般公共预算(?:拨款)?|部门)(?:安排的?)?", "", plain)) != plain
            and scoped
        ):
            # "财政拨款“三公”经费": the 三公 table's own total, printed under 财政拨款 or 一般公共预算 (all
            # of 财政拨款 there); what is asked of 一般公共预算 only under 一般公共预算
            fund = "一般公共预算" if plain.startswith("一般公共预算") else "财政拨款|一般公共预算"
            scoped_found = self._match(scoped, doc_ids, q, unit_hint)
            found = [c for c in scoped_found if plain.startswith("部门") or re.search(fund, self._printed_under(c))]
            if not found and _SANGONG.match(scoped):  # “三公”经费 are paid from 一般公共预算 拨款 by definition:
                found = [c for c in scoped_found if not re.search(r"政府性基金|国有资本", self._printed_under(c))]
        if (
            found
            and (scoped := re.sub(r"^(?:财政拨款|一般公共预算(?:拨款)?)(?:安排的?)?", "", plain)) != plain
            and _WHOLE_IN_SANGONG.fullmatch(scoped)
        ):
            # "一般公共预算安排的会议费": the “三公”/会议费 table prints the whole item, paid from 拨款 by
            # definition; the 基本支出 table printed under the fund's name holds only its basic part
            in_sangong = [
                c for c in self._match(scoped, doc_ids, q, unit_hint)
                if c.table_fact is not None and c.table_fact.table_type == "三公经费"
                and not re.search(r"政府性基金|国有资本", self._printed_under(c))
            ]  # fmt: skip
            found = in_sangong or found
        if not found and (bought := re.fullmatch(r"(货物|服务|工程)类?的?(政府采购.*)", plain)):
            found = self.match(f"{bought.group(2)}中{bought.group(1)}类", doc_ids, q, unit_hint)  # 服务类政府采购
        if not found and (part := _PART_OF.match(item) or _PART_OF.match(plain)):
            # "政府采购预算中货物类": 货物类, as any item; "项目支出里的印刷费": printed under 项目支出
            within = scope_qualifiers(part.group(1))
            asked = re.sub(r"(?<=..)(?:金额|数额)$", "", part.group(2).removeprefix("的"))
            if (
                len(asked) > 3
                and asked[-2:] in part.group(1)
                and asked[-2:] not in ("经费", "费用", "资金", "支出", "人员", "人数")  # "实有人员中在职人员"
                and not names_an_item(asked)  # "工资福利支出中基本工资": 基本工资 is an item of its own
            ):
                # "政府采购里服务类采购": 服务类 of it (not "机关运行经费中的办公经费")
                return self.match(f"{part.group(1)}中{asked[:-2]}", doc_ids, q, unit_hint)
            # with no scope word, the whole must be where the part is printed: "…应急处里支出决算" (a
            # slip of 处理) is no 支出决算 of anything
            container = plain_label(re.sub(r"(?:的|预算|决算)+$", "", part.group(1)))
            found = [
                c for c in self.match(asked, doc_ids, q, unit_hint)
                if all(w in self._printed_under(c) for w in within)
                and (
                    within or container in plain_label(self._printed_under(c) + " ".join(c.labels))
                    or _said_within(c, container)
                )
            ]  # fmt: skip
        for said in dict.fromkeys((plain, item)):  # "规划编制（测绘）项目的…": the bracket may be printed too
            if not found and (of := re.fullmatch(r"(.{2,}?)的(.{2,})", said)):
                # "机关服务的电费": the item printed under the other's name (its row path, table or section)
                found = [
                    c for c in self.match(of.group(2), doc_ids, q, unit_hint)
                    if plain_label(of.group(1)) in plain_label(self._printed_under(c))
                ]  # fmt: skip
        if not found and (spent := re.fullmatch(r"(.{3,}?)的?(?:经费|资金|费用)", plain)):
            # "信息化建设经费": the money of a 科目 or item printed by its bare name, that name exactly
            bare = plain_label(spent.group(1))
            found = [
                c for c in self._match(spent.group(1), doc_ids, q, unit_hint)
                if c.unit in _MONEY and any(plain_label(x) == bare for x in c.labels)
            ]  # fmt: skip
        if not found and (glossed := re.fullmatch(r"(.{2,}?)[（(]([^（）()]{2,12})[)）]", item)):
            # "租房子的钱（租赁费）": the asker's own words, then the term in brackets; either may be printed
            said = plain_label(glossed.group(2))
            if len(said) >= 2 and not _NOT_A_TERM.fullmatch(said):
                found = self._match(said, doc_ids, q, unit_hint)
                if found:
                    q.readings.append(f"“{plain}”为“{said}”")
        if not found and not NAMED_UNIT.search(plain) and (near := near_term(plain, self._terms(doc_ids))):
            found = self._match(near, doc_ids, q, unit_hint)
            if found:
                q.readings.append(f"“{plain}”为“{near}”")
        if not found and unit_hint and unit_hint not in _MONEY:
            found = (
                self._bare_count(plain, doc_ids, unit_hint)
                or self._indicator(plain, doc_ids, unit_hint)
                or self._received(plain, doc_ids, unit_hint)
            )
        if fund_total := _FUND_SPENDING.fullmatch(plain):
            # "国有资本经营预算支出": the fund's total spending, never a row (资本性支出) of the fund's column
            fund = fund_total.group(1)
            found = [
                c for c in found
                if (f := c.table_fact) is None or fund in f.row_name + f.table_title or TOTAL_ROW.match(f.row_name)
            ]  # fmt: skip
        if not found and (unit_hint is None or unit_hint in _MONEY):
            # "受益人口的指标值是多少": a count may answer, unless money is asked ("…奖补安排了多少钱")
            counts = not _MONEY_ASKED.search(q.text)
            found = self._indicator(plain, doc_ids, counts=counts) or self._performance_project(plain, doc_ids)
        if not found and (unit_hint is None or unit_hint in _MONEY):
            found = self._only_row_under(plain, doc_ids, q)
        if not found and len(plain) >= 4:
            found = self._named_before_gloss(plain, doc_ids, q, unit_hint)
        if not found and (unit_hint is None or unit_hint in _MONEY):
            found = self._money_of_counted(plain, doc_ids)
        if not found:
            found = self._under_heading(plain, doc_ids)
        if not found and len(item) >= 8:
            found = self._said_before_figure(item, doc_ids)
        if not found and len(plain) >= 6 and (unit_hint is None or unit_hint in _MONEY):
            found = self._qualified_in_sentence(plain, doc_ids)
        if not found and len(item) >= 10:
            found = self._described_after_figure(item, doc_ids)
        if not found and len(plain) >= 5 and (printed := self._sounds_like(plain, doc_ids)):
            found = self._named(printed, doc_ids, q, unit_hint)
        if not found and (unit_hint is None or unit_hint in _MONEY) and key_phrases(plain):
            # "搞薇甘菊防治、古树保护那个钱": the one figure the description names
            found = described(plain, [c for d in doc_ids for c in self._candidates[d]])
            if not found:
                found = self._told_project(plain, doc_ids)
            if found:  # say how the description was read: the figure is the named item's, not the words'
                q.readings.append(f"“{plain}”为“{found[0].label()}”")
        if (
            not found
            and q.table_types
            and (total_word := re.fullmatch(r"(?:表的?)?(合计|总计|总额|总数)(?:金额|数)?", plain))
        ):
            found = self._table_total(total_word.group(1), doc_ids, q.table_types) or self._first_row_total(
                doc_ids, q.table_types
            )
        if not found and not q.table_types and not q.tabled and not q.planned:
            # "…项目要维护多少个站点": a figure only a project's own prose states
            found = prose_figure(plain, unit_hint, [self.index.corpus.docs[d] for d in doc_ids])
        return found

    def _under_heading(self, item: str, doc_ids: list[str]) -> list[Candidate]:
        """ "其他重要事项（说明里的）委托业务费": a figure named by the heading it is stated under and its own
        subject; the one amount whose section holds the first words and whose subject the rest."""
        found = []
        for d in doc_ids:
            for c in self._candidates[d]:
                t = c.text_fact
                if t is None or not t.section:
                    continue
                section = plain_label(t.section)
                head = next((n for n in range(len(item) - 2, 3, -1) if item[:n] in section), 0)
                rest = item[head:]
                if head and len(rest) >= 2 and rest in plain_label(t.subject):
                    found.append(c)
        return found if len({(c.value, c.unit) for c in found}) == 1 else []

    def _money_of_counted(self, item: str, doc_ids: list[str]) -> list[Candidate]:
        """ "编报绩效目标的项目资金" of "编报绩效目标的项目共4个，涉及项目预算资金598.46万元": the money the
        sentence states right after the count of what is named; one figure or none."""
        m = re.fullmatch(r"(.{2,}?项目)(?:的)?(?:预算)?(?:资金|金额|经费)(?:总额|合计)?", item)
        if m is None:
            return []
        want = plain_label(m.group(1))
        found = []
        for d in doc_ids:
            said = self.index.corpus.docs[d].text_facts
            for i, t in enumerate(said):
                if t.unit != "个" or plain_label(t.subject) != want:
                    continue
                after = next((x for x in said[i + 1 :] if x.sentence == t.sentence and x.unit in _MONEY), None)
                if after is not None and after.value is not None:
                    found.append(Candidate(d, (f"{t.subject}涉及的资金", after.subject), after.value, after.unit,
                                           text_fact=after))  # fmt: skip
        return found if len({(c.value, c.unit) for c in found}) == 1 else []

    def _qualified_in_sentence(self, item: str, doc_ids: list[str]) -> list[Candidate]:
        """An amount the text names by its kind, its qualifier said earlier in the same sentence ("根据《普惠
        金融发展专项转移支付管理办法》…已安排专项转移支付资金 5612.00 万元" asked as "普惠金融专项转移支付"):
        the item's end names the figure, its start is in the sentence, and the sentence states no other
        amount. One figure or none."""
        found = []
        for d in doc_ids:
            for c in self._candidates[d]:
                t = c.text_fact
                if t is None or t.value is None or t.unit not in _MONEY:
                    continue
                subject = plain_label(t.subject)
                sentence = plain_label(t.sentence)
                if len(_AMOUNT_SAID.findall(fold(t.sentence))) != 1:
                    continue
                for cut in range(2, len(item) - 3):
                    head, tail = item[:cut], item[cut:]
                    if tail in subject and head in sentence.replace(subject, "") and head not in subject:
                        found.append(c)
                        break
        return found if len({(c.value, c.unit) for c in found}) == 1 else []

    def _sounds_like(self, item: str, doc_ids: list[str]) -> str | None:
        """A name typed with a homophone of one of its characters ("福雷行动计划" for 福蕾行动计划): the item
        with the name as printed, when one printed name holds the item's sounds in a row and all its
        characters but one as typed."""
        said = _sounds(item)
        fixed = set()
        for d in doc_ids:
            for name in self._printed_names(d):
                if len(name) < len(item) or item in name:
                    continue
                sounds = _sounds(name)
                for i in range(len(sounds) - len(said) + 1):
                    if sounds[i : i + len(said)] == said and sum(a != b for a, b in zip(name[i:], item)) == 1:
                        fixed.add(name[i : i + len(item)])
                        break
        return fixed.pop() if len(fixed) == 1 else None

    def _printed_names(self, doc_id: str) -> frozenset[str]:
        """Every row name, project and sentence subject of a document, as labels are compared."""
        if doc_id not in self._names_printed:
            doc = self.index.corpus.docs[doc_id]
            names = {n for f in doc.facts for n in (f.row_name, f.row_label)} | {t.subject for t in doc.text_facts}
            self._names_printed[doc_id] = frozenset(plain_label(n) for n in names if n and len(n) >= 4)
        return self._names_printed[doc_id]

    def _described_after_figure(self, item: str, doc_ids: list[str]) -> list[Candidate]:
        """An amount asked by what the text says it is for, quoted ("‘主要用于对口支援、帮扶、合作等支出’的那一类
        支出"): the figure whose sentence goes on with those very words, the last figure before them."""
        said = re.sub(_DESCRIBED_AS, "", _QUOTES_AND_SPACES.sub("", fold(item)))
        said = re.sub(r"^(?:写着|写的|说的|提到)", "", said)
        quoted = bool(re.search(r"[“”‘’\"'「」]", item)) or said.startswith(("用于", "主要用于"))
        if len(said) < 8 or not quoted:  # the text's own words, said as such, not an item of its list
            return []

        def described(sentence: str, at: int, t: TextFact) -> bool:
            if at == 0 or not re.match(r"(?:[，,。；;]|$)", sentence[at + len(said) :]):
                return False  # the words must end where the text's description ends
            figures = list(_AMOUNT_SAID.finditer(sentence[:at]))
            last = float(figures[-1].group(0).rstrip("万亿元").replace(",", "")) if figures else None
            return last is not None and abs(last - (t.value or 0.0)) < 1e-9

        return self._where_said(said, doc_ids, described)

    def _said_before_figure(self, item: str, doc_ids: list[str]) -> list[Candidate]:
        """Half a sentence of the text, quoted ("补足原水费、电费…等刚性支出缺口约"多少): the figure printed right
        after those very words; one figure or none."""
        said = re.sub(r"(?:约|为|是|共|计|达|达到|合计|共计)+$", "", _QUOTES_AND_SPACES.sub("", fold(item)))
        if len(said) < 8:
            return []

        def before(sentence: str, at: int, t: TextFact) -> bool:
            number = _NUMBER_SAID.match(sentence[at + len(said) :])
            return number is not None and abs(float(number.group(1).replace(",", "")) - (t.value or 0.0)) < 1e-9

        return self._where_said(said, doc_ids, before)

    def _where_said(self, said: str, doc_ids: list[str], fits: Callable[[str, int, TextFact], bool]) -> list[Candidate]:
        """The figures of the text whose sentence holds the words (quotes and spaces aside) where `fits`
        says the figure is the one they name; one figure or none."""
        found = []
        for d in doc_ids:
            for c in self._candidates[d]:
                t = c.text_fact
                if t is None or t.value is None:
                    continue
                sentence = _QUOTES_AND_SPACES.sub("", fold(t.sentence))
                at = sentence.find(said)
                if at >= 0 and fits(sentence, at, t):
                    found.append(c)
        return found if len({(c.value, c.unit) for c in found}) == 1 else []

    def _table_total(self, word: str, doc_ids: list[str], kinds: set[str]) -> list[Candidate]:
        """ "收支预算总表的合计": the named table's total rows in their side's grand column ("收入合计",
        "支出合计", or "收入总计" for 总计), when they print one amount; the 本年 合计 of a table that also
        prints a 总计 only when 合计 is asked."""
        ending = "总计" if word == "总计" else "合计"
        found = []
        for d in doc_ids:
            facts = self.index.corpus.docs[d].facts
            for table in sorted({f.table_index for f in facts if f.table_type in kinds}):
                cells = [f for f in facts if f.table_index == table and f.unit in _MONEY]
                for side in {f.side for f in cells}:
                    sided = [f for f in cells if f.side == side]
                    column = grand_column(sided)
                    named = re.compile(rf"(?:本年|当年)?(?:收入|支出|收支)?{ending}")
                    rows = [f for f in sided if f.col_index == column and named.fullmatch(f.row_name)]
                    if ending == "合计" and len(rows) > 1:
                        rows = [f for f in rows if not re.match(r"本年|当年", f.row_name)] or rows
                    found += [Candidate(d, (f.row_name,), f.value, f.unit, table_fact=f) for f in rows]
        return found if len({(c.value, c.unit) for c in found}) == 1 else []

    def _first_row_total(self, doc_ids: list[str], kinds: set[str]) -> list[Candidate]:
        """The 合计 of a table that prints no 合计 row ("项目支出表（预算表9）": 部门特定目标类项目 474.56 above
        综合管理 474.56 above its projects): its first row, when the rows below, read as groups and
        members, add up to it (`leaf_rows`); one table of the kind only."""
        from .rankings import leaf_rows

        found = []
        for d in doc_ids:
            facts = self.index.corpus.docs[d].facts
            for table in sorted({f.table_index for f in facts if f.table_type in kinds}):
                cells = [f for f in facts if f.table_index == table and f.unit in _MONEY]
                column = grand_column(cells)
                rows = sorted((f for f in cells if f.col_index == column), key=lambda f: f.row_index)
                if len(rows) < 3 or any(TOTAL_ROW.match(f.row_name) and f.row_name for f in rows):
                    continue
                if leaf_rows([f.value for f in rows[1:]], rows[0].value) is not None:
                    first = rows[0]
                    found.append(Candidate(d, ("合计", first.row_name), first.value, first.unit, table_fact=first))
        return found if len(found) == 1 else []

    def _named_before_gloss(self, item: str, doc_ids: list[str], q: Question, unit: str | None) -> list[Candidate]:
        """ "安全生产业务费" of a row printed "安全生产业务费（含聘请专家费用、许可证发放、…）": the row whose
        name, less its bracketed gloss, is the item exactly; one figure or none."""
        want = plain_label(item)
        found = [
            c for d in doc_ids for c in self._candidates[d]
            if (unit is None or c.unit == unit)
            and (not q.table_types or (c.table_fact is not None and c.table_fact.table_type in q.table_types))
            and any(re.search(r"[（(]", x) and plain_label(_GLOSS.sub("", x)) == want for x in c.labels)
        ]  # fmt: skip
        found.sort(key=lambda c: c.preference(item))
        return found if len({(c.value, c.unit) for c in found}) == 1 else []

    def _only_row_under(self, item: str, doc_ids: list[str], q: Question) -> list[Candidate]:
        """A project printed only as the heading of its rows ("场景创新促进经费 > 其他商品和服务支出 >
        其他咨询服务 | 380.00" of a 政府采购表), asked of that table ("政府采购里…"): its amount there,
        when exactly one row of the table, in its grand column, is printed under it (several rows
        would need a sum no cell prints; the project's whole budget may be more than that table's)."""
        want = plain_label(item)
        asked = set(q.table_types or ()) | {t for t, w in _TABLE_SAID.items() if w in q.body}
        if len(want) < 4 or not asked:
            return []
        found = []
        for d in doc_ids:
            facts = self.index.corpus.docs[d].facts
            under = [
                f for f in facts
                if f.table_type in asked and f.unit in _MONEY and len(f.row_path) >= 2
                and any(plain_label(x) == want for x in f.row_path[:-1])
            ]  # fmt: skip
            for table in {f.table_index for f in under}:
                cells = [f for f in under if f.table_index == table]
                column = grand_column([f for f in facts if f.table_index == table])
                rows = [f for f in cells if f.col_index == column]
                if len(rows) == 1 and len({f.row_index for f in cells}) == 1:
                    found.append(
                        Candidate(d, (item, rows[0].row_name), rows[0].value, rows[0].unit, table_fact=rows[0])
                    )
        return found if len({(c.value, c.unit) for c in found}) == 1 else []

    def _told_project(self, item: str, doc_ids: list[str]) -> list[Candidate]:
        """A project told by what its own prose says it does ("给居家失能老人上门助浴的那个项目"): the money
        of the one project whose 年度目标 or 绩效目标 the description fits, in one document."""
        found: list[Candidate] = []
        for d in doc_ids:
            told = told_where(item, self.index.corpus.docs[d].passages)
            if told is None:
                continue
            name, told_on = told
            listed = [
                c for c in self._candidates[d]
                if (f := c.table_fact) is not None and f.table_type == "项目支出表" and c.unit in _MONEY
                and plain_label(f.row_name) == plain_label(name)
                and (not f.column_path or GRAND_COLUMN.search(f.column_path[-1]))
            ]  # fmt: skip
            if len({c.value for c in listed}) > 1:  # one name for each unit's project: the row the prose is of
                listed = [
                    replace(c, alone=True) for c in listed if c.table_fact is not None and c.table_fact.page in told_on
                ]
            found += listed or [c for c in self._performance_project(name, [d]) if c.unit in _MONEY]
        return found if len({(c.value, c.unit) for c in found}) == 1 else []

    def _performance_project(self, item: str, doc_ids: list[str]) -> list[Candidate]:
        """A project printed only in the 绩效目标表 ("市级困难群众救助补助金项目的资金总额"): the money of
        the one project named exactly so."""
        money = re.sub(r"(?:项目)?的?(?:年度)?(?:资金总额|总额|金额|预算数?)$", "", item)
        names = {plain_label(x) for x in (item, money, re.sub(r"项目$", "", money))}  # "“X”项目": X
        docs = [self.index.corpus.docs[d] for d in doc_ids]
        found = [
            Candidate(p.doc_id, (f"{p.name}（绩效目标表）",), p.cell.value, p.cell.unit, table_fact=p.cell)
            for p in performance_projects(docs)
            if _names_project(plain_label(re.sub(r"^20\d{2}年度?|项目$", "", p.name)), names)
        ]  # fmt: skip
        return found if len({c.value for c in found}) == 1 else []

    def _indicator(
        self, item: str, doc_ids: list[str], unit: str | None = None, counts: bool = False
    ) -> list[Candidate]:
        """A figure printed only as a project's performance indicator (成本指标 "电费 | 140 万元", 数量指标
        "大中型水库农转非移民补贴资金发放人数 | =17074人"): the indicator's value, when one indicator of the
        绩效目标 tables is named so and prints one value in the asked measure. The item may name the
        form first ("X专项的绩效目标里…人数"), when the form's project or title is that name."""
        # "…评审项目数量的目标", "…受益人口要达到"
        item = re.sub(r"(?<=..)(?:的?(?:目标值?|指标值?)|(?:要|需要|应|应该|计划)?达到的?(?:目标)?)$", "", item)
        # "绩效目标里飞机增雨计划": the indicator, planned
        item = re.sub(r"^(?:项目)?绩效目标表?(?:里面|里|中)(?=..)|(?<=..)(?:计划|打算)(?:每年|一年)?$", "", item)
        # "部门整体绩效目标里，全年处理污水量的目标": an indicator of the department's own form
        whole = re.match(r"^(?:部门)?整体(?:支出)?绩效(?:目标)?(?:表)?(?:里面|里|中|的)?", item)
        item = item[whole.end() :] if whole and len(item) - whole.end() >= 2 else item
        want = plain_label(re.sub(r"(?:预算|支出|金额|经费)+$", "", item) or item)
        found: list[Candidate] = []
        said = want
        # "北京水务改革发展资金…" of a form titled "水务改革发展专项转移支付资金": the place is the organisation's;
        # read without it only when the words as typed name no indicator
        for placeless in (False, True):
            if found:
                break
            for d in doc_ids:
                passages = self.index.corpus.docs[d].passages
                place = re.match(r"(.{2,3}?)(?:省|市|区|县)", self.index.corpus.docs[d].document.organisation)
                placed = placeless and place and said.startswith(place.group(1))
                want = said[len(place.group(1)) :].lstrip("省市区县") if placed and place else said
                for f in self.index.corpus.docs[d].facts:
                    if f.table_type != "绩效目标" or not any("指标值" in c for c in f.column_path):
                        continue
                    if whole and "整体" not in f.table_title + (f.row_label or ""):
                        continue
                    counted = counts and unit is None and f.unit not in _MONEY  # "受益人口的指标值": a count
                    # "补贴标准是多少元": money per head or per time ("≥500元/次") is a standard's measure
                    rate = "/" in f.unit and f.unit.split("/")[0] in _MONEY and bool(re.search(r"标准|单价", item))
                    money = f.unit in _MONEY or counted or rate
                    # "一年几次" of "10次/年": the count per period the indicator is stated in
                    per_period = bool(unit) and f.unit.startswith(f"{unit}/")
                    if not (f.unit in (unit, f"万{unit}") or per_period if unit and unit not in _MONEY else money):
                        continue
                    # "提供物业服务人数" asked as "物业服务人数": the verb before what is counted may be left out
                    name = plain_label(_INDICATOR_VERB.sub("", f.row_name) if len(f.row_name) >= 6 else f.row_name)
                    # "驻京工作人员人数" asked as "驻京工作人员有多少人", "补助数量" as "补助了几座水库", "助浴人次数"
                    stem = re.sub(_COUNTED_MEASURE, "", name) if unit or counted else name
                    # "养老服务发展资金助浴人次": the form's project said first; "助浴要达到多少人次": the measure asked
                    project = plain_label(f.row_label or "")
                    asked = (  # "社保大厦物业费项目的物业管理面积": the form's project, then the indicator
                        re.sub(r"^(?:项目|专项)?[的里中]*", "", want[len(project) :])
                        if project and want.startswith(project)
                        else want
                    )
                    bare = stem[: -len(unit)] if unit and stem.endswith(unit) and len(stem) > len(unit) + 1 else stem
                    core = re.sub(r"(?<=..)(?:金额|数额|总额|规模)$", "", name)  # "收缴污水处理费金额"
                    # "水利工程运行与维护要维护的河道长度" of the department's form: its duty, then the indicator
                    duty_first = whole and len(name) >= 4 and re.sub(r"需要|要|的", "", want).endswith(name)
                    if duty_first or asked in (name, stem, bare, core) and (asked != want or len(asked) >= 2):
                        found.append(_indicator_value(d, f))
                        continue
                    if want not in (name, stem) and not (
                        len(name) >= 4
                        and _names_indicator(want, name, f, passages=passages)
                        or stem != name
                        and len(stem) >= 4
                        and _names_indicator(want, stem, f, after=6, passages=passages)
                    ):
                        continue
                    found.append(_indicator_value(d, f))
        if not found and unit and unit not in _MONEY:
            found = self._counted_in_project(said, doc_ids, unit)
        return found if len({(c.value, c.unit) for c in found}) == 1 else []

    def _received(self, item: str, doc_ids: list[str], unit: str) -> list[Candidate]:
        """ "公务接待一共接待了多少人次来宾": the guests (or groups) a sentence on receptions counts ("共接待国内
        来访团组3个，来宾15人次"), when one figure of the asked measure is so named."""
        if "接待" not in item:
            return []
        counted = _GROUPS if _GROUPS.search(item) or unit in ("批次", "批", "个") else _GUESTS
        units = ("人", "人次") if unit in ("人", "人次") else (unit,)  # guests counted in 人 asked in 人次
        found = [
            Candidate(d, (t.subject if "接待" in t.subject else f"接待{t.subject}",), t.value, t.unit, text_fact=t)
            for d in doc_ids for t in self.index.corpus.docs[d].text_facts
            if t.value is not None and t.unit in units and "接待" in t.sentence and counted.search(t.subject)
        ]  # fmt: skip
        return found if len({c.value for c in found}) == 1 else []

    def _counted_in_project(self, want: str, doc_ids: list[str], unit: str) -> list[Candidate]:
        """ "信访业务培训项目计划培训多少人": the project named first, then what it counts in the measure asked
        (its form's one indicator of people whose name holds "培训": "信访业务主体培训人数 ≥290人")."""
        named = re.fullmatch(r"(.{3,}?)(?:项目|专项)的?(?:计划|拟|要|预计|准备|打算)?要?([\u4e00-\u9fff]{2,6})", want)
        if not named:
            return []
        project, counted = named.groups()
        found = [
            Candidate(d, (f"绩效目标表中“{f.row_name}”的指标值",), f.value, f.unit, table_fact=f)
            for d in doc_ids for f in self.index.corpus.docs[d].facts
            if f.table_type == "绩效目标" and any("指标值" in c for c in f.column_path)
            and f.unit in (unit, f"万{unit}") and counted in f.row_name and f.row_label != f.table_title
            and coverage(project, f.row_label + f.table_title) >= 0.75
        ]  # fmt: skip
        return found if len({(c.value, c.unit) for c in found}) == 1 else []

    def _bare_count(self, item: str, doc_ids: list[str], unit: str) -> list[Candidate]:
        """A count the text states by a bare measure ("拟开展职业能力提升的培训，人数 11 人"): the one figure
        of the asked unit whose sentence names what is counted ("培训…多少人")."""
        pieces = [p for p in re.split(r"计划|准备|打算|拟|预计|安排|参加|开展|的|费", item) if len(p) >= 2]
        if not pieces:
            return []
        found = [
            c for d in doc_ids for c in self._candidates[d]
            if c.text_fact is not None and c.unit == unit and _BARE_MEASURE.fullmatch(c.text_fact.subject)
            and all(coverage(p, c.text_fact.sentence[: c.text_fact.sentence.find(c.text_fact.subject)]) >= 0.75
                    for p in pieces)
        ]  # fmt: skip
        return found if len({c.value for c in found}) == 1 else []

    def class_codes(self) -> dict[str, str]:
        """Printed 类/款 names of the library -> their codes (see `class_rows`), read once."""
        if self._class_codes is None:
            self._class_codes = class_codes(self.index.corpus.docs.values())
        return self._class_codes

    def _terms(self, doc_ids: list[str]) -> set[str]:
        """Every label a figure of these documents can be asked by, and the national names."""
        terms = {label for d in doc_ids for c in self._candidates[d] for label in c.labels}
        return terms | set(code_names().values()) | set(measures())

    def _match(self, item: str, doc_ids: list[str], q: Question, unit_hint: str | None) -> list[Candidate]:
        code_m = _CODE.search(item)
        code = code_m.group(1) if code_m else None
        if code:  # "行政运行（2010301）", "2040101武装警察部队", "30107": the code decides the row
            rest = _CODE.sub("", item).strip("（）()-、 ")
            # "2140102支出决算": words that say only which figure leave the row's own (grand) column
            item = code_names().get(code, "") if _WHICH_FIGURE_ONLY.fullmatch(rest) else rest
        # A unit named in the item ("…广州市公路事务中心"): only a row that prints that name, never a
        # similar one (广州市道路事务中心 is another unit)
        unit_name = NAMED_UNIT.search(item)
        # a number in the item ("单价50万元以上的设备") must be printed in the label: 20万元以上 is another count
        numbers = re.findall(r"\d+(?:\.\d+)?", item)
        qualifiers = scope_qualifiers(item)
        money_asked = bool(re.search(r"资金|经费|金额|钱", item))
        scored = []
        for doc_id in doc_ids:
            for c in self._planned[doc_id] if q.planned and doc_id in self._planned else self._candidates[doc_id]:
                if unit_name and not any(unit_name.group(1) in x for x in c.labels):
                    continue
                if not unit_name and self._of_a_unit(c, fold(q.asked)):
                    continue  # "西安市人工影响天气服务保障中心编制人数": a unit's figure, not the department's
                if numbers and not any(all(n in x for n in numbers) for x in c.labels):
                    continue
                if q.table_types and (c.table_fact is None or c.table_fact.table_type not in q.table_types):
                    continue  # the question names a table: its cells answer, not the text
                if q.named_tables and c.table_fact and (c.doc_id, c.table_fact.table_index) not in q.named_tables:
                    continue  # "表12…": that one of two tables of the kind
                if unit_hint and c.unit != unit_hint:
                    continue
                if not unit_hint and c.unit == "个" and c.table_fact is not None:
                    continue  # a table's 数量 column answers "几个/多少台", not "合计金额是多少"
                if not unit_hint and money_asked and c.unit not in _MONEY and c.unit != "%":
                    continue  # "编报绩效目标的项目资金": money, never the 4 个 projects of the same sentence
                if code is not None:
                    if c.table_fact is None or c.table_fact.row_code != code:
                        continue
                    scored.append((1.0 + max(similarity(item, x) for x in c.labels) / 10, c))  # then the column
                    continue
                # "本年收入" is the 本年收入合计 the whole department's table prints, as much as a fund's row
                sim, label = max(
                    (max(similarity(item, label), similarity(item, _THIS_YEARS_TOTAL.sub("", label))), label)
                    for label in c.labels
                )
                if misfit(item, label, c):
                    continue
                if unit_hint and (
                    sim >= 0.5
                    or coverage(item, label) == 1
                    or any(_said_the_other_way(item, x) for x in c.labels)
                    or any(_number_of_people(item, x, unit_hint) for x in c.labels)
                ):
                    if unit_hint in _COUNTS_HELD and bool(_ACQUIRED.search(label)) != bool(_ACQUIRED.search(item)):
                        continue  # "有多少辆车" asks what is held, "购置多少台" what is bought this year
                    scored.append((sim, c))
                elif sim >= MIN_SIMILARITY and coverage(item, label) >= MIN_COVERAGE:
                    if not asks_something_of_it(item, label):
                        scored.append((sim, c))
        if qualifiers:  # "政府性基金…", "本级…": only figures printed under those words
            scored = [sc for sc in scored if all(w in self._printed_under(sc[1]) for w in qualifiers)]
        scored.sort(key=lambda sc: (-round(sc[0], 3), sc[1].preference(item)))
        return [c for _, c in scored]

    def said_in_section(self, item: str, doc_id: str, section: str) -> list[Candidate]:
        """The text's figures of one section whose subject holds every word of the item ("基本支出" of
        "一般公共预算财政拨款基本支出 98,606.29" in the section that also states its 人员经费)."""
        want = plain_label(item)
        return [
            c for c in self._candidates[doc_id]
            if c.text_fact is not None and c.text_fact.section == section and want in plain_label(c.text_fact.subject)
        ]  # fmt: skip

    def _of_a_unit(self, c: Candidate, question: str) -> bool:
        """A sentence's figure whose subject opens with the name of a unit other than the document's
        organisation ("…中心编制人数 8 人"): said of that unit only, an answer only where it is asked."""
        if c.text_fact is None:
            return False
        said = unit_said(c.text_fact.subject)
        if said is None:
            return False
        organisation = self.index.corpus.docs[c.doc_id].document.organisation
        return said[0] not in question and said[0] not in organisation

    def _own_row(self, c: Candidate) -> Candidate | None:
        """The department's own (本级) row of the table that prints `c` as a total, in c's column."""
        f = c.table_fact
        if f is None or not TOTAL_ROW.match(f.row_name):
            return None
        doc = self.index.corpus.docs[c.doc_id]
        own = re.sub(r"[（(][^）)]*[）)]$", "", doc.document.organisation)
        rows = [
            g for g in doc.facts
            if g.table_index == f.table_index and g.col_index == f.col_index and g.row_index != f.row_index
            and (g.row_name == own or re.search(r"本级[）)]?$|^机关$", g.row_name))
        ]  # fmt: skip
        if len(rows) != 1:
            return None
        g = rows[0]
        return Candidate(c.doc_id, (f"{g.row_name}（本级）",), g.value, g.unit, table_fact=g)

    def _printed_under(self, c: Candidate) -> str:
        """Every word a figure is printed under: its labels, its table's title and column, or its
        sentence and section, and whose disclosure it is."""
        doc = self.index.corpus.docs[c.doc_id].document
        words = [*c.labels, doc.organisation, doc.title]
        if (f := c.table_fact) is not None:
            words += [f.table_title, f.table_type, *f.column_path, *f.row_path]
        if (t := c.text_fact) is not None:
            words += [t.subject, t.sentence, t.section]
        return " ".join(words)


_SANGONG = re.compile(r"[“\"]?三公[”\"]?经费|因公出国|公务接待|公务用车")
_WHOLE_IN_SANGONG = re.compile(r"(?:会议费|培训费|公务接待费)(?:预算|支出)*数?")
# “三公”经费 are paid from 财政拨款 by definition: "财政拨款“三公”经费" is the 三公经费 asked
_SANGONG_FUND = re.compile(r"^(?:财政拨款|一般公共预算(?:财政)?拨款)(?:安排的?)?(?=[“\"]?三公)")


def _said_within(c: Candidate, container: str) -> bool:
    """ "机关运行经费82万元，其中办公经费41.47万元": a sentence's part of the whole it names before it."""
    t = c.text_fact
    if t is None:
        return False
    sentence = plain_label(t.sentence)
    at = sentence.find(plain_label(t.subject))
    return 0 < sentence.find(container) < at


def _last_clause_start(text: str, at: int) -> int:
    """Where the clause that holds position `at` begins: after the last 。；： or list number before it."""
    stops = [m.end() for m in re.finditer(r"[。；：:]|(?:\d{1,2}|[一二三四五六七八九十]{1,2})[、．.](?!\d)", text[:at])]
    return max(stops, default=0)


_PERFORMANCE_WORDS = re.compile(r"(?:的|之)?(?:绩效目标表?|绩效指标|绩效|目标表?|指标)(?:里|中|内|上)?(?:的)?$")


_INDICATOR_VERB = re.compile(r"^(?:提供|完成|开展|实施|组织|举办|保障|覆盖|新增)")


# what an indicator's name ends with when it counts or measures ("飞机增雨作业次数" asked as "飞机增雨几次")
_COUNTED_MEASURE = re.compile(
    r"(?:作业|活动)?(?:人数|数量|个数|(?<!人)次数|处数|座数|件数|户数|(?<=人次)数|重量|长度)$"
)


def _indicator_value(doc_id: str, f: Fact) -> Candidate:
    return Candidate(doc_id, (f"绩效目标表中“{f.row_name}”的指标值",), f.value, f.unit, table_fact=f)


def _names_indicator(want: str, name: str, f: Fact, after: int = 2, passages: Sequence[Passage] = ()) -> bool:
    """ "X专项转移支付的绩效目标里大中型水库…发放人数定": the indicator's name, after words that name its
    form (its project or title, most of its characters, or what the project's own prose says it does:
    "给失能老人上门助浴的那个项目") and before at most two filler characters (a few more after a count's
    stem: "补助几座水库")."""
    at, end = want.find(name), want.find(name) + len(name)
    if at < 0 and len(name) >= 10:  # "…移民补贴发放人数" of "…移民补贴资金发放人数": a word of it left out
        from rapidfuzz.distance import LCSseq
        from rapidfuzz.fuzz import partial_ratio_alignment

        aligned = partial_ratio_alignment(name, want)
        typed = want[aligned.dest_start : aligned.dest_end] if aligned else ""
        if len(typed) >= len(name) - 2 and LCSseq.similarity(typed, name) == len(typed) and typed[-2:] == name[-2:]:
            at, end = aligned.dest_start, aligned.dest_end  # type: ignore[union-attr]
    if at < 0 or len(want) - end > after:
        return False
    before = re.sub(r"(?<=..)项目$", "", _PERFORMANCE_WORDS.sub("", want[:at]))  # "审计培训项目人均培训成本"
    if not before or coverage(before, f.row_label + f.table_title) >= 0.75:
        return True
    return bool(passages) and f.row_label != f.table_title and told_project(before, list(passages)) == f.row_label


def _plain_path(sentence: str) -> str:
    """A sentence as its items are named: no 类/款/项 marks, coded or not ("司法（06款）行政运行（01项）")."""
    return plain_label(re.sub(r"[（(]\d*[类款项][)）]", "", sentence))


def _names_project(project: str, names: set[str]) -> bool:
    """The asked name is the project's ("养老事业发展资金"), or the end of it long enough to be its own
    ("南水北调团城湖管理处的水利工程日常维修养护费" of "北京市南水北调团城湖管理处水利工程日常维修养护费")."""
    for name in names:
        whole = name.replace("的", "")
        if len(name) >= 4 and (project == name or (len(whole) >= 10 and project.endswith(whole))):
            return True
        # "注册会计师考试考务" of "全国注册会计师统一考试考务服务": its words in order, most of its length
        if len(whole) >= 6 and len(whole) >= 0.6 * len(project) and _in_order(whole, project):
            return True
    return False


def _in_order(short: str, name: str) -> bool:
    """Every character of `short` in `name`, in order."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def _compared_with(subject: str) -> str:
    """What a change sentence compares ("比2025年财政拨款“三公”经费年初预算减少…"): its item, less
    the base it is measured from (年初预算) and the fund every “三公”经费 is paid from."""
    return re.sub(r"年初(?:预算数?)?$", "", _SANGONG_FUND.sub("", subject)) or subject


def _cite(s: Source) -> str:
    where = s.table or "说明文字"
    return f"{where}，第 {s.page} 页" if s.page else where


def decide(
    engine: Assistant,
    q: Question,
    doc_ids: list[str],
    passages: list[PassageRef],
    compare: bool = False,
    ranking: bool = False,
) -> Answer:
    """The answer, or the honest not-found: the one place that decides to abstain."""
    body = q.body
    try:
        if ranking:
            figure: Figure | list[Figure] = rank(engine, q, body, doc_ids)
            if (share := _SHARE.search(body)) and share.group(2) and isinstance(figure, Figure):
                figure = _share_of_ranked(engine, q, figure, clean_item(share.group(2)), doc_ids)
        elif compare:
            figure = _compare(engine, q, body, doc_ids)
        else:
            figure = _compute(engine, q, body, doc_ids)
        if q.listed_unit and not _of_listed_unit(engine, q.listed_unit, figure):
            raise LookupError(f"{q.listed_unit}的该项（文件未单列该单位的数）")
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
    return _present(engine, q, body, figure, passages, ranking)


def _of_listed_unit(engine: Assistant, unit: str, figure: Figure | list[Figure]) -> bool:
    """Whether every figure of the answer is the listed unit's own: a project's row (its projects are printed
    among the parent's), or a sentence that names the unit; never the parent's totals."""
    if isinstance(figure, list):
        return False
    short = re.sub(r"^(?:中国)?[\u4e00-\u9fff]{2,3}?(?:省|市|区|县)", "", unit)
    for s in figure.sources:
        if s.table and "项目" in s.table and s.row and not TOTAL_ROW.match(s.row):
            # one row of that name (three "审计业务经费" rows are three units' projects: which is this one's?)
            named: dict[int, int] = {}  # row -> the longest of its names the source shows
            for f in engine.index.corpus.docs[s.doc].facts:
                if f.table_title == s.table:
                    said = [len(x) for x in (f.row_name, *f.row_path) if len(x) >= 2 and x in s.row]
                    if said:
                        named[f.row_index] = max(named.get(f.row_index, 0), *said)
            longest = max(named.values(), default=0)
            if sum(1 for n in named.values() if n == longest) == 1:
                continue
            return False
        if s.row and short in s.row:
            continue
        return False
    return True


def _present(
    engine: Assistant, q: Question, body: str, figure: Figure, passages: list[PassageRef], ranking: bool = False
) -> Answer:
    """The answer that states one figure, with its sources and arithmetic, unless a check fails."""
    asked = q.text if ASKED_UNIT.search(q.text) else body  # "多少w" is read as 多少万元 in the body
    if q.guess is not None and not ASKED_UNIT.search(asked) and figure.unit == "元" and abs(q.guess) >= 1:
        asked = "多少亿元" if abs(q.guess) >= 10_000 else "多少万元"  # "是不是五千万左右": in the believer's unit
    figure = _in_asked_count(_in_asked_unit(figure, asked), q.text)
    largest_share = ranking and re.search(r"(?:占比|比重|比例)(?:是|为)?最", body)  # "哪一类占比最大": the name
    in_percent = figure.unit in ("%", "个百分点")
    if not in_percent and _SHARE.search(body) and _ASKS_PERCENT.search(body) and not largest_share:
        # "最大的项目占项目支出的比例" answered with an amount: not what was asked
        return Answer(q.asked, "not_found", "没有找到可以回答该问题的数据。", passages=passages)
    doc = engine.index.corpus.docs[figure.sources[0].doc].document
    whose = f"{doc.organisation}{doc.year or ''}年{doc.kind}"
    others = {engine.index.corpus.docs[s.doc].document.organisation for s in figure.sources} - {doc.organisation}
    if others:  # organisations compared: each named
        whose = f"{'、'.join([doc.organisation, *sorted(others)])}{doc.year or ''}年{doc.kind}"
    cites = "；".join(dict.fromkeys(_cite(s) for s in figure.sources))
    formula = f"，计算：{figure.formula}" if figure.formula else ""
    readings = ([f"“{q.resolved.reading}”"] if q.resolved.reading else []) + q.readings
    reading = f"（按{'；'.join(readings)}理解）" if readings else ""
    text = f"{reading}{whose}：{_stated(figure.label, figure.value, figure.unit)}{formula}（{cites}）。"
    if q.guess is not None and figure.unit in _MONEY and q.bound:  # "办公费有没有超过10万": crossed or not
        said = figure.value * _MONEY[figure.unit] / 1e4
        if q.bound == "reach":
            text = ("达到了。" if said >= q.guess else "没有达到。") + text
        elif q.bound == "over":
            text = ("超过了。" if said > q.guess else "正好达到。" if said == q.guess else "没有超过。") + text
        else:
            text = (
                "是的，不到。" if said < q.guess else "不是，正好相等。" if said == q.guess else "不是，超过了。"
            ) + text
    elif q.guess is not None and figure.unit in _MONEY:  # "…是不是1200万左右？": yes or no, then the figure
        said = figure.value * _MONEY[figure.unit] / 1e4
        text = ("基本是这样。" if abs(said - q.guess) <= 0.2 * max(abs(said), abs(q.guess)) else "不是。") + text
    if figure.unit in _MONEY and (whether := _WHETHER_ANY.search(q.text)):
        # "是不是没有政府性基金预算？", "有没有买车的钱": yes or no first, then the figure
        none = figure.value == 0
        text = ("是的，没有。" if none else "不是，有。") if whether.group(1) else ("没有。" if none else "有。")
        text += f"{reading}{whose}：{_stated(figure.label, figure.value, figure.unit)}{formula}（{cites}）。"
    if not _numbers_accounted(text.replace(reading, "", 1), figure, doc.year):  # the reading quotes the asker
        return Answer(q.asked, "not_found", "没有找到可靠的答案。", passages=passages)
    if unsure := _far_from_its_parts(engine, figure):
        return Answer(q.asked, "not_found", unsure, passages=passages)
    return Answer(q.asked, "answered", text + _audit_note(engine, figure), [figure], passages)


# "单位预算和部门预算相比", "部门预算与单位预算": the two editions named together
_EDITIONS_SAID = re.compile(
    r"(?:的)?(?:单位预算|部门预算)(?:和|与|跟|及|同)(?:单位预算|部门预算)(?:相比|比较|对比)?[，,]?"
)
# "安全生产业务费项目", "预决算管理业务这个一级项目的经费": the project by its name
_PROJECT_SAID = re.compile(r"(.{4,}?)(?:这个|这一?)?(?:一级|二级)?项目(?:的)?(?:经费|资金)?")
# "金额最大的那个项级科目，比上年执行数增加了多少": a figure of the row a ranking names
_RANKED_THEN = re.compile(
    r"^(?P<rank>.+?(?:最大|最多|最高|最少|最小|最低)的)(?:那个|那一?项|那笔|这个)?"
    r"(?P<what>项级科目|款级科目|类级科目|科目|项目|一项|单位)"
    r"[，,]?(?P<then>(?:比|较|与|占|的|在|上年|去年).+?(?:多少|几|百分之).*)$"
)
_EDITIONS_COMPARED = re.compile(
    r"(?:相差|差了|差|相比差)(?:多少|几)|(?:多|少)(?:多少|几)|(?:是)?(?:同一个数|一个数|一样|相同|一致)(?:吗|么|不)"
)
_SAME_ASKED = re.compile(r"(?:是)?(?:同一个数|一个数|一样|相同|一致)(?:吗|么|不)[？?，,]*(?:是|分别是|各是)?(?:多少)?")


# A printed total this far from the sum of its printed parts is a misread or misprinted column, not a slip
_FAR_APART = 0.5


def _far_from_its_parts(engine: Assistant, figure: Figure) -> str:
    """The honest decline for a figure read or computed from a total the audit finds far from its own parts
    (a column printed out of line): both figures said, neither stated as the answer."""
    for source in figure.sources:
        fact = cited_fact(engine.index.corpus.docs[source.doc], source)
        finding = engine.inconsistent.get(source.doc, {}).get(fact_id(fact)) if fact else None
        if fact is None or finding is None or finding.facts[:1] != (fact_id(fact),) or finding.expected is None:
            continue
        if finding.rule not in ("合计列", "合计行", "分项之和"):
            continue
        larger = max(abs(finding.expected), abs(fact.value))
        if not larger or abs(finding.expected - fact.value) / larger <= _FAR_APART:
            continue
        used = "该数" if figure.formula is None else f"计算所用的“{source.row}”行“{source.column}”列"
        return (
            f"没有找到可靠的答案：表中{used}为 {format_value(fact.value)} {fact.unit}（第 {source.page} 页），"
            f"而其各分项合计为 {format_value(finding.expected)} {fact.unit}，两者相差很大，可能是表格印刷或识别错位，"
            "请以原文件为准。"
        )
    return ""


def _audit_note(engine: Assistant, figure: Figure) -> str:
    """One sentence when a cell the figure uses is part of an inconsistency the audit found."""
    for source in figure.sources:
        fact = cited_fact(engine.index.corpus.docs[source.doc], source)
        finding = engine.inconsistent.get(source.doc, {}).get(fact_id(fact)) if fact else None
        if finding is not None:
            other = "、".join(f"第 {p} 页" for p in finding.pages if p and p != source.page)
            where = other or "文件中"
            if finding.severity != "error":  # a hundredth apart: rounded in one place, cut in the other
                apart = "相差 0.01（可能一处四舍五入、一处截位）"
                return f"注意：核对发现该数字与{where}的相应数字{apart}，请以原文件为准。"
            return f"注意：核对发现该数字与{where}的相应数字不一致（核对规则：{finding.rule}），请以原文件为准。"
    return ""


def _said_the_other_way(item: str, label: str) -> bool:
    """ "一级项目实行绩效目标管理" of a count printed as "…实行绩效目标管理一级项目": the item's two halves
    in the other order, every pair of characters of it in the label."""
    return any(coverage(item[i:] + item[:i], label) == 1 for i in range(2, len(item) - 1))


def _number_of_people(item: str, label: str, unit: str) -> bool:
    """ "接待了多少人" of "接待人数 13 人", "培训多少人次" of "培训人次": what the people did, in the item."""
    done = re.fullmatch(r"(.{2,8}?)(?:人数|人次)", label)
    return unit in ("人", "人次") and done is not None and done.group(1) in item


def _one(engine: Assistant, item: str, doc_ids: list[str], q: Question, unit: str | None = None) -> Candidate:
    found = engine.match(item, doc_ids, q, unit)
    if not found:
        raise LookupError(f"“{item}”")
    return found[0]


# "年初的收入预算": last year's budget as passed, which is what a budget compares with
_AT_START_OF_YEAR = re.compile(r"^(?:年初|年度)(?:的)?")
# "设了", "下设", "共有": the verb before what a count counts
_HAVING = re.compile(
    r"^(?:本级|机关|单位|部门)?(?:下属的?|所属的?|下面|底下)?(?:一共|总共|共计|共)?(?:下设|下辖|管辖|管着|管理着|设置|设立|设有|设(?![备施计])|共有|拥有|有|包括|包含|列了|列出)?了?"
    r"(?=.)"
)
# "…执行数", "…年初预算数": which of last year's figures; the item is what precedes it
_KIND_OF_FIGURE = re.compile(r"(?:的)?(?:(?:当年)?(?:预算)?执行数|年初(?:预算数?)?|预算数|决算数)$")


_THIS_YEARS_TOTAL = re.compile(r"(?<=^本年收入|^本年支出)合计$")
_WHICH_IN_BRACKETS = re.compile(r"(.{2,}?)(?:实际)?(?:花费?了?|用了?|是)?[（(]((?:年初)?(?:预算|决算|执行)数?)[）)]")
# "三公经费、会议费、培训费合计里，除了会议费以外的一共多少": the whole less one part of it
_EXCEPT = re.compile(
    r"^(?P<whole>.{2,}?)(?:里面|里头|当中|之中|中|里)?的?[，,]?除了?(?P<part>.{2,}?)(?:以外|之外|外)?的?[，,]?"
    r"(?:其他|其余|剩下|其它)的?(?:部分|各项|项目|支出|的)?(?:一共|合计|总共|共|加起来)?(?:是|有)?(?:多少|几)"
    r"|^(?P<whole2>.{2,}?)(?:里面|里头|当中|之中|中|里)?的?[，,]?除了?(?P<part2>.{2,}?)(?:以外|之外)的?"
    r"(?:部分|各项)?(?:一共|合计|总共|共|加起来)?(?:是|有)?(?:多少|几)"
)
# "除了工资福利支出，基本支出里其他的一共多少": the part first
_EXCEPT_FIRST = re.compile(
    r"^除了?(?P<said>.{4,}?)(?:里面|里头|当中|之中|中|里)的?"
    r"(?:其他|其余|剩下|其它)的?(?:部分|各项|项目|支出)?(?:一共|合计|总共|共|加起来)?(?:是|有)?(?:多少|几)"
)


def _all_but(engine: Assistant, whole: str, part: str, doc_ids: list[str], q: Question) -> Figure:
    """The whole less one part ("基本支出中除了工资福利支出以外的"): both printed, the part within the whole
    (found as the whole's part) and smaller than it; declined otherwise, never the whole itself."""
    part = re.sub(r"(?:以外|之外|外)$", "", part)
    listed = [x for x in re.split(r"[、,，]|和|及|与", re.sub(r"的?(?:合计|总计|总额|共计)$", "", whole)) if x]
    if len(listed) >= 2 and part in listed:  # "三公经费、会议费、培训费合计里除了会议费": the others' sum
        rest = [x for x in listed if x != part]
        parts = [_summand(engine, x, rest[-1], doc_ids, q) for x in rest]
        values = _same_unit(*parts)
        total = round(sum(values), 2)
        formula = " + ".join(format_value(v) for v in values) + f" = {format_value(total)}"
        return Figure(total, parts[0].unit, f"{'、'.join(rest)}合计（{whole}中除{part}以外）", formula,
                      tuple(p.source() for p in parts))  # fmt: skip
    a = _one(engine, whole, doc_ids, q)
    b = _one(engine, f"{whole}中{part}", doc_ids, q)
    a, b = _one_table(engine, (whole, f"{whole}中{part}"), (a, b), doc_ids, q)  # one 口径
    va, vb = _same_unit(a, b)
    if a.source() == b.source() or not 0 < vb < va:
        raise LookupError(f"“{whole}”中的“{part}”")
    value = round(va - vb, 2)
    formula = f"{format_value(va)} − {format_value(vb)} = {format_value(value)}"
    return Figure(value, a.unit, f"{whole}中除{part}以外的部分", formula, (a.source(), b.source()))


# which items stayed the same as last year: "哪些科目和上年一样", "持平的有哪些", "有没有持平的"
_UNCHANGED_ASKED = re.compile(
    r"(?:哪些|哪几|哪个|哪项|有没有|几个|多少个)(?P<what>[^，,。？?]{0,16}?)(?:和|与|跟|同)(?:上年|上一年)[^，,。？?]{0,8}?"
    r"(?:一样|相同|持平|没变|不变|没有变化)"
    r"|(?:持平|没变|没有变化|不变|一样)的(?P<what2>[^，,。？?]{0,8}?)(?:有)?(?:哪些|哪几|哪个|哪项|几个|多少)"
    r"|有没有(?P<what3>[^，,。？?]{0,12}?)(?:持平|没变|不变)的"
)


def _unchanged_items(engine: Assistant, body: str, doc_ids: list[str]) -> Figure:
    """The items whose text says they are the same as last year ("…支出10,000万元，与上年预算数相同"), of
    the kind asked (a 科目: a row named by its 款/项 or code; 收入 or 支出; “三公”经费). Nothing said so is
    no "没有": the text may simply not say it."""
    m = _UNCHANGED_ASKED.search(body)
    assert m is not None
    what = body[: m.start()] + (m["what"] or m["what2"] or m["what3"] or "")  # "三公经费里有没有…"
    said: dict[str, tuple[str, TextFact]] = {}
    for d in dict.fromkeys(x for doc_id in doc_ids for x in engine.disclosure(doc_id)):
        for t in engine.index.corpus.docs[d].text_facts:
            if t.change != 0 or t.value is None or t.unit not in _MONEY:
                continue
            if "科目" in what and not re.search(r"（[类款项]）|\d{3,7}", t.subject):
                continue
            sangong = re.search(r"三公|出国|公务用车|公务接待", t.subject)  # “三公”经费 and its three parts
            if ("收入" in what) != ("收入" in t.subject) or ("三公" in what and not sangong):
                continue
            said.setdefault(plain_label(t.subject), (d, t))
    if not said:
        raise LookupError(f"与上年相同的{what or '项目'}")
    names = [t.subject for _, t in said.values()]
    sources = tuple(Candidate(d, (t.subject,), t.value or 0.0, t.unit, text_fact=t).source() for d, t in said.values())
    noun = clean_item(re.sub(r"^(?:的|有)|(?:里面|里|当中|之中|中|的)+$", "", what)) or "项目"
    return Figure(len(names), "个", f"说明中与上年相同的{noun}（{'；'.join(names)}）数", None, sources)


_ACHIEVED = re.compile(r"实际(?:完成|实现|做到|达到)了?")


def _asks_project_count(body: str) -> bool:
    """ "项目支出表里列了几个项目": the projects the table lists (一级/二级/绩效 counts are stated in the text)."""
    return bool(_PROJECT_COUNT.search(body)) and not re.search(r"一级|二级|绩效|哪|最", body)


_PROJECT_COUNT = re.compile(r"(?:几个|多少个|几项|多少项)(?:具体)?项目(?!支出)|项目(?:一共|共|总共)?有?(?:几个|多少个)")


def _compute(engine: Assistant, q: Question, body: str, doc_ids: list[str]) -> Figure | list[Figure]:
    if q.other_year:
        return _across_years(engine, q, body, doc_ids)
    if _ACHIEVED.search(q.text) and not q.last_year and engine._kinds(doc_ids) == {"预算"}:
        # "全市城镇新增就业实际完成了多少" of a budget: it states the year's targets, never what was done
        raise LookupError("实际完成数（预算文件只列当年的计划和目标）")
    if q.units:
        return _units_figure(engine, q, body)
    if q.unit is None and body.startswith("本级") and (own := own_level_unit(engine.index, doc_ids)):
        q = replace(q, unit=own)  # "深圳水务局本级项目支出": the department's own row, not the whole budget
        body = body.removeprefix("本级").lstrip("的")
    if q.unit is not None and (m := _SHARE.search(body)):  # "X中心预算占部门预算总额的比重"
        part, whole = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), "")
        whole = whole.replace(clean_item(part), "") if clean_item(part) else whole  # "占全局三公经费": the same item
        if _WHOLE_OF_DEPARTMENT.fullmatch(clean_item(whole)):
            return unit_share(engine.index, q.unit, clean_item(part) or "预算")
    if q.unit is not None and (moved := _RATE.search(body) or _CHANGE.search(body)) and "比上年" in body:
        # "X中心三公经费比上年增长了百分之几": the unit's own rows of both years
        item = clean_item(re.sub(r"比上年.*$", "", body[: moved.start()] if _RATE.search(body) else body))
        now = unit_figure(engine.index, q.unit, item)
        before = unit_figure(engine.index, q.unit, item, last_year=True)
        if now.unit != before.unit:
            raise LookupError(f"{q.unit.row_name}两年同一单位的“{item}”")
        sources = (*now.sources, *before.sources)
        change = round(now.value - before.value, 6)
        if _RATE.search(body):
            if not before.value:
                raise LookupError(f"{q.unit.row_name}上年的“{item}”（为零）")
            pct = round(change / before.value * 100, 2)
            formula = (
                f"({format_value(now.value)} − {format_value(before.value)}) ÷ {format_value(before.value)} × 100%"
                f" = {format_value(pct)}%"
            )
            return Figure(pct, "%", f"{now.label}比上年的变化率", formula, sources)
        formula = f"{format_value(now.value)} − {format_value(before.value)} = {format_value(change)}"
        return Figure(change, now.unit, f"{now.label}比上年的增减", formula, sources)
    if q.unit is not None:  # a unit its parent's tables print: only its own row answers
        if (m := _SUM.search(body)) and not q.last_year:  # "…本级的A和B一共": each from the unit's row
            with contextlib.suppress(LookupError):
                return _unit_sum(engine, q.unit, m)
        try:
            item = clean_item(body)
            said_last = re.match(r"(?:去年|上年|上一年)度?(?:的)?", item)  # "X中心去年公务接待费"
            last_year = q.last_year or said_last is not None
            return unit_figure(engine.index, q.unit, item[said_last.end() :] if said_last else item, last_year)
        except LookupError:
            if last_year:
                raise
            if (said := _said_of_unit(engine, q, body)) is not None:
                return said
            if m := _SUM.search(body):  # "…管理处的物业费和电费一共": each from the unit's row
                return _unit_sum(engine, q.unit, m)
            raise
    performance = "绩效" in body or "绩效目标" in (q.table_types or ())
    condition = asked_condition(body)
    if asks_key_projects(body):  # "有哪些重点项目": the table titled for them, else as the text says
        with contextlib.suppress(LookupError):
            return key_projects(engine, doc_ids, body)
    if asks_project_list(body) and not performance:  # "有哪些项目": each named
        return count_projects(engine, doc_ids, condition, named=True)
    if _asks_project_count(body) and not performance:
        return count_projects(engine, doc_ids, condition)
    listed = re.sub(rf"[，,]?{re.escape(condition.said)}的?", "", body) if condition is not None else body
    if condition is not None and asks_listed_count(listed):  # "培训费明细表里超过4万元的培训有几个"
        return count_listed(engine, listed, doc_ids, condition)
    if condition is not None and performance and _PROJECT_COUNT.search(body) and not re.search(r"一级|二级", body):
        return count_performance(engine, doc_ids, condition)  # "绩效目标表中资金总额超过10亿元的项目有几个"
    if condition is not None and (_PROJECT_COUNT.search(body) or asks_listed_count(body) or asks_unit_count(body)):
        raise LookupError(f"{condition.said}的逐项数据")  # counting every row would ignore the condition
    if re.search(r"(?:几|多少)(?:个|张|份)(?:项目)?(?:支出)?绩效目标表", body):  # "公开了多少个项目支出绩效目标表"
        return count_performance(engine, doc_ids)
    if _PROJECT_COUNT.search(body) and performance and not re.search(r"一级|二级|哪|最", body):
        try:  # "设置了几个项目绩效目标": as the text states it, else as the tables list them
            return _lookup(engine, clean_item(body), doc_ids, q, "个")
        except LookupError:
            return count_performance(engine, doc_ids)
    if asks_listed_count(body):  # "培训费明细表里列了几项培训"
        return count_listed(engine, body, doc_ids)
    if asks_unit_count(body):
        return count_units(engine, body, doc_ids)
    if asks_code_count(body):  # "一般公共预算支出表里列了几个项级科目"
        return count_codes(engine, body, doc_ids, q.table_types)
    docs = [engine.index.corpus.docs[d] for d in doc_ids]
    if asks_listed_average(body):  # "会议费明细里那3个会，平均每个多少": the listed rows' average
        return average_listed(engine, body, doc_ids)
    if m := _OF_LAST_YEAR.search(body):  # "收入预算是去年的几倍", "相当于上年的百分之几": this year over last
        return _against_last_year(engine, q, clean_item(body[: m.start()] + body[m.end() :]), m, doc_ids)
    if _UNCHANGED_ASKED.search(body):  # "有哪些科目和上年预算数一样": the items the text says stayed the same
        return _unchanged_items(engine, body, doc_ids)
    said_amounts = arabic_amounts(re.sub(r"(?<=[离距比])一个?亿", "1亿", body))
    if gap := _GAP_TO_AMOUNT.search(said_amounts):  # "部门预算离4个亿还差多少", "比8个亿多出多少"
        return _gap_to_amount(engine, q, clean_item(said_amounts[: gap.start()]), gap, doc_ids)
    averaged = re.search(r"平均|均摊", body)  # "平均每个退休干部一年多少": a division, not a stated rate
    if (rate_per := asked_per(body)) and not averaged and (stated := rates(clean_item(body), rate_per, docs)):
        # "污水处理费居民每吨多少钱", "低保标准每月多少元": a rate the document states, never a division
        return Figure(stated[0].value, stated[0].unit, stated[0].label(), None, (stated[0].source(),))
    if per := _PER.search(body):  # "平均每辆车的运行维护费", "人均基本支出": an amount over a count
        if per.group(0) == "人均" and (indicator := engine._indicator(clean_item(body), doc_ids)):
            # "人均培训成本（元） | ≤1947": a performance indicator printed per head, never a division
            return Figure(indicator[0].value, indicator[0].unit, indicator[0].label(), None, (indicator[0].source(),))
        return _average(engine, q, body, per, doc_ids)
    if spread := _PER_PERIOD.search(body):  # "平均每个月工资福利支出多少": the year's money over its months
        return _per_period(engine, q, body, spread, doc_ids)
    if q.last_year:
        if _SHARE.search(body) or _RATE.search(body) or _CHANGE.search(body) or _SUM.search(body):
            raise LookupError("上一年度的该项")
        body = body if _LAST_YEAR.search(body) else f"上年{body}"
    if m := _COMPLETION_ASKED.search(body):
        return _completion(engine, q, clean_item(body[: m.start()] + body[m.end() :]), doc_ids)
    if m := _OUTTURN_GAP.search(body):
        gap_item = clean_item(body[: m.start()] + body[m.end() :])
        # "综合医院（财政拨款）": the fund a 决算's 说明 reports it under, said as a gloss
        unglossed = re.sub(r"[（(](?:财政拨款|一般公共预算(?:财政拨款)?)[)）]", "", gap_item)
        for each in dict.fromkeys((gap_item, unglossed)):
            with contextlib.suppress(LookupError):  # else read as any difference
                return _outturn_gap(engine, q, each, doc_ids)
    if m := _SHARE.search(body):
        part, whole = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), "")
        whole = whole.lstrip("了")  # "占了多大比例"
        if (_ASKS_HOW_MUCH.match(whole.strip("的是")) or _WHOLE_WORD.fullmatch(whole.strip("的是"))) and (
            pm := _PART_OF.match(part)
        ):  # "政府采购预算中，服务类采购占总额的几成": the whole is what the part is of
            part, whole = pm.group(2), pm.group(1)
            if clean_item(whole) in ("", "钱"):  # "…的钱里面，基本支出占百分之多少": of everything
                whole = ""
        if "百分点" in body:  # "基本支出占比比上年提高了几个百分点": the change of the share, not the share
            return _share_points(engine, q, clean_item(part), clean_item(whole), doc_ids)
        if "采购" in whole:  # "政府采购里买服务的钱占多少": the 服务 class of the procurement
            part = re.sub(
                r"^(?:买|购买|采购)(?=货物|工程|服务)|(?<=货物|工程|服务)(?:类)?(?:采购)?(?:的)?(?:钱|资金|金额)?$",
                "",
                part,
            )
        return _share(engine, q, clean_item(part), clean_item(whole), doc_ids)
    if _RATE.search(body) or _CHANGE.search(body):
        item = clean_item(re.sub(r"比上年(?:(?:当年)?预算执行数|预算|决算)?", "", _CHANGE.sub("", _RATE.sub("", body))))
        item = _KIND_OF_FIGURE.sub("", item) or "支出总计"
        c = _with_change(engine, item, doc_ids, q)
        t = c.text_fact
        assert t is not None
        if _RATE.search(body):
            if t.change_pct is None and t.change is not None and c.value - t.change:
                # the text states the change but not its rate: rate = change ÷ last year's figure
                prior = c.value - t.change
                pct = round(t.change / prior * 100, 2)
                less = f"− {format_value(t.change)}" if t.change >= 0 else f"+ {format_value(-t.change)}"
                base = f"{format_value(prior)}（上年：{format_value(c.value)} {less}）"
                formula = f"{format_value(t.change)} ÷ {base} × 100% = {format_value(pct)}%"
                value = abs(pct) if pct < 0 and (_FELL.search(body) or _EITHER_WAY.search(body)) else pct
                return Figure(value, "%", f"{item}比上年的{'降幅' if pct < 0 and value > 0 else '增幅'}", formula,
                              c.sources())  # fmt: skip
            if t.change_pct is None:
                raise LookupError(f"“{item}”的增长率")
            fell = t.change_pct < 0
            value = abs(t.change_pct) if fell and (_FELL.search(body) or _EITHER_WAY.search(body)) else t.change_pct
            return Figure(value, "%", f"{item}比上年的{'降幅' if fell and value > 0 else '增幅'}",
                          None, c.sources()[-1:])  # fmt: skip
        assert t.change is not None
        value = abs(t.change) if re.search(r"减少|下降|降低|(?<!多)少", body) else t.change  # not 增减多少
        verb = "减少" if t.change < 0 else "增加" if t.change > 0 else "持平，变化"
        if premise := _wrong_premise(body, t.change):  # "增加了多少" of what fell: its size, said so
            value, verb = abs(t.change), verb + premise
        elif value < 0:  # "多了还是少了，差多少": the signed change, named as a change ("…的变化（减少）为 -990")
            verb = f"的变化（{verb}）"
        rate = (
            f"（{'下降' if t.change_pct < 0 else '增长'} {format_value(abs(t.change_pct))}%）"
            if t.change_pct is not None
            else ""
        )
        told = f"{item}比上年{verb}{rate}" if t.change else f"{item}与上年持平，变化"  # not "持平，变化（增长 0%）"
        if t.sentence or not c.also:  # stated in the text
            return Figure(value, t.change_unit or t.unit, told, None, c.sources()[-1:])
        prior = round(c.value - t.change, 6)  # the table's 上年 column, or its 增减 column
        formula = f"{format_value(c.value)} − {format_value(prior)} = {format_value(t.change)}"
        return Figure(value, c.unit, f"{item}比上年{verb}", formula, c.sources())
    if _LAST_YEAR.search(body):
        kind_said = _KIND_OF_FIGURE.search(asked := clean_item(_LAST_YEAR.sub("", body)))
        item = _KIND_OF_FIGURE.sub("", asked)
        item = bare_total(_AT_START_OF_YEAR.sub("", item)) or "支出总计"  # "2025年年初的收入预算"
        try:
            c = _with_change(engine, item, doc_ids, q, prior=True)
        except LookupError:
            which = "执行" if "执行" in body else "决算" if "决算" in body else "预算" if "预算" in body else ""
            if printed := _last_years_cell(engine, item, doc_ids, which):
                return printed
            raise
        assert c.text_fact is not None and c.text_fact.change is not None
        if kind_said and "执行" in kind_said.group(0) and not _against_outturn(c):
            raise LookupError(f"上年{item}的执行数")  # a change from last year's budget gives its budget
        prior = round(c.value - c.text_fact.change, 2)
        if not c.text_fact.sentence and c.text_fact.section == "prior":  # printed in the table's 上年 column
            return Figure(prior, c.unit, f"上年{item}", None, c.also)
        formula = f"{format_value(c.value)} − {format_value(c.text_fact.change)} = {format_value(prior)}"
        if c.text_fact.change < 0:
            formula = f"{format_value(c.value)} + {format_value(-c.text_fact.change)} = {format_value(prior)}"
        return Figure(prior, c.unit, f"上年{item}", formula, c.sources())
    if q.in_two_tables:  # "收支总表的支出总计比财政拨款收支总表的支出总计多多少"
        (ta, xa), (tb, xb) = q.in_two_tables
        a = _one(engine, clean_item(xa), doc_ids, replace(q, table_types={ta}))
        b = _one(engine, clean_item(xb), doc_ids, replace(q, table_types={tb}))
        va, vb = _same_unit(a, b)
        value = round(va - vb, 2)
        formula = f"{format_value(va)} − {format_value(vb)} = {format_value(value)}"
        return Figure(value, a.unit, f"{a.source().table}的{xa}与{b.source().table}的{xb}之差", formula,
                      (a.source(), b.source()))  # fmt: skip
    if m := _RATIO.search(body) or _RATIO_OF.search(body):  # "基本支出是项目支出的几倍", "…和…之比"
        first, second = (clean_item(x) for x in _operands(m.group(1), m.group(2)))
        a = _one(engine, first, doc_ids, q)
        b = _second_operand(engine, first, second, doc_ids, q)
        a, b = _one_table(engine, (first, second), (a, b), doc_ids, q)
        va, vb = _same_unit(a, b)
        if a.source() == b.source() or not vb:
            raise LookupError(f"“{first}”与“{second}”两个不同的数")
        value = round(va / vb, 2)
        formula = f"{format_value(va)} ÷ {format_value(vb)} = {format_value(value)}"
        return Figure(value, "倍", f"{first}相当于{second}的倍数", formula, (a.source(), b.source()))
    if m := _EXCEPT.search(body):  # "基本支出中除了工资福利支出以外的"
        whole, part = m.group("whole") or m.group("whole2"), m.group("part") or m.group("part2")
        return _all_but(engine, clean_item(whole), clean_item(part), doc_ids, q)
    if m := _EXCEPT_FIRST.search(body):  # "除了工资福利支出基本支出里其他的": where the part ends, tried
        run = m.group("said")
        for i in sorted(range(2, len(run) - 1), key=lambda i: run[i:] not in measures()):  # 基本支出 first
            try:
                return _all_but(engine, clean_item(run[i:]), clean_item(run[:i]), doc_ids, q)
            except LookupError:
                continue
        raise LookupError(f"“{run}”中除去的部分")
    if (m := _DIFF.search(body)) or (m := _APART.search(body)) or (m := _WHICH_MORE.search(body)):
        raw = _operands(m.group(1), m.group(2))
        first, second = (clean_item(x) for x in raw)
        # "…的决算比年初预算少": which figure each is, not what ("年初" left by clean_item)
        first, second = (
            _KIND_OF_FIGURE.sub("", x) or x if _ASKS_PLANNED.search(r) else x for x, r in zip((first, second), raw)
        )
        a = _one(engine, first, doc_ids, replace(q, planned=bool(_ASKS_PLANNED.search(raw[0]))))
        b = _second_operand(engine, first, second, doc_ids, replace(q, planned=bool(_ASKS_PLANNED.search(raw[1]))))
        if a.source() == b.source():
            raise LookupError(f"“{first}”与“{second}”两个不同的数")  # both read as one cell: no difference
        va, vb = _same_unit(a, b)
        value = round(va - vb, 2)
        if m.re is not _DIFF or m.group(3) in "少低":
            value = abs(value)
        formula = f"{format_value(va)} − {format_value(vb)} = {format_value(round(va - vb, 2))}"
        label = "与".join(re.sub(r"^的|的(?=[预决年])", "", x) for x in raw) + "之差"
        if m.re is _WHICH_MORE:  # say which is larger, then by how much
            larger, smaller = (first, second) if va >= vb else (second, first)
            big, small = max(va, vb), min(va, vb)
            formula = f"{format_value(big)} − {format_value(small)} = {format_value(round(big - small, 2))}"
            label = f"{larger}多于{smaller}，两者之差" if va != vb else f"{first}与{second}相等，两者之差"
        return Figure(value, a.unit, label, formula, (a.source(), b.source()))
    if (m := _SUM.search(body)) and not inside_an_item_name("和", m.group(0)):  # not "商品和服务支出合计"
        first, last = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
        names = shown = [x for x in re.split(r"[、,，]", first) if x] + [last]
        if (within := _PART_OF.match(names[0])) and not any(_PART_OF.match(x) for x in names[1:]):
            # "机关运行经费里办公经费和工会经费": each a part of the whole named once, before the first
            names = [names[0], *(f"{within.group(1)}中{x}" for x in names[1:])]
        parts = [_summand(engine, x, names[-1], doc_ids, q) for x in names]
        if _one_within_another(parts):
            raise LookupError(
                "可以相加的各项（其中一项已包含在另一项之中）"
            )  # "工资和奖金": 奖金 is a part of 工资福利支出, not a second item
        values = _same_unit(*parts)
        total = round(sum(values), 2)
        formula = " + ".join(format_value(v) for v in values) + f" = {format_value(total)}"
        return Figure(total, parts[0].unit, "、".join(clean_item(x) for x in shown) + "合计", formula,
                      tuple(p.source() for p in parts))  # fmt: skip
    body = re.sub(r"有?多大(?:的)?面积|面积(?:有|是)?多大", "面积是多少", body)
    item = clean_item(body) or "支出总计"  # "XX局今年一共要花多少钱": the whole budget
    measure = _MEASURE.search(body)
    unit = (measure.group(1) or measure.group(2)) if measure else None
    if unit in ("名", "个人") or (unit == "个" and item.endswith("编制")):
        unit = "人"  # "编制多少名", "有几个人", "编制有多少个": a headcount
    if unit:  # "设了几个内设机构", "机关设置了多少个处室": the verb of having is no part of what is counted
        item = _HAVING.sub("", item) or item
    if unit and len(unit) > 1 and item.startswith(unit):  # "有多少平方米房屋": the measure before the thing
        item = item.removeprefix(unit).removeprefix("的") or item
    if unit is None and (area := re.fullmatch(r"(.+?)的?(?:建筑|占地|使用)?面积", item)):
        item, unit = area.group(1), "平方米"  # "房屋面积": the 房屋 of the assets, in square metres
    if unit in ("辆", "台") and re.fullmatch(r"(?:公务用?|公|汽|用)?车(?:辆)?", item):
        item = "车辆"  # 几辆公车 / 多少辆车: the vehicles the department holds, not one kind of them
    if unit == "人" and re.fullmatch(r"支出总计|(?:工作|在岗)?人员?|员工|职工|干部职工|干部|人手", item):
        return _headcount(engine, q, body, doc_ids)  # "单位有多少人": the people, not some item of them
    if unit == "个" and _ORGANS_ASKED.fullmatch(item):
        try:
            return _lookup(engine, item, doc_ids, q, unit)
        except LookupError:
            return _organs_listed(engine, doc_ids)  # "机构设置：综合事务部、综合治理部、后勤服务部"
    if planned := bool(_ASKS_PLANNED.search(body)):
        item = _KIND_OF_FIGURE.sub("", item) or item  # "…的年初预算数": which figure, not what
    money = unit is None and bool(_COST_ASKED.search(body))
    return _lookup(engine, item, doc_ids, replace(q, planned=planned), unit, money=money)


# "…比2024年决算" once the year is read: the comparison, and what it asks of it
# "比上年…", "和上年三公经费决算数相差多少": the year compared with, the item said again before its kind
_VERSUS_BASE = re.compile(
    r"(?:比|较|与|同|和|跟)上年(?:的)?(?:[^，。？?]{0,12}?(?:预算|决算)数?|(?:预算|决算)?数?)(?:相比)?"
)
_ASKED_CHANGE = re.compile(
    r"(?:是)?(?:增加|减少|增长|下降|上升|降低|增减|多|少|高|低|变化|相差|差)(?:了|出)?(?:多少|几)?(?:万元|元|亿元)?$"
    r"|(?:增长|下降|变化)?(?:了)?(?:百分之多少|百分之几|多少个?百分点|几成)$"
)


def _across_years(engine: Assistant, q: Question, body: str, doc_ids: list[str]) -> Figure:
    """An item of this year's document against the same item of the other year's document: the
    difference, or the rate when one is asked. Each figure is found as if asked of its own year."""
    m = _VERSUS_BASE.search(body)
    item = (body[: m.start()] + body[m.end() :]) if m else body
    if both := re.match(r"(.+?)(?:跟|与|和|同)上年(?:的)?(?:预算|决算)?数?(?:的)?.*?(?:相)?比(?!上年)", body):
        item = both.group(1) + body[both.end() :]  # "X预算跟上年决算的X比多了还是少了": X, once
    item = _ASKED_CHANGE.sub("", re.sub(r"[？?。！!\s]+$", "", item))
    item = _KIND_OF_FIGURE.sub("", clean_item(item)) or item
    item = re.sub(r"^(?:的)?(?:预算|决算)(?:数)?(?:的)?", "", item)
    alone = replace(q, other_year=(), last_year=False, planned=False)
    now, then = _compute(engine, alone, item, doc_ids), _compute(engine, alone, item, list(q.other_year))
    if isinstance(now, list) or isinstance(then, list) or now.unit != then.unit:
        raise LookupError(f"两个年度可比的“{item or '支出总计'}”")
    years = [engine.index.corpus.docs[f.sources[0].doc].document for f in (now, then)]
    named = [f"{d.year}年{d.kind}" for d in years]
    change = round(now.value - then.value, 2)
    if _RATE.search(body):
        if not then.value:
            raise LookupError(f"{named[1]}的“{item}”（为零）")
        pct = round(change / then.value * 100, 2)
        a, b = format_value(now.value), format_value(then.value)
        formula = f"（{a} − {b}）÷ {b} × 100% = {format_value(pct)}%"
        value = abs(pct) if pct < 0 and _FELL.search(body) else pct
        label = f"{named[0]}的{now.label}比{named[1]}的变化率"
        return Figure(value, "%", label, formula, (*now.sources, *then.sources))
    value = abs(change) if re.search(r"减少|下降|降低|(?<!多)少|低", body) else change
    formula = f"{format_value(now.value)} − {format_value(then.value)} = {format_value(change)}"
    verb = "增加" if change > 0 else "减少" if change < 0 else "持平，变化"
    if premise := _wrong_premise(body, change):
        value, verb = abs(change), verb + premise
    return Figure(value, now.unit, f"{named[0]}的{now.label}与{named[1]}之差（{verb}）", formula,
                  (*now.sources, *then.sources))  # fmt: skip


def _wrong_premise(body: str, change: float) -> str:
    """ "比上年增加了多少" of what fell (or "减少了多少" of what rose): the question's direction is wrong;
    the answer gives the size and says which way it went. "" when the question says no direction or
    the right one."""
    rose = re.search(r"增加|增长|多了|提高|上升|涨", body) and not re.search(r"增减|减少|下降|降低|少了", body)
    fell = re.search(r"减少|下降|降低|少了", body) and not re.search(r"增减|增加|增长|多了|提高|上升", body)
    if rose and change < 0:
        return "（问题说增加，实际是减少）"
    if fell and change > 0:
        return "（问题说减少，实际是增加）"
    return ""


# "人均基本支出", "平均每辆公务用车运行维护费", "平均每个项目多少钱": what one head, car, project or
# unit gets on average. Said as 人均, or with 平均 before or after the 每.
_PER = re.compile(
    r"人均|(?:平均|均摊)(?:下来|算下来|来看|分到|到)?(?:[^，,。？?每]{1,10}?的)?[每一](?:一)?(?:个|名|位|辆|台|家)?(?:绩效)?"
    r"(人次|批次|批|(?:离退休|退休|在职)?(?:干部|职工|员工|人员)|人|来宾|客人|车|辆|公务用车|公车|项目|单位|月"
    r"|内设机构|处室|科室|机构)"
    r"|每(?:一)?(?:个|名|位|辆|台|家)?(人|车|辆|公务用车|公车|项目|单位|月)(?:的)?(?:平均|均)"
    # "实行绩效目标管理的项目平均每个涉及多少": the noun said before
    r"|(?<=项目)(?:的)?(?:平均|均摊)(?:下来|算下来)?每(?:一)?个(?=涉及|多少|是|花|有|金额|资金|的|约)"
)
# "按在职人员（平均）", "按计划培训人数算（人均）": how the heads are counted, said around the amount
_COUNTED_BY = re.compile(r"^按照?(?:计)?算?(?:的)?|按照?[\u4e00-\u9fff]{0,8}?(?:人数|人员)?(?:计|来)?算?$")
_HEADCOUNTS = ("实有人员", "在职人员", "编制")  # what "有多少人" may be read as, when the question does not say
_HEADCOUNT_SAID = re.compile(r"(?:实有|在职|在编|编制|离退休|退休)(?:人员|人数)?")


def _average(engine: Assistant, q: Question, body: str, per: re.Match[str], doc_ids: list[str]) -> Figure:
    """An amount divided by the count it is shared over, each found as if asked alone; declined when
    either is not printed or the count is not one figure (编制 and 实有 differ and neither is named)."""
    noun = per.group(1) or per.group(2) or ("项目" if per.group(0).startswith(("平均", "的", "均")) else "人")
    noun = "人" if re.fullmatch(r"(?:离退休|退休|在职)?(?:干部|职工|员工|人员)", noun) else noun  # 每个退休干部
    if _ORGANS_ASKED.fullmatch(noun):  # "有38个处室，平均每个处室几个编制": the headcount over the offices
        return _per_organ(engine, q, body[: per.start()] + body[per.end() :], noun, doc_ids)
    rest = (body[: per.start()] + body[per.end() :]).strip("的")
    given = _GIVEN_COUNT.search(rest)
    rest = _GIVEN_AMOUNT.sub("", _GIVEN_COUNT.sub("", rest)) if given else rest
    rest = re.sub(r"\d+(?:辆|台|个|名|人)车?", "", rest)  # "3辆车，…平均每辆": the document's count is used
    # "按现有车辆数算": the cars counted as the document counts them
    rest = re.sub(
        r"按照?(?:现有|目前|实有)?的?(?:车辆|公车|公务用车|汽车)(?:数|数量|总数)?(?:来)?(?:算|计算)?的?", "", rest
    )
    item = clean_item(re.sub(r"平均(?:下来|算下来)?|(?:要|需要)?花了?|(?:是)?多少(?:钱|万元|元)?|几", "", rest))
    if given:  # "…补助经费要保障21个人，人均多少": the count said, where the document prints it of the item
        try:
            return _per_given_count(engine, q, item, given, doc_ids)
        except LookupError:
            pass  # "3辆车，…平均每辆": the document's own count of cars, as if not said
    if noun in ("批次", "批", "人次"):  # "国内公务接待平均每批次": the money over the batches the text counts
        return _per_reception(engine, q, item, "批次" if noun == "批" else noun, doc_ids)
    if noun in ("来宾", "客人") or (noun == "人" and "接待" in item):  # "公务接待费平均每位来宾": the guests
        return _per_reception(engine, q, item or "公务接待费", "人", doc_ids)
    if noun == "月":  # "退休费一年下来平均每个月": the year's amount over its twelve months
        yearly = re.sub(r"(?:一年|全年|每年|年度)?(?:下来|算下来)|全年|一年|每年|年度", "", item)
        return _per_month(engine, q, clean_item(yearly), doc_ids)
    if noun == "人":  # "编制人员人均…": the count named, not part of the amount
        # only at either end: "退休人员补助经费" is an amount, not a count
        item = re.sub(rf"^(?:{_HEADCOUNT_SAID.pattern})的?|(?:{_HEADCOUNT_SAID.pattern})$", "", item).lstrip("的")
        # "…按在职人员平均", "培训费预算按计划培训人数算人均": how to count, not the amount
        item = clean_item(re.sub(_COUNTED_BY, "", item))
    elif noun not in ("项目", "单位") and item and "车" not in item:
        item = f"公务用车{item}"  # "平均每辆车运行维护费": the cars' 运行维护费
    bought = noun not in ("人", "项目", "单位") and bool(re.search(r"买|购置|购买|新购", item))
    if bought:  # "买的公务用车平均一辆多少钱": the purchase money over the cars bought
        item = "公务用车购置费"
    if noun == "项目" and re.search(r"绩效|一级项目|二级项目", body):  # counted where the text states them
        item = ""
    elif not item:
        if noun != "项目":
            raise LookupError(f"平均每{noun}的哪一项金额")
        item = "项目支出"
    if not item:
        return _average_performance_project(engine, doc_ids)
    try:
        amount = _compute(engine, q, item, doc_ids)
    except LookupError:
        # "代办服务能力提升专题培训…每人培训费": the 培训费明细表's row of that training is its 培训费
        if not (of_one := re.fullmatch(r"(.{4,}?(培训|会议|会))的?\2?费", item)):
            raise
        item = of_one.group(1)
        amount = _compute(engine, q, item, doc_ids)
    if isinstance(amount, list) or amount.unit not in _MONEY:
        raise LookupError(f"“{item}”的金额")
    if noun == "项目" and "绩效" in body:  # "纳入绩效管理的项目，平均每个": the performance forms' money
        return _average_performance_project(engine, doc_ids)
    if noun == "人" and (in_row := _row_headcount(engine, amount, item, doc_ids, q)):
        count = in_row  # "新开工项目单位集中培训平均每人": the 人数 printed in the amount's own row
    elif noun == "人":
        count = _headcount(engine, q, rest, doc_ids)
    elif noun == "项目":
        count = count_projects(engine, doc_ids)
    elif noun == "单位":
        count = count_units(engine, "几个单位", doc_ids)
    elif bought:
        count = _bought_vehicles(engine, q, doc_ids)
    else:
        count = _vehicles(engine, q, doc_ids)
    if not count.value:
        raise LookupError(f"{noun}数")
    if given and count.value != float(given.group(1)):  # the asker's count is not the document's: never swapped
        raise LookupError(f"{noun}数 {given.group(1)}（文件所列为 {format_value(count.value)}）")
    value, unit = _per_unit(amount.value, amount.unit, count.value)
    formula = _per_formula(amount.value, amount.unit, count.value, value, unit)
    each = {"人": "人", "项目": "个项目", "单位": "个单位"}.get(noun, "辆车")
    named = amount.label if re.search(r"[\u4e00-\u9fff]", amount.label) else item  # not a placeholder ("**")
    label = f"平均每{each}的{item}（{named} ÷ {count.label}）"
    return Figure(value, unit, label, formula, (*amount.sources, *count.sources))


def _per_organ(engine: Assistant, q: Question, rest: str, noun: str, doc_ids: list[str]) -> Figure:
    """A headcount (编制, 实有人数) over the offices the text counts ("内设38个处室…编制338名"); declined when
    the asker's count of offices is not the document's."""
    said = re.search(rf"(\d+)个(?:内设)?{noun}", rest)
    rest = re.sub(rf"(?:有|共有|共)?\d+个(?:内设)?{noun}[，,]?", "", rest)
    kind = next((k for k in ("编制", "实有人员", "在职人员") if k[:2] in rest), None)
    if kind is None:
        raise LookupError(f"平均每个{noun}的哪一项人数")
    people = _lookup(engine, kind, doc_ids, q, "人")
    try:
        organs = _lookup(engine, noun, doc_ids, q, "个")
    except LookupError:
        organs = _organs_listed(engine, doc_ids)
    if isinstance(people, list) or isinstance(organs, list) or not organs.value:
        raise LookupError(f"{noun}数")
    if said and float(said.group(1)) != organs.value:
        raise LookupError(f"{noun}数 {said.group(1)}（文件所列为 {format_value(organs.value)}）")
    value = round(people.value / organs.value, 2)
    formula = f"{format_value(people.value)} ÷ {format_value(organs.value)} = {format_value(value)}"
    label = f"平均每个{noun}的{kind}（{kind}人数 ÷ {noun}数）"
    return Figure(value, people.unit, label, formula, (*people.sources, *organs.sources))


def _row_headcount(engine: Assistant, amount: Figure, item: str, doc_ids: list[str], q: Question) -> Figure | None:
    """The number of people a table prints in the amount's own row (a 培训费明细表's 人数 beside its
    金额), or a project's form among its indicators, when it prints one such number."""
    try:
        c = _one(engine, item, doc_ids, q)
    except LookupError:
        return None
    f = c.table_fact
    if f is None or not amount.sources or amount.sources[0] != c.source():
        return None
    facts = engine.index.corpus.docs[c.doc_id].facts
    cells = [
        g for g in facts
        if g.table_index == f.table_index and g.row_index == f.row_index and g.unit in ("人", "人次") and g.value
    ]  # fmt: skip
    if not cells and f.table_type == "绩效目标":
        # a project's form: its money, and the one count of people its indicators set ("参保人数 ≥119 人")
        cells = [
            g for g in facts
            if g.table_index == f.table_index and g.table_type == "绩效目标" and g.row_label == f.row_label
            and g.unit == "人" and g.value
        ]  # fmt: skip
    elif not cells and f.table_type == "项目支出表":
        # the project's row in 项目支出表, and its own 绩效目标 form elsewhere ("保障离退休干部人数 =21人")
        named = {f.row_label, *f.row_path}
        cells = [g for g in facts if g.table_type == "绩效目标" and g.row_label in named and g.unit == "人" and g.value]
    if len({g.value for g in cells}) != 1:
        return None
    head = Candidate(c.doc_id, (), cells[0].value, cells[0].unit, table_fact=cells[0])
    counted = cells[0].row_name if cells[0].table_type == "绩效目标" else f"{item}的人数"  # "保障离退休干部人数"
    return Figure(cells[0].value, "人", counted, None, (head.source(),))


# a count the asker states ("按现有102辆车算", "计划保障不少于18人次", "要保障21个人") and an amount said with it
_GIVEN_COUNT = re.compile(
    r"(?:按照?|以)?(?:(?:账上|目前|现在)(?:共)?有)?(?:现有|计划|共|要|需要|预计)?"  # "账上有3辆机动车"
    r"(?:保障|安排|培训|服务|补助|资助|覆盖|发放|接待)?(?:不少于|约|大约|共)?"
    r"(\d+)\s*(个人|人次|批次|辆|台|名|人|家)(?:机动车|公务用车|公车|车)?(?:来)?(?:算|计算?)?"
)
_GIVEN_AMOUNT = re.compile(r"(?:安排|预算|花)了?\d+(?:\.\d+)?(?:万元|万|元)")
_GIVEN_UNIT = {"个人": "人", "名": "人"}


# "平均每个月", "一个月", "月均", "每天", "日均", "每季度": the year's figure spread evenly over its parts
_PER_PERIOD = re.compile(
    r"(?:平均|均摊到?|摊到)?(?:每一?个?|一个)(月|季度)(?:平均)?|(?:平均|均摊到?|摊到)?(?:每一?|一)(天|日)(?!常)(?:平均)?"
    r"|(月|日)均"
)


def _per_period(engine: Assistant, q: Question, body: str, spread: re.Match[str], doc_ids: list[str]) -> Figure:
    """A year's money spread evenly over its months, quarters or days (365, or 366 in a leap year), as a
    citizen asks it ("平均每个月工资发多少"); the figure is the year's, found as if asked alone."""
    rest = body[: spread.start()] + body[spread.end() :]
    item = clean_item(re.sub(r"^的|(?:要|需要|得)?(?:花|发|用)了?(?=多少|几)|平均", "", rest))
    amount = _compute(engine, q, item or "花多少钱", doc_ids)  # "一天要花多少钱": the year's spending
    if isinstance(amount, list) or amount.unit not in _MONEY:
        raise LookupError(f"“{item}”的金额")
    period = {"日": "天"}.get(
        spread.group(2) or spread.group(3) or "", spread.group(1) or spread.group(2) or spread.group(3)
    )
    year = next((engine.index.corpus.docs[d].document.year for d in doc_ids), None) or 2001
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    count = {"月": 12, "季度": 4, "天": 366 if leap else 365}[period]
    value, unit = _per_unit(amount.value, amount.unit, count)
    spans = f"{count} 天" if period == "天" else f"{count} 个{period}"
    formula = f"{_per_formula(amount.value, amount.unit, count, value, unit)}（全年 {spans}，平均数）"
    label = f"平均每{'个' if period != '天' else ''}{period}的{item or amount.label}（{amount.label} ÷ {count}）"
    return Figure(value, unit, label, formula, amount.sources)


def _per_given_count(engine: Assistant, q: Question, item: str, given: re.Match[str], doc_ids: list[str]) -> Figure:
    """The item's money over a count the question states, when the document prints that count (in its
    unit) in a sentence that names the item; declined otherwise: a figure is never divided by a number
    the asker brought."""
    n, noun = float(given.group(1)), _GIVEN_UNIT.get(given.group(2), given.group(2))
    want = plain_label(re.sub(r"项目$|经费$|资金$|费$", "", item))
    counts = {
        (t.page, t.sentence): t for d in doc_ids for t in engine.index.corpus.docs[d].text_facts
        if t.unit == noun and t.value == n and len(want) >= 2
        and coverage(want, plain_label(t.sentence + t.section)) >= 0.5
    }  # fmt: skip
    cells = [
        (d, f) for d in doc_ids for f in engine.index.corpus.docs[d].facts
        if f.unit == noun and f.value == n and len(want) >= 2
        and coverage(want, plain_label(f.row_name + f.row_label)) >= 0.75  # a form's row_label is its project
    ]  # fmt: skip
    if len(counts) + len(cells) != 1:
        raise LookupError(f"“{item}”的{noun}数 {format_value(n)}")
    amount = _compute(engine, q, item, doc_ids)
    if isinstance(amount, list) or amount.unit not in _MONEY:
        raise LookupError(f"“{item}”的金额")
    value, unit = _per_unit(amount.value, amount.unit, n)
    formula = _per_formula(amount.value, amount.unit, n, value, unit)
    if counts:
        t = next(iter(counts.values()))
        source = Source(count_doc(engine, doc_ids, t), t.page, None, t.subject, None)
    else:
        d, f = cells[0]
        source = Source(d, f.page, f.table_title, f.row_name, f.column or None)
    label = f"平均每{noun}的{item}（{amount.label} ÷ {format_value(n)} {noun}）"
    return Figure(value, unit, label, formula, (*amount.sources, source))


def _per_month(engine: Assistant, q: Question, item: str, doc_ids: list[str]) -> Figure:
    """A year's amount as twelve equal months: the budget's figure over 12, the division stated."""
    # "人民调解项目795万，平均每个月多少": the amount the asker read, checked against the document's
    said = re.search(r"(\d+(?:\.\d+)?)(万元|万|元|亿元|亿)$", item)
    item = item[: said.start()] if said else item
    if not item:
        raise LookupError("平均每月的哪一项金额")
    amount = _compute(engine, q, item, doc_ids)
    if isinstance(amount, list) or amount.unit not in _MONEY:
        raise LookupError(f"“{item}”的金额")
    if said:
        unit = {"万": "万元", "亿": "亿元"}.get(said.group(2), said.group(2))
        asked = float(said.group(1)) * _MONEY[unit] / _MONEY[amount.unit]
        if abs(asked - amount.value) > 0.005 * max(1.0, abs(amount.value)):
            raise LookupError(
                f"“{item}”为 {said.group(0)} 的金额（文件所列为 {format_value(amount.value)} {amount.unit}）"
            )
    value, unit = _per_unit(amount.value, amount.unit, 12)
    formula = _per_formula(amount.value, amount.unit, 12, value, unit)
    return Figure(value, unit, f"平均每月的{item}（全年{amount.label} ÷ 12 个月）", formula, amount.sources)


_GUESTS = re.compile(r"来宾|来访人|接待人数|接待人员|宾客|客人")
_GROUPS = re.compile(r"团组|批次|来访团")


def _per_reception(engine: Assistant, q: Question, item: str, noun: str, doc_ids: list[str]) -> Figure:
    """ "公务接待平均每批次多少钱": the item's money over the 批次 (or 人次) one sentence of the text counts
    for it ("公务接待 10 批次、152 人次"); declined unless exactly one such count names the item."""
    want = plain_label(re.sub(r"^国内|费$|支出$", "", item))
    heads = {"人": ("人", "人次"), "人次": ("人", "人次"), "批次": ("批次", "批", "个")}.get(noun, (noun,))

    def counted(t: TextFact) -> bool:
        """Named for the item, or the guests or groups of a sentence on receptions ("接待人数共13人",
        "来宾15人次", "共接待国内来访团组3个")."""
        if want and want in plain_label(t.subject) and t.unit != "个":
            return True
        guests = _GROUPS if noun == "批次" else _GUESTS
        return "接待" in want and "接待" in t.sentence and bool(guests.search(t.subject))

    counts = {
        (t.value, t.page): t for d in doc_ids for t in engine.index.corpus.docs[d].text_facts
        if t.unit in heads and t.value and counted(t)
    }  # fmt: skip
    if len(counts) != 1:
        raise LookupError(f"“{item}”的{noun}数")
    count = next(iter(counts.values()))
    amount = _compute(engine, q, item if item.endswith("费") else f"{item}费", doc_ids)
    if isinstance(amount, list) or amount.unit not in _MONEY:
        raise LookupError(f"“{item}”的金额")
    assert count.value is not None
    value, unit = _per_unit(amount.value, amount.unit, count.value)
    formula = _per_formula(amount.value, amount.unit, count.value, value, unit)
    label = f"平均每{noun}的{item}（{amount.label} ÷ {count.subject} {format_value(count.value)} {count.unit}）"
    source = Source(count_doc(engine, doc_ids, count), count.page, None, count.subject, None)
    return Figure(value, unit, label, formula, (*amount.sources, source))


def _per_formula(amount: float, unit: str, count: float, value: float, per: str) -> str:
    """ "781.50 ÷ 6 = 130.25", with the units said when the share is in another ("0.90 万元 ÷ 152 = 59.21 元")."""
    if per == unit:
        return f"{format_value(amount)} ÷ {format_value(count)} = {format_value(value)}"
    return f"{format_value(amount)} {unit} ÷ {format_value(count)} = {format_value(value)} {per}"


def _per_unit(amount: float, unit: str, count: float) -> tuple[float, str]:
    """An amount shared over a count, to the cent: in 元 when a share of 万元 is under one 万元 (0.90 万元
    over 152 is 59.21 元, not 0.01 万元)."""
    if unit == "万元" and abs(amount / count) < 1:
        return round(amount * 10000 / count, 2), "元"
    return round(amount / count, 2), unit


def count_doc(engine: Assistant, doc_ids: list[str], fact: TextFact) -> str:
    """The document of one of its text facts."""
    return next(d for d in doc_ids if fact in engine.index.corpus.docs[d].text_facts)


def _bought_vehicles(engine: Assistant, q: Question, doc_ids: list[str]) -> Figure:
    """How many cars the budget buys, as asked in the words a disclosure may print it under."""
    for asked in ("购置公务用车几辆", "购置车辆几辆", "购置多少辆车"):
        with contextlib.suppress(LookupError):
            found = _compute(engine, q, asked, doc_ids)
            if isinstance(found, Figure) and found.unit in _COUNTS_HELD:
                return found
    raise LookupError("购置的车辆数")


def _average_performance_project(engine: Assistant, doc_ids: list[str]) -> Figure:
    """What a project under performance management gets on average: as the text states the number of
    projects and their money ("共38个项目纳入绩效目标管理，涉及财政性资金合计981,455.01万元"), else
    the money of the projects the performance tables list, added up and divided by their number."""
    for doc_id in doc_ids:
        said = engine.index.corpus.docs[doc_id].text_facts
        for i, t in enumerate(said):
            if t.unit != "个" or not t.value or not re.search(r"项目.*绩效|绩效.*项目", t.subject):
                continue
            same = [(j, m) for j, m in enumerate(said) if m.sentence == t.sentence and m.unit in _MONEY and m.value]
            after = [m for j, m in same if j > i]  # "…其中N个项目…，涉及资金X": the projects' own money
            before = [m for j, m in same if j < i]
            stated = after[0] if after else before[-1] if before else None
            if stated is None or stated.value is None:
                continue
            value = round(stated.value / t.value, 2)
            formula = f"{format_value(stated.value)} ÷ {format_value(t.value)} = {format_value(value)}"
            label = f"纳入绩效目标管理的项目平均每个的金额（{stated.subject} ÷ {t.subject}）"
            cells = tuple(Source(doc_id, x.page, None, x.subject, None) for x in (stated, t))
            return Figure(value, stated.unit, label, formula, cells)
    docs = [engine.index.corpus.docs[d] for d in doc_ids]
    projects = performance_projects(docs)
    money = [p for p in projects if p.cell.unit in _MONEY]
    if len(money) < 2 or len(money) != len(projects) or len({p.cell.unit for p in money}) != 1:
        raise LookupError("绩效目标表中逐项列示金额的项目")
    total = round(sum(p.cell.value for p in money), 6)
    value = round(total / len(money), 2)
    formula = f"{format_value(total)} ÷ {len(money)} = {format_value(value)}"
    cells = tuple(Candidate(p.doc_id, (p.name,), p.cell.value, p.cell.unit, table_fact=p.cell).source() for p in money)
    label = f"绩效目标表所列 {len(money)} 个项目的平均金额"
    return Figure(value, money[0].cell.unit, label, formula, cells[:12])


_ORGANS_ASKED = re.compile(r"(?:本级|机关|局本级|局机关)?(?:内设)?(?:机构|部门|处室|科室|处|科|职能部门|职能处室)")
_ORGANS_SAID = re.compile(
    r"(?:内设机构|机构设置|内设处室|内设)(?:情况)?(?:包括|为|有|是|分别是|分别为|如下)?[：:]\s*([^。；;：:]{4,400}?)(?=[。；;]|$)"
)
_ORGAN_NAME = re.compile(
    r"^[\u4e00-\u9fff]{1,16}(?:部|科|处|室|办公室|中心|队|所|站|局|司|股|委员会|组)(?:[（(][^）)]*[)）])?$"
)


def _organs_listed(engine: Assistant, doc_ids: list[str]) -> Figure:
    """The 内设机构 the text lists by name without counting them ("机构设置：综合事务部、综合治理部、
    后勤服务部"): how many, each named. Only a list of names that all look like offices, not cut off
    by 等, in one disclosure."""
    docs = {engine.index.corpus.docs[d].document.organisation for d in doc_ids}
    if len(docs) != 1:
        raise LookupError("内设机构")
    found: set[tuple[str, ...]] = set()
    pages: dict[tuple[str, ...], int] = {}
    for d in doc_ids:
        for passage in engine.index.corpus.docs[d].passages:
            text = fold(passage.text).replace(" ", "")
            said = list(_ORGANS_SAID.finditer(text))
            if passage.heading_path and re.search(r"机构设置|内设机构$", passage.heading_path[-1]):
                said += [m for m in [re.match(r"([^。；;：:]{4,400}?)(?=[。；;])", text)] if m]  # under its heading
            for m in said:
                listed = m.group(1)
                if listed.endswith("等") or re.search(r"\d|等\d|共", listed):
                    continue
                names = tuple(
                    re.sub(r"^(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])", "", n) for n in listed.split("、")
                )
                if len(names) >= 2 and all(_ORGAN_NAME.match(n) for n in names):
                    found.add(names)
                    pages.setdefault(names, passage.page)
    if len(found) != 1:
        raise LookupError("内设机构")
    names = found.pop()
    source = Source(doc_ids[0], pages[names], None, "机构设置", None)
    return Figure(len(names), "个", f"说明中列示的内设机构数（{'、'.join(names)}）", None, (source,))


def _vehicles(engine: Assistant, q: Question, doc_ids: list[str]) -> Figure:
    """The vehicles the department holds, counted in 辆 or, as some print it, in 台 ("共有车辆 27 台")."""
    for asked in ("有几辆公务用车", "车辆有多少台", "有几辆机动车"):  # "固定资产账上共有机动车3辆"
        try:
            found = _compute(engine, q, asked, doc_ids)
        except LookupError:
            continue
        if isinstance(found, Figure):
            return found
    raise LookupError("车辆数")


def _headcount(engine: Assistant, q: Question, body: str, doc_ids: list[str]) -> Figure:
    """The number of people asked: the kind the question names (编制, 实有, 在职), else the one count of
    实有/在职/编制 the disclosure prints; several different ones and none named: declined."""
    said = _HEADCOUNT_SAID.search(body)
    kinds = (said.group(0),) if said else _HEADCOUNTS
    if not said and re.search(r"培训|参训|学员", body):  # "培训费…平均到计划参训的每个人": those trained
        kinds = ("培训人数",)
    found: list[Figure] = []
    for kind in kinds:
        try:
            figure = _lookup(engine, kind, doc_ids, q, "人")
        except LookupError:
            continue
        if isinstance(figure, Figure) and figure.unit == "人":
            found.append(figure)
    if not found or len({f.value for f in found}) > 1:
        raise LookupError("人数（编制数、实有人数不一，请说明是哪一个）" if found else "人数")
    return found[0]


# "…决算完成了年初预算的百分之多少", "…的预算执行率": a 决算's outturn over its budget
_COMPLETION_ASKED = re.compile(
    r"(?:的)?(?:决算数?|支出)?完成了?(?:年初)?(?:预算|计划)数?的?(?:百分之多少|百分之几|多少|比例|比率)"
    r"|(?:的)?(?:年初)?(?:预算)?(?:完成率|执行率)(?:是|为)?(?:多少)?"
)


def _completion(engine: Assistant, q: Question, item: str, doc_ids: list[str]) -> Figure:
    """How much of its budget an item's outturn reached: the two figures of one row of a 决算 table
    (决算数 ÷ 年初预算数), never of two rows or two tables."""
    item = re.sub(r"(?<=..)的(?=支出(?:决算数?)?$|决算数?$)", "", item)  # "精神病医院（项）的支出决算"
    if stated := _stated_completion(engine, item, doc_ids):
        return stated
    done = _one(engine, item, doc_ids, replace(q, planned=False))
    plan = _one(engine, item, doc_ids, replace(q, planned=True))
    fd, fp = done.table_fact, plan.table_fact
    if (
        fd is None or fp is None or (fd.table_index, fd.unit) != (fp.table_index, fp.unit)
        or (fd.row_index != fp.row_index and fd.column_path != fp.column_path)  # one row, or one column ("三公")
    ):  # fmt: skip
        try:  # "年初预算为450.52万元，支出决算为449.52万元": the two the text states together
            done, plan = _stated_outturn(engine, item, doc_ids)
        except LookupError:
            raise LookupError(f"同一行的“{item}”年初预算数与决算数") from None
    if not plan.value:
        raise LookupError(f"“{item}”的年初预算（为零）")
    pct = round(done.value / plan.value * 100, 2)
    formula = f"{format_value(done.value)} ÷ {format_value(plan.value)} × 100% = {format_value(pct)}%"
    return Figure(pct, "%", f"{item}决算完成年初预算的比例", formula, (done.source(), plan.source()))


_COMPLETION_STATED = re.compile(r"完成了?(?:年初)?预算数?的\s*(\d+(?:\.\d+)?)\s*[%％]")
_NEXT_CODED_ITEM = re.compile(r"[（(](?:类|款|项)[)）]|\d{1,2}[.、．](?!\d)")


# "…比年初预算少花了多少", "决算比预算多支出多少": a 决算's outturn against its budget, in 万元
_OUTTURN_GAP = re.compile(
    r"(?:的)?(?:决算数?|支出决算|实际支出|实际)?(?:比|较)(?:年初)?预算数?(?:多花|少花|多支出|少支出|节约|超支|超出|多|少)了?"
    r"(?:多少|几)(?:钱|万元|元|亿元)?"
)


def _outturn_gap(engine: Assistant, q: Question, item: str, doc_ids: list[str]) -> Figure:
    """How far a 决算's outturn is from its budget: the two figures of one row of a 决算 table, else the
    two the text states for the item in one sentence ("年初预算 2325.72 万元，支出决算 2066.84 万元")."""
    if not doc_ids or any(engine.index.corpus.docs[d].document.kind != "决算" for d in doc_ids):
        raise LookupError(f"“{item}”的决算数")  # a budget prints no outturn
    done: Candidate | None = None
    plan: Candidate | None = None
    with contextlib.suppress(LookupError):
        done = _one(engine, item, doc_ids, replace(q, planned=False))
        plan = _one(engine, item, doc_ids, replace(q, planned=True))
    fd, fp = (done.table_fact, plan.table_fact) if done and plan else (None, None)
    # one row of the table, or one column of a table that prints 预算数 and 决算数 as rows ("三公" tables)
    same_row = fd is not None and fp is not None and (fd.table_index, fd.unit) == (fp.table_index, fp.unit) and (
        fd.row_index == fp.row_index or fd.column_path == fp.column_path
    )  # fmt: skip
    if not same_row or done is None or plan is None:
        done, plan = _stated_outturn(engine, item, doc_ids)
    gap = round(done.value - plan.value, 6)
    word = "多" if gap > 0 else "少"
    formula = f"{format_value(done.value)} − {format_value(plan.value)} = {format_value(gap)}"
    return Figure(abs(gap), done.unit, f"{item}决算比年初预算{word}的金额", formula, (done.source(), plan.source()))


def _stated_outturn(engine: Assistant, item: str, doc_ids: list[str]) -> tuple[Candidate, Candidate]:
    """The outturn and budget the text states together for the item ("信访业务（项）年初预算 2325.72 万元，
    支出决算 2066.84 万元"): one such pair of figures, else none."""
    name = re.sub(r"(?<=.{4})支出$", "", plain_label(item))
    # "疾病预防控制机构的一般公共预算拨款": the fund said after the item, as the section's title says it
    fund = re.search(r"的?(一般公共预算|财政拨款)(?:拨款)?(?:支出)?$", name)
    name = name[: fund.start()] if fund and fund.start() >= 2 else name
    pairs: dict[tuple[float, float], tuple[Candidate, Candidate]] = {}
    for doc_id in doc_ids:
        said: dict[str, list[TextFact]] = {}
        for t in engine.index.corpus.docs[doc_id].text_facts:
            said.setdefault(t.sentence, []).append(t)
        for facts in said.values():
            if fund and fund.group(1) not in facts[0].section + facts[0].sentence:
                continue
            done = [t for t in facts if re.search(r"决算数?$", t.subject) and name in plain_label(t.subject)]
            plan = [t for t in facts if re.search(r"(?<!决算)预算数?$", t.subject) and name in plain_label(t.subject)]
            if len(done) == 1 and len(plan) == 1 and done[0].unit == plan[0].unit and done[0].value is not None:
                d, p = done[0], plan[0]
                pairs[(d.value or 0.0, p.value or 0.0)] = (
                    Candidate(doc_id, (d.subject,), d.value or 0.0, d.unit, text_fact=d),
                    Candidate(doc_id, (p.subject,), p.value or 0.0, p.unit, text_fact=p),
                )
    if len(pairs) != 1:
        raise LookupError(f"同一处的“{item}”年初预算数与决算数")
    return next(iter(pairs.values()))


# "公立医院（款）中医（民族）医院（项）": the path printed with its levels, asked without them
_LEVEL_MARK = re.compile(r"[（(](?:类|款|项)[)）](?=[\u4e00-\u9fff])")


def _stated_completion(engine: Assistant, item: str, doc_ids: list[str]) -> Figure | None:
    """ "突发公共卫生事件应急处理（项）。年初预算1361.46万元，支出决算77,024.07万元，完成年初预算的
    5657.46%": the rate the text states for the item, read up to the next item; one value or none."""
    name = re.sub(r"(?<=.{4})支出$", "", plain_label(item))  # "中医（民族）医院（项）。年初预算…" names no 支出
    name = re.sub(r"[（(]\d{3,7}[)）]", "", name)  # "儿童医院（2100207）": the code the text may not print
    fund = ""
    if (
        funded := re.fullmatch(r"(?:(一般公共预算|财政拨款)(?:拨款)?)?(.{2,}?)(一般公共预算|财政拨款)?(?:拨款)?", name)
    ) and (funded.group(1) or funded.group(3)):
        # "儿童医院一般公共预算支出完成了…": the item's rate under the heading of that fund's 决算
        fund, name = funded.group(1) or funded.group(3), funded.group(2)
    typed, name = name, _as_printed(name, [p for d in doc_ids for p in engine.index.corpus.docs[d].passages])
    item = item.replace(typed, name)  # the answer names it as printed
    found: dict[float, Source] = {}
    # "2024年度财政拨款支出年初预算为…": the item's own sentence, not one of a longer name ("三公"经费财政拨款…)
    direct: dict[float, Source] = {}
    for doc_id in doc_ids:
        passages = engine.index.corpus.docs[doc_id].passages
        for i, p in enumerate(passages):
            if fund and fund not in "".join(p.heading_path):
                continue
            own = _LEVEL_MARK.sub("", fold(p.text))  # the figures may open the next passage (a page turned)
            text = own + (_LEVEL_MARK.sub("", fold(passages[i + 1].text)) if i + 1 < len(passages) else "")
            for m in re.finditer(re.escape(name), own):
                rest = text[m.end() : m.end() + 200]
                after = re.sub(r"^(?:支出)?(?:[（(](?:类|款|项)[)）])?[。，,：:\s]*", "", rest)
                window = after[: nxt.start()] if (nxt := _NEXT_CODED_ITEM.search(after)) else after
                if said := _COMPLETION_STATED.search(window):
                    at = m.end() + len(rest) - len(after) + said.start()  # where the rate is printed
                    page = p.page if at < len(own) else passages[i + 1].page
                    found[float(said.group(1))] = Source(doc_id, page, None, item, None)
                    before = own[max(0, m.start() - 1) : m.start()]
                    if re.match(r"(?:年初)?预算", after) and not re.fullmatch(r"[^度年局的\W\d]|”", before or "。"):
                        direct[float(said.group(1))] = found[float(said.group(1))]
    if len(found) != 1 and len(direct) == 1:
        found = direct
    if len(found) != 1:
        return None
    ((value, source),) = found.items()
    return Figure(value, "%", f"{item}决算完成年初预算的比例", None, (source,))


def _as_printed(name: str, passages: Sequence[Passage]) -> str:
    """A long name as the text prints it when it was typed with one character wrong ("突发公共卫生事件应急处里"
    of "…应急处理"): the one passage span of its length that differs in one character; else the name."""
    if len(name) < 8 or any(name in fold(p.text) for p in passages):
        return name
    from rapidfuzz.distance import Hamming
    from rapidfuzz.fuzz import partial_ratio_alignment

    spans = set()
    for p in passages:
        text = _LEVEL_MARK.sub("", fold(p.text))
        aligned = partial_ratio_alignment(name, text, score_cutoff=80)
        if aligned and aligned.dest_end - aligned.dest_start == len(name):
            span = text[aligned.dest_start : aligned.dest_end]
            if Hamming.distance(span, name) == 1:
                spans.add(span)
    return spans.pop() if len(spans) == 1 else name


def _one_within_another(parts: list[Candidate]) -> bool:
    """Whether one table row of a sum is printed under another (its code extends the other's, or its row
    path runs through it): adding them counts the part twice."""
    rows = [(c.doc_id, c.table_fact) for c in parts if c.table_fact is not None]
    for (da, a), (db, b) in itertools.permutations(rows, 2):
        if da != db or a is b:
            continue
        if a.row_code and b.row_code and b.row_code != a.row_code and b.row_code.startswith(a.row_code):
            return True
        if (
            a.table_index == b.table_index
            and len(a.row_path) < len(b.row_path)
            and b.row_path[: len(a.row_path)] == a.row_path
        ):
            return True
    return False


def _summand(engine: Assistant, said: str, last: str, doc_ids: list[str], q: Question) -> Candidate:
    """One item of a sum; a short one that names nothing on its own takes the last item's ending
    ("区级和市级支持总部经济": 区级支持总部经济; "基本和项目支出": 基本支出)."""
    try:
        return _one(engine, clean_item(said), doc_ids, q)
    except LookupError:
        head, tail = (re.sub(r"^.*(?:里面|里|之中|中)", "", x) for x in (said, last))
        if said == last or not 2 <= len(head) <= 3 or len(tail) <= len(head) + 1:
            raise
        return _one(engine, clean_item(said + tail[len(head) :]), doc_ids, q)


def _one_table(
    engine: Assistant, items: tuple[str, str], found: tuple[Candidate, Candidate], doc_ids: list[str], q: Question
) -> tuple[Candidate, Candidate]:
    """Two operands read from one table when a table prints both (支出总表's 基本支出 and 项目支出), so that a
    quotient never divides one 口径 by another; else as each was found."""
    a, b = found
    if a.table_fact and b.table_fact and (a.doc_id, a.table_fact.table_index) == (b.doc_id, b.table_fact.table_index):
        return a, b
    for x in engine.match(items[0], doc_ids, q)[:6]:
        for y in engine.match(items[1], doc_ids, q)[:6]:
            fx, fy = x.table_fact, y.table_fact
            if fx and fy and x.doc_id == y.doc_id and fx.table_index == fy.table_index and x.source() != y.source():
                return x, y
    return a, b


def _second_operand(engine: Assistant, first: str, second: str, doc_ids: list[str], q: Question) -> Candidate:
    """ "公务用车运行维护费比购置费多多少": a second operand that names only a part of the first's item is
    read with the first's head (公务用车 + 购置费), when exactly such a label is printed."""
    try:
        return _one(engine, second, doc_ids, q)
    except LookupError:
        for k in range(2, len(first) - 1):
            head = first[:k]
            for c in engine.match(head + second, doc_ids, q):
                if any(head in x and second in x and x.index(head) < x.index(second) for x in c.labels):
                    return c
        raise


# what is done with the figures of two or more units named in one question
_UNITS_APART = re.compile(
    r"比(?:多|少|高|低)(?:出|了)?(?:多少|几)(?:万元|亿元|元|万)?|(?:相差|差)了?(?:多少|几)(?:万元|亿元|元|万)?|哪个(?:多|少|高|低|大|小)"
)
_UNITS_WHICH = re.compile(r"(?:哪个|哪一个|谁)(?:单位)?的?([^多少高低大小]{0,12}?)更?(?:多|少|高|低|大|小)")
_UNITS_TOGETHER = re.compile(r"加起来|加在一起|合起来|一共|总共|合计|共计|之和|总和")


def _units_figure(engine: Assistant, q: Question, body: str) -> Figure:
    """The same item of each unit named ("巡特警支队和刑事侦查支队的三公经费加起来", "A中心的专项业务经费
    比B中心少多少"), each from its own row: their sum, or the first less the second; else none."""
    if which := _UNITS_WHICH.search(body):  # "哪个三公经费多": the item is said inside
        body = body[: which.start()] + which.group(1) + "相差多少"
    apart = _UNITS_APART.search(body)
    if not apart and not _UNITS_TOGETHER.search(body):
        raise LookupError("问题中几个单位的数据如何计算")
    words = _UNITS_APART.sub("", _UNITS_TOGETHER.sub("", body))
    words = re.sub(r"^(?:(?:下属|所属|下面|下辖|底下|旗下)的?)?[和与及、跟的]*|比$|[和与及、跟](?=的)", "", words)
    item = clean_item(words.strip("的"))
    figures = [unit_figure(engine.index, u, item, q.last_year) for u in q.units]
    if len({f.unit for f in figures}) != 1:
        raise LookupError(f"同一单位的“{item}”")
    names = [u.row_name for u in q.units]
    sources = tuple(s for f in figures for s in f.sources)
    item = figures[0].label.removeprefix(names[0]) or item  # as the unit's own figure is named (预算总额)
    if apart:
        if len(figures) != 2:
            raise LookupError("两个单位之差")
        a, b = (f.value for f in figures)
        value = round(abs(a - b) if "比" not in apart.group(0) or apart.group(0)[1] in "少低" else a - b, 6)
        formula = f"{format_value(a)} − {format_value(b)} = {format_value(round(a - b, 6))}"
        label = f"{names[0]}与{names[1]}的{item}之差"
        if which:
            larger, smaller = names if a >= b else names[::-1]
            label = f"{larger}的{item}多于{smaller}，两者之差"
            formula = f"{format_value(max(a, b))} − {format_value(min(a, b))} = {format_value(round(abs(a - b), 6))}"
        return Figure(value, figures[0].unit, label, formula, sources)
    total = round(sum(f.value for f in figures), 6)
    formula = " + ".join(format_value(f.value) for f in figures) + f" = {format_value(total)}"
    return Figure(total, figures[0].unit, "、".join(names) + f"的{item}合计", formula, sources)


def _unit_sum(engine: Assistant, unit: NamedUnit, m: re.Match[str]) -> Figure:
    """The sum of items a unit's own rows print, each as `unit_figure` reads it."""
    first, last = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
    parts = [unit_figure(engine.index, unit, clean_item(x)) for x in [*re.split(r"[、,，]", first), last] if x]
    if len({p.unit for p in parts}) != 1:
        raise LookupError(f"{unit.row_name}的同一单位的各项")
    total = round(sum(p.value for p in parts), 6)
    formula = " + ".join(format_value(p.value) for p in parts) + f" = {format_value(total)}"
    label = "、".join(p.label.removeprefix(unit.row_name) for p in parts) + "合计"
    return Figure(total, parts[0].unit, f"{unit.row_name}{label}", formula, tuple(x for p in parts for x in p.sources))


def _operands(first: str, second: str) -> tuple[str, str]:
    """ "三公经费决算比预算", "三公经费预算数和决算数": the second names only which figure; the item is the first's."""
    bare = re.sub(r"^(?:实际|最后|最终|全年)(?:的)?(?:支出)?", "", second)  # "年初预算和实际决算"
    if _FIGURE_KIND.fullmatch(bare) and (kind := _FIGURE_KIND.search(first)) and kind.start() > 0:
        return first, first[: kind.start()] + bare
    return first, second


def _said_of_unit(engine: Assistant, q: Question, body: str) -> Figure | None:
    """What the text says of the unit by name ("…服务保障中心编制人数 8 人，实有人员 7 人"): a figure of a
    sentence that names the unit, never one of the department's."""
    assert q.unit is not None
    names = {q.unit.row_name, q.unit.typed, re.sub(r"[（(].*?[）)]$", "", q.unit.row_name)}
    measure = _MEASURE.search(body)
    unit = "人" if measure and (measure.group(1) in ("人", "名") or measure.group(2)) else None
    found = [
        c for c in engine.match(clean_item(body), list(q.unit.doc_ids), replace(q, unit=None), unit)
        # the sentence names the unit, or the section it is under does ("七、深圳市公明供水调蓄工程管理处")
        if c.text_fact is not None
        and any(n and (n in c.text_fact.sentence or n in c.text_fact.section.split(" > ")[-1]) for n in names)
    ]  # fmt: skip
    if not found:  # the unit's name opens the subject ("西安市人工影响天气服务保障中心实有人员 7 人")
        item = plain_label(re.sub(r"(?<=..)(?:数|多少人|几个人|有几人)$", "", clean_item(body)))
        found = [
            c for d in q.unit.doc_ids for c in engine._candidates[d]
            if (t := c.text_fact) is not None and (unit is None or c.unit == unit)
            and any(n and t.subject.startswith(n) and item and item in plain_label(t.subject[len(n) :]) for n in names)
        ]  # fmt: skip
        if len({c.value for c in found}) != 1:
            return None
    figure = _figure_of(engine, found[0], clean_item(body))
    named = any(n and n in figure.label for n in names)
    return figure if named else replace(figure, label=f"{re.sub(r'[（(].*?[）)]$', '', q.unit.row_name)}{figure.label}")


# "谁最多", "哪个单位的三公经费最少": the organisation named whose figure is largest (or smallest)
_WHO_MOST = re.compile(
    r"(?:谁|哪个|哪家|哪一个|哪一家)(?:单位)?的?(?P<what>[^，,。？?谁哪]{0,12}?)最(?P<most>多|少|高|低|大|小)"
)


def _by_organisation(engine: Assistant, doc_ids: list[str]) -> dict[str, list[str]]:
    """The documents asked, by the organisation that publishes them."""
    orgs: dict[str, list[str]] = {}
    for doc_id in doc_ids:
        orgs.setdefault(engine.index.corpus.docs[doc_id].document.organisation, []).append(doc_id)
    return orgs


def _compare(engine: Assistant, q: Question, body: str, doc_ids: list[str]) -> Figure:
    """The same item in two organisations' disclosures, and the difference; of three or more, the largest
    (or smallest), each organisation's figure said."""
    if most := _WHO_MOST.search(body):
        return _most_of_organisations(engine, q, body, most, doc_ids)
    said = _COMPARE.search(body)
    rest = _COMPARE.sub(lambda m: m.group("what") or "", body)
    item = clean_item(re.sub(r"^(?:和|与|跟|及)的?|比$", "", rest.strip("，,的？?")).strip("，,的"))
    orgs = _by_organisation(engine, doc_ids)
    by_org: dict[str, Figure] = {}
    for org, own in orgs.items():
        with contextlib.suppress(LookupError):
            found = _compute(engine, q, item, own)
            if isinstance(found, Figure) and found.unit:
                by_org[org] = found
    if len(by_org) != 2:
        raise LookupError(f"两个单位的“{item}”")
    (org_a, a), (org_b, b) = by_org.items()
    if a.unit != b.unit and not (a.unit in _MONEY and b.unit in _MONEY):
        raise LookupError(f"两个单位同一计量单位的“{item}”")
    va, vb, unit = a.value, b.value, a.unit
    if a.unit != b.unit:  # 元 against 万元: both in the first one's unit (and the difference too)
        vb = round(b.value * _MONEY[b.unit] / _MONEY[a.unit], 6)
    if vb > va:  # the larger first
        (org_a, a, va), (org_b, b, vb) = (org_b, b, vb), (org_a, a, va)
    value = round(va - vb, 2)
    formula = f"{org_a} {format_value(va)} − {org_b} {format_value(vb)} = {format_value(value)}"
    more = "较多" if not said or not re.search(r"高|低", said.group(0)) else "较高"
    label = (
        f"{org_a}与{org_b}的{item}之差（{org_a}{more}：{format_value(va)} {unit}，{org_b}：{format_value(vb)} {unit}）"
    )
    return Figure(value, unit, label, formula, (*a.sources, *b.sources))


def _most_of_organisations(
    engine: Assistant, q: Question, body: str, most: re.Match[str], doc_ids: list[str]
) -> Figure:
    """ "苏州、西安、烟台这三个审计局…三公经费谁最多": each organisation's own figure of the item, in one unit;
    declined unless every organisation named prints it."""
    rest = body[: most.start()] + (most.group("what") or "") + body[most.end() :]
    item = clean_item(re.sub(r"^(?:和|与|跟|及)的?", "", rest.strip("，,的？?")).strip("，,的"))
    orgs = _by_organisation(engine, doc_ids)
    figures: dict[str, Figure] = {}
    for org, own in orgs.items():
        found = _compute(engine, q, item, own)  # every one, or no ranking
        if not isinstance(found, Figure) or found.unit not in _MONEY:
            raise LookupError(f"{org}的“{item}”")
        figures[org] = found
    unit = next(iter(figures.values())).unit
    values = {org: round(f.value * _MONEY[f.unit] / _MONEY[unit], 6) for org, f in figures.items()}
    largest = most.group("most") in ("多", "高", "大")
    best = (max if largest else min)(values, key=lambda org: values[org])
    word = "最多" if largest else "最少"
    each = "，".join(f"{org} {format_value(v)} {unit}" for org, v in sorted(values.items(), key=lambda x: -x[1]))
    label = f"{len(values)} 个单位中{item}{word}的是{best}（{each}）"
    return Figure(values[best], unit, label, None, tuple(s for f in figures.values() for s in f.sources))


# A project's total investment: a budget prints the year's amount, which is no answer unless the cell says 投资
_TOTAL_INVESTMENT = re.compile(r"总投资|投资总额|总概算|概算总额|计划投资|投资规模")


def _lookup(
    engine: Assistant, item: str, doc_ids: list[str], q: Question, unit: str | None, money: bool = False
) -> Figure | list[Figure]:
    """The figure named `item`, in `unit` when one was asked; only an amount of money (or a rate) when the
    question asks what it costs ("…管理所预算是多少" is no count of its 部门)."""
    if (unit is None or unit in _MONEY) and (summed := _class_summed(engine, item, doc_ids, q)):
        return summed  # "行政事业单位医疗这一款": the sum of the 项 rows a table prints for it
    found = engine.match(item, doc_ids, q, unit)
    if money:
        found = [c for c in found if c.unit in _MONEY or c.unit == "%"]
    found = _part_of_the_whole_named(engine, item, found, doc_ids, q, unit)
    if (as_of := q.resolved.as_of) and len({c.value for c in found}) > 1:
        # "截至2019年底共有多少辆车": not the count its subject dates another year ("2020年车辆保有量")
        found = [
            c for c in found if c.text_fact is None or not re.search(rf"(?!{as_of})20\d{{2}}年", c.text_fact.subject)
        ] or found
    if _TOTAL_INVESTMENT.search(item):
        found = [c for c in found if re.search(r"投资|概算", " ".join((*c.labels, c.source().column or "")))]
    if not found and (empty := _printed_empty(engine, item, doc_ids)):
        return empty
    if not found:
        raise LookupError(f"“{item}”")
    per_doc: dict[tuple[str, int | None, str], Candidate] = {}  # one disclosure may span two files
    for c in found:
        d = engine.index.corpus.docs[c.doc_id].document
        per_doc.setdefault((d.organisation, d.year, d.kind), c)
    figures = [_figure_of(engine, c, item) for c in per_doc.values()]
    if len({(f.value, f.unit) for f in figures}) > 1 and len(doc_ids) > 1:
        return figures  # several documents, different figures: ask which
    found = _not_namesakes(found, item, q)
    figure = _figure_of(engine, found[0], item)
    if not q.table_types and not figure.formula and not re.search(r"基本|项目|人员|公用|日常", item):
        return _stated_whole(engine, found[0]) or figure  # not asked of the 基本支出 table: the item's whole
    return figure


# "是去年的几倍", "相当于上年的百分之几": this year's figure as a multiple (or a percentage) of last year's
# "那个44.79万元是什么钱", "表里那个85.6是哪一项": an amount quoted back, to learn what it is
_QUOTED_FIGURE = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元|万|亿)?(?:的?(?:那笔|这笔|那个|这个)?(?:钱|数|数字))?"
    r"(?:是|指的是|指|属于)(?:什么|啥|哪个|哪一个|哪一项|哪项|哪笔)"
)
_OF_LAST_YEAR = re.compile(
    r"(?:是|为|相当于|约为|大约是|大概是)(?:去年|上年|上一年)(?:的)?(?:(?P<times>(?:多少|几|几点几)倍)|百分之(?:多少|几))"
)


def _against_last_year(engine: Assistant, q: Question, item: str, m: re.Match[str], doc_ids: list[str]) -> Figure:
    """This year's figure over last year's (this year's less its stated change), as 倍 or as %."""
    c = _with_change(engine, item or "支出总计", doc_ids, q)
    assert c.text_fact is not None and c.text_fact.change is not None
    now = c.value
    change = c.text_fact.change * _MONEY.get(c.text_fact.change_unit or c.unit, 1) / _MONEY.get(c.unit, 1)
    before = round(now - change, 6)
    if before <= 0:
        raise LookupError(f"上年的“{item}”（为零）")
    times = bool(m.group("times"))
    value = round(now / before * (1 if times else 100), 2)
    formula = (
        f"{format_value(now)} ÷ （{format_value(now)} − {format_value(change)}）"
        f"{'' if times else ' × 100%'} = {format_value(value)}{'' if times else '%'}"
    )
    label = f"{item or '支出总计'}相当于上年的{'倍数' if times else '百分比'}"
    return Figure(value, "倍" if times else "%", label, formula, c.sources())


# a round amount the asker names, and how far the figure is from it: "离4个亿还差多少", "比8个亿多出多少"
_GAP_TO_AMOUNT = re.compile(
    r"(?:离|距离|距)(?P<n>\d[\d,]*(?:\.\d+)?)\s*个?(?P<u>万元|万|亿元|亿|元)(?:还)?(?:差|少|缺)(?:了)?(?:多少|几)"
    r"|比(?P<n2>\d[\d,]*(?:\.\d+)?)\s*个?(?P<u2>万元|万|亿元|亿|元)(?:多|高|超)(?:出|了)*(?:多少|几)"
)


def _gap_to_amount(engine: Assistant, q: Question, item: str, m: re.Match[str], doc_ids: list[str]) -> Figure:
    """The figure less the round amount the asker names (or that amount less it), in the figure's unit;
    the label says which way it lies ("已超过" when the amount is already passed)."""
    c = _one(engine, item or "支出总计", doc_ids, q)
    if c.unit not in _MONEY:
        raise LookupError(f"“{item}”的金额")
    said, unit = (m["n"], m["u"]) if m["n"] else (m["n2"], m["u2"])
    amount = float(said.replace(",", "")) * _MONEY[unit if unit.endswith("元") else unit + "元"] / _MONEY[c.unit]
    gap = round(c.value - amount, 6)
    short = gap < 0
    named = f"{said}{unit if unit.endswith('元') else unit + '元'}"
    if m["n"] and not short:
        label = f"{item or '支出总计'}已超过{named}，超出的金额"
    elif m["n"]:
        label = f"{item or '支出总计'}离{named}还差的金额"
    else:
        label = f"{item or '支出总计'}比{named}{'少' if short else '多出'}的金额"
    value = round(abs(gap), 2)
    low, high = sorted((c.value, amount))
    formula = f"{format_value(high)} − {format_value(low)} = {format_value(value)} {c.unit}"
    return Figure(value, c.unit, label, formula, c.sources())


def _part_of_the_whole_named(
    engine: Assistant, item: str, found: list[Candidate], doc_ids: list[str], q: Question, unit: str | None
) -> list[Candidate]:
    """ "房屋和构筑物的固定资产": a part named with the whole it belongs to, where the text states the part in
    a share of that whole ("房屋和构筑物3773.63万元，占固定资产总额的87.84%"): the part, not the whole (never
    "商品和服务支出的办公费": a sentence on 商品和服务支出 that names 办公费 states no 办公费 share of it)."""
    said = re.fullmatch(r"(.{2,}?)的(.{2,})", item)
    if not said or (found and any(plain_label(x) == plain_label(item) for x in found[0].labels)):
        return found
    part, whole = said.groups()
    named = [
        c for c in engine.match(part, doc_ids, q, unit)
        if c.text_fact is not None and f"占{whole}" in c.text_fact.sentence.replace(" ", "")
        and any(plain_label(x) == plain_label(part) for x in c.labels)
    ]  # fmt: skip
    return named if len({(c.value, c.unit) for c in named}) == 1 else found


_FUND_OF_CLASS = re.compile(r"^(一般公共预算|政府性基金)(?:预算)?(?:拨款)?(?:资金)?(?:安排的?|里面|里|中)?(?=..)")
_FUND_TABLES = {"一般公共预算": "一般公共预算支出表", "政府性基金": "政府性基金"}


def _class_summed(engine: Assistant, item: str, doc_ids: list[str], q: Question) -> Figure | None:
    """A 类/款 asked by name that no table prints, as the sum of the rows one level below it (see
    `class_rows`), each a source."""
    docs = [engine.index.corpus.docs[d] for d in doc_ids]
    types = q.table_types or set()
    if fund := _FUND_OF_CLASS.match(item):  # "一般公共预算住房改革支出": the rows of that fund's table
        item, types = item[fund.end() :], {_FUND_TABLES[fund.group(1)]}
    below = rows_below(item, engine.class_codes(), docs, types)
    if below is None or len({f.unit for f in below[1]}) != 1:
        return None
    doc_id, rows = below
    total = round(sum(f.value for f in rows), 6)
    formula = " + ".join(format_value(f.value) for f in rows) + f" = {format_value(total)}"
    name = re.sub(r"(?:这一|这个|整个|那个)?(?:类|款)(?:级科目)?$", "", item)
    sources = tuple(Candidate(doc_id, (f.row_name,), f.value, f.unit, table_fact=f).source() for f in rows)
    code = (rows[0].row_code or "")[:-2]
    return Figure(total, rows[0].unit, f"{name}（{code}，表中所列各项之和）", formula, sources)


def _not_namesakes(found: list[Candidate], item: str, q: Question) -> list[Candidate]:
    """The candidates, unless the first is a sentence's subject the text says of several things ("具体为：
    人员经费 0.00 万元" under each 科目): such a name is none of them; a table's cell of that name answers
    (or the department's own section's, "本级"), else nothing does."""
    first = found[0]
    if first.text_fact is None or len(_namesakes(found, first)) <= 2:
        return found
    cells = [c for c in found if c.table_fact is not None and c.doc_id == first.doc_id]
    own = [c for c in found if c.text_fact is not None and "本级" in c.text_fact.section]
    if len({c.value for c in own}) == 1 and (not cells or "本级" in q.text):
        cells = own  # each unit's section says it: the department's own office's (深圳市水务局（本级）)
    if not cells:
        raise LookupError(f"“{item}”（文中多处所述，所指不同）")
    return cells


def _namesakes(found: list[Candidate], first: Candidate) -> set[float]:
    """The amounts the text states under the first figure's exact subject in its document."""
    assert first.text_fact is not None
    return {
        round(c.value * _MONEY.get(c.unit, 1.0), 2) for c in found
        if c.text_fact is not None and c.doc_id == first.doc_id and c.text_fact.subject == first.text_fact.subject
    }  # fmt: skip


# "政府性基金预算支出", "国有资本经营预算拨款收入": a fund's whole money, which its own table prints
_FUND_WHOLE_ASKED = re.compile(
    r"(?:本年|当年|部门|单位)?(政府性基金|国有资本经营)(?:预算)?(?:财政)?(?:拨款)?(?:安排的?)?(?:收入|支出)?"
    r"(?:预算|决算)?(?:收入|支出)?(?:数|总额|合计|金额)?"
)


def _printed_empty(engine: Assistant, item: str, doc_ids: list[str]) -> Figure | None:
    """A fund's money asked ("有没有政府性基金预算支出", "国有资本经营预算支出多少") of the one document that prints
    that fund's table empty (its title and header, no row: "注：本部门无相关收支项目"): none, 0, with the
    empty table as the source. Not when the document prints any figure of that table."""
    asked = _FUND_WHOLE_ASKED.fullmatch(item)
    if asked is None:
        return None
    empty = []
    for doc_id in doc_ids:
        doc = engine.index.corpus.docs[doc_id]
        tables = [t for t in doc.tables if t.table_type == asked.group(1)]
        printed = {f.table_index for f in doc.facts}
        if tables and all(t.n_rows == 0 and t.index not in printed for t in tables):
            empty.append((doc_id, tables[0]))
    if len(empty) != 1:
        return None
    doc_id, table = empty[0]
    source = Source(doc_id, table.pages[0], table.title, "（空表，无数据）", None)
    return Figure(0.0, table.unit or "万元", f"{item}（该表为空表）", None, (source,))


def _figure_of(engine: Assistant, best: Candidate, item: str) -> Figure:
    """A looked-up figure; when the table prints the item in several rows (split by a second
    classification, or by 机关 and 事业单位), their sum with its formula. So too an economic item
    that a fund's 基本支出 and 项目支出 tables both print (电费 3.00 + 2.40), unless one part is asked."""
    if best.table_fact is not None and best.table_fact.table_type == "绩效目标":  # one form's money, never a sum
        return Figure(best.value, best.unit, best.label() or item, None, (best.source(),))
    f = best.table_fact
    if f is not None and f.table_type == "政府采购":
        named = max(best.labels, key=lambda x: similarity(item, x))
        if named != f.row_name and similarity(item, named) > similarity(item, f.row_name):
            # "事故救援专业车" asked, its money printed beside 专用设备购置: that one purchase, by its name
            return Figure(best.value, best.unit, named, None, (best.source(),))
    if best.alone:
        return Figure(best.value, best.unit, best.label() or item, None, (best.source(),))
    rows, how = _same_item_rows(engine, best), "表中分 {} 行列示，合计"
    if not rows and (rows := _namesakes_of_other_classes(engine, best, item)):
        how = "表中 {} 个科目同名，合计"  # "行政运行" under two 款, neither named: both
    if not rows and not re.search(r"基本|项目|人员|公用|日常", item):
        rows, how = _other_part(engine, best), "基本支出与项目支出合计"
    if not rows:
        return Figure(best.value, best.unit, best.label() or item, None, (best.source(),))
    values = [best.value] + [f.value for f in rows]
    total = round(sum(values), 6)
    cells = [Candidate(best.doc_id, best.labels, f.value, f.unit, table_fact=f) for f in rows]
    formula = " + ".join(format_value(v) for v in values) + f" = {format_value(total)}"
    label = f"{best.label() or item}（{how.format(len(values))}）"
    return Figure(total, best.unit, label, formula, (best.source(), *(c.source() for c in cells)))


def _same_item_rows(engine: Assistant, best: Candidate) -> list[Fact]:
    """Other rows of the same table and column that print the same item (same code, name and path). An
    economic item (30206 电费) printed under each 功能科目 of a table keyed by both is one item whatever
    the path above it: "2050302-中等职业教育 50502-… 30206-电费", "2130304-… 30206-电费"."""
    f = best.table_fact
    if f is None or TOTAL_ROW.match(f.row_name):
        return []
    economic = bool(f.row_code and len(f.row_code) >= 5 and f.row_code.startswith("3"))
    return [
        g for g in engine.index.corpus.docs[best.doc_id].facts
        if g.table_index == f.table_index and g.row_index != f.row_index
        and (g.row_code, g.row_name, g.side) == (f.row_code, f.row_name, f.side)
        and (g.col_index == f.col_index if not economic else g.column_path == f.column_path)
        and (economic or g.row_path == f.row_path)
    ]  # fmt: skip


def _namesakes_of_other_classes(engine: Assistant, best: Candidate, item: str) -> list[Fact]:
    """The same 项 name under other 款 of the same table and column ("2120101 行政运行", "2140101 行政运行"),
    when the question names none of the classes above it: one item asked, printed in each."""
    f = best.table_fact
    if f is None or not f.row_code or len(f.row_code) != 7 or not f.row_code.startswith("2"):
        return []
    if any(plain_label(p) in plain_label(item) for p in f.row_path[:-1] if len(p) >= 2):
        return []  # "公路水路运输里的行政运行": that one
    return [
        g for g in engine.index.corpus.docs[best.doc_id].facts
        if g.table_index == f.table_index and g.col_index == f.col_index and g.row_name == f.row_name
        and g.row_code and len(g.row_code) == 7 and g.row_code != f.row_code and g.side == f.side
    ]  # fmt: skip


def _stated_whole(engine: Assistant, best: Candidate) -> Figure | None:
    """An economic item (302 27 委托业务费) found only in a 基本支出 table is its 基本支出 part; when the 说明
    states the item's whole ("委托业务费涉及财拨资金 17,804.62 万元", projects included), that answers."""
    f = best.table_fact
    if f is None or not (f.row_code or "").startswith("3") or "基本支出" not in f.table_type + f.table_title:
        return None
    whole = re.compile(
        rf"^(?:20\d{{2}}\s*年度?)?{re.escape(f.row_name)}(?:涉及|安排)?(?:财拨|财政拨款)?(?:资金)?(?:预算|支出)*数?$"
    )
    said = [
        t for d in engine.disclosure(best.doc_id) for t in engine.index.corpus.docs[d].text_facts
        if t.value is not None and t.unit in _MONEY and f.unit in _MONEY and whole.match(t.subject)
        and t.value * _MONEY[t.unit] > f.value * _MONEY[f.unit] + 0.01 * _MONEY[f.unit]
    ]  # fmt: skip
    if len({(t.value, t.unit) for t in said}) != 1:
        return None
    t = said[0]
    label = f"{f.row_name}（说明所述，含项目支出；基本支出表中为 {format_value(f.value)} {f.unit}）"
    return Figure(
        t.value or 0.0, t.unit, label, None, (Source(best.doc_id, t.page, None, t.subject, None), best.source())
    )


_PART_TABLE = re.compile(r"(.*?)(基本支出|项目支出)(.*按经济分类.*)")


def _other_part(engine: Assistant, best: Candidate) -> list[Fact]:
    """The same economic item (302 06 电费) in the other of a fund's two tables by economic class:
    "一般公共预算基本支出情况表（按经济分类科目）" and "一般公共预算项目支出情况表（按经济分类科目）"."""
    f = best.table_fact
    mine = _PART_TABLE.fullmatch(f.table_title) if f is not None and (f.row_code or "").startswith("3") else None
    if f is None or mine is None:
        return []
    other = "项目支出" if mine.group(2) == "基本支出" else "基本支出"
    title = f"{mine.group(1)}{other}{mine.group(3)}"
    return [
        g for g in engine.index.corpus.docs[best.doc_id].facts
        if g.row_code == f.row_code and g.column_path == f.column_path and g.table_title == title
    ][:1]  # fmt: skip


def _with_change(engine: Assistant, item: str, doc_ids: list[str], q: Question, prior: bool = False) -> Candidate:
    """The text figure that states the item's change from last year. When the item is best named
    by a table cell, the text sentence that restates that same amount with a change is the one
    (“三公”经费 19.86 in the table; "财政拨款安排“三公”经费19.86万元，比上年减少22.65万元").
    Last year's figure itself (`prior`) is read first from a 上年 column that prints it."""
    matched = engine.match(item, doc_ids, q)
    best = _best_cells(matched, item)
    if prior:
        for c in best:
            if (joined := engine.printed_change(c)) and joined.text_fact and joined.text_fact.section == "prior":
                return joined
    # a sentence's change, when the sentence names the item as well as the best figure does or states
    # that figure's amount: a change of a weaker namesake (政府性基金的项目支出) is another item's
    top = max((similarity(item, x) for x in matched[0].labels), default=0.0) - 1e-9 if matched else 0.0
    # the best figure as the answer states it: a table's rows of one item added up (265,000 + 34,250 元)
    figures = [_figure_of(engine, b, item) for b in best[:3]]
    totals = [replace(b, value=f.value) for b, f in zip(best, figures, strict=False) if f.formula]
    alike = [b for b in [*best, *totals] if _stands_for(b, item)]
    found = [
        c for c in matched
        if c.text_fact is not None and c.text_fact.change is not None and _less_alike(item, c)
        and (max(similarity(item, x) for x in c.labels) >= top or any(_same_amount(c, b) for b in alike))
    ]  # fmt: skip
    if found:
        return found[0]
    # a fund's own 收入总计 (财政拨款收支总表) is not the department's, unless the fund is asked
    for c in [m for m in matched[:3] if _stands_for(m, item)]:
        # the text rounds to two decimals what a table may print to six (1048475.725671 -> 1048475.73)
        same = [t for t in engine.stated_changes(c.doc_id) if _same_amount(t, c) and _less_alike(item, t)]
        named = [t for t in same if t.text_fact and coverage(item, t.text_fact.subject) >= 0.5]
        if named:
            return named[0]
        # An amount no other figure is likely to share (not 0, 10, 50), stated with one change, by a sentence
        # that names no other measure (基本支出 9,501,164 元 is also the 财政拨款收入 950.12 万元: not its change)
        distinctive = c.value != round(c.value) or c.value >= 100
        whole_of_one_fund = bool(re.search(r"总|合计", item)) and _only_fund(engine, c.doc_id, "财政拨款")
        same = [
            t for t in same
            if t.text_fact and not _names_another_measure(t.text_fact.subject, item, funds_too=not whole_of_one_fund)
        ]  # fmt: skip
        if same and distinctive and len({t.text_fact.change for t in same if t.text_fact}) == 1:
            return same[0]
    for c in best:  # a table that prints last year beside this year (often not the first to print the item)
        if joined := engine.printed_change(c):
            return joined
    # the same amount in a table that prints last year beside it, named there less closely (the 三公 table's
    # "公务用车运行维护" 24.00 of the detail tables' 6 + 12 + 4 + 2 rows of 公务用车运行维护费)
    for c in matched[:40]:
        if any(_same_amount(c, b) for b in alike) and (joined := engine.printed_change(c)):
            return joined
    for c in matched[:8]:  # the change stated in a sentence of its own ("与2023年度相比，收入支出总计减少…")
        if joined := engine.stated_change(c, item):
            return joined
    for c in matched[:3]:
        if joined := _change_said_next(engine, c):
            return joined
    raise LookupError(f"“{item}”与上年比较")


def _change_said_next(engine: Assistant, c: Candidate) -> Candidate | None:
    """ "机关运行经费…支出决算627.62万元…。支出决算比上年增加113.37万元": the next sentence's change of the
    figure, said by the end of its name alone."""
    t = c.text_fact
    if t is None or t.change is not None:
        return None
    facts = engine.index.corpus.docs[c.doc_id].text_facts
    at = next((i for i, x in enumerate(facts) if x is t), None)
    if at is None:
        return None
    nxt = next((x for x in facts[at + 1 :] if x.sentence != t.sentence), None)
    if (
        nxt is None or nxt.value is not None or nxt.change is None or nxt.page not in (t.page, t.page + 1)
        or len(nxt.subject) < 2 or nxt.subject == t.subject or not t.subject.endswith(nxt.subject)
    ):  # fmt: skip
        return None
    said = replace(t, change=nxt.change, change_unit=nxt.change_unit, change_pct=nxt.change_pct)
    return replace(c, text_fact=said)


def _last_years_cell(engine: Assistant, item: str, doc_ids: list[str], kind: str) -> Figure | None:
    """Last year's figure of a row named exactly so, from its table's 上年 column ("2025年执行数"), where no
    figure of this year is joined to it (a 科目 with nothing this year, or this year's figure printed in
    another table): the first such column of each table, not one "扣除…后"; one value or none."""
    want = plain_label(item)
    found: dict[float, tuple[str, Fact]] = {}
    for d in doc_ids:
        doc = engine.index.corpus.docs[d]
        firsts: dict[int, int] = {}
        cells = [
            f for f in doc.facts
            if f.unit in _MONEY and plain_label(f.row_name) == want and not LESS_A_PART.search(f.column)
            and any(period(c, doc.document.year) == "prior" for c in f.column_path)
            and not any(period(c, doc.document.year) in ("change", "rate") for c in f.column_path)
            and (not kind or kind in f.column)  # "2025年…预算" is no 2025年执行数
        ]  # fmt: skip
        for f in cells:
            firsts[f.table_index] = min(firsts.get(f.table_index, f.col_index), f.col_index)
        for f in cells:
            if f.col_index == firsts[f.table_index]:
                found.setdefault(round(f.value * _MONEY[f.unit] / _MONEY["万元"], 6), (d, f))
    if len(found) != 1:
        return None
    doc_id, f = next(iter(found.values()))
    source = Candidate(doc_id, (), f.value, f.unit, table_fact=f).source()
    return Figure(f.value, f.unit, f"上年{item}（{f.column}）", None, (source,))


def _less_alike(item: str, c: Candidate) -> bool:
    """A change of the figure less one of its parts ("扣除中央基建后比上年增加…") answers only an item
    asked so, and the whole figure's change only an item asked whole."""
    return bool(LESS_A_PART.search(item)) == any(LESS_A_PART.search(x) for x in c.labels)


def _against_outturn(c: Candidate) -> bool:
    """Whether a change may be stated against last year's outturn (执行数, 决算): not when its sentence (or
    its table's 上年 column) says it is against last year's budget ("2026年预算比2025年预算增加 50.32 万元"),
    whose figure is what was budgeted, not what was spent."""
    t = c.text_fact
    if t is not None and t.sentence:
        against = re.search(r"(?:比|较|与|同|和)([^，,。；;]{0,14}?)(?:增加|减少|增长|下降|相比|持平)", t.sentence)
        words = against.group(1) if against else t.sentence
    else:
        words = " ".join(s.column or "" for s in c.also)
    return not ("预算" in words and not re.search(r"执行|决算|实际", words))


_WHICH_FIGURE_ONLY = re.compile(
    r"(?:这一?项|这个科目|科目)?(?:的)?(?:支出|收入)?(?:年初)?(?:预算|决算|执行)?数?(?:金额|总额)?"
)


def _best_cells(matched: list[Candidate], item: str) -> list[Candidate]:
    """The table cells that name the item as well as the best candidate does."""
    if not matched:
        return []
    top = max(similarity(item, x) for x in matched[0].labels) - 1e-9
    return [c for c in matched if c.table_fact is not None and max(similarity(item, x) for x in c.labels) >= top]


_FUND_WORDS = ("财政拨款", "一般公共预算", "政府性基金", "国有资本")
_MEASURE_WORDS = (
    "基本支出",
    "项目支出",
    "财政拨款",
    "一般公共预算",
    "政府性基金",
    "国有资本",
    "人员经费",
    "公用经费",
    "三公",
)


def _names_another_measure(subject: str, item: str, funds_too: bool = True) -> bool:
    """A subject naming a measure the item does not ("财政拨款收入" for 基本支出); a fund named is no other
    measure (`funds_too` False) for the whole of a budget that is all that fund's money."""
    words = _MEASURE_WORDS if funds_too else [w for w in _MEASURE_WORDS if w not in _FUND_WORDS]
    return any(w in subject and w not in item for w in words)


def _stands_for(c: Candidate, item: str) -> bool:
    """Whether a cell's amount is the item's, for finding the sentence that states its change: a fund's
    own 收入总计 (财政拨款收支总表) is not the department's unless the fund is asked, and the department's
    收入总计/支出总计 is the cell named so, not a fund column's 合计 (1314.40 of 1314.73)."""
    f = c.table_fact
    if f is None or not re.fullmatch(r"(?:收入|支出)(?:总计|合计)", item):
        return True
    funds = r"财政拨款|一般公共预算|政府性基金|国有资本"
    fund_column = any(re.search(rf"{funds}|事业|其他收入|结转", x) for x in f.column_path)
    return item in c.labels and not fund_column and not re.match(funds, f.table_type)


def _same_amount(a: Candidate, b: Candidate) -> bool:
    """The same amount, in whatever money unit each prints it, to the text's decimals (two, or none when
    the text rounds a table's 171,915,169 元 to "17,192万元")."""
    if a.unit == b.unit:
        return abs(a.value - b.value) <= 0.005
    if a.unit in _MONEY and b.unit in _MONEY:
        said = next((c for c in (a, b) if c.text_fact is not None and _MONEY[c.unit] > 1), None)
        half = 0.005
        if said is not None and said.text_fact is not None and _printed_whole(said.text_fact.sentence, said.value):
            half = 0.5  # in the text's unit
        scale = max(_MONEY[a.unit], _MONEY[b.unit])
        return abs(a.value * _MONEY[a.unit] - b.value * _MONEY[b.unit]) <= half * scale
    return False


def _printed_whole(sentence: str, value: float) -> bool:
    """The sentence prints the amount without decimals ("收入预算17,192万元")."""
    whole = f"{int(value):,}" if value == int(value) else ""
    return (
        bool(whole)
        and re.search(rf"(?<![\d,.]){re.escape(whole)}(?![\d.,])|(?<![\d,.]){int(value)}(?![\d.,])", sentence)
        is not None
    )


def _whole_of_everything(whole: str) -> bool:
    """The whole asked about is the budget itself ("占全部支出的比列", "占了百分之多少"): a share stated
    without its base is of that."""
    plain = re.sub(r"^了|(?:的)?(?:比列|比例|比重|百分之)$", "", whole)
    return not plain or clean_item(plain) in ("支出总计", "收入总计", "")


def _share_base(sentence: str) -> str:
    """What a sentence says a share is of: the words after 占 ("占支出总计的86.44%" -> 支出总计)."""
    return " ".join(
        m.group(1) for m in re.finditer(r"占([^，。；\d]{1,16}?)(?:的)?(?:比重|比例)?(?:为)?\s*[\d.]+\s*%", sentence)
    )


def _decimals_printed(sentence: str, value: float) -> int:
    """How many decimals the sentence prints a percentage with (2 when it cannot be told)."""
    for m in re.finditer(r"(\d+(?:\.(\d+))?)\s*%", sentence):
        if abs(float(m.group(1)) - value) < 1e-9:
            return len(m.group(2) or "")
    return 2


_TABLE_TOTAL = re.compile(r"(?:本年|当年)?(?:收入|支出)?(?:合计|总计)|(?:本年|当年)(?:收入|支出)")


def _whole_for(engine: Assistant, part: Candidate, b: str, doc_ids: list[str], q: Question) -> Candidate | None:
    """The figure a share is of: among the cells that name the whole best, one of the part's own
    table first (事业收入 and 本年收入 of one 收入表, not of two tables of other 口径), and never one
    the part exceeds — a part larger than its whole is a misreading of one of them."""
    found = engine.match(b, doc_ids, q)
    if not found:
        return None
    best = _best_cells(found, b) or found[:1]
    if (said := part.text_fact) is not None:  # the text's own whole of the same section: the same 口径
        best = [*engine.said_in_section(b, part.doc_id, said.section), *best]
    # a table's own total (财政拨款收支总表's 支出总计) is the whole of that table: its share is of another's
    table = (
        part.table_fact.table_index
        if part.table_fact and not _TABLE_TOTAL.fullmatch(part.table_fact.row_name)
        else None
    )
    same_table = [c for c in found if c.doc_id == part.doc_id and c.table_fact and c.table_fact.table_index == table]
    for whole in [*_parent_column(engine, part, b), *same_table, *best, found[0]]:
        try:
            if whole.value and _ratio(part, whole) <= 100.5:
                return whole
        except LookupError:
            continue
    raise LookupError(f"不超过其部分的“{b}”")


def _parent_column(engine: Assistant, part: Candidate, b: str) -> list[Candidate]:
    """The whole printed beside the part, over it in the header: "财政拨款里政府性基金占几成" of the cell
    财政拨款收入 / 政府性基金预算收入 is the same row's 财政拨款收入 (its 小计), not another table's 财政拨款."""
    f = part.table_fact
    if f is None or len(f.column_path) < 2 or coverage(b, f.column_path[-2]) < 0.8:
        return []
    head = f.column_path[:-1]
    return [
        c for c in engine._candidates[part.doc_id]
        if (t := c.table_fact) is not None and (t.table_index, t.row_index) == (f.table_index, f.row_index)
        and t.column_path in (head, (*head, "小计"), (*head, "合计"))
    ]  # fmt: skip


def _part_named_by_whole(engine: Assistant, a: str, b: str, doc_ids: list[str], q: Question) -> Candidate:
    """The part of a share; "政府采购预算中货物类" names it by the whole's words too (政府采购货物类预算)
    when the part's own words name nothing. A part of 收入 (or 支出) is first read as that side's
    ("收入里财政拨款占多少": 财政拨款收入, not the 财政拨款 column of a spending table)."""
    side = next((w for w in ("收入", "支出") if w in b and w not in a and not a.endswith(("费", "经费"))), None)
    if side:
        try:
            return _one(engine, a + side, doc_ids, q)
        except LookupError:
            pass
    try:
        return _not_namesakes([_one(engine, a, doc_ids, q)] and engine.match(a, doc_ids, q), a, q)[0]
    except LookupError:
        head = re.sub(r"(?:的)?(?:预算|决算|支出|总额|合计|总计|金额|数)+$", "", b)
        if head and head not in a:
            for c in engine.match(head + a, doc_ids, q):
                if any(head in x and a in x for x in c.labels):
                    return c
            # "驻京经费里房租占多少": a figure of the whole's own account ("“驻京经费”项目支付…房租费 249.8 万元")
            within = {(c.value, c.unit): c for c in engine.match(f"{head}里{a}", doc_ids, q)}
            if len(within) == 1:
                return next(iter(within.values()))
        raise


def _share(engine: Assistant, q: Question, a: str, b: str, doc_ids: list[str]) -> Figure:
    part = _part_named_by_whole(engine, a, b, doc_ids, q)
    read_before = len(q.readings)
    try:
        whole: Candidate | None = _whole_for(engine, part, b, doc_ids, q)
    except LookupError:
        whole = None
    stated = [c for c in engine.match(a, doc_ids, q) if c.text_fact is not None and c.text_fact.share is not None]
    for c in stated:
        share = c.text_fact.share if c.text_fact else None
        assert share is not None
        # without the whole's figure, the sentence (or its section) must name the whole asked about
        t = c.text_fact
        assert t is not None
        named = _whole_of_everything(b) or coverage(b, _share_base(t.sentence) + t.section) >= 0.8
        # a share printed to one decimal ("占49.4%") may be cut, not rounded: 2906.80 ÷ 5876.67 is 49.46%
        near = max(0.06, 10.0 ** -_decimals_printed(t.sentence, share))
        if (whole is None and named) or (whole is not None and whole.value and abs(_ratio(c, whole) - share) < near):
            return Figure(share, "%", f"{a}占{b}的比例", None, (c.source(),) + ((whole.source(),) if whole else ()))
        # the whole found only loosely ("采购总额" read as "共涉及资金"), the sentence's base named outright
        # ("占政府采购支出总额的 92.54%"): the sentence's share
        if (
            whole is not None
            and named
            and coverage(b, _share_base(t.sentence)) > max(coverage(b, x) for x in whole.labels)
        ):
            del q.readings[read_before:]  # the loose reading of the whole is not what was used
            return Figure(share, "%", f"{a}占{b}的比例", None, (c.source(),))
    if whole is None and part.unit not in _MONEY and part.unit != "%":
        whole = _whole_of_its_sentence(engine, part)  # "共有车辆517辆，其中特种专业技术用车375辆"
        b = whole.labels[0] if whole is not None and not clean_item(b) else b
    named_as = a if re.search(r"(?:支出|收入|拨款|结转|结余|人员经费|公用经费)$", a) else part.labels[0]
    if whole is None and not b and re.search(r"(?:支出|收入|拨款|结转|结余|人员经费|公用经费)$", named_as):
        # "基本支出占比": of the budget's whole spending (or income); a 三公 part's share is not that
        # ("超长期特别国债占多少": the row 超长期特别国债安排的支出, of all spending)
        staff = re.search(r"(?:人员|公用)经费$", named_as)
        b = "收入总计" if "收入" in named_as else "基本支出" if staff else "支出总计"
        whole = _whole_for(engine, part, b, doc_ids, q)
    if whole is None:
        raise LookupError(f"“{b}”" if b else f"“{a}”占比的基数（请说明占什么的比例）")
    part = _part_as_whole(engine, part, whole, a, b, doc_ids, q)
    rows = _same_item_rows(engine, part)  # the item printed in several rows: the part is their sum
    vp, vw = _same_unit(replace(part, value=part.value + sum(f.value for f in rows)), whole)
    if vw == 0:
        raise LookupError(f"“{b}”（为零）")
    value = round(vp / vw * 100, 2)
    formula = f"{format_value(vp)} ÷ {format_value(vw)} × 100% = {format_value(value)}%"
    if rows:  # show the rows added up
        added = " + ".join(format_value(v) for v in (part.value, *(f.value for f in rows)))
        formula = f"（{added}）÷ {format_value(vw)} × 100% = {format_value(value)}%"
    cells = tuple(Candidate(part.doc_id, part.labels, f.value, f.unit, table_fact=f).source() for f in rows)
    return Figure(value, "%", f"{a}占{b}的比例", formula, (part.source(), *cells, whole.source()))


def _whole_of_its_sentence(engine: Assistant, part: Candidate) -> Candidate | None:
    """The count a sentence states first, of which it then states the part ("共有车辆517辆，其中特种专业技术用车
    375辆"): the same measure, printed before the part, no smaller than it."""
    t = part.text_fact
    if t is None:
        return None
    before = [
        c for c in engine._candidates[part.doc_id]
        if (o := c.text_fact) is not None and o.sentence == t.sentence and o.page == t.page and o.unit == t.unit
        and (o.value or 0) >= (t.value or 0) and o is not t and t.sentence.find(o.subject) < t.sentence.find(t.subject)
    ]  # fmt: skip
    return before[0] if before and "其中" in t.sentence else None


def _share_points(engine: Assistant, q: Question, a: str, b: str, doc_ids: list[str]) -> Figure:
    """How many percentage points a share moved from last year: this year's share less last year's,
    each from the part's and the whole's figures with their printed or stated changes. The part and
    the whole must be the figures this year's share is computed from; otherwise it is declined."""
    now = _share(engine, q, a, b, doc_ids)
    part = _with_change(engine, a, doc_ids, q, prior=True)
    whole = _with_change(engine, b or "支出总计", doc_ids, q, prior=True)
    assert part.text_fact is not None and whole.text_fact is not None
    vp, vw = _same_unit(part, whole)
    cp, cw = (c.text_fact.change or 0.0 for c in (part, whole))  # type: ignore[union-attr]
    scale = vp / part.value if part.value else 1.0
    pp, pw = vp - cp * scale, vw - cw * (vw / whole.value if whole.value else 1.0)
    if not vw or not pw or abs(vp / vw * 100 - now.value) > 0.05:
        raise LookupError(f"“{a}”占比的上年数")  # the share and its figures do not agree
    before = round(pp / pw * 100, 2)
    if before > 100 >= now.value or before < 0:  # a part larger than its whole last year: its figures disagree
        raise LookupError(f"“{a}”占比的上年数（上年的部分大于整体）")
    value = round(now.value - before, 2)
    if value < 0 and re.search(r"下降|减少|降低|回落", q.text):  # "比上年下降了几个百分点": the fall, positive
        value = -value
    formula = (
        f"{format_value(now.value)}% − {format_value(before)}%（上年：{format_value(round(pp, 2))} ÷ "
        f"{format_value(round(pw, 2))} × 100%）= {format_value(value)} 个百分点"
    )
    verb = "提高" if value > 0 else "下降" if value < 0 else "持平，变化"
    return Figure(value, "个百分点", f"{a}占{b or '支出总计'}的比例比上年的变化（{verb}）", formula,
                  (*now.sources, *part.sources(), *whole.sources()))  # fmt: skip


_FUNDED_BY_DEFINITION = re.compile(r"^(?:机关运行经费|(?:“)?三公(?:”)?经费)$")
_FUND_OF_WHOLE = re.compile(r"^(?:本年|部门|单位)?(一般公共预算|财政拨款|政府性基金)")


def _part_as_whole(
    engine: Assistant, part: Candidate, whole: Candidate, a: str, b: str, doc_ids: list[str], q: Question
) -> Candidate:
    """The part read on the whole's 口径: "行政运行占一般公共预算拨款支出" is 行政运行's 一般公共预算
    cell, not its all-funds one; a whole read from one table takes the part from that table's same
    column when it prints it (both 收支总表 cells, not a 明细表 row against the 收支总表 total)."""
    found = [c for c in engine.match(a, doc_ids, q) if c.doc_id == part.doc_id]
    fund = _FUND_OF_WHOLE.match(b)
    if fund and fund.group(1) != "政府性基金" and _FUNDED_BY_DEFINITION.search(a):
        return part  # 机关运行经费 is 一般公共预算 money by its definition, “三公” the 财政拨款's
    if fund and fund.group(1) not in a and fund.group(1) not in engine._printed_under(part):
        scoped = [c for c in found if fund.group(1) in engine._printed_under(c)]
        if scoped:
            return scoped[0]
        if not _only_fund(engine, part.doc_id, fund.group(1)):  # all funds' figure of a fund's share: no
            raise LookupError(f"{fund.group(1)}口径的“{a}”")
        return part
    w, f = whole.table_fact, part.table_fact
    if w is not None and f is None:  # a sentence's part (maybe of one unit's section) of a table's whole:
        # the part printed beside the whole in its table, where it is (合计 row, 项目支出 column)
        beside = [
            c for c in found if (t := c.table_fact) is not None and t.table_index == w.table_index
            and (t.row_index == w.row_index or t.col_index == w.col_index)
        ]  # fmt: skip
        if beside:
            return beside[0]
    same_row = w is not None and f is not None and (w.table_index, w.row_index) == (f.table_index, f.row_index)
    if same_row:  # "人员经费" and "合计" columns of one 合计 row: the part is a column, kept
        return part
    if w is not None and f is not None and (w.table_index, w.col_index) != (f.table_index, f.col_index):
        at = (w.table_index, w.col_index)
        same = [c for c in found if (t := c.table_fact) is not None and (t.table_index, t.col_index) == at]
        if same:
            return same[0]
    return part


_MONEY = {"元": 1.0, "万元": 1e4, "亿元": 1e8}
# a bracket that is no term of its own: a number, a year, a scope, a measure
_NOT_A_TERM = re.compile(
    r"[\d.]+|20\d{2}年?|含.*|不含.*|本级|决算数?|预算数?|[万亿]?元|万|亿|人次|个数?|人数?|辆|台|[\d.]*%"
)
_NUMBER_SAID = re.compile(r"(?:约|为|是|共|计|达到?|合计|共计)*(\d[\d,]*(?:\.\d+)?)")  # the figure after quoted words
_SUBORDINATES_ASKED = re.compile(r"(?:下属|所属|下面|下辖|底下)的?(?:各个?|二级|基层)?(?:预算)?单位")
_NO_SUBORDINATES = re.compile(r"(?:无|没有|不存在|未设)(?:下属|所属|二级)(?:预算)?单位")


@functools.lru_cache(maxsize=100_000)
def _sounds(text: str) -> tuple[str, ...]:
    """Toneless pinyin, character by character (a digit or letter as itself)."""
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(list(text)))


_QUOTES_AND_SPACES = re.compile(r"[“”‘’\"'「」\s]")
# "…的那一类支出": which figure of the text the quoted words describe
_DESCRIBED_AS = re.compile(r"的?(?:[那这]一?[类项]|[那这][笔个])?(?:支出|钱|经费|资金|项目|科目)?$")
_AMOUNT_SAID = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)")
_MONEY_ASKED = re.compile(r"钱|金额|资金|经费|费用|[万亿]?元|(?:安排|花|用|拨)了?多少|预算(?:是|为|有)?多少")
_FUND_SPENDING = re.compile(
    r"(一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:拨款)?(?:安排的?)?支出(?:预算|决算)?数?(?:总额|合计)?"
)
_GLOSS = re.compile(r"[（(][^）)]*[）)]")
_TABLE_SAID = {"政府采购": "采购", "政府购买服务": "购买服务"}  # a table asked of by its everyday word
_BARE_MEASURE = re.compile(r"人数|数量|次数|人次|个数|台数|辆数")
_QUOTES = re.compile(r"[“”\"]")  # “三公”经费 is defined as 三公经费 is asked


def _in_asked_unit(figure: Figure, question: str) -> Figure:
    """Amounts keep the disclosure's unit unless the question asks for another ("多少亿元")."""
    m = ASKED_UNIT.search(question)
    asked = (m.group(1) or m.group(2)) if m else None
    asked = {"亿": "亿元", "万": "万元"}.get(asked or "", asked)
    if asked is None or figure.unit not in _MONEY or asked == figure.unit:
        return figure
    factor = _MONEY[figure.unit] / _MONEY[asked]
    exact = round(figure.value * factor, 8)
    # 1839311.66 元 is 183.93 万元 and 5876.67 万元 0.5877 亿元, as a reader says them
    value = round(exact, 2 if abs(exact) >= 10 else 4) or exact
    step = f"× {format_value(factor)}" if factor >= 1 else f"÷ {format_value(1 / factor)}"
    said = "=" if value == exact else "≈"
    formula = f"{format_value(figure.value)} {figure.unit} {step} {said} {format_value(value)} {asked}"
    if figure.formula:
        formula = f"{figure.formula}；{formula}"
    return Figure(value, asked, figure.label, formula, figure.sources)


def _in_asked_count(figure: Figure, question: str) -> Figure:
    """A count printed in 万 ("≥1.8万人次") asked by its plain measure ("助浴人次目标是多少", "多少人次"):
    the count in that measure, its conversion stated. "受益人口…是多少" asks no measure: as printed."""
    base = figure.unit[1:]
    if not figure.unit.startswith("万") or figure.unit in _MONEY or not base or f"万{base}" in question:
        return figure
    if not re.search(rf"(?:多少|几){base}|{base}(?:数|数量)?的?(?:目标|指标)?值?(?:是|有|为)?(?:多少|几)", question):
        return figure
    value = round(figure.value * 10_000, 6)
    formula = f"{format_value(figure.value)} {figure.unit} × 10000 = {format_value(value)} {base}"
    if figure.formula:
        formula = f"{figure.formula}；{formula}"
    return Figure(value, base, figure.label, formula, figure.sources)


_FUNDS_OF = {
    "一般公共预算": r"一般公共预算",
    "财政拨款": r"一般公共预算|政府性基金|国有资本经营|财政拨款",
    "政府性基金": r"政府性基金",
}


def _only_fund(engine: Assistant, doc_id: str, fund: str) -> bool:
    """Whether the budget's money is all of one fund: every other income its 收支总表 prints is zero
    (no 事业收入, no 上年结转 …), so that an all-funds figure is that fund's too."""
    rows = [
        f for f in engine.index.corpus.docs[doc_id].facts
        if f.table_type == "收支总表" and f.row_name and not TOTAL_ROW.match(f.row_name)
        and ("收入" in (f.side or "") or (f.column_path and f.column_path[0].startswith("收入")))
        and not re.search(r"总计|合计|小计|^(?:部门|单位)预算$", f.row_name)  # "部门预算" heads the income as its total
    ]  # fmt: skip
    return bool(rows) and all(not f.value or re.search(_FUNDS_OF[fund], f.row_name) for f in rows)


# what asks a figure in per cent: a share, a rate, a 完成率
_ASKS_PERCENT = re.compile(r"比例|比重|百分|占比|%|％|几成|增长率|增幅|降幅|下降率|变化率|完成率|执行率")


def _share_of_ranked(engine: Assistant, q: Question, ranked: Figure, whole: str, doc_ids: list[str]) -> Figure:
    """ "最大的项目占项目支出的比例": the ranked row's figure over the whole asked, same unit. A whole
    named as the ranked table is ("专项业务经费合计" of 专项业务经费支出表) is that table's total."""
    found = _ranked_tables_total(engine, ranked, whole) or [
        c for c in engine.match(whole, doc_ids, q) if c.unit in _MONEY and ranked.unit in _MONEY
    ]
    if not found or not found[0].value:
        raise LookupError(f"“{whole}”")
    w = found[0]
    vp = ranked.value * _MONEY[ranked.unit] / _MONEY[w.unit]
    if vp > w.value * 1.005:
        raise LookupError(f"不小于其部分的“{whole}”")
    value = round(vp / w.value * 100, 2)
    formula = f"{format_value(round(vp, 6))} ÷ {format_value(w.value)} × 100% = {format_value(value)}%"
    return Figure(value, "%", f"{ranked.label}，占{whole}的比例", formula, (*ranked.sources, w.source()))


def _ranked_tables_total(engine: Assistant, ranked: Figure, whole: str) -> list[Candidate]:
    """The total of the table a ranking was read from, when the whole asked is named as that table."""
    source = ranked.sources[0]
    stem = re.sub(r"(?:的)?(?:合计|总计|总额|总数|总和)$", "", whole)
    if not source.table or len(stem) < 2 or stem not in source.table or ranked.unit not in _MONEY:
        return []
    kinds = {
        f.table_type for f in engine.index.corpus.docs[source.doc].facts
        if f.table_title == source.table and f.page == source.page
    }  # fmt: skip
    totals = [
        c for c in engine._table_total("合计", [source.doc], kinds)
        if c.table_fact is not None and c.table_fact.table_title == source.table and c.unit in _MONEY
    ]  # fmt: skip
    return totals if len({c.value for c in totals}) == 1 else []


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


# "是不是没有…" (group 1) or "有没有…": whether any money is budgeted for it
_WHETHER_ANY = re.compile(
    r"(?:(是不是没有|是否没有|是不是没|是不是无)|有没有|是否有)(?!超|过|达|到|高于|低于|少于|多于|不到|一[个千百十]|[\d一二三四五六七八九十两几])"
)


# "…比上年减少（问题说增加，实际是减少）": a change said by its verb, then what is noted of it
_CHANGE_LABEL = re.compile(r"^(?P<head>.*?(?:增加|减少|增长|下降|降低|提高))(?P<notes>(?:[（(][^（）()]*[)）])*)$")


def _stated(label: str, value: float, unit: str) -> str:
    """The figure said with its label: "基本支出为 1136.42 万元", but a change by how much it moved ("比上年减少
    33.76 万元"), never "减少为 33.76 万元", which reads as what it fell to."""
    if value >= 0 and (m := _CHANGE_LABEL.match(label)):
        return f"{m['head']} {format_value(value)} {unit}{m['notes']}"
    return f"{label}为 {format_value(value)} {unit}"


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
