"""Data about English and French together: what one writes for the other, what both share."""

# Stop words that are also ordinary words of the other language ("possible",
# "different", "part", "front"): they would count for the wrong side in
# language detection.
SHARED_STOP_WORDS = frozenset(
    {"possible", "possibles", "different", "relative", "sent", "hi", "ha", "ho", "hue", "o",
     "na", "da", "es", "bat", "ca", "re", "part", "front", "due", "mine", "per", "show",
     "top", "bottom", "full", "empty", "side", "call", "name", "serious", "certain",
     "personne", "divers", "juste", "importe", "nul", "ni", "moins", "merci", "hors"}
)  # fmt: skip

# English acronyms and the ones French writes instead: the same thing under
# its French name, never a confusion (name-inconsistent) nor a missing name
# (entity-missing). Only renderings that are the norm in French writing.
ENGLISH_ACRONYMS = {
    "RGB": "RVB", "RGBA": "RVBA", "HSV": "TSV", "HSL": "TSL", "CMYK": "CMJN",
    "FG": "PP", "BG": "AP", "TRUE": "VRAI", "FALSE": "FAUX",
    "AI": "IA", "UN": "ONU", "EU": "UE", "NATO": "OTAN", "WHO": "OMS",
    "GDP": "PIB", "VAT": "TVA", "DNA": "ADN", "AIDS": "SIDA", "HIV": "VIH",
    "IMF": "FMI", "OECD": "OCDE", "CEO": "PDG", "SME": "PME", "SMEs": "PME",
    "UFO": "OVNI", "ISP": "FAI", "WTO": "OMC", "ECB": "BCE", "EIB": "BEI",
    "GMO": "OGM", "STD": "IST",
}  # fmt: skip
