"""Findings of the whole check over ../shared/corpora, per rule, for reading false alarms.

    python benchmarks/findings_corpus.py [CORPORA] [--show RULE] [--sample N] [--seed S]
                                         [--pooled]

The Debian pairs are clean human translations, so most findings there are
false alarms (the rest are real slips of their translators): this prints
how many each rule makes, per 1,000 source words, and a random sample of a
rule's findings with both sides' paragraphs for labelling by eye (a finding
that points at no target paragraph shows the aligned ones). ``--pooled``
draws one sample from the findings of every ``--show`` rule together.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from translint import check  # noqa: E402
from translint.model import Finding, Location, Report  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--show", action="append", default=[], help="rule whose findings to show")
    parser.add_argument("--sample", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pooled", action="store_true", help="one sample over the shown rules")
    args = parser.parse_args()
    corpora = Path(args.corpora)
    counts: Counter[str] = Counter()
    words = 0
    shown: dict[str, list[str]] = {rule: [] for rule in args.show}
    for gold in sorted(corpora.glob("**/gold.json")):
        folder = gold.parent
        report = check(folder / "en.txt", folder / "fr.txt")
        words += len((folder / "en.txt").read_text("utf-8").split())
        for finding in report.findings:
            counts[finding.rule] += 1
            if finding.rule in shown:
                src = " | ".join(
                    report.source_document.paragraphs[i].text
                    for i in source_paragraphs(report, finding)
                )
                tgt = " | ".join(
                    report.target_document.paragraphs[j].text
                    for j in target_paragraphs(report, finding)
                )
                shown[finding.rule].append(
                    f"[{folder.parent.name}/{folder.name}] "
                    f"{finding.rule}: {finding.reported_message}\n"
                    f"    EN: {excerpt(src, finding.source)}\n"
                    f"    FR: {excerpt(tgt, finding.target)}"
                )
    print(f"source words: {words}")
    for rule, count in sorted(counts.items()):
        print(f"{rule:22} {count:5}  {1000 * count / words:.2f} per 1,000 words")
    rng = random.Random(args.seed)
    if args.pooled:
        shown = {" + ".join(shown): [line for lines in shown.values() for line in lines]}
    for rule, lines in shown.items():
        print(f"\n== {rule}: {min(args.sample, len(lines))} of {len(lines)}")
        for line in rng.sample(lines, min(args.sample, len(lines))):
            print(line)


def excerpt(text: str, where: Location | None, width: int = 400) -> str:
    """The part of a paragraph around the span a finding names."""
    start = where.start if where is not None and where.start is not None else 0
    first = max(0, min(start - width // 2, len(text) - width))
    return (
        ("…" if first else "")
        + text[first : first + width]
        + ("…" if first + width < len(text) else "")
    )


def source_paragraphs(report: Report, finding: Finding) -> list[int]:
    """The source paragraph a finding names, or those aligned with its target paragraph.

    An extra figure names only its target paragraph; its aligned source is
    what a reader needs to judge it.
    """
    if finding.source is not None:
        return [finding.source.paragraph]
    if finding.target is None:
        return []
    return next(
        (list(g.source) for g in report.alignment if finding.target.paragraph in g.target), []
    )


def target_paragraphs(report: Report, finding: Finding) -> list[int]:
    """The target paragraph a finding names, or those aligned with its source paragraph."""
    if finding.target is not None:
        return [finding.target.paragraph]
    if finding.source is None:
        return []
    return next(
        (list(g.target) for g in report.alignment if finding.source.paragraph in g.source), []
    )


if __name__ == "__main__":
    main()
