"""What a question asks, before any figure is looked up: whose disclosure and which year (`scope`),
the question less those words (`Question.body`), a table it names, and the item words cleaned of
filler (`clean_item`). A follow-up question takes what it leaves out from the previous one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .classify import table_type
from .lexicon import bare_total, code_names, homophone_slips, without_filler
from .model import Document
from .normalize import fold, simplified, squash
from .retrieval import SearchIndex
from .scope import Resolved, aliases, resolve, without
from .units import NamedUnit, listed_unit_named, named_unit, named_units

FILLER = re.compile(
    r"((?:有|共有|一共有)?(?:多少|几)(?:个|万人次|人次|人|名|辆|台|项|次|家|套|平方米|平方公里|公里|千米|座|件|户|场|万吨|吨|批次|批|分)(?:呢)?$|是多少钱|花了多少钱|一共是多少|是多少|有多少人|有多少|多少钱|多少人|多少|几个|几人|几辆|几项|是|为|呢|啊|吗|了|？|\?|。|，|,|的$)"
)

# "有多少辆", "几台（套）": the count asked, with the measure word the document may print beside it
_HOW_MANY = re.compile(
    r"(?:有|共有|一共有)?(?:多少|几)(?:个人|个|万人次|人次|人|名|辆|台|项|次|家|套|批次|批|平方米|平米|平方公里|公里|千米|座|件|户|场|万吨|吨|分)"
    r"(?:[（(][台套个辆][)）])?"
)

# "多少亿元": the unit the asker wants the amount in.
ASKED_UNIT = re.compile(
    r"(?:折合|换算成|换成)?(?:多少|几个?)(亿元|万元|元|亿(?!元)|万(?![元人次件吨户个台辆平方\d]))"
    r"|(?:以|按|用|换算成|折合)(亿元|万元|元)"
)  # "几个亿", "能收多少亿": 亿元; "一共多少万", typed on a phone: 万元

_TABLE_NAMED = re.compile(
    r"([\u4e00-\u9fff“”\"、（）()]{2,40}?(?:表|情况表))[”\"]?(?:[（(][^）)]*[)）])?"
    r"(?:(?:中|里|内)的?|的(?=合计|总计|[\u4e00-\u9fff]{2,12}(?:合计|总计))|(?=合计|总计))"
)
# "表12", "公开05表", "预算03表", "部门综合预算表12": a table by its printed number
_TABLE_NUMBER = re.compile(
    r"(?:部门综合预算|部门预算|单位预算|部门决算|部门公开|公开|预算|决算){0,2}(?:报表)?(?:附)?"
    r"(?:表\s*0?(\d{1,2})(?![\d.%％万元个])|(?:公开|预算|决算)\s*0?(\d{1,2})\s*表)"
    # "预算表9（项目支出表）的合计", "第8张表（基本支出经济分类那张）": its title as a gloss
    r"(?:[（(][^（）()]{2,30}[)）])?(?:中|里|内)?的?"
)

_TABLE_IN_WORDS = re.compile(
    r"第(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})张(?:报表|表格|表)"
    r"|(?<![\u4e00-\u9fff\d])表(?P<m>[一二三四五六七八九十]{1,3})(?=[里中内的上（(，,、\s]|合计|总计|$)"
)
_TABLE_WORDS = {
    "支出总表": ("支出总体情况表", "支出总表", "支出预算总表", "支出决算表"),
    "收入总表": ("收入总体情况表", "收入总表", "收入预算总表", "收入决算表"),
    "收支总表": ("收支总体情况表", "收支总表", "收支预算总表"),
    "一般公共预算基本支出表": ("一般公共预算基本支出情况表", "一般公共预算基本支出表", "基本支出情况表", "基本支出表"),
}


# the year said in the body: "2026年", "X局2026 一级项目", "到2022年底" (a stock's date)
_YEAR_SAID = re.compile(
    r"(?:截至|截止到?|到)?20\d{2}年(?:末|底)的?(?!结转|结余)|20\d{2}年度?(?!末结转|末结余|底结转|底结余)"
    r"|20\d{2}(?=年末结转|年末结余|年底结转|年底结余)|^\s*20\d{2}(?![\d.年%])|(?<![\d.])20\d{2}(?=比|较)"
)  # the last: "信息化建设2026比2025年执行数"  # "2024年末结转和结余" is the row 年末结转和结余 of 2024
_PART_NAMED = re.compile(r"^(?:20\d{2}年度?)?[（(]?(本级|汇总|机关)[)）]?")


def clean_item(text: str) -> str:
    text = re.sub(r"[“”\"'‘’]", "", text)
    text = ASKED_UNIT.sub("", text)
    text = re.sub(r"^(?:的)?总预算(?:数|额)?(?:的)?$", "预算总额", text)  # "占总预算的…": the budget's whole, not 总
    text = re.sub(r"(?:总共|一共|共)?有?(?:多少|几)辆(?:汽?车|公务用车)", "车辆", text)  # "有多少辆车": its 车辆
    text = _HOW_MANY.sub("", text)
    text = without_filler(text)
    text = FILLER.sub("", text)
    text = re.sub(r"^(?:的|中(?![医央心国共])|里|在(?![职编岗])|其中)+", "", text)
    # "安排了多少钱搞公务接待", "给职工交住房公积金": the verb of paying is no part of the item
    text = re.sub(r"^(?:安排|要花|花在|花|用在|用于|用来|拨给?|投入|要)了?(?:多少钱?)?", "", text)
    # "财政拨款安排的…", "一般公共预算当年拨款安排的…": the fund, without the verb
    text = re.sub(
        r"(财政拨款|一般公共预算|政府性基金(?:预算)?)(?:当年|本年)?(?:拨款)?(?:资金)?安排的?(?=.)", r"\1", text
    )
    text = re.sub(
        r"^给(?:干部职工|职工|员工|工作人员|在编人员|在职人员|离退休人员|人员|大家)?(?:交纳|缴纳|交|缴|发放|发)",
        "",
        text,
    )
    text = re.sub(
        r"(?<=..)这(?:一|个)?(?:项目?|科目|款|类)?(?=上年|去年|的|预算|决算|支出|$)", "", text
    )  # "公路建设这个项"
    text = re.sub(r"(?:公开|预算|部门)?(?:表\d+|\d+表)(?:表)?(?:里|中|的)*", "", text)  # "表6里", "预算01表": by number
    text = re.sub(r"(?<=..)(?:总体|整体)$", "", text)  # "收支预算总体": the whole of it
    text = re.sub(r"^(合计|总计)(?:数|金额|数额)$", r"\1", text)  # a named table's "合计数"
    text = re.sub(r"^(?:部门|单位)?(?:综合)?(?:预算|决算)(?=..)(?!数|总额|规模)", "", text)
    text = re.sub(r"^(?:里面|里|中(?![国共])|之中|当中)(?=..)", "", text)  # "部门预算里项目支出"
    text = re.sub(r"^(?:说|写|讲|提到|列)(?:的|了)(?=..)", "", text)  # "预算里说的房屋面积"
    text = re.sub(r"^(?:公开|文件|报告|说明)(?:里|中)?(?:说|写|讲|提到)(?:的|了)?(?=..)", "", text)  # "预算公开说"
    text = re.sub(r"^(?:公开|公布)(?:的|里|中|上)(?=..)", "", text)  # "预算公开的人员编制"
    text = re.sub(r"(?<=..)(?<![级个类款项])科目$", "", text)  # "执法办案科目": the 科目 by its name
    return bare_total(text.strip())


@dataclass
class Question:
    asked: str  # as the visitor typed it
    text: str  # folded: simplified characters, half-width digits, no spaces
    resolved: Resolved
    body: str  # the question less organisation and year
    table_types: set[str] | None
    last_year: bool = False  # the year asked is the one before the documents' year
    readings: list[str] = field(default_factory=list)  # words read as another printed term
    unit: NamedUnit | None = None  # a unit of a 汇总 budget the question asks about, by its printed row
    units: tuple[NamedUnit, ...] = ()  # two or more such units, added up or compared
    planned: bool = False  # a 决算's budget column is asked ("年初预算数"), not its outturn
    # "收支总表的支出总计比财政拨款收支总表的支出总计多多少": each operand with its own table
    in_two_tables: tuple[tuple[str, str], tuple[str, str]] | None = None
    # "2026年预算比2024年决算多多少": the documents of the year compared with, when the library holds them
    other_year: tuple[str, ...] = ()
    guess: float | None = None  # "…是不是1200万左右？": the amount the asker believes, in 万元
    # "办公费有没有超过10万", "够不够50万", "是不是不到100万": the guess is a bound to cross ("over"), to reach
    # ("reach") or to stay under ("under")
    bound: str | None = None
    # "表12…的合计", "部门预算项目支出及其他支出预算表的合计": the very tables named, (document, table index),
    # where a document prints two tables of the named kind
    named_tables: frozenset[tuple[str, int]] = frozenset()
    tabled: bool = False  # "表里的…": a table's cell is asked, never the text's figure
    # a unit the parent's 说明 lists but no table prints ("中国烟台SOS儿童村"): only its own projects answer
    listed_unit: str | None = None


# "…上年三公经费预算多少 今年19.86万", "…收入预算是多少？今年说是增加了125454.38万元": what the asker
# already knows, said after the question. The answer comes from the document, so the clause goes.
_GIVEN = re.compile(
    r"(多少钱?|几|[\s，,？?。；;])[\s，,？?。；;]*(?:今年|本年|去年|上年|20\d{2}年|据说|听说|说是|已知)[^\s，,？?。；;]{0,12}?"
    r"\d+(?:\.\d+)?(?:万元|万|元|亿元|亿)(?:左右)?[\s。！!]*$"
)
_QUOTE_MARKS = str.maketrans("「」『』", "“”“”")  # 「三公」經費: the quotes of traditional typesetting


# "项目支出表（预算表9）": a number printed in the title's bracket, where no number stands above the table
_NUMBER_IN_TITLE = re.compile(r"[（(](?:部门)?(?:预算|决算|公开)?表\s*\d{1,2}[)）]")


def _numbered_tables(index: SearchIndex, doc_ids: tuple[str, ...], m: re.Match[str]) -> set[str] | None:
    """The kind of the table the asked documents print under that number, when it is one known kind."""
    tables = _tables_numbered(index, doc_ids, m)
    kinds = {index.corpus.docs[d].tables[i].table_type for d, i in tables}
    return kinds if len(kinds) == 1 and "other" not in kinds else None


def _tables_numbered(index: SearchIndex, doc_ids: tuple[str, ...], m: re.Match[str]) -> set[tuple[str, int]]:
    """The tables printed under that number; in a document that prints no table numbers, its Nth
    standard table in order (the 目录's numbering), when it has that many."""
    wanted = int(m.group(1) or m.group(2))
    found: set[tuple[str, int]] = set()
    for d in doc_ids:
        tables = index.corpus.docs[d].tables
        numbers = {t.index: re.findall(r"\d+", t.number or " ".join(_NUMBER_IN_TITLE.findall(t.title))) for t in tables}
        if any(numbers.values()):
            found |= {(d, i) for i, digits in numbers.items() if digits and int(digits[-1]) == wanted}
        else:
            standard = [t for t in tables if t.table_type not in ("other", "绩效目标")]
            if 0 < wanted <= len(standard):
                found.add((d, standard[wanted - 1].index))
    return found


# "部门预算第16页那张政府采购表", "综合预算报表第3页那张表的": a table by the page it is printed on
_ON_PAGE = re.compile(
    r"(?:(?:部门|单位|综合)?(?:预算|决算)(?:公开)?(?:报表|文件)?|报表|公开)?的?第\s*(?P<page>\d{1,3})\s*页(?:上|里|中)?的?"
    r"(?:那张|这张|那个|这个)?(?P<title>[\u4e00-\u9fff]{0,14}?表)(?:格)?(?:里面|里|中|上)?的?"
)


def _tables_on_page(index: SearchIndex, resolved: Resolved, page: int) -> set[tuple[str, int]]:
    """The tables printed on that page of the asked year's documents: one table, or none read."""
    docs = [d for d in resolved.doc_ids if index.corpus.docs[d].document.year == resolved.year] or resolved.doc_ids
    found = {(d, t.index) for d in docs for t in index.corpus.docs[d].tables if page in t.pages}
    return found if len(found) == 1 else set()


def _tables_titled(index: SearchIndex, doc_ids: tuple[str, ...], title: str) -> set[tuple[str, int]]:
    """The tables whose printed title is the title named (its words, after any year or unit's name)."""
    said = re.sub(r"^(?:20\d{2}年度?)", "", re.sub(r"[“”\"（）()]", "", title))
    return {
        (d, t.index) for d in doc_ids for t in index.corpus.docs[d].tables
        if len(said) >= 6 and re.sub(r"[“”\"（）()]", "", t.title).endswith(said)
    }  # fmt: skip


_YEAR_THEN_CODE = re.compile(r"(?<![\d.])(20(?:1[5-9]|2\d|30))\s+(?=(?:\d{3}|\d{5}|\d{7})(?![\d.]))")
# "2070702 重庆市委宣传部 2026 政府性基金": a year typed as a word of its own, among the words of a search box
_YEAR_WORD = re.compile(
    r"(?:(?<=[\s，,。？?；;：:])|^)(20(?:1[5-9]|2\d|30))(?=[\s，,。？?；;]|$)(?!\s*(?:万|亿|元|%|个|人))"
)
# spoken order, the question word first: "多少钱啊，X局的办公费", "比购置费多多少？X局的运行维护费"
_ASKED_FIRST = re.compile(r"^(多少钱|多少|几)[啊呀呢吧嘛哈]*[，,]\s*([^，,？?]{4,})(.*)$")
_COMPARED_FIRST = re.compile(
    r"^(比[^，,？?]{1,20}?(?:(?:多|少|高|低|增加|减少)了?(?:多少|几)[\u4e00-\u9fff]{0,4}|(?:多|增加|高)了?还是(?:少|减少|低)了?))"
    r"[？?，,]\s*([^？?]{4,}?)[？?。]?$"
)


_CN_YEAR_DIGIT = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")
# "二〇二六年", "二六年": a year in Chinese numerals (not "十二年", "三四年": no 十, two digits from 一/二 only)
_CN_YEAR = re.compile(
    r"(?<![〇零○一二三四五六七八九十百千万])([〇零○一二三四五六七八九]{4}|[一二][〇零○一二三四五六七八九])"
    r"(?=年(?!代|前|后|内|来|以|级))"
)


def _digit_years(text: str) -> str:
    return _CN_YEAR.sub(lambda m: m.group(1).translate(_CN_YEAR_DIGIT), text)


_TABLE_FIRST = re.compile(r"^((?:预算|决算)?[^，,。？?]{0,20}?表(?:里面|里|中|上))[，,]\s*(?=[^，,]{6,})")
_WHOLE_SAID_AFTER = re.compile(
    r"(?<=[？?])(?:机关和事业单位|全部单位|所有单位|整个部门|部门整体)(?:都)?(?:加起来|加在一起|合起来|一起)[。？?]?$"
)


# "公车（就是公务用车运行维护费）": an aside naming the printed item stands for the word before it (a word of its
# own: after a mark, a figure, 年 or 的); "办公费——就是买文具那些——": an aside in everyday words is dropped
_ASIDE_NAMING = re.compile(
    r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[年的里]))(?![年的里])[\u4e00-\u9fff]{1,6}"
    r"(?:[（(](?:就是|也就是|即|指|是指)([\u4e00-\u9fff]{2,16}(?:费|支出|经费|资金|收入))[)）]"
    # "买车——就是那辆事故救援专业车——": the one thing meant, said by its printed name
    r"|(?:——|--|[（(])(?:就是|也就是|即|指)(?:那|这)(?:一)?[辆台个项笔套件批](?:[\u4e00-\u9fff]{0,2}的)?"
    r"([\u4e00-\u9fff]{2,16})(?:——|--|[)）]))"
)
# "用于薇甘菊防治、古树保护这些的林地管理费": what the item is for, said before it; the item is named
_WHAT_IT_IS_FOR = re.compile(
    r"(?:用于|用来|用在|拿来|花在)[^，,。？?！!]{2,30}?(?:这些|那些|之类|这类|那类)的(?=[\u4e00-\u9fff]{3,})"
)
# "…工务中心那个保障珠海澳门应急供水的黄杨泵站至缯坑水库第二条原水管工程": what the named thing does, said
# before its (long) name
# (never "那个做气象科普…的项目安排了多少钱": "项目" is no name, the description tells which project it is)
_THAT_ONE_DESCRIBED = re.compile(
    r"(?:那个|这个|那项|这项|那笔|这笔)[^，,。？?！!的]{2,24}的"
    r"(?!项目|工程|经费|资金|钱|费用|支出|预算|事)(?=(?:(?!多少|几|安排|花|用了|是|有)[\u4e00-\u9fff]){8,})"
)
# "办公费——就是买文具那些——": an everyday gloss, dropped
_ASIDE = re.compile(r"(?:——|--|[（(])(?:就是|也就是|即|指)[^—（）()]{1,20}(?:——|--|[)）])")


