"""English figure data: the words and symbols that give a number its meaning.

Data only: ``translint.analysis.lexicon`` builds its matchers from these tables, so a
third language is one more module like this one. Separators, month names and
currency symbols and names come from Babel's CLDR data; the rest is what
CLDR does not say (scale words, unit names, the contexts where *one* is a
pronoun). Keys of ``*_NAMES`` tables are matched case-insensitively, keys of
``*_SYMBOLS`` tables exactly.
"""

from __future__ import annotations

from babel import Locale
from babel.numbers import (
    get_decimal_symbol,
    get_group_symbol,
)

from translint.lang import clock_separators, currency_tables, day_periods

# The language text2num reads for this one (it knows a few).
TEXT2NUM = "en"
LOCALES = ("en", "en_CA", "en_US", "en_GB", "en_AU")

DECIMAL_SYMBOL = get_decimal_symbol(LOCALES[0])  # "."
# The separator convention of DECIMAL_SYMBOL, as Figure.style names it (1,234.5).
DECIMAL_STYLE = "point"
# Babel's group symbol first, then the SI thin-space styles also seen in English.
GROUP_SYMBOLS = (get_group_symbol(LOCALES[0]), " ", "\u00a0", "\u202f")

# Number words that text2num does not know; text2num does the rest.
NUMBER_WORDS = {"both": 2, "dozen": 12, "a dozen": 12}

# Scale words after a number: "3.5 million". English billion is 10**9.
SCALE_NAMES = {
    "thousand": 10**3,
    "million": 10**6,
    "millions": 10**6,
    "billion": 10**9,
    "billions": 10**9,
    "trillion": 10**12,
    "trillions": 10**12,
}
# Abbreviations written glued to the number ("10k", "$3.5M", "3bn").
SCALE_SYMBOLS = {"k": 10**3, "M": 10**6, "mn": 10**6, "bn": 10**9, "tn": 10**12}
# Abbreviations that are a scale only when a currency symbol follows ("2 M$").
SCALE_SYMBOLS_BEFORE_CURRENCY = {"k": 10**3, "M": 10**6, "G": 10**9, "B": 10**9}
# Words allowed between a scale word and the unit or currency ("3 million of")
SCALE_CONNECTIVES: tuple[str, ...] = ()
# Scale words alone ("thousands of users") are not figures; singular ones after
# these articles are ("a million").
SCALE_ARTICLES = ("a", "an", "one")
# Scale words that are a number alone (none in English: "hundreds of").
BARE_SCALE_WORDS: tuple[str, ...] = ()

PERCENT_NAMES = ("per cent", "percent", "pct")
PERCENT_POINT_NAMES = ("percentage points", "percentage point", "percent points")

# Unit names and their canonical symbols (symbols themselves are shared and
# live in translint.analysis.lexicon).
UNIT_NAMES = {
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "centimetre": "cm",
    "centimetres": "cm",
    "centimeter": "cm",
    "centimeters": "cm",
    "millimetre": "mm",
    "millimetres": "mm",
    "millimeter": "mm",
    "millimeters": "mm",
    "mile": "mi",
    "miles": "mi",
    "inch": "in",
    "inches": "in",
    "foot": "ft",
    "feet": "ft",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilogramme": "kg",
    "kilogrammes": "kg",
    "gram": "g",
    "grams": "g",
    "gramme": "g",
    "grammes": "g",
    "tonne": "t",
    "tonnes": "t",
    "ton": "t",
    "tons": "t",
    "watt": "W",
    "watts": "W",
    "kilowatt": "kW",
    "kilowatts": "kW",
    "megawatt": "MW",
    "megawatts": "MW",
    "gigawatt": "GW",
    "gigawatts": "GW",
    "degree": "°",
    "degrees": "°",
    "degrees celsius": "°C",
    "degrees fahrenheit": "°F",
    "hour": "h",
    "hours": "h",
    "minute": "min",
    "minutes": "min",
    "second": "s",
    "seconds": "s",
    "millisecond": "ms",
    "milliseconds": "ms",
    "day": "d",
    "days": "d",
    "week": "wk",
    "weeks": "wk",
    "month": "mo",
    "months": "mo",
    "year": "yr",
    "years": "yr",
    "byte": "B",
    "bytes": "B",
    "kilobyte": "kB",
    "kilobytes": "kB",
    "megabyte": "MB",
    "megabytes": "MB",
    "gigabyte": "GB",
    "gigabytes": "GB",
    "terabyte": "TB",
    "terabytes": "TB",
    "bit": "bit",
    "bits": "bit",
    "pixel": "px",
    "pixels": "px",
    "hertz": "Hz",
    "kilohertz": "kHz",
    "megahertz": "MHz",
    "gigahertz": "GHz",
    "volt": "V",
    "volts": "V",
}
# Language-specific unit symbols (the international ones are shared).
UNIT_SYMBOLS: dict[str, str] = {}

ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")

