"""``--statistics`` and ``--quiet``: the short reports a CI log or a busy editor wants.

``--statistics`` counts findings per rule, most frequent first, as ``ruff
--statistics`` does, then the total; ``--quiet`` prints only the errors, as
concise lines, then the total. Both read the findings of one pair or of
every pair of a site.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from translint.model import Finding, Report, Severity
from translint.report.concise import concise_line
from translint.report.counts import count_label


def total_line(findings: Sequence[Finding]) -> str:
    """``✖ 3 errors, 6 warnings, 2 info``, or ``✔ no findings``."""
    if not findings:
        return "✔ no findings"
    counts = Counter(f.severity for f in findings)
    return "✖ " + ", ".join(count_label(counts[s], s) for s in Severity)


def write_statistics(reports: Sequence[Report], stream: TextIO) -> None:
    findings = [f for r in reports for f in r.findings]
    counts = Counter((f.rule, f.severity) for f in findings)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], -kv[0][1].rank, kv[0][0]))
    for (rule, severity), count in ranked:
        stream.write(f"{count:6}  {severity.value:7}  {rule}\n")
    stream.write(total_line(findings) + "\n")


def write_quiet(reports: Sequence[Report], stream: TextIO) -> None:
    for report in reports:
        for finding in report.findings:
            if finding.severity is Severity.ERROR:
                stream.write(concise_line(report, finding) + "\n")
    stream.write(total_line([f for r in reports for f in r.findings]) + "\n")
