"""The concise format: one finding per line, ``FILE:LINE:COL: SEVERITY RULE MESSAGE``.

What linters print (ruff, flake8, Vale's ``line`` output), so that editors jump
to the place and ``grep``, ``sort`` and ``wc -l`` work on the report. The
place is the translation's when the finding has one (the file being edited),
where the translation should hold a missing paragraph, else the source's.
The message is on one line.
"""

from __future__ import annotations

from typing import TextIO

from translint.model import Finding, Report
from translint.report.positions import display_path, place_label, primary_place


def write_concise(report: Report, stream: TextIO, color: bool = False) -> None:
    for finding in report.findings:
        stream.write(concise_line(report, finding) + "\n")


def concise_line(report: Report, finding: Finding) -> str:
    primary = primary_place(report, finding)
    where = place_label(primary) if primary is not None else display_path(report.target.path)
    message = " ".join(finding.reported_message.split())
    return f"{where}: {finding.severity.value} {finding.rule} {message}"
