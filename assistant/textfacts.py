"""Figures stated in the explanatory text, with the share and change stated alongside them.

"基本支出 1136.42 万元，占 86.44%，比上年预算增加 3.28 万元，增长 0.29%" becomes one TextFact:
subject 基本支出, 1136.42 万元, share 86.44, change +3.28 万元, change_pct +0.29.
A figure whose subject is generic ("2025 年预算数为", "价值") takes the subject stated before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import TextFact
from .normalize import fold, per_unit
from .passages import Sentence

# a 科目 named by its path: "…（项）", "…（01项）", "“社会保障和就业支出-行政事业单位养老支出-…缴费支出”科目"
_CLASS_PATH = re.compile(
    r"[（(]\d{0,2}项[）)]”?$|^“?[\u4e00-\u9fff（）()]{2,30}-[\u4e00-\u9fff（）()]{2,30}-[^”]{2,40}”?科目$"
)
_SCORE = "分(?![别局项类批期钟院支队中之部])"  # 分: a score, not 分别, 分局 …
_UNITS = f"亿元|万元|千元|元|平方米|万人次|万人|人次|人|辆|台|个|项|套|家|次|批次|批|%|{_SCORE}"
_COUNTED = {"个", "项", "家", "套", "台", "批", "批次"}
# white space between Chinese characters (and their punctuation) is print layout, not a word break
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff，,。；;：:、（）()])\s+(?=[\u4e00-\u9fff，,。；;：:、（）()])")
_MONEY_UNITS = {"亿元", "万元", "千元", "元"}
_BARE_WAN = re.compile(r"(\d[\d,]*(\.\d+)?)\s*万(?=[，,。；;、）)]|$)")
_MONEY_WORDS = re.compile(r"预算|资金|经费|费|支出|收入|拨款|金额|投入|补助|补贴")


def _wan_said_short(sentence: str) -> str:
    """ "1170.00万" is 万元: money printed in cents, after words of money ("资金500万"), or beside such an
    amount ("总预算1170.00万，其中…70万"); "人口3万" is not."""
    in_cents = any(m.group(2) for m in _BARE_WAN.finditer(sentence))

    def said(m: re.Match[str]) -> str:
        money = in_cents or _MONEY_WORDS.search(sentence[max(0, m.start() - 12) : m.start()])
        return f"{m.group(1)}万元" if money else m.group(0)

    return _BARE_WAN.sub(said, sentence)


# What a count counts follows its measure word ("下设 9 个股室", "6 个项目实行绩效目标管理"), up to a
# stop, a number or a conjunction before the next count ("9 个股室和 2 个事业单位")
# ("18 个处（室）": a one-character bracket is part of the noun, 处室)
_NOUN_AFTER = re.compile(
    # "个机关行政处（科、股）室": a bracket of the name's other forms inside it
    r"[\u4e00-\u9fff]{1,14}?(?:[（(][\u4e00-\u9fff][)）]|[（(][\u4e00-\u9fff、]{3,7}[)）][\u4e00-\u9fff]{1,2})?"
    r"(?=[，。；、：:,;（(\d]|[和及与][\d\s]|$)"
)
# A unit named with its place ("西安市人工影响天气服务保障中心"): group 1 without the place
NAMED_UNIT = re.compile(
    r"(?:[\u4e00-\u9fff]{2,6}?(?:省|市|区|县))?([\u4e00-\u9fff]{2,16}?(?:中心|支队|大队|管理处|管理站|事务所|学校|医院|研究院|研究所|馆))"
)


def unit_said(subject: str) -> tuple[str, str] | None:
    """The unit a sentence's figure is said of, and what of it ("西安市人工影响天气服务保障中心编制人数":
    人工影响天气服务保障中心, 编制人数); none where the words after the name say more than one short item
    ("…中心3家参公事业单位的机关运行经费" is said of them all)."""
    named = NAMED_UNIT.match(subject)
    rest = subject[named.end() :] if named else ""
    if named is None or not rest or len(rest) > 8 or re.search(r"\d|等|家|和|及|的", rest):
        return None
    return named.group(1), rest


_PEOPLE_OF = re.compile(r"(?:实有|在职|在编|编制|离退休|退休)?(?:人员|人数)")
# An amount with its unit; "50 万元以上" is a threshold, not a figure.
_AMOUNT = re.compile(rf"(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*({_UNITS})(?!以上|以下|及以上)")
# "编制数 32", "编制 32 人"; "编制11000022" is a code, "编制 32" with no 人 may be anything
_HEADCOUNT = re.compile(
    r"((?:行政|事业)?编制数)\s*(?:为)?\s*(\d{1,5})(?![\d.])"
    r"|((?:行政附属|行政|事业|参照公务员法管理|参公|工勤|机关)?编制)\s*(?:为)?\s*(\d{1,5})(?![\d.])\s*(?:人|名)"
)  # "编制 338 名,其中行政编制 200 名、…事业编制 34 名": each its own
_ATTRIBUTE = re.compile(
    r"(占[^，。；\d]{0,12}|增加|减少|增长|下降|增幅|减幅|降幅|上升|提高|降低|增|减|的|相比|减少了|增加了"
    r"|(?:比|较)\s*(?:上年|去年|20\d{2}\s*年)\s*(?:年初)?(?:预算|决算|执行)?数?(?:为)?)\s*$"
)  # the last: last year's figure stated beside this year's ("比2025年年初预算数 V 万元增加 C")
_AGAINST_BUDGET = re.compile(r"(?:比|较|与|同)(?:本年|当年)?(?:年初|调整)预算|完成(?:年初)?预算")
_DOWN = ("减少", "下降", "减幅", "降幅", "降低", "减")
_UNCHANGED = re.compile(
    r"[，,]?\s*(?:与|和|同|较|比)\s*(?:上年|去年|20\d{2}\s*年)(?:度)?"
    r"(?:[\u4e00-\u9fff“”]{2,10}?(?=预算|执行|决算))?"  # "与 2025 年“三公”经费预算持平": the item said again
    r"(?:预算数?|预算|执行数|决算数?)?(?:相比)?(?:保持)?"
    r"(?:持平|相同|一致|无变化|不变|无增减|无增无减|没有变化|未发生变化)"
)
_BOUNDARY = re.compile(r"[，,：:；;、]")
_CONNECTORS = re.compile(
    r"万元|亿元|元|比上年|较上年|与上年相比|同比|上年|年初|(?:20\d{2}\s*)?年度?|比|较|与|和|同|相比|预算数?|执行数|决算数?|同期|共|合计"
    r"|分别|均|都|各"
)
_OTHER_SUBJECT = re.compile(r"[\u4e00-\u9fff]")
_YEAR_PREFIX = re.compile(r"^(?:截至)?20\d{2}年度?(?:底|末)?")
# "…为", "政府采购预算共 700.75 万元" (a bare "共" is the 合计 of what precedes it)
_TRAILING = re.compile(r"(?:均|都)?(?:为|是|约|达|预计|总额为|总额)+$|(?<=[\u4e00-\u9fff])(?:共计|共)$")
_TOTAL_WORDS = re.compile(r"^(?:共计|合计|总计|共)$")
_GENERIC = {"", "预算数", "决算数", "预算", "决算", "支出决算", "年初预算", "年初预算数", "价值", "其中", "金额",
            "预算金额", "支出", "收入", "资金", "经费", "数", "总额", "规模"}  # fmt: skip
# a change of the figure before, less one of its parts ("扣除中央基建后比上年增加…")
_LESS = re.compile(r"(?:扣除|剔除|除去|不含|不考虑)[^，,。；;（）()]{1,14}?(?:以后|后)")
_CODE_LEVEL = re.compile(r"[（(]\d{1,2}\s*项[)）]")
_SENTENCES = re.compile(r"[^。；;！？]+[。；;！？]?")
# "比上年/较2025年预算/与上年相比": what a change is measured against
_COMPARED = re.compile(
    r"(?:(?:与|和|同)(?:上年|去年|(20\d{2})\s*年)度?(?:预算|决算|执行)?数?相比|(?:比|较)(?:上年|去年|(20\d{2})\s*年)度?(?:预算|决算|执行)?数?(?:相比)?)"
)
_CHANGE_VERB = re.compile(r"(?:均|都|各|共)?(增加了|减少了|增加|减少|增长|下降|上升|提高|降低|增|减)$")
_PART = re.compile(r"(?:其中[:：]?|主要是|主要原因是|主要由于|主要用于)")
_CURRENT_YEAR = re.compile(r"(20\d{2})\s*年")
# What an unnamed "预算" or "收入" of the whole department is: its total (收入总计 = 支出总计)
_WHOLE = {"预算": "支出总计", "部门预算": "支出总计", "预算支出": "支出总计", "支出预算": "支出总计",
          "支出": "支出总计", "收入": "收入总计", "收入预算": "收入总计", "预算收入": "收入总计",
          "收支": "支出总计"}  # fmt: skip


def _clean_subject(text: str) -> str:
    s = re.sub(r"\s+", "", text)
    s = re.sub(r"^(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|其中[:：]?)+", "", s)
    s = _YEAR_OF_FIGURE.sub("", s)  # "公务用车运行维护费2026年预算数": the item's budget, the year said between
    return _TRAILING.sub("", s)


_YEAR_OF_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff])20\d{2}年度?(?=(?:年初)?(?:预算|决算|执行)数?$)")


def _clause_before(text: str) -> str:
    """The clause that ends `text`, cleaned ("" when it states a figure of its own). The last name of a list
    ("…中心下设综合部、…、梅林水库管理所，共 5 个部门") is one of those counted, not what counts them: the
    list's head says whose they are ("…中心下设"), else nothing does."""
    text = text.rstrip("，,：:；;、")
    at = max((b.end() for b in _BOUNDARY.finditer(text)), default=0)
    clause = text[at:]
    if at and text[at - 1] == "、":
        listed = text[max((b.end() for b in re.finditer(r"[，,：:；;。]", text)), default=0) :]
        head = re.match(r"(.{2,30}?(?:下设|内设|设有|设置|下辖))", listed)
        return _YEAR_PREFIX.sub("", re.sub(r"\s+|^\d+[.、．]", "", head.group(1))) if head else ""
    return "" if _AMOUNT.search(clause) else _YEAR_PREFIX.sub("", _clean_subject(clause))


