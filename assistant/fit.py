"""Whether a printed label that resembles the item is nevertheless another thing: the checks that turn
a near match into no match, so that the engine abstains rather than answer a different question. Each
is one way a label can share most of its characters with an item and still not name it."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache
from os.path import commonprefix

from .candidates import TOTAL_ROW, Candidate, coverage, plain_label
from .lexicon import code_names, measures


def misfit(item: str, label: str, c: Candidate) -> bool:
    """The label (of candidate `c`) names something other than the item, however similar it reads."""
    return (
        _one_of_a_pair(item, label) or _given_to(item, label) or _row_unnamed(item, label, c)
        or _other_side(item, label) or _printed_on_the_other_side(item, c) or _another_code_name(item, label)
        or _bought_of_a_class(item, c)
        or _less_a_part(item, label) or _a_part_for_the_whole(item, label) or _another_headcount(item, label)
        or _another_head(item, label)
    )  # fmt: skip


# words that say what kind of figure, not what item: "人员经费" and "人员支出" are one item
_KIND_OF_FIGURE = re.compile(r"(?:支出|经费|费用|费|资金|金额|合计|总计|小计|预算数?|决算数?|数)+$")


def _another_head(item: str, label: str) -> bool:
    """ "行政事业单位养老支出" asked, "行政事业单位医疗" printed; "公务接待费" asked, "公务用车运行费"
    printed: the two begin alike and then name different things (no character in common after the shared
    start), so the label is a sibling of the item, not the item."""
    a, b = plain_label(item), plain_label(label)
    start = len(commonprefix([a, b]))
    if start < 2:
        return False
    rest_a, rest_b = _KIND_OF_FIGURE.sub("", a[start:]), _KIND_OF_FIGURE.sub("", b[start:])
    return len(rest_a) >= 2 and len(rest_b) >= 2 and not set(rest_a) & set(rest_b)


_PART_MEASURES = ("三公", "基本支出", "项目支出", "人员经费", "公用经费", "机关运行经费")
_THREE_PUBLIC_PARTS = re.compile(r"三公|出国|出境|接待|公务用车|公车|车辆|用车")
_A_WHOLE = re.compile(
    r"(?:本年|当年)?(?:财政拨款|一般公共预算(?:财政)?(?:拨款)?|政府性基金(?:预算)?(?:财政)?(?:拨款)?)?"
    r"(?:支出|收入)(?:预算|决算)?(?:总计|合计|总额)?(?:预算|决算)?(?:数)?"
)


def _a_part_for_the_whole(item: str, label: str) -> bool:
    """ "财政拨款支出" asked, "“三公”经费财政拨款支出决算" printed; "公务接待费" asked, "“三公”经费" printed
    only in passing: a label naming one part of the spending (三公, 基本支出, 人员经费 …) answers no question
    about the whole, and a 三公 figure answers only a question about 三公 or one of its parts."""
    a, b = plain_label(item), plain_label(label)
    if "三公" in b and not _THREE_PUBLIC_PARTS.search(a):
        return True
    return bool(_A_WHOLE.fullmatch(a)) and any(w in b and w not in a for w in _PART_MEASURES)


_HEADCOUNT_KINDS = re.compile(r"编制|实有|在职|在编|离退休|退休|参公")
_PEOPLE = re.compile(r"(?:人数|人员|人)$")


def _another_headcount(item: str, label: str) -> bool:
    """ "编制人数" asked, "人数 11 人" (those trained) printed: a count of people of one kind is not a count
    the label does not say is of that kind."""
    if not (_PEOPLE.search(item) and _PEOPLE.search(label)):
        return False
    return any(m.group(0) not in label for m in _HEADCOUNT_KINDS.finditer(item))


LESS_A_PART = re.compile(r"(?:扣除|剔除|除去|不含|不考虑)[^，,。；;（）()]{1,14}?(?:以后|后)")  # not "（不含车辆）"


def _less_a_part(item: str, label: str) -> bool:
    """ "扣除中央基建投资后的拨款" asked, the whole 拨款 printed (or the reverse): a figure less one of its
    parts is another figure."""
    return bool(LESS_A_PART.search(item)) != bool(LESS_A_PART.search(label))


def _bought_of_a_class(item: str, c: Candidate) -> bool:
    """A 政府采购 table's row of a 功能分类 class (2082001 流浪乞讨人员救助支出 38.71) is what that class
    buys, not what it spends: no answer to the class asked alone."""
    f = c.table_fact
    return (
        f is not None and f.table_type == "政府采购" and (f.row_code or "").startswith("2")
        and not re.search(r"采购|购买|购置|买", item)
    )  # fmt: skip


_JOINED = re.compile(r"[及和与、]")


def _one_of_a_pair(item: str, label: str) -> bool:
    """ "公务用车购置费" asked, "公务用车购置及运行费" printed: the label names two things joined, the
    item one of them, and the pair's figure is no answer to it. "商品服务支出" is "商品和服务支出"."""
    if not _JOINED.search(label) or _JOINED.search(item):
        return False
    joined, asked = _JOINED.sub("", plain_label(label)), plain_label(item)
    parts = _JOINED.split(plain_label(label))
    if max(len(p) for p in parts) > 12:
        return False  # a sentence's subject ("X和Y均实行绩效目标管理一级项目"), not two items joined
    if len(parts) == 2 and parts[0] in asked and re.sub(r"(?:经)?费$|支出$", "", parts[1]) not in asked:
        return True  # "公务用车购置" asked: the whole first part, none of the second
    return asked not in joined and joined not in asked


