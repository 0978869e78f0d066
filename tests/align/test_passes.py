"""The other post-passes: swaps, lone pairs between pairs, and page chrome."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translint import Options, align_files
from translint.model import ParagraphKind

from ..conftest import SHARED_CORPORA, needs_corpora
from .helpers import align_edited, groups_of


@needs_corpora
def test_page_chrome_at_the_same_place_on_both_sides_is_paired() -> None:
    """ "Print..." and « Imprimer… » read as page furniture, but sit between the
    same two menu entries: one item in two languages, not two unmatched ones."""
    pair = SHARED_CORPORA / "gimp-help" / "key-reference-file"
    report = align_files(pair / "en.txt", pair / "fr.txt", Options(cache=False))
    assert report.source_document is not None
    printing = report.source_document.paragraphs[40]
    assert printing.content == "Print..." and printing.kind is ParagraphKind.CHROME
    group = next(g for g in report.alignment if 40 in g.source)
    assert group.target == (40,) and group.score is not None and group.score < 0.96


@needs_corpora
def test_a_lone_pair_between_two_pairs_is_a_loose_translation() -> None:
    """The French adds two sentences of explanation, which halves the cosine:
    between two good pairs it is still the translation, with a doubtful score."""
    pair = SHARED_CORPORA / "gimp-help" / "gimp-filter-convolution-matrix"
    report = align_files(pair / "en.txt", pair / "fr.txt", Options(cache=False))
    group = next(g for g in report.alignment if 30 in g.source)
    assert group.target == (30,) and group.score is not None and group.score < 0.96


@needs_corpora
@pytest.mark.parametrize(
    ("pair_name", "deleted", "kept"),
    [
        (
            "debian-reference/ch01-01",
            "This preserves some of the environment of the current user.",
            'Type "su" from any user shell prompt.',
        ),
        ("gimp-help/gimp-pimping-03", "Clear Action History", "Self-explanatory."),
    ],
)
def test_a_deleted_paragraph_does_not_take_its_neighbours_translation(
    tmp_path: Path, pair_name: str, deleted: str, kept: str
) -> None:
    """With the translation of one paragraph deleted, its neighbour's translation
    is the only candidate for both. Their cosines with it are both under the
    floor of the meaning score, so length chose the deleted one; the swap
    test compares the cosines themselves."""
    pair = SHARED_CORPORA.joinpath(*pair_name.split("/"))
    gold = json.loads((pair / "gold.json").read_text("utf-8"))
    english = [block.strip() for block in (pair / "en.txt").read_text("utf-8").split("\n\n")]
    gone = english.index(deleted)
    stays = gone - 1 if english[gone - 1] == kept else gone + 1
    assert english[stays] == kept
    translation = {s[0]: t for s, t in gold if len(s) == 1}
    french = (pair / "fr.txt").read_text("utf-8").split("\n\n")
    (k,) = translation[gone]
    del french[k]
    (j,) = translation[stays]
    expected = j - 1 if j > k else j
    groups = align_edited(tmp_path, pair, french)
    assert [[stays], [expected]] in groups
    assert [[gone], []] in groups


@needs_corpora
def test_two_labels_alone_between_pairs_are_paired_by_place() -> None:
    """ "Sample Merged" / « Échantillonner sur tous les calques »: their cosine is
    low, as it often is on a few words, but they sit alone between two pairs."""
    pair = SHARED_CORPORA / "gimp-help" / "gimp-tool-fuzzy-select"
    report = align_files(pair / "en.txt", pair / "fr.txt", Options(cache=False))
    assert report.source_document is not None and report.target_document is not None
    assert report.source_document.paragraphs[27].content == "Sample Merged"
    assert report.target_document.paragraphs[27].content == "Échantillonner sur tous les calques"
    groups = groups_of(report)
    assert [[27], [27]] in groups
    assert [[28], [28]] in groups


# 2021-05-10-codesign-with-deciders (canada-blog, MIT): each language lists the
# departments in its own alphabetical order.
CODESIGN_EN = """In the summer of 2020, we created a travel working group to create coordinated content about travel restrictions for Canada.

Departments represented in the working group included:

- Canadian Border Services Agency
- Global Affairs Canada
- Health Canada
- Immigration, Refugees and Citizenship Canada
- Privy Council Office
- Public Health Agency of Canada
- Treasury Board’s Digital Transformation Office

With so many departments involved, finding a way to work together quickly was essential.
"""
CODESIGN_FR = """À l’été 2020, nous avons créé un groupe de travail sur les voyages afin de créer du contenu coordonné sur les restrictions de voyage pour le Canada.

