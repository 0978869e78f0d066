"""The dictionary word lists of each language, built once and kept in the cache folder.

Several comparisons ask whether a word is an ordinary word of a language
(``is_dictionary_word``): the answer comes from the lemmatiser data shipped
with the spaCy pipelines (WordNet's index for English, the lemma lookup for
French). Reading it needs ``import spacy`` (a second and a half) and the
French table is keyed by spaCy's 64-bit string hashes, so a re-check that
finds every paragraph in the analysis cache would still pay for spaCy just
to answer that question.

So the lists are built once per installed pipeline and stored as a file
beside the analysis cache: ``wordlists-<lang>-<key>.bin``, where the key is
the analysis fingerprint (translint, spaCy and pipeline versions, the
pipeline's ``meta.json``, the analysis sources). Later runs read it in tens
of milliseconds and hash a candidate word with murmurhash's own ``hash64``
(the function spaCy's ``get_string_id`` calls, seed 1) through the C entry
point the murmurhash package exports, so no spaCy is imported. The few keys
spaCy maps to its symbol table instead of a hash (``mark``, ``case``) are
stored as words, so the answer is the same as spaCy's for every string.

Decisions:

* The file depends on installed packages only, never on a user's text, so it
  is kept even under ``--no-cache`` (which is about analyses of texts);
  ``translint cache clear`` deletes it with the rest.
* A file that is missing, truncated or unreadable is rebuilt; one that cannot
  be written is skipped silently: the lists are then rebuilt by the next run.
* Without the murmurhash entry point (another build of the package), lookups
  fall back to spaCy's own ``get_string_id``.
"""

from __future__ import annotations

import ctypes
import os
import struct
import tempfile
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MAGIC = b"translint-wordlists-1\n"
HEADER = struct.Struct("<QQ")  # bytes of the words, number of hashed forms
SPACY_SEED = 1  # spaCy's hash_utf8 seeds MurmurHash64A with 1
FILE_PATTERN = "wordlists-*.bin"  # what ``translint cache clear`` deletes with the database


@dataclass(frozen=True)
class WordLists:
    """A language's dictionary: words (lemmas, function words, symbol-keyed forms)
    and the spaCy string hashes of the inflected forms its lookup table lists."""

    words: frozenset[str]
    forms: frozenset[int]

    def knows(self, candidates: Iterable[str]) -> bool:
        """Whether any candidate is a word or a listed form."""
        candidates = tuple(candidates)
        if not self.words.isdisjoint(candidates):
            return True
        if not self.forms:
            return False
        hashed = string_hash()
        return any(hashed(c) in self.forms for c in candidates)


def encode(lists: WordLists) -> bytes:
    """The file's bytes: magic, sizes, newline-joined words, then the forms as u64."""
    words = "\n".join(sorted(lists.words)).encode("utf-8", "surrogatepass")
    forms = sorted(lists.forms)
    packed = struct.pack(f"<{len(forms)}Q", *forms)
    return MAGIC + HEADER.pack(len(words), len(forms)) + words + packed


def decode(data: bytes) -> WordLists | None:
    """The lists in ``data``, or None when it is not a whole file of this layout."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + HEADER.size:
        return None
    start = len(MAGIC) + HEADER.size
    size, count = HEADER.unpack_from(data, len(MAGIC))
    if len(data) != start + size + 8 * count:
        return None
    text = data[start : start + size].decode("utf-8", "surrogatepass")
    words = frozenset(text.split("\n")) if text else frozenset()
    forms = frozenset(struct.unpack_from(f"<{count}Q", data, start + size))
    return WordLists(words, forms)


def word_lists_path(folder: Path, lang: str, key: str) -> Path:
    return folder / f"wordlists-{lang}-{key}.bin"


def stored_word_lists(path: Path, build: Callable[[], WordLists]) -> WordLists:
    """The lists in ``path``; built with ``build`` and written there when absent or
    damaged, replacing the language's lists of other installs (``wordlists-LANG-*``),
    which nothing will read again."""
    try:
        found = decode(path.read_bytes())
    except OSError:
        found = None
    if found is not None:
        return found
    lists = build()
    _write_atomically(path, encode(lists))
    prefix = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{prefix}-*.bin"):
        if old != path:
            with suppress(OSError):
                old.unlink()
    return lists


def _write_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file renamed into place: a reader never sees half a
    file, and two processes building the same lists at once both leave a whole one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(name, path)
    except OSError:
        with suppress(OSError):  # the lists were computed; only their copy is lost
            os.unlink(name)


@cache
def string_hash() -> Callable[[str], int]:
    """spaCy's hash of a string (``get_string_id`` for any text not in its symbol table)."""
    hash64 = _murmurhash64()
    if hash64 is None:
        from spacy.strings import get_string_id

        return get_string_id

    def hashed(text: str) -> int:
        data = text.encode("utf-8", "surrogatepass")
        return int(hash64(data, len(data), SPACY_SEED))

    return hashed


def _murmurhash64() -> Callable[[bytes, int, int], int] | None:
    """murmurhash's ``hash64`` C function, from the capsule the package exports for Cython."""
    try:
        from murmurhash import mrmr

        capsule = mrmr.__pyx_capi__["hash64"]  # type: ignore[attr-defined]
        get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
        get_pointer.restype = ctypes.c_void_p
        get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
        pointer = get_pointer(capsule, b"uint64_t (void *, int, uint64_t)")
    except (ImportError, AttributeError, KeyError, ValueError):
        return None
    signature = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_char_p, ctypes.c_int, ctypes.c_uint64)
    return signature(pointer)
