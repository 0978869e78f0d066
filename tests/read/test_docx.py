"""Word documents: paragraphs in document order, kinds from styles, one line per paragraph."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from translint.errors import TranslintError
from translint.read import read_document
from translint.read.docx import is_docx, read_docx
from translint.report.positions import position_of

from ..conftest import CAPTION, CELL, CHROME, HEAD, ITEM, TEXT


def word_document() -> bytes:
    """A small article in Word: every kind of paragraph translint reads."""
    document = docx.Document()
    document.add_paragraph("Le Québec et la Corée", style="Title")
    document.add_paragraph("")  # spacing paragraphs are common in Word
    document.add_heading("La vision quantique", level=2)
    document.add_paragraph("L’investissement a augmenté de 54,1 %.\nSuite après un saut de ligne.")
    document.add_paragraph("Informatique quantique", style="List Bullet")
    document.add_paragraph("Deuxième étape", style="List Number")
    document.add_paragraph("• Puce tapée à la main")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Année"
    table.cell(0, 1).text = "Montant"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "198,1 G$"
    document.add_paragraph("Figure 1 : la signature", style="Caption")
    document.add_paragraph("   Haut de page  ")
    document.add_heading("Perspectives", level=1)
    document.add_paragraph("\tFin de l’article. ")
    custom = document.styles.add_style("Intertitre", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = document.styles["Heading 3"]
    document.add_paragraph("Intertitre maison", style="Intertitre")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_paragraphs_kinds_and_levels() -> None:
    text, paragraphs = read_docx(word_document(), "fr.docx")
    assert [(p.kind, p.level, p.content) for p in paragraphs] == [
        (HEAD, 1, "Le Québec et la Corée"),
        (HEAD, 2, "La vision quantique"),
        (TEXT, None, "L’investissement a augmenté de 54,1 %. Suite après un saut de ligne."),
        (ITEM, None, "Informatique quantique"),
        (ITEM, None, "Deuxième étape"),
        (ITEM, None, "Puce tapée à la main"),
        (CELL, None, "Année"),
        (CELL, None, "Montant"),
        (CELL, None, "198,1 G$"),  # a merged cell once, not once per column
        (CAPTION, None, "Figure 1 : la signature"),
        (CHROME, None, "Haut de page"),
        (HEAD, 1, "Perspectives"),
        (TEXT, None, "Fin de l’article."),
        (HEAD, 3, "Intertitre maison"),  # a style based on Heading 3
    ]
    for index, p in enumerate(paragraphs):
        assert p.index == index
        assert text[p.start : p.end] == p.text and p.text == p.text.strip()


def test_line_n_is_the_nth_word_paragraph() -> None:
    text, paragraphs = read_docx(word_document(), "fr.docx")
    lines = text.split("\n")
    assert lines[1] == ""  # the empty Word paragraph keeps its line
    assert lines[3] == "L’investissement a augmenté de 54,1 %. Suite après un saut de ligne."
    # Body paragraphs, then the table's cells row by row, then the body again.
    assert lines[7:10] == ["Année", "Montant", "198,1 G$"]
    assert lines[11] == "   Haut de page  "
    line, column = position_of(text, paragraphs[10].start)
    assert (line, column) == (12, 4)  # 12th Word paragraph, after its three spaces
    assert position_of(text, paragraphs[2].start + paragraphs[2].content.index("54,1")) == (4, 32)


def test_read_document_reads_docx(tmp_path: Path) -> None:
    path = tmp_path / "article.fr.docx"
    path.write_bytes(word_document())
    document = read_document(path)
    assert document.format == "docx"
    assert document.lang is None
    assert len(document.paragraphs) == 14


def test_a_word_document_is_recognised_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "article.fr.txt"
    path.write_bytes(word_document())
    assert is_docx(path.read_bytes())
    assert read_document(path).format == "docx"


def zip_with(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def broken_document_xml() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(word_document()))
    entries = {name: source.read(name) for name in source.namelist()}
    entries["word/document.xml"] = b"<w:document><w:body><w:p>"  # truncated XML
    return zip_with(entries)


def empty_document() -> bytes:
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("   ")
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Just some text in a .docx file", "fr.docx: not a Word document (not a zip archive)"),
        (b"PK\x03\x04 truncated", "fr.docx: not a Word document (not a zip archive)"),
        (
            zip_with({"content.xml": b"<office:document/>"}),
            "fr.docx: not a Word document (no word/document.xml in the archive)",
        ),
        (broken_document_xml(), "fr.docx: damaged Word document ("),
        (empty_document(), "fr.docx: empty Word document (no text)"),
        (b"", "fr.docx: not a Word document (not a zip archive)"),
    ],
)
def test_bad_word_documents_are_one_line_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("fr.docx").write_bytes(data)
    with pytest.raises(TranslintError) as error:
        read_document("fr.docx")
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)
