"""Figures: matching across a translation.

The tables read as examples of behaviour: an English/French pair and the
findings it deserves.
"""

from __future__ import annotations

import time

import pytest

from translint.analysis.figures import figures_of
from translint.compare.figures import FigureMatching, match_figures

from ..conftest import SEED as SEEDS

# ---------------------------------------------------------------------------
# Matching: (english, french, expected findings with English as the source).
# A finding is "mismatch EN / FR", "missing EN" or "extra FR" (figure texts).

PAIRS = [
    # the seed article
    (
        "At this year’s Conference de Montréal (May 2025), Quebec and Korea came together in "
        "one of the world’s most transformative fields.",
        "Lors de la Conférence de Montréal (mai 2025), le Québec et la Corée se sont réunis "
        "dans l’un des domaines les plus transformateurs au monde.",
        [],
    ),
    (
        "Korea aims to become a quantum economic leader by 2035, advancing in three core areas "
        "from the following:",
        "La Corée vise à devenir un leader économique quantique d’ici 2035, en avançant dans "
        "trois domaines principaux :",
        [],
    ),
    (
        "KRISS has launched 10 key assignments across three strategic pillars.",
        "KRISS a lancé dix missions clés réparties sur trois piliers stratégiques.",
        [],
    ),
    (
        "Investment is surging, with a 54.1% increase in funding (198.1 billion KRW), to be "
        "unveiled later in 2025.",
        "L’investissement est en forte progression, avec une augmentation de 54,1 % des "
        "financements (198,1 milliards de KRW), qui sera dévoilé plus tard en 2025.",
        [],
    ),
    (
        "including secure communication over 20 km and the launch of a testbed.",
        "incluant la communication sécurisée sur 20 km et le lancement d’une plateforme.",
        [],
    ),
    # the seed article, broken
    ("a 54.1% increase", "une augmentation de 45,1 %", ["mismatch 54.1% / 45,1 %"]),
    (
        "(198.1 billion KRW)",
        "(198,1 billions de KRW)",
        ["mismatch 198.1 billion KRW / 198,1 billions de KRW"],
    ),
    (
        "(198.1 billion KRW)",
        "(198,1 millions de KRW)",
        ["mismatch 198.1 billion KRW / 198,1 millions de KRW"],
    ),
    ("over 20 km", "sur 20 m", ["mismatch 20 km / 20 m"]),
    ("by 2035", "d’ici 2036", ["mismatch 2035 / 2036"]),
    ("10 key assignments", "onze missions clés", ["mismatch 10 / onze"]),
    ("ten key assignments", "onze missions clés", ["mismatch ten / onze"]),
    ("(May 2025)", "(juin 2025)", ["mismatch May 2025 / juin 2025"]),
    (
        "a 54.1% increase (198.1 billion KRW)",
        "une hausse de 198,1 % (54,1 milliards de KRW)",
        ["mismatch 54.1% / 198,1 %", "mismatch 198.1 billion KRW / 54,1 milliards de KRW"],
    ),
    ("a 54.1% increase in 2025", "une hausse en 2025", ["missing 54.1%"]),
    ("an increase in 2025", "une hausse de 54,1 % en 2025", ["extra 54,1 %"]),
    # separators and localisation
    ("It has 4374 lines.", "Il a 4 374 lignes.", []),
    ("It has 1,250,000 lines.", "Il a 1 250 000 lignes.", []),
    ("It has 1,250,000 lines.", "Il a 1\u202f250\u202f000 lignes.", []),
    ("58,469 visits", "58\u2009469 visites", []),
    ("5,500 visits", "5\u2007500 visites", []),
    ("58,469 visits", "469 visites", ["mismatch 58,469 / 469"]),
    ("A factor of 1.5.", "Un facteur de 1,5.", []),
    ("A factor of 1.5.", "Un facteur de 1.5.", []),
    ("A factor of 1.5.", "Un facteur de 2,5.", ["mismatch 1.5 / 2,5"]),
    ("Exactly 1,250 units.", "Exactement 1 250 unités.", []),
    ("Exactly 1,250 units.", "Exactement 1,250 unité.", []),
    ("1,000 cycles", "1000 cycles", []),
    ("It takes 5 days.", "Il faut cinq jours.", []),
    ("It takes 5 days.", "Il faut six jours.", ["mismatch 5 days / six jours"]),
    ("It takes 5 days.", "Il faut 5 semaines.", ["mismatch 5 days / 5 semaines"]),
    ("The 2 of them.", "Les deux touches.", []),
    ("twelve months", "douze mois", []),
    ("ninety days", "quatre-vingt-dix jours", []),
    ("eighteen years", "dix-huit ans", []),
    # percentages
    ("54.1 per cent", "54,1 %", []),
    ("54.1 percent", "54,1 pour cent", []),
    ("12% black and 88% gold", "12% noir et 88% doré", []),
    ("up 3 percentage points", "en hausse de 3 points de pourcentage", []),
    ("up 3 percentage points", "en hausse de 3 %", ["mismatch 3 percentage points / 3 %"]),
    # scales
    ("0.75 billion", "750 millions", []),
    ("750 million", "0,75 milliard", []),
    ("3 trillion", "3 billions", []),
    ("3 billion", "3 milliards", []),
    ("3 billion", "3 billions", ["mismatch 3 billion / 3 billions"]),
    ("10k users", "10 000 utilisateurs", []),
    ("3bn", "3 Md", []),
    # currencies
    ("$3.5 million", "3,5 millions de dollars", []),
    ("$3.5 million", "3,5 M$", []),
    ("€45", "45 €", []),
    ("€45", "45 euros", []),
    ("€45", "45 $", ["mismatch €45 / 45 $"]),
    ("$3.5 million", "3,5 millions de dollars canadiens", []),
    ("US$3.5 million", "3,5 millions de dollars américains", []),
    (
        "US$3.5 million",
        "3,5 millions de dollars canadiens",
        ["mismatch US$3.5 million / 3,5 millions de dollars canadiens"],
    ),
    ("C$20", "20 $ CA", []),
    ("CA$20", "20 $ US", ["mismatch CA$20 / 20 $ US"]),
    ("3 million dollars", "3 millions de dollars", []),
    ("2 G$", "2 milliards de dollars", []),
    # units
    ("20 km", "20 kilomètres", []),
    ("20 kilometres", "20 km", []),
    ("20 kilometers", "vingt kilomètres", []),
    ("a 32-bit system", "un système 32 bits", []),
    ("4 GB of memory", "4 Go de mémoire", []),
    ("4 GB of memory", "4 Mo de mémoire", ["mismatch 4 GB / 4 Mo"]),
    ("5 inches by 8 inches", "12,7 x 20,3 cm", []),
    ("100 km", "62 miles", []),
    ("20 mi", "20 milles", []),
    ("25 °C", "25 °C", []),
    # dates, years, ordinals
    ("7 September 2025", "7 septembre 2025", []),
    ("Sep 7", "7 sept.", []),
    ("released 2016-03", "publié en mars 2016", []),
    ("released 2016-03", "publié en avril 2016", ["mismatch 2016-03 / avril 2016"]),
    ("In June of 2018", "En juin 2018", []),
    ("the 1st of June", "le 1er juin", []),
    ("filed Dec/02/2019", "déposé le 2 décembre 2019", []),
    ("filed Dec/02/2019", "déposé le 3 décembre 2019", ["mismatch Dec/02/2019 / 3 décembre 2019"]),
    ("April 16 to 24", "Du 16 au 24 avril", []),
    ("April 16-24", "16-24 avril", []),
    ("July 4 to 17", "du 4 au 17 juillet", []),
    ("from May 14 to 19.", "du 14 au 19 mai.", []),
    ("from June 8 to 10, 2020", "du 8 au 10 juin 2020", []),
    ("Between December 11 and 14, 60%", "Entre le 11 et le 14 décembre, 60 %", []),
    (
        "(June 18 to 26 and July 15 to 25, 2025)",
        "(du 18 au 26 juin et du 15 au 25 juillet 2025)",
        [],
    ),
    ("April 16 to 24", "du 16 au 25 avril", ["mismatch April 16 to 24 / du 16 au 25 avril"]),
    ("April 6,8", "6 et 8 avril", []),
    ("May 22 and 25", "les 22 et 25 mai", []),
    ("May 22,25", "22 et 26 mai", ["mismatch 25 / 26 mai"]),
    ("April 16 to 24", "du 15 au 24 avril", ["mismatch April 16 to 24 / du 15 au 24 avril"]),
    ("April 16 to 24", "du 16 au 24 mai", ["mismatch April 16 to 24 / du 16 au 24 mai"]),
    ("April 16 to 24", "le 16 avril", ["mismatch April 16 to 24 / 16 avril"]),
    ("until April Fool's Day, 2023", "jusqu’au jour du poisson d'avril 2023", []),
    ("in March 2020", "en 2020", []),
    ("in 2023", "en avril 2024", ["mismatch 2023 / avril 2024"]),
    ("the 3rd argument", "le 3e paramètre", []),
    ("the 3rd argument", "le troisième paramètre", []),
    ("the 1st time", "la 1re fois", []),
    ("the 1st time", "le 1er essai", []),
    ("in the 21st century", "au XXIe siècle", []),
    ("in the 21st century", "au XXe siècle", ["mismatch 21st / XXe"]),
    ("in 1970", "en 1970", []),
    ("in 1970", "en 1971", ["mismatch 1970 / 1971"]),
    # times of day
    ("at 5:00 pm", "à 17 h", []),
    ("at 5 p.m.", "à 17 h", []),
    ("at 2 p.m.", "à 14 h", []),
    ("at 5:30 p.m.", "à 17 h 30", []),
    ("at 10:30", "à 10 h 30", []),
    ("until 12pm ET", "à 12 h HE", []),
    ("open 9 to 5", "ouvert de 9 h à 17 h", []),
    ("from 9 a.m. to 5 p.m.", "de 9 h à 17 h", []),
    ("from 9 a.m. to 5:30 p.m.", "de 9 h à 17 h 30", []),
    ("from 9 to 5 p.m.", "de 9 h à 17 h", []),
    ("a 1.5-hour session", "une séance de 1 h 30", []),
    ("at 5 p.m.", "à 18 h", ["mismatch 5 p.m. / 18 h"]),
    ("at 5:30 p.m.", "à 17 h 45", ["mismatch 5:30 p.m. / 17 h 45"]),
    ("at 5 p.m.", "à 5 h", ["mismatch 5 p.m. / 5 h"]),
    ("open 9 to 5", "ouvert de 9 h à 18 h", ["mismatch 9 to 5 / de 9 h à 18 h"]),
    (
        "from 9 a.m. to 5 p.m.",
        "de 9 h à 18 h",
        ["mismatch from 9 a.m. to 5 p.m. / de 9 h à 18 h"],
    ),
    ("at 5 p.m.", "à 17 heures", []),
    ("at 5 p.m.", "à l’heure", ["missing 5 p.m."]),
    ("it took 17 hours", "il a fallu 17 h", []),
    # signs, ranges
    ("down to -15", "jusqu’à \u221215", []),
    ("down to -15", "jusqu’à 15", ["mismatch -15 / 15"]),
    ("2020–2024", "entre 2020 et 2024", []),
    ("in FY 2026-27", "au cours de l’exercice 2026 à 2027", []),
    ("the 2019-20 season", "la saison 2019-2020", []),
    ("the 2019-20 season", "la saison 2019-2021", ["mismatch 2019-20 / 2019-2021"]),
    ("between 2020 and 2024", "de 2020 à 2024", []),
    ("from 2020 to 2024", "2020-2024", []),
    ("the range 0-65535", "l’intervalle 0-35.535", ["mismatch 0-65535 / 0-35.535"]),
    (
        "values from 128 to 255",
        "valeurs entre 1288 et 255",
        ["mismatch from 128 to 255 / entre 1288 et 255"],
    ),
    ("values from 0 to 127", "des valeurs 0 et 127", []),
    ("1-5 times", "d'une à cinq fois", []),
    ("1 to 2 hours", "de une à deux heures", []),
    ("one to two hours", "d’une à deux heures", []),
    ("1-5 times", "d'une à six fois", ["mismatch 1-5 / d'une à six"]),
    ("1 to 2 hours", "de une à trois heures", ["mismatch 1 to 2 hours / de une à trois heures"]),
    ("more than a million people", "plus d'un million de personnes", []),
    # versions and identifiers
    ("GIMP 2.8", "GIMP 2.8", []),
    ("GIMP 2.8", "GIMP 2.5", ["mismatch 2.8 / 2.5"]),
    ("kernel 2.6.32", "noyau 2.6.32", []),
    ("kernel 2.6.32", "noyau 2.6.23", ["mismatch 2.6.32 / 2.6.23"]),
    ("GIMP 2 has docks", "GIMP-2 a des docks", []),
    ("GIMP-2.10.4 is out", "GIMP 2.10.4 est sorti", []),
    ("Linux 2.4 NAT HOWTO", "HOWTO du NAT de Linux 2.4", []),
    ("a 3D brush", "une brosse à 3 dimensions", []),
    ("planned for v3.2", "prévue pour la version 3.2", []),
    ("see du(8)", "voir du(1)", ["mismatch du(8) / du(1)"]),
    ("ISO9660 CD", "CD ISO9960", ["mismatch ISO9660 / ISO9960"]),
    ("use x86_64 and ext4", "utilisez ext4", []),
    ("format it as ext4", "formatez-le en ext3", ["mismatch ext4 / ext3"]),
    ("myarray(4,2,2)", "tableau (4,2,2)", []),
    (":4,4 selects 4 rows", ":4,4 sélectionne 4 lignes", []),
    ("see Section 2.3, “Dialogs”", "voyez la section Dialogues", []),
    ("RFC 2822 mail", "courrier RFC 2822", []),
    ("RFC 2822 mail", "courrier RFC 2821", ["mismatch 2822 / 2821"]),
    ("Chapter 3", "Chapitre 30", ["mismatch 3 / 30"]),
    ("Chapter 3", "Chapitre 3", []),
    ("see section 5", "voir le chapitre 6", ["mismatch 5 / 6"]),
    ("see section 5", "voir le chapitre 5", []),
    ("Section 2.3", "section 2.3", []),
    ("Section 2.3", "section 2.4", ["mismatch 2.3 / 2.4"]),
    ("see Appendix 2 and Table 4", "voir l’annexe 2 et le tableau 4", []),
    ("see Appendix 2 and Table 4", "voir l’annexe 2 et le tableau 5", ["mismatch 4 / 5"]),
    ("Step 4: save", "Étape 4 : enregistrer", []),
    ("Step 4: save", "Étape 5 : enregistrer", ["mismatch 4 / 5"]),
    ("Part 2, page 14", "Partie 2, page 41", ["mismatch 14 / 41"]),
    ("see Figure 7", "voir la figure", []),
    ("see Section 2.3 and Section 4", "voir la section 4", []),
    ("see Section 5 and 12 files", "voir la section 5 et 12 fichiers", []),
    ("see section 5", "voir 6 fichiers", ["extra 6"]),
    ("chmod 755 file", "chmod 755 fichier", []),
    ("call 514-555-1234", "appelez le 514 555-1234", []),
    # link-mismatch compares phone numbers, a slip apart from another line
    ("call 514-555-1234", "appelez le 514 555-1243", []),
    # what translators drop or add freely
    ("both regions", "les régions", []),
    ("the first step", "l’étape", []),
    ("two regions", "les régions", []),
    ("the regions", "les deux régions", []),
    ("1 pixel wide", "un pixel de large", []),
    ("one pixel wide", "1 pixel de large", []),
    ("one of the most critical areas", "l’un des domaines les plus critiques", []),
    ("a quality of 80 here and 80 there", "une qualité de 80 ici et la même ailleurs", []),
    ("less than 0 or greater than 0 or equal to 0", "négatif ou positif", ["missing 0"]),
    ("Value range is from 0 to 10.", "La plage de valeurs.", ["missing from 0 to 10"]),
    ("GIMP comes with 56 brushes.", "GIMP a des brosses.", ["missing 56"]),
    ("Debian is 100% free", "Debian est libre à 100 %", []),
    ("one thousand, two hundred, thirty-four votes", "1 234 voix", []),
    ("1,234 votes", "mille, deux cents, trente-quatre voix", []),
    (
        "one thousand, two hundred, thirty-four votes",
        "1 243 voix",
        ["mismatch one thousand, two hundred, thirty-four / 1 243"],
    ),
    ("three modes", "trois modes", []),
    ("five modes", "six modes", ["mismatch five / six"]),
    ("eight tools", "douze outils", ["mismatch eight / douze"]),
    ("4294967295", "42949672295", ["mismatch 4294967295 / 42949672295"]),
    # gimp-help, as translated: an approximate numeral, an idiom, a bare 1
    (
        "This brings up the Advanced Options dialog, which allows you to set 20 different options.",
        "Ce dialogue vous offre une vingtaine d’options aux noms ésotériques.",
        [],
    ),
    (
        "it allows you to set 20 options",
        "il offre une trentaine d’options",
        ["mismatch 20 / une trentaine"],
    ),
    (
        "a compatibility layer for 3rd party developers",
        "une couche pour les développeurs tiers",
        [],
    ),
    ("the 3rd party and the 3rd option", "le tiers et la option", ["missing 3rd"]),
    (
        "All selection tools now have mode buttons. In GIMP 1 the only way was to use Ctrl.",
        "Tous les outils de sélection ont maintenant trois boutons pour changer de mode.",
        [],
    ),
    ("1 region", "deux régions", []),
    # an identifier of two numbers that the other side writes as a range
    (
        "all pixels whose distance is 0.5 or more, on a [0,1] scale",
        "sur une échelle de 0 à 1",
        ["missing 0.5"],
    ),
    (
        "if you work on 16-/32-bit per channel float images",
        "sur des images en 16-32 bits par canal",
        [],
    ),
    ("on a [0,2] scale", "sur une échelle de 0 à 1", ["extra de 0 à 1"]),
    # debian-reference ch01-02: a number the side also glues in a paired identifier
    (
        "This numeric mode uses 3 to 4 digit wide octal (radix=8) numbers.",
        "Ce mode numérique utilise des nombres en base 8 (radix=8) codés sur 3 ou 4 chiffres.",
        [],
    ),
    ("octal (radix=8) numbers", "des nombres en base 9 (radix=8)", ["extra 9"]),
]

