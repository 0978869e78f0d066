"""The HTML report as a work list (``review.js``): keys, review marks, hiding, the
baseline export and its round trip through ``translint check --baseline``.

The page's half (fingerprints, links, the storage key) is read from the HTML;
the script's half runs in headless Chromium, driven over the DevTools pipe
(``tests/report/browser.py``): keys pressed, buttons clicked, pages reloaded,
the export downloaded and given back to the command line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import translint
from translint.baseline import fingerprints
from translint.model import Report
from translint.report.html import review_key

from ..conftest import SEED_EN, SEED_FR, run_cli
from .browser import Browser
from .conftest import render_html, run_in
from .test_html import by_class, hex_colour, needs_chromium, parse, read_png

SEED_ARGS = [str(SEED_EN), str(SEED_FR)]


# --------------------------------------------------------------------------
# the page: what the script works from, and what it reads as without it


def test_each_finding_carries_its_baseline_fingerprint(
    report: Report, page: str, tmp_path: Path, capsys
) -> None:
    notes = parse(page).all(lambda n: "data-fp" in n.attrs)
    by_id = {n.attrs["id"]: n.attrs["data-fp"] for n in notes}
    shown = [by_id[f"f{n}"] for n in range(1, len(report.findings) + 1)]
    assert shown == fingerprints(report.findings)
    written = tmp_path / "baseline.json"
    run_cli(["check", *SEED_ARGS, "--write-baseline", str(written)], capsys)
    entries = json.loads(written.read_text("utf-8"))["findings"]
    assert shown == [e["fingerprint"] for e in entries]
    messages = {n.attrs["data-fp"]: n.all(by_class("msg"))[0].text for n in notes}
    assert [messages[e["fingerprint"]] for e in entries] == [e["message"] for e in entries]


def test_a_site_page_carries_the_site_baselines_fingerprints(
    site: Path, site_page_file: Path
) -> None:
    written = site.parent / "site-baseline.json"
    assert (
        run_in(site, ["check", "--pairs", ".", "--jobs", "1", "--write-baseline", str(written)])
        == 0
    )
    entries = json.loads(written.read_text("utf-8"))["findings"]
    tree = parse(site_page_file.read_text("utf-8"))
    notes = {n.attrs["id"]: n.attrs["data-fp"] for n in tree.all(lambda n: "data-fp" in n.attrs)}
    # The list order, pair after pair, is the baseline's; the draft is the baseline's last.
    entries_shown = tree.all(lambda n: n.tag == "li" and n.up(by_class("findings")) is not None)
    listed = [notes[li.attrs["data-f"]] for li in entries_shown]
    assert [e["rule"] for e in entries][-1] == "unpaired-file"
    assert listed == [e["fingerprint"] for e in entries[:-1]]
    assert {n[:3] for n in notes} == {"p1-", "p2-", "u1"}  # both pairs have findings
    assert notes["u1"] == entries[-1]["fingerprint"]  # the draft, last on the page too


def test_every_summary_entry_links_to_its_finding_and_back(page: str) -> None:
    tree = parse(page)
    ids = {n.attrs["id"]: n for n in tree.walk() if "id" in n.attrs}
    notes = [n for n in tree.all(lambda n: "data-fp" in n.attrs)]  # down the page
    entries = tree.all(lambda n: n.tag == "li" and n.up(by_class("findings")) is not None)
    assert len(entries) == len(notes) == 11
    for entry in entries:
        (link,) = [n for n in entry.walk() if n.tag == "a"]
        note = ids[link.attrs["href"][1:]]
        assert note in notes and note.attrs["id"] == entry.attrs["data-f"]
        (back,) = note.all(by_class("back"))
        assert ids[back.attrs["href"][1:]] is entry
    # The rule table: a rule, or its count of one severity, links to the first such
    # finding down the page.
    (table,) = tree.all(by_class("rules"))
    severities = [th.text for th in table.all(lambda n: n.tag == "th")][1:]
    checked = 0
    for row in table.all(lambda n: n.tag == "tr")[1:]:
        cells = row.all(lambda n: n.tag == "td")
        rule = cells[0].text
        mine = [n for n in notes if n.attrs["data-rule"] == rule]
        assert ids[cells[0].all(lambda n: n.tag == "a")[0].attrs["href"][1:]] is mine[0]
        for severity, cell in zip(severities, cells[1:], strict=True):
            links = cell.all(lambda n: n.tag == "a")
            of_severity = [n for n in mine if n.attrs["data-severity"] == severity]
            assert len(links) == (1 if of_severity else 0) and cell.text == (
                str(len(of_severity)) if of_severity else ""
            )
            if links:
                assert ids[links[0].attrs["href"][1:]] is of_severity[0]
                checked += 1
    assert checked == 5  # typography info; missing-paragraph error; three warnings


def test_marks_are_kept_apart_by_report(report: Report, html_report: Report) -> None:
    assert review_key([report]) == review_key([translint.check(SEED_EN, SEED_FR)])
    keys = {review_key([report]), review_key([html_report]), review_key([report, html_report])}
    assert len(keys) == 3
    assert parse(render_html(report)).all(lambda n: n.tag == "main")[0].attrs == {
        "data-review": review_key([report])
    }


def test_without_script_there_is_nothing_to_press(page: str) -> None:
    """The buttons and the review bar are the script's: a page read without it shows
    every finding and no control that does nothing."""
    tree = parse(page)
    assert not tree.all(lambda n: n.tag in {"button", "kbd"} or "marks" in n.classes)
    assert not tree.all(lambda n: "hidden" in n.attrs and n.attrs.get("id") != "filters")


# --------------------------------------------------------------------------
# headless Chromium: the script at work


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with Browser(tmp_path_factory.mktemp("chromium")) as running:
        yield running


def fresh(browser: Browser, page: Path, query: str = "") -> None:
    """``page`` open with no marks kept from an earlier test."""
    browser.open(page.as_uri() + query)
    browser.evaluate("localStorage.clear()")
    browser.reload()


STATE = """(function () {
  var a = document.activeElement, r = a.getBoundingClientRect();
  return {id: a.id, current: a.classList.contains("current"),
    top: r.top, bottom: r.bottom, bar: document.querySelector(".bar").getBoundingClientRect().bottom,
    height: innerHeight, lit: Array.from(document.querySelectorAll("mark.current"))
      .every(function (m) { return m.dataset.f.split(" ").indexOf(a.id) >= 0; }),
    lights: document.querySelectorAll("mark.current").length,
    currents: document.querySelectorAll(".note.current").length};
})()"""


def focused(browser: Browser) -> dict[str, Any]:
    state = browser.evaluate(STATE)
    assert state["current"] and state["currents"] == 1 and state["lit"], state
    # In view, below the sticky bar.
    assert state["bar"] - 1 <= state["top"] and state["bottom"] <= state["height"] + 1, state
    return state


def note_ids(browser: Browser, selector: str = ".note[data-fp]") -> list[str]:
    return browser.evaluate(
        f"Array.from(document.querySelectorAll({json.dumps(selector)})).map(function (n) {{"
        " return n.id; })"
    )


@needs_chromium
def test_keys_move_from_finding_to_finding(browser: Browser, page_file: Path) -> None:
    fresh(browser, page_file)
    down_the_page = note_ids(browser)
    assert len(down_the_page) == 11
    visited = []
    for key in "jnjnjnjnjnj":
        browser.press(key)
        visited.append(focused(browser)["id"])
    assert visited == down_the_page
    browser.press("j")  # the last one stays chosen
    assert focused(browser)["id"] == down_the_page[-1]
    back = []
    for key in "kpk":
        browser.press(key)
        back.append(focused(browser)["id"])
    assert back == down_the_page[-2:-5:-1]
    assert focused(browser)["lights"] > 0  # its highlighted words are outlined too


@needs_chromium
def test_keys_skip_the_findings_the_filters_hide(browser: Browser, page_file: Path) -> None:
    fresh(browser, page_file, "?severity=error")
    errors = note_ids(browser, '.note[data-fp][data-severity="error"]')
    assert len(errors) == 3
    visited = []
    for _ in range(4):
        browser.press("j")
        visited.append(focused(browser)["id"])
    assert visited == [*errors, errors[-1]]


@needs_chromium
def test_a_link_in_the_list_chooses_its_finding(browser: Browser, page_file: Path) -> None:
    fresh(browser, page_file)
    down_the_page = note_ids(browser)
    chosen = down_the_page[5]
    browser.click(f'.findings li[data-f="{chosen}"] a')
    # The script hears of it on hashchange, after the click.
    browser.until(f"(document.querySelector('.note.current') || {{}}).id === '{chosen}'")
    assert focused(browser)["id"] == chosen
    browser.press("j")
    assert focused(browser)["id"] == down_the_page[6]
    browser.click(f"#{down_the_page[6]} a.back")  # and back up to its list entry
    assert browser.evaluate("location.hash") == "#" + browser.evaluate(
        f"document.querySelector('.findings li[data-f=\"{down_the_page[6]}\"]').id"
    )


MARKS = """(function () {
  var seen = {};
  document.querySelectorAll(".note[data-fp]").forEach(function (n) {
    var pressed = Array.from(n.querySelectorAll("button[aria-pressed=true]"))
      .map(function (b) { return b.dataset.mark; });
    var entry = document.querySelector('.findings li[data-f="' + n.id + '"]');
    seen[n.id] = [n.dataset.mark || "", pressed.join(","), entry.dataset.mark || ""];
  });
  return seen;
})()"""


def marked(browser: Browser) -> dict[str, str]:
    """Each marked finding's mark, checked to show alike on its note, button and list entry."""
    found = {}
    for note, (mark, pressed, entry) in browser.evaluate(MARKS).items():
        assert mark == pressed == entry, (note, mark, pressed, entry)
        if mark:
            found[note] = mark
    return found


