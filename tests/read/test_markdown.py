"""Markdown paragraphs (translint.read.markdown): blocks, items, cells, captions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translint.model import ParagraphKind
from translint.read.segment import segment

from ..conftest import CAPTION, CELL, CHROME, HEAD, ITEM, TEXT
from .conftest import assert_offsets, kinds

META = ParagraphKind.METADATA

# --------------------------------------------------------------------------- markdown

MARKDOWN = """\
---
title: The title is a metadata paragraph
layout: post
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
        (META, None, "The title is a metadata paragraph", "The title is a metadata paragraph"),
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


# --------------------------------------------------------------------------- rendered text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # Emphasis markers are not text.
        ("Up **4,2 %** and _35_ more.\n", "Up 4,2 % and 35 more."),
        ("***Both*** and ~plain~\n", "Both and ~plain~"),
        # Character references decode (html.unescape), escapes read as their character.
        ("87&nbsp;millions\n", "87\u00a0millions"),
        ("1990&#8211;2000 &amp; &laquo;&nbsp;oui&nbsp;&raquo;\n", "1990–2000 & «\u00a0oui\u00a0»"),
        ("\\*not emphasis\\* 5\\%\n", "*not emphasis* 5%"),
        # Links: text is text, target and title are not.
        ('He [tweeted](https://twitter.com/x "Title") it.\n', "He tweeted it."),
        ("See [the *guide*][ref].\n\n[ref]: https://example.org\n", "See the guide."),
        ("Mail <https://example.org/a> now.\n", "Mail https://example.org/a now."),
        # Inline images read as their alt text.
        ('Logo ![Canada](c.png "t") here.\n', "Logo Canada here."),
        # Inline HTML tags are not text; <br> is a line break.
        ("A <b>bold</b> <span class='x'>word</span>.\n", "A bold word."),
        ("One<br>two\n", "One\ntwo"),
        ("Run `code 42` here.\n", "Run code 42 here."),
        # Footnote markers are not text.
        ("Fewer searches[^1].\n\n[^1]: 217 before.\n", "Fewer searches."),
        # Template syntax is not text: Liquid, Hugo shortcodes, kramdown IAL.
        ("Email us at {{ site.emails.dto }}\n", "Email us at"),
        ("Before {% if x %}kept{% endif %} after.\n", "Before kept after."),
        ('See {{< ref "post.md" >}} and {{% note %}}this{{% /note %}}.\n', "See and this."),
        ("Lead paragraph.\n{:.lead}\n", "Lead paragraph."),
        ("Styled.\n{: .well #id}\n", "Styled."),
        # Attributes after a link or code span (mdit-py-plugins' attrs) are not text.
        ("Attributes [here](u){.red} and `x`{#y} stay out.\n", "Attributes here and x stay out."),
    ],
)
def test_markdown_rendered_content(text: str, content: str) -> None:
    paragraphs = segment(text, "markdown")
    assert_offsets(text, paragraphs)
    assert paragraphs[0].content == content


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Le budget a crû de **4,2 %** en 2024.\n", "4,2 %", "4,2 %"),
        ("Rise of **2 210** visits\n", "2 210", "2 210"),
        ("Total: 87&nbsp;millions de dollars\n", "87\u00a0millions", "87&nbsp;millions"),
        ("- Item with _35_ cases\n", "35", "35"),
        ("## Heading **12** ##\n", "12", "12"),
        ("| **7,5 %** | x |\n|---|---|\n", "7,5 %", "7,5 %"),
        ("[12 lessons](https://example.org/12)\n", "12", "12"),
    ],
)
def test_markdown_text_span_maps_back(text: str, figure: str, source: str) -> None:
    paragraph = segment(text, "markdown")[0]
    start = paragraph.content.index(figure)
    span = paragraph.text_span(start, start + len(figure))
    assert paragraph.text[span[0] : span[1]] == source
    assert text[paragraph.start + span[0] : paragraph.start + span[1]] == source


def test_markdown_links_are_kept() -> None:
    text = "Read [the guide](https://example.org/g) and <https://a.b/c>.\n"
    paragraph = segment(text, "markdown")[0]
    assert paragraph.content == "Read the guide and https://a.b/c."
    assert [
        (paragraph.content[link.text_start : link.text_end], link.url) for link in paragraph.links
    ] == [
        ("the guide", "https://example.org/g"),
        ("https://a.b/c", "https://a.b/c"),
    ]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # canada-blog (MIT): a post links to another through a Liquid expression,
        # which the parser only sees masked; the target is kept as written.
        (
            '* [Top tasks]( {{ "/2017/12/11/top-100-for-gc" | prepend: site.urlalt[ page.language ] }} )\n',
            '{{ "/2017/12/11/top-100-for-gc" | prepend: site.urlalt[ page.language ] }}',
        ),
        ("Email [us](mailto:{{ site.emails.dto }}) now.\n", "mailto:{{ site.emails.dto }}"),
        ("A [plain](https://example.org/a%20b) link.\n", "https://example.org/a%20b"),
    ],
)
def test_markdown_template_link_targets_are_kept_as_written(text: str, url: str) -> None:
    paragraph = segment(text, "markdown")[0]
    assert [link.url for link in paragraph.links] == [url]


