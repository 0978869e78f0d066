"""The JSON report read back: every location's line and column find its text in the file."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import translint
from translint.model import Report
from translint.report.json import write_json

from ..conftest import SEED_EN, SEED_FR, run_cli


@pytest.fixture(scope="module")
def seed_json() -> dict[str, Any]:
    stream = io.StringIO()
    write_json(translint.check(SEED_EN, SEED_FR), stream)
    return json.loads(stream.getvalue())


def located(data: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every (file path, location) of the findings."""
    return [
        (data[side]["path"], finding[side])
        for finding in data["findings"]
        for side in ("source", "target")
        if finding[side] is not None
    ]


def at(path: str, line: int, column: int) -> str:
    """The file's text from (line, column), as an editor shows it."""
    return Path(path).read_text("utf-8").split("\n")[line - 1][column - 1 :]


@pytest.mark.parametrize(
    ("path", "paragraph", "text", "line", "column"),
    [
        (SEED_EN, 1, "Nam Hyun Cho", 2, 3),  # after the bullet marker of "- Nam Hyun Cho"
        (SEED_EN, 4, "QKBA", 5, 201),
        (SEED_FR, 3, "AAQC", 6, 231),
        (SEED_FR, 12, "Le Dr Yonkyu Park", 28, 1),
    ],
)
def test_seed_locations_have_their_line_and_column(
    seed_json: dict[str, Any], path: Path, paragraph: int, text: str, line: int, column: int
) -> None:
    places = {
        (p, loc["paragraph"]): loc for p, loc in located(seed_json) if loc["text"].startswith(text)
    }
    location = places[(str(path), paragraph)]
    assert (location["line"], location["column"]) == (line, column)
    assert at(str(path), line, column).startswith(text)


def test_every_seed_location_points_at_its_text(seed_json: dict[str, Any]) -> None:
    places = located(seed_json)
    assert len(places) == 12
    for path, location in places:
        assert list(location)[:6] == ["paragraph", "text", "start", "end", "line", "column"]
        assert at(path, location["line"], location["column"]).startswith(location["text"][:30])


def test_a_report_without_its_documents_has_null_lines() -> None:
    report: Report = replace(
        translint.check(SEED_EN, SEED_FR), source_document=None, target_document=None
    )
    stream = io.StringIO()
    write_json(report, stream)
    places = located(json.loads(stream.getvalue()))
    assert places and all(loc["line"] is None and loc["column"] is None for _, loc in places)


def test_cli_json_has_lines_and_columns(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(["check", str(SEED_EN), str(SEED_FR), "--format", "json"], capsys)
    assert status == 1
    places = located(json.loads(out))
    assert all(isinstance(loc["line"], int) and loc["column"] >= 1 for _, loc in places)
