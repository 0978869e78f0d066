"""Whole sites: the pairs under a folder, checked together, as one ``SiteReport``.

Pairs are found as real sites lay them out (``translint.pairing``: front
matter keys, Docusaurus, language folders, language tags, in that order of
precedence), or listed in a pairs file. A file meant to have a partner that
has none is reported, never skipped in silence.

A site run learns before it checks (``translint.terminology``): every pair
says how it renders its acronyms, introduced names and short segments
(``observe_terms``, in the workers), the parent merges what they say into
the site's terms (``learn``), and every pair is then checked against them
(``term-inconsistent``; an acronym pair the site established is declared for
every pair). The second pass reads the analyses and embeddings of the first
from the cache.

Checking many pairs is the slow part of a run, so ``check_pairs`` can spread
them over worker processes, each with one BLAS thread; the reports come back
in the order of the pairs either way, so the output does not depend on the
number of workers.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TypeVar

from translint.baseline import unpaired_fingerprint, without_baseline
from translint.config import Options
from translint.lang import DEFAULT_SOURCE
from translint.model import Report, Severity
from translint.pairing import SitePairs, find_pairs, read_pairs_file
from translint.terminology import PairTerms, SiteTerms, learn

__all__ = [
    "SitePairs",
    "SiteReport",
    "check_pairs",
    "check_site",
    "find_pairs",
    "read_pairs_file",
    "scope_of",
]

# Environment variables that size the thread pools of numpy's BLAS libraries.
BLAS_THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")

# Called with (pairs checked, pairs in all) as pairs are checked: a progress bar.
Progress = Callable[[int, int], None]
T = TypeVar("T")


@dataclass(frozen=True)
class SiteReport:
    """Every pair's report, in the order of the pairs, and the files with no partner.

    ``scopes`` are the pairs' places in the folder (each source's path relative
    to it): baseline fingerprints and SARIF results carry them, so that the
    same slip in two articles counts twice. ``layouts`` name how each pair was
    paired (``translint.pairing.LAYOUTS``), for the summary.
    """

    reports: tuple[Report, ...]
    unpaired: tuple[Path, ...]
    scopes: tuple[str, ...]
    layouts: tuple[str, ...] = ()
    terms: SiteTerms | None = None  # what the site established, learnt from every pair
    unpaired_scopes: tuple[str, ...] = ()  # the unpaired files' places in the folder

    def severities(self) -> list[Severity]:
        """The severity of every finding of every pair."""
        return [f.severity for report in self.reports for f in report.findings]

    def scoped(self) -> list[tuple[Report, str]]:
        """Each report with its scope, as baselines are written."""
        return list(zip(self.reports, self.scopes, strict=True))

    def without_baseline(self, accepted: Counter[str]) -> SiteReport:
        """The site with the accepted findings taken out of each pair's report, and the
        accepted unpaired files out of its unpaired ones."""
        reports = tuple(without_baseline(r, accepted, s) for r, s in self.scoped())
        kept = [
            (path, scope)
            for path, scope in zip(self.unpaired, self.unpaired_scopes, strict=True)
            if accepted[unpaired_fingerprint(scope)] == 0
        ]
        return replace(
            self,
            reports=reports,
            unpaired=tuple(p for p, _ in kept),
            unpaired_scopes=tuple(s for _, s in kept),
        )


def check_site(
    directory: str | os.PathLike[str],
    options: Options | None = None,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
) -> SiteReport:
    """Every pair under ``directory`` checked, sources in ``options.source_lang`` (default
    English), and the tagged files with no partner: what ``check --pairs`` does."""
    options = options or Options()
    folder = Path(directory)
    found = find_pairs(folder, options.source_lang or DEFAULT_SOURCE, options.default_lang)
    return check_pairs(folder, found, options, jobs=jobs, progress=progress)


def check_pairs(
    directory: Path,
    found: SitePairs,
    options: Options,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
) -> SiteReport:
    """The pairs ``find_pairs`` found under ``directory``, checked over ``jobs`` processes
    against the terminology the site establishes (``learn_site``)."""
    pairs = list(found.pairs)
    scopes = tuple(scope_of(source, directory) for source, _ in pairs)
    report = progress or _no_progress

    # One bar for both passes: learning is its first half, checking its second.
    def learning(done: int, total: int) -> None:
        report(done, 2 * total)

    def checking(done: int, total: int) -> None:
        report(total + done, 2 * total)

    with _workers(jobs, len(pairs)) as pool:
        terms = learn_site(pairs, scopes, options, pool=pool, progress=learning)
        reports = _run_all(_check_in_worker, pairs, options, pool, checking, terms)
    lonely = tuple(scope_of(path, directory) for path in found.unpaired)
    return SiteReport(tuple(reports), found.unpaired, scopes, found.layouts, terms, lonely)


def learn_site(
    pairs: list[tuple[Path, Path]],
    scopes: tuple[str, ...],
    options: Options,
    *,
    jobs: int = 1,
    pool: Executor | None = None,
    progress: Progress | None = None,
) -> SiteTerms:
    """What the pairs establish together: each observed in a worker (of ``pool``, or
    of ``jobs`` processes started for it), merged here."""
    with _workers(jobs if pool is None else 1, len(pairs)) as own:
        workers = pool or own
        observed = _run_all(_observe_in_worker, pairs, options, workers, progress or _no_progress)
    return learn(list(zip(scopes, observed, strict=True)))


def scope_of(source: Path, directory: Path) -> str:
    """A source's place in the folder; a pairs file may also name files outside it."""
    return Path(os.path.relpath(source, directory)).as_posix()