# "单位自己挣的钱，也就是事业收入，有多少": the everyday words, then the printed name they mean
_ASIDE_AFTER_COMMA = re.compile(
    r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[年的里]))(?![年的里])[\u4e00-\u9fff]{2,10}[，,]"
    r"(?:也就是|就是|即)([\u4e00-\u9fff]{2,16}?(?:费|支出|经费|资金|收入))(?:[，,]|(?=[有是为多]))"
)
# "西安市民政局，不对，是人社局，2020年…": the asker corrects the name just said
_CORRECTED = re.compile(
    r"([^，,。？?！!\s…—.]{2,24}?)(?:[，,]|[…—.]{2,})(?:[哦噢呃啊]?(?:不对|不是不是|说错了|搞错了|错了)|哦不)[，,]?(?:应该是|是)?"
)
_PLACE_FIRST = re.compile(r"^.{1,8}?(?:省|自治区|市|区|县)")
_ORGANISATION_SAID = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:局|委|办|院|厅|中心|所|站|馆|会|队|校)")


# "支持中小企业发展的那块钱（资源勘探工业信息等支出）": the everyday words, then the printed item in brackets
_THAT_MONEY_NAMED = re.compile(
    r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[年的里]))(?![年的里])[\u4e00-\u9fff]{2,16}?的?"
    r"(?:那块钱|那笔钱|那部分钱|那部分|那块|那笔)[（(]([\u4e00-\u9fff、]{2,20})[)）]"
)


# "统计局下面的统计普查中心，广州的，2026年…": the place said after the name, as an aside
_PLACE_AFTER = re.compile(
    r"^([^，,。？?]{2,30}?)[，,](?!今年|去年|明年|本年|上年|当年|前年)([\u4e00-\u9fff]{2,3}(?:省|市|区|县)?)的[，,]"
)


# "交通职院(上海)26年…": an organisation's place in brackets after its name, at the start of the question
_PLACE_IN_BRACKETS = re.compile(
    r"^([\u4e00-\u9fff]{1,12}?(?:局|委|办|院|厅|中心|所|站|馆|会|队|校|部|处|园|村))[（(]([\u4e00-\u9fff]{2,4})[）)]"
)
# "大鹏管理局（深圳规划和自然资源局）2025年…": a unit with its parent in brackets, said as the parent's unit
_PARENT_IN_BRACKETS = re.compile(
    r"^([\u4e00-\u9fff]{2,12}?(?:局|委|办|院|厅|中心|所|站|馆|会|队|校|部|处))"
    r"[（(]([\u4e00-\u9fff]{3,16}(?:局|委|委员会|办|办公室|厅|院|部))[）)]"
)
_NOT_A_PLACE = re.compile(r"本级|机关|部门|单位|预算|决算|汇总|合并|含|简称|全称|下属|二级|事业|行政")


# "苏州、西安、烟台这三个审计局": each place with the kind of office said once after them
_PLACES_OF_ONE_KIND = re.compile(
    r"((?:[\u4e00-\u9fff]{2,3}?[、和与及])+[\u4e00-\u9fff]{2,3}?)(?:这|那)?(?:两|三|四|五|六|几)个"
    r"([\u4e00-\u9fff]{1,5}?(?:局|委|厅|院|办|中心))"
)


def _shortened(short: str, full: str) -> bool:
    """Whether a name is another one said short: its characters, in order, within the longer one."""
    rest = iter(full)
    return len(short) < len(full) and all(ch in rest for ch in short)


def _aside(q: str) -> str:
    q = _PLACES_OF_ONE_KIND.sub(lambda m: "、".join(p + m[2] for p in re.split(r"[、和与及]", m[1])), q)
    q = _ASIDE_AFTER_COMMA.sub(r"\1", _THAT_MONEY_NAMED.sub(r"\1", q))
    if (place := _PLACE_AFTER.match(q)) and not re.search(r"[局委办院厅部所站处会队心]$", place.group(2)):
        q = place.group(2) + place.group(1) + q[place.end() :]
    if (place := _PLACE_IN_BRACKETS.match(q)) and not _NOT_A_PLACE.search(place.group(2)):
        q = place.group(2) + place.group(1) + q[place.end() :]  # "福利院(普陀区)2023年…": 普陀区福利院
    elif (parent := _PARENT_IN_BRACKETS.match(q)) and not _NOT_A_PLACE.search(parent.group(2)):
        if _shortened(parent.group(1), parent.group(2)):  # "上海交院（上海交通职业技术学院）": its full name
            q = parent.group(2) + q[parent.end() :]
        else:
            q = parent.group(2) + parent.group(1) + q[parent.end() :]
    if said := _CORRECTED.search(q):
        meant = re.match(r"[\u4e00-\u9fff]{2,16}", q[said.end() :])
        place = _PLACE_FIRST.match(said.group(1))
        # the corrected words start as the first ones did ("下降了多少个百分点……不对，是下降了百分之几",
        # "增加了多少……不对，是增长了百分之几"): from there on, the first words are replaced
        end = said.start() + len(said.group(1))
        again = next(
            (at for k in (2, 1) if meant and (at := q.rfind(meant.group(0)[:k], said.start(), end)) >= 0), None
        )
        an_organisation = meant and re.match(_ORGANISATION_SAID, meant.group(0))
        if meant and place and an_organisation and not _PLACE_FIRST.match(meant.group(0)):
            q = q[: said.start()] + place.group(0) + q[said.end() :]  # "西安市民政局，不对，是人社局": 西安市人社局
        elif again is not None:
            q = q[:again] + q[said.end() :]
        else:
            q = q[: said.start()] + q[said.end() :]
    q = _ASIDE.sub("", _ASIDE_NAMING.sub(lambda m: m.group(1) or m.group(2), q))
    return _WHAT_IT_IS_FOR.sub("", _THAT_ONE_DESCRIBED.sub("", q))


