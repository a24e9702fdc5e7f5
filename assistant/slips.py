"""Characters mistyped by shape (预箅 for 预算, 绩郊 for 绩效), corrected against the library's own words.

A pinyin slip sounds like the word meant and is caught by the lexicon (`lexicon.homophone_slips`); a
slip of a stroke or handwriting input method looks like it and sounds like anything. What gives it away
is the library itself: the character is (almost) never printed in any disclosure, while the words on
both sides of it are printed, many times, around one and the same other character. Only then is it
read as that character; a rare character whose neighbours do not agree on one reading stays as typed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .lexicon import question_chars

RARE = 2  # printed at most this often in the whole library: no word of a disclosure
_AGREE = 0.8  # the share of the printed contexts that put the same character in its place
_SEEN = 2  # and that character printed there at least this often
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A common character typed in a context the library never prints: one side's context must print one
# character (at least twice, 90% of the time) and the other side's agree on it more often than not.
_SURE_COMMON = 0.9
_AGREE_COMMON = 0.6
_SEEN_COMMON = 2
# two-character words that only questions use: a disclosure prints none of them beside its figures
_ASKING_WORDS = frozenset(
    "最多 最少 最大 最小 最高 最低 多少 几个 几项 几家 几辆 哪个 哪项 哪些 哪一 一共 总共 加起来 共计"
    " 下面 下属 下辖 底下 旗下 自己".split()  # "杭州公安下面的驾考中心": a unit under its parent
)


class PrintedWords:
    """All the text of a library, and how often each character is printed in it."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.text = "\n".join(texts)
        self.counts = Counter(self.text)
        self.pairs = {self.text[i : i + 2] for i in range(len(self.text) - 1)}

    def corrected(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """The text with its shape slips read, and each (typed, read) word for the answer to show."""
        out, readings = list(text), []
        for i, ch in enumerate(text):
            if not _HAN.match(ch):
                continue
            if ch in question_chars():  # 里, 名: a word of the question unless the library is sure (处里, 名细)
                pair_before, pair_after = "".join(out[max(0, i - 1) : i + 1]), "".join(out[i : i + 2])
                if pair_before in _ASKING_WORDS or pair_after in _ASKING_WORDS:
                    continue  # "支出最少的": a word only questions use, never a slip of 支出减少
                read = self._common_reading(out, i, strict=True)
            else:
                read = self._reading(out, i) if self.counts[ch] <= RARE else self._common_reading(out, i)
            if read is None:
                continue
            start, end = i, i + 1  # the word shown: the run of characters around it, two each side
            while start > max(0, i - 2) and _HAN.match(out[start - 1]):
                start -= 1
            while end < min(len(out), i + 3) and _HAN.match(out[end]):
                end += 1
            typed_word = "".join(out[start:end])
            out[i] = read
            readings.append((typed_word, "".join(out[start:end])))
        return "".join(out), readings

    def _common_reading(self, chars: list[str], i: int, strict: bool = False) -> str | None:
        """A common character typed for a look-alike (处里 for 处理, 名细表 for 明细表, 评申 for 评审): only
        where the library never prints it between these neighbours, and prints one other character
        there often and alone (a stricter test than for a rare character, which is no word at all)."""
        ch = chars[i]
        prev = chars[i - 1] if i > 0 else ""
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if not prev or not nxt or prev + ch in self.pairs or ch + nxt in self.pairs:
            return None  # printed beside one of its neighbours: a word of the library
        for left, right in ((2, 2), (2, 1), (1, 2), (1, 1)):
            before = "".join(chars[max(0, i - left) : i])
            after = "".join(chars[i + 1 : i + 1 + right])
            if len(before) == left and len(after) == right and before + ch + after in self.text:
                return None
        tops, seen_all, sure = [], Counter[str](), False  # both sides' contexts print one character most
        for left, right in ((2, 1), (1, 2)):
            before = "".join(chars[max(0, i - left) : i])
            after = "".join(chars[i + 1 : i + 1 + right])
            context = before + after
            if len(before) != left or len(after) != right or not all(_HAN.match(c) for c in context):
                continue
            seen = Counter(re.findall(re.escape(before) + "([\u4e00-\u9fff])" + re.escape(after), self.text))
            if not seen:
                return None  # "苏州自规局": 苏州市规… is printed, 州市规局 is not: a short name, not a slip
            (top, n), total = seen.most_common(1)[0], sum(seen.values())
            tops.append(top)
            seen_all += seen
            sure = sure or (n >= _SEEN_COMMON and n / total >= _SURE_COMMON)
            if strict and (n < _SEEN_COMMON or n / total < _SURE_COMMON):
                return None  # a question's own word is read as another only when both sides are sure
        if not sure or len(set(tops)) != 1 or (strict and len(tops) != 2):
            return None
        if strict and not self._one_side_says(chars, i, tops[0]):
            return None
        return tops[0] if seen_all[tops[0]] / sum(seen_all.values()) >= _AGREE_COMMON else None

    def _one_side_says(self, chars: list[str], i: int, top: str) -> bool:
        """Two characters on one side alone, whatever the other side, are followed (or preceded) by
        this character nine times in ten: 急处 → 理, 细表 ← 明. A word's end such as 经费 or a word's
        start such as 公务 sits beside any particle (经费里公务 is no slip of 经费和公务)."""
        before = "".join(chars[max(0, i - 2) : i])
        after = "".join(chars[i + 1 : i + 3])
        for seen in (
            Counter(re.findall(re.escape(before) + "([\u4e00-\u9fff])", self.text)) if len(before) == 2 else None,
            Counter(re.findall("([\u4e00-\u9fff])" + re.escape(after), self.text)) if len(after) == 2 else None,
        ):
            if seen and seen[top] >= _SEEN_COMMON and seen[top] / sum(seen.values()) >= _SURE_COMMON:
                return True
        return False

    def _reading(self, chars: list[str], i: int) -> str | None:
        """The one character the library prints between this character's neighbours, if it agrees."""
        first = i == 0 or not _HAN.match(chars[i - 1]) or chars[i - 1] == "年"  # "咯什市政府办…": a name's start
        for left, right in ((2, 2), (2, 1), (1, 2), *(((0, 2),) if first else ())):
            before = "".join(chars[max(0, i - left) : i])
            after = "".join(chars[i + 1 : i + 1 + right])
            if len(before) != left or len(after) != right or not all(_HAN.match(c) for c in before + after):
                continue
            seen = Counter(re.findall(re.escape(before) + "([\u4e00-\u9fff])" + re.escape(after), self.text))
            if not seen:
                continue
            (best, n), total = seen.most_common(1)[0], sum(seen.values())
            if n >= _SEEN and n / total >= _AGREE and self.counts[best] > RARE:
                return best
            return None  # the closest context printed disagrees: leave it as typed
        return None
