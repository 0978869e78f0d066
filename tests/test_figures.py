"""Figures: extraction from one paragraph, and matching across a translation.

The tables read as examples of behaviour: a sentence and the figures found in
it, an English/French pair and the findings it deserves.
"""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import format_currency, format_decimal, format_percent
from hypothesis import given, settings
from hypothesis import strategies as st

from translint.analysis.figures import (
    FigureMatching,
    describe,
    figures_of,
    match_figures,
)
from translint.model import Figure

from .conftest import needs_corpora

SEEDS = Path(__file__).resolve().parents[1] / "corpora" / "seed"

# ---------------------------------------------------------------------------
# Extraction: (lang, text, [(span, kind, value, unit, currency), ...])

EXTRACTION = [
    # separators, both languages
    ("en", "It costs 1,250,000 a year.", [("1,250,000", "count", "1250000", None, None)]),
    ("fr", "Il coûte 1 250 000 par an.", [("1 250 000", "count", "1250000", None, None)]),
    (
        "fr",
        "Il coûte 1\u00a0250\u00a0000.",
        [("1\u00a0250\u00a0000", "count", "1250000", None, None)],
    ),
    (
        "fr",
        "Il coûte 1\u202f250\u202f000.",
        [("1\u202f250\u202f000", "count", "1250000", None, None)],
    ),
    ("en", "A ratio of 3.5 here.", [("3.5", "count", "3.5", None, None)]),
    ("fr", "Un ratio de 3,5 ici.", [("3,5", "count", "3.5", None, None)]),
    ("en", "Exactly 1,250 units.", [("1,250", "count", "1250", None, None)]),
    ("fr", "Exactement 1,250 unité.", [("1,250", "count", "1.25", None, None)]),
    ("fr", "Une valeur de 1.5 laissée en anglais.", [("1.5", "count", "1.5", None, None)]),
    ("en", "It has 4374 lines.", [("4374", "count", "4374", None, None)]),
    ("fr", "Il a 4 374 lignes.", [("4 374", "count", "4374", None, None)]),
    (
        "en",
        "Values 1,234.5 and 0.75.",
        [("1,234.5", "count", "1234.5", None, None), ("0.75", "count", "0.75", None, None)],
    ),
    # percentages
    ("en", "a 54.1% increase", [("54.1%", "percent", "54.1", None, None)]),
    ("fr", "une hausse de 54,1 %", [("54,1 %", "percent", "54.1", None, None)]),
    ("fr", "un kilomètre et une fois", [("un kilomètre", "quantity", "1", "km", None)]),
    ("en", "rose 54.1 per cent", [("54.1 per cent", "percent", "54.1", None, None)]),
    ("en", "rose 7 percent", [("7 percent", "percent", "7", None, None)]),
    ("fr", "hausse de 54,1 pour cent", [("54,1 pour cent", "percent", "54.1", None, None)]),
    ("en", "up 3 percentage points", [("3 percentage points", "percent", "3", "pp", None)]),
    (
        "fr",
        "hausse de 3 points de pourcentage",
        [("3 points de pourcentage", "percent", "3", "pp", None)],
    ),
    # scale words
    ("en", "198.1 billion KRW", [("198.1 billion KRW", "money", "198100000000", None, "KRW")]),
    (
        "fr",
        "198,1 milliards de KRW",
        [("198,1 milliards de KRW", "money", "198100000000", None, "KRW")],
    ),
    ("fr", "3 billions d'euros", [("3 billions d'euros", "money", "3000000000000", None, "EUR")]),
    ("en", "3 trillion dollars", [("3 trillion dollars", "money", "3000000000000", None, "$")]),
    ("en", "0.75 billion people", [("0.75 billion", "count", "750000000", None, None)]),
    ("en", "750 million people", [("750 million", "count", "750000000", None, None)]),
    (
        "en",
        "10k users and 3bn hits",
        [("10k", "count", "10000", None, None), ("3bn", "count", "3000000000", None, None)],
    ),
    (
        "fr",
        "3 Md$ et 2 G$",
        [("3 Md$", "money", "3000000000", None, "$"), ("2 G$", "money", "2000000000", None, "$")],
    ),
    # currencies
    ("en", "$3.5 million", [("$3.5 million", "money", "3500000", None, "$")]),
    ("fr", "3,5 millions de dollars", [("3,5 millions de dollars", "money", "3500000", None, "$")]),
    ("en", "€45 each", [("€45", "money", "45", None, "EUR")]),
    ("fr", "45 € chacun", [("45 €", "money", "45", None, "EUR")]),
    (
        "en",
        "US$ 4 and CA$5 and C$6",
        [
            ("US$ 4", "money", "4", None, "USD"),
            ("CA$5", "money", "5", None, "CAD"),
            ("C$6", "money", "6", None, "CAD"),
        ],
    ),
    (
        "fr",
        "4 $ US et 5 $ CA",
        [("4 $ US", "money", "4", None, "USD"), ("5 $ CA", "money", "5", None, "CAD")],
    ),
    (
        "fr",
        "20 millions de dollars canadiens",
        [("20 millions de dollars canadiens", "money", "20000000", None, "CAD")],
    ),
    (
        "en",
        "USD 20 and 30 CAD",
        [("USD 20", "money", "20", None, "USD"), ("30 CAD", "money", "30", None, "CAD")],
    ),
    # units
    ("en", "over 20 km", [("20 km", "quantity", "20", "km", None)]),
    ("fr", "sur 20 kilomètres", [("20 kilomètres", "quantity", "20", "km", None)]),
    (
        "en",
        "20 kilometres or 20 kilometers",
        [
            ("20 kilometres", "quantity", "20", "km", None),
            ("20 kilometers", "quantity", "20", "km", None),
        ],
    ),
    ("en", "a 20km run", [("20km", "quantity", "20", "km", None)]),
    ("fr", "4 Go de mémoire", [("4 Go", "quantity", "4", "GB", None)]),
    ("en", "a 32-bit system", [("32-bit", "quantity", "32", "bit", None)]),
    ("en", "at 25 °C", [("25 °C", "quantity", "25", "°C", None)]),
    (
        "fr",
        "10 MW et 5 heures",
        [("10 MW", "quantity", "10", "MW", None), ("5 heures", "quantity", "5", "h", None)],
    ),
    ("en", "12 miles away", [("12 miles", "quantity", "12", "mi", None)]),
    # number words
    ("en", "ten key assignments", [("ten", "count", "10", None, None)]),
    ("fr", "dix missions", [("dix", "count", "10", None, None)]),
    ("fr", "dix-huit ans", [("dix-huit ans", "quantity", "18", "yr", None)]),
    ("fr", "quatre-vingt-dix jours", [("quatre-vingt-dix jours", "quantity", "90", "d", None)]),
    ("en", "twelve months", [("twelve months", "quantity", "12", "mo", None)]),
    ("en", "three million dollars", [("three million dollars", "money", "3000000", None, "$")]),
    (
        "fr",
        "trois millions de dollars",
        [("trois millions de dollars", "money", "3000000", None, "$")],
    ),
    ("en", "one of the most critical areas", []),
    ("en", "no one knows", []),
    ("en", "thousands of users", []),
    ("fr", "des milliers d'utilisateurs", []),
    ("fr", "cinq pour cent", [("cinq pour cent", "percent", "5", None, None)]),
    ("en", "a million people", [("a million", "count", "1000000", None, None)]),
    ("en", "the I/O port", []),
    # years, dates, ordinals
    ("en", "by 2035", [("2035", "year", "2035", None, None)]),
    ("en", "2048 pixels", [("2048 pixels", "quantity", "2048", "px", None)]),
    ("en", "in the 1990s", [("1990s", "year", "1990", None, None)]),
    ("en", "(May 2025)", [("May 2025", "date", "20250500", None, None)]),
    ("fr", "(mai 2025)", [("mai 2025", "date", "20250500", None, None)]),
    ("en", "you may 2 times", [("2", "count", "2", None, None)]),
    ("en", "on 7 September 2025", [("7 September 2025", "date", "20250907", None, None)]),
    ("en", "on September 7, 2025", [("September 7, 2025", "date", "20250907", None, None)]),
    ("fr", "le 7 septembre 2025", [("7 septembre 2025", "date", "20250907", None, None)]),
    ("fr", "le 7 sept. 2025", [("7 sept. 2025", "date", "20250907", None, None)]),
    ("fr", "le 1er mai", [("1er mai", "date", "501", None, None)]),
    ("en", "released 2016-03", [("2016-03", "date", "20160300", None, None)]),
    (
        "en",
        "the 3rd and 21st",
        [("3rd", "ordinal", "3", None, None), ("21st", "ordinal", "21", None, None)],
    ),
    (
        "fr",
        "le 3e et le 1er",
        [("3e", "ordinal", "3", None, None), ("1er", "ordinal", "1", None, None)],
    ),
    ("fr", "la troisième fois", [("troisième", "ordinal", "3", None, None)]),
    ("fr", "Le chat du XIXe siècle", [("XIXe", "ordinal", "19", None, None)]),
    ("fr", "Ce fichier, Me Dupont et Mme Lee", []),
    # signs, ranges, versions, identifiers
    (
        "en",
        "down to -15 and \u22123.5",
        [("-15", "count", "-15", None, None), ("\u22123.5", "count", "-3.5", None, None)],
    ),
    ("en", "in 2020\u20132024", [("2020\u20132024", "range", "2020", None, None)]),
    ("en", "between 2020 and 2024", [("between 2020 and 2024", "range", "2020", None, None)]),
    ("fr", "entre 2020 et 2024", [("entre 2020 et 2024", "range", "2020", None, None)]),
    ("fr", "de 5 à 10 km", [("de 5 à 10 km", "range", "5", "km", None)]),
    ("en", "the range 0-65535", [("0-65535", "range", "0", None, None)]),
    ("en", "kernel 2.6.32 here", [("2.6.32", "version", "2", None, None)]),
    ("en", "see Section 2.3", [("2.3", "identifier", "2.3", None, None)]),
    ("en", "RFC 2822 mail", [("2822", "identifier", "2822", None, None)]),
    (
        "en",
        "x86_64 /dev/sda1 ext4 mp3 ISO-8859-1 -j4",
        [
            ("x86_64", "identifier", "8664", None, None),
            ("/dev/sda1", "identifier", "1", None, None),
            ("ext4", "identifier", "4", None, None),
            ("mp3", "identifier", "3", None, None),
            ("ISO-8859-1", "identifier", "88591", None, None),
            ("j4", "identifier", "4", None, None),
        ],
    ),
    (
        "en",
        "see du(8) and 192.168.0.1",
        [
            ("du(8)", "identifier", "8", None, None),
            ("192.168.0.1", "identifier", "19216801", None, None),
        ],
    ),
    ("en", "run chmod 755 now", [("755", "count", "755", None, None)]),
    (
        "en",
        "a 3D brush, 5x5 matrix, [0,1] scale",
        [
            ("3D", "identifier", "3", None, None),
            ("5x5", "identifier", "55", None, None),
            ("0,1", "identifier", "1", None, None),
        ],
    ),
    ("en", "call 514-555-1234", [("514-555-1234", "identifier", "5145551234", None, None)]),
    ("en", "", []),
    ("en", "No figure here.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EXTRACTION)
def test_figures_of(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    found = [(f.text, f.kind, str(f.value), f.unit, f.currency) for f in figures_of(text, lang)]
    assert found == [(s, k, str(Decimal(v)), u, c) for s, k, v, u, c in expected]


@pytest.mark.parametrize(
    ("lang", "text", "field", "expected"),
    [
        ("en", "198.1 billion KRW", "scale", 10**9),
        ("fr", "3 billions", "scale", 10**12),
        ("en", "3 trillion", "scale", 10**12),
        ("en", "54.1%", "style", "point"),
        ("fr", "54,1 %", "style", "comma"),
        ("en", "1,250,000", "style", "point"),
        ("fr", "1 250 000", "style", "comma"),
        ("en", "2035", "style", None),
        ("fr", "45 €", "style", "comma"),
        ("en", "€45", "style", "point"),
        ("en", "ten", "written", "words"),
        ("en", "10", "written", "digits"),
        ("en", "3.5 million", "written", "mixed"),
        ("en", "between 2020 and 2024", "extra", (("end", "2024"),)),
        ("en", "7 September 2025", "extra", (("year", "2025"), ("month", "9"), ("day", "7"))),
        ("en", "kernel 2.6.32", "extra", (("text", "2.6.32"),)),
    ],
)
def test_figure_fields(lang: str, text: str, field: str, expected: object) -> None:
    (figure,) = figures_of(text, lang)
    assert getattr(figure, field) == expected


def test_offsets_point_into_the_text() -> None:
    text = "Le 7 sept. 2025, KRISS a lancé dix missions et 54,1 % (198,1 milliards de KRW)."
    for figure in figures_of(text, "fr"):
        assert text[figure.start : figure.end] == figure.text


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="xx"):
        figures_of("12", "xx")


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
    ("the 3rd argument", "le 3e paramètre", []),
    ("the 3rd argument", "le troisième paramètre", []),
    ("the 1st time", "la 1re fois", []),
    ("the 1st time", "le 1er essai", []),
    ("in the 21st century", "au XXIe siècle", []),
    ("in the 21st century", "au XXe siècle", ["mismatch 21st / XXe"]),
    ("in 1970", "en 1970", []),
    ("in 1970", "en 1971", ["mismatch 1970 / 1971"]),
    # signs, ranges
    ("down to -15", "jusqu’à \u221215", []),
    ("down to -15", "jusqu’à 15", ["mismatch -15 / 15"]),
    ("2020–2024", "entre 2020 et 2024", []),
    ("between 2020 and 2024", "de 2020 à 2024", []),
    ("from 2020 to 2024", "2020-2024", []),
    ("the range 0-65535", "l’intervalle 0-35.535", ["mismatch 0-65535 / 0-35.535"]),
    (
        "values from 128 to 255",
        "valeurs entre 1288 et 255",
        ["mismatch from 128 to 255 / entre 1288 et 255"],
    ),
    ("values from 0 to 127", "des valeurs 0 et 127", []),
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
    ("chmod 755 file", "chmod 755 fichier", []),
    ("call 514-555-1234", "appelez le 514 555-1234", []),
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
    ("three modes", "trois modes", []),
    ("five modes", "six modes", ["mismatch five / six"]),
    ("eight tools", "douze outils", ["mismatch eight / douze"]),
    ("4294967295", "42949672295", ["mismatch 4294967295 / 42949672295"]),
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
        ("du(8)", "du(1)", "identifier differs"),
        ("kernel 2.6.32", "noyau 2.6.23", "version differs"),
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


# ---------------------------------------------------------------------------
# describe


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "198,1 milliards de KRW", "198.1 billion KRW"),
        ("en", "54.1%", "54.1%"),
        ("fr", "54,1 %", "54.1%"),
        ("en", "$3.5 million", "$3.5 million"),
        ("en", "20 km", "20 km"),
        ("en", "1,250,000", "1,250,000"),
        ("en", "2035", "2035"),
        ("fr", "7 septembre 2025", "7 September 2025"),
        ("fr", "le 3e", "3rd"),
        ("en", "between 2020 and 2024", "2020–2024"),
        ("en", "3 percentage points", "3 percentage points"),
        ("en", "kernel 2.6.32", "2.6.32"),
    ],
)
def test_describe(lang: str, text: str, expected: str) -> None:
    (figure,) = [f for f in figures_of(text, lang) if f.written != "words" or f.value != 1]
    assert describe(figure) == expected


