"""Fixtures of the report tests: the seed pair's report and page, a small site built
from the seed pair, and an HTML pair whose paragraphs hold markup."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

import translint
from translint.cli import main
from translint.model import Report
from translint.report.html import write_html

from ..conftest import SEED_EN, SEED_FR


@pytest.fixture(scope="module")
def report() -> Report:
    """The seed pair's report, checked once per module."""
    return translint.check(SEED_EN, SEED_FR)


def render_html(report: Report) -> str:
    stream = io.StringIO()
    write_html(report, stream)
    return stream.getvalue()


@pytest.fixture(scope="module")
def page(report: Report) -> str:
    return render_html(report)


def seed_lines(path: Path, *needles: str) -> str:
    """The lines of a seed file holding each needle, as a small article of their own."""
    lines = path.read_text("utf-8").splitlines()
    return "\n\n".join(next(line for line in lines if n in line) for n in needles) + "\n"


def build_site(root: Path) -> None:
    """Two pairs (the seed, and a short one with a figure changed) and an unpaired draft."""
    (root / "news").mkdir()
    (root / "funding").mkdir()
    shutil.copy(SEED_EN, root / "news" / "qkba.en.txt")
    shutil.copy(SEED_FR, root / "news" / "qkba.fr.txt")
    english = seed_lines(SEED_EN, "54.1%", "20 km")
    french = seed_lines(SEED_FR, "54,1 %", "20 km").replace("54,1 %", "45,1 %")
    (root / "funding" / "quantum.en.txt").write_text(english, "utf-8")
    (root / "funding" / "quantum.fr.txt").write_text(french, "utf-8")
    (root / "funding" / "draft.en.txt").write_text("Nobody translated this yet.\n", "utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``build_site`` in a folder of its own, once per module."""
    root = tmp_path_factory.mktemp("site") / "content"
    root.mkdir()
    build_site(root)
    return root


def run_in(folder: Path, args: list[str]) -> int:
    """The command line run in ``folder``; its exit status."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        with pytest.raises(SystemExit) as exited:
            main(args)
    return int(exited.value.code or 0)


@pytest.fixture(scope="module")
def page_file(page: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed pair's page, written to a file for a browser to open."""
    path = tmp_path_factory.mktemp("page") / "report.html"
    path.write_text(page, "utf-8")
    return path


@pytest.fixture(scope="module")
def site_page_file(site: Path) -> Path:
    """The test site's page (``check --pairs --format html``)."""
    out = site.parent / "site.html"
    assert (
        run_in(site, ["check", "--pairs", ".", "--jobs", "1", "--format", "html", "-o", str(out)])
        == 1
    )
    return out


PAGE = """<!DOCTYPE html>
<html><head><title>Budget</title></head>
<body><main>
<h1>{title}</h1>
<p>{body}</p>
<p>{tail}</p>
</main></body></html>
"""
SOURCE_PAGE = PAGE.format(
    title="The <strong>quantum</strong> budget of the association",
    body='The association met <a href="https://www.linkedin.com/in/aaron-snow">Aaron&nbsp;Snow'
    "</a> in Montreal on Tuesday, and the members agreed that the <em>annual</em> budget would "
    "grow by 54.1% over the next year.",
    tail="Members from the whole province attended the meeting and discussed the future of the "
    "research programme.",
)
TARGET_PAGE = PAGE.format(
    title="Le budget <strong>quantique</strong> de l’association",
    body='L’association a rencontré <a href="https://www.linkedin.com/in/aaron-snow">Aaron'
    "&nbsp;Snow</a> à Montréal mardi, et les membres ont convenu que le budget <em>annuel</em> "
    "augmenterait de 45,1&nbsp;% au cours de la prochaine année.",
    tail="Des membres de toute la province ont assisté à la réunion et discuté de l’avenir du "
    "programme de recherche.",
)


@pytest.fixture(scope="session")
def html_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An English page and its French translation, one figure changed (54.1% → 45,1 %)."""
    folder = tmp_path_factory.mktemp("html-pair")
    source, target = folder / "budget.en.html", folder / "budget.fr.html"
    source.write_text(SOURCE_PAGE, encoding="utf-8")
    target.write_text(TARGET_PAGE, encoding="utf-8")
    return source, target


@pytest.fixture(scope="session")
def html_report(html_pair: tuple[Path, Path]) -> Report:
    return translint.check(*html_pair)
