"""Figures: the numbers of a paragraph, read with their meaning.

``figures_of`` reads one paragraph and returns its figures: digits in either
convention (``1,250,000`` / ``1 250 000``, ``3.5`` / ``3,5``; any space a
typesetter puts between digit groups, thin and narrow ones included), number words
through text2num (``dix-huit``, ``twelve``), scale words (``198.1 billion`` =
``198,1 milliards``), percentages, currencies, units, years, dates, times of
day, ordinals, ranges, versions and code-like identifiers. Every word and
symbol comes from a language data module (``translint.lang.<lang>.figures``,
read through its record), so a third language is a new module, not an edit
here.

The reading is split by concern: ``lexicon`` compiles a language's data into
matchers, ``numbers`` reads digits and their separators, ``atoms`` the signs
and words around a number, ``figure_words`` numbers in words, ``dates`` the
dates, times and phone numbers read first; this module finds the runs of digits,
ranges and identifiers and settles each figure's kind. Pairing the figures
of a translation with those of its original is ``translint.compare.figures``.

What a figure holds, by kind: ``value`` is the number with its scale
applied; a ``date`` has ``value`` YYYYMMDD (0 for a missing part) and
``extra`` ``(("year", "2025"), ("month", "5"), ("day", "7"))`` with only the
parts written, and a range of days in one month (``April 16 to 24``, ``du 16
au 24 avril``, ``16-24 avril``) is one date with its first day as ``day``
and ``("end_day", "24")`` after it; a ``time`` (of day) has ``value`` HHMM on a 24-hour clock
(``5:30 p.m.``, ``17:30`` and ``17 h 30`` are 1730, ``12 a.m.`` is 0) and no
``extra``; a ``range`` has its start as ``value`` and ``extra``
``(("end", "2024"),)`` (plus ``("of", "percent")``, ``("of", "money")``, or
``("of", "time")`` for a range of times, both ends HHMM: ``9 a.m. to 5
p.m.``, ``de 9 h à 17 h 30``);
a ``version`` has ``(("text", "2.6.32"),)``; an ``identifier`` has
``(("text", ...),)``, ``(("ref", "2.3"),)`` after a reference word (a
cross-reference or numbered heading: ``Chapter 3`` and ``chapitre 30``
compare their numbers, whatever the words) or
``(("phone", digits),)``, and its digits as ``value``, for anchoring only.
``"1,2,…6"``, ``(4,2,2)`` and ``[0,1]`` are tuples: identifiers.

Code is not quantity: a run of characters that glues digits to letters,
underscores, slashes and the like (``x86_64``, ``/dev/sda1``, ``ext4``,
``-j4``, ``du(8)``, ``ISO-8859-1``, ``11:59:01``), an IP address, and the number
after a reference word (``Section 2.3``, ``RFC 2822``) is an ``identifier``;
``2.6.32`` and ``version 2.3`` are ``version`` figures. French ``un``/``une``
are articles, figures only with a unit, scale or currency after them (``un
kilomètre``); English ``one`` is not a figure where it is a pronoun (``one of
the``, ``no one``). French ``17 h`` alone stays a ``quantity`` of hours (it
is as often a duration); the comparison reads it as a time beside one
(``translint.compare.meaning.clocks``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from decimal import Decimal

from translint.analysis.atoms import Atom, Spans, read_prefix, read_suffix
from translint.analysis.dates import dates_and_times, digits_value, iso_date
from translint.analysis.figure_words import word_atoms
from translint.analysis.lexicon import DASHES, SPACE, Lexicon, lexicon
from translint.analysis.numbers import Number, normal, read_number
from translint.model import Figure, Paragraph

__all__ = ["NUMERIC_KINDS", "decimal_style", "figures_of", "figures_of_paragraph"]

NUMERIC_KINDS = frozenset({"count", "year", "percent", "money", "quantity", "ordinal"})
_RUN_CHAR = r"[\w/\\@#=~*]"
# A spaced-group number ("1 250 000") or a run of word-ish characters
# joined by inner punctuation ("0-65535", "3.5", "x86_64", "2.6.32").
_RUN = re.compile(
    rf"(?P<spaced>(?<![\w.,])\d{{1,3}}(?:{SPACE}\d{{3}})+(?:[.,]\d+)?(?![\w]|[.,]\d))"
    rf"|{_RUN_CHAR}+(?:[{DASHES}.,:'’]{_RUN_CHAR}+)*"
)
_NUMCORE = re.compile(r"\d+(?:[.,]\d+)*")
_CODE_CHARS = re.compile(r"[_/\\@#=~:+*]")
_DIGIT = re.compile(r"\d")
_TIMES = re.compile(rf"{SPACE}?[x×]{SPACE}?")
_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def figures_of_paragraph(paragraph: Paragraph, lang: str) -> tuple[Figure, ...]:
    """Figures of a paragraph's content (bullet or markup skipped), with offsets into its text."""
    figures = figures_of(paragraph.content, lang)
    if paragraph.plain is None and not paragraph.content_start:
        return figures
    spans = [paragraph.text_span(f.start, f.end) for f in figures]
    return tuple(replace(f, start=s, end=e) for f, (s, e) in zip(figures, spans, strict=True))


