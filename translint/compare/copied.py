"""Names a translation copies letter for letter: which the aligned target misspells or swaps.

The recognisers miss many names (``Debian``, ``Emacs``) and find others in
one language only, so names are also read by their shape: a word of a
recognised entity, a word with capitals after its first letter, a
capitalised word that is not a dictionary word, or one the translation
writes capitalised as it is (``Linux``, ``Python``). Such a word of a source
paragraph should be in the aligned target, letter for letter: one written
with a typing slip is misspelt (``Debain``), one replaced by another name of
the original was swapped (``Pour Vim`` for ``For Emacs``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from translint.analysis.nlp import is_dictionary_word, is_function_word, mostly_capitals
from translint.compare.acronyms import MIN_VOTES, expands
from translint.compare.tokens import (
    NAME_TOKEN,
    Token,
    adjective,
    in_code,
    inflection,
    name_shaped,
    name_tokens,
    place_translations,
    present,
)
from translint.lang import codes
from translint.lang.en_fr.names import KEY_NAMES
from translint.model import AlignmentGroup, AnalysedDocument, AnalysedParagraph, EntityLabel
from translint.words import fold

# Menu paths and key combinations are interface text, translated with the interface.
INTERFACE = re.compile(r"[→>»]|\b(?:" + "|".join(KEY_NAMES) + r")\b|\w\+\w")
CONTRACTION = re.compile(r"[’']t\b")  # Didn't, Isn't: not names
DIGITS = re.compile(r"\D+")

# A name of the original and the word the target has instead.
NamePair = tuple[Token, Token]


@dataclass(frozen=True)
class GroupChanges:
    """What a matched group's target did to the names its source copies."""

    group: AlignmentGroup
    slips: tuple[NamePair, ...]  # (name, the name misspelt)
    # A name absent from the target, which holds another name of the original
    # instead: (the source name, the name in its place).
    swaps: tuple[NamePair, ...]

    @property
    def reported(self) -> frozenset[tuple[int, int]]:
        """Source (paragraph, start) of every name misspelt or swapped."""
        return frozenset((s.paragraph.paragraph.index, s.start) for s, _ in self.slips + self.swaps)


def copied_name_changes(
    source: AnalysedDocument,
    target: AnalysedDocument,
    alignment: tuple[AlignmentGroup, ...],
    explained: frozenset[tuple[str, int]],
    target_common: frozenset[str],
) -> tuple[GroupChanges, ...]:
    """The slips and swaps of every matched group, in alignment order.

    ``explained`` holds the source acronyms (folded, with their paragraph) that
    the target renders as the pair declares: they are not lost; ``target_common``
    the target's words in lower case somewhere.
    """
    places = place_translations(source.lang, target.lang)
    copied = CopiedNames.of(source, target, target_common)
    return tuple(copied.check(g, places, explained) for g in alignment if g.matched)


