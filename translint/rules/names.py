"""Rules on names: people, organisations, places and acronyms must survive translation.

A source entity is *present* in its aligned target when its words are there
up to case and accents (Montreal / Montréal), or through CLDR's names for
countries and regions (Korea / Corée, Germany / Allemagne). Only the
entity's own words are looked for, in the target's text rather than in the
target's entities, so that the French recogniser missing a name is not
taken for the translator missing it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from translint.lang import LANGUAGE_NAMES
from translint.model import (
    AlignmentGroup,
    AnalysedDocument,
    AnalysedParagraph,
    Entity,
    EntityLabel,
    Finding,
    Location,
    Severity,
)
from translint.nlp import is_dictionary_word
from translint.rules import rule
from translint.rules.context import Context, span
from translint.words import fold

NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # elisions and possessives split off
# Menu paths and key combinations are interface text, translated with the interface.
INTERFACE = re.compile(r"[→>»]|\b(?:Ctrl|Alt|Shift|Cmd|Maj)\b|\w\+\w")
ACRONYM_TOKEN = re.compile(r"[\w&]+")
NEAR_MISS = 80.0
VARIANT = 85.0  # rapidfuzz ratio from which two spellings in one text are one name
MIN_VOTES = 2  # aligned groups that must exchange two acronyms before they correspond
# rapidfuzz ratio from which a word of an organisation's name counts as translated
COGNATE = 80.0


@dataclass(frozen=True)
class Token:
    """A word of a paragraph, with its place, for pointing at it."""

    paragraph: AnalysedParagraph
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return fold(self.text)

    def location(self) -> Location:
        return span(self.paragraph, self.start, self.end)


@dataclass(frozen=True)
class Correspondence:
    """An acronym of the source that the target consistently writes as another acronym."""

    source: str
    target: str
    source_places: tuple[Token, ...]
    target_places: tuple[Token, ...]
    source_mixed: bool  # the target also uses the source form somewhere


def tokens_of(paragraphs: list[AnalysedParagraph]) -> list[Token]:
    found = []
    for analysed in paragraphs:
        text = analysed.paragraph.text
        for match in NAME_WORD.finditer(text, analysed.paragraph.content_start):
            found.append(Token(analysed, match.group(), match.start(), match.end()))
    return found


@cache
def place_translations(from_lang: str, to_lang: str) -> dict[str, frozenset[str]]:
    """Folded words of CLDR territory names mapped to the words of their translations."""
    from babel import Locale

    source, target = Locale(from_lang).territories, Locale(to_lang).territories
    table: dict[str, set[str]] = defaultdict(set)
    for code, name in source.items():
        other = target.get(code)
        if not other or code.isdigit():
            continue
        translated = {fold(w) for w in NAME_WORD.findall(other) if len(w) >= 3}
        for word in NAME_WORD.findall(name):
            if len(word) >= 3 and word[0].isupper():
                table[fold(word)] |= translated
    return {k: frozenset(v) for k, v in table.items()}


def _name_words(entity: Entity, common: frozenset[str]) -> list[tuple[str, int, int]]:
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


def _written(paragraphs: list[AnalysedParagraph]) -> set[str]:
    """Every token as written, digits included, for finding acronyms like FAT32."""
    return {w for p in paragraphs for w in ACRONYM_TOKEN.findall(p.paragraph.content)}


def _title_case(text: str) -> bool:
    """Headings and list items in Title Case make the recogniser see organisations everywhere."""
    long_words = [w for w in NAME_WORD.findall(text) if len(w) >= 4]
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.6 * len(long_words)


def common_words(document: AnalysedDocument) -> frozenset[str]:
    """Folded words the document writes in lower case somewhere: not names."""
    return frozenset(
        fold(w)
        for p in document.paragraphs
        for w in NAME_WORD.findall(p.paragraph.content)
        if w.islower()
    )


def expands(acronym: str, target_keys: list[str]) -> bool:
    """Whether consecutive target words spell the acronym, in order or reversed.

    French reverses noun-adjective order, so AI may be *intelligence
    artificielle* and EU *Union européenne*.
    """
    size = len(acronym)
    if size < 2 or size > 6:
        return False
    wanted = fold(acronym)
    initials = "".join(k[0] for k in target_keys)
    return wanted in initials or wanted[::-1] in initials


def _group_paragraphs(
    document: AnalysedDocument, indices: tuple[int, ...]
) -> list[AnalysedParagraph]:
    return [document.paragraphs[i] for i in indices]


def acronym_correspondences(context: Context) -> list[Correspondence]:
    """Pairs of acronyms that aligned paragraphs consistently exchange (QKBA / AAQC).

    In every matched group, the acronyms of one side that the other side lacks
    are *unexplained*; a group with exactly one unexplained acronym on each
    side pairs them. A pair is kept when no group contradicts it (the source
    acronym unexplained next to a different target acronym).
    """
    cached = context.shared.get("acronyms")
    if cached is not None:
        return cached  # type: ignore[return-value]
    votes: dict[str, dict[str, list[AlignmentGroup]]] = defaultdict(lambda: defaultdict(list))
    for exchange in _exchanges(context):
        votes[exchange.source][exchange.target].append(exchange.group)
    target_all = _acronyms(list(context.target.paragraphs))
    source_all = _acronyms(list(context.source.paragraphs))
    result = []
    for source_form, candidates in votes.items():
        # One group is a coincidence (a word in capitals, a reworded sentence);
        # a correspondence is two or more groups agreeing and none disagreeing.
        if len(candidates) != 1:
            continue
        ((target_form, groups),) = candidates.items()
        if len(groups) < MIN_VOTES:
            continue
        result.append(
            Correspondence(
                source_form,
                target_form,
                tuple(source_all.get(source_form, ())),
                tuple(target_all.get(target_form, ())),
                source_form in target_all,
            )
        )
    context.shared["acronyms"] = result
    return result


@dataclass(frozen=True)
class Exchange:
    """A matched group whose only unexplained acronyms are one on each side."""

    group: AlignmentGroup
    source: str
    target: str
    source_places: tuple[Token, ...]


def _exchanges(context: Context) -> list[Exchange]:
    """Every group that exchanges one source acronym for one target acronym, computed once."""
    cached = context.shared.get("exchanges")
    if cached is not None:
        return cached  # type: ignore[return-value]
    found = []
    for group in context.matched_groups():
        source = _acronyms(_group_paragraphs(context.source, group.source))
        target = _acronyms(_group_paragraphs(context.target, group.target))
        lonely_s = set(source) - set(target)
        lonely_t = set(target) - set(source)
        if len(lonely_s) == 1 and len(lonely_t) == 1:
            (form_s,), (form_t,) = lonely_s, lonely_t
            found.append(Exchange(group, form_s, form_t, tuple(source[form_s])))
    context.shared["exchanges"] = found
    return found


def _exchanged_once(context: Context) -> set[tuple[str, int]]:
    """Source acronyms that a group exchanges for one target acronym (RGB / RVB once).

    Too weak to report as a correspondence, but the acronym is not missing
    either: the translation renders it by another acronym.
    """
    return {
        (e.source, t.paragraph.paragraph.index)
        for e in _exchanges(context)
        for t in e.source_places
    }


def _acronyms(paragraphs: list[AnalysedParagraph]) -> dict[str, list[Token]]:
    found: dict[str, list[Token]] = defaultdict(list)
    for analysed in paragraphs:
        for entity in analysed.entities:
            if entity.label is EntityLabel.ACRONYM:
                found[entity.key].append(Token(analysed, entity.text, entity.start, entity.end))
    return found


@rule(
    "name-inconsistent",
    Severity.WARNING,
    "one organisation goes by names that do not correspond, and no glossary declares them equal",
)
def name_inconsistent(context: Context) -> Iterator[Finding]:
    """An acronym of the original is consistently another acronym in the translation.

    Why: QKBA in English and AAQC in French may be the same association under
    its two official names, or a confusion; readers cannot tell, and nothing
    in the text says so. Reported once per pair of names with every place it
    occurs; an error when the translation itself mixes the two names.

    Example: ``QKBA was invited`` / ``AAQC a été invitée``.

    Within one text, a person's name spelled two ways (``Yonkyu`` in one
    paragraph, ``Yongkyu`` in another) is reported here too, once per pair of
    spellings, pointing at the rarer one.
    """
    for side, document in (("source", context.source), ("target", context.target)):
        for rare, usual, places in spelling_variants(document):
            language = LANGUAGE_NAMES.get(document.lang, document.lang)
            yield Finding(
                "name-inconsistent",
                Severity.WARNING,
                f"{rare.text} (paragraph {_paragraph_list((rare,))}) is spelled {usual.text} "
                f"elsewhere in the {language} text (paragraphs {places})",
                rare.location() if side == "source" else None,
                rare.location() if side == "target" else None,
            )
    src_lang = LANGUAGE_NAMES.get(context.source.lang, context.source.lang)
    tgt_lang = LANGUAGE_NAMES.get(context.target.lang, context.target.lang)
    for pair in acronym_correspondences(context):
        # A glossary entry declaring the two names equal settles the question.
        if context.glossary is not None and context.glossary.declares_equal(
            pair.source, pair.target
        ):
            continue
        places_s = _paragraph_list(pair.source_places)
        places_t = _paragraph_list(pair.target_places)
        message = (
            f"{pair.source} in the {src_lang} text is {pair.target} in the {tgt_lang} text "
            f"(source paragraphs {places_s}; target paragraphs {places_t}) "
            "and nothing declares them the same organisation"
        )
        severity = Severity.WARNING
        if pair.source_mixed:
            severity = Severity.ERROR
            message += f"; the {tgt_lang} text also uses {pair.source}"
        yield Finding(
            "name-inconsistent",
            severity,
            message,
            pair.source_places[0].location() if pair.source_places else None,
            pair.target_places[0].location() if pair.target_places else None,
        )


def spelling_variants(document: AnalysedDocument) -> list[tuple[Token, Token, str]]:
    """Words of people's names that one text spells two ways: (rarer, usual, usual's places).

    Only words that are not dictionary words nor written in lower case in the
    text are compared, with the same first letter, a rapidfuzz ratio of at
    least ``VARIANT`` and neither a prefix of the other (``Park`` / ``Parks``
    is grammar, not spelling).
    """
    common = common_words(document)
    spellings: dict[str, list[Token]] = defaultdict(list)
    for analysed in document.paragraphs:
        for entity in analysed.entities:
            if entity.label is not EntityLabel.PERSON:
                continue
            for word, start, end in _name_words(entity, common):
                if len(word) >= 4 and not is_dictionary_word(word, document.lang):
                    spellings[fold(word)].append(Token(analysed, word, start, end))
    keys = sorted(spellings)
    found = []
    for n, a in enumerate(keys):
        for b in keys[n + 1 :]:
            if a[0] != b[0] or a.startswith(b) or b.startswith(a) or abs(len(a) - len(b)) > 2:
                continue
            if fuzz.ratio(a, b) < VARIANT:
                continue
            rare, usual = sorted((a, b), key=lambda k: (len(spellings[k]), k))
            found.append(
                (spellings[rare][0], spellings[usual][0], _paragraph_list(tuple(spellings[usual])))
            )
    return found


def _paragraph_list(tokens: tuple[Token, ...]) -> str:
    return ", ".join(str(i) for i in sorted({t.paragraph.paragraph.index for t in tokens}))


@dataclass(frozen=True)
class NameCheck:
    missing: tuple[tuple[Entity, AnalysedParagraph, AlignmentGroup], ...]
    misspelt: tuple[tuple[Token, Token], ...]


def name_checks(context: Context) -> NameCheck:
    """Entities of each matched group looked for in the aligned target, computed once."""
    cached = context.shared.get("names")
    if cached is not None:
        return cached  # type: ignore[return-value]
    explained = {
        (p.source, t.paragraph.paragraph.index)
        for p in acronym_correspondences(context)
        for t in p.source_places
    } | _exchanged_once(context)
    places = place_translations(context.source.lang, context.target.lang)
    common = common_words(context.source)
    everywhere = tokens_of(list(context.target.paragraphs))
    document_keys = {t.key for t in everywhere}
    document_written = _written(list(context.target.paragraphs))
    target_common = common_words(context.target)
    source_lang, target_lang = context.source.lang, context.target.lang
    missing = []
    misspelt: dict[tuple[int, int, int], tuple[Token, Token]] = {}
    for group in context.matched_groups():
        target_tokens = tokens_of(_group_paragraphs(context.target, group.target))
        keys = {t.key for t in target_tokens}
        written = _written(_group_paragraphs(context.target, group.target))
        content_keys = [t.key for t in target_tokens if len(t.key) > 2]
        capitalised = [t for t in target_tokens if t.text[0].isupper()]
        for analysed in _group_paragraphs(context.source, group.source):
            title_case = _title_case(analysed.paragraph.content)
            for entity in analysed.entities:
                if INTERFACE.search(entity.text):
                    continue
                if entity.label is EntityLabel.ACRONYM:
                    # A translator may drop a repeated mention of a name the
                    # translation uses elsewhere; a name it never uses is missing.
                    if (
                        entity.key not in written
                        and entity.key not in document_written
                        and not is_dictionary_word(entity.key, source_lang)
                        and (entity.key, analysed.paragraph.index) not in explained
                        and not expands(entity.key, content_keys)
                    ):
                        missing.append((entity, analysed, group))
                    continue
                if entity.label is EntityLabel.PERSON:
                    words = _name_words(entity, common)
                    absent = [w for w in words if not _present(w[0], keys, places, False)]
                    # A translated word is not a misspelt name (Filters / Filtres).
                    near = [
                        (s, t)
                        for s, t in _near_misses(analysed, absent, capitalised)
                        if t.key not in target_common
                        and not is_dictionary_word(t.text, target_lang)
                    ]
                    for source_token, target_token in near:
                        key = (analysed.paragraph.index, source_token.start, target_token.start)
                        misspelt.setdefault(key, (source_token, target_token))
                    # A one-word "person" that is a dictionary word is a capitalised
                    # label the recogniser mistook (Filters, Toolbox).
                    label_like = len(words) == 1 and is_dictionary_word(words[0][0], source_lang)
                    if absent and not near and not label_like:
                        missing.append((entity, analysed, group))
                    continue
                if entity.label is EntityLabel.MISC or title_case:
                    continue
                # Title-case labels (Bucket Fill, Height) are words, not names;
                # a country CLDR knows stays a name even when it is a word too.
                words = [
                    w
                    for w in _name_words(entity, common)
                    if fold(w[0]) in places or not is_dictionary_word(w[0], source_lang)
                ]
                if words and not any(
                    _present(w[0], keys, places, True)
                    or _present(w[0], document_keys, places, True)
                    for w in words
                ):
                    missing.append((entity, analysed, group))
    result = NameCheck(tuple(missing), tuple(misspelt.values()))
    context.shared["names"] = result
    return result


def _present(word: str, keys: set[str], places: dict[str, frozenset[str]], derived: bool) -> bool:
    """Whether a name word is in the target, as is, translated (CLDR) or, when ``derived``
    is allowed, as the start of a derived word (Quebec / québécois, Corée / coréens)."""
    folded = fold(word)
    candidates = {folded} | places.get(folded, frozenset())
    if candidates & keys:
        return True
    if not derived:
        return False
    if any(k.startswith(c) for c in candidates if len(c) >= 4 for k in keys):
        return True
    return (
        len(folded) >= 5
        and process.extractOne(folded, keys, scorer=fuzz.ratio, score_cutoff=COGNATE) is not None
    )


def _near_misses(
    analysed: AnalysedParagraph,
    absent: list[tuple[str, int, int]],
    capitalised: list[Token],
) -> list[tuple[Token, Token]]:
    """Absent name words that the target spells a little differently (Yonkyu / Yongkyu)."""
    pairs = []
    for word, start, end in absent:
        if len(word) < 4:
            continue
        folded = fold(word)
        best: Token | None = None
        best_score = NEAR_MISS
        for candidate in capitalised:
            if candidate.key[:1] != folded[:1] or len(candidate.text) < 4:
                continue
            score = fuzz.ratio(folded, candidate.key)
            if score >= best_score and score < 100:
                best, best_score = candidate, score
        if best is not None:
            pairs.append((Token(analysed, word, start, end), best))
    return pairs


@rule(
    "entity-missing",
    Severity.WARNING,
    "a named person, organisation or place is absent from the aligned target",
    compares_content=True,
)
def entity_missing(context: Context) -> Iterator[Finding]:
    """A person, organisation, place or acronym of the original is absent from its translation.

    Why: a dropped name is often a dropped attribution. Names are looked for
    up to case and accents and through their official translations (CLDR
    place names), so ``Montreal`` / ``Montréal`` and ``Korea`` / ``Corée`` pass.

    Example: ``said Mayor Janghoon Lee`` translated ``a déclaré le maire``.
    """
    for entity, analysed, group in name_checks(context).missing:
        targets = ", ".join(str(i) for i in group.target)
        yield Finding(
            "entity-missing",
            Severity.WARNING,
            f"{entity.text} is not in target {_plural('paragraph', group.target)} {targets}",
            span(analysed, entity.start, entity.end),
            None,
        )


@rule("name-mismatch", Severity.ERROR, "a name is spelled differently", compares_content=True)
def name_mismatch(context: Context) -> Iterator[Finding]:
    """A name of the original is spelled differently in the translation.

    Why: a misspelt person or place name is an error readers notice and the
    person named minds. Accents and case are not differences.

    Example: ``Yonkyu Park`` became ``Yongkyu Park``.
    """
    for source, target in name_checks(context).misspelt:
        yield Finding(
            "name-mismatch",
            Severity.ERROR,
            f"{source.text} is spelled {target.text}",
            source.location(),
            target.location(),
        )


def _plural(word: str, items: tuple[int, ...]) -> str:
    return word + ("s" if len(items) > 1 else "")
