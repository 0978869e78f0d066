"""The run-in pass: merges and splits a short paragraph cannot show in an embedding.

Translators run a label into the paragraph it introduces ("Tip" and the
tip become « Astuce Vous pouvez... »), join two sentences into one
paragraph, or cut one in two. A short paragraph hardly moves the embedding
of a merge, so the programme leaves it unmatched. Here the neighbour's
counterpart is cut where a sentence starts, at the ``RUN_IN_CUTS`` places
closest to the share the unmatched paragraph would take, and the two
readings are scored with the programme's own measure (meaning and
length): the unmatched paragraph with the cut piece and the neighbour
with the rest, against the neighbour with the whole. The first must win
by ``RUN_IN_GAIN``, and the piece must resemble the unmatched paragraph
at all (``RUN_IN_COSINE``) and more than it resembles the neighbour
(``RUN_IN_MARGIN``). A label cut off before a function word ("Tramage |
Le tramage...") needs only ``RUN_IN_LABEL_GAIN``: USE hardly sees a
one-word label, and that word after the cut shows a sentence starting.
A short paragraph found word for word at the edge of the text (a field
name left in English) is also tried there, whatever follows it.
A deleted or inserted paragraph fails the test: the piece is then a part
of the neighbour's own translation, and taking it away makes the rest a
worse match.

The programme's own 2-1 and 1-2 groups go through the same test
(``_split_merges``), and stay together when the cut reading wins by
``RUN_IN_KEEP``: on the Debian corpora this undoes most merges of a deleted
label into its neighbour and keeps nearly all the right ones. Where no
sentence starts near the share, the merge is cut between words instead, and
that looser piece must also pass the margin ("Recommends" merged with "Use
this for..." over « à utiliser pour... »: the piece « à utiliser » is more
like the neighbour). Taking the merges apart is a step of this pass, not a
pass of its own: alone it would leave them apart, and only this test says
which to join again.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import numpy as np

from translint.align import semantic
from translint.align.passes import PairView, from_side, member
from translint.align.profiles import Profile, stop_words
from translint.align.similarity import similarity, threshold
from translint.align.tuning import (
    LABEL_LOOKAHEAD,
    LABEL_WORDS,
    RUN_IN_COSINE,
    RUN_IN_CUTS,
    RUN_IN_GAIN,
    RUN_IN_KEEP,
    RUN_IN_LABEL_GAIN,
    RUN_IN_MARGIN,
    RUN_IN_NEAR,
)
from translint.model import AlignmentGroup
from translint.words import fold, words

# A sentence starts with a capital, a digit or an opening quote or bracket.
_SENTENCE_START = re.compile(r"\s+(?=[^\W\d_]|[\d«“\"(\[])")
_SENTENCE_END = '.!?:;»”")]'
_SPACE = re.compile(r"\s+")

Key = tuple[int, int]  # (side, position) of a paragraph
Text = tuple[str, np.ndarray]  # a text and its vector


class SplitMerges(NamedTuple):
    """The groups with the programme's 2-1 and 1-2 merges taken apart."""

    groups: list[AlignmentGroup]
    partners: dict[int, int]  # group of a paragraph taken out -> group it was taken from
    word_cuts: dict[int, list[int]]  # ... -> places between words to cut the other side


class Cut(NamedTuple):
    """One way to read an unmatched paragraph as run into its neighbour's counterpart."""

    lonely: int  # the unmatched paragraph's group
    neighbour: int  # the 1-1 group beside it
    side: int  # the unmatched paragraph's side (0: source, 1: target)
    piece: str  # the part of the counterpart that would be its translation
    rest: str  # the part left to the neighbour
    label: bool  # a label cut off before a word that opens a sentence
    loose: bool  # cut between words, not where a sentence starts


