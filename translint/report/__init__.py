"""Formatters: each turns a ``Report`` into one output format, and reads nothing else.

``FORMATTERS`` maps a ``--format`` name to a function writing the report to a
text stream; ``color`` only matters to the terminal report.
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

__all__ = ["FORMATTERS", "Formatter"]
