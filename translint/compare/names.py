"""Names of the original misspelt or missing in the aligned target.

A source entity is *present* in its aligned target when its words are there
up to case and accents (Montreal / Montréal), or through CLDR's names for
countries and regions (Korea / Corée, Germany / Allemagne). Only the
entity's own words are looked for, in the target's text rather than in the
target's entities, so that the French recogniser missing a name is not
taken for the translator missing it.

Two comparisons, the second built on the first: ``misspellings`` (copied
names with a typing slip, and words of people's names the target spells a
little differently), which ``name-inconsistent`` needs alone, and
``compare_names``, which adds the names missing and swapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

from translint.analysis.nlp import is_dictionary_word
from translint.compare.acronyms import expands, localised
from translint.compare.copied import INTERFACE, GroupChanges, NamePair
from translint.compare.rendered import Embedder, nameable, rendered_names
from translint.compare.tokens import (
    NameWord,
    Token,
    Vocabulary,
    adjective,
    entity_name_words,
    group_paragraphs,
    name_tokens,
    place_translations,
    present,
    title_case,
    written_tokens,
)
from translint.lang import language
from translint.model import AlignmentGroup, AnalysedDocument, AnalysedParagraph, Entity, EntityLabel
from translint.words import fold

HASHTAG = re.compile(r"#[^\W\d_]")
HASHTAG_WORD = re.compile(r"#([^\W\d_]\w*)")
# A name glued from capitals and a word, either way round (GCKey, GCNewsroom, BizPaL is not).
GLUED = re.compile(r"([A-Z]{2,})([a-z]{2,})|([A-Z]?[a-z]{3,})([A-Z]{2,})")
NEAR_MISS = 80.0  # rapidfuzz ratio from which a target word may be a name misspelt

# An entity of a group's source: the group's number among the matched groups, the
# source paragraph, and the entity's number among the paragraph's entities.
EntityPlace = tuple[int, int, int]


@dataclass(frozen=True)
class Misspellings:
    """Names the target spells differently, in alignment order."""

    pairs: tuple[NamePair, ...]  # (the source name, the target's spelling), once per places
    # People's entities one of whose words the target spells a little differently:
    # misspelt, so not missing.
    people: frozenset[EntityPlace]

    @property
    def target_places(self) -> frozenset[tuple[int, int]]:
        """Target (paragraph, start) of every misspelling."""
        return frozenset((t.paragraph.paragraph.index, t.start) for _, t in self.pairs)


@dataclass(frozen=True)
class Missing:
    """An entity of a source paragraph that its group's target lacks."""

    entity: Entity
    paragraph: AnalysedParagraph
    group: AlignmentGroup


@dataclass(frozen=True)
class Swap:
    """A name of a group's source whose place another name of the original took."""

    name: Token
    intruder: Token
    group: AlignmentGroup
    mentioned: bool  # the group's target still writes the name: one mention was swapped


@dataclass(frozen=True)
class NameComparison:
    """The names of the original missing from the aligned target, and those swapped
    there for another name of the original (misspelt ones are ``Misspellings``)."""

    missing: tuple[Missing, ...]
    swapped: tuple[Swap, ...]


def misspellings(words: Vocabulary, changes: tuple[GroupChanges, ...]) -> Misspellings:
    """The slips of ``changes`` and the near misses of people's names, group by group."""
    source, target = words.source, words.target
    places = place_translations(source.lang, target.lang)
    common, target_common = words.source_common, words.target_common
    found: dict[tuple[int, int, int], NamePair] = {}
    people: set[EntityPlace] = set()
    for number_of_group, change in enumerate(changes):
        for pair in change.slips:
            found.setdefault(_pair_key(pair), pair)
        target_tokens = [t for j in change.group.target for t in words.target_words[j]]
        keys = {t.key for t in target_tokens}
        capitalised = [t for t in target_tokens if t.text[0].isupper()]
        for analysed, number, entity in _looked_for(source, change):
            if entity.label is not EntityLabel.PERSON:
                continue
            absent = _absent(entity_name_words(entity, common), keys, places)
            # A translated word is not a misspelt name (Filters / Filtres).
            near = [
                (s, t)
                for s, t in _near_misses(analysed, absent, capitalised)
                if t.key not in target_common and not is_dictionary_word(t.text, target.lang)
            ]
            for pair in near:
                found.setdefault(_pair_key(pair), pair)
            if near:
                people.add((number_of_group, analysed.paragraph.index, number))
    return Misspellings(tuple(found.values()), frozenset(people))