_REVERSED = {"missing": "extra", "extra": "missing", "mismatch": "mismatch"}


def _findings(result: FigureMatching, reverse: bool = False) -> list[str]:
    out = [f"mismatch {m.source.text} / {m.target.text}" for m in result.mismatched]
    if reverse:
        out = [f"mismatch {m.target.text} / {m.source.text}" for m in result.mismatched]
    out += [f"{'extra' if reverse else 'missing'} {f.text}" for f in result.missing]
    out += [f"{'missing' if reverse else 'extra'} {f.text}" for f in result.extra]
    return sorted(out)


@pytest.mark.parametrize(("english", "french", "expected"), PAIRS)
def test_english_to_french(english: str, french: str, expected: list[str]) -> None:
    result = match_figures(figures_of(english, "en"), figures_of(french, "fr"))
    assert _findings(result) == sorted(expected)


@pytest.mark.parametrize(("english", "french", "expected"), PAIRS)
def test_french_to_english(english: str, french: str, expected: list[str]) -> None:
    result = match_figures(figures_of(french, "fr"), figures_of(english, "en"))
    assert _findings(result, reverse=True) == sorted(expected)


def test_pairs_table_is_large_enough() -> None:
    assert len(PAIRS) >= 80
    assert sum(1 for *_, expected in PAIRS if expected) >= 25


