"""term-inconsistent on real posts of the Canada.ca blog: five posts that write the CRA
as « ARC » in French, one of them planted with the English acronym (four in five is
the least that establishes a rendering)."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest

from translint import Options, check
from translint.cli import main
from translint.glossary import load_glossary
from translint.model import AnalysedDocument, AnalysedParagraph, Document, Paragraph
from translint.report.site import write_site
from translint.rules.context import Context
from translint.rules.terminology import _in_a_name
from translint.site import SiteReport, check_site, find_pairs
from translint.terminology import Place

BLOG = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "canada-blog"
POSTS = (
    "2019-02-04-business-registration.md",
    "2020-09-18-expand-collapse.md",
    "2020-11-12-interactive-checklists.md",
    "2017-08-09-taking-steps.markdown",
    "2022-02-07-chatbots.md",
)
PLANTED = "2020-09-18-expand-collapse.md"


def _site(folder: Path, plant: bool) -> Path:
    """The five posts and their French partners copied under ``folder``, as the blog lays them out."""
    shutil.copy(BLOG / "_config.yml", folder / "_config.yml")
    partners = {s.name: t for s, t in find_pairs(BLOG).pairs}
    for name in POSTS:
        for path in (BLOG / "en" / "_posts" / name, partners[name]):
            copy = folder / path.relative_to(BLOG)
            copy.parent.mkdir(parents=True, exist_ok=True)
            text = path.read_text("utf-8")
            if plant and path == partners[PLANTED]:
                text = re.sub(r"\bARC\b", "CRA", text)
            copy.write_text(text, "utf-8")
    return folder


@pytest.fixture(scope="module")
def clean_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _site(tmp_path_factory.mktemp("clean"), plant=False)


@pytest.fixture(scope="module")
def clean(clean_folder: Path) -> SiteReport:
    return check_site(clean_folder)


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> SiteReport:
    return check_site(_site(tmp_path_factory.mktemp("planted"), plant=True))


def _term_findings(site: SiteReport) -> dict[str, list[str]]:
    return {
        scope: [f.message for f in report.findings if f.rule == "term-inconsistent"]
        for report, scope in site.scoped()
    }


def test_the_site_establishes_arc_for_cra(clean: SiteReport) -> None:
    assert clean.terms is not None
    usage = clean.terms.established[("acronym", "cra")]
    assert (usage.rendered, usage.pairs, usage.of) == ("ARC", 5, 5)


def test_posts_that_agree_give_no_finding(clean: SiteReport) -> None:
    assert all(not messages for messages in _term_findings(clean).values())


def test_the_post_keeping_cra_is_reported_against_the_site(planted: SiteReport) -> None:
    found = _term_findings(planted)
    odd = next(scope for scope in found if scope.endswith(PLANTED))
    assert planted.terms is not None
    example = planted.terms.established[("acronym", "cra")].example
    assert example.startswith("en/_posts/2017-08-09-taking-steps.markdown ¶")
    assert found[odd] == [
        f"CRA is rendered « CRA »; the site renders it ARC in 4 of 5 pairs (e.g. {example})"
    ]
    assert all(not messages for scope, messages in found.items() if scope != odd)


def test_a_pair_checked_alone_knows_no_site(clean: SiteReport) -> None:
    source, target = find_pairs(BLOG).pairs[0]
    report = check(source, target, Options(select=frozenset({"term-inconsistent"})))
    assert report.findings == ()


@pytest.mark.parametrize("suffix", [".csv", ".tbx"])
def test_glossary_learn_writes_what_the_site_established(
    clean_folder: Path, tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / f"learnt{suffix}"
    with pytest.raises(SystemExit) as done:
        main(["glossary", "learn", "--pairs", str(clean_folder), "-o", str(output), "--jobs", "1"])
    assert done.value.code == 0
    entries = load_glossary(output).entries
    cra = next(e for e in entries if e.preferred("en") == ("CRA",))
    assert cra.preferred("fr") == ("ARC",)
    assert cra.note.startswith("acronym; 5 of 5 pairs, established; e.g. en/_posts/")
    counts = [int(e.note.split("; ")[1].split(" of ")[0]) for e in entries]
    assert counts == sorted(counts, reverse=True) and min(counts) >= 2


def test_glossary_learn_on_a_folder_without_pairs_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["glossary", "learn", "--pairs", str(tmp_path)])
    assert done.value.code == 2
    assert capsys.readouterr().err.startswith(f"translint: {tmp_path}: no pair found")


def _summary(site: SiteReport, fmt: str) -> str:
    stream = io.StringIO()
    write_site(
        site.reports, site.unpaired, stream, False, fmt, site.scopes, site.layouts, site.terms
    )
    return stream.getvalue()


def test_the_text_summary_lists_each_established_term_and_its_departures(
    planted: SiteReport,
) -> None:
    text = _summary(planted, "text")
    section = text[text.index("terminology: ") :].splitlines()
    cra = section.index("  CRA → ARC  (acronym, 4 of 5 pairs)")
    assert section[cra + 1] == f"    ✖ en/_posts/{PLANTED}: « CRA »"


def test_the_json_summary_carries_the_terminology(planted: SiteReport) -> None:
    terms = json.loads(_summary(planted, "json"))["summary"]["terminology"]
    cra = next(t for t in terms if t["source"] == "CRA")
    assert cra == {
        "kind": "acronym",
        "source": "CRA",
        "target": "ARC",
        "pairs": 4,
        "of": 5,
        "departures": [{"pair": f"en/_posts/{PLANTED}", "rendering": "CRA"}],
    }


def test_the_html_site_page_has_a_terminology_table(planted: SiteReport) -> None:
    page = _summary(planted, "html")
    section = page[page.index('<section class="site terminology">') :]
    section = section[: section.index("</section>")]
    row = next(r for r in section.split("<tr>") if "<td>CRA</td>" in r)
    assert "<td>ARC</td>" in row and "4 of 5" in row and f"{PLANTED}</code>: CRA" in row


@pytest.mark.parametrize(
    ("text", "acronym", "in_a_name"),
    [
        ("[AdobeRGB] Adobe RGB (1998) ICC Profile.", "RGB", True),
        ("Le profil Adobe RGB de couleur.", "RGB", True),
        ("Il peut s’agir de RGB ou de GRAY.", "RGB", False),
        ("Fin. Adobe RGB est un profil.", "RGB", False),  # « Adobe » opens no name here: the
        # sentence; a single capitalised word at a sentence start proves nothing
        ("le compte de l’CRA et", "CRA", False),
    ],
)
def test_a_kept_acronym_inside_a_longer_name_is_no_departure(
    text: str, acronym: str, in_a_name: bool
) -> None:
    paragraph = AnalysedParagraph(Paragraph(0, text, 0, len(text)))
    document = AnalysedDocument(
        Document("fr.txt", text, (paragraph.paragraph,), "text", "fr"), (paragraph,)
    )
    context = Context(document, document, ())
    start = text.rindex(acronym)
    place = Place(0, start, start + len(acronym), 0, start, start + len(acronym))
    assert _in_a_name(context, place) is in_a_name


def test_three_articles_agreeing_on_an_acronym_pair_declare_it_for_each(
    tmp_path: Path,
) -> None:
    seed = Path(__file__).resolve().parents[2] / "corpora" / "seed"
    for name in ("a", "b", "c"):
        for lang in ("en", "fr"):
            text = (seed / f"qkba-2025.{lang}.txt").read_text("utf-8")
            (tmp_path / f"{name}.{lang}.txt").write_text(text, "utf-8")
    alone = check(tmp_path / "a.en.txt", tmp_path / "a.fr.txt")
    assert any(f.rule == "name-inconsistent" and "QKBA" in f.message for f in alone.findings)
    site = check_site(tmp_path)
    assert site.terms is not None
    usage = site.terms.established[("acronym", "qkba")]
    assert (usage.rendered, usage.pairs, usage.of) == ("AAQC", 3, 3)
    for report in site.reports:
        assert not any(
            f.rule == "name-inconsistent" and "QKBA" in f.message for f in report.findings
        )
        assert not any(f.rule == "term-inconsistent" for f in report.findings)
