"""The HTML report, read back as a browser reads it: parsed, and rendered by headless Chromium."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

import translint
from translint.model import (
    AlignmentGroup,
    Document,
    DocumentInfo,
    Finding,
    Location,
    Move,
    Report,
    Severity,
)
from translint.read.segment import segment

from ..conftest import SEED_EN, SEED_FR, run_cli
from .conftest import render_html

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH")


class Node:
    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def walk(self) -> Iterator[Node]:
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.walk()

    def all(self, test: Callable[[Node], bool]) -> list[Node]:
        return [node for node in self.walk() if test(node)]

    def up(self, test: Callable[[Node], bool]) -> Node | None:
        node = self.parent
        while node is not None and not test(node):
            node = node.parent
        return node


class TreeBuilder(HTMLParser):
    """A strict tree: an end tag that does not close the open element is an error."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.open = self.root
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.open)
        self.open.children.append(node)
        if tag not in VOID:
            self.open = node

    def handle_endtag(self, tag: str) -> None:
        if tag != self.open.tag:
            self.errors.append(f"</{tag}> closes <{self.open.tag}>")
            return
        assert self.open.parent is not None
        self.open = self.open.parent

    def handle_data(self, data: str) -> None:
        self.open.children.append(data)


def parse(page: str) -> Node:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.errors == [] and builder.open is builder.root, builder.errors
    return builder.root


def by_class(name: str) -> Callable[[Node], bool]:
    return lambda node: name in node.classes


def paragraph_number(paragraph: Node) -> int:
    label = next(n for n in paragraph.all(by_class("pno")))
    found = re.fullmatch(r"¶(\d+)", label.text)
    assert found, label.text
    return int(found[1])


def side_of(node: Node) -> str:
    column = node.up(by_class("side"))
    assert column is not None
    return "source" if "source" in column.classes else "target"


def marks_by_paragraph(tree: Node, finding_id: str) -> dict[tuple[str, int], str]:
    """The text each paragraph highlights for one finding, keyed by (side, paragraph)."""
    found: dict[tuple[str, int], str] = {}
    for mark in tree.all(lambda n: n.tag == "mark"):
        if finding_id in mark.attrs.get("data-f", "").split():
            paragraph = mark.up(by_class("para"))
            assert paragraph is not None
            key = (side_of(paragraph), paragraph_number(paragraph))
            found[key] = found.get(key, "") + mark.text
    return found


@pytest.fixture(scope="module")
def tree(page: str) -> Node:
    return parse(page)


# --------------------------------------------------------------------------
# structure


def test_the_cli_writes_the_same_page(report: Report, page: str, capsys) -> None:
    status, out, err = run_cli(["check", str(SEED_EN), str(SEED_FR), "--format", "html"], capsys)
    assert status == 1 and err == ""
    assert out == page  # a second, independent run: nothing in the page varies


def test_every_finding_is_listed_and_shown_in_its_row(report: Report, tree: Node) -> None:
    ids = {node.attrs["id"] for node in tree.walk() if "id" in node.attrs}
    items = tree.all(lambda n: n.tag == "li" and n.parent is not None and n.parent.tag == "ol")
    assert len(report.findings) == 11 and len(items) == len(report.findings)
    for finding, item in zip(report.findings, items, strict=True):
        assert finding.message in item.text and finding.rule in item.text
        (link,) = item.all(lambda n: n.tag == "a")
        target = link.attrs["href"].removeprefix("#")
        assert target in ids
        (note,) = tree.all(lambda n, t=target: n.attrs.get("id") == t)
        assert note.attrs["data-rule"] == finding.rule
        assert note.attrs["data-severity"] == finding.severity.value
        assert finding.message in note.text
        row = note.up(by_class("row"))
        assert row is not None and target in row.attrs["data-f"].split()


def test_highlights_hold_exactly_the_flagged_text_on_both_sides(report: Report, tree: Node) -> None:
    items = tree.all(lambda n: n.tag == "li" and n.parent is not None and n.parent.tag == "ol")
    both_sides = 0
    for finding, item in zip(report.findings, items, strict=True):
        finding_id = item.all(lambda n: n.tag == "a")[0].attrs["href"][1:]
        expected = {
            (side, location.paragraph): location.text
            for side in ("source", "target")
            for location in [getattr(finding, side)]
            if location is not None
        }
        assert marks_by_paragraph(tree, finding_id) == expected
        both_sides += len(expected) == 2
    assert both_sides == 1  # QKBA / AAQC is highlighted in both texts
    titles = [m.attrs["title"] for m in tree.all(lambda n: n.tag == "mark")]
    assert all(any(f.message in title for f in report.findings) for title in titles)


