"""A name spelled two ways within one text (Yonkyu / Yongkyu, Canada / Cnaada).

A text may contradict itself where no aligned paragraph can: a caption of
the translation alone, a name the original does not have there, or both
sides repeating one slip. Each text is read on its own, with no alignment.
Two kinds: words of people's names a little apart (``spelling_variants``),
and a capitalised word written once, in no dictionary, one typing slip
away from a capitalised word the text writes several times (``typing_slips``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from translint.analysis.nlp import is_dictionary_word
from translint.compare.tokens import Token, adjective, entity_name_words, inflection, name_words
from translint.lang import codes
from translint.model import AnalysedDocument, EntityLabel
from translint.words import fold

VARIANT = 85.0  # rapidfuzz ratio from which two spellings in one text are one name
USUAL = 2  # mentions from which a spelling is the text's usual one


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
    reported = {fold(v.rare.text) for v in found}
    return tuple(found) + tuple(
        v for v in typing_slips(document, common) if v.rare.key not in reported
    )


def typing_slips(document: AnalysedDocument, common: frozenset[str]) -> tuple[Variant, ...]:
    """Capitalised words written once that are one typing slip (a letter changed,
    dropped, added, or two swapped) from a capitalised word the text writes at
    least ``USUAL`` times, with the same first letter: Cnaada among many Canada.

    The slip must be in no dictionary of any language translint checks (an
    English word quoted in French is no slip), never written in lower case, and
    in capitals only if the usual spelling is (PCUE is no slip of Puce);
    another form of the word (Canadien / Canadiens, Europe / européen) is
    grammar, not a slip.
    """
    places: dict[str, list[Token]] = defaultdict(list)
    for analysed in document.paragraphs:
        for token in name_words(analysed):
            if token.text[0].isupper() and "-" not in token.text:
                places[token.key].append(token)
    usual: dict[tuple[str, int], list[str]] = defaultdict(list)  # by first letter, length
    for k, where in places.items():
        if len(where) >= USUAL and len(k) >= 4:
            usual[(k[0], len(k))].append(k)
    found = []
    for key, where in places.items():
        if len(where) != 1 or len(key) < 4 or key in common:
            continue
        word = where[0].text
        nearby = (o for n in (-1, 0, 1) for o in usual.get((key[0], len(key) + n), ()))
        other = next(
            (
                o
                for o in nearby
                if _slip_of(key, o) and word.isupper() == places[o][0].text.isupper()
            ),
            None,
        )
        # A word of any language checked (Filter quoted in French) is no slip.
        if other is None or any(is_dictionary_word(word, lang) for lang in codes()):
            continue
        found.append(Variant(where[0], places[other][0], tuple(places[other])))
    return tuple(found)


def _slip_of(rare: str, usual: str) -> bool:
    return (
        rare[0] == usual[0]
        and abs(len(rare) - len(usual)) <= 1
        and OSA.distance(rare, usual) == 1
        and not inflection(rare, usual)
        and not adjective(rare, usual)
    )


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
