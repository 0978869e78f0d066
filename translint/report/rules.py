"""The rules' documentation (``translint rules``): each rule's id, severity and docstring.

The text is the rules' own docstrings, so the documentation cannot drift
from the code; JSON gives the same for tools that render it elsewhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TextIO

from translint.rules import Rule


def write_rules(rules: Mapping[str, Rule], stream: TextIO, fmt: str = "text") -> None:
    """Every rule, by id: as indented text, or as a JSON list."""
    ordered = sorted(rules.values(), key=lambda r: r.id)
    if fmt == "json":
        data = [
            {"id": r.id, "severity": r.severity.value, "summary": r.summary, "doc": r.doc}
            for r in ordered
        ]
        stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    for r in ordered:
        stream.write(f"{r.id}  ({r.severity.value})\n  {r.summary}\n\n")
        for line in plain(r.doc).splitlines():
            stream.write(f"  {line}".rstrip() + "\n")
        stream.write("\n")


def plain(doc: str) -> str:
    """A docstring as a terminal reads it: ````code```` and ```code``` marks dropped,
    ``:role:`x``` read as ``x``; JSON keeps the docstring as written."""
    text = re.sub(r":[a-z]+:`([^`]+)`", r"\1", doc)
    return re.sub(r"``([^`]+)``|`([^`]+)`", lambda m: m.group(1) or m.group(2), text)