# ---------------------------------------------------------------------------
# Properties

decimals = st.decimals(
    min_value=Decimal("-999999999999"),
    max_value=Decimal("999999999999"),
    places=3,
    allow_nan=False,
    allow_infinity=False,
)


@settings(max_examples=300, deadline=None)
@given(value=decimals, lang=st.sampled_from(["en", "fr"]))
def test_babel_numbers_parse_back(value: Decimal, lang: str) -> None:
    text = format_decimal(value, locale=lang)
    figures = figures_of(f"Il y a {text} ici." if lang == "fr" else f"There are {text} here.", lang)
    numbers = [f for f in figures if f.written == "digits"]
    assert len(numbers) == 1, (text, figures)
    assert numbers[0].value == value
    assert numbers[0].text == text


@settings(max_examples=200, deadline=None)
@given(
    value=st.decimals(
        min_value=0, max_value=Decimal("99999"), places=1, allow_nan=False, allow_infinity=False
    ),
    lang=st.sampled_from(["en", "fr"]),
)
def test_babel_percentages_parse_back(value: Decimal, lang: str) -> None:
    text = format_percent(
        value / 100, locale=lang, format="#,##0.0%" if lang == "en" else "#,##0.0\u00a0%"
    )
    (figure,) = [f for f in figures_of(text, lang) if f.written == "digits"]
    assert (figure.kind, figure.value) == ("percent", value)