def test_one_row_per_alignment_group_in_order(report: Report, tree: Node) -> None:
    rows = tree.all(by_class("row"))
    assert len(rows) == len(report.alignment)
    for row, group in zip(rows, report.alignment, strict=True):
        for side in ("source", "target"):
            paragraphs = [
                paragraph_number(p) for p in row.all(by_class("para")) if side_of(p) == side
            ]
            assert paragraphs == list(getattr(group, side))
        head = row.all(by_class("rowhead"))[0].text
        if group.score is not None:
            assert f"{group.score:.2f}" in head


def test_summary_names_both_files_and_counts(report: Report, tree: Node) -> None:
    (files,) = tree.all(by_class("files"))
    assert "36 paragraphs" in files.text and "40 paragraphs" in files.text
    assert "English" in files.text and "French" in files.text
    assert SEED_FR.name in files.text
    counts = tree.all(by_class("counts"))[0].text
    assert "3 errors" in counts and "6 warnings" in counts and "2 info" in counts
    (rules,) = tree.all(by_class("rules"))
    cells = {
        tr.all(lambda n: n.tag == "td")[0].text: [td.text for td in tr.all(lambda n: n.tag == "td")]
        for tr in rules.all(lambda n: n.tag == "tr")[1:]
    }
    assert cells["missing-paragraph"][1] == "3" and cells["extra-paragraph"][2] == "3"


def test_chrome_is_dimmed_and_nothing_is_hidden_without_script(report: Report, tree: Node) -> None:
    assert report.target_document is not None
    chrome = {p.index for p in report.target_document.paragraphs if p.kind.value == "chrome"}
    dimmed = {
        paragraph_number(p)
        for p in tree.all(by_class("para"))
        if side_of(p) == "target" and "kind-chrome" in p.classes
    }
    assert dimmed == chrome and len(chrome) >= 2
    hidden = [n for n in tree.walk() if "hidden" in n.attrs]
    assert [n.attrs.get("id") for n in hidden] == ["filters"]  # only the script's own controls


def test_the_page_loads_nothing_from_outside(page: str, tree: Node) -> None:
    for node in tree.walk():
        assert "src" not in node.attrs, node.tag
        assert node.tag not in {"link", "img", "iframe", "object", "embed"}
        assert node.attrs.get("href", "#").startswith("#"), node.attrs["href"]
    scripts = tree.all(lambda n: n.tag == "script")
    assert len(scripts) == 1
    for code in tree.all(lambda n: n.tag in {"style", "script"}):
        assert not re.search(r"url\(|@import|https?:|//[a-z]|fetch\(|XMLHttpRequest", code.text)


def test_text_that_looks_like_markup_is_shown_as_text(tmp_path: Path, capsys) -> None:
    source = tmp_path / "r&d <b>.en.txt"
    target = tmp_path / "r&d <b>.fr.txt"
    source.write_text(
        'Budget <script>alert(1)</script>\n\nThe budget is 3.5 million dollars & "more" <b>.\n',
        "utf-8",
    )
    target.write_text(
        "Budget <script>alert(1)</script>\n\nLe budget est de 4,5 millions de dollars & « plus » <b>.\n",
        "utf-8",
    )
    args = ["check", str(source), str(target), "--source-lang", "en", "--target-lang", "fr"]
    status, page, err = run_cli([*args, "--format", "html"], capsys)
    assert status == 1 and err == ""
    assert "alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    tree = parse(page)
    assert len(tree.all(lambda n: n.tag == "script")) == 1
    assert not tree.all(lambda n: n.tag == "b")
    texts = [p.text for p in tree.all(by_class("para"))]
    assert any("<script>alert(1)</script>" in t for t in texts)
    assert any('& "more" <b>.' in t for t in texts)
    assert "r&d <b>.en.txt" in tree.all(lambda n: n.tag == "title")[0].text
    marks = [m.text for m in tree.all(lambda n: n.tag == "mark") if side_of(m) == "target"]
    # The figure, and the typography note on « plus »'s breaking spaces.
    assert marks == ["4,5 millions de dollars", "« "]


# --------------------------------------------------------------------------
# reports built by hand: overlaps, no documents, moves