@pytest.mark.parametrize(
    ("english", "french", "reason"),
    [
        ("54.1%", "45,1 %", "value differs"),
        ("198.1 billion KRW", "198,1 billions de KRW", "scale differs: billion vs trillion"),
        ("20 km", "20 m", "unit differs: km vs m"),
        ("US$20", "20 $ CA", "currency differs: USD vs CAD"),
        ("€45", "45 $", "currency differs: EUR vs $"),
        ("-15", "15", "sign differs"),
        ("54.1%", "54,1 km", "unit differs: % vs km"[:0] + "kind differs: percent vs quantity"),
        ("between 2020 and 2024", "entre 2020 et 2025", "range differs"),
        ("May 2025", "juin 2025", "date differs"),
        ("April 16 to 24", "du 16 au 25 avril", "date differs"),
        ("in 2023", "en avril 2024", "date differs"),
        ("du(8)", "du(1)", "identifier differs"),
        ("Chapter 3", "Chapitre 30", "reference differs"),
        ("kernel 2.6.32", "noyau 2.6.23", "version differs"),
        ("at 5 p.m.", "à 18 h", "time differs"),
        ("from 9 a.m. to 5 p.m.", "de 9 h à 18 h", "range differs"),
    ],
)
def test_mismatch_reasons(english: str, french: str, reason: str) -> None:
    result = match_figures(figures_of(english, "en"), figures_of(french, "fr"))
    assert [m.reason for m in result.mismatched] == [reason]


