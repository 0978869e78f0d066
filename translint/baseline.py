"""Baselines: the findings a team has accepted, so that only new ones are reported.

A finding's fingerprint hashes its rule and the text it points at on each
side, not paragraph numbers or line numbers, so it survives edits elsewhere
in the document; the same finding twice gets two fingerprints (a count).
With ``--pairs``, fingerprints also carry the pair's source path relative to
the folder checked, so that the same slip in two articles is two entries.

The file is JSON: ``{"schema": "translint-baseline/1", "findings": [{"fingerprint",
"rule", "message"}, ...]}``; rule and message are there for people reading it.
An article of a site with no partner (``unpaired-file``) can be accepted too:
its fingerprint hashes its path relative to the folder checked, so a draft
waiting for its translation stops failing the run until it is renamed.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from translint.errors import TranslintError
from translint.model import Finding, Report

SCHEMA = "translint-baseline/1"


def finding_key(finding: Finding, scope: str = "") -> str:
    source = finding.source.text if finding.source is not None else ""
    target = finding.target.text if finding.target is not None else ""
    return f"{scope}\0{finding.rule}\0{source}\0{target}"


def fingerprint(finding: Finding, occurrence: int = 0, scope: str = "") -> str:
    """A hash of what the finding is about, stable while paragraphs and lines move."""
    return hashlib.sha256(f"{finding_key(finding, scope)}\0{occurrence}".encode()).hexdigest()


def fingerprints(findings: Iterable[Finding], scope: str = "") -> list[str]:
    """One fingerprint per finding, repeats numbered in document order."""
    listed = list(findings)
    return [
        fingerprint(f, n, scope) for f, n in zip(listed, occurrences(listed, scope), strict=True)
    ]


def occurrences(findings: Iterable[Finding], scope: str = "") -> list[int]:
    """Each finding's number among the findings about the same thing, in document order."""
    seen: Counter[str] = Counter()
    numbers = []
    for finding in findings:
        key = finding_key(finding, scope)
        numbers.append(seen[key])
        seen[key] += 1
    return numbers


def report_fingerprints(report: Report, scope: str = "") -> list[str]:
    """The fingerprints of a report's findings as the whole report numbered them.

    A report a baseline filtered (``without_baseline``) keeps the numbers its
    findings had before: of two equal findings, the one left after the first
    was accepted is still the second, so that a page written with
    ``--baseline`` exports the fingerprint CI will match.
    """
    numbers = _numbers(report, scope)
    return [fingerprint(f, n, scope) for f, n in zip(report.findings, numbers, strict=True)]


def _numbers(report: Report, scope: str) -> Sequence[int]:
    """The numbers the report carries from before a baseline, else its own."""
    if report.occurrences is not None:
        return report.occurrences
    return occurrences(report.findings, scope)


UNPAIRED = "unpaired-file"


def unpaired_fingerprint(scope: str) -> str:
    """The fingerprint of an unpaired file, by its path relative to the folder checked."""
    return hashlib.sha256(f"{UNPAIRED}\0{scope}".encode()).hexdigest()


def baseline_entries(
    reports: Sequence[tuple[Report, str]], unpaired: Sequence[str] = ()
) -> list[dict[str, str]]:
    """The baseline's entries: every finding of every report, then every unpaired file
    (by its scope)."""
    entries = [
        {"fingerprint": print_, "rule": finding.rule, "message": finding.reported_message}
        for report, scope in reports
        for finding, print_ in zip(report.findings, report_fingerprints(report, scope), strict=True)
    ]
    entries += [
        {"fingerprint": unpaired_fingerprint(scope), "rule": UNPAIRED, "message": scope}
        for scope in unpaired
    ]
    return entries


def baseline_json(reports: Sequence[tuple[Report, str]], unpaired: Sequence[str] = ()) -> str:
    entries = baseline_entries(reports, unpaired)
    return json.dumps({"schema": SCHEMA, "findings": entries}, ensure_ascii=False, indent=2) + "\n"


def load_baseline(path: Path) -> Counter[str]:
    """The accepted fingerprints (a multiset), or a one-line error."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise TranslintError(f"{path}: baseline file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TranslintError(f"{path}: not a translint baseline ({error})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise TranslintError(f"{path}: not a translint baseline (schema {SCHEMA} expected)")
    entries = data.get("findings")
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in entries
    ):
        raise TranslintError(f"{path}: not a translint baseline (findings need fingerprints)")
    return Counter(e["fingerprint"] for e in entries)


def without_baseline(report: Report, accepted: Counter[str], scope: str = "") -> Report:
    """The report with the accepted findings taken out (each accepted entry once); the
    findings kept keep their numbers (``report_fingerprints``)."""
    left = Counter(accepted)
    kept, kept_numbers = [], []
    for finding, number in zip(report.findings, _numbers(report, scope), strict=True):
        print_ = fingerprint(finding, number, scope)
        if left[print_] > 0:
            left[print_] -= 1
        else:
            kept.append(finding)
            kept_numbers.append(number)
    return replace(report, findings=tuple(kept), occurrences=tuple(kept_numbers))