def hand_report(with_documents: bool = True) -> Report:
    source_text = "Title\n\nThe budget is 3.5 million dollars in 2025.\n\nMoved here.\n"
    target_text = "Titre\n\nDéplacé ici.\n\nLe budget est de 4,5 millions de dollars en 2026.\n"
    source = Document("a.en.txt", source_text, segment(source_text, "text"), "text", "en")
    target = Document("a.fr.txt", target_text, segment(target_text, "text"), "text", "fr")
    text = target.paragraphs[2].text
    wide = text.index("4,5 millions de dollars en 2026")
    narrow = text.index("dollars en")
    findings = (
        Finding(
            "figure-mismatch",
            Severity.ERROR,
            'value "differs" <b>',
            Location(1, "3.5 million dollars", 14, 33),
            Location(2, "4,5 millions de dollars en 2026", wide, wide + 31),
        ),
        Finding(
            "figure-format",
            Severity.INFO,
            "overlapping note",
            None,
            Location(2, "dollars en", narrow, narrow + 10),
        ),
        Finding("extra-paragraph", Severity.WARNING, "whole", None, Location(2, text)),
    )
    groups = (
        AlignmentGroup((0,), (0,), 0.9),
        AlignmentGroup((), (1,), None),
        AlignmentGroup((1,), (2,), 0.5),
        AlignmentGroup((2,), (), None),
    )
    return Report(
        DocumentInfo(source.path, "en", 3),
        DocumentInfo(target.path, "fr", 3),
        groups,
        findings,
        moves=(Move(2, 1, 0.8),),
        source_document=source if with_documents else None,
        target_document=target if with_documents else None,
    )


@pytest.mark.parametrize("with_documents", [True, False])
def test_overlapping_spans_are_cut_into_segments(with_documents: bool) -> None:
    report = hand_report(with_documents)
    tree = parse(render_html(report))
    items = tree.all(lambda n: n.tag == "li" and n.parent is not None and n.parent.tag == "ol")
    for finding, item in zip(report.findings, items, strict=True):
        finding_id = item.all(lambda n: n.tag == "a")[0].attrs["href"][1:]
        shown = marks_by_paragraph(tree, finding_id)
        for side in ("source", "target"):
            location = getattr(finding, side)
            if location is not None:
                assert shown[(side, location.paragraph)] == location.text
    marks = tree.all(lambda n: n.tag == "mark")
    assert not any(m.all(lambda n: n.tag == "mark") for m in marks)  # never nested
    covered = [m for m in marks if len(m.attrs["data-f"].split()) == 3]
    assert [m.text for m in covered] == ["dollars en"]
    assert covered[0].attrs["data-sev"] == "error"  # the worst of the three
    assert 'value "differs" <b>' in covered[0].attrs["title"]


def test_moved_paragraphs_link_to_each_other() -> None:
    tree = parse(render_html(hand_report()))
    ids = {node.attrs["id"] for node in tree.walk() if "id" in node.attrs}
    moves = tree.all(by_class("move"))
    assert len(moves) == 2
    for link in moves:
        target = link.attrs["href"][1:]
        assert target in ids
        (paragraph,) = tree.all(lambda n, t=target: n.attrs.get("id") == t)
        assert paragraph_number(paragraph) in (1, 2) and "moved" in link.text
        assert side_of(paragraph) != side_of(link)


# --------------------------------------------------------------------------
# headless Chromium: the page as a browser runs it


def chromium(profile: Path, *args: str) -> str:
    assert CHROMIUM is not None
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--no-first-run",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


