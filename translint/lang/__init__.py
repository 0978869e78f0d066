"""Per-language data, kept apart from the algorithms that use it.

Each supported language is a sub-package (``en``, ``fr``) with data modules:
``figures`` (number words, scale words, units, currencies, months) and
``text`` (stop words, page chrome, titles). Adding a language means adding a
folder here and listing it in ``LANGUAGES``.
"""

LANGUAGES = ("en", "fr")
# How messages name each language.
LANGUAGE_NAMES = {"en": "English", "fr": "French"}
# The language of originals when nothing says otherwise (``--pairs`` without
# ``--source-lang``).
DEFAULT_SOURCE = "en"

# Currencies whose symbols and names are taken from CLDR for every language.
CLDR_CURRENCIES = (
    "USD", "CAD", "EUR", "GBP", "JPY", "KRW", "AUD", "NZD",
    "CHF", "CNY", "HKD", "SGD", "INR", "MXN", "BRL",
)  # fmt: skip


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
