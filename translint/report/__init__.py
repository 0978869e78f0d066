"""Formatters: each turns a ``Report`` into one output format, and reads nothing else.

``FORMATTERS`` maps a ``--format`` name to a function writing the report to a
text stream; ``color`` only matters to the terminal report. The writers are
part of the Python API: ``write_json(report, stream)``, and ``write_site`` for
a ``SiteReport``'s reports, as ``check --pairs`` writes them.

A writer's module is imported when the writer is first asked for, not with
this package: a re-check answered from the cache prints one format, and the
others (SARIF reads the rule registry, HTML its assets) would cost more than
the whole re-check.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, TextIO

from translint.model import Report

if TYPE_CHECKING:
    from translint.report.concise import write_concise
    from translint.report.github import write_github
    from translint.report.html import write_html
    from translint.report.json import write_json
    from translint.report.junit import write_junit
    from translint.report.sarif import write_sarif
    from translint.report.site import write_site
    from translint.report.text import write_text

Formatter = Callable[[Report, TextIO, bool], None]

# Each --format name, and the module and function that write it.
WRITERS: dict[str, tuple[str, str]] = {
    "text": ("translint.report.text", "write_text"),
    "concise": ("translint.report.concise", "write_concise"),
    "json": ("translint.report.json", "write_json"),
    "sarif": ("translint.report.sarif", "write_sarif"),
    "junit": ("translint.report.junit", "write_junit"),
    "github": ("translint.report.github", "write_github"),
    "html": ("translint.report.html", "write_html"),
}


class _Formatters(Mapping[str, Formatter]):
    """The writers by format name, each imported on first use."""

    def __getitem__(self, name: str) -> Formatter:
        module, function = WRITERS[name]
        writer: Formatter = getattr(importlib.import_module(module), function)
        return writer

    def __iter__(self) -> Iterator[str]:
        return iter(WRITERS)

    def __len__(self) -> int:
        return len(WRITERS)


FORMATTERS: Mapping[str, Formatter] = _Formatters()

_API = {function: module for module, function in WRITERS.values()}
_API["write_site"] = "translint.report.site"


def __getattr__(name: str) -> object:
    """``from translint.report import write_json`` imports that writer's module alone."""
    if name in _API:
        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
