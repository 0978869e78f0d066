"""Tell which registered language a document is in (English or French), from its function words.

Function words (articles, prepositions, pronouns, auxiliaries) make up a third
or more of any prose and differ between English and French, so counting them
is fast, needs no model, and works on technical text full of names and
commands. A word counts for a language when it is in that language's spaCy
stop-word list and not in another registered language's, or in its list of
distinctive function words (``TextData.function_words`` in ``translint.lang``).
Elided forms (French ``l'``, ``d'``, ``qu'``) are words of their own. The
decision is an argmax over the languages of ``translint.lang``: nothing here
names one.

In a text of ``SHORT_TEXT`` words or more, a language's evidence is divided
by its ``borrowed_discount`` (English: 5): technical text in any language
embeds English (commands, product names, quoted titles, an untranslated
bibliography), while an English text rarely holds more than a French name or
two. URLs, e-mail addresses and paths are not words.

The decision refuses rather than guesses (``TranslintError``):

- text not written in the Latin alphabet;
- text that reads as another language (``translint.lang.OTHER_LANGUAGES``):
  Spanish, German, Italian, Portuguese or Dutch function words of its own
  (spaCy's stop words for it that are neither English nor French: ``el``,
  ``los``, ``und``, ``della``) outnumber the English or French words that
  language lacks;
- text with too few English or French function words (a language we do not
  know, code, a list of names or numbers); a text under ``SHORT_TEXT`` words
  (a heading) is decided on one-sided evidence, a language's own letters
  (French accents) included, or called too short;
- text whose function words are nearly all shared with the other languages
  it shows words of (``de``, ``la``, ``en``, ``un`` beside Spanish ``el`` and
  Italian ``i``, and no ``le``, ``les``, ``et``: Catalan). A word shared with
  a language the text shows no word of is no doubt: ``le``, ``la``, ``de``,
  ``un``, ``des``, ``qui``, ``à``, ``l'`` are each Spanish, Italian, Portuguese
  or Dutch too, and a plain French sentence may hold nothing else;
- text where neither language clearly dominates (weighted, less than
  ``MIN_RATIO`` times the other).

Refusals for doubt (too little text, too few function words, both languages
mixed, words shared with other languages) are ``LanguageUndecided``. Evidence
of another language (another alphabet, Spanish words) is a plain
``TranslintError``.

A language the user gives (option or configuration), else a file name's
tag, is a claim that ``settle_language`` keeps unless the text *clearly*
contradicts it (``clearly_not``): most of its words in another alphabet, or
another language (registered or not) with at least ``MIN_EVIDENCE`` function
words the claimed language lacks and ``CLEAR_RATIO`` times as many as the
claimed language has that the other lacks (weighted as above). A doubtful
refusal, a weak lead of the other language, a few Spanish words in a French
text: the claim wins. A language option does not make a Spanish paragraph or
an English article French.

A document is judged on the text it will be checked on: for HTML, the readable
text of its paragraphs (not the scripts, styles, attributes and chrome of the
page); for the other formats, its whole text.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from translint.errors import TranslintError
from translint.lang import (
    Language,
    codes,
    language_name,
    languages,
    other_languages,
    pair_packages,
)
from translint.model import Document, ParagraphKind

__all__ = [
    "FunctionWords",
    "LanguageScores",
    "LanguageUndecided",
    "check_file_name",
    "clearly_not",
    "decide_language",
    "detect_language",
    "function_words",
    "language_scores",
    "settle_language",
]

MIN_EVIDENCE = 3  # function words needed to decide without other clues
SHORT_TEXT = 25  # words: below, a text may be a heading with no function word
MIN_COVERAGE = 0.03  # share of the words that must be English or French function words
MIN_EXCLUSIVE = 0.1  # share of the winner's function words that no other language has
MIN_RATIO = 1.5  # how much the winner must outweigh the other language (weighted)
CLEAR_RATIO = 3.0  # how much another language must outweigh a claimed one to contradict it
# A book-length text is judged on evenly spaced slices of it: 30,000 words
# decide as surely as 300,000, at a tenth of the cost.
SAMPLE_CHARS = 200_000
SAMPLE_SLICES = 40

_NOT_PROSE = re.compile(r"\S*(?:://|@|/|[^\W_]\.[^\W\d_])\S*")
_MAY_NOT_BE_PROSE = re.compile(r"[/@]|[^\W_]\.[^\W\d_]")  # what every _NOT_PROSE match holds
_LATIN = re.compile(r"[a-zà-öø-ÿœæ']")
# A language tag before the extension, after a name or alone ("NAME.TAG.txt", "TAG.txt").
_TAGGED = re.compile(
    r"^(?:(?P<stem>.+)\.)?(?P<tag>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\.(?P<ext>\w+)$"
)


class LanguageUndecided(TranslintError):
    """The text does not say which language it is in; a given language may settle it."""


@dataclass(frozen=True)
class LanguageScores:
    """Counts behind a decision, for messages and tests."""

    words: int  # word tokens, URLs and paths left out
    latin_words: int  # of which written in the Latin alphabet
    scores: dict[str, int]  # per registered language: its function words
    # per registered language: those that no other language the text shows words of has
    exclusive: dict[str, int]
    others: dict[str, int]  # other language: its own function words
    others_distinct: dict[str, int]  # other language: how many different ones
    rivals: dict[str, int]  # other language: best count of ours on words it lacks
    # other language -> registered language: that language's function words it lacks
    lacked: dict[str, dict[str, int]]
    letters: dict[str, int]  # per registered language: its own letters (French é, ç, œ...)


def detect_language(document_or_text: Document | str) -> str:
    """The code of a registered language for a document (or a text), or a
    ``TranslintError`` saying why not."""
    if isinstance(document_or_text, Document):
        text, label = _checked_text(document_or_text), f"{document_or_text.path}: "
    else:
        text, label = document_or_text, ""
    return decide_language(language_scores(text), label)


def decide_language(scores: LanguageScores, label: str = "") -> str:
    """The decision of ``detect_language`` on counted words; ``label`` starts its messages."""
    names = [record.name for record in languages()]
    neither = f"{label}language is {_neither(names)}"
    too_little = (
        f"{label}too little text to tell {' from '.join(names)}; "
        "give the language with --source-lang/--target-lang"
    )
    if scores.words == 0:
        raise LanguageUndecided(too_little)
    if scores.latin_words < 0.5 * scores.words:
        raise TranslintError(f"{neither} (it is not written in the Latin alphabet)")
    rival = _rival_language(scores)
    if rival is not None:
        raise TranslintError(f"{neither} (it looks like {other_languages()[rival]})")
    found = sum(scores.scores.values())
    if found < MIN_EVIDENCE:
        if scores.words >= SHORT_TEXT:
            raise LanguageUndecided(f"{neither} (too few {' or '.join(names)} function words)")
        return _one_sided(scores, too_little)
    if found < MIN_COVERAGE * scores.words:
        raise LanguageUndecided(
            f"{neither} (only {found} of {scores.words} words are {' or '.join(names)} "
            "function words)"
        )
    return _dominant(scores, label, neither)


def _neither(names: list[str]) -> str:
    """``neither English nor French``; with more languages, ``none of A, B or C``."""
    if len(names) == 2:
        return f"neither {names[0]} nor {names[1]}"
    return f"none of {', '.join(names[:-1])} or {names[-1]}"


def _one_sided(scores: LanguageScores, too_little: str) -> str:
    """A heading or a line: decided only when one language alone has evidence
    (its function words, or its own letters)."""
    evidence = [code for code, count in scores.scores.items() if count + scores.letters[code] > 0]
    if len(evidence) == 1:
        return evidence[0]
    raise LanguageUndecided(too_little)


def _dominant(scores: LanguageScores, label: str, neither: str) -> str:
    """The language whose weighted function words clearly outnumber every other's."""
    long_text = scores.words >= SHORT_TEXT
    records = {record.code: record for record in languages()}
    discounts = _discounts(scores)
    weighted = {code: n / discounts[code] for code, n in scores.scores.items()}
    ranked = sorted(weighted, key=lambda code: weighted[code], reverse=True)
    if weighted[ranked[0]] < MIN_RATIO * weighted[ranked[1]]:
        first, second = sorted(ranked[:2], key=list(weighted).index)
        raise LanguageUndecided(
            f"{label}cannot tell whether the text is {records[first].name} or "
            f"{records[second].name} (it mixes both: {scores.scores[first]} "
            f"{records[first].name} and {scores.scores[second]} {records[second].name} "
            "function words); give the language with --source-lang/--target-lang"
        )
    best = ranked[0]
    if long_text and scores.exclusive[best] < MIN_EXCLUSIVE * scores.scores[best]:
        # de, la, en, un beside el, els, i: Catalan. Doubt, not evidence of a language we know.
        raise LanguageUndecided(
            f"{neither} (its {records[best].name} function words are shared with other languages)"
        )
    return best


