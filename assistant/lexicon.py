"""The budget vocabulary as data (`lexicon.json`, sources in its header): national classification codes
and names, everyday synonyms of printed terms, organisation short forms, and the words of a question
that carry no meaning (filler). Code reads it through these names; rules never spell the words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from itertools import islice, product
from pathlib import Path

_PATH = Path(__file__).with_name("lexicon.json")


@cache
def _data() -> dict:  # type: ignore[type-arg]
    return json.loads(_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def synonyms() -> tuple[tuple[str, str], ...]:
    """(everyday word, printed term) pairs, tried when the words themselves match nothing."""
    return tuple((a, b) for a, b in _data()["synonyms"])


@cache
def whole_items() -> dict[str, str]:
    """Everyday words that, asked as the whole item, mean one printed measure: "公车花了多少钱" is
    公务用车购置及运行费 (buying and running), not the 公务用车购置 row that shares the words."""
    return dict(_data()["whole_items"])


@cache
def compound_items() -> dict[str, tuple[str, ...]]:
    """Everyday words for several printed items at once: "水电费" is 水费 and 电费, asked as their sum
    where no row prints the word itself."""
    return {word: tuple(parts) for word, parts in _data()["compound_items"].items()}


@cache
def organisation_short_forms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(printed body, short forms): 发展和改革委员会 -> 发改委."""
    return tuple((body, tuple(shorts)) for body, shorts in _data()["organisation_short_forms"])


@cache
def organisation_prefixes_dropped() -> tuple[str, ...]:
    return tuple(_data()["organisation_prefixes_dropped"])


@cache
def code_names() -> dict[str, str]:
    """科目编码 -> national name: 支出功能分类 类 and 支出经济分类 类/款."""
    return {**_data()["functional_classes"], **_data()["economic_items"]}


@cache
def _filler_anywhere() -> re.Pattern[str]:
    return re.compile(_alternation(_data()["filler_anywhere"]))


# A budget name ends in 预算 and is no verb there: 一般公共预算, 政府性基金预算, 国有资本经营预算, 部门预算.
_BUDGET_NAME = r"(?<!一般公共)(?<!基金)(?<!经营)(?<!部门)(?<!单位)(?<!综合)"


@cache
def _tail() -> re.Pattern[str]:
    verbs = "|".join(
        (_BUDGET_NAME + re.escape(v)) if v.startswith("预算") else re.escape(v)
        for v in sorted(_data()["tail_verbs"], key=len, reverse=True)
    )
    particles = _alternation(_data()["particles"])
    return re.compile(rf"(?:(?:{verbs})?(?:是|为)?(?:多少钱|多少万元|多少元|多少|几多)?(?:{particles})*)$")


def without_filler(text: str) -> str:
    """The question less words that carry no meaning: 请问, 今年, 一共, and the asking tail
    (…安排了多少钱啊, …预算是多少). What is left names the item and the operation."""
    text = re.sub(r"[？?。！!，,；;\s]+$", "", _filler_anywhere().sub("", text))
    previous = None
    while previous != text:
        previous = text
        text = _tail().sub("", text, count=1) if text else text
    return text


@cache
def _leading() -> re.Pattern[str]:
    words = [*_data()["filler_anywhere"], *_data()["leading_only"]]  # 那/嗯 only open a question
    return re.compile(rf"^(?:{_alternation(words)}|[，,\s])*")


def leading_filler(text: str) -> int:
    """How many characters at the start of a question are filler ("请问，那个…")."""
    m = _leading().match(text)
    return len(m.group(0)) if m else 0


@cache
def measures() -> tuple[str, ...]:
    """The standard measures every template prints (收入总计, 基本支出, “三公”经费 …)."""
    return tuple(_data()["measures"])


def scope_qualifiers(item: str) -> list[str]:
    """The words of an item that narrow whose or which money it is (本级, 下属, 政府性基金, 基本支出,
    新购置 …): an answer must come from a figure printed under every one of them."""
    words = _data()["scope_qualifiers"]
    for m in measures():  # "机关运行经费" is a measure of its own, not 运行经费 of the 机关
        if m not in words and any(w in m for w in words):
            item = item.replace(m, "")
    return [w for w in words if w in item]


