"""One person's name spelled two ways within one text (Yonkyu / Yongkyu).

A text may contradict itself where no aligned paragraph can: a caption of
the translation alone, or both sides repeating one slip. Each text is read
on its own, with no alignment.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from translint.analysis.nlp import is_dictionary_word
from translint.compare.tokens import Token, entity_name_words
from translint.model import AnalysedDocument, EntityLabel
from translint.words import fold

VARIANT = 85.0  # rapidfuzz ratio from which two spellings in one text are one name


@dataclass(frozen=True)
class Variant:
    """A word of a name spelled two ways: the rarer spelling's first place, the usual
    spelling's first place, and every place of the usual one."""

    rare: Token
    usual: Token
    usual_places: tuple[Token, ...]


def spelling_variants(document: AnalysedDocument, common: frozenset[str]) -> tuple[Variant, ...]:
    """Words of people's names that one text spells two ways (``common``: its words in
    lower case somewhere, which are not names).

    Only words that are not dictionary words nor written in lower case in the
    text are compared, with the same first letter, a rapidfuzz ratio of at
    least ``VARIANT`` and neither a prefix of the other (``Park`` / ``Parks``
    is grammar, not spelling).
    """
    spellings = _spellings(document, common)
    keys = sorted(spellings)
    found = []
    for n, a in enumerate(keys):
        for b in keys[n + 1 :]:
            if not _variants(a, b):
                continue
            rare, usual = sorted((a, b), key=lambda k: (len(spellings[k]), k))
            found.append(Variant(spellings[rare][0], spellings[usual][0], tuple(spellings[usual])))
    return tuple(found)


def _spellings(document: AnalysedDocument, common: frozenset[str]) -> dict[str, list[Token]]:
    """The places of each folded word of a person's name that is no dictionary word."""
    spellings: dict[str, list[Token]] = defaultdict(list)
    for analysed in document.paragraphs:
        for entity in analysed.entities:
            if entity.label is not EntityLabel.PERSON:
                continue
            for word, start, end in entity_name_words(entity, common):
                if len(word) >= 4 and not is_dictionary_word(word, document.lang):
                    spellings[fold(word)].append(Token(analysed, word, start, end))
    return spellings


def _variants(a: str, b: str) -> bool:
    """Whether two folded words (``a`` sorted first) may be one name spelled two ways."""
    if a[0] != b[0] or a.startswith(b) or b.startswith(a) or abs(len(a) - len(b)) > 2:
        return False
    return fuzz.ratio(a, b) >= VARIANT
