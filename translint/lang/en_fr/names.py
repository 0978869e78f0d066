"""How names cross between English and French, for the name comparisons (``translint.compare``).

The comparisons do not ask which side is the original: either language may
be the source, so the facts of both languages count on both sides.
"""

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from translint.lang.en import text as english
from translint.lang.fr import text as french

# Acronyms that French writes as other acronyms: the same thing under its
# French name, never a confusion (name-inconsistent) nor a missing name
# (entity-missing). ``acronyms.csv`` beside this module, one row per thing: its
# acronym and name in each language and where the pair is taken from (the
# Government of Canada's list of departments and agencies, TERMIUM Plus, the
# OQLF's Grand dictionnaire terminologique, the institutions themselves). It is
# data, not code: a row is added there, not here. A row may give one language
# a name and no acronym (SEO is « référencement », written out). Only
# renderings that are the norm in French writing belong in it.
ACRONYM_TABLE = "acronyms.csv"


@dataclass(frozen=True)
class KnownAcronym:
    """One thing with an acronym in each language: ``written["en"]`` is ``CRA``,
    ``names["fr"]`` is ``Agence du revenu du Canada`` (empty when the table gives none)."""

    written: Mapping[str, str]
    names: Mapping[str, str]
    source: str


@cache
def known_acronyms() -> tuple[KnownAcronym, ...]:
    """The rows of ``acronyms.csv``, in file order. Its columns are language codes
    (the acronyms), ``<code>_name`` (the names) and ``source``."""
    text = resources.files(__package__).joinpath(ACRONYM_TABLE).read_text(encoding="utf-8")
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        codes = [c for c in row if c not in ("source",) and not c.endswith("_name")]
        rows.append(
            KnownAcronym(
                MappingProxyType({c: row[c] for c in codes}),
                MappingProxyType({c: row.get(f"{c}_name", "") for c in codes}),
                row["source"],
            )
        )
    return tuple(rows)


# Names of places and people that each language writes its own way, beyond
# what CLDR names (countries, regions and the cities of time zones): the
# common exonyms of newsrooms and encyclopaedias. Rows in the order of
# ``EXONYM_LANGUAGES``.
EXONYM_LANGUAGES = ("en", "fr")
EXONYMS = (
    ("Geneva", "Genève"), ("Basel", "Bâle"), ("Antwerp", "Anvers"), ("Ghent", "Gand"),
    ("Bruges", "Bruges"), ("Venice", "Venise"), ("Florence", "Florence"),
    ("Genoa", "Gênes"), ("Naples", "Naples"), ("Seville", "Séville"),
    ("Munich", "Munich"), ("Cologne", "Cologne"), ("Aachen", "Aix-la-Chapelle"),
    ("Mainz", "Mayence"), ("Edinburgh", "Édimbourg"), ("Dover", "Douvres"),
    ("Canterbury", "Cantorbéry"), ("The Hague", "La Haye"), ("Quebec City", "Québec"),
    ("Michelangelo", "Michel-Ange"), ("Titian", "Titien"), ("Raphael", "Raphaël"),
    ("Charlemagne", "Charlemagne"), ("Confucius", "Confucius"),
)  # fmt: skip

# English and French endings of adjectives made from names, folded: Gaussian /
# gaussien, European / européen, American / américain.
ADJECTIVE_ENDINGS = (("ian", "ien"), ("ean", "een"), ("an", "ain"), ("an", "ane"))

# Endings that make another form of the same word in either language.
INFLECTIONS = tuple(dict.fromkeys(english.INFLECTIONS + french.INFLECTIONS))

# Keyboard keys of either language's interfaces: a name with one is interface text.
KEY_NAMES = tuple(dict.fromkeys(english.KEY_NAMES + french.KEY_NAMES))
