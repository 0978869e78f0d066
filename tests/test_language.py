"""Language detection: English or French, or a clear refusal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translint import Options, language, read_one, read_pair
from translint.errors import TranslintError
from translint.language import (
    LanguageUndecided,
    clearly_not,
    detect_language,
    function_words,
    language_of_file_name,
    language_scores,
)
from translint.model import Document
from translint.read.segment import segment

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


# Short news and manual sentences, as a translator's pair would hold them.
SENTENCES = [
    ("Ottawa city council adopted a budget on Wednesday with a tax increase of 2.9%.", "en"),
    ("The minister announced $4.1 billion for public transit in Montreal and Quebec City.", "en"),
    ("Statistics Canada reported that the unemployment rate fell to 6.1% in March.", "en"),
    ("Install the package with apt-get, then restart the service.", "en"),
    ("Click OK to save your changes to the image.", "en"),
    ("The agreement was signed in Daejeon by the presidents of KRISS and QKBA.", "en"),
    ("Prices rose 3.4% over the past year, driven by food and shelter costs.", "en"),
    (
        "More than 2,000 researchers from 40 countries attended the conference in Seoul last "
        "week, where the two governments signed a memorandum of understanding on quantum "
        "technologies.",
        "en",
    ),
    (
        "Le conseil municipal d'Ottawa a adopté mercredi un budget prévoyant une hausse de "
        "taxes de 2,9 %.",
        "fr",
    ),
    # 25 words and more, and every function word (le, d', un, de, qui, la, l', des, à) is
    # Spanish, Italian, Portuguese or Dutch too: French all the same, since the text has
    # no word of those languages of its own.
    (
        "Le conseil municipal d'Ottawa a adopté mercredi un budget de 4,1 milliards de dollars "
        "qui prévoit la hausse de l'impôt foncier des résidents de la capitale à 2,9 %.",
        "fr",
    ),
    (
        "Le conseil municipal d’Ottawa a adopté mercredi un budget de 4,1 milliards de dollars, "
        "dont la hausse de l’impôt foncier de la Ville d’Ottawa sera de 2,9 %.",
        "fr",
    ),
    (
        "Le conseil municipal d'Ottawa a adopté mercredi un budget de 4,1 milliards de dollars "
        "qui prévoit la hausse de l'impôt foncier des résidents de la capitale à 2,9 %, selon "
        "le directeur du festival El Niño de los Andes.",
        "fr",
    ),
    (
        "Le ministre a annoncé 4,1 milliards de dollars pour le transport en commun à Montréal.",
        "fr",
    ),
    ("Statistique Canada a indiqué que le taux de chômage a reculé à 6,1 % en mars.", "fr"),
    ("Installez le paquet avec apt-get, puis redémarrez le service.", "fr"),
    ("Cliquez sur OK pour enregistrer les modifications de l’image.", "fr"),
    ("L’entente a été signée à Daejeon par les présidents du KRISS et de l’AAQC.", "fr"),
    (
        "Plus de 2 000 chercheurs de 40 pays ont participé la semaine dernière à la conférence "
        "de Séoul, où les deux gouvernements ont signé un protocole d’entente sur les "
        "technologies quantiques.",
        "fr",
    ),
]


@pytest.mark.parametrize(("text", "lang"), SENTENCES)
def test_short_real_sentences(text: str, lang: str) -> None:
    assert detect_language(text) == lang
    assert detect_language(document(text)) == lang


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


@pytest.mark.parametrize(
    ("text", "words", "en", "fr"),
    [
        ("Le chat et le chien sont dans la maison de l’ami.", 12, 0, 8),
        ("Resize text layers: Resizing text layers will make them uneditable.", 10, 3, 0),
        # A URL or a path is not words; the counts are the document detection's.
        ("See https://www.debian.org/doc/ and /usr/share/doc for the manuals.", 5, 4, 0),
    ],
)
def test_function_words_of_a_paragraph(text: str, words: int, en: int, fr: int) -> None:
    counts = function_words(text)
    assert (counts.words, counts.scores["en"], counts.scores["fr"]) == (words, en, fr)
    assert counts.scores == language_scores(text).scores


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_detection_answers_or_refuses(text: str) -> None:
    try:
        assert detect_language(text) in ("en", "fr")
    except TranslintError as error:
        assert "\n" not in str(error)


# --------------------------------------------------------------------------- settling a file's language

ENGLISH = (SEED / "qkba-2025.en.txt").read_text(encoding="utf-8")
FRENCH = (SEED / "qkba-2025.fr.txt").read_text(encoding="utf-8")


def write_as(path: Path, text: str) -> Path:
    """``text`` saved as plain text, an HTML page or a Word document, by ``path``'s suffix."""
    import html

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if path.suffix == ".html":
        body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines)
        path.write_text(
            "<!DOCTYPE html><html><head><script>var menu = 'the home of the page';</script>"
            f"</head><body><nav><a>Home</a> <a>About us</a></nav><main>{body}</main></body></html>",
            encoding="utf-8",
        )
    elif path.suffix == ".docx":
        import docx

        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        document.save(path)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def options(source_lang: str | None = None, target_lang: str | None = None) -> Options:
    return Options(source_lang=source_lang, target_lang=target_lang)


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_read_pair_detects_both_languages(tmp_path: Path, suffix: str) -> None:
    source = write_as(tmp_path / f"a.en{suffix}", ENGLISH)
    target = write_as(tmp_path / f"a.fr{suffix}", FRENCH)
    source_doc, target_doc = read_pair(source, target, options())
    assert (source_doc.lang, target_doc.lang) == ("en", "fr")
    # French as the source is as good as English.
    assert [d.lang for d in read_pair(target, source, options())] == ["fr", "en"]


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize(
    ("case", "message"),
    [
        (
            "english as french",
            "b{s}: both files are in English; the target must be the other language",
        ),
        ("option contradicts", "a{s}: the text is English, not French as the language option says"),
        (
            "swapped contents",
            "x.en{s}: the text is French, but the file name says English; "
            "are the source and target swapped?",
        ),
    ],
)
def test_wrong_language_is_one_line(tmp_path: Path, suffix: str, case: str, message: str) -> None:
    english = write_as(tmp_path / f"a{suffix}", ENGLISH)
    if case == "english as french":
        args = (english, write_as(tmp_path / f"b{suffix}", ENGLISH), options())
    elif case == "option contradicts":
        french = write_as(tmp_path / f"b{suffix}", FRENCH)
        args = (english, french, options(source_lang="fr", target_lang="en"))
    else:
        args = (
            write_as(tmp_path / f"x.en{suffix}", FRENCH),
            write_as(tmp_path / f"x.fr{suffix}", ENGLISH),
            options(),
        )
    with pytest.raises(TranslintError) as error:
        read_pair(*args)
    assert str(error.value) == str(tmp_path / message.format(s=suffix))


