"""Sentences of a paragraph: a rule-based splitter, fast and language-neutral.

A sentence ends at ``.``, ``!``, ``?`` or an ellipsis (``…``, ``...``),
with the closing quotes and brackets after it (``."``, ``.)``, French
``. »`` with its space, and French's spaced ``?`` and ``!``), when white
space follows and the next word opens a sentence: a capital, a digit, an
opening quote or bracket, or an inverted mark. So no split falls inside a
decimal (``3.5``, ``3,5``), a URL, a file name (``foo.txt``), a version
(``1.2.3``) or before a lower-case word (``approx. three``), since none of
those has white space after its dot. What remains is told by the language
data: a dot after an abbreviation (``e.g.``, « p. ex. », ``M.``, ``Dr.``,
``No.``; ``TextData.abbreviations`` and the dotted ``personal_titles``) or
after an initial (``J. R. R. Tolkien``, ``U.S.``) ends no sentence.

spaCy's parser would split as well and cost a pipeline run per paragraph;
the analysis stage only runs the entity recogniser, so sentences are found
here, by rule, in microseconds.
"""

from __future__ import annotations

import re
from functools import cache

from translint.lang import language

# Where a sentence may end: its final marks, the closing quotes and brackets after
# them (a French closing guillemet may be spaced off), then white space. French
# spaces its ``?`` and ``!`` off the word: the space before a mark is left inside.
_END = re.compile(
    r"[.!?…]+"
    r"(?:[\"'”’)\]]|[ \u00a0\u202f]?»)*"
    r"(?=\s)"
)
# What opens a sentence: a capital or a digit (a letter of any script), an opening
# quote, bracket or inverted mark. Checked on the first character after the spaces.
_OPENERS = frozenset("«“‘\"'([¿¡")
_SPACES = re.compile(r"\s+")
# An initial or a dotted acronym before the dot: ``J.``, ``R.``, ``U.S.``, ``Ph.D.``
# is an abbreviation of the data; one capital letter alone is always an initial.
_INITIAL = re.compile(r"(?<![\w./])(?:[^\W\d_]\.){2,}\Z|(?<![\w.])[^\W\d_a-z]\.\Z")
# Characters an abbreviation is read back over (the longest has 6: « c.-à-d. »).
_WINDOW = 12


def sentence_spans(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """The sentences of ``text`` as ``(start, end)`` offsets, in order.

    Each span starts on a character that is not white space and ends after
    its final marks and closing quotes; between two spans there is only white
    space. A text of white space alone has no sentence.
    """
    abbreviation = _abbreviation_pattern(lang)
    spans: list[tuple[int, int]] = []
    start = _skip_spaces(text, 0)
    for match in _END.finditer(text):
        end = match.end()
        if end <= start:
            continue
        following = _skip_spaces(text, end)
        if following >= len(text):
            break
        if not _opens_sentence(text[following]):
            continue
        dot = match.start()
        if text[dot] == "." and not text.startswith("..", dot):
            window = text[max(0, dot + 1 - _WINDOW) : dot + 1]
            if abbreviation.search(window) or _INITIAL.search(window):
                continue
        spans.append((start, end))
        start = following
    last = len(text.rstrip())
    if last > start:
        spans.append((start, last))
    return tuple(spans)


def _skip_spaces(text: str, position: int) -> int:
    match = _SPACES.match(text, position)
    return match.end() if match else position


def _opens_sentence(character: str) -> bool:
    return character.isupper() or character.isdigit() or character in _OPENERS


@cache
def _abbreviation_pattern(lang: str) -> re.Pattern[str]:
    """The language's dotted abbreviations, matched at the end of the text before a dot.

    An abbreviation starts a word: ``ex.`` is not the end of ``index.``.
    Each is accepted as written and with a capital first letter.
    """
    data = language(lang).text
    written = {a for a in data.abbreviations} | {t for t in data.personal_titles if t.endswith(".")}
    forms = written | {a[0].upper() + a[1:] for a in written}
    alternation = "|".join(re.escape(a) for a in sorted(forms, key=lambda a: (-len(a), a)))
    if not alternation:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w.])(?:{alternation})\Z")


__all__ = ["sentence_spans"]
