"""The app's staff pages: document library (with delete), upload, data browser with downloads.

Only reached after the staff password (settings.staff_password) was given in this session.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from .audit import Finding, fact_id
from .cli import document_stats
from .evidence import locate_file, page_png, table_view
from .ingest import ingest, remove
from .library import UploadRejected, facts_frame, save_upload, to_excel
from .model import ParsedDocument
from .settings import Settings
from .store import Store


def library_page(settings: Settings, reload: Callable[[], None]) -> None:
    st.subheader("文件库")
    if flash := st.session_state.pop("flash", None):
        st.success(flash)
    store = Store(settings.store_path)
    try:
        rows = document_stats(store)
    finally:
        store.close()
    st.dataframe(
        [
            {
                "编号": r["id"],
                "单位": r["organisation"] or "未识别（按文件名收录）",
                "年度": r["year"],
                "类型": r["kind"],
                "页数": r["pages"],
                "表格": r["tables"],
                "数据项": r["facts"],
                "文字数据": r["text_facts"],
                "段落": r["passages"],
                "文件": r["file"],
            }
            for r in rows
        ],  # fmt: skip
        hide_index=True,
        width="stretch",
    )
    labels = {f"{r['organisation']} {r['year']} {r['kind']} · {r['file']}": str(r["id"]) for r in rows}
    with st.form("delete"):
        chosen = st.selectbox("删除文件", list(labels), index=None, placeholder="选择要删除的文件")
        sure = st.checkbox("确认删除（该文件的数据将从索引中移除）")
        if st.form_submit_button("删除", type="primary") and chosen and sure:
            removed = remove([labels[chosen]], settings, say=lambda _: None)
            for name in removed:
                uploaded = settings.uploads_path / name
                if uploaded.is_file():
                    uploaded.unlink()
            reload()
            st.session_state["flash"] = f"已删除：{'、'.join(removed)}"
            st.rerun()  # list the library without it


def upload_page(settings: Settings, reload: Callable[[], None]) -> None:
    st.subheader("上传公开文件")
    st.caption(f"仅限 PDF，每个不超过 {settings.max_file_mb:g} MB；解析后即可提问。")
    files = st.file_uploader("选择 PDF 文件", type=["pdf"], accept_multiple_files=True)
    if not st.button("解析并建立索引", type="primary", disabled=not files):
        return
    progress = st.progress(0.0, text="保存文件…")
    saved = []
    for upload in files or []:
        try:
            saved.append(save_upload(upload.name, upload.getvalue(), settings))
        except UploadRejected as rejected:
            st.error(str(rejected))
    if not saved:
        progress.empty()
        return
    steps = iter([0.3, 0.5, 0.7, 0.85, 0.95])

    def say(message: str) -> None:
        progress.progress(next(steps, 0.95), text=f"处理中：{message[:80]}")

    report = ingest(saved, settings, say=say)
    progress.progress(1.0, text="完成")
    reload()
    for name, reason in report.skipped:
        st.error(f"{name}：未收录（{reason}）")
    if report.added or report.replaced:
        st.success(f"已收录：{'、'.join(report.added + report.replaced)}，现在可以提问了。")
    elif report.unchanged:
        st.info(f"文件已在库中：{'、'.join(report.unchanged)}")


def data_page(settings: Settings, docs: dict[str, str], load: Callable[[str], ParsedDocument]) -> None:
    """`docs` maps a label to a document id; `load(id)` gives the ParsedDocument."""
    st.subheader("数据浏览")
    if not docs:
        st.info("库中还没有文件。")
        return
    label = st.selectbox("文件", list(docs))
    doc = load(docs[label])
    tables = {}
    for t in doc.tables:
        pages = ",".join(str(n) for n in t.pages if n)  # text exports have no pages
        tables[f"{t.number} {t.title}（{t.table_type}{f'，第 {pages} 页' if pages else ''}）".strip()] = t.index
    if tables:
        chosen = tables[st.selectbox("表格", list(tables))]
        facts = [f for f in doc.facts if f.table_index == chosen]
        for side in dict.fromkeys(f.side for f in facts):
            view = table_view(doc, [next(f for f in facts if f.side == side)])
            st.markdown(f"**{view.title}**")
            st.dataframe(view.frame, hide_index=True, width="stretch")
    frame = facts_frame(doc)
    stem = docs[label]
    left, right = st.columns(2)
    left.download_button("下载全部数据（CSV）", frame.to_csv(index=False).encode("utf-8-sig"),
                         f"{stem}-facts.csv", "text/csv")  # fmt: skip
    right.download_button("下载全部数据（Excel）", to_excel(frame), f"{stem}-facts.xlsx",
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")  # fmt: skip


def audit_page(
    settings: Settings,
    docs: dict[str, str],
    load: Callable[[str], ParsedDocument],
    findings_of: Callable[[str], list[Finding]],
) -> None:
    """核对: a document's findings (as the assistant audited it at load) as a table; each one shown
    on its page with the cells boxed."""
    st.subheader("核对")
    st.caption("合计是否等于分项之和（按两位小数的舍入区间）、同一数字在各表是否一致、文字说明与表格是否一致。")
    if not docs:
        st.info("库中还没有文件。")
        return
    label = st.selectbox("文件", list(docs), key="audit-doc")
    doc = load(docs[label])
    findings = findings_of(docs[label])
    if not findings:
        st.success("未发现问题。")
        return
    frame = pd.DataFrame(
        [
            {
                "级别": {"error": "错误", "warning": "提示", "info": "说明"}[f.severity],
                "规则": f.rule,
                "页码": "、".join(str(p) for p in f.pages if p),
                "说明": f.message,
                "应为": f.expected,
                "实为": f.found,
            }
            for f in findings
        ]  # fmt: skip
    )
    st.dataframe(frame, hide_index=True, width="stretch")
    st.download_button("下载核对结果（CSV）", frame.to_csv(index=False).encode("utf-8-sig"),
                       f"{docs[label]}-audit.csv", "text/csv")  # fmt: skip
    chosen = st.selectbox("查看", range(len(findings)), format_func=lambda i: f"{i + 1}. {findings[i].message[:60]}")
    finding = findings[chosen]
    by_id = {fact_id(f): f for f in doc.facts}
    cells = [by_id[i] for i in finding.facts if i in by_id]
    path = locate_file(settings, doc.document)
    for page in finding.pages:
        if not page or path is None or path.suffix.lower() != ".pdf":
            continue
        boxes = tuple(f.bbox for f in cells if f.page == page and f.bbox is not None)
        st.image(page_png(path, page, boxes), caption=f"第 {page} 页（红框为涉及的单元格）")
