"""Which disclosures a question is about: organisation names in full or short forms, and the year.

An organisation is named by any tail of its printed name that starts after a place level
(新疆维吾尔自治区喀什地区喀什市人民政府办公室 -> 喀什市人民政府办公室 -> 人民政府办公室), and by
common short forms of its body (人民政府办公室 -> 政府办公室 / 政府办). A place the question names
(喀什市, 普陀区) must be part of the organisation: "喀什市财政局" names no document of ours, although
喀什市 and 财政局 each appear in one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .lexicon import leading_filler, organisation_prefixes_dropped, organisation_short_forms, question_word_starts
from .model import Document
from .normalize import squash

_PLACE_END = re.compile(r"(?:省|自治区|地区|自治州|州|盟|市|区|县|旗)")
# (a place name holds no particle, and 区域/市场/县域 are no places: "项目的区域规划")
_PLACE_IN_QUESTION = re.compile(
    r"(?:(?![的了是在和与及里中])[\u4e00-\u9fff]){2,6}?(?:省|自治区|地区|自治州|市(?!场)|(?<![社园景小片库矿山辖灾林护牧营])区(?!域)|县(?!域))"
)
# "2026年", and the year typed bare after a name ("江苏高院2018政府采购"), never an amount or a count
_YEAR = re.compile(r"(20\d{2})\s*年|(?<![\d.])(20\d{2})(?![\d.%])(?![万亿千百元人辆台个项名次平套家多余左])")


@dataclass(frozen=True)
class Resolved:
    """Documents in scope and why; `problem` is set when the question names something we lack."""

    doc_ids: tuple[str, ...]
    named: bool  # the question named an organisation (else every document is in scope)
    year: int | None  # year asked for, if any
    problem: str | None = None
    reading: str | None = None  # the organisation understood when the question spelt it loosely
    mention: str = ""  # how the question names it
    base_year: int | None = None  # a year the question compares with ("比2025年增加了多少")
    as_of: int | None = None  # the year of a stock's date ("截至2024年12月31日…有几辆车")
    parents: tuple[str, ...] = ()  # a sub-unit asked of ("X局执法监察支队"): the documents of the X局 named


_OFFICE_OF_A_PLACE = re.compile(
    r"(.{2,}?(?:基地|园区|景区|新区|开发区|试验区|示范区))(?:综合协调|管理|建设|工作)?(?:办公室|办)"
)


@cache
def aliases(org: str) -> list[str]:
    """Tails of the name after each place level, longest first, plus short forms of the body."""
    name = full = re.sub(r"[（(][^）)]*[）)]$", "", squash(org))  # "（本级）", "（汇总）"
    for prefix in organisation_prefixes_dropped():  # 中共重庆市委宣传部 -> 重庆市委宣传部
        name = name.removeprefix(prefix) if len(name) - len(prefix) >= 4 else name
    levels = list(_PLACE_END.finditer(name))
    tails = [full, name] + [name[m.end() :] for m in levels if len(name) - m.end() >= 3]
    if name.startswith("国家") and len(name) >= 5:  # 国家信访局 is 信访局 to most who ask
        tails.append(name.removeprefix("国家"))
    # "省高院", "市审计局": the level word stays in front of what follows it.
    tails += [name[m.start() :] for m in levels if m.start() > 0 and len(name) - m.end() >= 2]
    # A 派出机构 named after its parent bureau: 深圳市规划和自然资源局大鹏管理局 -> 大鹏管理局.
    tails += [name[m.end() :] for m in re.finditer("局", name[:-1]) if len(name) - m.end() >= 4]
    out = list(dict.fromkeys(tails))
    # People drop the level of the place: 苏州市审计局 -> 苏州审计局, 普陀区司法局 -> 普陀司法局.
    out += [re.sub(r"^([\u4e00-\u9fff]{2,3}?)(?:省|市|区|县)(?=[\u4e00-\u9fff]{2})", r"\1", t) for t in out]
    out = list(dict.fromkeys(out))
    for tail in list(out):
        for body, shorts in organisation_short_forms():
            if tail.endswith(body):
                out.extend(tail[: -len(body)] + s for s in shorts)
            elif len(body) >= 4 and body in tail[:-2]:  # 长沙职业教育基地… -> 长沙职教基地…: a word inside the name
                out.extend(tail.replace(body, s, 1) for s in shorts)
    # "长沙职教基地": an office that runs a place (基地, 园区, 新区…) called by the place
    out += [
        m.group(1) for t in list(out)
        if (m := _OFFICE_OF_A_PLACE.fullmatch(t))
    ]  # fmt: skip
    # "深圳水务", "西安人社": a bureau named by its place and trade, without 局
    out += [t[:-1] for t in out if t.endswith("局") and len(t) >= 5 and t.startswith(name[:2])]
    return [t for t in dict.fromkeys(out) if len(t) >= 2]


def resolve(question: str, documents: list[Document]) -> Resolved:
    q = squash(question)
    year, base_year = _years(q)
    best: dict[str, str] = {}  # doc id -> the longest of its names the question spells
    start = leading_filler(q)  # where the question begins after "请问，那个…"
    while intro := _ASKER_INTRO.match(q, start):  # "我是一名记者，注意到市委宣传部…": who asks, what they saw
        start = intro.end() + leading_filler(q[intro.end() :])
    if dated := _AS_OF.match(q, start) or _LEADING_YEAR.match(q, start):
        # "截至2026年1月30日，X中心的固定资产…", "2024年国家信访局…"
        start = dated.end() + leading_filler(q[dated.end() :])
    for doc in documents:
        for alias in aliases(doc.organisation):
            if len(alias) > len(best.get(doc.id, "")) and _spelt(alias, q, start):
                best[doc.id] = alias
    if not best:  # no name where a question starts: a name with its place, wherever it is said
        for doc in documents:
            for alias in aliases(doc.organisation):
                if len(alias) > len(best.get(doc.id, "")) and _placed(alias, doc.organisation) and mentions(alias, q):
                    best[doc.id] = alias
    reading = None
    near = _near_names(q, documents, start)
    full = {d.id: squash(d.organisation) for d in documents if d.id in best}
    # "苏州市审计局局长": a whole name spelt out, and more after it, is no slip of that name
    spelt_out = any(n.startswith(full[d]) for n in near.values() for d, b in best.items() if b == full[d])
    if near and not spelt_out and max(map(len, near.values())) > max(map(len, best.values()), default=0):
        best = near  # "泉洲公安局" is a slip for 泉州市公安局, not any 公安局
        loose = [d for d in documents if d.id in best and best[d.id] not in aliases(d.organisation)]
        reading = "、".join(sorted({d.organisation for d in loose})) or None
    if best:
        # A name inside a longer name of another organisation ("审计局" in "苏州市审计局") is not a mention.
        ids = [d for d, a in best.items() if not any(a != b and a in b for b in best.values())]
        if reading is None:  # a loosely spelt name may carry the slip in its place (湖洲市财政局)
            ids = [d for d in ids if _places_agree(q[start:], next(x for x in documents if x.id == d).organisation)]
        mention = max((best[d] for d in ids), key=len, default="")
        if len({best[d] for d in ids}) == 1:  # one short name for all ("市水务局"), not two names compared
            ids = _by_place_said(q, mention, ids, documents)
        if ids and _SUB_ORGANISATION.match(re.sub(r"^20\d{2}年度?", "", q[q.find(mention) + len(mention) :])):
            problem = "问题问的是下属单位，已收录的是上级部门的公开文件"
            return Resolved((), True, year, problem, reading, mention, base_year=base_year, parents=tuple(sorted(ids)))
        if ids:
            return Resolved(tuple(sorted(ids)), True, year, None, reading, mention, base_year, _as_of(q))
        return Resolved((), True, year, "问题中的单位不在已收录的公开文件中", base_year=base_year)
    if _names_an_organisation(q):
        return Resolved((), True, year, "问题中的单位不在已收录的公开文件中", base_year=base_year)
    return Resolved(tuple(sorted(d.id for d in documents)), False, year, base_year=base_year)


# A year the question compares with ("比2025年", "较2025年预算", "与2025年相比") is not the year asked.
# "比2025年", "和2025年相比": the year compared with; "A和B 2025年预算哪个多" names the year asked
_BASE_YEAR = re.compile(
    r"(?:比|较)(20\d{2})\s*年度?|(?:与|同|和|跟)(20\d{2})\s*年度?(?=[^，。？?]{0,14}?(?:相比|比较|对比|比|相差|差多少|差几|之差|差额))"
    r"|(20\d{2})\s*年度?[^，。？?\d]{0,8}?相比"  # not "2026年预算和2025年相比": the year next to 相比
)
_ASKER_INTRO = re.compile(
    r"(?:我是|作为)[^，,。：:；;？?]{1,20}[，,。：:；;！!]|(?:我)?(?:注意到|看到|听说|发现|了解到|据说)[了，,]?"
    # "我儿子在X读书": who asks, and the organisation right after it
    r"|(?:我|我家|我的)(?:儿子|女儿|孩子|爱人|家人|父亲|母亲|亲戚|朋友|同学)?(?:在|就在|就读于|在读的)(?=[\u4e00-\u9fff]{4})"
)
_LEADING_YEAR = re.compile(r"20\d{2}\s*年度?(?:的)?[，,\s]*")
_AS_OF = re.compile(r"(?:截至|截止到?|到)\s*(20\d{2})\s*年(?:\d{1,2}月)?(?:底|末|\d{1,2}日)")
# After an organisation's name: one of its own units ("…公安局鲤城分局", "…下属的X"), not the department.
_SUB_ORGANISATION = re.compile(
    r"^(?:下属|所属)(?!(?:的|各)?(?:\d+[个家]|[一二三四五六七八九十]+[个家]|几个|几家|这几个|各个|哪个|哪一个|哪家|哪些)?(?:二级|基层)?(?:预算)?单位|(?:一共|共|总共)?(?:有|设)?(?:几|多少))|^(?!几个|各个?|哪|这几个|多少个|所有|全部|\d+个)(?!(?:下面|下属|所属|底下)的?(?:各个?|几个|所有)?(?:分局|支队|大队|中队|派出所|分院|分中心)(?:和|与|及|、|里|中|们))[\u4e00-\u9fff]{1,8}?(?:分局|支队|大队|中队|派出所|分院|分中心|秘书处)"
)
ORG_END_CHARS = "局委院办厅部室会所站队馆台园处心校"


def _ends_there(alias: str, text: str, end: int) -> bool:
    """The alias, read in the text up to `end`, is a whole mention: a name without its 局 ("广州市气象")
    must end there, not run on into another organisation's name ("广州市气象台"), unless what follows
    is the question going on ("深圳水务三公经费", "…的", "…今年")."""
    if alias[-1] in ORG_END_CHARS:
        return True
    after = text[end : end + 1]
    return (
        not re.match(r"[\u4e00-\u9fff]", after)
        or after in "的今本去这那"
        or text[end : end + 2] in question_word_starts()
    )


def _whole_mentions(alias: str, text: str) -> Iterator[re.Match[str]]:
    return (m for m in re.finditer(re.escape(alias), text) if _ends_there(alias, text, m.end()))


def mentions(alias: str, text: str) -> bool:
    return next(_whole_mentions(alias, text), None) is not None


def without(alias: str, text: str, by: str = "") -> str:
    """The text less every whole mention of the alias."""
    out, at = [], 0
    for m in _whole_mentions(alias, text):
        out += [text[at : m.start()], by]
        at = m.end()
    return "".join(out) + text[at:]


def _spelt(alias: str, q: str, start: int) -> bool:
    """The question names the organisation by this alias: at its start (after filler) or after a
    word that joins two names ("苏州市审计局和烟台市审计局"), never as the tail of another name
    ("南京公安局" does not name 杭州市公安局)."""
    joins = "和与跟及、，,：:；;比对同较"
    return any(m.start() <= start or q[m.start() - 1] in joins for m in _whole_mentions(alias, q))


def _placed(alias: str, organisation: str) -> bool:
    """The alias starts with its place ("珠海市政府投资…中心", "北京市水务局", "苏州审计局"): it names the
    organisation wherever the question says it, after a story ("我是跑财经口的记者，注意到珠海市…")."""
    place = _PLACE_OF.match(squash(organisation))
    return (
        len(alias) >= 5
        and bool(_PLACE_OF.match(alias))
        or (place is not None and len(alias) >= 4 and alias.startswith(place.group(1)))
    )


def _as_of(q: str) -> int | None:
    m = _AS_OF.search(q)
    return int(m.group(1)) if m else None


def _years(q: str) -> tuple[int | None, int | None]:
    """(the year asked, the year compared with)."""
    base = None
    q = _AS_OF.sub("", q)  # "截至2020年底…有多少辆车": the date of a count, not the budget year
    if m := _BASE_YEAR.search(q):
        base = int(m.group(1) or m.group(2) or m.group(3))
        q = q[: m.start()] + q[m.end() :]
    asked = _YEAR.search(q)
    return (int(asked.group(1) or asked.group(2)) if asked else None), base


def _near_names(q: str, documents: list[Document], start: int) -> dict[str, str]:
    """Names spelt with a slip or shortened (泉洲公安局, 西安卫建委, 上海交职院): the question's
    opening words up to an organisation's last character, matched to a name that starts and ends
    the same and holds every character in order (a short form) or all but one (a slip)."""
    from pypinyin import lazy_pinyin
    from rapidfuzz.distance import LCSseq

    mentions = []  # (as typed, as read, its last character swapped for one that ends names)
    for end in range(start + 4, min(len(q), start + 18) + 1):
        last = q[end - 1]
        # "水务句": the last character typed with a homophone of the one that ends the name (局)
        # ("福利园": 园 ends names too, and sounds as 院 does)
        ends = (last if last in ORG_END_CHARS else "") + _end_sounds().get(lazy_pinyin(last)[0], "")
        # "江苏省高级法阮": the last character mistyped outright, read as a slip only of a name spelt nearly whole
        after = q[end : end + 1]  # the name ends there: a figure, a mark or a particle follows, not more words
        swapped = (
            not ends
            and end - start >= 6
            and "\u4e00" <= last <= "\u9fff"
            and q[end - 2] not in ORG_END_CHARS
            and (not after or not "\u4e00" <= after <= "\u9fff" or after in "的今去前在有是这那")
        )
        for c in dict.fromkeys(ORG_END_CHARS if swapped else ends):
            mentions.append((q[start:end], q[start : end - 1] + c, swapped))
    found: dict[str, tuple[int, int, int, str]] = {}  # doc id -> (length, quality, −letters left out, mention)
    for doc in documents:
        for alias in aliases(doc.organisation):
            for typed, m, swapped in mentions:
                if m[0] != alias[0] or m[-1] != alias[-1] or len(alias) < 3:
                    continue
                if typed != alias and typed.startswith(alias):
                    continue  # the name spelt whole, then more: "重庆市委宣传部部门预算" is no slip of it
                common = LCSseq.similarity(m, alias) - (typed != m)  # a homophone at the end is a slip too
                # a slip in a name spelt nearly whole, or in a long short form ("长沙职教基底办公室")
                slip = common == len(m) - 1 and (
                    len(alias) - common <= 3
                    or common >= 7
                    # a homophone in a short form ("苏州资源规化局"): every sound of it in the name, in order
                    or not swapped
                    and common >= 5
                    and LCSseq.similarity(lazy_pinyin(m), lazy_pinyin(alias)) == len(m)
                )
                quality = 2 if common == len(m) else 1 if slip else 0
                # the longer reading of the question first, then the name it leaves least of unsaid
                # ("江苏省委办公亭" is 江苏省委办公厅, not 江苏省人大常委会办公厅)
                if quality and (len(m), quality, common - len(alias)) > found.get(doc.id, (0, 0, -99, ""))[:3]:
                    found[doc.id] = (len(m), quality, common - len(alias), typed)
    if not found:
        return {}
    top = max(v[:3] for v in found.values())
    return {d: v[3] for d, v in found.items() if v[:3] == top}


@cache
def _end_sounds() -> dict[str, str]:
    """Toneless pinyin -> the characters that end organisation names and sound so (ju -> 局)."""
    from pypinyin import lazy_pinyin

    out: dict[str, str] = {}
    for c in ORG_END_CHARS:
        out[lazy_pinyin(c)[0]] = out.get(lazy_pinyin(c)[0], "") + c
    return out


_PLACE_OF = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:省|市|自治区|区|县)")


def _by_place_said(q: str, mention: str, ids: list[str], documents: list[Document]) -> list[str]:
    """Organisations of several places share a short name ("市水务局"): the ones whose place the
    question says elsewhere ("…二级预算单位？北京的"), when it says one."""
    orgs = {d.id: d.organisation for d in documents if d.id in ids}
    if len(set(orgs.values())) < 2:
        return ids
    rest = q.replace(mention, "", 1)
    said = [d for d in ids if (m := _PLACE_OF.match(orgs[d])) and m.group(1) in rest]
    return said or ids


def _places_agree(question: str, organisation: str) -> bool:
    """When the question names places (X市/X区…), the organisation lies in one of them:
    "喀什市财政局" is not 北京市财政局. A question may name two (comparisons)."""
    org = squash(organisation)
    places = [m.group(0) for m in _PLACE_IN_QUESTION.finditer(question)]
    if not places:
        return True
    # The regex may grab a longer run ("问喀什市"): a tail of 3+ characters in the name will do.
    return any(any(p[i:] in org for i in range(len(p) - 2)) for p in places)


_ORG_WORD = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:局|委员会|委|办公室|政府办|厅|法院|检察院|中心|部(?![分门位])|气象台|学院|大学|福利院|医院|养老院|敬老院"
    r"|研究院|研究所|学校|中学|小学|幼儿园|图书馆|博物馆|纪念馆|文化馆|管理处|管理站|支队|大队)"
)


def _names_an_organisation(question: str) -> bool:
    """The question names some organisation (X局, X委, X办公室…) — one we have not found."""
    return bool(_ORG_WORD.search(question))
