"""How names cross between English and French, for the name comparisons (``translint.compare``).

The comparisons do not ask which side is the original: either language may
be the source, so the facts of both languages count on both sides.
"""

from types import MappingProxyType

from translint.lang.en import text as english
from translint.lang.fr import text as french

# English acronyms and the ones French writes instead: the same thing under
# its French name, never a confusion (name-inconsistent) nor a missing name
# (entity-missing). Only renderings that are the norm in French writing.
ACRONYMS = MappingProxyType({
    "RGB": "RVB", "RGBA": "RVBA", "HSV": "TSV", "HSL": "TSL", "CMYK": "CMJN",
    "FG": "PP", "BG": "AP", "TRUE": "VRAI", "FALSE": "FAUX",
    "AI": "IA", "UN": "ONU", "EU": "UE", "NATO": "OTAN", "WHO": "OMS",
    "GDP": "PIB", "VAT": "TVA", "DNA": "ADN", "AIDS": "SIDA", "HIV": "VIH",
    "IMF": "FMI", "OECD": "OCDE", "CEO": "PDG", "SME": "PME", "SMEs": "PME",
    "UFO": "OVNI", "ISP": "FAI", "WTO": "OMC", "ECB": "BCE", "EIB": "BEI",
    "GMO": "OGM", "STD": "IST",
})  # fmt: skip

# English and French endings of adjectives made from names, folded: Gaussian /
# gaussien, European / européen, American / américain.
ADJECTIVE_ENDINGS = (("ian", "ien"), ("ean", "een"), ("an", "ain"), ("an", "ane"))

# Endings that make another form of the same word in either language.
INFLECTIONS = tuple(dict.fromkeys(english.INFLECTIONS + french.INFLECTIONS))

# Keyboard keys of either language's interfaces: a name with one is interface text.
KEY_NAMES = tuple(dict.fromkeys(english.KEY_NAMES + french.KEY_NAMES))
