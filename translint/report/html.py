"""The HTML report: one self-contained page a translator reads in a browser.

Both texts sit side by side, one row per aligned group, every finding's span
highlighted on each side it points at and its message beside the group. The
page carries its CSS and a small script inline (``html.css`` and ``html.js``
beside this module) and loads nothing, so it can be mailed or archived as one
file. Without the script everything is shown; the script only adds filters (by
severity, by rule, rows with findings only). A URL query or fragment presets
them, for shared links and headless checks:
``?severity=error``, ``?rule=figure-mismatch``, ``?hide=info,extra-paragraph``,
``?only=1``. A second script (``review.js``) makes the page a work list: keys
from finding to finding, reviewed/accepted marks kept in the browser, and an
export of the accepted findings as a baseline; for that, each finding's message
carries its baseline fingerprint (``data-fp``), computed as ``--write-baseline``
computes it.

Output is deterministic (no dates; ids come from positions in the report) so
that two runs compare with ``diff``. Overlapping spans are cut into segments at
every span boundary, each segment one ``<mark>`` naming all the findings that
cover it, so that highlights never interleave tags.

Paragraphs show their readable text (``Paragraph.content``), never the markup
they were written with; findings' spans are mapped into it
(``translint.report.readable``). The links and emphasis of an HTML paragraph
are rendered again: a link (``http``, ``https``, ``mailto`` or ``tel`` only, so
that a page under review cannot put a script in the report) wraps its segments,
emphasis wraps each segment it covers, and marks sit innermost.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from html import escape
from importlib import resources
from itertools import pairwise
from typing import TextIO

import translint
from translint.baseline import SCHEMA, UNPAIRED
from translint.lang import MESSAGES, language_name
from translint.model import AlignmentGroup, DocumentInfo, Finding, Location, Report, Severity
from translint.report.counts import count_label
from translint.report.pageview import SIDES, Mark, PairView, paragraphs_of, worst
from translint.report.picture import alignment_picture
from translint.report.positions import display_path
from translint.report.readable import Inline, kind_label

LINK_SCHEMES = ("http://", "https://", "mailto:", "tel:")  # what the report links to


def write_html(report: Report, stream: TextIO, color: bool = False) -> None:
    title = f"{display_path(report.source.path)} → {display_path(report.target.path)}"
    stream.write(html_page(title, pair_section(report, ""), [report]))


def html_page(title: str, body: str, reports: Sequence[Report], unpaired: int = 0) -> str:
    """The whole document around ``body``: head, inline style, filter bar, inline script;
    ``unpaired`` files a site page lists as findings to review, which the bar counts."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{MESSAGES}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="translint {escape(translint.__version__)}">\n'
        f"<title>translint: {escape(title)}</title>\n"
        f"<style>\n{_asset('html.css')}</style>\n</head>\n<body>\n"
        f'<header class="bar"><div class="brand"><strong>translint</strong> {escape(title)}</div>'
        f"{_filters(reports, unpaired)}</header>\n"
        f'<main data-review="{review_key(reports)}">\n{body}</main>\n'
        f"<script>\n{_asset('sections.js')}{_asset('html.js')}{_asset('review.js')}</script>\n"
        "</body>\n</html>\n"
    )


def review_key(reports: Sequence[Report]) -> str:
    """Where the page keeps the reader's review marks (``review.js``, in the browser's
    storage): a hash of the pairs' paths and of the fingerprints' schema.

    Marks are kept by fingerprint, which ``--write-baseline`` hashes without the
    pair's paths for a single pair: the paths keep two pairs' identical slips
    apart. A report written again for the same pair keeps the marks of the
    findings still there, as a baseline would.
    """
    pairs = "\n".join(
        f"{display_path(r.source.path)}\0{display_path(r.target.path)}" for r in reports
    )
    return hashlib.sha256(f"{SCHEMA}\n{pairs}".encode()).hexdigest()[:16]


def _asset(name: str) -> str:
    """A style sheet or script shipped beside this module (package data).

    They are files, not strings, so that they can be read, linted and edited as
    CSS and JavaScript; they are read when a page is written, not at import,
    as most runs never write HTML.
    """
    return resources.files("translint.report").joinpath(name).read_text(encoding="utf-8")