def settle_language(document: Document, given: str | None) -> str:
    """The language of ``document``: the one claimed, unless the text clearly contradicts it.

    The claim is the language the user gave (option or configuration), else the
    file name's tag (``NAME.fr.txt``, ``fr.html``). A claimed language wins over
    a doubtful detection (too little text, mixed, words shared with other
    languages, a weak lead of the other language); only a clear contradiction
    (``clearly_not``) is an error. A given language the text clearly
    contradicts is refused here; for a file name's tag, the detected language
    is returned and ``check_file_name`` says which file disagrees with its name.
    Without a claim, the detection decides.
    """
    claimed = given or language_of_file_name(document.path)
    scores = language_scores(_checked_text(document))
    try:
        detected = decide_language(scores, f"{document.path}: ")
    except LanguageUndecided:
        if claimed is None:
            raise
        return claimed
    except TranslintError:  # another alphabet, another language
        if claimed is None or clearly_not(scores, claimed):
            raise
        return claimed
    if claimed is None or detected == claimed or not clearly_not(scores, claimed):
        return claimed or detected
    if given is not None:
        raise TranslintError(
            f"{document.path}: the text is {language_name(detected)}, "
            f"not {language_name(given)} as the language option says"
        )
    return detected


def clearly_not(scores: LanguageScores, claimed: str) -> bool:
    """Whether the text clearly is not in ``claimed``: most of its words are in another
    alphabet, or another language (registered or not) has at least ``MIN_EVIDENCE``
    function words that ``claimed`` lacks and ``CLEAR_RATIO`` times as many as
    ``claimed`` has that it lacks (weighted as the detection weighs them).

    ``Welcome to the Conference de Montréal`` (two English words) does not contradict
    French; ``The cat is on the table.`` (three, against none) does, as do a Spanish
    paragraph (``el``, ``los``, ``y`` and no French word Spanish lacks) and an article.
    """
    if scores.words and scores.latin_words < 0.5 * scores.words:
        return True
    discounts = _discounts(scores)
    claimed_weight = scores.scores[claimed] / discounts[claimed]
    for code, count in scores.scores.items():
        if code != claimed and _clear(count, count / discounts[code], claimed_weight):
            return True
    return any(
        _clear(count, count, scores.lacked[code][claimed]) for code, count in scores.others.items()
    )