Les ministères représentés au sein du groupe de travail comprenaient :

- Affaires mondiales Canada;
- l’Agence de la santé publique;
- l’Agence des services frontaliers du Canada;
- le Bureau de la transformation numérique du Conseil du Trésor;
- le Bureau du Conseil privé;
- Immigration, Réfugiés et Citoyenneté Canada;
- Santé Canada.

Compte tenu de la participation de tant de ministères, il était essentiel de trouver une façon de travailler ensemble rapidement.
"""


def _structure_findings(tmp_path: Path, english: str, french: str) -> list[str]:
    from translint import check

    (tmp_path / "a.en.md").write_text(english, encoding="utf-8")
    (tmp_path / "a.fr.md").write_text(french, encoding="utf-8")
    report = check(tmp_path / "a.en.md", tmp_path / "a.fr.md", Options(cache=False))
    structure = {"missing-paragraph", "extra-paragraph", "missing-section"}
    return [f.message for f in report.findings if f.rule in structure]


def test_a_list_sorted_in_each_language_is_one_group(tmp_path: Path) -> None:
    (tmp_path / "a.en.md").write_text(CODESIGN_EN, encoding="utf-8")
    (tmp_path / "a.fr.md").write_text(CODESIGN_FR, encoding="utf-8")
    report = align_files(tmp_path / "a.en.md", tmp_path / "a.fr.md", Options(cache=False))
    assert (2, 3, 4, 5, 6, 7, 8) in [g.source for g in report.alignment]
    group = next(g for g in report.alignment if g.source == (2, 3, 4, 5, 6, 7, 8))
    assert group.target == (2, 3, 4, 5, 6, 7, 8)
    assert _structure_findings(tmp_path, CODESIGN_EN, CODESIGN_FR) == []


def test_an_item_dropped_from_a_reordered_list_is_still_missing(tmp_path: Path) -> None:
    french = CODESIGN_FR.replace("- le Bureau du Conseil privé;\n", "")
    messages = _structure_findings(tmp_path, CODESIGN_EN, french)
    assert len(messages) == 1 and "Privy Council Office" in messages[0]


# 2024-05-13-flexible-navigation-page-design-for-emergencies (canada-blog, MIT):
# the French makes a list of the partners the English names in a sentence.
PARTNERS_EN = [
    "The DTO helps departments make data-informed decisions about what information to prioritize, remove, or re-label in order on their pages to better support users.",
    "However, the pandemic introduced a whole new set of mental models and tasks we needed to quickly understand in order to offer timely guidance. In May 2020, the DTO collaborated with Gerry McGovern, WHO, HC and the Public Health Agency of Canada to conduct a study to determine which COVID-19-related tasks people were trying to complete.",
    "The study incorporated data from analytics, user interviews, and a dedicated survey.",
]
PARTNERS_FR = [
    "Le BTN aide les ministères à prendre des décisions éclairées et étayées en ce qui a trait aux informations qu’il faut prioriser, supprimer ou renommer dans leurs pages, le tout dans le but de mieux aider le public.",
    "La pandémie a toutefois introduit de tout nouveaux modèles mentaux et de nouvelles tâches qu’il nous a fallu comprendre très vite pour pouvoir offrir des conseils à temps. En mai 2020, le BTN a collaboré avec des partenaires sur une étude visant à déterminer quelles tâches les gens cherchaient à accomplir en lien avec la COVID-19. Les partenaires étaient\u00a0:",
    "- Gerry McGovern\n- l’Organisation mondiale de la Santé\n- Santé Canada\n- l’Agence de la santé publique du Canada",
    "Les résultats de cette étude compilaient des données issues de l’analytique Web, d’entrevues auprès d’utilisateurs et utilisatrices, et d’un sondage conçu à cette fin.",
]


def test_a_list_made_of_an_enumeration_joins_its_sentence(tmp_path: Path) -> None:
    english, french = "\n\n".join(PARTNERS_EN) + "\n", "\n\n".join(PARTNERS_FR) + "\n"
    (tmp_path / "a.en.md").write_text(english, encoding="utf-8")
    (tmp_path / "a.fr.md").write_text(french, encoding="utf-8")
    report = align_files(tmp_path / "a.en.md", tmp_path / "a.fr.md", Options(cache=False))
    assert [(g.source, g.target) for g in report.alignment] == [
        ((0,), (0,)),
        ((1,), (1, 2, 3, 4, 5)),
        ((2,), (6,)),
    ]
    assert _structure_findings(tmp_path, english, french) == []


def test_items_after_a_colon_on_both_sides_stay_items(tmp_path: Path) -> None:
    """The English introducing its own list: the French list is its translation."""
    english_list = "- Gerry McGovern\n- the World Health Organization\n- Health Canada\n- the Public Health Agency of Canada"
    english = [
        PARTNERS_EN[0],
        PARTNERS_EN[1].replace(
            "collaborated with Gerry McGovern, WHO, HC and the Public Health Agency of Canada to conduct a study to determine which COVID-19-related tasks people were trying to complete.",
            "collaborated with partners on a study to determine which COVID-19-related tasks people were trying to complete. The partners were:",
        ),
        english_list,
        PARTNERS_EN[2],
    ]
    (tmp_path / "a.en.md").write_text("\n\n".join(english) + "\n", encoding="utf-8")
    (tmp_path / "a.fr.md").write_text("\n\n".join(PARTNERS_FR) + "\n", encoding="utf-8")
    report = align_files(tmp_path / "a.en.md", tmp_path / "a.fr.md", Options(cache=False))
    assert ((1,), (1,)) in [(g.source, g.target) for g in report.alignment]


# 2019-12-20-top-ten-lessons (canada-blog, MIT), lesson 8 as published: the
# French runs the quotation's first three paragraphs into one.
QUOTE_EN = """## 8. Good service relies on good measurements

