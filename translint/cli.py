"""The command line: parse options, call the library, pick a formatter. Nothing else.

Every error meant for a user leaves as one line on stderr and exit status 2
(the contract): click's own usage errors are reformatted to one line too.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

import click

from translint import __version__, align_files, check, figures_in
from translint.baseline import baseline_json, load_baseline, without_baseline
from translint.config import FAIL_ON, Options, check_rule_ids, fails, find_config, load_config
from translint.errors import TranslintError
from translint.model import Report
from translint.report import FORMATTERS

LANGS = click.Choice(["en", "fr"])
BLAS_THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__, "--version", prog_name="translint", message="%(prog)s %(version)s"
)
def cli() -> None:
    """Check a translated article against its original: figures, names, paragraphs."""


@cli.command("check")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--pairs",
    "pairs_dir",
    type=click.Path(path_type=Path),
    help="Check every NAME.en.EXT / NAME.fr.EXT pair under this folder.",
)
@click.option("--source-lang", type=LANGS, help="Language of SOURCE (default: detected).")
@click.option("--target-lang", type=LANGS, help="Language of TARGET (default: detected).")
@click.option(
    "--format", "fmt", type=click.Choice(sorted(FORMATTERS)), default="text", show_default=True
)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the report here.")
@click.option(
    "--lexical-only",
    is_flag=True,
    help="Align on shared figures, names and cognates only, without sentence embeddings.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    help="Exit with 1 when a finding is at least this severe.  [default: error]",
)
@click.option(
    "--glossary",
    type=click.Path(path_type=Path),
    help="CSV (english,french[,note]) or TBX glossary the translation must follow.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Settings file (default: translint.toml or [tool.translint] in pyproject.toml, "
    "searched upward from the current folder).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    help="Processes for --pairs.  [default: the number of cores]",
)
@click.option(
    "--baseline",
    type=click.Path(path_type=Path),
    help="Report only findings that are not in this baseline file.",
)
@click.option(
    "--write-baseline",
    type=click.Path(path_type=Path),
    help="Record the current findings as accepted in this file (and exit 0).",
)
@click.option("--select", multiple=True, help="Check only this rule (repeatable).")
@click.option("--ignore", multiple=True, help="Do not check this rule (repeatable).")
@click.option(
    "--no-cache",
    is_flag=True,
    help="Analyse every paragraph afresh; neither read nor write "
    "the analysis cache (see `translint cache info`).",
)
def check_command(
    files: tuple[Path, ...],
    pairs_dir: Path | None,
    source_lang: str | None,
    target_lang: str | None,
    fmt: str,
    output: Path | None,
    lexical_only: bool,
    fail_on: str | None,
    glossary: Path | None,
    config_path: Path | None,
    jobs: int | None,
    baseline: Path | None,
    write_baseline: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    no_cache: bool,
) -> int:
    """Check TARGET as a translation of SOURCE (FILES: SOURCE TARGET), or every pair
    under --pairs DIR, and report what does not correspond."""
    if pairs_dir is None and len(files) != 2:
        raise click.UsageError("give SOURCE and TARGET, or --pairs DIR")
    if pairs_dir is not None and files:
        raise click.UsageError("give either SOURCE and TARGET or --pairs DIR, not both")
    # Layers: defaults, then the config file, then the command line.
    settings = _settings(config_path)
    given = {
        "source_lang": source_lang,
        "target_lang": target_lang,
        "fail_on": fail_on,
        "glossary": str(glossary) if glossary is not None else None,
        "semantic": False if lexical_only else None,
        "select": frozenset(select) or None,
        "ignore": (settings.get("ignore", frozenset()) | frozenset(ignore)) if ignore else None,
        "cache": False if no_cache else None,
    }
    settings.update({k: v for k, v in given.items() if v is not None})
    options = Options(**settings)
    from translint.rules import all_rules

    check_rule_ids(options, set(all_rules()), "rule selection")
    accepted = load_baseline(baseline) if baseline is not None else None
    if pairs_dir is not None:
        workers = jobs or os.cpu_count() or 1
        return _check_site(pairs_dir, options, fmt, output, workers, accepted, write_baseline)
    source, target = files
    _refuse_overwriting_inputs(output, [source, target])
    _refuse_overwriting_inputs(write_baseline, [source, target])
    report = check(source, target, options)
    if accepted is not None:
        report = without_baseline(report, accepted)
    _emit(lambda stream, color: FORMATTERS[fmt](report, stream, color), output)
    if write_baseline is not None:
        _emit(lambda stream, _: stream.write(baseline_json([(report, "")])), write_baseline)
        return 0
    return 1 if fails([f.severity for f in report.findings], options.fail_on) else 0


def _check_site(
    directory: Path,
    options: Options,
    fmt: str,
    output: Path | None,
    jobs: int,
    accepted: Counter[str] | None,
    write_baseline: Path | None,
) -> int:
    """Every pair under ``directory``, spread over ``jobs`` processes; unpaired files
    count as errors.

    An article with no translation at all is the largest omission there is,
    so it fails the run like an error finding (unless ``--fail-on never``).
    """
    from translint.report.site import SITE_FORMATS, write_site
    from translint.site import find_pairs

    if fmt not in SITE_FORMATS:
        raise TranslintError(f"--pairs writes {' or '.join(SITE_FORMATS)}, not {fmt}")
    site = find_pairs(directory, options.source_lang or "en")
    inputs = [p for pair in site.pairs for p in pair]
    _refuse_overwriting_inputs(output, inputs)
    reports = _check_pairs(list(site.pairs), options, jobs)
    # Fingerprints carry the pair's place in the folder: one slip in two articles is two.
    scopes = [source.relative_to(directory).as_posix() for source, _ in site.pairs]
    if accepted is not None:
        reports = [without_baseline(r, accepted, s) for r, s in zip(reports, scopes, strict=True)]
    _emit(
        lambda stream, color: write_site(reports, site.unpaired, stream, color, fmt, scopes),
        output,
    )
    if write_baseline is not None:
        pairs = list(zip(reports, scopes, strict=True))
        _emit(lambda stream, _: stream.write(baseline_json(pairs)), write_baseline)
        return 0
    severities = [f.severity for r in reports for f in r.findings]
    failed = fails(severities, options.fail_on)
    return 1 if failed or (site.unpaired and options.fail_on != "never") else 0


def _check_pairs(pairs: list[tuple[Path, Path]], options: Options, jobs: int) -> list[Report]:
    """Reports in the order of ``pairs``; each worker process loads the pipelines once.

    A progress bar is drawn on stderr when it is a terminal.
    """
    from rich.progress import Progress

    settings = _picklable(options)
    show = sys.stderr.isatty() and "CI" not in os.environ
    with Progress(console=None, disable=not show, transient=True) as progress:
        task = progress.add_task("checking pairs", total=len(pairs))
        if jobs <= 1 or len(pairs) <= 1:
            reports = []
            for source, target in pairs:
                reports.append(check(source, target, options))
                progress.advance(task)
            return reports
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # Each worker gets one BLAS thread: the processes share the cores, and
        # numpy's own threads in every worker would fight over them. The
        # variables must be set before a worker imports numpy, hence "spawn".
        saved = {k: os.environ.get(k) for k in BLAS_THREADS}
        os.environ.update(dict.fromkeys(BLAS_THREADS, "1"))
        try:
            context = multiprocessing.get_context("spawn")
            workers = min(jobs, len(pairs))
            with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                futures = [pool.submit(_check_in_worker, s, t, settings) for s, t in pairs]
                reports = []
                for future in futures:
                    reports.append(future.result())
                    progress.advance(task)
                return reports
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def _picklable(options: Options) -> dict[str, object]:
    """Options as plain keyword arguments a worker process can receive."""
    from dataclasses import fields

    settings = {f.name: getattr(options, f.name) for f in fields(options)}
    settings["severities"] = dict(options.severities)
    return settings


def _check_in_worker(source: Path, target: Path, settings: dict[str, object]) -> Report:
    return check(source, target, Options(**settings))  # type: ignore[arg-type]


def _settings(config_path: Path | None) -> dict[str, object]:
    """The config file's settings: the one named, or the nearest one found upward."""
    if config_path is not None:
        if not config_path.is_file():
            raise TranslintError(f"{config_path}: config file not found")
        return load_config(config_path)
    found = find_config(Path.cwd())
    return load_config(found) if found is not None else {}


