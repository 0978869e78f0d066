"""French figure data: the words and symbols that give a number its meaning.

Data only, with the same names as ``translint.lang.en.figures``. Separators,
month names and currency symbols and names come from Babel's CLDR data. Note
the long scale: French *billion* is 10**12 and *milliard* is 10**9.
"""

from __future__ import annotations

from babel import Locale
from babel.numbers import (
    get_decimal_symbol,
    get_group_symbol,
)

from translint.lang import clock_separators, currency_tables

# The language text2num reads for this one (it knows a few).
TEXT2NUM = "fr"
LOCALES = ("fr", "fr_CA", "fr_FR", "fr_BE", "fr_CH")

DECIMAL_SYMBOL = get_decimal_symbol(LOCALES[0])  # ","
# The separator convention of DECIMAL_SYMBOL, as Figure.style names it (1 234,5).
DECIMAL_STYLE = "comma"
# CLDR's narrow no-break space (fr), no-break space (fr_CA), and the plain
# space typed by most translators.
GROUP_SYMBOLS = tuple(dict.fromkeys([get_group_symbol(LOCALES[0]), get_group_symbol("fr_CA"), " "]))

# Approximate numerals: « une vingtaine d'options » renders "20 different
# options". Not « quarantaine » (a quarantine as often as forty) nor the
# plurals (« des dizaines » is "dozens", no number).
NUMBER_WORDS = {
    word: value
    for stem, value in (
        ("dizaine", 10),
        ("douzaine", 12),
        ("quinzaine", 15),
        ("vingtaine", 20),
        ("trentaine", 30),
        ("cinquantaine", 50),
        ("soixantaine", 60),
        ("centaine", 100),
    )
    for word in (stem, f"une {stem}")
}

SCALE_NAMES = {
    "mille": 10**3,
    "million": 10**6,
    "millions": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
    "billion": 10**12,
    "billions": 10**12,
}
SCALE_SYMBOLS = {"k": 10**3, "M": 10**6, "Md": 10**9, "Mds": 10**9, "Mrd": 10**9}
SCALE_SYMBOLS_BEFORE_CURRENCY = {"k": 10**3, "M": 10**6, "G": 10**9, "Md": 10**9, "Mds": 10**9}
SCALE_CONNECTIVES = ("de", "d'", "d’")
SCALE_ARTICLES = ("un",)
# Scale words that are a number alone ("mille fois", "cent fichiers").
BARE_SCALE_WORDS = ("mille", "cent")

PERCENT_NAMES = ("pour cent", "pour-cent", "pourcent", "p. cent", "p. 100")
PERCENT_POINT_NAMES = ("points de pourcentage", "point de pourcentage")

UNIT_NAMES = {
    "kilomètre": "km",
    "kilomètres": "km",
    "kilometre": "km",
    "kilometres": "km",
    "mètre": "m",
    "mètres": "m",
    "centimètre": "cm",
    "centimètres": "cm",
    "millimètre": "mm",
    "millimètres": "mm",
    "milles": "mi",
    "mile": "mi",
    "miles": "mi",
    "pouce": "in",
    "pouces": "in",
    "pied": "ft",
    "pieds": "ft",
    "kilogramme": "kg",
    "kilogrammes": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "gramme": "g",
    "grammes": "g",
    "tonne": "t",
    "tonnes": "t",
    "watt": "W",
    "watts": "W",
    "kilowatt": "kW",
    "kilowatts": "kW",
    "mégawatt": "MW",
    "mégawatts": "MW",
    "gigawatt": "GW",
    "gigawatts": "GW",
    "degré": "°",
    "degrés": "°",
    "degré celsius": "°C",
    "degrés celsius": "°C",
    "heure": "h",
    "heures": "h",
    "minute": "min",
    "minutes": "min",
    "seconde": "s",
    "secondes": "s",
    "milliseconde": "ms",
    "millisecondes": "ms",
    "jour": "d",
    "jours": "d",
    "semaine": "wk",
    "semaines": "wk",
    "mois": "mo",
    "an": "yr",
    "ans": "yr",
    "année": "yr",
    "années": "yr",
    "octet": "B",
    "octets": "B",
    "kilooctet": "kB",
    "kilooctets": "kB",
    "mégaoctet": "MB",
    "mégaoctets": "MB",
    "gigaoctet": "GB",
    "gigaoctets": "GB",
    "téraoctet": "TB",
    "téraoctets": "TB",
    "bit": "bit",
    "bits": "bit",
    "pixel": "px",
    "pixels": "px",
    "hertz": "Hz",
    "kilohertz": "kHz",
    "mégahertz": "MHz",
    "gigahertz": "GHz",
    "volt": "V",
    "volts": "V",
}
# French octet symbols: Go is GB, Mo is MB ...
UNIT_SYMBOLS = {
    "o": "B",
    "ko": "kB",
    "Ko": "kB",
    "Mo": "MB",
    "Go": "GB",
    "To": "TB",
    "Kio": "KiB",
    "Mio": "MiB",
    "Gio": "GiB",
    "Tio": "TiB",
}

