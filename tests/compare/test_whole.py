"""A hundred per cent written as an adverb, on the Debian Reference's own sentences.

debian-reference ch02-03, as translated: "100% free" is « totalement libre ».
"""

from __future__ import annotations

from pathlib import Path

import pytest

from translint import Options, check

OPTIONS = Options(source_lang="en", target_lang="fr", cache=False)
FIGURE_RULES = {"figure-missing", "figure-extra", "figure-mismatch"}


def figure_findings(tmp_path: Path, english: str, french: str) -> list[str]:
    (tmp_path / "en.txt").write_text(english + "\n", encoding="utf-8")
    (tmp_path / "fr.txt").write_text(french + "\n", encoding="utf-8")
    report = check(tmp_path / "en.txt", tmp_path / "fr.txt", OPTIONS)
    return [f.message for f in report.findings if f.rule in FIGURE_RULES]


@pytest.mark.parametrize(
    ("english", "french", "expected"),
    [
        (
            "The Debian system is 100% free and its packages are hosted by Debian servers in the main area.",
            "Le système Debian est totalement libre et ses paquets sont hébergés par les serveurs Debian dans la section main de l’archive.",
            [],
        ),
        (
            "Debian will remain 100% free.",
            "Debian demeurera entièrement libre.",
            [],
        ),
        # Either way round: the French figure, the English adverb.
        ("The survey is completely anonymous.", "Le sondage est anonyme à 100 %.", []),
        # gimp-help, as translated: "pure grain" is « 100% grain ».
        (
            "Grain extract mode is supposed to extract the film grain from a layer to produce a new layer that is pure grain.",
            "Extrait le grain film d’un calque et le reverse dans un nouveau calque qui est 100% grain.",
            [],
        ),
        # No adverb: the figure is missing.
        (
            "The Debian system is 100% free and its packages are hosted by Debian servers.",
            "Le système Debian est libre et ses paquets sont hébergés par les serveurs Debian.",
            ["100% has no counterpart in target paragraph 0"],
        ),
        # An adverb stands for 100 % only.
        (
            "The Debian system is 90% free and its packages are hosted by Debian servers.",
            "Le système Debian est totalement libre et ses paquets sont hébergés par les serveurs Debian.",
            ["90% has no counterpart in target paragraph 0"],
        ),
    ],
)
def test_a_hundred_per_cent_written_as_an_adverb(
    tmp_path: Path, english: str, french: str, expected: list[str]
) -> None:
    assert figure_findings(tmp_path, english, french) == expected
