"""Counts read as English: one finding, two findings; info never takes an s."""

from __future__ import annotations

import pytest

from translint.model import Severity
from translint.report.counts import count_label, counted


@pytest.mark.parametrize(
    ("count", "noun", "plural", "expected"),
    [
        (1, "finding", None, "1 finding"),
        (0, "finding", None, "0 findings"),
        (2, "paragraph", None, "2 paragraphs"),
        (1, "unpaired file", None, "1 unpaired file"),
        (3, "correspondence", "correspondences", "3 correspondences"),
    ],
)
def test_counted(count: int, noun: str, plural: str | None, expected: str) -> None:
    assert counted(count, noun, plural) == expected


@pytest.mark.parametrize(
    ("count", "severity", "expected"),
    [
        (1, Severity.ERROR, "1 error"),
        (2, Severity.ERROR, "2 errors"),
        (1, Severity.WARNING, "1 warning"),
        (0, Severity.WARNING, "0 warnings"),
        (1, Severity.INFO, "1 info"),
        (5, Severity.INFO, "5 info"),
    ],
)
def test_count_label(count: int, severity: Severity, expected: str) -> None:
    assert count_label(count, severity) == expected
