"""Per-language data, kept apart from the algorithms that use it.

Each supported language is a sub-package (``en``, ``fr``) with data modules:
``figures`` (number words, scale words, units, currencies, months) and
``text`` (stop words, page chrome, titles). Adding a language means adding a
folder here and listing it in ``LANGUAGES``.
"""

LANGUAGES = ("en", "fr")
