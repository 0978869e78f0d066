"""The missing-sentence rule through the whole check, on a real Canada.ca paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from translint import Options, check
from translint.model import Finding, Severity

from ..compare.test_sentences import ENGLISH, french


def findings(tmp_path: Path, target: str, semantic: bool = True) -> list[Finding]:
    source, translation = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    source.write_text(ENGLISH, "utf-8")
    translation.write_text(target, "utf-8")
    options = Options(source_lang="en", target_lang="fr", semantic=semantic, cache=False)
    return [f for f in check(source, translation, options).findings if f.rule == "missing-sentence"]


@pytest.mark.parametrize("semantic", [True, False])
def test_a_sentence_left_out_is_reported_where_it_was(tmp_path: Path, semantic: bool) -> None:
    (finding,) = findings(tmp_path, french(1, 3, 4), semantic)
    assert finding.severity is Severity.WARNING
    assert finding.message == (
        "sentence not translated: “They see the tiny portion of the page that is available on…”"
    )
    assert finding.source is not None and finding.target is not None
    assert finding.source.paragraph == 1
    assert finding.source.text == (
        "They see the tiny portion of the page that is available on their screen."
    )
    assert (finding.source.start, finding.source.end) == (57, 129)
    assert (finding.target.paragraph, finding.target.start) == (1, None)
    assert (finding.source.line, finding.target.line) == (3, 3)


@pytest.mark.parametrize("semantic", [True, False])
def test_a_whole_translation_is_not_reported(tmp_path: Path, semantic: bool) -> None:
    assert findings(tmp_path, french(1, 2, 3, 4), semantic) == []


def test_a_short_sentence_may_be_dropped(tmp_path: Path) -> None:
    english = "Links act as road signs. They help. They also attract attention of all users.\n"
    source, translation = tmp_path / "b.en.txt", tmp_path / "b.fr.txt"
    source.write_text(english, "utf-8")
    translation.write_text(
        "Les liens servent de panneaux. Ils attirent aussi l’attention de tous.\n", "utf-8"
    )
    report = check(source, translation, Options(source_lang="en", target_lang="fr", cache=False))
    assert [f for f in report.findings if f.rule == "missing-sentence"] == []
