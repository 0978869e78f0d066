"""The glossary-term rule, and the glossary silencing name-inconsistent, on real and small pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translint import Options, check
from translint.model import AnalysedParagraph, Paragraph, Report
from translint.rules.glossary import occurrences

from ..conftest import SEED_EN, SEED_FR
from ..conftest import run_cli as run


def glossary_file(tmp_path_factory: pytest.TempPathFactory, name: str, content: str) -> Path:
    path = tmp_path_factory.mktemp("glossary") / name
    path.write_text(content, encoding="utf-8")
    return path


def keys(report: Report) -> list[tuple[str, str, str, int | None, int | None]]:
    return [
        (
            f.rule,
            f.severity.value,
            f.message,
            f.source.paragraph if f.source else None,
            f.target.paragraph if f.target else None,
        )
        for f in report.findings
    ]


@pytest.fixture(scope="module")
def seed_plain() -> Report:
    return check(SEED_EN, SEED_FR)


@pytest.fixture(scope="module")
def seed_qkba(tmp_path_factory: pytest.TempPathFactory) -> Report:
    path = glossary_file(tmp_path_factory, "qkba.csv", "QKBA,AAQC\n")
    return check(SEED_EN, SEED_FR, Options(glossary=str(path)))


@pytest.fixture(scope="module")
def seed_mou(tmp_path_factory: pytest.TempPathFactory) -> Report:
    path = glossary_file(tmp_path_factory, "mou.csv", "source,target\nMOU,protocole d’entente\n")
    return check(SEED_EN, SEED_FR, Options(glossary=str(path)))


def test_a_glossary_entry_silences_name_inconsistent_and_nothing_else(
    seed_plain: Report, seed_qkba: Report
) -> None:
    assert [f.rule for f in seed_plain.findings].count("name-inconsistent") == 1
    expected = [k for k in keys(seed_plain) if k[0] != "name-inconsistent"]
    assert keys(seed_qkba) == expected
    # QKBA is rendered AAQC wherever it occurs: the glossary rule is satisfied.
    assert not [f for f in seed_qkba.findings if f.rule == "glossary-term"]
    assert seed_qkba.alignment == seed_plain.alignment


def test_mou_must_be_rendered_protocole_d_entente(seed_plain: Report, seed_mou: Report) -> None:
    found = [f for f in seed_mou.findings if f.rule == "glossary-term"]
    # English 25 (heading), 29 and 31 keep "MOU" in French; 26 has "protocole d’entente (MOU)".
    assert [(f.source.paragraph, f.target) for f in found if f.source] == [
        (25, None),
        (29, None),
        (31, None),
    ]
    for finding in found:
        assert finding.source is not None and finding.source.text == "MOU"
        assert finding.message == "MOU should be rendered “protocole d’entente” (glossary)"
        assert finding.severity.value == "error"
    others = [k for k in keys(seed_mou) if k[0] != "glossary-term"]
    assert others == keys(seed_plain)


SMALL_EN = (
    "Funding rose to 198.1 billion KRW this year, the ministry said in Seoul.\n"
    "The Sherbrooke Innovation Zone will host the new laboratory next spring.\n"
)
SMALL_FR = (
    "Le financement a atteint 198,1 billions de KRW cette année, a indiqué le ministère à Séoul.\n"
    "La zone d’innovation de Sherbrooke accueillera le nouveau laboratoire au printemps prochain.\n"
)


@pytest.fixture
def small_pair(tmp_path: Path) -> tuple[Path, Path]:
    en, fr = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    en.write_text(SMALL_EN, encoding="utf-8")
    fr.write_text(SMALL_FR, encoding="utf-8")
    return en, fr


def glossary_findings(source: Path, target: Path, glossary: Path) -> list[tuple]:
    report = check(source, target, Options(glossary=str(glossary)))
    return [
        (
            f.message,
            (f.source.paragraph, f.source.text) if f.source else None,
            (f.target.paragraph, f.target.text) if f.target else None,
        )
        for f in report.findings
        if f.rule == "glossary-term"
    ]


def test_forbidden_rendering_either_way_round(
    small_pair: tuple[Path, Path], tmp_path: Path
) -> None:
    en, fr = small_pair
    glossary = tmp_path / "g.csv"
    glossary.write_text("billion,billion,forbidden\n", encoding="utf-8")
    forbidden = "“billion” must not be rendered “billion” (glossary: forbidden)"
    assert glossary_findings(en, fr, glossary) == [(forbidden, (0, "billion"), (0, "billions"))]
    assert glossary_findings(fr, en, glossary) == [(forbidden, (0, "billions"), (0, "billion"))]


def test_do_not_translate(small_pair: tuple[Path, Path], tmp_path: Path) -> None:
    en, fr = small_pair
    glossary = tmp_path / "g.csv"
    glossary.write_text("Sherbrooke Innovation Zone,,dnt\n", encoding="utf-8")
    assert glossary_findings(en, fr, glossary) == [
        (
            "“Sherbrooke Innovation Zone” should stay “Sherbrooke Innovation Zone” "
            "(glossary: do not translate)",
            (1, "Sherbrooke Innovation Zone"),
            None,
        )
    ]
    kept = tmp_path / "kept.fr.txt"
    kept.write_text(
        SMALL_FR.replace("La zone d’innovation de Sherbrooke", "La Sherbrooke Innovation Zone"),
        "utf-8",
    )
    assert glossary_findings(en, kept, glossary) == []


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
  <conceptEntry id="billion">
    <langSec xml:lang="en-US"><termSec><term>billion</term></termSec></langSec>
    <langSec xml:lang="fr-CA">
      <termSec><term>milliard</term></termSec>
      <termSec><term>billion</term>
        <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
    </langSec>
  </conceptEntry>
</body></text></tbx>
"""


