"""Word-level helpers shared by the aligner and the checks."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-folded text, so that Montréal, MONTREAL and montreal compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().replace("œ", "oe").replace("æ", "ae")


def words(text: str) -> list[str]:
    """Letter words of ``text`` as written (elisions such as ``l’`` split off)."""
    found: list[str] = []
    for match in WORD.finditer(text):
        word = match.group()
        if "’" in word or "'" in word:
            head, _, tail = word.translate(APOSTROPHES).partition("'")
            if len(head) <= 2 or tail == "s":  # l'écosystème, qu'il / Korea's
                found.append(tail if len(head) <= 2 else head)
                continue
        found.append(word)
    return found