@cli.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def rules_command(fmt: str) -> int:
    """List every rule with its default severity, what it reports, why, and an example."""
    from translint.rules import all_rules

    rules = all_rules()
    if fmt == "json":
        import json

        data = [
            {"id": r.id, "severity": r.severity.value, "summary": r.summary, "doc": r.doc}
            for r in sorted(rules.values(), key=lambda r: r.id)
        ]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for r in sorted(rules.values(), key=lambda r: r.id):
        click.echo(f"{r.id}  ({r.severity.value})\n  {r.summary}\n")
        for line in r.doc.splitlines():
            click.echo(f"  {line}".rstrip())
        click.echo()
    return 0


@cli.command("align")
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("target", type=click.Path(path_type=Path))
@click.option("--source-lang", type=LANGS, help="Language of SOURCE (default: detected).")
@click.option("--target-lang", type=LANGS, help="Language of TARGET (default: detected).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--lexical-only", is_flag=True, help="Align without sentence embeddings.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the analysis cache.")
def align_command(
    source: Path,
    target: Path,
    source_lang: str | None,
    target_lang: str | None,
    fmt: str,
    lexical_only: bool,
    no_cache: bool,
) -> int:
    """Show the paragraph alignment of SOURCE and TARGET only."""
    from translint.report.alignment import write_alignment

    options = Options(source_lang, target_lang, semantic=not lexical_only, cache=not no_cache)
    report = align_files(source, target, options)
    _emit(lambda stream, color: write_alignment(report, stream, color, fmt), None)
    return 0


