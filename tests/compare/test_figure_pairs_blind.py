"""Run the blind figure pairs through the public figure API, both directions."""

from __future__ import annotations

import pytest

from translint.analysis.figures import figures_of
from translint.compare.figures import match_figures

from .figure_pairs_blind import BLIND_PAIRS

OUTCOMES = {"match", "figure-mismatch", "figure-missing", "figure-extra"}
REVERSED = {
    "match": "match",
    "figure-mismatch": "figure-mismatch",
    "figure-missing": "figure-extra",
    "figure-extra": "figure-missing",
}


def outcome(source: str, source_lang: str, target: str, target_lang: str):
    """The finding the pair produces, with the figures and matching for the message."""
    src = figures_of(source, source_lang)
    tgt = figures_of(target, target_lang)
    m = match_figures(src, tgt)
    if m.mismatched:
        found = "figure-mismatch"
    elif m.missing:
        found = "figure-missing"
    elif m.extra:
        found = "figure-extra"
    else:
        found = "match"
    detail = (
        f"\n  {source_lang}: {source!r}\n    figures: {src!r}"
        f"\n  {target_lang}: {target!r}\n    figures: {tgt!r}"
        f"\n  matching: {m!r}"
    )
    return found, detail


def test_data_is_well_formed():
    assert len(BLIND_PAIRS) >= 90
    assert all(expected in OUTCOMES for _, _, expected in BLIND_PAIRS)
    errors = sum(expected != "match" for _, _, expected in BLIND_PAIRS)
    assert abs(2 * errors - len(BLIND_PAIRS)) <= len(BLIND_PAIRS) // 5


IDS = [f"{i:03d}-{expected}" for i, (_, _, expected) in enumerate(BLIND_PAIRS)]


@pytest.mark.parametrize(("en", "fr", "expected"), BLIND_PAIRS, ids=IDS)
def test_english_source(en: str, fr: str, expected: str):
    found, detail = outcome(en, "en", fr, "fr")
    assert found == expected, f"expected {expected}, got {found}{detail}"


@pytest.mark.parametrize(("en", "fr", "expected"), BLIND_PAIRS, ids=IDS)
def test_french_source(en: str, fr: str, expected: str):
    expected = REVERSED[expected]
    found, detail = outcome(fr, "fr", en, "en")
    assert found == expected, f"expected {expected}, got {found}{detail}"