_PROJECT_TITLE = re.compile(r"(.{2,30}(?:项目|专项)(?:[（(][^（）()]{1,10}[）)])?)(?:经费|资金)?(?:情况)?说明$")
# "2025年度项目总预算 1170 万元" on a page that explains one project: that project's budget
_THE_PROJECTS = re.compile(r"(?:20\d{2}年度?)?(?:本?项目)?(?:总预算|年度预算|预算安排|预算金额|预算资金|资金总额)")
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])")


def _project_titled(section: str) -> str:
    """The project a page explains, from its title heading ("人民调解项目经费情况说明"), or ""."""
    headings = section.split(" > ") if section else []
    return next((m.group(1) for h in headings if (m := _PROJECT_TITLE.match(h))), "")


def _named_by_headings(section: str) -> str:
    """What a figure standing alone under its heading is: the project its page explains and the
    heading ("人民调解项目" + "年度预算安排"); "" when no heading names a project."""
    headings = section.split(" > ") if section else []
    project = _project_titled(section)
    last = _NUMBERING.sub("", headings[-1]) if headings else ""
    return f"{project}{last}" if project and last and not _PROJECT_TITLE.match(headings[-1]) else ""


def _restarted(subject: str) -> str:
    """The sentence a too-long subject restarts with: a page header or heading run into the text
    ("…部门预算公开况说明苏州市审计局2026年度一般公共预算拨款安排的“三公”经费") ends where the
    last date opens the sentence proper."""
    dates = list(re.finditer(r"20\d{2}\s*年度?(?:的)?", subject))
    return subject[dates[-1].end() :] if dates else ""


