"""Re-checks: an unchanged pair's report is read back whole, anything that decides the
report changes its key, and a warm check loads neither spaCy nor the rules."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

import pytest

import translint
from translint import Options, check
from translint.cache import cache_info, cache_path
from translint.recheck import report_key
from translint.terminology import SiteTerms
from translint.terminology.learn import Usage

from .conftest import ROOT, SEED_EN, SEED_FR
from .conftest import run_cli as run

LEXICAL = Options(semantic=False)


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSLINT_CACHE_DIR", str(tmp_path / "cache"))


def _refuse_to_compute(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make computing a report fail loudly; the list counts attempts when allowed."""
    calls: list[int] = []

    def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        raise AssertionError("the report was computed, not read back")

    monkeypatch.setattr(translint, "_fresh", refused)
    return calls


def test_an_unchanged_pair_is_read_back_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    first = check(SEED_EN, SEED_FR, LEXICAL)
    assert cache_info()["report"] == 1
    _refuse_to_compute(monkeypatch)
    again = check(SEED_EN, SEED_FR, LEXICAL)
    assert again == first
    assert again.source_document == first.source_document
    assert again.target_document == first.target_document
    assert [(f.source.line if f.source else None) for f in again.findings] == [
        (f.source.line if f.source else None) for f in first.findings
    ]


@pytest.mark.parametrize("fmt", ["text", "json", "html", "sarif"])
def test_the_command_line_prints_the_same_bytes_from_the_cache(fmt: str, capsys) -> None:
    args = ["check", str(SEED_EN), str(SEED_FR), "--lexical-only", "--format", fmt]
    status, fresh, _ = run(args, capsys)
    assert cache_info()["report"] == 1
    assert run(args, capsys) == (status, fresh, "")


def _key(tmp_path: Path, **changes: object) -> bytes | None:
    """The key of the seed pair copied into ``tmp_path``, with one thing changed."""
    source, target = tmp_path / "qkba-2025.en.txt", tmp_path / "qkba-2025.fr.txt"
    if not source.exists():
        shutil.copy(SEED_EN, source)
        shutil.copy(SEED_FR, target)
        (tmp_path / "glossary.csv").write_text("Daejeon,Daejeon\n", "utf-8")
    options = replace(LEXICAL, glossary=str(tmp_path / "glossary.csv"))
    site = changes.pop("site", None)
    if "edit" in changes:
        path = source if changes.pop("edit") == "source" else target
        path.write_text(path.read_text("utf-8").replace("54", "45", 1), "utf-8")
    if "glossary_text" in changes:
        (tmp_path / "glossary.csv").write_text(str(changes.pop("glossary_text")), "utf-8")
    if "renamed" in changes:
        changes.pop("renamed")
        source = source.rename(tmp_path / "qkba.en.txt")
    return report_key(source, target, replace(options, **changes), site)  # type: ignore[arg-type]


SITE = SiteTerms(usages=(Usage("acronym", "qkba", "QKBA", "aaqc", "AAQC", 3, 3, "a.en.md ¶1"),))


@pytest.mark.parametrize(
    "change",
    [
        {"edit": "source"},
        {"edit": "target"},
        {"renamed": True},  # the report names its files
        {"glossary_text": "Daejeon,Daejŏn\n"},
        {"select": frozenset(["figure-mismatch"])},
        {"severities": MappingProxyType({"typography": "off"})},
        {"semantic": True},
        {"typography": "fr-FR"},
        {"target_lang": "fr"},
        {"site": SITE},
    ],
    ids=lambda change: next(iter(change)),
)
def test_what_decides_the_report_changes_the_key(tmp_path: Path, change: dict[str, object]) -> None:
    before = _key(tmp_path)
    assert before is not None and _key(tmp_path) == before
    assert _key(tmp_path, **change) != before


def test_the_cache_switch_and_a_missing_file_give_no_new_key(tmp_path: Path) -> None:
    before = _key(tmp_path)
    assert _key(tmp_path, cache=False) == before  # --no-cache does not change the report
    assert report_key(tmp_path / "absent.en.txt", SEED_FR, LEXICAL) is None


def test_no_cache_neither_reads_nor_writes_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    check(SEED_EN, SEED_FR, replace(LEXICAL, cache=False))
    assert cache_info().get("report", 0) == 0
    check(SEED_EN, SEED_FR, LEXICAL)
    calls = _refuse_to_compute(monkeypatch)
    with pytest.raises(AssertionError, match="computed"):
        check(SEED_EN, SEED_FR, replace(LEXICAL, cache=False))
    assert calls == [1]


def test_a_damaged_stored_report_is_computed_again() -> None:
    expected = check(SEED_EN, SEED_FR, LEXICAL)
    with sqlite3.connect(cache_path()) as db:
        assert db.execute("UPDATE report SET value = ?", (b"\x78\x01garbage",)).rowcount == 1
    assert check(SEED_EN, SEED_FR, LEXICAL) == expected
    with sqlite3.connect(cache_path()) as db:
        (value,) = db.execute("SELECT value FROM report").fetchone()
    assert value != b"\x78\x01garbage"  # stored again, whole


# What a process imported, after running the command line with ARGS in it.
PROBE = """
import json, sys
from translint.cli import cli
status = cli.main(sys.argv[1:], standalone_mode=False)
heavy = ("spacy", "thinc", "translint.rules", "translint.analysis.nlp", "translint.align")
print(json.dumps({"status": status, "loaded": sorted(m for m in heavy if m in sys.modules)}))
"""


def _probe(args: list[str], cache: Path) -> dict[str, object]:
    env = {"TRANSLINT_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin", "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_warm_check_loads_neither_spacy_nor_the_rules(tmp_path: Path) -> None:
    args = ["check", str(SEED_EN), str(SEED_FR), "--format", "json", "-o", str(tmp_path / "r.json")]
    cold = _probe(args, tmp_path / "cache")
    assert "spacy" in cold["loaded"]  # the probe sees an import when there is one
    warm = _probe(args, tmp_path / "cache")
    assert warm == {"status": cold["status"], "loaded": []}
    # Another rule selection is another report, but every paragraph and word list
    # is in the cache: the rules run, spaCy still stays unloaded.
    selected = _probe([*args, "--select", "entity-missing"], tmp_path / "cache")
    assert "translint.rules" in selected["loaded"]
    assert "spacy" not in selected["loaded"]


def test_a_site_runs_first_pass_reads_each_pairs_terms_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = translint.observe_terms(SEED_EN, SEED_FR, LEXICAL)
    assert first.terms  # QKBA and its rendering, names, segments

    def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the terms were observed again, not read back")

    monkeypatch.setattr(translint, "_observed", refused)
    assert translint.observe_terms(SEED_EN, SEED_FR, LEXICAL) == first
    assert cache_info()["report"] == 1  # the terms; no report was checked