def understand(question: str, index: SearchIndex) -> Question:
    # "苏州审计局 2026 30201办公费": a year, then a code, kept apart before the spaces go ("2010 301" is one code)
    folded = _digit_years(fold(simplified(question)))
    spaced = _YEAR_WORD.sub(r"\1年", _YEAR_THEN_CODE.sub(r"\1年", folded))
    spaced = _COMPARED_FIRST.sub(r"\2\1", _ASKED_FIRST.sub(r"\2\1\3", spaced.strip()))
    # "财政拨款收支总表 上年结转结余": a table, then what is read in it, as typed into a search box
    spaced = re.sub(r"(?<=[\u4e00-\u9fff]表)\s+(?=[\u4e00-\u9fff])", "里", spaced)
    q = _aside(squash(spaced).translate(_QUOTE_MARKS))
    # "…有没有一个亿？（2026年预算公开）": the year of where it was read, said after the question
    if noted := re.search(r"[（(][^（）()]{0,6}(20\d{2}年度?)[^（）()]{0,10}[）)][。？?]?$", q):
        q = noted.group(1) + q[: noted.start()]
    q, guess, bound = _guess_checked(_plainly(q))
    q = _SAID_AGAIN.sub(lambda m: f"{m['item']}{m['k'] or ''}比{m['y']}", q)
    q = re.sub(r"(?<![\d.])([1-3]\d)(?=年(?!代|前|后|内|来|以))", r"20\1", q)  # "26年": a year said short
    q = _GIVEN.sub(r"\1", q)
    q, shaped = index.corpus.printed.corrected(q)  # 大朋管理局, 预箅单位: a stroke slip
    docs = [d.document for d in index.corpus.docs.values()]
    q = _continued(q, docs)
    # "预算04表财政拨款收支总表里，北京水物局…": the table said first, then whose it is
    table_first = _TABLE_FIRST.match(q)
    if table_first and resolve(table_first.group(1), docs).named:
        table_first = None  # "X局2026年一般公共预算支出表里，…": the organisation is in it
    if table_first:
        q = q[table_first.end() :]
    resolved = resolve(q, docs)
    units = tuple(named_units(q, index))
    if units and not (resolved.named and resolved.doc_ids and not set(resolved.doc_ids) & set(units[0].doc_ids)):
        # "…巡特警支队和刑事侦查支队的三公经费加起来": each unit's own row, then the arithmetic
        rest = q
        for u in units:  # "无锡发改委下面的A和B": the units, and the word that puts them under their parent
            rest = re.sub(rf"(?:下属|所属|下面|下辖|底下|旗下)?的?{re.escape(u.typed)}", "", rest, count=1)
        again = resolve(rest, docs)
        if not again.doc_ids or set(again.doc_ids) & set(units[0].doc_ids):
            mention = again.mention if again.doc_ids else ""  # "无锡发该委…": the parent named with a slip
            resolved, q = replace(again, doc_ids=units[0].doc_ids, named=True, problem=None, mention=mention), rest
        else:
            units = ()
    # "西安市安监局执法监察支队": a unit its parent's tables print, said right after the parent's name
    # "杭州公按局…地铁分局": the parent spelt with a slip is read as its name, which the unit's row begins with
    spelt = q.replace(resolved.mention, resolved.reading, 1) if resolved.reading and resolved.mention else q
    unit = None if units else named_unit(spelt, index, (resolved.doc_ids or resolved.parents) if resolved.named else ())
    if unit and resolved.named and resolved.doc_ids and not set(resolved.doc_ids) & set(unit.doc_ids):
        unit = None  # the question names another organisation; the unit's name is some item of it
    if unit:
        # a unit its parent's tables print by name ("…交通管理支队", "杭州气象局下属的杭州市气象服务中心")
        at = q.find(unit.typed)
        rest = re.sub(r"^.*?(?:下属|所属|下面|下辖|底下|旗下)的?$", "", q[:at]) + q[at + len(unit.typed) :]
        again = resolve(rest, docs)
        if not again.doc_ids or set(again.doc_ids) & set(unit.doc_ids):
            mention = again.mention if again.doc_ids else ""  # "杭州气像局…气象服务中心": the parent with a slip
            resolved, q = replace(again, doc_ids=unit.doc_ids, named=True, problem=None, mention=mention), rest
        else:
            unit = None
    only_listed = None
    if not unit and not units and (listed_named := listed_unit_named(q, index)):
        # "中国烟台SOS儿童村…", "烟台民政局下面的SOS儿童村…": a unit the parent's 说明 lists, its tables do not
        name, typed, parents = listed_named
        at = q.find(typed)
        rest = re.sub(r"(?:下属|所属|下面|下辖|底下|旗下)的?$", "", q[:at]) + q[at + len(typed) :]
        again = resolve(rest, docs)
        if not again.named or not again.doc_ids or set(again.doc_ids) & set(parents):
            mention = again.mention if again.named and set(again.doc_ids) & set(parents) else ""
            resolved, q = replace(again, doc_ids=parents, named=True, problem=None, mention=mention), rest
            only_listed = name
    body = q.replace(resolved.mention, "", 1) if resolved.mention else q
    if table_first:
        body = re.sub(r"^(?:20\d{2}年度?)?的?", "", body)
        body = table_first.group(1) + body
    if resolved.mention and (part := _PART_NAMED.search(body)):
        # "福州市民政局本级…" of 福州市民政局（本级）: the name's own bracket, said without brackets
        if any(part.group(1) in d.organisation for d in docs if d.id in resolved.doc_ids):
            body = body.replace(part.group(0), "", 1)
    named = resolved.doc_ids if resolved.named else ()
    names = {a for d in named for a in aliases(index.corpus.docs[d].document.organisation) if a in body}
    for name in sorted(names, key=len, reverse=True):  # longest first: "苏州审计局" before "审计局"
        body = without(name, body)  # "广州市气象" is no mention inside "广州市气象台"
    if resolved.named and len(spaced.split()) >= 3:
        # "省委办公厅 江苏 2018 …": a word of a search box that is part of the organisation's name (its place)
        whose = [index.corpus.docs[d].document.organisation for d in named]
        for word in spaced.split():
            if 2 <= len(word) <= 6 and any(word in o for o in whose) and word in body:
                body = body.replace(word, "", 1)
    if resolved.named and (place := re.match(r"^([\u4e00-\u9fff]{2,4})(?=20\d{2})", body)):
        # "省委办公厅江苏2018三公": the organisation's place typed after it, then the year
        if any(place.group(1) in index.corpus.docs[d].document.organisation for d in named):
            body = body[place.end() :]
    body = index.corpus.without_organisations(body).replace(" ", "")
    if (asking := _ASKING.search(body)) and len(body) - asking.end() >= 4:
        whole, story, body = body, body[: asking.end()], body[asking.end() :]  # "…注意到…，请问收入预算…"
        if not _ONLY_ASKING.sub("", body):  # the question after the story names nothing
            told = _TOLD_CHANGE.search(story)
            # "…听人说X比上年涨了不少，想问问跟上年比到底变了百分之几": the item is the story's, the question its
            # rate; a story that tells no change leaves its words in (never the whole budget's figure by default)
            body = _HEARD.sub("", re.sub(r"^(?:20\d{2}年度?)", "", told.group(1))) + body if told else whole
        elif (ref := _BACK_REF.match(body)) and (quoted := list(_NAMED_BEFORE_QUOTE.finditer(story))):
            body = quoted[-1].group(1) + body[ref.end() :]  # "…说明里X“完成年初预算的…”，想问一下这一项…": X
    if (doubt := _DOUBTED.search(body)) and len(body) - doubt.end() >= 4:
        body = body[doubt.end() :]  # "…说明里写“…0.3万元”，感觉不对，表里的…是多少": asked after the doubt
    # "有个要培养40名会计人才的项目，那个项目安排了多少钱": the project is the one described before
    if back := _SAID_BACK.match(body):
        body = re.sub(r"^.*?有(?:一?个|一?项|一?笔)", "", back["what"]) + back["noun"] + back["rest"]
    then = re.search(r"^.*?[，,](?:那么?|那个|这个|那项|这项|那)(?![个些边里样])(?=[^，,]{4,}$)", body)
    if then and re.search(r"多少|几", body[then.end() :]):
        body = body[then.end() :]  # "…说其他收入比上年少了，那上一年的其他收入是多少": what follows 那 is asked
    if resolved.mention:  # "X局（2018年部门预算所列）的…": a gloss on the name, not the item
        body = re.sub(r"^[（(][^（）()]*[)）]的?", "", body)
    # "比2025年增加了多少" of a 2026 budget compares with last year
    body = re.sub(r"(比|较|与|同|和|跟)20\d{2}年度?(?:年初)?", r"\1上年", body) if resolved.base_year else body
    if resolved.year:  # "2026年…的2025年执行数": the year before the one asked is last year's figure
        body = re.sub(rf"(?<![比较与同和至止到]){resolved.year - 1}年度?", "上年", body)  # not "截至2025年底"
    body = _YEAR_SAID.sub("", body).replace("，", "").replace(",", "")  # "X局2026 一级项目", "2022年末车辆总数"
    # "X局2026年的…", "X局今年…": the particle after the name and year, the year said as 今年 (read by `resolve`)
    body = re.sub(r"^(?:今年)?的?(?=.)", "", body)  # not 本年: "本年支出合计" is a row's name
    body = re.sub(r"(比|较|同|和|与|跟)(?:去年|上一年|上年度)", r"\1上年", body).replace("较上年", "比上年")
    body = re.sub(r"[（(](?:20\d{2}年?度?)?[）)]", "", body)  # "今年（2026年）", "今年（2026）": the year's gloss
    # "…有没有一个亿？（2026年预算公开）": where it was read, said after the question
    body = re.sub(r"[（(][^（）()]{0,16}(?:预算|决算)(?:公开|文件|说明)?[^（）()]{0,4}[）)][？?。]?$", "", body)
    # "…一共多少？机关和事业单位加起来": the whole department, said after the question
    body = re.sub(_WHOLE_SAID_AFTER, "", body)
    # "：工资里…" after "想了解X的预算：", "它…" of the organisation named before: nothing asked
    # ("…想了解一下水务局的家底：截至…"): an everyday word for the budget before the colon, likewise
    body = re.sub(r"^(?:(?:的)?(?:预算|决算|家底|账本?|钱袋子|情况|收支)?[：:，,、]|它的?|其)+(?=..)", "", body)
    if resolved.named:  # "学校的财政拨款", "该局的…": the organisation named, said again
        body = re.sub(r"(?:学校|该单位|该局|该部门|该院|该中心|这个单位|这个局)的?(?=..)", "", body)
    # "按财政拨款口径，基本支出…", "…多少（按一般公共预算口径）": the fund asked, said as a scope
    if said := _SCOPE_SAID.search(body):
        fund = said.group(1) if said.group(1) not in ("全部资金", "部门", "全口径") else ""
        body = fund + body[: said.start()] + body[said.end() :]
    # "预算公开里说，…": where the asker read it, not what is asked
    body = re.sub(r"^(?:部门|单位)?(?:预算|决算)?(?:公开|文件|说明)?(?:里|中|上)(?:说|讲|提到|写)(?:的|着)?", "", body)
    # "预算里的其他收入": where it is printed
    body = re.sub(r"^(?:部门|单位)?(?:预算|决算)(?:公开|文件|报表)?(?:里面|里|中|当中)的(?=..)", "", body)
    # "“截至…，…共有车辆”几辆": a sentence of the text quoted whole, then the question of its figure
    if (sentence := re.match(r"^“([^“”]{4,60})”(?=[^“”]{1,8}$)", body)) is not None:
        body = sentence.group(1) + body[sentence.end() :]
    # the date of a stock ("截至2025年底", "截至上年底")
    body = re.sub(
        r"^(?:(?:部门|单位)?(?:预算|决算)(?:里面|里|中)[，,]?)?(?:截至|截止到?)(?:上年|去年|上一年)?(?:\d{1,2}月)?"
        r"(?:\d{1,2}日|底|末)?的?",
        "",
        body,
    )
    if asked_percent := re.search(r"[?？]?[（(](?:百分比|百分数|百分率|%)[)）][?？]?$", body):
        # "增长了多少？（百分比）": the unit said after the question
        body = body[: asked_percent.start()]
        body = body if "百分" in body else "百分之多少".join(body.rsplit("多少", 1))
    paged: set[tuple[str, int]] = set()
    if (on_page := _ON_PAGE.search(body)) and (paged := _tables_on_page(index, resolved, int(on_page["page"]))):
        # "第16页那张政府采购表的合计", "报表第3页那张表的收入总计": the table printed on that page
        body = body.replace(on_page.group(0), "" if on_page["title"] in ("表", "报表") else on_page["title"], 1)
    # "201类支出": a 类 by its code, named as the classification names it (a 收支总表 prints no codes)
    body = re.sub(r"(?<!\d)(2\d{2})类(?:支出)?", lambda m: code_names().get(m.group(1), m.group(0)), body)
    # "第八张表", "表三": the table of that number, said in words
    body = _TABLE_IN_WORDS.sub(lambda m: f"表{_table_number(m['n'] or m['m'])}", body)
    numbered = None  # "表12的合计", "公开05表里…": that table (read before the number is dropped as a gloss)
    named_tables: set[tuple[str, int]] = set()
    # numbered in the document of the year asked, not the one before it that the library also holds
    of_year = tuple(d for d in resolved.doc_ids if index.corpus.docs[d].document.year == resolved.year)
    of_year = of_year or resolved.doc_ids
    if (number := _TABLE_NUMBER.search(body)) and (numbered := _numbered_tables(index, of_year, number)):
        body = body.replace(number.group(0), "", 1)
        named_tables = _tables_numbered(index, of_year, number)
    if paged:
        kinds_paged = {index.corpus.docs[d].tables[i].table_type for d, i in paged}
        named_tables, numbered = paged, (kinds_paged if len(kinds_paged) == 1 and "other" not in kinds_paged else None)
    body = everyday(body)
    asked = [index.corpus.docs[d].document for d in resolved.doc_ids]
    asked = [d for d in asked if d.year == resolved.year] or asked  # not the next budget comparing with it
    if asked and {d.kind for d in asked} == {"决算"}:
        body = _YEARS_OWN.sub(r"本年\1合计", body)  # a 决算's 总计 adds the balances carried in and out
        body = re.sub(r"实际(?:上)?(?=花|用|支出|开支|发生)", "", body)  # "实际花了多少": a 决算's own figure
        body = re.sub(r"(?<=比上年)决算数?", "", body)  # "较上年决算减少": a 决算 compares outturn with outturn
        # "综合医院比年初预算多花了多少": the item's outturn against its budget, of one row
        body = re.sub(
            r"(?<!决算)(?<!决算数)(?<!支出)比年初预算数?(多|少)(?:花|用|支出|开支)?了?(?=多少|几)",
            r"决算比年初预算\1",
            body,
        )
    body, slips = homophone_slips(body, index.corpus.printed.text.__contains__)
    slips = shaped + slips
    readings = [f"“{a}”为“{b}”" for a, b in slips]
    if unit and unit.typed not in unit.row_name:  # "票剧" typed for 票据
        readings.append(f"“{unit.typed}”为“{unit.row_name}”")
    if only_listed and resolved.doc_ids:  # its figures are its parent's rows of it: say whose document answers
        readings.append(f"“{only_listed}”为{index.corpus.docs[resolved.doc_ids[0]].document.organisation}的下属单位")
    tables = numbered
    if two := _in_two_tables(body):
        return Question(
            question, q, resolved, body, None, readings=readings, unit=unit, in_two_tables=two, guess=guess, bound=bound
        )
    if (title := _TABLE_NAMED.search(body)) and table_type(title.group(1)) != "other":
        # "…支出表（公开09表）中“三公”经费合计": the table's own words are no items to add up
        tables, body = {table_type(title.group(1))}, body.replace(title.group(0), "")
        titled = _tables_titled(index, resolved.doc_ids, title.group(1))
        named_tables = (named_tables & titled or named_tables) if named_tables else titled
    # "表里的财政拨款收入支出总计": a table's figure, not the text's (which the asker may doubt)
    tabled = bool(re.match(r"(?:报表|表格|表)(?:里面|里|中|上)的?", body))
    body = re.sub(r"^(?:报表|表格|表)(?:里面|里|中|上)的?", "", body)
    for kind, words in _TABLE_WORDS.items():
        for w in words:
            if w in body:
                tables = {kind}
                body = body.replace(w, "")
                break
    if not tables and _IN_BASIC.match(body) and not re.search(r"(?:人员|公用)经费", body):
        tables = {"一般公共预算基本支出表"}  # "基本支出里的公务接待费": that table's row, not the “三公” table's
    if tables and tables <= _BASIC_TABLES and not re.search(r"一般公共预算|财政拨款", question):
        tables = set(_BASIC_TABLES)  # "基本支出表", no fund named: whichever of the two a document prints
    if not tables and (listed := _IN_PURCHASES.match(body)):
        tables, body = {"政府采购"}, body[listed.end() :]  # "政府采购预算里，特级防化服": that table's row
    if not tables and (bought := _BOUGHT_FOR.match(body)):
        tables, body = {"政府采购"}, bought.group(1) + bought.group(2)  # "X经费的政府采购预算": X's row there
    # "X局的…", "X局中…", "X局在…": the particle after the name, not 中医 or 在职
    body = re.sub(r"^(?:的|中(?![医央心国共])|在(?![职编岗]))+", "", body)
    # only while the kind read stands: "基本支出表" widened to both basic tables keeps both
    kinds = {(d, t.index): t.table_type for d in resolved.doc_ids for t in index.corpus.docs[d].tables}
    chosen = frozenset(t for t in named_tables if tables and kinds.get(t) in tables)
    return Question(
        question, q, resolved, body, tables, readings=readings, unit=unit, units=units, guess=guess, bound=bound,
        named_tables=chosen, tabled=tabled, listed_unit=only_listed,
    )  # fmt: skip