def absorb_run_ins(groups: list[AlignmentGroup], pair: PairView) -> list[AlignmentGroup]:
    """Join an unmatched paragraph to its neighbour's 1-1 group when the other side
    of that group holds both: the merges and splits the programme cannot see."""
    split = _split_merges(groups, pair)
    cuts = _candidate_cuts(split, pair)
    if not cuts:
        return split.groups
    readings = _Readings(split.groups, cuts, pair)
    scored = []
    for m, cut in enumerate(cuts):
        gain = readings.gain(m, cut, split.partners.get(cut.lonely) == cut.neighbour)
        if gain is not None:
            scored.append((gain, cut.lonely, cut.neighbour))
    joined_to: dict[int, int] = {}  # neighbour group -> lonely group
    used: set[int] = set()
    for _, k, n in sorted(scored, reverse=True):
        if k not in used and n not in used:
            joined_to[n] = k
            used |= {k, n}
    if not joined_to:
        return split.groups
    return _joined(split.groups, joined_to)


def _joined(groups: list[AlignmentGroup], joined_to: dict[int, int]) -> list[AlignmentGroup]:
    """``groups`` with each lonely group ``joined_to[n]`` made one with group ``n``."""
    taken = set(joined_to.values())
    result = []
    for k, group in enumerate(groups):
        if k in taken:
            continue
        if k in joined_to:
            extra = groups[joined_to[k]]
            group = AlignmentGroup(
                tuple(sorted((*extra.source, *group.source))),
                tuple(sorted((*extra.target, *group.target))),
                group.score,
            )
        result.append(group)
    return result


def _candidate_cuts(split: SplitMerges, pair: PairView) -> list[Cut]:
    """Every cut tried: for each unmatched paragraph, at each 1-1 neighbour."""
    groups = split.groups
    cuts: list[Cut] = []
    for k, group in enumerate(groups):
        if len(group.source) + len(group.target) != 1:
            continue
        side = 0 if group.source else 1
        lonely = pair.text(side, member(group, side))
        if not lonely.strip():
            continue
        for n, head in ((k + 1, True), (k - 1, False)):
            if not 0 <= n < len(groups) or (len(groups[n].source), len(groups[n].target)) != (1, 1):
                continue
            kin = pair.text(side, member(groups[n], side))
            text = pair.text(1 - side, member(groups[n], 1 - side))
            loose = split.word_cuts.get(k, [])[:RUN_IN_CUTS] if split.partners.get(k) == n else []
            stop = stop_words(pair.langs[1 - side])
            for at in _places(text, lonely, kin, head, loose):
                piece, rest = (text[:at], text[at:]) if head else (text[at:], text[:at])
                label = _label_cut(text, at, stop)
                cuts.append(Cut(k, n, side, piece.strip(), rest.strip(), label, at in loose))
    return cuts


def _places(text: str, lonely: str, kin: str, head: bool, loose: list[int]) -> list[int]:
    """Where to cut ``text``, the counterpart of ``kin``, for the translation of
    ``lonely`` at its head (or tail): where a sentence starts nearest the share
    ``lonely`` would take, then the ``loose`` places between words; a label
    found word for word at the edge first."""
    share = len(lonely) / (len(lonely) + len(kin))
    short = len(words(lonely)) <= LABEL_WORDS
    places = _run_in_cuts(text, share, head, short)[:RUN_IN_CUTS]
    verbatim = _verbatim_cut(text, lonely, head) if short else None
    return [*places, *loose] if verbatim is None else [verbatim, *places, *loose]


