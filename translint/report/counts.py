"""Counts as English reads them: "1 finding", "2 findings", "1 warning", "2 info"."""

from __future__ import annotations

from translint.model import Severity


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``1 pair``, ``3 pairs``; ``plural`` for a noun that does not take an s."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def count_label(count: int, severity: Severity) -> str:
    """``1 error``, ``3 warnings``, ``2 info``: how the reports count findings."""
    if severity is Severity.INFO:
        return f"{count} info"
    return counted(count, severity.value)
