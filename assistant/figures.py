"""How a figure is written in an answer: as the disclosures print it."""

from __future__ import annotations


def format_value(v: float) -> str:
    """A figure as disclosures print it: integers bare, else at least two decimals, never rounded."""
    if abs(v - round(v)) < 1e-9:
        return str(int(round(v)))
    text = f"{v:.6f}".rstrip("0")
    return text if len(text.split(".")[1]) >= 2 else f"{v:.2f}"
