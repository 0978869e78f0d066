"""The languages translint knows: one folder each, discovered, kept apart from the algorithms.

A language is a sub-package of ``translint.lang`` (``en/``, ``fr/``) whose
``__init__`` defines ``LANGUAGE``, a ``Language`` record: its code and name,
its spaCy pipeline, the tags its files carry, and its data (number and scale
words, units, months in ``figures``; page chrome, labels and function words in
``text``), usually built from plain data modules beside it with ``data_from``.
Everything a record does not say has a default, as a base class does in
translate-toolkit: a language with a few number words and no pipeline is
read, detected and has its figures extracted. Sub-packages without
``LANGUAGE`` hold data about a pair of languages (``en_fr/``).

Adding a language: a folder ``translint/lang/<code>/`` with ``__init__.py``
defining ``LANGUAGE``, its data modules, and its spaCy pipeline as a
dependency in ``pyproject.toml`` (README, "Adding a language").

Every algorithm asks the registry (``languages()``, ``language(code)``)
rather than naming a language, so no ``"en"`` or ``"fr"`` literal is needed
outside this package.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from types import MappingProxyType, ModuleType
from typing import Any, TypeVar

# Currencies whose symbols and names are taken from CLDR for every language.
CLDR_CURRENCIES = (
    "USD", "CAD", "EUR", "GBP", "JPY", "KRW", "AUD", "NZD",
    "CHF", "CNY", "HKD", "SGD", "INR", "MXN", "BRL",
)  # fmt: skip

# Languages that translint does not check but recognises, so that a Spanish
# text is refused as Spanish rather than misread: their spaCy stop words mark a
# text as none of ours. A registered language drops out of this list.
OTHER_LANGUAGES = {"es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese",
                   "nl": "Dutch"}  # fmt: skip

# The language of originals when nothing says otherwise (``--pairs`` without
# ``--source-lang``), and the one translint's own messages and reports are
# written in.
DEFAULT_SOURCE = "en"
MESSAGES = "en"


def _frozen(mapping: Mapping[Any, Any] | None = None) -> Mapping[Any, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class FigureData:
    """The words and symbols that give a number its meaning in one language.

    Keys of ``*_names`` tables are matched case-insensitively, keys of
    ``*_symbols`` tables exactly. The defaults are a language that writes
    ``1,234.5`` and knows no words at all: every figure it has is in digits.
    """

    locales: tuple[str, ...] = ()  # CLDR locales, the main one first
    decimal_symbol: str = "."
    group_symbols: tuple[str, ...] = (",",)
    # The figures' separator style this language writes (``Figure.style``).
    decimal_style: str = "point"
    text2num: str | None = None  # the language code text2num reads, if it knows this language
    number_words: Mapping[str, int] = field(default_factory=_frozen)
    scale_names: Mapping[str, int] = field(default_factory=_frozen)
    scale_symbols: Mapping[str, int] = field(default_factory=_frozen)
    scale_symbols_before_currency: Mapping[str, int] = field(default_factory=_frozen)
    scale_connectives: tuple[str, ...] = ()
    scale_articles: tuple[str, ...] = ()
    bare_scale_words: tuple[str, ...] = ()
    percent_names: tuple[str, ...] = ()
    percent_point_names: tuple[str, ...] = ()
    unit_names: Mapping[str, str] = field(default_factory=_frozen)
    unit_symbols: Mapping[str, str] = field(default_factory=_frozen)
    ordinal_suffixes: tuple[str, ...] = ()
    roman_ordinal_suffixes: tuple[str, ...] = ()
    reference_words: tuple[str, ...] = ()
    version_words: tuple[str, ...] = ()
    range_frames: tuple[tuple[str, str], ...] = ()
    one_words: tuple[str, ...] = ()
    one_not_before: tuple[str, ...] = ()
    one_not_after: tuple[str, ...] = ()
    not_number_after: Mapping[str, Any] = field(default_factory=_frozen)
    # Phrases whose digits are part of a word, never read as a figure ("3rd party").
    not_figures: tuple[str, ...] = ()
    article_ones: tuple[str, ...] = ()
    currency_symbols: Mapping[str, str] = field(default_factory=_frozen)
    currency_names: Mapping[str, str] = field(default_factory=_frozen)
    months: Mapping[str, int] = field(default_factory=_frozen)
    months_capitalised: bool = False
    # Adverbs that render an absolute "100%" (« totalement libre »).
    whole_words: tuple[str, ...] = ()
    # Words that may join a month to its year or an ordinal day to its month
    # ("June of 2017", "the 1st of June").
    date_connectives: tuple[str, ...] = ()
    # Words that list two days of one month ("April 6 and 8", « 6 et 8 avril »).
    list_joiners: tuple[str, ...] = ()
    # Times of day: what parts the hours from the minutes (``17:30``, ``17 h 30``;
    # a letter may be spaced off), and the words after the hour that name a
    # half of the day (``5 p.m.``) with the hours they add to it (0 or 12).
    clock_separators: tuple[str, ...] = ()
    day_periods: Mapping[str, int] = field(default_factory=_frozen)


@dataclass(frozen=True)
class NegationData:
    """How a sentence of one language says "not", as data for ``translint.analysis.negation``.

    Patterns are regular expressions matched case-insensitively on the text
    with its apostrophes made straight (``'``), each from the start of a
    word. A language with a two-part negation (French « ne … pas ») names
    its ``particles`` (folded tokens: ``ne``, ``n'``), the ``completions``
    that may follow them within ``window`` words, and the ``leaders`` that may come before them
    (« personne ne »), a completion at most its ``reach`` words away if
    given; ``restrictions`` after a particle make it "only"
    (« ne … que ») unless a completion in ``restricted_negative`` came first
    (« ne … pas que »). ``noun_after`` lists, by cue word, the words before it
    that make it a noun (« une personne », « le pas »). A particle with
    neither is ``literary`` when the words after it match that pattern (« ne
    saurait »), ``expletive`` a few words after a « que » that follows
    ``expletive_after`` (« avant qu'il ne parte »), and otherwise ``bare``:
    a « ne » whose « pas » is gone.
    ``cues`` are the standalone negations, ``(pattern, kind)``, tried in
    order; kinds in ``privative`` (``without``) make a double negative right
    after another negation (« pas sans »). ``neutral`` patterns are the traps:
    what they match is never a negation ("not only", « n'importe »).
    ``lexical`` patterns are words that say "not" without being a negation
    ("unable", « impossible »): a translation may render one by the other.
    """

    particles: frozenset[str] = frozenset()
    completions: frozenset[str] = frozenset()
    leaders: frozenset[str] = frozenset()
    restrictions: frozenset[str] = frozenset()
    restricted_negative: frozenset[str] = frozenset()
    noun_after: Mapping[str, frozenset[str]] = field(default_factory=_frozen)
    literary: str = ""
    expletive_after: str = ""
    window: int = 8
    # How many words a completion or restriction may sit past its particle, where
    # fewer than ``window``: « plus » and « que » are common words far from a « ne ».
    reach: Mapping[str, int] = field(default_factory=_frozen)
    cues: tuple[tuple[str, str], ...] = ()
    privative: frozenset[str] = frozenset()
    neutral: tuple[str, ...] = ()
    lexical: tuple[str, ...] = ()


@dataclass(frozen=True)
class TextData:
    """Words that tell a paragraph's role and a text's language, in one language."""

    # Page furniture (``top of page``, share buttons): a paragraph whose whole
    # content is one of these is chrome, compared case-insensitively.
    chrome_phrases: frozenset[str] = frozenset()
    chrome_patterns: tuple[str, ...] = ()  # whole-line regular expressions for chrome
    heading_labels: tuple[str, ...] = ()  # "Chapter" in "Chapter 1. Tutorials"
    caption_labels: tuple[str, ...] = ()  # "Figure" in "Figure 3.14. The search field"
    admonition_labels: frozenset[str] = frozenset()  # "Note", alone before a note
    # Function words frequent in this language's prose and absent from the
    # others'; added to spaCy's stop words for language detection.
    function_words: frozenset[str] = frozenset()
    # Elided forms that are words of their own (French ``l'``, ``qu'``): the
    # letters before the apostrophe.
    elisions: tuple[str, ...] = ()
    # Quotation marks, (opening, closing): a quoted span in a paragraph of
    # another language (a title, a quotation) is not that paragraph's language.
    quotes: tuple[tuple[str, str], ...] = ()
    # Words that a recogniser glues to the front of names: articles (``the``,
    # ``le``), elided articles (the ``l`` of ``l'``), personal titles, which
    # also make the name a person's (``Dr.``, ``Mme``), and other titles
    # (``President``). An abbreviation is written with its dot: a one-letter
    # one (``M.``) needs the dot in the text, a longer one may go without.
    name_articles: tuple[str, ...] = ()
    elided_articles: tuple[str, ...] = ()
    personal_titles: tuple[str, ...] = ()
    name_titles: tuple[str, ...] = ()
    # Endings that WordNet's index lacks for dictionary words (English ``-ed``).
    dictionary_endings: tuple[str, ...] = ()
    # Endings that make another form of the same word (plural, feminine):
    # ``Debian`` / ``Debians`` is one name.
    inflections: tuple[str, ...] = ()
    # Keyboard keys as interfaces name them (``Ctrl``, ``Maj``): a name
    # holding one is interface text.
    key_names: tuple[str, ...] = ()
    # Letters that betray this language in a text too short for words (é, ç).
    letters: str = ""
    # From how many letters the language may write an acronym read as a word
    # with one capital (« l'Unesco », « Unicode »); 0: never.
    acronyms_as_words: int = 0
    # Words that this language writes twice on purpose (French ``nous nous``,
    # English ``had had``), folded: ``repeated-word`` does not report them.
    legitimate_doublings: frozenset[str] = frozenset()
    # Abbreviations written with a dot that do not end a sentence even before a
    # capital (``e.g.``, « p. ex. », ``No. 5``), as written; a capitalised first
    # letter is accepted too (``E.g.``). Personal titles with a dot count as well.
    # ``etc.`` is not one: it ends a sentence as often as not.
    abbreviations: tuple[str, ...] = ()
    # How the language says "not" (``negation-mismatch``): cues, traps, lexical negatives.
    negation: NegationData = field(default_factory=NegationData)


@dataclass(frozen=True)
class Spacing:
    """What a typographic convention puts between a mark and the word beside it.

    ``side`` is where the space goes: ``"before"`` the mark (French ``:``) or
    ``"after"`` it (an opening ``«``). ``spaces`` are the accepted spaces, the
    preferred first; empty means none at all (Canadian French ``;``).
    """

    mark: str
    side: str
    spaces: tuple[str, ...]


@dataclass(frozen=True)
class Typography:
    """One convention of a language's typography, by name (``fr-CA``), as data.

    ``tags`` are the region tags (folded) that name it in a file name or a
    front matter's ``lang`` (``fr-ca``, ``fr_ca``). ``unit_spaces`` are the
    spaces accepted between a number and the ``units`` after it (``54 %``).
    """

    name: str
    tags: tuple[str, ...]
    marks: tuple[Spacing, ...]
    units: tuple[str, ...] = ()
    unit_spaces: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Language:
    """One language translint checks. Compared by identity: one record per language."""

    code: str
    name: str  # how messages name it: "English"
    # Other words that name it in a glossary's header row ("anglais"), folded.
    aliases: tuple[str, ...] = ()
    pipelines: tuple[str, ...] = ()  # spaCy pipeline packages, the preferred first
    install: str = ""  # the command that installs the pipeline, for the error message
    tags: tuple[str, ...] = ()  # file-name tags besides the code ("fr-ca" is "fr" anyway)
    # How much this language's function words are discounted in a long text of
    # another language: English is borrowed everywhere (commands, titles).
    borrowed_discount: float = 1.0
    text: TextData = field(default_factory=TextData)
    # The typographic conventions a text of this language may follow, the one
    # assumed when nothing tells first; none: ``typography`` does not apply.
    typography: tuple[Typography, ...] = ()
    # The figure data, or the module to build it from on first use (its CLDR
    # tables cost a little, and a fully cached check never reads them).
    figure_data: FigureData | str = field(default_factory=FigureData)

    @cached_property
    def figures(self) -> FigureData:
        """The figure data: given, or built from its module on first use."""
        if isinstance(self.figure_data, FigureData):
            return self.figure_data
        return data_from(FigureData, importlib.import_module(self.figure_data))


Data = TypeVar("Data", FigureData, TextData)


def data_from(kind: type[Data], module: ModuleType) -> Data:
    """A ``FigureData`` or ``TextData`` from a data module's UPPER_CASE constants.

    A constant counts for the field of its lower-case name; one that names no
    field is an error (a misspelt table would silently be the default).
    Constants starting with ``_`` are the module's own helpers.
    """
    fields = {f.name for f in dataclasses.fields(kind)}  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    for name, value in vars(module).items():
        if not name.isupper() or name.startswith("_"):
            continue
        if name.lower() not in fields:
            raise ValueError(f"{module.__name__}.{name} is not a {kind.__name__} field")
        values[name.lower()] = _frozen(value) if isinstance(value, dict) else value
    return kind(**values)


def pair_packages() -> tuple[ModuleType, ...]:
    """The sub-packages holding data about a pair of languages (``en_fr``), by name."""
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        if info.ispkg:
            module = importlib.import_module(f"{__name__}.{info.name}")
            if not isinstance(getattr(module, "LANGUAGE", None), Language):
                found.append(module)
    return tuple(found)


@cache
def languages() -> tuple[Language, ...]:
    """Every language of this package, by code: the sub-packages that define ``LANGUAGE``."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        record = getattr(module, "LANGUAGE", None)
        if isinstance(record, Language):
            found.append(record)
    return tuple(sorted(found, key=lambda record: record.code))


def codes() -> tuple[str, ...]:
    """The codes of every language, in registry order."""
    return tuple(record.code for record in languages())


def language(code: str) -> Language:
    """The record of ``code``; an unknown code is a ValueError."""
    for record in languages():
        if record.code == code:
            return record
    raise ValueError(f"no language {code!r} in translint.lang (known: {', '.join(codes())})")


def checked_pair() -> tuple[Language, Language]:
    """The two languages translint checks against each other: the first pair folder's.

    A pair folder is named after its two codes (``en_fr``); bilingual data such
    as a glossary's two columns follow its order.
    """
    for package in pair_packages():
        first, _, second = package.__name__.rsplit(".", 1)[-1].partition("_")
        if first in codes() and second in codes():
            return language(first), language(second)
    raise ValueError("no pair of registered languages in translint.lang (a folder like en_fr)")


def language_name(code: str) -> str:
    """How messages name ``code``: its record's name, or the code itself if unknown."""
    for record in languages():
        if record.code == code:
            return record.name
    return code


def other_languages() -> dict[str, str]:
    """Languages recognised but not checked, by code: ``OTHER_LANGUAGES`` less ours."""
    ours = set(codes())
    return {code: name for code, name in OTHER_LANGUAGES.items() if code not in ours}


def __getattr__(name: str) -> object:
    """``LANGUAGES`` and ``LANGUAGE_NAMES``, read off the registry when asked for."""
    if name == "LANGUAGES":
        return codes()
    if name == "LANGUAGE_NAMES":
        return {record.code: record.name for record in languages()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def currency_tables(locales: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str]]:
    """Currency symbols and names of ``locales`` from CLDR, mapped to ISO codes.

    A bare ``$`` stays the ambiguous ``"$"``: which dollar it is depends on
    the reader, not on the text.
    """
    from babel.numbers import get_currency_name, get_currency_symbol

    symbols: dict[str, str] = {}
    names: dict[str, str] = {}
    for code in CLDR_CURRENCIES:
        for locale in locales:
            symbol = get_currency_symbol(code, locale)
            if symbol != code:
                symbols.setdefault(symbol, "$" if symbol == "$" else code)
            for count in (1, 2):
                names.setdefault(get_currency_name(code, count, locale).lower(), code)
    return symbols, names


def clock_separators(locales: tuple[str, ...]) -> tuple[str, ...]:
    """What ``locales`` write between hours and minutes, from CLDR's short time patterns.

    ``h:mm a`` gives ``:``, ``HH 'h' mm`` (Canadian French) gives ``h``.
    """
    from babel import Locale

    found: list[str] = []
    for locale in locales:
        pattern = Locale.parse(locale).time_formats["short"].pattern
        between = re.search(r"[Hhk]+(.*?)m", pattern)
        if between:
            separator = between[1].replace("'", "").strip()
            if separator and separator not in found:
                found.append(separator)
    return tuple(found)


def day_periods(locales: tuple[str, ...]) -> dict[str, int]:
    """The words of ``locales`` for the two halves of the day (``a.m.``, ``PM``), from CLDR.

    Each is mapped to the hours it adds to a 12-hour clock's hour, lower-cased,
    with and without its dots (``p.m.`` and ``pm``).
    """
    from babel import Locale

    periods: dict[str, int] = {}
    for locale in locales:
        names = Locale.parse(locale).day_periods["format"]
        for width in ("abbreviated", "wide"):
            for period, hours in (("am", 0), ("pm", 12)):
                name = names.get(width, {}).get(period, "").lower()
                if len(name.replace(".", "")) > 1:
                    periods.setdefault(name, hours)
                    periods.setdefault(name.replace(".", ""), hours)
    return periods
