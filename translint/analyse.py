"""The analysis stage: figures and named entities of every paragraph."""

from __future__ import annotations

from translint.figures import figures_of_paragraph
from translint.model import AnalysedDocument, AnalysedParagraph, Document, Figure, ParagraphKind
from translint.nlp import entities_of


def analyse(document: Document) -> AnalysedDocument:
    """Figures and entities of each paragraph, with offsets into ``paragraph.text``.

    Chrome paragraphs are not analysed: they are never checked.
    """
    assert document.lang is not None, "detect or set the language before analysing"
    entities = entities_of(document.paragraphs, document.lang)
    paragraphs = []
    for paragraph, found in zip(document.paragraphs, entities, strict=True):
        figures: tuple[Figure, ...] = ()
        if paragraph.kind is not ParagraphKind.CHROME:
            figures = figures_of_paragraph(paragraph, document.lang)
        paragraphs.append(AnalysedParagraph(paragraph, figures, found))
    return AnalysedDocument(document, tuple(paragraphs))
