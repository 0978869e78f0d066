"""The JSON report, schema ``translint/1`` as fixed in the contract.

Each location carries the ``line`` and ``column`` where it starts in its file
(from ``translint.report.positions``, as SARIF's regions), so that a script can
send an editor there without re-reading and re-splitting the file; both are
null in a report built without its documents.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from translint.model import Document, Finding, Location, Report
from translint.report.readable import position

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
        "findings": [finding_dict(f, report) for f in report.findings],
        "summary": report.summary(),
    }


def finding_dict(finding: Finding, report: Report) -> dict[str, Any]:
    """One finding; ``report`` gives the documents its lines and columns are counted in."""
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.reported_message,
        "source": _location(finding.source, report.source_document),
        "target": _location(finding.target, report.target_document),
    }


def _document(info: Any) -> dict[str, Any]:
    return {"path": info.path, "lang": info.lang, "paragraphs": info.paragraphs}


def _location(location: Location | None, document: Document | None) -> dict[str, Any] | None:
    if location is None:
        return None
    line, column = position(document, location) or (None, None)
    found: dict[str, Any] = {
        "paragraph": location.paragraph,
        "text": location.text,
        "start": location.start,
        "end": location.end,
        "line": line,
        "column": column,
    }
    if location.last_paragraph is not None:
        found["last_paragraph"] = location.last_paragraph
    return found


def write_json(report: Report, stream: TextIO, color: bool = False) -> None:
    json.dump(report_dict(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
