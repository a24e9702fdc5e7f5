"""How the app shows one answer: the figure first, its formula and source chips, then the evidence
(the cited cells in their table, the PDF page with the cells boxed, a breakdown chart, passages).

All text that comes from a visitor or a disclosure is shown with `st.text` or escaped Markdown,
never as HTML.
"""

from __future__ import annotations

import logging

import pandas as pd
import streamlit as st

from .answer import Assistant
from .evidence import BREAKDOWN_QUESTION, breakdown, cited_fact, locate_file, page_png, table_view
from .figures import format_value
from .model import Answer, Fact, Figure, Source

log = logging.getLogger(__name__)
_MARKDOWN_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_{}[]()#+-.!|<>~$:"})


def escape(text: str) -> str:
    """Text shown through Markdown exactly as written (no links, emphasis, HTML or emoji codes)."""
    return text.translate(_MARKDOWN_SPECIAL)


def chip(source: Source, engine: Assistant) -> str:
    doc = engine.index.corpus.docs[source.doc].document
    where = source.table or "说明文字"
    page = f" · 第 {source.page} 页" if source.page else ""
    return f"{doc.display_name}{doc.year or ''}年{doc.kind} · {where}{page}"


def show_answer(answer: Answer, engine: Assistant) -> None:
    """The answer in a chat message: figure, sentence, formula, sources; evidence folded below."""
    if answer.status == "answered" and answer.figures:
        figure = answer.figures[0]
        st.metric(figure.label[:60], f"{format_value(figure.value)} {figure.unit}")
        st.text(answer.answer)
        if figure.formula:
            st.caption("计算：" + escape(figure.formula))
        chips = dict.fromkeys(chip(s, engine) for s in figure.sources)
        st.markdown(" ".join(f":blue-badge[{escape(c)}]" for c in chips))
    elif answer.status == "ambiguous":
        st.warning("这个问题适用于多份文件，请在“查询范围”中选择一份，或在问题里写明单位和年度。", icon="⚖️")
        for f in answer.figures:
            st.markdown(
                f"- **{escape(format_value(f.value))} {escape(f.unit)}** · {escape(chip(f.sources[0], engine))}"
            )
    else:
        st.info(answer.answer, icon="🔎")
    with st.expander("查看依据" if answer.figures else "最接近的段落", expanded=answer.status != "answered"):
        _evidence(answer, engine)


def _evidence(answer: Answer, engine: Assistant) -> None:
    figure = answer.figures[0] if answer.figures else None
    if figure is not None and answer.status == "answered":
        _cells_and_pages(figure, engine)
        _chart(answer, figure, engine)
    for p in answer.passages[:3]:
        doc = engine.index.corpus.docs[p.doc].document
        page = f" · 第 {p.page} 页" if p.page else ""
        st.caption(escape(f"{doc.display_name}{page}"))
        st.text(p.text[:400])


def _cells_and_pages(figure: Figure, engine: Assistant) -> None:
    by_doc: dict[str, list[Fact]] = {}
    for source in figure.sources:
        fact = cited_fact(engine.index.corpus.docs[source.doc], source)
        if fact is not None:
            by_doc.setdefault(source.doc, []).append(fact)
    for doc_id, facts in by_doc.items():
        doc = engine.index.corpus.docs[doc_id]
        for table_index in dict.fromkeys(f.table_index for f in facts):
            cited = [f for f in facts if f.table_index == table_index]
            view = table_view(doc, cited)
            st.markdown(f"**{escape(view.title)}**（{escape(cited[0].unit)}）")
            st.dataframe(_highlighted(view.frame, view.cited), hide_index=True, width="stretch")
            _page_image(engine, doc_id, cited)


def _highlighted(frame: pd.DataFrame, cells: tuple[tuple[int, str], ...]) -> object:
    styles = pd.DataFrame("", index=frame.index, columns=frame.columns)
    for row, column in cells:
        styles.iloc[row, list(frame.columns).index(column)] = "background-color: #ffe082; font-weight: 700"
    shown = frame.copy()
    for column in [c for c in shown.columns if c not in ("科目编码", "项目")]:  # as printed; empty cells blank
        shown[column] = [f"{v:,.2f}" if isinstance(v, float) and v == v else "" for v in frame[column]]
    return shown.style.apply(lambda _: styles, axis=None)


def _page_image(engine: Assistant, doc_id: str, cited: list[Fact]) -> None:
    doc = engine.index.corpus.docs[doc_id].document
    page = cited[0].page
    path = locate_file(engine.index.settings, doc)
    if not page or path is None or path.suffix.lower() != ".pdf":
        return
    boxes = tuple(f.bbox for f in cited if f.bbox is not None and f.page == page)
    table = [f.bbox for f in engine.index.corpus.docs[doc_id].facts
             if f.table_index == cited[0].table_index and f.page == page and f.bbox]  # fmt: skip
    clip = (min(b[1] for b in table) - 80, max(b[3] for b in table) + 20) if table else None
    try:
        st.image(page_png(path, page, boxes, clip), caption=f"{doc.file} · 第 {page} 页（红框为引用的单元格）")
    except Exception:  # a page that cannot be drawn must not hide the answer
        log.exception("could not render %s page %s", path, page)


def _chart(answer: Answer, figure: Figure, engine: Assistant) -> None:
    """A bar chart of the parts for structure and ranking questions."""
    if not BREAKDOWN_QUESTION.search(answer.question) and "最" not in figure.label:
        return
    for source in reversed(figure.sources):  # a ranking cites the winner first, then its parent
        doc = engine.index.corpus.docs[source.doc]
        fact = cited_fact(doc, source)
        parts = breakdown(doc, fact) if fact is not None else []
        if len(parts) >= 2:
            unit = fact.unit if fact else ""
            frame = pd.DataFrame({"项目": [p[0] for p in parts], unit: [p[1] for p in parts]})
            st.bar_chart(frame, x="项目", y=unit, horizontal=True, sort=f"-{unit}", x_label=unit, y_label="")
            return
