"""Findings of the whole check over ../shared/corpora, per rule, for reading false alarms.

    python benchmarks/findings_corpus.py [CORPORA] [--show RULE] [--sample N] [--seed S]

The Debian pairs are clean human translations, so most findings there are
false alarms (the rest are real slips of their translators): this prints
how many each rule makes, per 1,000 source words, and a random sample of a
rule's findings with both sides' paragraphs for labelling by eye.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--show", action="append", default=[], help="rule whose findings to show")
    parser.add_argument("--sample", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
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
                src = (
                    report.source_document.paragraphs[finding.source.paragraph].text
                    if finding.source
                    else ""
                )
                tgt = (
                    report.target_document.paragraphs[finding.target.paragraph].text
                    if finding.target
                    else ""
                )
                shown[finding.rule].append(
                    f"[{folder.parent.name}/{folder.name}] {finding.message}\n"
                    f"    EN: {src[:300]}\n    FR: {tgt[:300]}"
                )
    print(f"source words: {words}")
    for rule, count in sorted(counts.items()):
        print(f"{rule:22} {count:5}  {1000 * count / words:.2f} per 1,000 words")
    rng = random.Random(args.seed)
    for rule, lines in shown.items():
        print(f"\n== {rule}: {min(args.sample, len(lines))} of {len(lines)}")
        for line in rng.sample(lines, min(args.sample, len(lines))):
            print(line)


if __name__ == "__main__":
    main()
