"""Labels every reader recognises in both languages (translint.read.labels)."""

from __future__ import annotations

import pytest

from translint.read.labels import chrome_or, is_admonition, is_caption, is_chrome, numbering_level

from ..conftest import CHROME, HEAD, TEXT


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("top of page", True),
        ("LinkedIn", True),
        ("Le Québec et la Corée", False),
        ("top of page " + "x" * 60, False),  # furniture is short
    ],
)
def test_is_chrome(content: str, expected: bool) -> None:
    assert is_chrome(content) is expected


def test_only_text_and_items_become_chrome() -> None:
    assert chrome_or(TEXT, "top of page") is CHROME
    assert chrome_or(HEAD, "top of page") is HEAD


@pytest.mark.parametrize(
    ("content", "expected"),
    [("Note", True), ("Astuce:", True), ("Remarque", True), ("Summary", False)],
)
def test_is_admonition(content: str, expected: bool) -> None:
    assert is_admonition(content) is expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Figure 3.1. A chart", True),
        ("Tableau 2 : x", True),
        ("Table 5.1.", True),
        ("Figures show", False),
    ],
)
def test_is_caption(content: str, expected: bool) -> None:
    assert is_caption(content) is expected


@pytest.mark.parametrize(
    ("content", "level"),
    [
        ("Chapter 2. Basics", 1),
        ("Chapitre 3. Réseau", 1),
        ("2.3. Setup", 2),
        ("A.1. Shared libraries", 2),
        ("2.3.1 Title", 3),
        ("3.0 (native) packages", None),  # no final dot: a capital must follow
        ("Hello", None),
    ],
)
def test_numbering_level(content: str, level: int | None) -> None:
    assert numbering_level(content) == level