def _filters(reports: Sequence[Report], unpaired: int = 0) -> str:
    """The filter form; ``hidden`` until the script shows it, as it does nothing without it."""
    findings = [f for r in reports for f in r.findings]
    by_severity = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    by_rule: dict[str, int] = defaultdict(int)
    for finding in findings:
        by_rule[finding.rule] += 1
    if unpaired:
        by_severity[Severity.ERROR] += unpaired
        by_rule[UNPAIRED] += unpaired
    severities = "".join(
        f'<label class="chip" data-sev="{s.value}"><input type="checkbox" name="severity" '
        f'value="{s.value}" checked> {s.value} <span class="n">{n}</span></label>'
        for s, n in by_severity.items()
    )
    rules = "".join(
        f'<label class="chip"><input type="checkbox" name="rule" value="{escape(rule)}" checked> '
        f'{escape(rule)} <span class="n">{n}</span></label>'
        for rule, n in sorted(by_rule.items())
    )
    return (
        '<form id="filters" hidden>'
        f'<fieldset class="by-severity"><legend>severity</legend>{severities}</fieldset>'
        '<fieldset class="by-rule"><legend>rule</legend>'
        f"{rules or '<span class=quiet>no findings</span>'}</fieldset>"
        '<label class="chip toggle"><input type="checkbox" name="only"> only rows with findings'
        "</label>"
        f'<output id="shown">{len(findings) + unpaired} findings shown</output>'
        "</form>"
    )


def highlighted(text: str, marks: Sequence[Mark], inline: Sequence[Inline] = ()) -> str:
    """``text`` escaped, its marked spans wrapped in ``<mark>``, overlaps cut into segments,
    inside the links and emphasis of ``inline``."""
    emphasis = [i for i in inline if i.tag != "a"]
    out = []
    cursor = 0
    for link in _links(inline, len(text)):
        out.append(_segments(text, cursor, link.start, marks, emphasis))
        href = escape(link.href or "")
        inside = _segments(text, link.start, link.end, marks, emphasis)
        out.append(f'<a href="{href}" title="{href}">{inside}</a>')
        cursor = link.end
    out.append(_segments(text, cursor, len(text), marks, emphasis))
    return "".join(out)


def _links(inline: Sequence[Inline], length: int) -> list[Inline]:
    """The links worth rendering, in order, none overlapping the one before."""
    links = []
    cursor = 0
    for link in sorted((i for i in inline if i.tag == "a"), key=lambda i: i.start):
        safe = (link.href or "").lower().startswith(LINK_SCHEMES)
        if safe and link.start >= cursor and link.end <= length:
            links.append(link)
            cursor = link.end
    return links


def _segments(
    text: str, lo: int, hi: int, marks: Sequence[Mark], emphasis: Sequence[Inline]
) -> str:
    """``text[lo:hi]`` cut at every mark and emphasis boundary, each piece wrapped in
    the emphasis, then the marks, that cover it."""
    spans = [
        (max(lo, m.start), min(hi, m.end), m) for m in marks if min(hi, m.end) > max(lo, m.start)
    ]
    stresses = [(max(lo, i.start), min(hi, i.end), i.tag) for i in emphasis]
    bounds = {s for s, _, _ in spans} | {e for _, e, _ in spans}
    bounds |= {b for s, e, _ in stresses if e > s for b in (s, e)}
    cuts = sorted({lo, hi} | bounds)
    out = []
    for a, b in pairwise(cuts):
        piece = _marked(text[a:b], [m for s, e, m in spans if s <= a and b <= e])
        for tag in sorted({t for s, e, t in stresses if s <= a and b <= e}, reverse=True):
            piece = f"<{tag}>{piece}</{tag}>"
        out.append(piece)
    return "".join(out)


def _marked(text: str, covering: Sequence[Mark]) -> str:
    """``text`` escaped, in one ``<mark>`` naming every finding in ``covering``, if any."""
    piece = escape(text, quote=False)
    if not covering:
        return piece
    ids = " ".join(dict.fromkeys(m.finding for m in covering))
    severity = worst(m.severity for m in covering)
    assert severity is not None
    title = "\n".join(dict.fromkeys(m.title for m in covering))
    multi = ' data-n="many"' if len(covering) > 1 else ""
    return (
        f'<mark class="hl" data-f="{ids}" data-sev="{severity.value}"{multi} '
        f'title="{escape(title)}">{piece}</mark>'
    )


