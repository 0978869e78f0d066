"""The JSON report, schema ``translint/1`` as fixed in the contract."""

from __future__ import annotations

import json
from typing import Any, TextIO

from translint.model import Finding, Location, Report

SCHEMA = "translint/1"


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "source": _document(report.source),
        "target": _document(report.target),
        "alignment": [
            {"source": list(g.source), "target": list(g.target), "score": g.score}
            for g in report.alignment
        ],
        # An extension of the contract: unmatched paragraphs that moved.
        "moves": [{"source": m.source, "target": m.target, "score": m.score} for m in report.moves],
        "findings": [finding_dict(f) for f in report.findings],
        "summary": report.summary(),
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.reported_message,
        "source": _location(finding.source),
        "target": _location(finding.target),
    }


def _document(info: Any) -> dict[str, Any]:
    return {"path": info.path, "lang": info.lang, "paragraphs": info.paragraphs}


def _location(location: Location | None) -> dict[str, Any] | None:
    if location is None:
        return None
    found: dict[str, Any] = {
        "paragraph": location.paragraph,
        "text": location.text,
        "start": location.start,
        "end": location.end,
    }
    if location.last_paragraph is not None:
        found["last_paragraph"] = location.last_paragraph
    return found


def write_json(report: Report, stream: TextIO, color: bool = False) -> None:
    json.dump(report_dict(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
