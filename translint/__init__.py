"""translint: check a translated article against its original.

The public API is one function per command: ``check`` gives a ``Report`` for
a pair of files, ``align_files`` only their paragraph alignment. The stages
run in one direction: read -> segment -> analyse -> align -> check -> report.
"""

from __future__ import annotations

import os
from importlib.metadata import PackageNotFoundError, version

from translint.config import Options
from translint.errors import TranslintError
from translint.lang import LANGUAGE_NAMES
from translint.model import Document, DocumentInfo, Figure, Finding, Report

try:
    __version__ = version("translint")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0+unknown"


def check(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    options: Options | None = None,
) -> Report:
    """Check ``target`` as a translation of ``source``."""
    return _run(source, target, options or Options(), with_rules=True)


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
) -> Report:
    from translint.align import align
    from translint.analyse import analyse
    from translint.checks import run_rules
    from translint.rules import Context

    glossary = None
    if with_rules and options.glossary is not None:
        from translint.glossary import load_glossary

        glossary = load_glossary(options.glossary)  # first: a bad glossary fails fast
    source_doc, target_doc = read_pair(source, target, options)
    source_analysed = analyse(source_doc)
    target_analysed = analyse(target_doc)
    alignment = align(source_analysed, target_analysed, semantic=options.semantic)
    findings: tuple[Finding, ...] = ()
    if with_rules:
        context = Context(
            source_analysed, target_analysed, alignment.groups, alignment.moves, glossary=glossary
        )
        findings = run_rules(context, options)
    return Report(
        _info(source_doc),
        _info(target_doc),
        alignment.groups,
        findings,
        moves=alignment.moves,
        source_document=source_doc,
        target_document=target_doc,
    )


def read_pair(
    source: str | os.PathLike[str], target: str | os.PathLike[str], options: Options
) -> tuple[Document, Document]:
    """Read both files and settle their languages (given, or detected)."""
    from dataclasses import replace

    from translint.language import detect_language
    from translint.read import read_document

    documents = []
    for path, given in ((source, options.source_lang), (target, options.target_lang)):
        document = read_document(path)
        try:
            detected = detect_language(document)
        except TranslintError:
            # Too little text to tell: a language given on the command line settles it.
            if given is None:
                raise
            detected = given
        if given is not None and given != detected:
            raise TranslintError(
                f"{document.path}: the text is {LANGUAGE_NAMES.get(detected, detected)}, "
                f"not {LANGUAGE_NAMES.get(given, given)} as the language option says"
            )
        documents.append(replace(document, lang=detected))
    source_doc, target_doc = documents
    if source_doc.lang == target_doc.lang:
        name = LANGUAGE_NAMES.get(source_doc.lang or "", source_doc.lang)
        raise TranslintError(
            f"{target_doc.path}: both files are in {name}; the target must be the other language"
        )
    return source_doc, target_doc


def read_one(path: str | os.PathLike[str], lang: str | None = None) -> Document:
    """Read one file and settle its language (given, or detected)."""
    from dataclasses import replace

    from translint.language import detect_language
    from translint.read import read_document

    document = read_document(path)
    return replace(document, lang=lang or detect_language(document))


def figures_in(
    path: str | os.PathLike[str], lang: str | None = None
) -> tuple[Document, list[tuple[int, tuple[Figure, ...]]]]:
    """The figures of every paragraph of one file: what ``translint figures`` shows."""
    from translint.figures import figures_of_paragraph
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


def _info(document: Document) -> DocumentInfo:
    return DocumentInfo(document.path, document.lang or "", len(document.paragraphs))


__all__ = [
    "Options",
    "Report",
    "TranslintError",
    "__version__",
    "align_files",
    "check",
    "figures_in",
    "read_one",
    "read_pair",
]
