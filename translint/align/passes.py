"""The post-passes: corrections the programme cannot make, applied to its groups in turn.

Every pass has one signature, ``(groups, pair) -> groups``: it reads what it
needs of the pair from one frozen ``PairView`` and returns new groups, so
the passes are listed in the order they run and can be tested alone. The run-in pass
(``translint.align.run_ins``) cuts paragraphs where sentences start to find
the merges and splits a short paragraph cannot show in an embedding, and
re-tests the programme's own merges; ``swap_neighbours`` gives a pair's
paragraph to the unmatched one beside it when that one is closer in meaning;
``fill_gaps`` pairs one unmatched paragraph of each side alone between two
pairs; ``reordered_lists`` makes one group of a list whose translation puts
its items in another order; ``with_chrome`` puts page chrome back, pairing a chrome paragraph of
each side at the same place ("Print..." and « Imprimer… »).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from translint.align.profiles import Profile, merged
from translint.align.similarity import confidence, similarity
from translint.align.tuning import (
    EXTEND_GAIN,
    GAP_COSINE,
    GAP_LABEL,
    REORDER_GAIN,
    REORDER_LEAST,
    SWAP_MARGIN,
)
from translint.model import AlignmentGroup, AnalysedParagraph, ParagraphKind

if TYPE_CHECKING:
    from translint.cache import Cache


@dataclass(frozen=True, eq=False)
class PairView:
    """What the passes may read of the pair being aligned.

    Positions are those of the programme: the paragraphs of each side with
    page chrome left out. Sides are numbered 0 (source) and 1 (target).
    """

    paragraphs: tuple[tuple[AnalysedParagraph, ...], tuple[AnalysedParagraph, ...]]
    profiles: tuple[tuple[Profile, ...], tuple[Profile, ...]]
    langs: tuple[str, str]
    ratio: float  # the pair's target/source length ratio
    sizes: tuple[int, int]  # paragraphs of each whole document, chrome included
    cache: Cache | None = None

    def text(self, side: int, position: int) -> str:
        """The content of a paragraph of one side."""
        return self.paragraphs[side][position].paragraph.content

    def profile(self, side: int, position: int) -> Profile:
        """The profile of a paragraph of one side."""
        return self.profiles[side][position]

    def kind(self, side: int, position: int) -> ParagraphKind:
        """The kind of a paragraph of one side."""
        return self.paragraphs[side][position].paragraph.kind

    def similarity(self, i: int, j: int) -> float:
        """The similarity of source paragraph ``i`` and target paragraph ``j``."""
        return similarity(self.profiles[0][i], self.profiles[1][j], self.ratio)

    def merged_similarity(self, source: tuple[int, ...], target: tuple[int, ...]) -> float:
        """The similarity of source paragraphs ``source`` and target paragraphs
        ``target``, each side read as one (``merged``)."""
        mine = merged([self.profiles[0][i] for i in source])
        theirs = merged([self.profiles[1][j] for j in target])
        return similarity(mine, theirs, self.ratio)


Pass = Callable[[list[AlignmentGroup], PairView], list[AlignmentGroup]]


def from_side(
    side: int, own: tuple[int, ...], other: tuple[int, ...], score: float | None
) -> AlignmentGroup:
    """A group given by its paragraphs on ``side`` (0: source, 1: target) and the other."""
    return AlignmentGroup(own, other, score) if side == 0 else AlignmentGroup(other, own, score)


def member(group: AlignmentGroup, side: int) -> int:
    """The first paragraph of a group on one side (0: source, 1: target)."""
    return (group.source, group.target)[side][0]


def placed_pair(first: AlignmentGroup, second: AlignmentGroup) -> AlignmentGroup:
    """An unmatched paragraph of each side made a pair, with the confidence of a pair
    placed by its position alone."""
    return AlignmentGroup(
        first.source or second.source, first.target or second.target, confidence(0.0)
    )


def swap_neighbours(groups: list[AlignmentGroup], pair: PairView) -> list[AlignmentGroup]:
    """Give a pair's paragraph to the unmatched paragraph beside its partner when
    that one is clearly closer in meaning (``SWAP_MARGIN``).

    A deleted paragraph next to a kept one leaves two candidates for the same
    counterpart. Below the cosine floor the programme scores both alike and
    lets length choose ("This preserves some of the environment..." takes
    « entrez « su » depuis... » from 'Type "su" from...'). Here the two
    cosines are compared as they are. The paragraphs stay in order: the
    unmatched one is next to the pair.
    """
    result = list(groups)
    for k, group in enumerate(result):
        if (len(group.source), len(group.target)) != (1, 1):
            continue
        for n in (k - 1, k + 1):
            if 0 <= n < len(result) and _swapped(result, k, n, pair):
                break
    return result


def _swapped(result: list[AlignmentGroup], k: int, n: int, pair: PairView) -> bool:
    """Swap pair ``k``'s paragraph to the unmatched group ``n`` beside it if closer in
    meaning; whether it was."""
    group, other = result[k], result[n]
    if len(other.source) + len(other.target) != 1:
        return False
    side = 0 if other.source else 1
    mine = pair.profile(side, member(group, side)).vector
    theirs = pair.profile(side, member(other, side)).vector
    partner = pair.profile(1 - side, member(group, 1 - side)).vector
    if mine is None or theirs is None or partner is None:
        return False
    if float(theirs @ partner) < float(mine @ partner) + SWAP_MARGIN:
        return False
    swapped = from_side(side, (member(other, side),), (member(group, 1 - side),), None)
    i, j = swapped.source[0], swapped.target[0]
    result[n] = AlignmentGroup((i,), (j,), confidence(pair.similarity(i, j)))
    result[k] = from_side(side, (member(group, side),), (), None)
    return True


def fill_gaps(groups: list[AlignmentGroup], pair: PairView) -> list[AlignmentGroup]:
    """Pair the one unmatched source and the one unmatched target paragraph that sit
    alone between two pairs, when their meanings are not unrelated (``GAP_COSINE``).

    The programme leaves such a pair apart when the translator added to it (a
    sentence of explanation halves the cosine), but in that place it is far
    likelier a loose translation than a deletion and an insertion side by
    side. Two labels (``GAP_LABEL`` characters at most: "Sample Merged" /
    « Échantillonner sur tous les calques ») are paired whatever their
    cosine, which says little on a few words. Its confidence is that of a
    pair placed by its position alone.
    """
    result: list[AlignmentGroup] = []
    k = 0
    while k < len(groups):
        group = groups[k]
        if k + 1 < len(groups) and _lone_pair(groups, k):
            joined = placed_pair(group, groups[k + 1])
            source = pair.profile(0, joined.source[0])
            target = pair.profile(1, joined.target[0])
            a, b = source.vector, target.vector
            labels = max(source.length, target.length) <= GAP_LABEL
            if a is not None and b is not None and (labels or float(a @ b) >= GAP_COSINE):
                result.append(joined)
                k += 2
                continue
        result.append(group)
        k += 1
    return result


def _lone_pair(groups: Sequence[AlignmentGroup], k: int) -> bool:
    """Whether groups k and k+1 are one unmatched paragraph of each side between pairs."""

    def matched(at: int) -> bool:
        return not 0 <= at < len(groups) or bool(groups[at].source and groups[at].target)

    first, second = groups[k], groups[k + 1]
    return (
        not matched(k)
        and not matched(k + 1)
        and bool(first.source) != bool(second.source)
        and matched(k - 1)
        and matched(k + 2)
    )


def reordered_lists(groups: list[AlignmentGroup], pair: PairView) -> list[AlignmentGroup]:
    """Make one group of a list whose items the translation puts in another order.

    Lists of names are often sorted in each language (Canadian Border Services
    Agency ... / Affaires mondiales Canada ...): in order, the items pair
    wrongly and some are left unmatched, which reads as a paragraph missing and
    one added. In a run of groups made of list items only, with an unmatched
    one among them, the items are paired one to one, greedily by similarity,
    each pair at least ``REORDER_LEAST`` similar. When that pairing is a
    different order and gains ``REORDER_GAIN`` per pair over the groups as they
    stand, the paired items become one group (the checks then compare the list
    as a whole, its names and figures included) and the items left over stay
    unmatched after it: an item dropped from a reordered list is still missing.
    """
    result: list[AlignmentGroup] = []
    k = 0
    while k < len(groups):
        end = _item_run(groups, k, pair)
        regrouped = _reordered(groups[k:end], pair) if end - k > 1 else None
        if regrouped is not None:
            result += regrouped
            k = end
            continue
        result.append(groups[k])
        k += 1
    return result


def _item_run(groups: list[AlignmentGroup], k: int, pair: PairView) -> int:
    """One past the last group from ``k`` whose paragraphs are all list items."""

    def items(group: AlignmentGroup) -> bool:
        sides = ((0, group.source), (1, group.target))
        return all(
            pair.kind(side, p) is ParagraphKind.ITEM for side, positions in sides for p in positions
        )

    end = k
    while end < len(groups) and items(groups[end]):
        end += 1
    return end


def _reordered(run: list[AlignmentGroup], pair: PairView) -> list[AlignmentGroup] | None:
    """The run's groups regrouped (see ``reordered_lists``), or None to keep them."""
    if all(g.source and g.target for g in run):
        return None
    source = sorted(i for g in run for i in g.source)
    target = sorted(j for g in run for j in g.target)
    scores = {(i, j): pair.similarity(i, j) for i in source for j in target}
    best = _greedy_pairs(scores)
    now = sum(scores[(g.source[0], g.target[0])] for g in run if _one_to_one(g))
    paired = sorted(best.items())
    gained = sum(scores[p] for p in paired) - now
    if [j for _, j in paired] == sorted(best.values()) or gained < REORDER_GAIN * len(paired):
        return None
    left = [from_side(0, (i,), (), None) for i in source if i not in best]
    left += [from_side(1, (j,), (), None) for j in target if j not in best.values()]
    merged = AlignmentGroup(tuple(sorted(best)), tuple(sorted(best.values())), confidence(0.0))
    return [merged, *left]


