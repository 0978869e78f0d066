"""The alignment picture at the top of a pair's section (``translint.report.picture``):
read from the seed pair's page, then clicked and photographed in headless Chromium."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest

from translint.model import Report, Severity
from translint.report.picture import COLUMN, HEIGHTS, WIDTH

from .browser import Browser
from .conftest import render_html
from .test_html import Node, by_class, hand_report, hex_colour, needs_chromium, parse, read_png

BLOCK_TITLE = re.compile(r"(source|target) ¶(\d+)(?:: (.*))?")
NUMBER = r"(-?\d+(?:\.\d+)?)"
BAND = re.compile(
    rf"M{NUMBER} {NUMBER}C{NUMBER} {NUMBER} {NUMBER} {NUMBER} {NUMBER} {NUMBER}"
    rf"V{NUMBER}C{NUMBER} {NUMBER} {NUMBER} {NUMBER} {NUMBER} {NUMBER}Z"
)


class Block:
    """A block as the page draws it."""

    def __init__(self, link: Node) -> None:
        (title,) = link.all(lambda n: n.tag == "title")
        found = BLOCK_TITLE.fullmatch(title.text)
        assert found, title.text
        self.side, self.index = found[1], int(found[2])
        self.rules = found[3].split(", ") if found[3] else []
        (rect,) = link.all(lambda n: n.tag == "rect")
        self.x, self.top = float(rect.attrs["x"]), float(rect.attrs["y"])
        self.width, self.height = float(rect.attrs["width"]), float(rect.attrs["height"])
        self.href = link.attrs["href"]
        self.alone = "alone" in link.classes
        self.severity = link.attrs.get("data-sev")


def picture(tree: Node) -> tuple[Node, dict[tuple[str, int], Block], list[tuple[float, ...]]]:
    """The SVG, its blocks by (side, paragraph) and its bands' coordinates."""
    (figure,) = tree.all(by_class("picture"))
    (svg,) = figure.all(lambda n: n.tag == "svg")
    blocks = [Block(link) for link in svg.all(lambda n: n.tag == "a")]
    by_key = {(b.side, b.index): b for b in blocks}
    assert len(by_key) == len(blocks)  # one block per paragraph
    bands = []
    for path in svg.all(lambda n: n.tag == "path"):
        found = BAND.fullmatch(path.attrs["d"])
        assert found, path.attrs["d"]
        bands.append(tuple(float(v) for v in found.groups()))
    return svg, by_key, bands


@pytest.fixture(scope="module")
def tree(page: str) -> Node:
    return parse(page)


def test_every_paragraph_is_a_block_linking_to_its_row(report: Report, tree: Node) -> None:
    _, blocks, _ = picture(tree)
    for side, info in (("source", report.source), ("target", report.target)):
        assert sorted(i for s, i in blocks if s == side) == list(range(info.paragraphs))
    rows = {n.attrs["id"]: n for n in tree.all(by_class("row"))}
    for (side, index), block in blocks.items():
        assert block.x == (0 if side == "source" else WIDTH - COLUMN)
        assert block.width == COLUMN
        row = rows[block.href[1:]]
        paragraph_id = f"{side[0]}{index}"
        assert row.all(lambda n, p=paragraph_id: n.attrs.get("id") == p)


def test_blocks_are_stacked_in_order_on_one_scale(report: Report, tree: Node) -> None:
    svg, blocks, _ = picture(tree)
    height = float(svg.attrs["height"])
    assert HEIGHTS[0] <= height <= HEIGHTS[1] + 1
    assert svg.attrs["viewbox"].split()[2] == str(WIDTH)
    documents = {"source": report.source_document, "target": report.target_document}
    for side, document in documents.items():
        assert document is not None
        column = sorted((b for b in blocks.values() if b.side == side), key=lambda b: b.index)
        for upper, lower in pairwise(column):
            assert upper.top + upper.height <= lower.top + 0.11  # no overlap, in order
        assert column[-1].top + column[-1].height <= height + 0.5
    # One scale for both sides: a longer paragraph is a taller block, whichever side.
    both = [
        (len(documents[b.side].paragraphs[b.index].content), b.height)  # type: ignore[union-attr]
        for b in blocks.values()
    ]
    for (short, low), (long, high) in pairwise(sorted(both)):
        assert low <= high + 0.11 or short == long


def test_paragraphs_without_a_counterpart_take_their_worst_findings_colour(
    report: Report, tree: Node
) -> None:
    _, blocks, _ = picture(tree)
    lonely = {
        (side, i)
        for group in report.alignment
        if not group.matched
        for side in ("source", "target")
        for i in getattr(group, side)
    }
    assert lonely and {k for k, b in blocks.items() if b.alone} == lonely
    worst: dict[tuple[str, int], Severity] = {}
    for finding in report.findings:
        for side in ("source", "target"):
            location = getattr(finding, side)
            if location is not None:
                key = (side, location.paragraph)
                if key not in worst or finding.severity.rank > worst[key].rank:
                    worst[key] = finding.severity
                assert finding.rule in blocks[key].rules
    for key, block in blocks.items():
        assert block.severity == (worst[key].value if key in worst else None), key
    missing = [f.source for f in report.findings if f.rule == "missing-paragraph"]
    assert missing and all(blocks[("source", m.paragraph)].severity == "error" for m in missing)


