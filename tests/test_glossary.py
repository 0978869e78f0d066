"""Glossary files: CSV and TBX read into entries, and every bad file refused in one line."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translint.errors import TranslintError
from translint.glossary import Glossary, GlossaryEntry, Term, load_glossary, parse_csv


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def summary(glossary: Glossary) -> list[tuple[tuple[str, ...], tuple[str, ...], bool]]:
    """(English renderings, French renderings, do-not-translate), forbidden ones marked ``!``."""
    return [
        (
            tuple(("!" if t.forbidden else "") + t.text for t in e.terms if t.lang == "en"),
            tuple(("!" if t.forbidden else "") + t.text for t in e.terms if t.lang == "fr"),
            e.do_not_translate,
        )
        for e in glossary.entries
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("QKBA,AAQC\n", [(("QKBA",), ("AAQC",), False)]),
        ("source,target,note\nQKBA,AAQC\n", [(("QKBA",), ("AAQC",), False)]),
        ("Source , Target\nQKBA,AAQC\n", [(("QKBA",), ("AAQC",), False)]),
        ("en,fr\nQKBA,AAQC\n", [(("QKBA",), ("AAQC",), False)]),
        # A header naming French first swaps the columns.
        ("fr,en,note\nAAQC,QKBA,\n", [(("QKBA",), ("AAQC",), False)]),
        ("MOU,protocole d’entente,official\n", [(("MOU",), ("protocole d’entente",), False)]),
        (
            '"Smith, Jones","« Smith, Jones »"\n',
            [(("Smith, Jones",), ("« Smith, Jones »",), False)],
        ),
        ("MILA,MILA\n", [(("MILA",), ("MILA",), True)]),
        ("MILA,,dnt\n", [(("MILA",), ("MILA",), True)]),
        (
            "Sherbrooke Innovation Zone,,Do not translate\n",
            [(("Sherbrooke Innovation Zone",), ("Sherbrooke Innovation Zone",), True)],
        ),
        ("billion,billion,forbidden\n", [(("!billion",), ("!billion",), False)]),
        ("# comment\n\n  QKBA ,  AAQC  \n\n", [(("QKBA",), ("AAQC",), False)]),
        (
            "QKBA;AAQC\nMOU;protocole d’entente\n",
            [
                (("QKBA",), ("AAQC",), False),
                (("MOU",), ("protocole d’entente",), False),
            ],
        ),
        ("QKBA\tAAQC\tnote, with comma\n", [(("QKBA",), ("AAQC",), False)]),
        (
            "QKBA,AAQC\r\nMOU,protocole d'entente\r\n",
            [
                (("QKBA",), ("AAQC",), False),
                (("MOU",), ("protocole d'entente",), False),
            ],
        ),
    ],
)
def test_csv_rows_become_entries(tmp_path: Path, content: str, expected: list) -> None:
    assert summary(load_glossary(write(tmp_path, "g.csv", content))) == expected


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + "source,target\nQuébec,Québec\n".encode(),
        "source,target\nQuébec,Québec\n".encode(),
        codecs.BOM_UTF16_LE + "source\ttarget\nQuébec\tQuébec\n".encode("utf-16-le"),
    ],
)
def test_csv_encodings(tmp_path: Path, data: bytes) -> None:
    assert summary(load_glossary(write(tmp_path, "g.csv", data))) == [
        (("Québec",), ("Québec",), True)
    ]


def test_csv_entries_remember_where_they_come_from(tmp_path: Path) -> None:
    path = write(tmp_path, "g.csv", "source,target\n\nQKBA,AAQC,the association\n")
    (entry,) = load_glossary(path).entries
    assert entry.origin == f"{path}:3"
    assert entry.note == "the association"


def test_a_csv_file_with_another_extension_is_read_by_content(tmp_path: Path) -> None:
    assert summary(load_glossary(write(tmp_path, "terms.txt", "QKBA,AAQC\n"))) == [
        (("QKBA",), ("AAQC",), False)
    ]


TBX2 = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>export</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="qkba">
      <langSet xml:lang="en-US"><tig><term>QKBA</term></tig></langSet>
      <langSet xml:lang="fr-CA"><tig><term>AAQC</term></tig></langSet>
    </termEntry>
    <termEntry id="billion">
      <langSet xml:lang="en"><tig><term>billion</term></tig></langSet>
      <langSet xml:lang="fr">
        <tig><term>milliard</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <ntig><termGrp><term>billion</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
        </termGrp></ntig>
      </langSet>
    </termEntry>
    <termEntry id="mila">
      <descrip type="definition">Do not translate: the institute's name.</descrip>
      <langSet xml:lang="en"><tig><term>MILA</term></tig></langSet>
    </termEntry>
    <termEntry id="german-only">
      <langSet xml:lang="de"><tig><term>Milliarde</term></tig></langSet>
      <langSet xml:lang="en"><tig><term>billion</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""

TBX3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>export</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="en"><termSec><term>memorandum of understanding</term></termSec>
        <termSec><term>MOU</term></termSec></langSec>
      <langSec xml:lang="fr"><termSec><term>protocole d’entente</term>
        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>mémorandum d’entente</term>
        <termNote type="normativeAuthorization">supersededTerm</termNote></termSec></langSec>
    </conceptEntry>
    <conceptEntry id="c2">
      <langSec xml:lang="en"><termSec><term>Sherbrooke <hi>Innovation</hi> Zone</term>
        <note>DNT</note></termSec></langSec>
      <langSec xml:lang="fr"><termSec><term>zone d’innovation de Sherbrooke</term>
        <termNote type="normativeAuthorization">deprecatedTerm</termNote></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""


@pytest.mark.parametrize("name", ["g.tbx", "g.xml", "g.termbase"])
def test_tbx2_entries(tmp_path: Path, name: str) -> None:
    assert summary(load_glossary(write(tmp_path, name, TBX2))) == [
        (("QKBA",), ("AAQC",), False),
        (("billion",), ("milliard", "!billion"), False),
        (("MILA",), ("MILA",), True),
    ]


def test_tbx3_entries(tmp_path: Path) -> None:
    glossary = load_glossary(write(tmp_path, "g.tbx", TBX3))
    assert summary(glossary) == [
        (
            ("memorandum of understanding", "MOU"),
            ("protocole d’entente", "!mémorandum d’entente"),
            False,
        ),
        (
            ("Sherbrooke Innovation Zone",),
            ("!zone d’innovation de Sherbrooke", "Sherbrooke Innovation Zone"),
            True,
        ),
    ]
    assert glossary.entries[0].origin.endswith(": c1")


def test_declares_equal_either_way_up_to_case_but_not_forbidden() -> None:
    glossary = Glossary(
        (
            GlossaryEntry((Term("QKBA", "en"), Term("AAQC", "fr"))),
            GlossaryEntry((Term("billion", "en", True), Term("billion", "fr", True))),
        )
    )
    assert glossary.declares_equal("QKBA", "AAQC")
    assert glossary.declares_equal("AAQC", "qkba")
    assert not glossary.declares_equal("QKBA", "KRISS")
    assert not glossary.declares_equal("billion", "billion")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "g.csv",
            "QKBA,AAQC\nMOU\n",
            "g.csv:2: a row needs an English and a French term (got 1 column)",
        ),
        (
            "g.csv",
            "a,b,c,d\n",
            "g.csv:1: a row has at most 3 columns (English, French, note), got 4",
        ),
        ("g.csv", "QKBA,\n", "g.csv:1: the French term is empty"),
        ("g.csv", ",AAQC\n", "g.csv:1: the English term is empty"),
        (
            "g.csv",
            "MILA,Mila,dnt\n",
            "g.csv:1: a do-not-translate row has two different terms (MILA / Mila)",
        ),
        ("g.csv", 'QKBA,"AAQC\n', "g.csv:1: bad CSV"),
        ("g.csv", "", "g.csv: the glossary has no terms for English and French"),
        (
            "g.csv",
            "source,target,note\n",
            "g.csv: the glossary has no terms for English and French",
        ),
        (
            "g.csv",
            b"QKBA,\xe9\n",
            "g.csv: the glossary is not UTF-8 (undecodable byte at offset 5)",
        ),
        (
            "g.xml",
            "<html><body/></html>",
            "g.xml: XML but not TBX (root element <html>, expected <martif> or <tbx>)",
        ),
        ("g.tbx", "<martif><text>", "g.tbx: not well-formed XML"),
        ("g.tbx", "QKBA,AAQC", "g.tbx: not well-formed XML"),
        (
            "g.tbx",
            '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "aaaa">]><martif>&a;</martif>',
            "g.tbx: the XML declares entities, which a glossary must not",
        ),
        (
            "g.tbx",
            '<martif><text><body><termEntry><langSet xml:lang="de"><tig><term>x</term></tig>'
            "</langSet></termEntry></body></text></martif>",
            "g.tbx: the glossary has no terms for English and French",
        ),
    ],
)
def test_bad_glossaries_are_one_line_errors(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(TranslintError) as raised:
        load_glossary(path)
    text = str(raised.value)
    assert "\n" not in text
    assert text.startswith(str(tmp_path / message.split(":")[0]) + ":")
    assert text.removeprefix(str(tmp_path) + "/").startswith(message)


def test_missing_glossary_and_directory(tmp_path: Path) -> None:
    with pytest.raises(TranslintError, match=r"nowhere\.csv: glossary file not found$"):
        load_glossary(tmp_path / "nowhere.csv")
    with pytest.raises(TranslintError, match="is a directory"):
        load_glossary(tmp_path)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_csv_text_only_raises_translint_error(text: str) -> None:
    try:
        glossary = parse_csv(text, "g.csv")
    except TranslintError as error:
        assert "\n" not in str(error)
    else:
        assert all(e.preferred("en") or e.forbidden("en") for e in glossary.entries)
        assert all(e.preferred("fr") or e.forbidden("fr") for e in glossary.entries)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(), st.sampled_from(["g.csv", "g.tbx", "g.dat"]))
def test_arbitrary_bytes_only_raise_translint_error(tmp_path: Path, data: bytes, name: str) -> None:
    path = write(tmp_path, name, data)
    try:
        load_glossary(path)
    except TranslintError as error:
        assert "\n" not in str(error)
