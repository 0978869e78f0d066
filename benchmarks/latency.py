"""How instant an editor's re-check feels: start-up, warm and edited checks of one pair.

    python benchmarks/latency.py [--repeat N]

Every measurement is a fresh process of the installed ``translint`` command
(as an editor runs it, with Python's bytecode cache on, whatever the
environment says), timed wall-clock, on two pairs: the seed pair and the
longest post of ../shared/corpora/canada-blog with its translation. The
measurements run in rounds, one of each per round, so that a machine busy
for a moment slows all of them alike; each figure is the median of the
rounds and the ratios are medians of the per-round ratios.

* ``version``: ``translint --version``, the program's start-up;
* ``warm``: ``translint check`` of the unchanged pair, everything in the cache;
* ``edited``: ``translint check`` after one target paragraph was changed (a
  new text every round, so it is never in the cache);
* ``paragraph``: a process that starts, loads the pipeline of the target's
  language and analyses that one edited paragraph, and nothing else: what
  the edited check cannot avoid.

Targets (issue 19): warm within 3 times ``version``; edited within 1.5 times
``paragraph``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT / "corpora" / "seed"
BLOG = ROOT.parent / "shared" / "corpora" / "canada-blog"
EDIT = " Cette phrase a été ajoutée pour la mesure numéro {n}."

ANALYSE_ONE = """
import sys
from dataclasses import replace
from translint import read_one
from translint.analysis import analyse
document = read_one(sys.argv[1])
paragraph = document.paragraphs[int(sys.argv[2])]
analysed = analyse(replace(document, paragraphs=(paragraph,)), None)
assert analysed.paragraphs
"""


def command() -> list[str]:
    """The installed console script beside this Python, as a user runs it."""
    script = Path(sys.executable).with_name("translint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "translint.cli"]


def longest_blog_pair() -> tuple[Path, Path] | None:
    from translint.pairing import find_pairs

    if not BLOG.is_dir():
        return None
    pairs = find_pairs(BLOG).pairs
    return max(pairs, key=lambda pair: pair[0].stat().st_size) if pairs else None


def edited_paragraph(target: Path) -> int:
    """The index of the target's longest text paragraph: the one the edit changes."""
    from translint import read_one
    from translint.model import ParagraphKind

    document = read_one(target)
    texts = [p for p in document.paragraphs if p.kind is ParagraphKind.TEXT]
    return max(texts, key=lambda p: len(p.text)).index


def edit(target: Path, copy: Path, index: int, round_number: int) -> None:
    """``copy`` is ``target`` with the paragraph ``index`` lengthened by one sentence."""
    from translint import read_one

    document = read_one(target)
    paragraph = document.paragraphs[index]
    text = document.text
    edited = text[: paragraph.end] + EDIT.format(n=round_number) + text[paragraph.end :]
    copy.write_text(edited, "utf-8")


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed


def measure(name: str, source: Path, target: Path, repeat: int) -> None:
    with tempfile.TemporaryDirectory(prefix="translint-latency-") as folder:
        work = Path(folder)
        env = {**os.environ, "TRANSLINT_CACHE_DIR": str(work / "cache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # users have the bytecode cache
        mine_source = work / "a" / source.name
        mine_target = work / "a" / target.name
        edited_target = work / "b" / target.name
        for path, original in ((mine_source, source), (mine_target, target)):
            path.parent.mkdir(exist_ok=True)
            shutil.copy(original, path)
        (work / "b").mkdir()
        shutil.copy(source, work / "b" / source.name)
        index = edited_paragraph(mine_target)
        tool = command()
        check = [*tool, "check", str(mine_source), str(mine_target)]
        timed(check, env)  # fills the cache and Python's bytecode cache
        times: dict[str, list[float]] = {k: [] for k in ("version", "warm", "edited", "paragraph")}
        for n in range(repeat):
            edit(mine_target, edited_target, index, n)
            times["version"].append(timed([*tool, "--version"], env))
            times["warm"].append(timed(check, env))
            edited_check = [*tool, "check", str(work / "b" / source.name), str(edited_target)]
            times["edited"].append(timed(edited_check, env))
            one = [sys.executable, "-c", ANALYSE_ONE, str(edited_target), str(index)]
            times["paragraph"].append(timed(one, env))
        show(name, times, index)


def show(name: str, times: dict[str, list[float]], index: int) -> None:
    print(f"\n{name} (edited paragraph {index}; medians of {len(times['warm'])} rounds)")
    for kind, values in times.items():
        spread = f"{min(values):.2f}–{max(values):.2f}"
        print(f"  {kind:<10} {statistics.median(values):6.2f} s   (range {spread} s)")
    warm = statistics.median(w / v for w, v in zip(times["warm"], times["version"], strict=True))
    edited = statistics.median(
        e / p for e, p in zip(times["edited"], times["paragraph"], strict=True)
    )
    for label, ratio, target in (
        ("warm / version", warm, 3.0),
        ("edited / paragraph", edited, 1.5),
    ):
        verdict = "met" if ratio <= target else "MISSED"
        print(f"  {label:<19} {ratio:5.2f}x   target ≤ {target:g}  {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds (default 5)")
    args = parser.parse_args()
    print(f"command: {' '.join(command())}; {os.cpu_count()} cores; load {os.getloadavg()[0]:.1f}")
    measure("seed pair", SEED / "qkba-2025.en.txt", SEED / "qkba-2025.fr.txt", args.repeat)
    blog = longest_blog_pair()
    if blog is not None:
        measure(f"canada-blog {blog[0].name}", *blog, args.repeat)


if __name__ == "__main__":
    main()