def _is_generic(subject: str) -> bool:
    return _TRAILING.sub("", _YEAR_PREFIX.sub("", subject)) in _GENERIC


def _year_before(subject: str, ahead: str) -> bool:
    """A generic subject dated the year before the first year the sentence names ahead of it
    ("2026年…为7.61万元,2025年预算数为…")."""
    this, first = _CURRENT_YEAR.match(subject), _CURRENT_YEAR.search(ahead)
    return this is not None and first is not None and int(this.group(1)) == int(first.group(1)) - 1


def _signed(verb: str, value: float) -> float:
    return -value if any(verb.startswith(d) or verb.endswith(d) for d in _DOWN) else value


def extract(sentence: str, page: int, section: str = "", compared_before: bool = False) -> list[TextFact]:
    """Text facts of one sentence; `compared_before`: it continues a numbered list of changes that the
    sentence before opened with the comparison ("比上年增加…，其中：1.收入…。2.支出预算增加…")."""
    facts: list[TextFact] = []
    sentence = _SPACED.sub("", sentence).replace("收、支", "收支")  # "万 元 , 增 长 0.3%": letter-spaced print
    sentence = _wan_said_short(sentence)  # "总预算1170.00万，其中…": 万元, said short
    matches = list(_AMOUNT.finditer(sentence))
    last_subject = ""
    read_to = 0
    for i, m in enumerate(matches):
        before = sentence[: m.start()]
        if m.group(2) == "项" and _CODE_LEVEL.match(sentence, m.start() - 1):
            continue  # "信息化建设（13项）": a classification code, not a count
        if _ATTRIBUTE.search(before[-16:]):
            if m.start() >= read_to:  # not read as the previous figure's change: a change on its own
                found = _change_only(sentence, m, matches[i + 1 :], page, section, compared_before)
                if facts:  # "…万元，比上年减少…，扣除中央基建后比上年增加 2,775.6 万元": that figure, less a part
                    less = facts[-1].subject
                    found = [replace(x, subject=less + x.subject) if _LESS.match(x.subject) else x for x in found]
                facts.extend(found)
            continue  # a share or change of the previous figure
        start = max((b.end() for b in _BOUNDARY.finditer(before)), default=0)
        subject = _clean_subject(before[start:])
        if start and before[start - 1] == "、" and re.search(r"(?:均|都)(?:为|是)?\s*$", before):
            # "财政拨款收入总计、支出总计均为 864,177.93 万元": the figure of each name of the list
            listed = max((b.end() for b in re.finditer(r"[，,：:；;]", before)), default=0)
            subject = _YEAR_PREFIX.sub("", _clean_subject(before[listed:]))
        if _TOTAL_WORDS.match(subject):
            subject = "合计"
        elif _is_generic(subject) and facts and _year_before(subject, before[:start]):
            # "2026年…预算数为7.61万元,2025年预算数为9.23万元,…减少1.62万元": last year's figure of the
            # figure before, which is its change (what follows restates it)
            last, value = facts[-1], float(m.group(1).replace(",", ""))
            if last.value is not None and last.change is None and last.unit == m.group(2):
                facts[-1] = replace(last, change=round(last.value - value, 6), change_unit=last.unit)
            read_to = _attributes(sentence, m.end(), matches[i + 1 :], last.subject)[4]
            continue
        elif _is_generic(subject) and m.group(2) in _COUNTED and _NOUN_AFTER.match(sentence, m.end()):
            subject = ""  # "32 个内设机构、12 个直属事业单位": the noun after the measure names it
        elif _is_generic(subject):
            previous = before[:start].rstrip("，,：:；;、")
            prev_start = max((b.end() for b in _BOUNDARY.finditer(previous)), default=0)
            context = _clean_subject(_AMOUNT.sub("", last_subject or _clean_subject(previous[prev_start:])))
            said = _YEAR_PREFIX.sub("", subject)
            if _WHICH_FIGURE.fullmatch(said) and (item := _WHICH_FIGURE_AT_END.sub("", context)) != context:
                # "“三公”经费支出年初预算 0.95 万元，支出决算为 0.00 万元": the item's 决算, not its 预算's
                context = item[:-2] if item.endswith("支出") and said.startswith("支出") else item
            subject = f"{context}{said}"
        if m.group(2) in _COUNTED:
            # "下设 9 个股室": what is counted follows the measure word.
            noun = _NOUN_AFTER.match(sentence, m.end())
            if noun and re.fullmatch(r"等+", noun.group(0)):
                noun = None  # "单价在100万元以上的设备12台等": 等 ends a list, it names nothing
            if noun and subject == "合计" and (clause := _clause_before(before[:start])):
                # "…均实行绩效目标管理，共计 7 个一级项目": the clause before says which ones
                subject = clause + re.sub(r"[（()）]", "", noun.group(0))
            elif noun:  # the words before may be long ("…机构设置…单位设"): then the noun alone names it
                counted = re.sub(r"[（()）]", "", re.sub(r"[（(][^（）()]*、[^（）()]*[)）]", "", noun.group(0)))
                subject = subject + counted if len(subject) <= 12 else counted
        if not subject and not sentence[m.end() :].strip("。；; ") and (named := _named_by_headings(section)):
            subject = named  # "六、年度预算安排" / "795万元" under "人民调解项目经费情况说明"
        elif _THE_PROJECTS.fullmatch(subject) and (project := _project_titled(section)):
            subject = project + _YEAR_PREFIX.sub("", subject)  # "2025年度项目总预算" of 生命健康专项
        if m.group(2) == "人" and facts and _PEOPLE_OF.fullmatch(subject):
            # "…中心编制人数 8 人，实有人员 7 人": the unit named first has both
            unit = NAMED_UNIT.match(facts[-1].subject)
            if unit and unit.end() < len(facts[-1].subject) and facts[-1].unit == "人":
                subject = unit.group(0) + subject
        longest = 80 if _CLASS_PATH.search(subject) else 40  # "“社会保障和就业支出（类）…缴费支出（项）”"
        if len(subject) > longest:
            subject = _restarted(subject)
        if not subject or len(subject) > longest:
            continue
        share, change, change_unit, change_pct, read_to = _attributes(
            sentence, m.end(), matches[i + 1 :], subject, m.group(2)
        )
        per = per_unit(sentence, m.end()) if m.group(2) in _MONEY_UNITS else ""
        facts.append(
            TextFact(
                subject=subject,
                value=float(m.group(1).replace(",", "")),
                unit=m.group(2) + per,
                page=page,
                sentence=sentence.strip(),
                share=share,
                change=change,
                change_unit=change_unit,
                change_pct=change_pct,
                section=section,
            )
        )
        last_subject = subject
    facts = _whole_after_list(sentence, _from_to(sentence, facts, page, section))
    facts.extend(_listed(sentence, page, section))
    if not matches:
        facts.extend(_unchanged_only(sentence, page, section))
    for m in _HEADCOUNT.finditer(sentence):
        subject, count = m.group(1) or m.group(3), float(m.group(2) or m.group(4))
        facts.append(TextFact(subject=subject, value=count, unit="人", page=page, sentence=sentence.strip(),
                              section=section))  # fmt: skip
    return facts