def _clear(count: int, weight: float, against: float) -> bool:
    return count >= MIN_EVIDENCE and weight >= CLEAR_RATIO * against


def _discounts(scores: LanguageScores) -> dict[str, float]:
    """What each registered language's function words are divided by: its
    ``borrowed_discount`` in a text of ``SHORT_TEXT`` words or more, else 1."""
    long_text = scores.words >= SHORT_TEXT
    return {r.code: r.borrowed_discount if long_text else 1.0 for r in languages()}


def check_file_name(document: Document, hint: str = "") -> None:
    """Refuse a document whose file name's language tag its text contradicts.

    ``NAME.en.EXT`` / ``NAME.fr.EXT`` is how ``--pairs`` tells originals from
    translations; English text in ``article.fr.html`` is a mix-up (often two
    files swapped), not a French article. ``hint`` is added to the message.
    """
    tagged = language_of_file_name(document.path)
    if tagged is not None and document.lang is not None and tagged != document.lang:
        raise TranslintError(
            f"{document.path}: the text is {language_name(document.lang)}, "
            f"but the file name says {language_name(tagged)}{hint}"
        )


def language_of_file_name(path: str) -> str | None:
    """The language code of ``NAME.TAG.EXT`` or a bare ``TAG.EXT``, else None."""
    tagged = file_name_tag(Path(path).name)
    return tagged[1] if tagged else None


