"""Numbers written in words: ``dix-huit``, ``twelve``, ``three million``, ``a dozen``.

text2num reads most of them; the language data says where a number word is
not a figure (``one of the``, ``no one``, the article ``un``) and adds the
words text2num does not know (``both``, ``douzaine``). An elided word is
read apart from what it is glued to (``d'une``: ``une``). An article alone
is kept as a tentative figure (``Atom.article``) that only a range makes a
figure (``d'une à cinq``). Numbers in words parted by commas are one number
when each part fills the places the one before left empty (``one thousand,
two hundred, thirty-four`` is 1234; ``one, two, three`` stays three).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from text_to_num import Occurence, find_numbers

from translint.analysis.atoms import Atom, Spans, read_suffix
from translint.analysis.lexicon import Lexicon
from translint.analysis.numbers import normal

_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|\S")
_ORDINAL_TEXT = re.compile(r"[^\d.,]+$")


def word_atoms(text: str, lex: Lexicon, taken: Spans) -> list[Atom]:
    """Number words (``dix-huit``, ``twelve``, ``three million``) via text2num,
    and the language's own number words text2num does not know."""
    atoms: list[Atom] = []
    reader = lex.text2num
    words = _word_token(lex.elisions).findall(text)
    if reader and any(_number_word(w, reader) for w in words if w[0].isalpha()):
        atoms = _text2num_atoms(text, lex, taken)
    if lex.number_words is not None:
        data = lex.data
        for m in lex.number_words.finditer(text):
            if not taken.overlaps(m.start(), m.end()):
                value = data.number_words[re.sub(r"\s+", " ", m.group().lower())]
                atoms.append(Atom(m.start(), m.end(), Decimal(value), written="words"))
                taken.add(m.start(), m.end())
    # An article ("une") only stands if no number word claimed it ("une douzaine").
    return [a for a in atoms if not (a.article and taken.overlaps(a.start, a.end))]


def _text2num_atoms(text: str, lex: Lexicon, taken: Spans) -> list[Atom]:
    """The numbers text2num finds in the words not already inside a figure."""
    tokens = _tokens(text, lex, taken)
    atoms = []
    words = [t.word.lower() for t in tokens]
    last_end = 0
    for occurrence in find_numbers(tokens, lex.text2num, 0):
        first = occurrence.start
        if tokens[first].blocked or tokens[first].start < last_end:
            continue
        atom = _occurrence_atom(text, lex, tokens, words, occurrence)
        if atom is None:
            continue
        atoms.append(atom)
        last_end = atom.end
    atoms = _comma_parts_joined(text, atoms)
    for atom in atoms:
        if not atom.article:
            taken.add(atom.start, atom.end)
    return atoms


_COMMA = re.compile(r",\s*")


def _comma_parts_joined(text: str, atoms: list[Atom]) -> list[Atom]:
    """``one thousand, two hundred, thirty-four``: numbers in words parted by commas, as one.

    A part joins the number before it when it fits in the places that number
    left empty, hundreds or more (1000, then 200 < 1000, then 34 < 100);
    ``one, two, three`` and ``two hundred, three hundred`` stay apart.
    """
    joined: list[Atom] = []
    room = 0  # the place the last part left empty, when the next may fill it
    for atom in atoms:
        last = joined[-1] if joined else None
        fits = (
            last is not None
            and atom.kind != "ordinal"
            and not atom.article
            and 0 < atom.value < room
            and atom.value == atom.value.to_integral_value()
            and _COMMA.fullmatch(text, last.end, atom.start) is not None
        )
        if last is not None and fits:
            joined[-1] = replace(atom, start=last.start, value=last.value + atom.value, scale=1)
        else:
            joined.append(atom)
        room = _empty_places(atom) if fits or _may_open(atom) else 0
    return joined


def _may_open(atom: Atom) -> bool:
    """Whether a number in words may be followed by parts after a comma."""
    return atom.kind == "count" and not atom.article and atom.currency is None


def _empty_places(atom: Atom) -> int:
    """The largest power of ten dividing a whole number, if a hundred or more; else 0."""
    value = atom.value
    if value <= 0 or value != value.to_integral_value():
        return 0
    place, n = 1, int(value)
    while n % (place * 10) == 0:
        place *= 10
    return place if place >= 100 else 0