def figures_of(text: str, lang: str) -> tuple[Figure, ...]:
    """Figures in one paragraph's text, in order, non-overlapping, read as ``lang`` writes.

    Dates and phone numbers are found first, then runs of digits with the
    signs, currencies, scales, units and percent signs around them, then
    number words, then ranges joining two neighbours. Linear in the text.
    Raises ValueError for a language that is not registered in ``translint.lang``.
    """
    lex = lexicon(lang)
    atoms: list[Atom] = []
    taken = Spans()
    if lex.not_figures is not None:  # claimed first, so no reader takes their digits
        for m in lex.not_figures.finditer(text):
            taken.add(m.start(), m.end())
    if _DIGIT.search(text):
        atoms.extend(dates_and_times(text, lex, taken))
        atoms.extend(_digit_atoms(text, lex, taken))
    atoms.extend(_roman_ordinals(text, lex, taken))
    atoms.extend(word_atoms(text, lex, taken))
    atoms.sort(key=lambda a: a.start)
    atoms = _ranges(text, lex, atoms)
    return tuple(_figure(text, a) for a in atoms if not a.article)


def decimal_style(lang: str) -> str:
    """The separator convention ``lang`` writes its numbers in (see ``Figure.style``)."""
    return lexicon(lang).decimal_style


def _roman_ordinals(text: str, lex: Lexicon, taken: Spans) -> list[Atom]:
    """Roman ordinals (``XXIe siècle`` for the 21st century), where the language has them."""
    atoms = []
    if lex.roman_ordinal is not None:
        for m in lex.roman_ordinal.finditer(text):
            value = _roman(m["roman"])
            if value and not taken.overlaps(m.start(), m.end()):
                atoms.append(Atom(m.start(), m.end(), Decimal(value), kind="ordinal"))
                taken.add(m.start(), m.end())
    return atoms


