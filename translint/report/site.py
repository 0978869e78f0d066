"""Reports of a whole site (``check --pairs``): every pair's report, and unpaired files."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from translint.model import Report
from translint.report.json import SCHEMA, report_dict
from translint.report.text import write_text

SITE_FORMATS = ("text", "json")


def site_summary(reports: Sequence[Report]) -> dict[str, int]:
    total = {"error": 0, "warning": 0, "info": 0}
    for report in reports:
        for key, count in report.summary().items():
            total[key] += count
    return total


def write_site(
    reports: Sequence[Report],
    unpaired: Sequence[Path],
    stream: TextIO,
    color: bool,
    fmt: str = "text",
) -> None:
    if fmt == "json":
        data = {
            "schema": SCHEMA,
            "pairs": [report_dict(r) for r in reports],
            # An extension of the contract: tagged files with no partner.
            "unpaired": [str(p) for p in unpaired],
            "summary": site_summary(reports),
        }
        json.dump(data, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return
    for report in reports:
        write_text(report, stream, color)
        stream.write("\n")
    for path in unpaired:
        stream.write(f"✖ {path} has no partner in the other language\n")
    total = site_summary(reports)
    stream.write(
        f"{len(reports)} pairs, {len(unpaired)} unpaired files: {total['error']} errors, "
        f"{total['warning']} warnings, {total['info']} info\n"
    )
