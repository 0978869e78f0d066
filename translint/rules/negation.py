"""``negation-mismatch``: an aligned sentence negative on one side and affirmative on the other.

The rule reads the sentence alignment (``Context.sentence_alignment``) and
the polarity of each side (``translint.analysis.negation``, over the
languages' ``NegationData``); it names no language.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from translint.analysis.negation import (
    DOUBLE,
    RESTRICTIVE,
    Negation,
    clauses,
    lexical_negatives,
    negations,
    polarity,
)
from translint.analysis.shielded import shield_of
from translint.compare.sentences import Sentence, SentencePair
from translint.lang import NegationData, language
from translint.model import AnalysedDocument, Location, Severity
from translint.rules.context import Context, span
from translint.rules.registry import Hit, rule
from translint.words import WORD, fold

# A sentence pair scoring under this is too uncertain a rendering to compare.
SCORE_FLOOR = 0.3
# A side with fewer words than this says too little to have a polarity worth comparing.
MIN_WORDS = 4
# Words shown on each side of a cue in a message.
CONTEXT_WORDS = 3


@dataclass(frozen=True)
class _Side:
    """One side of a sentence pair: its sentences, each with its negations.

    The lexical negatives are read only when a comparison needs them: most
    pairs agree on their negations, and the lexical patterns are long lists.
    """

    document: AnalysedDocument
    data: NegationData
    sentences: tuple[tuple[Sentence, tuple[Negation, ...]], ...]

    @property
    def count(self) -> int:
        return sum(n.negative for _, found in self.sentences for n in found)

    @cached_property
    def lexical(self) -> tuple[str, ...]:
        """Its lexical negatives, a restrictive « ne … que » among them ("only")."""
        return tuple(
            word
            for sentence, found in self.sentences
            for word in (
                *(n.cue for n in found if n.kind == RESTRICTIVE),
                *lexical_negatives(sentence.text, self.data, found),
            )
        )

    @property
    def double(self) -> bool:
        return any(n.kind == DOUBLE for _, found in self.sentences for n in found)

    def marked(self, bare: bool) -> tuple[Sentence, Negation] | None:
        """The first negation (or, with ``bare``, the first lone « ne ») and its sentence."""
        for sentence, found in self.sentences:
            for negation in found:
                if (negation.kind == "bare") if bare else negation.negative:
                    return sentence, negation
        return None


@rule(
    "negation-mismatch",
    Severity.INFO,
    "an aligned sentence is negative on one side and affirmative on the other",
    compares_content=True,
)
def negation_mismatch(context: Context) -> Iterator[Hit]:
    """An aligned sentence says "not" on one side and not on the other.

    Why: a lost « pas » turns "what doesn't work" into « ce qui ne
    fonctionne » ("what works"): the translation says the opposite, and
    reads fluently. Each pair of the sentence alignment is compared by its
    count of clause negations (not, n't, never, no, none, nobody, nothing,
    without / « ne … pas », « ne … jamais », « ne … plus », « aucun »,
    « personne ne », « sans »). Reported: a lone « ne » in the translation
    (its « pas » lost), whatever the original says; one side with
    negations and the other with none, that other side saying "not" in no
    lexical way the first does not write too ("unable", "only", "fail",
    « impossible », « seulement », « ne … que », « sauf »; the languages'
    ``NegationData.lexical``); in a one-sentence pair of as many clauses, a
    negative clause rendered by one with no negation. Not reported: the
    traps ("not only", "no matter", "not … until", « ne … que », the « ne »
    explétif, literary « ne peut », « une personne », « plus que jamais »),
    counts that merely differ (2 against 1: renderings, on real text), a
    sentence holding a double negative ("not without", « pas sans »), a pair
    the aligner scores under 0.3, a side of fewer than four words or mostly
    code. Info, not warning: on published translations most findings are
    legitimate renderings (benchmarks/labels/negation-mismatch.md).

    Example: "your carefully crafted design doesn’t work in reality" /
    « votre conception finement conçue ne fonctionne dans la réalité » gives
    ``the original is negative (“carefully crafted design doesn’t work in
    reality”) but the translation is not: its “ne” stands alone (“conception
    finement conçue ne fonctionne dans la”)``.
    """
    source_data = language(context.source.lang).text.negation
    target_data = language(context.target.lang).text.negation
    for group in context.sentence_alignment:
        for pair in group.pairs:
            if pair.score < SCORE_FLOOR or not _worth_reading(pair):
                continue
            source = _side(context.source, pair.source, source_data)
            target = _side(context.target, pair.target, target_data)
            hit = _compared(source, target)
            if hit is not None:
                yield hit


def _worth_reading(pair: SentencePair) -> bool:
    """Both sides long enough to have a polarity, and prose rather than code."""
    return all(
        _words(sentences) >= MIN_WORDS and _prose(sentences)
        for sentences in (pair.source, pair.target)
    )


def _words(sentences: Sequence[Sentence]) -> int:
    return sum(len(WORD.findall(s.text)) for s in sentences)


def _prose(sentences: Sequence[Sentence]) -> bool:
    """Whether at least half the white-space separated pieces are plain words."""
    pieces = [piece for s in sentences for piece in s.text.split()]
    plain = sum(bool(WORD.fullmatch(piece.strip(",.;:!?()«»“”\"'’"))) for piece in pieces)
    return 2 * plain >= len(pieces)


def _side(document: AnalysedDocument, sentences: Sequence[Sentence], data: NegationData) -> _Side:
    return _Side(document, data, tuple((s, negations(s.text, data)) for s in sentences))


def _compared(source: _Side, target: _Side) -> Hit | None:
    """The finding of one sentence pair, if its polarities disagree."""
    if source.double or target.double:
        return None
    lone = target.marked(bare=True) is not None
    # A lone « ne » is reported whatever the original says: in the published
    # corpora it is a slip more often than not (10 in 34,861 French sentences).
    if lone or (source.count and not (target.count or _rendering(target, source))):
        return _source_negative(source, target, bare=lone)
    if target.count and not source.count and not _rendering(source, target):
        return _target_negative(source, target)
    if target.count < source.count:
        return _clause_lost(source, target)
    return None


def _rendering(side: _Side, other: _Side) -> bool:
    """Whether ``side`` says "not" in a word that ``other`` does not write too.

    A lexical negative both sides write (“non-Debian”, « non Debian ») renders
    itself, not the other side's negation.
    """
    theirs = {_stem(word) for word in other.lexical}
    return any(_stem(word) not in theirs for word in side.lexical)


def _stem(word: str) -> str:
    """The first four letters of a word's first part: “non-Debian” and « non » are “non”."""
    return fold(word).replace("-", " ").split()[0][:4]


