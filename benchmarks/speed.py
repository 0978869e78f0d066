"""Speed of the whole check against a bare spaCy run on the same text.

    python benchmarks/speed.py [CORPORA] [--copies N]

Builds one large English/French pair by concatenating every pair of
../shared/corpora (N times), loads the pipelines, then times

* a bare spaCy run: the same pipelines, entity recogniser only, over the same
  paragraphs with ``nlp.pipe``;
* translint's whole check of the pair (read, segment, analyse, align, check);

and prints words per second, the ratio of the two, the time of each stage and
the peak memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from translint import Options, check, read_pair  # noqa: E402
from translint.align import align  # noqa: E402
from translint.analyse import analyse  # noqa: E402
from translint.checks import run_rules  # noqa: E402
from translint.nlp import pipeline  # noqa: E402
from translint.rules import Context  # noqa: E402


def build_pair(corpora: Path, copies: int, folder: Path) -> tuple[Path, Path]:
    en, fr = [], []
    for gold in sorted(corpora.glob("**/gold.json")):
        en.append(gold.with_name("en.txt").read_text("utf-8").strip())
        fr.append(gold.with_name("fr.txt").read_text("utf-8").strip())
    source, target = folder / "big.en.txt", folder / "big.fr.txt"
    source.write_text("\n\n".join(en * copies) + "\n", "utf-8")
    target.write_text("\n\n".join(fr * copies) + "\n", "utf-8")
    return source, target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source, target = build_pair(Path(args.corpora), args.copies, Path(tmp))
        started = time.perf_counter()
        en, fr = pipeline("en"), pipeline("fr")
        load_seconds = time.perf_counter() - started

        source_doc, target_doc = read_pair(source, target, Options())
        words = len(source_doc.text.split()) + len(target_doc.text.split())

        started = time.perf_counter()
        for nlp, doc in ((en, source_doc), (fr, target_doc)):
            for _ in nlp.pipe((p.content for p in doc.paragraphs), batch_size=64):
                pass
        bare = time.perf_counter() - started

        started = time.perf_counter()
        report = check(source, target)
        whole = time.perf_counter() - started

        # The stages apart, for seeing where the time goes.
        marks = [time.perf_counter()]
        source_doc, target_doc = read_pair(source, target, Options())
        marks.append(time.perf_counter())
        analysed = analyse(source_doc), analyse(target_doc)
        marks.append(time.perf_counter())
        alignment = align(*analysed)
        marks.append(time.perf_counter())
        run_rules(Context(*analysed, alignment.groups, alignment.moves), Options())
        marks.append(time.perf_counter())

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stages = ("read+segment+detect", "analyse (NER+figures)", "align (embeddings+DP)", "rules")
    print(
        f"pair: {words} words, "
        f"{len(source_doc.paragraphs)} + {len(target_doc.paragraphs)} paragraphs"
    )
    print(f"pipelines loaded in {load_seconds:.1f} s (not counted below)")
    print(f"bare spaCy NER: {bare:.1f} s ({words / bare:,.0f} words/s)")
    print(
        f"translint check: {whole:.1f} s ({words / whole:,.0f} words/s), "
        f"{whole / bare:.2f}x the bare spaCy run; {len(report.findings)} findings"
    )
    for name, start, end in zip(stages, marks, marks[1:], strict=False):
        print(f"  {name:24} {end - start:6.2f} s")
    print(f"peak memory: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
