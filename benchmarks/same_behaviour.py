"""Record what translint outputs, then prove a restructure left it byte-identical.

    python benchmarks/same_behaviour.py record DIR [--skip-benchmarks] [--jobs N]
    python benchmarks/same_behaviour.py compare DIR [--skip-benchmarks] [--jobs N]

``record`` runs a fixed set of commands and writes each one's stdout, stderr
and exit status under DIR; ``compare`` runs them again and says, command by
command, whether the outputs are the same bytes. Run ``record`` before moving
code and ``compare`` after: a restructure that changes no behaviour prints
``same`` on every line and exits 0.

The commands are the reports of the seed pair in every format, its
alignment and figures, the rules' documentation, one ``--pairs`` run per corpus
of ``../shared/corpora``
(JSON and text, ``--jobs 1``, ``--no-cache`` so that nothing cached by the old
code answers for the new), and every benchmark script in this folder with its
default arguments. Benchmarks print timings, which no two runs share: in
their output, a number followed by a unit of time, memory or speed (``s``,
``ms``, ``MB``, ``words/s``, ``x``) is masked before comparing, and everything
else must match. The speed benchmark prints little but timings, so it is
compared on what it counts: the pair's size, findings and paragraphs
analysed or read from the cache. Run the commands in parallel with ``--jobs`` (default 1: the
benchmarks' timings are then those of a quiet machine).
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
SEED = Path("corpora", "seed")  # relative to ROOT, the commands' folder: any checkout
FORMATS = ("text", "json", "sarif", "junit", "github", "html")

# A number with a unit of time, memory or speed, or a benchmark's own clock.
TIMING = re.compile(r"\d[\d,.]*\s*(?:s\b|ms\b|MB\b|x\b|words/s)|seconds:\s*[\d.]+")
# What the speed benchmark counts rather than times.
SPEED_COUNTS = re.compile(r"^pair: .*|\d[\d,]* findings|analysed \d+|from the cache \d+", re.M)


@dataclass(frozen=True)
class Command:
    """One recorded command: its name (the file it is stored under) and argv."""

    name: str
    argv: tuple[str, ...]
    timed: bool = False  # a benchmark: mask its timings before comparing


def commands(skip_benchmarks: bool) -> list[Command]:
    """The fixed list of commands whose outputs must not change."""
    translint = (sys.executable, "-m", "translint.cli")
    en, fr = str(SEED / "qkba-2025.en.txt"), str(SEED / "qkba-2025.fr.txt")
    listed = [
        Command(f"seed.{fmt}", (*translint, "check", en, fr, "--format", fmt, "--no-cache"))
        for fmt in FORMATS
    ]
    listed += [
        Command(
            "seed-reversed.json", (*translint, "check", fr, en, "--format", "json", "--no-cache")
        ),
        Command("seed-align.txt", (*translint, "align", en, fr, "--no-cache")),
        Command("seed-figures-en.txt", (*translint, "figures", en)),
        Command("seed-figures-fr.txt", (*translint, "figures", fr)),
        Command("seed-figures-fr.json", (*translint, "figures", fr, "--format", "json")),
        Command("rules.txt", (*translint, "rules")),
        Command("rules.json", (*translint, "rules", "--format", "json")),
    ]
    for corpus in sorted(path for path in SHARED.iterdir() if path.is_dir()):
        for fmt in ("json", "text"):
            listed.append(
                Command(
                    f"pairs-{corpus.name}.{fmt}",
                    (
                        *translint,
                        "check",
                        "--pairs",
                        str(corpus),
                        "--format",
                        fmt,
                        "--jobs",
                        "1",
                        "--no-cache",
                        "--fail-on",
                        "never",
                    ),
                )
            )
    if not skip_benchmarks:
        for script in sorted((ROOT / "benchmarks").glob("*.py")):
            if script.name != Path(__file__).name:
                listed.append(
                    Command(f"bench-{script.stem}.txt", (sys.executable, str(script)), timed=True)
                )
    return listed


def run(command: Command, cache: Path) -> bytes:
    """The command's stdout, stderr and exit status as one byte string."""
    env = {**os.environ, "TRANSLINT_CACHE_DIR": str(cache / command.name)}
    done = subprocess.run(command.argv, capture_output=True, cwd=ROOT, env=env, check=False)
    return (
        done.stdout
        + b"\n--- stderr ---\n"
        + done.stderr
        + f"\n--- exit {done.returncode} ---\n".encode()
    )


def comparable(command: Command, output: bytes) -> str:
    """What must be equal: the whole output, or a benchmark's with timings masked."""
    text = output.decode("utf-8", "replace")
    if not command.timed:
        return text
    if command.name == "bench-speed.txt":  # timings, but for what it counts
        return "\n".join(SPEED_COUNTS.findall(text))
    return TIMING.sub("<timing>", text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--skip-benchmarks", action="store_true")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    listed = commands(args.skip_benchmarks)
    args.folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as cache, ThreadPoolExecutor(args.jobs) as pool:
        outputs = dict(zip(listed, pool.map(lambda c: run(c, Path(cache)), listed), strict=True))
    if args.action == "record":
        for command, output in outputs.items():
            (args.folder / command.name).write_bytes(output)
            print(f"recorded {command.name} ({len(output):,} bytes)")
        return
    differ = 0
    for command, output in outputs.items():
        recorded = args.folder / command.name
        if not recorded.exists():
            print(f"new      {command.name} (not recorded)")
            continue
        before = comparable(command, recorded.read_bytes())
        after = comparable(command, output)
        if before == after:
            print(f"same     {command.name}" + (" (timings masked)" if command.timed else ""))
            continue
        differ += 1
        print(f"DIFFERS  {command.name}")
        diff = difflib.unified_diff(
            before.splitlines(), after.splitlines(), "before", "after", lineterm="", n=1
        )
        for line in list(diff)[:40]:
            print("    " + line[:200])
        (args.folder / (command.name + ".after")).write_bytes(output)
    print(f"{len(outputs) - differ} of {len(outputs)} commands give the same output")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
