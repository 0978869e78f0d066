"""Rules on figures: every number of the original must mean the same in the translation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from translint.analysis.figures import decimal_style
from translint.compare.figures import GroupMatching
from translint.lang import language_name
from translint.model import Figure, Location, Severity
from translint.rules.context import Context, span
from translint.rules.registry import Hit, rule


def _at(matching: GroupMatching, figure: Figure) -> Location:
    """Where a figure of a matched group is, for the finding."""
    return span(matching.paragraph_of(figure), figure.start, figure.end)


@rule(
    "figure-mismatch",
    Severity.ERROR,
    "a figure's value, scale, unit or currency differs",
    compares_content=True,
)
def figure_mismatch(context: Context) -> Iterator[Hit]:
    """A figure of the original was changed in the translation.

    Why: a retyped figure (54.1 % became 45,1 %) or a scale word taken for its
    false friend (English *billion* is French *milliard*; French *billion* is a
    thousand times more) changes the facts. Figures are compared by meaning,
    so ``54.1%`` and ``54,1 %``, ``10`` and ``dix`` agree.

    Example: ``198.1 billion KRW`` rendered ``198,1 billions de KRW``.
    """
    for matched in context.figure_matchings:
        for pair in matched.matching.mismatched:
            yield Hit(
                f"{pair.source.text} became {pair.target.text} ({pair.reason})",
                _at(matched, pair.source),
                _at(matched, pair.target),
                args=(
                    ("source", pair.source.text),
                    ("target", pair.target.text),
                    ("reason", pair.reason),
                ),
            )


@rule(
    "figure-missing",
    Severity.ERROR,
    "a source figure has no counterpart in the aligned target",
    compares_content=True,
)
def figure_missing(context: Context) -> Iterator[Hit]:
    """A figure of the original is absent from the aligned translation.

    Why: a dropped figure is usually a dropped fact. Small numbers written in
    words (*two regions*) come and go in translation and are not reported.

    Example: ``up 20% since 2020`` translated ``en hausse depuis 2020``.
    """
    for matched in context.figure_matchings:
        paragraphs = matched.group.target
        for figure in matched.matching.missing:
            yield Hit(
                f"{figure.text} has no counterpart in target paragraph"
                f"{'s' if len(paragraphs) > 1 else ''} {_indices(paragraphs)}",
                _at(matched, figure),
                None,
                args=(("source", figure.text), ("target_paragraphs", _indices(paragraphs))),
            )


@rule(
    "figure-extra",
    Severity.WARNING,
    "a target figure has no counterpart in the aligned source",
    compares_content=True,
)
def figure_extra(context: Context) -> Iterator[Hit]:
    """The translation has a figure the aligned original does not.

    Why: an added figure is either a correction to confirm or a mistake.

    Example: ``en hausse de 20 % depuis 2020`` for ``up since 2020``.
    """
    for matched in context.figure_matchings:
        paragraphs = matched.group.source
        for figure in matched.matching.extra:
            yield Hit(
                f"{figure.text} has no counterpart in source paragraph"
                f"{'s' if len(paragraphs) > 1 else ''} {_indices(paragraphs)}",
                None,
                _at(matched, figure),
                args=(("target", figure.text), ("source_paragraphs", _indices(paragraphs))),
            )


def _indices(indices: tuple[int, ...]) -> str:
    """Paragraph numbers as messages list them: ``3, 4``."""
    return ", ".join(str(i) for i in indices)


FORMATTED_KINDS = frozenset({"percent", "money", "quantity"})
SEPARATED = re.compile(r"\d[.,\s\u00a0\u202f]\d")
NUMBER = re.compile(r"\d(?:[\d.,\s\u00a0\u202f]*\d)?")
GROUPED = re.compile(r"\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+")


def in_source_format(source: Figure, target: Figure, source_style: str, target_style: str) -> bool:
    """Whether the target writes a matched figure with the source language's separators.

    ``source_style`` and ``target_style`` are the conventions the two
    languages write (``Figure.style``). Either the target's writing betrays
    the source's convention (``54.1%`` in French), or it only matched by
    reading its digits the source's way (``10,000 km`` in French is 10 km
    unless read as English).
    """
    if target.written != "digits" or not SEPARATED.search(target.text):
        return False  # "12%" against "12 %" is typography, not a number format
    # A bare decimal count in a technical text is usually a software value
    # (1.0, 3.5, section 11.18); grouped thousands are read wrong either way.
    number = NUMBER.search(target.text)
    grouped = number is not None and GROUPED.fullmatch(number.group()) is not None
    if target.kind not in FORMATTED_KINDS and not (target.kind == "count" and grouped):
        return False
    if target.style == source_style and source_style != target_style:
        return True
    return target.value != source.value and source.style == source_style


@rule(
    "figure-format",
    Severity.INFO,
    "same value, but written in the other language's format",
    compares_content=True,
)
def figure_format(context: Context) -> Iterator[Hit]:
    """A figure agrees in value but keeps the original's number format.

    Why: readers of French expect ``54,1 %`` and ``1 250``; ``54.1%`` in a
    French text is a leftover of the English one, and ``1,250`` means 1.25 to
    a French reader. Reported as information: the value is right.

    Not reported in a paragraph left in the original's language
    (``untranslated-paragraph``): its figures are the original's, and the
    fix is translating it.

    Example: ``a 54.1% increase`` translated ``une hausse de 54.1%``.
    """
    from babel.numbers import format_decimal

    source_lang, target_lang = context.source.lang, context.target.lang
    source_style, target_style = decimal_style(source_lang), decimal_style(target_lang)
    source_name = language_name(source_lang)
    target_name = language_name(target_lang)
    for matched in context.figure_matchings:
        for source, target in matched.matching.matched:
            if not in_source_format(source, target, source_style, target_style):
                continue
            if matched.paragraph_of(target).paragraph.index in context.untranslated:
                continue  # the paragraph is not translated at all: one finding says so
            amount = source.value / source.scale if source.scale != 1 else source.value
            native = format_decimal(amount, format=_pattern(target.text), locale=target_lang)
            yield Hit(
                f"{target.text} is written the {source_name} way; {target_name} writes {native}",
                _at(matched, source),
                _at(matched, target),
                args=(
                    ("target", target.text),
                    ("source_language", source_name),
                    ("target_language", target_name),
                    ("native", native),
                ),
            )


def _pattern(text: str) -> str:
    """A Babel number pattern keeping the decimals ``text`` writes (5.0 stays 5,0)."""
    number = NUMBER.search(text)
    if number is None or GROUPED.fullmatch(number.group()):
        return "#,##0"
    decimals = re.search(r"[.,](\d+)$", number.group())
    return "#,##0." + "0" * len(decimals[1]) if decimals else "#,##0"
