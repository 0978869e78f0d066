"""Reading input files: decoding policy, normalisation and one-line errors."""

from __future__ import annotations

import codecs
import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translint.errors import TranslintError
from translint.model import Document
from translint.read import decode, read_document

from ..conftest import SEED

FRENCH = "Le Québec et la Corée — « collaboration » à 54,1 % : l’œuvre coûte 198,1 G€."
UNDECODABLE = "fr.txt: cannot decode text (not UTF-8, UTF-16 or Windows-1252)"


# --------------------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (FRENCH.encode("utf-8"), FRENCH),
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), FRENCH),
        (FRENCH.encode("utf-16"), FRENCH),  # with BOM, native order
        (codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"), FRENCH),
        (codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), FRENCH),
        (codecs.BOM_UTF32_LE + FRENCH.encode("utf-32-le"), FRENCH),
        (FRENCH.encode("utf-16-le"), FRENCH),  # no BOM: every other byte is NUL
        (FRENCH.encode("cp1252"), FRENCH),
        ("Café crème".encode("latin-1"), "Café crème"),
        ("It’s a “test” – really…".encode("cp1252"), "It’s a “test” – really…"),
        (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
        ("Cafe\u0301".encode(), "Café"),  # NFD to NFC
        (b"\x1b[1mbold\x1b[0m terminal text", "\x1b[1mbold\x1b[0m terminal text"),
        (b"tab\tand form feed\x0c", "tab\tand form feed\x0c"),
    ],
)
def test_decode(data: bytes, expected: str) -> None:
    assert decode(data, "fr.txt") == expected


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_windows_1252_seed(lang: str) -> None:
    text = (SEED / f"qkba-2025.{lang}.txt").read_text(encoding="utf-8")
    assert decode(text.encode("cp1252"), "fr.txt") == text


def test_decoded_seed_offsets_refer_to_normalised_text() -> None:
    data = (SEED / "qkba-2025.fr.txt").read_bytes().replace(b"\n", b"\r\n")
    text = decode(data, "fr.txt")
    assert "\r" not in text
    assert text == (SEED / "qkba-2025.fr.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "fr.txt: empty file (no text)"),
        (b" \n\t\r\n", "fr.txt: empty file (no text)"),
        ("  \n\u00a0\n".encode(), "fr.txt: empty file (no text)"),
        ("  \n".encode("utf-16"), "fr.txt: empty file (no text)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "fr.txt: not a text file (binary data)"),
        (b"text with a NUL\x00 byte", "fr.txt: not a text file (binary data)"),
        (b"\x01\x02\x03\x04\x05\x06 abc", "fr.txt: not a text file (binary data)"),
        (bytes(range(1, 9)) * 40, "fr.txt: not a text file (binary data)"),
        (("Привет, как дела? Это текст на русском языке. " * 5).encode("cp1251"), UNDECODABLE),
        (("Καλημέρα κόσμε, αυτό είναι ένα κείμενο. " * 5).encode("cp1253"), UNDECODABLE),
        ("こんにちは世界、これはテストです。".encode("shift_jis"), UNDECODABLE),
        (b"caf\x81 with a byte undefined in Windows-1252", UNDECODABLE),
        # DOS French read as Windows-1252 would give "Qu‚bec" and "syst\x8ame".
        ("Le Québec a un écosystème très étendu.".encode("cp850"), UNDECODABLE),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", UNDECODABLE),  # lone surrogate
        (
            FRENCH.encode("utf-8") + "é".encode("cp1252"),
            f"fr.txt: cannot decode text (invalid UTF-8 at byte {len(FRENCH.encode())})",
        ),
    ],
)
def test_decode_errors(data: bytes, message: str) -> None:
    with pytest.raises(TranslintError) as error:
        decode(data, "fr.txt")
    assert str(error.value) == message


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=400))
def test_decode_raises_only_translint_errors(data: bytes) -> None:
    try:
        text = decode(data, "x.txt")
    except TranslintError as error:
        assert str(error).startswith("x.txt: ")
        assert "\n" not in str(error)
    else:
        assert text.strip()
        assert "\r" not in text and "\x00" not in text
        assert unicodedata.is_normalized("NFC", text)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=200).filter(lambda t: "\x00" not in t and t.strip()))
def test_utf8_text_round_trips(text: str) -> None:
    try:
        decoded = decode(text.encode("utf-8"), "x.txt")
    except TranslintError as error:
        # Text made mostly of control characters is not text.
        assert "binary" in str(error) or "no text" in str(error)
    else:
        expected = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
        assert decoded == expected.removeprefix("\ufeff")


# --------------------------------------------------------------------------- files


def test_read_seed() -> None:
    document = read_document(SEED / "qkba-2025.fr.txt")
    assert isinstance(document, Document)
    assert document.format == "text"
    assert document.lang is None
    assert document.path == str(SEED / "qkba-2025.fr.txt")
    assert len(document.paragraphs) == 40
    for paragraph in document.paragraphs:
        assert document.text[paragraph.start : paragraph.end] == paragraph.text


def test_read_markdown_by_extension(tmp_path: Path) -> None:
    path = tmp_path / "article.fr.md"
    path.write_text("# Titre\n\nUn paragraphe.\n\n- un élément\n", encoding="utf-8")
    document = read_document(str(path))
    assert document.format == "markdown"
    assert [p.content for p in document.paragraphs] == ["Titre", "Un paragraphe.", "un élément"]


