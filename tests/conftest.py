"""Shared fixtures: the seed pair in corpora/ and the Debian corpora beside the project."""

from __future__ import annotations

from pathlib import Path

import pytest

from translint.model import ParagraphKind

# Paragraph kinds, short, for tables of expected paragraphs.
HEAD, TEXT, ITEM, CHROME, CAPTION, CELL = (
    ParagraphKind.HEADING,
    ParagraphKind.TEXT,
    ParagraphKind.ITEM,
    ParagraphKind.CHROME,
    ParagraphKind.CAPTION,
    ParagraphKind.CELL,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "seed"
SEED_EN = SEED / "qkba-2025.en.txt"
SEED_FR = SEED / "qkba-2025.fr.txt"
SHARED_CORPORA = ROOT.parent / "shared" / "corpora" / "debian-docs"


def corpus_pairs() -> list[Path]:
    """Every Debian pair folder, or none when ../shared is not beside the project."""
    return sorted(p.parent for p in SHARED_CORPORA.glob("*/*/gold.json"))


needs_corpora = pytest.mark.skipif(
    not SHARED_CORPORA.is_dir(), reason="../shared/corpora is not beside the project"
)


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory):
    """The analysis cache of the whole run lives in a temporary folder, never the user's.

    One folder for the session, so the seed pair is analysed once. A test that
    patches the analysis itself must point TRANSLINT_CACHE_DIR elsewhere (as
    tests/test_cache.py does) or run with ``Options(cache=False)``; so must one
    that patches what a rule reads and then checks a pair another test checked
    unpatched: whole reports are cached too (``translint.recheck``), keyed by
    the package's files, not by what a test patched.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRANSLINT_CACHE_DIR", str(tmp_path_factory.mktemp("translint-cache")))
        yield


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the command line in-process: (exit status, stdout, stderr)."""
    from translint.cli import main

    with pytest.raises(SystemExit) as exited:
        main(args)
    out, err = capsys.readouterr()
    return int(exited.value.code or 0), out, err


@pytest.fixture
def french_with(tmp_path: Path):
    """Write the seed's French side with one edit and return its path."""

    def edit(old: str, new: str, count: int = 1) -> Path:
        text = SEED_FR.read_text(encoding="utf-8")
        assert text.count(old) >= count, f"{old!r} is not in the French seed"
        path = tmp_path / "edited.fr.txt"
        path.write_text(text.replace(old, new, count), encoding="utf-8")
        return path

    return edit