# "收入4,203.47万元，其中：一般公共预算拨款4,005.29万元、…、其他收入100.00万元，较上年增加142.30万元": the change
# after a list of parts is the whole's
_LISTED_THEN_CHANGE = re.compile(
    r"(?P<whole>\d[\d,]*(?:\.\d+)?)\s*万元[，,]?\s*其中[:：]?[^。；;，,]*?、[^。；;，,]*?(?P<last>\d[\d,]*(?:\.\d+)?)\s*万元"
    r"[，,]\s*(?:较|比|与)(?:上年|去年|20\d{2}\s*年)"
)


def _whole_after_list(sentence: str, facts: list[TextFact]) -> list[TextFact]:
    m = _LISTED_THEN_CHANGE.search(re.sub(r"(?<=\d),(?=\d{3})", "", sentence))
    if m is None:
        return facts
    whole, last = (float(m.group(g).replace(",", "")) for g in ("whole", "last"))
    wholes = [i for i, t in enumerate(facts) if t.value == whole and t.change is None and t.unit == "万元"]
    lasts = [i for i, t in enumerate(facts) if t.value == last and t.change is not None and t.unit == "万元"]
    if len(wholes) != 1 or len(lasts) != 1 or wholes[0] > lasts[0]:
        return facts
    w, x = facts[wholes[0]], facts[lasts[0]]
    out = list(facts)
    out[wholes[0]] = replace(w, change=x.change, change_unit=x.change_unit, change_pct=x.change_pct)
    out[lasts[0]] = replace(x, change=None, change_unit=None, change_pct=None)
    return out


# "养老服务发展资金项目由2025年177万元增加至237万元": this year's figure and its change from last year's
_FROM_TO = re.compile(
    rf"([^，,。；;：:]{{2,40}}?)(?:由|从)\s*(?:20\d{{2}}\s*年度?(?:的)?|上年(?:的)?)?\s*(\d[\d,]*(?:\.\d+)?)\s*({_UNITS})"
    rf"(?:增加|减少|下降|上升|提高|降低|调增|调减|增长|压减)(?:至|到|为)\s*(\d[\d,]*(?:\.\d+)?)\s*({_UNITS})"
)


def _from_to(sentence: str, facts: list[TextFact], page: int, section: str) -> list[TextFact]:
    """A figure stated as a move from last year's amount to this year's: one fact, this year's amount
    with its change, in place of the two amounts read apart ("…由2025年" 177, "…增加至" 237)."""
    for m in _FROM_TO.finditer(sentence):
        if m.group(3) != m.group(5):
            continue
        subject = _clean_subject(m.group(1))
        was, now = (float(m.group(i).replace(",", "")) for i in (2, 4))
        if not subject:
            continue
        facts = [
            f for f in facts if not f.subject.startswith(f"{subject}由") and not f.subject.startswith(f"{subject}从")
        ]
        facts.append(
            TextFact(
                subject=subject,
                value=now,
                unit=m.group(5),
                page=page,
                sentence=sentence.strip(),
                change=round(now - was, 6),
                change_unit=m.group(5),
                section=section,
            )  # fmt: skip
        )
    return facts


# "内设机构包括：办公室、综合处、…", "二级预算单位包括：1.A 2.B …": how many it names
_LIST_OPENS = re.compile(r"([^，,。；;：:]{2,40}?(?:单位|机构|处室|科室|股室))(?:包括|分别为|分别是|有)[:：]")
_NUMBER_MARK = re.compile(r"(?<![\d.])(\d{1,2})\s*[.、．](?!\d)")


