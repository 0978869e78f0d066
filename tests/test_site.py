"""Whole sites (translint.site): pairs found under a folder, checked in one run, unpaired
files reported; ``check_site`` in Python and ``check --pairs`` on the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from translint import Options, TranslintError, check, check_site
from translint.baseline import baseline_json, load_baseline
from translint.pairing import TEXT_EXTENSIONS
from translint.site import SiteReport, find_pairs

from .conftest import SEED_EN, SEED_FR
from .conftest import run_cli as run


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "docs" / "guide").mkdir(parents=True)
    shutil.copy(SEED_EN, tmp_path / "news" / "qkba.en.txt")
    shutil.copy(SEED_FR, tmp_path / "news" / "qkba.fr.txt")
    (tmp_path / "docs" / "guide" / "en.md").write_text(
        "# Budget\n\nThe budget is 3.5 million dollars.\n", "utf-8"
    )
    (tmp_path / "docs" / "guide" / "fr.md").write_text(
        "# Budget\n\nLe budget est de 3,5 millions de dollars.\n", "utf-8"
    )
    (tmp_path / "docs" / "alone.en.txt").write_text(
        "Nobody translated this article yet.\n", "utf-8"
    )
    (tmp_path / "docs" / "notes.txt").write_text("untagged files are not articles\n", "utf-8")
    return tmp_path


def test_pairs_are_found_by_language_tag(site: Path) -> None:
    found = find_pairs(site)
    assert [
        (s.relative_to(site).as_posix(), t.relative_to(site).as_posix()) for s, t in found.pairs
    ] == [
        ("docs/guide/en.md", "docs/guide/fr.md"),
        ("news/qkba.en.txt", "news/qkba.fr.txt"),
    ]
    assert [p.relative_to(site).as_posix() for p in found.unpaired] == ["docs/alone.en.txt"]
    reverse = find_pairs(site, "fr")
    assert reverse.pairs[1] == (site / "news" / "qkba.fr.txt", site / "news" / "qkba.en.txt")


def test_one_json_report_with_every_pair(site: Path, capsys) -> None:
    status, out, err = run(["check", "--pairs", str(site), "--format", "json"], capsys)
    data = json.loads(out)
    assert status == 1 and err == ""
    assert data["schema"] == "translint/1"
    assert [Path(r["source"]["path"]).name for r in data["pairs"]] == ["en.md", "qkba.en.txt"]
    assert data["pairs"][0]["findings"] == []
    assert data["pairs"][1]["summary"] == {"error": 3, "warning": 6, "info": 2}
    assert data["summary"] == {
        "error": 3,
        "warning": 6,
        "info": 2,
        "layouts": {"tags": 2},
        "terminology": [],  # two pairs establish nothing
    }
    assert [Path(p).name for p in data["unpaired"]] == ["alone.en.txt"]


def test_an_unpaired_article_fails_the_run(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.en.txt").write_text("The budget is 3.5 million dollars.\n", "utf-8")
    (tmp_path / "b.en.txt").write_text("The budget is 3.5 million dollars.\n", "utf-8")
    (tmp_path / "b.fr.txt").write_text("Le budget est de 3,5 millions de dollars.\n", "utf-8")
    status, out, _ = run(["check", "--pairs", str(tmp_path)], capsys)
    assert status == 1
    assert "a.en.txt has no partner in the other language" in out
    status, _, _ = run(["check", "--pairs", str(tmp_path), "--fail-on", "never"], capsys)
    assert status == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check"], "give SOURCE and TARGET, or --pairs DIR"),
        (["check", "a.en.txt", "--pairs", "."], "not both"),
        (["check", "--pairs", "no-such-folder"], "no-such-folder: folder not found"),
    ],
)
def test_pairs_usage_errors_exit_2(capsys, tmp_path: Path, monkeypatch, args, message) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, err = run(args, capsys)
    assert status == 2 and out == "" and message in err and err.count("\n") == 1


def test_two_jobs_give_the_same_report_as_one(site: Path, capsys) -> None:
    _, one, _ = run(["check", "--pairs", str(site), "--format", "json", "--jobs", "1"], capsys)
    status, two, _ = run(["check", "--pairs", str(site), "--format", "json", "--jobs", "2"], capsys)
    assert status == 1
    assert json.loads(two) == json.loads(one)


def test_pre_commit_hook_runs_the_site_check(site: Path, capsys, monkeypatch) -> None:
    import re
    import shlex

    hook = (Path(__file__).parent.parent / ".pre-commit-hooks.yaml").read_text("utf-8")
    entry = re.search(r"^\s*entry:\s*(.+)$", hook, re.M)
    files = re.search(r"^\s*files:\s*'(.+)'$", hook, re.M)
    assert entry and files and "pass_filenames: false" in hook
    pattern = re.compile(files[1])
    assert pattern.search("news/qkba.fr.txt") and pattern.search("docs/guide/en.md")
    for paired in (
        "content/en/posts/x.md",
        "fr/_posts/2022-07-28-communiques.md",
        "a.fr-ca.md",
        "i18n/fr/docusaurus-plugin-content-docs/current/intro.md",
        "_posts/2020-01-28-voice-search.md",  # paired by its front matter's altLangPage
        "guide.fr.docx",
        "page.fr.xhtml",
    ):
        assert pattern.search(paired), paired
    # every format a site pairs, and nothing else
    for extension in TEXT_EXTENSIONS:
        assert pattern.search(f"any/file.{extension}"), extension
    assert not pattern.search("setup.py") and not pattern.search("image.png")
    # An untagged notes.txt runs the check too: front matter may pair any file, and a
    # check that runs once more is cheaper than a pair that is never checked.
    assert pattern.search("docs/notes.txt")
    command = shlex.split(entry[1])
    assert command[0] == "translint"
    monkeypatch.chdir(site)
    status, out, _ = run(command[1:], capsys)
    assert status == 1 and "alone.en.txt has no partner" in out


def test_baseline_reports_only_new_findings(tmp_path: Path, capsys, french_with) -> None:
    baseline = tmp_path / "baseline.json"
    status, out, _ = run(
        [
            "check",
            str(SEED_EN),
            str(SEED_FR),
            "--write-baseline",
            str(baseline),
            "--format",
            "json",
        ],
        capsys,
    )
    assert status == 0  # writing a baseline accepts what is there
    assert out == f"wrote 11 findings to {baseline}\n"  # what it wrote, not the report
    accepted = json.loads(baseline.read_text("utf-8"))
    assert accepted["schema"] == "translint-baseline/1" and len(accepted["findings"]) == 11
    status, out, _ = run(
        ["check", str(SEED_EN), str(SEED_FR), "--baseline", str(baseline), "--format", "json"],
        capsys,
    )
    assert status == 0 and json.loads(out)["findings"] == []
    # An unrelated edit (a new paragraph at the top) moves every index but keeps
    # the baseline valid; a new figure error is the only finding reported.
    edited = french_with("54,1 %", "45,1 %")
    text = edited.read_text("utf-8").replace(
        "top of page\n", "top of page\nUn paragraphe ajouté sans rapport avec le reste.\n"
    )
    edited.write_text(text, "utf-8")
    status, out, _ = run(
        ["check", str(SEED_EN), str(edited), "--baseline", str(baseline), "--format", "json"],
        capsys,
    )
    rules = [f["rule"] for f in json.loads(out)["findings"]]
    assert status == 1
    assert sorted(rules) == ["extra-paragraph", "figure-mismatch"]


def test_baselines_add_up(tmp_path: Path, capsys) -> None:
    """--baseline is repeatable: the file --write-baseline wrote and the one the HTML
    report exported (here: the same findings split in two) silence together."""
    whole = tmp_path / "baseline.json"
    run(["check", str(SEED_EN), str(SEED_FR), "--write-baseline", str(whole)], capsys)
    entries = json.loads(whole.read_text("utf-8"))["findings"]
    halves = []
    for name, part in (("old", entries[:4]), ("reviewed", entries[4:])):
        halves.append(tmp_path / f"{name}.json")
        halves[-1].write_text(json.dumps({"schema": "translint-baseline/1", "findings": part}))
    table = [
        (halves[:1], 7),
        (halves[1:], 4),
        (halves, 0),
        ([halves[0], halves[0]], 7),  # the same file twice accepts nothing more
    ]
    for files, left in table:
        args = [a for f in files for a in ("--baseline", str(f))]
        status, out, _ = run(
            ["check", str(SEED_EN), str(SEED_FR), *args, "--format", "json"], capsys
        )
        findings = json.loads(out)["findings"]
        assert len(findings) == left, files
        assert status == (1 if any(f["severity"] == "error" for f in findings) else 0)


def test_baseline_for_a_site_and_bad_baselines(site: Path, tmp_path: Path, capsys) -> None:
    baseline = tmp_path / "site-baseline.json"
    status, out, _ = run(["check", "--pairs", str(site), "--write-baseline", str(baseline)], capsys)
    assert status == 0
    assert out == f"wrote 11 findings and 1 unpaired file to {baseline}\n"
    status, out, _ = run(
        ["check", "--pairs", str(site), "--baseline", str(baseline), "--format", "json"], capsys
    )
    data = json.loads(out)
    assert all(r["findings"] == [] for r in data["pairs"])
    assert data["unpaired"] == []  # a draft waiting for its translation, accepted
    assert status == 0
    # Another article without a partner is new, and fails the run again.
    (site / "later.en.txt").write_text("A post not translated yet.\n", "utf-8")
    status, out, _ = run(
        ["check", "--pairs", str(site), "--baseline", str(baseline), "--format", "json"], capsys
    )
    assert status == 1 and [Path(p).name for p in json.loads(out)["unpaired"]] == ["later.en.txt"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "something/else"}', "utf-8")
    status, out, err = run(["check", "--pairs", str(site), "--baseline", str(bad)], capsys)
    assert status == 2 and "not a translint baseline" in err and err.count("\n") == 1


# --------------------------------------------------------------------------- check_site


@pytest.fixture
def seed_site(tmp_path: Path) -> Path:
    """The seed pair as a site lays it out, a bare-named Markdown pair, and an orphan."""
    (tmp_path / "news" / "2025").mkdir(parents=True)
    shutil.copy(SEED_EN, tmp_path / "news" / "2025" / "qkba.en.txt")
    shutil.copy(SEED_FR, tmp_path / "news" / "2025" / "qkba.fr.txt")
    (tmp_path / "about").mkdir()
    (tmp_path / "about" / "en.md").write_text("# About\n\nWe count 12 members.\n", "utf-8")
    (tmp_path / "about" / "fr.md").write_text("# À propos\n\nNous comptons 12 membres.\n", "utf-8")
    shutil.copy(SEED_FR, tmp_path / "news" / "draft.fr.txt")
    return tmp_path


def test_check_site_reports_every_pair_and_the_unpaired_file(seed_site: Path) -> None:
    site = check_site(seed_site)
    assert isinstance(site, SiteReport)
    assert site.scopes == ("about/en.md", "news/2025/qkba.en.txt")
    assert [Path(r.source.path).name for r in site.reports] == ["en.md", "qkba.en.txt"]
    assert [Path(r.target.path).name for r in site.reports] == ["fr.md", "qkba.fr.txt"]
    assert [p.relative_to(seed_site).as_posix() for p in site.unpaired] == ["news/draft.fr.txt"]
    # A pair reads the same within a site as on its own.
    alone = check(
        seed_site / "news" / "2025" / "qkba.en.txt", seed_site / "news" / "2025" / "qkba.fr.txt"
    )
    assert site.reports[1].findings == alone.findings
    assert site.reports[1].summary() == {"error": 3, "warning": 6, "info": 2}
    assert len(site.severities()) == sum(len(r.findings) for r in site.reports)


def test_check_site_honours_the_options(seed_site: Path) -> None:
    selected = check_site(seed_site, Options(select=frozenset({"missing-paragraph"})))
    assert {f.rule for r in selected.reports for f in r.findings} == {"missing-paragraph"}
    reversed_ = check_site(seed_site, Options(source_lang="fr"))
    assert [Path(r.source.path).name for r in reversed_.reports] == ["fr.md", "qkba.fr.txt"]
    # The draft has no partner whichever language the sources are in.
    assert [p.name for p in reversed_.unpaired] == ["draft.fr.txt"]


def test_check_site_without_a_baseline_keeps_the_unpaired_file(
    seed_site: Path, tmp_path: Path
) -> None:
    site = check_site(seed_site, Options(semantic=False))
    path = tmp_path / "accepted.json"
    path.write_text(baseline_json(site.scoped()), "utf-8")
    clean = site.without_baseline(load_baseline(path))
    assert all(r.findings == () for r in clean.reports)
    assert clean.unpaired == site.unpaired and clean.scopes == site.scopes


def test_check_site_refuses_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(TranslintError, match="nope: folder not found"):
        check_site(tmp_path / "nope")


def test_a_site_run_reports_its_progress_through_both_passes(seed_site: Path) -> None:
    seen: list[tuple[int, int]] = []
    site = check_site(seed_site, progress=lambda done, total: seen.append((done, total)))
    pairs = len(site.reports)
    # learning is the first half of one bar, checking the second
    assert seen[0] == (0, 2 * pairs) and seen[-1] == (2 * pairs, 2 * pairs)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert {total for _, total in seen} == {2 * pairs}


def test_findings_a_baseline_leaves_keep_their_numbers() -> None:
    """Of two equal findings, the one left once the first is accepted is still the second:
    a page or baseline written with --baseline gives the fingerprint CI will match."""
    from collections import Counter

    from translint.baseline import fingerprint, report_fingerprints, without_baseline
    from translint.model import DocumentInfo, Finding, Location, Report, Severity
    from translint.report.pageview import PairView

    same = Finding("figure-mismatch", Severity.ERROR, "m", Location(1, "3,5"), Location(1, "4,5"))
    other = Finding("name-mismatch", Severity.WARNING, "n", Location(2, "Snow"), Location(2, "Sow"))
    whole = Report(
        DocumentInfo("a.en.txt", "en", 3),
        DocumentInfo("a.fr.txt", "fr", 3),
        (),
        (same, other, same),
    )
    first, second = fingerprint(same, 0), fingerprint(same, 1)
    assert report_fingerprints(whole) == [first, fingerprint(other, 0), second]
    left = without_baseline(whole, Counter([first]))
    assert left.findings == (other, same)
    assert report_fingerprints(left) == [fingerprint(other, 0), second]
    assert PairView(left, "").prints == report_fingerprints(left)  # the page's data-fp
    # Accepting what is left, on top of the first baseline, silences the whole report.
    assert without_baseline(whole, Counter([first, *report_fingerprints(left)])).findings == ()
    # Filtered again, the numbers still hold.
    assert report_fingerprints(without_baseline(left, Counter([fingerprint(other, 0)]))) == [second]
