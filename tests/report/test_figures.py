"""Figures: the English description the listing gives of each figure."""

from __future__ import annotations

import pytest

from translint.analysis.figures import figures_of
from translint.report.figures import describe

# ---------------------------------------------------------------------------
# describe


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "198,1 milliards de KRW", "198.1 billion KRW"),
        ("en", "54.1%", "54.1%"),
        ("fr", "54,1 %", "54.1%"),
        ("en", "$3.5 million", "$3.5 million"),
        ("en", "20 km", "20 km"),
        ("en", "1,250,000", "1,250,000"),
        ("en", "2035", "2035"),
        ("fr", "7 septembre 2025", "7 September 2025"),
        ("fr", "le 3e", "3rd"),
        ("en", "between 2020 and 2024", "2020–2024"),
        ("en", "3 percentage points", "3 percentage points"),
        ("en", "kernel 2.6.32", "2.6.32"),
        ("en", "5:30 p.m.", "17:30"),
        ("fr", "du 4 au 17 juillet 2024", "4–17 July 2024"),
        ("fr", "9 h 05", "9:05"),
        ("en", "9 a.m. to 5 p.m.", "9:00–17:00"),
    ],
)
def test_describe(lang: str, text: str, expected: str) -> None:
    (figure,) = [f for f in figures_of(text, lang) if f.written != "words" or f.value != 1]
    assert describe(figure) == expected
