"""The CI formats (SARIF, JUnit, GitHub annotations), each read back as its consumer reads it."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import translint
from translint.cli import main
from translint.model import (
    Document,
    DocumentInfo,
    Finding,
    Location,
    Report,
    Severity,
)
from translint.read.segment import segment
from translint.report import FORMATTERS
from translint.report.concise import concise_line, write_concise
from translint.report.github import write_github
from translint.report.junit import write_junit
from translint.report.positions import display_path, line_column, position_of, region_of
from translint.report.sarif import write_sarif
from translint.rules import all_rules

from ..conftest import SEED_EN, SEED_FR


def render(write, report: Report) -> str:  # type: ignore[no-untyped-def]
    stream = io.StringIO()
    write(report, stream)
    return stream.getvalue()


def file_text_at(uri: str, line: int, column: int) -> str:
    """The original file's text from (line, column), read as an editor would."""
    text = (Path.cwd() / unquote(uri)).read_text("utf-8")
    return text.split("\n")[line - 1][column - 1 :] + "\n" + "\n".join(text.split("\n")[line:])


def hand_report(message: str, path: str = "dir/a,b:c%.fr.txt") -> Report:
    """A report built by hand: one finding on each side of a small pair."""
    source_text = "Title\n\nThe budget is 3.5 million.\n"
    target_text = "Titre\n\nLe budget est de 4,5 millions.\n"
    source = Document("a.en.txt", source_text, segment(source_text, "text"), "text", "en")
    target = Document(path, target_text, segment(target_text, "text"), "text", "fr")
    finding = Finding(
        "figure-mismatch",
        Severity.ERROR,
        message,
        Location(1, "3.5 million", 14, 25),
        Location(1, "4,5 millions", 17, 29),
    )
    note = Finding("figure-format", Severity.INFO, "written the English way", None, None)
    return Report(
        DocumentInfo(source.path, "en", 2),
        DocumentInfo(target.path, "fr", 2),
        (),
        (finding, note),
        source_document=source,
        target_document=target,
    )


