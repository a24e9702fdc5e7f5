"""Streamlit app (placeholder until the app issue lands): the document library of the built index.

Run with `streamlit run app.py` after `python -m assistant ingest`.
"""

from __future__ import annotations

import streamlit as st

from assistant.cli import document_stats
from assistant.settings import Settings
from assistant.store import Store

st.set_page_config(page_title="预算公开问答助手", page_icon="📊", layout="wide")
st.title("预算公开问答助手")
st.caption("Disclosure Assistant — 部门预算 / 部门决算公开问答（问答功能即将上线）")

settings = Settings.from_env()
if not settings.store_path.exists():
    st.warning("尚未建立索引：请先运行 `python -m assistant ingest`。")
    st.stop()


@st.cache_data(show_spinner=False)
def load_library(path: str, mtime: float) -> list[dict[str, object]]:
    store = Store(settings.store_path)
    try:
        return document_stats(store)
    finally:
        store.close()


rows = load_library(str(settings.store_path), settings.store_path.stat().st_mtime)
st.subheader(f"已收录 {len(rows)} 份公开文件")
st.dataframe(
    [
        {
            "单位": r["organisation"],
            "年度": r["year"],
            "类型": r["kind"],
            "页数": r["pages"],
            "表格": r["tables"],
            "数据项": r["facts"],
            "文字数据": r["text_facts"],
            "文件": r["file"],
        }
        for r in rows
    ],  # fmt: skip
    hide_index=True,
    use_container_width=True,
)
