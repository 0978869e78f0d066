"""Issue 18 on real sites: the learnt glossary, clean term-inconsistent findings, planted slips.

    python benchmarks/terms_site.py [--corpus blog|debian|both] [--top N] [--plants N] [--seed S]

For each corpus of ``../shared/corpora`` (``canada-blog``: the Jekyll site;
``debian-docs``: 166 plain-text manual pairs, paired by ``find_pairs`` as
``check --pairs`` does), it measures:

1. *the learnt glossary*: the first ``--top`` rows ``glossary learn`` writes
   (read them: how many are right);
2. *clean*: every pair checked against what the site established, the
   ``term-inconsistent`` findings per 1,000 source words (warnings apart
   from info), each printed to be read; and the per-article name findings
   (``name-inconsistent``, ``entity-missing``, ``name-mismatch``, errors and
   warnings) with the site's terms against without them;
3. *planted*: for up to ``--plants`` established acronyms and names whose
   rendering differs from the source term (SCT for TBS) and that one more
   deviation would leave established (five pairs of five, nine of ten: with
   three of three, a deviating pair leaves two of three, which establishes
   nothing, so there is no site rendering to depart from), one pair using it
   has every occurrence of the rendering in its French file replaced by the
   source term (SCT by TBS), or, for a name, by the source name; the pair is
   observed again, the site learnt again with it, and the pair checked. A
   plant is *found* when a ``term-inconsistent`` finding names the term.

Targets (issue 18): 0.9 of the top 30 rows right; planted deviations found
0.9 of the time; at most 0.2 clean ``term-inconsistent`` findings per 1,000
words; per-article name findings halved.
"""

from __future__ import annotations

import argparse
import io
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from site_corpus import source_words  # noqa: E402

from translint import Options, check, observe_terms  # noqa: E402
from translint.model import Report, Severity  # noqa: E402
from translint.report.glossary import write_glossary  # noqa: E402
from translint.site import find_pairs, scope_of  # noqa: E402
from translint.terminology import PairTerms, SiteTerms, Usage, is_established, learn  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
NAMES = {"blog": "canada-blog", "debian": "debian-docs"}
NAME_RULES = ("name-inconsistent", "entity-missing", "name-mismatch")
LOUD = (Severity.ERROR, Severity.WARNING)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["blog", "debian", "both"], default="both")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--plants", type=int, default=30)
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args()
    names = ["blog", "debian"] if args.corpus == "both" else [args.corpus]
    for name in names:
        measure(CORPORA / NAMES[name], args)


def measure(folder: Path, args: argparse.Namespace) -> None:
    started = time.perf_counter()
    pairs = list(find_pairs(folder).pairs)
    scopes = [scope_of(source, folder) for source, _ in pairs]
    options = Options()
    observed = [observe_terms(s, t, options) for s, t in pairs]
    site = learn(list(zip(scopes, observed, strict=True)))
    print(f"\n== {folder.name}: {len(pairs)} pairs; {len(site.usages)} correspondences, ", end="")
    print(f"{len(site.established)} established")
    print_glossary(site, args.top)
    alone, together = [], []
    for source, target in pairs:
        alone.append(check(source, target, options))
        together.append(check(source, target, options, site_terms=site))
    words = sum(source_words(r) for r in together)
    print_clean(together, scopes, words)
    before, after = _name_findings(alone), _name_findings(together)
    print(f"per-article name findings (errors+warnings): {before} alone, {after} with the site")
    plant(pairs, scopes, observed, site, args)
    print(f"{time.perf_counter() - started:.0f} s")


def print_glossary(site: SiteTerms, top: int) -> None:
    stream = io.StringIO()
    write_glossary(site, stream, "csv", "en")
    lines = stream.getvalue().splitlines()
    print(f"learnt glossary, the first {top} of {len(lines) - 1} rows:")
    for line in lines[1 : top + 1]:
        print(f"  {line}")


def print_clean(reports: list[Report], scopes: list[str], words: int) -> None:
    counts: Counter[bool] = Counter()
    lines = []
    for report, scope in zip(reports, scopes, strict=True):
        for finding in report.findings:
            if finding.rule == "term-inconsistent":
                counts[finding.severity in LOUD] += 1
                lines.append(f"  [{scope}] {finding.severity.value}: {finding.message}")
    loud, quiet = counts[True], counts[False]
    print(
        f"clean term-inconsistent: {loud} warnings = {1000 * loud / max(words, 1):.3f} per "
        f"1,000 words (target <= 0.2); {quiet} info ({1000 * quiet / max(words, 1):.3f}); "
        f"{words} source words"
    )
    print("\n".join(lines))


def _name_findings(reports: list[Report]) -> int:
    return sum(
        1 for r in reports for f in r.findings if f.rule in NAME_RULES and f.severity in LOUD
    )


def plant(
    pairs: list[tuple[Path, Path]],
    scopes: list[str],
    observed: list[PairTerms],
    site: SiteTerms,
    args: argparse.Namespace,
) -> None:
    rng = random.Random(args.seed)
    candidates = [
        u
        for u in site.established.values()
        if u.kind in ("acronym", "name")
        and u.rendering
        and u.rendering != u.term
        and is_established(u.pairs - 1, u.of)
    ]
    candidates = rng.sample(candidates, min(args.plants, len(candidates)))
    tried, found, misses = 0, 0, []
    options = Options(select=frozenset({"term-inconsistent"}))
    with tempfile.TemporaryDirectory() as folder:
        for usage in candidates:
            users = [i for i, terms in enumerate(observed) if _renders(terms, usage)]
            index = rng.choice(users)
            source, target = pairs[index]
            french = target.read_text("utf-8")
            pattern = re.compile(rf"(?<![\w-]){re.escape(usage.rendered)}(?![\w-])")
            if not pattern.search(french):
                continue
            edited = Path(folder) / target.name
            edited.write_text(pattern.sub(usage.written, french), "utf-8")
            again = [*observed[:index], observe_terms(source, edited), *observed[index + 1 :]]
            relearnt = learn(list(zip(scopes, again, strict=True)))
            report = check(source, edited, options, site_terms=relearnt)
            tried += 1
            if any(usage.written in f.message for f in report.findings):
                found += 1
            else:
                misses.append(f"  [{scopes[index]}] {usage.rendered} -> {usage.written}")
    print(f"planted deviations found: {found}/{tried} = {found / max(tried, 1):.2f} (target 0.9)")
    print("\n".join(misses))


def _renders(terms: PairTerms, usage: Usage) -> bool:
    return any(
        r.kind == usage.kind and r.term == usage.term and r.rendering == usage.rendering
        for r in terms.terms
    )


if __name__ == "__main__":
    main()
