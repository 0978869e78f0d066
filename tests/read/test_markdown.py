"""Markdown paragraphs (translint.read.markdown): blocks, items, cells, captions."""

from __future__ import annotations

import pytest

from translint.model import ParagraphKind
from translint.read.segment import segment

from ..conftest import CAPTION, CELL, CHROME, HEAD, ITEM, TEXT
from .conftest import assert_offsets, kinds

# --------------------------------------------------------------------------- markdown

MARKDOWN = """\
---
title: Front matter is skipped
---
# Quebec and Korea #

At this year’s *Conference* de [Montréal](https://example.org),
Quebec and Korea came together.

- Quantum **Computing**
- Quantum Communication
  - nested item
1. First step

   Second paragraph of the step
> A quoted paragraph
> on two lines

| Year | Funding \\| KRW |
|------|--------|
| 2025 | 198.1 billion |
|      | empty first cell |

![A signing ceremony](mou.jpg "MOU")

```python
print("code is not a paragraph")
```

    indented code is not either

Setext heading
--------------

<p>Some <b>HTML</b> text</p>

<!-- a comment -->

- [Share](https://example.org/share)
- ![](logo.png "Logo title")
"""


def test_markdown_blocks() -> None:
    paragraphs = segment(MARKDOWN, "markdown")
    assert_offsets(MARKDOWN, paragraphs)
    assert [(p.kind, p.level, p.text, p.content) for p in paragraphs] == [
        (HEAD, 1, "# Quebec and Korea", "Quebec and Korea"),
        (
            TEXT,
            None,
            "At this year’s *Conference* de [Montréal](https://example.org),\n"
            "Quebec and Korea came together.",
            "At this year’s Conference de Montréal,\nQuebec and Korea came together.",
        ),
        (ITEM, None, "- Quantum **Computing**", "Quantum Computing"),
        (ITEM, None, "- Quantum Communication", "Quantum Communication"),
        (ITEM, None, "- nested item", "nested item"),
        (ITEM, None, "1. First step", "First step"),
        (ITEM, None, "Second paragraph of the step", "Second paragraph of the step"),
        (TEXT, None, "> A quoted paragraph\n> on two lines", "A quoted paragraph\non two lines"),
        (CELL, None, "Year", "Year"),
        (CELL, None, "Funding \\| KRW", "Funding | KRW"),
        (CELL, None, "2025", "2025"),
        (CELL, None, "198.1 billion", "198.1 billion"),
        (CELL, None, "empty first cell", "empty first cell"),
        (CAPTION, None, "A signing ceremony", "A signing ceremony"),
        (HEAD, 2, "Setext heading", "Setext heading"),
        (TEXT, None, "Some <b>HTML</b> text", "Some HTML text"),
        (
            CHROME,
            None,
            "- [Share](https://example.org/share)",
            "Share",
        ),
        (CAPTION, None, "Logo title", "Logo title"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Title\n", [(HEAD, "Title")]),
        ("#Not a heading\n", [(TEXT, "#Not a heading")]),
        ("#\n", []),
        ("> ## Quoted heading ##\n", [(HEAD, "Quoted heading")]),
        ("* star item\n+ plus item\n", [(ITEM, "star item"), (ITEM, "plus item")]),
        ("3) third\n", [(ITEM, "third")]),
        ("> - item in a quote\n", [(ITEM, "item in a quote")]),
        ("-\n", []),
        ("***\n", []),
        ("[![badge](b.svg)](https://ci)\n", [(CAPTION, "badge")]),
        ("Text with ![inline](i.png) image.\n", [(TEXT, "Text with inline image.")]),
        ("![a](1.png) ![b](2.png)\n", [(CAPTION, "a"), (CAPTION, "b")]),
        ("Back to top\n", [(CHROME, "Back to top")]),
        ("| X | Y |\n|---|---|\n", [(CELL, "X"), (CELL, "Y")]),
        # Only "\n" ends a line: decoding has already turned "\r\n" and "\r" into it.
        ("a\r\rb\n", [(TEXT, "a\r\rb")]),
    ],
)
def test_markdown_cases(text: str, expected: list[tuple[ParagraphKind, str]]) -> None:
    assert kinds(text, "markdown") == expected
    assert_offsets(text, segment(text, "markdown"))


def test_markdown_without_front_matter_keeps_a_leading_rule() -> None:
    text = "---\n\nNot front matter.\n"
    assert kinds(text, "markdown") == [(TEXT, "Not front matter.")]