def _occurrence_atom(
    text: str, lex: Lexicon, tokens: list[_Token], words: list[str], occurrence: Occurence
) -> Atom | None:
    """The figure one text2num occurrence is, or None where its words are no figure."""
    first, last = occurrence.start, occurrence.end - 1
    span = words[first : last + 1]
    start, end = tokens[first].start, tokens[last].end
    if len(span) == 1:
        start = _lone_word_start(lex, tokens, words, occurrence)
        if start is None:
            return None
    value = _word_value(occurrence.text)
    if value is None:
        return None
    atom = Atom(start, end, value, written="words")
    if occurrence.is_ordinal:
        atom.kind = "ordinal"
    elif span[-1] in lex.scale_names:
        atom.scale = lex.scale_names[span[-1]]
    if not occurrence.is_ordinal:
        read_suffix(text, lex, atom, None)
    if span == [span[0]] and span[0] in lex.data.article_ones and atom.kind == "count":
        atom.article = True  # "un fichier", "une fois": an article, unless a unit follows
    return atom


def _lone_word_start(
    lex: Lexicon, tokens: list[_Token], words: list[str], occurrence: Occurence
) -> int | None:
    """Where a one-word number starts (``a million`` takes its article), or None.

    None where the word is not a number in context: a single letter (``I/O``),
    a pronoun ``one`` (``one of the``, ``no one``), a word after one that
    makes it something else (``NOT_NUMBER_AFTER``), or a number of 100 or
    more in one word without its article, unless the language counts it bare.
    """
    data = lex.data
    first = occurrence.start
    word = words[first]
    prev = words[first - 1] if first > 0 else ""
    after = words[first + 1] if first + 1 < len(words) else ""
    if len(word) == 1:  # "I/O": a letter, not "o" for zero
        return None
    if word in data.one_words and (after in data.one_not_before or prev in data.one_not_after):
        return None
    if prev in data.not_number_after.get(word, ()):
        return None
    if occurrence.value >= 100 and not occurrence.is_ordinal:
        if prev in data.scale_articles and word in lex.scale_names and first > 0:
            return tokens[first - 1].start
        if word not in data.bare_scale_words:
            return None
    return tokens[first].start


@lru_cache(maxsize=1 << 16)
def _number_word(word: str, lang: str) -> bool:
    """Whether text2num reads ``word`` alone as a number. Every number in words
    holds such a word ("a million": million; "vingt et un": vingt), so a
    paragraph without one is not handed to text2num: most are not, and
    tokenising them for it was most of the figure reader's time."""
    return bool(find_numbers([_Token(word, 0, len(word))], lang, 0))


@dataclass
class _Token:
    """A word handed to text2num (its ``Token`` protocol), with its offsets."""

    word: str
    start: int
    end: int
    blocked: bool = False

    def text(self) -> str:
        return "|" if self.blocked else self.word

    def nt_separated(self, previous: _Token) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return self.blocked


@lru_cache(maxsize=16)
def _word_token(elisions: frozenset[str]) -> re.Pattern[str]:
    """Words, an elided one apart from the next (``d'`` and ``une``), numbers, signs."""
    if not elisions:
        return _WORD_TOKEN
    elided = "|".join(sorted(map(re.escape, elisions), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?i:{elided})['’](?=[^\W\d_])|{_WORD_TOKEN.pattern}")


def _tokens(text: str, lex: Lexicon, taken: Spans) -> list[_Token]:
    """Words of the text; tokens inside figures already found become barriers."""
    spans = list(taken)
    tokens = []
    i = 0
    for m in _word_token(lex.elisions).finditer(text):
        while i < len(spans) and spans[i][1] <= m.start():
            i += 1
        blocked = i < len(spans) and spans[i][0] < m.end()
        tokens.append(_Token(m.group(), m.start(), m.end(), blocked or m.group()[0].isnumeric()))
    return tokens


def _word_value(text: str) -> Decimal | None:
    """text2num's digits (``"2,5"``, ``"3ème"``, ``"1st"``) as a Decimal."""
    digits = _ORDINAL_TEXT.sub("", text).replace(",", ".")
    try:
        return normal(Decimal(digits))
    except InvalidOperation:
        return None
