"""The analysis stage: figures and named entities of every paragraph."""

from __future__ import annotations

from typing import TYPE_CHECKING

from translint.analysis.figures import figures_of_paragraph
from translint.analysis.nlp import entities_of
from translint.cache import unplaced
from translint.model import (
    AnalysedDocument,
    AnalysedParagraph,
    Document,
    Paragraph,
    ParagraphKind,
)

if TYPE_CHECKING:
    from translint.cache import Analysis, Cache


def analyse(document: Document, cache: Cache | None = None) -> AnalysedDocument:
    """Figures and entities of each paragraph, with offsets into ``paragraph.text``.

    Chrome paragraphs are not analysed: they are never checked. Paragraphs
    the ``cache`` knows are read back; only the others go through the
    recogniser (one ``nlp.pipe`` over all of them) and the figure reader, and
    are then stored. A paragraph repeated in the document is analysed once.
    With everything cached, no spaCy pipeline is loaded.
    """
    assert document.lang is not None, "detect or set the language before analysing"
    lang = document.lang
    checked = [p for p in document.paragraphs if p.kind is not ParagraphKind.CHROME]
    known = cache.analyses(checked, lang) if cache is not None else {}
    # Paragraphs equal but for their place in the document are analysed once
    # (offsets are relative to a paragraph's own text).
    first: dict[Paragraph, Paragraph] = {}
    for paragraph in checked:
        if paragraph.index not in known:
            first.setdefault(unplaced(paragraph), paragraph)
    todo = list(first.values())
    fresh: dict[Paragraph, Analysis] = {}  # by unplaced paragraph
    if todo:  # not even a pipeline to load otherwise
        for paragraph, entities in zip(todo, entities_of(todo, lang), strict=True):
            fresh[unplaced(paragraph)] = (figures_of_paragraph(paragraph, lang), entities)
    if cache is not None:  # also marks the entries read as used today
        cache.store_analyses(lang, [(p, fresh[unplaced(p)]) for p in todo])
    paragraphs = []
    for paragraph in document.paragraphs:
        # Chrome is never in ``fresh``: its kind is part of the unplaced paragraph.
        figures, entities = known.get(paragraph.index) or fresh.get(unplaced(paragraph), ((), ()))
        paragraphs.append(AnalysedParagraph(paragraph, figures, entities))
    return AnalysedDocument(document, tuple(paragraphs))
