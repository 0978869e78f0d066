"""Any input, however broken, is read or refused in one line; never a crash or a hang.

Property tests feed arbitrary text, markup and bytes to every reader (text,
Markdown, HTML, DOCX) and to the whole check through the command line. They
run a modest number of examples by default; ``TRANSLINT_HYPOTHESIS=thorough``
runs 10,000 examples per property, whole checks included:

    TRANSLINT_HYPOTHESIS=thorough python -m pytest -q tests/test_robustness.py

The whole check loads the spaCy pipelines and the sentence encoder once per
process, then each example costs from a millisecond (refused) to a few
hundred (checked): by default its examples are few and small.
"""

from __future__ import annotations

import html
import io
import json
import os
import re
import unicodedata
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translint.errors import TranslintError
from translint.model import Document
from translint.read import read_document
from translint.read.segment import segment

from .conftest import SEED, SEED_EN, run_cli

THOROUGH = os.environ.get("TRANSLINT_HYPOTHESIS", "").lower() == "thorough"
_QUIET = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]
settings.register_profile(
    "translint-readers", max_examples=150, deadline=None, suppress_health_check=_QUIET
)
settings.register_profile(
    "translint-readers-thorough", max_examples=10_000, deadline=None, suppress_health_check=_QUIET
)
settings.register_profile(
    "translint-cli", max_examples=6, deadline=None, suppress_health_check=_QUIET
)
settings.register_profile(
    "translint-cli-thorough", max_examples=10_000, deadline=None, suppress_health_check=_QUIET
)
READERS = settings.get_profile("translint-readers-thorough" if THOROUGH else "translint-readers")
WHOLE_CHECK = settings.get_profile("translint-cli-thorough" if THOROUGH else "translint-cli")


# --------------------------------------------------------------------------- invariants


def assert_document(document: Document, decoded: bool = True) -> None:
    """What every reader promises: paragraphs slice the text, in order, without overlap.

    ``decoded``: the text went through decoding (NFC, no carriage return).
    """
    text = document.text
    if decoded:
        assert text.strip() and "\r" not in text
        if document.format != "docx":
            assert unicodedata.is_normalized("NFC", text)
    previous_end = 0
    for index, p in enumerate(document.paragraphs):
        assert p.index == index
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start : p.end] == p.text
        assert p.text == p.text.strip()
        assert p.start >= previous_end
        previous_end = p.end
        assert 0 <= p.content_start < len(p.text)
        content = p.content
        assert content.strip()
        begin, end = p.text_span(0, len(content))
        assert 0 <= begin <= end <= len(p.text)
        if p.plain is not None:
            for offset, start, stop in p.plain.pieces:
                assert 0 <= offset < len(content) and 0 <= start < stop <= len(p.text)
            # A linear piece is text copied as is.
            pieces = p.plain.pieces
            for i, (offset, start, stop) in enumerate(pieces):
                following = pieces[i + 1][0] if i + 1 < len(pieces) else len(content)
                if stop - start == following - offset:
                    copied = p.text[start:stop]
                    assert content[offset:following] in (copied, " " * len(copied))


def read_or_refuse(path: Path) -> Document | None:
    """Read ``path``; a refusal must be one line naming the file. The file is never changed."""
    before = path.read_bytes()
    try:
        document = read_document(path)
    except TranslintError as error:
        message = str(error)
        assert message.startswith(f"{path}: ") and "\n" not in message
        document = None
    else:
        assert_document(document)
    assert path.read_bytes() == before
    return document


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("robustness")


# --------------------------------------------------------------------------- strategies

TEXT = st.text(max_size=400)
WORDS = st.sampled_from(
    ["Le", "Québec", "the", "Korea", "54,1 %", "54.1%", "198,1 G$", "et", "of", "œuvre",
     "\u00a0", " ", "\n", "\t", "•", "-", "l’", "QKBA", "2025", "…", "Top of page"]
)  # fmt: skip
PROSE = st.lists(WORDS, max_size=40).map(" ".join)

TAGS = ["p", "div", "span", "b", "a", "li", "ul", "ol", "td", "th", "tr", "table", "h1", "h2",
        "h6", "main", "article", "header", "footer", "nav", "aside", "form", "script", "style",
        "pre", "figure", "figcaption", "caption", "blockquote", "dl", "dt", "dd", "br", "img",
        "button", "body", "html", "head", "title", "template", "noscript", "o:p", "svg",
        "textarea", "plaintext"]  # fmt: skip