def file_name_tag(name: str) -> tuple[str, str] | None:
    """``(NAME, code)`` for a file name ``NAME.TAG.EXT`` (``NAME`` empty for a bare
    ``TAG.EXT``) whose tag names a registered language, else None.

    One reading of tags for ``check`` (the file name's language) and ``--pairs``
    (which files pair): any case, a region ignored (``fr-CA``, ``fr_ca``, ``EN``).
    """
    match = _TAGGED.match(name)
    code = tag_language(match["tag"]) if match else None
    return ((match["stem"] or ""), code) if match and code else None


def tag_language(tag: str) -> str | None:
    """The code a language tag names (``fr-CA``, ``fr_ca``, ``EN``), or None."""
    code = re.split(r"[-_]", tag.lower(), maxsplit=1)[0]
    return code if code in codes() else None


def _checked_text(document: Document) -> str:
    """The text a document's language is judged on (see the module docstring)."""
    if document.format != "html":
        return document.text
    return "\n".join(p.content for p in document.paragraphs if p.kind is not ParagraphKind.CHROME)


def _rival_language(scores: LanguageScores) -> str | None:
    """Another language whose own function words outnumber ours on the words it lacks."""
    candidates = [
        code
        for code, count in scores.others.items()
        if count >= MIN_EVIDENCE
        and scores.others_distinct[code] >= 2
        and count > scores.rivals[code]
    ]
    return max(candidates, key=lambda code: scores.others[code], default=None)


def language_scores(text: str) -> LanguageScores:
    """Count the function words of each language in ``text`` (one pass over its words)."""
    text = _sample(text)
    counts = _word_counts(text)
    markers = _markers()
    others = _other_markers()
    own_counts = {code: _count(counts, own) for code, (_, own, _) in others.items()}
    # Only a language the text shows words of can be what our shared words belong to.
    foreign = frozenset().union(
        *(stops for code, (stops, _, _) in others.items() if own_counts[code] > 0)
    )
    lacked = {
        code: {ours: _count(counts, words) for ours, words in lacking.items()}
        for code, (_, _, lacking) in others.items()
    }
    return LanguageScores(
        words=sum(counts.values()),
        latin_words=sum(n for word, n in counts.items() if _LATIN.match(word)),
        scores={code: _count(counts, words) for code, words in markers.items()},
        exclusive={code: _count(counts, words - foreign) for code, words in markers.items()},
        others=own_counts,
        others_distinct={
            code: sum(1 for word in counts if word in own) for code, (_, own, _) in others.items()
        },
        rivals={code: max(found.values()) for code, found in lacked.items()},
        lacked=lacked,
        letters=_letter_counts(text),
    )


@dataclass(frozen=True)
class FunctionWords:
    """The words of a short text (a paragraph) and, per registered language, its function words."""

    words: int  # word tokens, URLs and paths left out
    scores: dict[str, int]  # per registered language: its function words, as ``LanguageScores``


def function_words(text: str) -> FunctionWords:
    """The function words of each registered language in ``text``, counted as
    ``language_scores`` counts them, without the rest of its evidence.

    For a paragraph: ``untranslated-paragraph`` asks whether one reads as the
    source language, and needs only these counts, for every paragraph of a text.
    """
    counts = _word_counts(text)
    return FunctionWords(
        words=sum(counts.values()),
        scores={code: _count(counts, words) for code, words in _markers().items()},
    )


def _word_counts(text: str) -> Counter[str]:
    """The words of ``text``, lower-cased, apostrophes straightened; URLs and paths left out."""
    # The URL pattern is the costly part: most paragraphs have nothing it could match.
    prose = _NOT_PROSE.sub(" ", text) if _MAY_NOT_BE_PROSE.search(text) else text
    return Counter(_word().findall(prose.lower().replace("’", "'")))


def _sample(text: str) -> str:
    """``text``, or ``SAMPLE_SLICES`` evenly spaced slices of it when it is longer than
    ``SAMPLE_CHARS``; a slice may cut a word at each end, which costs two words."""
    if len(text) <= SAMPLE_CHARS:
        return text
    width = SAMPLE_CHARS // SAMPLE_SLICES
    step = (len(text) - width) / (SAMPLE_SLICES - 1)
    return "\n".join(text[round(k * step) : round(k * step) + width] for k in range(SAMPLE_SLICES))


def _count(counts: Counter[str], vocabulary: frozenset[str]) -> int:
    return sum(n for word, n in counts.items() if word in vocabulary)


def _markers() -> dict[str, frozenset[str]]:
    return _markers_of(languages())


def _other_markers() -> dict[str, tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]]:
    return _other_markers_of(languages())


