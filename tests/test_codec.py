"""The record codec: every report translint builds comes back equal, documents and
all, and the bytes of a record do not depend on the order its sets were built in."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translint import Options, check, codec
from translint.config import Options as ConfigOptions
from translint.model import (
    Doubt,
    Figure,
    Finding,
    Link,
    Location,
    Paragraph,
    ParagraphKind,
    PlainText,
    Report,
    Severity,
)

from .conftest import SEED_EN, SEED_FR

LEXICAL = Options(semantic=False)


def _markdown_pair(tmp_path: Path) -> tuple[Path, Path]:
    """A Markdown pair with what Paragraph keeps beyond text: links, code, emphasis,
    a numbered list, a heading level, and markup mapped to plain text."""
    source = tmp_path / "post.en.md"
    target = tmp_path / "post.fr.md"
    source.write_text(
        "---\ntitle: Budget 2024\n---\n\n# The budget\n\n"
        "The **council** voted 54.1% for the [plan](https://example.org/plan), "
        "worth $198.1 billion; run `make check`.\n\n1. First step in Ottawa\n2. Second step\n",
        "utf-8",
    )
    target.write_text(
        "---\ntitle: Budget 2024\n---\n\n## Le budget\n\n"
        "Le **conseil** a voté à 45,1 % pour le [plan](https://example.org/plan), "
        "d’une valeur de 198,1 billions de dollars ; lancez `make`.\n\n1. Première étape à Ottawa\n",
        "utf-8",
    )
    return source, target


def test_the_seed_report_comes_back_equal_with_its_documents() -> None:
    report = check(SEED_EN, SEED_FR, LEXICAL)
    back = codec.loads(codec.dumps(report), Report)
    assert back == report
    assert back.source_document == report.source_document
    assert back.target_document == report.target_document
    assert [f.source for f in back.findings] == [f.source for f in report.findings]
    assert [(f.target.line, f.target.column) for f in back.findings if f.target] == [
        (f.target.line, f.target.column) for f in report.findings if f.target
    ]  # line and column do not take part in equality: compared here


def test_a_markdown_report_keeps_links_code_emphasis_and_plain_text(tmp_path: Path) -> None:
    report = check(*_markdown_pair(tmp_path), options=LEXICAL)
    document = report.source_document
    assert document is not None
    assert any(p.links for p in document.paragraphs)
    assert any(p.code for p in document.paragraphs)
    assert any(p.plain is not None for p in document.paragraphs)
    assert report.findings  # 45,1 against 54.1, billions, a missing item
    back = codec.loads(codec.dumps(report), Report)
    assert back == report
    assert back.source_document == document
    assert back.target_document == report.target_document


def test_sets_and_mappings_give_the_same_bytes_in_any_order() -> None:
    one = ConfigOptions(select=frozenset(["typography", "figure-mismatch", "entity-missing"]))
    other = ConfigOptions(select=frozenset(["entity-missing", "typography", "figure-mismatch"]))
    assert codec.dumps(one) == codec.dumps(other)
    first = ConfigOptions(
        severities=MappingProxyType({"typography": "off", "figure-mismatch": "info"})
    )
    second = ConfigOptions(
        severities=MappingProxyType({"figure-mismatch": "info", "typography": "off"})
    )
    assert codec.dumps(first) == codec.dumps(second)
    assert codec.loads(codec.dumps(first), ConfigOptions) == first


@pytest.mark.parametrize(
    "data",
    [
        b"[]",  # a Report of another layout: too few fields
        b'[["a.txt","en",3],["b.txt","fr",3],[],[],[],null,null,"extra"]',  # too many
        b'[["a.txt","en","three"],["b.txt","fr",3],[],[],[],null,null]',  # a string for an int
        b'{"source": 1}',
        b"not json",
    ],
)
def test_data_that_does_not_fit_is_undecodable(data: bytes) -> None:
    with pytest.raises(codec.Undecodable):
        codec.loads(data, Report)


def test_a_type_it_does_not_know_is_refused_not_stored() -> None:
    with pytest.raises(TypeError):
        codec.dumps(object())


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
SMALL = st.integers(min_value=0, max_value=10_000)
LOCATIONS = st.builds(
    Location,
    paragraph=SMALL,
    text=TEXT,
    start=st.none() | SMALL,
    end=st.none() | SMALL,
    last_paragraph=st.none() | SMALL,
    line=st.none() | SMALL,
    column=st.none() | SMALL,
)
FINDINGS = st.builds(
    Finding,
    rule=TEXT,
    severity=st.sampled_from(list(Severity)),
    message=TEXT,
    source=st.none() | LOCATIONS,
    target=st.none() | LOCATIONS,
    args=st.lists(st.tuples(TEXT, TEXT | st.integers())).map(tuple),
    doubt=st.none() | st.builds(Doubt, confidence=st.floats(0, 1), lowered=st.booleans()),
)
PARAGRAPHS = st.builds(
    Paragraph,
    index=SMALL,
    text=TEXT,
    start=SMALL,
    end=SMALL,
    kind=st.sampled_from(list(ParagraphKind)),
    level=st.none() | st.integers(1, 6),
    content_start=SMALL,
    plain=st.none()
    | st.builds(PlainText, text=TEXT, pieces=st.lists(st.tuples(SMALL, SMALL, SMALL)).map(tuple)),
    links=st.lists(st.builds(Link, text_start=SMALL, text_end=SMALL, url=TEXT)).map(tuple),
    code=st.lists(st.tuples(SMALL, SMALL)).map(tuple),
    emphasis=st.lists(st.tuples(SMALL, SMALL)).map(tuple),
    ordered=st.none() | st.booleans(),
)
FIGURES = st.builds(
    Figure,
    text=TEXT,
    start=SMALL,
    end=SMALL,
    value=st.decimals(allow_nan=False, allow_infinity=False),
    kind=TEXT,
    unit=st.none() | TEXT,
    currency=st.none() | TEXT,
    scale=st.sampled_from([1, 10**3, 10**6, 10**9, 10**12]),
    extra=st.lists(st.tuples(TEXT, TEXT)).map(tuple),
)


@given(FINDINGS)
def test_any_finding_comes_back_equal_with_its_line_and_column(finding: Finding) -> None:
    back = codec.loads(codec.dumps(finding), Finding)
    assert back == finding
    for mine, theirs in ((back.source, finding.source), (back.target, finding.target)):
        if theirs is not None:
            assert (mine.line, mine.column) == (theirs.line, theirs.column)


@given(PARAGRAPHS)
def test_any_paragraph_comes_back_equal(paragraph: Paragraph) -> None:
    assert codec.loads(codec.dumps(paragraph), Paragraph) == paragraph


@given(FIGURES)
def test_any_figure_comes_back_with_its_exact_decimal(figure: Figure) -> None:
    back = codec.loads(codec.dumps(figure), Figure)
    assert back == figure
    assert str(back.value) == str(figure.value)  # 1.50 stays 1.50, not 1.5
    assert isinstance(back.value, Decimal)
