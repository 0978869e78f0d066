"""Paragraph splitting: the indices every finding and alignment point at.

Format detection and dispatch (translint.read.segment), and the offset
invariants every format keeps.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translint.read.segment import detect_format, segment

from .conftest import assert_offsets

# --------------------------------------------------------------------------- format


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("article.md", "markdown"),
        ("ARTICLE.MD", "markdown"),
        ("notes.markdown", "markdown"),
        ("dir.md/fr.txt", "text"),
        ("fr.txt", "text"),
        ("qkba-2025.en.text", "text"),
        ("README", "text"),
        (Path("a/b.md"), "markdown"),
        ("page.html", "html"),
        ("page.HTM", "html"),
        ("page.xhtml", "html"),
        ("rapport.docx", "docx"),
    ],
)
def test_detect_format(path: str | Path, fmt: str) -> None:
    assert detect_format(path, "# looks like markdown") == fmt


@pytest.mark.parametrize(
    ("path", "text", "fmt"),
    [
        ("saved.txt", "<!DOCTYPE html>\n<html><body><p>x</p>", "html"),
        ("saved", "<html lang='fr'><p>x</p>", "html"),
        ("notes.md", "<!DOCTYPE html>\n<html>", "markdown"),  # the extension says Markdown
        ("notes.txt", "Le mot <html> au milieu", "text"),
        ("page.html", "pas de balise", "html"),
    ],
)
def test_detect_format_sniffs_html_pages(path: str, text: str, fmt: str) -> None:
    assert detect_format(path, text) == fmt


def test_unknown_format_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        segment("text", "rtf")
    with pytest.raises(ValueError, match="unknown format"):
        segment("text", "docx")  # Word documents come split by the DOCX reader


# --------------------------------------------------------------------------- properties

MARKUP = st.text(
    alphabet=st.sampled_from(list("ab Z1.\n\n\t  -*+#>|`~![]()\"':_\\\r\u00a0\u2028\x00•–")),
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), MARKUP), st.sampled_from(["text", "markdown", "html"]))
def test_offsets_hold_for_any_text(text: str, fmt: str) -> None:
    assert_offsets(text, segment(text, fmt))
