"""Numbers in words: text2num's pre-filter loses no figure."""

from __future__ import annotations

import pytest

from translint.analysis import figure_words
from translint.analysis.figures import figures_of

from ..conftest import needs_corpora


@needs_corpora
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_paragraphs_without_a_number_word_skip_text2num_without_losing_figures(
    lang: str, monkeypatch
) -> None:
    """The text2num pre-filter changes nothing: every paragraph of the seed and of
    the corpora gives the same figures with it as when every paragraph goes
    through text2num, and some paragraphs do have numbers in words."""
    from ..conftest import SEED, SHARED_CORPORA

    files = sorted(SHARED_CORPORA.glob(f"*/*/{lang}.txt")) + sorted(SEED.glob(f"*.{lang}.txt"))
    paragraphs = [p for f in files for p in f.read_text("utf-8").split("\n\n") if p.strip()]
    filtered = [figures_of(p, lang) for p in paragraphs]
    monkeypatch.setattr(figure_words, "_number_word", lambda word, lang: True)
    everything = [figures_of(p, lang) for p in paragraphs]
    assert filtered == everything
    assert sum(any(f.written == "words" for f in found) for found in filtered) >= 20
