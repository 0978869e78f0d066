"""Rules on the paragraph structure: what was dropped, added or pasted twice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from translint.model import AnalysedParagraph, ParagraphKind, Severity
from translint.rules.context import Context, checked, whole
from translint.rules.registry import Hit, rule
from translint.words import fold

SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class MissingRun:
    """Consecutive source paragraphs with no counterpart, split into sections and strays."""

    sections: tuple[tuple[int, int], ...]  # (heading, last paragraph) of each whole section
    strays: tuple[int, ...]  # missing paragraphs outside a whole missing section


def missing_runs(context: Context) -> list[MissingRun]:
    """Unmatched source paragraphs, grouped by run, with whole sections recognised.

    A section is a heading and the paragraphs up to the next heading. It is
    missing as a whole when the run of unmatched paragraphs covers the heading
    and everything under it (at least one paragraph); consecutive whole
    sections in one run make one finding, as the contract asks.
    """
    cached = context.shared.get("missing_runs")
    if cached is not None:
        return cached  # type: ignore[return-value]
    paragraphs = context.source.paragraphs
    moved = {m.source for m in context.moves}
    unmatched = [
        g.source[0]
        for g in context.alignment
        if g.source and not g.target and checked(paragraphs[g.source[0]])
    ]
    # A moved paragraph breaks a run: it is reported as moved, never as part of a section.
    runs: list[list[int]] = []
    for index in unmatched:
        if index in moved:
            runs.append([index])
            continue
        if runs and index == runs[-1][-1] + 1 and runs[-1][-1] not in moved:
            runs[-1].append(index)
        else:
            runs.append([index])
    result = []
    for run in runs:
        members = set(run)
        sections: list[tuple[int, int]] = []
        strays: list[int] = []
        i = 0
        while i < len(run):
            index = run[i]
            end = _section_end(context, index) if _is_heading(context, index) else None
            if end is not None and end > index and all(k in members for k in range(index, end + 1)):
                if sections and sections[-1][1] == index - 1:
                    sections[-1] = (sections[-1][0], end)
                else:
                    sections.append((index, end))
                i += end - index + 1
            else:
                strays.append(index)
                i += 1
        result.append(MissingRun(tuple(sections), tuple(strays)))
    context.shared["missing_runs"] = result
    return result


def _is_heading(context: Context, index: int) -> bool:
    return context.source.paragraphs[index].paragraph.kind is ParagraphKind.HEADING


def _section_end(context: Context, heading: int) -> int:
    """The last paragraph under ``heading``: before the next heading of its level or higher."""
    paragraphs = context.source.paragraphs
    level = paragraphs[heading].paragraph.level
    index = heading + 1
    while index < len(paragraphs):
        paragraph = paragraphs[index].paragraph
        if paragraph.kind is ParagraphKind.HEADING and (
            level is None or paragraph.level is None or paragraph.level <= level
        ):
            break
        index += 1
    return index - 1


@rule("missing-paragraph", Severity.ERROR, "a source paragraph has no counterpart in the target")
def missing_paragraph(context: Context) -> Iterator[Hit]:
    """A paragraph of the original has no counterpart in the translation.

    Why: a dropped paragraph is information the reader of the translation
    never gets. Paragraphs of a whole missing section are reported once, as
    ``missing-section``.

    Example: the English byline ``Nam Hyun Cho`` has no French line.
    """
    moved = {m.source: m.target for m in context.moves}
    for run in missing_runs(context):
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
            yield Hit(message, whole(paragraph), target, severity=severity)


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
    for run in missing_runs(context):
        for heading, last in run.sections:
            paragraph = context.source_paragraph(heading)
            count = last - heading + 1
            yield Hit(
                f"section “{excerpt(paragraph)}” (paragraphs {heading}–{last}, "
                f"{count} paragraphs) has no counterpart",
                whole(paragraph, last),
                None,
            )


def duplicates(context: Context) -> dict[int, int]:
    """Unmatched target paragraphs that repeat an earlier target paragraph: copy -> original.

    A repeated paragraph that the aligner matched to a source paragraph is a
    repetition the original has too, so only unmatched copies count.
    """
    cached = context.shared.get("duplicates")
    if cached is not None:
        return cached  # type: ignore[return-value]
    first_seen: dict[str, int] = {}
    copies: dict[int, int] = {}
    for analysed in context.target.paragraphs:
        if not checked(analysed):
            continue
        key = SPACES.sub(" ", fold(analysed.paragraph.content)).strip()
        index = analysed.paragraph.index
        if key in first_seen:
            group = context.target_group_of.get(index)
            if group is not None and not group.source:
                copies[index] = first_seen[key]
        else:
            first_seen[key] = index
    context.shared["duplicates"] = copies
    return copies


@rule("extra-paragraph", Severity.WARNING, "a target paragraph has no counterpart in the source")
def extra_paragraph(context: Context) -> Iterator[Hit]:
    """A paragraph of the translation has no counterpart in the original.

    Why: added text (a caption, a translator's note, a paragraph from another
    article) may be wanted, but an editor should know it is there.

    Example: a French photo caption that the English page does not have.
    """
    copies = duplicates(context)
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
        )


@rule(
    "duplicate-paragraph", Severity.WARNING, "a target paragraph repeats another target paragraph"
)
def duplicate_paragraph(context: Context) -> Iterator[Hit]:
    """A paragraph of the translation is a copy of an earlier one that the original does not repeat.

    Why: pasting a caption or a paragraph twice is a common slip in a CMS.

    Example: the same French caption on two consecutive lines.
    """
    for copy, original in duplicates(context).items():
        paragraph = context.target_paragraph(copy)
        yield Hit(
            f"target paragraph {copy} repeats target paragraph {original}: “{excerpt(paragraph)}”",
            None,
            whole(paragraph),
        )


def excerpt(paragraph: AnalysedParagraph, limit: int = 60) -> str:
    """The start of a paragraph's content on one line, for messages."""
    text = SPACES.sub(" ", paragraph.paragraph.content).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
