"""Site layouts (translint.pairing): which file translates which, as real sites lay them out.

Each test builds a small tree shaped like the generator's own (Hugo, Jekyll and
Canada.ca, Docusaurus), with the seed pair's text where a real check runs.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translint import Options, TranslintError, check_site
from translint.lang import DEFAULT_SOURCE, codes
from translint.pairing import find_pairs, read_pairs_file

from .conftest import ROOT, SEED_EN, SEED_FR
from .conftest import run_cli as run

SOURCE, TARGET = DEFAULT_SOURCE, next(c for c in codes() if c != DEFAULT_SOURCE)
CANADA_BLOG = ROOT.parent / "shared" / "corpora" / "canada-blog"
NO_PAIR = (
    "no pair found (tried: language tags, language folders, front matter "
    "(translationKey, altLangPage, ref/lang), Docusaurus)"
)


def write(root: Path, files: dict[str, str | Path]) -> Path:
    """Write a tree: each value is a text, or a file whose bytes to copy."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Path):
            shutil.copy(content, path)
        else:
            path.write_text(content, "utf-8")
    return root


def seed_with(front: str, seed: Path) -> str:
    """The seed text under a YAML front-matter block."""
    return f"---\n{front}\n---\n{seed.read_text('utf-8')}"


def relative(root: Path, found) -> list[tuple[str, str, str]]:
    return [
        (s.relative_to(root).as_posix(), t.relative_to(root).as_posix(), layout)
        for (s, t), layout in zip(found.pairs, found.layouts, strict=True)
    ]


def test_hugo_language_folders(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            f"content/{SOURCE}/posts/qkba.md": SEED_EN,
            f"content/{TARGET}/posts/qkba.md": SEED_FR,
            f"content/{SOURCE}/posts/alone.md": "Nobody translated this post yet.\n",
        },
    )
    found = find_pairs(root)
    assert relative(root, found) == [
        (f"content/{SOURCE}/posts/qkba.md", f"content/{TARGET}/posts/qkba.md", "folders")
    ]
    assert found.unpaired == (root / f"content/{SOURCE}/posts/alone.md",)


def test_hugo_translation_key_with_different_names(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            f"content/{SOURCE}/posts/quantum-budget.md": seed_with("translationKey: qkba", SEED_EN),
            f"content/{TARGET}/posts/budget-quantique.md": seed_with(
                "translationKey: qkba", SEED_FR
            ),
        },
    )
    assert relative(root, find_pairs(root)) == [
        (
            f"content/{SOURCE}/posts/quantum-budget.md",
            f"content/{TARGET}/posts/budget-quantique.md",
            "translationKey",
        )
    ]


@pytest.mark.parametrize("suffix", ["", ".html", "/"])
def test_jekyll_alt_lang_page(tmp_path: Path, suffix: str) -> None:
    root = write(
        tmp_path,
        {
            f"{SOURCE}/_posts/2022-07-28-news-releases.md": seed_with(
                f'altLangPage: "/2022/07/28/communiques{suffix}"', SEED_EN
            ),
            f"{TARGET}/_posts/2022-07-28-communiques.md": seed_with(
                f"altLangPage: /2022/07/28/news-releases{suffix}", SEED_FR
            ),
        },
    )
    assert relative(root, find_pairs(root)) == [
        (
            f"{SOURCE}/_posts/2022-07-28-news-releases.md",
            f"{TARGET}/_posts/2022-07-28-communiques.md",
            "altLangPage",
        )
    ]


def test_alt_lang_page_through_a_permalink_and_a_date(tmp_path: Path) -> None:
    """Jekyll dates a post by its front matter's ``date`` when there is one, not its name;
    the language comes from ``lang`` when neither folder nor name gives it."""
    root = write(
        tmp_path,
        {
            "_posts/2018-03-15-old-habits.md": seed_with(
                f"lang: {SOURCE}\ndate: 2018-03-14\naltLangPage: /fr/vieilles-habitudes.html",
                SEED_EN,
            ),
            "pages/vieilles.md": seed_with(
                f"lang: {TARGET}\npermalink: /fr/vieilles-habitudes/\n"
                "altLangPage: https://blog.example.ca/2018/03/14/old-habits",
                SEED_FR,
            ),
        },
    )
    assert relative(root, find_pairs(root)) == [
        ("_posts/2018-03-15-old-habits.md", "pages/vieilles.md", "altLangPage")
    ]


