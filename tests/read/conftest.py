"""Helpers of the reader tests: the seed's text and the contract's offset invariants."""

from __future__ import annotations

from pathlib import Path

from translint.model import Paragraph, ParagraphKind
from translint.read.segment import segment

from ..conftest import SEED
from ..conftest import SHARED_CORPORA as CORPORA


def seed(lang: str) -> str:
    return (SEED / f"qkba-2025.{lang}.txt").read_text(encoding="utf-8")


def corpus_files() -> list[Path]:
    return sorted(CORPORA.glob("*/*/*.txt")) if CORPORA.is_dir() else []


def assert_offsets(text: str, paragraphs: tuple[Paragraph, ...]) -> None:
    """The contract's invariants: offsets slice the text, in order, stripped, indexed."""
    previous_end = 0
    for index, p in enumerate(paragraphs):
        assert p.index == index
        assert text[p.start : p.end] == p.text
        assert p.text and p.text == p.text.strip()
        assert p.start >= previous_end
        assert 0 <= p.content_start < len(p.text)
        if p.plain is None:
            assert p.content == p.text[p.content_start :]
        else:  # HTML: readable text whose pieces map back into the source slice
            assert p.content and p.content == p.content.strip()
            begin, end = p.text_span(0, len(p.content))
            assert 0 <= begin <= end <= len(p.text)
            for offset, start, stop in p.plain.pieces:
                assert 0 <= offset < len(p.content) and 0 <= start < stop <= len(p.text)
        for spans in (p.code, p.emphasis):  # inline markup: ordered spans of the content
            assert list(spans) == sorted(spans)
            assert all(0 <= start < end <= len(p.content) for start, end in spans)
        previous_end = p.end


def kinds(text: str, fmt: str = "text") -> list[tuple[ParagraphKind, str]]:
    return [(p.kind, p.content) for p in segment(text, fmt)]
