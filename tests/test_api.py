"""The public API (translint/__init__.py): every name it promises, typed."""

from __future__ import annotations

import importlib
from importlib import resources
from pathlib import Path

import pytest

import translint

PROMISED = {
    "check", "check_site", "align_files", "read_one", "figures_in", "read_pair", "Options",
    "Report", "Finding", "Location", "Document", "Paragraph", "TranslintError", "__version__",
}  # fmt: skip


@pytest.mark.parametrize("name", translint.__all__)
def test_every_public_name_imports(name: str) -> None:
    module = importlib.import_module("translint")
    assert getattr(module, name) is not None


def test_the_contracts_names_are_all_public() -> None:
    assert set(translint.__all__) >= PROMISED


def test_the_package_says_it_is_typed() -> None:
    assert (Path(translint.__file__).parent / "py.typed").is_file()
    assert resources.files("translint").joinpath("py.typed").is_file()


@pytest.mark.parametrize("asset", ["html.css", "html.js"])
def test_the_html_report_assets_ship_with_the_package(asset: str) -> None:
    assert resources.files("translint.report").joinpath(asset).read_text("utf-8").strip()


def test_every_location_of_a_check_knows_its_line_and_column() -> None:
    """The contract's Location has line and column: 1-based, in the file as written."""
    from translint import check

    from .conftest import SEED_EN, SEED_FR

    report = check(SEED_EN, SEED_FR)
    files = {"source": SEED_EN.read_text("utf-8"), "target": SEED_FR.read_text("utf-8")}
    checked = 0
    for finding in report.findings:
        for side in ("source", "target"):
            location = getattr(finding, side)
            if location is None:
                continue
            assert location.line is not None and location.column is not None
            line = files[side].splitlines()[location.line - 1]
            assert line[location.column - 1 :].startswith(location.text.split("\n")[0][:20])
            checked += 1
    assert checked >= 9


@pytest.mark.parametrize(
    ("fail_on", "fails"), [("error", True), ("warning", True), ("info", True), ("never", False)]
)
def test_a_report_says_whether_it_fails_at_a_threshold(fail_on: str, fails: bool) -> None:
    seed = Path(__file__).resolve().parent.parent / "corpora" / "seed"
    report = translint.check(seed / "qkba-2025.en.txt", seed / "qkba-2025.fr.txt")
    assert report.fails(fail_on) is fails
    warnings_only = translint.Report(
        report.source,
        report.target,
        report.alignment,
        tuple(f for f in report.findings if f.severity.value != "error"),
    )
    assert warnings_only.fails() is False and warnings_only.fails("warning") is True


@pytest.mark.parametrize(
    "writer",
    [
        "write_text",
        "write_concise",
        "write_json",
        "write_sarif",
        "write_junit",
        "write_github",
        "write_html",
        "write_site",
    ],
)
def test_the_writers_are_importable(writer: str) -> None:
    report = importlib.import_module("translint.report")
    assert callable(getattr(report, writer)) and writer in report.__all__
