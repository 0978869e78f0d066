"""How the HTML pages fit the reader's screen and stay light, in headless Chromium: the
compact bar on a narrow screen, and a site page whose pairs open on demand."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from .browser import Browser
from .test_html import needs_chromium, parse

NARROW = (400, 800)


@pytest.fixture(scope="module")
def narrow(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with Browser(tmp_path_factory.mktemp("narrow"), *NARROW) as running:
        yield running


@pytest.fixture(scope="module")
def wide(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with Browser(tmp_path_factory.mktemp("wide")) as running:
        yield running


SEEN = (
    "(function (s) { return Array.from(document.querySelectorAll(s)).filter(function (e) {"
    " return e.getClientRects().length > 0; }).length; })"
)


def bar_height(browser: Browser) -> float:
    return browser.evaluate("document.querySelector('.bar').getBoundingClientRect().height")


@needs_chromium
def test_a_narrow_screens_bar_keeps_the_severities_and_opens_the_rest(
    narrow: Browser, page_file: Path, tmp_path: Path
) -> None:
    narrow.open(page_file.as_uri())
    closed = bar_height(narrow)
    assert closed <= NARROW[1] / 6
    assert narrow.evaluate(f"{SEEN}('#filters .by-severity .chip')") == 3
    assert narrow.evaluate(f"{SEEN}('#filters .by-rule .chip')") == 0
    assert narrow.evaluate(f"{SEEN}('#shown')") == 1
    narrow.screenshot(tmp_path / "narrow-closed.png")
    narrow.click("#more")
    assert narrow.evaluate("document.getElementById('more').getAttribute('aria-expanded')") == (
        "true"
    )
    rules = narrow.evaluate("document.querySelectorAll('#filters .by-rule .chip').length")
    assert rules > 0 and narrow.evaluate(f"{SEEN}('#filters .by-rule .chip')") == rules
    assert narrow.evaluate(f"{SEEN}('#export')") == 1  # review.js's controls open too
    assert bar_height(narrow) > closed
    narrow.screenshot(tmp_path / "narrow-open.png")
    # A filter still works from the opened bar; closing keeps what was chosen.
    narrow.click('#filters input[value="typography"]')
    shown = narrow.evaluate("document.getElementById('shown').textContent")
    narrow.click("#more")
    assert narrow.evaluate(f"{SEEN}('#filters .by-rule .chip')") == 0
    assert narrow.evaluate("document.getElementById('shown').textContent") == shown
    assert re.match(r"9 of 11 findings shown", shown), shown
    # Nothing on the page is wider than the screen.
    assert narrow.evaluate("document.documentElement.scrollWidth") <= NARROW[0]


@needs_chromium
def test_a_wide_screen_shows_every_filter_and_no_button(wide: Browser, page_file: Path) -> None:
    wide.open(page_file.as_uri())
    assert wide.evaluate(f"{SEEN}('#more')") == 0
    assert wide.evaluate(f"{SEEN}('#filters .by-rule .chip')") == wide.evaluate(
        "document.querySelectorAll('#filters .by-rule .chip').length"
    )


# --------------------------------------------------------------------------
# the site page


def test_a_site_page_holds_each_pair_in_a_template(site_page_file: Path) -> None:
    tree = parse(site_page_file.read_text("utf-8"))
    slots = tree.all(lambda n: "pair-slot" in n.classes)
    assert [s.attrs["id"] for s in slots] == ["p1-slot", "p2-slot"]
    for number, slot in enumerate(slots, start=1):
        (template,) = [c for c in slot.children if not isinstance(c, str)]
        assert template.tag == "template"
        (section,) = template.all(lambda n, k=f"p{number}-report": n.attrs.get("id") == k)
        assert section.all(lambda n: "picture" in n.classes)
    links = [
        n.attrs["href"]
        for n in tree.all(
            lambda n: n.tag == "a" and n.up(lambda p: "pairs" in p.classes) is not None
        )
    ]
    assert links == ["#p1-report", "#p2-report", "#u1"]  # the draft leads to its note


@needs_chromium
def test_a_site_pages_pairs_open_on_demand_and_the_filters_count_them_all(
    wide: Browser, site_page_file: Path
) -> None:
    wide.open(site_page_file.as_uri())
    assert wide.evaluate("document.querySelectorAll('.pair').length") == 0
    total = len(parse(site_page_file.read_text("utf-8")).all(lambda n: "data-fp" in n.attrs))
    assert wide.evaluate("document.getElementById('shown').textContent") == (
        f"{total} of {total} findings shown"
    )
    # A link in the table opens its pair, and the browser lands on it.
    wide.click('table.pairs a[href="#p2-report"]')
    assert wide.until("location.hash") == "#p2-report"
    assert wide.evaluate("Array.from(document.querySelectorAll('.pair')).map(s => s.id)") == [
        "p2-report"
    ]
    assert wide.evaluate("document.querySelector(':target').id") == "p2-report"
    # A shared link to a finding opens its pair and chooses it (review.js).
    wide.open(site_page_file.as_uri() + "?shared=1#p1-f2")  # another URL: a new load
    assert wide.evaluate("document.querySelectorAll('.pair').length") == 1
    assert wide.evaluate("document.activeElement.id") == "p1-f2"
    # Filters preset from the URL count the closed pairs too, and hide their findings.
    wide.open(site_page_file.as_uri() + "?severity=error")
    errors = wide.evaluate("window.translintAll('.note[data-fp][data-severity=error]').length")
    assert 0 < errors < total
    assert wide.evaluate("document.getElementById('shown').textContent") == (
        f"{errors} of {total} findings shown"
    )
    wide.click("#open-all")
    assert wide.evaluate("document.querySelectorAll('.pair').length") == 2
    assert wide.evaluate(f"{SEEN}('.note[data-fp]')") == errors