def test_tbx_required_and_deprecated_renderings(
    small_pair: tuple[Path, Path], tmp_path: Path
) -> None:
    en, fr = small_pair
    glossary = tmp_path / "g.tbx"
    glossary.write_text(TBX, encoding="utf-8")
    assert glossary_findings(en, fr, glossary) == [
        (
            "“billion” should be rendered “milliard”, not “billion” (glossary)",
            (0, "billion"),
            (0, "billions"),
        )
    ]
    right = tmp_path / "right.fr.txt"
    right.write_text(SMALL_FR.replace("billions", "milliards"), "utf-8")
    assert glossary_findings(en, right, glossary) == []
    # French to English: milliard asks for billion, which the English has.
    assert glossary_findings(right, en, glossary) == []


def paragraph(text: str, content_start: int = 0) -> AnalysedParagraph:
    return AnalysedParagraph(Paragraph(0, text, 0, len(text), content_start=content_start))


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ("MOU", "Le MOU et le tissu mou", ["MOU"]),  # acronyms: exact case
        ("MOU", "MOUs signed", []),
        ("Quebec", "le Québec et QUÉBEC", ["Québec", "QUÉBEC"]),  # words: case and accents
        ("Quebec", "Quebecers", []),  # whole words only
        ("protocole d'entente", "deux protocoles d’entente signés", ["protocoles d’entente"]),
        (
            "vice president",
            "le vice-président et le vice  président",
            ["vice-président", "vice  président"],
        ),
        ("œuvre", "la main d’oeuvre, la main d’œuvre", ["oeuvre", "œuvre"]),
        ("Sherbrooke", "• Sherbrooke", ["Sherbrooke"]),
    ],
)
def test_where_a_term_is_found(term: str, text: str, found: list[str]) -> None:
    assert [text[o.start : o.end] for o in occurrences(term, [paragraph(text)])] == found


def test_bullet_markers_are_not_searched() -> None:
    assert occurrences("-", [paragraph("- item", content_start=2)]) == []


@pytest.fixture
def clean_pair(tmp_path: Path) -> tuple[Path, Path]:
    en, fr = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    en.write_text("The council approved the budget of 3.5 million dollars in 2024.\n", "utf-8")
    fr.write_text("Le conseil a approuvé le budget de 3,5 millions de dollars en 2024.\n", "utf-8")
    return en, fr


@pytest.mark.parametrize(
    ("entry", "status", "rules"),
    [("council,conseil\n", 0, []), ("council,assemblée\n", 1, ["glossary-term"])],
)
def test_cli_glossary_sets_the_exit_status(
    capsys, tmp_path: Path, clean_pair: tuple[Path, Path], entry: str, status: int, rules: list
) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(entry, encoding="utf-8")
    en, fr = clean_pair
    code, out, err = run(
        ["check", str(en), str(fr), "--glossary", str(glossary), "--format", "json"], capsys
    )
    assert (code, err) == (status, "")
    assert [f["rule"] for f in json.loads(out)["findings"]] == rules


def test_cli_missing_glossary_is_exit_2_with_one_line(
    capsys, tmp_path: Path, clean_pair: tuple[Path, Path]
) -> None:
    en, fr = clean_pair
    missing = tmp_path / "nowhere.csv"
    code, out, err = run(["check", str(en), str(fr), "--glossary", str(missing)], capsys)
    assert code == 2
    assert out == ""
    assert err == f"translint: {missing}: glossary file not found\n"


def test_cli_bad_glossary_row_is_exit_2(
    capsys, tmp_path: Path, clean_pair: tuple[Path, Path]
) -> None:
    en, fr = clean_pair
    glossary = tmp_path / "g.csv"
    glossary.write_text("council,conseil\nbudget\n", encoding="utf-8")
    code, _, err = run(["check", str(en), str(fr), "--glossary", str(glossary)], capsys)
    assert code == 2
    assert err == (
        f"translint: {glossary}:2: a row needs an English and a French term (got 1 column)\n"
    )
