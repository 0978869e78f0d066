"""Data of the English/French pair: facts about one language written as the other,
and what both share."""

# Stop words that are also ordinary words of the other language ("possible",
# "different", "part", "front"): they would count for the wrong side in
# language detection.
SHARED_STOP_WORDS = frozenset(
    {"possible", "possibles", "different", "relative", "sent", "hi", "ha", "ho", "hue", "o",
     "na", "da", "es", "bat", "ca", "re", "part", "front", "due", "mine", "per", "show",
     "top", "bottom", "full", "empty", "side", "call", "name", "serious", "certain",
     "personne", "divers", "juste", "importe", "nul", "ni", "moins", "merci", "hors"}
)  # fmt: skip
