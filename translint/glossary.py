"""Glossaries: the terms a translation must render one way, keep as is, or never use.

A glossary is bilingual, not directional: every entry names an English and a
French term, and the ``glossary-term`` rule reads it in the direction of the
check (English source: the English term is looked for in the source and the
French one required in the target; French source: the other way round). The
two languages are the registry's checked pair (``translint.lang.checked_pair``),
its first one in the first column; nothing here names them.

Two formats, chosen by extension (``.csv``; ``.tbx``; ``.xml`` whose root is
TBX) or, for any other name, by content (a file starting with ``<`` is XML):

- **CSV** ``english,french[,note]``, UTF-8 with or without BOM (UTF-16 with a
  BOM too, as spreadsheets save "Unicode text"). The delimiter is a tab, a
  comma or a semicolon, whichever the first row uses (in that order). An
  optional first row naming the columns (``source,target,note`` or
  ``en,fr,note``) is a header; ``fr,en`` in it swaps the columns. Blank rows
  and rows whose first cell starts with ``#`` are skipped. The note ``dnt``
  (or ``do not translate``) marks a term to keep unchanged, as does the same
  term in both columns; the note ``forbidden`` marks the pair as one that
  must never correspond (``billion,billion,forbidden``: the English *billion*
  is not the French *billion*, either way round). Any other note is kept as
  a comment.
- **TBX** (ISO 30042): TBX 2 (``martif``/``termEntry``/``langSet``/``tig`` or
  ``ntig``/``term``) and TBX 3 (``tbx``/``conceptEntry``/``langSec``/
  ``termSec``/``term``), with or without namespace. ``xml:lang`` keeps its
  primary subtag (``en-US`` is English). A term whose ``administrativeStatus``
  or ``normativeAuthorization`` says ``deprecatedTerm`` or ``supersededTerm``
  is forbidden; a ``termNote``/``descrip``/``note`` saying *do not translate*
  marks the term (or, at entry level, the entry) as kept unchanged, as does
  one term in both languages. Entries with no English or no French term are
  skipped: a termbase often holds other languages too.

Errors are ``TranslintError`` with one line naming the file and the problem.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from translint.errors import TranslintError
from translint.lang import checked_pair
from translint.read import read_bytes
from translint.words import fold

# Words of a note or a TBX field that say "keep this term as it is".
DO_NOT_TRANSLATE = re.compile(
    r"^\s*(?:dnt|do[\s_-]*not[\s_-]*translate|untranslatable|ne\s+pas\s+traduire)\b"
)
DO_NOT_TRANSLATE_ANYWHERE = re.compile(
    r"\b(?:dnt|do[\s_-]*not[\s_-]*translate|donottranslate|untranslatable|ne\s+pas\s+traduire)\b"
)
FORBIDDEN_NOTE = re.compile(r"^\s*(?:forbidden|interdit|deprecated)\b")
FORBIDDEN_STATUS = re.compile(r"^\s*(?:deprecated|superseded)term", re.IGNORECASE)
NOTE_HEADERS = ("note", "notes", "comment", "comments")
# A DOCTYPE that declares entities could expand without bound or reach outside
# the file; a plain DOCTYPE naming a DTD (TBX 2 files carry one) is harmless.
ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class Term:
    """One term of an entry in one language; a forbidden term must not be used."""

    text: str
    lang: str  # a language code of the checked pair
    forbidden: bool = False


@dataclass(frozen=True)
class GlossaryEntry:
    """One concept: its terms in English and French, and how to treat them.

    ``origin`` says where the entry comes from (``glossary.csv:3``) for messages.
    """

    terms: tuple[Term, ...]
    do_not_translate: bool = False
    note: str = ""
    origin: str = ""

    def preferred(self, lang: str) -> tuple[str, ...]:
        """The renderings the glossary requires in ``lang``."""
        return tuple(t.text for t in self.terms if t.lang == lang and not t.forbidden)

    def forbidden(self, lang: str) -> tuple[str, ...]:
        """The renderings the glossary forbids in ``lang``."""
        return tuple(t.text for t in self.terms if t.lang == lang and t.forbidden)


@dataclass(frozen=True)
class Glossary:
    """The entries of one glossary file, in file order."""

    entries: tuple[GlossaryEntry, ...]
    path: str = ""

    def declares_equal(self, first: str, second: str) -> bool:
        """Whether one entry gives both forms as required renderings, in either order.

        Used by ``name-inconsistent``: QKBA / AAQC declared equal is no
        inconsistency. Compared up to case and accents.
        """
        a, b = fold(first), fold(second)
        one, other = _pair()
        for entry in self.entries:
            ones = {fold(t) for t in entry.preferred(one)}
            others = {fold(t) for t in entry.preferred(other)}
            if (a in ones and b in others) or (b in ones and a in others):
                return True
        return False


@cache
def _pair() -> tuple[str, str]:
    """The codes of the glossary's two languages, in column order."""
    first, second = checked_pair()
    return first.code, second.code