def enumerations(groups: list[AlignmentGroup], pair: PairView) -> list[AlignmentGroup]:
    """Join to a pair the list that one side makes of the other's enumeration.

    « … sur une étude. Les partenaires étaient : » followed by four items
    translates "… collaborated with Gerry McGovern, WHO, HC and the Public
    Health Agency of Canada to conduct a study": the items, unmatched, read as
    added paragraphs and the names as missing. A run of unmatched list items
    of one side that follows a pair whose paragraph on that side ends with a
    colon, where the other side's does not and no list follows it there, joins
    the pair when the whole reads at least as close to the other side as the
    pair alone did.
    """
    result: list[AlignmentGroup] = []
    k = 0
    while k < len(groups):
        group = groups[k]
        joined = _enumeration(groups, k, pair) if group.source and group.target else None
        if joined is None:
            result.append(group)
            k += 1
            continue
        result.append(joined[0])
        k = joined[1]
    return result


def _enumeration(
    groups: list[AlignmentGroup], k: int, pair: PairView
) -> tuple[AlignmentGroup, int] | None:
    """The pair at ``k`` with the items after it, and the index after them, or None."""
    group = groups[k]
    for side in (0, 1):
        own = (group.source, group.target)[side]
        other = (group.target, group.source)[side]
        end = k + 1
        while end < len(groups) and _lone_item(groups[end], side, pair):
            end += 1
        if end == k + 1 or not pair.text(side, own[-1]).rstrip().endswith(":"):
            continue
        if pair.text(1 - side, other[-1]).rstrip().endswith(":"):
            continue
        items = tuple(member(g, side) for g in groups[k + 1 : end])
        joined = from_side(side, own + items, other, group.score)
        if pair.merged_similarity(joined.source, joined.target) >= pair.merged_similarity(
            group.source, group.target
        ):
            return joined, end
    return None


