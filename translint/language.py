"""Tell whether a document is English or French, from its function words.

Function words (articles, prepositions, pronouns, auxiliaries) make up a third
or more of any prose and differ between English and French, so counting them
is fast, needs no model, and works on technical text full of names and
commands. A word counts for a language when it is in that language's spaCy
stop-word list and not in the other's, or in its list of distinctive function
words (``translint.lang.<code>.text.FUNCTION_WORDS``). Elided French forms
(``l'``, ``d'``, ``qu'``) are words of their own.

In a text of ``SHORT_TEXT`` words or more, English evidence is discounted
(divided by ``BORROWED_DISCOUNT``): technical text in any language embeds
English (commands, product names, quoted titles, an untranslated
bibliography), while an English text rarely holds more than a French name or
two. URLs, e-mail addresses and paths are not words.

The decision refuses rather than guesses (``TranslintError``):

- text not written in the Latin alphabet;
- text that reads as another language: Spanish, German, Italian, Portuguese
  or Dutch function words of its own (spaCy's stop words for it that are
  neither English nor French: ``el``, ``los``, ``und``, ``della``) outnumber
  the English or French words that language lacks;
- text with too few English or French function words (a language we do not
  know, code, a list of names or numbers); a text under ``SHORT_TEXT`` words
  (a heading) is decided on one-sided evidence, French accents included, or
  called too short;
- text whose function words are nearly all shared with another language
  (``de``, ``la``, ``en``, ``un`` and no ``le``, ``les``, ``et``: Catalan);
- text where neither language clearly dominates (weighted, less than
  ``MIN_RATIO`` times the other).

Refusals for lack of evidence (too little text, too few function words, both
languages mixed) are ``LanguageUndecided``: a language given by the user may
settle them. Evidence of another language (another alphabet, Spanish words)
is a plain ``TranslintError``: a language option does not make Spanish French.

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
from translint.lang import LANGUAGES
from translint.model import Document, ParagraphKind

__all__ = [
    "LanguageScores",
    "LanguageUndecided",
    "check_file_name",
    "detect_language",
    "language_scores",
    "settle_language",
]

# Languages whose function words mark a text as "neither English nor French".
OTHER_LANGUAGES = {"es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese",
                   "nl": "Dutch"}  # fmt: skip
NAMES = {"en": "English", "fr": "French"}

# Stop words that are also ordinary words of the other language ("possible",
# "different", "part", "front"): they would count for the wrong side.
_SHARED_WORDS = frozenset(
    {"possible", "possibles", "different", "relative", "sent", "hi", "ha", "ho", "hue", "o",
     "na", "da", "es", "bat", "ca", "re", "part", "front", "due", "mine", "per", "show",
     "top", "bottom", "full", "empty", "side", "call", "name", "serious", "certain",
     "personne", "divers", "juste", "importe", "nul", "ni", "moins", "merci", "hors"}
)  # fmt: skip

MIN_EVIDENCE = 3  # function words needed to decide without other clues
SHORT_TEXT = 25  # words: below, a text may be a heading with no function word
MIN_COVERAGE = 0.03  # share of the words that must be English or French function words
MIN_EXCLUSIVE = 0.1  # share of the winner's function words that no other language has
MIN_RATIO = 1.5  # how much the winner must outweigh the other language (weighted)
# English function words count for 1/5: French technical text keeps English
# titles, commands and quotations; an English text keeps only French names.
BORROWED_DISCOUNT = {"en": 5.0}
# A book-length text is judged on evenly spaced slices of it: 30,000 words
# decide as surely as 300,000, at a tenth of the cost.
SAMPLE_CHARS = 200_000
SAMPLE_SLICES = 40

_NOT_PROSE = re.compile(r"\S*(?:://|@|/|[^\W_]\.[^\W\d_])\S*")
_WORD = re.compile(r"\b(?:[cdjlmnst]|qu)['’](?=[^\W\d_])|[^\W\d_]+", re.IGNORECASE)
_LATIN = re.compile(r"[a-zà-öø-ÿœæ']")
_FILE_NAME_TAG = re.compile(r"(?:^|\.)(en|fr)\.[A-Za-z0-9]+$", re.IGNORECASE)
_FRENCH_LETTERS = re.compile(r"[éèêëàâçùûüîïôœÉÈÊÀÇÔŒ]")


class LanguageUndecided(TranslintError):
    """The text does not say which language it is in; a given language may settle it."""


@dataclass(frozen=True)
class LanguageScores:
    """Counts behind a decision, for messages and tests."""

    words: int  # word tokens, URLs and paths left out
    latin_words: int  # of which written in the Latin alphabet
    scores: dict[str, int]  # "en"/"fr": its function words
    exclusive: dict[str, int]  # "en"/"fr": those no other listed language has
    others: dict[str, int]  # other language: its own function words
    others_distinct: dict[str, int]  # other language: how many different ones
    rivals: dict[str, int]  # other language: best "en"/"fr" count on words it lacks
    french_letters: int  # é, è, ç, œ...: French evidence in text too short for words


def detect_language(document_or_text: Document | str) -> str:
    """``"en"`` or ``"fr"`` for a document (or a text), or a ``TranslintError`` saying why not."""
    if isinstance(document_or_text, Document):
        text, label = _checked_text(document_or_text), f"{document_or_text.path}: "
    else:
        text, label = document_or_text, ""
    scores = language_scores(text)
    neither = f"{label}language is neither English nor French"
    too_little = (
        f"{label}too little text to tell English from French; "
        "give the language with --source-lang/--target-lang"
    )
    if scores.words == 0:
        raise LanguageUndecided(too_little)
    if scores.latin_words < 0.5 * scores.words:
        raise TranslintError(f"{neither} (it is not written in the Latin alphabet)")
    rival = _rival_language(scores)
    if rival is not None:
        raise TranslintError(f"{neither} (it looks like {OTHER_LANGUAGES[rival]})")
    en, fr = scores.scores["en"], scores.scores["fr"]
    if en + fr < MIN_EVIDENCE:
        if scores.words >= SHORT_TEXT:
            raise LanguageUndecided(f"{neither} (too few English or French function words)")
        # A heading or a line: decide only on one-sided evidence.
        if fr == 0 and en > 0 and scores.french_letters == 0:
            return "en"
        if en == 0 and (fr > 0 or scores.french_letters > 0):
            return "fr"
        raise LanguageUndecided(too_little)
    if en + fr < MIN_COVERAGE * scores.words:
        raise LanguageUndecided(
            f"{neither} (only {en + fr} of {scores.words} words are English or French "
            "function words)"
        )
    long_text = scores.words >= SHORT_TEXT
    weighted = {
        code: n / (BORROWED_DISCOUNT.get(code, 1.0) if long_text else 1.0)
        for code, n in scores.scores.items()
    }
    ranked = sorted(weighted, key=lambda code: weighted[code], reverse=True)
    if weighted[ranked[0]] < MIN_RATIO * weighted[ranked[1]]:
        raise LanguageUndecided(
            f"{label}cannot tell whether the text is English or French (it mixes both: "
            f"{en} English and {fr} French function words); "
            "give the language with --source-lang/--target-lang"
        )
    best = ranked[0]
    if long_text and scores.exclusive[best] < MIN_EXCLUSIVE * scores.scores[best]:
        # "de", "la", "en", "un" and nothing else: Spanish, Catalan, Romanian...
        raise TranslintError(
            f"{neither} (its {NAMES[best]} function words are shared with other languages)"
        )
    return best


def settle_language(document: Document, given: str | None) -> str:
    """The language of ``document``: detected, and checked against the one the user gave.

    A language the text contradicts is an error; one the text is too short
    (or too mixed) to confirm is trusted. Without a given language, a
    language tag in the file name (``NAME.fr.txt``, ``fr.html``) settles a text
    too short to tell.
    """
    claimed = given or language_of_file_name(document.path)
    try:
        detected = detect_language(document)
    except LanguageUndecided:
        if claimed is None:
            raise
        return claimed
    if given is not None and given != detected:
        raise TranslintError(
            f"{document.path}: the text is {NAMES[detected]}, "
            f"not {NAMES.get(given, given)} as the language option says"
        )
    return detected


def check_file_name(document: Document, hint: str = "") -> None:
    """Refuse a document whose file name's language tag its text contradicts.

    ``NAME.en.EXT`` / ``NAME.fr.EXT`` is how ``--pairs`` tells originals from
    translations; English text in ``article.fr.html`` is a mix-up (often two
    files swapped), not a French article. ``hint`` is added to the message.
    """
    tagged = language_of_file_name(document.path)
    if tagged is not None and document.lang is not None and tagged != document.lang:
        raise TranslintError(
            f"{document.path}: the text is {NAMES.get(document.lang, document.lang)}, "
            f"but the file name says {NAMES[tagged]}{hint}"
        )


def language_of_file_name(path: str) -> str | None:
    """``"en"``/``"fr"`` for ``NAME.en.EXT`` or a bare ``en.EXT``, else None."""
    match = _FILE_NAME_TAG.search(Path(path).name)
    return match.group(1).lower() if match else None


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
    prose = _NOT_PROSE.sub(" ", text)
    counts = Counter(m.group().lower().replace("’", "'") for m in _WORD.finditer(prose))
    markers = _markers()
    others = _other_markers()
    foreign = frozenset().union(*(stops for stops, _, _ in others.values()))
    return LanguageScores(
        words=sum(counts.values()),
        latin_words=sum(n for word, n in counts.items() if _LATIN.match(word)),
        scores={code: _count(counts, markers[code]) for code in LANGUAGES},
        exclusive={code: _count(counts, markers[code] - foreign) for code in LANGUAGES},
        others={code: _count(counts, own) for code, (_, own, _) in others.items()},
        others_distinct={
            code: sum(1 for word in counts if word in own) for code, (_, own, _) in others.items()
        },
        rivals={
            code: max(_count(counts, words) for words in lacking.values())
            for code, (_, _, lacking) in others.items()
        },
        french_letters=len(_FRENCH_LETTERS.findall(text)),
    )


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


@lru_cache(maxsize=1)
def _markers() -> dict[str, frozenset[str]]:
    """Per language: its distinctive stop words plus its listed function words."""
    stops = {code: _normalised(spacy_stop_words(code)) for code in LANGUAGES}
    markers = {}
    for code in LANGUAGES:
        others = frozenset().union(*(stops[c] for c in LANGUAGES if c != code))
        data = importlib.import_module(f"translint.lang.{code}.text")
        function_words = _normalised(data.FUNCTION_WORDS)
        markers[code] = (stops[code] - others - _SHARED_WORDS) | function_words
    return markers


@lru_cache(maxsize=1)
def _other_markers() -> dict[str, tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]]:
    """Per other language: its stop words, those that are its own, and ours it lacks.

    Spanish shares ``de``, ``la``, ``que``, ``en`` with French: a Spanish text
    is told apart by comparing its own words (``el``, ``los``, ``del``) with
    the French words Spanish does not have (``le``, ``les``, ``et``, ``est``).
    """
    ours = _markers()
    known = frozenset().union(*(_normalised(spacy_stop_words(c)) for c in LANGUAGES))
    known |= frozenset().union(*ours.values()) | _SHARED_WORDS
    result = {}
    for code in OTHER_LANGUAGES:
        stops = _normalised(spacy_stop_words(code))
        lacking = {lang: words - stops for lang, words in ours.items()}
        result[code] = (stops, stops - known, lacking)
    return result


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
    return frozenset(importlib.import_module(name).STOP_WORDS)