def test_markdown_inline_html_links_are_kept() -> None:
    # canada-blog 2019-03-29-design-update (MIT): an <a> inside a Markdown list item.
    text = (
        '* ideas from ongoing <a href="https://blog.canada.ca/pages/project-overview.html">'
        "content improvement projects</a> and <A HREF='/x?a=1&amp;b=2'>more</A>\n"
    )
    paragraph = segment(text, "markdown")[0]
    assert paragraph.content == "ideas from ongoing content improvement projects and more"
    assert [
        (paragraph.content[link.text_start : link.text_end], link.url) for link in paragraph.links
    ] == [
        ("content improvement projects", "https://blog.canada.ca/pages/project-overview.html"),
        ("more", "/x?a=1&b=2"),
    ]


def test_html_links_are_kept() -> None:
    text = '<p>Go to <a href="/fr/page">la page</a> now.</p>'
    paragraph = segment(text, "html")[0]
    link = paragraph.links[0]
    assert (paragraph.content[link.text_start : link.text_end], link.url) == ("la page", "/fr/page")


def test_markdown_plain_paragraphs_have_no_plain_text() -> None:
    """Markdown without markup keeps the old reading: content is the source slice."""
    text = "# Title\n\nA plain paragraph, 54.1% of it.\n\n- an item\n"
    paragraphs = segment(text, "markdown")
    assert [p.plain for p in paragraphs] == [None, None, None]
    assert [p.content for p in paragraphs] == [
        "Title",
        "A plain paragraph, 54.1% of it.",
        "an item",
    ]


def test_markdown_multiline_liquid_include_is_not_text() -> None:
    text = (
        "Before.\n\n"
        "{% include components/gc-simple-img.html\n"
        '\t alt="Starting a business page back in October"\n'
        '\t file="Starting_topic_Oct2016_567x522.png"\n'
        "%}\n\n"
        "After.\n"
    )
    assert kinds(text, "markdown") == [(TEXT, "Before."), (TEXT, "After.")]


def test_markdown_liquid_comment_is_not_text() -> None:
    text = "A.\n\n{% comment %}\nHidden 42.\n{% endcomment %}\n\nB.\n"
    assert kinds(text, "markdown") == [(TEXT, "A."), (TEXT, "B.")]


def test_markdown_liquid_tag_opening_a_line_does_not_make_code() -> None:
    text = "Intro.\n\n{% if site.lang %}The text after the tag.\n"
    assert kinds(text, "markdown") == [(TEXT, "Intro."), (TEXT, "The text after the tag.")]


def test_markdown_footnote_definitions_stay_in_order() -> None:
    text = "Text[^1].\n\n[^1]: The note.\n\nLast paragraph.\n"
    paragraphs = segment(text, "markdown")
    assert_offsets(text, paragraphs)
    assert [p.content for p in paragraphs] == ["Text.", "The note.", "Last paragraph."]


def test_markdown_stand_alone_image_with_attributes_is_a_caption() -> None:
    assert kinds("![A chart](c.png)\n{: .center}\n", "markdown") == [(CAPTION, "A chart")]


# --------------------------------------------------------------------------- raw HTML blocks


def test_markdown_html_block_layout_does_not_matter() -> None:
    one_line = "Intro.\n\n<ol><li>First 1</li><li>Second 2</li></ol>\n\nEnd.\n"
    per_line = "Intro.\n\n<ol>\n  <li>First 1</li>\n\n  <li>Second 2</li>\n</ol>\n\nEnd.\n"
    for text in (one_line, per_line):
        paragraphs = segment(text, "markdown")
        assert_offsets(text, paragraphs)
        assert [(p.kind, p.content) for p in paragraphs] == [
            (TEXT, "Intro."),
            (ITEM, "First 1"),
            (ITEM, "Second 2"),
            (TEXT, "End."),
        ]


def test_markdown_html_block_div_is_one_paragraph() -> None:
    text = (
        "## Sharing\n\n"
        '<div class="well panel">Only 67% of the 20 participants could identify steps.</div>\n\n'
        "Although none had.\n"
    )
    paragraphs = segment(text, "markdown")
    assert_offsets(text, paragraphs)
    panel = paragraphs[1]
    assert panel.content == "Only 67% of the 20 participants could identify steps."
    assert panel.text == panel.content
    assert text[panel.start : panel.end] == panel.content