def extended_merges(groups: list[AlignmentGroup], pair: PairView) -> list[AlignmentGroup]:
    """Join an unmatched paragraph to the merge beside it when the merge's single
    paragraph on the other side translates it too.

    A translator who runs three paragraphs of a quotation into one (« Pour
    réussir à améliorer un service… » holding three English paragraphs) leaves
    the programme a 2-1 group and the third paragraph unmatched; the run-in
    pass tries 1-1 neighbours only. The paragraph joins a merge of its own side
    beside it when the whole reads closer to the other side than the merge did,
    by ``EXTEND_GAIN``: a deleted paragraph adds words the other side lacks and
    reads further.
    """
    result = list(groups)
    for k, group in enumerate(groups):
        if group.matched or not (group.source or group.target):
            continue
        side = 0 if group.source else 1
        best: tuple[float, int, AlignmentGroup] | None = None
        for n in (k - 1, k + 1):
            if not 0 <= n < len(result) or not _merge_on(result[n], side):
                continue
            neighbour = result[n]
            own, other = (
                (neighbour.source, neighbour.target)[side],
                (
                    neighbour.target,
                    neighbour.source,
                )[side],
            )
            joined = from_side(
                side, tuple(sorted((*own, member(group, side)))), other, neighbour.score
            )
            gain = pair.merged_similarity(joined.source, joined.target) - pair.merged_similarity(
                neighbour.source, neighbour.target
            )
            if gain >= EXTEND_GAIN and (best is None or gain > best[0]):
                best = (gain, n, joined)
        if best is not None:
            result[best[1]] = best[2]
            result[k] = AlignmentGroup((), (), None)
    return [g for g in result if g.source or g.target]