def test_a_band_joins_each_matched_group(report: Report, tree: Node) -> None:
    _, blocks, bands = picture(tree)
    matched = [g for g in report.alignment if g.matched]
    assert len(bands) == len(matched) + len(report.moves)
    for group, band in zip(matched, bands, strict=False):
        s_top, t_top, t_bottom, s_bottom = band[1], band[7], band[8], band[14]
        first_source, last_source = (
            blocks[("source", group.source[0])],
            blocks[("source", group.source[-1])],
        )
        first_target, last_target = (
            blocks[("target", group.target[0])],
            blocks[("target", group.target[-1])],
        )
        assert s_top == pytest.approx(first_source.top, abs=0.06)
        assert s_bottom == pytest.approx(last_source.top + last_source.height, abs=0.11)
        assert t_top == pytest.approx(first_target.top, abs=0.06)
        assert t_bottom == pytest.approx(last_target.top + last_target.height, abs=0.11)
        assert band[0] == COLUMN and band[6] == WIDTH - COLUMN


def test_a_moved_paragraph_gets_a_band_of_its_own() -> None:
    report = hand_report()
    tree = parse(render_html(report))
    svg, blocks, _ = picture(tree)
    (moved,) = svg.all(lambda n: n.tag == "path" and "moved" in n.classes)
    found = BAND.fullmatch(moved.attrs["d"])
    assert found
    (move,) = report.moves
    assert float(found[2]) == pytest.approx(blocks[("source", move.source)].top, abs=0.06)
    assert float(found[8]) == pytest.approx(blocks[("target", move.target)].top, abs=0.06)
    assert blocks[("source", move.source)].alone and blocks[("target", move.target)].alone


def test_a_report_of_empty_documents_has_no_picture(tmp_path: Path) -> None:
    from translint.model import DocumentInfo

    empty = Report(DocumentInfo("a.en.txt", "en", 0), DocumentInfo("a.fr.txt", "fr", 0), (), ())
    assert not parse(render_html(empty)).all(by_class("picture"))


# --------------------------------------------------------------------------
# in Chromium


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with Browser(tmp_path_factory.mktemp("chromium")) as running:
        yield running


def picture_pixels(browser: Browser, shot: Path) -> list[bytes]:
    """The RGB pixels of the picture as the browser shows it now."""
    box = browser.evaluate(
        "(function () { var s = document.querySelector('.picture svg');"
        " s.scrollIntoView({block: 'center'}); var r = s.getBoundingClientRect();"
        " return [r.left, r.top, r.right, r.bottom]; })()"
    )
    width, height, rows = read_png(browser.screenshot(shot).read_bytes())
    left, top, right, bottom = (int(v) for v in box)
    assert 0 <= left < right <= width and 0 <= top < bottom <= height
    return [rows[y][3 * x : 3 * x + 3] for y in range(top, bottom) for x in range(left, right)]


@needs_chromium
def test_a_block_leads_to_its_row(browser: Browser, page_file: Path, report: Report) -> None:
    browser.open(page_file.as_uri())
    missing = next(f for f in report.findings if f.rule == "missing-paragraph")
    assert missing.source is not None
    row = browser.evaluate(
        f"document.getElementById('s{missing.source.paragraph}').closest('.row').id"
    )
    browser.click(f'.picture a[href="#{row}"]')
    assert browser.until("location.hash") == f"#{row}"
    assert browser.evaluate("document.querySelector(':target').id") == row
    # The row is in view, below the bar.
    top, bar = browser.evaluate(
        f"[document.getElementById('{row}').getBoundingClientRect().top,"
        " document.querySelector('.bar').getBoundingClientRect().bottom]"
    )
    assert bar <= top < browser.evaluate("innerHeight")


@needs_chromium
def test_the_screenshot_shows_missing_and_extra_paragraphs_in_colour(
    browser: Browser, page: str, page_file: Path, tmp_path: Path
) -> None:
    browser.open(page_file.as_uri())
    inside = picture_pixels(browser, tmp_path / "picture.png")
    # Missing paragraphs are errors, extra ones warnings: both colours are drawn.
    for name in ("error", "warning"):
        colour = hex_colour(page, name)
        assert sum(1 for pixel in inside if pixel == colour) > 50, name
    # Matched paragraphs with nothing flagged are plain blocks, most of the picture.
    plain = sum(1 for pixel in inside if pixel == hex_colour(page, "line"))
    assert plain > len(inside) // 5


def dark_colour(page: str, name: str) -> bytes:
    dark = page[page.index("prefers-color-scheme:dark") :]
    return hex_colour(dark, name)


@needs_chromium
def test_in_dark_mode_the_picture_takes_the_dark_palette(
    browser: Browser, page: str, page_file: Path, tmp_path: Path
) -> None:
    browser.command(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-color-scheme", "value": "dark"}]},
    )
    try:
        browser.open(page_file.as_uri())
        inside = picture_pixels(browser, tmp_path / "dark.png")
    finally:
        browser.command("Emulation.setEmulatedMedia", {"features": []})
    for name in ("error", "warning", "line"):
        colour = dark_colour(page, name)
        assert colour != hex_colour(page, name)  # a colour of its own in the dark
        assert sum(1 for pixel in inside if pixel == colour) > 50, name
