"""The listing of ``translint figures``: what translint reads in one file, and why.

``describe`` says in English what a figure means (``198,1 milliards de KRW``
is ``198.1 billion KRW``): the listing and the figure benchmarks show it
beside the text as written, whatever the document's language.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from typing import TextIO

from babel.dates import get_month_names
from rich.console import Console
from rich.table import Table

from translint.analysis.numbers import normal
from translint.compare.figures import mantissa, scale_name, text_of
from translint.lang import MESSAGES, language
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


def describe(figure: Figure) -> str:
    """A short English description for messages: ``198.1 billion KRW``, ``54.1%``."""
    extra = dict(figure.extra)
    if figure.kind in ("identifier", "version"):
        return text_of(figure) or figure.text
    if figure.kind == "date":
        months = _month_names()
        day = extra.get("day", "")
        parts = [
            f"{day}–{extra['end_day']}" if "end_day" in extra else day,
            months.get(int(extra.get("month", 0)), ""),
            extra.get("year", ""),
        ]
        return " ".join(p for p in parts if p)
    if figure.kind == "time":
        return _clock_text(figure.value)
    if figure.kind == "ordinal":
        n = int(figure.value)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if figure.kind == "range" and extra.get("of") == "time":
        return f"{_clock_text(figure.value)}–{_clock_text(Decimal(extra['end']))}"
    if figure.kind == "range":
        end = Decimal(extra["end"])
        scale = figure.scale if figure.scale > 1 and end % figure.scale == 0 else 1
        start = _number_text(figure.value / scale if scale > 1 else figure.value)
        text = f"{start}–{_number_text(end / scale if scale > 1 else end)}"
        if scale > 1:
            text += f" {scale_name(scale)}"
        return _with_marks(text, figure, percent=extra.get("of") == "percent")
    text = _number_text(mantissa(figure))
    if figure.scale > 1:
        text += f" {scale_name(figure.scale)}"
    return _with_marks(text, figure, percent=figure.kind == "percent")


def _with_marks(text: str, figure: Figure, percent: bool) -> str:
    """A number's text with its percent sign, currency or unit, the English way."""
    if percent:
        return f"{text} percentage points" if figure.unit == "pp" else f"{text}%"
    if figure.currency == "$":
        return f"${text}"
    if figure.currency:
        return f"{text} {figure.currency}"
    if figure.unit:
        return f"{text} {figure.unit}"
    return text


def _clock_text(value: Decimal) -> str:
    """A time of day, HHMM, on the 24-hour clock: ``17:30``."""
    hours, minutes = divmod(int(value), 100)
    return f"{hours}:{minutes:02d}"


def _number_text(value: Decimal) -> str:
    """A value in English digits, thousands grouped from 10,000 on."""
    value = normal(value)
    return f"{value:,f}" if abs(value) >= 10000 else f"{value:f}"


@cache
def _month_names() -> dict[int, str]:
    """English month names by number, as CLDR writes them."""
    return dict(get_month_names("wide", locale=language(MESSAGES).figures.locales[0]))
