"""Acronyms the texts declare, on real Canada.ca blog posts and on small pairs.

The excerpts are copied from ../shared/corpora/canada-blog (MIT): the posts
2019-05-23-find-job / trouver-emploi, 2020-10-21-using-graphics /
utiliser-des-graphiques, 2019-08-26-content-design-tips and
2018-02-21-Delivering-citizen-experience, as published.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translint import Options, check
from translint.compare.declared import definitions
from translint.model import AnalysedDocument, AnalysedParagraph, Document, Report
from translint.read.text import segment_plain

NAME_RULES = {"entity-missing", "name-mismatch", "name-inconsistent", "glossary-term"}
OPTIONS = Options(source_lang="en", target_lang="fr", cache=False)

FIND_JOB_EN = [
    "The Public Service Commission worked with the Canada.ca Experience Office (CEO) and other partners over the summer to optimize the task of finding a government job on the Canada.ca website.",
    "not all Government of Canada jobs show up in Job Bank because they don’t use the proper National Occupation Codes (NOCs)",
    "tests were done with NOC codes to improve findability of Government of Canada jobs in Job Bank",
    "The CEO team thanks everyone who took part.",
]
FIND_JOB_FR = [
    "La Commission de la fonction publique a travaillé avec le Bureau de l’expérience Canada.ca (BEC) et d’autres partenaires au cours de l’été pour optimiser la tâche de trouver un emploi au gouvernement sur le site Web Canada.ca.",
    "les emplois au gouvernement du Canada n’apparaissent pas tous dans le Guichet emplois en raison d’une utilisation inadéquate des codes nationaux des professions (CNP)",
    "Des essais ont été effectués avec les codes de la CNP pour améliorer le repérage des emplois du gouvernement du Canada dans le Guichet emplois.",
    "L’équipe du BEC remercie toutes les personnes qui y ont participé.",
]
# The Northwest Territories are the T.N.-O. in French (lang/en_fr/acronyms.csv).
NWT_EN = [
    "In August, the Northwest Territories (NWT) shared how they use illustrations to make COVID-19 web content and communications products more accessible to all their communities.",
    "The NWT is a land of diversity which consists of 33 communities spread over 1.3 million kilometers.",
    "The NWT web team talked about how they are ensuring their government communications materials are created in their 11 different official languages:",
    "Other challenges in the NWT",
]
NWT_FR = [
    "En août, les Territoires du Nord-Ouest (T.N.-O.) ont expliqué la façon dont ils utilisent des illustrations pour rendre le contenu Web et les produits de communication sur la COVID-19 plus accessibles à toutes leurs collectivités.",
    "Les T.N.-O. sont un territoire de diversité composé de 33 collectivités réparties sur 1,3 million de kilomètres.",
    "L'équipe Web des T.N.-O. a expliqué la façon dont elle veille à ce que les documents de communication du gouvernement soient créés dans les 11 langues officielles du territoire :",
    "Autres défis aux Territoires du Nord-Ouest",
]
# EI is written out, « assurance-emploi »; TBS is the SCT, with no definition.
PROGRAMMES_EN = [
    "In the first round of our EI maternity project, only 5% of participants were able to correctly calculate the maximum amount of paid leave a mother could take after giving birth.",
    "Gerry was in Ottawa at the invitation of TBS to share his knowledge of tools and techniques for measuring user success.",
]
PROGRAMMES_FR = [
    "Dans la première étape du projet sur les prestations de maternité de l’assurance-emploi, seulement 5 % des participants sont parvenus à calculer correctement la durée maximale du congé payé que peut prendre une mère après l’accouchement.",
    "Le SCT a invité Gerry à Ottawa pour partager ses connaissances des techniques et des outils pour mesurer la réussite de l’utilisateur.",
]


def check_pair(
    tmp_path: Path, english: list[str], french: list[str], options: Options = OPTIONS
) -> Report:
    (tmp_path / "en.txt").write_text("\n\n".join(english) + "\n", encoding="utf-8")
    (tmp_path / "fr.txt").write_text("\n\n".join(french) + "\n", encoding="utf-8")
    return check(tmp_path / "en.txt", tmp_path / "fr.txt", options)


def name_findings(report: Report) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in report.findings if f.rule in NAME_RULES]


def analysed(text: str, lang: str) -> AnalysedDocument:
    paragraphs = segment_plain(text)
    document = Document("x.txt", text, paragraphs, "text", lang)
    return AnalysedDocument(document, tuple(AnalysedParagraph(p) for p in paragraphs))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "the Canadian Digital Service (CDS) said", [("CDS", "Canadian Digital Service")]),
        # A content word skipped, function words skipped or giving a letter.
        (
            "en",
            "and the Treasury Board of Canada Secretariat (TBS)",
            [("TBS", "Treasury Board of Canada Secretariat")],
        ),
        ("en", "under an Authority to Operate (ATO).", [("ATO", "Authority to Operate")]),
        ("en", "Natural Resources Canada (NRCan)", [("NRCan", "Natural Resources Canada")]),
        ("en", "proper National Occupation Codes (NOCs)", [("NOCs", "National Occupation Codes")]),
        # The acronym first, its name in the brackets.
        ("en", "CDS (Canadian Digital Service) builds", [("CDS", "Canadian Digital Service")]),
        (
            "fr",
            "Emploi et Développement social Canada (EDSC)",
            [("EDSC", "Emploi et Développement social Canada")],
        ),
        (
            "fr",
            "le sondage sur la réussite des tâches du gouvernement du Canada (SRT)",
            [("SRT", "sondage sur la réussite des tâches")],
        ),
        (
            "fr",
            "les Territoires du Nord-Ouest (T.N.-O.) ont",
            [("T.N.-O.", "Territoires du Nord-Ouest")],
        ),
        (
            "fr",
            "la Prestation canadienne d’urgence (PCU)",
            [("PCU", "Prestation canadienne d’urgence")],
        ),
        (
            "fr",
            "le Bureau de l’expérience Canada.ca (BEC) et",
            [("BEC", "Bureau de l’expérience Canada.ca")],
        ),
        # Brackets that introduce nothing.
        ("en", "The tool (see the FAQ) works.", []),
        ("en", "Ask the team (CDS) for help.", []),
        ("en", "It ended. Canadian Digital Service (CDS)", [("CDS", "Canadian Digital Service")]),
        ("en", "Canadian Digital. Service (CDS)", []),
    ],
)
def test_definitions(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = definitions(analysed(text, lang))
    assert [(d.acronym, d.name) for d in found] == expected
    for d in found:
        assert text[d.start : d.end] == d.acronym
        assert text[d.brackets[0]] == "(" and text[d.brackets[1] - 1] == ")"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ABCDEFGHIJ abcdefghij()().,;-'’éÉ")), max_size=120))
def test_definitions_point_at_their_acronym_in_any_text(text: str) -> None:
    document = analysed(text, "fr")
    for d in definitions(document):
        paragraph = document.paragraphs[d.paragraph].paragraph
        assert paragraph.text[d.start : d.end] == d.acronym
        assert d.name and d.acronym


def test_acronyms_the_posts_introduce_on_both_sides_are_one_thing(tmp_path: Path) -> None:
    assert name_findings(check_pair(tmp_path, FIND_JOB_EN, FIND_JOB_FR)) == []


def test_without_the_introductions_the_exchange_is_reported(tmp_path: Path) -> None:
    """The same posts with CEO and BEC no longer introduced: nothing declares them equal."""
    english = [p.replace("the Canada.ca Experience Office (CEO)", "CEO") for p in FIND_JOB_EN]
    french = [p.replace("le Bureau de l’expérience Canada.ca (BEC)", "le BEC") for p in FIND_JOB_FR]
    rules = [rule for rule, message in name_findings(check_pair(tmp_path, english, french))]
    assert rules == ["name-inconsistent"]


def test_a_translation_mixing_both_acronyms_is_an_error(tmp_path: Path) -> None:
    french = [p.replace("L’équipe du BEC", "L’équipe du CEO") for p in FIND_JOB_FR]
    report = check_pair(tmp_path, FIND_JOB_EN, french)
    (finding,) = [f for f in report.findings if f.rule == "name-inconsistent"]
    assert finding.severity.value == "error"
    assert finding.message == (
        "CEO is written BEC in the French text (paragraph 0) but CEO in paragraph 3"
    )
    assert finding.target is not None and finding.target.paragraph == 3
    assert finding.target.text == "CEO"


def test_official_renderings_of_the_language_data_are_found(tmp_path: Path) -> None:
    assert name_findings(check_pair(tmp_path, NWT_EN, NWT_FR)) == []
    assert name_findings(check_pair(tmp_path, PROGRAMMES_EN, PROGRAMMES_FR)) == []


def test_an_official_acronym_still_goes_missing(tmp_path: Path) -> None:
    french = [p.replace("L'équipe Web des T.N.-O.", "L'équipe Web") for p in NWT_FR]
    assert name_findings(check_pair(tmp_path, NWT_EN, french)) == [
        ("entity-missing", "NWT is not in target paragraph 2")
    ]


def test_an_acronym_the_original_introduces_may_be_written_out(tmp_path: Path) -> None:
    english = [
        "The team must get an Authority to Operate (ATO) before launch.",
        "Without the ATO, the service cannot go live.",
    ]
    french = [
        "L’équipe doit obtenir une autorisation d’exploitation avant le lancement.",
        "Sans cette autorisation d’exploitation, le service ne peut pas être mis en ligne.",
    ]
    assert name_findings(check_pair(tmp_path, english, french)) == []


@pytest.mark.parametrize(
    ("english", "french", "expected"),
    [
        (
            "Sales grew in Australia last year.",
            "Les ventes ont augmenté en Australie l’an dernier.",
            [],
        ),
        ("The meeting was held in Geneva.", "La réunion a eu lieu à Genève.", []),
        ("Michelangelo painted the ceiling.", "Michel-Ange a peint le plafond.", []),
        ("The office WiFi was slow.", "Le Wi-Fi du bureau était lent.", []),
        # A site's name is a name (2021-12-07-designing-with-humility, planted slip).
        (
            "When you design content for Canada.ca, you design for people.",
            "Lorsque vous concevez du contenu pour Cnaada.ca, vous concevez pour les gens.",
            [("name-mismatch", "Canada is spelled Cnaada")],
        ),
        ("Edit Makefile.am, then run make.", "Modifiez Makefile.am, puis lancez make.", []),
        (
            "The WiFi was slow, said Jane Sutcliffe.",
            "Le Wi-Fi était lent, a déclaré Jane Sutcliff.",
            [("name-mismatch", "Sutcliffe is spelled Sutcliff")],
        ),
    ],
)
def test_names_written_the_other_language_s_way(
    tmp_path: Path, english: str, french: str, expected: list[tuple[str, str]]
) -> None:
    assert name_findings(check_pair(tmp_path, [english], [french])) == expected


def test_a_glossary_pair_accepts_the_name_written_out(tmp_path: Path) -> None:
    """With ``CDS,SNC`` in the glossary, neither the French name written out (as the
    language data gives it) nor the acronym asks for a finding; an English CDS left
    in the French does."""
    glossary = tmp_path / "glossary.csv"
    glossary.write_text("CDS,SNC\n", encoding="utf-8")
    options = Options(source_lang="en", target_lang="fr", cache=False, glossary=str(glossary))
    english = ["CDS builds digital services.", "CDS works in the open.", "CDS hires."]
    french = [
        "Le SNC conçoit des services numériques.",
        "Le Service numérique canadien travaille de façon ouverte.",
        "Le SNC embauche.",
    ]
    assert name_findings(check_pair(tmp_path, english, french, options)) == []
    mixed = [*french[:2], "Le CDS embauche."]
    assert [rule for rule, _ in name_findings(check_pair(tmp_path, english, mixed, options))] == [
        "glossary-term",
        "name-inconsistent",
    ]


# 2025-02-18-ai-trust-study (canada-blog, MIT), paragraphs 25 and 29: both
# languages write OpenAl (a lower-case L) once for OpenAI.
OPENAI_EN = [
    "Participants were asked about tools such as ChatGPT from OpenAl and other assistants.",
    "OpenAI released a new model during the study.",
    "We contacted OpenAI about the results.",
]
OPENAI_FR = [
    "On a interrogé les participants sur des outils comme ChatGPT d’OpenAI et d’autres assistants.",
    "OpenAI a publié un nouveau modèle pendant l’étude.",
    "Nous avons communiqué avec OpenAI au sujet des résultats.",
]


@pytest.mark.parametrize(
    ("english", "french", "expected"),
    [
        # The slip in the original only: the translation spells it right.
        (
            OPENAI_EN,
            OPENAI_FR,
            [
                "OpenAl (paragraph 0) is spelled OpenAI elsewhere in the English text (paragraphs 1, 2)"
            ],
        ),
        # The slip in a word the original does not have there.
        (
            ["Global Affairs has a checklist.", "Canada is large.", "Canada is cold."],
            [
                "Affaires mondiales Cnaada a un aide-mémoire.",
                "Le Canada est grand.",
                "Le Canada est froid.",
            ],
            [
                "Cnaada (paragraph 0) is spelled Canada elsewhere in the French text (paragraphs 1, 2)"
            ],
        ),
        # Grammar, another language's word, capitals: no slips.
        (
            ["The Canadian team met.", "Canadians met.", "Canadians agreed."],
            [
                "L’équipe canadienne s’est réunie.",
                "Les Canadiens se sont réunis.",
                "Les Canadiens étaient d’accord.",
            ],
            [],
        ),
        (
            ["The Filter menu.", "Filters are listed.", "See the filter."],
            ["Le menu Filter.", "Le Filtre est listé.", "Voir le Filtre."],
            [],
        ),
    ],
)
def test_a_name_written_once_with_a_slip(
    tmp_path: Path, english: list[str], french: list[str], expected: list[str]
) -> None:
    report = check_pair(tmp_path, english, french)
    messages = [f.message for f in report.findings if f.rule == "name-inconsistent"]
    assert messages == expected


def test_a_glossary_pair_silences_the_swap_findings_too(tmp_path: Path) -> None:
    """QKBA / AAQC, which no table knows: reported three ways without the glossary
    (the pair, and two swaps where the English also writes AAQC), silent with it."""
    english = [
        "QKBA, which French readers know as AAQC, invited the mayor.",
        "QKBA meets every spring in Montreal.",
        "QKBA published its report.",
    ]
    french = [
        "L’AAQC a invité le maire.",
        "L’AAQC se réunit chaque printemps à Montréal.",
        "L’AAQC a publié son rapport.",
    ]
    assert [rule for rule, _ in name_findings(check_pair(tmp_path, english, french))] == [
        "name-inconsistent",
        "entity-missing",
        "entity-missing",
    ]
    glossary = tmp_path / "glossary.csv"
    glossary.write_text("QKBA,AAQC\n", encoding="utf-8")
    options = Options(source_lang="en", target_lang="fr", cache=False, glossary=str(glossary))
    assert name_findings(check_pair(tmp_path, english, french, options)) == []


# Sentences of canada-blog posts (MIT) as published, each with the edit that
# makes its French a slip: 2022-09-23-introducing-contextual-sign-in-button
# (CRA), 2020-09-24-COVID-top-tasks (GCNewsroom), 2025-12-17-ai-answers
# (GCkey), 2020-12-18-2020-silver-linings (GCDigital), 2017-08-09-taking-steps
# (BizPal), 2021-04-30-thank-you-web-team (CCO) and
# 2022-12-21-wayfinding-research-project (DTO).
LOCALISED_NAMES = [
    (
        ["Some of the most used accounts from CRA, IRCC, and Service Canada use it."],
        ["Certains des comptes les plus utilisés de l’Agence, d’IRCC et de Service Canada."],
        ("l’Agence", "l’agence"),
        "CRA is not in target paragraph 0",
    ),
    (
        ["The content for the page is pulled automatically from the GCNewsroom."],
        ["Le contenu de la page est automatiquement extrait de la salle de presse du GC."],
        ("salle de presse du GC", "salle de presse"),
        "GCNewsroom is not in target paragraph 0",
    ),
    (
        ["The invitation was displayed on 12 pages: Sign in, Contact, and GCkey help."],
        [
            "L’invitation a été affichée sur 12 pages : Ouverture de session, Coordonnées, et Aide ayant trait à CléGC."
        ],
        ("ayant trait à CléGC", "générale"),
        "GCkey is not in target paragraph 0",
    ),
    (
        [
            "As we countdown to 2021, the #GCDigital web community would like to share some of our silver linings.",
            "We are looking forward to continuing to grow our GCDigital community in 2021.",
        ],
        [
            "Alors que 2021 pointe à l'horizon, la communauté #GCnumérique souhaiterait mettre en lumière certains des points positifs.",
            "Nous continuerons à renforcer notre communauté #GCNumérique en 2021.",
        ],
        ("notre communauté #GCNumérique", "notre communauté Numérique"),
        "GCDigital is not in target paragraph 1",
    ),
    (
        [
            "10 times more people now get to BizPal, a wizard to help find required permits and licences."
        ],
        [
            "10 fois plus de personnes qui se rendent à PerLE, un assistant pour trouver des permis et licences requis."
        ],
        ("à PerLE", "au guichet"),
        "BizPal is not in target paragraph 0",
    ),
]


@pytest.mark.parametrize(("english", "french", "slip", "expected"), LOCALISED_NAMES)
def test_names_the_translation_localises(
    tmp_path: Path,
    english: list[str],
    french: list[str],
    slip: tuple[str, str],
    expected: str,
) -> None:
    """Official French names, a capitalised short form (« l’Agence »), a name glued
    from an acronym and a translated word, and a name the original writes as a
    hashtag elsewhere are no findings; the same sentences without them are."""
    assert name_findings(check_pair(tmp_path, english, french)) == []
    edited = [p.replace(*slip) for p in french]
    assert edited != french
    assert ("entity-missing", expected) in name_findings(check_pair(tmp_path, english, edited))


def test_an_official_pair_from_the_language_data_is_one_organisation(tmp_path: Path) -> None:
    english = ["The effort won a Platinum Award at the 2021 CCO Awards Ceremony."]
    french = [
        "Ce travail a reçu un prix Platine lors de la cérémonie de remise des prix 2021 du BCC."
    ]
    assert name_findings(check_pair(tmp_path, english, french)) == []


def test_a_head_noun_with_a_complement_is_another_institution(tmp_path: Path) -> None:
    """« le Bureau de l’expérience Canada.ca » is not the DTO (Bureau de la
    transformation numérique) named by its head."""
    english = ["Summary of the Wayfinding research DTO conducted to examine how people navigate."]
    french = [
        "Résumé de la recherche menée par le Bureau de l’expérience Canada.ca pour examiner comment les gens naviguent."
    ]
    assert name_findings(check_pair(tmp_path, english, french)) == [
        ("entity-missing", "DTO is not in target paragraph 0")
    ]