def test_ref_with_lang(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "pages/budget.md": seed_with(f"ref: budget\nlang: {SOURCE}", SEED_EN),
            "pages/budget-quantique.md": seed_with(f"ref: budget\nlang: {TARGET}", SEED_FR),
        },
    )
    assert relative(root, find_pairs(root)) == [
        ("pages/budget.md", "pages/budget-quantique.md", "ref")
    ]


def test_suffix_beside_an_untagged_file(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "page.md": SEED_EN,
            f"page.{TARGET}.md": SEED_FR,
            "notes.md": "An untagged file with no partner is not an article.\n",
        },
    )
    found = find_pairs(root)
    assert relative(root, found) == [("page.md", f"page.{TARGET}.md", "tags")]
    assert found.unpaired == ()


def test_the_untagged_language_is_configurable(tmp_path: Path) -> None:
    root = write(tmp_path, {"page.md": SEED_FR, f"page.{SOURCE}.md": SEED_EN})
    found = find_pairs(root, SOURCE, default_lang=TARGET)
    assert relative(root, found) == [(f"page.{SOURCE}.md", "page.md", "tags")]
    config = write(tmp_path / "cfg", {"translint.toml": f'default-lang = "{TARGET}"\n'})
    from translint.config import load_config

    assert load_config(config / "translint.toml") == {"default_lang": TARGET}


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (f"a.{SOURCE}.md", f"a.{TARGET}-ca.md"),
        (f"a.{SOURCE}.md", f"a.{TARGET}_CA.md"),
        (f"a.{SOURCE.upper()}.md", f"a.{TARGET}.md"),
        (f"a.{SOURCE}-GB.txt", f"a.{TARGET.upper()}-CA.html"),
    ],
)
def test_region_and_capital_tags(tmp_path: Path, source: str, target: str) -> None:
    root = write(tmp_path, {source: SEED_EN, target: SEED_FR})
    assert relative(root, find_pairs(root)) == [(source, target, "tags")]


def test_docusaurus(tmp_path: Path) -> None:
    translated = f"i18n/{TARGET}/docusaurus-plugin-content-docs/current"
    root = write(
        tmp_path,
        {
            "website/docs/guide/budget.md": SEED_EN,
            f"website/{translated}/guide/budget.md": SEED_FR,
            "website/docs/intro.md": "Nobody translated the introduction yet.\n",
        },
    )
    found = find_pairs(root)
    assert relative(root, found) == [
        ("website/docs/guide/budget.md", f"website/{translated}/guide/budget.md", "docusaurus")
    ]
    assert found.unpaired == (root / "website/docs/intro.md",)


def test_pairs_file(tmp_path: Path, capsys) -> None:
    root = write(tmp_path, {"originals/qkba.txt": SEED_EN, "traductions/qkba.txt": SEED_FR})
    (root / "pairs.csv").write_text(
        "source,target\noriginals/qkba.txt,traductions/qkba.txt\n", "utf-8"
    )
    found = read_pairs_file(root / "pairs.csv")
    assert relative(root, found) == [("originals/qkba.txt", "traductions/qkba.txt", "pairs-file")]
    status, out, err = run(
        ["check", "--pairs-file", str(root / "pairs.csv"), "--format", "json"], capsys
    )
    data = json.loads(out)
    assert status == 1 and err == ""
    assert data["summary"]["layouts"] == {"pairs-file": 1}
    assert data["pairs"][0]["summary"] == {"error": 3, "warning": 6, "info": 2}


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("a.txt,b.txt,c.txt\n", "pairs.csv:1: expected a row 'source,target'"),
        ("source,target\n\nonly-one.txt\n", "pairs.csv:3: expected a row 'source,target'"),
        ("a.txt,missing.txt\n", "pairs.csv:1: "),
        ("source,target\n", "pairs.csv: no pair listed"),
    ],
)
def test_bad_pairs_files_are_one_line_errors(tmp_path: Path, capsys, rows, message) -> None:
    write(tmp_path, {"a.txt": SEED_EN, "b.txt": SEED_FR, "pairs.csv": rows})
    status, out, err = run(["check", "--pairs-file", str(tmp_path / "pairs.csv")], capsys)
    assert status == 2 and out == "" and message in err and err.count("\n") == 1