# --------------------------------------------------------------------------
# positions


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("abc\ndef", 0, (1, 1)),  # first character
        ("abc\ndef", 3, (1, 4)),  # the newline itself ends line 1
        ("abc\ndef", 4, (2, 1)),  # just after a newline
        ("abc\ndef", 6, (2, 3)),  # last character
        ("abc\ndef", 7, (2, 4)),  # end of text: where a span ending there stops
        ("abc\n", 4, (2, 1)),
        ("a\n\nb", 3, (3, 1)),  # an empty line counts
        ("é€😀\nx", 3, (1, 4)),  # characters, not bytes nor UTF-16 units
        ("", 0, (1, 1)),
    ],
)
def test_position_of(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert position_of(text, offset) == expected


def test_position_outside_the_text_is_an_error() -> None:
    with pytest.raises(ValueError):
        position_of("abc", 4)


def test_line_column_counts_from_the_paragraph_start() -> None:
    text = "Title\n\n  The budget is 3.5 million.\n"
    document = Document("a.txt", text, segment(text, "text"), "text", "en")
    assert line_column(document, 0, None) == (1, 1)
    assert line_column(document, 1, None) == (3, 3)  # indentation is not in the paragraph
    assert line_column(document, 1, 14) == (3, 17)
    assert text.split("\n")[2][16:].startswith("3.5 million")


def test_region_of_a_whole_paragraph_and_of_a_section() -> None:
    text = "## Funding\n\n- First item.\n\nLast one.\n"
    document = Document("a.md", text, segment(text, "text"), "text", "en")
    item = region_of(document, Location(1, "First item."))
    assert (item.start_line, item.start_column, item.end_column, item.text) == (
        3,
        3,
        14,
        "First item.",
    )
    section = region_of(document, Location(0, "## Funding", last_paragraph=2))
    assert (section.start_line, section.start_column) == (1, 1)
    assert (section.end_line, section.end_column) == (5, 10)
    assert section.text == text.rstrip("\n")


def test_github_gives_no_columns_for_a_span_over_several_lines() -> None:
    text = "## Funding\n\nLast one.\n"
    document = Document("a.en.txt", text, segment(text, "text"), "text", "en")
    finding = Finding(
        "missing-section",
        Severity.ERROR,
        "section has no counterpart",
        Location(0, "## Funding", last_paragraph=1),
        None,
    )
    info = DocumentInfo("a.en.txt", "en", 2)
    bare = Report(info, DocumentInfo("a.fr.txt", "fr", 0), (), (finding,), source_document=document)
    _, properties, _ = parse_annotation(render(write_github, bare).strip())
    assert properties == {
        "file": "a.en.txt",
        "line": "1",
        "endLine": "3",
        "title": "missing-section",
    }


@given(st.text(alphabet=st.sampled_from("ab\né😀 \r"), max_size=60), st.data())
def test_line_and_column_map_back_to_the_offset(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    line, column = position_of(text, offset)
    lines = text.split("\n")
    assert 1 <= line <= len(lines) and 1 <= column <= len(lines[line - 1]) + 1
    assert sum(len(previous) + 1 for previous in lines[: line - 1]) + column - 1 == offset


def test_display_path_is_relative_to_the_cwd_with_forward_slashes() -> None:
    assert display_path(str(Path.cwd() / "corpora" / "x.txt")) == "corpora/x.txt"
    assert display_path("corpora/seed/x.txt") == "corpora/seed/x.txt"
    assert display_path("/elsewhere/x.txt").startswith("/")


# --------------------------------------------------------------------------
# SARIF

SARIF_SCHEMA = {
    "type": "object",
    "required": ["$schema", "version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "maxItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results", "artifacts"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name", "version", "rules"],
                                "properties": {
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": [
                                                "id",
                                                "name",
                                                "shortDescription",
                                                "fullDescription",
                                                "help",
                                                "defaultConfiguration",
                                            ],
                                            "properties": {
                                                "defaultConfiguration": {
                                                    "type": "object",
                                                    "properties": {
                                                        "level": {
                                                            "enum": ["error", "warning", "note"]
                                                        }
                                                    },
                                                }
                                            },
                                        },
                                    }
                                },
                            }
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": [
                                "ruleId",
                                "ruleIndex",
                                "level",
                                "message",
                                "locations",
                                "partialFingerprints",
                            ],
                            "properties": {
                                "level": {"enum": ["error", "warning", "note"]},
                                "message": {
                                    "type": "object",
                                    "required": ["text"],
                                    "properties": {"text": {"type": "string"}},
                                },
                                "locations": {
                                    "type": "array",
                                    "items": {"$ref": "#/$defs/location"},
                                },
                                "relatedLocations": {
                                    "type": "array",
                                    "items": {"$ref": "#/$defs/location"},
                                },
                            },
                        },
                    },
                },
            },
        },
    },
    "$defs": {
        "location": {
            "type": "object",
            "required": ["physicalLocation"],
            "properties": {
                "physicalLocation": {
                    "type": "object",
                    "required": ["artifactLocation"],
                    "properties": {
                        "artifactLocation": {
                            "type": "object",
                            "required": ["uri"],
                            "properties": {"uri": {"type": "string"}},
                        },
                        "region": {
                            "type": "object",
                            "required": ["startLine", "startColumn", "endLine", "endColumn"],
                            "properties": {
                                key: {"type": "integer", "minimum": 1}
                                for key in ("startLine", "startColumn", "endLine", "endColumn")
                            },
                        },
                    },
                }
            },
        }
    },
}


@pytest.fixture(scope="module")
def sarif(report: Report) -> dict:  # type: ignore[type-arg]
    return json.loads(render(write_sarif, report))


def test_sarif_matches_a_minimal_schema(sarif: dict) -> None:  # type: ignore[type-arg]
    jsonschema.validate(sarif, SARIF_SCHEMA)


