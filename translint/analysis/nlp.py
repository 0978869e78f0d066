"""spaCy pipelines and named entities.

Pipelines are resolved by name at run time and loaded once per process with
only the ``ner`` component: in both small pipelines the entity recogniser has
its own embedding layer, so the tagger, parser and lemmatiser are dead weight.
Paragraphs are fed separately (``nlp.pipe``), so an entity never spans two
paragraphs.

A paragraph longer than ``PIECE_CHARS`` (a whole book on one line) is fed in
consecutive pieces, cut at the last sentence end before the bound, else at
the last space, else at the bound: spaCy refuses a text over its
``max_length`` (a million characters), and the recogniser's memory grows
with the characters of a batch (64 pieces of 10,000 characters peak at about
0.6 GB with the small English pipeline; 16 of 100,000 at 4 GB). The pieces' entity
offsets are shifted back into the paragraph; a paragraph within the bound is
fed whole, as one text, exactly as before.
"""

from __future__ import annotations

import bisect
import importlib.util
import re
import sys
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from translint.errors import TranslintError
from translint.lang import Language as LanguageRecord
from translint.lang import language, languages
from translint.model import Entity, EntityLabel, Paragraph
from translint.words import fold

if TYPE_CHECKING:
    from spacy.language import Language

    from translint.analysis.wordlists import WordLists

# spaCy's English (OntoNotes) and French (WikiNER) label sets mapped onto ours.
# Numeric labels (DATE, CARDINAL, MONEY, ...) are dropped: figures handle those.
LABELS: dict[str, EntityLabel] = {
    "PERSON": EntityLabel.PERSON,
    "PER": EntityLabel.PERSON,
    "ORG": EntityLabel.ORG,
    "GPE": EntityLabel.PLACE,
    "LOC": EntityLabel.PLACE,
    "FAC": EntityLabel.PLACE,
    "NORP": EntityLabel.MISC,
    "MISC": EntityLabel.MISC,
    "EVENT": EntityLabel.MISC,
    "PRODUCT": EntityLabel.MISC,
    "WORK_OF_ART": EntityLabel.MISC,
    "LAW": EntityLabel.MISC,
    "LANGUAGE": EntityLabel.MISC,
}

# Characters of the longest text fed to the recogniser at once (see the module docstring).
PIECE_CHARS = 10_000
# Where a piece may end: after a sentence's final punctuation (and closing quotes or
# brackets) and the spaces after it; failing that, after any run of spaces.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'»”’)\]]*\s+")
_SPACES = re.compile(r"\s+")

# Two or more capitals (digits and & allowed inside): QKBA, KRISS, R&D, MP3 is not (one capital).
ACRONYM = re.compile(r"(?<![\w&/.-])[A-Z][A-Z0-9&]*[A-Z][A-Z0-9]*s?(?![\w&/-])")
TRAILING_NOISE = re.compile(r"(?:[’']s|[’'])?[\s•\-–,.;:()\[\]]*$")
ELISION_ONLY = re.compile(r"^\w{1,2}[’']$")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=4)
def _leading_noise(records: tuple[LanguageRecord, ...]) -> re.Pattern[str]:
    """Titles, articles and elided articles that NER glues to the front of names.

    A word is noise only when a space, its elision or its abbreviating dot ends
    it: ``de Debian`` loses ``de``, not ``De`` of ``Debian`` too. The words are
    every registered language's (an English title in a French text is noise
    too); which alternative is tried first cannot change a match, since each
    must be followed by what no longer one starts with.
    """
    words, elided, dotted = set(), set(), set()
    for record in records:
        data = record.text
        words |= {w.lower() for w in data.name_articles}
        elided |= {e.lower() for e in data.elided_articles}
        for title in (*data.personal_titles, *data.name_titles):
            stem = title.lower().removesuffix(".")
            if title.endswith("."):
                dotted.add(re.escape(stem))
            if len(stem) > 1:
                words.add(re.escape(stem))
    parts = [rf"(?:{_alternation(words)})\s+"]
    if elided:
        parts.append(rf"[{''.join(sorted(elided))}][’']\s*")
    if dotted:
        parts.append(rf"(?:{_alternation(dotted)})\.\s*")
    return re.compile(rf"^(?:(?:{'|'.join(parts)}))+", re.IGNORECASE)


@lru_cache(maxsize=4)
def _personal_title(records: tuple[LanguageRecord, ...]) -> re.Pattern[str]:
    """A personal title right before a name makes it a person, whatever the recogniser
    said (the French pipeline tags ``Dr Yonkyu Park`` as MISC). A one-letter
    abbreviation needs its dot, a longer one may go without."""
    titles = set()
    for record in records:
        for title in record.text.personal_titles:
            stem = re.escape(title.lower().removesuffix("."))
            if not title.endswith("."):
                titles.add(stem)
            else:
                titles.add(stem + (r"\." if len(stem) == 1 else r"\.?"))
    return re.compile(rf"(?:^|\s)(?:{_alternation(titles)})\s*$", re.IGNORECASE)


