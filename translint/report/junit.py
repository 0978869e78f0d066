"""JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure, ...).

One ``<testsuite name="translint">`` holds one ``<testcase>`` per checked pair
(``classname="translint.<source file name>"``, ``name="<source> -> <target>"``).

The formatter does not know ``--fail-on``, so severity decides: every error
and warning finding is one ``<failure type="<rule>" message="<message>">``
whose body says where it is (``path:line:column`` and the flagged text), and
info findings are lines of the test case's ``<system-out>``, visible but never
failing. The ``failures`` counts are counts of ``<failure>`` elements. Some
consumers show only the first ``<failure>`` of a test case; the suite's
counts and the XML still carry them all.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import PurePath
from typing import TextIO

from translint.model import Finding, Report, Severity
from translint.report.positions import display_path, places_of

FAILING = frozenset({Severity.ERROR, Severity.WARNING})
# Characters XML 1.0 cannot carry at all, even escaped (control characters from the input).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def write_junit(report: Report, stream: TextIO, color: bool = False) -> None:
    root = junit_tree(report)
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")


def junit_tree(report: Report) -> ET.Element:
    """The ``<testsuites>`` element for one report."""
    failing = [f for f in report.findings if f.severity in FAILING]
    counts = {"tests": "1", "failures": str(len(failing)), "errors": "0", "skipped": "0"}
    root = ET.Element("testsuites", {"name": "translint", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "translint", **counts})
    source, target = display_path(report.source.path), display_path(report.target.path)
    case = ET.SubElement(
        suite,
        "testcase",
        {
            "classname": _xml(f"translint.{PurePath(source).name}"),
            "name": _xml(f"{source} -> {target}"),
        },
    )
    for finding in failing:
        failure = ET.SubElement(
            case, "failure", {"type": finding.rule, "message": _xml(finding.reported_message)}
        )
        failure.text = _xml(_details(report, finding))
    notes = [f for f in report.findings if f.severity not in FAILING]
    if notes:
        out = ET.SubElement(case, "system-out")
        out.text = _xml("".join(f"{_details(report, f)}\n" for f in notes))
    return root


def _details(report: Report, finding: Finding) -> str:
    """``severity rule: message`` then one line per side: where it is and what it says."""
    lines = [f"{finding.severity.value} {finding.rule}: {finding.reported_message}"]
    for place in places_of(report, finding):
        where = display_path(place.path)
        if place.region is not None:
            where += f":{place.region.start_line}:{place.region.start_column}"
        lines.append(
            f"  {place.side}: {where} (paragraph {place.location.paragraph}) "
            f"“{place.location.text}”"
        )
    return "\n".join(lines)


def _xml(text: str) -> str:
    """``text`` with the characters XML cannot represent replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)