def _roman(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral, else None (``IIII``, ``VX``)."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for current, following in itertools.zip_longest(numeral, numeral[1:], fillvalue=""):
        value = values[current]
        total += -value if following and values[following] > value else value
    return total if total > 0 and _ROMAN.fullmatch(numeral) else None


def _digit_atoms(text: str, lex: Lexicon, taken: Spans) -> list[Atom]:
    """Figures written with digits, with the signs and words around them."""
    atoms: list[Atom] = []
    last_end = 0
    for m in _RUN.finditer(text):
        start, end = m.span()
        if start < last_end or not _DIGIT.search(m.group()) or taken.overlaps(start, end):
            continue
        for atom in _classify_run(text, lex, start, end, spaced=m["spaced"] is not None):
            if atom.start < last_end or taken.overlaps(atom.start, atom.end):
                continue
            atoms.append(atom)
            last_end = max(last_end, atom.end)
    for atom in atoms:
        taken.add(atom.start, atom.end)
    return atoms


def _identifier(text: str, start: int, end: int) -> Atom:
    """Code-like text, compared as a string; its value is its digits, for anchoring only."""
    return Atom(
        start,
        end,
        digits_value(text[start:end]),
        kind="identifier",
        extra=(("text", text[start:end]),),
    )


def _classify_run(text: str, lex: Lexicon, start: int, end: int, spaced: bool) -> list[Atom]:
    """Turn one run of characters that holds a digit into figures."""
    run = text[start:end]
    glued_call = start >= 2 and text[start - 1] == "(" and (text[start - 2].isalnum())
    if not _DIGIT.match(run) or _CODE_CHARS.search(run) or glued_call:
        return [_glued_call(text, start, end) if glued_call else _identifier(text, start, end)]
    if (date := iso_date(run, start, end)) is not None:
        return [date]
    core_end = end if spaced else _core_end(text, start, end)
    if core_end is None:
        return [_identifier(text, start, end)]
    number = read_number(text[start:core_end], lex.decimal, lex.grouping)
    if number is None:
        return [_identifier(text, start, end)]
    if number.shape == "ip":
        return [_identifier(text, start, end)]
    if number.shape == "list" or text.startswith((",…", ",..."), end):
        return [_identifier(text, start, end)]  # "(4,2,2)", "[0,1]", "1,2,…6": a tuple
    if number.shape == "version":
        return [_version(text, lex, start, end, core_end, number)]
    return _number_run(text, lex, start, end, core_end, number, spaced)


def _glued_call(text: str, start: int, end: int) -> Atom:
    """A man page section or function call: ``du(8)``, ``f(4,2,2)``, name and all."""
    name_start = start - 1
    while name_start > 0 and (text[name_start - 1].isalnum() or text[name_start - 1] in "_-.:"):
        name_start -= 1
    close = text.find(")", end)
    end = close + 1 if close != -1 and close - end < 3 else end
    return _identifier(text, name_start, end)


def _core_end(text: str, start: int, end: int) -> int | None:
    """Where the digits and separators at the start of a run end; None if it has none."""
    core = _NUMCORE.match(text, start, end)
    return None if core is None else core.end()


def _version(text: str, lex: Lexicon, start: int, end: int, core_end: int, number: Number) -> Atom:
    """``2.6.32``: a version, a reference (``Section 2.3.1``), or code if letters follow."""
    run = text[start:end]
    if core_end != end:
        return _identifier(text, start, end)
    if lex.reference_before.search(text[max(0, start - 24) : start]):
        return Atom(start, end, number.value, kind="identifier", extra=(("ref", run),))
    return Atom(start, end, number.value, kind="version", extra=(("text", run),))


def _number_run(
    text: str, lex: Lexicon, start: int, end: int, core_end: int, number: Number, spaced: bool
) -> list[Atom]:
    """A number with what surrounds it; the rest of the run makes it a range or code."""
    run = text[start:end]
    first = _atom_for(
        text, lex, start, core_end, number, plain=not spaced and run[: core_end - start].isdigit()
    )
    if first.end >= end:
        return [first]
    # What is left of the run: a range ("0-255"), or letters that make it code.
    rest = text[first.end : end]
    if rest[0] in DASHES and _DIGIT.match(rest, 1) and rest.count("-") <= 1:
        second = _classify_run(text, lex, first.end + 1, end, spaced=False)
        if len(second) == 1 and second[0].kind in NUMERIC_KINDS:
            return [first, second[0]]
    return [_identifier(text, start, end)]


def _atom_for(
    text: str, lex: Lexicon, start: int, end: int, number: Number, plain: bool = False
) -> Atom:
    """Give a number its sign, currency, scale, unit and kind from the text around it."""
    atom = Atom(start, end, number.value, plain=plain, styles=(number.style,))
    read_prefix(text, lex, atom)
    read_suffix(text, lex, atom, number)
    before = text[max(0, atom.start - 24) : atom.start]
    if lex.reference_before.search(before):
        atom.kind, atom.extra = "identifier", (("ref", text[start:end]),)
    elif lex.version_before.search(before) and not atom.unit and atom.kind == "count":
        atom.kind, atom.extra = "version", (("text", text[start:end]),)
    return atom


def _ranges(text: str, lex: Lexicon, atoms: list[Atom]) -> list[Atom]:
    """Join ``2020–2024``, ``between 2020 and 2024``, ``de 5 à 10 km`` into range figures.

    Also gives ``12,7 x 20,3 cm`` its unit on both sides of the ``x``.
    """
    for a, b in itertools.pairwise(atoms):
        if b.unit and a.kind == "count" and _TIMES.fullmatch(text, a.end, b.start):
            a.unit, a.kind = b.unit, "quantity"
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        joined = _range_of(text, lex, a, b) if b is not None else None
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _range_of(text: str, lex: Lexicon, a: Atom, b: Atom) -> Atom | None:
    """The range ``a`` to ``b`` when the text between them says so, else None."""
    if not _may_join(a, b):
        return None
    start = lex.range_start(text, text[a.end : b.start], a.start)
    if start is None:
        return None
    return _range(a, b, start)


def _may_join(a: Atom, b: Atom) -> bool:
    """Whether two neighbours can be the two ends of one range."""
    if a.article or b.article:
        return _article_starts(a, b)
    if "time" in (a.kind, b.kind):
        return _clock_ends(a, b) is not None
    if a.kind not in NUMERIC_KINDS or b.kind not in NUMERIC_KINDS or "ordinal" in (a.kind, b.kind):
        return False
    if (a.unit and b.unit and a.unit != b.unit) or (
        a.currency and b.currency and a.currency != b.currency
    ):
        return False
    # "rose by 54.1% to 198.1 billion": a percentage and a sum are two figures;
    # "rose 0.2 percentage points to 6.4%": a change and a level are two figures.
    # Only the start of a range may leave its unit to the end ("5 to 10 km").
    if a.kind != b.kind and "count" not in (a.kind, b.kind):
        return False
    return not (a.unit and not b.unit)


def _article_starts(a: Atom, b: Atom) -> bool:
    """``d'une à cinq``: an article starts a range of words; not ``un à un`` (one
    by one), nor ``de 46 % à une moyenne``."""
    return a.article and not b.article and b.written == "words" and b.kind in NUMERIC_KINDS


def _clock_ends(a: Atom, b: Atom) -> tuple[Decimal, Decimal] | None:
    """The two ends (HHMM) of a range of times of day, or None if one is no time.

    Beside a time, a number of hours is a time (``de 9 h à 17 h 30``) and so
    is a bare start (``9 to 5 p.m.``): the latest hour of its name before
    the end, so 9 to 5 p.m. starts at 9:00 and 1 to 5 p.m. at 13:00.
    """
    end = _as_clock(b, None)
    start = _as_clock(a, end) if end is not None else None
    return None if start is None or end is None else (start, end)


def _as_clock(atom: Atom, before: Decimal | None) -> Decimal | None:
    """An end of a range of times as HHMM, or None; ``before`` is the range's end."""
    value = atom.value
    if atom.kind == "time":
        return value
    if value != value.to_integral_value() or atom.scale != 1:
        return None
    if atom.kind == "quantity" and atom.unit == "h" and 0 <= value <= 24:
        return value * 100
    if atom.kind == "count" and before is not None and 1 <= value <= 12:
        morning, afternoon = value % 12 * 100, (value % 12 + 12) * 100
        return afternoon if afternoon < before else morning
    return None


def _range(a: Atom, b: Atom, start: int) -> Atom:
    """The range figure from ``start`` to the end of ``b``; ``5 to 10 km`` is in km."""
    written = a.written if a.written == b.written else "mixed"
    clock = _clock_ends(a, b) if "time" in (a.kind, b.kind) else None
    if clock is not None:
        extra = (("end", str(clock[1])), ("of", "time"))
        return Atom(start, b.end, clock[0], kind="range", written=written, extra=extra)
    first = a.value
    if a.scale == 1 and b.scale > 1 and a.written != "words":
        first = normal(a.value * b.scale)
    extra = [("end", str(_year_end(a, b)))]
    if "percent" in (a.kind, b.kind):
        extra.append(("of", "percent"))
    elif "money" in (a.kind, b.kind):
        extra.append(("of", "money"))
    return Atom(
        start,
        b.end,
        first,
        kind="range",
        unit=b.unit or a.unit,
        currency=b.currency or a.currency,
        scale=b.scale,
        written=written,
        extra=tuple(extra),
        styles=a.styles + b.styles,
    )


def _year_end(a: Atom, b: Atom) -> Decimal:
    """The end of a range, with the century of a year's range: ``2026-27`` ends in 2027.

    Fiscal and school years are written so (``2019-20``, ``1999-00``).
    """
    if a.plain and b.plain and 1000 <= a.value <= 2100 and b.end - b.start == 2:
        century = a.value - a.value % 100
        if a.value < century + b.value:
            return century + b.value
        if a.value % 100 == 99 and b.value == 0:
            return century + 100
    return b.value


def _figure(text: str, atom: Atom) -> Figure:
    """Freeze an atom: settle years and the convention its writing betrays, if only one."""
    kind = atom.kind
    if (
        kind == "count"
        and atom.plain
        and atom.written == "digits"
        and atom.scale == 1
        and 1000 <= atom.value <= 2100
    ):
        kind = "year"
    styles = {s for s in atom.styles if s is not None}
    style = styles.pop() if len(styles) == 1 else None
    extra = atom.extra if kind not in ("count", "year", "percent", "money", "quantity") else ()
    return Figure(
        text=text[atom.start : atom.end],
        start=atom.start,
        end=atom.end,
        value=atom.value,
        kind=kind,
        unit=atom.unit,
        currency=atom.currency,
        scale=atom.scale,
        written=atom.written,
        style=style,
        extra=extra,
    )
