"""What the aligner knows of each paragraph: anchors weighted by rarity, a length, a meaning.

Anchors are what a translation keeps of its original: figures (by value,
whatever their writing), acronyms, and words, where a target word counts as
a source word when the two are accent-folded cognates (rapidfuzz ratio, so
``gouvernement`` meets ``government`` and ``quantique`` meets ``quantum``).
Each is weighted by its rarity in the pair (IDF), so that a name found once
on each side says more than a word found everywhere.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

import numpy as np
from rapidfuzz import fuzz, process

from translint.align.tuning import (
    ANCHOR_WEIGHT,
    COGNATE_CUTOFF,
    LENGTH_RATIO_MAX,
    LENGTH_RATIO_MIN,
)
from translint.model import AnalysedParagraph
from translint.words import fold, words


@dataclass(frozen=True, eq=False)
class Profile:
    """What the aligner knows of one paragraph: weighted anchors, a length, a meaning."""

    anchors: dict[str, float]
    length: int
    vector: np.ndarray | None = field(default=None, repr=False)

    @cached_property
    def mass(self) -> float:
        """The total anchor weight, which a shared mass is measured against."""
        return sum(self.anchors.values())


def profiles(
    source: Sequence[AnalysedParagraph],
    source_lang: str,
    target: Sequence[AnalysedParagraph],
    target_lang: str,
) -> tuple[list[Profile], list[Profile]]:
    """Lexical profiles of both sides, with target cognates mapped onto source words."""
    src_raw = [_anchors(p, source_lang) for p in source]
    tgt_raw = [_anchors(p, target_lang) for p in target]
    cognates = _cognates(
        {k for a in src_raw for k in a if k.startswith("w:")},
        {k for a in tgt_raw for k in a if k.startswith("w:")},
    )
    tgt_raw = [Counter({cognates.get(k, k): n for k, n in a.items()}) for a in tgt_raw]
    idf = _idf(src_raw, tgt_raw)
    return (
        [_profile(a, idf, p) for a, p in zip(src_raw, source, strict=True)],
        [_profile(a, idf, p) for a, p in zip(tgt_raw, target, strict=True)],
    )


def length_ratio(source: Sequence[Profile], target: Sequence[Profile]) -> float:
    """The pair's target/source length ratio, which the length prior expects of each group.

    Measured on the pair itself, since how much longer French runs than
    English depends on the text; held within bounds so that a pair with
    whole sections missing on one side does not skew every group.
    """
    total = sum(p.length for p in source)
    if not total:
        return 1.0
    return min(LENGTH_RATIO_MAX, max(LENGTH_RATIO_MIN, sum(p.length for p in target) / total))


def merged(profiles: Sequence[Profile]) -> Profile:
    """One profile for consecutive paragraphs, as a merge or a split reads them.

    Anchors add up; the meaning is the length-weighted mean of the vectors,
    so merges cost no extra encoding.
    """
    if len(profiles) == 1:
        return profiles[0]
    anchors: dict[str, float] = {}
    for profile in profiles:
        for k, v in profile.anchors.items():
            anchors[k] = anchors.get(k, 0.0) + v
    vector = None
    if all(p.vector is not None for p in profiles):
        total = sum(p.vector * p.length for p in profiles)  # type: ignore[operator]
        vector = total / max(float(np.linalg.norm(total)), 1e-9)
    return Profile(anchors, sum(p.length for p in profiles), vector)


def shares_anchor(source: Profile, target: Profile) -> bool:
    """Whether two paragraphs share a figure, an acronym or a word (cognates included).

    A pair that shares nothing was matched for its length and place alone.
    """
    return not source.anchors.keys().isdisjoint(target.anchors)


def _anchors(paragraph: AnalysedParagraph, lang: str) -> Counter[str]:
    """The anchor keys of a paragraph and how often each occurs.

    Keys are prefixed by kind (``f:`` figure, ``a:`` acronym, ``w:`` word).
    Stop words, words under three letters and words in capitals (acronyms
    the entity recogniser missed, or shouting) are no evidence.
    """
    stop = stop_words(lang)
    anchors: Counter[str] = Counter()
    for figure in paragraph.figures:
        anchors["f:" + _number_key(figure.value)] += 1
    for entity in paragraph.entities:
        if entity.label.value == "ACRONYM":
            anchors["a:" + entity.key] += 1
    for word in words(paragraph.paragraph.content):
        folded = fold(word)
        if len(folded) >= 3 and folded not in stop and not word.isupper():
            anchors["w:" + folded] += 1
    return anchors


def _number_key(value: object) -> str:
    """A figure's value written one way, so that ``1.50`` and ``1,5`` are one key."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@cache
def stop_words(lang: str) -> frozenset[str]:
    """The accent-folded stop words of a language, which are no anchors.

    Cached: every paragraph of a side asks for the same set.
    """
    from translint.language import spacy_stop_words

    return frozenset(fold(w) for w in spacy_stop_words(lang))


def _cognates(source_words: set[str], target_words: set[str]) -> dict[str, str]:
    """Map each target word to its closest source cognate (same first letter, ratio >= cutoff)."""
    by_letter: dict[str, list[str]] = {}
    for key in sorted(source_words):  # sorted: ties must break the same way in every run
        by_letter.setdefault(key[2], []).append(key)
    mapping: dict[str, str] = {}
    pending: dict[str, list[str]] = {}
    for key in sorted(target_words):
        if key in source_words:
            continue
        pending.setdefault(key[2], []).append(key)
    for letter, targets in pending.items():
        candidates = by_letter.get(letter)
        if not candidates:
            continue
        scores = process.cdist(
            [t[2:] for t in targets],
            [c[2:] for c in candidates],
            scorer=fuzz.ratio,
            score_cutoff=COGNATE_CUTOFF,
        )
        for row, target_key in zip(scores, targets, strict=True):
            best = int(row.argmax())
            if row[best] > 0:
                mapping[target_key] = candidates[best]
    return mapping


def _idf(*sides: list[Counter[str]]) -> dict[str, float]:
    """Inverse document frequency of every key over the paragraphs of both sides."""
    df: Counter[str] = Counter()
    total = 0
    for side in sides:
        total += len(side)
        for anchors in side:
            df.update(anchors.keys())
    return {k: math.log(1 + total / n) for k, n in df.items()}


def _profile(anchors: Counter[str], idf: dict[str, float], paragraph: AnalysedParagraph) -> Profile:
    """A paragraph's profile: each anchor weighted by count, rarity and kind."""
    weighted = {k: n * idf[k] * ANCHOR_WEIGHT[_anchor_kind(k)] for k, n in anchors.items()}
    return Profile(weighted, max(1, len(paragraph.paragraph.content)))


def _anchor_kind(key: str) -> str:
    """The kind of an anchor key, from its prefix."""
    return {"f": "figure", "a": "acronym", "w": "word"}[key[0]]