def pipeline_name(lang: str) -> str:
    """The installed pipeline translint uses for ``lang``."""
    record = language(lang)
    for name in record.pipelines:
        if importlib.util.find_spec(name) is not None:
            return name
    raise TranslintError(
        f"no spaCy pipeline for {record.name} is installed; fix it with: {record.install}"
    )


@cache
def pipeline(lang: str) -> Language:
    """Load the pipeline for ``lang`` once per process, entity recogniser only."""
    import spacy

    name = pipeline_name(lang)
    try:
        nlp = spacy.load(name, exclude=_not_ner(name))
    except (OSError, ValueError, ImportError) as error:
        raise TranslintError(
            f"spaCy pipeline {name} cannot be loaded ({error}); "
            f"reinstall it with: {language(lang).install}"
        ) from error
    return nlp


def _not_ner(name: str) -> list[str]:
    import spacy

    components = spacy.util.get_model_meta(spacy.util.get_package_path(name)).get("components", [])
    return [c for c in components if c != "ner"]


def entities_of(
    paragraphs: Sequence[Paragraph], lang: str, piece_chars: int = PIECE_CHARS
) -> list[tuple[Entity, ...]]:
    """Named entities of each paragraph, in paragraph order (``analyse`` leaves chrome out).

    A paragraph longer than ``piece_chars`` (or the pipeline's ``max_length``)
    goes to the recogniser in pieces (``pieces_of``).
    """
    spans = recognised_spans([p.content for p in paragraphs], pipeline(lang), piece_chars)
    return [tuple(_entities(p, found)) for p, found in zip(paragraphs, spans, strict=True)]


def recognised_spans(
    texts: Sequence[str], nlp: Language, piece_chars: int = PIECE_CHARS
) -> list[list[tuple[int, int, str]]]:
    """The recogniser's ``(start, end, label)`` spans of each text, offsets into that text.

    Every text's pieces go through one ``nlp.pipe``, in order; a text within the
    bound is one piece, the text itself.
    """
    bound = max(1, min(piece_chars, nlp.max_length))
    cuts = [pieces_of(text, bound) for text in texts]
    docs = iter(nlp.pipe((piece for pieces in cuts for _, piece in pieces), batch_size=64))
    found: list[list[tuple[int, int, str]]] = []
    for pieces in cuts:
        spans = []
        for offset, _ in pieces:
            doc = next(docs)
            spans.extend((offset + e.start_char, offset + e.end_char, e.label_) for e in doc.ents)
        found.append(spans)
    return found