@cache
def _names() -> tuple[str, str]:
    first, second = checked_pair()
    return first.name, second.name


@cache
def _header_words() -> dict[str, str]:
    """What a header cell may say, folded, and the column it names: a code or "note"."""
    first, second = checked_pair()
    words = {"source": first.code, "target": second.code}
    for record in (first, second):
        words |= {record.code: record.code} | dict.fromkeys(record.aliases, record.code)
    return words | dict.fromkeys(NOTE_HEADERS, "note")


def _no_terms(name: str) -> TranslintError:
    first, second = _names()
    return TranslintError(f"{name}: the glossary has no terms for {first} and {second}")


def load_glossary(path: str | os.PathLike[str]) -> Glossary:
    """Read a CSV or TBX glossary; every problem is a one-line ``TranslintError``."""
    name = str(path)
    file = Path(path)
    data = read_bytes(name, "glossary file")
    suffix = file.suffix.lower()
    if suffix == ".csv":
        return parse_csv(_decode(data, name), name)
    if suffix in {".tbx", ".xml"}:
        return parse_tbx(data, name)
    text = _decode(data, name)
    if text.lstrip().startswith("<"):
        return parse_tbx(data, name)
    return parse_csv(text, name)


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (a BOM is dropped), or UTF-16 when a BOM says so."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise TranslintError(
            f"{name}: the glossary is not UTF-8 (undecodable byte at offset {error.start})"
        ) from None


def _clean(cell: str) -> str:
    return " ".join(cell.split())


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    for candidate in ("\t", ",", ";"):
        if candidate in first:
            return candidate
    return ","


def _header_columns(row: list[str]) -> tuple[int, int] | None:
    """(first language's column, second's) when ``row`` names the columns, else None."""
    first, second = _pair()
    meanings = [_header_words().get(fold(_clean(cell))) for cell in row]
    if not row or None in meanings or meanings.count(first) != 1 or meanings.count(second) != 1:
        return None
    if meanings[:2] == [first, second]:
        return (0, 1)
    if meanings[:2] == [second, first]:
        return (1, 0)
    return None


def parse_csv(text: str, name: str = "<glossary>") -> Glossary:
    """Entries of a CSV glossary (see the module docstring for the format)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    entries: list[GlossaryEntry] = []
    en_column, fr_column = 0, 1
    first_row = True
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
                continue
            if first_row:
                first_row = False
                columns = _header_columns(row)
                if columns is not None:
                    en_column, fr_column = columns
                    continue
            entries.append(_csv_entry(row, en_column, fr_column, f"{name}:{line}"))
    except csv.Error as error:
        raise TranslintError(f"{name}:{reader.line_num}: bad CSV ({error})") from None
    if not entries:
        raise _no_terms(name)
    return Glossary(tuple(entries), name)


def _csv_entry(row: list[str], en_column: int, fr_column: int, origin: str) -> GlossaryEntry:
    """One row as an entry: ``en`` is the first language's term, ``fr`` the second's."""
    one, other = _pair()
    first, second = _names()
    if len(row) < 2:
        raise TranslintError(f"{origin}: a row needs an {first} and a {second} term (got 1 column)")
    if len(row) > 3:
        raise TranslintError(
            f"{origin}: a row has at most 3 columns ({first}, {second}, note), got {len(row)}"
        )
    en, fr = _clean(row[en_column]), _clean(row[fr_column])
    note = _clean(row[2]) if len(row) == 3 else ""
    folded_note = fold(note)
    if DO_NOT_TRANSLATE.match(folded_note) or (en and en == fr):
        term = en or fr
        if not term:
            raise TranslintError(f"{origin}: a do-not-translate row needs a term")
        if en and fr and en != fr:
            raise TranslintError(
                f"{origin}: a do-not-translate row has two different terms ({en} / {fr})"
            )
        if not FORBIDDEN_NOTE.match(folded_note):
            return GlossaryEntry((Term(term, one), Term(term, other)), True, note, origin)
    if not en or not fr:
        missing = first if not en else second
        raise TranslintError(f"{origin}: the {missing} term is empty")
    if FORBIDDEN_NOTE.match(folded_note):
        # A pair that must not correspond, either way round: neither side is a
        # required rendering of the other.
        return GlossaryEntry((Term(en, one, True), Term(fr, other, True)), False, note, origin)
    return GlossaryEntry((Term(en, one), Term(fr, other)), False, note, origin)


def _local(tag: object) -> str:
    """An element's name without its namespace (TBX 3 files declare one)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _lang_of(element: ElementTree.Element) -> str | None:
    value = element.get(XML_LANG) or element.get("lang") or ""
    primary = value.split("-")[0].split("_")[0].strip().lower()
    return primary or None


