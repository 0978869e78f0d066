"""Target paragraphs still in the source language: the evidence ``untranslated-paragraph`` reads.

A paragraph left in English in a French file is told by the same evidence
that tells a document's language (``translint.language``): function words.
Each target paragraph is judged on its own prose, which is its readable text
without what a translation legitimately keeps in the original's language:

- quoted spans (a book's or a report's title, a quotation), between the
  quotation marks of any registered language (``TextData.quotes``);
- link texts (the title of a linked page, often an English resource), code
  spans, URLs and e-mail addresses, and, in Markdown or HTML, emphasised
  spans (``*The Art of Unix Programming*``, ``<cite>``): where titles go;
- tokens that are code (``--all``, ``$HOME``, ``a=b``, ``pam_unix``,
  ``the-package-of-the-day``).

What is left reads as the source language when it has at least ``MIN_WORDS``
words, at least ``MIN_EVIDENCE`` of the source language's function words
(``SENTENCE_EVIDENCE`` in a sentence, capital to full stop, with none of the
target language's), ``CLEAR_RATIO`` times as many as the target language's,
and they make at least ``MIN_SHARE`` of its words (prose, not a list of
commands that happens to hold ``and``). A heading or label of a few words, a list of names, a
command line or a path never does: it has too few function words to tell.
Nothing here names a language; the pair comes from the documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from translint.analysis.shielded import shield_of
from translint.lang import Language, languages
from translint.language import MIN_EVIDENCE, FunctionWords, function_words
from translint.model import AlignmentGroup, Paragraph, ParagraphKind
from translint.words import fold

MIN_WORDS = 5  # judged words: a heading or label of 1-4 words is never judged
CLEAR_RATIO = 3.0  # the source language must outweigh the target this many times
MIN_SHARE = 0.15  # share of the judged words that are source-language function words
SENTENCE_EVIDENCE = 2  # enough in a sentence with no function word of the target language
SENTENCE_END = re.compile(r"[.!?][)\]»”’\"']*\Z")
SAME_TEXT = 90  # rapidfuzz ratio from which a paragraph is its original's text, kept
SPACES = re.compile(r"\s+")
# Emphasis in a paragraph as written (Markdown ``*…*``/``_…_``, HTML ``<em>``,
# ``<i>``, ``<cite>``): where a title in another language is written.
EMPHASIS = re.compile(
    r"(?<![\w*])\*(?![\s*])[^*\n]+?(?<![\s*])\*(?![\w*])"
    r"|(?<![\w_])_(?![\s_])[^_\n]+?(?<![\s_])_(?![\w_])"
    r"|<(em|i|cite)\b[^>]*>.*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
# A token that is code, not prose: an option (``-f``, ``--all``), a variable
# (``$HOME``), an assignment, an identifier glued by ``_`` or by two hyphens or
# more (``the-package-of-the-day``); ``non-free`` is a word.
CODE_LIKE = re.compile(r"(?<!\S)(?:-\S*|\S*[_$=]\S*|[^\s-]+-[^\s-]+-\S+)")


@dataclass(frozen=True)
class Untranslated:
    """A target paragraph that reads as the source language, and the evidence."""

    target: int  # the target paragraph
    source: tuple[int, ...]  # its aligned source paragraphs; empty when unmatched
    source_words: int  # the source language's function words in its judged prose
    function_words: int  # the function words of any registered language in it
    same: bool  # its text is its aligned original's, (nearly) unchanged


def untranslated(
    source: Sequence[Paragraph],
    target: Sequence[Paragraph],
    alignment: Sequence[AlignmentGroup],
    source_lang: str,
    target_lang: str,
) -> tuple[Untranslated, ...]:
    """The target paragraphs that read as ``source_lang``, in document order."""
    group_of = {j: g for g in alignment for j in g.target}
    found = []
    for paragraph in target:
        if paragraph.kind is ParagraphKind.CHROME:
            continue
        # Cheap first: most paragraphs lack the evidence even before anything is masked.
        if function_words(paragraph.content).scores[source_lang] < SENTENCE_EVIDENCE:
            continue
        prose = judged_prose(paragraph)
        counts = function_words(prose)
        if not reads_as(counts, source_lang, target_lang, is_sentence(prose)):
            continue
        group = group_of.get(paragraph.index)
        originals = group.source if group is not None else ()
        found.append(
            Untranslated(
                paragraph.index,
                originals,
                counts.scores[source_lang],
                sum(counts.scores.values()),
                _same_text(paragraph, [source[i] for i in originals]),
            )
        )
    return tuple(found)


def reads_as(counts: FunctionWords, lang: str, other: str, sentence: bool = False) -> bool:
    """Whether a paragraph's counted words clearly read as ``lang`` rather than ``other``.

    A sentence (``is_sentence``) with none of ``other``'s function words needs
    only ``SENTENCE_EVIDENCE`` of ``lang``'s: « Solid state drive (SSD) is
    auto detected now. » is English, where a line of a listing with two
    (``64 = 0x40 - enable signaling of processes``) may be output.
    """
    ours, theirs = counts.scores[lang], counts.scores[other]
    needed = SENTENCE_EVIDENCE if sentence and theirs == 0 else MIN_EVIDENCE
    return (
        counts.words >= MIN_WORDS
        and ours >= needed
        and ours >= CLEAR_RATIO * theirs
        and ours >= MIN_SHARE * counts.words
    )


def is_sentence(prose: str) -> bool:
    """Whether a text reads as a sentence: from a capital letter to a full stop."""
    text = prose.strip()
    return text[:1].isalpha() and text[:1].isupper() and SENTENCE_END.search(text) is not None


def judged_prose(paragraph: Paragraph) -> str:
    """The paragraph's readable text with its quoted spans, link texts, code spans
    and code-like tokens, URLs and emphasised spans blanked out (offsets kept)."""
    content = paragraph.content
    spans = [m.span() for m in _quoted().finditer(content)]
    spans += [m.span() for m in CODE_LIKE.finditer(content)]
    spans += [(link.text_start, link.text_end) for link in paragraph.links]
    shield = shield_of(paragraph)
    spans += shield.in_content
    written = list(shield.in_text)
    if paragraph.plain is not None:
        written += [m.span() for m in EMPHASIS.finditer(paragraph.text)]
    spans += _in_content(paragraph, written)
    if not spans:
        return content
    kept = list(content)
    for start, end in spans:
        kept[start:end] = " " * (end - start)
    return "".join(kept)


def _in_content(
    paragraph: Paragraph, written: Sequence[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """The spans of ``content`` that stand for the spans ``written`` of ``text``."""
    if not written:
        return
    plain = paragraph.plain
    if plain is None:
        shift = paragraph.content_start
        for start, end in written:
            yield max(start - shift, 0), max(end - shift, 0)
        return
    pieces = plain.pieces
    for n, (offset, start, end) in enumerate(pieces):
        following = pieces[n + 1][0] if n + 1 < len(pieces) else len(plain.text)
        if any(a <= start and end <= b for a, b in written):
            yield offset, following


def _same_text(paragraph: Paragraph, originals: Sequence[Paragraph]) -> bool:
    """Whether the paragraph is its original's text, unchanged or nearly (a typo fixed)."""
    if not originals:
        return False
    mine = SPACES.sub(" ", fold(paragraph.content)).strip()
    theirs = SPACES.sub(" ", fold(" ".join(p.content for p in originals))).strip()
    return fuzz.ratio(mine, theirs) >= SAME_TEXT


def _quoted() -> re.Pattern[str]:
    return _quoted_of(languages())


@lru_cache(maxsize=4)
def _quoted_of(records: tuple[Language, ...]) -> re.Pattern[str]:
    """A quoted span, between the quotation marks of any registered language."""
    pairs = sorted({pair for record in records for pair in record.text.quotes})
    if not pairs:
        return re.compile(r"(?!)")
    alternatives = (
        f"{re.escape(opening)}[^{re.escape(closing)}]*{re.escape(closing)}"
        for opening, closing in pairs
    )
    return re.compile("|".join(alternatives))
