"""SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.

One run: ``tool.driver`` describes every registered rule (from its summary and
docstring), and each finding is a result located in the translation when it
has a target side (that is the file a reviewer edits), with the source side as
a related location; a finding with no target (a missing paragraph) is located
in the source. Columns count Unicode code points (``columnKind``), see
``translint.report.positions``.

``partialFingerprints`` carries a hash of the rule and both sides' text, not
of line numbers, so that code scanning keeps one alert across runs while the
text around it is edited. Identical findings are told apart by their order.
"""

from __future__ import annotations

import inspect
import json
from typing import Any, TextIO

import translint
from translint.baseline import report_fingerprints
from translint.model import Finding, Report, Severity
from translint.report.positions import Place, artifact_uri, places_of
from translint.rules import Rule, all_rules

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "translintFinding/v1"
ARTIFACT_INDEX = {"source": 0, "target": 1}  # the order of ``run.artifacts``
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def write_sarif(report: Report, stream: TextIO, color: bool = False) -> None:
    json.dump(sarif_log(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def sarif_log(report: Report, scope: str = "") -> dict[str, Any]:
    """The whole SARIF log for one report, as plain JSON data; ``scope`` tells a
    site's pairs apart in the fingerprints."""
    rules = list(all_rules().values())
    index = {rule.id: i for i, rule in enumerate(rules)}
    descriptors = [rule_descriptor(rule) for rule in rules]
    for finding in report.findings:
        if finding.rule not in index:  # a rule the registry does not know: still describe it
            index[finding.rule] = len(descriptors)
            descriptors.append({"id": finding.rule, "name": camel_case(finding.rule)})
    results = [
        _result(finding, report, index[finding.rule], print_)
        for finding, print_ in zip(report.findings, report_fingerprints(report, scope), strict=True)
    ]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "translint",
                        "version": translint.__version__,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "artifacts": [
                    {
                        "location": {"uri": artifact_uri(path)},
                        "roles": ["analysisTarget"],
                        "properties": {"side": side, "lang": info.lang},
                    }
                    for side, path, info in (
                        ("source", report.source.path, report.source),
                        ("target", report.target.path, report.target),
                    )
                ],
                "results": results,
            }
        ],
    }


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    """A SARIF reportingDescriptor: the rule's documentation, generated from its docstring."""
    doc = inspect.cleandoc(rule.doc) or rule.summary
    return {
        "id": rule.id,
        "name": camel_case(rule.id),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": doc.split("\n\n")[0].strip()},
        "help": {"text": doc},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }


def camel_case(rule_id: str) -> str:
    """``missing-paragraph`` -> ``MissingParagraph``: SARIF's readable rule name."""
    return "".join(part.capitalize() for part in rule_id.split("-"))


def _result(finding: Finding, report: Report, rule_index: int, print_: str) -> dict[str, Any]:
    places = places_of(report, finding)
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.reported_message},
        "locations": [_location(places[0])] if places else [],
        "partialFingerprints": {FINGERPRINT_KEY: print_},
        "properties": {f"{place.side}Paragraph": place.location.paragraph for place in places},
    }
    if len(places) > 1:
        result["relatedLocations"] = [
            {"id": number, **_location(place), "message": {"text": place.side}}
            for number, place in enumerate(places[1:], start=1)
        ]
    return result


def _location(place: Place) -> dict[str, Any]:
    physical: dict[str, Any] = {
        "artifactLocation": {
            "uri": artifact_uri(place.path),
            "index": ARTIFACT_INDEX[place.side],
        }
    }
    region = place.region
    if region is not None:
        physical["region"] = {
            "startLine": region.start_line,
            "startColumn": region.start_column,
            "endLine": region.end_line,
            "endColumn": region.end_column,
            "snippet": {"text": region.text},
        }
    return {"physicalLocation": physical}
