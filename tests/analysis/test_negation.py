"""Polarity on real sentences: the Debian manuals, the Canada.ca blog, and the traps."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translint.analysis.negation import BARE, EXPLETIVE, RESTRICTIVE, negations, polarity
from translint.lang import language

EN = language("en").text.negation
FR = language("fr").text.negation

# (sentence, negations counted, their kinds in order: counted or not)
ENGLISH = [
    (
        "If the terminfo entry for xterm doesn't work with a non-Debian xterm, change it.",
        1,
        ["n't"],
    ),
    (
        "The word path is used not only for fully-qualified filename as above but also for "
        "partial path.",
        0,
        [],
    ),
    (
        "Unused packages are removed automatically if they are no longer needed under aptitude.",
        1,
        ["no longer"],
    ),
    ("GIMP-Perl is no longer distributed with the standard GIMP 2 distribution.", 1, ["no longer"]),
    ("There is no need to change the file.", 1, ["no"]),
    ("See form No. 5 for details.", 0, []),
    ("Answer yes/no to the question.", 0, []),
    ("No matter what you choose, the data stays.", 0, []),
    ("Nothing but the header is kept.", 0, []),
    ("You cannot install it as a normal user.", 1, ["cannot"]),
    ("Never run it as root.", 1, ["never"]),
    ("Nobody reads the logs, and no-one fixes them.", 2, ["nobody", "nobody"]),
    ("Neither the client nor the server is updated.", 1, ["neither"]),
    ("The change is not without risk.", 0, ["double"]),
    ("Do’s and don’ts of designing for accessibility.", 1, ["n't"]),
    ("Run it without arguments.", 1, ["without"]),
    ("It is not until the reboot that the module loads.", 0, []),
    ("Check whether or not the disk is mounted.", 0, []),
    ("The unsupported option is invalid and useless.", 0, []),
    ("None of the files were copied.", 1, ["none"]),
    # Litotes are rendered lexically as often as not (« défectueuse »).
    ("This happens when the camera is not set perfectly.", 1, ["not"]),
    ("Limit your list to no more than 7 items.", 0, []),
    ("The changes you make here will not take effect until you restart.", 0, []),
    ("“No erasing effect” and “Flow” are new options.", 1, ["no"]),
]

FRENCH = [
    (
        "Si l’entrée terminfo pour xterm ne fonctionne pas avec un xterm non Debian, changez-la.",
        1,
        ["pas"],
    ),
    ("Voici ce qui ne fonctionne tout simplement pas.", 1, ["pas"]),
    # The defect of issue 17: the « pas » dropped.
    ("Voici ce qui ne fonctionne.", 0, [BARE]),
    ("L’épinglage apt ne fonctionne donc qu’avec le nom de « suite ».", 0, [RESTRICTIVE]),
    ("Le mot chemin (« path ») n’est pas utilisé que pour les noms de fichiers.", 1, ["pas"]),
    ("Il ne faut pas que les deux processus se trouvent sur la même machine.", 1, ["pas"]),
    ("Il ne reste plus que deux jours.", 0, [RESTRICTIVE]),
    (
        "Le processus qui écrit dans le tube ne se termine pas avant que l’information ne soit "
        "lue depuis le tube.",
        1,
        ["pas", EXPLETIVE],
    ),
    (
        "Il faut une procédure d’arrêt adaptée avant que le système ne puisse être mis hors "
        "tension.",
        0,
        [EXPLETIVE],
    ),
    ("Il y a plusieurs comptes auxquels une personne pourrait vouloir se connecter.", 0, []),
    ("Personne ne lit les journaux.", 1, ["personne"]),
    # The leader outweighs a « que » that is a conjunction here, not « ne … que ».
    (
        "Personne ne veut que les gens aient de la difficulté à utiliser les services.",
        1,
        ["personne"],
    ),
    ("Vous ne pouvez agir sur le calque actif.", 1, ["literary"]),
    ("L’auteur et les contributeurs ne pourront être tenus pour responsables.", 1, ["literary"]),
    (
        "Aucun pixel n’est en dessous de 63, et aucun pixel n’est au-dessus de 189.",
        2,
        ["aucun", "aucun"],
    ),
    ("Aucun fichier n’a été trouvé.", 1, ["aucun"]),
    ("Rien ne change.", 1, ["rien"]),
    ("Ni le client ni le serveur ne sont mis à jour.", 1, ["ni"]),
    ("Le paquet ne fonctionne plus.", 1, ["plus"]),
    (
        "Les outils tels qu’apt-get(1) ne tenteront même pas, grâce aux dépendances, de le faire.",
        1,
        ["pas"],
    ),
    ("Un centre d'appels débordé ne fait le bonheur de personne.", 1, ["personne"]),
    ("C’est un travailleur essentiel, n’est-ce pas?", 0, []),
    ("Ce qui suit évite que le programme readline(3) utilisé par bash(1) ne bipe.", 0, [EXPLETIVE]),
    ("Nul besoin de vous attarder aux questions de style.", 1, ["nul besoin"]),
    ("N’hésitez pas à nous contacter.", 0, []),
    ("Ne tapez rien que vous ne compreniez pas.", 2, ["rien", "pas"]),
    ("Les autres outils modifient l’image plutôt qu’ils ne la peignent.", 0, [EXPLETIVE]),
    ("Les solutions élaborées fonctionneront aux projets suivants, n’est-ce pas ?", 0, []),
    ("Vous pouvez contraindre l’angle à varier par pas de 15°.", 0, []),
    # « ce qu' » is a relative, not « ne … que »: this « ne » lost its « pas ».
    (
        "Ils ont eu recours aux menus s’ils ne trouvaient immédiatement ce qu’ils cherchaient.",
        0,
        [BARE],
    ),
    ("Les opérateurs de test sont « -eq », « -ne », « -lt ».", 0, []),
    (
        "Il ne sera pas installé sans que les paquets dont il dépend ne soient installés.",
        0,
        ["double", EXPLETIVE],
    ),
    ("Ne craignez point!", 1, ["point"]),
    ("Nous en avons besoin plus que jamais.", 0, []),
    ("Vous pouvez lire n’importe quel fichier du système.", 0, []),
    ("Pas de problème.", 1, ["pas"]),
    ("Le premier pas est fait.", 0, []),
    ("Nous pouvons passer des heures sans trouver ce que l’on cherche.", 1, ["sans"]),
    ("C’est sans aucun doute la meilleure méthode.", 0, []),
    ("Il n’est pas sans risque.", 0, ["double"]),
    ("Je ne saurais dire.", 1, ["literary"]),
    ("Vous pouvez ne pas tenir compte des résultats.", 1, ["pas"]),
    ("Le nombre d’utilisateurs ne cesse de croître.", 0, []),
    ("Non seulement c’est rapide, mais c’est sûr.", 0, []),
    ("Que ce soit publié ou pas, lisez-le.", 0, []),
]


@pytest.mark.parametrize(("sentence", "count", "kinds"), ENGLISH)
def test_english_polarity(sentence: str, count: int, kinds: list[str]) -> None:
    found = polarity(sentence, EN)
    assert found.count == count
    assert [n.kind for n in found.negations] == kinds


@pytest.mark.parametrize(("sentence", "count", "kinds"), FRENCH)
def test_french_polarity(sentence: str, count: int, kinds: list[str]) -> None:
    found = polarity(sentence, FR)
    assert found.count == count
    assert [n.kind for n in found.negations] == kinds


def test_a_cue_names_its_words_and_span() -> None:
    sentence = "Voici ce qui ne fonctionne tout simplement pas."
    (negation,) = negations(sentence, FR)
    assert negation.cue == "ne … pas"
    assert sentence[negation.start : negation.end] == "ne fonctionne tout simplement pas"


@pytest.mark.parametrize(
    ("sentence", "data", "lexical"),
    [
        ("The tool is unable to read it.", EN, ["unable"]),
        ("Only root may read it.", EN, ["Only"]),
        ("Il est impossible de le lire.", FR, ["impossible"]),
        ("Cette option est facultative.", FR, ["facultative"]),
        ("Il fonctionne à peine.", FR, ["à peine"]),
    ],
)
def test_lexical_negatives(sentence: str, data: object, lexical: list[str]) -> None:
    assert list(polarity(sentence, data).lexical) == lexical  # type: ignore[arg-type]


WORDS = st.sampled_from(
    ["ne", "n’", "n'", "pas", "que", "plus", "jamais", "une", "personne", "sans", "avant",
     "qu’il", "fonctionne", "not", "only", "no", "doesn't", "without", "rien", ".", ",", "aucun",
     "Le", "le", "pas", "importe", "-", "No.", "5"]
)  # fmt: skip
SENTENCES = st.lists(WORDS, max_size=20).map(" ".join) | st.text(max_size=80)


@given(SENTENCES)
def test_negations_are_ordered_spans_of_the_text(sentence: str) -> None:
    for data in (EN, FR):
        found = negations(sentence, data)
        assert [n.start for n in found] == sorted(n.start for n in found)
        for negation in found:
            assert 0 <= negation.start < negation.end <= len(sentence)
            first = negation.cue.split(" … ")[0]
            assert sentence[negation.start :].startswith(first)
        for before, after in itertools.pairwise(found):
            assert before.end <= after.start


@given(SENTENCES)
def test_apostrophes_do_not_change_polarity(sentence: str) -> None:
    curly = sentence.replace("'", "’")
    for data in (EN, FR):
        assert polarity(sentence, data).count == polarity(curly, data).count
