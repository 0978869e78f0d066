"""Names the translation renders in its own words: real paragraphs of gimp-help.

The excerpts are copied from ../shared/corpora/debian-docs/gimp-help
(gimp-filter-little-planet 30, gimp-concepts-layer-modes-legacy 34,
script-fu-circuit 14, gimp-image-text-management 14, gimp-imaging-photos 54),
so the tests run without the corpora.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from translint import Options, check
from translint.analysis import analyse
from translint.compare.rendered import rendered_names
from translint.model import Document, Paragraph

from .test_names import DEBIAN_EN, DEBIAN_FR, OPTIONS

# Interface labels and terms of art that the French translates.
PICKER = (
    "Wipe sky: with Color Picker, darker blue to toolbox foreground and lighter blue to toolbox background. Rectangular selection of sky including a small part of horizon. In the selection, draw a Gradient from top to bottom.",
    "Nettoyer le ciel : avec la Pipette à couleur, le bleu foncé pour le premier plan de la boîte à outils et le bleu clair pour l’arrière-plan. Sélection rectangulaire du ciel incluant une petite partie de l’horizon. Dans la sélection, tracez un dégradé de haut en bas.",
    "Color Picker",
)
GRAYSCALE = (
    "In photography, dodging is a technique used in a darkroom to decrease the exposure in particular areas of the image. This brings out details in the shadows. When used for this purpose, dodge may work best on Grayscale images and with a painting tool, rather than as a layer mode.",
    "En photographie argentique, cette technique est utilisée en chambre noire pour diminuer l’exposition de certaines parties de la photo, ce qui fait apparaître de nouveaux détails dans les zones d’ombre. Cette technique fonctionne mieux sur les images en niveaux de gris, et en utilisant un pinceau, plutôt que comme mode de calque.",
    "Grayscale",
)
OILIFY = (
    "With this option you can set the option value of the Oilify filter in pixels (range 3 to 50). Larger values make lines more fuzzy. 17 is the default value.",
    "Avec cette option, vous réglez le rayon de masque du filtre Peinture à l’huile en pixels (3 à 50). Les valeurs élevées rendent les lignes plus floues. 17 est la valeur par défaut.",
    "Oilify",
)
# Names the French drops with their clause or sentence: still missing.
KLINGON = (
    "Of course this feature is more useful for entering special (even exotic) characters, provided that the required glyphs for these characters are supplied by the selected font — only few fonts support Klingon. ;-)",
    "Bien entendu, cette possibilité est plus utile pour saisir des caractères spéciaux (voire exotiques), du moment que les glyphes de ces caractères sont fournis par la police sélectionnée.",
    "Klingon",
)
FUJICHROME = (
    "Even if an image does not seemed washed out, often you can increase its impact by pushing up the saturation a bit. Veterans of the film era sometimes call this trick “Fujifying”, after Fujichrome film, which is notorious for producing highly saturated prints.",
    "Même si une image n’est pas surexposée, vous la rendrez souvent plus attrayante en augmentant un peu sa saturation.",
    "Fujichrome",
)


def missing_names(
    tmp_path: Path, english: str, french: str, options: Options = OPTIONS
) -> list[str]:
    """The names entity-missing reports on a pair of one corpus paragraph and a neighbour."""
    (tmp_path / "en.txt").write_text(f"{DEBIAN_EN[2]}\n\n{english}\n", encoding="utf-8")
    (tmp_path / "fr.txt").write_text(f"{DEBIAN_FR[2]}\n\n{french}\n", encoding="utf-8")
    report = check(tmp_path / "en.txt", tmp_path / "fr.txt", options)
    return [dict(f.args)["name"] for f in report.findings if f.rule == "entity-missing"]


@pytest.mark.parametrize("pair", [PICKER, GRAYSCALE, OILIFY], ids=lambda p: p[2])
def test_a_label_the_translation_renders_in_words_is_not_missing(
    tmp_path: Path, pair: tuple[str, str, str]
) -> None:
    english, french, name = pair
    assert missing_names(tmp_path, english, french) == []
    # Read without meaning (--lexical-only), the same label looks dropped.
    lexical = replace(OPTIONS, semantic=False)
    assert name in missing_names(tmp_path, english, french, lexical)


@pytest.mark.parametrize("pair", [KLINGON, FUJICHROME], ids=lambda p: p[2])
def test_a_name_dropped_with_its_clause_is_still_missing(
    tmp_path: Path, pair: tuple[str, str, str]
) -> None:
    english, french, name = pair
    assert missing_names(tmp_path, english, french) == [name]


def test_a_label_put_in_its_place_by_another_name_is_still_missing(tmp_path: Path) -> None:
    # A name is no rendering: only runs of dictionary words may render a label.
    english, french, name = PICKER
    swapped = french.replace("la Pipette à couleur", "Inkscape")
    assert missing_names(tmp_path, english, swapped) == [name]


def french_document(*texts: str) -> Document:
    paragraphs, start = [], 0
    for n, text in enumerate(texts):
        paragraphs.append(Paragraph(n, text, start, start + len(text)))
        start += len(text) + 2
    return Document("fr.txt", "\n\n".join(texts), tuple(paragraphs), "text", "fr")


def test_only_runs_of_ordinary_words_are_read_and_every_text_is_encoded_once() -> None:
    target = analyse(french_document("avec GIMP et la Pipette à couleur"))
    calls: list[list[str]] = []

    def same_meaning(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return np.ones((len(texts), 4), dtype=np.float32) / 2  # unit vectors, all alike

    found = rendered_names([("Color Picker", (0,)), ("Colour Picker", (0,))], target, same_meaning)
    assert found == {0, 1}
    (texts,) = calls
    assert len(texts) == len(set(texts))
    assert "Pipette à couleur" in texts and "la Pipette" not in texts
    assert not any("GIMP" in t for t in texts[2:])


def test_without_an_encoder_nothing_is_rendered() -> None:
    target = analyse(french_document("avec la Pipette à couleur"))
    assert rendered_names([("Color Picker", (0,))], target, lambda texts: None) == frozenset()


def test_a_word_in_capitals_the_translation_renders_is_not_missing(tmp_path: Path) -> None:
    # debian-reference ch01-07 62: a man page's section title, translated.
    english = (
        'You can list any existing aliases by alias (see bash(1) under "SHELL BUILTIN COMMANDS").'
    )
    french = "Vous pouvez afficher la liste de tous les alias existants par la commande alias (consultez bash(1) sous « COMMANDES INTERNES DU SHELL »)."
    assert missing_names(tmp_path, english, french) == []
    assert "BUILTIN" in missing_names(tmp_path, english, french, replace(OPTIONS, semantic=False))