def compare_names(
    words: Vocabulary,
    explained: frozenset[tuple[str, int]],
    changes: tuple[GroupChanges, ...],
    misspelt: Misspellings,
    meaning: Embedder | None = None,
) -> NameComparison:
    """Entities of each matched group looked for in the aligned target.

    ``explained`` holds the source acronyms (with their paragraph) rendered by
    another acronym; ``changes`` and ``misspelt`` are the names already found
    misspelt or swapped, which are not reported missing as well. With an
    encoder (``meaning``), a name that ordinary target words render is not
    missing either (see ``translint.compare.rendered``).
    """
    source, target, words_of = words.source, words.target, words.target_words
    document_keys = {t.key for tokens in words_of.values() for t in tokens}
    document = _Document(
        source.lang,
        language(target.lang).text.acronyms_as_words,
        place_translations(source.lang, target.lang),
        words.source_common,
        document_keys | _parts(document_keys),
        written_tokens(list(target.paragraphs)),
        explained,
        misspelt.people,
        frozenset(
            fold(tag)
            for p in source.paragraphs
            for tag in HASHTAG_WORD.findall(p.paragraph.content)
        ),
    )
    missing: list[Missing] = []
    for number_of_group, change in enumerate(changes):
        target_tokens = [t for j in change.group.target for t in words_of[j]]
        paragraphs = group_paragraphs(target, change.group.target)
        keys = {t.key for t in target_tokens}
        where = _Group(
            document,
            keys | _parts(keys),
            written_tokens(paragraphs),
            [t.key for t in target_tokens if len(t.key) > 2],
            any(HASHTAG.search(p.paragraph.content) for p in paragraphs),
        )
        missing += _missing_in(source, number_of_group, change, where)
    if meaning is not None:
        missing = _not_rendered(missing, target, meaning)
    swapped = tuple(s for change in changes if change.swaps for s in _swapped(target, change))
    return NameComparison(tuple(missing), swapped)


def _not_rendered(
    missing: list[Missing], target: AnalysedDocument, meaning: Embedder
) -> list[Missing]:
    """The missing names that no run of ordinary target words renders."""
    candidates = [m for m in missing if nameable(m.entity)]
    names = [(m.entity.text, m.group.target) for m in candidates]
    rendered = rendered_names(names, target, meaning)
    dropped = {id(candidates[n]) for n in rendered}
    return [m for m in missing if id(m) not in dropped]


@dataclass(frozen=True)
class _Document:
    """What the missing-name checks read of the whole pair."""

    source_lang: str
    as_words: int  # letters from which the target writes an acronym as a word (Unesco)
    places: dict[str, frozenset[str]]
    common: frozenset[str]  # the source's words in lower case somewhere
    parts: set[str]  # every word of the target, and every part of a hyphenated one
    written: set[str]  # every token of the target as written
    explained: frozenset[tuple[str, int]]
    near: frozenset[EntityPlace]
    hashtags: frozenset[str]  # the source's hashtags, folded, without their #


@dataclass(frozen=True)
class _Group:
    """What the missing-name checks read of one group's target."""

    document: _Document
    keys: set[str]
    written: set[str]
    content_keys: list[str]
    hashtags: bool  # the group's target has a hashtag of its own