@needs_chromium
def test_marks_last_across_a_reload_and_stay_with_their_report(
    browser: Browser, page_file: Path, html_report: Report, tmp_path: Path
) -> None:
    fresh(browser, page_file)
    notes = note_ids(browser)
    browser.click(f"#{notes[0]} button[data-mark=accepted]")
    browser.click(f"#{notes[2]} button[data-mark=reviewed]")
    browser.press("j")  # from notes[2], chosen by its click
    browser.press("a")
    browser.press("j")
    browser.press("r")
    browser.press("r")  # a second press takes the mark off
    expected = {notes[0]: "accepted", notes[2]: "reviewed", notes[3]: "accepted"}
    assert marked(browser) == expected
    assert browser.evaluate("document.getElementById('marked').textContent") == (
        "1 reviewed, 2 accepted"
    )
    browser.reload()
    assert marked(browser) == expected
    other = tmp_path / "other.html"
    other.write_text(render_html(html_report), "utf-8")
    browser.open(other.as_uri())  # another report: marks of its own (none yet)
    assert browser.evaluate("document.querySelectorAll('.note[data-fp]').length") > 0
    assert marked(browser) == {}
    browser.open(page_file.as_uri())
    assert marked(browser) == expected


HIDDEN = """(function () {
  function shown(el) { return el.getClientRects().length > 0; }
  return {
    notes: Array.from(document.querySelectorAll(".note[data-fp]")).filter(shown)
      .map(function (n) { return n.id; }),
    entries: Array.from(document.querySelectorAll(".findings li")).filter(shown)
      .map(function (n) { return n.dataset.f; }),
    rows: Array.from(document.querySelectorAll(".row")).filter(function (r) { return !shown(r); })
      .map(function (r) { return r.dataset.f; }),
    count: document.getElementById("shown").textContent};
})()"""