def test_markdown_html_block_headings_cells_and_captions() -> None:
    text = (
        "<figure>\n<figcaption><b>Top 5</b> tasks</figcaption>\n</figure>\n\n"
        "<table>\n<tr><th>Label</th><td>19&nbsp;184</td></tr>\n</table>\n\n"
        "<h3>A heading</h3>\n"
    )
    paragraphs = segment(text, "markdown")
    assert_offsets(text, paragraphs)
    assert [(p.kind, p.level, p.content) for p in paragraphs] == [
        (CAPTION, None, "Top 5 tasks"),
        (CELL, None, "Label"),
        (CELL, None, "19\u00a0184"),
        (HEAD, 3, "A heading"),
    ]
    cell = paragraphs[2]
    assert cell.text[slice(*cell.text_span(0, len(cell.content)))] == "19&nbsp;184"


# --------------------------------------------------------------------------- properties

_MARKDOWN_PIECES = st.sampled_from(
    ["**", "_", "*", "[", "]", "(", ")", "![", "<", ">", "&nbsp;", "&#8211;", "&amp", "\\", "`",
     "{%", "%}", "{{", "}}", "{:", "}", "[^1]", "\n", "\n\n", "# ", "- ", "> ", "| ", "|", "---",
     "<div>", "</div>", "<li>", "<!--", "-->", " ", "    ", "4,2 %", "2 210", "word", "é", "\x00"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_MARKDOWN_PIECES, st.text(max_size=5)), max_size=40).map("".join))
def test_markdown_reader_properties(text: str) -> None:
    """Never raises; text slices the document; every content span maps inside the text."""
    paragraphs = segment(text, "markdown")
    assert_offsets(text, paragraphs)
    for paragraph in paragraphs:
        length = len(paragraph.content)
        for start in range(length):
            for end in (start, start + 1, length):
                begin, stop = paragraph.text_span(start, end)
                assert 0 <= begin <= stop <= len(paragraph.text)
        for link in paragraph.links:
            assert 0 <= link.text_start < link.text_end <= length
        for spans in (paragraph.code, paragraph.emphasis):
            assert list(spans) == sorted(spans)
            assert all(0 <= start < end <= length for start, end in spans)
        assert (paragraph.ordered is None) or paragraph.kind in (ITEM, CHROME)


def test_a_code_span_over_two_lines_maps_its_line_end_as_a_space_of_its_own() -> None:
    """Found by the robustness property: the span's newline reads as a space, and
    every other piece of the mapping is text copied as is."""
    (paragraph,) = segment("0`\n0`", "markdown")
    assert paragraph.content == "0 0"
    assert paragraph.plain is not None
    assert paragraph.plain.pieces == ((0, 0, 1), (1, 2, 3), (2, 3, 4))
    assert paragraph.text_span(2, 3) == (3, 4)


# --------------------------------------------------------------------------- inline markup


@pytest.mark.parametrize(
    ("text", "code", "emphasis"),
    [
        ("Run `apt-get --help` now.", ["apt-get --help"], []),
        ("Some *words* and **bold** words.", [], ["words", "bold"]),
        ("A _strong **nested**_ pair.", [], ["strong nested", "nested"]),
        ("Inline <code>x = 1</code> and <em>HTML</em> too.", ["x = 1"], ["HTML"]),
        ("A `` code with ` tick `` span.", ["code with ` tick"], []),
        ("Not * emphasis * here, nor `` empty.", [], []),
        ("## A `--help` heading", ["--help"], []),
        ("- **Reading level**: write plainly", [], ["Reading level"]),
        ("<p>Some <b>bold</b> and <kbd>Ctrl</kbd></p>", ["Ctrl"], ["bold"]),
        # An inline tag left open runs to the end, as in a browser (the blog's byline).
        (
            "<b>Par&nbsp;: Sandra Duchesne<br>\nConseillère en communications",
            [],
            ["Par\u00a0: Sandra Duchesne\n\nConseillère en communications"],
        ),
    ],
)
def test_markdown_code_and_emphasis_spans(text: str, code: list[str], emphasis: list[str]) -> None:
    """Code spans and emphasis are kept as spans of the readable text, in order."""
    (paragraph,) = segment(text, "markdown")
    assert [paragraph.content[a:b] for a, b in paragraph.code] == code
    assert [paragraph.content[a:b] for a, b in paragraph.emphasis] == emphasis


def test_markdown_items_know_their_list() -> None:
    """An item says whether its list is numbered; nested lists and HTML lists too."""
    text = "1. first\n   - nested\n2. second\n\n- bullet\n\n<ol><li>html</li></ol>\n\nprose\n"
    assert [(p.content, p.ordered) for p in segment(text, "markdown")] == [
        ("first", True),
        ("nested", False),
        ("second", True),
        ("bullet", False),
        ("html", True),
        ("prose", None),
    ]