class _Readings:
    """The vectors the cuts are scored with, encoded in two batches, and their scores."""

    def __init__(self, groups: list[AlignmentGroup], cuts: list[Cut], pair: PairView) -> None:
        needed = {
            (s, member(groups[g], s))
            for cut in cuts
            for g, s in ((cut.lonely, cut.side), (cut.neighbour, 0), (cut.neighbour, 1))
        }
        missing = sorted(key for key in needed if pair.profile(*key).vector is None)
        vectors = semantic.embed([t for cut in cuts for t in (cut.piece, cut.rest)], pair.cache)
        found = semantic.embed([pair.text(side, i) for side, i in missing], pair.cache)
        assert vectors is not None and found is not None
        own = {key: pair.profile(*key).vector for key in needed}
        own.update(zip(missing, found, strict=True))
        self.groups = groups
        self.pair = pair
        self.vectors = vectors
        self.own: dict[Key, np.ndarray | None] = own

    def known(self, side: int, group: int) -> Text:
        """The text and vector of a group's paragraph on one side."""
        key = (side, member(self.groups[group], side))
        vector = self.own[key]
        assert vector is not None
        return self.pair.text(*key), vector

    def reading(self, side: int, one: Text, other: Text) -> float:
        """What a pair adds to the programme's score, on meaning and length alone."""
        ratio = self.pair.ratio
        mine = Profile({}, max(1, len(one[0])), one[1])
        theirs = Profile({}, max(1, len(other[0])), other[1])
        both = (mine, theirs) if side == 0 else (theirs, mine)
        return 2 * (similarity(*both, ratio) - threshold(both[0].length, both[1].length, ratio))

    def gain(self, m: int, cut: Cut, merged: bool) -> float | None:
        """How much better cut ``m`` reads than the whole, when enough to join; ``merged``:
        the lonely paragraph was taken out of a merge with the neighbour."""
        side = cut.side
        lonely, kin = self.known(side, cut.lonely), self.known(side, cut.neighbour)
        whole = self.known(1 - side, cut.neighbour)
        piece_vector, rest_vector = self.vectors[2 * m], self.vectors[2 * m + 1]
        to_lonely = float(lonely[1] @ piece_vector)
        kept = merged and not cut.loose
        if to_lonely < RUN_IN_COSINE or (
            not kept and to_lonely < float(kin[1] @ piece_vector) + RUN_IN_MARGIN
        ):
            return None
        joined = self.reading(side, lonely, (cut.piece, piece_vector)) + self.reading(
            side, kin, (cut.rest, rest_vector)
        )
        gain = joined - self.reading(side, kin, whole)
        needed = RUN_IN_KEEP if kept else RUN_IN_LABEL_GAIN if cut.label else RUN_IN_GAIN
        return gain if gain >= needed else None


def _split_merges(groups: list[AlignmentGroup], pair: PairView) -> SplitMerges:
    """The programme's 2-1 and 1-2 groups taken apart, so that the run-in test
    decides whether they stay together; for each paragraph taken out, the
    group it was taken from; and, for those whose other side has no sentence
    start near their share, the places between words to cut it instead.

    The length prior makes the programme merge a deleted label into its
    neighbour ("2.5.4. Options" and "Figure 14.23. Tool Options..." for
    « Figure 14.23. Les options... » once « 2.5.4. Options » is gone). Of
    the two paragraphs of a merge, the one less like the other side is taken
    out, when the other side's text can be cut near its share, where a
    sentence starts or else between two words (a one-word paragraph of a
    text cannot be cut, and the merge stays).
    """
    result: list[AlignmentGroup] = []
    partners: dict[int, int] = {}
    word_cuts: dict[int, list[int]] = {}
    for group in groups:
        shape = (len(group.source), len(group.target))
        if shape not in ((2, 1), (1, 2)):
            result.append(group)
            continue
        side = 0 if shape == (2, 1) else 1
        members = (group.source, group.target)[side]
        single = (group.source, group.target)[1 - side][0]
        whole = pair.profile(1 - side, single).vector
        vectors = [pair.profile(side, m).vector for m in members]
        if whole is None or vectors[0] is None or vectors[1] is None:
            result.append(group)
            continue
        out = 0 if float(vectors[0] @ whole) < float(vectors[1] @ whole) else 1
        lonely, kin = (pair.text(side, members[k]) for k in (out, 1 - out))
        text = pair.text(1 - side, single)
        share = len(lonely) / (len(lonely) + len(kin))
        short = len(words(lonely)) <= LABEL_WORDS
        near = _run_in_cuts(text, share, out == 0, short, RUN_IN_NEAR)
        loose = [] if near else _word_cuts(text, share, out == 0)
        if not near and not loose:
            result.append(group)
            continue
        kept = from_side(side, (members[1 - out],), (single,), group.score)
        alone = from_side(side, (members[out],), (), None)
        at = len(result) if out == 0 else len(result) + 1
        partners[at] = at + 1 if out == 0 else at - 1
        if loose:
            word_cuts[at] = loose
        result += [alone, kept] if out == 0 else [kept, alone]
    return SplitMerges(result, partners, word_cuts)