def test_every_figure_is_used_once() -> None:
    source = figures_of("10, 10 and 20 km", "en")
    target = figures_of("10 et 20 km", "fr")
    result = match_figures(source, target)
    assert [(a.text, b.text) for a, b in result.matched] == [("10", "10"), ("20 km", "20 km")]
    assert result.missing == ()  # the second 10 repeats a matched figure


def test_a_swap_is_two_mismatches() -> None:
    result = match_figures(figures_of("20 km and 54.1%", "en"), figures_of("54,1 km et 20 %", "fr"))
    assert len(result.mismatched) == 2
    assert {m.source.text for m in result.mismatched} == {"20 km", "54.1%"}
    assert {m.target.text for m in result.mismatched} == {"54,1 km", "20 %"}
    assert result.missing == result.extra == ()


def test_empty_sides() -> None:
    figures = figures_of("20 km in 2025", "en")
    assert match_figures(figures, ()).missing == figures
    assert match_figures((), figures).extra == figures
    assert match_figures((), ()) == FigureMatching((), (), (), ())


# ---------------------------------------------------------------------------
# The seed pair: its aligned paragraphs give no figure finding at all.


def _seed_paragraphs(lang: str) -> list[str]:
    text = (SEEDS / f"qkba-2025.{lang}.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")
