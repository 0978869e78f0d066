"""The name rules read only the name comparisons they need, and say the same as a full run."""

from __future__ import annotations

from pathlib import Path

import pytest

from translint import Options, check
from translint.compare import copied, names

from ..conftest import SEED_EN, SEED_FR

ALONE = Options(select=frozenset({"name-inconsistent"}))
# The caption is French-only: a variant no English paragraph contradicts.
IN_CAPTION = (
    "Le Dr Yonkyu Park, vice président de KRISS",
    "Le Dr Yongkyu Park, vice président de KRISS",
)
# Aligned with "Dr. Yonkyu Park": a name-mismatch, so not a variant as well.
ALIGNED = (
    "Le Dr Yonkyu Park, vice-président de l’Institut",
    "Le Dr Yongkyu Park, vice-président de l’Institut",
)


def refuse(*args: object, **kwargs: object) -> None:
    raise AssertionError("name-inconsistent compared more names than it needs")


@pytest.mark.parametrize(
    ("edit", "variants"),
    [(None, 0), (IN_CAPTION, 1), (ALIGNED, 0)],
    ids=["seed", "caption", "aligned"],
)
def test_name_inconsistent_alone_does_not_compare_every_name(
    monkeypatch: pytest.MonkeyPatch, french_with, edit: tuple[str, str] | None, variants: int
) -> None:
    french: Path = SEED_FR if edit is None else french_with(*edit)
    full = [f for f in check(SEED_EN, french).findings if f.rule == "name-inconsistent"]
    assert len([f for f in full if "elsewhere in the French text" in f.message]) == variants
    monkeypatch.setattr(names, "compare_names", refuse)
    assert list(check(SEED_EN, french, ALONE).findings) == full


def test_without_variants_in_the_translation_no_misspelling_is_looked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    full = [f for f in check(SEED_EN, SEED_FR).findings if f.rule == "name-inconsistent"]
    monkeypatch.setattr(copied, "copied_name_changes", refuse)
    monkeypatch.setattr(names, "misspellings", refuse)
    assert list(check(SEED_EN, SEED_FR, ALONE).findings) == full


def test_findings_carry_the_values_of_their_message(french_with) -> None:
    report = check(SEED_EN, french_with(*ALIGNED))
    (mismatch,) = [f for f in report.findings if f.rule == "name-mismatch"]
    assert mismatch.message == "Yonkyu is spelled Yongkyu"
    assert mismatch.args == (("source", "Yonkyu"), ("target", "Yongkyu"))
    (pair,) = [f for f in report.findings if f.rule == "name-inconsistent"]
    assert dict(pair.args)["source"] == "QKBA" and dict(pair.args)["target"] == "AAQC"
