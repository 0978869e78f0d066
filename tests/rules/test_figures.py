"""The figure rules on whole documents: figure-format and the spans findings name."""

from __future__ import annotations

from pathlib import Path

import pytest

from translint import Options, check

# These French texts space their figures with ordinary spaces (``54,1 %``),
# which the typography rule notes; the figure rules are what is tested here.
FIGURES_ONLY = Options(ignore=frozenset({"typography"}))


def pair(tmp_path: Path, english: str, french: str) -> tuple[Path, Path]:
    en, fr = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    en.write_text(english + "\n", "utf-8")
    fr.write_text(french + "\n", "utf-8")
    return en, fr


@pytest.mark.parametrize(
    ("french", "flagged", "native"),
    [
        ("Le financement a augmenté de 54.1% en un an.", "54.1%", "54,1"),
        ("La route mesure désormais 10,000 km au total.", "10,000 km", "10\u202f000"),
        (
            "Le budget atteint 1,250,000 dollars cette année.",
            "1,250,000 dollars",
            "1\u202f250\u202f000",
        ),
    ],
)
def test_english_format_left_in_french_is_figure_format(
    tmp_path: Path, french: str, flagged: str, native: str
) -> None:
    english = {
        "54.1%": "Funding rose by 54.1% in one year.",
        "10,000 km": "The road is now 10,000 km long in all.",
        "1,250,000 dollars": "The budget reaches 1,250,000 dollars this year.",
    }[flagged]
    report = check(*pair(tmp_path, english, french), FIGURES_ONLY)
    (finding,) = report.findings
    assert (finding.rule, finding.severity.value) == ("figure-format", "info")
    assert finding.target is not None and finding.target.text == flagged
    assert finding.message.endswith(f"French writes {native}")


def test_a_paragraph_left_in_english_is_untranslated_not_figure_format(tmp_path: Path) -> None:
    english = "Funding rose by 54.1% in one year, and the road is now 10,000 km long."
    source = "The report of the commission on the state of the roads was published yesterday."
    target = "Le rapport de la commission sur l’état des routes a été publié hier."
    langs = Options(source_lang="en", target_lang="fr")
    report = check(*pair(tmp_path, f"{source}\n\n{english}", f"{target}\n\n{english}"), langs)
    rules = sorted(f.rule for f in report.findings)
    assert "figure-format" not in rules and "untranslated-paragraph" in rules


def test_native_french_format_is_quiet(tmp_path: Path) -> None:
    report = check(
        *pair(
            tmp_path,
            "Funding rose by 54.1% to 198.1 billion KRW over 10,000 km of road.",
            "Le financement a augmenté de 54,1 % pour atteindre 198,1 milliards de KRW "
            "sur 10 000 km de route.",
        ),
        FIGURES_ONLY,
    )
    assert report.findings == ()


def test_a_percentage_and_a_sum_are_not_a_range(tmp_path: Path) -> None:
    report = check(
        *pair(
            tmp_path,
            "Funding rose by 54.1% to 198.1 billion KRW this year.",
            "Le financement a augmenté de 45,1 % pour atteindre 198,1 milliards de KRW cette année.",
        ),
        FIGURES_ONLY,
    )
    (finding,) = report.findings
    assert finding.rule == "figure-mismatch"
    assert (finding.source.text, finding.target.text) == ("54.1%", "45,1 %")


def test_figure_findings_carry_the_values_of_their_messages(tmp_path: Path) -> None:
    report = check(
        *pair(
            tmp_path,
            "Funding rose by 54.1% in 2025.",
            "Le financement a augmenté de 45,1 % en 2025.",
        ),
        FIGURES_ONLY,
    )
    (finding,) = report.findings
    assert finding.args == (("source", "54.1%"), ("target", "45,1 %"), ("reason", "value differs"))


# 2021-02-04-data-to-action and 2017-08-09-taking-steps (canada-blog, MIT),
# trimmed, with the edits that make each French a slip.
@pytest.mark.parametrize(
    ("english", "french", "expected"),
    [
        # The translator gives the year of a month the original names alone.
        (
            "In 2020, the first mobile design had 15 links. By September, the page had 38 links.",
            "En 2020, la première conception comportait 15 liens. En septembre 2020, la page comptait 38 liens.",
            [],
        ),
        # A month the original does not name is added.
        (
            "In 2020, the first mobile design had 15 links. By then, the page had 38 links.",
            "En 2020, la première conception comportait 15 liens. En septembre 2020, la page comptait 38 liens.",
            [("figure-extra", "septembre 2020 has no counterpart in source paragraph 0")],
        ),
        # A month the original dates otherwise is a date changed.
        (
            "In 2020, the first mobile design had 15 links. By September 2019, the page had 38 links.",
            "En 2020, la première conception comportait 15 liens. En septembre 2020, la page comptait 38 liens.",
            [("figure-mismatch", "September 2019 became septembre 2020 (date differs)")],
        ),
        # A misspelt month (« fevrier ») loses its date once, not twice.
        (
            "Web analytics data before (February 4 to April 4, 2017) showed these improvements.",
            "Les données d’analyses Web avant (le 4 fevrier au 4 avril, 2017) ont montré ces améliorations.",
            [("figure-missing", "February 4 has no counterpart in target paragraph 0")],
        ),
    ],
)
def test_what_the_original_s_words_account_for(
    tmp_path: Path, english: str, french: str, expected: list[tuple[str, str]]
) -> None:
    report = check(*pair(tmp_path, english, french))
    assert [(f.rule, f.message) for f in report.findings if f.rule.startswith("figure")] == expected