def asks_something_of_it(item: str, label: str) -> bool:
    """ "东江水源工程管理处的电费" asked, "深圳市东江水源工程管理处" printed: the label is most of the item,
    and what the item says besides it names an item of the budget (电费) the label does not. The
    label's figure (the unit's whole budget) is no answer: the item asks something of it."""
    a, b = plain_label(item), plain_label(label)
    if a in b:
        return False
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    if m.size < 4:
        return False
    if m.size >= len(b) - 1 and _PART_OF_IT.match(a[m.a + m.size :]):
        return True  # "公务用车运行维护费中的燃油费": a part of the label's item, not the item
    rest = a[: m.a] + "|" + a[m.a + m.size :]
    return any(w in rest and w not in b for w in _item_words())


_PART_OF_IT = re.compile(r"^(?:中的|里的|里面的|当中的|之中的|中|里)[\u4e00-\u9fff]{2,}")


@cache
def _item_words() -> frozenset[str]:
    """The names of budget items: the national classification's and the 三公/会议/培训 measures."""
    named = {*code_names().values(), *(m for m in measures() if m.endswith("费"))}
    return frozenset(plain_label(w) for w in named if len(w) >= 2)


def names_an_item(text: str) -> bool:
    """Whether the words are a national classification's item name (基本工资, 办公费)."""
    return plain_label(text) in _item_words()


def inside_an_item_name(word: str, text: str) -> bool:
    """Whether every "工资" of "工资福利里基本工资" is part of a longer item name the text says (基本工资,
    工资福利): an everyday word there is no everyday word to replace by its printed term."""
    longer = [re.sub(r"(?<=..)(?:支出|费用|费)$", "", w) for w in _item_words() if word in w and w != word]
    spans = [(m.start(), m.end()) for n in longer if len(n) > len(word) for m in re.finditer(re.escape(n), text)]
    found = [m.start() for m in re.finditer(re.escape(word), text)]
    return bool(found) and all(any(a <= at and at + len(word) <= b for a, b in spans) for at in found)


def _another_code_name(item: str, label: str) -> bool:
    """ "电费" asked, "邮电费" printed: two names of the national classification are two items, however
    much one contains the other (其他商品和服务支出 is not 商品和服务支出)."""
    a, b = plain_label(item), plain_label(label)
    return a != b and a in _code_names() and b in _code_names()


@cache
def _code_names() -> frozenset[str]:
    return frozenset(code_names().values())


def _other_side(item: str, label: str) -> bool:
    """Spending asked, income printed ("一般公共预算支出" and "一般公共预算拨款"), or the reverse."""
    if "支出" in item and "支出" not in label and re.search(r"收入|拨款", label):
        return True
    return "收入" in item and "收入" not in label and "支出" in label


def _printed_on_the_other_side(item: str, c: Candidate) -> bool:
    """Spending asked, a cell of the income side of a two-sided table printed ("政府性基金预算支出" and
    the 收入 side's "政府性基金预算资金"), or the reverse."""
    side = c.table_fact.side if c.table_fact is not None else None
    if not side:
        return False
    if "支出" in item and "收入" not in item:
        return "收入" in side and "支出" not in side
    return "收入" in item and "支出" not in item and "支出" in side and "收入" not in side


def _row_unnamed(item: str, label: str, c: Candidate) -> bool:
    """A label made of a row and its table or column ("奖金一般公共预算支出") answers only an item that
    names the row: "一般公共预算支出合计" is no question about 奖金."""
    f = c.table_fact
    if f is None:
        return False
    row = re.sub(r"[：:\s]", "", f.row_name)
    if not row or TOTAL_ROW.match(row) or label == f.row_name:
        return False
    if _FIGURE_ROW.fullmatch(row):  # rows of 预算数 | 决算数: the columns name the items
        return False
    return label.startswith(f.row_name) and coverage(f.row_name, item) < 0.5


_FIGURE_ROW = re.compile(r"(?:本年|当年|上年|\d{4}年)?(?:预算数|决算数|执行数|预算|决算|金额|数额)")


_GIVEN_TO = re.compile(r"对.{2,}?的?(补助|补贴|拨款|缴费|上缴)$")


def _given_to(item: str, label: str) -> bool:
    """ "城乡居民基本医疗保险基金支出" asked, "财政对城乡居民基本医疗保险基金的补助" printed: a payment
    to X is not X's own spending; the label answers only an item that names the payment."""
    m = _GIVEN_TO.search(label)
    return m is not None and m.group(1) not in item