def test_english_given_as_the_french_side(tmp_path: Path) -> None:
    english = write_as(tmp_path / "a.html", ENGLISH)
    other = write_as(tmp_path / "b.html", ENGLISH)
    with pytest.raises(TranslintError, match="the text is English, not French as the language"):
        read_pair(english, other, options(target_lang="fr"))


def test_an_option_overrides_the_file_name(tmp_path: Path) -> None:
    source = write_as(tmp_path / "x.fr.txt", ENGLISH)
    target = write_as(tmp_path / "x.en.txt", FRENCH)
    docs = read_pair(source, target, options(source_lang="en", target_lang="fr"))
    assert [d.lang for d in docs] == ["en", "fr"]


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_read_one_checks_a_given_language(tmp_path: Path, suffix: str) -> None:
    path = write_as(tmp_path / f"article{suffix}", ENGLISH)
    assert read_one(path).lang == "en"
    assert read_one(path, "en").lang == "en"
    with pytest.raises(TranslintError) as error:
        read_one(path, "fr")
    assert (
        str(error.value) == f"{path}: the text is English, not French as the language option says"
    )


def test_read_one_checks_the_file_name(tmp_path: Path) -> None:
    path = write_as(tmp_path / "article.fr.html", ENGLISH)
    with pytest.raises(
        TranslintError, match=r"the text is English, but the file name says French$"
    ):
        read_one(path)
    assert read_one(path, "en").lang == "en"  # an explicit option wins


@pytest.mark.parametrize(
    ("name", "given", "expected"),
    [
        ("titre.txt", "fr", "fr"),  # too short to tell: the option settles it
        ("titre.en.txt", None, "en"),  # ... or the file name
        ("titre.fr.md", None, "fr"),
    ],
)
def test_too_short_to_tell_is_settled_by_what_the_user_says(
    tmp_path: Path, name: str, given: str | None, expected: str
) -> None:
    path = write_as(tmp_path / name, "Quantum Computing\n")
    assert read_one(path, given).lang == expected


def test_too_short_to_tell_without_a_hint_is_an_error(tmp_path: Path) -> None:
    path = write_as(tmp_path / "titre.txt", "Quantum Computing\n")
    with pytest.raises(LanguageUndecided, match="too little text to tell English from French"):
        read_one(path)


def test_another_language_is_not_settled_by_an_option(tmp_path: Path) -> None:
    path = write_as(tmp_path / "article.txt", SPANISH)
    with pytest.raises(TranslintError, match=r"looks like Spanish") as error:
        read_one(path, "fr")
    assert not isinstance(error.value, LanguageUndecided)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("article.en.txt", "en"),
        ("article.FR.html", "fr"),
        ("fr.docx", "fr"),
        ("dir.fr/article.txt", None),
        ("french.txt", None),
        ("article.en", None),
        ("article.de.txt", None),
        # Tags as --pairs reads them: a region, any case.
        ("post.fr-CA.md", "fr"),
        ("post.en_us.md", "en"),
        ("post.de-DE.md", None),
    ],
)
def test_language_of_file_name(name: str, expected: str | None) -> None:
    assert language_of_file_name(name) == expected


