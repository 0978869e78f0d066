"""The HTML page of a whole site: a table of the pairs, the site's terminology, and
each pair's section, loaded when the reader opens it.

A site's page holds every pair (61 posts of the Canada.ca blog make 2.3 MB and
some 32,000 elements), and a browser that lays all of them out takes seconds
to show a table the reader came for. So each pair's section is written inside
a ``<template>``: parsed, but neither styled nor laid out, until the reader
follows a link to it (from the table, the terminology, or a shared URL such as
``#p3-f2``), when ``sections.js`` moves it into the page. "show every pair"
loads them all, for the browser's find-in-page or for printing.

The page stays one self-contained file (mailed, archived, opened from disk),
and the filters and review marks still cover every pair: ``html.js`` and
``review.js`` read the sections still in their templates too, so counts,
hidden findings and the exported baseline are the whole site's. Without a
script the sections stay in their templates; a note says so, and the table
and terminology are still there.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from translint.baseline import UNPAIRED, unpaired_fingerprint
from translint.model import Report, Severity
from translint.report.html import badge, html_page, pair_section
from translint.report.pageview import worst
from translint.report.positions import display_path


def site_page(
    reports: Sequence[Report],
    unpaired: Sequence[Path],
    terminology: str = "",
    scopes: Sequence[str] | None = None,
    unpaired_scopes: Sequence[str] | None = None,
) -> str:
    """Every pair on one page, after a table of the pairs linking to their sections and
    the site's ``terminology`` section (HTML, ``translint.report.terminology``);
    ``scopes`` are the pairs' places in the site (``SiteReport.scopes``), which
    their fingerprints carry as ``--write-baseline`` writes them. With
    ``unpaired_scopes`` (the unpaired files' places), the files with no partner
    close the page as findings to review, marked and exported like the others."""
    places = list(scopes) if scopes is not None else [""] * len(reports)
    sections = "".join(
        f'<div class="pair-slot" id="p{number}-slot"><template>'
        f"{pair_section(report, f'p{number}-', scope)}</template></div>\n"
        for number, (report, scope) in enumerate(zip(reports, places, strict=True), start=1)
    )
    lonely = list(unpaired_scopes) if unpaired_scopes is not None else []
    body = _table(reports, unpaired, bool(lonely)) + terminology + sections + _lonely(lonely)
    return html_page(f"{len(reports)} pairs", body, reports, len(lonely))


def _lonely(scopes: Sequence[str]) -> str:
    """The unpaired files as notes (``u1``, ``u2``…) with their baseline fingerprints, after
    every pair: where ``--write-baseline`` lists them, so the export keeps its order."""
    if not scopes:
        return ""
    notes = "".join(
        f'<li class="note" id="u{n}" data-f="u{n}" data-rule="{UNPAIRED}" data-severity="error" '
        f'data-fp="{unpaired_fingerprint(scope)}">{badge(Severity.ERROR)}'
        f' <code>{UNPAIRED}</code> <span class="msg">{escape(scope)}</span></li>'
        for n, scope in enumerate(scopes, start=1)
    )
    return (
        '<section class="no-partner" id="no-partner"><h2>Files with no partner</h2>'
        f'<ul class="notes">{notes}</ul></section>\n'
    )


def _table(reports: Sequence[Report], unpaired: Sequence[Path], noted: bool) -> str:
    """The pairs, then the unpaired files (each a link to its note when ``noted``)."""
    rows = [_pair_row(number, report) for number, report in enumerate(reports, start=1)]
    for n, path in enumerate(unpaired, start=1):
        name = f"<code>{escape(display_path(str(path)))}</code>"
        if noted:
            name = f'<a href="#u{n}">{name}</a>'
        rows.append(
            f'<tr data-sev="error"><td>{name}</td>'
            '<td class="num">—</td><td></td><td></td><td></td>'
            f'<td><span class="badge" data-sev="error">no partner</span></td></tr>'
        )
    head = "".join(f"<th>{s.value}</th>" for s in Severity)
    return (
        f'<section class="site"><h1>{len(reports)} pairs, {len(unpaired)} unpaired files</h1>\n'
        f'<table class="pairs"><tr><th>pair</th><th>paragraphs</th>{head}<th>status</th></tr>'
        f"{''.join(rows)}</table>\n"
        '<p class="opening"><button type="button" id="open-all" hidden>show every pair</button>'
        "<noscript>Each pair's section opens with the page's script, which this browser does "
        "not run: check a pair on its own for its page.</noscript></p></section>\n"
    )


def _pair_row(number: int, report: Report) -> str:
    counts = report.summary()
    severity = worst(f.severity for f in report.findings)
    status = badge(severity) if severity else "✔ clean"
    return (
        f'<tr data-sev="{severity.value if severity else ""}">'
        f'<td><a href="#p{number}-report">{escape(display_path(report.source.path))} → '
        f"{escape(display_path(report.target.path))}</a></td>"
        f'<td class="num">{report.source.paragraphs} → {report.target.paragraphs}</td>'
        + "".join(f'<td class="num">{counts[s.value]}</td>' for s in Severity)
        + f"<td>{status}</td></tr>"
    )