# "政府采购预算里，特级防化服安排了多少钱": a row of the 政府采购 table, not a share or a class of it
_IN_PURCHASES = re.compile(
    r"^政府采购(?:预算|决算)?(?:表|明细)?(?:里面|里|中|内|当中)[，,]?的?"
    r"(?!.*(?:占|比例|比重|哪|最|几|货物|工程|服务类|采购|中小|小微|合计|总额|一共|总共))(?=[\u4e00-\u9fff“”]{2,})"
)
# "场景创新促进经费的政府采购预算是多少": a project's row of the 政府采购 table (not 货物类, 中小企业, a fund)
_BOUGHT_FOR = re.compile(
    r"^((?!(?:货物|服务|工程|中小|小微|面向|一般公共|政府性|财政|部门|单位|本级|全年|本年|今年|预算|决算|年度))"
    r"[\u4e00-\u9fff“”]{2,30}?(?:经费|项目|资金|专项|工作|费|(?=的)))"  # "场景创新的那笔政府采购": named, then 的
    r"的?(?:那笔|那项|这笔|这项)?政府采购(?:预算|金额|资金|支出)?"
    r"((?:数|额)?(?:是|为|有|安排了?)?(?:多少|几).*)$"
)


_A_TABLE = r"(?P<{}>[\u4e00-\u9fff“”\"、，,]{{2,36}}?表)(?:里面|里|中|内|上)?的?"
# "A表的X比B表的Y多多少" / "X，A表里的数比B表里的数多出多少": one item (or two) read from two tables
_TWO_TABLES = (
    re.compile(
        _A_TABLE.format("t1")
        + r"(?P<x>[^，,比]{2,20}?)[，,]?比"
        + _A_TABLE.format("t2")
        + r"(?P<y>[^，,比]{0,20}?)(?:多|少|高|低)(?:出|了|出了)?(?:多少|几)"
    ),
    re.compile(
        r"^(?P<xt>[^比]{4,56}?表)(?:里面|里|中|内|上)?的?(?:数|数字|金额)[，,]?比"
        + _A_TABLE.format("t2")
        + r"(?:数|数字|金额)(?:多|少|高|低)(?:出|了|出了)?(?:多少|几)"
    ),
)


