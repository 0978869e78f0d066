"""HTML pages: main content, chrome left out, source slices and their readable text."""

from __future__ import annotations

import pytest

from translint.analysis.figures import figures_of_paragraph
from translint.model import Paragraph, ParagraphKind, PlainText
from translint.read.html import looks_like_html, meta_charset
from translint.read.segment import segment

from ..conftest import CAPTION, CELL, CHROME, HEAD, ITEM, TEXT

CMS_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Le Québec et la Corée | Blogue</title>
  <style>.share { display: flex } p::after { content: "<p>" }</style>
  <script>window.dataLayer = ["<p>pas du texte</p>"];</script>
</head>
<body class="has-sidebar">
  <a class="skip-link" href="#content">Aller au contenu</a>
  <div id="cookie-banner"><p>Nous utilisons des témoins.</p><button>Accepter</button></div>
  <header class="site-header">
    <a href="/"><img src="logo.png" alt="Blogue"></a>
    <nav class="main-navigation"><ul><li><a href="/">Accueil</a></li><li><a href="/a">À propos</a></li></ul></nav>
  </header>
  <div class="breadcrumbs"><a href="/">Accueil</a> › Actualités</div>
  <main id="content">
    <article>
      <header class="entry-header">
        <h1 class="entry-title">Le Québec et la Corée</h1>
        <p class="byline">Par <a href="/auteur">Nam Hyun Cho</a> — 7&nbsp;septembre</p>
      </header>
      <div class="share-buttons"><a href="#">Partager</a> <a href="#">LinkedIn</a></div>
      <h2>La vision <em>quantique</em></h2>
      <p>L’investissement a augmenté de <strong>54,1&nbsp;%</strong>,
         pour atteindre 198,1&nbsp;milliards de KRW&nbsp;&amp; plus.<br>Suite du texte.</p>
      <!-- <p>Un paragraphe en commentaire</p> -->
      <ul>
        <li>Informatique quantique
        <li>Communication <ul><li>sous-élément</li></ul>
      </ul>
      <figure><img src="a.jpg" alt="Signature"><figcaption>La signature du protocole</figcaption></figure>
      <table>
        <caption>Financement</caption>
        <tr><th>Année<th>Montant
        <tr><td>2025<td>198,1&nbsp;G$
      </table>
      <blockquote><p>Une citation.</p></blockquote>
      <p>&nbsp;</p>
      <p>Haut de page</p>
      <footer class="entry-footer">Publié dans Actualités</footer>
    </article>
  </main>
  <aside id="sidebar"><h2>Articles récents</h2><p>Autre article</p></aside>
  <footer id="colophon"><p>© 2025 Blogue</p></footer>
  <script>document.write("<p>Non</p>")</script>
