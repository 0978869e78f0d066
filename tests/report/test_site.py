"""check --pairs in every format, each read back as its consumer reads it."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from translint import check
from translint.report.positions import display_path
from translint.report.site import unpaired_message, write_site

from ..conftest import run_cli
from .conftest import run_in

FORMATS = ("json", "text", "sarif", "junit", "github", "html")
ANNOTATION = re.compile(r"^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:]*,?)*)::(.*)$")


@pytest.fixture(scope="module")
def outputs(site: Path) -> dict[str, str]:
    """Each format's output for the same site, and its exit status (all checked once each)."""
    found = {}
    for fmt in FORMATS:
        out = site.parent / f"report.{fmt}"
        status = run_in(
            site, ["check", "--pairs", ".", "--jobs", "1", "--format", fmt, "-o", str(out)]
        )
        assert status == 1, fmt  # findings and an unpaired file
        found[fmt] = out.read_text("utf-8")
    return found


@pytest.fixture(scope="module")
def truth(outputs: dict[str, str]) -> dict[str, Any]:
    """The contract's JSON report of the same run: what every other format must agree with."""
    data = json.loads(outputs["json"])
    assert [r["source"]["path"] for r in data["pairs"]] == [
        "funding/quantum.en.txt",
        "news/qkba.en.txt",
    ]
    assert data["unpaired"] == ["funding/draft.en.txt"]
    funding = data["pairs"][0]["findings"]
    assert any(f["rule"] == "figure-mismatch" and f["target"]["text"] == "45,1 %" for f in funding)
    return data


def rules_by_file(truth: dict[str, Any], insertion: bool = False) -> Counter[tuple[str, str]]:
    """(rule, file) of every finding, in the file CI formats point at: the target if any,
    and with ``insertion`` (annotations) the target too for what it lacks."""
    expected: Counter[tuple[str, str]] = Counter()
    for report in truth["pairs"]:
        for finding in report["findings"]:
            on_target = finding["target"] is not None or insertion
            side = "target" if on_target else "source"
            expected[(finding["rule"], report[side]["path"])] += 1
    expected[("unpaired-file", "funding/draft.en.txt")] += 1
    return expected


def test_text_has_a_table_of_pairs_before_the_total(truth: dict[str, Any], outputs) -> None:
    lines = outputs["text"].splitlines()
    assert re.fullmatch(
        r"2 pairs \(tags 2\), 1 unpaired file: \d+ errors?, \d+ warnings?, \d+ info", lines[-1]
    )
    title = max(i for i, line in enumerate(lines) if line.strip() == "pairs")
    # Before the table: each pair with findings, then its findings as concise lines.
    for report in truth["pairs"]:
        if not report["findings"]:
            continue
        header = f"{report['source']['path']} → {report['target']['path']}"
        at = lines.index(header)
        assert at < title
        concise = lines[at + 1 : at + 1 + len(report["findings"])]
        assert [line.split(" ")[2] for line in concise] == [f["rule"] for f in report["findings"]]
    table = "\n".join(lines[title:-1])
    for report in truth["pairs"]:
        # The source on the row's first line with the counts, the target on the next:
        # no path is cut.
        counts = " ".join(str(report["summary"][k]) for k in ("error", "warning", "info"))
        row = re.search(
            rf"│ {re.escape(report['source']['path'])} +│\s+(\d+ → \d+) │\s+(\d+) │\s+(\d+) │"
            rf"\s+(\d+) │ ✖.*\n│ → {re.escape(report['target']['path'])} +│",
            table,
        )
        assert row, report["source"]["path"]
        paragraphs = f"{report['source']['paragraphs']} → {report['target']['paragraphs']}"
        assert row[1] == paragraphs and " ".join(row.groups()[1:]) == counts
    assert re.search(r"│ funding/draft\.en\.txt +│ +— │.*│ ✖ no partner", table)


def test_verbose_text_shows_every_pairs_panels(site: Path) -> None:
    stream = io.StringIO()
    report = check(site / "funding" / "quantum.en.txt", site / "funding" / "quantum.fr.txt")
    write_site([report], [], stream, False, "text", verbose=True)
    assert "╭" in stream.getvalue() and "aligned group" in stream.getvalue()


def test_sarif_is_one_run_over_every_pair(truth: dict[str, Any], outputs) -> None:
    log = json.loads(outputs["sarif"])
    (run,) = log["runs"]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    rules = run["tool"]["driver"]["rules"]
    expected = rules_by_file(truth)
    located: Counter[tuple[str, str]] = Counter()
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        for place in result["locations"] + result.get("relatedLocations", []):
            artifact = place["physicalLocation"]["artifactLocation"]
            assert uris[artifact["index"]] == artifact["uri"]
        located[
            (
                result["ruleId"],
                result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            )
        ] += 1
    assert located == expected
    mismatch = next(r for r in run["results"] if r["ruleId"] == "figure-mismatch")
    region = mismatch["locations"][0]["physicalLocation"]["region"]
    assert region["snippet"]["text"] == "45,1 %"
    prints = [r["partialFingerprints"]["translintFinding/v1"] for r in run["results"]]
    assert len(set(prints)) == len(prints)


