"""JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure, ...).

One ``<testsuite>`` per checked pair, named ``<source> -> <target>``, holds one
``<testcase>`` per finding, as ruff writes one per violation, so that a CI
viewer counts findings: ``classname="translint.<file name>"`` (the file the
finding points at first: the translation, or where it should hold what it
lacks), ``name="<rule> <path>:<line>:<column>"``. A pair without findings has
one passing test case, ``no findings``, so that it counts as checked.

The formatter does not know ``--fail-on``, so severity decides: an error or
warning finding's test case holds a ``<failure type="<rule>" message="…">``
whose body says where it is (``path:line:column`` and the flagged text); an
info finding's test case passes, its details in ``<system-out>``, visible but
never failing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import PurePath
from typing import TextIO

from translint.model import Finding, Report, Severity
from translint.report.positions import display_path, place_label, places_of, primary_place

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
    """The ``<testsuites>`` element for one report: one suite, a test case per finding."""
    suite = junit_suite(report)
    root = ET.Element("testsuites", {"name": "translint"})
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, suite.get(key, "0"))
    root.append(suite)
    return root


def junit_suite(report: Report) -> ET.Element:
    """The pair's ``<testsuite>``: a test case per finding, failing at error and warning."""
    failing = [f for f in report.findings if f.severity in FAILING]
    source, target = display_path(report.source.path), display_path(report.target.path)
    counts = {
        "tests": str(max(len(report.findings), 1)),
        "failures": str(len(failing)),
        "errors": "0",
        "skipped": "0",
    }
    suite = ET.Element("testsuite", {"name": _xml(f"{source} -> {target}"), **counts})
    if not report.findings:
        name = PurePath(target).name
        ET.SubElement(
            suite, "testcase", {"classname": _xml(f"translint.{name}"), "name": "no findings"}
        )
    for finding in report.findings:
        primary = primary_place(report, finding)
        path = display_path(primary.path) if primary is not None else target
        where = place_label(primary) if primary is not None else target
        case = ET.SubElement(
            suite,
            "testcase",
            {
                "classname": _xml(f"translint.{PurePath(path).name}"),
                "name": _xml(f"{finding.rule} {where}"),
            },
        )
        details = _xml(_details(report, finding))
        if finding.severity in FAILING:
            attributes = {"type": finding.rule, "message": _xml(finding.reported_message)}
            ET.SubElement(case, "failure", attributes).text = details
        else:
            ET.SubElement(case, "system-out").text = details
    return suite


def _details(report: Report, finding: Finding) -> str:
    """``severity rule: message`` then one line per side: where it is and what it says."""
    lines = [f"{finding.severity.value} {finding.rule}: {finding.reported_message}"]
    for place in places_of(report, finding):
        lines.append(
            f"  {place.side}: {place_label(place)} (paragraph {place.location.paragraph}) "
            f"“{place.location.text}”"
        )
    return "\n".join(lines)


def _xml(text: str) -> str:
    """``text`` with the characters XML cannot represent replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)
