"""Figure findings over the gold-aligned groups of the Debian manuals corpus.

The manuals are real human translations: nearly every finding here is either
a false alarm to drive down or a real translator's error worth keeping. Run
from the repository root::

    python benchmarks/figures_corpus.py [CORPORA] [--show N] [--seed S] [--reverse]

CORPORA defaults to ``../shared/corpora``; only its ``debian-docs`` pairs are
read (every ``gold.json`` below it). ``--show N`` prints N random findings
with both paragraphs, for reading by eye.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from translint.analysis.figures import figures_of
from translint.compare.figures import match_figures
from translint.model import Figure
from translint.report.figures import describe

SNIPPET = 110  # characters of context shown on each side of a figure


@dataclass(frozen=True)
class Finding:
    """One figure finding with where it came from, for display."""

    kind: str  # mismatch | missing | extra
    pair: str
    group: tuple[tuple[int, ...], tuple[int, ...]]
    source_text: str
    target_text: str
    source: Figure | None
    target: Figure | None
    reason: str


def _paragraphs(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").rstrip("\n").split("\n\n")


def _snippet(text: str, figure: Figure | None) -> str:
    """The text around a figure, the figure in brackets; the paragraph start if none."""
    if figure is None:
        return text[: 2 * SNIPPET] + ("…" if len(text) > 2 * SNIPPET else "")
    left = max(0, figure.start - SNIPPET)
    right = min(len(text), figure.end + SNIPPET)
    return (
        ("…" if left else "")
        + text[left : figure.start]
        + "[["
        + text[figure.start : figure.end]
        + "]]"
        + text[figure.end : right]
        + ("…" if right < len(text) else "")
    )


def run(root: Path, reverse: bool) -> tuple[Counter[str], list[Finding], float]:
    """Extract and match the figures of every gold group that has both sides."""
    corpus = root / "debian-docs" if (root / "debian-docs").is_dir() else root
    counts: Counter[str] = Counter()
    findings: list[Finding] = []
    source_lang, target_lang = ("fr", "en") if reverse else ("en", "fr")
    started = time.perf_counter()
    for gold in sorted(corpus.rglob("gold.json")):
        pair = gold.parent
        counts["pairs"] += 1
        texts = {"en": _paragraphs(pair / "en.txt"), "fr": _paragraphs(pair / "fr.txt")}
        for en_indices, fr_indices in json.loads(gold.read_text(encoding="utf-8")):
            if not en_indices or not fr_indices:
                continue
            indices = {"en": tuple(en_indices), "fr": tuple(fr_indices)}
            source_text = " ".join(texts[source_lang][i] for i in indices[source_lang])
            target_text = " ".join(texts[target_lang][i] for i in indices[target_lang])
            source = figures_of(source_text, source_lang)
            target = figures_of(target_text, target_lang)
            counts["groups"] += 1
            counts["source figures"] += len(source)
            counts["target figures"] += len(target)
            if not source and not target:
                continue
            counts["groups with figures"] += 1
            result = match_figures(source, target)
            counts["matched"] += len(result.matched)
            group = (indices[source_lang], indices[target_lang])
            name = str(pair.relative_to(corpus))
            for mismatch in result.mismatched:
                findings.append(
                    Finding(
                        "mismatch",
                        name,
                        group,
                        source_text,
                        target_text,
                        mismatch.source,
                        mismatch.target,
                        mismatch.reason,
                    )
                )
            for figure in result.missing:
                findings.append(
                    Finding(
                        "missing",
                        name,
                        group,
                        source_text,
                        target_text,
                        figure,
                        None,
                        describe(figure),
                    )
                )
            for figure in result.extra:
                findings.append(
                    Finding(
                        "extra",
                        name,
                        group,
                        source_text,
                        target_text,
                        None,
                        figure,
                        describe(figure),
                    )
                )
    elapsed = time.perf_counter() - started
    for finding in findings:
        counts[finding.kind] += 1
    return counts, findings, elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
    parser.add_argument("corpora", nargs="?", type=Path, default=default)
    parser.add_argument(
        "--show",
        type=int,
        default=0,
        metavar="N",
        help="print N random findings with both paragraphs",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed for --show")
    parser.add_argument("--reverse", action="store_true", help="French as the source")
    parser.add_argument(
        "--kind", choices=("mismatch", "missing", "extra"), help="show only findings of this kind"
    )
    args = parser.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"{args.corpora}: not a directory", file=sys.stderr)
        return 2
    counts, findings, elapsed = run(args.corpora, args.reverse)
    for key in (
        "pairs",
        "groups",
        "groups with figures",
        "source figures",
        "target figures",
        "matched",
        "mismatch",
        "missing",
        "extra",
    ):
        print(f"{key:>20}: {counts[key]}")
    print(f"{'findings':>20}: {len(findings)}")
    print(f"{'seconds':>20}: {elapsed:.2f}")
    shown = [f for f in findings if args.kind is None or f.kind == args.kind]
    sample = random.Random(args.seed).sample(shown, min(args.show, len(shown)))
    for number, finding in enumerate(sample, 1):
        source = finding.source.text if finding.source else "-"
        target = finding.target.text if finding.target else "-"
        print(f"\n#{number} {finding.kind}: {source!r} -> {target!r} ({finding.reason})")
        print(f"   {finding.pair} group {finding.group}")
        print(f"   SRC: {_snippet(finding.source_text, finding.source)}")
        print(f"   TGT: {_snippet(finding.target_text, finding.target)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
