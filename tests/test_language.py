"""Language detection: English or French, or a clear refusal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translint.errors import TranslintError
from translint.language import detect_language, language_scores
from translint.model import Document
from translint.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpora" / "seed"
CORPORA = ROOT.parent / "shared" / "corpora" / "debian-docs"


def corpus_files() -> list[Path]:
    return sorted(CORPORA.glob("*/*/*.txt")) if CORPORA.is_dir() else []


def document(text: str, path: str = "fr.txt") -> Document:
    return Document(path=path, text=text, paragraphs=segment(text, "text"), format="text")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_seed_pair(lang: str) -> None:
    text = (SEED / f"qkba-2025.{lang}.txt").read_text(encoding="utf-8")
    assert detect_language(text) == lang
    assert detect_language(document(text)) == lang


@pytest.mark.skipif(not CORPORA.is_dir(), reason="shared corpora not beside the repo")
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: "/".join(p.parts[-3:]))
def test_corpus_files(path: Path) -> None:
    assert detect_language(path.read_text(encoding="utf-8")) == path.stem


def test_untranslated_bibliography_is_still_french() -> None:
    """Citations stay English in a French page: English evidence counts for a fifth."""
    english_titles = (
        "[FOLEY01] Computer Graphics, Principles and Practice. Foley and van Dam, et al.\n\n"
        "[GIMP] GIMP - The Gnu Image Manipulation Program. https://www.gimp.org .\n\n"
        "[DARWINPORTS] Darwin Ports Package Manager for OS X. https://www.macports.org/ .\n\n"
        "[FONTS] Fonts in GIMP 2.0. Making shapes in GIMP. Image Reconstruction Invariant "
        "to Relighting. Face in blocks. Grokking the Gimp.\n\n"
    )
    french = (
        "Bibliographie\n\n"
        + english_titles
        + (
            "[GEEQIE] Page de GQview, un navigateur d’image. http://www.geeqie.org .\n\n"
            "[IPTC] Format de métadonnées IPTC. https://fr.wikipedia.org/wiki/IPTC .\n"
        )
    )
    assert detect_language("Bibliography\n\n" + english_titles) == "en"
    assert detect_language(french) == "fr"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The cat is on the table.", "en"),
        ("Le chat est sur la table.", "fr"),
        ("La Vision Quantique de La Corée", "fr"),
        ("Rendre la courbe plus verticale", "fr"),
        ("Préface", "fr"),  # accents and nothing English
        ("The Title", "en"),
        ("Welcome to the Conference de Montréal", "en"),
        ("Welcome to the conference. It was held in Montreal and it was a success.", "en"),
        ("L’investissement dans la technologie quantique est en forte progression.", "fr"),
        # English commands and names inside French prose
        (
            "Utilisez la commande « apt-get install the-package » pour installer le paquet "
            "depuis le dépôt de Debian, puis lancez « git log --follow » dans le terminal.",
            "fr",
        ),
        # A French name inside English prose
        (
            "At this year’s Conference de Montréal, Quebec and Korea came together to align "
            "strategies and strengthen collaboration in one of the most transformative "
            "technologies of our time.",
            "en",
        ),
        # URLs and paths are not words: "en", "de", "la" in them do not count
        (
            "See https://en.wikipedia.org/wiki/de/la/les and /usr/share/doc/de/la for the "
            "details of the format and the reasons behind it.",
            "en",
        ),
    ],
)
def test_short_and_mixed_texts(text: str, lang: str) -> None:
    assert detect_language(text) == lang


SPANISH = (
    "El gobierno de Quebec y la ciudad de Daejeon firmaron un memorando de entendimiento "
    "durante la conferencia. Los representantes de ambas regiones destacaron la importancia "
    "de la colaboración en tecnologías cuánticas, inteligencia artificial y energía."
)
GERMAN = (
    "Die Regierung von Quebec und die Stadt Daejeon haben während der Konferenz eine "
    "Absichtserklärung unterzeichnet. Die Vertreter beider Regionen betonten die Bedeutung "
    "der Zusammenarbeit in den Bereichen Quantentechnologie und Energie."
)
ITALIAN = (
    "Il governo del Quebec e la città di Daejeon hanno firmato un memorandum d'intesa durante "
    "la conferenza. I rappresentanti delle due regioni hanno sottolineato l'importanza della "
    "collaborazione nelle tecnologie quantistiche e nell'energia."
)
PORTUGUESE = (
    "O governo do Quebec e a cidade de Daejeon assinaram um memorando de entendimento durante "
    "a conferência. Os representantes das duas regiões destacaram a importância da colaboração "
    "em tecnologias quânticas, inteligência artificial e energia."
)
DUTCH = (
    "De regering van Quebec en de stad Daejeon hebben tijdens de conferentie een "
    "intentieverklaring ondertekend. De vertegenwoordigers van beide regio's benadrukten het "
    "belang van samenwerking op het gebied van kwantumtechnologie en energie."
)
FINNISH = (
    "Quebecin hallitus ja Daejeonin kaupunki allekirjoittivat konferenssin aikana "
    "aiesopimuksen. Molempien alueiden edustajat korostivat yhteistyön merkitystä "
    "kvanttiteknologiassa, tekoälyssä ja energiassa. Järjestäjien mukaan sopimus "
    "mahdollistaa tutkijoiden ja opiskelijoiden vaihdon."
)


CATALAN = (
    "El govern de Quebec i la ciutat de Daejeon van signar un memoràndum d'entesa durant la "
    "conferència. Els representants de les dues regions van destacar la importància de la "
    "col·laboració en les tecnologies quàntiques, la intel·ligència artificial i l'energia."
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (SPANISH, "language is neither English nor French (it looks like Spanish)"),
        (GERMAN, "language is neither English nor French (it looks like German)"),
        (ITALIAN, "language is neither English nor French (it looks like Italian)"),
        (PORTUGUESE, "language is neither English nor French (it looks like Portuguese)"),
        (DUTCH, "language is neither English nor French (it looks like Dutch)"),
        (
            CATALAN,
            "language is neither English nor French "
            "(its French function words are shared with other languages)",
        ),
        (
            FINNISH,
            "language is neither English nor French (too few English or French function words)",
        ),
        (
            "Правительство Квебека и город Тэджон подписали меморандум о взаимопонимании.",
            "language is neither English nor French (it is not written in the Latin alphabet)",
        ),
        ("12 345\n3.14\n2025-05-07\n", "too little text to tell English from French"),
        ("Quantum Computing", "too little text to tell English from French"),
        ("Bonjour Hello", "too little text to tell English from French"),
        (
            # Mostly English with a French sentence: English counts for a fifth in
            # documents, so this is too close to call.
            "The panel discussed the strategy of the two regions and the role of the "
            "institutes in the growth of the sector. Le panel a discuté de la stratégie des "
            "régions et du rôle des instituts dans le développement de la filière. The panel "
            "discussed the plans of the agency, and the role of the ministry in the funding of "
            "the programme, the training of the students and the growth of the firms in the "
            "sector, for the next five years.",
            "cannot tell whether the text is English or French (it mixes both",
        ),
    ],
)
def test_refusals(text: str, message: str) -> None:
    with pytest.raises(TranslintError, match="^" + re.escape("fr.txt: " + message)):
        detect_language(document(text))
    with pytest.raises(TranslintError, match="^" + re.escape(message)):
        detect_language(text)


def test_scores_explain_the_decision() -> None:
    scores = language_scores("Le chat et le chien sont dans la maison de l’ami.")
    assert scores.scores["fr"] >= 8 and scores.scores["en"] == 0
    assert scores.words == 12  # "l’" is a word of its own


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_detection_answers_or_refuses(text: str) -> None:
    try:
        assert detect_language(text) in ("en", "fr")
    except TranslintError as error:
        assert "\n" not in str(error)