def _listed(sentence: str, page: int, section: str) -> list[TextFact]:
    """The count of the units or offices a sentence lists after naming them; a list numbered 1, 2, 3…
    counts its numbers, a list run together with 、 its items (at least two, none with a figure)."""
    opens = _LIST_OPENS.search(sentence)
    if not opens:
        return []
    rest = sentence[opens.end() :]
    count = 0
    for m in _NUMBER_MARK.finditer(rest):
        if int(m.group(1)) != count + 1:
            break
        count += 1
    if count < 2:
        items = re.split(r"[、]", re.split(r"[。；;]", rest)[0])
        if len(items) < 2 or any(not 2 <= len(x.strip()) <= 30 or _AMOUNT.search(x) for x in items):
            return []
        count = len(items)
    subject = _clean_subject(opens.group(1))
    return [TextFact(subject=subject, value=float(count), unit="个", page=page, sentence=sentence.strip(),
                     section=section)]  # fmt: skip


def _change_only(
    sentence: str,
    m: re.Match[str],
    following: list[re.Match[str]],
    page: int,
    section: str,
    compared_before: bool = False,
) -> list[TextFact]:
    """A change stated without the current figure: "2026年预算比2025年预算增加50.32万元，增长3.08%",
    "与上年相比收入总计、支出总计均增加789,183.4万元". The current figure is in the tables; the
    fact keeps value None and the answer takes the current figure from there."""
    if m.group(2) not in _MONEY_UNITS:
        return []
    before = sentence[: m.start()]
    start = max((b.end() for b in _BOUNDARY.finditer(before) if b.group(0) != "、"), default=0)
    clause = re.sub(r"\s+", "", before[start:])
    earlier = re.sub(r"\s+", "", before[:start])
    compared = _COMPARED.search(clause)
    verb = _CHANGE_VERB.search(clause)
    if not verb or _AMOUNT.search(clause):
        return []  # not a change, or the clause already states a figure the change belongs to
    if compared:
        was = compared.group(1) or compared.group(2)
        now = _CURRENT_YEAR.search(clause[: compared.start()])
        if was and now and int(now.group(1)) != int(was) + 1:
            return []  # compared with some other year than last year
        named = clause[: compared.start()] + clause[compared.end() : verb.start()]
    elif (compared_before or _COMPARED.search(earlier)) and (
        (part := _PART.match(clause)) or compared_before or _PART.search(earlier)
        or _COMPARED.fullmatch(earlier.strip("，,"))
    ):  # fmt: skip
        # "比上年增加…，其中基本支出增加79.26万元，项目支出增加…"
        named = clause[part.end() if part else 0 : verb.start()]
    else:
        return []
    each = re.match(r"[均都各]", verb.group(0))  # "收入总计、支出总计均增加"
    subjects = [_whole(_clean_subject(x)) for x in (re.split(r"、|和", named) if each else [named])]
    if both := next((re.match(r"^(财政拨款)?收支(?:预算)?(?:总计|总预算|总额)$", x) for x in subjects), None):
        # "收、支预算总计各减少": each of the two totals
        subjects = [f"{both.group(1)}收入", f"{both.group(1)}支出"] if both.group(1) else ["收入总计", "支出总计"]
    if not all(subjects) or any(len(x) > 30 for x in subjects):
        return []
    _, _, _, change_pct, _ = _attributes(sentence, m.end(), following)
    change = _signed(verb.group(1), float(m.group(1).replace(",", "")))
    return [
        TextFact(
            subject=x,
            value=None,
            unit=m.group(2),
            page=page,
            sentence=sentence.strip(),
            change=change,
            change_unit=m.group(2),
            change_pct=change_pct,
            section=section,
        )  # fmt: skip
        for x in subjects
    ]


# "2026年“三公”经费预算与2025年持平。": an item said unchanged in a sentence that states no figure
_SAID_UNCHANGED = re.compile(
    r"^(?:(20\d{2})\s*年度?)?(?P<item>[\u4e00-\u9fff“”\"]{2,20}?)(?:预算数?|预算)?"
    r"(?=(?:与|和|同|较|比)\s*(?:上年|去年|(20\d{2})\s*年))"
)


_REASON_AFTER = re.compile(r"[，,]\s*(?:主要|原因|这是|是因为|由于|因)[^\d]*$")