@settings(max_examples=200, deadline=None)
@given(
    value=st.decimals(
        min_value=0, max_value=Decimal("999999"), places=2, allow_nan=False, allow_infinity=False
    ),
    lang=st.sampled_from(["en", "fr"]),
    currency=st.sampled_from(["EUR", "USD", "CAD", "KRW", "GBP"]),
)
def test_babel_money_parses_back(value: Decimal, lang: str, currency: str) -> None:
    text = format_currency(value, currency, locale=lang)
    (figure,) = [f for f in figures_of(text, lang) if f.written == "digits"]
    assert figure.kind == "money"
    expected = value.quantize(Decimal(1)) if currency == "KRW" else value
    assert figure.value == expected, text
    assert figure.currency in (currency, "$")


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200), lang=st.sampled_from(["en", "fr"]))
def test_arbitrary_text_never_raises(text: str, lang: str) -> None:
    figures = figures_of(text, lang)
    last_end = 0
    for figure in figures:
        assert figure.start >= last_end
        assert text[figure.start : figure.end] == figure.text
        last_end = figure.end
        describe(figure)
    match_figures(figures, figures_of(text[::-1], "fr" if lang == "en" else "en"))


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="0123456789 ,.-–%$€kmMgbn°CKRWUSD\u00a0\u202fabcx/_()", max_size=60),
    lang=st.sampled_from(["en", "fr"]),
)
def test_number_like_text_never_raises(text: str, lang: str) -> None:
    figures = figures_of(text, lang)
    assert all(text[f.start : f.end] == f.text for f in figures)
    assert match_figures(figures, figures).missing == ()