def test_sarif_describes_every_rule(sarif: dict) -> None:  # type: ignore[type-arg]
    assert sarif["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    driver = sarif["runs"][0]["tool"]["driver"]
    assert driver["name"] == "translint" and driver["version"] == translint.__version__
    registered = all_rules()
    assert [rule["id"] for rule in driver["rules"]] == list(registered)
    by_id = {rule["id"]: rule for rule in driver["rules"]}
    missing = by_id["missing-paragraph"]
    assert missing["name"] == "MissingParagraph"
    assert missing["shortDescription"]["text"] == registered["missing-paragraph"].summary
    assert missing["defaultConfiguration"]["level"] == "error"
    assert by_id["figure-format"]["defaultConfiguration"]["level"] == "note"
    assert "\n\n" not in missing["fullDescription"]["text"]
    assert missing["help"]["text"].startswith(missing["fullDescription"]["text"])


def test_sarif_results_follow_the_findings(
    sarif: dict,  # type: ignore[type-arg]
    report: Report,
) -> None:
    run = sarif["runs"][0]
    results = run["results"]
    assert len(results) == len(report.findings)
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for result, finding in zip(results, report.findings, strict=True):
        assert result["ruleId"] == finding.rule
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == finding.rule
        assert result["level"] == levels[finding.severity.value]
        assert result["message"]["text"] == finding.message
        primary = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        if finding.target is not None:
            assert primary == "corpora/seed/qkba-2025.fr.txt"
        else:
            assert primary == "corpora/seed/qkba-2025.en.txt"
        if finding.source is not None and finding.target is not None:
            related = result["relatedLocations"]
            assert related[0]["message"]["text"] == "source"
            uri = related[0]["physicalLocation"]["artifactLocation"]["uri"]
            assert uri == "corpora/seed/qkba-2025.en.txt"
    assert [a["location"]["uri"] for a in run["artifacts"]] == [
        "corpora/seed/qkba-2025.en.txt",
        "corpora/seed/qkba-2025.fr.txt",
    ]


def test_sarif_regions_point_at_the_text_in_the_original_files(
    sarif: dict,  # type: ignore[type-arg]
    report: Report,
) -> None:
    checked = 0
    for result, finding in zip(sarif["runs"][0]["results"], report.findings, strict=True):
        sides = [side for side in (finding.target, finding.source) if side is not None]
        locations = result["locations"] + result.get("relatedLocations", [])
        for location, side in zip(locations, sides, strict=True):
            physical = location["physicalLocation"]
            region = physical["region"]
            snippet = region["snippet"]["text"]
            assert snippet.startswith(side.text)
            at = file_text_at(
                physical["artifactLocation"]["uri"], region["startLine"], region["startColumn"]
            )
            assert at.startswith(snippet)
            if side.last_paragraph is None:
                assert snippet == side.text
                assert region["startLine"] == region["endLine"]
                assert region["endColumn"] - region["startColumn"] == len(snippet)
            checked += 1
    assert checked == len(report.findings) + sum(
        1 for f in report.findings if f.source and f.target
    )


def test_sarif_fingerprints_are_stable_and_distinct(report: Report) -> None:
    first = json.loads(render(write_sarif, report))["runs"][0]["results"]
    again = json.loads(render(write_sarif, report))["runs"][0]["results"]
    prints = [r["partialFingerprints"]["translintFinding/v1"] for r in first]
    assert prints == [r["partialFingerprints"]["translintFinding/v1"] for r in again]
    assert len(set(prints)) == len(prints)


def test_sarif_without_documents_has_files_but_no_regions(report: Report) -> None:
    from dataclasses import replace

    bare = replace(report, source_document=None, target_document=None)
    results = json.loads(render(write_sarif, bare))["runs"][0]["results"]
    physical = results[0]["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"].endswith(".txt") and "region" not in physical


# --------------------------------------------------------------------------
# JUnit


def test_junit_has_a_test_case_per_finding_failing_at_error_and_warning(report: Report) -> None:
    root = ET.fromstring(render(write_junit, report))
    failing = [f for f in report.findings if f.severity in (Severity.ERROR, Severity.WARNING)]
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    pair = "corpora/seed/qkba-2025.en.txt -> corpora/seed/qkba-2025.fr.txt"
    assert suite.get("name") == pair
    assert suite.get("tests") == str(len(report.findings))
    assert suite.get("failures") == str(len(failing)) == root.get("failures")
    cases = suite.findall("testcase")
    assert len(cases) == len(report.findings)
    for case, finding in zip(cases, report.findings, strict=True):
        assert case.get("classname") == "translint.qkba-2025.fr.txt"
        assert (case.get("name") or "").startswith(f"{finding.rule} corpora/seed/qkba-2025.fr.txt:")
        failure = case.find("failure")
        if finding in failing:
            assert failure is not None
            assert (failure.get("type"), failure.get("message")) == (finding.rule, finding.message)
        else:
            assert failure is None and case.find("system-out") is not None
    name_inconsistent = next(c for c in cases if (c.get("name") or "").startswith("name-"))
    assert name_inconsistent.get("name") == "name-inconsistent corpora/seed/qkba-2025.fr.txt:6:231"


def test_a_clean_pair_is_one_passing_test_case() -> None:
    clean = replace(hand_report("x"), findings=())
    (case,) = ET.fromstring(render(write_junit, clean)).iter("testcase")
    assert case.get("name") == "no findings" and case.find("failure") is None


def test_junit_info_goes_to_system_out_and_bad_characters_are_replaced() -> None:
    root = ET.fromstring(render(write_junit, hand_report("3.5 <million> & \x0c “4,5”")))
    failing, info = root.findall("testsuite/testcase")
    failure = failing.find("failure")
    assert failure is not None and failure.get("message") == "3.5 <million> & \ufffd “4,5”"
    out = info.find("system-out")
    assert out is not None and "info figure-format: written the English way" in (out.text or "")
    assert root.get("failures") == "1" and root.get("tests") == "2"


# --------------------------------------------------------------------------
# GitHub workflow commands

ANNOTATION = re.compile(
    r"^::(?P<command>error|warning|notice) (?P<properties>[^:]*)::(?P<message>.*)$"
)


def unescape(text: str) -> str:
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


def parse_annotation(line: str) -> tuple[str, dict[str, str], str]:
    match = ANNOTATION.match(line)
    assert match is not None, line
    properties = dict(item.split("=", 1) for item in match["properties"].split(","))
    return (
        match["command"],
        {key: unescape(value) for key, value in properties.items()},
        unescape(match["message"]),
    )


def test_github_annotations_follow_the_findings(report: Report) -> None:
    lines = render(write_github, report).splitlines()
    assert len(lines) == len(report.findings)
    commands = {"error": "error", "warning": "warning", "info": "notice"}
    for line, finding in zip(lines, report.findings, strict=True):
        command, properties, message = parse_annotation(line)
        assert command == commands[finding.severity.value]
        assert properties["title"] == finding.rule
        assert message.split("\n")[0] == finding.message
        # Every annotation is in the translation, the file a pull request changes:
        # what it lacks is annotated where it should be.
        assert properties["file"] == "corpora/seed/qkba-2025.fr.txt"
        at = file_text_at(properties["file"], int(properties["line"]), int(properties["col"]))
        if finding.target is not None:
            assert at.startswith(finding.target.text)
            length = len(finding.target.text)
            assert int(properties["endColumn"]) - int(properties["col"]) == length
        else:
            assert int(properties["endColumn"]) == int(properties["col"])
        if finding.source is not None:
            assert message.split("\n")[1].startswith("source: corpora/seed/qkba-2025.en.txt:")


def test_github_escapes_messages_and_properties() -> None:
    message = "50% off:\r\nnext, line"
    lines = render(write_github, hand_report(message)).splitlines()
    assert len(lines) == 2
    assert "%25 off:%0D%0Anext, line" in lines[0]
    command, properties, parsed = parse_annotation(lines[0])
    assert command == "error"
    assert properties["file"] == "dir/a,b:c%.fr.txt"
    assert (properties["line"], properties["col"], properties["endColumn"]) == ("3", "18", "30")
    assert parsed.split("\n")[:2] == ["50% off:\r", "next, line"]
    assert parsed.split("\n")[2] == "source: a.en.txt:3:15 “3.5 million”"
    # A finding with no location still makes an annotation, without a file.
    assert parse_annotation(lines[1]) == (
        "notice",
        {"title": "figure-format"},
        "written the English way",
    )


# --------------------------------------------------------------------------
# Registry and command line


def test_the_formats_are_registered() -> None:
    assert {"sarif", "junit", "github"} <= set(FORMATTERS)


def test_cli_sarif_exits_1_with_valid_json(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check", str(SEED_EN), str(SEED_FR), "--format", "sarif"])
    out, err = capsys.readouterr()
    assert exited.value.code == 1 and err == ""
    log = json.loads(out)
    assert log["version"] == "2.1.0" and len(log["runs"][0]["results"]) == 11


CONCISE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): "
    r"(?P<sev>error|warning|info) (?P<rule>[a-z-]+) (?P<message>.+)$"
)


