"""The glossary rule: terms rendered as the user's glossary says (``--glossary``).

Matching decisions (see ``translint.glossary`` for the file formats):

- A term is found as whole words. An all-caps term (an acronym: QKBA, MOU)
  is matched exactly, so the word *mou* does not count; any other term up to
  case and accents (``Quebec`` finds ``Québec``), with any run of spaces or a
  hyphen between its words, a typographic apostrophe for a straight one,
  and a plural ``s``/``x`` on each word (``protocoles d’entente``).
- The unit is the aligned group: a source term anywhere in a group's source
  paragraphs asks for one of its renderings anywhere in the group's target
  paragraphs. Occurrences are not counted (a translator may say *it* the
  second time).
- A required rendering asked for by a forbidden source term is not demanded:
  a deprecated word in the original says nothing about the translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from translint.compare.declared import spells_out
from translint.glossary import GlossaryEntry
from translint.model import AlignmentGroup, AnalysedParagraph, Location, Severity
from translint.rules.context import Context, checked, span
from translint.rules.registry import Hit, rule
from translint.words import fold

SEPARATOR = re.compile(r"[\s\-‐‑–]+")


@dataclass(frozen=True)
class Occurrence:
    paragraph: AnalysedParagraph
    start: int
    end: int

    def location(self) -> Location:
        return span(self.paragraph, self.start, self.end)


def exact(term: str) -> bool:
    """Acronyms and other all-caps terms are matched as written."""
    return term.isupper()


@lru_cache(maxsize=4096)
def term_pattern(term: str) -> re.Pattern[str]:
    """A whole-word pattern for ``term``, over folded text unless the term is all caps."""
    if exact(term):
        return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)")
    words = [w for w in SEPARATOR.split(fold(term)) if w]
    plural = r"(?:s|x)?"
    body = r"[\s\-‐‑–]+".join(re.escape(w) + (plural if w[-1:].isalpha() else "") for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)")


@lru_cache(maxsize=4096)
def _folded(text: str) -> tuple[str, tuple[int, ...]]:
    """``fold(text)`` and, for every folded character, its offset in ``text``."""
    pieces: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        pieces.append(folded)
        offsets.extend([index] * len(folded))
    offsets.append(len(text))
    return "".join(pieces), tuple(offsets)


def occurrences(term: str, paragraphs: list[AnalysedParagraph]) -> list[Occurrence]:
    """Where ``term`` is written in the checked paragraphs, in order."""
    pattern = term_pattern(term)
    found = []
    for analysed in paragraphs:
        if not checked(analysed):
            continue
        paragraph = analysed.paragraph
        text = paragraph.content
        if exact(term):
            spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
        else:
            folded, offsets = _folded(text)
            matches = pattern.finditer(folded)
            spans = [(offsets[m.start()], offsets[m.end() - 1] + 1) for m in matches]
        found += [Occurrence(analysed, *paragraph.text_span(s, e)) for s, e in spans]
    return found


def quoted(term: str) -> str:
    """Acronyms read plainly; words and phrases are quoted so that their edges show."""
    return term if exact(term) and " " not in term else f"“{term}”"


def _or(terms: tuple[str, ...]) -> str:
    return " or ".join(quoted(t) for t in terms)


@rule(
    "glossary-term",
    Severity.ERROR,
    "a glossary term is not rendered as the glossary says",
    compares_content=True,
)
def glossary_term(context: Context) -> Iterator[Hit]:
    """A glossary term of the original is not rendered as the glossary says.

    Why: organisations and clients fix their names and terms (an
    association's French name, a product kept in English, a false friend to
    avoid); a translation that departs from the glossary is wrong even when
    it reads well. Only runs with ``--glossary``.

    Example: glossary ``QKBA,AAQC``; ``QKBA was invited`` / ``QKBA a été
    invitée`` gives ``QKBA should be rendered AAQC (glossary)``; glossary
    ``billion,billion,forbidden``; ``198.1 billion`` / ``198,1 billions``
    gives ``“billion” must not be rendered “billion” (glossary: forbidden)``.
    """
    glossary = context.glossary
    if glossary is None:
        return
    for group in context.matched_groups():
        source = [context.source_paragraph(i) for i in group.source]
        target = [context.target_paragraph(j) for j in group.target]
        for entry in glossary.entries:
            yield from _check_entry(entry, group, source, target, context)


def _check_entry(
    entry: GlossaryEntry,
    group: AlignmentGroup,
    source: list[AnalysedParagraph],
    target: list[AnalysedParagraph],
    context: Context,
) -> Iterator[Hit]:
    source_lang, target_lang = context.source.lang, context.target.lang
    preferred = entry.preferred(source_lang)
    # A pair forbidden both ways (CSV ``forbidden``) has no preferred term: its
    # forbidden source term is what triggers the check.
    triggers = preferred or entry.forbidden(source_lang)
    required = entry.preferred(target_lang) if preferred else ()
    for term in triggers:
        found = occurrences(term, source)
        if not found:
            continue
        wrong = [(t, o) for t in entry.forbidden(target_lang) for o in occurrences(t, target)]
        wrong.sort(key=lambda pair: (pair[1].paragraph.paragraph.index, pair[1].start))
        # A required acronym written out by its declared name (the French
        # definition's, or the language data's) is rendered.
        if (
            required
            and not any(occurrences(t, target) for t in required)
            and not spells_out(context.declared_acronyms, term, target)
        ):
            if entry.do_not_translate:
                message = f"{quoted(term)} should stay {quoted(term)} (glossary: do not translate)"
            else:
                message = f"{quoted(term)} should be rendered {_or(required)} (glossary)"
            target_location = None
            args: tuple[tuple[str, str | int], ...] = (
                ("term", term),
                ("required", " or ".join(required)),
            )
            if wrong:
                rendering, place = wrong.pop(0)
                message = message.replace(" (glossary", f", not {quoted(rendering)} (glossary", 1)
                target_location = place.location()
                args += (("rendering", rendering),)
            yield Hit(message, found[0].location(), target_location, args)
        for rendering, place in wrong:
            yield Hit(
                f"{quoted(term)} must not be rendered {quoted(rendering)} (glossary: forbidden)",
                found[0].location(),
                place.location(),
                (("term", term), ("rendering", rendering)),
            )
