"""Fixtures of the report tests: an HTML pair whose paragraphs hold markup."""

from __future__ import annotations

from pathlib import Path

import pytest

import translint
from translint.model import Report

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