def test_concise_is_one_line_per_finding_at_the_translation(report: Report) -> None:
    lines = render(write_concise, report).splitlines()
    assert len(lines) == len(report.findings)
    for line, finding in zip(lines, report.findings, strict=True):
        parsed = CONCISE.match(line)
        assert parsed is not None, line
        assert (parsed["sev"], parsed["rule"]) == (finding.severity.value, finding.rule)
        assert parsed["message"] == " ".join(finding.reported_message.split())
        assert parsed["file"] == "corpora/seed/qkba-2025.fr.txt"
        at = file_text_at(parsed["file"], int(parsed["line"]), int(parsed["col"]))
        if finding.target is not None:
            assert at.startswith(finding.target.text)


def test_a_missing_paragraph_is_placed_where_the_translation_should_hold_it(
    report: Report,
) -> None:
    missing = next(f for f in report.findings if f.rule == "missing-paragraph")
    assert missing.source is not None
    line = concise_line(report, missing)
    parsed = CONCISE.match(line)
    assert parsed is not None
    # the byline's English lines belong before the first French paragraph aligned after them
    group = next(g for g in report.alignment if missing.source.paragraph in g.source)
    following = next(
        g.target[0] for g in report.alignment[report.alignment.index(group) :] if g.target
    )
    document = report.target_document
    assert document is not None
    paragraph = document.paragraphs[following]
    at = file_text_at(parsed["file"], int(parsed["line"]), int(parsed["col"]))
    assert at.startswith(paragraph.content[:20])
