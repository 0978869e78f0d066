"""Markdown pairs end to end: a real blog post and its translation, with planted changes.

The pair is a Canada.ca blog post (``../shared/corpora/canada-blog``), English
and French, paired by ``altLangPage``. Each case plants one change in the
French inside Markdown markup (bold, italics, link text, a list item, a raw
HTML block) that the reader must see through for ``figure-mismatch`` to fire.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import translint
from translint.analysis.figures import figures_of_paragraph
from translint.config import Options

from .conftest import ROOT

BLOG = ROOT.parent / "shared" / "corpora" / "canada-blog"
ENGLISH = BLOG / "en" / "_posts" / "2017-08-09-taking-steps.markdown"
FRENCH = BLOG / "fr" / "_posts" / "2017-08-09-etapes-vers-des-nouveaux-patrons.markdown"
ANCHOR_EN = "## Find out more"
ANCHOR_FR = "## Vous voulez en savoir plus"

pytestmark = pytest.mark.skipif(
    not ENGLISH.is_file() or not FRENCH.is_file(),
    reason="../shared/corpora/canada-blog is not beside the project",
)


def _pair(tmp_path: Path, english: str, french: str) -> tuple[Path, Path]:
    tmp_path.mkdir(exist_ok=True)
    source, target = tmp_path / "post.en.md", tmp_path / "post.fr.md"
    source.write_text(english, encoding="utf-8")
    target.write_text(french, encoding="utf-8")
    return source, target


def _with_paragraph(text: str, anchor: str, paragraph: str) -> str:
    """``text`` with ``paragraph`` inserted before the heading ``anchor``."""
    assert anchor in text
    return text.replace(anchor, f"{paragraph}\n\n{anchor}", 1)


def _mismatches(source: Path, target: Path) -> list[tuple[str, str]]:
    report = translint.check(source, target, Options(cache=False))
    return [
        (finding.source.text, finding.target.text)
        for finding in report.findings
        if finding.rule == "figure-mismatch" and finding.source and finding.target
    ]


# (English paragraph, French paragraph, the French with a planted change); a None
# English paragraph means the change is made in the post's own text.
CASES = {
    "bold": (
        "The team answered **2,210** questions from business owners.",
        "L’équipe a répondu à **2 210** questions de propriétaires d’entreprise.",
        "L’équipe a répondu à **2 710** questions de propriétaires d’entreprise.",
    ),
    "italics": (
        "Calls to the centre dropped by _35%_ after the launch.",
        "Les appels au centre ont baissé de _35&nbsp;%_ après le lancement.",
        "Les appels au centre ont baissé de _45&nbsp;%_ après le lancement.",
    ),
    "link text": (
        "Read [our 12 lessons learned](https://example.org/en/12-lessons) about the design.",
        "Lisez [nos 12 leçons apprises](https://example.org/fr/12-lecons) sur la conception.",
        "Lisez [nos 14 leçons apprises](https://example.org/fr/12-lecons) sur la conception.",
    ),
    "list item": (
        "- The help centre answered 1,480 calls.\n- Wait times fell.",
        "- Le centre d’aide a répondu à 1&nbsp;480 appels.\n- Les attentes ont baissé.",
        "- Le centre d’aide a répondu à 1&nbsp;840 appels.\n- Les attentes ont baissé.",
    ),
    "raw HTML block": (
        None,
        '<div class="well panel">Seuls 67&nbsp;% des 20 participants',
        '<div class="well panel">Seuls 61&nbsp;% des 20 participants',
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_planted_change_inside_markup_is_a_figure_mismatch(tmp_path: Path, case: str) -> None:
    english_paragraph, french, planted = CASES[case]
    english, original = ENGLISH.read_text(encoding="utf-8"), FRENCH.read_text(encoding="utf-8")
    if english_paragraph is not None:
        english = _with_paragraph(english, ANCHOR_EN, english_paragraph)
        original = _with_paragraph(original, ANCHOR_FR, french)
    assert french in original
    changed = original.replace(french, planted, 1)
    before = _mismatches(*_pair(tmp_path / "same", english, original))
    after = _mismatches(*_pair(tmp_path / "planted", english, changed))
    new = [pair for pair in after if pair not in before]
    assert new, f"the planted change ({case}) was not found"
    assert all("<" not in target and "**" not in target for _, target in new)


def test_nbsp_before_millions_reads_the_scale_word(tmp_path: Path) -> None:
    english = _with_paragraph(
        ENGLISH.read_text(encoding="utf-8"), ANCHOR_EN, "Canada.ca had **87 million** visits."
    )
    french = _with_paragraph(
        FRENCH.read_text(encoding="utf-8"),
        ANCHOR_FR,
        "Canada.ca a reçu **87&nbsp;millions** de visites.",
    )
    source, target = _pair(tmp_path / "same", english, french)
    document = translint.read_one(target)
    assert document.lang is not None
    paragraph = next(p for p in document.paragraphs if "87" in p.content)
    figure = figures_of_paragraph(paragraph, document.lang)[0]
    assert figure.value == 87_000_000
    assert paragraph.text[figure.start : figure.end] == "87&nbsp;millions"
    assert not [pair for pair in _mismatches(source, target) if "87" in pair[0]]
