"""translint: check a translated article against its original.

The public API is one function per command, typed (the package ships
``py.typed``) and kept as stable as the command line:

- ``check(source, target, options=None) -> Report``: what ``translint check`` does;
- ``check_site(directory, options=None) -> SiteReport``: ``check --pairs``;
- ``align_files(source, target, options=None) -> Report``: the alignment only;
- ``read_one(path, lang=None) -> Document``: one file read and split as ``check``
  reads it; ``figures_in(path, lang=None)``: the figures of each paragraph;
- ``Options``, and the plain frozen records the functions return: ``Report``,
  ``Finding``, ``Location``, ``Document``, ``Paragraph``; every error meant for a
  user is a ``TranslintError``.

The stages run in one direction: read -> segment -> analyse -> align -> check -> report.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from translint.config import Options
from translint.errors import TranslintError
from translint.lang import language_name
from translint.model import Document, DocumentInfo, Figure, Finding, Location, Paragraph, Report

if TYPE_CHECKING:
    import numpy as np

    from translint.compare.rendered import Embedder
    from translint.glossary import Glossary
    from translint.model import Alignment, AnalysedDocument
    from translint.site import SiteReport, check_site
    from translint.terminology import PairTerms, SiteTerms

# The one place the version is written: pyproject.toml reads it from here, and
# ``translint --version`` prints it without importing importlib.metadata.
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """``check_site`` and ``SiteReport`` are imported on first use: the site run's
    modules (terminology, every rule) are not needed to start the command line."""
    if name in ("check_site", "SiteReport"):
        from translint import site

        return getattr(site, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def check(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    options: Options | None = None,
    *,
    site_terms: SiteTerms | None = None,
) -> Report:
    """Check ``target`` as a translation of ``source``; with ``site_terms`` (what a
    whole site established, ``observe_terms`` and ``translint.terminology.learn``),
    against the site's terminology too."""
    return _run(source, target, options or Options(), with_rules=True, site_terms=site_terms)


def observe_terms(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    options: Options | None = None,
) -> PairTerms:
    """How the pair renders its acronyms, introduced names and short segments: what
    a site run learns from each pair before checking any (``translint.terminology``)."""
    options = options or Options()
    if not options.cache:
        return _observed(source, target, options)
    from translint.recheck import report_key, through_cache
    from translint.terminology import PairTerms

    key = report_key(source, target, options, purpose="terms")
    return through_cache(key, PairTerms, lambda: _observed(source, target, options))


def _observed(
    source: str | os.PathLike[str], target: str | os.PathLike[str], options: Options
) -> PairTerms:
    from translint.rules import Context

    glossary = _glossary(options)
    source_analysed, target_analysed, alignment = _analysed(source, target, options)
    context = Context(source_analysed, target_analysed, alignment.groups, glossary=glossary)
    return context.term_renderings


def align_files(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    options: Options | None = None,
) -> Report:
    """The paragraph alignment of a pair, as a report without findings."""
    return _run(source, target, options or Options(), with_rules=False)


def _run(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    options: Options,
    with_rules: bool,
    site_terms: SiteTerms | None = None,
) -> Report:
    if not (with_rules and options.cache):
        return _fresh(source, target, options, with_rules, site_terms)
    from translint.recheck import report_key, through_cache

    key = report_key(source, target, options, site_terms)
    return through_cache(
        key, Report, lambda: _fresh(source, target, options, with_rules, site_terms)
    )


def _fresh(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    options: Options,
    with_rules: bool,
    site_terms: SiteTerms | None,
) -> Report:
    """The report computed: read, analyse, align and, ``with_rules``, check."""
    from translint.rules import Context
    from translint.rules.run import run_rules

    glossary = _glossary(options) if with_rules else None
    source_analysed, target_analysed, alignment = _analysed(source, target, options)
    source_doc, target_doc = source_analysed.document, target_analysed.document
    findings: tuple[Finding, ...] = ()
    if with_rules:
        context = Context(
            source_analysed,
            target_analysed,
            alignment.groups,
            alignment.moves,
            glossary=glossary,
            meaning=_meaning(options),
            typography=options.typography,
            site=site_terms,
        )
        findings = tuple(_placed(f, source_doc, target_doc) for f in run_rules(context, options))
    return Report(
        _info(source_doc),
        _info(target_doc),
        alignment.groups,
        findings,
        moves=alignment.moves,
        source_document=source_doc,
        target_document=target_doc,
    )