def pieces_of(text: str, bound: int) -> list[tuple[int, str]]:
    """``text`` as consecutive ``(offset, piece)`` of at most ``bound`` characters each
    (``bound`` > 0): cut after the last sentence end that fits, else after the last
    space, else at the bound. A text within the bound is one piece, itself."""
    if len(text) <= bound:
        return [(0, text)]
    pieces = []
    start = 0
    while len(text) - start > bound:
        window = text[start : start + bound]
        cut = _last_end(_SENTENCE_END, window) or _last_end(_SPACES, window) or bound
        pieces.append((start, window[:cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _last_end(pattern: re.Pattern[str], window: str) -> int:
    """Where the last match of ``pattern`` in ``window`` ends, or 0 without one."""
    end = 0
    for match in pattern.finditer(window):
        end = match.end()
    return end


def _entities(paragraph: Paragraph, spans: Iterable[tuple[int, int, str]]) -> list[Entity]:
    """Clean spaCy's spans and add acronyms, with offsets into ``paragraph.text``."""
    content = paragraph.content
    entities: list[Entity] = []
    taken: list[tuple[int, int]] = []
    shouting = mostly_capitals(content)
    if not shouting:
        for match in ACRONYM.finditer(content):
            text = match.group().removesuffix("s") if match.group().endswith("s") else match.group()
            start = match.start()
            span = paragraph.text_span(start, start + len(text))
            entities.append(Entity(text, *span, EntityLabel.ACRONYM, text))
            taken.append((start, start + len(text)))
    for start, end, label in spans:
        kind = LABELS.get(label)
        if kind is None:
            continue
        original = start
        start, end = _trim(content, start, end)
        if end <= start:
            continue
        if kind in (EntityLabel.MISC, EntityLabel.ORG) and _personal_title(languages()).search(
            content[max(0, original - 12) : start]
        ):
            kind = EntityLabel.PERSON
        text = content[start:end]
        if not _is_name(text) or _inside(taken, start, end):
            continue
        entities.append(Entity(text, *paragraph.text_span(start, end), kind, fold(text)))
    entities.sort(key=lambda e: e.start)
    return entities


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` (not empty) lies inside one of ``spans``, which are sorted and
    do not overlap (acronym matches): only the last span starting at or before ``start``
    can hold it. A bisection, not a scan: a book on one line has thousands of both."""
    at = bisect.bisect_right(spans, (start, sys.maxsize)) - 1
    return at >= 0 and end <= spans[at][1]


def _trim(content: str, start: int, end: int) -> tuple[int, int]:
    """Drop titles, articles, possessives, bullets and line breaks around a span."""
    text = content[start:end]
    cut = text.find("\n")
    if cut >= 0:
        text = text[:cut]
    lead = _leading_noise(languages()).match(text)
    if lead:
        start += lead.end()
        text = text[lead.end() :]
    tail = TRAILING_NOISE.search(text)
    if tail:
        text = text[: tail.start()]
    return start, start + len(text)


def _is_name(text: str) -> bool:
    """A name has a capital letter, is not an elision fragment and not a lone short word."""
    if ELISION_ONLY.match(text) or len(text) < 2:
        return False
    return any(c.isupper() for c in text)


def mostly_capitals(text: str) -> bool:
    """Text in capitals (shouted headings) makes every word look like an acronym."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


@cache
def _lexicon(lang: str) -> WordLists:
    """The dictionary of ``lang``: read from the cache folder, built there the first
    time (``translint.analysis.wordlists``), so a fully cached run imports no spaCy."""
    from translint.analysis.wordlists import stored_word_lists, word_lists_path
    from translint.cache import analysis_fingerprint, cache_dir

    path = word_lists_path(cache_dir(), lang, analysis_fingerprint(lang).hex()[:32])
    return stored_word_lists(path, lambda: _read_lexicon(lang))


def _read_lexicon(lang: str) -> WordLists:
    """Word lists shipped with the pipelines' lemmatisers (WordNet's index for English,
    the lemma lookup for French): the words themselves, and the string hashes of the
    inflected forms the lookup is keyed by.

    The file is read with srsly rather than ``Lookups.from_disk``, which builds a
    hashed table entry by entry: 0.2 s instead of 2.7 s for French. The forms spaCy
    keys by its symbol table (small ids, not hashes) are kept as words, so that a
    lookup by hash alone answers as spaCy would.
    """
    import spacy
    import srsly
    from spacy.strings import get_string_id
    from spacy.symbols import IDS

    from translint.analysis.wordlists import WordLists

    words: set[str] = set(_function_words(lang))  # WordNet has none: The, This, Since
    try:
        root = spacy.util.get_package_path(pipeline_name(lang))
        path = next(root.glob("*/lemmatizer/lookups/lookups.bin"), None) or next(
            root.glob("lemmatizer/lookups/lookups.bin"), None
        )
        if path is None:
            return WordLists(frozenset(words), frozenset())
        tables = srsly.msgpack_loads(path.read_bytes())
    except (OSError, ValueError, StopIteration):
        return WordLists(frozenset(words), frozenset())
    index = tables.get("lemma_index", {})
    for key in ("noun", "verb", "adj", "adv"):
        words.update(index.get(get_string_id(key), ()))
    lookup = tables.get("lemma_lookup", {})
    for lemmas in lookup.values():  # a form's lemmas: a string or a list of them
        words.update([lemmas] if isinstance(lemmas, str) else lemmas)
    symbols = {number: name for name, number in IDS.items()}
    words.update(symbols[key] for key in lookup if key in symbols)
    forms = frozenset(key for key in lookup if key not in symbols)
    return WordLists(frozenset(words), forms)


def _function_words(lang: str) -> frozenset[str]:
    from translint.language import spacy_stop_words  # cached; without importing spacy.lang.fr

    return spacy_stop_words(lang)


def is_function_word(word: str, lang: str) -> bool:
    """Whether ``word`` is an article, pronoun, conjunction or the like (``AND``, ``NOT``):
    in capitals, such a word is an operator or a shout, not an acronym."""
    return word.lower() in _function_words(lang)


def is_dictionary_word(word: str, lang: str) -> bool:
    """Whether ``word`` is an ordinary word of ``lang`` (any case, simple plurals too,
    and the forms its language data lists as missing from WordNet's index: for
    English, ``-ed`` and ``-ing``).

    Names in title case (``Bucket Fill``, ``Toolbox``) and words in capitals
    (``ENTER``, ``TRUE``) are dictionary words; ``Daejeon`` and ``Yongkyu`` are not.
    """
    lower = word.lower()
    candidates = {lower}
    if lower.endswith("ies"):
        candidates.add(lower[:-3] + "y")
    if lower.endswith("es"):
        candidates.add(lower[:-2])
    if lower.endswith("s"):
        candidates.add(lower[:-1])
    for ending in language(lang).text.dictionary_endings:
        stem = lower.removesuffix(ending)
        if stem != lower and len(stem) >= 3:
            candidates |= {stem, stem + "e"}  # named, enhancing
            if stem[-1] == stem[-2]:
                candidates.add(stem[:-1])  # stopped, running
    return _lexicon(lang).knows(candidates)
