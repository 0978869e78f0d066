"""The command line as the contract fixes it: exit codes, one-line errors, JSON on stdout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from translint import __version__

from .conftest import SEED_EN, SEED_FR
from .conftest import run_cli as run


def test_json_report_on_stdout_and_exit_1_on_errors(capsys) -> None:
    status, out, err = run(["check", str(SEED_EN), str(SEED_FR), "--format", "json"], capsys)
    report = json.loads(out)
    assert status == 1
    assert err == ""
    assert report["schema"] == "translint/1"
    assert report["source"] == {"path": str(SEED_EN), "lang": "en", "paragraphs": 36}
    assert report["target"] == {"path": str(SEED_FR), "lang": "fr", "paragraphs": 40}
    assert report["summary"] == {"error": 3, "warning": 6, "info": 2}
    every_source = sorted(i for g in report["alignment"] for i in g["source"])
    every_target = sorted(j for g in report["alignment"] for j in g["target"])
    assert every_source == list(range(36)) and every_target == list(range(40))


@pytest.mark.parametrize(
    ("fail_on", "expected"), [("error", 1), ("warning", 1), ("info", 1), ("never", 0)]
)
def test_fail_on_sets_the_exit_status(capsys, fail_on: str, expected: int) -> None:
    status, _, _ = run(["check", str(SEED_EN), str(SEED_FR), "--fail-on", fail_on], capsys)
    assert status == expected


def test_no_findings_exits_0(capsys, tmp_path: Path) -> None:
    en = tmp_path / "a.en.txt"
    fr = tmp_path / "a.fr.txt"
    en.write_text("The council approved the budget of 3.5 million dollars in 2024.\n", "utf-8")
    fr.write_text("Le conseil a approuvé le budget de 3,5 millions de dollars en 2024.\n", "utf-8")
    status, out, _ = run(["check", str(en), str(fr), "--format", "json"], capsys)
    assert status == 0
    assert json.loads(out)["findings"] == []


def test_text_report_ends_with_a_summary_line(capsys) -> None:
    status, out, _ = run(["check", str(SEED_EN), str(SEED_FR)], capsys)
    assert status == 1
    lines = out.rstrip().splitlines()
    assert lines[-1] == "✖ 3 errors, 6 warnings, 2 info"
    assert "QKBA in the English text is AAQC in the French text" in " ".join(out.split())


def test_output_file_is_written_and_inputs_untouched(capsys, tmp_path: Path) -> None:
    before = SEED_FR.read_bytes()
    target = tmp_path / "report.json"
    status, out, _ = run(
        ["check", str(SEED_EN), str(SEED_FR), "--format", "json", "-o", str(target)], capsys
    )
    assert status == 1 and out == ""
    assert json.loads(target.read_text("utf-8"))["summary"]["error"] == 3
    assert SEED_FR.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary left


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_an_output_file_gets_the_permissions_of_any_new_file(
    capsys, tmp_path: Path, umask: int
) -> None:
    target = tmp_path / "report.json"
    previous = os.umask(umask)
    try:
        run(["check", str(SEED_EN), str(SEED_FR), "--format", "json", "-o", str(target)], capsys)
    finally:
        os.umask(previous)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_rules_print_plain_text_and_json_keeps_the_docstrings(capsys) -> None:
    status, out, _ = run(["rules"], capsys)
    assert status == 0 and "`" not in out
    assert "Example: «" in out or "Example: " in out
    status, out, _ = run(["rules", "--format", "json"], capsys)
    docs = {rule["id"]: rule["doc"] for rule in json.loads(out)}
    assert "``" in docs["repeated-word"]  # as written in the code


def test_report_never_overwrites_an_input(capsys, tmp_path: Path) -> None:
    fr = tmp_path / "a.fr.txt"
    fr.write_bytes(SEED_FR.read_bytes())
    status, _, err = run(["check", str(SEED_EN), str(fr), "-o", str(fr)], capsys)
    assert status == 2
    assert "is an input file" in err
    assert fr.read_bytes() == SEED_FR.read_bytes()


def test_align_command_prints_groups(capsys) -> None:
    status, out, _ = run(["align", str(SEED_EN), str(SEED_FR), "--format", "json"], capsys)
    data = json.loads(out)
    assert status == 0
    groups = [(g["source"], g["target"]) for g in data["alignment"]]
    assert ([26, 27], [28]) in groups
    assert "findings" not in data


def bad_inputs(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    empty = tmp_path / "empty.fr.txt"
    empty.write_text("", "utf-8")
    blank = tmp_path / "blank.fr.txt"
    blank.write_text("  \n\t\n \n", "utf-8")
    binary = tmp_path / "image.fr.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    undecodable = tmp_path / "mixed.fr.txt"
    undecodable.write_bytes("Le Québec ".encode() * 50 + b"\xff\xfe\x81\x8d" + "é".encode() * 40)
    english = tmp_path / "english.fr.txt"
    english.write_bytes(SEED_EN.read_bytes())
    en, fr = str(SEED_EN), str(SEED_FR)
    return {
        "missing": (["check", en, str(tmp_path / "nope.fr.txt")], "nope.fr.txt: file not found"),
        "directory": (["check", en, str(tmp_path)], "is a directory"),
        "empty": (["check", en, str(empty)], "empty"),
        "whitespace": (["check", en, str(blank)], "no text"),
        "binary": (["check", en, str(binary)], "not a text file"),
        "undecodable": (["check", en, str(undecodable)], "cannot decode"),
        "same language": (["check", en, str(english)], "both files are in English"),
        "wrong language given": (["check", en, fr, "--target-lang", "en"], "not English"),
        "bad format": (["check", en, fr, "--format", "xml"], "xml"),
        "bad fail-on": (["check", en, fr, "--fail-on", "sometimes"], "sometimes"),
        "bad language": (["check", en, fr, "--source-lang", "de"], "de"),
        "unknown option": (["check", en, fr, "--colour"], "--colour"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "directory",
        "empty",
        "whitespace",
        "binary",
        "undecodable",
        "same language",
        "wrong language given",
        "bad format",
        "bad fail-on",
        "bad language",
        "unknown option",
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path: Path, case: str) -> None:
    args, expected = bad_inputs(tmp_path)[case]
    snapshot = {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    status, out, err = run(args, capsys)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("translint: ")
    assert expected in err
    assert "Traceback" not in err
    assert {p: p.read_bytes() for p in snapshot} == snapshot


def test_installed_command_reports_version_and_no_traceback(tmp_path: Path) -> None:
    version = subprocess.run(
        [sys.executable, "-m", "translint.cli", "--version"], capture_output=True, text=True
    )
    assert version.returncode == 0
    assert version.stdout.strip() == f"translint {__version__}"
    missing = subprocess.run(
        [sys.executable, "-m", "translint.cli", "check", str(SEED_EN), str(tmp_path / "x.txt")],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 2
    assert missing.stderr.strip().endswith("x.txt: file not found")
    assert "Traceback" not in missing.stderr


def test_report_is_the_same_whatever_the_hash_seed() -> None:
    """Set iteration order changes with PYTHONHASHSEED; the report must not."""
    outputs = []
    for seed in ("1", "2"):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "translint.cli",
                "check",
                str(SEED_EN),
                str(SEED_FR),
                "--format",
                "json",
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["summary"]["warning"] == 6


def test_figures_command_lists_what_it_reads(capsys) -> None:
    status, out, _ = run(["figures", str(SEED_FR), "--format", "json"], capsys)
    data = json.loads(out)
    assert status == 0 and data["lang"] == "fr"
    by_text = {f["text"]: f for f in data["figures"]}
    money = by_text["198,1 milliards de KRW"]
    assert (money["kind"], money["value"], money["currency"], money["paragraph"]) == (
        "money",
        "198100000000",
        "KRW",
        10,
    )
    assert by_text["54,1 %"]["kind"] == "percent" and by_text["54,1 %"]["value"] == "54.1"
    assert by_text["dix"]["value"] == "10" and by_text["dix"]["written"] == "words"


def test_figures_command_text_table(capsys) -> None:
    status, out, _ = run(["figures", str(SEED_EN)], capsys)
    assert status == 0
    assert "198.1 billion KRW" in out and out.rstrip().endswith("22 figures in 14 paragraphs")


def test_lexical_only_alignment_still_aligns_the_seed(capsys) -> None:
    status, out, _ = run(
        ["align", str(SEED_EN), str(SEED_FR), "--format", "json", "--lexical-only"], capsys
    )
    groups = [(g["source"], g["target"]) for g in json.loads(out)["alignment"]]
    assert status == 0
    assert ([26, 27], [28]) in groups and ([29], [32, 33]) in groups and ([30, 31], [34]) in groups


def test_a_long_single_line_pair_is_checked(capsys, monkeypatch, tmp_path: Path) -> None:
    """A whole article on one line, longer than spaCy accepts: checked, no traceback.

    spaCy's limit is lowered to 4,000 characters instead of writing megabytes: the
    recogniser refused such a paragraph with a traceback before it was fed in pieces.
    """
    from translint.analysis.nlp import pipeline

    paths = []
    for seed in (SEED_EN, SEED_FR):
        lines = [line.strip() for line in seed.read_text("utf-8").splitlines() if line.strip()]
        path = tmp_path / seed.name
        path.write_text(" ".join(lines) + "\n", "utf-8")
        paths.append(str(path))
    for lang in ("en", "fr"):
        monkeypatch.setattr(pipeline(lang), "max_length", 4_000)
    assert all(len(Path(p).read_text("utf-8")) > 2 * 4_000 for p in paths)
    status, out, err = run(["check", *paths, "--format", "json", "--no-cache"], capsys)
    report = json.loads(out)
    assert (status, err) == (1, "")
    assert report["source"]["paragraphs"] == report["target"]["paragraphs"] == 1
    assert report["alignment"] == [
        {"source": [0], "target": [0], "score": pytest.approx(1, abs=0.1)}
    ]
    # Every finding points into the one line where its text is, pieces past the first too.
    lines = {p: Path(p).read_text("utf-8").rstrip("\n") for p in paths}
    places = [
        (lines[path], place)
        for f in report["findings"]
        for path, place in zip(paths, (f["source"], f["target"]), strict=True)
        if place is not None and place["start"] is not None
    ]
    assert {f["rule"] for f in report["findings"]} >= {"entity-missing", "figure-missing"}
    assert all(line[p["start"] : p["end"]] == p["text"] for line, p in places)
    assert any(p["start"] > 4_000 for _, p in places)


OTTAWA_EN = (
    "Ottawa city council adopted on Wednesday a budget of 4.1 billion dollars that limits "
    "the increase of the property tax of the residents of the capital to 2.9%.\n"
)
OTTAWA_FR = (
    "Le conseil municipal d'Ottawa a adopté mercredi un budget de 4,1 milliards de dollars "
    "qui prévoit la hausse de l'impôt foncier des résidents de la capitale à 2,9 %.\n"
)


@pytest.mark.parametrize(
    "options", [[], ["--target-lang", "fr"], ["--source-lang", "en", "--target-lang", "fr"]]
)
def test_a_plain_french_sentence_is_french(capsys, tmp_path: Path, options: list[str]) -> None:
    """Every function word of this sentence is also Spanish, Italian or Dutch; it was refused
    as "neither English nor French", even with --target-lang fr."""
    en, fr = tmp_path / "budget.txt", tmp_path / "budget-fr.txt"
    en.write_text(OTTAWA_EN, "utf-8")
    fr.write_text(OTTAWA_FR, "utf-8")
    status, out, err = run(["check", str(en), str(fr), "--format", "json", *options], capsys)
    assert (status, err) == (0, "")
    report = json.loads(out)
    assert (report["source"]["lang"], report["target"]["lang"]) == ("en", "fr")


def test_a_given_language_the_text_clearly_contradicts_is_exit_2(capsys, tmp_path: Path) -> None:
    en, fr = tmp_path / "budget.txt", tmp_path / "budget-fr.txt"
    en.write_text(OTTAWA_EN, "utf-8")
    fr.write_text(OTTAWA_FR, "utf-8")
    status, out, err = run(["check", str(fr), str(en), "--source-lang", "en"], capsys)
    assert (status, out) == (2, "")
    assert err == f"translint: {fr}: the text is French, not English as the language option says\n"


def test_statistics_count_the_findings_per_rule(capsys) -> None:
    _, out, _ = run(["check", str(SEED_EN), str(SEED_FR), "--format", "json"], capsys)
    findings = json.loads(out)["findings"]
    status, out, _ = run(["check", str(SEED_EN), str(SEED_FR), "--statistics"], capsys)
    assert status == 1
    *rows, total = out.splitlines()
    counted = {(line.split()[2], line.split()[1]): int(line.split()[0]) for line in rows}
    expected: dict[tuple[str, str], int] = {}
    for finding in findings:
        key = (finding["rule"], finding["severity"])
        expected[key] = expected.get(key, 0) + 1
    assert counted == expected
    assert [int(line.split()[0]) for line in rows] == sorted(counted.values(), reverse=True)
    assert total == "✖ 3 errors, 6 warnings, 2 info"


def test_quiet_prints_only_the_errors_and_the_total(capsys) -> None:
    status, out, _ = run(["check", str(SEED_EN), str(SEED_FR), "--quiet"], capsys)
    *errors, total = out.splitlines()
    assert status == 1 and total == "✖ 3 errors, 6 warnings, 2 info"
    assert len(errors) == 3 and all(" error missing-paragraph " in line for line in errors)


@pytest.mark.parametrize("option", ["--quiet", "--statistics"])
def test_short_reports_do_not_go_with_a_machine_format(capsys, option: str) -> None:
    status, out, err = run(
        ["check", str(SEED_EN), str(SEED_FR), option, "--format", "json"], capsys
    )
    assert status == 2 and out == "" and err.count("\n") == 1 and option in err


def test_color_always_colours_even_a_file_and_never_marks_the_spans(capsys, tmp_path: Path) -> None:
    coloured, plain = tmp_path / "coloured.txt", tmp_path / "plain.txt"
    run(["check", str(SEED_EN), str(SEED_FR), "--color", "always", "-o", str(coloured)], capsys)
    run(["check", str(SEED_EN), str(SEED_FR), "--color", "never", "-o", str(plain)], capsys)
    assert "\x1b[" in coloured.read_text("utf-8")
    text = plain.read_text("utf-8")
    assert "\x1b[" not in text and "⟦QKBA⟧" in text and "⟦AAQC⟧" in text


def _stdin_check(args: list[str], data: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "translint.cli", "check", *args],
        input=data,
        capture_output=True,
        check=False,
    )


def test_a_translation_read_from_standard_input_is_checked_as_the_file(capsys) -> None:
    _, expected, _ = run(["check", str(SEED_EN), str(SEED_FR), "--format", "json"], capsys)
    done = _stdin_check(
        [str(SEED_EN), "-", "--stdin-name", "qkba.fr.txt", "--format", "json"],
        SEED_FR.read_bytes(),
    )
    assert done.returncode == 1 and done.stderr == b""
    report, reference = json.loads(done.stdout), json.loads(expected)
    assert report["target"]["path"] == "qkba.fr.txt"
    assert [f["message"] for f in report["findings"]] == [
        f["message"] for f in reference["findings"]
    ]
    assert [f["target"] for f in report["findings"]] == [f["target"] for f in reference["findings"]]


def test_standard_input_takes_its_format_from_the_name_and_only_one_side(tmp_path: Path) -> None:
    english = tmp_path / "post.en.md"
    english.write_text("# Budget\n\nThe budget is **3.5 million** dollars.\n", "utf-8")
    french = b"# Budget\n\nLe budget est de **4,5 millions** de dollars.\n"
    done = _stdin_check(
        [str(english), "-", "--stdin-name", "post.fr.md", "--format", "concise"], french
    )
    assert done.returncode == 1
    (line,) = [x for x in done.stdout.decode().splitlines() if "figure-mismatch" in x]
    # read as Markdown (the name's extension): the figure after the ** markers
    assert line == (
        "post.fr.md:3:20: error figure-mismatch 3.5 million dollars became "
        "4,5 millions de dollars (value differs)"
    )
    both = _stdin_check(["-", "-"], b"")
    assert both.returncode == 2 and both.stderr.decode().count("\n") == 1
