"""Reports of a whole site (``check --pairs``): every pair's report, and unpaired files.

Each format is built from its single-pair formatter, so that a pair reads the
same on its own and within a site:

- text: every pair's report, then a table of the pairs, then the total line,
  which names the layouts that paired them (``61 pairs (altLangPage 61)``);
- json: the contract's ``{"schema", "pairs", "summary"}`` plus ``unpaired``,
  and ``summary["layouts"]``, the pairs counted by layout;
- sarif: one run holding every pair's files as artifacts and every pair's
  results, fingerprinted with the pair's place in the folder (as baselines are);
- junit: one ``<testsuite>`` per pair;
- github: every pair's annotations;
- html: one page, a table of the pairs linking to each pair's section.

A tagged file with no partner fails the run like an error, so the CI formats
carry it as a failure too, under the id ``unpaired-file`` (not a rule: no
option turns it off but ``--fail-on never``).
"""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from rich.table import Table
from rich.text import Text

import translint
from translint.model import Report, Severity
from translint.report.concise import write_concise
from translint.report.counts import count_label, counted
from translint.report.github import escape_data, escape_property, write_github
from translint.report.json import SCHEMA, report_dict
from translint.report.junit import junit_suite
from translint.report.pageview import worst
from translint.report.positions import artifact_uri, display_path
from translint.report.sarif import (
    FINGERPRINT_KEY,
    LEVELS,
    SCHEMA_URI,
    rule_descriptor,
    sarif_log,
)
from translint.report.sitepage import site_page
from translint.report.terminology import (
    TermSection,
    term_sections,
    terminology_html,
    terminology_json,
    write_terminology_text,
)
from translint.report.text import STYLES, terminal, write_text
from translint.rules import all_rules
from translint.terminology import SiteTerms

SITE_FORMATS = ("text", "concise", "json", "sarif", "junit", "github", "html")
UNPAIRED = "unpaired-file"


def site_summary(reports: Sequence[Report]) -> dict[str, int]:
    total = {"error": 0, "warning": 0, "info": 0}
    for report in reports:
        for key, count in report.summary().items():
            total[key] += count
    return total


def layout_counts(layouts: Sequence[str]) -> dict[str, int]:
    """How many pairs each layout paired, the most used first (then by name): the
    same site gives the same summary whatever order its files are listed in."""
    counts = Counter(layouts)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def unpaired_message(path: Path) -> str:
    return f"{display_path(str(path))} has no partner in the other language"