def test_html_language_is_judged_on_the_readable_text() -> None:
    """An English menu, script and attributes do not make a French page English."""
    french = "".join(f"<p>{line}</p>" for line in FRENCH.splitlines()[10:14])
    page = (
        "<html><head><script>"
        + "function the(that) { return this.with(the, and, of); }" * 40
        + "</script></head><body><nav>"
        + "<a title='the home of the site'>Home</a>" * 40
        + f"</nav><main>{french}</main></body></html>"
    )
    doc = Document(path="p.html", text=page, paragraphs=segment(page, "html"), format="html")
    assert detect_language(doc) == "fr"
    assert detect_language(page) == "en"  # the raw page, chrome and all


@pytest.mark.skipif(not CORPORA.is_dir(), reason="needs ../shared/corpora")
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_book_length_text_is_judged_on_a_sample(lang: str) -> None:
    """Every corpus text of one language, end to end (close to a megabyte): decided on
    slices, so the count stays bounded."""
    texts = [path.read_text("utf-8") for path in corpus_files() if path.stem == lang]
    book = "\n\n".join(texts)
    assert len(book) > 4 * language.SAMPLE_CHARS
    scores = language_scores(book)
    assert scores.words < language.SAMPLE_CHARS // 3 < len(book.split())
    assert detect_language(book) == lang
    # A book in the other language with this one appended: the slices cover the
    # whole text evenly, so the minority language does not win.
    other = "en" if lang == "fr" else "fr"
    mixed = "\n\n".join(p.read_text("utf-8") for p in corpus_files() if p.stem == other)
    assert detect_language(mixed + "\n\n" + texts[-1]) == other


# --------------------------------------------------------------------------- a claim against the text


@pytest.mark.parametrize(
    ("text", "given"),
    [
        # Too short, shared words, mixed, a weak lead of the other language, another
        # language's words outweighed: doubt, and the user's word settles it.
        ("Quantum Computing", "fr"),
        (CATALAN, "fr"),
        ("Welcome to the Conference de Montréal", "fr"),
        ("Ottawa city council adopted a budget on Wednesday with a tax increase of 2.9%.", "fr"),
        ("Préface", "en"),
        (
            "Il a lu « El amor en los tiempos del cólera » et « Cien años de soledad » hier.",
            "fr",
        ),
        (
            "The panel discussed the strategy of the two regions and the role of the institutes "
            "in the growth of the sector. Le panel a discuté de la stratégie des régions et du "
            "rôle des instituts dans le développement de la filière.",
            "fr",
        ),
    ],
)
def test_a_given_language_wins_over_a_doubtful_detection(
    tmp_path: Path, text: str, given: str
) -> None:
    path = write_as(tmp_path / "article.txt", text)
    assert read_one(path, given).lang == given


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("titre.fr.txt", "Welcome to the Conference de Montréal", "fr"),
        ("article.fr.txt", CATALAN, "fr"),
        ("title.en.txt", "Préface", "en"),
    ],
)
def test_a_file_name_tag_wins_over_a_doubtful_detection(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    assert read_one(write_as(tmp_path / name, text)).lang == expected


@pytest.mark.parametrize(
    ("text", "given", "message"),
    [
        ("The cat is on the table.", "fr", "the text is English, not French as the language"),
        (ENGLISH, "fr", "the text is English, not French as the language option says"),
        (FRENCH, "en", "the text is French, not English as the language option says"),
        (SPANISH, "fr", "language is neither English nor French (it looks like Spanish)"),
        (
            "Правительство Квебека и город Тэджон подписали меморандум о взаимопонимании.",
            "fr",
            "(it is not written in the Latin alphabet)",
        ),
    ],
)
def test_a_clear_contradiction_of_the_given_language_is_an_error(
    tmp_path: Path, text: str, given: str, message: str
) -> None:
    path = write_as(tmp_path / "article.txt", text)
    with pytest.raises(TranslintError) as error:
        read_one(path, given)
    assert not isinstance(error.value, LanguageUndecided)
    assert str(error.value).startswith(f"{path}: ")
    assert message in str(error.value) and "\n" not in str(error.value)


def test_a_clear_contradiction_of_the_file_name_is_an_error(tmp_path: Path) -> None:
    path = write_as(tmp_path / "cat.fr.txt", "The cat is on the table.")
    with pytest.raises(TranslintError, match="the text is English, but the file name says French"):
        read_one(path)


@pytest.mark.parametrize(
    ("text", "claimed", "clear"),
    [
        ("The cat is on the table.", "fr", True),  # three English words, no French one
        ("The cat is on the table.", "en", False),
        ("Welcome to the Conference de Montréal", "fr", False),  # two
        (SPANISH, "fr", True),
        (CATALAN, "fr", False),
        (ENGLISH, "fr", True),
        (FRENCH, "en", True),
        (FRENCH, "fr", False),
        ("", "fr", False),
    ],
)
def test_clearly_not(text: str, claimed: str, clear: bool) -> None:
    assert clearly_not(language_scores(text), claimed) is clear
