"""Where a report goes: stdout, or a file written atomically, never over an input.

(And the progress bar of a long run, which goes to stderr, out of the report's way.)

CI jobs and editors read the report file while or after translint writes it,
so a file is written whole to a temporary file beside it and then renamed
over the old one: a reader sees the previous report or the new one, never
half of one, and a failed run leaves the previous report in place. Writing
the report over one of the files checked (``-o fr.txt`` by a slip of the
hand) would destroy the translation, so it is refused before anything runs.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from translint.errors import TranslintError

__all__ = ["Writer", "emit", "progress_bar", "refuse_overwriting_inputs"]

# Writes a report to a stream; the flag says whether the stream shows colour.
Writer = Callable[[TextIO, bool], None]


def refuse_overwriting_inputs(output: Path | None, inputs: Sequence[Path]) -> None:
    """A ``TranslintError`` when ``output`` is one of ``inputs`` (the same file on disk)."""
    if output is None:
        return
    for path in inputs:
        if path.exists() and output.exists() and os.path.samefile(output, path):
            raise TranslintError(f"{output}: is an input file; the report would overwrite it")


COLOR_CHOICES = ("auto", "always", "never")


def wants_color(choice: str = "auto", terminal: bool | None = None) -> bool:
    """Whether to colour: ``always``, ``never``, or (``auto``) on a terminal, unless
    ``NO_COLOR`` is set (no-color.org), or when ``FORCE_COLOR`` is (a CI log that
    renders colour); ``NO_COLOR`` wins over ``FORCE_COLOR``."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty() if terminal is None else terminal


def emit(write: Writer, output: Path | None, color: str = "auto") -> None:
    """Write to stdout, or atomically to ``output`` (a reader never sees half a report).

    Colour as ``wants_color`` says on stdout; in a file, only with ``always``.
    """
    if output is None:
        write(sys.stdout, wants_color(color))
        return
    buffer = io.StringIO()
    write(buffer, color == "always")
    directory = output.parent if str(output.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(
            dir=directory, prefix=f".{output.name}.", suffix=".tmp"
        )
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(buffer.getvalue())
        # mkstemp makes the file private (0600); a report is an ordinary file,
        # with the permissions the user's umask gives any new file.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, output)
    except OSError as error:
        raise TranslintError(f"{output}: cannot write the report ({error.strerror})") from error


def _umask() -> int:
    """The process's umask (reading it means setting it, so it is set back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None]]:
    """A transient progress bar on stderr, drawn only when it is a terminal outside CI.

    It yields the function to call with (done, total) as work advances.
    """
    from rich.progress import Progress as Bar

    show = sys.stderr.isatty() and "CI" not in os.environ
    with Bar(console=None, disable=not show, transient=True) as bar:
        task = bar.add_task(label, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance
