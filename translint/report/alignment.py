"""The alignment view of ``translint align``: both texts side by side, with scores."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from translint.model import Document, Report
from translint.report.json import report_dict

WIDTH = 70  # characters of each paragraph shown


def write_alignment(report: Report, stream: TextIO, color: bool, fmt: str = "text") -> None:
    if fmt == "json":
        import json

        data = report_dict(report)
        data = {k: data[k] for k in ("schema", "source", "target", "alignment")}
        json.dump(data, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return
    console = Console(
        file=stream, force_terminal=color, no_color=not color, width=None if color else 160
    )
    table = Table(show_lines=False, expand=True)
    table.add_column("source", ratio=1)
    table.add_column("score", justify="right", width=5)
    table.add_column("target", ratio=1)
    for group in report.alignment:
        score = "" if group.score is None else f"{group.score:.2f}"
        style = "dim" if not group.matched else ("yellow" if (group.score or 0) < 0.3 else "")
        table.add_row(
            _side(report.source_document, group.source),
            Text(score, style=style),
            _side(report.target_document, group.target),
        )
    console.print(table)
    matched = sum(1 for g in report.alignment if g.matched)
    console.print(
        f"{matched} aligned groups; {_count(report, 'source')} source and "
        f"{_count(report, 'target')} target paragraphs unmatched"
    )


def _side(document: Document | None, indices: tuple[int, ...]) -> Text:
    if not indices or document is None:
        return Text("—", style="dim")
    text = Text()
    for n, index in enumerate(indices):
        content = " ".join(document.paragraphs[index].text.split())
        if len(content) > WIDTH:
            content = content[: WIDTH - 1] + "…"
        if n:
            text.append("\n")
        text.append(f"¶{index} ", style="dim")
        text.append(content)
    return text


def _count(report: Report, side: str) -> int:
    return sum(1 for g in report.alignment if not g.matched and getattr(g, side))
