"""What an audit finds, and the rounding arithmetic every audit rule shares.

A printed amount stands for the interval its rounding allows (two decimals: ±0.005); a total holds
when its interval meets the interval of the sum of its parts (as XBRL Calculations 1.1 checks them).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import Fact

HALF_CENT = 0.005  # half a unit of the last printed decimal (amounts are printed to two decimals)


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str  # error | warning | info
    doc: str
    pages: tuple[int, ...]
    message: str  # Chinese, for staff
    expected: float | None
    found: float | None
    facts: tuple[str, ...]  # fact_id of the cells (and "text:<page>" for text figures)

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "doc": self.doc,
            "pages": list(self.pages),
            "message": self.message,
            "expected": self.expected,
            "found": self.found,
            "facts": list(self.facts),
        }


def text_error(rule: str, doc: str, page: int, message: str, expected: float | None, found: float | None) -> Finding:
    """An error in a sentence of the text, found on that page alone."""
    return Finding(rule, "error", doc, (page,), message, expected, found, (f"text:{page}",))


def fact_id(f: Fact) -> str:
    """A cell's stable id within its document: table, row and column position."""
    return f"t{f.table_index}r{f.row_index}c{f.col_index}"


def holds(total: float, parts: Iterable[float]) -> bool:
    """Whether a printed total agrees with its printed parts, given each was rounded to the decimals
    printed (two, or none for whole 元): the total's interval meets the interval of the sum."""
    values = list(parts)
    half = 0.5 * 10 ** -max(decimals(v) for v in [total, *values])
    half = max(half, HALF_CENT) if half < 0.5 else half
    return abs(total - sum(values)) <= half * (len(values) + 1) + 1e-9


def fmt(v: float) -> str:
    """An amount as staff read it: thousands separated, no trailing zeros."""
    return f"{v:,.2f}".rstrip("0").rstrip(".") if v != int(v) else f"{int(v):,}"


def signed(v: float) -> str:
    """A change as staff read it: "+12.5", "−3"."""
    return ("+" if v >= 0 else "−") + fmt(abs(v))


def decimals(v: float) -> int:
    """How many decimals a printed figure has (as read back from its float)."""
    text = f"{v:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0
