"""The terminal report read back: places an editor can open, and readable text, not markup."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

import translint
from translint.model import (
    AlignmentGroup,
    Document,
    DocumentInfo,
    Finding,
    Location,
    Paragraph,
    ParagraphKind,
    PlainText,
    Report,
    Severity,
)
from translint.report.text import write_text

from ..conftest import SEED_EN, SEED_FR

PLACE = re.compile(r"(\S+\.\w+):(\d+):(\d+)")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def render(report: Report, color: bool = False) -> str:
    stream = io.StringIO()
    write_text(report, stream, color)
    return stream.getvalue()


def text_at(path: str, line: int, column: int) -> str:
    """The file's text from (line, column), as an editor opens it."""
    return Path(path).read_text("utf-8").split("\n")[line - 1][column - 1 :]


def places(output: str) -> list[tuple[str, int, int]]:
    return [(m[1], int(m[2]), int(m[3])) for m in PLACE.finditer(output)]


@pytest.fixture(scope="module")
def seed_report() -> Report:
    return translint.check(SEED_EN, SEED_FR)


def test_every_seed_finding_has_its_places_and_they_point_at_its_text(
    seed_report: Report,
) -> None:
    output = render(seed_report)
    found = places(output)
    sides = [
        (side, getattr(f, side)) for f in seed_report.findings for side in ("target", "source")
    ]
    assert len(found) == sum(location is not None for _, location in sides) == 12
    texts = {
        (Path(path).resolve(), line, column): None for path, line, column in found
    }  # every place is distinct
    assert len(texts) == len(found)
    for path, line, column in found:
        at = text_at(path, line, column)
        side = "target" if Path(path).resolve() == SEED_FR.resolve() else "source"
        assert any(
            location is not None and s == side and at.startswith(location.text[:30])
            for s, location in sides
        ), (path, line, column, at)


def test_a_finding_shows_the_target_place_first_then_the_source(seed_report: Report) -> None:
    (line,) = [x for x in render(seed_report).splitlines() if len(places(x)) == 2]
    assert "(source " in line
    (target, source) = places(line)
    assert Path(target[0]).resolve() == SEED_FR.resolve() and target[1:] == (6, 231)
    assert Path(source[0]).resolve() == SEED_EN.resolve() and source[1:] == (5, 201)
    assert text_at(*target).startswith("AAQC") and text_at(*source).startswith("QKBA")


def test_a_missing_paragraph_points_at_the_source_after_its_bullet(seed_report: Report) -> None:
    output = render(seed_report)
    (place,) = [p for p in places(output) if p[1] == 2]
    assert Path(place[0]).resolve() == SEED_EN.resolve()
    assert place[2] == 3 and text_at(*place) == "Nam Hyun Cho"


MARKUP = ("<", "&nbsp;", "&amp;", "href", "**", "](")


def test_an_html_pair_is_shown_without_its_markup(
    html_pair: tuple[Path, Path], html_report: Report
) -> None:
    output = render(html_report)
    panels = output.split("\n", 3)[3]  # past the header, which names the files
    assert not [m for m in MARKUP if m in panels], panels
    flat = " ".join(line.strip("│ ") for line in panels.splitlines())
    assert "Aaron\u00a0Snow" in flat and "annual" in flat
    ((path, line, column),) = [p for p in places(output) if p[0].endswith("fr.html")]
    assert text_at(path, line, column).startswith("45,1&nbsp;%")


def test_the_highlight_covers_the_readable_figure(html_report: Report) -> None:
    coloured = render(html_report, color=True)
    highlighted = re.findall(r"\x1b\[[0-9;]*4\dm([^\x1b]+)\x1b\[0m", coloured)
    assert sorted(highlighted) == ["45,1\u00a0%", "54.1%"]


def plain_paragraph(index: int, text: str, chunks: tuple[str, ...], at: int) -> Paragraph:
    """A paragraph with markup (as Markdown's will be read), its readable ``chunks`` copied as is."""
    pieces, offset, cursor = [], 0, 0
    for chunk in chunks:
        start = text.index(chunk, cursor)
        pieces.append((offset, start, start + len(chunk)))
        offset, cursor = offset + len(chunk), start + len(chunk)
    plain = PlainText("".join(chunks), tuple(pieces))
    return Paragraph(index, text, at, at + len(text), plain=plain)


LINK_LINE = "[Aaron Snow](https://www.linkedin.com/in/aaron-snow) met **QKBA** in Montréal."


def markdown_report() -> Report:
    """A hand-built pair whose source paragraph 1 is Markdown with a link and emphasis."""
    line = LINK_LINE
    source_text = f"# Budget\n\n{line}\n"
    heading = Paragraph(0, "# Budget", 0, 8, ParagraphKind.HEADING, 1, content_start=2)
    body = plain_paragraph(1, line, ("Aaron Snow", " met ", "QKBA", " in Montréal."), 10)
    source = Document("s.md", source_text, (heading, body), "markdown")
    target_text = "Budget\n\nAaron Snow a rencontré l’AAQC à Montréal.\n"
    target = Document(
        "t.md",
        target_text,
        (Paragraph(0, "Budget", 0, 6), Paragraph(1, target_text[8:-1], 8, len(target_text) - 1)),
        "markdown",
    )
    qkba, aaqc = line.index("QKBA"), target.paragraphs[1].text.index("AAQC")
    finding = Finding(
        "name-inconsistent",
        Severity.WARNING,
        "QKBA is AAQC",
        Location(1, "QKBA", qkba, qkba + 4),
        Location(1, "AAQC", aaqc, aaqc + 4),
    )
    info = [DocumentInfo(d.path, "und", 2) for d in (source, target)]
    return Report(
        info[0],
        info[1],
        (AlignmentGroup((0,), (0,), 1.0), AlignmentGroup((1,), (1,), 0.9)),
        (finding,),
        source_document=source,
        target_document=target,
    )


def test_a_paragraph_with_plain_text_is_shown_as_read(monkeypatch: pytest.MonkeyPatch) -> None:
    report = markdown_report()
    monkeypatch.setattr("translint.report.text.language_name", lambda code: code)
    output = render(report)
    assert "Aaron Snow met ⟦QKBA⟧ in Montréal." in output  # the flagged span, marked
    assert not [m for m in ("**", "](", "linkedin") if m in output]
    column = LINK_LINE.index("QKBA") + 1  # in the line as written, markup included
    assert f"t.md:3:26  (source s.md:3:{column})" in output
    coloured = render(report, color=True)
    assert re.findall(r"\x1b\[[0-9;]*4\dm([^\x1b]+)\x1b\[0m", coloured) == ["QKBA", "AAQC"]