ATTRIBUTES = st.sampled_from(
    ["", ' class="share"', " class='site-header'", ' id="mainNav"', " role=main",
     ' role="navigation"', " hidden", ' style="display:none"', ' title="a > b"', ' data-x="',
     " a='", " =", ' href="https://example.org/?a=1&amp;b=2"']
)  # fmt: skip
MARKUP_TOKENS = st.one_of(
    st.builds(lambda t, a: f"<{t}{a}>", st.sampled_from(TAGS), ATTRIBUTES),
    st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS)),
    st.sampled_from(
        [
            "<!DOCTYPE html>",
            "<!-- c -->",
            "<!--",
            "-->",
            "<!",
            "<?xml?>",
            "</",
            "</>",
            "<",
            ">",
            "&",
            "&amp;",
            "&nbsp;",
            "&eacute",
            "&#233;",
            "&#x1F600;",
            "&#99999999999;",
            "&#x;",
            "&bogus;",
            "<br/>",
            "<p/>",
            "<![CDATA[x]]>",
            '"',
            "'",
            "=",
            "\r\n",
        ]
    ),
    PROSE,
    st.text(max_size=20),
)
HTML_PAGES = st.lists(MARKUP_TOKENS, max_size=60).map("".join)
MARKDOWN_TOKENS = st.one_of(
    st.sampled_from(
        [
            "# ",
            "## ",
            "\n",
            "\n\n",
            "- ",
            "* ",
            "1. ",
            "> ",
            "| a | b |\n|---|---|\n",
            "```",
            "~~~",
            "    ",
            "![alt](img.png)",
            "[link](url)",
            "**",
            "_",
            "`",
            "---\n",
            "<div>",
            "</div>",
            "<!-- x -->",
            "\\",
            "***\n",
            "+ ",
            "1) ",
            "[",
            "]",
            "(",
            ")",
            "!",
        ]
    ),
    PROSE,
    st.text(max_size=20),
)
MARKDOWN = st.lists(MARKDOWN_TOKENS, max_size=60).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])


def encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


# --------------------------------------------------------------------------- readers


@READERS
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".md", ".html", ".docx"]))
def test_any_bytes_are_read_or_refused(folder: Path, data: bytes, suffix: str) -> None:
    path = folder / f"bytes.fr{suffix}"
    path.write_bytes(data)
    read_or_refuse(path)


@READERS
@given(text=st.one_of(TEXT, PROSE), encoding=ENCODINGS, suffix=st.sampled_from([".txt", ".md"]))
def test_any_text_is_read_or_refused(folder: Path, text: str, encoding: str, suffix: str) -> None:
    path = folder / f"text{suffix}"
    path.write_bytes(encoded(text, encoding))
    document = read_or_refuse(path)
    # UTF-8 and UTF-16 with a BOM say what they are; other bytes may read otherwise.
    if document is not None and encoding in ("utf-8", "utf-8-sig", "utf-16"):
        expected = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
        assert document.text == expected.removeprefix("\ufeff")


@READERS
@given(page=HTML_PAGES, encoding=ENCODINGS, charset=st.sampled_from(["", "utf-8", "iso-8859-1"]))
def test_any_markup_is_read_as_html_or_refused(
    folder: Path, page: str, encoding: str, charset: str
) -> None:
    if charset:
        page = f'<meta charset="{charset}">{page}'
    path = folder / "page.html"
    path.write_bytes(encoded(page, encoding))
    read_or_refuse(path)


@READERS
@given(page=st.one_of(HTML_PAGES, TEXT))
def test_html_segmentation_holds_its_invariants(page: str) -> None:
    paragraphs = segment(page, "html")
    assert_document(Document("page.html", page, paragraphs, "html"), decoded=False)
    # Text without markup reads as itself, runs of spaces and line breaks as one space.
    for p in paragraphs:
        if "<" not in p.text and "&" not in p.text:
            assert p.content == re.sub(r"[ \t\n\r\f]+", " ", p.text)


@READERS
@given(text=st.one_of(MARKDOWN, TEXT))
def test_markdown_segmentation_holds_its_invariants(folder: Path, text: str) -> None:
    path = folder / "article.md"
    path.write_text(text, encoding="utf-8", newline="")
    read_or_refuse(path)


XML_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from(["\n", "\t", " "]),
    max_size=80,
)
STYLES = st.sampled_from(
    ["Normal", "Title", "Heading 1", "Heading 2", "Heading 9", "List Bullet", "List Number",
     "Caption", "Quote"]
)  # fmt: skip


@READERS
@given(
    blocks=st.lists(
        st.one_of(
            st.tuples(st.just("p"), XML_TEXT, STYLES),
            st.tuples(st.just("table"), st.lists(XML_TEXT, min_size=1, max_size=4), st.just("")),
        ),
        max_size=12,
    )
)
def test_word_documents_are_read_in_order(folder: Path, blocks: list) -> None:
    document = docx.Document()
    expected: list[str] = []
    for kind, content, style in blocks:
        if kind == "p":
            document.add_paragraph(content, style=style)
            expected.append(content)
        else:
            table = document.add_table(rows=1, cols=len(content))
            for cell, value in zip(table.rows[0].cells, content, strict=True):
                cell.text = value
                expected.append(value)
    buffer = io.BytesIO()
    document.save(buffer)
    path = folder / "article.docx"
    path.write_bytes(buffer.getvalue())
    read = read_or_refuse(path)
    words = [" ".join(unicodedata.normalize("NFC", e).split()) for e in expected]
    words = [w for w in words if w]
    if read is None:
        assert not words  # only an empty document is refused
        return
    assert [" ".join(p.text.split()) for p in read.paragraphs] == words


