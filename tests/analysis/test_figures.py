"""Figures: extraction from one paragraph.

The tables read as examples of behaviour: a sentence and the figures found in
it, in either language.
"""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from babel.numbers import format_currency, format_decimal, format_percent
from hypothesis import given, settings
from hypothesis import strategies as st

from translint.analysis.figures import figures_of
from translint.compare.figures import match_figures
from translint.model import Figure
from translint.report.figures import describe

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
    # an idiom, not a thousand (2018-03-15-old-habits-die-hard, canada-blog)
    ("fr", "a frappé en plein dans le mille :", []),
    ("fr", "il y a mille personnes", [("mille", "count", "1000", None, None)]),
    # every typesetter's space groups digits: thin, figure, hair, punctuation
    ("fr", "58\u2009469 personnes", [("58\u2009469", "count", "58469", None, None)]),
    ("en", "58\u2009469 people", [("58\u2009469", "count", "58469", None, None)]),
    ("fr", "Il coûte 5\u2007500.", [("5\u2007500", "count", "5500", None, None)]),
    ("fr", "Il coûte 5\u200a500.", [("5\u200a500", "count", "5500", None, None)]),
    ("fr", "Il coûte 5\u2008500.", [("5\u2008500", "count", "5500", None, None)]),
    (
        "fr",
        "1\u2009250\u2009000,5 km",
        [("1\u2009250\u2009000,5 km", "quantity", "1250000.5", "km", None)],
    ),
    ("fr", "une hausse de 54,1\u2009%", [("54,1\u2009%", "percent", "54.1", None, None)]),
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
    (
        "en",
        "one thousand, two hundred, thirty-four votes",
        [("one thousand, two hundred, thirty-four", "count", "1234", None, None)],
    ),
    (
        "fr",
        "mille, deux cents, trente-quatre voix",
        [("mille, deux cents, trente-quatre", "count", "1234", None, None)],
    ),
    (
        "en",
        "one, two, three",
        [
            ("one", "count", "1", None, None),
            ("two", "count", "2", None, None),
            ("three", "count", "3", None, None),
        ],
    ),
    (
        "en",
        "two hundred, three hundred",
        [
            ("two hundred", "count", "200", None, None),
            ("three hundred", "count", "300", None, None),
        ],
    ),
    (
        "en",
        "twenty, thirty, forty",
        [
            ("twenty", "count", "20", None, None),
            ("thirty", "count", "30", None, None),
            ("forty", "count", "40", None, None),
        ],
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
    ("en", "In June of 2018, we", [("June of 2018", "date", "20180600", None, None)]),
    ("en", "since January of 2018", [("January of 2018", "date", "20180100", None, None)]),
    ("en", "on the 1st of June", [("1st of June", "date", "601", None, None)]),
    ("en", "the top 10 of June", [("10", "count", "10", None, None)]),
    ("en", "filed Dec/02/2019", [("Dec/02/2019", "date", "20191202", None, None)]),
    ("en", "filed Dec-02-2019", [("Dec-02-2019", "date", "20191202", None, None)]),
    # a range of days in one month is one date with an end day
    ("en", "July 4 to 17", [("July 4 to 17", "date", "704", None, None)]),
    ("en", "April 16 to 24", [("April 16 to 24", "date", "416", None, None)]),
    ("en", "April 16-24", [("April 16-24", "date", "416", None, None)]),
    ("en", "from May 14 to 19.", [("from May 14 to 19", "date", "514", None, None)]),
    ("en", "June 8 to 10, 2020", [("June 8 to 10, 2020", "date", "20200608", None, None)]),
    (
        "en",
        "between December 11 and 14",
        [("between December 11 and 14", "date", "1211", None, None)],
    ),
    ("fr", "du 4 au 17 juillet", [("du 4 au 17 juillet", "date", "704", None, None)]),
    ("fr", "Du 16 au 24 avril", [("Du 16 au 24 avril", "date", "416", None, None)]),
    ("fr", "16-24 avril", [("16-24 avril", "date", "416", None, None)]),
    ("fr", "du 8 au 10 juin 2020", [("du 8 au 10 juin 2020", "date", "20200608", None, None)]),
    (
        "fr",
        "Entre le 11 et le 14 décembre",
        [("Entre le 11 et le 14 décembre", "date", "1211", None, None)],
    ),
    # two days of one month listed are two dates
    (
        "en",
        "April 6,8",
        [("April 6", "date", "406", None, None), ("8", "date", "408", None, None)],
    ),
    (
        "fr",
        "les 6 et 8 avril 2020",
        [("6", "date", "20200406", None, None), ("8 avril 2020", "date", "20200408", None, None)],
    ),
    ("en", "April 2,500 visits", [("2,500", "count", "2500", None, None)]),
    (
        "en",
        "June 8, 10 people",
        [("June 8", "date", "608", None, None), ("10", "count", "10", None, None)],
    ),
    (
        "en",
        "April 24 to 16",
        [("April 24", "date", "424", None, None), ("16", "count", "16", None, None)],
    ),
    (
        "fr",
        "4 au 17 juillet",
        [("4", "count", "4", None, None), ("17 juillet", "date", "717", None, None)],
    ),
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
    # times of day: HHMM on a 24-hour clock; French "17 h" alone is also hours
    ("en", "at 5:00 pm", [("5:00 pm", "time", "1700", None, None)]),
    ("en", "at 5 p.m. sharp", [("5 p.m.", "time", "1700", None, None)]),
    ("en", "at 2 P.M.", [("2 P.M.", "time", "1400", None, None)]),
    ("en", "until 12pm ET", [("12pm", "time", "1200", None, None)]),
    ("en", "from 12 a.m.", [("12 a.m.", "time", "0", None, None)]),
    ("en", "at 9:15 a.m.", [("9:15 a.m.", "time", "915", None, None)]),
    ("en", "at 10:30 today", [("10:30", "time", "1030", None, None)]),
    ("fr", "à 17 h 30", [("17 h 30", "time", "1730", None, None)]),
    ("fr", "à 17h30", [("17h30", "time", "1730", None, None)]),
    ("fr", "à 17 h", [("17 h", "quantity", "17", "h", None)]),
    (
        "fr",
        "en 1 h 30 min",
        [("1 h", "quantity", "1", "h", None), ("30 min", "quantity", "30", "min", None)],
    ),
    ("en", "at 11:59:01 UTC", [("11:59:01", "identifier", "115901", None, None)]),
    ("en", "a 16:9 screen", [("16:9", "identifier", "169", None, None)]),
    ("en", "13 p.m.", [("13", "count", "13", None, None)]),
    ("en", "from 9 a.m. to 5 p.m.", [("from 9 a.m. to 5 p.m.", "range", "900", None, None)]),
    ("en", "from 9 to 5 p.m.", [("from 9 to 5 p.m.", "range", "900", None, None)]),
    ("en", "from 1 to 5 p.m.", [("from 1 to 5 p.m.", "range", "1300", None, None)]),
    ("fr", "de 9 h à 17 h 30", [("de 9 h à 17 h 30", "range", "900", None, None)]),
    ("fr", "de 9 h à 17 h", [("de 9 h à 17 h", "range", "9", "h", None)]),
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
    ("fr", "d'une à cinq fois", [("d'une à cinq", "range", "1", None, None)]),
    ("fr", "d’une à cinq fois", [("d’une à cinq", "range", "1", None, None)]),
    ("fr", "de une à deux heures", [("de une à deux heures", "range", "1", "h", None)]),
    ("fr", "entre une et deux fois", [("entre une et deux", "range", "1", None, None)]),
    ("fr", "un à un", []),
    ("fr", "une douzaine d'œufs", [("une douzaine", "count", "12", None, None)]),
    ("fr", "plus d'un million", [("un million", "count", "1000000", None, None)]),
    ("fr", "qu'une fois", []),
    ("en", "on one's own", []),
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
        ("fr", "54,1\u2009%", "style", "comma"),
        ("fr", "58\u2009469", "style", "comma"),
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
        (
            "fr",
            "du 4 au 17 juillet 2024",
            "extra",
            (("year", "2024"), ("month", "7"), ("day", "4"), ("end_day", "17")),
        ),
        ("en", "kernel 2.6.32", "extra", (("text", "2.6.32"),)),
        ("en", "9 a.m. to 5:30 p.m.", "extra", (("end", "1730"), ("of", "time"))),
        ("en", "in FY 2026-27", "extra", (("end", "2027"),)),
        ("en", "the 1999-00 season", "extra", (("end", "2000"),)),
        ("en", "the range 20-27", "extra", (("end", "27"),)),
        ("en", "5 p.m.", "extra", ()),
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


def test_figures_are_figures() -> None:
    assert all(isinstance(f, Figure) for f in figures_of("10 km", "en"))
