"""Paragraph alignment: which source paragraphs became which target paragraphs.

The aligner is a monotonic dynamic programme over the two paragraph sequences
with groups 1-1, 1-0, 0-1, 1-2, 2-1 and 2-2. A group's similarity combines

* shared anchors, weighted by rarity in the pair (IDF): figures (by value,
  whatever their writing), acronyms, and words, where a target word counts as
  a source word when the two are accent-folded cognates (rapidfuzz ratio, so
  ``gouvernement`` meets ``government`` and ``quantique`` meets ``quantum``);
* a length prior: a translation's length is roughly proportional to its
  original's, with the ratio measured on the pair itself.

The programme maximises the sum over matched groups of
``size * (similarity - THRESHOLD) - MERGE_PENALTY[shape]``: a pair is only
matched when it is more similar than unrelated paragraphs are, and merges
must earn their penalty. Page chrome is left out of the programme and comes
back as unmatched groups. The search is restricted to a band around the
diagonal wide enough for the length difference of the two documents.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from translint.model import AlignmentGroup, AnalysedDocument, AnalysedParagraph, ParagraphKind
from translint.words import fold, words

THRESHOLD = 0.1
# (source count, target count) -> penalty; 1-0 and 0-1 gain nothing and cost nothing.
MERGE_PENALTY: dict[tuple[int, int], float] = {(1, 1): 0.0, (2, 1): 0.2, (1, 2): 0.2, (2, 2): 0.5}
ANCHOR_WEIGHT = {"figure": 3.0, "acronym": 3.0, "word": 1.0}
COGNATE_CUTOFF = 80.0
LENGTH_SIGMA = 0.45
SKIP_PENALTY = 0.15
MIN_BAND = 25


@dataclass(frozen=True)
class Profile:
    """What the aligner knows of one paragraph: weighted anchors and a length."""

    anchors: dict[str, float]
    length: int

    @property
    def mass(self) -> float:
        return sum(self.anchors.values())


def align(source: AnalysedDocument, target: AnalysedDocument) -> tuple[AlignmentGroup, ...]:
    """Align two analysed documents; every paragraph ends up in exactly one group."""
    src = [p for p in source.paragraphs if p.paragraph.kind is not ParagraphKind.CHROME]
    tgt = [p for p in target.paragraphs if p.paragraph.kind is not ParagraphKind.CHROME]
    src_profiles, tgt_profiles = profiles(src, source.lang, tgt, target.lang)
    groups = align_profiles(src_profiles, tgt_profiles)
    src_ids = [p.paragraph.index for p in src]
    tgt_ids = [p.paragraph.index for p in tgt]
    mapped = [
        AlignmentGroup(
            tuple(src_ids[i] for i in g.source), tuple(tgt_ids[j] for j in g.target), g.score
        )
        for g in groups
    ]
    return _with_chrome(mapped, len(source.paragraphs), len(target.paragraphs))


def _with_chrome(
    groups: list[AlignmentGroup], n_source: int, n_target: int
) -> tuple[AlignmentGroup, ...]:
    """Put the paragraphs left out of the programme back, unmatched, in document order."""
    seen_s = {i for g in groups for i in g.source}
    seen_t = {j for g in groups for j in g.target}
    extra = [AlignmentGroup((i,), (), None) for i in range(n_source) if i not in seen_s]
    extra += [AlignmentGroup((), (j,), None) for j in range(n_target) if j not in seen_t]
    if not extra:
        return tuple(groups)

    ordered: list[AlignmentGroup] = []
    pending = sorted(extra, key=lambda g: (g.source or g.target)[0])
    for group in groups:
        first_s = min(group.source) if group.source else None
        first_t = min(group.target) if group.target else None
        while pending:
            head = pending[0]
            before_source = head.source and first_s is not None and head.source[0] < first_s
            before_target = head.target and first_t is not None and head.target[0] < first_t
            if before_source or before_target:
                ordered.append(pending.pop(0))
            else:
                break
        ordered.append(group)
    ordered.extend(pending)
    return tuple(ordered)


def profiles(
    source: Sequence[AnalysedParagraph],
    source_lang: str,
    target: Sequence[AnalysedParagraph],
    target_lang: str,
) -> tuple[list[Profile], list[Profile]]:
    """Anchor profiles of both sides, with target cognates mapped onto source words."""
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


def _anchors(paragraph: AnalysedParagraph, lang: str) -> Counter[str]:
    stop = _stop_words(lang)
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
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@cache
def _stop_words(lang: str) -> frozenset[str]:
    if lang == "fr":
        from spacy.lang.fr.stop_words import STOP_WORDS
    else:
        from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(fold(w) for w in STOP_WORDS)


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
    df: Counter[str] = Counter()
    total = 0
    for side in sides:
        total += len(side)
        for anchors in side:
            df.update(anchors.keys())
    return {k: math.log(1 + total / n) for k, n in df.items()}


def _profile(anchors: Counter[str], idf: dict[str, float], paragraph: AnalysedParagraph) -> Profile:
    weighted = {k: n * idf[k] * ANCHOR_WEIGHT[_anchor_kind(k)] for k, n in anchors.items()}
    return Profile(weighted, max(1, len(paragraph.paragraph.content)))


def _anchor_kind(key: str) -> str:
    return {"f": "figure", "a": "acronym", "w": "word"}[key[0]]


def _merged(profiles: Sequence[Profile]) -> Profile:
    if len(profiles) == 1:
        return profiles[0]
    anchors: dict[str, float] = {}
    for profile in profiles:
        for k, v in profile.anchors.items():
            anchors[k] = anchors.get(k, 0.0) + v
    return Profile(anchors, sum(p.length for p in profiles))


def similarity(source: Profile, target: Profile, length_ratio: float) -> float:
    """Similarity in [0, 1] of two (possibly merged) paragraphs."""
    small, large = (
        (source.anchors, target.anchors)
        if len(source.anchors) <= len(target.anchors)
        else (target.anchors, source.anchors)
    )
    shared = sum(min(v, large[k]) for k, v in small.items() if k in large)
    mass = source.mass + target.mass
    overlap = 2 * shared / mass if mass else 0.0
    lexical = min(1.0, overlap / 0.6)
    deviation = math.log(target.length / (source.length * length_ratio))
    length = math.exp(-(deviation**2) / (2 * LENGTH_SIGMA**2))
    if not source.anchors or not target.anchors:
        # Nothing to compare (a bare number, a symbol): only the length speaks, weakly.
        return 0.5 * length
    return 0.75 * lexical + 0.25 * length


def align_profiles(source: Sequence[Profile], target: Sequence[Profile]) -> list[AlignmentGroup]:
    """The monotonic alignment of two profile sequences (indices are positions in them)."""
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        return [AlignmentGroup((i,), (), None) for i in range(n)] + [
            AlignmentGroup((), (j,), None) for j in range(m)
        ]
    ratio = min(1.6, max(0.6, sum(p.length for p in target) / sum(p.length for p in source)))
    band = max(MIN_BAND, 2 * abs(n - m) + MIN_BAND)

    sim_cache: dict[tuple[int, int, int, int], float] = {}

    def sim(i0: int, i1: int, j0: int, j1: int) -> float:
        key = (i0, i1, j0, j1)
        value = sim_cache.get(key)
        if value is None:
            value = similarity(_merged(source[i0:i1]), _merged(target[j0:j1]), ratio)
            sim_cache[key] = value
        return value

    neg = -math.inf
    best: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    moves = [(1, 0), (0, 1), *MERGE_PENALTY]
    for i in range(n + 1):
        lo = max(0, int(i * m / n - band))
        hi = min(m, int(i * m / n + band) + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            score, step = neg, (0, 0)
            for di, dj in moves:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                prev = best.get((pi, pj))
                if prev is None:
                    continue
                if di and dj:
                    gain = 2 * (sim(pi, i, pj, j) - THRESHOLD) - MERGE_PENALTY[(di, dj)]
                else:
                    gain = -SKIP_PENALTY
                if prev + gain > score:
                    score, step = prev + gain, (di, dj)
            if score > neg:
                best[(i, j)] = score
                back[(i, j)] = step
    groups: list[AlignmentGroup] = []
    i, j = n, m
    while i or j:
        di, dj = back[(i, j)]
        src = tuple(range(i - di, i))
        tgt = tuple(range(j - dj, j))
        score = round(sim(i - di, i, j - dj, j), 2) if di and dj else None
        groups.append(AlignmentGroup(src, tgt, score))
        i, j = i - di, j - dj
    groups.reverse()
    return groups
