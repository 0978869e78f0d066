"""Formatters: each turns a ``Report`` into one output format, and reads nothing else.

``FORMATTERS`` maps a ``--format`` name to a function writing the report to a
text stream; ``color`` only matters to the terminal report. The writers are
part of the Python API: ``write_json(report, stream)``, and ``write_site`` for
a ``SiteReport``'s reports, as ``check --pairs`` writes them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from translint.model import Report
from translint.report.concise import write_concise
from translint.report.github import write_github
from translint.report.html import write_html
from translint.report.json import write_json
from translint.report.junit import write_junit
from translint.report.sarif import write_sarif
from translint.report.text import write_text

Formatter = Callable[[Report, TextIO, bool], None]

FORMATTERS: dict[str, Formatter] = {
    "text": write_text,
    "concise": write_concise,
    "json": write_json,
    "sarif": write_sarif,
    "junit": write_junit,
    "github": write_github,
    "html": write_html,
}

from translint.report.site import write_site  # noqa: E402  (the site writer reads these)

__all__ = [
    "FORMATTERS",
    "Formatter",
    "write_concise",
    "write_github",
    "write_html",
    "write_json",
    "write_junit",
    "write_sarif",
    "write_site",
    "write_text",
]