def test_sarif_fingerprints_match_the_site_baseline(site: Path, outputs) -> None:
    baseline = site.parent / "baseline.json"
    assert (
        run_in(site, ["check", "--pairs", ".", "--jobs", "1", "--write-baseline", str(baseline)])
        == 0
    )
    entries = json.loads(baseline.read_text("utf-8"))["findings"]
    accepted = {e["fingerprint"] for e in entries if e["rule"] != "unpaired-file"}
    results = json.loads(outputs["sarif"])["runs"][0]["results"]
    prints = {
        r["partialFingerprints"]["translintFinding/v1"]
        for r in results
        if r["ruleId"] != "unpaired-file"
    }
    assert prints == accepted


def test_junit_has_one_suite_per_pair(truth: dict[str, Any], outputs) -> None:
    root = ET.fromstring(outputs["junit"])
    suites = root.findall("testsuite")
    assert len(suites) == len(truth["pairs"]) + 1
    for report, suite in zip(truth["pairs"], suites, strict=False):
        failing = report["summary"]["error"] + report["summary"]["warning"]
        assert report["source"]["path"] in suite.get("name", "")
        assert len(suite.findall("testcase")) == max(len(report["findings"]), 1)
        assert int(suite.get("failures", "-1")) == len(suite.findall(".//failure")) == failing
        assert sorted(f.get("type") for f in suite.iter("failure")) == sorted(
            f["rule"] for f in report["findings"] if f["severity"] != "info"
        )
    (lonely,) = suites[-1].iter("failure")
    assert lonely.get("type") == "unpaired-file" and "funding/draft.en.txt" in lonely.get(
        "message", ""
    )
    for key in ("tests", "failures"):
        assert int(root.get(key, "-1")) == sum(int(s.get(key, "0")) for s in suites)


def test_github_annotates_every_pair(truth: dict[str, Any], outputs) -> None:
    lines = outputs["github"].splitlines()
    commands = [ANNOTATION.match(line) for line in lines]
    assert all(commands), [line for line, c in zip(lines, commands, strict=True) if not c]
    seen = Counter()
    for command in commands:
        assert command is not None
        properties = dict(p.split("=", 1) for p in command[2].rstrip(",").split(","))
        seen[(properties["title"], properties["file"])] += 1
    expected = rules_by_file(truth, insertion=True)
    assert seen == expected


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))


def test_html_is_one_page_with_a_section_per_pair(truth: dict[str, Any], outputs) -> None:
    page = outputs["html"]
    parser = Elements()
    parser.feed(page)
    ids = [a["id"] for _, a in parser.elements if "id" in a]
    assert len(ids) == len(set(ids))  # pairs' ids do not collide
    links = [a["href"] for tag, a in parser.elements if tag == "a"]
    assert all(href.startswith("#") and href[1:] in ids for href in links)
    sections = [
        a["id"] for tag, a in parser.elements if tag == "section" and "pair" in a.get("class", "")
    ]
    assert len(sections) == len(truth["pairs"])
    table = page[page.index('<table class="pairs">') : page.index("</table>")]
    # Each pair, then the unpaired draft, which leads to its note at the page's end.
    assert [*(f"#{s}" for s in sections), "#u1"] == re.findall(r'href="([^"]+)"', table)
    assert "funding/draft.en.txt" in table and "no partner" in table
    notes = [a for _, a in parser.elements if "data-rule" in a]
    assert len(notes) == sum(len(r["findings"]) for r in truth["pairs"]) + 1
    assert notes[-1]["id"] == "u1" and notes[-1]["data-rule"] == "unpaired-file"
    for report, section in zip(truth["pairs"], sections, strict=True):
        body = page[page.index(f'id="{section}"') :]
        assert body.index(report["source"]["path"]) < body.index("Aligned paragraphs")


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github", "html", "text", "concise"])
def test_a_site_with_a_clean_pair_and_an_unpaired_file(tmp_path: Path, capsys, fmt: str) -> None:
    (tmp_path / "draft.fr.txt").write_text("Personne ne l’a encore traduit.\n", "utf-8")
    (tmp_path / "en.md").write_text("# Budget\n\nThe budget is 3.5 million dollars.\n", "utf-8")
    (tmp_path / "fr.md").write_text(
        "# Budget\n\nLe budget est de 3,5 millions de dollars.\n", "utf-8"
    )
    status, out, err = run_cli(["check", "--pairs", str(tmp_path), "--format", fmt], capsys)
    assert status == 1 and err == "" and "draft.fr.txt" in out
    if fmt == "sarif":
        (result,) = json.loads(out)["runs"][0]["results"]
        assert result["ruleId"] == "unpaired-file" and result["level"] == "error"
    elif fmt == "junit":
        assert [f.get("type") for f in ET.fromstring(out).iter("failure")] == ["unpaired-file"]
    elif fmt == "github":
        assert len(out.splitlines()) == 1 and out.startswith("::error file=")
    elif fmt == "concise":
        (line,) = out.splitlines()
        draft = tmp_path / "draft.fr.txt"
        assert line == f"{display_path(str(draft))}:1:1: error unpaired-file " + unpaired_message(
            draft
        )
