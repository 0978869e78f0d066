"""Front-matter fields as metadata paragraphs: which fields, where their values are written."""

from __future__ import annotations

from pathlib import Path

import pytest

from translint import check
from translint.model import ParagraphKind
from translint.read.segment import segment

from ..conftest import SEED_EN, SEED_FR

META = ParagraphKind.METADATA


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # YAML: quotes left out of the slice; dates, URLs, layout are not text.
        (
            '---\ntitle: "Steps to new patterns"\ndate: 2017-08-09\nlayout: post\n'
            "altLangPage: /2017/08/09/etapes\ndescription: One of the key aspects.\n---\n",
            [
                ("Steps to new patterns", "Steps to new patterns"),
                ("One of the key aspects.", "One of the key aspects."),
            ],
        ),
        # A folded block reads as one line, mapped onto its source lines.
        (
            "---\nsummary: >\n  A folded\n  summary.\n---\n",
            [("A folded\n  summary.", "A folded summary.")],
        ),
        # Character references read as the page shows them.
        (
            '---\ndescription: "Deux projets d’optimisation&nbsp;: un"\n---\n',
            [("Deux projets d’optimisation&nbsp;: un", "Deux projets d’optimisation\u00a0: un")],
        ),
        # An empty field is no paragraph: the other side's is then unmatched.
        ('---\nauthor: ""\ntitle: Titre\n---\n', [("Titre", "Titre")]),
        # TOML and JSON front matter, as Hugo writes them.
        ('+++\ntitle = "Un titre"\ndraft = true\n+++\n', [("Un titre", "Un titre")]),
        ('{\n  "title": "A title",\n  "slug": "a-title"\n}\n', [("A title", "A title")]),
        # Not a mapping, or no closing fence: no metadata.
        ("---\n- a\n- b\n---\n", []),
    ],
)
def test_translatable_fields_are_metadata_paragraphs(head: str, expected) -> None:
    text = head + "\nThe body of the page.\n"
    paragraphs = segment(text, "markdown")
    metadata = [(p.text, p.content) for p in paragraphs if p.kind is META]
    assert metadata == expected
    for p in paragraphs:
        assert text[p.start : p.end] == p.text
    assert paragraphs[-1].content == "The body of the page."
    assert [p.kind is META for p in paragraphs] == sorted(
        (p.kind is META for p in paragraphs), reverse=True
    )  # metadata comes before the body


def _post(path: Path, front: str, body_from: Path) -> Path:
    path.write_text(front + "\n" + body_from.read_text("utf-8"), "utf-8")
    return path


def test_a_description_dropped_from_the_translation_is_reported(tmp_path: Path) -> None:
    english = _post(
        tmp_path / "post.en.md",
        "---\ntitle: Quebec and Korea sign a memorandum\n"
        "description: Daejeon and Quebec sign a memorandum of understanding.\n---\n",
        SEED_EN,
    )
    french = _post(
        tmp_path / "post.fr.md",
        '---\ntitle: Le Québec et la Corée signent un protocole\ndescription: ""\n---\n',
        SEED_FR,
    )
    report = check(english, french)
    assert report.source_document is not None
    missing = [
        f
        for f in report.findings
        if f.rule == "missing-paragraph"
        and report.source_document.paragraphs[f.source.paragraph].kind is META
    ]
    assert [f.source.text for f in missing] == [
        "Daejeon and Quebec sign a memorandum of understanding."
    ]


def test_a_site_names_more_fields_to_read(tmp_path: Path) -> None:
    from translint import Options, read_pair
    from translint.config import load_config

    config = tmp_path / "translint.toml"
    config.write_text('metadata-fields = ["lead"]\n', "utf-8")
    options = Options(**load_config(config))
    assert options.metadata_fields == {"lead"}
    english = _post(tmp_path / "a.en.md", "---\nlead: Quebec and Korea meet.\n---\n", SEED_EN)
    french = _post(tmp_path / "a.fr.md", "---\nlead: Le Québec et la Corée.\n---\n", SEED_FR)
    for chosen, expected in ((Options(), []), (options, ["Quebec and Korea meet."])):
        source, _ = read_pair(english, french, chosen)
        assert [p.content for p in source.paragraphs if p.kind is META] == expected