def test_long_documents_stay_fast() -> None:
    paragraph = (
        "In 2025 the 54.1% increase (198.1 billion KRW) funded ten projects over 20 km, "
        "see /dev/sda1 and Section 2.3, one of the most important of the 1,250,000 items. "
    )
    started = time.perf_counter()
    for _ in range(2000):  # about 60,000 words
        figures_of(paragraph, "en")
    assert time.perf_counter() - started < 10


def test_big_paragraphs_stay_near_linear() -> None:
    english = " ".join(f"item {i} costs {i * 3}.5 km in May {1990 + i % 30}" for i in range(3000))
    french = english.replace(".5", ",5")
    started = time.perf_counter()
    source, target = figures_of(english, "en"), figures_of(french, "fr")
    result = match_figures(source, target)
    assert len(source) == len(target) == 9000
    assert len(result.matched) == 6000  # French has no "May": dates against years
    assert time.perf_counter() - started < 10


def test_figures_are_figures() -> None:
    assert all(isinstance(f, Figure) for f in figures_of("10 km", "en"))


@needs_corpora
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_paragraphs_without_a_number_word_skip_text2num_without_losing_figures(
    lang: str, monkeypatch
) -> None:
    """The text2num pre-filter changes nothing: every paragraph of the seed and of
    the corpora gives the same figures with it as when every paragraph goes
    through text2num, and some paragraphs do have numbers in words."""
    from translint.analysis import figures

    from .conftest import SEED, SHARED_CORPORA

    files = sorted(SHARED_CORPORA.glob(f"*/*/{lang}.txt")) + sorted(SEED.glob(f"*.{lang}.txt"))
    paragraphs = [p for f in files for p in f.read_text("utf-8").split("\n\n") if p.strip()]
    filtered = [figures_of(p, lang) for p in paragraphs]
    monkeypatch.setattr(figures, "_number_word", lambda word, lang: True)
    everything = [figures_of(p, lang) for p in paragraphs]
    assert filtered == everything
    assert sum(any(f.written == "words" for f in found) for found in filtered) >= 20