@dataclass(frozen=True)
class CopiedNames:
    """Names a translation copies letter for letter, and what each document holds."""

    target: AnalysedDocument
    source_lang: str
    target_lang: str
    source_names: Mapping[int, tuple[Token, ...]]  # per source paragraph
    source_keys: frozenset[str]  # every word of the source document
    source_names_anywhere: frozenset[str]  # every name of the source document
    target_keys: frozenset[str]  # every word of the target document
    target_common: frozenset[str]
    copied: frozenset[str]  # words the target writes capitalised
    uses: Counter[str]  # how often the target writes each word
    renderings: frozenset[str]  # target acronyms used throughout, never in the source
    # Each source paragraph's words, by index, read once per check: only their
    # spelling is looked at, so they are strings, not tokens (a tenth of the cost).
    source_words: Mapping[int, list[str]]
    source: AnalysedDocument

    @classmethod
    def of(
        cls, source: AnalysedDocument, target: AnalysedDocument, target_common: frozenset[str]
    ) -> CopiedNames:
        places: dict[str, set[int]] = defaultdict(set)
        uses: Counter[str] = Counter()
        capitalised = set()
        source_words = {
            p.paragraph.index: NAME_TOKEN.findall(p.paragraph.content) for p in source.paragraphs
        }
        for p in target.paragraphs:
            for word in NAME_TOKEN.findall(p.paragraph.content):
                key = fold(word)
                places[key].add(p.paragraph.index)
                uses[key] += 1
                if word[0].isupper():
                    capitalised.add(key)
        source_names = {
            p.paragraph.index: tuple(
                copied_names(p, source.lang, capitalised, name_tokens(p, capitals=True))
            )
            for p in source.paragraphs
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
            target,
            source.lang,
            target.lang,
            source_names,
            frozenset(source_keys),
            frozenset(t.key for names in source_names.values() for t in names),
            frozenset(places),
            target_common,
            frozenset(capitalised),
            uses,
            frozenset(renderings),
            source_words,
            source,
        )

    def check(
        self,
        group: AlignmentGroup,
        places: dict[str, frozenset[str]],
        explained: frozenset[tuple[str, int]],
    ) -> GroupChanges:
        """Names of ``group`` misspelt in its target, and names replaced by another name."""
        source = [w for i in group.source for w in self.source_words[i]]
        target = [t for j in group.target for t in name_tokens(self.target.paragraphs[j])]
        names: dict[str, Token] = {}
        for i in group.source:
            for token in self.source_names[i]:
                names.setdefault(token.key, token)
        source_keys = {fold(w) for w in source}
        strangers = self._strangers(target, source_keys)
        slips = self._slips(names, strangers, target, source_keys, places)
        slips += self._unknown_slips(group, names, strangers, slips)
        intruders = self._intruders(names, strangers, target, source_keys)
        if not intruders:
            return GroupChanges(group, tuple(slips), ())
        slipped = {name.key for name, _ in slips}
        lost = [
            name
            for name in names.values()
            if name.key not in slipped
            and (name.key, name.paragraph.paragraph.index) not in explained
            and self._distinctive(name)
            and self._lost(name, source, target, places)
        ]
        return GroupChanges(group, tuple(slips), _swaps(lost, intruders))

    def _slips(
        self,
        names: dict[str, Token],
        strangers: list[Token],
        target: list[Token],
        source_keys: set[str],
        places: dict[str, frozenset[str]],
    ) -> list[NamePair]:
        """Names the target writes with one typing slip, or without their first letter.

        A place's or a person's other-language name (Australia / Australie,
        Geneva / Genève) is looked up before the one-edit test.
        """
        slips = []
        for stranger in strangers:
            # A word of the original elsewhere was moved here, not misspelt.
            if stranger.key in self.source_keys or len(stranger.key) < 3:
                continue
            for name in names.values():
                if stranger.key in places.get(name.key, ()):
                    continue
                if _slip(name, stranger) and not self._rendering(name, stranger):
                    slips.append((name, stranger))
                    break
        return slips + self._beheaded(names, target, source_keys)

    def _unknown_slips(
        self,
        group: AlignmentGroup,
        names: dict[str, Token],
        strangers: list[Token],
        slips: list[NamePair],
    ) -> list[NamePair]:
        """Target words in no dictionary of any language one typing slip from a
        capitalised word of the group's source that is not taken for a name
        (Guide / Giude, Virtual / Virutal): worth a look whatever the recogniser
        says, since no translation spells a word that way."""
        slipped = {t.key for _, t in slips}
        unknown = [
            t
            for t in strangers
            if t.key not in slipped
            and t.key not in self.source_keys
            and len(t.key) >= 4
            and t.text.isalpha()
            and not t.text.isupper()  # PARAMETRE: a word in capitals, its accent dropped
            and not any(is_dictionary_word(t.text, lang) for lang in codes())
        ]
        if not unknown:
            return []
        words = {
            w.key: w
            for i in group.source
            for w in name_tokens(self.source.paragraphs[i], capitals=True)
            if len(w.key) >= 4 and w.key not in names and w.text.isalpha()
        }
        found = []
        for stranger in unknown:
            for word in words.values():
                if word.key[0] == stranger.key[0] and _slip(word, stranger):
                    found.append((word, stranger))
                    break
        return found

    def _intruders(
        self,
        names: dict[str, Token],
        strangers: list[Token],
        target: list[Token],
        source_keys: set[str],
    ) -> list[Token]:
        """Names of the original elsewhere, which this paragraph of it does not hold
        (Perl counts even where the translation also writes the perl package)."""
        candidates = {t.key: t for t in strangers}
        for t in target:
            if (
                t.key in self.source_names_anywhere
                and t.key not in source_keys
                and t.text[0].isupper()
                and not is_dictionary_word(t.text, self.target_lang)
                and not in_code(t)
            ):
                candidates.setdefault(t.key, t)
        return [
            t
            for t in candidates.values()
            if t.key in self.source_keys and not any(_related(t.key, k) for k in names)
        ]

    def _strangers(self, target: list[Token], source_keys: set[str]) -> list[Token]:
        """Words of the target that its source lacks and that look like names."""
        found: dict[str, Token] = {}
        for t in target:
            if t.key in source_keys or in_code(t):
                continue
            # A word the translation also writes in lower case is a common word,
            # but an acronym stays one (CD, and the cd command).
            if name_shaped(t.text) or (
                len(t.key) >= 3
                and t.text[0].isupper()
                and t.key not in self.target_common
                and not (t.text.isalpha() and is_dictionary_word(t.text, self.target_lang))
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
        shaped = name_shaped(name.text)
        if present(name.text, target_keys, places, not shaped):
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
    ) -> list[NamePair]:
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
            and not in_code(t)
            and not is_dictionary_word(t.text, self.target_lang)
        ]

    def _rendering(self, name: Token, stranger: Token) -> bool:
        """A short acronym localised by one letter (RGB / RVB, HSV / TSV, UTC / TUC): used
        throughout the translation, or put for a name the translation never writes."""
        if not name_shaped(stranger.text):
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
        lang = self.source_lang
        if name_shaped(name.text):
            return not is_function_word(name.text, lang)
        if not is_dictionary_word(name.text, lang):
            return True
        return name.key in self.copied and any(
            e.start <= name.start and name.end <= e.end and e.label is not EntityLabel.ACRONYM
            for e in name.paragraph.entities
        )


