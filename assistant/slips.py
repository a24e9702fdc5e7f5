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


class PrintedWords:
    """All the text of a library, and how often each character is printed in it."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.text = "\n".join(texts)
        self.counts = Counter(self.text)

    def corrected(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """The text with its shape slips read, and each (typed, read) word for the answer to show."""
        out, readings = list(text), []
        for i, ch in enumerate(text):
            if not _HAN.match(ch) or ch in question_chars() or self.counts[ch] > RARE:
                continue
            read = self._reading(out, i)
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

    def _reading(self, chars: list[str], i: int) -> str | None:
        """The one character the library prints between this character's neighbours, if it agrees."""
        for left, right in ((2, 2), (2, 1), (1, 2)):
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