def _run_in_cuts(
    text: str, share: float, head: bool, short: bool, within: float = 1.0
) -> list[int]:
    """Where ``text`` may be cut so that its head (or tail) is the translation of a
    paragraph that would take ``share`` of it, closest to ``share`` first.

    A cut falls where a sentence starts: the next word is capitalised (or a
    digit, or a quote) and the previous one ends a sentence. A short
    paragraph is a label, which needs no full stop of its own ("Astuce Vous
    pouvez...", "... analyse par autopsie Astuce"); at the head it may also
    end with a colon or a full stop before any word. Only cuts that leave
    the head within ``within`` of ``share`` count.
    """
    cuts: list[tuple[float, int]] = []
    for match in _SENTENCE_START.finditer(text):
        at = match.start()
        if at == 0:
            continue
        # Characters, not slices: a paragraph may be a several-megabyte line.
        before, after = text[at - 1], text[match.end()]
        starts = after.isupper() or not after.isalpha()
        ends = before in _SENTENCE_END
        if not ((starts and (ends or short)) or (short and head and before in ":.")):
            continue
        gap = abs((at if head else len(text) - match.end()) / len(text) - share)
        if gap <= within:
            cuts.append((gap, at if head else match.end()))
    return [at for _, at in sorted(cuts)]


def _word_cuts(text: str, share: float, head: bool) -> list[int]:
    """Where ``text`` may be cut between two words so that its head (or tail) is
    within ``RUN_IN_NEAR`` of ``share``, closest first: the fallback for a merge
    whose text has no sentence start near the share."""
    cuts: list[tuple[float, int]] = []
    for match in _SPACE.finditer(text):
        if match.start() == 0 or match.end() == len(text):
            continue
        gap = abs((match.start() if head else len(text) - match.end()) / len(text) - share)
        if gap <= RUN_IN_NEAR:
            cuts.append((gap, match.start() if head else match.end()))
    return [at for _, at in sorted(cuts)]


def _verbatim_cut(text: str, label: str, head: bool) -> int | None:
    """Where ``text`` may be cut after (or before) ``label`` left untranslated.

    Field names and commands stay in the original language, and a label run
    into its description may go on in lower case (« Replaces à utiliser quand
    le programme... »), with no sentence start to cut at.
    """
    label = label.strip()
    if head and text.startswith(label + " "):
        return len(label)
    if not head and text.endswith(" " + label):
        return len(text) - len(label)
    return None


def _label_cut(text: str, at: int, stop: frozenset[str]) -> bool:
    """Whether the cut at ``at`` ends a label with no stop of its own, before a word
    that opens a sentence ("Tramage | Le tramage consiste...").

    A function word after the cut is a sentence starting; a capitalised
    content word is as often a name inside the sentence ("Le nouvel outil |
    Chemins a...", "La compression | PNG..."), which gets no such benefit.
    """
    end = at
    while end and text[end - 1].isspace():
        end -= 1
    if not end or text[end - 1] in _SENTENCE_END:
        return False
    following = words(text[at : at + LABEL_LOOKAHEAD])
    return bool(following) and fold(following[0]) in stop
