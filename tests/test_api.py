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
