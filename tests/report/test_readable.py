"""What the reports show of a paragraph, and the HTML report of a pair written in HTML."""

from __future__ import annotations

from dataclasses import replace

import pytest

from translint.model import Document, Paragraph, ParagraphKind, Report
from translint.read.segment import segment
from translint.report.readable import inline_markup, kind_label, readable_span

from .conftest import render_html
from .test_html import Node, by_class, marks_by_paragraph, parse
from .test_text import LINK_LINE, markdown_report

HTML = (
    '<p>Voir <a href="https://example.org/a">Aaron&nbsp;Snow</a> et <em>54,1&nbsp;%</em>.'
    "<br>Fin <b>gras</b></p>"
)


def html_paragraph() -> Paragraph:
    (paragraph,) = segment(f"<html><body>{HTML}</body></html>", "html")
    return paragraph


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Aaron&nbsp;Snow", "Aaron\u00a0Snow"),
        ("&nbsp;", "\u00a0"),
        ("nbsp", "\u00a0"),  # inside an atom: the whole atom
        ("<em>54,1&nbsp;%</em>", "54,1\u00a0%"),
        ('<a href="https://example.org/a">', ""),  # markup alone reads as nothing
        ("Fin <b>gras", "Fin gras"),
    ],
)
def test_a_span_as_written_maps_to_the_readable_text(written: str, read: str) -> None:
    paragraph = html_paragraph()
    start = paragraph.text.index(written)
    first, last = readable_span(paragraph, start, start + len(written))
    assert paragraph.content[first:last] == read


def test_a_plain_paragraph_span_skips_its_bullet() -> None:
    paragraph = Paragraph(0, "- Nam Hyun Cho", 0, 14, ParagraphKind.ITEM, content_start=2)
    assert paragraph.content == "Nam Hyun Cho"
    assert readable_span(paragraph, 6, 10) == (4, 8)  # "Hyun"
    assert readable_span(paragraph, 0, 14) == (0, 12)  # the bullet is not shown


def test_readable_span_undoes_text_span() -> None:
    paragraph = html_paragraph()
    content = paragraph.content
    for start in range(len(content)):
        for end in range(start + 1, len(content) + 1):
            first, last = readable_span(paragraph, *paragraph.text_span(start, end))
            assert first <= start and end <= last  # atoms stay whole, nothing is lost
            assert content[first:last].strip("\u00a0\n ") == content[start:end].strip("\u00a0\n ")


def test_links_and_emphasis_are_read_from_the_html_source() -> None:
    paragraph = html_paragraph()
    found = [(paragraph.content[i.start : i.end], i.tag, i.href) for i in inline_markup(paragraph)]
    assert found == [
        ("Aaron\u00a0Snow", "a", "https://example.org/a"),
        ("54,1\u00a0%", "em", None),
        ("gras", "strong", None),
    ]
    assert inline_markup(Paragraph(0, "a <b>b</b>", 0, 10)) == ()  # no PlainText: not HTML


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        (ParagraphKind.CHROME, "page chrome, not checked"),
        ("metadata", "metadata"),  # before ParagraphKind has the member, and after
        (ParagraphKind.TEXT, None),
        (ParagraphKind.HEADING, None),
    ],
)
def test_paragraphs_that_are_not_body_text_are_labelled(kind: str, label: str | None) -> None:
    assert kind_label(kind) == label


# --------------------------------------------------------------------------
# the HTML report of markup


MARKUP = ("<", ">", "&nbsp;", "&amp;", "href", "**", "](", "linkedin")


def paragraph_texts(tree: Node) -> list[str]:
    """Each paragraph's text as the page shows it, without its number and labels."""
    texts = []
    for para in tree.all(by_class("para")):
        kept = [
            c if isinstance(c, str) else c.text
            for c in para.children
            if isinstance(c, str) or not {"pno", "tag"} & set(c.classes)
        ]
        texts.append("".join(kept).strip())
    return texts


def test_an_html_pair_shows_text_not_markup(html_report: Report) -> None:
    tree = parse(render_html(html_report))
    texts = paragraph_texts(tree)
    assert len(texts) == 6
    assert not [(t, m) for t in texts for m in MARKUP if m in t]
    assert "The quantum budget of the association" in texts
    assert any("met Aaron\u00a0Snow in Montreal" in t for t in texts)


def test_an_html_pair_renders_links_and_emphasis(html_report: Report) -> None:
    tree = parse(render_html(html_report))
    links = [a for p in tree.all(by_class("para")) for a in p.all(lambda n: n.tag == "a")]
    assert [(a.text, a.attrs["href"], a.attrs["title"]) for a in links] == [
        ("Aaron\u00a0Snow", "https://www.linkedin.com/in/aaron-snow", url)
        for url in ["https://www.linkedin.com/in/aaron-snow"] * 2
    ]
    emphasis = [(n.tag, n.text) for n in tree.walk() if n.tag in {"em", "strong"}]
    assert ("strong", "quantum") in emphasis and ("strong", "quantique") in emphasis
    assert ("em", "annual") in emphasis and ("em", "annuel") in emphasis


def test_an_html_pair_highlights_the_readable_figure(html_report: Report) -> None:
    tree = parse(render_html(html_report))
    assert marks_by_paragraph(tree, "f1") == {
        ("source", 1): "54.1%",
        ("target", 1): "45,1\u00a0%",
    }


def test_a_paragraph_with_plain_text_shows_it() -> None:
    """A hand-built paragraph read as Markdown's will be: its content, the mark mapped into it."""
    tree = parse(render_html(markdown_report()))
    assert "Aaron Snow met QKBA in Montréal." in paragraph_texts(tree)
    assert not [m for m in ("**", "](", "linkedin") if m in "".join(paragraph_texts(tree))]
    assert marks_by_paragraph(tree, "f1")[("source", 1)] == "QKBA"
    assert "[Aaron" in LINK_LINE and "**QKBA**" in LINK_LINE  # as written, it held markup


def test_a_metadata_paragraph_is_labelled() -> None:
    report = markdown_report()
    source = report.source_document
    assert source is not None
    metadata = replace(source.paragraphs[0], kind="metadata")  # type: ignore[arg-type]
    document = Document(source.path, source.text, (metadata, *source.paragraphs[1:]), "markdown")
    tree = parse(render_html(replace(report, source_document=document)))
    (para,) = [p for p in tree.all(by_class("para")) if p.attrs.get("id") == "s0"]
    assert "kind-metadata" in para.classes
    assert [t.text for t in para.all(by_class("tag"))] == ["metadata"]


def test_a_link_to_a_script_is_not_rendered_as_a_link(html_report: Report) -> None:
    target = html_report.target_document
    assert target is not None
    text = target.text.replace("https://www.linkedin.com/in/aaron-snow", "javascript:alert(1)")
    document = Document(target.path, text, segment(text, "html"), "html", target.lang)
    page = render_html(replace(html_report, target_document=document))
    assert "javascript:" not in page
    tree = parse(page)
    links = {
        side: [a.attrs["href"] for a in tree.all(lambda n: n.tag == "a") if a.up(by_class(side))]
        for side in ("source", "target")
    }
    assert links == {"source": ["https://www.linkedin.com/in/aaron-snow"], "target": []}
    assert any("Aaron\u00a0Snow à Montréal" in t for t in paragraph_texts(tree))