def _says_do_not_translate(element: ElementTree.Element) -> bool:
    text = fold(" ".join(element.itertext()))
    kind = fold(element.get("type") or "")
    return bool(DO_NOT_TRANSLATE_ANYWHERE.search(text)) or "donottranslate" in kind.replace("-", "")


def parse_tbx(data: bytes, name: str = "<glossary>") -> Glossary:
    """Entries of a TBX 2 or TBX 3 termbase (see the module docstring)."""
    if ENTITY_DECLARATION.search(data):
        raise TranslintError(f"{name}: the XML declares entities, which a glossary must not")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise TranslintError(f"{name}: not well-formed XML ({error})") from None
    if _local(root.tag) not in {"martif", "tbx"}:
        raise TranslintError(
            f"{name}: XML but not TBX (root element <{_local(root.tag)}>, "
            "expected <martif> or <tbx>)"
        )
    entries = []
    for concept in root.iter():
        if _local(concept.tag) in {"termEntry", "conceptEntry"}:
            entry = _tbx_entry(concept, name)
            if entry is not None:
                entries.append(entry)
    if not entries:
        raise _no_terms(name)
    return Glossary(tuple(entries), name)


def _tbx_entry(concept: ElementTree.Element, name: str) -> GlossaryEntry | None:
    """One concept as an entry, or None when it lacks an English or a French term."""
    entry_dnt = False
    terms: list[Term] = []
    dnt_terms: list[str] = []
    notes: list[str] = []
    for child in concept:
        kind = _local(child.tag)
        if kind in {"descrip", "note", "admin", "descripGrp", "adminGrp"}:
            entry_dnt |= _says_do_not_translate(child)
            notes.append(_clean(" ".join(child.itertext())))
            continue
        if kind not in {"langSet", "langSec"}:
            continue
        entry_dnt |= _lang_set_says_do_not_translate(child)
        for term, dnt in _tbx_terms(child):
            terms.append(term)
            if dnt and not term.forbidden:
                dnt_terms.append(term.text)
    if entry_dnt:
        dnt_terms += [t.text for t in terms if not t.forbidden]
    terms, dnt_terms = _with_kept_terms(terms, dnt_terms)
    if any(not any(t.lang == lang for t in terms) for lang in _pair()):
        return None
    origin = f"{name}: {concept.get('id')}" if concept.get("id") else name
    return GlossaryEntry(tuple(terms), bool(dnt_terms), "; ".join(n for n in notes if n), origin)


def _lang_set_says_do_not_translate(lang_set: ElementTree.Element) -> bool:
    """Whether a language section's own notes say the whole entry is not translated."""
    return any(
        _local(field.tag) in {"descrip", "note", "descripGrp"} and _says_do_not_translate(field)
        for field in lang_set
    )


def _tbx_terms(lang_set: ElementTree.Element) -> list[tuple[Term, bool]]:
    """The terms of one language section, each with whether it says not to translate it
    (none for a language translint does not check)."""
    lang = _lang_of(lang_set)
    if lang not in _pair():
        return []
    found = []
    for holder in lang_set.iter():
        if _local(holder.tag) not in {"tig", "ntig", "termSec"}:
            continue
        term_element = next((e for e in holder.iter() if _local(e.tag) == "term"), None)
        if term_element is None:
            continue
        text = _clean("".join(term_element.itertext()))
        if not text:
            continue
        forbidden = False
        dnt = False
        for field in holder.iter():
            if _local(field.tag) not in {"termNote", "descrip", "note", "admin"}:
                continue
            value = _clean(" ".join(field.itertext()))
            if field.get("type") in {
                "administrativeStatus",
                "normativeAuthorization",
            } and FORBIDDEN_STATUS.match(value):
                forbidden = True
            dnt |= _says_do_not_translate(field)
        found.append((Term(text, lang, forbidden), dnt))
    return found


def _with_kept_terms(terms: list[Term], dnt_terms: list[str]) -> tuple[list[Term], list[str]]:
    """``terms`` plus every term kept as it is, in both languages, and those kept terms.

    One term in both languages is a term kept as it is too.
    """
    dnt_terms = list(dnt_terms)
    terms = list(terms)
    one, other = _pair()
    shared = {t.text for t in terms if t.lang == one and not t.forbidden} & {
        t.text for t in terms if t.lang == other and not t.forbidden
    }
    dnt_terms += sorted(shared)
    for text in dict.fromkeys(dnt_terms):
        for lang in (one, other):
            if Term(text, lang) not in terms:
                terms.append(Term(text, lang))
    return terms, dnt_terms
