"""Whole sites: the pairs under a folder, checked together, as one ``SiteReport``.

Pairs are found as real sites lay them out (``translint.pairing``: front
matter keys, Docusaurus, language folders, language tags, in that order of
precedence), or listed in a pairs file. A file meant to have a partner that
has none is reported, never skipped in silence.

Checking many pairs is the slow part of a run, so ``check_pairs`` can spread
them over worker processes, each with one BLAS thread; the reports come back
in the order of the pairs either way, so the output does not depend on the
number of workers.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path

from translint.baseline import without_baseline
from translint.config import Options
from translint.lang import DEFAULT_SOURCE
from translint.model import Report, Severity
from translint.pairing import SitePairs, find_pairs, read_pairs_file

__all__ = [
    "SitePairs",
    "SiteReport",
    "check_pairs",
    "check_site",
    "find_pairs",
    "read_pairs_file",
]

# Environment variables that size the thread pools of numpy's BLAS libraries.
BLAS_THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")

# Called with (pairs checked, pairs in all) as pairs are checked: a progress bar.
Progress = Callable[[int, int], None]


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

    def severities(self) -> list[Severity]:
        """The severity of every finding of every pair."""
        return [f.severity for report in self.reports for f in report.findings]

    def scoped(self) -> list[tuple[Report, str]]:
        """Each report with its scope, as baselines are written."""
        return list(zip(self.reports, self.scopes, strict=True))

    def without_baseline(self, accepted: Counter[str]) -> SiteReport:
        """The site with the accepted findings taken out of each pair's report."""
        reports = tuple(without_baseline(r, accepted, s) for r, s in self.scoped())
        return replace(self, reports=reports)


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
    """The pairs ``find_pairs`` found under ``directory``, checked over ``jobs`` processes."""
    reports = _check_all(list(found.pairs), options, jobs, progress or _no_progress)
    scopes = tuple(_scope(source, directory) for source, _ in found.pairs)
    return SiteReport(tuple(reports), found.unpaired, scopes, found.layouts)


def _scope(source: Path, directory: Path) -> str:
    """A source's place in the folder; a pairs file may also name files outside it."""
    return Path(os.path.relpath(source, directory)).as_posix()


def _no_progress(done: int, total: int) -> None:
    """Nobody is watching."""


def _check_all(
    pairs: list[tuple[Path, Path]], options: Options, jobs: int, progress: Progress
) -> list[Report]:
    """Reports in the order of ``pairs``; each worker process loads the pipelines once."""
    from translint import check  # the package imports this module: import it when running

    progress(0, len(pairs))
    if jobs <= 1 or len(pairs) <= 1:
        reports = []
        for source, target in pairs:
            reports.append(check(source, target, options))
            progress(len(reports), len(pairs))
        return reports
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    settings = _picklable(options)
    with _one_blas_thread():
        context = multiprocessing.get_context("spawn")
        workers = min(jobs, len(pairs))
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = [pool.submit(_check_in_worker, s, t, settings) for s, t in pairs]
            reports = []
            for future in futures:
                reports.append(future.result())
                progress(len(reports), len(pairs))
            return reports


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


def _check_in_worker(source: Path, target: Path, settings: dict[str, object]) -> Report:
    from translint import check

    return check(source, target, Options(**settings))  # type: ignore[arg-type]