def test_read_windows_file_normalises_text(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_bytes("Première ligne.\r\nDeuxième ligne.\r\n".encode("cp1252"))
    document = read_document(path)
    assert document.text == "Première ligne.\nDeuxième ligne.\n"
    assert [p.text for p in document.paragraphs] == ["Première ligne.", "Deuxième ligne."]


def test_reading_never_modifies_the_file(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    data = codecs.BOM_UTF8 + "Cafe\u0301\r\n".encode()
    path.write_bytes(data)
    before = path.stat()
    read_document(path)
    assert path.read_bytes() == data
    assert path.stat().st_mtime_ns == before.st_mtime_ns


def error_of(path: str | Path) -> str:
    with pytest.raises(TranslintError) as error:
        read_document(path)
    return str(error.value)


def test_missing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert error_of("fr.txt") == "fr.txt: file not found"
    assert (
        error_of(tmp_path / "nowhere" / "fr.txt")
        == f"{tmp_path / 'nowhere' / 'fr.txt'}: file not found"
    )


def test_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fr.txt").mkdir()
    assert error_of("fr.txt") == "fr.txt: is a directory"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "fr.txt: empty file (no text)"),
        (b"\n\n   \n", "fr.txt: empty file (no text)"),
        (b"\x00\x01\x02binary", "fr.txt: not a text file (binary data)"),
        (("Привет мир. " * 20).encode("cp1251"), UNDECODABLE),
    ],
)
def test_bad_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("fr.txt").write_bytes(data)
    assert error_of("fr.txt") == message


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("fr.txt").write_text("texte", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    # Root can read anything, so the refusal is simulated.
    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert error_of("fr.txt") == "fr.txt: permission denied"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkfifo("fr.txt")
    assert error_of("fr.txt") == "fr.txt: not a regular file"


# --------------------------------------------------------------------------- HTML

PAGE = (
    '<!DOCTYPE html><html><head><meta charset="{charset}"><title>Titre</title></head>'
    "<body><main><h1>Le Québec</h1><p>Une hausse de 54,1 % à Montréal.</p></main></body></html>"
)


@pytest.mark.parametrize(
    ("charset", "encoding", "expected"),
    [
        # The declaration decides where the bytes agree with it.
        ("windows-1252", "cp1252", "Le Québec"),
        ("iso-8859-1", "cp1252", "Le Québec"),  # read as Windows-1252, as browsers do
        ("iso-8859-15", "iso8859-15", "Le Québec"),
        ("utf-8", "utf-8", "Le Québec"),
        # A UTF-8 page declaring Latin-1 (a common CMS slip) is UTF-8.
        ("iso-8859-1", "utf-8", "Le Québec"),
        # A declaration the bytes contradict is ignored: the usual policy decides.
        ("utf-8", "cp1252", "Le Québec"),
        ("no-such-charset", "cp1252", "Le Québec"),
        ("utf-7", "utf-8", "Le Québec"),  # never: it would read ASCII markup otherwise
        ("utf-16", "utf-8", "Le Québec"),  # a page whose <meta> is readable is not UTF-16
    ],
)
def test_html_meta_charset(tmp_path: Path, charset: str, encoding: str, expected: str) -> None:
    path = tmp_path / "page.fr.html"
    path.write_bytes(PAGE.format(charset=charset).encode(encoding))
    document = read_document(path)
    assert document.format == "html"
    assert document.paragraphs[0].content == expected
    assert document.paragraphs[1].content == "Une hausse de 54,1 % à Montréal."


def test_html_meta_charset_is_needed_for_short_legacy_pages() -> None:
    """Koi8-r bytes a Windows-1252 page could be: the declaration tells them apart."""
    page = '<html><head><meta charset="koi8-r"></head><body><p>Привет, мир</p></body></html>'
    data = page.encode("koi8-r")
    assert "Привет" in decode(data, "x.html", "koi8-r")
    assert "Привет" not in decode(data, "x.html", "windows-1252")


def test_html_byte_order_mark_outranks_the_declaration(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(charset="windows-1252").encode("utf-16"))
    assert read_document(path).paragraphs[0].content == "Le Québec"


def test_html_sniffed_under_another_name_honours_its_charset(tmp_path: Path) -> None:
    path = tmp_path / "page.fr.txt"
    path.write_bytes(PAGE.format(charset="windows-1252").encode("cp1252"))
    document = read_document(path)
    assert document.format == "html"
    assert document.paragraphs[0].content == "Le Québec"


def test_html_offsets_refer_to_the_normalised_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    data = PAGE.format(charset="utf-8").replace("<p>", "\r\n<p>").replace("é", "e\u0301")
    path.write_bytes(data.encode())
    document = read_document(path)
    assert "\r" not in document.text and "Québec" in document.text
    for paragraph in document.paragraphs:
        assert document.text[paragraph.start : paragraph.end] == paragraph.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Titre</title></head><body><nav>Menu</nav></body></html>",
        "<!DOCTYPE html><html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_html_without_main_text_is_an_input_error(tmp_path: Path, page: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert error_of(path) == f"{path}: no text in the page's main content"
