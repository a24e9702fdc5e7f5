"""Tokens for lexical (BM25) search over Chinese budget text.

Two ways, measured in benchmarks/retrieval.py: jieba word segmentation (with budget terms added to
its dictionary, and search-mode sub-words), or character unigrams + bigrams. ASCII words and numbers
are kept whole either way ("1136.42", "2010301").
"""

from __future__ import annotations

import re
from functools import cache

from .normalize import fold

TOKENIZERS = ("jieba", "ngram")
DEFAULT_TOKENIZER = "ngram"

_RUNS = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z]+|\d+(?:\.\d+)?")
_STOP = set("的了和与及或在是为对于其中等个年度")
# Budget terms jieba would otherwise split ("三公" -> "三", "公").
BUDGET_TERMS = (
    "三公", "三公经费", "因公出国", "出国经费", "公务接待", "公务接待费", "公务用车", "公车", "运行维护费",
    "基本支出", "项目支出", "人员经费", "公用经费", "机关运行经费", "一般公共预算", "政府性基金",
    "国有资本经营", "财政拨款", "结转结余", "上年结转", "政府采购", "住房公积金", "行政运行",
    "养老保险", "职业年金", "医疗保险", "津贴补贴", "绩效工资", "离退休", "编制数", "实有人数",
    "收支总表", "部门预算", "部门决算", "预算数", "决算数", "事业收入", "其他收入", "办公费",
)  # fmt: skip


@cache
def _jieba():  # type: ignore[no-untyped-def]
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    for term in BUDGET_TERMS:
        jieba.add_word(term)
    jieba.initialize()
    return jieba


def tokens(text: str, mode: str = DEFAULT_TOKENIZER) -> list[str]:
    """Lower-cased tokens of `text`; Chinese runs by jieba words or by character n-grams."""
    out: list[str] = []
    for run in _RUNS.findall(fold(text).lower()):
        if not ("\u4e00" <= run[0] <= "\u9fff"):
            out.append(run)
        elif mode == "ngram":
            out.extend(ch for ch in run if ch not in _STOP)
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
        else:
            out.extend(w for w in _jieba().lcut_for_search(run) if w not in _STOP)
    return out