def _merge_on(group: AlignmentGroup, side: int) -> bool:
    """A matched group with two paragraphs or more on ``side`` and one on the other."""
    own, other = (group.source, group.target)[side], (group.target, group.source)[side]
    return len(own) >= 2 and len(other) == 1


def _lone_item(group: AlignmentGroup, side: int, pair: PairView) -> bool:
    own, other = (group.source, group.target)[side], (group.target, group.source)[side]
    return bool(own) and not other and pair.kind(side, own[0]) is ParagraphKind.ITEM


def _greedy_pairs(scores: dict[tuple[int, int], float]) -> dict[int, int]:
    """Source to target, best similarity first, each at least ``REORDER_LEAST``."""
    best: dict[int, int] = {}
    for (i, j), score in sorted(scores.items(), key=lambda item: -item[1]):
        if score >= REORDER_LEAST and i not in best and j not in best.values():
            best[i] = j
    return best


def _one_to_one(group: AlignmentGroup) -> bool:
    return len(group.source) == len(group.target) == 1


def with_chrome(groups: list[AlignmentGroup], pair: PairView) -> list[AlignmentGroup]:
    """The groups in document indices, with the paragraphs left out of the programme
    (page chrome) put back unmatched, in document order.

    The last pass: it leaves the programme's positions for the documents'.
    """
    ids = tuple(tuple(p.paragraph.index for p in side) for side in pair.paragraphs)
    mapped = [
        AlignmentGroup(
            tuple(ids[0][i] for i in g.source), tuple(ids[1][j] for j in g.target), g.score
        )
        for g in groups
    ]
    seen_s = {i for g in mapped for i in g.source}
    seen_t = {j for g in mapped for j in g.target}
    n_source, n_target = pair.sizes
    extra = [AlignmentGroup((i,), (), None) for i in range(n_source) if i not in seen_s]
    extra += [AlignmentGroup((), (j,), None) for j in range(n_target) if j not in seen_t]
    if not extra:
        return mapped
    return _pair_chrome(_interleaved(mapped, extra), set(extra))


def _interleaved(groups: list[AlignmentGroup], extra: list[AlignmentGroup]) -> list[AlignmentGroup]:
    """``groups`` with the unmatched ``extra`` ones each put before the first group
    that comes after it in its document."""
    ordered: list[AlignmentGroup] = []
    pending = sorted(extra, key=lambda g: (g.source or g.target)[0])
    for group in groups:
        while pending and _precedes(pending[0], group):
            ordered.append(pending.pop(0))
        ordered.append(group)
    ordered.extend(pending)
    return ordered


def _precedes(head: AlignmentGroup, group: AlignmentGroup) -> bool:
    """Whether an unmatched group comes before ``group`` on its side."""
    if head.source and group.source and head.source[0] < min(group.source):
        return True
    return bool(head.target and group.target and head.target[0] < min(group.target))


def _pair_chrome(groups: list[AlignmentGroup], chrome: set[AlignmentGroup]) -> list[AlignmentGroup]:
    """Pair a left-out source paragraph with a left-out target one at the same place.

    Page furniture on both sides between the same groups is one item in two
    languages ("Print..." and « Imprimer… » in a list of menu entries). Its
    confidence is that of a pair placed by its position alone.
    """
    result: list[AlignmentGroup] = []
    for group in groups:
        last = result[-1] if result else None
        if (
            last is not None
            and group in chrome
            and last in chrome
            and bool(group.source) != bool(last.source)
        ):
            result[-1] = placed_pair(last, group)
            chrome.discard(group)
            chrome.discard(last)
            continue
        result.append(group)
    return result
