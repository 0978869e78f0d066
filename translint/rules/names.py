"""Rules on names: people, organisations, places and acronyms must survive translation.

A source entity is *present* in its aligned target when its words are there
up to case and accents (Montreal / Montréal), or through CLDR's names for
countries and regions (Korea / Corée, Germany / Allemagne). Only the
entity's own words are looked for, in the target's text rather than in the
target's entities, so that the French recogniser missing a name is not
taken for the translator missing it.

Names that a translation copies letter for letter (products, commands,
acronyms: ``Debian``, ``Emacs``, ``GIMP``) are also read by their shape,
since the recognisers miss most of them: a word of such a name that the
aligned target writes with one typing slip is a ``name-mismatch``, and one
replaced by another name of the original is an ``entity-missing``
(``CopiedNames``). ``benchmarks/names_corpus.py`` measures both on the Debian
corpora with names misspelt and swapped on purpose.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from translint.analysis.nlp import is_dictionary_word, is_function_word, mostly_capitals
from translint.lang import LANGUAGE_NAMES
from translint.lang.en_fr.names import ACRONYMS, ADJECTIVE_ENDINGS, INFLECTIONS, KEY_NAMES
from translint.model import (
    AlignmentGroup,
    AnalysedDocument,
    AnalysedParagraph,
    Entity,
    EntityLabel,
    Location,
    Severity,
)
from translint.rules.context import Context, span
from translint.rules.registry import Hit, rule
from translint.words import fold

NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # elisions and possessives split off
# Menu paths and key combinations are interface text, translated with the interface.
INTERFACE = re.compile(r"[→>»]|\b(?:" + "|".join(KEY_NAMES) + r")\b|\w\+\w")
ACRONYM_TOKEN = re.compile(r"[\w&]+")
NEAR_MISS = 80.0
VARIANT = 85.0  # rapidfuzz ratio from which two spellings in one text are one name
MIN_VOTES = 2  # aligned groups that must exchange two acronyms before they correspond
# rapidfuzz ratio from which a word of an organisation's name counts as translated
COGNATE = 80.0
# Letters and digits: VT100, sRGB, and GNU and Linux apart in GNU/Linux.
NAME_TOKEN = re.compile(r"[^\W_]+")
DIGITS = re.compile(r"\D+")
CONTRACTION = re.compile(r"[’']t\b")  # Didn't, Isn't: not names


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


def name_words(analysed: AnalysedParagraph) -> list[Token]:
    """Words of a paragraph's content (``NAME_WORD``), with their places."""
    return _tokens(analysed, NAME_WORD)


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
def name_inconsistent(context: Context) -> Iterator[Hit]:
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
    # A target spelling the source contradicts is already a name-mismatch.
    mismatched = {(t.paragraph.paragraph.index, t.start) for _, t in name_checks(context).misspelt}
    for side, document in (("source", context.source), ("target", context.target)):
        for rare, usual, places in spelling_variants(document):
            if side == "target" and (rare.paragraph.paragraph.index, rare.start) in mismatched:
                continue
            language = LANGUAGE_NAMES.get(document.lang, document.lang)
            yield Hit(
                f"{rare.text} (paragraph {_paragraph_list((rare,))}) is spelled {usual.text} "
                f"elsewhere in the {language} text (paragraphs {places})",
                rare.location() if side == "source" else None,
                rare.location() if side == "target" else None,
            )
    src_lang = LANGUAGE_NAMES.get(context.source.lang, context.source.lang)
    tgt_lang = LANGUAGE_NAMES.get(context.target.lang, context.target.lang)
    for pair in acronym_correspondences(context):
        # A glossary entry, or the language data, declaring the two names equal
        # settles the question.
        if (pair.source.upper(), pair.target.upper()) in known_acronym_pairs():
            continue
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
        yield Hit(
            message,
            pair.source_places[0].location() if pair.source_places else None,
            pair.target_places[0].location() if pair.target_places else None,
            severity=severity,
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
    # A name of the group absent from its target, which holds another name of the
    # document instead: (source name, the name in its place, group).
    swapped: tuple[tuple[Token, Token, AlignmentGroup], ...] = ()


def _name_shaped(word: str) -> bool:
    """Capitals after the first letter (GIMP, VT100, sRGB, LibreOffice): a name in any language."""
    return any(c.isupper() for c in word[1:]) and any(c.isalpha() for c in word)


def _spelling_words(words: list[str]) -> list[str]:
    return [key for w in words if len(key := fold(w)) > 2 and not _name_shaped(w)]


def _whole_names(tokens: list[Token]) -> list[Token]:
    """The first word of each name: words joined by a hyphen, a slash or a space are one
    name (Build-Depends, Network Address Translation)."""
    first: list[Token] = []
    last: Token | None = None
    for token in sorted(tokens, key=lambda t: (t.paragraph.paragraph.index, t.start)):
        joined = (
            last is not None
            and last.paragraph is token.paragraph
            and token.paragraph.paragraph.text[last.end : token.start] in ("-", "/", " ")
        )
        if not joined:
            first.append(token)
        last = token
    return first


def _in_capitals(word: str) -> bool:
    """An acronym (GIMP, VT100, ISPs) rather than a word (Debian, MyPaint)."""
    return _name_shaped(word) and not any(c.islower() for c in word.removesuffix("s"))


def _related(a: str, b: str) -> bool:
    """Whether two folded words are forms of one word (Debian / Debians, MD5 / MD5sum)."""
    short, long = sorted((a, b), key=len)
    return short in long  # a plural or a suffix (Debians, MD5sum) contains the word


@dataclass(frozen=True)
class CopiedNames:
    """Names a translation copies letter for letter, and what each document holds.

    The recognisers miss many names (``Debian``, ``Emacs``) and find others in
    one language only, so names are also read by their shape: a word of a
    recognised entity, a word with capitals after its first letter, a
    capitalised word that is not a dictionary word, or one the translation
    writes capitalised as it is (``Linux``, ``Python``). Such a word of a
    source paragraph should be in the aligned target, letter for letter.
    """

    context: Context
    source_names: dict[int, tuple[Token, ...]]  # per source paragraph
    source_keys: frozenset[str]  # every word of the source document
    source_names_anywhere: frozenset[str]  # every name of the source document
    target_keys: frozenset[str]  # every word of the target document
    target_common: frozenset[str]
    copied: frozenset[str]  # words the target writes capitalised
    uses: Counter[str]  # how often the target writes each word
    renderings: frozenset[str]  # target acronyms used throughout, never in the source
    # Each source paragraph's words, by index, read once per check: only their
    # spelling is looked at, so they are strings, not tokens (a tenth of the cost).
    source_words: dict[int, list[str]]

    @classmethod
    def of(cls, context: Context, target_common: frozenset[str]) -> CopiedNames:
        places: dict[str, set[int]] = defaultdict(set)
        uses: Counter[str] = Counter()
        capitalised = set()
        source_words = {
            p.paragraph.index: NAME_TOKEN.findall(p.paragraph.content)
            for p in context.source.paragraphs
        }
        for p in context.target.paragraphs:
            for word in NAME_TOKEN.findall(p.paragraph.content):
                key = fold(word)
                places[key].add(p.paragraph.index)
                uses[key] += 1
                if word[0].isupper():
                    capitalised.add(key)
        source_names = {
            p.paragraph.index: tuple(
                copied_names(p, context.source.lang, capitalised, name_tokens(p, capitals=True))
            )
            for p in context.source.paragraphs
        }
        source_keys = {fold(w) for words in source_words.values() for w in words}
        # RGB is RVB in French throughout: an acronym the translation uses in
        # several places, and the original never, is its own rendering, not a slip.
        renderings = {
            key
            for key, where in places.items()
            if len(where) >= MIN_VOTES and key not in source_keys
        }
        return cls(
            context,
            source_names,
            frozenset(source_keys),
            frozenset(t.key for names in source_names.values() for t in names),
            frozenset(places),
            target_common,
            frozenset(capitalised),
            uses,
            frozenset(renderings),
            source_words,
        )

    def check(
        self,
        group: AlignmentGroup,
        places: dict[str, frozenset[str]],
        explained: set[tuple[str, int]],
    ) -> tuple[list[tuple[Token, Token]], list[tuple[Token, Token]]]:
        """Names of ``group`` misspelt in its target, and names replaced by another name."""
        source = [w for i in group.source for w in self.source_words[i]]
        target = [t for j in group.target for t in name_tokens(self.context.target.paragraphs[j])]
        names: dict[str, Token] = {}
        for i in group.source:
            for token in self.source_names[i]:
                names.setdefault(token.key, token)
        source_keys = {fold(w) for w in source}
        strangers = self._strangers(target, source_keys)
        slips = []
        for stranger in strangers:
            # A word of the original elsewhere was moved here, not misspelt.
            if stranger.key in self.source_keys or len(stranger.key) < 3:
                continue
            for name in names.values():
                if _slip(name, stranger) and not self._rendering(name, stranger):
                    slips.append((name, stranger))
                    break
        slips += self._beheaded(names, target, source_keys)
        # Names of the original elsewhere, which this paragraph of it does not hold
        # (Perl counts even where the translation also writes the perl package).
        candidates = {t.key: t for t in strangers}
        for t in target:
            if (
                t.key in self.source_names_anywhere
                and t.key not in source_keys
                and t.text[0].isupper()
                and not is_dictionary_word(t.text, self.context.target.lang)
                and not _in_code(t)
            ):
                candidates.setdefault(t.key, t)
        intruders = [
            t
            for t in candidates.values()
            if t.key in self.source_keys and not any(_related(t.key, k) for k in names)
        ]
        if not intruders:
            return slips, []
        slipped = {name.key for name, _ in slips}
        lost = [
            name
            for name in names.values()
            if name.key not in slipped
            and (name.key, name.paragraph.paragraph.index) not in explained
            and self._distinctive(name)
            and self._lost(name, source, target, places)
        ]
        # A swap puts an acronym for an acronym, a word for a word, one for one: a
        # paragraph that lost two names and gained one was rewritten, not swapped.
        swaps = []
        for capitals in (True, False):
            gone = _whole_names([n for n in lost if _in_capitals(n.text) == capitals])
            come = _whole_names([t for t in intruders if _in_capitals(t.text) == capitals])
            if len(gone) == len(come):
                swaps += zip(gone, come, strict=True)
        return slips, swaps

    def _strangers(self, target: list[Token], source_keys: set[str]) -> list[Token]:
        """Words of the target that its source lacks and that look like names."""
        found: dict[str, Token] = {}
        for t in target:
            if t.key in source_keys or _in_code(t):
                continue
            # A word the translation also writes in lower case is a common word,
            # but an acronym stays one (CD, and the cd command).
            if _name_shaped(t.text) or (
                len(t.key) >= 3
                and t.text[0].isupper()
                and t.key not in self.target_common
                and not (t.text.isalpha() and is_dictionary_word(t.text, self.context.target.lang))
            ):
                found.setdefault(t.key, t)
        return list(found.values())

    def _lost(
        self,
        name: Token,
        source: list[str],
        target: list[Token],
        places: dict[str, frozenset[str]],
    ) -> bool:
        """Whether a name of the source group (whose words are ``source``) is missing
        from its target, or written there fewer times (one of its mentions swapped
        for another name)."""
        target_keys = {t.key for t in target}
        if name.key in target_keys:
            return sum(t.key == name.key for t in target) < sum(fold(w) == name.key for w in source)
        shaped = _name_shaped(name.text)
        if _present(name.text, target_keys, places, not shaped):
            return False
        # An acronym the translation spells out (AI / intelligence artificielle)
        # is there, unless the original spells it out too.
        return not (
            shaped
            and expands(name.key, _spelling_words([t.text for t in target]))
            and not expands(name.key, _spelling_words(source))
        )

    def _beheaded(
        self, names: dict[str, Token], target_tokens: list[Token], source_keys: set[str]
    ) -> list[tuple[Token, Token]]:
        """Names that lost their first letter, and with it their capital (indows, trl):
        a word written nowhere else in the translation, and no dictionary word."""
        headless = {n.key[1:]: n for n in names.values() if len(n.key) >= 4}
        return [
            (headless[t.key], t)
            for t in target_tokens
            if t.key in headless
            and t.text[0].islower()
            and t.key not in source_keys
            and self.uses[t.key] == 1
            and not _in_code(t)
            and not is_dictionary_word(t.text, self.context.target.lang)
        ]

    def _rendering(self, name: Token, stranger: Token) -> bool:
        """A short acronym localised by one letter (RGB / RVB, HSV / TSV, UTC / TUC): used
        throughout the translation, or put for a name the translation never writes."""
        if not _name_shaped(stranger.text):
            return False
        if stranger.key in self.renderings:
            return True
        # One letter changed or two exchanged (UTC / TUC) in a name the translation
        # never writes: a localisation as likely as a slip, so taken for one.
        return len(name.key) == len(stranger.key) <= 4 and name.key not in self.target_keys

    def _distinctive(self, name: Token) -> bool:
        """A name whose absence means something: not an operator in capitals (AND, NOT),
        and not an ordinary word, unless the recogniser took it for a name and the
        translation keeps it as one elsewhere (the Alpha channel, canal Alpha)."""
        lang = self.context.source.lang
        if _name_shaped(name.text):
            return not is_function_word(name.text, lang)
        if not is_dictionary_word(name.text, lang):
            return True
        return name.key in self.copied and any(
            e.start <= name.start and name.end <= e.end and e.label is not EntityLabel.ACRONYM
            for e in name.paragraph.entities
        )


def name_tokens(analysed: AnalysedParagraph, capitals: bool = False) -> list[Token]:
    """Runs of letters and digits of a paragraph's content, with their places
    (only those that start with a capital, with ``capitals``)."""
    return _tokens(analysed, NAME_TOKEN, capitals)


def _in_code(token: Token) -> bool:
    """A word glued to code (``fr_FR.UTF-8``, ``$XDG_DATA_HOME``, ``xorg.conf``): an
    example a translator may adapt, not a name."""
    text = token.paragraph.paragraph.text
    before = text[token.start - 1] if token.start > 0 else " "
    after = text[token.end : token.end + 2]
    return before in "_$.=" or after[:1] == "_" or (after[:1] == "." and after[1:].isalnum())


def copied_names(
    analysed: AnalysedParagraph, lang: str, copied: set[str], tokens: list[Token]
) -> list[Token]:
    """Words of a paragraph that a translation keeps as they are (see ``CopiedNames``);
    ``copied`` holds the words the translation writes capitalised, ``tokens`` are the
    paragraph's ``name_tokens``."""
    recognised = [
        (e.start, e.end)
        for e in analysed.entities
        if e.label is not EntityLabel.ACRONYM and not INTERFACE.search(e.text)
    ]
    shouting = mostly_capitals(analysed.paragraph.content)
    text = analysed.paragraph.text
    found = []
    for token in tokens:
        word = token.text
        if (
            len(token.key) < 2
            or not word[0].isupper()
            or CONTRACTION.match(text, token.end)
            or _in_code(token)
        ):
            continue
        if _name_shaped(word):
            # In a paragraph in capitals, only words that are no dictionary words
            # (MTU, IPv6; not SHELL, COMMANDS) are acronyms.
            if not shouting or not (word.isalpha() and is_dictionary_word(word, lang)):
                found.append(token)
        elif len(token.key) >= 3 and (
            token.key in copied
            or any(a <= token.start and token.end <= b for a, b in recognised)
            or not (word.isalpha() and is_dictionary_word(word, lang))
        ):
            found.append(token)
    return found


def _slip(name: Token, stranger: Token) -> bool:
    """Whether ``stranger`` is ``name`` with one typing slip: a letter substituted,
    dropped, doubled or two letters swapped, digits untouched (figures check those)."""
    if len(name.key) < 3 or DIGITS.sub("", name.text) != DIGITS.sub("", stranger.text):
        return False
    (short, _), (long, written) = sorted(
        ((name.key, name.text), (stranger.key, stranger.text)), key=lambda k: len(k[0])
    )
    if _inflection(short, long) and short[-1] != long[-1] and written[len(short) :].islower():
        return False  # another form of the word: Debian / Debians, not Abyss / Abysss, DKM / DKMS
    if len(stranger.key) > len(name.key) and stranger.key.endswith(name.key):
        # A letter put before the name makes another word (ATA / SATA), unless it
        # doubles the first letter (GGIMP).
        return stranger.key[0] == name.key[0]
    if _name_shaped(name.text) and not _name_shaped(stranger.text):
        return False
    return OSA.distance(name.key, stranger.key) == 1 and not _adjective(name.key, stranger.key)


@cache
def known_acronym_pairs() -> frozenset[tuple[str, str]]:
    """English acronyms with the French ones written instead (``lang/en_fr/names.py``),
    in both orders, so that either language may be the source."""
    pairs = {(a.upper(), b.upper()) for a, b in ACRONYMS.items() if a.upper() != b}
    return frozenset(pairs | {(b, a) for a, b in pairs})


def _localised(acronym: str, written: set[str]) -> bool:
    """Whether the target writes the other language's acronym: a known rendering
    (AI / IA, UN / ONU), or a short acronym with one letter changed or two
    exchanged (RGB / RVB, HSV / TSV)."""
    known = known_acronym_pairs()
    if any((acronym.upper(), w.upper()) in known for w in written):
        return True
    if not acronym.isupper() or len(acronym) > 4:
        return False
    return any(
        len(w) == len(acronym) and w.isupper() and OSA.distance(w, acronym) == 1 for w in written
    )


def _inflection(a: str, b: str) -> bool:
    """Whether one folded word is the other with a plural ending (Spirograph / Spirographs)."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) :] in INFLECTIONS


def _adjective(source: str, target: str) -> bool:
    """Whether ``target`` is the other language's adjective of a name (Gaussian /
    gaussien, European / européen, American / américain), folded."""
    for a, b in ADJECTIVE_ENDINGS:
        for x, y in ((source, target), (target, source)):
            if x.endswith(a) and y.endswith(b) and x[: -len(a)] == y[: -len(b)]:
                return True
    return False


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
    # Each target paragraph's words, read once: a group looks at its own.
    words_of = {p.paragraph.index: name_words(p) for p in context.target.paragraphs}
    document_keys = {t.key for tokens in words_of.values() for t in tokens}
    document_parts = document_keys | _parts(document_keys)
    document_written = _written(list(context.target.paragraphs))
    target_common = common_words(context.target)
    source_lang, target_lang = context.source.lang, context.target.lang
    missing = []
    misspelt: dict[tuple[int, int, int], tuple[Token, Token]] = {}
    copied = CopiedNames.of(context, target_common)
    swapped: list[tuple[Token, Token, AlignmentGroup]] = []
    for group in context.matched_groups():
        slips, swaps = copied.check(group, places, explained)
        for source_token, target_token in slips:
            key = (source_token.paragraph.paragraph.index, source_token.start, target_token.start)
            misspelt.setdefault(key, (source_token, target_token))
        swapped.extend((s, t, group) for s, t in swaps)
        # A name reported misspelt or swapped is not reported missing as well.
        reported = {(s.paragraph.paragraph.index, s.start) for s, _ in [*slips, *swaps]}
        target_tokens = [t for j in group.target for t in words_of[j]]
        keys = {t.key for t in target_tokens}
        written = _written(_group_paragraphs(context.target, group.target))
        content_keys = [t.key for t in target_tokens if len(t.key) > 2]
        capitalised = [t for t in target_tokens if t.text[0].isupper()]
        for analysed in _group_paragraphs(context.source, group.source):
            title_case = _title_case(analysed.paragraph.content)
            for entity in analysed.entities:
                if INTERFACE.search(entity.text) or any(
                    index == analysed.paragraph.index and entity.start <= at < entity.end
                    for index, at in reported
                ):
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
                        and not _localised(entity.key, written)
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
                    # label the recogniser mistook (Filters, Toolbox); a "person"
                    # whose name is there and whose other words are dictionary words
                    # is a title translated around it (Debian Developer /
                    # développeur Debian).
                    label_like = len(words) == 1 and is_dictionary_word(words[0][0], source_lang)
                    translated = len(absent) < len(words) and all(
                        is_dictionary_word(w[0], source_lang) for w in absent
                    )
                    if absent and not near and not label_like and not translated:
                        missing.append((entity, analysed, group))
                    continue
                if entity.label is EntityLabel.MISC or title_case:
                    continue
                # Title-case labels (Bucket Fill, Height) are words, not names;
                # a country CLDR knows stays a name even when it is a word too.
                # Parts of a hyphenated name are words of their own (HTML-Notation /
                # Notation HTML, Shadows-Highlights / Tons sombres et clairs).
                words = [
                    w
                    for w in _hyphen_parts(_name_words(entity, common))
                    if fold(w[0]) in places or not is_dictionary_word(w[0], source_lang)
                ]
                if words and not any(
                    # The group's own words are among the document's: one look covers both.
                    _present(w[0], document_parts, places, True) or _localised(w[0], written)
                    for w in words
                ):
                    missing.append((entity, analysed, group))
    result = NameCheck(tuple(missing), tuple(misspelt.values()), tuple(swapped))
    context.shared["names"] = result
    return result


def _parts(keys: set[str]) -> set[str]:
    return {part for key in keys if "-" in key for part in key.split("-")}


def _hyphen_parts(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    parts = []
    for word, start, _ in words:
        for match in re.finditer(r"[^-]+", word):
            parts.append((match.group(), start + match.start(), start + match.end()))
    return parts


def _present(word: str, keys: set[str], places: dict[str, frozenset[str]], derived: bool) -> bool:
    """Whether a name word is in the target, as is, translated (CLDR), as the other
    language's adjective (Gaussian / gaussien) or, when ``derived`` is allowed, as the
    start of a derived word (Quebec / québécois, Corée / coréens)."""
    folded = fold(word)
    candidates = {folded} | places.get(folded, frozenset())
    if candidates & keys or any(_adjective(folded, k) for k in keys):
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
            if (
                best_score <= score < 100
                and not _adjective(folded, candidate.key)
                and not _inflection(folded, candidate.key)
            ):
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
def entity_missing(context: Context) -> Iterator[Hit]:
    """A person, organisation, place or acronym of the original is absent from its translation.

    Why: a dropped name is often a dropped attribution. Names are looked for
    up to case and accents and through their official translations (CLDR
    place names), so ``Montreal`` / ``Montréal`` and ``Korea`` / ``Corée`` pass.
    A name that the translation uses elsewhere may be dropped from one
    paragraph, unless another name of the original stands in its place there:
    then it was swapped, and the finding points at the name put instead.

    Example: ``said Mayor Janghoon Lee`` translated ``a déclaré le maire``;
    ``For Emacs, as follows.`` translated ``Pour Vim, de la manière suivante :``.
    """
    for entity, analysed, group in name_checks(context).missing:
        targets = ", ".join(str(i) for i in group.target)
        yield Hit(
            f"{entity.text} is not in target {_plural('paragraph', group.target)} {targets}",
            span(analysed, entity.start, entity.end),
            None,
        )
    for name, intruder, group in name_checks(context).swapped:
        targets = ", ".join(str(i) for i in group.target)
        where = f"target {_plural('paragraph', group.target)} {targets}"
        written = {t.key for j in group.target for t in name_tokens(context.target_paragraph(j))}
        message = (
            f"one mention of {name.text} is {intruder.text} in {where}"
            if name.key in written
            else f"{name.text} is not in {where}, which names {intruder.text} instead"
        )
        yield Hit(message, name.location(), intruder.location())


@rule("name-mismatch", Severity.ERROR, "a name is spelled differently", compares_content=True)
def name_mismatch(context: Context) -> Iterator[Hit]:
    """A name of the original is spelled differently in the translation.

    Why: a misspelt person or place name is an error readers notice and the
    person named minds; a misspelt product or command name sends readers
    looking for something that does not exist. Accents and case are not
    differences, nor grammatical endings (``Debian`` / ``Debians``), nor a short
    acronym localised by one letter (``RGB`` / ``RVB``) that the translation
    uses throughout or never writes the original way.

    Example: ``Yonkyu Park`` became ``Yongkyu Park``; ``a Debian system``
    became ``sous Debain``.
    """
    for source, target in name_checks(context).misspelt:
        yield Hit(
            f"{source.text} is spelled {target.text}",
            source.location(),
            target.location(),
        )


def _plural(word: str, items: tuple[int, ...]) -> str:
    return word + ("s" if len(items) > 1 else "")