def _in_two_tables(body: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The two (table type, item) operands of a difference between two tables, when both tables are
    standard ones and different."""
    for pattern in _TWO_TABLES:
        if not (m := pattern.search(body)):
            continue
        if "xt" in m.groupdict():  # "城乡社区支出，收支总表里的数": the item, then the shortest table name
            xt = m["xt"]
            at = next((k for k in range(len(xt) - 4, 1, -1) if table_type(xt[k:]) != "other"), 0)
            if not at:
                continue
            x, t1, y = xt[:at].strip("，,的"), xt[at:], ""
        else:
            x, t1, y = m["x"].strip("，,的"), m["t1"], (m["y"] or "").strip("，,的")
        if x in ("", "数", "数字", "金额"):
            continue
        kinds = [table_type(re.sub(r"^[，,、的]+", "", t)) for t in (t1, m["t2"])]
        if "other" not in kinds and kinds[0] != kinds[1]:
            return (kinds[0], x), (kinds[1], y or x)
    return None


# "X局的基本支出我看到了，那项目支出呢": what was seen, then what is asked
_SEEN = re.compile(
    r"^(?P<first>.+?)(?:我|俺)?(?:已经|刚才|刚)?(?:(?:看到|看过|看了|知道|查到|查过|问过|了解|清楚)了?|有了)"
    r"(?P<said>[是为有][^，,]{0,20})?[，,](?:那么?|那)?(?P<rest>.+)$"
)
# "X局2026年项目支出是24991.96万元，那2025年是多少": a figure stated, then another year asked
_STATED = re.compile(
    r"^(?P<first>.+?)(?:(?:是|为|有)\d[\d,.]*(?:多)?(?:万元|亿元|元|万)?|\d[\d,.]*(?:万元|亿元|元))[，,](?:那么?|那)(?P<rest>.+)$"
)
_NO_ITEM = re.compile(r"(?:20\d{2}年度?|上年|去年|今年|本年|预算|决算|数|的|是|呢|多少|钱|[？?]|一共|共|呀|啊)")


def _continued(q: str, docs: list[Document]) -> str:
    """A question that continues what the asker has already seen, in one line: the item seen is
    dropped and its organisation and year kept ("烟台市民政局2026年的基本支出我看到了，那项目支出呢" ->
    "烟台市民政局2026年项目支出呢"); when the rest names no item ("那2025年是多少"), it asks the seen item
    in that year."""
    m = _SEEN.match(q) or _STATED.match(q)
    if not m:
        return q
    first, rest = m["first"], m["rest"]
    if not _NO_ITEM.sub("", rest):  # "那2025年是多少": the same item, another year
        return first + rest
    if resolve(rest, docs).named:  # "…，那普陀区商务委员会项目支出是多少": the rest names its own
        return rest
    said = resolve(first, docs)
    year = re.search(r"20\d{2}年度?|今年|本年|去年|上年", first)
    return (said.mention if said.named else "") + (year.group(0) if year else "") + rest


_SCOPE_SAID = re.compile(
    r"[（(]?(?:按|按照|以|在)?(财政拨款|一般公共预算|政府性基金(?:预算)?|全部资金|部门|全口径)(?:拨款|资金)?(?:的)?(?:口径|范围)"
    r"(?:下|内|计算|统计|来看|看)?(?:的)?[)）]?[，,]?"
)
# Ways of saying the same thing, rewritten to the words the rest of the engine reads
_MORE_OR_LESS = re.compile(r"^(.{2,30}?)(?:的?(?:预算|金额))?更?(多|少|高|低)还是(.{2,30}?)(?:的?(?:预算|金额))?更?\2")
_REWRITES = (
    (re.compile(r"[嘛啊呀呢吧]"), ""),  # particles, wherever the asker pauses (哈, 哦 begin place names)
    # "安排多少万", typed on a phone: 万元 ("多少万吨", "几万人": another measure)
    (re.compile(r"(多少|几)万(?![元人次件吨户个台辆平方立方千册本株亩公])"), r"\1万元"),
    # "是不是比上年少了？少了多少", "比上年少了吗？少了多少": the change asked, the yes/no before it
    (re.compile(r"(?:是不是|是否)(?=比|较)"), ""),
    (
        re.compile(
            r"((?:比|较)(?:上年|去年|20\d{2}年度?(?:预算|决算)?数?))(少|多|减少|增加|下降|增长|降低|提高|上升)了?(?:吗|没有|么)?"
            r"[？?，,。\s]*(?:少|多|减少|增加|下降|增长|降低|提高|上升|差|相差)?了?(?=多少|几|百分之)"
        ),
        r"\1\2了",
    ),
    # "购房补贴为什么减少了？减了多少": the reason and the change asked together; the change is the figure
    (
        re.compile(
            r"(?:为什么|为何|为啥|怎么)(?:会)?(少|多|减少|增加|下降|增长|降低|提高|上升)了?[？?，,。\s]*"
            r"(?:那|又|一共|共)?(?:少|多|减少|增加|下降|增长|降低|提高|上升|减|增|降|涨)?了?(?=多少|几|百分之)"
        ),
        r"\1了",
    ),
    # "公路水路运输那一款的行政运行", "公路水路运输（款）行政运行": the 项 under the 款 named before it
    (
        re.compile(
            r"(?<=[\u4e00-\u9fff])(?<!的)(?:(?:那|这)(?:一个?|个)?(?:款|类)的|[（(](?:类|款)[)）]的?)"
            r"(?![下里中内])(?=[\u4e00-\u9fff]{2})"
        ),
        "的",
    ),
    # "机关运行经费支出决算627.62万元，比上年增加了113.37万元，那2021年是多少": the figures the asker read, then
    # last year's asked; the document's own figures answer it
    (
        re.compile(
            r"(?:(?:预算|决算)?数?(?:是|为)?\d[\d,.]*\s*(?:万元|亿元|万|亿|元)[，,]?)?"
            r"(?:(?:比|较)上年(?:预算|决算|执行)?数?(?:增加|减少|增长|下降|多|少)了?(?:\d[\d,.]*\s*(?:万元|亿元|万|亿|元))?[，,。]?)?"
            r"(?:那么?)?(?=(?:上年|20\d{2}年度?)(?:预算|决算|执行)?数?(?:的)?(?:是|有)?多少)"
        ),
        "",
    ),
    # "“2025年执行数”那一列的合计": the 合计 row in last year's column (執行数, 预算数 or 决算数 alike)
    (
        re.compile(
            r"[“\"]?(上年)(?:执行数|预算数|决算数|执行|预算|决算)[”\"]?(?:那一?列|这一?列|一列|列)?的?(?=合计|总计)"
        ),
        r"\1",
    ),
    # "比上年差不多翻了一倍吧": a belief about the growth, whose rate answers it
    (
        re.compile(
            r"((?:比|较)上年)(?:差不多|大概|大约|是不是|是否|基本|几乎)?(?:翻了?(?:一)?(?:倍|番)|增加了?一倍|涨了?一倍)"
            r"(?:了)?(?:吧|吗|么|没有|了吧)?[？?]?$"
        ),
        r"\1增长了百分之几",
    ),
    # "去年没花完留下来的钱": last year's money carried over (上年结转)
    (
        re.compile(
            r"(?:去年|上年|上一年|以前年度|往年)(?:没|没有|未)(?:花|用|使用)完(?:了)?(?:留下来|剩下来|留下|剩下)?的(?:钱|资金|经费)"
        ),
        "上年结转",
    ),
    # "说明里“国有资产占有使用情况”那一段，固定资产金额是多少": where to read, not what is asked
    (
        re.compile(
            r"(?:(?:预算|决算)?说明|报告|公开文件)?(?:里|中)?(?:的)?“[^“”]{2,24}”(?:那|这)一?(?:段|部分|节|块)(?:里|中|里面)?"
            r"(?:说的|讲的|写的|提到的)?(?:的)?[，,]?(?=[\u4e00-\u9fff])"
        ),
        "",
    ),
    # "项目里，金额在60万到200万之间的有几个": the rows counted, named before their condition
    (
        re.compile(
            r"的?(项目|科目|单位)(?:里面|里|中|当中)[，,]?((?:金额|预算|资金)?(?:在|为)?[^，,。？?]{2,24}?"
            r"(?:之间|以上|以下|以内))的(?:有)?(?=几|多少|哪)"
        ),
        r"\2的\1有",
    ),
    # "绩效目标要求助浴多少万人次": the indicator's target ("助浴人次数 ≥1.8万人次"), asked by what it counts
    (
        re.compile(
            r"(?:绩效)?目标(?:里|中)?(?:要求|规定|设定|设置|定了?|写了?|是)(?:的)?([\u4e00-\u9fff]{2,10}?)"
            r"(?=(?:多少|几)万?(人次|人|户|次)?)"
        ),
        lambda m: f"{m[1]}{m[2] + '数' if m[2] and not m[1].endswith(m[2]) else ''}目标",
    ),
    # "污水处理费预计能收多少亿": the fee collected, as a performance form states it ("收缴污水处理费金额")
    (
        re.compile(
            r"([\u4e00-\u9fff]{2,10}费)(?:收入)?(?:预计|计划|预期)?(?:能|可以|可|要)?(?:收|收取|收到|收缴)(?:到|上来)?"
            r"(?=多少|几)"
        ),
        r"收缴\1金额",
    ),
    # "项目支出占支出总计超过一半了吗？占百分之多少": the share said before the belief, asked again after it
    (
        re.compile(
            r"(占[^？?，,。]{2,}?)的?(?:超过|不到|有|没有|接近|过)了?(?:一半|半数|[一二两三四五六七八九]成)了?(?:吗|么|没有|吧)?"
            r"[？?，,]+(?:具体|到底|究竟|实际)?(?:是|占)?(?=百分之|多少|几成|多大)"
        ),
        r"\1的",
    ),
    # "超长期特别国债那块超过一半了吗？占多少": a belief about the share, then the share asked
    (
        re.compile(
            r"(?:超过|不到|有|没有|接近|过)了?(?:一半|半数|[一二两三四五六七八九]成)了?(?:吗|么|没有|吧)?[？?，,]*(?=.*占)"
        ),
        "",
    ),
    (re.compile(r"(?<=[\u4e00-\u9fff])(?:那块|这块|那部分|这部分|那一块|这一块|那项|这项)(?:钱)?"), ""),
    # "驻京经费312万元里，光房租就占了百分之多少": the whole's amount said, the part stressed
    (re.compile(r"\d+(?:\.\d+)?(?:万元|亿元|万|亿|元)(?=(?:里面|里|中|当中)[，,]?)"), ""),
    (re.compile(r"(?:光是|光|仅仅|仅|单单|单是)([\u4e00-\u9fff]{1,10}?)就(?=占)"), r"\1"),
    (re.compile(r"(?<=[\u4e00-\u9fff])就(?=占)"), ""),
    # "补贴标准是每次不低于多少元", "补助标准是每人每月多少钱": the standard's own measure ("≥500元/次")
    (
        re.compile(
            r"(?<=标准)(?:是|为)?(?:每(?:个人|人次|人|次|户|年|月|天|日|名)){1,3}(?:不低于|不少于|至少|最少|不超过|最多|最高|最低)"
            r"(?=多少|几)"
        ),
        "是",
    ),
    # "“其他重要事项说明”里，委托业务费那一段说的是多少": the figure of that paragraph
    (re.compile(r"(?<=..)(?:那|这)一?段(?:里|中)?(?:说的|讲的|写的|提到的)(?:是)?(?=多少|几)"), ""),
    # "项目支出里，最大的一项是什么": the largest project (the 项目支出表's rows), not a 科目 of its column
    (
        re.compile(
            r"项目支出(?:预算)?(?:里面|当中|之中|里|中)[，,]?(?:金额|预算|钱)?(最大|最多|最高|最少|最小|最低)的(?:一项|一个|一笔)"
            r"(?:是什么|是哪个|是哪一?项|是啥)?"
        ),
        r"\1的项目是哪个",
    ),
    # "殡仪馆自己经营挣的收入": its 经营收入; "公务接待平均每位来宾": per 人次 received
    (re.compile(r"(?:自己)?(?:经营|做生意)(?:挣|赚)的?(?:收入|钱)"), "经营收入"),
    (re.compile(r"每(?:位|个|名)(?:来宾|客人|宾客|访客)"), "每人次"),
    # "物业服务人数最多多少人", "人均培训成本最高不超过多少元": a bound printed as a target, not a ranking
    (
        re.compile(
            r"^(?!.*哪)(.+?)(?:最多|最高|至多|最少|最低|至少)(?:不超过|不高于|不低于|不少于|能?达到|要|是)?(?=多少|几)"
        ),
        r"\1",
    ),
    # "是不是没有政府性基金预算", "是否有…", "有公务用车购置费吗": asked as "有没有…"
    (re.compile(r"^(?:是不是|是否)(?:没有|无|有)(?=.{2,})"), "有没有"),
    (re.compile(r"^有(?!没有)(.{2,30}?)吗[？?]?$"), r"有没有\1"),
    # "有没有政府性基金预算支出？有的话多少": the amount, 0 when none
    (
        re.compile(
            r"^有没有(.{2,30}?)(?:[，,]的)?(?:[？?，,。\s]*(?:有的话|如果有的?话?|若有)?(?:是|有)?(多少|几)([个辆台人项家]?).*|[？?]?)$"
        ),
        r"\1是\2\3",
    ),
    (re.compile(r"是$"), "是多少"),
    # "比去年多了还是少了？多多少": the change, signed
    (
        re.compile(
            r"是?(?:增加|多|上升|高|涨)了?还是(?:减少|少|下降|低|降)了?[？?，,。\s]*"
            r"(?:(?:多|少|差|增加|减少|增减|变化|相差|变动)了?(?:多少|几)(?:万元|元|钱)?)?"
        ),
        "增减多少",
    ),
    # "是不是比去年多了？", "是否比上年减少了": the change, signed (its direction answers the yes or no)
    (
        re.compile(
            r"^(?!.*(?:为什么|为何|为啥|怎么|咋|原因|缘故|why))"  # "为什么比上年多了": a reason, never a yes or no
            r"(.*?)(?:是不是|是否|有没有)?(比(?:上年|去年|上一年))(?:增加|多|上升|高|涨|减少|少|下降|低|降)了[？?]?$"
        ),
        r"\1\2增减多少",
    ),
    # "车辆总数", "车辆数量是多少": a count of vehicles
    (
        re.compile(
            r"(?<!按)(?<!按照)(?<!现有)(?<!实有)(?<!目前)"  # "按现有车辆数算": how to average, not the count asked
            r"(?:公务用车|公务车辆|公车|(?:公务)?(?:车辆|汽车))的?(?:总数|总量|数量|数)(?:是|为|有)?(?:多少辆?|几辆)?"
        ),
        "有多少辆车",
    ),
    # "电费多还是水费多": which of two is larger
    (_MORE_OR_LESS, r"\1和\3哪个\2"),
    (re.compile(r"(?:跟|和|与|同)上年(?:相)?比(?:较)?(?:起来)?"), "比上年"),  # "跟去年比", "与上年相比"
    (re.compile(r"同比(?=增|减|下降|上升|提高|降低|多|少|变)"), "比上年"),  # "同比下降了百分之几"
    (re.compile(r"(?:到底|究竟)(?=是|有|为|变|增|减|涨|降|多|少|花|用)"), ""),  # "到底变了百分之几"
    (re.compile(r"(?:变|变化|变动)了?(?=百分之几|百分之多少)"), "变化了"),  # a rate asked without its direction
    # the 口径 said in plain words: "单位自己挣的事业收入" is the 事业收入, "不是财政拨款、单位自己的其他收入"
    # the 其他收入, "不算上年结转的本年收入" the 本年收入, "不算上年结转的收入" the 本年收入
    # "财政拨款一共多少？不算上年结转的": the 口径 said after the question, read before it
    (
        re.compile(r"^(.{2,}?)[？?，,]((?:不算|不含|不包括|不计|只算|扣除|除去)[^？?，,]{2,12}?的?)[。.！!？?]?$"),
        r"\2\1",
    ),
    (re.compile(r"不(?:算|含|包括|计)上年(?:结转|结余|结转结余|结转和结余)的?(?:本年)?(?=财政(?!拨款收入))"), ""),
    (re.compile(r"不是(?:财政拨款|财政给)的?[、，,]?(?=.{0,8}(?:事业收入|其他收入|经营收入))"), ""),
    (re.compile(r"(?:单位|学校|医院|本单位)?自己(?:挣|赚|创收|收)?的(?=事业收入|其他收入|经营收入)"), ""),
    (re.compile(r"不(?:算|含|包括|计)上年(?:结转|结余|结转结余|结转和结余)的?(?:本年)?(?=收入|支出)"), "本年"),
    # "委托业务费基本支出加项目支出一共多少": the item's whole, basic and project parts together
    (re.compile(r"(?<=费)的?(?:基本支出|基本)(?:加上?|和|与|及)(?:项目支出|项目)(?:一共|合计|总共|加起来)?"), ""),
    # "注会统考考务服务那个项目": the project named
    (re.compile(r"(?<=[\u4e00-\u9fff])(?:那个|这个|那笔|这笔|那项|这项)(?=项目|经费|专项)"), ""),
    # "委托业务费增加了多少": against last year, said or not
    (re.compile(r"^(?!.*(?:比|较|与|相比|同比|环比|和|跟))(.{2,}?)(增加|减少)了?(?=多少|几)"), r"\1比上年\2了"),
    (re.compile(r"比上年(?:总共|一共|共)?(?:多出来|多花了|多了|多)"), "比上年增加了"),
    (re.compile(r"比上年(?:总共|一共|共)?(?:少花了|少了|少)"), "比上年减少了"),
    (re.compile(r"(比上年[^，,。？?\d]{0,6}?)(?<![下])降(?:低)?了"), r"\1下降了"),  # "比上年年初预算降了"
    (re.compile(r"^(?:那么|那|嗯|哦)(?![个边些一里])(?=.)"), ""),
    (re.compile(r"(比上年(?:增加|减少)了?)多少钱"), r"\1多少"),
    # "增长了多少？按百分比说": the rate
    (
        re.compile(r"(增长|下降|增加|减少|上升|降低)了?多少[？?，,]*(?:请)?(?:按|用|以)百分比(?:说|表示|计算|来说)?"),
        r"\1了百分之几",
    ),
    (re.compile(r"(增长|增加|上升)的?幅度"), "增幅"),
    (re.compile(r"(下降|减少|降低)的?幅度"), "降幅"),
    (re.compile(r"[（(]%[）)]"), ""),
    (re.compile(r"[（(](?:公开)?(?:表\d+|\d+表)[)）]"), ""),  # "（表3）", "（公开03表）": the table's number
    (re.compile(r"(?:公开|预算|部门)?\d{1,2}表(?=[\u4e00-\u9fff“])"), ""),  # "预算01表收支总表": the same
    # a gloss: "（货物、工程、服务合计）", "（基本支出和项目支出都算）"
    (re.compile(r"[（(][^（）()]*(?:、|合计|即|含|包括|都算|均算|在内|加)[^（）()]*[)）]"), ""),
    # "在公车上一共花了多少", "培训上花多少": what the money is spent on
    (re.compile(r"(?:在)?([\u4e00-\u9fff]{2,8}?)上(?=(?:一共|总共|共|又|都)?(?:花|用掉|开支))"), r"\1"),
    (re.compile(r"[\u4e00-\u9fff]{0,10}情况说明(?:中|里)"), ""),  # "支出预算情况说明中": where, not what
    # a table's total row: "合计行“基本支出”列的金额" is the column's total, "合计行的合计数" the table's
    (re.compile(r"合计行(?:[\u4e00-\u9fff]{0,8}下)?“?([^“”]{2,12}?)”?列的?(?:金额|数额|数)?"), r"中\1"),
    (re.compile(r"合计行的?(?:合计|总计)数?|中?(?:本年)?预算数的?合计"), "中合计"),
    (re.compile(r"实际(?:执行|完成)(?:了|的)?(?:数|金额)?(?:是|为)?(?=多少|几)"), "执行数"),  # "上年实际执行了多少"
    (re.compile(r"实际(?=决算)"), ""),  # "2024年实际决算": a 决算 is what was spent
    (re.compile(r"财拨"), "财政拨款"),  # "财拨资金": the 说明's own short form
    (re.compile(r"一般预算(?=表|支出|拨款|基本|项目)"), "一般公共预算"),  # "一般预算表": said short
    (re.compile(r"(?:这|那)一?(?:行|栏|列)的?"), "的"),  # "事业运行这一行的项目支出": the row's cell
    (re.compile(r"^(?:那|这)?张(?=[\u4e00-\u9fff]{2,}表)"), ""),  # "那张一般预算表里": the table meant
    # "综合医院这个科目…": the row named just before; not "最大的那个项级科目", "最大的那个项目"
    (
        re.compile(
            r"(?<=[\u4e00-\u9fff）)])(?<!的)(?:这|那|该)个?(?:科目|项目|款|项)(?![级目支])(?=的?[\u4e00-\u9fff]{2,})"
        ),
        "",
    ),
    (re.compile(r"[\u4e00-\u9fff]{1,4}用的(?=[\u4e00-\u9fff]{1,8}?(?:费|支出|经费))"), ""),  # "出差用的差旅费"
    (re.compile(r"(多少|几)(财政拨款|一般公共预算(?:拨款)?)(?:资金|的钱|经费)"), r"\1\2"),  # "用了多少财政拨款资金"
    (re.compile(r"(?:收)?进来的钱"), "收入"),
    (re.compile(r"财政(?:给|拨)的钱"), "财政拨款"),  # "财政给的钱里，一般公共预算那块"
    (re.compile(r"(?:那块|这块|那一块|这一块|那部分|这部分)(?=有|是|为|占|多少|几)"), ""),
    (
        re.compile(
            r"(?<=[\u4e00-\u9fff]{2})(?<![花用拨给挣赚收])的钱(?=一共|总共|合计|共|是|有|为|多少|几|预算|[？?]?$)"
        ),
        "",
    ),  # "出差的钱", "出差的钱预算多少"
    # "政府采购里买货物的钱": the 货物 of the 政府采购
    (re.compile(r"(?<=采购)(?:里|中|里面)?(?:买|购买|采购)(货物|服务|工程)(?:的钱)?"), r"中\1类"),
    # "三公多少w": the “三公”经费, said short
    (re.compile(r"(?<![“\"])三公(?![”\"]?(?:经费|费))"), "三公经费"),
    (re.compile(r"项目上的支出"), "项目支出"),
    # "平均每个职工补多少元": each person the money is shared over, and the verb of paying it
    (
        re.compile(
            r"每(?:一)?(?:个|名|位)?(?:职工|员工|工作人员|人员|干部|学员|学生|对象|老人|儿童|居民|群众"
            r"|(?:参训|参加培训|培训)的?(?:人员|人|学员))"
        ),
        "每人",
    ),
    (re.compile(r"(?<=每人)(?:补|补助|补贴|发|发放|给)了?(?=多少)"), ""),
    (re.compile(r"^搞(?=[\u4e00-\u9fff]{2})"), ""),  # "搞场景创新的那笔政府采购": what it is for
    # "培训费预算2万元、培训11人，平均每人多少元": the asker's own reading; the document's figures are used
    (
        re.compile(
            r"(?:预算|安排|共|是|为)?了?\d[\d.,]*(?:万元|万|元)[、，,]?(?:培训|参训|共|计划|覆盖)?\d[\d.,]*(?:人次|人|名)[，,]?"
            r"(?=(?:那)?(?:平均|人均))"
        ),
        "",
    ),
    # "飞机租赁一年要多少钱": the yearly figure; not "平均每人一年多少" (an average, not a stated rate)
    (re.compile(r"(?<!每人)(?<!每个人)(?<!人均)一年(?:要|得|需要|就要)?(?:花|用|付|交|缴)?(?=多少)"), "每年"),
    (re.compile(r"(?<=[里中])光(?:是)?(?=[\u4e00-\u9fff]{2})"), ""),  # "驻京经费里，光驻京房租…": only that part
    # "…支出比上年减少了2493.38万元，那上年是多少": the change the asker read, then last year's figure asked
    (
        re.compile(
            r"比(?:上年|去年)(?:增加|减少|增长|下降|多|少)了?(?:\d[\d,.]*(?:万元|万|元|亿元|亿))?[，,]?那?"
            r"(?=(?:上年|去年|上一年)(?:的)?(?:是|为|有)?多少)"
        ),
        "",
    ),
    (re.compile(r"^(?:(?:那|这)一?(?:笔|项)|笔(?!记))(?=[\u4e00-\u9fff“]{4,})"), ""),  # "那笔…贴息": the money meant
    (re.compile(r"光是(.+?)就"), r"\1"),
    (re.compile(r"(实有|在职|在编|编制)(?:多少|几)个?(?:人|名)"), r"\1人数"),  # "实有多少人": the 实有人数 printed
    (re.compile(r"^(?:按|按照|根据|依据|从)([^，,。]{2,40}?表)[，,]?"), r"\1中"),  # "按…支出预算表，会议费…"
    # "政府性基金支出哪一项最多": within what is named first, said without 中
    (
        re.compile(
            r"^([\u4e00-\u9fff]{2,16}?(?:支出|收入|经费|资金|拨款))(哪一?[项个类笔]|哪个(?:科目|项目))(?=最|花得?最|用得?最)"
        ),
        r"\1中\2",
    ),
    # "基本支出里，商品和服务支出哪一项最多": the row ranked, within the table named first
    (re.compile(r"^(.{2,20}?)(?:里面|里|之中|中)[，,]?([^最是的]{2,12}?)(哪一?[项个类])"), r"\1的\2中\3"),
    # "支出金额最多的是哪一类支出": which one, said after the ranking and its measure
    (
        re.compile(
            r"(^|里|中|[，,])(?:支出|预算|收入|花钱|用钱|花费)?(?:金额|数额|预算数?)?(最多|最大|最高|最少|最低|最小)的(?:是|为)"
            r"(哪一?[项个类])([\u4e00-\u9fff]{0,6}?)[?？]?$"
        ),
        r"\1\3\4\2",
    ),
    # "（…明细表）中，金额最大的三级目录是哪一项": the ranking said measure first
    (
        re.compile(
            r"(^|中|里)[，,]?(?:金额|预算|支出|资金)?(最多|最大|最高|最少|最低|最小)的([\u4e00-\u9fff]{2,8}?)(?:是|为)哪一?[项个类][?？]?$"
        ),
        r"\1哪个\3\2",
    ),
    (re.compile(r"全部(?=.)(?!门)"), ""),  # not "全部门": the whole department
    # "花钱最多的是哪个培训": which one, said after the ranking
    (
        re.compile(
            r"(?:花钱|花得|用钱|金额|预算|(?<!项目)(?<!基本)支出|花费)?"  # "项目支出最多的": 项目支出 is the measure
            r"(最多|最大|最高|最少|最低|最小)的(?:是|为)哪一?[个项笔场]([\u4e00-\u9fff]{2,8}?)[?？]?$"
        ),
        r"哪个\2\1",
    ),
    # "财政拨款买的服务": the 政府购买服务 table's services
    (re.compile(r"(?:用)?(?:财政拨款|财政资金|财政的钱|财政)(?:花钱)?(?:买|购买)的服务"), "政府购买服务"),
    # "政府采购里金额最大的一笔服务是什么": which purchase of that kind
    (
        re.compile(
            r"(?:金额|预算)?(最多|最大|最高|最少|最低|最小)的(?:一笔|一项|一个)(服务|货物|工程)(?:是什么|是哪个|是哪一?项|是啥|是哪笔)"
        ),
        r"哪一项\2\1",
    ),
    # "最大的一笔项目支出是什么": the largest project
    (
        re.compile(
            r"(最多|最大|最高|最少|最低|最小)的(?:一笔|一项|一个|单个)?项目(?:支出)?(?:是什么|是哪个|是哪一?项|是啥|是哪笔)"
        ),
        r"\1的项目是哪个",
    ),
    (re.compile(r"(?:以|按|用)(?:亿元|万元|元)(?:计|为单位|计算)[，,]?"), ""),  # "以万元计，": the unit, see ASKED_UNIT
    # "收入里，其他收入占…": where, then what
    (re.compile(r"^的?(?:部门|单位)?(收入|支出)(?:里面|里|中|当中)(?=.*\1)"), ""),
    # "收入预算里上年结转有多少": where, then what (a share keeps its whole: "收入里财政拨款占多少")
    (re.compile(r"^的?(?:部门|单位)?(?:收入|支出)(?:预算)?(?:里面|里|中|当中)(?=(?!.*(?:占|比例|比重)).{2,})"), ""),
    # "计划新购置": what a budget 购置 is planned anyway
    (re.compile(r"(?:计划|打算|准备|拟)(?:新)?(?=购置|购买|采购)|(?<![更])新(?=购置)"), ""),
    # "…多少？基本支出和项目支出加起来算。": how to count it, said after the question
    (re.compile(r"[？?][^？?]{2,30}(?:都算|均算|加起来算|合起来算|一起算|算在内|都包括)[。.！!]?$"), ""),
    (re.compile(r"(?<![和与及])加起来"), "一共"),  # "三公经费加起来": a total, not a sum of two
    # "…有多少辆车？2021年的预算公开里说的": where the asker read it, said after the question
    (
        re.compile(
            r"[？?][^？?]{0,16}?(?:预算|决算)?(?:公开|说明|报告|文件|表)(?:里|中|上)(?:说|写|讲|提到|列)的[。.！!]?$"
        ),
        "",
    ),
    # "…有个防雷减灾管理办公室，想问一下它的收入…": the unit the story named (read as the question's unit)
    (re.compile(r"^(?:它|它们|该单位|这个单位|那个单位)的(?=.{2,})"), ""),
    # "计划安排外事接待费用": the plan is the budget's, the item is what follows
    (re.compile(r"(?:计划|拟|预计)安排的?(?=[\u4e00-\u9fff]{3,})"), ""),
    # "给困难群众发的生活救济": the money paid to them, as printed ("困难群众生活救济")
    (re.compile(r"给([\u4e00-\u9fff]{2,8}?)(?:发放|发|支付)的(?=[\u4e00-\u9fff]{2,})"), r"\1"),
    # "注意到政府性基金预算…": what the asker saw, then the item
    (re.compile(r"^(?:我)?(?:注意到|看到|听说|听[\u4e00-\u9fff]{1,3}?说|发现|了解到|据说)了?[，,]?(?=.{4,})"), ""),
    # "预算公开里固定资产中…": the disclosure itself, not an item of it
    (re.compile(r"^的?(?:部门|单位)?(?:预算|决算)公开(?:文件|材料|报告)?(?:里面|里|中|上)[，,]?(?=.{2,})"), ""),
    # "现有多少辆车？看2026年预算说明": where to look, said after the question
    (
        re.compile(
            r"[？?，,]\s*(?:请)?(?:看|按|根据|参考|查|见)(?:一下)?(?:部门|单位)?(?:预算|决算)?(?:说明|公开|文件|报告)"
            r"(?:里|中|上)?(?:的|说的|写的)?[。.！!？?]?$"
        ),
        "",
    ),
    # "三公 total 多少", "项目支出 top 3", "budget": a word or two of English typed by staff
    (re.compile(r"\s*(?<![A-Za-z])(?:total|sum)(?![A-Za-z])\s*(?:是)?(?=多少|几|$|[？?])", re.I), "合计"),
    (  # "项目支出 top 3": its projects
        re.compile(
            r"(?<=项目支出)\s*(?<![A-Za-z])top\s*(\d{1,2})(?!\d)\s*(?:是)?(?:哪些项?|哪几[个项]|是什么)?[？?]?$", re.I
        ),
        r"里最多的\1个项目是哪些",
    ),
    (
        re.compile(r"\s*(?<![A-Za-z])top\s*(\d{1,2})(?!\d)\s*(?:是)?(?:哪些项?|哪几[个项]|是什么)?[？?]?$", re.I),
        r"最多的\1个是哪些",
    ),
    (re.compile(r"\s*(?<![A-Za-z])budget(?![A-Za-z])\s*", re.I), "预算"),
    # "财政拨款实际支出多少？不算年末结转的那种": the year's own spending (本年支出合计), without what is carried on
    (
        re.compile(
            r"^(.*?)(?:实际)?支出(.*?)[？?，,]*(?:不算|不含|不包括|不计|扣除|除去)(?:年末|年底|下年)?结转(?:和?结余)?"
            r"(?:的那种|的那部分|的|在内)?[？?。]?$"
        ),
        r"\1本年支出合计\2",
    ),
    (  # the same said first ("不算年末结转的那种财政拨款支出多少")
        re.compile(
            r"^(?:不算|不含|不包括|不计|扣除|除去)(?:年末|年底|下年)?结转(?:和?结余)?(?:的那种|的那部分|的|在内)?"
            r"(.*?)(?:实际)?支出(?!合计)"
        ),
        r"\1本年支出合计",
    ),
    # "交警支队三公 share 占全局…", "三公 share 多少": the word for a share, before 占 or as the share asked
    (re.compile(r"\s*(?<![A-Za-z])(?:share|percentage|ratio)(?![A-Za-z])\s*(?=占)", re.I), ""),
    (re.compile(r"\s*(?<![A-Za-z])(?:share|percentage|ratio)(?![A-Za-z])\s*(?:是)?(?=多少|几|$|[？?])", re.I), "占比"),
    # "倒数第二的科目", "倒数第一": counted from the smallest
    (re.compile(r"倒数第\s*([二三四五六七八九十2-9])\s*(?:名|位)?的?"), r"第\1少的"),
    (re.compile(r"倒数第\s*[一1]\s*(?:名|位)?的?"), "最少的"),
    # "…多少钱？换算成亿元是多少": the amount, in the unit asked after it
    (
        re.compile(
            r"多少钱?[？?，,]\s*(?:换算成|折合成?|折算成|换成|按)(亿元|万元|元)(?:算)?(?:的话)?(?:是)?(?:多少)?[？?]?$"
        ),
        r"多少\1",
    ),
    # "编制数是多少？2025年预算公开里的": where it is printed, said after the question
    (
        re.compile(
            r"[？?，,]\s*(?:20\d{2}年)?的?(?:部门|单位)?(?:预算|决算)(?:公开)?(?:文件|报告)?(?:里|中|上)的?[。？?]?$"
        ),
        "",
    ),
    # "实有人员里，在职的有多少人": the part named by the whole's noun ("在职人员"), which the text states
    (
        re.compile(
            r"[\u4e00-\u9fff]{0,6}?(人员|车辆|单位|项目)(?:里面|里|中|当中)[，,]?(?![^的]*(?:最|第|排|多|少|大|小))([\u4e00-\u9fff]{1,4}?)的(?=有|是|共|一共|多少|几)"
        ),
        r"\2\1",
    ),
    # "收入预算比上年增加592.82万元，增长了百分之几", "…减少了70257.1万元，上年收入预算是多少": the change told,
    # then its rate or last year's figure asked (computed from the document, the told amount only leads there)
    (
        re.compile(
            r"^(.{2,20}?)(?:比|较)(?:上年|去年)(?:增加|减少|增长|下降|多|少)了?\d[\d,.]*\s*(?:万元|亿元|元)[，,。]?"
            r"(?:那么?)?(?=(?:增长|下降|增加|减少|增幅|降幅)了?(?:百分之|多少%|几))"
        ),
        r"\1",
    ),
    (
        re.compile(
            r"^(.{2,20}?)(?:比|较)(?:上年|去年)(?:增加|减少|增长|下降|多|少)了?\d[\d,.]*\s*(?:万元|亿元|元)[，,。]?"
            r"(?:那么?)?(?=(?:上年|去年)的?\1(?:是|有)?多少)"
        ),
        "",
    ),
    # "项目支出超过总预算的一半了吗": the part's share of the whole answers it
    (
        re.compile(
            r"^(.{2,20}?)(?:有没有|是否|是不是)?(?:超过|不到|达到)了?(.{2,16}?)的(?:一半|三分之一|四分之一)了?"
            r"(?:吗|么|没有)?[？?]?$"
        ),
        r"\1占\2的百分之多少",
    ),
    # "法院（款）下面项级科目…": the level said in brackets
    (re.compile(r"(?<=[\u4e00-\u9fff])[（(](?:类|款)[)）](?=下面|下属|底下|里|中)"), ""),
    # "…下面项级科目第二多的是哪个": the rank said after what is ranked
    (
        re.compile(
            r"(项级科目|款级科目|类级科目|科目|项目|单位)(第[二三四五六七八九十\d]+)(多|大|高|少|小|低)的(?:是)?(?=哪)"
        ),
        r"\2\3的\1是",
    ),
    (re.compile(r"单笔(?=哪|最)"), ""),  # "单笔最大的是哪个项目": the largest
    # "公用经费 top 1 是哪一项", "三公经费top1是哪个单位": the largest, in English
    (re.compile(r"\s*(?:top|TOP|Top)\s*(?:1|one|一)\s*(?:是|的是)?(?=哪)"), "中最多的是"),
    # "多少w", "30w": 万 typed as w on a phone
    (re.compile(r"(?<=多少|几十|几百|几千)[wW](?![a-zA-Z])|(?<=\d)[wW](?![a-zA-Z])"), "万元"),
    # "排第二的功能分类是哪个", "哪个功能分类最多": the 类 of the 支出功能分类, ranked
    (re.compile(r"(?:(?<=哪个)|(?<=哪一)|(?<=的))(?:支出)?功能分类(?:科目)?(?=是哪|是什么|最|[？?]?$)"), "类级科目"),
    (re.compile(r"哪个(?:功能)?支出科目"), "哪个科目"),  # "哪个支出科目钱最多": the classification's rows
    # "哪个支出大类（类级科目）钱最多": the 类 of the classification
    (re.compile(r"(哪个|哪一个|哪一)(?:支出)?大类(?:[（(]类级?科目[)）])?"), r"\1类级科目"),
)


def everyday(body: str) -> str:
    """The body in the words the engine reads: "跟去年比多了多少" -> "比上年增加了多少", a table's
    "合计行“基本支出”列的金额" -> 基本支出, particles and glosses dropped."""
    for pattern, replacement in _REWRITES:
        body = pattern.sub(replacement, body)
    return body


_COURTESY = re.compile(
    r"^(?:(?:您好|你好|麻烦|劳驾)[，,！!。\s]*|(?:请问一下|请问下|请问|我想问一下|我想问下|我想问|我想了解一下|我想了解|我想知道"
    r"|想了解一下|想知道|想问一下|想问下|想问|问下"
    r"|帮我查一下|帮我查|帮忙查一下|查一下|问一下|告诉我|请告诉我"
    r"|(?:能不能|能否|可不可以|可否|能|可以)(?:帮我)?(?:告诉我|查一下|查查|说一下|问一下))[，,：:。\s]*)+"
)


_SAID_BACK = re.compile(
    r"^(?:有个|有一个|有项|有一项|有笔|有一笔)?(?P<what>[^，,]{2,40}?的)(?P<noun>项目|专项|经费|资金)[，,]"
    r"(?:那么?个?|这个?|该|那笔|这笔|那项|这项)(?P=noun)(?P<rest>.+)$"
)
# the words that turn a story into its question ("我是退休老师，看到新闻说…，想问一下："): what follows
# the last of them is asked
_ASKING = re.compile(
    r"^(?:.*[，,。：:；;！!]\s*(?:我)?(?:就)?(?:想|请|麻烦|帮我|帮忙)?|(?:我)?(?:就)?(?:想|请|麻烦|帮我|帮忙))"
    r"(?:问一下|问下|问问|问|了解一下|了解|知道|核一下|核对一下|确认一下|查一下|算一下)[：:，,]?"
)
# "…说明里写“财政拨款收入支出总计0.3万元”，感觉不对，…": the asker doubts what was read; what follows is asked
_DOUBTED = re.compile(
    r"^.*(?:感觉|觉得|好像|似乎|怀疑|看着|看起来)(?:有点|有些|不太|不大)?"
    r"(?:不对|对不上|有问题|有误|不准|奇怪|不合理|偏高|偏低|太高|太低|太少|太多)[了吧啊呀]?[，,。！!；;]\s*"
)
# "我是做审计的，…", "我是一名退休教师。…": who asks, not what
_ASKER = re.compile(
    r"^(?:你好|您好)?[，,！!]?(?:我是[^，,。：:；;？?]{1,20}[，,。：:；;！!]"
    r"|作为(?:一名|一个)?[^，,。：:；;？?\d]{1,12}?(?=想|要|[，,])[，,]?"  # "作为审计人员想核对一下，…"
    r"|[^，,。：:；;？?\d]{1,8}?(?:问一下|问问|请教一下|咨询一下)[：:，,])"  # "审计问一下：…"
)


# "…X比上年涨了不少": a change the story tells, of an item the question after it leaves out
# "这一项决算比…": the item the story named, before the words it quoted
_BACK_REF = re.compile(r"^(?:这一?项|该项|那一?项|这个项目|这笔钱?|它)的?")
_NAMED_BEFORE_QUOTE = re.compile(r"(?:里|中|上|的)([\u4e00-\u9fff（）()]{3,20})[“\"「]")
_TOLD_CHANGE = re.compile(
    r"([^，,。；;：:]{2,30}?)(?:比上年|比去年|较上年|同比|今年|又)?(?:涨|增加|增长|降|减少|下降|多了|少了|上升|提高)"
)
_ONLY_ASKING = re.compile(
    r"(?:跟|和|与|同)?(?:上年|去年)(?:相)?比(?:较)?|比上年|到底|究竟|具体|变化了?|变动了?|变了|增长了?|增加了?|减少了?|下降了?"
    r"|涨了|降了|百分之几|百分之多少|多少|几成|是|了|呢|啊|呀|吗|吧|嘛|[？?。，,！!]"
)
# "听说…", "据说…": hearsay before what is asked
_HEARD = re.compile(r"^(?:我)?(?:听说|据说|听人说|有人说|网上说|看到新闻说|新闻上?说|看新闻说)[，,]?")
_GUESS = (
    r"(?:大概|大约|约|差不多|将近|接近|好像)?(?:是|有|要花|花了|为|在|安排了?|预算了?|拨了?|用了?)?"
    r"(?:快|快要|将近|超过|不到|近|上)?(?:有|到)?"
    r"(?P<{0}>\d[\d,.]*)\s*(?P<{0}m>多)?个?(?P<{0}u>万元|万|亿元|亿|元)"  # "16个亿"
    r"(?:左右|上下|多|出头)?"
)
# "…三公经费预算大概100万元，是这样吗？准确数是多少？", "…要花1000万左右，具体是多少？", "…是不是1200万左右？":
# a figure the asker believes, then the question of the true one
_TRUE_ONE = (  # "准确是多少？", "具体是多少亿元？": the true figure asked after the belief
    r"(?:那)?(?:准确|具体|实际|确切|到底|究竟|折合|合|换算成?)的?(?:数|数字|金额|数额|总计|总额|合计)?(?:是|为|有)?多少(?:钱|亿元|万元|元|亿|万)?"
    r"(?:呢|啊|呀)?"
)
_CHECKED = re.compile(
    rf"^(?P<what>.{{4,}}?){_GUESS.format('a')}[，,]\s*(?:是这样吗|对吗|是吗|是不是|没错吧|对不对|准吗|是真的吗|真的吗|属实吗)?"
    rf"[？?，,]*\s*{_TRUE_ONE}[？?]?$"
    rf"|^(?P<guessed>.{{4,}}?)(?:是不是|是否|有没有)(?:{_GUESS.format('b')})了?(?:呢|啊|呀)?(?:[？?，,]+\s*{_TRUE_ONE})?[？?]?$"
)


# "“三公”经费预算比2024年“三公”经费实际决算数多多少": the item said again after the year compared with
_SAID_AGAIN = re.compile(
    r"(?P<item>[\u4e00-\u9fff“”]{2,12}?)(?P<k>预算数?|决算数?)?比(?P<y>(?:20\d{2}|上|去)年度?)"
    r"(?:实际(?:花|支出|用|开支|发生)?了?的?|的)?(?P=item)"  # "比2024年实际花的三公经费"
)


_IN_WAN = {"万元": 1.0, "万": 1.0, "亿元": 1e4, "亿": 1e4, "元": 1e-4}


_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_PLACES = {"十": 10, "百": 100, "千": 1000}
# "五十万", "一千多万", "一点二亿", "三百万左右": an amount typed in Chinese numerals before its unit
_CN_AMOUNT = re.compile(
    r"(?P<n>[一二两三四五六七八九十][零一二两三四五六七八九十百千]*(?:点[零一二三四五六七八九]+)?)个?(?=多?(?:万|亿|元))"
)


def _table_number(said: str) -> int:
    return int(said) if said.isdigit() else int(_chinese_number(said))


def _chinese_number(said: str) -> float:
    """ "一千二百" -> 1200, "五十" -> 50, "十五" -> 15, "一点二" -> 1.2 (numerals below 万)."""
    whole, _, fraction = said.partition("点")
    total, digit = 0, 0
    for ch in whole:
        if ch in _CN_PLACES:
            total += (digit or 1) * _CN_PLACES[ch]
            digit = 0
        else:
            digit = _CN_DIGITS[ch]
    value = float(total + digit)
    if fraction:
        value += float("0." + "".join(str(_CN_DIGITS[ch]) for ch in fraction))
    return value


def arabic_amounts(q: str) -> str:
    """Amounts typed in Chinese numerals written in digits, so a believed figure reads the same either way."""
    q = re.sub(r"(?<=\d)个(?=多?亿)", "", q)  # "3个亿"
    q = _CN_AMOUNT.sub(lambda m: format(_chinese_number(m["n"]), "g"), q)
    # "一亿五千多万" -> "1亿5000多万" -> "15000多万": one amount in 万
    return re.sub(r"(?<![\d.])(\d+)亿(\d{1,4})(多)?万", lambda m: f"{int(m[1]) * 10000 + int(m[2])}{m[3] or ''}万", q)


# "办公费有没有超过10万", "三公经费超过50万了吗", "够不够一个亿", "是不是不到100万": a bound to check
_BOUND = re.compile(
    r"^(?P<what2>.{2,}?)(?:够不够|有没有|是否有|有无)(?P<n2>\d[\d,.]*)\s*个?(?P<u2>万元|万|亿元|亿|元)(?:呢)?[？?]?$"
    r"|^(?P<what>.{2,}?)(?:有没有|是否|是不是|有无|能不能|会不会)?(?P<cmp>超过|超出|高于|多于|达到|到|够|不到|低于|少于|不足)了?"
    r"(?P<n>\d[\d,.]*)\s*个?(?P<u>万元|万|亿元|亿|元)(?:了吗|了没有|了没|吗|没有|没|呢)?[？?]?$"
)


def _guess_checked(q: str) -> tuple[str, float | None, str | None]:
    """A figure the asker believes, asked to be checked: the question of the figure itself, the believed
    amount in 万元, and whether that amount is a bound to cross ("over") or to stay under ("under")."""
    q = _HEARD.sub("", q)
    arabic = arabic_amounts(re.sub(r"(?<=[超过到够于足])一个?亿", "1亿", q))
    if m := _BOUND.match(arabic):
        what, said, unit = (m["what"], m["n"], m["u"]) if m["what"] else (m["what2"], m["n2"], m["u2"])
        bound = "reach" if m["what2"] else "under" if m["cmp"] in ("不到", "低于", "少于", "不足") else "over"
        return f"{what}是多少？", float(said.replace(",", "")) * _IN_WAN[unit], bound  # "够不够X": reaches X?
    if _CHECKED.match(arabic):
        q = arabic
    if m := _CHECKED.match(q):
        g = "a" if m.group("what") else "b"
        said = m.group(g).replace(",", "")
        amount = float(said)
        if m.group(f"{g}m"):  # "1000多万": between 1000 and 2000, "50多万" between 50 and 60: their middle
            whole = said.partition(".")[0]
            amount += 10 ** (len(whole) - len(whole.rstrip("0"))) / 2
        return f"{m.group('what') or m.group('guessed')}是多少？", amount * _IN_WAN[m.group(f"{g}u")], None
    return q, None, None


def _plainly(q: str) -> str:
    """The question without the courtesy around it ("请问，…", "你好，能告诉我…吗？", "…？谢谢", "…来着") and
    without an estimate word before the figure asked ("减少了大概多少"): the figure is what it is."""
    q = _ASKER.sub("", q)
    polite = _COURTESY.match(q)
    q = _THANKS.sub("", q[polite.end() :] if polite else q)
    q = _ASKER.sub("", q) if polite else q  # "请问，作为审计人员想核对一下，…": who asks, after the courtesy
    if polite and re.search(r"能|可以|可否|能否|麻烦", polite.group(0)):
        q = re.sub(r"(?:吗|么|嘛|呢)([？?。！!\s]*)$", r"\1", q)  # "能告诉我…吗": the 吗 asks nothing
    q = re.sub(r"来着(?=[？?。！!\s]*$)", "", q)
    # "机关运行经费那一段说了多少": the figure of the 说明's paragraph on the item
    q = re.sub(r"(?<=[\u4e00-\u9fff])那一?段(?:里|中)?(?:[说讲写][了的]?)?(?=(?:是)?多少|几)", "", q)
    # "…收入差不多翻了一倍吧？增长了百分之几": a belief about the change, then the change asked
    q = re.sub(
        r"(?:差不多|大概|大约|是不是|好像)?翻了?(?:一|两|\d)?(?:番|倍)了?(?:吧|吗)?[？?，,]+(?:具体|到底|究竟|实际)?"
        r"(?=.*(?:多少|几))",
        "",
        q,
    )
    q = re.sub(r"(?:几|多少)个亿(?!元)", "多少亿元", q)  # "有几个亿", "多少个亿": an amount in 亿元, no count
    # "…差不多占全部预算的八成吧？具体百分之几": a belief about the share, then the share asked
    q = re.sub(
        r"(?:差不多|大概|大约|是不是|好像)?占(.{0,12}?)的?(?:[一二三四五六七八九]成|一半)(?:多|左右)?(?:吧|吗|了吧)?"
        r"[？?，,]+(?:具体|到底|究竟|实际)?(?:是|占)?(?=百分之|多少)",
        r"占\1的",
        q,
    )
    return re.sub(r"(?:大概|大约|大致|约莫|估计)(?=(?:是|有|为)?(?:多少|几|百分之))", "", q)


_THANKS = re.compile(
    r"(?<=[？?。，,！!\s\u4e00-\u9fff\d%])[，,。！!\s]*(?:谢谢(?:您|你|啦|了)?|多谢|感谢|麻烦了|辛苦了"
    r"|(?:能|可以|能不能|可不可以)(?:告诉我|说一下|帮我查一下)(?:吗|么)?)[。！!~～？?\s]*$"
)
_BASIC_TABLES = frozenset({"基本支出表", "一般公共预算基本支出表"})
# "基本支出里的公务接待费是多少" (not a share of it: "基本支出中人员经费占多少")
_IN_BASIC = re.compile(
    r"^(?:(?:部门|单位)?(?:预算|决算)的?)?(?:一般公共预算)?基本支出(?:预算)?(?:里面|里|中|当中)的?"
    r"(?!.*(?:占|比例|比重|哪|最|几)).{2,}$"
)

# "决算支出是多少" of a 决算: what the year spent (本年支出合计), not 总计 with 年末结转和结余 in it
_YEARS_OWN = re.compile(
    r"^(?:决算)?(支出|收入)(?:决算)?(?:数|总额)?(?=(?:是|为|有|一共|共|总共|合计)?(?:多少|几|[?？]?$))"
)

_FOLLOW_UP_ITEM = re.compile(r"^(?:那么?|那|还有|另外)?(?:其中)?(?:的)?(.*?)(?:呢|怎么样|多少)?[？?]?$")


def follow_up(q: Question, previous: Question) -> Question:
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


def asks_budget(text: str) -> bool:
    """The question asks the year's budget (预算), not its outturn (决算); "一般公共预算" is a fund."""
    # "完成年初预算的百分之多少", "预算完成率": how the outturn compares with the budget, a 决算's question
    said = re.sub(r"一般公共预算|预算单位|预算表|完成了?(?:年初)?预算|预算(?:完成|执行)率", "", text)
    return "决算" not in text and bool(re.search(r"预算", said))
