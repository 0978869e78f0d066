"""Helpers of the alignment tests: links of groups, and aligning a pair edited on one side."""

from __future__ import annotations

from pathlib import Path

from translint import Options, align_files


def links(groups: list[list[list[int]]]) -> set[tuple[int, int]]:
    return {(s, t) for source, target in groups for s in source for t in target}


def groups_of(report) -> list[list[list[int]]]:
    return [[list(g.source), list(g.target)] for g in report.alignment]


def align_edited(tmp_path: Path, pair: Path, french: list[str]) -> list[list[list[int]]]:
    """The groups of a real pair whose French side was edited into ``french`` blocks."""
    edited = tmp_path / "fr.txt"
    edited.write_text("\n\n".join(french), "utf-8")
    return groups_of(align_files(pair / "en.txt", edited, Options(cache=False)))
