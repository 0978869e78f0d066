"""Read an input file into a ``Document``: decode, normalise, segment.

Formats (``translint.read.segment.detect_format``): text, Markdown and HTML are
decoded as below and then segmented; a Word document (``.docx``, or any zip
archive holding ``word/document.xml``) is read by ``translint.read.docx``,
which gives the paragraphs itself. A DOCX Document's ``text`` is one line per
Word paragraph (empty ones included), so positions read *line = paragraph of
the Word document*. A damaged or fake ``.docx`` is a one-line error.

Decoding policy (anything else is a ``TranslintError`` naming the file):

- UTF-8, with or without BOM; UTF-16 and UTF-32 with BOM; UTF-16 without BOM
  when every other byte is NUL (plain Latin text saved as "Unicode" by
  Windows editors).
- HTML (by extension, or opening with ``<!DOCTYPE html``/``<html``): after a
  BOM, the encoding a ``<meta charset>`` declares in the first 4 KB when the
  bytes agree with it, that is when they decode with it and, for a Western
  single-byte declaration (Latin-1, Windows-1252, ISO-8859-15), are not
  valid UTF-8 with non-ASCII characters (a common CMS mistake: UTF-8 pages
  declaring Latin-1). Latin-1 and ASCII labels mean Windows-1252, as in
  browsers. A declaration the bytes contradict is ignored.
- Otherwise Windows-1252 (a superset of Latin-1's printable characters), but
  only when the bytes decode as Windows-1252, read like Western text (accented
  letters are the exception, not the rule), and charset-normalizer does not
  identify another encoding with confidence. Bytes that are mostly valid UTF-8
  with a few invalid sequences are corrupt UTF-8, not Windows-1252: decoding
  them as Windows-1252 would turn every accent into mojibake.
- NUL bytes or many control characters: not a text file.

The Document's ``text`` is the decoded text normalised to NFC with ``\\r\\n`` and
``\\r`` turned into ``\\n``; paragraph offsets refer to that text, not to the
bytes of the file. Input files are only ever read.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from translint.errors import TranslintError
from translint.model import Document
from translint.read.docx import is_docx, read_docx
from translint.read.html import looks_like_html, meta_charset
from translint.read.segment import detect_format, segment

__all__ = ["decode", "read_document"]

_UNDECODABLE = "cannot decode text (not UTF-8, UTF-16 or Windows-1252)"
_BOMS = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15"})
# Labels browsers read as Windows-1252 (codecs.lookup names).
_LATIN_1_LABELS = frozenset({"iso8859-1", "ascii"})
_WESTERN_DECLARED = frozenset({"cp1252", "iso8859-15"})
_ASCII_MARKUP = '<meta charset="x"> +-&;'
_CONFIDENT = 0.3  # charset-normalizer coherence: it has recognised a language
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# Control characters that do not occur in text (tab, line breaks, form feed and
# escape do); C1 controls only matter once decoded.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_C0_CONTROL_BYTE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_LINE_BREAK = re.compile(r"\r\n?")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")
_LETTER = re.compile(r"[^\W\d_]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Symbols that never sit inside a word of Western text ("Qu‚bec", "FrontiŠre"):
# the marks of DOS (cp850) or Mac text read as Windows-1252.
_MISPLACED_SYMBOL = re.compile(r"(?<=[a-zA-Z])[‚ƒ„†‡ˆ‰Š‹Ž•˜™š›žŸ€¡-¬®-³µ¶¸-»¼-¿](?=[a-zA-Z])")


def read_document(path: str | os.PathLike[str], metadata_fields: Iterable[str] = ()) -> Document:
    """Read, decode and segment one input file; its ``lang`` is left for detection.

    ``metadata_fields`` are front-matter fields read as text besides the defaults
    (``translint.read.metadata``)."""
    name = os.fspath(path)
    data = read_bytes(name)
    by_name = detect_format(name)
    if by_name == "docx" or is_docx(data):
        text, paragraphs = read_docx(data, name)
        if not paragraphs:
            raise TranslintError(f"{name}: empty Word document (no text)")
        return Document(path=name, text=text, paragraphs=paragraphs, format="docx")
    declared = None
    if by_name == "html" or looks_like_html(data[:8192].decode("latin-1")):
        declared = meta_charset(data)
    text = decode(data, name, declared)
    fmt = detect_format(name, text)
    paragraphs = segment(text, fmt, metadata_fields)
    if fmt == "html" and not paragraphs:
        raise TranslintError(f"{name}: no text in the page's main content")
    return Document(path=name, text=text, paragraphs=paragraphs, format=fmt)


def read_bytes(name: str, what: str = "file") -> bytes:
    """The bytes of a regular file, or a one-line ``TranslintError`` naming it as ``what``."""
    directory = "is a directory" if what == "file" else f"is a directory, not a {what}"
    try:
        info = os.stat(name)
    except FileNotFoundError:
        raise TranslintError(f"{name}: {what} not found") from None
    except PermissionError:
        raise TranslintError(f"{name}: permission denied") from None
    except (OSError, ValueError) as error:
        raise TranslintError(f"{name}: cannot read file ({_reason(error)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise TranslintError(f"{name}: {directory}")
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or a device could block or never end.
        raise TranslintError(f"{name}: not a regular file")
    try:
        return Path(name).read_bytes()
    except IsADirectoryError:
        raise TranslintError(f"{name}: {directory}") from None
    except PermissionError:
        raise TranslintError(f"{name}: permission denied") from None
    except OSError as error:
        raise TranslintError(f"{name}: cannot read file ({_reason(error)})") from None


def _reason(error: BaseException) -> str:
    return str(getattr(error, "strerror", None) or error).lower()


def decode(data: bytes, path: str, declared: str | None = None) -> str:
    """Decode a file's bytes to normalised text, or raise a one-line ``TranslintError``.

    ``path`` only names the file in messages; ``declared`` is the encoding an
    HTML page declares, used when the bytes agree with it.
    """
    if not data.strip():
        raise TranslintError(f"{path}: empty file (no text)")
    text = _declared(data, declared) if declared else None
    if text is None:
        text = _decode(data, path)
    text = text.removeprefix("\ufeff")
    if "\x00" in text or len(_CONTROL.findall(text)) > 0.05 * len(text) + 1:
        raise TranslintError(f"{path}: not a text file (binary data)")
    text = unicodedata.normalize("NFC", _LINE_BREAK.sub("\n", text))
    if not text.strip():
        raise TranslintError(f"{path}: empty file (no text)")
    return text


def _declared(data: bytes, declared: str) -> str | None:
    """``data`` decoded as an HTML page declares, or None when the bytes disagree."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None  # a byte order mark outranks a declaration
    try:
        encoding = codecs.lookup(declared).name
        if _ASCII_MARKUP.encode(encoding) != _ASCII_MARKUP.encode("ascii"):
            return None  # UTF-7, EBCDIC...: the <meta> could not have been read as ASCII
    except (LookupError, UnicodeError):
        return None
    if encoding in _LATIN_1_LABELS:
        encoding = "cp1252"
    if encoding.startswith(("utf-16", "utf-32")):
        encoding = "utf-8"  # a page read far enough to find its <meta> is not UTF-16
    if encoding in _WESTERN_DECLARED and _HIGH_BYTE.search(data):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _decode(data: bytes, path: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise TranslintError(f"{path}: {_UNDECODABLE}") from None
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise TranslintError(f"{path}: not a text file (binary data)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        first_error = error.start
    if len(_C0_CONTROL_BYTE.findall(data)) > 0.05 * len(data) + 1:
        raise TranslintError(f"{path}: not a text file (binary data)")
    utf8_bytes = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    if utf8_bytes > len(_HIGH_BYTE.findall(data)) / 2:
        raise TranslintError(f"{path}: cannot decode text (invalid UTF-8 at byte {first_error})")
    text = _western(data)
    if text is None:
        raise TranslintError(f"{path}: {_UNDECODABLE}")
    return text


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 text without BOM, recognised by a NUL in (nearly) every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    for encoding, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= 0.9 * half and other.count(0) <= 0.1 * half:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _western(data: bytes) -> str | None:
    """The Windows-1252 reading of ``data`` if it is plausibly Western text, else None.

    In English or French, letters outside ASCII are a few percent of all
    letters; Cyrillic or Greek single-byte text read as Windows-1252 is nearly
    all accented letters, and DOS or Mac French puts symbols inside words.
    charset-normalizer vetoes when it reads another encoding as clearly more
    coherent text; on short texts it is not confident about anything, and the
    letter tests decide.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = len(_LETTER.findall(text))
    if letters and len(_NON_ASCII_LETTER.findall(text)) > 0.3 * letters:
        return None
    misplaced = len(_MISPLACED_SYMBOL.findall(text))
    if misplaced >= 2 and misplaced > 0.1 * len(_NON_ASCII.findall(text)):
        return None
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return text
    western = next((m for m in matches if _WESTERN.intersection(m.could_be_from_charset)), None)
    if western is None:
        return None if best.coherence >= _CONFIDENT else text
    if western is not best and best.chaos <= western.chaos:
        return None if best.coherence > western.coherence + 0.1 else text
    return text