def _no_progress(done: int, total: int) -> None:
    """Nobody is watching."""


@contextmanager
def _workers(jobs: int, pairs: int) -> Iterator[Executor | None]:
    """The worker processes of a whole site run, or None to work in this process.

    Both passes share them, so each worker loads the pipelines and the sentence
    encoder once for the run, not once per pass.
    """
    if jobs <= 1 or pairs <= 1:
        yield None
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with _one_blas_thread():
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=min(jobs, pairs), mp_context=context) as pool:
            yield pool


def _run_all(
    work: Callable[..., T],
    pairs: list[tuple[Path, Path]],
    options: Options,
    pool: Executor | None,
    progress: Progress,
    *extra: object,
) -> list[T]:
    """``work(source, target, settings, *extra)`` for every pair, in ``pool``'s workers
    or here; the results in the order of ``pairs``.

    Workers take the largest pairs first: a long article started last would keep
    one worker busy while the others wait. A pair's error is raised once every
    pair is done, the first in the order of the pairs, as in this process.
    """
    progress(0, len(pairs))
    settings = _picklable(options)
    if pool is None:
        results = []
        for source, target in pairs:
            results.append(work(source, target, settings, *extra))
            progress(len(results), len(pairs))
        return results
    from concurrent.futures import as_completed

    order = sorted(range(len(pairs)), key=lambda k: -_size(pairs[k]))
    futures = {k: pool.submit(work, *pairs[k], settings, *extra) for k in order}
    for finished, _ in enumerate(as_completed(futures.values()), start=1):
        progress(finished, len(pairs))
    # In the order of the pairs: of two bad files, the first is the one reported.
    return [futures[k].result() for k in range(len(pairs))]


def _size(pair: tuple[Path, Path]) -> int:
    """Bytes of both files: how long a pair takes, near enough to schedule by."""
    try:
        return sum(path.stat().st_size for path in pair)
    except OSError:
        return 0  # the worker will report the file


@contextmanager
def _one_blas_thread() -> Iterator[None]:
    """One BLAS thread for every worker started inside, the environment restored after.

    The processes share the cores, and numpy's own threads in every worker
    would fight over them. The variables must be set before a worker imports
    numpy, hence workers started with "spawn".
    """
    saved = {k: os.environ.get(k) for k in BLAS_THREADS}
    os.environ.update(dict.fromkeys(BLAS_THREADS, "1"))
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _picklable(options: Options) -> dict[str, object]:
    """Options as plain keyword arguments a worker process can receive."""
    settings = {f.name: getattr(options, f.name) for f in fields(options)}
    settings["severities"] = dict(options.severities)
    return settings


def _check_in_worker(
    source: Path, target: Path, settings: dict[str, object], terms: SiteTerms | None
) -> Report:
    from translint import check  # the package imports this module: import it when running

    return check(source, target, Options(**settings), site_terms=terms)  # type: ignore[arg-type]


def _observe_in_worker(source: Path, target: Path, settings: dict[str, object]) -> PairTerms:
    from translint import observe_terms

    return observe_terms(source, target, Options(**settings))  # type: ignore[arg-type]
