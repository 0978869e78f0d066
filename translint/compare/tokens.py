"""The words the name comparisons read, with their places, and what a word's shape tells.

Shared by every name comparison (``acronyms``, ``copied``, ``names``,
``spelling``) so that a word is cut, folded and judged the same way by each.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from types import MappingProxyType
from typing import NamedTuple

from rapidfuzz import fuzz, process

from translint.lang.en_fr.names import (
    ADJECTIVE_ENDINGS,
    EXONYM_LANGUAGES,
    EXONYMS,
    INFLECTIONS,
)
from translint.model import AnalysedDocument, AnalysedParagraph, Entity
from translint.words import fold

NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # elisions and possessives split off
# Letters and digits: VT100, sRGB, and GNU and Linux apart in GNU/Linux.
NAME_TOKEN = re.compile(r"[^\W_]+")
ACRONYM_TOKEN = re.compile(r"[\w&]+")
SITE_ENDING = re.compile(r"\.[a-z]{2,3}(?![\w.])")
HYPHENATED = re.compile(r"[\w&]+(?:-[\w&]+)+")
# rapidfuzz ratio from which a word of an organisation's name counts as translated
COGNATE = 80.0

# A word of an entity that is a name: (word, start, end) in its paragraph's text.
NameWord = tuple[str, int, int]


class Token(NamedTuple):
    """A word of a paragraph, with its place, for pointing at it.

    A named tuple, not a dataclass: a check makes one per word of both
    documents, and building frozen dataclasses was a tenth of a big check.
    """

    paragraph: AnalysedParagraph
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return fold(self.text)


def name_words(analysed: AnalysedParagraph) -> list[Token]:
    """Words of a paragraph's content (``NAME_WORD``), with their places."""
    return _tokens(analysed, NAME_WORD)


def name_tokens(analysed: AnalysedParagraph, capitals: bool = False) -> list[Token]:
    """Runs of letters and digits of a paragraph's content, with their places
    (only those that start with a capital, with ``capitals``)."""
    return _tokens(analysed, NAME_TOKEN, capitals)


def _tokens(
    analysed: AnalysedParagraph, pattern: re.Pattern[str], capitals: bool = False
) -> list[Token]:
    paragraph = analysed.paragraph
    matches = pattern.finditer(paragraph.content)
    if capitals:
        matches = (m for m in matches if m.group()[0].isupper())
    if paragraph.plain is None:  # most paragraphs: offsets move by a constant
        base = paragraph.content_start
        return [Token(analysed, m.group(), m.start() + base, m.end() + base) for m in matches]
    return [Token(analysed, m.group(), *paragraph.text_span(m.start(), m.end())) for m in matches]


def group_paragraphs(
    document: AnalysedDocument, indices: tuple[int, ...]
) -> list[AnalysedParagraph]:
    """The paragraphs of one side of an alignment group."""
    return [document.paragraphs[i] for i in indices]


def entity_name_words(entity: Entity, common: frozenset[str]) -> list[NameWord]:
    """The words of an entity that are names, with offsets.

    A capitalised word that the same document also writes in lower case is a
    common noun in a title-case name (``Quantum Computing``, ``Talent and
    Ecosystem Development``): translators translate those, so they are not
    looked for.
    """
    return [
        (m.group(), entity.start + m.start(), entity.start + m.end())
        for m in NAME_WORD.finditer(entity.text)
        if m.group()[0].isupper() and len(m.group()) >= 2 and fold(m.group()) not in common
    ]


def common_words(document: AnalysedDocument) -> frozenset[str]:
    """Folded words the document writes in lower case somewhere: not names."""
    return frozenset(
        fold(w)
        for p in document.paragraphs
        for w in NAME_WORD.findall(p.paragraph.content)
        if w.islower()
    )


@dataclass(frozen=True)
class Vocabulary:
    """The words of a pair that several name comparisons read, each read once, when first asked."""

    source: AnalysedDocument
    target: AnalysedDocument

    @cached_property
    def source_common(self) -> frozenset[str]:
        """The source's ``common_words``."""
        return common_words(self.source)

    @cached_property
    def target_common(self) -> frozenset[str]:
        """The target's ``common_words``."""
        return common_words(self.target)

    @cached_property
    def target_words(self) -> Mapping[int, tuple[Token, ...]]:
        """Each target paragraph's ``name_words``, by index."""
        return MappingProxyType(
            {p.paragraph.index: tuple(name_words(p)) for p in self.target.paragraphs}
        )


def written_tokens(paragraphs: list[AnalysedParagraph]) -> set[str]:
    """Every token as written, digits included, for finding acronyms like FAT32, and
    every hyphenated one without its hyphens: CD-ROM is the CDROM of the original,
    as hyphens are never a misspelling (Wi-Fi / WiFi)."""
    written: set[str] = set()
    for p in paragraphs:
        content = p.paragraph.content
        written.update(ACRONYM_TOKEN.findall(content))
        written.update(w.replace("-", "") for w in HYPHENATED.findall(content))
    return written