# The tables below are built once per set of registered languages (a test may
# register one more), hence cached on the registry's tuple.


@lru_cache(maxsize=4)
def _markers_of(records: tuple[Language, ...]) -> dict[str, frozenset[str]]:
    """Per language: its distinctive stop words plus its listed function words."""
    stops = {record.code: _normalised(spacy_stop_words(record.code)) for record in records}
    markers = {}
    for record in records:
        code = record.code
        others = frozenset().union(*(stops[c] for c in stops if c != code))
        function_words = _normalised(record.text.function_words)
        markers[code] = (stops[code] - others - _shared_words()) | function_words
    return markers


@lru_cache(maxsize=4)
def _other_markers_of(
    records: tuple[Language, ...],
) -> dict[str, tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]]:
    """Per other language: its stop words, those that are its own, and ours it lacks.

    Spanish shares ``de``, ``la``, ``que``, ``en`` with French: a Spanish text
    is told apart by comparing its own words (``el``, ``los``, ``del``) with
    the French words Spanish does not have (``le``, ``les``, ``et``, ``est``).
    """
    ours = _markers_of(records)
    known = frozenset().union(*(_normalised(spacy_stop_words(r.code)) for r in records))
    known |= frozenset().union(*ours.values()) | _shared_words()
    result = {}
    for code in other_languages():
        stops = _normalised(spacy_stop_words(code))
        lacking = {lang: words - stops for lang, words in ours.items()}
        result[code] = (stops, stops - known, lacking)
    return result


@cache
def _shared_words() -> frozenset[str]:
    """Stop words that are ordinary words of another language (pair data of ``translint.lang``)."""
    return frozenset().union(*(getattr(p, "SHARED_STOP_WORDS", ()) for p in pair_packages()))


@lru_cache(maxsize=4)
def _letters(records: tuple[Language, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per language with letters of its own, a pattern finding them."""
    return tuple(
        (record.code, re.compile(f"[{re.escape(record.text.letters)}]"))
        for record in records
        if record.text.letters
    )


def _letter_counts(text: str) -> dict[str, int]:
    counts = dict.fromkeys(codes(), 0)
    for code, pattern in _letters(languages()):
        counts[code] = len(pattern.findall(text))
    return counts


def _word() -> re.Pattern[str]:
    return _word_of(languages())


@lru_cache(maxsize=4)
def _word_of(records: tuple[Language, ...]) -> re.Pattern[str]:
    """A word: an elided form of any language (``l'``, ``qu'``), or a run of letters."""
    elisions = sorted({e for r in records for e in r.text.elisions}, key=lambda e: (-len(e), e))
    if not elisions:
        return re.compile(r"[^\W\d_]+", re.IGNORECASE)
    single = "".join(e for e in elisions if len(e) == 1)
    longer = [re.escape(e) for e in elisions if len(e) > 1]
    alternatives = "|".join([f"[{single}]"] * bool(single) + longer)
    return re.compile(rf"\b(?:{alternatives})['’](?=[^\W\d_])|[^\W\d_]+", re.IGNORECASE)


def _normalised(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower().replace("’", "'") for w in words)


@cache
def spacy_stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words for ``code``, read from their data module alone when possible.

    Importing ``spacy`` or a language of it (``spacy.lang.fr`` compiles its
    tokenizer exceptions) takes seconds; its stop-word lists are plain data
    modules that can be loaded on their own.
    """
    name = f"spacy.lang.{code}.stop_words"
    if name not in sys.modules:  # importing it would import spacy.lang.fr: seconds
        spec = importlib.util.find_spec("spacy")
        if spec is not None and spec.submodule_search_locations:
            path = Path(next(iter(spec.submodule_search_locations)), "lang", code, "stop_words.py")
            file_spec = importlib.util.spec_from_file_location(f"_translint_{code}_stop", path)
            if file_spec is not None and file_spec.loader is not None and path.is_file():
                module = importlib.util.module_from_spec(file_spec)
                try:
                    file_spec.loader.exec_module(module)
                    return frozenset(module.STOP_WORDS)
                except Exception:  # any failure: fall back to the regular import
                    pass
    try:
        return frozenset(importlib.import_module(name).STOP_WORDS)
    except ModuleNotFoundError:  # a language spaCy has no word list for: its own data suffice
        return frozenset()
