"""Rules on the target's own writing: a doubled word, typographic spacing.

They read the translation alone, paragraph by paragraph, through the
analyses of ``translint.analysis.doublings`` and ``translint.analysis.typography``;
the language data says what is legitimate (``TextData.legitimate_doublings``,
``Language.typography``), so no language is named here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from translint.analysis.doublings import Doubling, doublings
from translint.analysis.shielded import shield_of
from translint.analysis.typography import (
    BREAKING,
    MISSING,
    UNWANTED,
    Slip,
    convention_for,
    places,
    slips,
)
from translint.config import TYPOGRAPHY_AUTO, TYPOGRAPHY_OFF
from translint.lang import Typography, language
from translint.model import AnalysedDocument, AnalysedParagraph, Severity
from translint.rules.context import Context, checked, span
from translint.rules.registry import Hit, rule
from translint.words import fold


@rule("repeated-word", Severity.WARNING, "a word doubled by accident in the target (« le le »)")
def repeated_word(context: Context) -> Iterator[Hit]:
    """A word of the translation is written twice in a row (« le le », “the the”).

    Why: a doubled word is the trace of a phrase rewritten in place, and a
    reader sees it at once; a spell checker does not, since each word is
    right. Doublings the language writes on purpose are not reported (French
    « nous nous », « vous vous », English “had had”, “that that”: the
    language data, ``legitimate_doublings``), nor a doubling the original has
    too (a name such as *Bora Bora*), nor words in code spans or URLs. Case
    does not matter (« Le le »); a line break, a tag or an emphasis marker
    between the two does not hide it; numbers are not words.

    Example: « Le le rapport a été publié » gives ``“Le le”: “le” is written twice``.
    """
    legitimate = language(context.target.lang).text.legitimate_doublings
    # The original is read only when the translation doubles a word: most do not.
    in_source: frozenset[str] | None = None
    for analysed in context.target.paragraphs:
        if not checked(analysed):
            continue
        paragraph = analysed.paragraph
        shield = shield_of(paragraph)
        for doubling in doublings(paragraph.content, legitimate, shield):
            if in_source is None:
                in_source = _source_doublings(context.source)
            if fold(doubling.word) in in_source:
                continue
            yield _doubling_hit(analysed, doubling)


def _source_doublings(source: AnalysedDocument) -> frozenset[str]:
    """Words the original itself writes twice (folded): a name, a quotation, copied."""
    found = set()
    for analysed in source.paragraphs:
        paragraph = analysed.paragraph
        found |= {
            fold(d.word) for d in doublings(paragraph.content, frozenset(), shield_of(paragraph))
        }
    return frozenset(found)


def _doubling_hit(analysed: AnalysedParagraph, doubling: Doubling) -> Hit:
    paragraph = analysed.paragraph
    start, end = paragraph.text_span(doubling.first, doubling.end)
    written = paragraph.content[doubling.first : doubling.end]
    shown = " ".join(written.split())
    return Hit(
        f"“{shown}”: “{doubling.word.casefold()}” is written twice",
        None,
        span(analysed, start, end),
        (("word", doubling.word), ("paragraph", paragraph.index)),
    )


# How each kind of slip is told, by its count: (one, several).
_KIND_WORDS = {
    MISSING: ("missing space", "missing spaces"),
    BREAKING: ("breaking space", "breaking spaces"),
    UNWANTED: ("space", "spaces"),
}
_KIND_WANTED = {
    MISSING: "{convention} wants a space",
    BREAKING: "{convention} wants a no-break space",
    UNWANTED: "{convention} wants none",
}


@dataclass(frozen=True)
class _Group:
    """The slips of one kind in one paragraph: one finding."""

    paragraph: AnalysedParagraph
    kind: str
    slips: tuple[Slip, ...]


@rule(
    "typography",
    Severity.INFO,
    "the target breaks its language's typographic conventions "
    "(French spacing and quotation marks, per the configured convention)",
)
def typography(context: Context) -> Iterator[Hit]:
    """The translation does not space its punctuation as its typography wants.

    Why: French puts a no-break space before ``:`` and inside ``« »``, and,
    in France, a narrow one before ``;``, ``!``, ``?`` (none in Canada); a
    missing space reads as an English habit, an ordinary one lets a line
    start with the ``:`` or the ``%``. The convention is the ``typography``
    setting (``fr-FR``, ``fr-CA``, ``off``); the default, ``auto``, takes a
    region tag in the target's path (``post.fr-CA.md``), else the convention
    the text itself follows most (its ``;`` spaced or not), else ``fr-FR``.
    Each paragraph gets one finding per kind of slip (missing, breaking,
    unwanted space), with the count; when the text writes breaking spaces
    where no-break ones belong more often than no-break ones (its habit, or
    a plain-text export's), they are one finding for the whole text. Code
    spans, URLs, times (``17:30``) and ratios (``3:1``) are not read, nor a
    paragraph still in the original's language (``untranslated-paragraph``
    says so; its punctuation is the original's).

    Example: with ``fr-CA``, « Résultat: 54% ; voir » gives ``2 missing
    spaces (fr-CA wants a space): before “:” ×1, before “%” ×1`` and ``1
    space where fr-CA wants none: before “;” ×1``.
    """
    convention = _convention(context)
    if convention is None:
        return
    untranslated = context.untranslated
    groups = [
        _Group(analysed, kind, found)
        for analysed in context.target.paragraphs
        if checked(analysed) and analysed.paragraph.index not in untranslated
        for kind, found in _by_kind(_slips_of(analysed, convention)).items()
    ]
    if _breaks_by_habit(context.target, convention):
        yield from _text_wide(groups, convention)
        groups = [g for g in groups if g.kind != BREAKING]
    for group in groups:
        yield _group_hit(group, convention)


def _slips_of(analysed: AnalysedParagraph, convention: Typography) -> tuple[Slip, ...]:
    paragraph = analysed.paragraph
    return slips(paragraph.content, convention, shield_of(paragraph))


def _convention(context: Context) -> Typography | None:
    """The convention to check the target against, or None (``off``, or none known)."""
    conventions = language(context.target.lang).typography
    if context.typography == TYPOGRAPHY_OFF:
        return None
    if context.typography != TYPOGRAPHY_AUTO:
        return next((c for c in conventions if c.name == context.typography), None)
    contents = [p.paragraph.content for p in context.target.paragraphs if checked(p)]
    return convention_for(context.target.document.path, contents, conventions)


def _by_kind(found: Sequence[Slip]) -> dict[str, tuple[Slip, ...]]:
    kinds: dict[str, list[Slip]] = {}
    for slip in found:
        kinds.setdefault(slip.kind, []).append(slip)
    return {kind: tuple(group) for kind, group in kinds.items()}


def _breaks_by_habit(target: AnalysedDocument, convention: Typography) -> bool:
    """Whether the text writes breaking spaces where no-break ones belong more often than not.

    Then its breaking spaces are its habit (or its tool's: a plain-text export
    loses no-break spaces), better said once than in every paragraph.
    """
    breaking = kept = 0
    for analysed in target.paragraphs:
        if not checked(analysed):
            continue
        paragraph = analysed.paragraph
        for place in places(paragraph.content, convention, shield_of(paragraph)):
            slip = place.slip
            if slip is not None:
                breaking += slip.kind == BREAKING
            else:
                kept += place.written != ""
    return breaking > kept


def _text_wide(groups: list[_Group], convention: Typography) -> Iterator[Hit]:
    """All the ordinary spaces of a text that writes no no-break space, as one finding."""
    breaking = [g for g in groups if g.kind == BREAKING]
    if not breaking:
        return
    every = tuple(s for g in breaking for s in g.slips)
    count = len(breaking)
    message = (
        f"the text mostly writes breaking spaces: {len(every)} breaking "
        f"space{'s' if len(every) > 1 else ''} where {convention.name} wants one, in {count} "
        f"paragraph{'s' if count > 1 else ''} (the first here): {_listed(every, convention)}"
    )
    yield _hit(breaking[0], message, convention, (("paragraphs", count), ("total", len(every))))


def _group_hit(group: _Group, convention: Typography) -> Hit:
    return _hit(group, _counted(group.kind, group.slips, convention), convention, ())


def _counted(kind: str, found: Sequence[Slip], convention: Typography) -> str:
    """``2 missing spaces (fr-CA wants a space): before “:” ×1, before “%” ×1``."""
    one, several = _KIND_WORDS[kind]
    wanted = _KIND_WANTED[kind].format(convention=convention.name)
    words = one if len(found) == 1 else several
    listed = _listed(found, convention)
    if kind == MISSING:
        return f"{len(found)} {words} ({wanted}): {listed}"
    return f"{len(found)} {words} where {wanted}: {listed}"


def _listed(found: Sequence[Slip], convention: Typography) -> str:
    """Where the slips are, by mark: ``before “:” ×2, after “«” ×1``."""
    sides = {s.mark: s.side for s in convention.marks}
    marks = Counter(f"{sides.get(s.mark, 'before')} “{s.mark}”" for s in found)
    return ", ".join(f"{where} ×{n}" for where, n in marks.items())


def _hit(
    group: _Group, message: str, convention: Typography, extra: tuple[tuple[str, str | int], ...]
) -> Hit:
    paragraph = group.paragraph.paragraph
    first = group.slips[0]
    places = [paragraph.text_span(s.start, s.end) for s in group.slips]
    args: tuple[tuple[str, str | int], ...] = (
        ("convention", convention.name),
        ("kind", group.kind),
        ("count", len(group.slips)),
        ("places", " ".join(f"{a}-{b}" for a, b in places)),
        *extra,
    )
    where = span(group.paragraph, *paragraph.text_span(first.start, first.end))
    return Hit(message, None, where, args)
