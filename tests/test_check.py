"""The whole check on the seed pair: what it must report, and what an edit must change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translint import Options, check
from translint.model import Finding, Report
from translint.report.json import report_dict

from .conftest import SEED, SEED_EN, SEED_FR


@pytest.fixture(scope="module")
def seed_report() -> Report:
    return check(SEED_EN, SEED_FR)


def rules_of(report: Report) -> list[tuple[str, int | None, int | None]]:
    return [
        (
            f.rule,
            f.source.paragraph if f.source else None,
            f.target.paragraph if f.target else None,
        )
        for f in report.findings
    ]


def only(report: Report, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.rule == rule]


def test_seed_report_matches_golden_file(seed_report: Report) -> None:
    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    actual = report_dict(seed_report)
    actual["source"]["path"] = expected["source"]["path"]
    actual["target"]["path"] = expected["target"]["path"]
    assert actual == expected


def test_seed_alignment_is_the_gold_one(seed_report: Report) -> None:
    gold = json.loads((SEED / "gold.json").read_text(encoding="utf-8"))
    assert [[list(g.source), list(g.target)] for g in seed_report.alignment] == gold


def test_seed_has_no_figure_finding(seed_report: Report) -> None:
    assert not [f for f in seed_report.findings if f.rule.startswith("figure-")]


def test_seed_reports_qkba_aaqc_once_with_its_places(seed_report: Report) -> None:
    (finding,) = only(seed_report, "name-inconsistent")
    assert finding.source is not None and finding.target is not None
    assert (finding.source.text, finding.source.paragraph) == ("QKBA", 4)
    assert (finding.target.text, finding.target.paragraph) == ("AAQC", 3)
    assert "4, 34" in finding.message and "3, 37" in finding.message


def test_seed_byline_is_missing_and_captions_are_extra_or_duplicate(seed_report: Report) -> None:
    assert [f.source.paragraph for f in only(seed_report, "missing-paragraph")] == [1, 2, 3]
    assert [f.target.paragraph for f in only(seed_report, "extra-paragraph")] == [12, 13, 30]
    duplicates = only(seed_report, "duplicate-paragraph")
    assert [f.target.paragraph for f in duplicates] == [14, 31]
    assert "repeats target paragraph 13" in duplicates[0].message


def test_seed_chrome_is_recognised_not_reported(seed_report: Report) -> None:
    assert seed_report.target_document is not None
    chrome = [p.index for p in seed_report.target_document.paragraphs if p.kind.value == "chrome"]
    assert chrome == [0, 1, 39]
    flagged = {f.target.paragraph for f in seed_report.findings if f.target}
    assert not flagged & set(chrome)


@pytest.mark.parametrize(
    ("old", "new", "source_text", "target_text", "paragraphs"),
    [
        ("54,1 %", "45,1 %", "54.1%", "45,1 %", (11, 10)),
        (
            "198,1 milliards",
            "198,1 billions",
            "198.1 billion KRW",
            "198,1 billions de KRW",
            (11, 10),
        ),
        ("dix missions", "onze missions", "10", "onze", (10, 9)),
        ("sur 20 km", "sur 20 m", "20 km", "20 m", (12, 11)),
        ("d’ici 2035", "d’ici 2036", "2035", "2036", (6, 5)),
    ],
)
def test_changed_french_figure_is_a_mismatch_at_the_right_place(
    french_with, old: str, new: str, source_text: str, target_text: str, paragraphs: tuple[int, int]
) -> None:
    report = check(SEED_EN, french_with(old, new))
    (finding,) = [f for f in report.findings if f.rule.startswith("figure-")]
    assert finding.rule == "figure-mismatch"
    assert finding.source is not None and finding.target is not None
    assert (finding.source.paragraph, finding.target.paragraph) == paragraphs
    assert finding.source.text == source_text
    assert finding.target.text == target_text
    assert report_text_at(report, finding) == (source_text, target_text)


def report_text_at(report: Report, finding: Finding) -> tuple[str, str]:
    """The spans a finding names, read back from the documents."""
    assert report.source_document and report.target_document
    assert finding.source and finding.target
    s = report.source_document.paragraphs[finding.source.paragraph].text
    t = report.target_document.paragraphs[finding.target.paragraph].text
    return (
        s[finding.source.start : finding.source.end],
        t[finding.target.start : finding.target.end],
    )


def test_deleted_french_paragraph_is_missing(french_with) -> None:
    paragraph = SEED_FR.read_text(encoding="utf-8").splitlines()[36]
    assert paragraph.startswith("Le Québec est reconnu")
    report = check(SEED_EN, french_with(paragraph + "\n", ""))
    assert ("missing-paragraph", 14, None) in rules_of(report)
    assert not [f for f in report.findings if f.rule.startswith("figure-")]


def _without_lines(first: int, last: int) -> str:
    lines = SEED_FR.read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first : last + 1])


def test_deleted_french_section_is_one_missing_section(french_with) -> None:
    section = _without_lines(41, 45)  # "Points Forts du Panel..." and its paragraph
    assert section.startswith("Points Forts du Panel")
    report = check(SEED_EN, french_with(section, ""))
    (finding,) = only(report, "missing-section")
    assert finding.source is not None
    assert (finding.source.paragraph, finding.source.last_paragraph) == (16, 17)
    assert "Panel Discussion Highlights" in finding.message
    assert not [f for f in only(report, "missing-paragraph") if f.source.paragraph in (16, 17)]


def test_deleted_section_next_to_inserted_captions(french_with) -> None:
    """Lexical anchors alone paired this section with the inserted captions beside it."""
    section = _without_lines(33, 39)  # "Le Rôle du Québec..." and its two paragraphs
    assert section.startswith("Le Rôle du Québec")
    report = check(SEED_EN, french_with(section, ""))
    (finding,) = only(report, "missing-section")
    assert (finding.source.paragraph, finding.source.last_paragraph) == (13, 15)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("Le maire Janghoon Lee", "Le maire Janghun Lee", ("Janghoon", "Janghun", 27, 28)),
        (
            "Le Dr Yonkyu Park, vice-président de l’Institut",
            "Le Dr Yongkyu Park, vice-président de l’Institut",
            ("Yonkyu", "Yongkyu", 6, 5),
        ),
    ],
)
def test_misspelt_french_name_is_a_name_mismatch(
    french_with, old: str, new: str, expected: tuple[str, str, int, int]
) -> None:
    report = check(SEED_EN, french_with(old, new))
    (finding,) = only(report, "name-mismatch")
    assert finding.source is not None and finding.target is not None
    assert (
        finding.source.text,
        finding.target.text,
        finding.source.paragraph,
        finding.target.paragraph,
    ) == expected


def test_french_as_source_finds_the_same_correspondence() -> None:
    report = check(SEED_FR, SEED_EN)
    assert (report.source.lang, report.target.lang) == ("fr", "en")
    (finding,) = only(report, "name-inconsistent")
    assert (finding.source.text, finding.target.text) == ("AAQC", "QKBA")
    assert [f.target.paragraph for f in only(report, "extra-paragraph")] == [1, 2, 3]
    assert not [f for f in report.findings if f.rule.startswith("figure-")]


def test_severity_override_and_rule_selection() -> None:
    options = Options(
        severities={"extra-paragraph": "error"}, ignore=frozenset({"name-inconsistent"})
    )
    report = check(SEED_EN, SEED_FR, options)
    assert {f.severity.value for f in only(report, "extra-paragraph")} == {"error"}
    assert not only(report, "name-inconsistent")


def test_inputs_are_not_modified(tmp_path: Path) -> None:
    before = (SEED_EN.read_bytes(), SEED_FR.read_bytes())
    check(SEED_EN, SEED_FR)
    assert (SEED_EN.read_bytes(), SEED_FR.read_bytes()) == before


def test_moved_french_paragraph_is_one_move_not_a_loss(tmp_path: Path) -> None:
    lines = SEED_FR.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[36].startswith("Le Québec est reconnu")
    moved = tmp_path / "moved.fr.txt"
    moved.write_text("".join(lines[:36] + lines[37:98] + [lines[36]] + lines[98:]), "utf-8")
    report = check(SEED_EN, moved)
    assert [(m.source, m.target) for m in report.moves] == [(14, 38)]
    (finding,) = [f for f in only(report, "missing-paragraph") if f.source.paragraph == 14]
    assert finding.severity.value == "warning"
    assert finding.target is not None and finding.target.paragraph == 38
    assert "moved" in finding.message
    assert 38 not in [f.target.paragraph for f in only(report, "extra-paragraph")]


def test_content_findings_on_an_unsure_group_are_one_step_quieter() -> None:
    from translint.model import AlignmentGroup, Doubt, Location, Severity
    from translint.rules import Context
    from translint.rules.run import _tempered

    report = check(SEED_EN, SEED_FR)
    analysed = None  # the context only needs the alignment here
    unsure = AlignmentGroup((11,), (10,), 0.955)
    sure = AlignmentGroup((11,), (10,), 0.99)
    finding = Finding(
        "figure-mismatch",
        Severity.ERROR,
        "54.1% became 45,1 %",
        Location(11, "54.1%", 57, 62),
        Location(10, "45,1 %", 80, 86),
    )
    assert report.findings  # the seed is checked, so the rules are registered
    quiet = _tempered(finding, Context(analysed, analysed, (unsure,)))  # type: ignore[arg-type]
    assert quiet.severity is Severity.WARNING
    assert quiet.doubt == Doubt(0.955, lowered=True) and quiet.message == finding.message
    assert quiet.reported_message.endswith(
        "(alignment uncertain: confidence 0.95, reported as warning)"
    )
    loud = _tempered(finding, Context(analysed, analysed, (sure,)))  # type: ignore[arg-type]
    assert loud == finding


def test_a_name_spelled_two_ways_in_the_french_text_is_inconsistent(french_with) -> None:
    # The caption is French-only, so no English paragraph can reveal the typo: the
    # French text's own other spellings do.
    edited = french_with(
        "Le Dr Yonkyu Park, vice président de KRISS", "Le Dr Yongkyu Park, vice président de KRISS"
    )
    report = check(SEED_EN, edited)
    variants = [f for f in only(report, "name-inconsistent") if "spelled" in f.message]
    assert len(variants) == 1
    (finding,) = variants
    assert finding.source is None and finding.target is not None
    assert (finding.target.paragraph, finding.target.text) == (12, "Yongkyu")
    assert "Yonkyu elsewhere in the French text (paragraphs 5, 13, 14)" in finding.message
