"""A learnt site terminology written as a glossary: CSV or TBX, read back by ``--glossary``.

``translint glossary learn`` writes one row (CSV) or one concept (TBX) per
correspondence the site uses in at least ``min_pairs`` pairs, most frequent
first: the source term, its rendering, and a note saying what kind of term it
is, how many pairs use the rendering out of those using the term, whether
that establishes it, and one place. A terminologist reviews the file (deletes
a row, marks one ``forbidden``) and passes it back with ``--glossary``; both
formats are what ``translint.glossary`` reads, so the round trip changes
nothing.

Left out, since a glossary row could not say them: renderings by nothing (a
dropped acronym is no term), and terms starting with ``#`` (a CSV row starting
with ``#`` is a comment to the reader: hashtags are the campaign's own in each
language anyway).
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from typing import TextIO

from translint.lang import checked_pair
from translint.terminology import SiteTerms, Usage, is_established

FORMATS = ("csv", "tbx")
TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def glossary_rows(site: SiteTerms, min_pairs: int = 2) -> Iterator[Usage]:
    """The correspondences worth a row, most frequent first (the order ``learn`` gives)."""
    for usage in site.usages:
        if usage.pairs >= min_pairs and usage.rendered and not usage.written.startswith("#"):
            yield usage


def note(usage: Usage) -> str:
    """What a row's note says: kind, counts, established or not, one place."""
    status = "established" if is_established(usage.pairs, usage.of) else "not established"
    return f"{usage.kind}; {usage.pairs} of {usage.of} pairs, {status}; e.g. {usage.example}"


def write_glossary(
    site: SiteTerms, stream: TextIO, fmt: str, source_lang: str, min_pairs: int = 2
) -> None:
    """Write the site's correspondences as a CSV or TBX glossary for ``source_lang`` sources."""
    rows = list(glossary_rows(site, min_pairs))
    if fmt == "tbx":
        _write_tbx(rows, stream, source_lang)
    else:
        _write_csv(rows, stream, source_lang)


def _columns(usage: Usage, source_lang: str) -> tuple[str, str]:
    """The row's terms in the glossary's column order (the checked pair's)."""
    first = checked_pair()[0].code
    return (
        (usage.written, usage.rendered) if source_lang == first else (usage.rendered, usage.written)
    )


def _write_csv(rows: list[Usage], stream: TextIO, source_lang: str) -> None:
    first, second = (record.code for record in checked_pair())
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([first, second, "note"])
    for usage in rows:
        writer.writerow([*_columns(usage, source_lang), note(usage)])
    stream.write(buffer.getvalue())


def _write_tbx(rows: list[Usage], stream: TextIO, source_lang: str) -> None:
    """TBX 3 (TBX-Basic, DCA style): a concept per row, its note at concept level."""
    ElementTree.register_namespace("", TBX_NAMESPACE)

    def element(parent: ElementTree.Element, tag: str, **attributes: str) -> ElementTree.Element:
        return ElementTree.SubElement(parent, f"{{{TBX_NAMESPACE}}}{tag}", attributes)

    root = ElementTree.Element(
        f"{{{TBX_NAMESPACE}}}tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: source_lang}
    )
    header = element(element(element(root, "tbxHeader"), "fileDesc"), "sourceDesc")
    element(header, "p").text = "Learnt from a bilingual site by translint glossary learn"
    body = element(element(root, "text"), "body")
    codes = [record.code for record in checked_pair()]
    for number, usage in enumerate(rows, 1):
        concept = element(body, "conceptEntry", id=f"c{number}")
        element(concept, "note").text = note(usage)
        for code, term in zip(codes, _columns(usage, source_lang), strict=True):
            lang_sec = element(concept, "langSec", **{XML_LANG: code})
            element(element(lang_sec, "termSec"), "term").text = term
    ElementTree.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ElementTree.tostring(root, encoding="unicode"))
    stream.write("\n")
