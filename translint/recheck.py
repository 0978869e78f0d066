"""Re-checks of unchanged pairs: the whole report read back from the cache.

An editor runs ``translint check`` again and again while fixing an article;
between two runs most often nothing changed, or only the report's format
did. A report depends on nothing but the two files, the options, the
glossary, what the site established (in a site run) and the installed code,
so it is stored in the cache under a hash of exactly those, and a re-check
of the same inputs prints the stored report without reading, analysing,
aligning or checking anything: no spaCy, no rules, not even their imports.

The key (``report_key``) hashes:

* the layout of this key and of the stored value (``LAYOUT``);
* translint's version and the bytes of every file of the package (code,
  language data, the official acronym tables): editing any of them during
  development makes every stored report a miss;
* Python's version and the versions of every distribution translint
  requires (spaCy and its pipelines, Babel's CLDR data, the sentence
  encoder, the readers);
* both paths as given (the report names them) and both files' bytes;
* every option but ``cache``, in a canonical encoding, and the bytes of the
  glossary the options name;
* in a site run, the site's established terminology (``SiteTerms``).

Decisions:

* Only checks are stored (``check``, and each pair of ``check --pairs``, whose
  first pass's terms are stored the same way, as ``terms``): ``align`` and
  ``figures`` are cheap once their paragraphs are cached.
* Standard input is copied into a temporary folder whose name changes every
  run, so its reports are never found again; its paragraphs still are.
* A file that cannot be read gives no key: the check then runs and reports
  the problem as it always does. Errors are never stored.
* The value is the report encoded by ``translint.codec`` and compressed:
  documents included, since the text and HTML reports show them.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import zlib
from collections.abc import Callable
from dataclasses import fields
from functools import cache
from importlib.metadata import PackageNotFoundError, requires
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from translint import codec
from translint.config import Options

if TYPE_CHECKING:
    from translint.cache import Cache
    from translint.terminology import SiteTerms

LAYOUT = 1
Stored = TypeVar("Stored")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def report_key(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    options: Options,
    site_terms: SiteTerms | None = None,
    purpose: str = "report",
) -> bytes | None:
    """The cache key of checking ``target`` against ``source`` (``purpose``: the
    ``report``, or the ``terms`` a site run's first pass observes); None when a file
    cannot be read (the check itself will say why)."""
    digest = hashlib.blake2b(installed_fingerprint(), digest_size=16)
    _add(digest, purpose.encode())
    try:
        for path in (source, target):
            _add(digest, os.fsencode(path), Path(path).read_bytes())
        if options.glossary is not None:
            _add(digest, os.fsencode(options.glossary), Path(options.glossary).read_bytes())
    except OSError:
        return None
    wanted = [codec.encode(getattr(options, f.name)) for f in fields(options) if f.name != "cache"]
    _add(digest, codec.dumps(wanted), codec.dumps(site_terms))
    return digest.digest()


def stored(cache: Cache | None, key: bytes | None, kind: type[Stored]) -> Stored | None:
    """The record of type ``kind`` stored under ``key``; None when absent or not of
    this layout (a miss, never an error)."""
    if cache is None or key is None:
        return None
    value = cache.stored_report(key)
    if value is None:
        return None
    try:
        found: Stored = codec.loads(zlib.decompress(value), kind)
    except (zlib.error, codec.Undecodable):
        return None
    return found


def store(cache: Cache | None, key: bytes | None, record: object) -> None:
    if cache is not None and key is not None:
        cache.store_report(key, zlib.compress(codec.dumps(record), 1))


def through_cache(key: bytes | None, kind: type[Stored], compute: Callable[[], Stored]) -> Stored:
    """The record stored under ``key``, or ``compute()``'s, stored for next time.

    The cache is opened for the lookup and again for the store, not held while
    computing: a site run's workers would otherwise keep it open for minutes."""
    from translint.cache import open_cache

    with open_cache() as cache:
        found = stored(cache, key, kind)
    if found is None:
        found = compute()
        with open_cache() as cache:
            store(cache, key, found)
    return found


@cache
def installed_fingerprint() -> bytes:
    """What the installed code decides about every report: translint's files and
    version, Python's, and the versions of the distributions it requires."""
    from translint.cache import sources_digest, versions

    parts = [f"report layout {LAYOUT}", sys.version, sources_digest((".",))]
    parts.append(versions(["translint", *_requirements()]))
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).digest()


def _requirements() -> list[str]:
    """The distributions translint requires outside its extras, by name."""
    try:
        declared = requires("translint") or []
    except PackageNotFoundError:  # a source tree that was never installed
        return []
    names = [_NAME.match(r) for r in declared if "extra ==" not in r]
    return sorted({m.group(0).lower() for m in names if m})


def _add(digest: hashlib.blake2b, *parts: bytes) -> None:
    """Add each part with its length, so that no two inputs hash alike by regrouping."""
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