def _unchanged_only(sentence: str, page: int, section: str) -> list[TextFact]:
    """An item the text says is unchanged, with no figure in the sentence ("2026年“三公”经费预算与2025年持平"):
    a change of 0, the current figure left to the tables (as for a change stated alone). Only against the year
    before the one named, and only where the whole sentence is that statement."""
    said = sentence.strip().rstrip("。；;！!")
    m = _SAID_UNCHANGED.match(said)
    if not m or not (rest := _UNCHANGED.match(said, m.end())):
        return []
    if rest.end() != len(said) and not _REASON_AFTER.match(said, rest.end()):
        return []  # more is said of it than the change: "…持平，主要是…" only
    now, was = m.group(1), m.group(3)
    if now and was and int(now) != int(was) + 1:
        return []
    item = _clean_subject(m.group("item"))
    if len(item) < 2 or _is_generic(item):
        return []
    return [
        TextFact(subject=item, value=None, unit="万元", page=page, sentence=sentence.strip(), change=0.0,
                 change_unit="万元", change_pct=0.0, section=section)
    ]  # fmt: skip


def _whole(subject: str) -> str:
    plain = re.sub(r"^(?:本部门|本单位|部门|单位)", "", _YEAR_PREFIX.sub("", subject)) or subject
    return _WHOLE.get(plain, subject)


def _attributes(
    sentence: str, pos: int, following: list[re.Match[str]], subject: str = "", unit: str = ""
) -> tuple[float | None, float | None, str | None, float | None, int]:
    """Share, change and change percent stated right after a figure (until the next figure), and
    where what was read ends. A clause that only restates the subject ("收、支预算总计各减少") is
    the same subject."""
    share = change = change_pct = None
    change_unit = None
    counted = False
    for m in following:
        gap = sentence[pos : m.start()]
        count_of_amount = unit in _MONEY_UNITS and m.group(2) in (*_COUNTED, "辆", "人")
        if count_of_amount and (counted or not re.search(r"用于|含", gap)):
            break  # a count is no attribute of an amount
        if count_of_amount:
            # "1,024.69 万元,主要用于经批准购置的 50 辆公务用车,比上年预算数增加 37.97 万元": what it
            # pays for, counted, and then the amount's own change
            counted, pos = True, m.end()
            continue
        verb = _ATTRIBUTE.search(gap[-16:])
        if not verb or _AGAINST_BUDGET.search(gap):
            break  # "决算…比年初预算数增加 X": against the year's own budget, not last year
        clause = _BOUNDARY.split(gap[: len(gap) - len(verb.group(0))])[-1]
        rest = _CONNECTORS.sub("", clause)
        if _OTHER_SUBJECT.search(rest) and not all(ch in subject for ch in rest):
            break  # "…增加118.76万元，其中：1.收入预算增加…": the next change belongs to another subject
        word = verb.group(1)
        value = float(m.group(1).replace(",", ""))
        if word.startswith(("比", "较")):
            pos = m.end()
            continue  # last year's figure itself: the change follows it
        if m.group(2) == "%":
            if word.startswith("占"):
                share = value
            elif word != "的":
                change_pct = _signed(word, value)
        elif word not in ("的", "相比") and not word.startswith("占"):
            change, change_unit = _signed(word, value), m.group(2)
        pos = m.end()
    if change is None and _UNCHANGED.match(sentence, pos):
        change, change_pct = 0.0, 0.0  # "与上年预算数持平": last year's figure is this year's
    return share, change, change_unit, change_pct, pos


# A sentence that opens with the comparison and names nothing: "项目支出预算数为 6333.96 万元。与上年相比
# 增加480万元" (or "与上年XX局2026年度单位预算公开相比减少…") — the change of the figure the sentence before ended with
_CONTINUED = re.compile(
    rf"^\s*(?:{_COMPARED.pattern}|(?:与|和|同)(?:上年|去年)[^，,。；;]{{0,40}}?相比)[，,]?\s*(增加了|减少了|增加|减少)\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)"
)


# "其中：1.收入预算增加…" after a comparison opens a numbered list whose items ("2.支出预算增加…") compare too
_LIST_OF_CHANGES = re.compile(rf"(?:{_COMPARED.pattern}).*其中[:：]?\s*1\s*[.、．]")
_NUMBERED = re.compile(r"^\s*\d{1,2}\s*[.、．]")