def _missing_in(
    source: AnalysedDocument, number_of_group: int, change: GroupChanges, where: _Group
) -> list[Missing]:
    """The entities of a group's source that its target lacks, in order."""
    missing = []
    in_title_case: dict[int, bool] = {}
    for analysed, number, entity in _looked_for(source, change):
        index = analysed.paragraph.index
        if index not in in_title_case:
            in_title_case[index] = title_case(analysed.paragraph.content)
        place = (number_of_group, index, number)
        # A hashtag is the campaign's own in each language (#GCDigital, #GCNumérique),
        # and so is the name when the original writes it as a hashtag elsewhere.
        if where.hashtags and (
            analysed.paragraph.text[entity.start - 1 : entity.start] == "#"
            or fold(entity.text) in where.document.hashtags
        ):
            continue
        if _is_missing(entity, place, in_title_case[index], where):
            missing.append(Missing(entity, analysed, change.group))
    return missing


def _is_missing(entity: Entity, place: EntityPlace, in_title_case: bool, where: _Group) -> bool:
    # The recogniser may call an acronym a place or an organisation (NWT, CRA).
    if (fold(entity.text), place[1]) in where.document.explained:
        return False
    if entity.label is EntityLabel.ACRONYM:
        return _acronym_missing(entity, place[1], where)
    if _glued_rendered(entity.text, where):
        return False
    if entity.label is EntityLabel.PERSON:
        return _person_missing(entity, place in where.document.near, where)
    if entity.label is EntityLabel.MISC or in_title_case:
        return False
    return _name_missing(entity, where)


def _acronym_missing(entity: Entity, paragraph: int, where: _Group) -> bool:
    """A translator may drop a repeated mention of a name the translation uses
    elsewhere; a name it never uses is missing."""
    document = where.document
    return (
        not any(
            form in where.written or form in document.written
            for form in _forms(entity.key, document.as_words)
        )
        and not is_dictionary_word(entity.key, document.source_lang)
        and (fold(entity.key), paragraph) not in document.explained
        and not expands(entity.key, where.content_keys)
        and not localised(entity.key, where.written)
    )


def _glued_rendered(name: str, where: _Group) -> bool:
    """Whether a name glued from an acronym and a word of the original's language
    (GCKey, GCNewsroom) is rendered: such a name is descriptive, and translations
    translate its word around the acronym (CléGC, « salle de presse du GC »), so
    the acronym written in the group's target, alone or glued, is the name."""
    for acronym, word in _glued_parts(name):
        if is_dictionary_word(word.lower(), where.document.source_lang):
            return any(t.startswith(acronym) or t.endswith(acronym) for t in where.written)
    return False


def _glued_parts(name: str) -> list[tuple[str, str]]:
    """The ways ``name`` splits into an acronym and a word: GCNewsroom is GC and
    Newsroom (or GCN and ewsroom), GCkey is GC and key, eHealthCA is not one."""
    match = GLUED.fullmatch(name)
    if match is None:
        return []
    if match.group(1):
        capitals, rest = match.group(1), match.group(2)
        parts = [(capitals, rest)] if len(rest) > 2 else []
        if len(capitals) > 2:
            parts.insert(0, (capitals[:-1], capitals[-1] + rest))
        return parts
    return [(match.group(4), match.group(3))]


def _forms(acronym: str, as_words: int) -> tuple[str, ...]:
    """How a translation may write an acronym: as is, with a plural ``s`` (the HOWTOs),
    and, from ``as_words`` letters, with one capital, as the target language writes
    acronyms read as words (UNICODE / Unicode)."""
    forms = (acronym, f"{acronym}s")
    if as_words and len(acronym) >= as_words and acronym.isupper():
        forms += (acronym.capitalize(),)
    return forms


def _person_missing(entity: Entity, near: bool, where: _Group) -> bool:
    """A person's name is missing when a word of it is absent and not misspelt (``near``).

    A one-word "person" that is a dictionary word is a capitalised label the
    recogniser mistook (Filters, Toolbox); a "person" whose name is there and
    whose other words are dictionary words is a title translated around it
    (Debian Developer / développeur Debian).
    """
    lang = where.document.source_lang
    words = entity_name_words(entity, where.document.common)
    absent = _absent(words, where.keys, where.document.places)
    label_like = len(words) == 1 and is_dictionary_word(words[0][0], lang)
    translated = len(absent) < len(words) and all(is_dictionary_word(w[0], lang) for w in absent)
    return bool(absent) and not near and not label_like and not translated


