"""Findings of ``check --pairs`` on a real bilingual site, per rule, and a sample to label.

    python benchmarks/site_corpus.py [SITE] [--jobs N] [--label N] [--seed S] [--show RULE]

SITE defaults to ``../shared/corpora/canada-blog`` (the Canada.ca blog as
published: Jekyll posts with front matter, Markdown and raw HTML). Its French
posts are the site's own published translations, so most findings are false
alarms to drive down and the rest real discrepancies worth an editor's time.
Prints the pairs found and how they were paired, the files left unpaired,
the English words checked (the readable text of the source paragraphs that
are not page chrome), and each rule's findings per 1,000 of those words,
errors and warnings apart from info.

``--label N`` prints N error and warning findings drawn at random (seed
``--seed``) with the readable text of both sides' paragraphs, numbered, for
judging by eye (real discrepancy or noise); ``--show RULE`` restricts the
draw to that rule (repeatable).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from findings_corpus import excerpt, target_paragraphs  # noqa: E402

from translint import Options, check_site  # noqa: E402
from translint.model import Finding, ParagraphKind, Report, Severity  # noqa: E402

LOUD = (Severity.ERROR, Severity.WARNING)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "corpora" / "canada-blog"
    parser.add_argument("site", nargs="?", type=Path, default=default)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--label", type=int, default=0, help="findings to print for labelling")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", action="append", default=[], help="rule to draw from")
    args = parser.parse_args()
    started = time.perf_counter()
    site = check_site(args.site, Options(cache=False), jobs=args.jobs)
    seconds = time.perf_counter() - started
    words = sum(source_words(report) for report in site.reports)
    print(f"site: {args.site}")
    print(f"pairs: {len(site.reports)}; unpaired files: {len(site.unpaired)}; {seconds:.0f} s")
    for path in site.unpaired:
        print(f"  unpaired: {path}")
    print(f"English words checked: {words}")
    counts: Counter[tuple[str, Severity]] = Counter(
        (f.rule, f.severity) for report in site.reports for f in report.findings
    )
    loud = sum(n for (_, severity), n in counts.items() if severity in LOUD)
    print(f"errors and warnings: {loud}  {per_thousand(loud, words)} per 1,000 words")
    for (rule, severity), count in sorted(counts.items()):
        print(f"  {rule:22} {severity.value:8} {count:5}  {per_thousand(count, words)}")
    if args.label:
        draw(site.reports, args.label, args.seed, set(args.show))


def source_words(report: Report) -> int:
    """Words of the readable text of the source's checked paragraphs."""
    document = report.source_document
    assert document is not None
    return sum(
        len(p.content.split()) for p in document.paragraphs if p.kind is not ParagraphKind.CHROME
    )


def per_thousand(count: int, words: int) -> str:
    return f"{1000 * count / words:.2f}" if words else "-"


def draw(reports: tuple[Report, ...], count: int, seed: int, rules: set[str]) -> None:
    """Print ``count`` random error and warning findings with both sides, numbered."""
    pool: list[tuple[Report, Finding]] = [
        (report, finding)
        for report in reports
        for finding in report.findings
        if finding.severity in LOUD and (not rules or finding.rule in rules)
    ]
    chosen = random.Random(seed).sample(pool, min(count, len(pool)))
    print(f"\n== {len(chosen)} of {len(pool)} errors and warnings, seed {seed}")
    for number, (report, finding) in enumerate(chosen, 1):
        source, target = report.source_document, report.target_document
        assert source is not None and target is not None
        src = source.paragraphs[finding.source.paragraph].content if finding.source else ""
        tgt = " | ".join(target.paragraphs[j].content for j in target_paragraphs(report, finding))
        print(f"\n[{number}] {Path(source.path).name}")
        print(f"    {finding.severity.value} {finding.rule}: {finding.reported_message}")
        print(f"    EN: {excerpt(src, None)}")
        print(f"    FR: {excerpt(tgt, None)}")


if __name__ == "__main__":
    main()
