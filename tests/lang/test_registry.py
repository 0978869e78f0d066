"""The language registry: records discovered from translint/lang/, with defaults.

A toy third language (a folder with a few words, no pipeline) is registered
the way a real one would be, as a folder of ``translint.lang``, and reading,
detection and figure extraction pick it up without any other change.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

import translint.lang
from translint.lang import FigureData, Language, TextData, codes, data_from, language

TOY = '''"""Toy: a made-up language with a few words and no pipeline."""

from translint.lang import FigureData, Language, TextData

LANGUAGE = Language(
    code="zz",
    name="Toy",
    text=TextData(
        function_words=frozenset({"ka", "po", "lu", "mi", "ta", "noy"}),
        chrome_phrases=frozenset({"zuruk"}),
    ),
    figure_data=FigureData(number_words={"bir": 1, "iki": 2, "ush": 3, "dozo": 12}),
)
'''

TOY_TEXT = (
    "Ka mi lu po noy ta ka lu. Po mi ta noy ka lu po mi. Lu ka noy ta po mi ka lu. "
    "Mi ta ka po lu noy mi ta. Ka lu po mi noy ta ka lu po."
)


@pytest.fixture
def toy_language(tmp_path: Path) -> Iterator[None]:
    """A folder ``zz/`` added to ``translint.lang``, as a new language would be."""
    folder = tmp_path / "zz"
    folder.mkdir()
    (folder / "__init__.py").write_text(TOY, "utf-8")
    translint.lang.__path__.append(str(tmp_path))
    translint.lang.languages.cache_clear()
    try:
        yield
    finally:
        translint.lang.__path__.remove(str(tmp_path))
        sys.modules.pop("translint.lang.zz", None)
        translint.lang.languages.cache_clear()


def test_the_shipped_languages_are_discovered() -> None:
    assert codes() == ("en", "fr")
    assert [language(code).name for code in codes()] == ["English", "French"]
    assert language("fr").text.elisions and not language("en").text.elisions
    with pytest.raises(ValueError, match="no language 'de'"):
        language("de")


def test_a_record_says_only_what_differs_from_the_defaults() -> None:
    bare = Language(code="zz", name="Toy")
    assert bare.pipelines == () and bare.borrowed_discount == 1.0
    assert bare.text == TextData() and bare.figures == FigureData()
    assert bare.figures.decimal_symbol == "." and bare.figures.number_words == {}


def test_data_modules_are_read_by_field_and_a_stray_constant_is_refused() -> None:
    module = ModuleType("toy_text")
    module.FUNCTION_WORDS = frozenset({"ka"})  # type: ignore[attr-defined]
    module._HELPER = 3  # type: ignore[attr-defined]
    assert data_from(TextData, module).function_words == {"ka"}
    module.FUNCTION_WORD = frozenset({"ka"})  # type: ignore[attr-defined]  (misspelt)
    with pytest.raises(ValueError, match="FUNCTION_WORD is not a TextData field"):
        data_from(TextData, module)


def test_a_new_folder_is_a_new_language(toy_language: None) -> None:
    assert codes() == ("en", "fr", "zz")
    assert language("zz").name == "Toy"


def test_detection_picks_up_the_toy_language(toy_language: None) -> None:
    from translint.language import detect_language

    assert detect_language(TOY_TEXT) == "zz"
    assert detect_language("The figures of the report are in the annex, and they are clear.") == (
        "en"
    )


def test_reading_picks_up_the_toy_language(toy_language: None, tmp_path: Path) -> None:
    from translint import read_one
    from translint.model import ParagraphKind

    path = tmp_path / "article.zz.txt"
    path.write_text(f"{TOY_TEXT}\nZuruk\n", "utf-8")
    document = read_one(path)
    assert document.lang == "zz"
    assert [p.kind for p in document.paragraphs] == [ParagraphKind.TEXT, ParagraphKind.CHROME]


def test_figure_extraction_picks_up_the_toy_language(toy_language: None) -> None:
    from translint.analysis.figures import figures_of

    figures = figures_of("Ka iki lu po 1,250.5 noy dozo.", "zz")
    assert [(f.text, f.value) for f in figures] == [
        ("iki", Decimal(2)),
        ("1,250.5", Decimal("1250.5")),
        ("dozo", Decimal(12)),
    ]