def _swaps(lost: list[Token], intruders: list[Token]) -> tuple[NamePair, ...]:
    """Lost names paired with the intruders put in their place.

    A swap puts an acronym for an acronym, a word for a word, one for one: a
    paragraph that lost two names and gained one was rewritten, not swapped.
    """
    swaps: list[NamePair] = []
    for capitals in (True, False):
        gone = _whole_names([n for n in lost if _in_capitals(n.text) == capitals])
        come = _whole_names([t for t in intruders if _in_capitals(t.text) == capitals])
        if len(gone) == len(come):
            swaps += zip(gone, come, strict=True)
    return tuple(swaps)


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
            or in_code(token)
        ):
            continue
        if name_shaped(word):
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
    if inflection(short, long) and short[-1] != long[-1] and written[len(short) :].islower():
        return False  # another form of the word: Debian / Debians, not Abyss / Abysss, DKM / DKMS
    if len(stranger.key) > len(name.key) and stranger.key.endswith(name.key):
        # A letter put before the name makes another word (ATA / SATA), unless it
        # doubles the first letter (GGIMP).
        return stranger.key[0] == name.key[0]
    if name_shaped(name.text) and not name_shaped(stranger.text):
        return False
    return OSA.distance(name.key, stranger.key) == 1 and not adjective(name.key, stranger.key)


def _spelling_words(words: list[str]) -> list[str]:
    return [key for w in words if len(key := fold(w)) > 2 and not name_shaped(w)]


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
    return name_shaped(word) and not any(c.islower() for c in word.removesuffix("s"))


def _related(a: str, b: str) -> bool:
    """Whether two folded words are forms of one word (Debian / Debians, MD5 / MD5sum)."""
    short, long = sorted((a, b), key=len)
    return short in long  # a plural or a suffix (Debians, MD5sum) contains the word
