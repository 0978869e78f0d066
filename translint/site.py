"""Whole sites: the English/French pairs under a folder, found by their language tags.

``NAME.en.EXT`` pairs with ``NAME.fr.EXT`` in the same folder, and a bare
``en.EXT`` with ``fr.EXT`` (text, Markdown, HTML and Word extensions; the two may
differ, ``a.en.md`` with ``a.fr.txt``). A file with a language tag and no partner is
reported, never skipped in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from translint.errors import TranslintError

# "NAME.en.txt", or a bare "en.txt" that pairs with "fr.txt" in its folder.
TAGGED = re.compile(r"^(?:(?P<stem>.+)\.)?(?P<lang>en|fr)\.(?P<ext>[A-Za-z0-9]+)$")
TEXT_EXTENSIONS = frozenset({"txt", "md", "markdown", "text", "html", "htm", "xhtml", "docx"})


@dataclass(frozen=True)
class SitePairs:
    pairs: tuple[tuple[Path, Path], ...]  # (source, target) in the check's direction
    unpaired: tuple[Path, ...]


def find_pairs(directory: Path, source_lang: str = "en") -> SitePairs:
    """Every pair under ``directory`` (recursively), sources in ``source_lang``."""
    if not directory.exists():
        raise TranslintError(f"{directory}: folder not found")
    if not directory.is_dir():
        raise TranslintError(f"{directory}: not a folder")
    target_lang = "fr" if source_lang == "en" else "en"
    found: dict[tuple[Path, str], dict[str, Path]] = {}
    for path in sorted(directory.rglob("*")):
        match = TAGGED.match(path.name)
        if not match or not path.is_file() or match["ext"].lower() not in TEXT_EXTENSIONS:
            continue
        key = (path.parent, match["stem"] or "")
        found.setdefault(key, {}).setdefault(match["lang"], path)
    pairs = []
    unpaired = []
    for _, langs in sorted(found.items()):
        if source_lang in langs and target_lang in langs:
            pairs.append((langs[source_lang], langs[target_lang]))
        else:
            unpaired.extend(langs.values())
    return SitePairs(tuple(pairs), tuple(unpaired))