@pytest.fixture(scope="module")
def page_file(page: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(page, "utf-8")
    return path


def dom(page_file: Path, query: str = "") -> Node:
    return parse(chromium(page_file.parent / "profile", "--dump-dom", page_file.as_uri() + query))


@needs_chromium
def test_the_script_shows_the_filters_and_keeps_every_finding(
    report: Report, page_file: Path
) -> None:
    tree = dom(page_file)
    (form,) = tree.all(lambda n: n.attrs.get("id") == "filters")
    assert "hidden" not in form.attrs
    assert tree.all(lambda n: n.tag == "output")[0].text == "11 of 11 findings shown"
    notes = tree.all(lambda n: "data-rule" in n.attrs)
    assert sorted(n.attrs["data-rule"] for n in notes) == sorted(f.rule for f in report.findings)
    assert not any("hidden" in n.attrs for n in tree.all(by_class("row")))
    assert not tree.all(lambda n: n.tag == "mark" and "off" in n.classes)


@needs_chromium
@pytest.mark.parametrize(
    ("query", "severities", "hidden_rules"),
    [
        ("?severity=error", {"error"}, set()),
        ("?hide=warning", {"error", "info"}, set()),
        ("#hide=missing-paragraph", {"error", "warning", "info"}, {"missing-paragraph"}),
    ],
)
def test_filters_hide_rows_whose_findings_are_all_hidden(
    page_file: Path, query: str, severities: set[str], hidden_rules: set[str]
) -> None:
    tree = dom(page_file, query)
    notes = {n.attrs["id"]: n for n in tree.all(lambda n: "data-rule" in n.attrs)}

    def visible(finding_id: str) -> bool:
        note = notes[finding_id]
        return (
            note.attrs["data-severity"] in severities
            and note.attrs["data-rule"] not in hidden_rules
        )

    rows = tree.all(by_class("row"))
    for row in rows:
        ids = row.attrs["data-f"].split()
        expected_hidden = bool(ids) and not any(visible(i) for i in ids)
        assert ("hidden" in row.attrs) == expected_hidden, (query, row.attrs)
    assert any("hidden" in row.attrs for row in rows)
    assert any(not row.attrs["data-f"] and "hidden" not in row.attrs for row in rows)
    for mark in tree.all(lambda n: n.tag == "mark"):
        ids = mark.attrs["data-f"].split()
        assert ("off" in mark.classes) == (not any(visible(i) for i in ids))
    count = sum(visible(i) for i in notes)
    assert tree.all(lambda n: n.tag == "output")[0].text == f"{count} of 11 findings shown"


@needs_chromium
def test_only_rows_with_findings(page_file: Path) -> None:
    rows = dom(page_file, "?only=1").all(by_class("row"))
    assert [("hidden" in r.attrs) for r in rows] == [not r.attrs["data-f"] for r in rows]


def read_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB rows of an 8-bit, non-interlaced RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and interlace == 0 and colour in (2, 6)
    size = 3 if colour == 2 else 4
    stride = width * size
    raw = zlib.decompress(b"".join(chunks))
    rows, prior = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prior, strict=True))
        elif kind in (1, 3, 4):
            for i in range(stride):
                left = line[i - size] if i >= size else 0
                up = prior[i]
                if kind == 1:
                    line[i] = (line[i] + left) & 255
                elif kind == 3:
                    line[i] = (line[i] + ((left + up) >> 1)) & 255
                else:
                    corner = prior[i - size] if i >= size else 0
                    guess = left + up - corner
                    pa, pb, pc = abs(guess - left), abs(guess - up), abs(guess - corner)
                    line[i] = (
                        line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)
                    ) & 255
        rows.append(b"".join(line[i : i + 3] for i in range(0, stride, size)))
        prior = line
    return width, height, rows


def hex_colour(page: str, name: str) -> bytes:
    found = re.search(rf"--{name}:#([0-9a-f]{{6}})", page)
    assert found, name
    return bytes.fromhex(found[1])


@needs_chromium
def test_screenshot_shows_the_highlights(page: str, page_file: Path) -> None:
    shot = page_file.parent / "report.png"
    chromium(
        page_file.parent / "profile",
        f"--screenshot={shot}",
        "--window-size=1280,2000",
        "--force-device-scale-factor=1",
        "--hide-scrollbars",
        page_file.as_uri(),
    )
    width, height, rows = read_png(shot.read_bytes())
    assert (width, height) == (1280, 2000)
    colours = {row[i : i + 3] for row in rows for i in range(0, len(row), 3)}
    assert len(colours) > 200  # text, badges and highlights, not a blank page
    # The seed's first 2000 pixels hold the error highlights (byline) and a warning (QKBA).
    for name in ("error-bg", "warning-bg", "error"):
        assert hex_colour(page, name) in colours, name


def test_dark_mode_gives_every_colour_variable_a_dark_value() -> None:
    css = (Path(translint.__file__).parent / "report" / "html.css").read_text("utf-8")
    light = css[css.index(":root{") : css.index("}", css.index(":root{"))]
    dark_at = css.index("@media (prefers-color-scheme:dark)")
    dark = css[dark_at : css.index("}}", dark_at)]
    colours = {
        name
        for name, value in re.findall(r"(--[\w-]+):([^;}]+)", light)
        if "#" in value or "rgb" in value
    }
    assert colours and colours <= set(re.findall(r"(--[\w-]+):", dark))
    # Outside the two palettes, colours come from the variables: one place to change.
    rest = css.replace(light, "").replace(dark, "")
    assert not re.findall(r"#[0-9a-fA-F]{3,6}\b|rgba?\(", rest)