def write_site(
    reports: Sequence[Report],
    unpaired: Sequence[Path],
    stream: TextIO,
    color: bool,
    fmt: str = "text",
    scopes: Sequence[str] | None = None,
    layouts: Sequence[str] = (),
    terms: SiteTerms | None = None,
    verbose: bool = False,
    unpaired_scopes: Sequence[str] | None = None,
) -> None:
    """``scopes`` are the pairs' places in the folder, which fingerprints carry (and
    ``unpaired_scopes`` the unpaired files', which the HTML page marks by);
    ``layouts`` how each pair was paired, which the text and JSON summaries count;
    ``terms`` what the site established, which text, JSON and HTML summarise;
    ``verbose`` gives the text report every pair's side-by-side panels."""
    places = list(scopes) if scopes is not None else [""] * len(reports)
    sections = term_sections(terms, reports, places) if terms is not None else ()
    if fmt == "json":
        summary: dict[str, object] = dict(site_summary(reports))
        if layouts:
            summary["layouts"] = layout_counts(layouts)  # an extension of the contract
        if terms is not None:
            summary["terminology"] = terminology_json(sections)  # an extension too
        data = {
            "schema": SCHEMA,
            "pairs": [report_dict(r) for r in reports],
            # An extension of the contract: articles with no partner.
            "unpaired": [str(p) for p in unpaired],
            "summary": summary,
        }
        json.dump(data, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif fmt == "sarif":
        log = site_sarif(reports, unpaired, places)
        json.dump(log, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif fmt == "junit":
        root = site_junit(reports, unpaired)
        ET.indent(root)
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        stream.write(ET.tostring(root, encoding="unicode"))
        stream.write("\n")
    elif fmt == "github":
        for report in reports:
            write_github(report, stream)
        for path in unpaired:
            where = escape_property(display_path(str(path)))
            stream.write(f"::error file={where},title={UNPAIRED}::")
            stream.write(escape_data(unpaired_message(path)) + "\n")
    elif fmt == "concise":
        for report in reports:
            write_concise(report, stream)
        for path in unpaired:
            stream.write(
                f"{display_path(str(path))}:1:1: error {UNPAIRED} {unpaired_message(path)}\n"
            )
    elif fmt == "html":
        page = site_page(reports, unpaired, terminology_html(sections), places, unpaired_scopes)
        stream.write(page)
    else:
        _write_site_text(reports, unpaired, stream, color, layouts, sections, verbose)


def _write_site_text(
    reports: Sequence[Report],
    unpaired: Sequence[Path],
    stream: TextIO,
    color: bool,
    layouts: Sequence[str] = (),
    sections: Sequence[TermSection] = (),
    verbose: bool = False,
) -> None:
    """The findings, grouped by pair, as concise lines (every pair's side-by-side panels
    with ``verbose``), the table of pairs, the terminology, and the total last: a site
    of hundreds of pairs reads as a list to work through, not pages of panels."""
    for report in reports:
        if verbose:
            write_text(report, stream, color)
            stream.write("\n")
        elif report.findings:
            source, target = display_path(report.source.path), display_path(report.target.path)
            stream.write(f"{source} → {target}\n")
            write_concise(report, stream)
            stream.write("\n")
    for path in unpaired:
        stream.write(f"✖ {unpaired_message(path)}\n")
    table = pairs_table(reports, unpaired)
    console = terminal(stream, color)
    # Paths are never cut: the table is as wide as its longest pair needs.
    console.width = max(console.width, _table_width(reports, unpaired))
    console.print(table)
    write_terminology_text(sections, stream)
    total = site_summary(reports)
    by_layout = ", ".join(f"{name} {n}" for name, n in layout_counts(layouts).items())
    paired = counted(len(reports), "pair") + (f" ({by_layout})" if by_layout else "")
    counts = ", ".join(count_label(total[s.value], s) for s in Severity)
    stream.write(f"{paired}, {counted(len(unpaired), 'unpaired file')}: {counts}\n")


def _table_width(reports: Sequence[Report], unpaired: Sequence[Path]) -> int:
    """The width the table of pairs needs so that no path is cut: the longest path, and
    the other columns (about 60 characters)."""
    paths = [display_path(r.source.path) for r in reports]
    paths += [f"→ {display_path(r.target.path)}" for r in reports]
    paths += [display_path(str(p)) for p in unpaired]
    return max((len(p) for p in paths), default=0) + 64


def pairs_table(reports: Sequence[Report], unpaired: Sequence[Path]) -> Table:
    """One line per pair: paragraphs on each side, findings by severity, and the worst.

    A pair is its source path, then the target's on a line of its own: paths are
    never folded mid-word."""
    table = Table(title="pairs", title_justify="left", expand=False)
    table.add_column("pair", no_wrap=True)
    table.add_column("paragraphs", justify="right")
    for severity in Severity:
        table.add_column(f"{severity.value}s" if severity is not Severity.INFO else "info")
        table.columns[-1].justify = "right"
    table.add_column("status")
    for report in reports:
        counts = report.summary()
        severity = worst(f.severity for f in report.findings)
        status = (
            Text("✔ clean", style="green")
            if severity is None
            else Text(f"✖ {count_label(counts[severity.value], severity)}", STYLES[severity])
        )
        table.add_row(
            f"{display_path(report.source.path)}\n→ {display_path(report.target.path)}",
            f"{report.source.paragraphs} → {report.target.paragraphs}",
            *(str(counts[s.value]) for s in Severity),
            status,
        )
    for path in unpaired:
        no_partner = Text("✖ no partner", style=STYLES[Severity.ERROR])
        table.add_row(display_path(str(path)), "—", "", "", "", no_partner)
    return table


def site_sarif(
    reports: Sequence[Report], unpaired: Sequence[Path], scopes: Sequence[str]
) -> dict[str, Any]:
    """One run over the whole site: each pair's run merged in, artifact indices shifted."""
    descriptors = [rule_descriptor(rule) for rule in all_rules().values()]
    descriptors.append(
        {
            "id": UNPAIRED,
            "name": "UnpairedFile",
            "shortDescription": {"text": "a tagged file with no partner in the other language"},
            "defaultConfiguration": {"level": LEVELS[Severity.ERROR]},
        }
    )
    artifacts: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    for report, scope in zip(reports, scopes, strict=True):
        run = sarif_log(report, scope)["runs"][0]
        for descriptor in run["tool"]["driver"]["rules"]:
            if all(d["id"] != descriptor["id"] for d in descriptors):
                descriptors.append(descriptor)
        offset = len(artifacts)
        artifacts.extend(run["artifacts"])
        for result in run["results"]:
            for location in result["locations"] + result.get("relatedLocations", []):
                location["physicalLocation"]["artifactLocation"]["index"] += offset
            results.append(result)
    for path in unpaired:
        location = {"artifactLocation": {"uri": artifact_uri(str(path)), "index": len(artifacts)}}
        artifacts.append({"location": location["artifactLocation"], "roles": ["analysisTarget"]})
        results.append(
            {
                "ruleId": UNPAIRED,
                "level": LEVELS[Severity.ERROR],
                "message": {"text": unpaired_message(path)},
                "locations": [{"physicalLocation": location}],
                "partialFingerprints": {FINGERPRINT_KEY: _unpaired_fingerprint(path)},
            }
        )
    index = {d["id"]: n for n, d in enumerate(descriptors)}
    for result in results:
        result["ruleIndex"] = index[result["ruleId"]]
    driver = {"name": "translint", "version": translint.__version__, "rules": descriptors}
    run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _unpaired_fingerprint(path: Path) -> str:
    """A hash of the file's path as shown: stable while the file's text changes."""
    return hashlib.sha256(f"{UNPAIRED}\0{display_path(str(path))}".encode()).hexdigest()


def site_junit(reports: Sequence[Report], unpaired: Sequence[Path]) -> ET.Element:
    """``<testsuites>`` with one suite per pair, a test case per finding."""
    root = ET.Element("testsuites", {"name": "translint"})
    for report in reports:
        root.append(junit_suite(report))
    if unpaired:
        count = str(len(unpaired))
        counts = {"tests": count, "failures": count, "errors": "0", "skipped": "0"}
        suite = ET.SubElement(root, "testsuite", {"name": "unpaired files", **counts})
        for path in unpaired:
            shown = display_path(str(path))
            case = ET.SubElement(
                suite, "testcase", {"classname": f"translint.{path.name}", "name": shown}
            )
            failure = ET.SubElement(
                case, "failure", {"type": UNPAIRED, "message": unpaired_message(path)}
            )
            failure.text = f"error {UNPAIRED}: {unpaired_message(path)}"
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, str(sum(int(s.get(key, "0")) for s in root.iter("testsuite"))))
    return root
