"""Learnt glossaries read back unchanged by translint's own glossary reader."""

from __future__ import annotations

import io

import pytest

from translint.glossary import parse_csv, parse_tbx
from translint.report.glossary import glossary_rows, note, write_glossary
from translint.terminology import PairTerms, Place, Rendered, learn
from translint.terminology.observe import ACRONYM, NAME, SEGMENT

PLACE = (Place(2, 0, 3, 2, 0, 3),)


def _site(rows: list[tuple[str, str, str, str, int]]):
    """A site where ``count`` pairs render each (kind, written, rendered) the same way."""
    observed = []
    for kind, written, rendering, rendered, count in rows:
        for n in range(count):
            terms = PairTerms(
                (Rendered(kind, written.casefold(), written, rendering, rendered, PLACE),)
            )
            observed.append((f"{written}-{n}.md", terms))
    return learn(observed)


SITE = _site(
    [
        (ACRONYM, "TBS", "sct", "SCT", 5),
        (ACRONYM, "GC", "gc", "GC", 4),  # kept as it is: a do-not-translate row
        (
            NAME,
            "Treasury Board of Canada Secretariat",
            "secrétariat du conseil du trésor",
            "Secrétariat du Conseil du Trésor",
            3,
        ),
        (SEGMENT, "Learn more, today", "pour en savoir plus", "Pour en « savoir » plus", 2),
        (SEGMENT, "Once only", "une fois", "Une fois", 1),  # below --min-pairs
        (ACRONYM, "UK", "", "", 3),  # rendered by nothing: no row
        (SEGMENT, "#GCDigital", "#gcnumerique", "#GCNumérique", 3),  # a CSV comment: no row
    ]
)
EXPECTED = [
    ("TBS", "SCT"),
    ("GC", "GC"),
    ("Treasury Board of Canada Secretariat", "Secrétariat du Conseil du Trésor"),
    ("Learn more, today", "Pour en « savoir » plus"),
]


def _written(fmt: str, source_lang: str = "en") -> str:
    stream = io.StringIO()
    write_glossary(SITE, stream, fmt, source_lang)
    return stream.getvalue()


def _read(fmt: str, text: str):
    return parse_csv(text) if fmt == "csv" else parse_tbx(text.encode("utf-8"))


@pytest.mark.parametrize("fmt", ["csv", "tbx"])
def test_the_glossary_reads_back_as_written(fmt: str) -> None:
    glossary = _read(fmt, _written(fmt))
    assert [(e.preferred("en")[0], e.preferred("fr")[0]) for e in glossary.entries] == EXPECTED
    assert [e.note for e in glossary.entries] == [note(u) for u in glossary_rows(SITE)]
    assert [e.do_not_translate for e in glossary.entries] == [False, True, False, False]


@pytest.mark.parametrize("fmt", ["csv", "tbx"])
def test_a_french_site_writes_its_terms_in_the_language_columns(fmt: str) -> None:
    glossary = _read(fmt, _written(fmt, source_lang="fr"))
    # Sources in French: the learnt source term is the French one.
    assert (glossary.entries[0].preferred("fr")[0], glossary.entries[0].preferred("en")[0]) == (
        "TBS",
        "SCT",
    )


def test_rows_are_most_frequent_first_with_counts_in_the_note() -> None:
    rows = list(glossary_rows(SITE))
    assert [u.pairs for u in rows] == [5, 4, 3, 2]
    assert note(rows[0]) == "acronym; 5 of 5 pairs, established; e.g. TBS-0.md ¶3"
    assert note(rows[3]).startswith("segment; 2 of 2 pairs, not established")
