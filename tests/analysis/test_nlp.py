"""Named entities: a paragraph too long for spaCy goes to the recogniser in pieces."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translint.analysis.nlp import _inside, entities_of, pieces_of, pipeline, recognised_spans
from translint.model import Entity, Paragraph

from ..conftest import SEED_EN, SEED_FR


def one_line(lang: str) -> str:
    """A seed article as a single line: every paragraph joined by a space."""
    text = {"en": SEED_EN, "fr": SEED_FR}[lang].read_text("utf-8")
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def paragraph(text: str, content_start: int = 0) -> Paragraph:
    return Paragraph(0, text, 0, len(text), content_start=content_start)


# --------------------------------------------------------------------------- cutting


@pytest.mark.parametrize(
    ("text", "bound", "pieces"),
    [
        ("Short enough.", 13, [(0, "Short enough.")]),
        ("", 5, [(0, "")]),
        # After the last sentence end that fits, closing quotes and spaces included.
        ("One. Two. Three four five.", 12, [(0, "One. Two. "), (10, "Three four "), (21, "five.")]),
        ("« Oui ! » dit-il. Puis il part.", 20, [(0, "« Oui ! » dit-il. "), (18, "Puis il part.")]),
        ("He said “Go.” Then left.", 16, [(0, "He said “Go.” "), (14, "Then left.")]),
        # No sentence end: after the last space; no space either: at the bound.
        ("alpha beta gamma delta", 12, [(0, "alpha beta "), (11, "gamma delta")]),
        ("abcdefghij", 4, [(0, "abcd"), (4, "efgh"), (8, "ij")]),
        # A decimal point or a dotted name is no sentence end: no space follows it.
        ("v2.9.1 of www.example.org", 12, [(0, "v2.9.1 of "), (10, "www.example."), (22, "org")]),
    ],
)
def test_pieces_of(text: str, bound: int, pieces: list[tuple[int, str]]) -> None:
    assert pieces_of(text, bound) == pieces


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!?»\n\u00a0é"), max_size=400), st.integers(1, 60))
def test_pieces_cover_the_text_in_order_within_the_bound(text: str, bound: int) -> None:
    pieces = pieces_of(text, bound)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= bound for _, piece in pieces)
    assert [offset for offset, _ in pieces] == [
        sum(len(p) for _, p in pieces[:k]) for k in range(len(pieces))
    ]
    assert all(piece for _, piece in pieces) or pieces == [(0, "")]


# --------------------------------------------------------------------------- recognising in pieces


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_long_text_gives_the_spans_of_its_pieces_analysed_alone(lang: str) -> None:
    text = one_line(lang)
    bound = 2_000
    pieces = pieces_of(text, bound)
    assert len(pieces) >= 5
    nlp = pipeline(lang)
    alone = [
        (offset + start, offset + end, label)
        for offset, piece in pieces
        for start, end, label in recognised_spans([piece], nlp, bound)[0]
    ]
    whole = recognised_spans([text], nlp, bound)[0]
    assert whole == alone
    assert any(start > pieces[-1][0] for start, _, _ in whole)  # found in the last piece too
    for start, end, _ in whole:
        assert text[start:end].strip() == text[start:end] != ""


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_long_paragraph_has_the_entities_of_its_pieces(lang: str) -> None:
    """Entities of a bulleted paragraph fed in pieces point into ``paragraph.text`` where
    those of each piece analysed as a paragraph of its own do, shifted by its place."""
    content = one_line(lang)
    text = "• " + content
    bound = 2_000
    whole = entities_of([paragraph(text, content_start=2)], lang, piece_chars=bound)[0]
    alone: list[Entity] = []
    for offset, piece in pieces_of(content, bound):
        for entity in entities_of([paragraph(piece)], lang, piece_chars=bound)[0]:
            shift = offset + 2
            alone.append(replace(entity, start=entity.start + shift, end=entity.end + shift))
    assert list(whole) == sorted(alone, key=lambda e: e.start)
    assert len(whole) > 20
    assert all(text[e.start : e.end] == e.text for e in whole)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_paragraph_within_the_bound_is_fed_whole(lang: str) -> None:
    """Below the bound, the spans are spaCy's for the whole text, as before pieces existed."""
    texts = [line for line in one_line(lang).split(". ") if line] + [one_line(lang)]
    nlp = pipeline(lang)
    before = [
        [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        for doc in nlp.pipe(texts, batch_size=64)
    ]
    assert recognised_spans(texts, nlp) == before


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_paragraph_over_spacy_max_length_is_recognised(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """spaCy refuses a text over ``nlp.max_length``: pieces never exceed it."""
    content = one_line(lang)
    monkeypatch.setattr(pipeline(lang), "max_length", 3_000)
    with pytest.raises(ValueError, match="E088"):
        list(pipeline(lang).pipe([content]))
    found = entities_of([paragraph(content)], lang)[0]
    assert len(found) > 20
    assert all(content[e.start : e.end] == e.text for e in found)


@st.composite
def acronym_spans(draw: st.DrawFn) -> list[tuple[int, int]]:
    """Sorted spans that do not overlap (they may touch), as acronym matches are."""
    spans, at = [], 0
    for gap, width in draw(st.lists(st.tuples(st.integers(0, 4), st.integers(1, 4)), max_size=8)):
        spans.append((at + gap, at + gap + width))
        at += gap + width
    return spans


@settings(max_examples=500, deadline=None)
@given(acronym_spans(), st.integers(0, 50), st.integers(1, 6))
def test_a_name_inside_an_acronym_is_found_by_bisection(
    spans: list[tuple[int, int]], start: int, width: int
) -> None:
    end = start + width
    assert _inside(spans, start, end) == any(a <= start and end <= b for a, b in spans)


def test_a_name_inside_an_acronym_is_the_acronym_only() -> None:
    text = "Members of the KRISS and the QKBA met the NRC in Ottawa. " * 3
    found = entities_of([paragraph(text)], "en")[0]
    assert [e.text for e in found if e.text in ("KRISS", "QKBA", "NRC")] == [
        "KRISS", "QKBA", "NRC"
    ] * 3  # fmt: skip
    assert all(e.label.name == "ACRONYM" for e in found if e.text in ("KRISS", "QKBA", "NRC"))