@needs_chromium
def test_hide_reviewed_hides_marked_findings_and_rows_left_with_none(
    browser: Browser, page_file: Path
) -> None:
    fresh(browser, page_file)
    notes = note_ids(browser)
    for note, mark in ((notes[1], "accepted"), (notes[4], "reviewed")):
        browser.click(f"#{note} button[data-mark={mark}]")
    assert browser.evaluate(HIDDEN)["count"] == "11 of 11 findings shown"  # marked, not hidden
    browser.click("input[name=reviewed]")
    state = browser.evaluate(HIDDEN)
    rest = [n for n in notes if n not in (notes[1], notes[4])]
    assert state["notes"] == rest and sorted(state["entries"]) == sorted(rest)
    assert state["count"] == "9 of 11 findings shown"
    # A row goes when all its findings are marked; a row holding another stays.
    rows = browser.evaluate(
        "Array.from(document.querySelectorAll('.row')).map(function (r) { return r.dataset.f; })"
    )
    gone = [r for r in rows if r and set(r.split()) <= {notes[1], notes[4]}]
    assert gone and state["rows"] == gone
    # The last click chose notes[4], hidden now: the keys go on from where it was,
    # over the hidden ones.
    visited = []
    for key in "jkkk":
        browser.press(key)
        visited.append(focused(browser)["id"])
    assert visited == [notes[5], notes[3], notes[2], notes[0]]
    # A link can ask for it, as for the other filters.
    browser.open(page_file.as_uri() + "?hide=reviewed")
    assert browser.evaluate("document.querySelector('input[name=reviewed]').checked")
    assert browser.evaluate(HIDDEN)["notes"] == rest


