"""Rules on the paragraph structure: what was dropped, added or pasted twice."""

from __future__ import annotations

import re
from collections.abc import Iterator

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
        yield Hit(
            f"target paragraph {index} has no counterpart in the source: “{excerpt(paragraph)}”",
            None,
            whole(paragraph),
            (("paragraph", index),),
        )


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
