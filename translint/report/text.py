"""The terminal report: findings shown in their aligned paragraphs, for an editor to read.

Only aligned groups with a finding are shown, each with both sides' readable
text (``Paragraph.content``: no Markdown or HTML markup; long paragraphs cut
around the flagged span) and the flagged spans highlighted. Under each
finding's message is its place as ``FILE:LINE:COL`` (the target's when it has
one, as the translation is what gets edited, then the source's), which editors'
terminals open at the place. The report ends with one summary line.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TextIO

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from translint.lang import language_name
from translint.model import (
    AlignmentGroup,
    Document,
    DocumentInfo,
    Finding,
    ParagraphKind,
    Report,
    Severity,
)
from translint.report.counts import count_label, counted
from translint.report.readable import file_position, kind_label, readable_span

STYLES = {
    Severity.ERROR: "bold red",
    Severity.WARNING: "yellow",
    Severity.INFO: "cyan",
}
HIGHLIGHT = {
    Severity.ERROR: "bold white on red",
    Severity.WARNING: "black on yellow",
    Severity.INFO: "black on cyan",
}
CONTEXT = 90  # characters kept on each side of a flagged span in long paragraphs
# Around a flagged span when there is no colour to highlight it (a pipe, a file,
# NO_COLOR): brackets no prose uses, so that the place still shows.
MARKS = ("⟦", "⟧")


def terminal(stream: TextIO, color: bool) -> Console:
    """The console the terminal reports print to: the terminal's width when in
    colour, else a fixed 100 columns so that files and pipes read the same."""
    return Console(
        file=stream,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        width=None if color else 100,
        soft_wrap=False,
    )


def write_text(report: Report, stream: TextIO, color: bool = False) -> None:
    console = terminal(stream, color)
    console.print(_header(report))
    by_group = _findings_by_group(report)
    for number, group in enumerate(report.alignment):
        findings = by_group.get(number)
        if findings:
            console.print(_group_panel(report, group, findings, color))
    chrome = _chrome_line(report)
    if chrome is not None:
        console.print(chrome)
    console.print(_summary(report))


def _header(report: Report) -> Text:
    def side(info: DocumentInfo) -> str:
        lang = language_name(info.lang)
        return f"{info.path} ({lang}, {counted(info.paragraphs, 'paragraph')})"

    matched = sum(1 for g in report.alignment if g.matched)
    text = Text("translint ", style="bold")
    text.append(f"{side(report.source)} → {side(report.target)}\n")
    groups, findings = counted(matched, "aligned group"), counted(len(report.findings), "finding")
    text.append(f"{groups}, {findings}", style="dim")
    return text


def _findings_by_group(report: Report) -> dict[int, list[Finding]]:
    source_group = {i: n for n, g in enumerate(report.alignment) for i in g.source}
    target_group = {j: n for n, g in enumerate(report.alignment) for j in g.target}
    grouped: dict[int, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        if finding.source is not None:
            grouped[source_group[finding.source.paragraph]].append(finding)
        elif finding.target is not None:
            grouped[target_group[finding.target.paragraph]].append(finding)
    return grouped


def _group_panel(
    report: Report, group: AlignmentGroup, findings: list[Finding], color: bool = True
) -> Panel:
    worst = max((f.severity for f in findings), key=lambda s: s.rank)
    table = Table.grid(expand=True, padding=(0, 2))
    table.add_column(ratio=1)
    table.add_column(ratio=1)
    table.add_row(
        _side_text(report.source_document, group.source, findings, "source", color),
        _side_text(report.target_document, group.target, findings, "target", color),
    )
    lines = Text()
    for finding in findings:
        lines.append(f"{finding.severity.value:<8}", style=STYLES[finding.severity])
        lines.append(f"{finding.rule:<20} ", style="bold")
        lines.append(finding.reported_message + "\n")
        lines.append_text(_places(report, finding))
    lines.rstrip()
    title = f"source ¶{_indices(group.source)} ↔ target ¶{_indices(group.target)}"
    if group.score is not None:
        title += f"  (alignment {group.score:.2f})"
    return Panel(
        Group(table, Padding(lines, (1, 0, 0, 0))),
        title=title,
        title_align="left",
        border_style=STYLES[worst],
    )


def _places(report: Report, finding: Finding) -> Text:
    """The finding's ``FILE:LINE:COL``, target first; the source's in brackets after it."""
    places = []
    if finding.target is not None:
        places.append(file_position(report.target.path, report.target_document, finding.target))
    if finding.source is not None:
        places.append(file_position(report.source.path, report.source_document, finding.source))
    if not places:
        return Text()
    text = Text(" " * 8 + places[0])
    if len(places) > 1:
        text.append(f"  (source {places[1]})", style="dim")
    text.append("\n")
    return text


def _indices(indices: tuple[int, ...]) -> str:
    return ",".join(str(i) for i in indices) if indices else "—"


def _side_text(
    document: Document | None,
    indices: tuple[int, ...],
    findings: list[Finding],
    side: str,
    color: bool = True,
) -> Text:
    if not indices:
        return Text("(nothing)", style="dim italic")
    if document is None:
        return Text("")
    text = Text()
    for index in indices:
        paragraph = document.paragraphs[index]
        spans = []
        for finding in findings:
            location = finding.source if side == "source" else finding.target
            if location is not None and location.paragraph == index and location.start is not None:
                end = location.end if location.end is not None else location.start
                spans.append((*readable_span(paragraph, location.start, end), finding.severity))
        text.append(f"¶{index} ", style="dim")
        label = kind_label(paragraph.kind)
        if label is not None:
            text.append(f"[{label}] ", style="dim italic")
        text.append_text(_excerpt(paragraph.content, spans, color))
        text.append("\n")
    text.rstrip()
    return text


def _excerpt(text: str, spans: list[tuple[int, int, Severity]], color: bool = True) -> Text:
    """The paragraph, cut around its flagged spans when long, with the spans highlighted
    (between ``MARKS`` without colour)."""
    lo, hi = 0, len(text)
    if spans and len(text) > 3 * CONTEXT:
        lo = max(0, min(s for s, _, _ in spans) - CONTEXT)
        hi = min(len(text), max(e for _, e, _ in spans) + CONTEXT)
    elif len(text) > 3 * CONTEXT:
        hi = 2 * CONTEXT
    out = Text("…" if lo > 0 else "")
    cursor = lo
    for start, end, severity in sorted(spans):
        if start < cursor:
            continue
        out.append(text[cursor:start])
        if color:
            out.append(text[start:end], style=HIGHLIGHT[severity])
        else:
            out.append(f"{MARKS[0]}{text[start:end]}{MARKS[1]}")
        cursor = end
    out.append(text[cursor:hi])
    if hi < len(text):
        out.append("…")
    return out


def _chrome_line(report: Report) -> Text | None:
    parts = []
    for label, document in (("source", report.source_document), ("target", report.target_document)):
        if document is None:
            continue
        chrome = [p for p in document.paragraphs if p.kind is ParagraphKind.CHROME]
        if chrome:
            listed = ", ".join(f"¶{p.index} “{p.content}”" for p in chrome)
            parts.append(f"{label} {listed}")
    if not parts:
        return None
    return Text("page chrome recognised and not checked: " + "; ".join(parts), style="dim")


def _summary(report: Report) -> Text:
    counts = report.summary()
    text = Text()
    if not report.findings:
        text.append("✔ no findings", style="bold green")
        return text
    mark_style = STYLES[max((f.severity for f in report.findings), key=lambda s: s.rank)]
    text.append("✖ ", style=mark_style)
    for n, severity in enumerate(Severity):
        if n:
            text.append(", ")
        text.append(count_label(counts[severity.value], severity), style=STYLES[severity])
    return text