def title_case(text: str) -> bool:
    """Headings and list items in Title Case make the recogniser see organisations everywhere."""
    long_words = [w for w in NAME_WORD.findall(text) if len(w) >= 4]
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.6 * len(long_words)


def name_shaped(word: str) -> bool:
    """Capitals after the first letter (GIMP, VT100, sRGB, LibreOffice): a name in any language."""
    return any(c.isupper() for c in word[1:]) and any(c.isalpha() for c in word)


def in_code(token: Token) -> bool:
    """A word glued to code (``fr_FR.UTF-8``, ``$XDG_DATA_HOME``, ``xorg.conf``): an
    example a translator may adapt, not a name. A capitalised word before a short
    lower-case ending is a site's name (``Canada.ca``, ``Apolitical.co``), which
    both languages write alike: a name."""
    text = token.paragraph.paragraph.text
    before = text[token.start - 1] if token.start > 0 else " "
    after = text[token.end : token.end + 2]
    if before in "_$.=" or after[:1] == "_":
        return True
    return after[:1] == "." and after[1:].isalnum() and not _site_name(token, text)


def _site_name(token: Token, text: str) -> bool:
    """``Canada`` in ``Canada.ca``: a capitalised word, then a dot and two or three
    lower-case letters that end the run."""
    return (
        token.text[:1].isupper()
        and token.text[1:].islower()
        and bool(SITE_ENDING.match(text, token.end))
    )


def inflection(a: str, b: str) -> bool:
    """Whether one folded word is the other with a plural ending (Spirograph / Spirographs)."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) :] in INFLECTIONS


def adjective(source: str, target: str) -> bool:
    """Whether ``target`` is the other language's adjective of a name (Gaussian /
    gaussien, European / européen, American / américain), folded."""
    for a, b in ADJECTIVE_ENDINGS:
        for x, y in ((source, target), (target, source)):
            if x.endswith(a) and y.endswith(b) and x[: -len(a)] == y[: -len(b)]:
                return True
    return False


def adjectives_of(word: str) -> frozenset[str]:
    """Every folded word of which ``adjective(word, it)`` holds, built from the endings
    rather than found by testing each word of a document: a name is looked up in
    all the words of its target (``present``), thousands of them."""
    found = set()
    for a, b in ADJECTIVE_ENDINGS:
        for mine, theirs in ((a, b), (b, a)):
            if word.endswith(mine):
                found.add(word[: -len(mine)] + theirs)
    return frozenset(found)


@cache
def place_translations(from_lang: str, to_lang: str) -> dict[str, frozenset[str]]:
    """Folded words of place names mapped to the words of their translations: CLDR's
    territories (Korea / Corée) and the cities it names time zones after (London /
    Londres), with the common exonyms of the pair's data (Geneva / Genève)."""
    from babel import Locale

    source, target = Locale(from_lang), Locale(to_lang)
    names = [
        (name, target.territories.get(code))
        for code, name in source.territories.items()
        if not code.isdigit()
    ]
    names += [(_city(source, zone), _city(target, zone)) for zone in target.time_zones]
    names += _exonyms(from_lang, to_lang)
    table: dict[str, set[str]] = defaultdict(set)
    for name, other in names:
        if not name or not other:
            continue
        translated = {fold(w) for w in NAME_WORD.findall(other) if len(w) >= 3}
        for word in NAME_WORD.findall(name):
            if len(word) >= 3 and word[0].isupper():
                table[fold(word)] |= translated
    return {k: frozenset(v) for k, v in table.items()}


def _city(locale: object, zone: str) -> str | None:
    """A time zone's exemplar city in ``locale``; CLDR leaves out the names that
    are the zone's own (``Europe/Paris`` is Paris)."""
    if zone.startswith("Etc/"):
        return None
    names = locale.time_zones.get(zone, {})  # type: ignore[attr-defined]
    return names.get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")


def _exonyms(from_lang: str, to_lang: str) -> tuple[tuple[str, str], ...]:
    by_lang = [dict(zip(EXONYM_LANGUAGES, row, strict=True)) for row in EXONYMS]
    return tuple(
        (row[from_lang], row[to_lang]) for row in by_lang if from_lang in row and to_lang in row
    )


def present(word: str, keys: set[str], places: dict[str, frozenset[str]], derived: bool) -> bool:
    """Whether a name word is in the target, as is, translated (CLDR), as the other
    language's adjective (Gaussian / gaussien) or, when ``derived`` is allowed, as the
    start of a derived word (Quebec / québécois, Corée / coréens)."""
    folded = fold(word)
    candidates = {folded} | places.get(folded, frozenset())
    if candidates & keys or not adjectives_of(folded).isdisjoint(keys):
        return True
    if not derived:
        return False
    if any(k.startswith(c) for c in candidates if len(c) >= 4 for k in keys):
        return True
    return (
        len(folded) >= 5
        and process.extractOne(folded, keys, scorer=fuzz.ratio, score_cutoff=COGNATE) is not None
    )