def test_precedence_never_pairs_a_file_twice(tmp_path: Path) -> None:
    """The front matter's key outranks the folders and the tags that would pair otherwise."""
    root = write(
        tmp_path,
        {
            f"{SOURCE}/a.md": seed_with("translationKey: k", SEED_EN),
            f"{TARGET}/b.md": seed_with("translationKey: k", SEED_FR),
            f"{TARGET}/a.md": SEED_FR,  # the folders' partner of en/a.md
            f"{SOURCE}/b.{SOURCE}.md": SEED_EN,  # a tags' partner of nothing: unpaired
        },
    )
    found = find_pairs(root)
    assert relative(root, found) == [(f"{SOURCE}/a.md", f"{TARGET}/b.md", "translationKey")]
    assert found.unpaired == (root / f"{SOURCE}/b.{SOURCE}.md", root / f"{TARGET}/a.md")
    paired = [path for pair in found.pairs for path in pair]
    assert len(paired) == len(set(paired))


def test_no_pair_at_all_is_an_input_error(tmp_path: Path, capsys) -> None:
    write(tmp_path, {f"draft.{TARGET}.txt": "Personne ne l’a encore traduit.\n"})
    status, out, err = run(["check", "--pairs", str(tmp_path)], capsys)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and f"{tmp_path}: {NO_PAIR}" in err
    with pytest.raises(TranslintError, match="no pair found"):
        check_site(tmp_path, Options())


def test_the_canada_blog_pairs_every_post() -> None:
    found = find_pairs(CANADA_BLOG)
    assert len(found.pairs) == 61 and found.unpaired == ()
    assert set(found.layouts) == {"altLangPage"}
    assert all(s.parts[-3] == SOURCE and t.parts[-3] == TARGET for s, t in found.pairs)
    news = CANADA_BLOG / SOURCE / "_posts" / "2022-07-28-news-releases.md"
    assert dict(found.pairs)[news].name == "2022-07-28-communiques.md"


def test_the_text_summary_names_the_layouts(tmp_path: Path, capsys) -> None:
    root = write(
        tmp_path,
        {
            f"content/{SOURCE}/qkba.md": SEED_EN,
            f"content/{TARGET}/qkba.md": SEED_FR,
            f"news/budget.{SOURCE}.txt": "The budget is 3.5 million dollars.\n",
            f"news/budget.{TARGET}.txt": "Le budget est de 3,5 millions de dollars.\n",
        },
    )
    status, out, _ = run(["check", "--pairs", str(root), "--fail-on", "never"], capsys)
    assert status == 0
    assert out.splitlines()[-1].startswith("2 pairs (folders 1, tags 1), 0 unpaired files: ")


NAMES = st.sampled_from(
    [
        f"{SOURCE}/a.md",
        f"{TARGET}/a.md",
        f"{TARGET}/b.md",
        f"a.{SOURCE}.md",
        f"a.{TARGET}.md",
        "a.md",
        f"{SOURCE}/a.{TARGET}.md",
        f"docs/a.{TARGET}.md",
        f"i18n/{TARGET}/docusaurus-plugin-content-docs/current/a.md",
        "docs/a.md",
    ]
)
FRONTS = st.sampled_from(
    ["", "translationKey: k", "ref: k", f"lang: {TARGET}", "altLangPage: /a", "altLangPage: /b"]
)


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(NAMES, FRONTS, min_size=1, max_size=8))
def test_no_file_is_ever_paired_twice(tree: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = write(
            Path(folder), {name: f"---\n{front}\n---\nText.\n" for name, front in tree.items()}
        )
        try:
            found = find_pairs(root)
        except TranslintError:
            return  # nothing paired
        paired = [path for pair in found.pairs for path in pair]
        assert len(paired) == len(set(paired))
        assert not set(paired) & set(found.unpaired)
        assert len(found.layouts) == len(found.pairs)
