"""Rules on the paragraph structure: what was dropped, added or pasted twice."""

from __future__ import annotations

import re
from collections.abc import Iterator

from translint.lang import language_name
from translint.model import AnalysedParagraph, Severity
from translint.rules.context import Context, checked, whole
from translint.rules.registry import Hit, rule

SPACES = re.compile(r"\s+")


@rule("missing-paragraph", Severity.ERROR, "a source paragraph has no counterpart in the target")
def missing_paragraph(context: Context) -> Iterator[Hit]:
    """A paragraph of the original has no counterpart in the translation.

    Why: a dropped paragraph is information the reader of the translation
    never gets. Paragraphs of a whole missing section are reported once, as
    ``missing-section``.

    Example: the English byline ``Nam Hyun Cho`` has no French line.
    """
    moved = {m.source: m.target for m in context.moves}
    for run in context.missing_runs:
        for index in run.strays:
            paragraph = context.source_paragraph(index)
            if index in moved:
                message = (
                    f"source paragraph {index} was moved: it is target paragraph {moved[index]}, "
                    f"out of order: “{excerpt(paragraph)}”"
                )
                target = whole(context.target_paragraph(moved[index]))
            else:
                message = f"source paragraph {index} has no counterpart: “{excerpt(paragraph)}”"
                target = None
            # A moved paragraph is there, out of order: a warning, not a loss.
            severity = Severity.WARNING if index in moved else Severity.ERROR
            args: tuple[tuple[str, str | int], ...] = (("paragraph", index),)
            if index in moved:
                args += (("moved_to", moved[index]),)
            yield Hit(message, whole(paragraph), target, args, severity)


@rule(
    "missing-section",
    Severity.ERROR,
    "a heading and the paragraphs under it have no counterpart in the target",
)
def missing_section(context: Context) -> Iterator[Hit]:
    """A whole section (a heading and everything under it) is missing from the translation.

    Why: one finding for the section says what happened; a finding per
    paragraph would bury it. Its paragraphs get no ``missing-paragraph``.

    Example: ``## Funding`` and its three paragraphs have no French counterpart.
    """
    for run in context.missing_runs:
        for heading, last in run.sections:
            paragraph = context.source_paragraph(heading)
            count = last - heading + 1
            yield Hit(
                f"section “{excerpt(paragraph)}” (paragraphs {heading}–{last}, "
                f"{count} paragraphs) has no counterpart",
                whole(paragraph, last),
                None,
                (("heading", heading), ("last", last), ("paragraphs", count)),
            )


@rule("extra-paragraph", Severity.WARNING, "a target paragraph has no counterpart in the source")
def extra_paragraph(context: Context) -> Iterator[Hit]:
    """A paragraph of the translation has no counterpart in the original.

    Why: added text (a caption, a translator's note, a paragraph from another
    article) may be wanted, but an editor should know it is there.

    An unmatched paragraph still in the source language is reported as
    ``untranslated-paragraph`` instead.

    Example: a French photo caption that the English page does not have.
    """
    copies = context.duplicates
    moved = {m.target: m.source for m in context.moves}
    for group in context.alignment:
        if group.source or not group.target:
            continue
        index = group.target[0]
        paragraph = context.target_paragraph(index)
        if not checked(paragraph) or index in copies:
            continue
        if index in moved:
            # The move is reported once, as the missing source paragraph.
            continue
        if index in context.untranslated:
            # Reported once, as what it is: a paragraph left in the original's language.
            continue
        yield Hit(
            f"target paragraph {index} has no counterpart in the source: “{excerpt(paragraph)}”",
            None,
            whole(paragraph),
            (("paragraph", index),),
        )


@rule(
    "untranslated-paragraph",
    Severity.WARNING,
    "a target paragraph is still in the source language",
)
def untranslated_paragraph(context: Context) -> Iterator[Hit]:
    """A paragraph of the translation is still in the original's language.

    Why: a paragraph pasted from the original and never translated (or
    forgotten by a translation tool) is one the reader cannot read, and the
    other checks are blind to it: its figures and names are the original's.
    The aligner's encoder reads both languages, so it matches such a
    paragraph to its original as if it were translated.

    A paragraph is judged on its own prose, by the function words that tell
    a document's language (``the``, ``of``, ``which`` against ``le``,
    ``de``, ``qui``): quoted spans (a title, a quotation), link texts, code
    spans, URLs and emphasised spans (``*The Art of Unix Programming*``) are
    left out, since a translation keeps those in the original's language. It
    is reported when what is left has at least 5 words and 3 of the source
    language's function words (2 in a sentence, capital to full stop, with
    none of the target language's), three times as many as the target
    language's, and they are at least 15% of its words. A heading or a
    label of a few words, a list of names or commands, a path, a quoted
    title and a paragraph that reads the same in both languages never are.
    Page chrome is not read. The message says how many of the paragraph's
    function words are the source language's, and whether it is the
    original's text unchanged; an unmatched paragraph is reported here, not
    as ``extra-paragraph``.

    Example: « Resize text layers: Resizing text layers will make them
    uneditable. » in the French manual gives ``target paragraph 23 is still in
    English, the original's text unchanged (3 of 3 function words English)``.
    """
    source_name = language_name(context.source.lang)
    for index, found in context.untranslated.items():
        paragraph = context.target_paragraph(index)
        kept = ", the original's text unchanged" if found.same else ""
        alone = " and has no counterpart in the source" if not found.source else ""
        message = (
            f"target paragraph {index} is still in {source_name}{kept}{alone} "
            f"({found.source_words} of {found.function_words} function words "
            f"{source_name}): “{excerpt(paragraph)}”"
        )
        original = whole(context.source_paragraph(found.source[0])) if found.source else None
        args: tuple[tuple[str, str | int], ...] = (
            ("paragraph", index),
            ("language", context.source.lang),
            ("source_words", found.source_words),
            ("function_words", found.function_words),
            ("same", int(found.same)),
        )
        yield Hit(message, original, whole(paragraph), args)


@rule(
    "duplicate-paragraph", Severity.WARNING, "a target paragraph repeats another target paragraph"
)
def duplicate_paragraph(context: Context) -> Iterator[Hit]:
    """A paragraph of the translation is a copy of an earlier one that the original does not repeat.

    Why: pasting a caption or a paragraph twice is a common slip in a CMS.

    Example: the same French caption on two consecutive lines.
    """
    for copy, original in context.duplicates.items():
        paragraph = context.target_paragraph(copy)
        yield Hit(
            f"target paragraph {copy} repeats target paragraph {original}: “{excerpt(paragraph)}”",
            None,
            whole(paragraph),
            (("paragraph", copy), ("original", original)),
        )


def excerpt(paragraph: AnalysedParagraph, limit: int = 60) -> str:
    """The start of a paragraph's content on one line, for messages."""
    text = SPACES.sub(" ", paragraph.paragraph.content).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