<blockquote><p>Successfully improving a service relies on understanding the pain points and empathizing with citizens who are trying to complete a task.</p>
<p>Making sure you’re tracking useful metrics is the only way to make sure you can provide good service.</p>
<p>Don’t measure success with volumetrics. Measure with conversions, rejected applications or form errors. Don’t measure success with the number of calls. Track the change in callers with the same issues after a change in web content. Track the outcome of moving people to online service from paper filing.</p>
<p>Instrumental to successful task optimization is measuring the performance ahead of time, so that you can focus your experiment on the changes that will make the biggest difference.”</p>
</blockquote>

<p>- Miguel Borges-Porteous</p>
"""
QUOTE_FR = """## 8. Un bon service repose sur des mesures fiables

<blockquote>
  <p>«&nbsp;Pour réussir à améliorer un service, il faut comprendre ce qui cause des problèmes et faire preuve d’empathie envers les citoyens qui essaient d’accomplir une tâche.
La seule façon de s’assurer que l’on peut offrir un bon service, c’est de mesurer les bons paramètres.
Par exemple, on ne mesure pas le succès à l’aide de données volumétriques. Il faut plutôt mesurer le taux de conversion, ou tenir compte des demandes rejetées ou des erreurs faites lors du remplissage des formulaires. On ne mesure pas le succès au nombre d’appels. Il faut plutôt voir ce qui change chez les interlocuteurs qui ont un problème en commun une fois que l’on a apporté un changement au contenu Web. Il faut voir ce qui se passe après que l’on a demandé aux gens d’abandonner un document papier au profit d’un service en ligne.</p>
  <p>En fait, ce qui compte pour réussir l’optimisation des tâches, c’est de mesurer le rendement avant de commencer, de sorte que l’on peut commencer à expérimenter avec les changements qui peuvent faire toute une différence.&nbsp;»</p>
</blockquote>
<p>- Miguel Borges-Porteous</p>
"""


def test_three_paragraphs_run_into_one_are_one_group(tmp_path: Path) -> None:
    assert _structure_findings(tmp_path, QUOTE_EN, QUOTE_FR) == []
    (tmp_path / "a.en.md").write_text(QUOTE_EN, encoding="utf-8")
    (tmp_path / "a.fr.md").write_text(QUOTE_FR, encoding="utf-8")
    report = align_files(tmp_path / "a.en.md", tmp_path / "a.fr.md", Options(cache=False))
    assert ((1, 2, 3), (1,)) in [(g.source, g.target) for g in report.alignment]


def test_a_paragraph_deleted_beside_a_merge_is_still_missing(tmp_path: Path) -> None:
    """The same lesson with a paragraph of the original the French never had, right
    after the paragraphs the French runs into one."""
    added = "<p>Our call centre agents answered 40,000 questions about parking permits in the spring.</p>\n"
    english = QUOTE_EN.replace("<p>Instrumental", added + "<p>Instrumental")
    messages = _structure_findings(tmp_path, english, QUOTE_FR)
    assert len(messages) == 1 and "call centre agents" in messages[0]
