"""Names of the original that the translation renders in its own words.

Manuals write their interface labels and terms of art in title case or as
one glued word (``Color Picker``, ``Sample Merged``, ``Grayscale``,
``Oilify``), and the recogniser takes them for organisations; their words
are often not in the dictionary (``Picker``, ``Grayscale``), so the
dictionary filter of ``translint.compare.names`` keeps them, and a
translation that renders them (« Pipette à couleur », « niveaux de gris »,
« Peinture à l’huile ») looks as if it dropped them. Splitting compounds
would not tell them from names (Greenwood, Microsoft, Newfoundland are
compounds too); their meaning does.

A name counts as rendered when a run of ordinary words of the aligned
target (every word a dictionary word of the target language, not only
function words, at most two words longer than the name, opening and closing on a
word that is not a function word) means the same
to the multilingual sentence encoder the aligner uses: cosine
``RENDERED`` or more. Only dictionary words may render a name, so a name
replaced by another name (``Emacs`` by ``Vim``, ``Debian`` by ``Ubuntu``)
is still missing, and so is a name the translation drops with its clause
(``Klingon``, ``Fujichrome``, ``Microsoft Windows``: 0.31 to 0.36 on the
Debian corpora, where the labels rendered score 0.52 to 0.87). Acronyms are
left to the acronym checks, which know their renderings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

import numpy as np

from translint.analysis.nlp import is_dictionary_word, is_function_word
from translint.compare.tokens import group_paragraphs
from translint.model import AnalysedDocument, Entity, EntityLabel

# Unit vectors for texts, one row each (``translint.align.semantic.embed``), or
# None when no encoder is installed.
Embedder = Callable[[Sequence[str]], "np.ndarray | None"]

RENDERED = 0.5  # cosine from which a run of target words means the name
WORD_IN_CAPITALS = 5  # letters from which a word in capitals may be a word, not initials
LONGER = 2  # words a rendering may have beyond the name's (« Espace de couleurs »)

_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_APOSTROPHE = re.compile(r"[’']")


def rendered_names(
    candidates: Sequence[tuple[str, tuple[int, ...]]],
    target: AnalysedDocument,
    meaning: Embedder,
) -> frozenset[int]:
    """The numbers of the ``candidates`` (a name and its group's target paragraphs)
    that a run of ordinary target words renders; none without an encoder.

    Every name and run of the document is encoded in one call: the encoder
    costs milliseconds a text, and groups share their runs.
    """
    runs_of = [
        list(dict.fromkeys(_ordinary_runs(target, paragraphs, len(name.split()) + LONGER)))
        for name, paragraphs in candidates
    ]
    names = [name for name, _ in candidates]
    texts = list(dict.fromkeys(names + [run for runs in runs_of for run in runs]))
    if not any(runs_of) or (vectors := meaning(texts)) is None:
        return frozenset()
    row = {text: n for n, text in enumerate(texts)}
    return frozenset(
        number
        for number, ((name, _), runs) in enumerate(zip(candidates, runs_of, strict=True))
        if runs and float(np.max(vectors[[row[r] for r in runs]] @ vectors[row[name]])) >= RENDERED
    )


def _ordinary_runs(
    target: AnalysedDocument, paragraphs: tuple[int, ...], longest: int
) -> Iterator[str]:
    """Runs of up to ``longest`` consecutive dictionary words of the target's
    paragraphs that open and close on a word that is not a function word
    (« niveaux de gris », not « de gris »)."""
    lang = target.lang
    for analysed in group_paragraphs(target, paragraphs):
        words = _WORD.findall(analysed.paragraph.content)
        ordinary = [_ordinary(w, lang) for w in words]
        content = [
            len(w := _unelided(word)) >= 2 and not is_function_word(w, lang) for word in words
        ]
        for start in range(len(words)):
            if not (ordinary[start] and content[start]):
                continue
            for end in range(start + 1, min(len(words), start + longest) + 1):
                if not ordinary[end - 1]:
                    break
                if content[end - 1]:
                    yield " ".join(words[start:end])


def _ordinary(word: str, lang: str) -> bool:
    """A dictionary word, its elided article cut off and each part of a hyphenated
    word read apart (« l’huile », « sur-échantillonnage »)."""
    return all(
        is_function_word(part, lang) or is_dictionary_word(part, lang)
        for part in _unelided(word).split("-")
        if part
    )


def _unelided(word: str) -> str:
    """A word without its elided article (« l’huile » is huile, « d’un » is un)."""
    parts = _APOSTROPHE.split(word)
    return parts[1] if len(parts) == 2 and len(parts[0]) <= 2 else word


def nameable(entity: Entity) -> bool:
    """Whether an entity may be rendered in words: not an acronym, whose renderings
    the acronym checks know, unless it is a word in capitals rather than initials
    (``SHELL BUILTIN COMMANDS`` / « COMMANDES INTERNES DU SHELL »)."""
    return entity.label is not EntityLabel.ACRONYM or len(entity.text) >= WORD_IN_CAPITALS