def _clause_lost(source: _Side, target: _Side) -> Hit | None:
    """Two sentences of as many clauses, a negative clause of the original rendered by
    an affirmative one: « Si … ne sont pas …, écrivez » for "If … don't …, don't write"."""
    if len(source.sentences) != 1 or len(target.sentences) != 1:
        return None
    (sentence, _), (rendering, _) = source.sentences[0], target.sentences[0]
    ours, theirs = clauses(sentence.text), clauses(rendering.text)
    if len(ours) != len(theirs) or len(ours) < 2:
        return None
    for (a, b), (c, d) in zip(ours, theirs, strict=True):
        original = polarity(sentence.text[a:b], source.data)
        translated = polarity(rendering.text[c:d], target.data)
        excused = translated.lexical or any(n.kind == RESTRICTIVE for n in translated.negations)
        if original.count and not (translated.count or excused or translated.double):
            negation = next(n for n in original.negations if n.negative)
            shifted = replace(negation, start=negation.start + a, end=negation.end + a)
            if _in_code(source, sentence, shifted):
                return None
            message = (
                f"a clause of the original is negative ({_quoted(_excerpt(sentence, shifted))})"
                f" but the translation's is not ({_quoted(_shortened(rendering.text[c:d]))})"
            )
            where = _location(target, rendering)
            return Hit(message, _location(source, sentence), where, _args(source, target, shifted))
    return None