# Glued ordinal suffixes: 1er, 1re, 2e, 3ème, 2nd ...
ORDINAL_SUFFIXES = (
    "er",
    "re",
    "ère",
    "ers",
    "res",
    "ères",
    "e",
    "es",
    "ème",
    "èmes",
    "eme",
    "emes",
    "è",
    "nd",
    "nde",
    "nds",
    "ndes",
)

# Suffixes that make a Roman numeral an ordinal ("XXIe siècle", "Ier").
ROMAN_ORDINAL_SUFFIXES: tuple[str, ...] = ("e", "er", "re", "ère", "ème")

REFERENCE_WORDS = (
    "section",
    "chapitre",
    "figure",
    "fig.",
    "tableau",
    "table",
    "exemple",
    "étape",
    "annexe",
    "partie",
    "note",
    "rfc",
    "page",
    "bogue",
    "bug",
)
VERSION_WORDS = ("version", "noyau")

RANGE_FRAMES = (
    ("entre le", "et le"),
    ("entre", "et"),
    ("de", "à"),
    ("d'", "à"),
    ("d’", "à"),
    ("du", "au"),
    ("", "à"),
)

# French "un"/"une" are articles: ARTICLE_ONES are figures only when a unit,
# currency, scale or percent follows ("un kilomètre", "un million").
ONE_WORDS = ("un", "une")
ONE_NOT_BEFORE: tuple[str, ...] = ()
ONE_NOT_AFTER: tuple[str, ...] = ()
NOT_NUMBER_AFTER = {
    "neuf": ("à", "tout", "flambant", "de", "du", "le", "est"),
    "neuve": ("à", "tout", "flambant", "de"),
    "mille": ("le",),  # « en plein dans le mille »: the bull's-eye, no thousand
}
ARTICLE_ONES = ("un", "une")

CURRENCY_SYMBOLS, _CLDR_CURRENCY_NAMES = currency_tables(LOCALES)
CURRENCY_SYMBOLS.update(
    {
        "US$": "USD",
        "CA$": "CAD",
        "C$": "CAD",
        "$ CA": "CAD",
        "$ US": "USD",
        "$CA": "CAD",
        "$US": "USD",
        "$\u00a0CA": "CAD",
        "$\u00a0US": "USD",
        "$": "$",
    }
)
CURRENCY_NAMES = {
    **_CLDR_CURRENCY_NAMES,
    "dollar": "$",
    "dollars": "$",
    "dollars canadiens": "CAD",
    "dollar canadien": "CAD",
    "dollars américains": "USD",
    "dollar américain": "USD",
    "dollars us": "USD",
    "dollars états-uniens": "USD",
    "won": "KRW",
    "wons": "KRW",
    "yen": "JPY",
    "yens": "JPY",
}


def _months() -> dict[str, int]:
    """Month names and abbreviations, with and without the dot, from CLDR."""
    months: dict[str, int] = {}
    data = Locale.parse(LOCALES[0]).months
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in data[context][width].items():
                months.setdefault(name.lower(), number)
    return months


MONTHS = _months()
# "sept" without its dot is the number seven, so it is not a month here.
MONTHS_CAPITALISED = False
# « 6 et 8 avril », « les 6 et 8 avril ».
LIST_JOINERS = ("et",)

# Times of day: "17:30", "17 h 30", "17h30" (CLDR's time patterns). French
# writes the 24-hour clock, so no day periods; "17 h" alone is also a number
# of hours, and stays one.
CLOCK_SEPARATORS = clock_separators(LOCALES)

# Adverbs that render an absolute "100%" in a translation.
WHOLE_WORDS = (
    "totalement",
    "entièrement",
    "complètement",
    "pleinement",
    "absolument",
    "intégralement",
    "tout à fait",
)
