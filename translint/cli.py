"""The command line: parse options, call the library, pick a formatter. Nothing else.

Every error meant for a user leaves as one line on stderr and exit status 2
(the contract): click's own usage errors are reformatted to one line too.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from translint import __version__, align_files, check, figures_in
from translint.baseline import baseline_json, load_baseline, without_baseline
from translint.config import FAIL_ON, Options, exit_status, layered_options, typography_choices
from translint.errors import TranslintError
from translint.lang import LANGUAGES
from translint.report import FORMATTERS
from translint.report.counts import counted
from translint.report.output import COLOR_CHOICES, emit, progress_bar, refuse_overwriting_inputs
from translint.report.positions import renamed
from translint.report.statistics import write_quiet, write_statistics

if TYPE_CHECKING:
    from translint.model import Report
    from translint.pairing import SitePairs

LANGS = click.Choice(list(LANGUAGES))
SHORT = {"statistics": write_statistics, "quiet": write_quiet}


@dataclass(frozen=True)
class Display:
    """How the report is shown: ``--color``, and a short report (``--statistics``,
    ``--quiet``) instead of the format's."""

    color: str = "auto"
    short: str | None = None
    verbose: bool = False


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
    help="Check every pair under this folder (language tags or folders, front matter, Docusaurus).",
)
@click.option(
    "--pairs-file",
    type=click.Path(path_type=Path),
    help="Check the pairs this CSV lists (rows source,target, relative to the CSV).",
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
    multiple=True,
    help="Report only findings that are not in this baseline file (repeatable: one "
    "written by --write-baseline and one exported from the HTML report add up).",
)
@click.option(
    "--write-baseline",
    type=click.Path(path_type=Path),
    help="Record the current findings as accepted in this file (and exit 0).",
)
@click.option("--select", multiple=True, help="Check only this rule (repeatable).")
@click.option("--ignore", multiple=True, help="Do not check this rule (repeatable).")
@click.option(
    "--typography",
    type=click.Choice(typography_choices(), case_sensitive=False),
    help="Typographic convention of the target (rule typography): auto follows the "
    "file's region tag, else the text's own habit.  [default: auto]",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Analyse every paragraph afresh; neither read nor write "
    "the analysis cache (see `translint cache info`).",
)
@click.option(
    "--color",
    type=click.Choice(COLOR_CHOICES),
    default="auto",
    show_default=True,
    help="Colour the terminal report: auto is on a terminal, unless NO_COLOR is set "
    "or FORCE_COLOR asks for it.",
)
@click.option(
    "--stdin-name",
    help="The file name standard input (SOURCE or TARGET given as -) stands for: its "
    "extension gives the format, its language tag the language.  [default: stdin.txt]",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the errors and the total.")
@click.option(
    "--verbose",
    "-v",
    is_flag=True,
    help="With --pairs, show every pair's findings in its aligned paragraphs.",
)
@click.option(
    "--statistics", is_flag=True, help="Print how many findings each rule has, and the total."
)
def check_command(
    files: tuple[Path, ...],
    pairs_dir: Path | None,
    pairs_file: Path | None,
    source_lang: str | None,
    target_lang: str | None,
    fmt: str,
    output: Path | None,
    lexical_only: bool,
    fail_on: str | None,
    glossary: Path | None,
    config_path: Path | None,
    jobs: int | None,
    baseline: tuple[Path, ...],
    write_baseline: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    typography: str | None,
    no_cache: bool,
    color: str,
    stdin_name: str | None,
    quiet: bool,
    verbose: bool,
    statistics: bool,
) -> int:
    """Check TARGET as a translation of SOURCE (FILES: SOURCE TARGET), or every pair
    under --pairs DIR (or listed in --pairs-file), and report what does not correspond."""
    site = _what_to_check(files, pairs_dir, pairs_file)
    options = layered_options(
        config_path,
        source_lang=source_lang,
        target_lang=target_lang,
        fail_on=fail_on,
        glossary=glossary,
        lexical_only=lexical_only,
        select=select,
        ignore=ignore,
        no_cache=no_cache,
        typography=typography,
    )
    accepted = sum(map(load_baseline, baseline), Counter()) if baseline else None
    display = _display(fmt, color, quiet, verbose, statistics)
    if site is not None:
        workers = jobs or os.cpu_count() or 1
        found = _site_pairs(pairs_dir, pairs_file, options)
        folder = pairs_dir if pairs_file is None else pairs_file.parent
        return _check_site(
            folder, found, options, fmt, output, workers, accepted, write_baseline, display
        )
    source, target = files
    refuse_overwriting_inputs(output, [source, target])
    refuse_overwriting_inputs(write_baseline, [source, target])
    report = _check_pair(source, target, options, stdin_name)
    if accepted is not None:
        report = without_baseline(report, accepted)
    if write_baseline is not None:
        # The baseline is what this run is for: it says what it wrote, not the report.
        emit(lambda stream, _: stream.write(baseline_json([(report, "")])), write_baseline)
        click.echo(f"wrote {counted(len(report.findings), 'finding')} to {write_baseline}")
        return 0
    if display.short is not None:
        emit(lambda stream, _: SHORT[display.short]([report], stream), output, display.color)
    else:
        write = FORMATTERS[fmt]
        emit(lambda stream, color: write(report, stream, color), output, display.color)
    return exit_status([f.severity for f in report.findings], options.fail_on)


def _check_pair(source: Path, target: Path, options: Options, stdin_name: str | None) -> Report:
    """``check`` on the two files; one of them may be ``-``, standard input.

    Standard input is read whole into a file of ``--stdin-name``'s name (default
    ``stdin.txt``) in a temporary folder, so that its format and language are found
    as a file's would be; the report names it by that name.
    """
    stdin = Path("-")
    if source != stdin and target != stdin:
        return check(source, target, options)
    if source == target:
        raise click.UsageError("only one of SOURCE and TARGET can be - (standard input)")
    name = Path(stdin_name or "stdin.txt").name
    with tempfile.TemporaryDirectory(prefix="translint-stdin-") as folder:
        given = Path(folder) / name
        given.write_bytes(sys.stdin.buffer.read())
        pair = (given, target) if source == stdin else (source, given)
        report = check(*pair, options)
    return renamed(report, str(given), stdin_name or "-")


def _what_to_check(
    files: tuple[Path, ...], pairs_dir: Path | None, pairs_file: Path | None
) -> Path | None:
    """The site (a folder or a pairs file) to check, or None for one pair; a usage
    error when the arguments ask for both or neither."""
    if pairs_dir is not None and pairs_file is not None:
        raise click.UsageError("give either --pairs DIR or --pairs-file CSV, not both")
    site = pairs_dir if pairs_file is None else pairs_file
    if site is None and len(files) != 2:
        raise click.UsageError("give SOURCE and TARGET, or --pairs DIR")
    if site is not None and files:
        raise click.UsageError("give either SOURCE and TARGET or --pairs DIR, not both")
    return site


def _display(fmt: str, color: str, quiet: bool, verbose: bool, statistics: bool) -> Display:
    short = "statistics" if statistics else "quiet" if quiet else None
    if short is not None and fmt not in ("text", "concise"):
        raise click.UsageError(f"--{short} prints text; it does not go with --format {fmt}")
    return Display(color, short, verbose)


def _site_pairs(pairs_dir: Path | None, pairs_file: Path | None, options: Options) -> SitePairs:
    """The pairs a pairs file lists, else those found under the folder."""
    from translint.lang import DEFAULT_SOURCE
    from translint.site import find_pairs, read_pairs_file

    if pairs_file is not None:
        return read_pairs_file(pairs_file)
    assert pairs_dir is not None
    return find_pairs(pairs_dir, options.source_lang or DEFAULT_SOURCE, options.default_lang)


def _check_site(
    directory: Path,
    found: SitePairs,
    options: Options,
    fmt: str,
    output: Path | None,
    jobs: int,
    accepted: Counter[str] | None,
    write_baseline: Path | None,
    display: Display,
) -> int:
    """``check --pairs``: every pair under ``directory``, spread over ``jobs`` processes."""
    from translint.report.site import SITE_FORMATS, write_site
    from translint.site import check_pairs

    if fmt not in SITE_FORMATS:
        raise TranslintError(f"--pairs writes {' or '.join(SITE_FORMATS)}, not {fmt}")
    refuse_overwriting_inputs(output, [p for pair in found.pairs for p in pair])
    with progress_bar("checking pairs") as progress:
        site = check_pairs(directory, found, options, jobs=jobs, progress=progress)
    if accepted is not None:
        site = site.without_baseline(accepted)
    if write_baseline is not None:
        written = baseline_json(site.scoped(), site.unpaired_scopes)
        emit(lambda stream, _: stream.write(written), write_baseline)
        findings = counted(sum(len(r.findings) for r in site.reports), "finding")
        files = counted(len(site.unpaired), "unpaired file")
        click.echo(f"wrote {findings} and {files} to {write_baseline}")
        return 0
    if display.short is not None:
        short = SHORT[display.short]
        emit(lambda stream, _: short(site.reports, stream), output, display.color)
    else:
        emit(
            lambda stream, color: write_site(
                site.reports,
                site.unpaired,
                stream,
                color,
                fmt,
                site.scopes,
                site.layouts,
                site.terms,
                display.verbose,
                site.unpaired_scopes,
            ),
            output,
            display.color,
        )
    return exit_status(site.severities(), options.fail_on, len(site.unpaired))


@cli.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def rules_command(fmt: str) -> int:
    """List every rule with its default severity, what it reports, why, and an example."""
    from translint.report.rules import write_rules
    from translint.rules import all_rules

    emit(lambda stream, _: write_rules(all_rules(), stream, fmt), None)
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
    emit(lambda stream, color: write_alignment(report, stream, color, fmt), None)
    return 0


@cli.command("figures")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--lang", type=LANGS, help="Language of FILE (default: detected).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def figures_command(file: Path, lang: str | None, fmt: str) -> int:
    """List the figures translint reads in FILE and what each means."""
    from translint.report.figures import write_figures

    document, found = figures_in(file, lang)
    emit(lambda stream, color: write_figures(document, found, stream, color, fmt), None)
    return 0


@cli.group("glossary")
def glossary_group() -> None:
    """Glossaries learnt from a site, to review and pass back with --glossary."""


@glossary_group.command("learn")
@click.option(
    "--pairs",
    "pairs_dir",
    type=click.Path(path_type=Path),
    help="Learn from every pair found under this folder.",
)
@click.option(
    "--pairs-file",
    type=click.Path(path_type=Path),
    help="Learn from the pairs this CSV lists (rows source,target).",
)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the glossary here.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "tbx"]),
    help="Glossary format.  [default: from the -o extension, else csv]",
)
@click.option("--source-lang", type=LANGS, help="Language of the sources (default: English).")
@click.option(
    "--min-pairs",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Write correspondences that at least this many pairs use.",
)
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="Config file.")
@click.option("--lexical-only", is_flag=True, help="Align without sentence embeddings.")
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    help="Processes.  [default: the number of cores]",
)
def glossary_learn_command(
    pairs_dir: Path | None,
    pairs_file: Path | None,
    output: Path | None,
    fmt: str | None,
    source_lang: str | None,
    min_pairs: int,
    config_path: Path | None,
    lexical_only: bool,
    jobs: int | None,
) -> int:
    """Learn the correspondences a site uses (acronyms, names introduced with them,
    recurring short segments) and write them as a glossary, most frequent first."""
    from translint.lang import DEFAULT_SOURCE
    from translint.report.glossary import write_glossary
    from translint.site import learn_site, scope_of

    if (pairs_dir is None) == (pairs_file is None):
        raise click.UsageError("give --pairs DIR or --pairs-file CSV")
    options = layered_options(config_path, source_lang=source_lang, lexical_only=lexical_only)
    found = _site_pairs(pairs_dir, pairs_file, options)
    pairs = list(found.pairs)
    refuse_overwriting_inputs(output, [p for pair in pairs for p in pair])
    folder = pairs_dir if pairs_file is None else pairs_file.parent
    assert folder is not None
    scopes = tuple(scope_of(source, folder) for source, _ in pairs)
    with progress_bar("learning") as progress:
        terms = learn_site(
            pairs, scopes, options, jobs=jobs or os.cpu_count() or 1, progress=progress
        )
    chosen = fmt or (
        "tbx" if output is not None and output.suffix.lower() in {".tbx", ".xml"} else "csv"
    )
    source = options.source_lang or DEFAULT_SOURCE
    emit(lambda stream, _: write_glossary(terms, stream, chosen, source, min_pairs), output)
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
    click.echo(f"pair reports: {info['report']}")
    return 0


@cache_group.command("clear")
def cache_clear_command() -> int:
    """Delete the cache; the next check analyses every paragraph again."""
    from translint.cache import cache_path, clear_cache

    freed = clear_cache()
    click.echo(f"deleted {freed / 1024:,.0f} kB from {cache_path().parent}")
    return 0


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