def pair_section(report: Report, prefix: str, scope: str = "") -> str:
    """One report's summary and aligned view; ``prefix`` keeps ids unique on a site page,
    ``scope`` is the pair's place in the site, which its fingerprints carry."""
    view = PairView(report, prefix, scope)
    return (
        f'<section class="pair" id="{prefix}report">\n{_summary(view)}{_aligned(view)}</section>\n'
    )


def _summary(view: PairView) -> str:
    report = view.report
    files = "".join(
        f"<tr><th>{side}</th><td>{path}</td><td>{language}</td>"
        f"<td>{info.paragraphs} paragraphs</td></tr>"
        for side, info, path, language in _files(report)
    )
    counts = report.summary()
    badges = " ".join(
        f'<span class="badge" data-sev="{s.value}">{count_label(counts[s.value], s)}</span>'
        for s in Severity
    )
    return (
        f"<h1>{escape(display_path(report.source.path))} → "
        f"{escape(display_path(report.target.path))}</h1>\n"
        f'<div class="overview"><div class="summary">\n<table class="files">{files}</table>\n'
        f'<p class="counts">{badges}</p>\n{_rule_table(view)}</div>\n'
        f"{alignment_picture(view)}</div>\n{_finding_list(view)}"
    )


def _language(info: DocumentInfo) -> str:
    return language_name(info.lang)


def _files(report: Report) -> list[tuple[str, DocumentInfo, str, str]]:
    """Each side with its info, its path as markup and its language's name, escaped."""
    return [
        (side, info, f"<code>{escape(display_path(info.path))}</code>", escape(_language(info)))
        for side, info in (("source", report.source), ("target", report.target))
    ]


def _rule_table(view: PairView) -> str:
    """Findings counted by rule and severity, each entry a link to the first such finding
    down the page."""
    findings = view.report.findings
    if not findings:
        return ""
    counts: dict[str, dict[Severity, int]] = defaultdict(lambda: dict.fromkeys(Severity, 0))
    first: dict[tuple[str, Severity | None], str] = {}
    for n in sorted(range(len(findings)), key=lambda n: _page_order(view, n)):
        finding = findings[n]
        counts[finding.rule][finding.severity] += 1
        first.setdefault((finding.rule, None), view.ids[n])
        first.setdefault((finding.rule, finding.severity), view.ids[n])
    head = "".join(f"<th>{s.value}</th>" for s in Severity)
    rows = "".join(
        f'<tr><td><a href="#{first[rule, None]}"><code>{escape(rule)}</code></a></td>'
        + "".join(
            f'<td class="num"><a href="#{first[rule, s]}">{by[s]}</a></td>'
            if by[s]
            else '<td class="num"></td>'
            for s in Severity
        )
        + "</tr>"
        for rule, by in sorted(counts.items())
    )
    return f'<table class="rules"><tr><th>rule</th>{head}</tr>{rows}</table>\n'


def _page_order(view: PairView, n: int) -> int:
    """Where finding ``n``'s message stands down the page: its home row (rows hold their
    findings in order); a finding that points nowhere comes last."""
    home = view.home[n]
    return len(view.rows) if home is None else home


def _finding_list(view: PairView) -> str:
    if not view.report.findings:
        return '<p class="clean">✔ no findings</p>\n'
    items = "".join(
        f'<li id="{entry}" data-f="{fid}"><a href="#{fid}">{badge(f.severity)} '
        f"<code>{escape(f.rule)}</code> "
        f'{escape(f.reported_message)}</a> <span class="where">{escape(_where(f))}</span></li>'
        for fid, entry, f in zip(view.ids, view.entries, view.report.findings, strict=True)
    )
    return f'<h2>Findings</h2>\n<ol class="findings">{items}</ol>\n'


def badge(severity: Severity) -> str:
    return f'<span class="badge" data-sev="{severity.value}">{severity.value}</span>'


def _where(finding: Finding) -> str:
    parts = []
    for side in SIDES:
        location: Location | None = getattr(finding, side)
        if location is not None:
            span = paragraphs_of(location)
            numbers = f"{span.start}–{span.stop - 1}" if len(span) > 1 else str(span.start)
            parts.append(f"{side} ¶{numbers}")
    return ", ".join(parts)