</body>
</html>
"""


def paragraphs_of(page: str) -> tuple[Paragraph, ...]:
    paragraphs = segment(page, "html")
    for index, p in enumerate(paragraphs):
        assert p.index == index
        assert page[p.start : p.end] == p.text and p.text == p.text.strip()
        assert p.plain is not None and p.content == p.plain.text
    return paragraphs


def kinds(page: str) -> list[tuple[ParagraphKind, str]]:
    return [(p.kind, p.content) for p in paragraphs_of(page)]


def test_cms_page_main_content_only() -> None:
    paragraphs = paragraphs_of(CMS_PAGE)
    assert [(p.kind, p.level, p.content) for p in paragraphs] == [
        (HEAD, 1, "Le Québec et la Corée"),
        (TEXT, None, "Par Nam Hyun Cho — 7\u00a0septembre"),
        (HEAD, 2, "La vision quantique"),
        (
            TEXT,
            None,
            "L’investissement a augmenté de 54,1\u00a0%, pour atteindre 198,1\u00a0milliards "
            "de KRW\u00a0& plus.\nSuite du texte.",
        ),
        (ITEM, None, "Informatique quantique"),
        (ITEM, None, "Communication"),
        (ITEM, None, "sous-élément"),
        (CAPTION, None, "La signature du protocole"),
        (CAPTION, None, "Financement"),
        (CELL, None, "Année"),
        (CELL, None, "Montant"),
        (CELL, None, "2025"),
        (CELL, None, "198,1\u00a0G$"),
        (TEXT, None, "Une citation."),
        (CHROME, None, "Haut de page"),
    ]


def test_text_is_the_source_slice_with_inline_markup() -> None:
    paragraphs = paragraphs_of(CMS_PAGE)
    assert paragraphs[2].text == "La vision <em>quantique</em>"
    assert paragraphs[3].text.startswith(
        "L’investissement a augmenté de <strong>54,1&nbsp;%</strong>,"
    )
    assert paragraphs[3].text.endswith("&amp; plus.<br>Suite du texte.")
    assert paragraphs[1].text == 'Par <a href="/auteur">Nam Hyun Cho</a> — 7&nbsp;septembre'


def test_spans_of_the_readable_text_map_back_to_the_source() -> None:
    paragraph = paragraphs_of(CMS_PAGE)[3]
    content = paragraph.content
    for word in ("54,1\u00a0%", "198,1\u00a0milliards", "KRW\u00a0& plus", "Suite du texte"):
        start = content.index(word)
        begin, end = paragraph.text_span(start, start + len(word))
        assert (
            paragraph.text[begin:end]
            == {
                "54,1\u00a0%": "54,1&nbsp;%",
                "198,1\u00a0milliards": "198,1&nbsp;milliards",
                "KRW\u00a0& plus": "KRW&nbsp;&amp; plus",
                "Suite du texte": "Suite du texte",
            }[word]
        )


def test_figures_of_an_html_paragraph_point_into_its_source() -> None:
    paragraph = paragraphs_of(CMS_PAGE)[3]
    figures = figures_of_paragraph(paragraph, "fr")
    assert [(f.text, paragraph.text[f.start : f.end]) for f in figures] == [
        ("54,1\u00a0%", "54,1&nbsp;%"),
        ("198,1\u00a0milliards de KRW", "198,1&nbsp;milliards de KRW"),
    ]


@pytest.mark.parametrize(
    ("content", "start", "end", "expected"),
    [
        # "a&amp;b  c": pieces "a" (linear), "&amp;" -> "&" (atom), "b" (linear),
        # "  " -> " " (atom), "c" (linear).
        ("a&b c", 0, 1, (0, 1)),
        ("a&b c", 1, 2, (1, 6)),
        ("a&b c", 0, 3, (0, 7)),
        ("a&b c", 3, 4, (7, 9)),
        ("a&b c", 4, 5, (9, 10)),
        ("a&b c", 2, 2, (6, 6)),
        ("a&b c", 0, 5, (0, 10)),
    ],
)
def test_plain_text_span(content: str, start: int, end: int, expected: tuple[int, int]) -> None:
    plain = PlainText(content, ((0, 0, 1), (1, 1, 6), (2, 6, 7), (3, 7, 9), (4, 9, 10)))
    assert plain.span(start, end) == expected
    paragraph = Paragraph(0, "a&amp;b  c", 0, 10, plain=plain)
    assert paragraph.content == content
    assert paragraph.text_span(start, end) == expected


def test_text_span_without_plain_text_skips_the_bullet() -> None:
    paragraph = Paragraph(0, "• item 12", 0, 9, ParagraphKind.ITEM, content_start=2)
    assert paragraph.content == "item 12"
    assert paragraph.text_span(5, 7) == (7, 9)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # Main content: <main> first, then role=main, then the longest <article>, then <body>.
        (
            "<body><p>Hors</p><main><p>Dedans</p></main><article><p>Article</p></article></body>",
            [(TEXT, "Dedans")],
        ),
        ('<body><p>Hors</p><div role="main"><p>Dedans</p></div></body>', [(TEXT, "Dedans")]),
        (
            "<body><article><p>Court</p></article><article><p>Le plus long</p></article></body>",
            [(TEXT, "Le plus long")],
        ),
        ("<p>Sans body</p>", [(TEXT, "Sans body")]),
        # Chrome, by element, role, state and class or id.
        (
            "<body><header><p>Logo</p></header><nav>Menu</nav><p>Texte</p><aside>À lire</aside>"
            "<form><p>Recherche</p></form><footer>Pied</footer></body>",
            [(TEXT, "Texte")],
        ),
        (
            '<body><div role="navigation">Menu</div><div role="contentinfo">Pied</div>'
            "<div hidden>Caché</div><div aria-hidden=true>Caché</div>"
            '<div style="display: none">Caché</div><p>Texte</p></body>',
            [(TEXT, "Texte")],
        ),
        (
            '<body><div class="social-links">X</div><div id="mainNav">Y</div>'
            '<div class="cookie_notice">Z</div><ol class="breadcrumb"><li>A</li></ol>'
            '<div class="sidebar-widget">W</div><div class="menu-primary">M</div>'
            '<div class="navigation-row">N</div><p>Texte</p></body>',
            [(TEXT, "Texte")],
        ),
        # Words, not substrings: "unavailable" holds "nav", "shared" is not "share".
        (
            '<body><p class="unavailable">Un</p><p class="shared-note">Deux</p></body>',
            [(TEXT, "Un"), (TEXT, "Deux")],
        ),
        # A header inside the article holds its title; outside a main or article it is chrome.
        (
            "<article><header><h1>Titre</h1></header><p>Texte</p></article>",
            [(HEAD, "Titre"), (TEXT, "Texte")],
        ),
        ("<body><header><p>Bannière</p></header><h1>Titre</h1></body>", [(HEAD, "Titre")]),
        # A page-wide form or chrome-named wrapper that holds the h1 is read.
        (
            '<body><form id="aspnetForm"><h1>Titre</h1><p>Texte</p></form></body>',
            [(HEAD, "Titre"), (TEXT, "Texte")],
        ),
        (
            '<body><div class="layout-with-sidebar"><h1>Titre</h1><p>Texte</p>'
            '<div class="sidebar">Autre</div></div></body>',
            [(HEAD, "Titre"), (TEXT, "Texte")],
        ),
        # Skipped inline elements read as nothing; scripts and comments too.
        (
            "<p>Avant <button>Partager</button><script>var a = '</p>';</script>"
            "<!-- <b>non</b> --> après <img src=x alt=image></p>",
            [(TEXT, "Avant après")],
        ),
        ("<pre>code 1 2 3</pre><p>Texte</p>", [(TEXT, "Texte")]),
        ("<p><!-- commentaire non fermé <p>Non", []),
    ],
)
def test_main_content_and_chrome(page: str, expected: list[tuple[ParagraphKind, str]]) -> None:
    assert kinds(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # Implied ends, as browsers close them.
        ("<p>un<p>deux<div>trois</div>", [(TEXT, "un"), (TEXT, "deux"), (TEXT, "trois")]),
        ("<ul><li>un<li>deux</ul><p>après", [(ITEM, "un"), (ITEM, "deux"), (TEXT, "après")]),
        ("<dl><dt>Terme<dd>Définition</dl>", [(ITEM, "Terme"), (ITEM, "Définition")]),
        (
            "<table><tr><td>a<td>b<tr><td>c</table>",
            [(CELL, "a"), (CELL, "b"), (CELL, "c")],
        ),
        ("<h2>Titre<h3>Sous-titre</h3>", [(HEAD, "Titre"), (HEAD, "Sous-titre")]),
        ("<p>Un <b>gras <i>italique</p><p>suite", [(TEXT, "Un gras italique"), (TEXT, "suite")]),
        # Stray end tags are ignored; an inline end tag never closes a block.
        ("<p>a</b></span>b</p></div><p>c", [(TEXT, "ab"), (TEXT, "c")]),
        # A list item's own text and the blocks inside it.
        (
            "<li>Intro<p>Premier</p>entre<ul><li>imbriqué</li></ul>fin</li>",
            [
                (ITEM, "Intro"),
                (ITEM, "Premier"),
                (ITEM, "entre"),
                (ITEM, "imbriqué"),
                (ITEM, "fin"),
            ],
        ),
        ("<td><p>Un</p><p>Deux</p></td>", [(CELL, "Un"), (CELL, "Deux")]),
        ("<blockquote>Cité <p>et suite</p></blockquote>", [(TEXT, "Cité"), (TEXT, "et suite")]),
        # Entities, with and without semicolons; unknown ones stay as written.
        (
            "<p>Caf&eacute; &amp; th&#233; &#xE9;t&eacute &foo; &#0; &lt;b&gt;</p>",
            [(TEXT, "Café & thé été &foo; \ufffd <b>")],
        ),
        ("<p>  a \n\t b  </p>", [(TEXT, "a b")]),
        ("<p>a<br>b<br/>c</p>", [(TEXT, "a\nb\nc")]),
        ("<p>&nbsp;</p><p><img src=x alt=y></p><p> </p>", []),
        # Attributes with ">" and quotes do not end the tag early.
        ("<p title='a > b' data-x=\"c>d\">Texte</p>", [(TEXT, "Texte")]),
        # Unterminated tags, comments and raw text run to the end of the page.
        ("<p>a <b class='x", [(TEXT, "a")]),
        ("<p>a</p><script>var x = '<p>b</p>'", [(TEXT, "a")]),
        ("<p>a < b and c<d</p>", [(TEXT, "a < b and c")]),
        ("<p>1 <3 and 5 > 4</p>", [(TEXT, "1 <3 and 5 > 4")]),
        # Element names from Word's HTML export are inline; unknown ones too.
        ("<p class=MsoNormal>Texte<o:p></o:p></p>", [(TEXT, "Texte")]),
        # Chrome phrases of either language are recognised as in plain text.
        (
            "<p>Top of page</p><p>LinkedIn</p><p>Texte</p>",
            [(CHROME, "Top of page"), (CHROME, "LinkedIn"), (TEXT, "Texte")],
        ),
    ],
)
def test_html_cases(page: str, expected: list[tuple[ParagraphKind, str]]) -> None:
    assert kinds(page) == expected


def test_heading_levels() -> None:
    page = "<h1>A</h1><h2>B</h2><h6>C</h6><h3><span>D</span></h3>"
    assert [(p.kind, p.level) for p in paragraphs_of(page)] == [
        (HEAD, 1),
        (HEAD, 2),
        (HEAD, 6),
        (HEAD, 3),
    ]


@pytest.mark.parametrize(
    ("page", "code", "emphasis"),
    [
        ("<p>Type <code>ls -l</code> or <kbd>Ctrl</kbd>.</p>", ["ls -l", "Ctrl"], []),
        (
            "<p>Some <em>words</em>, <strong>bold <i>both</i></strong>.</p>",
            [],
            ["words", "bold both", "both"],
        ),
        ("<p>A <b> </b> blank and <code></code> empty.</p>", [], []),
        ("<h2>The <code>--help</code> option</h2>", ["--help"], []),
    ],
)
def test_code_and_emphasis_spans(page: str, code: list[str], emphasis: list[str]) -> None:
    """Code and emphasis elements are kept as spans of the readable text, in order."""
    (paragraph,) = paragraphs_of(page)
    assert [paragraph.content[a:b] for a, b in paragraph.code] == code
    assert [paragraph.content[a:b] for a, b in paragraph.emphasis] == emphasis


def test_items_know_their_list() -> None:
    page = "<ol><li>one<ul><li>nested</li></ul></li></ol><ul><li><p>bullet</p></li></ul><p>x y</p>"
    assert [(p.content, p.ordered) for p in paragraphs_of(page)] == [
        ("one", True),
        ("nested", False),
        ("bullet", False),
        ("x y", None),
    ]


def test_deep_nesting_is_flattened_not_a_recursion_error() -> None:
    page = "<div>" * 5000 + "<p>Profond</p>" + "</div>" * 5000 + "<p>Après</p>"
    assert kinds(page) == [(TEXT, "Profond"), (TEXT, "Après")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body>x", True),
        ("\ufeff  <!doctype HTML>\n<html>", True),
        ("<html lang='fr'>", True),
        (
            '<?xml version="1.0"?>\n<!-- saved -->\n<html xmlns="http://www.w3.org/1999/xhtml">',
            True,
        ),
        ("<p>Just a paragraph</p>", False),
        ("Le texte <html> plus loin", False),
        ("<htmlx>", False),
        ("", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'<html><head><meta charset="windows-1252">', "windows-1252"),
        (b"<meta charset=UTF-8>", "utf-8"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
            "iso-8859-1",
        ),
        (b"<html><head><title>x</title></head>", None),
        (b" " * 5000 + b'<meta charset="utf-8">', None),  # past the first 4 KB
    ],
)
def test_meta_charset(data: bytes, expected: str | None) -> None:
    assert meta_charset(data) == expected