# --------------------------------------------------------------------------- the whole check

PAIR_TEXTS = st.one_of(
    PROSE.map(lambda t: t + "\n"),
    st.lists(PROSE, min_size=1, max_size=6).map("\n\n".join),
    HTML_PAGES,
    st.binary(max_size=80).map(lambda b: b.decode("latin-1")),
)


@WHOLE_CHECK
@given(
    source=st.one_of(PAIR_TEXTS, st.just(SEED_EN.read_text(encoding="utf-8"))),
    target=PAIR_TEXTS,
    suffixes=st.tuples(
        st.sampled_from([".txt", ".md", ".html"]), st.sampled_from([".txt", ".md", ".html"])
    ),
    extra=st.sampled_from(
        [[], ["--source-lang", "en", "--target-lang", "fr"], ["--format", "json"]]
    ),
)
def test_the_whole_check_exits_0_1_or_2_with_one_line(
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    source: str,
    target: str,
    suffixes: tuple[str, str],
    extra: list[str],
) -> None:
    source_path = folder / f"pair.en{suffixes[0]}"
    target_path = folder / f"pair.fr{suffixes[1]}"
    source_path.write_text(source, encoding="utf-8", newline="")
    target_path.write_text(target, encoding="utf-8", newline="")
    before = (source_path.read_bytes(), target_path.read_bytes())
    args = ["check", str(source_path), str(target_path), "--no-cache", *extra]
    capsys.readouterr()
    code, _, err = run_cli(args, capsys)
    assert code in (0, 1, 2)
    assert "Traceback" not in err
    if code == 2:
        assert len(err.strip().splitlines()) == 1, err
    assert (source_path.read_bytes(), target_path.read_bytes()) == before


def test_the_whole_check_reads_an_html_and_a_word_pair(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The seed pair as a CMS page and as a Word document: the same findings as in text."""

    def page(lang: str) -> str:
        lines = (SEED / f"qkba-2025.{lang}.txt").read_text(encoding="utf-8").splitlines()
        body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines if line.strip())
        return (
            "<!DOCTYPE html><html><head><title>x</title><script>var a = '<p>x</p>';</script>"
            "</head><body><header class='site-header'><nav><a>Home</a></nav></header>"
            f"<main><article>{body}</article></main><footer><p>© 2025</p></footer></body></html>"
        )

    def word(lang: str) -> bytes:
        document = docx.Document()
        for line in (SEED / f"qkba-2025.{lang}.txt").read_text(encoding="utf-8").splitlines():
            document.add_paragraph(line.strip())
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    summaries = []
    for suffix in (".txt", ".html", ".docx"):
        for lang in ("en", "fr"):
            path = folder / f"seed.{lang}{suffix}"
            if suffix == ".txt":
                path.write_bytes((SEED / f"qkba-2025.{lang}.txt").read_bytes())
            elif suffix == ".html":
                path.write_text(page(lang), encoding="utf-8")
            else:
                path.write_bytes(word(lang))
        capsys.readouterr()
        code, out, _ = run_cli(
            ["check", str(folder / f"seed.en{suffix}"), str(folder / f"seed.fr{suffix}"),
             "--no-cache", "--format", "json"], capsys)  # fmt: skip
        assert code == 1
        report = json.loads(out)
        summaries.append((report["summary"], report["source"]["paragraphs"]))
    assert summaries[0] == summaries[1] == summaries[2]


# --------------------------------------------------------------------------- big inputs

FIVE_MB = 5 * 1024 * 1024


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@pytest.mark.parametrize(
    "unit",
    [
        "Le Québec et la Corée ont signé un protocole d’entente à Montréal. ",
        "12,345.67;8/9-10:11% (3.14) [2025] ",
    ],
    ids=["prose", "digits"],
)
def test_a_five_megabyte_line_is_one_paragraph(folder: Path, suffix: str, unit: str) -> None:
    """Reading and segmenting are linear: no regex backtracking over the whole line."""
    text = unit * (FIVE_MB // len(unit.encode()) + 1)
    path = folder / f"big{suffix}"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    assert len(document.text) == len(text)
    assert len(document.paragraphs) == 1
    assert document.paragraphs[0].text == text.strip()
    assert document.paragraphs[0].content == text.strip()


@pytest.mark.parametrize(
    "unit", ["<a", "<a b=", '<a b="', "<!--", "</", "<", "&", "&x", "<div>", "<p>x"]
)
def test_malformed_markup_is_read_in_linear_time(unit: str) -> None:
    """Half a megabyte of each construct that made a parser rescan to the end (quadratic)."""
    page = unit * (512 * 1024 // len(unit))
    paragraphs = segment(page, "html")
    assert_document(Document("page.html", page, paragraphs, "html"), decoded=False)
