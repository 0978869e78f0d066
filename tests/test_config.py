"""Configuration files: found upward, layered under the command line, and checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translint.config import Options, exit_status, find_config, layered_options, load_config
from translint.errors import TranslintError
from translint.model import Severity

from .conftest import SEED_EN, SEED_FR
from .conftest import run_cli as run


def rules_in(out: str) -> list[str]:
    return [f["rule"] for f in json.loads(out)["findings"]]


def test_translint_toml_is_found_upward_and_applied(tmp_path: Path, monkeypatch, capsys) -> None:
    (tmp_path / "translint.toml").write_text(
        'fail-on = "never"\nignore = ["name-inconsistent"]\n[rules]\nextra-paragraph = "info"\n',
        "utf-8",
    )
    inner = tmp_path / "site" / "articles"
    inner.mkdir(parents=True)
    monkeypatch.chdir(inner)
    assert find_config(inner) == tmp_path / "translint.toml"
    status, out, _ = run(["check", str(SEED_EN), str(SEED_FR), "--format", "json"], capsys)
    report = json.loads(out)
    assert status == 0  # fail-on = never
    assert "name-inconsistent" not in rules_in(out)
    extra = [f for f in report["findings"] if f["rule"] == "extra-paragraph"]
    assert extra and {f["severity"] for f in extra} == {"info"}


def test_pyproject_tool_table_and_command_line_overrides(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "site"\n[tool.translint]\nfail-on = "never"\n'
        '[tool.translint.rules]\nduplicate-paragraph = "off"\n',
        "utf-8",
    )
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(
        ["check", str(SEED_EN), str(SEED_FR), "--format", "json", "--fail-on", "warning"], capsys
    )
    assert status == 1  # the command line's fail-on wins
    assert "duplicate-paragraph" not in rules_in(out)
    assert "extra-paragraph" in rules_in(out)


def test_select_on_the_command_line(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(
        ["check", str(SEED_EN), str(SEED_FR), "--format", "json", "--select", "missing-paragraph"],
        capsys,
    )
    assert status == 1 and set(rules_in(out)) == {"missing-paragraph"}


def test_glossary_path_is_relative_to_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "conf" / "translint.toml"
    config.parent.mkdir()
    config.write_text('glossary = "terms.csv"\nlexical-only = true\n', "utf-8")
    assert load_config(config) == {"glossary": str(config.parent / "terms.csv"), "semantic": False}


def test_cache_false_in_the_config_file_keeps_the_cache_untouched(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    (tmp_path / "translint.toml").write_text("cache = false\nlexical-only = true\n", "utf-8")
    assert load_config(tmp_path / "translint.toml") == {"cache": False, "semantic": False}
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRANSLINT_CACHE_DIR", str(tmp_path / "cache"))
    status, out, _ = run(["check", str(SEED_EN), str(SEED_FR), "--format", "json"], capsys)
    assert status == 1 and "missing-paragraph" in rules_in(out)
    assert not (tmp_path / "cache").exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("fail-on = ", "not valid TOML"),
        ('colour = "red"', "unknown setting 'colour'"),
        ('source-lang = "de"', "source-lang must be en or fr"),
        ("select = 3", "select must be a list of rule ids"),
        ("lexical-only = 1", "lexical-only must be true or false"),
        ('cache = "no"', "cache must be true or false"),
        ('typography = "fr-BE"', "typography must be one of auto, off, fr-FR, fr-CA, not 'fr-BE'"),
        ("typography = true", "typography must be a string"),
    ],
)
def test_bad_config_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "translint.toml"
    config.write_text(text + "\n", "utf-8")
    with pytest.raises(TranslintError, match=message):
        load_config(config)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--config", "nope.toml"], "nope.toml: config file not found"),
        (["--ignore", "figure-mismatchh"], "unknown rule 'figure-mismatchh'"),
        (["--typography", "fr-BE"], "Invalid value for '--typography'"),
    ],
)
def test_bad_config_on_the_command_line_exits_2(
    capsys, tmp_path, monkeypatch, args, message
) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, err = run(["check", str(SEED_EN), str(SEED_FR), *args], capsys)
    assert status == 2 and out == "" and message in err and err.count("\n") == 1


def test_rules_command_documents_every_rule(capsys) -> None:
    status, out, _ = run(["rules", "--format", "json"], capsys)
    rules = {r["id"]: r for r in json.loads(out)}
    assert status == 0
    contract = {
        "missing-paragraph", "missing-section", "extra-paragraph", "duplicate-paragraph",
        "figure-mismatch", "figure-missing", "figure-extra", "figure-format", "entity-missing",
        "name-mismatch", "name-inconsistent", "glossary-term", "repeated-word", "typography",
    }  # fmt: skip
    assert contract <= set(rules)
    assert rules["figure-mismatch"]["severity"] == "error"
    assert rules["repeated-word"]["severity"] == "warning"
    assert rules["typography"]["severity"] == "info"
    assert all("Example" in r["doc"] and "Why" in r["doc"] for r in rules.values())


@pytest.mark.parametrize(
    "options",
    [
        {"select": frozenset({"figure-mismatchh"})},
        {"ignore": frozenset({"figure-mismatchh"})},
        {"severities": {"figure-mismatchh": "info"}},
    ],
)
def test_options_refuse_an_unknown_rule_id(options: dict) -> None:
    with pytest.raises(TranslintError, match=r"^rule selection: unknown rule 'figure-mismatchh'$"):
        Options(**options)


def test_an_unknown_rule_id_in_a_config_file_is_the_same_error(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    (tmp_path / "translint.toml").write_text('[rules]\nfigure-mismatchh = "off"\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, err = run(["check", str(SEED_EN), str(SEED_FR)], capsys)
    assert (status, out) == (2, "")
    assert err == "translint: rule selection: unknown rule 'figure-mismatchh'\n"


def test_layers_defaults_then_file_then_command_line(tmp_path: Path) -> None:
    config = tmp_path / "translint.toml"
    config.write_text(
        'fail-on = "never"\ntarget-lang = "fr"\nignore = ["figure-format"]\n'
        'select = ["figure-mismatch", "figure-format"]\n',
        "utf-8",
    )
    from_file = layered_options(config)
    assert (from_file.fail_on, from_file.target_lang, from_file.source_lang) == (
        "never",
        "fr",
        None,
    )
    given = layered_options(
        config, fail_on="warning", ignore=["duplicate-paragraph"], select=["figure-mismatch"]
    )
    assert given.fail_on == "warning"
    assert given.ignore == {"figure-format", "duplicate-paragraph"}  # --ignore adds to the file's
    assert given.select == {"figure-mismatch"}  # --select replaces it
    assert layered_options(config, lexical_only=True, no_cache=True).semantic is False
    assert layered_options(config, no_cache=True).cache is False


@pytest.mark.parametrize(
    ("severities", "fail_on", "unpaired", "status"),
    [
        ([], "error", 0, 0),
        ([Severity.WARNING], "error", 0, 0),
        ([Severity.WARNING], "warning", 0, 1),
        ([Severity.ERROR], "never", 0, 0),
        ([], "info", 1, 1),  # an article with no translation fails like an error
        ([], "never", 2, 0),
    ],
)
def test_exit_status(severities: list[Severity], fail_on: str, unpaired: int, status: int) -> None:
    assert exit_status(severities, fail_on, unpaired) == status


TYPOGRAPHY_PAIR = (
    "The report was published yesterday by the commission; it is long.\n",
    "Le rapport a été publié hier par la commission\u00a0; il est long.\n",
)


@pytest.mark.parametrize(
    ("config", "args", "expected"),
    [
        # The default, auto: the text spaces its « ; » as France does, so nothing.
        (None, [], []),
        ('typography = "fr-CA"', [], ["1 space where fr-CA wants none: before “;” ×1"]),
        ('typography = "FR-ca"', [], ["1 space where fr-CA wants none: before “;” ×1"]),
        ('typography = "fr-CA"', ["--typography", "off"], []),
        (None, ["--typography", "fr-ca"], ["1 space where fr-CA wants none: before “;” ×1"]),
        ('typography = "off"', ["--typography", "auto"], []),
    ],
)
def test_typography_setting_in_the_file_and_on_the_command_line(
    tmp_path: Path, monkeypatch, capsys, config: str | None, args: list[str], expected: list[str]
) -> None:
    english, french = tmp_path / "t.en.txt", tmp_path / "t.fr.txt"
    english.write_text(TYPOGRAPHY_PAIR[0], "utf-8")
    french.write_text(TYPOGRAPHY_PAIR[1], "utf-8")
    if config is not None:
        (tmp_path / "translint.toml").write_text(config + "\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    command = ["check", str(english), str(french), "--format", "json", "--lexical-only"]
    status, out, err = run([*command, "--select", "typography", *args], capsys)
    assert (status, err) == (0, "")
    assert [f["message"] for f in json.loads(out)["findings"]] == expected


def test_typography_option_is_layered_and_canonical(tmp_path: Path) -> None:
    config = tmp_path / "translint.toml"
    config.write_text('typography = "fr-ca"\n', "utf-8")
    assert layered_options(config).typography == "fr-CA"
    assert layered_options(config, typography="off").typography == "off"
    assert Options().typography == "auto"
    with pytest.raises(TranslintError, match="typography must be one of"):
        Options(typography="en-US")
