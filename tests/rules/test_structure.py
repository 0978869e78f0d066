"""untranslated-paragraph (and its share with extra-paragraph) through the whole check."""

from __future__ import annotations

from pathlib import Path

from translint import Options, check
from translint.model import Finding, Report, Severity

from ..conftest import SEED_EN, SEED_FR

LANGS = Options(source_lang="en", target_lang="fr", semantic=False, cache=False)

# gimp-help, image-resize: the English manual and its French translation, one
# sentence of which the translator left in English.
ENGLISH = (
    "Scale Image\n\n"
    "The Scale Image command enlarges or reduces the physical size of your image "
    "by changing the number of pixels it contains.\n\n"
    "Resize text layers: Resizing text layers will make them uneditable.\n\n"
    "You can reset the values of the dialog with the Reset button.\n"
)
FRENCH = (
    "Échelle et taille de l’image\n\n"
    "La commande Échelle et taille de l’image agrandit ou réduit la taille physique "
    "de votre image en changeant le nombre de pixels qu’elle contient.\n\n"
    "Resize text layers: Resizing text layers will make them uneditable.\n\n"
    "Vous pouvez réinitialiser les valeurs de la boîte de dialogue avec le bouton Réinitialiser.\n"
)


def pair(tmp_path: Path, french: str, english: str = ENGLISH) -> Report:
    source, target = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    source.write_text(english, "utf-8")
    target.write_text(french, "utf-8")
    return check(source, target, LANGS)


def of(report: Report, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.rule == rule]


def test_a_sentence_left_in_english(tmp_path: Path) -> None:
    (finding,) = of(pair(tmp_path, FRENCH), "untranslated-paragraph")
    assert finding.severity is Severity.WARNING
    assert finding.message == (
        "target paragraph 2 is still in English, the original's text unchanged "
        "(3 of 3 function words English): “Resize text layers: Resizing text layers "
        "will make them une…”"
    )
    assert finding.target is not None and finding.source is not None
    assert (finding.target.paragraph, finding.target.start, finding.target.end) == (2, None, None)
    assert (finding.target.line, finding.source.paragraph, finding.source.line) == (5, 2, 5)
    assert dict(finding.args)["same"] == 1


def test_an_english_paragraph_with_no_counterpart_is_untranslated_not_extra(
    tmp_path: Path,
) -> None:
    pasted = "This paragraph was pasted from another page and is still in English.\n"
    translated = FRENCH.replace(
        "Resize text layers: Resizing text layers will make them uneditable.",
        "Redimensionner les calques texte : ils ne seront plus modifiables.",
    )
    report = pair(tmp_path, translated + pasted)
    (finding,) = of(report, "untranslated-paragraph")
    assert finding.target is not None and finding.target.paragraph == 4
    assert finding.source is None
    assert "still in English and has no counterpart in the source" in finding.message
    assert 4 not in [f.target.paragraph for f in of(report, "extra-paragraph") if f.target]


def test_french_with_english_titles_commands_and_names_is_not_reported(tmp_path: Path) -> None:
    french = FRENCH.replace(
        "Resize text layers: Resizing text layers will make them uneditable.",
        "Consultez « The Art of Unix Programming » ou lancez apt-get install gimp-help-en.",
    )
    assert of(pair(tmp_path, french), "untranslated-paragraph") == []


def test_the_seed_translation_has_none() -> None:
    report = check(SEED_EN, SEED_FR, LANGS)
    assert of(report, "untranslated-paragraph") == []
