"""Section-aware chunks of the explanatory text, with the headings they sit under and their pages.

Headings are the numbering disclosures use: 第一部分 > 一、 > （一）. Lines are joined back into
paragraphs (PDF lines wrap mid-sentence) and cut at sentence ends into chunks of a few hundred
characters, so a chunk never splits a sentence and a figure keeps its subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Passage
from .readers import PageText

if TYPE_CHECKING:
    from .tables import ProjectText

_HEADINGS = (
    # "第一部分", and the title of a page that explains one project ("人民调解项目经费情况说明")
    re.compile(
        r"^第[一二三四五六七八九十]+部分"
        r"|^[^，。；：:“”]{2,30}(?:项目|专项)(?:[（(][^（）()]{1,10}[）)])?(?:经费|资金)?(?:情况)?说明$"
    ),  # "生命健康专项（政策资金）经费情况说明"
    re.compile(r"^[一二三四五六七八九十]+、"),
    re.compile(r"^[（(][一二三四五六七八九十]+[)）]"),
)
# "（1）项目名称：2025年单位运转项目": the project the lines below it describe, a heading under the numbered ones
_PROJECT_LINE = re.compile(r"(?:[（(]?\d{1,2}[)）.、．]?)?项目名称[:：](.{2,40}?)[。；;]?")
_PAGE_NUMBER = re.compile(r"^[-—\s]*\d{1,3}[-—\s]*$")
_TOC_LEADER = re.compile(r"(…{2,}|\.{4,}|·{4,})")
_SENTENCE_END = re.compile(r"(?<=[。；！？;])")
# a sentence mark, an amount, or a figure whose unit wraps to the next line ("（四）政府采购情况：…总额 7")
_SENTENCE_MARK = re.compile(r"[。，；;]|\d+(?:\.\d+)?(?:万元|元|%)|[:：].*\d\s*$")
MAX_CHARS = 360


@dataclass
class _Line:
    page: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """One sentence of running text with the page it starts on and its headings."""

    page: int
    heading_path: tuple[str, ...]
    text: str


def _heading_level(text: str) -> int | None:
    """Level of a heading line; None for body text (a numbered line that states figures or
    sentences, "（一）人员经费 18387.95 万元。", is body text, not a heading)."""
    if len(text) > 60 or _SENTENCE_MARK.search(text):
        return None
    for level, pattern in enumerate(_HEADINGS):
        if pattern.match(text):
            return level
    return None


def _join(a: str, b: str) -> str:
    """Join wrapped lines: no space inside Chinese text, one between ASCII words."""
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return f"{a} {b}"
    return a + b


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


_GRAM = 12
# what a running header says: the document's name for itself ("无锡市发展和改革委员会2025年度部门预算公开")
_HEADER_SAYS = re.compile(r"20\d{2}年度?.{0,12}?(?:预算|决算).{0,6}?公开$")


def running_headers(texts: list[PageText]) -> list[re.Pattern[str]]:
    """Running headers that a PDF's text layer merges into the lines of the page, often mid-word
    ("…总计 9,947.88 万无锡市发展和改革委员会2025年度部门预算公开元"): the longest strings printed on half of
    the pages or more that name the disclosure. Each as a pattern that allows spaces between its characters."""
    pages = ["".join(p.lines).replace(" ", "") for p in texts]
    if len(pages) < 4:
        return []
    seen: dict[str, int] = {}
    for text in pages:
        for gram in {text[i : i + _GRAM] for i in range(len(text) - _GRAM + 1)}:
            seen[gram] = seen.get(gram, 0) + 1
    enough = max(4, len(pages) // 2)
    common = {g for g, n in seen.items() if n >= enough}
    found: dict[str, int] = {}
    for text in pages:
        runs: set[str] = set()
        i = 0
        while i <= len(text) - _GRAM:
            if text[i : i + _GRAM] not in common:
                i += 1
                continue
            j = i
            while j + 1 <= len(text) - _GRAM and text[j + 1 : j + 1 + _GRAM] in common:
                j += 1
            runs.add(text[i : j + _GRAM])
            i = j + 1
        for run in runs:
            found[run] = found.get(run, 0) + 1
    headers = sorted((r for r, n in found.items() if n >= enough and _HEADER_SAYS.search(r)), key=len, reverse=True)
    return [re.compile(r"\s*".join(re.escape(ch) for ch in h)) for h in headers]


def chunk(texts: list[PageText]) -> tuple[list[Passage], list[Sentence]]:
    """Passages from page texts, each with its heading path and pages; and the sentences they
    are made of, each with the page it starts on (text facts cite that page)."""
    headers = running_headers(texts)
    path: list[str] = []
    levels: list[int] = []
    passages: list[Passage] = []
    sentences: list[Sentence] = []
    body: list[_Line] = []

    def flush() -> None:
        if not body:
            return
        pieces: list[tuple[int, str]] = []  # (page where the sentence starts, sentence)
        text, page = "", body[0].page
        for line in body:
            if not text:
                page = line.page
            text = _join(text, line.text)
            while True:
                parts = _sentences(text)
                if len(parts) < 2:
                    break
                pieces.append((page, parts[0]))
                text, page = "".join(parts[1:]), line.page
        if text:
            pieces.append((page, text))
        sentences.extend(Sentence(page, tuple(path), text) for page, text in pieces)
        current: list[tuple[int, str]] = []
        for piece in pieces:
            if current and sum(len(s) for _, s in current) + len(piece[1]) > MAX_CHARS:
                _emit(current)
                current = []
            current.append(piece)
        _emit(current)
        body.clear()

    def _emit(sentences: list[tuple[int, str]]) -> None:
        text = "".join(s for _, s in sentences).strip()
        if len(text) < 4:
            return
        pages = tuple(sorted({p for p, _ in sentences}))
        passages.append(Passage(len(passages), sentences[0][0], pages, tuple(path), text))

    for page in texts:
        for raw in page.lines:
            text = raw.strip()
            for header in headers:
                text = header.sub("", text).strip()
            if not text or _PAGE_NUMBER.match(text) or _TOC_LEADER.search(text):
                continue
            level = _heading_level(text.replace(" ", ""))
            if level is None and (project := _PROJECT_LINE.fullmatch(text.replace(" ", ""))):
                level, text = len(_HEADINGS), project.group(1)  # the sentences after it are that project's
            if level is None:
                body.append(_Line(page.page, text))
                continue
            flush()
            while levels and levels[-1] >= level:
                levels.pop()
                path.pop()
            levels.append(level)
            path.append(text.replace(" ", ""))
    flush()
    return passages, sentences


PROJECT_HEADING = "项目说明"  # the first heading of a passage read from a table cell, never a 说明 heading


def project_passages(texts: list[ProjectText], start: int) -> list[Passage]:
    """Passages of the prose printed in project tables, each under 项目说明 > table > project > label,
    cut at sentence ends like the running text."""
    out: list[Passage] = []
    for t in texts:
        path = tuple(x for x in (PROJECT_HEADING, t.table_title, t.project, t.label) if x)
        current = ""
        for sentence in [*_sentences(t.text), ""]:
            if current and (not sentence or len(current) + len(sentence) > MAX_CHARS):
                out.append(Passage(start + len(out), t.page, (t.page,), path, current))
                current = ""
            current += sentence
    return out