def _name_missing(entity: Entity, where: _Group) -> bool:
    """An organisation or place is missing when none of its name words is in the target.

    Title-case labels (Bucket Fill, Height) are words, not names; a country
    CLDR knows stays a name even when it is a word too. Parts of a hyphenated
    name are words of their own (HTML-Notation / Notation HTML,
    Shadows-Highlights / Tons sombres et clairs).
    """
    document = where.document
    words = [
        w
        for w in _hyphen_parts(entity_name_words(entity, document.common))
        if fold(w[0]) in document.places or not is_dictionary_word(w[0], document.source_lang)
    ]
    return bool(words) and not any(
        # The group's own words are among the document's: one look covers both.
        present(w[0], document.parts, document.places, True) or localised(w[0], where.written)
        for w in words
    )


def _swapped(target: AnalysedDocument, change: GroupChanges) -> tuple[Swap, ...]:
    written = {t.key for j in change.group.target for t in name_tokens(target.paragraphs[j])}
    return tuple(Swap(s, t, change.group, s.key in written) for s, t in change.swaps)


def _looked_for(
    source: AnalysedDocument, change: GroupChanges
) -> Iterator[tuple[AnalysedParagraph, int, Entity]]:
    """The entities of a group's source to look for in its target, with their number:
    not interface text, nor a name already found misspelt or swapped."""
    reported = change.reported
    for analysed in group_paragraphs(source, change.group.source):
        for number, entity in enumerate(analysed.entities):
            if INTERFACE.search(entity.text) or any(
                index == analysed.paragraph.index and entity.start <= at < entity.end
                for index, at in reported
            ):
                continue
            yield analysed, number, entity


def _pair_key(pair: NamePair) -> tuple[int, int, int]:
    source, target = pair
    return (source.paragraph.paragraph.index, source.start, target.start)


def _absent(
    words: list[NameWord], keys: set[str], places: dict[str, frozenset[str]]
) -> list[NameWord]:
    return [w for w in words if not present(w[0], keys, places, False)]


def _parts(keys: set[str]) -> set[str]:
    return {part for key in keys if "-" in key for part in key.split("-")}


def _hyphen_parts(words: list[NameWord]) -> list[NameWord]:
    parts = []
    for word, start, _ in words:
        for match in re.finditer(r"[^-]+", word):
            parts.append((match.group(), start + match.start(), start + match.end()))
    return parts


def _near_misses(
    analysed: AnalysedParagraph, absent: list[NameWord], capitalised: list[Token]
) -> list[NamePair]:
    """Absent name words that the target spells a little differently (Yonkyu / Yongkyu)."""
    pairs = []
    for word, start, end in absent:
        if len(word) < 4:
            continue
        best = _nearest(fold(word), capitalised)
        if best is not None:
            pairs.append((Token(analysed, word, start, end), best))
    return pairs


def _nearest(folded: str, capitalised: list[Token]) -> Token | None:
    """The capitalised target word closest to ``folded`` (the last of equals), if near.

    A person's name takes no feminine ending: Sutcliffe / Sutcliff and Denis /
    Denise are two spellings, where only a plural (the Kennedys) is one name.
    """
    best: Token | None = None
    best_score = NEAR_MISS
    for candidate in capitalised:
        if candidate.key[:1] != folded[:1] or len(candidate.text) < 4:
            continue
        score = fuzz.ratio(folded, candidate.key)
        if (
            best_score <= score < 100
            and not adjective(folded, candidate.key)
            and not _written_apart(folded, candidate.key)
            and not _plural(folded, candidate.key)
        ):
            best, best_score = candidate, score
    return best


def _written_apart(a: str, b: str) -> bool:
    """The same letters with hyphens or spaces between them (WiFi / Wi-Fi)."""
    return a.replace("-", "").replace(" ", "") == b.replace("-", "").replace(" ", "")


def _plural(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long == short + "s"