def _glossary(options: Options) -> Glossary | None:
    """The user's glossary, read before anything else: a bad glossary fails fast."""
    if options.glossary is None:
        return None
    from translint.glossary import load_glossary

    return load_glossary(options.glossary)


def _analysed(
    source: str | os.PathLike[str], target: str | os.PathLike[str], options: Options
) -> tuple[AnalysedDocument, AnalysedDocument, Alignment]:
    """Both files read, analysed and aligned, through the cache."""
    from translint.align import align
    from translint.analysis import analyse
    from translint.cache import open_cache

    source_doc, target_doc = read_pair(source, target, options)
    with open_cache(options.cache) as cache:
        source_analysed = analyse(source_doc, cache)
        target_analysed = analyse(target_doc, cache)
        alignment = align(source_analysed, target_analysed, semantic=options.semantic, cache=cache)
    return source_analysed, target_analysed, alignment


def read_pair(
    source: str | os.PathLike[str], target: str | os.PathLike[str], options: Options
) -> tuple[Document, Document]:
    """Read both files and settle their languages (given, or detected and checked)."""
    from dataclasses import replace

    from translint.language import check_file_name, settle_language
    from translint.read import read_document

    documents = []
    for path, given in ((source, options.source_lang), (target, options.target_lang)):
        document = read_document(path, options.metadata_fields)
        documents.append(replace(document, lang=settle_language(document, given)))
    source_doc, target_doc = documents
    if source_doc.lang == target_doc.lang:
        name = language_name(source_doc.lang)
        raise TranslintError(
            f"{target_doc.path}: both files are in {name}; the target must be the other language"
        )
    if options.source_lang is None:
        check_file_name(source_doc, "; are the source and target swapped?")
    if options.target_lang is None:
        check_file_name(target_doc, "; are the source and target swapped?")
    return source_doc, target_doc


def read_one(path: str | os.PathLike[str], lang: str | None = None) -> Document:
    """Read one file and settle its language (given, or detected and checked)."""
    from dataclasses import replace

    from translint.language import check_file_name, settle_language
    from translint.read import read_document

    document = read_document(path)
    document = replace(document, lang=settle_language(document, lang))
    if lang is None:
        check_file_name(document)
    return document


def figures_in(
    path: str | os.PathLike[str], lang: str | None = None
) -> tuple[Document, list[tuple[int, tuple[Figure, ...]]]]:
    """The figures of every paragraph of one file: what ``translint figures`` shows."""
    from translint.analysis.figures import figures_of_paragraph
    from translint.model import ParagraphKind

    document = read_one(path, lang)
    assert document.lang is not None
    found = []
    for paragraph in document.paragraphs:
        if paragraph.kind is ParagraphKind.CHROME:
            continue
        figures = figures_of_paragraph(paragraph, document.lang)
        if figures:
            found.append((paragraph.index, figures))
    return document, found


def _placed(finding: Finding, source: Document, target: Document) -> Finding:
    """The finding with the line and column of each of its locations in its file."""
    from dataclasses import replace

    from translint.report.positions import region_of

    def placed(location: Location | None, document: Document) -> Location | None:
        if location is None:
            return None
        region = region_of(document, location)
        return replace(location, line=region.start_line, column=region.start_column)

    return replace(
        finding, source=placed(finding.source, source), target=placed(finding.target, target)
    )


def _meaning(options: Options) -> Embedder | None:
    """The sentence encoder for the rules, unless the check is lexical only:
    what the aligner may not read, the name checks may not either. It reads and
    stores vectors in the cache, as the aligner does, so that a re-check encodes
    only the sentences it has not seen (the sentence rules encode many)."""
    from translint.align.semantic import available

    if not (options.semantic and available()):
        return None
    return partial(_cached_embedding, options.cache)


def _cached_embedding(enabled: bool, texts: Sequence[str]) -> np.ndarray | None:
    """``embed`` through the cache for one call (the rules' calls are few and large)."""
    from translint.align.semantic import embed
    from translint.cache import open_cache

    with open_cache(enabled) as cache:
        return embed(texts, cache)


def _info(document: Document) -> DocumentInfo:
    return DocumentInfo(document.path, document.lang or "", len(document.paragraphs))


__all__ = [
    "Document",
    "Finding",
    "Location",
    "Options",
    "Paragraph",
    "Report",
    "SiteReport",
    "TranslintError",
    "__version__",
    "align_files",
    "check",
    "check_site",
    "figures_in",
    "observe_terms",
    "read_one",
    "read_pair",
]