def _source_negative(source: _Side, target: _Side, bare: bool) -> Hit | None:
    lone = target.marked(bare=True)
    found = source.marked(bare=False)
    if found is None and lone is not None:
        return _lone_ne(source, target, lone)
    if found is None or _in_code(source, *found):
        return None
    sentence, negation = found
    if bare and lone is not None:
        where, shown = _excerpt_at(target, *lone)
        told = f"its “{lone[1].cue}” stands alone ({_quoted(shown)})"
    else:
        where, shown = _whole(target)
        told = _quoted(shown)
    message = (
        f"the original is negative ({_quoted(_excerpt(sentence, negation))}) "
        f"but the translation is not: {told}"
    )
    args = _args(source, target, negation)
    return Hit(message, _location(source, sentence), where, args)


def _lone_ne(source: _Side, target: _Side, lone: tuple[Sentence, Negation]) -> Hit | None:
    """A lone « ne » where the original has no negation: said "not" in a word ("non
    zero"), or not at all (a « ne » too many, or a « pas » lost all the same)."""
    if _in_code(target, *lone):
        return None
    where, shown = _excerpt_at(target, *lone)
    first = source.sentences[0][0]
    said = f"says “{source.lexical[0]}”" if source.lexical else "has no negation"
    message = (
        f"the translation's “{lone[1].cue}” stands alone ({_quoted(shown)}), where the "
        f"original {said} ({_quoted(_shortened(first.text))})"
    )
    return Hit(message, _location(source, first), where, _args(source, target, lone[1]))


def _target_negative(source: _Side, target: _Side) -> Hit | None:
    found = target.marked(bare=False)
    if found is None or _in_code(target, *found):
        return None
    sentence, negation = found
    where, shown = _excerpt_at(target, sentence, negation)
    first = source.sentences[0][0]
    message = (
        f"the translation is negative ({_quoted(shown)}) "
        f"but the original is not ({_quoted(_shortened(first.text))})"
    )
    return Hit(message, _location(source, first), where, _args(source, target, negation))


def _args(source: _Side, target: _Side, negation: Negation) -> tuple[tuple[str, str | int], ...]:
    return (
        ("cue", negation.cue),
        ("source_negations", source.count),
        ("target_negations", target.count),
    )


def _in_code(side: _Side, sentence: Sentence, negation: Negation) -> bool:
    """Whether the cue lies in a code span or a URL (``ls --no-color`` says nothing)."""
    paragraph = side.document.paragraphs[sentence.paragraph].paragraph
    start = sentence.start + negation.start
    return shield_of(paragraph).covers(start, sentence.start + negation.end)


def _location(side: _Side, sentence: Sentence) -> Location:
    """The sentence as a location in its paragraph's text."""
    analysed = side.document.paragraphs[sentence.paragraph]
    return span(analysed, *analysed.paragraph.text_span(sentence.start, sentence.end))


def _whole(side: _Side) -> tuple[Location, str]:
    """The side's sentences of its first paragraph as a location, and their text shortened."""
    first = side.sentences[0][0]
    same = [s for s, _ in side.sentences if s.paragraph == first.paragraph]
    analysed = side.document.paragraphs[first.paragraph]
    start, end = analysed.paragraph.text_span(first.start, same[-1].end)
    return span(analysed, start, end), _shortened(" ".join(s.text for s in same))


def _excerpt_at(side: _Side, sentence: Sentence, negation: Negation) -> tuple[Location, str]:
    """The sentence holding a cue as a location, and the cue with a few words around it."""
    return _location(side, sentence), _excerpt(sentence, negation)


def _excerpt(sentence: Sentence, negation: Negation) -> str:
    """The cue of ``negation`` with ``CONTEXT_WORDS`` words each side, as written."""
    text = sentence.text
    before = [m.start() for m in WORD.finditer(text, 0, negation.start)]
    after = [m.end() for m in WORD.finditer(text, negation.end)]
    start = before[-CONTEXT_WORDS] if len(before) >= CONTEXT_WORDS else 0
    end = after[CONTEXT_WORDS - 1] if len(after) >= CONTEXT_WORDS else len(text)
    return " ".join(text[start:end].split())


def _shortened(text: str, most: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= most else flat[: most - 1].rsplit(" ", 1)[0] + " …"


def _quoted(text: str) -> str:
    return f"“{text}”"
