"""Staff operations on the document library: accept an uploaded PDF, export a document's facts.

Uploads are checked before anything is written (a PDF by its first bytes, not its name; size limit;
a safe file name) and kept in the upload folder, so the bundled corpus is never touched.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd

from .model import ParsedDocument
from .settings import Settings

_UNSAFE = re.compile(r"[^\w.\-\u4e00-\u9fff（）()]+")


class UploadRejected(ValueError):
    """An upload that is not accepted, with the reason in plain words."""


def safe_name(name: str) -> str:
    """A file name that cannot leave the upload folder or surprise a shell: no directories, no
    leading dots, only letters, digits, Chinese, `._-()（）`; always ending in .pdf."""
    stem = Path(name.replace("\\", "/")).name
    stem = _UNSAFE.sub("_", stem).lstrip("._") or "upload"
    stem = stem[:-4] if stem.lower().endswith(".pdf") else stem
    return f"{stem[:100]}.pdf"


def save_upload(name: str, data: bytes, settings: Settings) -> Path:
    """Write an uploaded PDF into the upload folder (atomically) and return its path."""
    if not data.startswith(b"%PDF-"):
        raise UploadRejected(f"{name}: 不是 PDF 文件")
    if len(data) > settings.max_file_mb * 1024 * 1024:
        raise UploadRejected(f"{name}: 文件超过 {settings.max_file_mb:g} MB 上限")
    folder = settings.uploads_path
    folder.mkdir(parents=True, exist_ok=True)
    base = safe_name(name)[:-4]
    target, n = folder / f"{base}.pdf", 1
    while target.exists() and target.read_bytes() != data:  # same name, other file: keep both
        n += 1
        target = folder / f"{base}-{n}.pdf"
    partial = target.with_suffix(".part")
    partial.write_bytes(data)
    partial.replace(target)
    return target


def facts_frame(doc: ParsedDocument) -> pd.DataFrame:
    """Every table cell of a document, one row each, with its source: for CSV / Excel download."""
    rows = [
        {
            "表名": f.table_title, "表类型": f.table_type, "页码": f.page or None, "收支": f.side or "",
            "科目编码": f.row_code or "", "项目": f.row_name, "行路径": " > ".join(f.row_path),
            "列": f.column, "数值": f.value, "单位": f.unit,
        }
        for f in doc.facts
    ]  # fmt: skip
    return pd.DataFrame(rows)


def to_excel(frame: pd.DataFrame, sheet: str = "facts") -> bytes:
    out = io.BytesIO()
    with pd.ExcelWriter(out, engine="xlsxwriter") as writer:
        frame.to_excel(writer, sheet_name=sheet[:31], index=False)
    return out.getvalue()
