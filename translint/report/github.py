"""GitHub Actions workflow commands: one annotation line per finding.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE``
(``warning`` for warnings, ``notice`` for info). The annotation points at the
translation when the finding has a target side, since that is the file a
reviewer edits, and for a paragraph the translation lacks at where it should
be (the start of the next aligned target paragraph), which is in the pull
request's diff; otherwise at the source. When both sides exist, the message
gets a second line naming the source position.

``col``/``endColumn`` count characters, ``endColumn`` being the column after
the span (exclusive, as in SARIF); they are given only for a span on one line,
since GitHub rejects columns on an annotation spanning lines. Escaping follows
the Actions toolkit: ``%``, ``\\r``, ``\\n`` in the message, and also ``:``
and ``,`` in property values, which would otherwise end the property.
"""

from __future__ import annotations

from typing import TextIO

from translint.model import Finding, Report, Severity
from translint.report.positions import display_path, place_label, places_of

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def write_github(report: Report, stream: TextIO, color: bool = False) -> None:
    for finding in report.findings:
        stream.write(annotation(report, finding) + "\n")


def annotation(report: Report, finding: Finding) -> str:
    """The workflow command line for one finding."""
    places = places_of(report, finding, insertion=True)
    properties: list[tuple[str, str]] = []
    message = finding.reported_message
    if places:
        primary = places[0]
        properties.append(("file", display_path(primary.path)))
        region = primary.region
        if region is not None:
            properties.append(("line", str(region.start_line)))
            if region.start_line == region.end_line:
                properties.append(("col", str(region.start_column)))
                properties.append(("endLine", str(region.end_line)))
                properties.append(("endColumn", str(region.end_column)))
            else:
                properties.append(("endLine", str(region.end_line)))
        for other in places[1:]:
            message += f"\n{other.side}: {place_label(other)} “{other.location.text}”"
    properties.append(("title", finding.rule))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[finding.severity]} {joined}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """Escape a command's message: ``%`` first, so the escapes themselves survive."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as data, plus the ``:`` and ``,`` that delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
