"""A hundred per cent written as a word: "100% free" is « totalement libre ».

Translators render an absolute "100%" by an adverb as often as by the
figure; the adverbs of each language are its figure data
(``FigureData.whole_words``). A 100 % of one side left without counterpart,
where the other side's aligned paragraphs hold such an adverb, is matched
by it: not missing, not extra.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from translint.compare.figures import GroupMatching
from translint.lang import language
from translint.model import AnalysedDocument, Figure
from translint.words import fold

HUNDRED = Decimal(100)


def with_whole_words(
    matchings: tuple[GroupMatching, ...], source: AnalysedDocument, target: AnalysedDocument
) -> tuple[GroupMatching, ...]:
    """``matchings`` with every lone 100 % that the other side writes as an adverb
    taken out of the missing and extra figures."""
    result = []
    for matched in matchings:
        matching = matched.matching
        missing = _kept(matching.missing, target, matched.group.target)
        extra = _kept(matching.extra, source, matched.group.source)
        if len(missing) != len(matching.missing) or len(extra) != len(matching.extra):
            matching = replace(matching, missing=missing, extra=extra)
            matched = replace(matched, matching=matching)
        result.append(matched)
    return tuple(result)


def _kept(
    figures: tuple[Figure, ...], other: AnalysedDocument, indices: tuple[int, ...]
) -> tuple[Figure, ...]:
    if not any(_whole(f) for f in figures):
        return figures
    words = language(other.lang).figures.whole_words
    text = fold(" ".join(other.paragraphs[i].paragraph.content for i in indices))
    written = any(re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", text) for w in words)
    return tuple(f for f in figures if not (written and _whole(f)))


def _whole(figure: Figure) -> bool:
    return figure.kind == "percent" and figure.value == HUNDRED