def from_sentences(sentences: list[Sentence]) -> list[TextFact]:
    facts: list[TextFact] = []
    found: list[TextFact] = []
    in_list = False  # inside a numbered list of changes
    named = ""  # "1.行政运行（项）。": a 科目 named alone, for the figures of the sentence after it
    titled = ""  # "（一）机关运行经费。": an item titled alone, named short in the sentence after it
    for s in sentences:
        for part in _SENTENCES.findall(fold(s.text)):
            last = found[-1] if found else None  # the last figure of the sentence before
            numbered = _NUMBERED.match(part) is not None
            continues = in_list and numbered and not _COMPARED.search(part)
            found = extract(part, s.page, " > ".join(s.heading_path), compared_before=continues)
            if named and found and all(_BUDGET_AND_OUTTURN.fullmatch(t.subject) for t in found):
                # "年初预算为1560.05万元，支出决算为1511.89万元": the 科目's budget and outturn
                found = [replace(t, subject=named + _BUDGET_AND_OUTTURN.fullmatch(t.subject).group(1)) for t in found]  # type: ignore[union-attr]
            if titled and found:  # "（一）机关运行经费。…财政拨款运行经费 910.53 万元": the title's item
                found = [replace(t, subject=_as_titled(t.subject, titled)) for t in found]
            titled = m.group(1) if (m := _TITLE_ALONE.fullmatch(part.strip())) else ""
            item = _NAMED_ALONE.fullmatch(part.strip())
            if item or found or not re.match(r"(?:主要)?用于", part.strip()):  # "主要用于：…" says what it is for
                named = item.group(1) if item else ""

            in_list = bool(_LIST_OF_CHANGES.search(part)) or (in_list and numbered)
            if (
                (m := _CONTINUED.match(part)) and last is not None and last.value is not None
                and last.change is None and last.unit == m.group(5) and not m.group(1) and not m.group(2)
            ):  # fmt: skip
                change = _signed(m.group(3), float(m.group(4).replace(",", "")))
                _, _, _, pct, _ = _attributes(part, m.end(), list(_AMOUNT.finditer(part, m.end())))
                facts[-1] = replace(last, change=change, change_unit=m.group(5), change_pct=pct)  # `last` ended it
                found = [f for f in found if f.change is None or f.value is not None]  # not again as its own
            if facts and (joined := _dated_pair(facts[-1], found, part)):
                facts[-1], found = joined, []
            facts.extend(found)
    return facts


_TITLE_ALONE = re.compile(r"[（(]?[一二三四五六七八九十\d]{1,2}[)）.．、]\s*([\u4e00-\u9fff“”]{4,12})[。:：]?")


def _as_titled(subject: str, title: str) -> str:
    """A subject that ends with the end of the title before it ("…运行经费" under "机关运行经费") is the
    title's item; another subject is left as it is."""
    for n in range(len(title) - 1, 2, -1):
        if subject.endswith(title[-n:]) and not subject.endswith(title):
            return subject[:-n] + title
    return subject


_NAMED_ALONE = re.compile(
    r"(?:其中[:：]?)?(?:[（(]?[一二三四五六七八九十\d]+[)）.．、])?\s*([^，,。；;：:\d]{2,40}?[（(][类款项][)）])[。:：]?"
)
# which figure of an item a generic subject names, and the same said at the end of the item before it
_WHICH_FIGURE = re.compile(r"(?:支出)?(?:年初预算|调整预算|全年预算|预算|决算|执行)数?")
_WHICH_FIGURE_AT_END = re.compile(r"(?:年初预算|调整预算|全年预算|预算|决算|执行)数?$")
_BUDGET_AND_OUTTURN = re.compile(r"(?:年初预算)?((?:年初)?(?:预算|支出决算|决算)数?)")

# "2025年当年预算执行数为1690.69万元" / "2026年预算安排1672.67万元": a figure named by its date alone
_DATED = re.compile(r"^(20\d{2})\s*年度?(?:当年|全年)?(?:预算|决算)?(?:执行数|执行|安排|数)?$")


def _dated_pair(item: TextFact, found: list[TextFact], sentence: str) -> TextFact | None:
    """A sentence that states only last year's and this year's figure by their dates ("2025年当年预算执行数为
    1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%") after the sentence that named the
    item with this year's figure: the item's change from last year."""
    dated = [(int(m.group(1)), t) for t in found if t.value is not None and (m := _DATED.match(t.subject))]
    if len(dated) != 2 or len(found) != 2 or item.value is None or item.change is not None:
        return None
    (was, prior), (now, current) = sorted(dated, key=lambda x: x[0])
    if now != was + 1 or current.value != item.value or {prior.unit, current.unit} != {item.unit}:
        return None
    assert prior.value is not None
    change = round(item.value - prior.value, 6)
    pct = current.change_pct if current.change_pct is not None else prior.change_pct
    return replace(item, change=change, change_unit=item.unit, change_pct=pct, sentence=f"{item.sentence}{sentence}")