@cache
def question_word_starts() -> frozenset[str]:
    """The first two characters of the words a question goes on with after an organisation's name
    (budget terms, operation words, 今年, 一共, 多少 …): "深圳水务三公经费" names 深圳水务局 and goes
    on; "广州市气象台" is another name."""
    data = _data()
    words = [*measures(), *code_names().values(), *(w for pair in synonyms() for w in pair)]
    words += [*data["operation_words"], *data["filler_anywhere"], *data["tail_verbs"]]
    return frozenset(re.sub(r"[“”]", "", w)[:2] for w in words if len(w) >= 2)


def near_term(item: str, terms: set[str]) -> str | None:
    """The one printed term the item spells with a single slip (办工费 -> 办公费, 三工经费 -> 三公经费);
    None when there is none or more than one. Short terms (水费/电费) are never corrected."""
    from rapidfuzz.distance import Levenshtein

    if len(item) < 3:
        return None
    close = {t for t in terms if len(t) == len(item) and Levenshtein.distance(item, t, score_cutoff=1) == 1}
    return close.pop() if len(close) == 1 else None


def bare_total(item: str) -> str:
    """A question about "预算" or "收入" alone asks the grand total (支出总计 / 收入总计)."""
    return str(_data()["bare_totals"].get(item, item))


@cache
def _sounds() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Toneless pinyin -> the budget words that sound so (measures, national names, operation words)."""
    from pypinyin import lazy_pinyin

    words = {*measures(), *code_names().values(), *(t for _, t in synonyms()), *_data()["operation_words"]}
    out: dict[tuple[str, ...], list[str]] = {}
    for w in words:
        if 2 <= len(w) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", w):
            out.setdefault(tuple(lazy_pinyin(w)), []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def homophone_slips(text: str, printed: Callable[[str], bool] | None = None) -> tuple[str, list[tuple[str, str]]]:
    """Words typed with a homophone of one character (增家 for 增加, 店费 for 电费, 人员只出 for 人员支出),
    the commonest slip of a pinyin keyboard: a run of the text that is no budget word but sounds like
    exactly one, differing in one character, is read as that word. A run the library prints as typed,
    with two characters each side ("人代会一次会议" is no slip of 会议), stays. Returns the text and the
    readings."""
    from pypinyin import Style, pinyin

    sounds, known = _sounds(), _known_words()
    # every reading of each character (曾 is ceng and zeng; a digit or letter stays itself)
    spoken = [tuple(dict.fromkeys(r)) for r in pinyin(list(text), style=Style.NORMAL, heteronym=True)]
    out, readings, i = list(text), [], 0
    while i < len(out):
        for n in range(min(8, len(out) - i), 1, -1):
            run = "".join(out[i : i + n])
            if run in known or not _HAN.fullmatch(run):
                continue
            sayings = list(islice(product(*spoken[i : i + n]), 16))
            words = {w for say in sayings for w in sounds.get(say, ())}
            # one character off, and never a word of grammar ("电费和物业…" is no slip of 货物)
            like = [
                w for w in words
                if sum(a != b for a, b in zip(w, run)) == 1
                and not any(a != b and b in _GRAMMAR for a, b in zip(w, run))
            ]  # fmt: skip
            if len(like) == 1 and printed is not None and printed("".join(out[max(0, i - 2) : i + n + 2])):
                continue
            if len(like) == 1:
                out[i : i + n] = list(like[0])
                readings.append((run, like[0]))
                i += n - 1
                break
        i += 1
    return "".join(out), readings


_HAN = re.compile(r"[\u4e00-\u9fff]+")
_GRAMMAR = frozenset("和与及或跟同的了是在比占为中里把被从向给共")  # conjunctions and particles


@cache
def _known_words() -> frozenset[str]:
    return frozenset(w for ws in _sounds().values() for w in ws)


@cache
def question_chars() -> frozenset[str]:
    """Every character of the words a question is asked with (几, 最, 多少, 增加, 安排了, 一共 …): never a
    slip, however rarely a small library prints it."""
    d = _data()
    words = [*d["filler_anywhere"], *d["leading_only"], *d["operation_words"], *d["tail_verbs"], *d["particles"]]
    asking = "几多少么啥谁哪吗呢啊吧呀嘛最是有了的和与及比占加减共下"
    doing = "做搞弄干要给让被把买花"  # everyday verbs: "2019年做绩效自评" is no slip of 年度
    # words of any sentence, which a small library may never print beside a figure's words ("支出都算")
    saying = "都也还就才再又很太只仅各每该这那其此它他她们我你您去己"
    return frozenset("".join([*words, *measures()]) + asking + doing + saying)