# Reference words: the number after them names a part of the document
# ("Section 2.3"), not a quantity.
# Suffixes that make a Roman numeral an ordinal ("XXIe siècle", "Ier").
ROMAN_ORDINAL_SUFFIXES: tuple[str, ...] = ()

REFERENCE_WORDS = (
    "section",
    "chapter",
    "figure",
    "fig.",
    "table",
    "example",
    "step",
    "appendix",
    "part",
    "item",
    "note",
    "footnote",
    "rfc",
    "page",
    "bug",
)
VERSION_WORDS = ("version", "release", "kernel")

# Range frames: (opener, joiner); an empty opener means "X to Y" alone.
RANGE_FRAMES = (("between", "and"), ("from", "to"), ("", "to"), ("", "through"))

# English "one" is a pronoun in these contexts ("one of the most", "no one").
ONE_WORDS = ("one",)
ONE_NOT_BEFORE = (
    "of",
    "another",
    "'s",
    "’s",
    "by",
    "or",
    "and",
    "who",
    "that",
    "which",
    "can",
    "could",
    "must",
    "should",
    "would",
    "may",
    "might",
    "will",
    "needs",
    "has",
    "is",
    "does",
)
ONE_NOT_AFTER = (
    "no",
    "any",
    "every",
    "each",
    "some",
    "this",
    "that",
    "the",
    "which",
    "only",
    "such",
    "little",
    "a",
    "another",
    "one",
    "someone",
    "anyone",
    "new",
    "old",
)
# Words text2num reads as numbers that here are something else, with the
# neighbours that show it.
NOT_NUMBER_AFTER: dict[str, tuple[str, ...]] = {"second": ("a", "per", "every", "one")}

# Phrases whose digits are a word, not a figure: a "3rd party" is « tiers ».
NOT_FIGURES = ("3rd party", "3rd parties", "3rd-party")

# Articles that mean "one" too weakly to be a figure alone.
ARTICLE_ONES: tuple[str, ...] = ()

CURRENCY_SYMBOLS, _CLDR_CURRENCY_NAMES = currency_tables(LOCALES)
CURRENCY_SYMBOLS.update({"C$": "CAD", "US$": "USD", "CA$": "CAD", "A$": "AUD", "$": "$"})
CURRENCY_NAMES = {
    **_CLDR_CURRENCY_NAMES,
    "dollar": "$",
    "dollars": "$",
    "canadian dollar": "CAD",
    "canadian dollars": "CAD",
    "us dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "won": "KRW",
    "korean won": "KRW",
    "yen": "JPY",
}


def _months() -> dict[str, int]:
    """Month names and abbreviations, with and without the dot, from CLDR."""
    months: dict[str, int] = {}
    for locale in LOCALES[:1]:
        data = Locale.parse(locale).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in data[context][width].items():
                    months.setdefault(name.lower(), number)
                    months.setdefault(name.lower().rstrip("."), number)
    months.setdefault("sept", 9)
    return months


MONTHS = _months()
# English month names are capitalised; lowercase "may" or "march" is a verb.
MONTHS_CAPITALISED = True
# "June of 2017", "the 1st of June".
DATE_CONNECTIVES = ("of",)
# "April 6 and 8", "May 22 & 25".
LIST_JOINERS = ("and", "&")

# Times of day: "17:30", "5:30 p.m.", "12pm" (CLDR's time patterns and day periods).
CLOCK_SEPARATORS = clock_separators(LOCALES)
DAY_PERIODS = day_periods(LOCALES)

# Adverbs that render an absolute "100%" in a translation.
# "Pure grain" is « 100 % grain ».
WHOLE_WORDS = (
    "totally",
    "entirely",
    "completely",
    "fully",
    "wholly",
    "absolutely",
    "pure",
    "purely",
)
