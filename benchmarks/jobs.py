"""What ``--jobs`` buys on a whole site: ``check --pairs`` with 1 worker against N.

    python benchmarks/jobs.py [SITE] [--jobs N] [--repeat R]

SITE defaults to ``../shared/corpora/canada-blog``. Each run is a fresh
process of the installed ``translint`` command with an empty cache of its
own (a CI machine's first run: every paragraph analysed, every pair
checked), writing the JSON report to a file. Runs alternate between one
worker and N, R times each, so that a moment of load on the machine slows
both alike; the figures are medians, and the ratio is the median of the
per-round ratios. Both runs must write the same report: the benchmark
stops if they differ.

Target (issue 19): ``--jobs 2`` within 0.6 times ``--jobs 1``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOG = ROOT.parent / "shared" / "corpora" / "canada-blog"


def command() -> list[str]:
    script = Path(sys.executable).with_name("translint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "translint.cli"]


def run(site: Path, jobs: int, folder: Path) -> tuple[float, bytes]:
    """Seconds of one cold ``check --pairs`` with ``jobs`` workers, and its report."""
    cache = Path(tempfile.mkdtemp(prefix="cache-", dir=folder))
    output = folder / f"report-{jobs}.json"
    env = {**os.environ, "TRANSLINT_CACHE_DIR": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    args = [*command(), "check", "--pairs", str(site), "--jobs", str(jobs)]
    output.unlink(missing_ok=True)  # a run that writes nothing must not pass with the last report
    start = time.perf_counter()
    done = subprocess.run(
        [*args, "--format", "json", "-o", str(output)], env=env, capture_output=True, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1) or not output.exists():
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.decode().strip()}")
    return elapsed, output.read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=BLOG)
    parser.add_argument("--jobs", type=int, default=2, help="workers to compare with 1")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{args.site}; {os.cpu_count()} cores; load {os.getloadavg()[0]:.1f}")
    one: list[float] = []
    many: list[float] = []
    with tempfile.TemporaryDirectory(prefix="translint-jobs-") as name:
        folder = Path(name)
        for _ in range(args.repeat):
            alone, report = run(args.site, 1, folder)
            shared, same = run(args.site, args.jobs, folder)
            if same != report:
                raise SystemExit(f"--jobs {args.jobs} wrote another report than --jobs 1")
            one.append(alone)
            many.append(shared)
    ratio = statistics.median(m / o for m, o in zip(many, one, strict=True))
    for jobs, times in ((1, one), (args.jobs, many)):
        runs = ", ".join(f"{t:.1f}" for t in times)
        print(f"  --jobs {jobs}   {statistics.median(times):7.1f} s  (runs {runs})")
    verdict = "met" if ratio <= 0.6 else "MISSED"
    print(f"  ratio      {ratio:7.2f}x  target ≤ 0.6  {verdict}; the same report both ways")


if __name__ == "__main__":
    main()