def export(browser: Browser, folder: Path) -> Path:
    folder.mkdir()
    browser.allow_downloads(folder)
    browser.click("#export")
    saved = browser.downloaded(folder)
    assert saved.name == "translint-baseline.json"
    return saved


def concise(lines: str) -> list[str]:
    return [line for line in lines.splitlines() if line]


@needs_chromium
def test_the_exported_baseline_silences_the_accepted_findings_in_check(
    browser: Browser, page_file: Path, tmp_path: Path, capsys
) -> None:
    fresh(browser, page_file)
    notes = note_ids(browser)
    accepted, reviewed = [notes[0], notes[3], notes[7]], [notes[5]]
    for note in accepted:
        browser.click(f"#{note} button[data-mark=accepted]")
    for note in reviewed:
        browser.click(f"#{note} button[data-mark=reviewed]")
    assert browser.evaluate("document.getElementById('export').textContent") == (
        "export baseline (3)"
    )
    saved = export(browser, tmp_path / "downloads")
    messages = browser.evaluate(
        "Array.from(document.querySelectorAll('.note[data-fp]')).reduce(function (all, n) {"
        " all[n.id] = n.querySelector('.msg').textContent; return all; }, {})"
    )
    _, before, _ = run_cli(["check", *SEED_ARGS, "--format", "concise"], capsys)
    status, after, err = run_cli(
        ["check", *SEED_ARGS, "--format", "concise", "--baseline", str(saved)], capsys
    )
    assert status == 1 and err == ""  # the other errors still fail the run
    silenced = [line for line in concise(before) if line not in concise(after)]
    assert len(concise(before)) == 11 and len(silenced) == 3
    assert sorted(messages[n] for n in accepted) == sorted(
        next(m for m in messages.values() if m in line) for line in silenced
    )
    assert all(messages[n] in after for n in notes if n not in accepted)  # reviewed stays
    # Accept them all, with the keyboard: the export is what --write-baseline writes.
    for _ in notes:
        browser.press("k")  # up to the first from the last one clicked
    for n, note in enumerate(notes):
        if n:
            browser.press("j")
        assert focused(browser)["id"] == note
        if browser.evaluate("document.activeElement.dataset.mark") != "accepted":
            browser.press("a")  # a reviewed one becomes accepted
    everything = export(browser, tmp_path / "all")
    written = tmp_path / "written.json"
    run_cli(["check", *SEED_ARGS, "--write-baseline", str(written)], capsys)
    assert everything.read_bytes() == written.read_bytes()
    status, out, _ = run_cli(["check", *SEED_ARGS, "--baseline", str(everything)], capsys)
    assert status == 0 and "no findings" in out


@needs_chromium
def test_a_site_pages_export_silences_its_findings_in_check_pairs(
    browser: Browser, site: Path, site_page_file: Path, tmp_path: Path
) -> None:
    fresh(browser, site_page_file)
    # The pairs' sections wait in their templates until opened (sitepage.py).
    assert browser.evaluate("document.querySelectorAll('.pair').length") == 0
    browser.click("#open-all")
    assert browser.evaluate("document.querySelectorAll('.pair').length") == 2
    # The short pair's figure error, and the first finding of the other pair (the seed).
    figure = browser.evaluate("document.querySelector('.note[data-rule=\"figure-mismatch\"]').id")
    pair = figure.split("-")[0] + "-"
    seed = next(n for n in note_ids(browser) if not n.startswith(pair))
    for note in (figure, seed):
        browser.click(f"#{note} button[data-mark=accepted]")
    # Reloaded, the sections are closed again: the export still reads their marks.
    browser.reload()
    assert browser.evaluate("document.querySelectorAll('.pair').length") == 0
    saved = export(browser, tmp_path / "downloads")
    entries = json.loads(saved.read_text("utf-8"))["findings"]
    browser.click("#open-all")
    fingerprint = "document.getElementById('{}').dataset.fp"
    in_page_order = sorted((figure, seed), key=lambda n: int(n.split("-")[0][1:]))
    assert [e["fingerprint"] for e in entries] == [
        browser.evaluate(fingerprint.format(n)) for n in in_page_order
    ]
    before, after = site.parent / "before.txt", site.parent / "after.txt"
    base = ["check", "--pairs", ".", "--jobs", "1", "--format", "concise", "-o"]
    assert run_in(site, [*base, str(before)]) == 1
    assert run_in(site, [*base, str(after), "--baseline", str(saved)]) == 1  # the draft, errors
    lines, left = concise(before.read_text("utf-8")), concise(after.read_text("utf-8"))
    gone = [line for line in lines if line not in left]
    assert len(gone) == 2 and len(left) == len(lines) - 2
    assert any("figure-mismatch" in line and "quantum" in line for line in gone)
    # The same baseline, with another file beside it (--baseline is repeatable).
    written = site.parent / "written.json"
    assert (
        run_in(site, ["check", "--pairs", ".", "--jobs", "1", "--write-baseline", str(written)])
        == 0
    )
    both = site.parent / "both.txt"
    assert (
        run_in(site, [*base, str(both), "--baseline", str(saved), "--baseline", str(written)]) == 0
    )
    assert both.read_text("utf-8") == ""


