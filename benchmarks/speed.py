"""Speed and memory of the whole check, against a bare spaCy run on the same text.

    python benchmarks/speed.py [CORPORA] [--copies N]

Builds one large English/French pair by concatenating every pair of
../shared/corpora (N times; once gives over 100,000 words a side), then runs
each measurement in a fresh process, so that peaks of memory are separate
and nothing is shared but the cache file:

* ``bare``: the same spaCy pipelines, entity recogniser only, over the same
  paragraphs (those translint analyses: all but page chrome) with
  ``nlp.pipe``; models loaded before the clock starts;
* ``cold``: translint's whole check (read, segment, analyse, align, rules)
  with an empty cache; the spaCy pipelines are loaded before the clock starts,
  as for the bare run (the sentence encoder is not: it is translint's own);
* ``warm``: the same check again, the cache now filled by the cold run: its
  report is read back whole (``translint.recheck``), so it analyses, aligns
  and checks nothing;
* ``edited``: the check with one target paragraph changed.

The cache lives in a temporary folder (TRANSLINT_CACHE_DIR), so the cold run
is cold and the user's cache is untouched. It prints words per second, the
ratio to the bare run, each stage's time, the re-run times as a share of the
first run, the paragraphs each run analysed, and the peak resident memory of
each process (``ru_maxrss``). The targets of issue 7 are printed beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MIN_WORDS = 100_000  # a side
EDIT = " (paragraphe modifié pour le test de cache)"


def build_pair(corpora: Path, copies: int, folder: Path) -> tuple[Path, Path]:
    """Every pair of the corpora, concatenated ``copies`` times, as one big pair."""
    en, fr = [], []
    for gold in sorted(corpora.glob("**/gold.json")):
        en.append(gold.with_name("en.txt").read_text("utf-8").strip())
        fr.append(gold.with_name("fr.txt").read_text("utf-8").strip())
    if not en:
        raise SystemExit(f"no pair (gold.json beside en.txt and fr.txt) under {corpora}")
    source, target = folder / "big.en.txt", folder / "big.fr.txt"
    source.write_text("\n\n".join(en * copies) + "\n", "utf-8")
    target.write_text("\n\n".join(fr * copies) + "\n", "utf-8")
    return source, target


def edit_one_paragraph(target: Path, folder: Path) -> Path:
    """The target with one paragraph near the middle changed (a copy)."""
    blocks = target.read_text("utf-8").split("\n\n")
    middle = len(blocks) // 2
    while len(blocks[middle].split()) < 8:  # a real paragraph, not a heading
        middle += 1
    lines = blocks[middle].split("\n")
    lines[0] += EDIT
    blocks[middle] = "\n".join(lines)
    edited = folder / "edited.fr.txt"
    edited.write_text("\n\n".join(blocks), "utf-8")
    return edited


# Child processes: one measurement each, answered as one JSON line on stdout.


def measure(kind: str, source: Path, target: Path) -> dict[str, object]:
    from translint import Options, check, read_pair
    from translint.analysis.nlp import pipeline
    from translint.model import ParagraphKind

    started = time.perf_counter()
    pipelines = {"en": pipeline("en"), "fr": pipeline("fr")}
    result: dict[str, object] = {"load": time.perf_counter() - started}
    if kind == "bare":
        documents = read_pair(source, target, Options())
        started = time.perf_counter()
        for document in documents:
            assert document.lang is not None
            texts = (p.content for p in document.paragraphs if p.kind is not ParagraphKind.CHROME)
            for _ in pipelines[document.lang].pipe(texts, batch_size=64):
                pass
        result["seconds"] = time.perf_counter() - started
        result["words"] = [len(d.text.split()) for d in documents]
        result["paragraphs"] = [len(d.paragraphs) for d in documents]
    else:
        stages, analysed = _timed_stages()
        started = time.perf_counter()
        report = check(source, target)
        result["seconds"] = time.perf_counter() - started
        result["stages"] = stages
        result["analysed"] = analysed
        result["findings"] = len(report.findings)
    from translint.cache import analysis_fingerprint

    # Another edit of the analysis code between two runs makes every paragraph a miss.
    result["fingerprint"] = analysis_fingerprint("en").hex() + analysis_fingerprint("fr").hex()
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _timed_stages() -> tuple[dict[str, float], dict[str, int]]:
    """Wrap the stages ``translint._run`` imports at call time, to time each inside
    the real check; and count the paragraphs analysed afresh (cache misses)."""
    import translint
    import translint.align
    import translint.analysis
    import translint.rules.run

    stages = {"read": 0.0, "analyse": 0.0, "align": 0.0, "rules": 0.0}
    analysed = {"hits": 0, "misses": 0}

    def timed(
        name: str, function: Callable[..., Any], after: Callable[..., None] | None = None
    ) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                stages[name] += time.perf_counter() - started
                if after is not None:
                    after(*args)

        return wrapper

    def count(document: Any, cache: Any = None) -> None:
        if cache is not None:
            analysed["hits"], analysed["misses"] = cache.stats.hits, cache.stats.misses

    translint.read_pair = timed("read", translint.read_pair)
    translint.analysis.analyse = timed("analyse", translint.analysis.analyse, count)
    translint.align.align = timed("align", translint.align.align)
    translint.rules.run.run_rules = timed("rules", translint.rules.run.run_rules)
    return stages, analysed


def run_child(kind: str, source: Path, target: Path, cache: Path) -> dict[str, Any]:
    env = {**os.environ, "TRANSLINT_CACHE_DIR": str(cache)}
    command = [sys.executable, __file__, "--measure", kind, str(source), str(target)]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} run failed:\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process"] = time.perf_counter() - started
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--measure", nargs=3, metavar=("KIND", "SOURCE", "TARGET"))
    args = parser.parse_args()
    if args.measure:
        kind, source, target = args.measure
        print(json.dumps(measure(kind, Path(source), Path(target))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source, target = build_pair(Path(args.corpora), args.copies, folder)
        edited = edit_one_paragraph(target, folder)
        cache = folder / "cache"
        bare = run_child("bare", source, target, cache)
        cold = run_child("cold", source, target, cache)
        warm = run_child("warm", source, target, cache)
        changed = run_child("edited", source, edited, cache)
        cache_mb = sum(f.stat().st_size for f in cache.iterdir()) / 1024 / 1024
    report(bare, cold, warm, changed, cache_mb)


Result = dict[str, Any]


def report(bare: Result, cold: Result, warm: Result, changed: Result, cache_mb: float) -> None:
    en_words, fr_words = bare["words"]
    words = en_words + fr_words
    if min(en_words, fr_words) < MIN_WORDS:
        print(f"warning: fewer than {MIN_WORDS:,} words a side; use --copies")
    print(
        f"pair: {en_words:,} English + {fr_words:,} French words = {words:,}; "
        f"{bare['paragraphs'][0]:,} + {bare['paragraphs'][1]:,} paragraphs"
    )
    print(f"pipelines loaded in {cold['load']:.1f} s (not counted below)")
    print(
        f"bare spaCy NER:       {bare['seconds']:7.1f} s  {words / bare['seconds']:8,.0f} words/s"
    )
    ratio = cold["seconds"] / bare["seconds"]
    print(
        f"translint, first run: {cold['seconds']:7.1f} s  {words / cold['seconds']:8,.0f} words/s"
        f"  {ratio:.2f}x the bare spaCy run (target 1.15x); {cold['findings']} findings"
    )
    for name, seconds in cold["stages"].items():
        print(f"  {name:8} {seconds:7.2f} s")
    for label, run in (("re-run, unchanged:", warm), ("re-run, 1 paragraph edited:", changed)):
        share = run["seconds"] / cold["seconds"]
        analysed = run["analysed"]
        print(
            f"{label:28} {run['seconds']:6.1f} s = {share:.0%} of the first run (target 20%); "
            f"analysed {analysed['misses']}, read from the cache {analysed['hits']}"
        )
        print("  " + ", ".join(f"{n} {s:.2f} s" for n, s in run["stages"].items()))
    print(
        "whole process (imports, model loading, check): "
        + ", ".join(
            f"{n} {r['process']:.1f} s"
            for n, r in (("first", cold), ("re-run", warm), ("edited", changed))
        )
    )
    if len({r["fingerprint"] for r in (cold, warm, changed)}) > 1:
        print("note: the analysis code or models changed between runs: the re-runs missed")
    print(f"cache file: {cache_mb:.1f} MB")
    print(
        "peak memory (resident, each in its own process): "
        f"bare {bare['peak_mb']:,.0f} MB, first run {cold['peak_mb']:,.0f} MB (target 1,536 MB), "
        f"re-run {warm['peak_mb']:,.0f} MB"
    )


if __name__ == "__main__":
    main()