def _aligned(view: PairView) -> str:
    report = view.report
    head = "".join(
        f'<div class="colhead">{side} · {language} · {path}</div>'
        for side, _, path, language in _files(report)
    )
    rows = "".join(_row(view, number, group) for number, group in enumerate(view.rows))
    return f'<h2>Aligned paragraphs</h2>\n<div class="grid">{head}</div>\n{rows}'


def _row(view: PairView, number: int, group: AlignmentGroup) -> str:
    touching = view.touching.get(number, [])
    findings = [view.report.findings[n] for n in touching]
    severity = worst(f.severity for f in findings)
    ids = " ".join(view.ids[n] for n in touching)
    sides = "".join(_side(view, side, getattr(group, side)) for side in SIDES)
    notes = "".join(_note(view, n, number) for n in touching)
    return (
        f'<div class="row" id="{view.prefix}g{number}" data-f="{ids}" '
        f'data-sev="{severity.value if severity else ""}">'
        f'<div class="rowhead">{escape(_row_title(view, group))}</div>'
        f'<div class="grid">{sides}</div>'
        + (f'<ul class="notes">{notes}</ul>' if notes else "")
        + "</div>\n"
    )


def _row_title(view: PairView, group: AlignmentGroup) -> str:
    title = " ↔ ".join(
        f"{side} ¶{','.join(str(i) for i in getattr(group, side))}"
        for side in SIDES
        if getattr(group, side)
    )
    if group.score is not None:
        title += f" · alignment {group.score:.2f}"
    elif not group.matched:
        title += " · unmatched"
    if any(i in view.moves_from for i in group.source) or any(
        j in view.moves_to for j in group.target
    ):
        title += " · moved"
    return title


def _side(view: PairView, side: str, indices: tuple[int, ...]) -> str:
    lang = (view.report.source if side == "source" else view.report.target).lang
    if not indices:
        return f'<div class="side {side} none" lang="{escape(lang)}">no counterpart</div>'
    paragraphs = "".join(_paragraph(view, side, index) for index in indices)
    return f'<div class="side {side}" lang="{escape(lang)}">{paragraphs}</div>'


def _paragraph(view: PairView, side: str, index: int) -> str:
    shown = view.shown(side, index)
    letter = side[0]
    classes = ["para", f"kind-{escape(str(shown.kind))}"]
    extra = ""
    label = kind_label(shown.kind)
    if label is not None:
        extra += f'<span class="tag">{label}</span>'
    move = (view.moves_from if side == "source" else view.moves_to).get(index)
    if move is not None:
        other, number = ("t", move.target) if side == "source" else ("s", move.source)
        label = f"moved: target ¶{number}" if side == "source" else f"moved from source ¶{number}"
        extra += f'<a class="tag move" href="#{view.prefix}{other}{number}">{label}</a>'
    if shown.text is None:
        body = '<span class="quiet">text not available</span>'
    else:
        body = highlighted(shown.text, shown.marks, shown.inline)
        if shown.partial:
            extra += '<span class="tag">only the flagged words are known</span>'
    return (
        f'<p class="{" ".join(classes)}" id="{view.prefix}{letter}{index}">'
        f'<span class="pno">¶{index}</span> {body}{extra}</p>'
    )


def _note(view: PairView, n: int, row: int) -> str:
    """The finding's message in its home row; a link back to it in any other row it touches."""
    finding = view.report.findings[n]
    fid = view.ids[n]
    text = f"{badge(finding.severity)} <code>{escape(finding.rule)}</code> "
    text += f'<span class="msg">{escape(finding.reported_message)}</span>'
    if view.home[n] == row:
        # The fingerprint is what the review script marks and exports as a baseline.
        back = f'<a class="back" href="#{view.entries[n]}" title="back to the list">↑</a>'
        return (
            f'<li class="note" id="{fid}" data-f="{fid}" data-rule="{escape(finding.rule)}" '
            f'data-severity="{finding.severity.value}" data-fp="{view.prints[n]}">'
            f"{text} {back}</li>"
        )
    return f'<li class="note ref" data-f="{fid}"><a href="#{fid}">{text}</a></li>'
