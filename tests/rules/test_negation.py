"""negation-mismatch through the whole check, on a real Canada.ca paragraph and its translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from translint import Options, check
from translint.model import Finding, Severity

# canada-blog, 2021-12-07 "Designing with humility" / « Concevoir avec humilité ».
ENGLISH = (
    "When you’re confronted with a situation where your carefully crafted design doesn’t work "
    "in reality, you can react in many ways. You can feel discouraged that your hard work didn’t "
    "produce the results you were expecting. You can feel frustrated that people didn’t "
    "understand. You can retreat in disbelief, confident that what you built was in line with "
    "best practices.\n"
)
FRENCH = (
    "Lorsque vous faites face à une situation durant laquelle votre conception finement conçue "
    "ne fonctionne pas dans la réalité, vous pouvez avoir une foule de réactions. Vous pouvez "
    "vous sentir découragé que votre travail acharné n'ait pas donné les résultats escomptés. "
    "Vous pouvez vous sentir frustré que les gens n'aient pas compris. Vous pouvez vous retirer, "
    "l’air incrédule, confiant que ce que vous avez conçu s’alignait sur les pratiques "
    "exemplaires.\n"
)


def findings(tmp_path: Path, target: str) -> list[Finding]:
    source, translation = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    source.write_text(ENGLISH, "utf-8")
    translation.write_text(target, "utf-8")
    options = Options(source_lang="en", target_lang="fr", cache=False)
    report = check(source, translation, options)
    return [f for f in report.findings if f.rule == "negation-mismatch"]


def test_the_published_translation_is_not_reported(tmp_path: Path) -> None:
    assert findings(tmp_path, FRENCH) == []


# (what the translation says instead, the message)
SLIPS = [
    # The defect of issue 17: the « pas » lost, the « ne » left.
    (
        ("ne fonctionne pas dans", "ne fonctionne dans"),
        "the original is negative (“carefully crafted design doesn’t work in reality”) but "
        "the translation is not: its “ne” stands alone (“conception finement conçue ne "
        "fonctionne dans la”)",
    ),
    (
        ("ne fonctionne pas dans", "fonctionne dans"),
        "the original is negative (“carefully crafted design doesn’t work in reality”) but "
        "the translation is not: “Lorsque vous faites face à une situation durant laquelle "
        "votre conception …”",
    ),
    (
        ("n'ait pas donné", "n'ait donné"),
        "the original is negative (“your hard work didn’t produce the results”) but the "
        "translation is not: its “n'” stands alone (“votre travail acharné n'ait donné les”)",
    ),
    # A lone « ne » is reported even where the original has no negation.
    (
        ("vous avez conçu s’alignait", "vous avez conçu ne s’alignait"),
        "the translation's “ne” stands alone (“vous avez conçu ne s’alignait sur les”), "
        "where the original has no negation (“You can retreat in disbelief, confident that "
        "what you built was in line with …”)",
    ),
    (
        ("vous avez conçu s’alignait", "vous avez conçu ne s’alignait pas"),
        "the translation is negative (“vous avez conçu ne s’alignait pas sur les "
        "pratiques”) but the original is not (“You can retreat in disbelief, confident that "
        "what you built was in line with …”)",
    ),
]


@pytest.mark.parametrize(("edit", "message"), SLIPS)
def test_a_polarity_flipped_is_reported_on_its_sentences(
    tmp_path: Path, edit: tuple[str, str], message: str
) -> None:
    written, instead = edit
    (finding,) = findings(tmp_path, FRENCH.replace(written, instead))
    assert finding.severity is Severity.INFO
    assert finding.message == message
    assert finding.source is not None and finding.target is not None
    # Each side's location is its sentence.
    assert finding.source.text in ENGLISH and finding.source.text.endswith(".")
    assert instead in finding.target.text and finding.target.text.endswith(".")


@pytest.mark.parametrize(
    ("written", "instead"),
    [
        # A lexical rendering: « échoue » says "doesn't work" in one word.
        ("ne fonctionne pas dans", "échoue dans"),
        # « ne … que » is "only", not a negation: the second sentence stays affirmative.
        ("Vous pouvez vous sentir frustré", "Vous ne pouvez que vous sentir frustré"),
        # A double negative may be rendered either way.
        ("ne fonctionne pas dans", "ne fonctionne pas sans accrocs dans"),
    ],
)
def test_renderings_are_not_reported(tmp_path: Path, written: str, instead: str) -> None:
    assert findings(tmp_path, FRENCH.replace(written, instead)) == []


def test_a_lexical_negative_both_sides_write_excuses_nothing(tmp_path: Path) -> None:
    # debian-reference ch09-02: « non Debian » renders “non-Debian”, not “doesn't work”.
    source, translation = tmp_path / "b.en.txt", tmp_path / "b.fr.txt"
    source.write_text(
        "If the terminfo entry for xterm doesn't work with a non-Debian xterm, change your "
        "terminal type when you log in to a Debian system remotely.\n",
        "utf-8",
    )
    translation.write_text(
        "Si l’entrée terminfo pour xterm fonctionne avec un xterm non Debian, changez le type "
        "de terminal lorsque vous vous connectez à distance à un système Debian.\n",
        "utf-8",
    )
    options = Options(source_lang="en", target_lang="fr", cache=False)
    report = check(source, translation, options)
    (finding,) = [f for f in report.findings if f.rule == "negation-mismatch"]
    assert finding.message == (
        "the original is negative (“entry for xterm doesn't work with a”) but the translation "
        "is not: “Si l’entrée terminfo pour xterm fonctionne avec un xterm non Debian, changez …”"
    )
