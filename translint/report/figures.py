"""The listing of ``translint figures``: what translint reads in one file, and why."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TextIO

from rich.console import Console
from rich.table import Table

from translint.analysis.figures import describe
from translint.model import Document, Figure


def figure_dict(paragraph: int, figure: Figure) -> dict[str, object]:
    return {
        "paragraph": paragraph,
        "text": figure.text,
        "start": figure.start,
        "end": figure.end,
        "kind": figure.kind,
        "value": _number(figure.value),
        "unit": figure.unit,
        "currency": figure.currency,
        "scale": figure.scale,
        "written": figure.written,
        "style": figure.style,
        "details": dict(figure.extra),
        "meaning": describe(figure),
    }


def _number(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def write_figures(
    document: Document,
    found: list[tuple[int, tuple[Figure, ...]]],
    stream: TextIO,
    color: bool,
    fmt: str = "text",
) -> None:
    if fmt == "json":
        data = {
            "path": document.path,
            "lang": document.lang,
            "figures": [figure_dict(i, f) for i, figures in found for f in figures],
        }
        json.dump(data, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return
    console = Console(
        file=stream, force_terminal=color, no_color=not color, width=None if color else 120
    )
    table = Table(title=f"{document.path} ({document.lang})", expand=False)
    for column in ("¶", "as written", "kind", "value", "unit", "currency", "meaning"):
        table.add_column(column)
    for index, figures in found:
        for figure in figures:
            table.add_row(
                str(index),
                figure.text,
                figure.kind,
                _number(figure.value),
                figure.unit or "",
                figure.currency or "",
                describe(figure),
            )
    console.print(table)
    count = sum(len(f) for _, f in found)
    console.print(f"{count} figures in {len(found)} paragraphs")