@needs_chromium
def test_screenshots_show_marks_and_what_hiding_leaves(
    browser: Browser, page: str, page_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("screenshots")
    fresh(browser, page_file)
    notes = note_ids(browser)
    browser.click(f"#{notes[1]} button[data-mark=accepted]")
    browser.click(f"#{notes[2]} button[data-mark=reviewed]")
    browser.press("j")  # notes[3] chosen, outlined
    browser.evaluate(f"document.getElementById('{notes[1]}').scrollIntoView({{block: 'center'}})")
    marks = browser.screenshot(folder / "marked.png")
    browser.click("input[name=reviewed]")
    browser.evaluate("scrollTo(0, 0)")
    hidden = browser.screenshot(folder / "hidden.png")
    colours = {}
    for name, shot in (("marked", marks), ("hidden", hidden)):
        width, height, rows = read_png(shot.read_bytes())
        assert (width, height) == (1280, 900)
        colours[name] = {row[i : i + 3] for row in rows for i in range(0, len(row), 3)}
    # The accepted note's background and its pressed button; the chosen note's outline.
    for name in ("done", "ok", "focus"):
        assert hex_colour(page, name) in colours["marked"], name
    assert hex_colour(page, "done") not in colours["hidden"]  # nothing marked is left to show
    # The list says which are marked; in the dark palette too.
    browser.click("input[name=reviewed]")
    browser.command(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-color-scheme", "value": "dark"}]},
    )
    browser.evaluate("document.querySelector('.findings').scrollIntoView()")
    dark = browser.screenshot(folder / "dark-list.png")
    browser.command("Emulation.setEmulatedMedia", {"features": []})
    _, _, rows = read_png(dark.read_bytes())
    seen = {row[i : i + 3] for row in rows for i in range(0, len(row), 3)}
    palette = page[page.index("prefers-color-scheme:dark") :]
    assert hex_colour(palette, "paper") in seen and hex_colour(palette, "ok") in seen


@needs_chromium
def test_accepting_everything_on_a_site_page_exports_the_written_baseline(
    browser: Browser, site: Path, site_page_file: Path, tmp_path: Path
) -> None:
    """Unpaired files too: the draft's note closes the page, and its acceptance lets
    ``check --pairs`` pass."""
    fresh(browser, site_page_file)
    browser.click("#open-all")
    notes = note_ids(browser)
    assert notes[-1] == "u1"  # the draft, after every pair's findings
    assert browser.evaluate("document.querySelector('#u1 .msg').textContent") == (
        "funding/draft.en.txt"
    )
    # The table's row for the draft leads to its note.
    browser.click('table.pairs a[href="#u1"]')
    assert browser.until("location.hash") == "#u1"
    for note in notes:
        browser.click(f"#{note} button[data-mark=accepted]")
    saved = export(browser, tmp_path / "downloads")
    written = site.parent / "everything.json"
    assert (
        run_in(site, ["check", "--pairs", ".", "--jobs", "1", "--write-baseline", str(written)])
        == 0
    )
    assert json.loads(saved.read_text("utf-8")) == json.loads(written.read_text("utf-8"))
    out = site.parent / "left.txt"
    base = ["check", "--pairs", ".", "--jobs", "1", "--format", "concise", "-o", str(out)]
    assert run_in(site, [*base, "--baseline", str(saved)]) == 0
    assert out.read_text("utf-8") == ""