@cli.command("figures")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--lang", type=LANGS, help="Language of FILE (default: detected).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def figures_command(file: Path, lang: str | None, fmt: str) -> int:
    """List the figures translint reads in FILE and what each means."""
    from translint.report.figures import write_figures

    document, found = figures_in(file, lang)
    _emit(lambda stream, color: write_figures(document, found, stream, color, fmt), None)
    return 0


@cli.group("cache")
def cache_group() -> None:
    """Show or delete the analysis cache (TRANSLINT_CACHE_DIR, or the user cache folder)."""


@cache_group.command("info")
def cache_info_command() -> int:
    """Print where the cache is, its size and its number of entries."""
    from translint.cache import cache_info

    info = cache_info()
    click.echo(f"path: {info['path']}")
    if not info["exists"]:
        click.echo("empty: no cache file yet")
        return 0
    click.echo(f"size: {info['bytes'] / 1024:,.0f} kB")
    if "error" in info:
        click.echo(f"unreadable: {info['error']} (`translint cache clear` deletes it)")
        return 0
    click.echo(f"paragraph analyses: {info['analysis']}")
    click.echo(f"sentence embeddings: {info['embedding']}")
    return 0


@cache_group.command("clear")
def cache_clear_command() -> int:
    """Delete the cache; the next check analyses every paragraph again."""
    from translint.cache import cache_path, clear_cache

    freed = clear_cache()
    click.echo(f"deleted {freed / 1024:,.0f} kB from {cache_path().parent}")
    return 0


def _refuse_overwriting_inputs(output: Path | None, inputs: Sequence[Path]) -> None:
    if output is None:
        return
    for path in inputs:
        if path.exists() and output.exists() and os.path.samefile(output, path):
            raise TranslintError(f"{output}: is an input file; the report would overwrite it")


def _emit(write: Callable[[TextIO, bool], None], output: Path | None) -> None:
    """Write to stdout, or atomically to ``output`` (a reader never sees half a report)."""
    if output is None:
        color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
        write(sys.stdout, color)
        return
    buffer = io.StringIO()
    write(buffer, False)
    directory = output.parent if str(output.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(
            dir=directory, prefix=f".{output.name}.", suffix=".tmp"
        )
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(buffer.getvalue())
        os.replace(temporary, output)
    except OSError as error:
        raise TranslintError(f"{output}: cannot write the report ({error.strerror})") from error


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the command and turn every user error into one line and status 2."""
    stderr: TextIO = sys.stderr
    try:
        status = cli.main(args=list(argv) if argv is not None else None, standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        stderr.write(f"translint: {_one_line(error.format_message())}\n")
        sys.exit(2)
    except click.exceptions.Abort:
        stderr.write("translint: interrupted\n")
        sys.exit(130)
    except TranslintError as error:
        stderr.write(f"translint: {_one_line(str(error))}\n")
        sys.exit(2)
    except BrokenPipeError:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115  (no traceback on closed pipes)
        sys.exit(1)
    sys.exit(status if isinstance(status, int) else 0)


def _one_line(message: str) -> str:
    return " ".join(message.split())


if __name__ == "__main__":
    main()