def test_seed_pair_has_no_finding() -> None:
    english, french = _seed_paragraphs("en"), _seed_paragraphs("fr")
    # Paragraphs with figures, aligned by hand (English line, French line).
    alignment = [(4, 3), (6, 5), (10, 9), (11, 10), (12, 11)]
    for en, fr in alignment:
        result = match_figures(figures_of(english[en], "en"), figures_of(french[fr], "fr"))
        assert (result.mismatched, result.missing, result.extra) == ((), (), ()), (en, fr)
        assert result.matched
    whole = match_figures(
        figures_of(" ".join(english[4:]), "en"), figures_of(" ".join(french[3:]), "fr")
    )
    assert (whole.mismatched, whole.missing, whole.extra) == ((), (), ())


def test_big_paragraphs_stay_near_linear() -> None:
    english = " ".join(f"item {i} costs {i * 3}.5 km in May {1990 + i % 30}" for i in range(3000))
    french = english.replace(".5", ",5")
    started = time.perf_counter()
    source, target = figures_of(english, "en"), figures_of(french, "fr")
    result = match_figures(source, target)
    assert len(source) == len(target) == 9000
    # French has no "May": its years match the English months of those years
    assert len(result.matched) == 9000
    assert all(a.text.endswith(b.text) for a, b in result.matched if a.kind == "date")
    assert time.perf_counter() - started < 10
